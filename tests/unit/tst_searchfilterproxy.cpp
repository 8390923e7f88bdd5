// The search and sort proxies of the lists (SearchFilterProxy for the fleet tree,
// TableFilterProxy for the large flat lists): Vietnamese search without diacritics, value
// filters, collation, and the model contract (QAbstractItemModelTester). TableFilterProxy's
// incremental work (pages merged into a sorted order, narrowing and widening searches,
// edited rows moving) is checked against a plain recomputation.
#include "models/common/roles.h"
#include "models/common/searchfilterproxy.h"
#include "models/common/tablefilterproxy.h"
#include "protocol/textfold.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTest>

using lgsp::models::SearchFilterProxy;
using lgsp::models::TableFilterProxy;

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

QList<QStandardItem *> makeRow(const QString &name, const QString &kind, int services)
{
    auto *nameItem = new QStandardItem(name);
    nameItem->setData(name, lgsp::models::RawRole);
    nameItem->setData(lgsp::protocol::foldForSearch(name), lgsp::models::SearchKeyRole);
    auto *kindItem = new QStandardItem(kind);
    kindItem->setData(kind, lgsp::models::RawRole);
    auto *countItem = new QStandardItem(QString::number(services));
    countItem->setData(services, lgsp::models::RawRole);
    return {nameItem, kindItem, countItem};
}

void fill(QStandardItemModel *model)
{
    model->setColumnCount(3);
    for (const auto &row : kRows)
        model->appendRow(
            makeRow(QString::fromUtf8(row.name), QString::fromLatin1(row.kind), row.services));
}

// Renames a row as a model update does: display, raw value and search key together.
void rename(QStandardItemModel *model, int row, const QString &name)
{
    QStandardItem *item = model->item(row, 0);
    item->setData(name, lgsp::models::RawRole);
    item->setData(lgsp::protocol::foldForSearch(name), lgsp::models::SearchKeyRole);
    item->setText(name);
}

// What the search must show, computed the plain way: every folded word in the folded name.
QStringList expectedNames(const QStandardItemModel &model, const QString &query)
{
    const QStringList words =
        lgsp::protocol::foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString key = model.index(r, 0).data(lgsp::models::SearchKeyRole).toString();
        if (std::all_of(words.cbegin(), words.cend(),
                        [&key](const QString &w) { return key.contains(w); }))
            list << model.index(r, 0).data().toString();
    }
    return list;
}

QStringList sortedByCollation(QStringList list, Qt::SortOrder order = Qt::AscendingOrder)
{
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        return order == Qt::AscendingOrder ? collator.compare(a, b) < 0
                                           : collator.compare(b, a) < 0;
    });
    return list;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, 0).data().toString();
    return list;
}

// The seeded rows behind a proxy, with Qt's model checker watching the proxy throughout.
template<typename Proxy>
struct Fixture
{
    QStandardItemModel source;
    Proxy proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    explicit Fixture(bool seeded = true)
    {
        source.setColumnCount(3);
        if (seeded)
            fill(&source);
        proxy.setSourceModel(&source);
    }
};

template<typename Proxy>
void checkSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    Fixture<Proxy> f;
    Proxy &proxy = f.proxy;
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

template<typename Proxy>
void checkValueFilterAndSearch()
{
    Fixture<Proxy> f;
    Proxy &proxy = f.proxy;
    proxy.setValueFilter(1, {QStringLiteral("ministry")});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("y te"));
    QCOMPARE(names(proxy), QStringList{QStringLiteral("Bộ Y tế")});
    proxy.setValueFilter(1, {});
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), int(std::size(kRows)));
}

template<typename Proxy>
void checkCollation()
{
    Fixture<Proxy> f;
    Proxy &proxy = f.proxy;
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
        checkSearch<SearchFilterProxy>();
        checkSearch<TableFilterProxy>();
    }

    void valueFilterAndSearchTogether()
    {
        checkValueFilterAndSearch<SearchFilterProxy>();
        checkValueFilterAndSearch<TableFilterProxy>();
    }

    void vietnameseCollation()
    {
        checkCollation<SearchFilterProxy>();
        checkCollation<TableFilterProxy>();
    }

    // Five hundred rows in random order, sorted by name: each comparison of a row with a later
    // one grows the proxy's cache of collation keys (it crashed the console at start-up with
    // fifty saved profiles when a key was kept by reference across that growth).
    void manyRowsSortByName()
    {
        QStandardItemModel source;
        QRandomGenerator random(500);
        QStringList expected;
        for (int i = 0; i < 500; ++i) {
            const QString name = QStringLiteral("Tỉnh %1").arg(random.bounded(100000));
            auto *item = new QStandardItem(name);
            item->setData(name, lgsp::models::RawRole);
            source.appendRow(item);
            expected << name;
        }
        SearchFilterProxy proxy;
        proxy.setSourceModel(&source);
        proxy.sort(0);
        QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        QCOMPARE(names(proxy), expected);
    }

    // Pages appended under a sorted view are merged in order, filtered or not.
    void pagesMergeIntoTheSortedOrder()
    {
        Fixture<TableFilterProxy> f(false);
        QStandardItemModel &source = f.source;
        TableFilterProxy &proxy = f.proxy;
        proxy.sort(0);
        proxy.setSearchText(QStringLiteral("so"));
        QRandomGenerator random(42);
        const QStringList parts = {QStringLiteral("Sở Tư pháp"), QStringLiteral("Sở Y tế"),
                                   QStringLiteral("Ủy ban"),     QStringLiteral("Đài"),
                                   QStringLiteral("Bộ Công an"), QStringLiteral("Cục Thuế")};
        QStringList all;
        for (int page = 0; page < 12; ++page) {
            for (int i = 0; i < 25; ++i) {
                const QString name = parts.at(int(random.bounded(parts.size()))) +
                                     QLatin1Char(' ') + QString::number(random.bounded(1000));
                all << name;
                source.appendRow(makeRow(name, QStringLiteral("x"), i));
            }
            QCOMPARE(names(proxy), sortedByCollation(expectedNames(source, QStringLiteral("so"))));
        }
        proxy.setSearchText({});
        QCOMPARE(names(proxy), sortedByCollation(all));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(names(proxy), sortedByCollation(all, Qt::DescendingOrder));
        source.appendRow(makeRow(QStringLiteral("Zeta"), QStringLiteral("x"), 1));
        QCOMPARE(names(proxy).first(), QStringLiteral("Zeta"));
    }

    // While a list loads, pages wait to be merged together: what waits is invisible until
    // merged, and any other change (search, an edit, a removal) merges it first, so the rows
    // shown are always what a full recomputation gives.
    void pagesWaitingToMergeStayConsistent()
    {
        Fixture<TableFilterProxy> f(false);
        QStandardItemModel &source = f.source;
        TableFilterProxy &proxy = f.proxy;
        proxy.sort(0);
        proxy.setAppendInterval(60'000); // merged only when something else happens
        QRandomGenerator random(7);
        const QStringList parts = {QStringLiteral("Sở Tư pháp"), QStringLiteral("Ủy ban"),
                                   QStringLiteral("Đài"), QStringLiteral("Sở Y tế")};
        const auto page = [&] {
            for (int i = 0; i < 5; ++i)
                source.appendRow(makeRow(parts.at(int(random.bounded(parts.size()))) +
                                             QLatin1Char(' ') +
                                             QString::number(random.bounded(1000)),
                                         QStringLiteral("x"), i));
        };
        const auto expected = [&](const QString &query) {
            return sortedByCollation(expectedNames(source, query));
        };
        // The first insertion shows at once (a loader's first page is one insertion).
        source.appendRow(makeRow(QStringLiteral("Bộ Công an"), QStringLiteral("x"), 1));
        QCOMPARE(names(proxy), expected({}));
        page();
        page();
        QCOMPARE(proxy.rowCount(), 1);             // the others wait
        proxy.setSearchText(QStringLiteral("so")); // merges first: the waiting rows searched too
        QCOMPARE(names(proxy), expected(QStringLiteral("so")));
        page();
        rename(&source, source.rowCount() - 1, QStringLiteral("Sở Công Thương")); // waiting row
        QCOMPARE(names(proxy), expected(QStringLiteral("so")));
        QVERIFY(names(proxy).contains(QStringLiteral("Sở Công Thương")));
        page();
        proxy.flushAppends();
        QCOMPARE(names(proxy), expected(QStringLiteral("so")));
        page();
        source.removeRow(0); // a reset reads every row again
        QCOMPARE(names(proxy), expected(QStringLiteral("so")));
        page();
        proxy.setAppendInterval(0); // and what waits is merged
        QCOMPARE(names(proxy), expected(QStringLiteral("so")));
        source.appendRow(makeRow(QStringLiteral("Sở Nội vụ"), QStringLiteral("x"), 1));
        QVERIFY(names(proxy).contains(QStringLiteral("Sở Nội vụ"))); // at once again
        // With a short interval the pages merge by themselves.
        proxy.setSearchText({});
        proxy.setAppendInterval(20);
        page();
        page();
        QVERIFY(proxy.rowCount() < source.rowCount());
        QTRY_COMPARE(proxy.rowCount(), source.rowCount());
        QCOMPARE(names(proxy), expected({}));
    }

    // Typing narrows from the rows shown, deleting widens again: both give what a full
    // recomputation gives.
    void typingThenDeleting()
    {
        Fixture<TableFilterProxy> f;
        QStandardItemModel &source = f.source;
        TableFilterProxy &proxy = f.proxy;
        const QString query = QStringLiteral("thanh pho da nang");
        QStringList steps;
        for (qsizetype n = 1; n <= query.size(); ++n)
            steps << query.left(n);
        for (qsizetype n = query.size() - 1; n >= 0; --n)
            steps << query.left(n);
        steps << QStringLiteral("tinh") << QStringLiteral("bo") << QStringLiteral("bo y");
        for (const QString &step : std::as_const(steps)) {
            proxy.setSearchText(step);
            QStringList got = names(proxy);
            QStringList expected = expectedNames(source, step);
            got.sort();
            expected.sort();
            QVERIFY2(got == expected, qPrintable(step));
        }
    }

    // The selected row stays selected while it is shown, whatever the order and filter.
    void selectionFollowsItsRow()
    {
        Fixture<TableFilterProxy> f;
        TableFilterProxy &proxy = f.proxy;
        proxy.sort(0);
        QItemSelectionModel selection(&proxy);
        const QString name = QStringLiteral("Bộ Y tế");
        selection.setCurrentIndex(proxy.index(int(names(proxy).indexOf(name)), 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        proxy.sort(2, Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().data().toString(), name);
        proxy.setSearchText(QStringLiteral("bo"));
        QCOMPARE(selection.currentIndex().data().toString(), name);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data().toString(), name);
        proxy.setSearchText(QStringLiteral("tinh"));
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(selection.selectedRows().isEmpty());
    }

    // An edited row moves to its new place, or out of the filter.
    void editedRowsMove()
    {
        Fixture<TableFilterProxy> f;
        QStandardItemModel &source = f.source;
        TableFilterProxy &proxy = f.proxy;
        proxy.sort(0);
        rename(&source, 0, QStringLiteral("Ấp Bắc")); // was "Thành phố Hà Nội"
        QCOMPARE(names(proxy).first(), QStringLiteral("Ấp Bắc"));
        proxy.setSearchText(QStringLiteral("ap"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Ấp Bắc")});
        rename(&source, 0, QStringLiteral("Thành phố Hà Nội"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});
        QCOMPARE(names(proxy), sortedByCollation(expectedNames(source, {})));
        // Rows removed from the source (an instance disconnected) leave the proxy too.
        source.removeRows(0, 3);
        QCOMPARE(names(proxy), sortedByCollation(expectedNames(source, {})));
    }
};

QTEST_GUILESS_MAIN(TestSearchFilterProxy)
#include "tst_searchfilterproxy.moc"
