// The search and sort proxy every list uses: Vietnamese search without diacritics, value
// filters, collation, and the model contract (QAbstractItemModelTester).
#include "models/common/roles.h"
#include "models/common/searchfilterproxy.h"
#include "protocol/textfold.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using lgsp::models::SearchFilterProxy;

namespace {

// name, kind, services
const struct
{
    const char *name;
    const char *kind;
    int services;
} kRows[] = {
    {"Thành phố Hà Nội", "province", 12},
    {"Tỉnh Hậu Giang", "province", 7},
    {"Bộ Thông tin và Truyền thông", "ministry", 30},
    {"Tỉnh Đắk Lắk", "province", 2},
    {"Thành phố Đà Nẵng", "province", 9},
    {"Bộ Y tế", "ministry", 4},
    {"Ủy ban Dân tộc", "agency", 1},
    {"Tỉnh Bến Tre", "province", 3},
};

void fill(QStandardItemModel *model)
{
    model->setColumnCount(3);
    for (const auto &row : kRows) {
        const QString name = QString::fromUtf8(row.name);
        auto *nameItem = new QStandardItem(name);
        nameItem->setData(name, lgsp::models::RawRole);
        nameItem->setData(lgsp::protocol::foldForSearch(name), lgsp::models::SearchKeyRole);
        auto *kindItem = new QStandardItem(QString::fromLatin1(row.kind));
        kindItem->setData(QString::fromLatin1(row.kind), lgsp::models::RawRole);
        auto *countItem = new QStandardItem(QString::number(row.services));
        countItem->setData(row.services, lgsp::models::RawRole);
        model->appendRow({nameItem, kindItem, countItem});
    }
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, 0).data().toString();
    return list;
}

} // namespace

class TestSearchFilterProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const auto s = [](const char *text) {
            return QString::fromUtf8(text);
        };
        QTest::newRow("no diacritics") << s("ha noi") << QStringList{s("Thành phố Hà Nội")};
        QTest::newRow("upper case") << s("HA NOI") << QStringList{s("Thành phố Hà Nội")};
        QTest::newRow("with diacritics") << s("hà nội") << QStringList{s("Thành phố Hà Nội")};
        QTest::newRow("NFD input")
            << s("ha\u0300 no\u0302\u0323i") << QStringList{s("Thành phố Hà Nội")};
        QTest::newRow("d finds đ") << s("dak lak") << QStringList{s("Tỉnh Đắk Lắk")};
        QTest::newRow("Đ upper") << s("ĐÀ NẴNG") << QStringList{s("Thành phố Đà Nẵng")};
        QTest::newRow("words in any order")
            << s("truyen thong bo") << QStringList{s("Bộ Thông tin và Truyền thông")};
        QTest::newRow("extra spaces") << s("  hau   giang ") << QStringList{s("Tỉnh Hậu Giang")};
        QTest::newRow("every word must match") << s("ha noi giang") << QStringList{};
        QTest::newRow("ủy with u") << s("uy ban") << QStringList{s("Ủy ban Dân tộc")};
        QTest::newRow("prefix of a word")
            << s("thanh pho") << QStringList{s("Thành phố Hà Nội"), s("Thành phố Đà Nẵng")};
        QTest::newRow("empty shows all") << QString() << QStringList();
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QStandardItemModel source;
        fill(&source);
        SearchFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setSearchText(query);
        if (query.isEmpty()) {
            QCOMPARE(proxy.rowCount(), int(std::size(kRows)));
            return;
        }
        QStringList got = names(proxy);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void valueFilterAndSearchTogether()
    {
        QStandardItemModel source;
        fill(&source);
        SearchFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setValueFilter(1, {QStringLiteral("ministry")});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("y te"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Bộ Y tế")});
        proxy.setValueFilter(1, {});
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), int(std::size(kRows)));
    }

    void vietnameseCollation()
    {
        QStandardItemModel source;
        fill(&source);
        SearchFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(0);
        const QStringList sorted = names(proxy);
        // Vietnamese order: B < Đ (after D) < T < U/Ủ; "Bộ Thông…" before "Bộ Y tế".
        QCOMPARE(sorted.first(), QStringLiteral("Bộ Thông tin và Truyền thông"));
        QVERIFY(sorted.indexOf(QStringLiteral("Bộ Y tế")) <
                sorted.indexOf(QStringLiteral("Thành phố Hà Nội")));
        QVERIFY(sorted.indexOf(QStringLiteral("Thành phố Hà Nội")) <
                sorted.indexOf(QStringLiteral("Tỉnh Bến Tre")));
        QCOMPARE(sorted.last(), QStringLiteral("Ủy ban Dân tộc"));
        // Numbers sort as numbers, not text ("12" after "9").
        proxy.sort(2, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 2).data().toString(), QStringLiteral("30"));
        QCOMPARE(proxy.index(1, 2).data().toString(), QStringLiteral("12"));
        QCOMPARE(proxy.index(2, 2).data().toString(), QStringLiteral("9"));
    }
};

QTEST_GUILESS_MAIN(TestSearchFilterProxy)
#include "tst_searchfilterproxy.moc"
