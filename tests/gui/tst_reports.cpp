// The Reports page against a real sandbox with a known history (offscreen): opened with
// Ctrl+7 it makes last month's report by itself; its tables hold what the report model
// computes for the same period and time zone; the rankings follow "Top"; another period is
// chosen and made from the keyboard; a report being made can be cancelled and the one shown
// stays; exports write a workbook, a PDF and a CSV; a language switch says it all again in
// Vietnamese; a window without instances says how to start.
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/i18n/translations.h"
#include "models/reports/reporttables.h"
#include "models/reports/trafficreport.h"
#include "models/settings/appsettings.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/reports/reportperiodpicker.h"
#include "ui/reports/reportspage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lgsp;
using models::ReportPeriod;
using models::TrafficReport;

namespace {

const QTimeZone kVietnam(7 * 3600);

ReportPeriod lastMonth()
{
    const QDate month = QDateTime::currentDateTime().toTimeZone(kVietnam).date().addMonths(-1);
    return ReportPeriod::month(month.year(), month.month());
}

// The texts of a column of a view, top to bottom.
QStringList column(const QTableView *view, int c)
{
    QStringList texts;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        texts << view->model()->index(r, c).data().toString();
    return texts;
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    client::ConnectionProfile m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                 QStringLiteral("--history"), QStringLiteral("70")}));
        m_profile = test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox"));
        m_profile.group = QStringLiteral("Bộ");
    }

    void monthlyReportOnThePage()
    {
        QTemporaryDir dir;
        models::AppSettings settings(dir.filePath(QStringLiteral("settings.json")));
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        fleet.setProfiles({m_profile});
        fleet.setSecret(m_profile.id, m_sandbox.bootstrapSecret());
        fleet.start();
        ui::MainWindow window(&settings, &translations, &fleet);
        ui::ReportsPage *page = window.reportsPage();
        page->setTimeZone(kVietnam);
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Ctrl+7: the page, and last month's report of every instance, made by itself.
        QSignalSpy finished(page, &ui::ReportsPage::reportFinished);
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::Page::Reports);
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QVERIFY(finished.first().first().toBool());
        QVERIFY(page->report());
        QCOMPARE(page->report()->period(), lastMonth());
        QCOMPARE(page->scopeBox()->currentText(), QStringLiteral("All instances (1)"));
        QCOMPARE(page->scopeBox()->itemText(1), QStringLiteral("Group: Bộ"));

        // The same figures as the report model's for the same period and zone.
        TrafficReport direct;
        QSignalSpy built(&direct, &TrafficReport::finished);
        direct.build(fleet.connection(m_profile.id)->backend(), lastMonth(), kVietnam);
        QVERIFY(built.wait(60000));
        QCOMPARE(page->report()->total().calls, direct.total().calls);
        const QTableView *tenants = page->tableView(2);
        QCOMPARE(page->tabs()->tabText(2), QStringLiteral("Tenants"));
        QCOMPARE(tenants->model()->rowCount(), direct.tenants().size());
        for (int r = 0; r < tenants->model()->rowCount(); ++r) {
            QCOMPARE(tenants->model()->index(r, 0).data().toString(), direct.tenants().at(r).code);
            QCOMPARE(tenants->model()->index(r, 3).data(models::RawRole).toLongLong(),
                     direct.tenants().at(r).period.calls);
        }
        QCOMPARE(page->tableView(4)->model()->rowCount(), lastMonth().days());
        QVERIFY2(page->summaryText().startsWith(QStringLiteral("From ")),
                 qPrintable(page->summaryText()));

        test::saveScreenshots(&window, QStringLiteral("reports-month"));

        // Top 3: the rankings shrink at once, without asking the server again.
        const int provinces = page->tableView(1)->model()->rowCount();
        QVERIFY(provinces == 5);
        page->topBox()->setCurrentIndex(page->topBox()->findData(3));
        QCOMPARE(page->tableView(1)->model()->rowCount(), 3);
        QCOMPARE(finished.size(), 1);

        // Sorting by a column: fewest transactions first.
        page->tabs()->setCurrentIndex(2);
        page->tableView(2)->horizontalHeader()->setSortIndicator(3, Qt::AscendingOrder);
        const QStringList calls = column(page->tableView(2), 3);
        QCOMPARE(page->tableView(2)->model()->index(0, 0).data().toString(),
                 direct.tenants().last().code);
        QVERIFY(calls.size() > 2);

        // The quarter before, from the keyboard: Alt+P, typing "Q" until the quarter before
        // this one, Alt+M.
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(page->periodPicker()->choice()->hasFocus());
        const QDate thisQuarter = QDate::currentDate();
        const ReportPeriod quarterBefore =
            ReportPeriod::quarter(thisQuarter.year(), (thisQuarter.month() - 1) / 3 + 1).previous();
        for (int i = 0; i < 2; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q);
            QTest::qWait(1100); // a keyboard search starts again after a pause
        }
        QCOMPARE(page->periodPicker()->period(), quarterBefore);
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(page->isBusy()); // a mnemonic clicks after a short animation
        QVERIFY(page->cancelButton()->isVisible());
        QVERIFY(!page->makeButton()->isEnabled());
        // Cancelled: said, and last month's report stays shown.
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY(!page->isBusy());
        QCOMPARE(page->report()->period(), lastMonth());
        QVERIFY(page->makeButton()->isEnabled());
        // Made to the end: the quarter.
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(page->isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(page->report()->period(), quarterBefore);

        // Exports: a workbook, a PDF and a CSV with the tenants.
        QTemporaryDir out;
        QString error;
        using Format = models::ReportExport::Format;
        for (const Format format : {Format::Xlsx, Format::Pdf, Format::Csv}) {
            const QString path =
                out.filePath(QStringLiteral("report.") + models::ReportExport::name(format));
            QVERIFY2(page->exportTo(format, path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8);
            QVERIFY(format != Format::Xlsx || head.startsWith("PK"));
            QVERIFY(format != Format::Pdf || head.startsWith("%PDF"));
            QVERIFY(format != Format::Csv || head.startsWith("\xEF\xBB\xBF"));
        }

        // In Vietnamese: tabs, summary and figures as the language writes them.
        QVERIFY(translations.setLanguage(QStringLiteral("vi")));
        QTRY_COMPARE(page->tabs()->tabText(0), QStringLiteral("Bộ, ngành nhiều nhất"));
        QVERIFY2(page->summaryText().startsWith(QStringLiteral("Từ ")),
                 qPrintable(page->summaryText()));
        QCOMPARE(page->tableView(2)->model()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("Số giao dịch"));
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
    }

    void withoutInstancesItSaysHowToStart()
    {
        QTemporaryDir dir;
        models::AppSettings settings(dir.filePath(QStringLiteral("settings.json")));
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        ui::MainWindow window(&settings, &translations, &fleet);
        window.showPage(ui::Page::Reports);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.reportsPage()->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QVERIFY(stack->currentWidget()->findChild<QPushButton *>());
        QCOMPARE(stack->currentWidget()->findChild<QPushButton *>()->text(),
                 QStringLiteral("Try the local sandbox"));
        QVERIFY(!window.reportsPage()->report());
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
