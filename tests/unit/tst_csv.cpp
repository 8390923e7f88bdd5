// CSV as spreadsheets read it: quoting, CRLF, the byte-order mark, formula injection.
#include "models/common/csv.h"

#include <QTest>

using namespace lgsp::models;

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                               << QByteArray("a,b\r\n");
        QTest::newRow("comma") << QStringList{QStringLiteral("Bộ, ngành")}
                               << QByteArray("\"B\xe1\xbb\x99, ng\xc3\xa0nh\"\r\n");
        QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\"")}
                               << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("line break")
            << QStringList{QStringLiteral("a\nb")} << QByteArray("\"a\nb\"\r\n");
        QTest::newRow("formula") << QStringList{QStringLiteral("=SUM(A1)")}
                                 << QByteArray("'=SUM(A1)\r\n");
        QTest::newRow("negative number stays")
            << QStringList{QStringLiteral("-5")} << QByteArray("-5\r\n");
        QTest::newRow("empty") << QStringList{QString(), QString()} << QByteArray(",\r\n");
    }

    void quoting()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        QCOMPARE(csv::line(fields), expected);
    }

    void documentStartsWithTheByteOrderMark()
    {
        const QByteArray doc =
            csv::document({QStringLiteral("name")}, {{QStringLiteral("Hà Nội")}});
        QVERIFY(doc.startsWith("\xEF\xBB\xBF"
                               "name\r\n"));
        QCOMPARE(QString::fromUtf8(doc.mid(3)), QStringLiteral("name\r\nHà Nội\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
