// Protocol pieces shared by the sandbox and the console: search folding, agency codes,
// the tenant codec and its input validation, the list envelope.
#include "protocol/agencycode.h"
#include "protocol/listpage.h"
#include "protocol/tenant.h"
#include "protocol/textfold.h"

#include <QJsonArray>
#include <QTest>

using namespace lgsp::protocol;

class TestProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        const QString haNoi = QStringLiteral("Thành phố Hà Nội");
        QTest::newRow("no diacritics") << haNoi << "ha noi" << true;
        QTest::newRow("upper case") << haNoi << "HA NOI" << true;
        QTest::newRow("with diacritics") << haNoi << QStringLiteral("hà nội") << true;
        QTest::newRow("NFD query")
            << haNoi << QStringLiteral("hà nội").normalized(QString::NormalizationForm_D) << true;
        QTest::newRow("NFD text") << haNoi.normalized(QString::NormalizationForm_D) << "ha noi"
                                  << true;
        QTest::newRow("d finds đ") << QStringLiteral("Tỉnh Đắk Lắk") << "dak lak" << true;
        QTest::newRow("đ finds đ")
            << QStringLiteral("Tỉnh Đắk Lắk") << QStringLiteral("đắk") << true;
        QTest::newRow("words in any order") << haNoi << "noi thanh" << true;
        QTest::newRow("extra spaces") << haNoi << "  ha   noi " << true;
        QTest::newRow("missing word") << haNoi << "ha tinh" << false;
        QTest::newRow("other province") << QStringLiteral("Tỉnh Hà Tĩnh") << "ha noi" << false;
        QTest::newRow("empty query matches") << haNoi << "" << true;
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, matches);
        QCOMPARE(foldedMatches(foldForSearch(text), query), matches);
    }

    void foldIsStable()
    {
        QCOMPARE(foldForSearch(QStringLiteral("  Bộ  Y   tế ")), QStringLiteral("bo y te"));
        QCOMPARE(foldForSearch(QStringLiteral("ĐĂNG KÝ DOANH NGHIỆP")),
                 QStringLiteral("dang ky doanh nghiep"));
    }

    void agencyCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("scheme");
        QTest::newRow("ministry") << "000.00.00.G12" << int(AgencyCodeScheme::Qcvn102);
        QTest::newRow("unit of a ministry") << "000.00.18.G12" << int(AgencyCodeScheme::Qcvn102);
        QTest::newRow("province") << "000.00.00.H30" << int(AgencyCodeScheme::Qcvn102);
        QTest::newRow("newer scheme") << "G12.18.C8" << int(AgencyCodeScheme::Extended);
        QTest::newRow("lower case") << "000.00.00.g12" << int(AgencyCodeScheme::Invalid);
        QTest::newRow("short group") << "00.00.00.G12" << int(AgencyCodeScheme::Invalid);
        QTest::newRow("36 characters") << QStringLiteral("G12.") + QString(32, QLatin1Char('1'))
                                       << int(AgencyCodeScheme::Invalid);
        QTest::newRow("double dot") << "G12..18" << int(AgencyCodeScheme::Invalid);
        QTest::newRow("spaces") << "000.00.00 G12" << int(AgencyCodeScheme::Invalid);
        QTest::newRow("sql") << "G12';DROP" << int(AgencyCodeScheme::Invalid);
        QTest::newRow("empty") << "" << int(AgencyCodeScheme::Invalid);
    }

    void agencyCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, scheme);
        QCOMPARE(int(agencyCodeScheme(code)), scheme);
    }

    void tenantRoundTrip()
    {
        Tenant t;
        t.code = QStringLiteral("000.00.00.H30");
        t.name = QStringLiteral("Tỉnh Hậu Giang");
        t.kind = QStringLiteral("province");
        t.status = QStringLiteral("active");
        t.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        t.updatedAt = t.createdAt;
        t.allowedActions = {QStringLiteral("edit")};
        DecodeError error;
        const std::optional<Tenant> back = Tenant::fromJson(t.toJson(), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(*back, t);
    }

    void tenantInputValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("forUpdate");
        QTest::addColumn<QStringList>("fields");
        const QJsonObject valid{{QStringLiteral("code"), QStringLiteral("000.00.00.H30")},
                                {QStringLiteral("name"), QStringLiteral("Tỉnh Hậu Giang")},
                                {QStringLiteral("kind"), QStringLiteral("province")}};
        auto with = [valid](const QString &key, const QJsonValue &value) {
            QJsonObject o = valid;
            o.insert(key, value);
            return o;
        };
        QTest::newRow("valid") << valid << false << QStringList();
        QTest::newRow("bad code") << with(QStringLiteral("code"), QStringLiteral("hau-giang"))
                                  << false << QStringList{QStringLiteral("/code")};
        QTest::newRow("kind unknown") << with(QStringLiteral("kind"), QStringLiteral("city"))
                                      << false << QStringList{QStringLiteral("/kind")};
        QTest::newRow("name a number and kind missing")
            << QJsonObject{{QStringLiteral("code"), QStringLiteral("000.00.00.H30")},
                           {QStringLiteral("name"), 5}}
            << false << QStringList{QStringLiteral("/name"), QStringLiteral("/kind")};
        QTest::newRow("bad email")
            << with(QStringLiteral("contact"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody")}})
            << false << QStringList{QStringLiteral("/contact/email")};
        QTest::newRow("update may not change code")
            << QJsonObject{{QStringLiteral("code"), QStringLiteral("000.00.00.H31")}} << true
            << QStringList{QStringLiteral("/code")};
        QTest::newRow("update may not set status")
            << QJsonObject{{QStringLiteral("status"), QStringLiteral("closed")}} << true
            << QStringList{QStringLiteral("/status")};
        QTest::newRow("update name only")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Tỉnh Hậu Giang mới")}} << true
            << QStringList();
    }

    void tenantInputValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, forUpdate);
        QFETCH(QStringList, fields);
        QList<DecodeError> errors;
        const std::optional<TenantInput> input = TenantInput::fromJson(body, forUpdate, &errors);
        QStringList got;
        for (const DecodeError &e : errors)
            got << e.field;
        QCOMPARE(got, fields);
        QCOMPARE(bool(input), fields.isEmpty());
    }

    void nfdNamesAreStoredAsNfc()
    {
        const QString nfd = QStringLiteral("Sở Tư pháp").normalized(QString::NormalizationForm_D);
        QJsonObject body{{QStringLiteral("code"), QStringLiteral("000.00.00.H30")},
                         {QStringLiteral("name"), nfd},
                         {QStringLiteral("kind"), QStringLiteral("agency")}};
        const std::optional<TenantInput> input = TenantInput::fromJson(body, false, nullptr);
        QVERIFY(input);
        QCOMPARE(input->name, QStringLiteral("Sở Tư pháp"));
        QVERIFY(input->name != nfd);
    }

    void listPageRejectsBadItems()
    {
        const QJsonObject page{{QStringLiteral("items"), QJsonArray{QJsonObject{}, 3}},
                               {QStringLiteral("nextCursor"), QJsonValue()},
                               {QStringLiteral("total"), 2}};
        DecodeError error;
        QVERIFY(!ListPage<Tenant>::fromJson(page, &error));
        QVERIFY2(error.field.startsWith(QLatin1String("/items/0")), qPrintable(error.field));
        QVERIFY(!ListPage<Tenant>::fromJson(QJsonObject{{QStringLiteral("items"), 1}}, &error));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
