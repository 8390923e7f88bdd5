// Comparing service definitions: the line comparison against the longest common subsequence
// of random texts, the structural comparison of OpenAPI (YAML against JSON) and WSDL, bad
// and hostile input, and the dialog of the real catalog page (offscreen, against a real
// sandbox): a province's copy of a service compared with another's and with a file.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/catalog/definitionstructure.h"
#include "models/catalog/linediff.h"
#include "models/catalog/servicemodel.h"
#include "models/common/listloader.h"
#include "models/i18n/translations.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "testpaths.h"
#include "ui/catalog/catalogpage.h"
#include "ui/catalog/definitioncompare.h"
#include "ui/catalog/definitionviewer.h"
#include "ui/catalog/servicedetails.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>

using namespace lgsp;
using models::DefinitionStructure;
using models::LineDiff;

namespace {

// tests/data/definitions: Hộ tịch điện tử 1.0 as YAML, and a version later as JSON — a query
// parameter and a response added to the lookup, registration gone, cancellation new, a date
// format and a property added to a schema, a schema new.
QByteArray definition(const QString &name)
{
    QFile file(test::sourcePath(QStringLiteral("tests/data/definitions/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString entryText(const DefinitionStructure::Entry &e)
{
    return DefinitionStructure::changeText(e.change) + QLatin1Char('|') + e.what +
           QLatin1Char('|') + e.where;
}

QStringList entriesOf(const DefinitionStructure::Result &result)
{
    QStringList out;
    for (const DefinitionStructure::Entry &e : result.entries)
        out << entryText(e);
    return out;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? 1 + t[size_t(i + 1)][size_t(j + 1)]
                                                         : std::max(t[size_t(i + 1)][size_t(j)],
                                                                    t[size_t(i)][size_t(j + 1)]);
    }
    return t[0][0];
}

QJsonObject serviceBody(const QString &tenant, const QString &definition)
{
    return QJsonObject{
        {QStringLiteral("code"), QStringLiteral("ho-tich-so-sanh")},
        {QStringLiteral("name"), QStringLiteral("Hộ tịch điện tử (bản so sánh)")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("tenantCode"), tenant},
        {QStringLiteral("protocol"), QStringLiteral("REST")},
        {QStringLiteral("definitionType"), QStringLiteral("OAS3")},
        {QStringLiteral("upstreamUrl"), QStringLiteral("https://ho-tich.example.invalid/api")},
        {QStringLiteral("sla"),
         QJsonObject{{QStringLiteral("timeoutMs"), 3000}, {QStringLiteral("rateLimitPerMin"), 60}}},
        {QStringLiteral("definition"), definition},
    };
}

} // namespace

class TestDefinitionCompare final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiffIsAShortestEditScript()
    {
        QRandomGenerator random(20261207);
        const QStringList alphabet{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                   QStringLiteral("d")};
        for (int round = 0; round < 400; ++round) {
            QStringList a;
            QStringList b;
            for (int i = int(random.bounded(30)); i > 0; --i)
                a << alphabet.at(int(random.bounded(4)));
            for (int i = int(random.bounded(30)); i > 0; --i)
                b << alphabet.at(int(random.bounded(4)));
            const QList<LineDiff::Row> rows = LineDiff::compare(a, b);
            int nextLeft = 0;
            int nextRight = 0;
            int same = 0;
            for (const LineDiff::Row &row : rows) {
                if (row.left >= 0)
                    QCOMPARE(row.left, nextLeft++);
                if (row.right >= 0)
                    QCOMPARE(row.right, nextRight++);
                if (row.kind == LineDiff::Row::Kind::Same) {
                    QCOMPARE(a.at(row.left), b.at(row.right));
                    ++same;
                }
            }
            QCOMPARE(nextLeft, int(a.size()));
            QCOMPARE(nextRight, int(b.size()));
            QCOMPARE(same, lcsLength(a, b)); // as many lines kept as can be
        }
    }

    void lineDiffPairsChangesAndGivesUpOnWholeRewrites()
    {
        const QStringList a{QStringLiteral("x"), QStringLiteral("old"), QStringLiteral("y")};
        const QStringList b{QStringLiteral("x"), QStringLiteral("new"), QStringLiteral("y"),
                            QStringLiteral("z")};
        const QList<LineDiff::Row> rows = LineDiff::compare(a, b);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).kind, LineDiff::Row::Kind::Changed);
        QCOMPARE(rows.at(3).kind, LineDiff::Row::Kind::Added);
        const LineDiff::Counts counts = LineDiff::count(rows);
        QCOMPARE(counts.changed, 1);
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.removed, 0);
        QVERIFY(LineDiff::count(LineDiff::compare(a, a)).identical());

        // Two unrelated documents of 20,000 lines: past kMaxEdits the rest is replaced, at once.
        QStringList left;
        QStringList right;
        for (int i = 0; i < 20000; ++i) {
            left << QStringLiteral("left %1").arg(i);
            right << QStringLiteral("right %1").arg(i);
        }
        QElapsedTimer clock;
        clock.start();
        const LineDiff::Counts rewrite = LineDiff::count(LineDiff::compare(left, right));
        QCOMPARE(rewrite.changed, 20000);
        qInfo("20,000 lines rewritten compared in %lld ms", clock.elapsed());
    }

    void openApiStructureYamlAgainstJson()
    {
        const DefinitionStructure::Result result =
            DefinitionStructure::compare(definition(QStringLiteral("ho-tich-1.0.yaml")),
                                         definition(QStringLiteral("ho-tich-1.1.json")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.format, DefinitionStructure::Format::OpenApi);
        const QStringList entries = entriesOf(result);
        const QStringList expected{
            QStringLiteral("Changed|Document|info.version"),
            QStringLiteral("Added|Parameter|GET /ho-tich/{id} · lang (query)"),
            QStringLiteral("Added|Response|GET /ho-tich/{id} · 404"),
            QStringLiteral("Removed|Path|/ho-tich/dang-ky"),
            QStringLiteral("Added|Path|/ho-tich/huy"),
            QStringLiteral("Added|Schema|GiayTo"),
            QStringLiteral("Added|Property|KhaiSinh.gioiTinh"),
            QStringLiteral("Changed|Property|KhaiSinh.ngaySinh"),
        };
        QStringList sortedEntries = entries;
        QStringList sortedExpected = expected;
        sortedEntries.sort();
        sortedExpected.sort();
        QCOMPARE(sortedEntries, sortedExpected);
        for (const DefinitionStructure::Entry &e : result.entries) {
            if (e.where == QLatin1String("KhaiSinh.ngaySinh"))
                QVERIFY2(e.detail.contains(QLatin1String("\"format\":\"date\"")),
                         qPrintable(e.detail));
            if (e.where == QLatin1String("info.version"))
                QCOMPARE(e.detail, QStringLiteral("version: \"1.0\" → \"1.1\""));
        }
        // The same document read from YAML and from JSON is the same API.
        QVERIFY(DefinitionStructure::compare(definition(QStringLiteral("ho-tich-1.1.json")),
                                             definition(QStringLiteral("ho-tich-1.1.json")))
                    .entries.isEmpty());
        QJsonObject fromYaml;
        QString error;
        QVERIFY(DefinitionStructure::readOpenApi(definition(QStringLiteral("ho-tich-1.0.yaml")),
                                                 &fromYaml, &error));
        QCOMPARE(fromYaml.value(QStringLiteral("info")).toObject().value(QStringLiteral("title")),
                 QJsonValue(QStringLiteral("Hộ tịch điện tử")));
        QCOMPARE(fromYaml.value(QStringLiteral("openapi")), QJsonValue(QStringLiteral("3.0.3")));
    }

    void badDefinitionsAreSaidNotFatal()
    {
        QJsonObject document;
        QString error;
        QVERIFY(!DefinitionStructure::readOpenApi("openapi: 3.0.3\npaths: [\n  - a\n  b: c\n",
                                                  &document, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Not valid YAML at line ")), qPrintable(error));
        QVERIFY(!DefinitionStructure::readOpenApi("{\"openapi\": ", &document, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Not valid JSON")), qPrintable(error));
        // Nested 300 deep: refused with a reason, without running out of stack.
        const QByteArray deep = "openapi: 3.0.3\nx: " + QByteArray(300, '[') + QByteArray(300, ']');
        QVERIFY(!DefinitionStructure::readOpenApi(deep, &document, &error));
        QVERIFY2(error.contains(QStringLiteral("nested")), qPrintable(error));
        const DefinitionStructure::Result mixed = DefinitionStructure::compare(
            definition(QStringLiteral("ho-tich-1.0.yaml")), "<wsdl:definitions/>");
        QVERIFY(mixed.entries.isEmpty());
        QVERIFY(!mixed.error.isEmpty());
    }

    void wsdlOperations()
    {
        const auto wsdl = [](const QByteArray &operations) -> QByteArray {
            return "<?xml version=\"1.0\"?>\n<wsdl:definitions "
                   "xmlns:wsdl=\"http://schemas.xmlsoap.org/wsdl/\">\n"
                   "<wsdl:message name=\"traCuuRequest\"/>\n<wsdl:portType name=\"P\">\n" +
                   operations + "</wsdl:portType>\n</wsdl:definitions>\n";
        };
        const QByteArray left = wsdl("<wsdl:operation name=\"traCuu\"><wsdl:input "
                                     "message=\"tns:traCuuRequest\"/><wsdl:output "
                                     "message=\"tns:traCuuResponse\"/></wsdl:operation>\n"
                                     "<wsdl:operation name=\"dangKy\"/>\n");
        const QByteArray right = wsdl("<wsdl:operation name=\"traCuu\"><wsdl:input "
                                      "message=\"tns:traCuuRequest\"/><wsdl:output "
                                      "message=\"tns:traCuuResponseV2\"/></wsdl:operation>\n"
                                      "<wsdl:operation name=\"huy\"/>\n");
        const DefinitionStructure::Result result = DefinitionStructure::compare(left, right);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.format, DefinitionStructure::Format::Wsdl);
        QStringList entries = entriesOf(result);
        entries.sort();
        QCOMPARE(entries, (QStringList{QStringLiteral("Added|Operation|huy"),
                                       QStringLiteral("Changed|Operation|traCuu"),
                                       QStringLiteral("Removed|Operation|dangKy")}));
    }

    // The definition viewer (Show definition…) follows a language switch made while it is open.
    void viewerFollowsTheLanguage()
    {
        ui::DefinitionViewer viewer;
        viewer.setDefinition(QStringLiteral("Hộ tịch"), "application/yaml",
                             definition(QStringLiteral("ho-tich-1.0.yaml")));
        auto *find = viewer.findChild<QLineEdit *>();
        QVERIFY(find);
        QCOMPARE(find->placeholderText(), QStringLiteral("Find in the definition"));
        models::Translations translations;
        translations.setLanguage(QStringLiteral("vi"));
        QCoreApplication::processEvents();
        const QString vietnamese = find->placeholderText();
        QStringList buttons;
        for (const QPushButton *button : viewer.findChildren<QPushButton *>())
            buttons << button->text();
        translations.setLanguage(QStringLiteral("en"));
        QCOMPARE(vietnamese, QStringLiteral("Tìm trong đặc tả"));
        QVERIFY2(buttons.contains(QStringLiteral("Đóng")),
                 qPrintable(buttons.join(QLatin1Char('|'))));
    }

    void catalogComparesAProvinceCopy()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        test::ApiClient api(sandbox.baseUrl());
        QVERIFY(api.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        QCOMPARE(api.postJson(QStringLiteral("/api/v1/services"),
                              serviceBody(QStringLiteral("000.00.00.H26"),
                                          QString::fromUtf8(
                                              definition(QStringLiteral("ho-tich-1.0.yaml")))))
                     .status,
                 201);
        QCOMPARE(api.postJson(QStringLiteral("/api/v1/services"),
                              serviceBody(QStringLiteral("000.00.00.H30"),
                                          QString::fromUtf8(
                                              definition(QStringLiteral("ho-tich-1.1.json")))))
                     .status,
                 201);

        const client::ConnectionProfile profile =
            test::sandboxProfile(sandbox, QStringLiteral("LGSP Sandbox"));
        client::Fleet fleet;
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, sandbox.bootstrapSecret());
        ui::CatalogPage page(&fleet);
        page.resize(1300, 800);
        page.show();
        QSignalSpy loaded(page.loader(), &models::ListLoader::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);

        // Hà Nội's copy, selected, compared from its details pane.
        page.searchBox()->setText(QStringLiteral("ho tich so sanh 000.00.00.h26"));
        QTRY_COMPARE(page.view()->model()->rowCount(), 1);
        page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
        QPushButton *compare = nullptr;
        for (QPushButton *button : page.details()->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Compare definition…"))
                compare = button;
        }
        QStringList buttons;
        for (QPushButton *button : page.details()->findChildren<QPushButton *>())
            buttons << button->text();
        QVERIFY2(compare, qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY(compare->isVisible());
        compare->click();
        auto *dialog = page.findChild<ui::DefinitionCompare *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && !dialog->rows().isEmpty(), 20000);
        // The same service of Hậu Giang comes first among what it can be compared with.
        QVERIFY2(dialog->candidates()->currentText().contains(QStringLiteral("000.00.00.H30")),
                 qPrintable(dialog->candidates()->currentText()));
        QVERIFY2(dialog->summary().contains(
                     QStringLiteral(" added (of 29 lines on the left and 22 on the right).")),
                 qPrintable(dialog->summary()));
        // Aligned: as many lines on each side, each marked by a sign.
        QCOMPARE(dialog->leftText()->blockCount(), dialog->rightText()->blockCount());
        QVERIFY(dialog->leftText()->toPlainText().startsWith(QStringLiteral("- openapi: 3.0.3")) ||
                dialog->leftText()->toPlainText().startsWith(QStringLiteral("~ openapi: 3.0.3")));
        QTreeWidget *structure = dialog->structure();
        QStringList listed;
        for (int i = 0; i < structure->topLevelItemCount(); ++i)
            listed << structure->topLevelItem(i)->text(1) + QLatin1Char('|') +
                          structure->topLevelItem(i)->text(2);
        QVERIFY2(listed.contains(QStringLiteral("Path|/ho-tich/huy")),
                 qPrintable(listed.join(QLatin1Char(';'))));
        QCOMPARE(listed.size(), 8);

        auto *tabs = dialog->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        test::saveScreenshots(dialog, QStringLiteral("definition-compare-api"),
                              [dialog] { return !dialog->isLoading(); });
        tabs->setCurrentIndex(0);

        // Against a file with two edits apart: two changes, F8 goes from one to the other.
        QTemporaryDir dir;
        const QString edited = dir.filePath(QStringLiteral("ho-tich-1.0.1.yaml"));
        QFile editedFile(edited);
        QVERIFY(editedFile.open(QIODevice::WriteOnly));
        editedFile.write(definition(QStringLiteral("ho-tich-1.0.yaml"))
                             .replace("version: \"1.0\"", "version: \"1.0.1\"")
                             .replace("ngaySinh: {type: string}",
                                      "ngaySinh: {type: string}\n        noiSinh: {type: string}"));
        editedFile.close();
        dialog->compareWithFile(edited);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 5000);
        QVERIFY2(
            dialog->summary().startsWith(QStringLiteral("1 line(s) changed, 0 line(s) removed, "
                                                        "1 line(s) added")),
            qPrintable(dialog->summary()));
        QCOMPARE(dialog->leftText()->textCursor().blockNumber(), 3); // on the first change
        QVERIFY(dialog->goToChange(true));
        QCOMPARE(dialog->rightText()->textCursor().blockNumber(), 29);
        QVERIFY(dialog->rightText()->textCursor().block().text().startsWith(
            QStringLiteral("+         noiSinh")));
        QVERIFY(!dialog->goToChange(true)); // no further change
        test::saveScreenshots(dialog, QStringLiteral("definition-compare"),
                              [dialog] { return !dialog->isLoading(); });
        QVERIFY(dialog->goToChange(false));
        QCOMPARE(dialog->leftText()->textCursor().blockNumber(), 3);
        QVERIFY(dialog->leftText()->textCursor().block().text().startsWith(
            QStringLiteral("~   version: \"1.0\"")));

        // Against a file holding the left's own text: the same.
        const QString path = dir.filePath(QStringLiteral("ho-tich.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(definition(QStringLiteral("ho-tich-1.0.yaml")));
        file.close();
        dialog->compareWithFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 5000);
        QCOMPARE(dialog->summary(), QStringLiteral("The two definitions are the same."));
        QCOMPARE(structure->topLevelItemCount(), 0);
        // A file that is not there: said, nothing shown as compared.
        dialog->compareWithFile(dir.filePath(QStringLiteral("missing.yaml")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 5000);
        QVERIFY2(
            dialog->summary().startsWith(QStringLiteral("The right definition cannot be read")),
            qPrintable(dialog->summary()));
    }
};

QTEST_MAIN(TestDefinitionCompare)
#include "tst_definitioncompare.moc"
