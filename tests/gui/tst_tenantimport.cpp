// Bulk changes to tenants from a spreadsheet (offscreen, against a real sandbox): the CSV
// reader takes what Excel and LibreOffice write (BOM or not, ";" or ",", quotes, CRLF); a dry
// run says row by row what would happen and what is wrong; applying — reached and driven
// from the keyboard only — changes the instance row by row with If-Match, so a tenant edited
// by someone else since the dry run fails instead of being overwritten, and a failure stops
// or continues as chosen; the report lists every row's outcome.
#include "apiclient.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/bulk/tenantimport.h"
#include "models/common/csvreader.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "testpaths.h"
#include "ui/palette/commandpalette.h"
#include "ui/palette/palettecommands.h"
#include "ui/shell/mainwindow.h"
#include "ui/tenants/tenantimportdialog.h"
#include "ui/tenants/tenantspage.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace lgsp;
using models::TenantImport;
using Change = TenantImport::Change;
using Outcome = TenantImport::Outcome;

namespace {

QString dataFile(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/data/tenants/") + QLatin1String(name));
}

// The row of line `line` of the file (an empty row, line 0, when there is none).
const TenantImport::Row &rowOnLine(const TenantImport *import, int line)
{
    static const TenantImport::Row none;
    for (const TenantImport::Row &row : import->rows()) {
        if (row.line == line)
            return row;
    }
    return none;
}

// Presses Alt+<key> in the message box that opens next (tried again until there is one).
void answerWithKey(Qt::Key key)
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box) {
        QTimer::singleShot(20, qApp, [key] { answerWithKey(key); });
        return;
    }
    QTest::keyClick(box, key, Qt::AltModifier);
}

} // namespace

class TestTenantImport final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    client::ConnectionProfile m_profile;
    QTemporaryDir m_dir;

    QJsonObject tenant(const QString &code, QByteArray *etag = nullptr)
    {
        test::ApiClient api(m_sandbox.baseUrl());
        if (!api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()))
            return {};
        const test::ApiClient::Reply reply = api.get(QStringLiteral("/api/v1/tenants/") + code);
        if (etag)
            *etag = reply.header("ETag");
        return reply.status == 200 ? reply.json() : QJsonObject();
    }

    // Someone else edits the tenant in between (with its current version).
    bool editElsewhere(const QString &code, const QJsonObject &changes)
    {
        QByteArray etag;
        if (tenant(code, &etag).isEmpty() || etag.isEmpty())
            return false;
        test::ApiClient api(m_sandbox.baseUrl());
        if (!api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()))
            return false;
        const auto reply = api.request("PATCH", QStringLiteral("/api/v1/tenants/") + code,
                                       QJsonDocument(changes).toJson(QJsonDocument::Compact),
                                       {{"If-Match", etag}, {"Content-Type", "application/json"}});
        return reply.status == 200;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_profile = test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox"));
    }

    void readsWhatSpreadsheetsWrite()
    {
        QString error;
        // Excel in a Vietnamese locale: BOM, ";" and CRLF, a quoted ";", a blank line.
        QFile file(dataFile("import-create-update.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto excel = models::csv::Reader::read(file.readAll(), &error);
        QVERIFY2(excel, qPrintable(error));
        QCOMPARE(excel->delimiter, QLatin1Char(';'));
        QCOMPARE(excel->header.first(), QStringLiteral("Tên")); // the BOM is not in the name
        QCOMPARE(excel->rows.size(), 8);
        QCOMPARE(excel->rows.at(2).at(0), QStringLiteral("Sở Tài chính; tỉnh Hậu Giang"));
        QCOMPARE(excel->lines, (QList<int>{2, 3, 4, 5, 7, 8, 9, 10}));
        // LibreOffice's default: "," and LF, a quoted line break and doubled quotes.
        const auto libre = models::csv::Reader::read(
            "code,name\n000.00.00.H30,\"Tỉnh \"\"Hậu\"\"\nGiang\"\n000.00.00.H26,Hà Nội", &error);
        QVERIFY2(libre, qPrintable(error));
        QCOMPARE(libre->delimiter, QLatin1Char(','));
        QCOMPARE(libre->rows.at(0).at(1), QStringLiteral("Tỉnh \"Hậu\"\nGiang"));
        QCOMPARE(libre->lines, (QList<int>{2, 4})); // the second row starts after the break
        // Refused with a reason.
        QVERIFY(!models::csv::Reader::read("code,name\nH30,\"T\xe2nh\n", &error));
        QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error));
        QVERIFY(!models::csv::Reader::read("code,name\n000.00.00.H30,\"open\n", &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(!models::csv::Reader::read("\xef\xbb\xbf\r\n\r\n", &error));
        QVERIFY(!models::csv::Reader::read(QByteArray(17 * 1024 * 1024, 'x'), &error));
        QVERIFY2(error.contains(QStringLiteral("MiB")), qPrintable(error));
    }

    void badFilesSayWhy()
    {
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        fleet.setProfiles({m_profile});
        ui::TenantImportDialog dialog(&fleet, {{m_profile.id, m_profile.name}});
        QVERIFY(!dialog.openFile(writeFile(QStringLiteral("latin1.csv"), "code\nT\xe2nh\n")));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("UTF-8")),
                 qPrintable(dialog.summaryText()));
        QVERIFY(dialog.import()->rows().isEmpty());
        QVERIFY(!dialog.openFile(writeFile(QStringLiteral("nocode.csv"), "name,kind\nA,agency\n")));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("No column of agency codes")),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.openFile(writeFile(QStringLiteral("header.csv"), "code;name\r\n")));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("no rows")));
        QVERIFY(!dialog.openFile(m_dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY2(dialog.summaryText().startsWith(QStringLiteral("Cannot read ")),
                 qPrintable(dialog.summaryText()));
    }

    // From the main window with the keyboard alone: Ctrl+K, "import", Enter; Alt+F, the path,
    // Enter; Alt+R; Alt+A and Alt+A in the question; the report.
    void createsAndUpdatesFromTheKeyboard()
    {
        QTemporaryDir dir;
        models::AppSettings settings(dir.filePath(QStringLiteral("settings.json")));
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        fleet.setProfiles({m_profile});
        fleet.setSecret(m_profile.id, m_sandbox.bootstrapSecret());
        ui::MainWindow window(&settings, &translations, &fleet);
        window.resize(1400, 860);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        ui::CommandPalette *palette = window.palette()->palette();
        QTRY_VERIFY(palette->input()->hasFocus());
        QTest::keyClicks(palette->input(), QStringLiteral("import tenants csv"));
        QTRY_COMPARE(palette->results()->index(0).data().toString(),
                     QStringLiteral("Import tenants from a CSV file…"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        ui::TenantImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::TenantImportDialog *>()) && dialog->isVisible());
        QCOMPARE(window.currentPage(), ui::Page::Tenants);

        QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
        auto *path = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(path);
        QTest::keyClicks(path, dataFile("import-create-update.csv"));
        QTest::keyClick(path, Qt::Key_Return);
        const TenantImport *import = dialog->import();
        QCOMPARE(import->rows().size(), 8);
        QCOMPARE(import->ignoredColumns(), QStringList{QStringLiteral("Hệ thống")});
        // Wrong in the file itself: known before asking the server.
        QCOMPARE(import->count(Change::Invalid), 3);

        QSignalSpy dryRunDone(import, &TenantImport::dryRunFinished);
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        QVERIFY(dryRunDone.wait(15000));
        const auto plan = [import](int line) {
            return rowOnLine(import, line).change;
        };
        const auto text = [import](int line) {
            return TenantImport::changeText(rowOnLine(import, line));
        };
        QCOMPARE(plan(2), Change::Update);
        QCOMPARE(text(2), QStringLiteral("Update: Name: Tỉnh Hậu Giang → UBND tỉnh Hậu Giang"));
        QCOMPARE(plan(3), Change::Unchanged);
        QCOMPARE(text(3), QStringLiteral("No change"));
        QCOMPARE(plan(4), Change::Create);
        QCOMPARE(plan(5), Change::Create);
        QCOMPARE(plan(7), Change::Invalid);
        QCOMPARE(text(7), QStringLiteral("Error: \"000-00-H30\" is not an agency code."));
        QCOMPARE(plan(8), Change::Invalid);
        QCOMPARE(text(8), QStringLiteral("Error: Kind \"Quận\" is not one the console knows."));
        QCOMPARE(plan(9), Change::Invalid);
        QCOMPARE(text(9), QStringLiteral("Error: The same agency code is on line 2."));
        QCOMPARE(plan(10), Change::Unchanged);
        QCOMPARE(text(10),
                 QStringLiteral("No change: Status stays Active (use Suspend or Resume)"));
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral(
                     "8 rows: 2 to create, 1 to update, 2 unchanged, 3 with errors.")),
                 qPrintable(dialog->summaryText()));
        // Nothing changed by the dry run.
        QCOMPARE(tenant(QStringLiteral("000.00.00.H30")).value(QLatin1String("name")).toString(),
                 QStringLiteral("Tỉnh Hậu Giang"));
        QVERIFY(tenant(QStringLiteral("000.00.33.H30")).isEmpty());
        test::saveScreenshots(dialog, QStringLiteral("tenant-import-dry-run"));

        QSignalSpy applied(import, &TenantImport::applyFinished);
        QTimer::singleShot(0, qApp, [] { answerWithKey(Qt::Key_A); });
        QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.first().first().toBool(), false);
        QCOMPARE(import->count(Outcome::Done), 3);
        QCOMPARE(import->count(Outcome::Failed), 0);
        QCOMPARE(rowOnLine(import, 7).outcome, Outcome::NotRun);
        QCOMPARE(tenant(QStringLiteral("000.00.00.H30")).value(QLatin1String("name")).toString(),
                 QStringLiteral("UBND tỉnh Hậu Giang"));
        const QJsonObject created = tenant(QStringLiteral("000.00.33.H30"));
        QCOMPARE(created.value(QLatin1String("name")).toString(),
                 QStringLiteral("Sở Tài chính; tỉnh Hậu Giang"));
        QCOMPARE(created.value(QLatin1String("kind")).toString(), QStringLiteral("agency"));
        QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("trial"));
        QVERIFY(!tenant(QStringLiteral("000.00.32.H30")).isEmpty());
        // The page shows the new rows.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.tenantsPage()->countLine().startsWith(QStringLiteral("21 tenants")), 15000);
        test::saveScreenshots(dialog, QStringLiteral("tenant-import-applied"));

        // The report: every row, its plan and its outcome, readable by a spreadsheet.
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(dialog->saveReport(report, &error), qPrintable(error));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = models::csv::Reader::read(file.readAll(), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header,
                 (QStringList{QStringLiteral("Line"), QStringLiteral("Agency code"),
                              QStringLiteral("Name"), QStringLiteral("What the dry run found"),
                              QStringLiteral("Outcome"), QStringLiteral("Detail")}));
        QCOMPARE(table->rows.size(), 8);
        QCOMPARE(table->rows.at(0).mid(0, 2),
                 (QStringList{QStringLiteral("2"), QStringLiteral("000.00.00.H30")}));
        QCOMPARE(table->rows.at(0).at(4), QStringLiteral("Done"));
        QCOMPARE(table->rows.at(4).at(4), QStringLiteral("Not run"));
        QVERIFY(table->rows.at(4).at(5).contains(QStringLiteral("errors")));

        // Escape closes it.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<ui::TenantImportDialog *>());
    }

    void suspendsAndResumesCodes()
    {
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        fleet.setProfiles({m_profile});
        fleet.setSecret(m_profile.id, m_sandbox.bootstrapSecret());
        for (const auto operation :
             {TenantImport::Operation::Suspend, TenantImport::Operation::Resume}) {
            TenantImport import;
            QFile file(dataFile("import-codes.csv"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString error;
            QVERIFY2(import.load(file.readAll(), operation, &error), qPrintable(error));
            QSignalSpy dryRun(&import, &TenantImport::dryRunFinished);
            import.dryRun(fleet.connection(m_profile.id)->backend());
            QVERIFY(dryRun.wait(15000));
            const bool suspend = operation == TenantImport::Operation::Suspend;
            QCOMPARE(rowOnLine(&import, 2).change, suspend ? Change::Suspend : Change::Resume);
            QCOMPARE(rowOnLine(&import, 3).change, suspend ? Change::Suspend : Change::Resume);
            // Quảng Ngãi was suspended already: nothing to do either way but resume.
            QCOMPARE(rowOnLine(&import, 4).change, suspend ? Change::Unchanged : Change::Resume);
            QCOMPARE(rowOnLine(&import, 5).change, Change::Invalid);
            QCOMPARE(TenantImport::changeText(rowOnLine(&import, 5)),
                     QStringLiteral("Error: No tenant with this code on the instance."));
            QSignalSpy applied(&import, &TenantImport::applyFinished);
            import.apply(fleet.connection(m_profile.id)->backend(),
                         TenantImport::OnFailure::Continue);
            QVERIFY(applied.wait(15000));
            const QString expected =
                suspend ? QStringLiteral("suspended") : QStringLiteral("active");
            for (const char *code : {"000.00.00.H26", "000.00.00.H06", "000.00.00.H48"})
                QCOMPARE(tenant(QLatin1String(code)).value(QLatin1String("status")).toString(),
                         expected);
            QCOMPARE(import.count(Outcome::Done), suspend ? 2 : 3);
            QCOMPARE(import.count(Outcome::Failed), 0);
        }
    }

    // If-Match: a tenant edited elsewhere after the dry run is not overwritten; "stop" leaves
    // the rest not run and says so, "go on" applies them.
    void changedSinceTheDryRunStopsOrGoesOn()
    {
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        fleet.setProfiles({m_profile});
        fleet.setSecret(m_profile.id, m_sandbox.bootstrapSecret());
        client::Backend *backend = fleet.connection(m_profile.id)->backend();
        const QByteArray csv = "code,contactEmail\r\n"
                               "000.00.00.H04,vanphong@backan.gov.vn\r\n"
                               "000.00.00.H10,vanphong@binhphuoc.gov.vn\r\n"
                               "000.00.00.H17,vanphong@daklak.gov.vn\r\n";
        const auto email = [this](const char *code) {
            return tenant(QLatin1String(code))
                .value(QLatin1String("contact"))
                .toObject()
                .value(QLatin1String("email"))
                .toString();
        };
        const QString binhPhuocBefore = email("000.00.00.H10");

        TenantImport import;
        QString error;
        QVERIFY2(import.load(csv, TenantImport::Operation::CreateOrUpdate, &error),
                 qPrintable(error));
        QSignalSpy dryRun(&import, &TenantImport::dryRunFinished);
        QSignalSpy applied(&import, &TenantImport::applyFinished);
        import.dryRun(backend);
        QVERIFY(dryRun.wait(15000));
        QCOMPARE(import.count(Change::Update), 3);
        QVERIFY(editElsewhere(QStringLiteral("000.00.00.H10"),
                              {{QStringLiteral("nameEn"), QStringLiteral("Binh Phuoc Province")}}));
        import.apply(backend, TenantImport::OnFailure::Stop);
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.takeFirst().first().toBool(), true); // stopped
        QCOMPARE(rowOnLine(&import, 2).outcome, Outcome::Done);
        QCOMPARE(rowOnLine(&import, 3).outcome, Outcome::Failed);
        QVERIFY2(TenantImport::resultText(rowOnLine(&import, 3))
                     .contains(QStringLiteral("since the dry run")),
                 qPrintable(TenantImport::resultText(rowOnLine(&import, 3))));
        QCOMPARE(rowOnLine(&import, 4).outcome, Outcome::NotRun);
        QCOMPARE(TenantImport::resultText(rowOnLine(&import, 4)),
                 QStringLiteral("Stopped after the failure on line 3."));
        QCOMPARE(email("000.00.00.H04"), QStringLiteral("vanphong@backan.gov.vn"));
        QCOMPARE(email("000.00.00.H10"), binhPhuocBefore); // not overwritten
        QCOMPARE(tenant(QStringLiteral("000.00.00.H10")).value(QLatin1String("nameEn")),
                 QStringLiteral("Binh Phuoc Province")); // the other person's change stays
        QVERIFY(email("000.00.00.H17") != QStringLiteral("vanphong@daklak.gov.vn"));

        // Again, going on after a failure.
        import.dryRun(backend);
        QVERIFY(dryRun.wait(15000));
        QCOMPARE(rowOnLine(&import, 2).change, Change::Unchanged);
        QCOMPARE(import.count(Change::Update), 2);
        QVERIFY(editElsewhere(QStringLiteral("000.00.00.H10"),
                              {{QStringLiteral("nameEn"), QStringLiteral("Binh Phuoc")}}));
        import.apply(backend, TenantImport::OnFailure::Continue);
        QVERIFY(applied.wait(15000));
        QCOMPARE(applied.takeFirst().first().toBool(), false);
        QCOMPARE(rowOnLine(&import, 3).outcome, Outcome::Failed);
        QCOMPARE(rowOnLine(&import, 4).outcome, Outcome::Done);
        QCOMPARE(email("000.00.00.H17"), QStringLiteral("vanphong@daklak.gov.vn"));
        QCOMPARE(email("000.00.00.H10"), binhPhuocBefore);
    }
};

QTEST_MAIN(TestTenantImport)
#include "tst_tenantimport.moc"
