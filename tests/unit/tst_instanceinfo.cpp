// The /info codec: a round trip, and every malformed document refused with the failing field.
#include "protocol/instanceinfo.h"
#include "protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lgsp::protocol;

namespace {
QJsonObject validInfo()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("LGSP tỉnh Hậu Giang")},
        {QStringLiteral("operator"), QStringLiteral("Sở Thông tin và Truyền thông")},
        {QStringLiteral("version"), QStringLiteral("0.1.0")},
        {QStringLiteral("apiVersion"), QStringLiteral("1.0")},
        {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("info")}},
        {QStringLiteral("time"), QStringLiteral("2026-11-26T19:04:05.123Z")},
    };
}
} // namespace

class TestInstanceInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        DecodeError error;
        const std::optional<InstanceInfo> info = InstanceInfo::fromJson(validInfo(), &error);
        QVERIFY2(info, qPrintable(error.toString()));
        QCOMPARE(info->name, QStringLiteral("LGSP tỉnh Hậu Giang"));
        QCOMPARE(info->time, QDateTime(QDate(2026, 11, 26), QTime(19, 4, 5, 123), Qt::UTC));
        QVERIFY(info->isCompatible());
        const std::optional<InstanceInfo> again = InstanceInfo::fromJson(info->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(*again, *info);
    }

    // startedAt is optional: absent stays invalid, present round-trips, wrong is refused.
    void startedAtIsOptional()
    {
        DecodeError error;
        QVERIFY(!InstanceInfo::fromJson(validInfo(), &error)->startedAt.isValid());
        QJsonObject object = validInfo();
        object.insert(QStringLiteral("startedAt"), QStringLiteral("2026-11-26T18:00:00Z"));
        const std::optional<InstanceInfo> info = InstanceInfo::fromJson(object, &error);
        QVERIFY2(info, qPrintable(error.toString()));
        QCOMPARE(info->startedAt, QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::UTC));
        QCOMPARE(*InstanceInfo::fromJson(info->toJson(), &error), *info);
        object.insert(QStringLiteral("startedAt"), 42);
        QVERIFY(!InstanceInfo::fromJson(object, &error));
        QVERIFY(error.toString().contains(QLatin1String("startedAt")));
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject object = validInfo();
        object.insert(QStringLiteral("futureField"), QJsonArray{1, 2, 3});
        DecodeError error;
        QVERIFY(InstanceInfo::fromJson(object, &error));
    }

    void malformed_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("field");
        auto without = [](const QString &key) {
            QJsonObject o = validInfo();
            o.remove(key);
            return o;
        };
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = validInfo();
            o.insert(key, value);
            return o;
        };
        QTest::newRow("missing name") << without(QStringLiteral("name")) << "/name";
        QTest::newRow("missing operator") << without(QStringLiteral("operator")) << "/operator";
        QTest::newRow("missing time") << without(QStringLiteral("time")) << "/time";
        QTest::newRow("name is a number") << with(QStringLiteral("name"), 42) << "/name";
        QTest::newRow("name is null") << with(QStringLiteral("name"), QJsonValue()) << "/name";
        QTest::newRow("capabilities is a string")
            << with(QStringLiteral("capabilities"), QStringLiteral("info")) << "/capabilities";
        QTest::newRow("capability is an object")
            << with(QStringLiteral("capabilities"),
                    QJsonArray{QStringLiteral("info"), QJsonObject{}})
            << "/capabilities/1";
        QTest::newRow("time without zone")
            << with(QStringLiteral("time"), QStringLiteral("2026-11-26T19:04:05")) << "/time";
        QTest::newRow("time is garbage")
            << with(QStringLiteral("time"), QStringLiteral("yesterday")) << "/time";
        QTest::newRow("empty object") << QJsonObject() << "/name";
    }

    void malformed()
    {
        QFETCH(QJsonObject, object);
        QFETCH(QString, field);
        DecodeError error;
        QVERIFY(!InstanceInfo::fromJson(object, &error));
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
    }

    void bodyThatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"name\": \"LGSP");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("html error page") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
        QTest::newRow("raw NUL in a key") << QByteArray("{\"na\0me\": \"LGSP\"}", 17);
        QTest::newRow("raw tab in a value") << QByteArray("{\"name\": \"LG\tSP\"}");
        QTest::newRow("raw newline after an escaped quote")
            << QByteArray("{\"name\": \"a\\\"\nb\"}");
    }

    void escapedControlCharactersAreFine()
    {
        DecodeError error;
        const QJsonObject object =
            parseJsonObject(QByteArray("{\"na\\u0000me\": \"LG\\tSP\\\\\", \"x\": 1}"), &error);
        QVERIFY2(error.isNull(), qPrintable(error.message));
        QCOMPARE(object.value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(lgsp::protocol::rawControlCharacter("{\"a\": \"\\\\\"}\n"), -1);
        QCOMPARE(lgsp::protocol::rawControlCharacter(QByteArray("{\"a\0\": 1}", 9)), 3);
    }

    void bodyThatIsNotAnObject()
    {
        QFETCH(QByteArray, body);
        DecodeError error;
        QVERIFY(parseJsonObject(body, &error).isEmpty());
        QVERIFY(!error.isNull());
    }

    void apiCompatibility_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<bool>("compatible");
        QTest::newRow("1.0") << "1.0" << true;
        QTest::newRow("1.7") << "1.7" << true;
        QTest::newRow("1") << "1" << true;
        QTest::newRow("2.0") << "2.0" << false;
        QTest::newRow("0.9") << "0.9" << false;
        QTest::newRow("garbage") << "v1" << false;
        QTest::newRow("empty") << "" << false;
    }

    void apiCompatibility()
    {
        QFETCH(QString, apiVersion);
        QFETCH(bool, compatible);
        InstanceInfo info;
        info.apiVersion = apiVersion;
        QCOMPARE(info.isCompatible(), compatible);
    }
};

QTEST_GUILESS_MAIN(TestInstanceInfo)
#include "tst_instanceinfo.moc"
