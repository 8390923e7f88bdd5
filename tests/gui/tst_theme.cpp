// Themes (offscreen, against a real sandbox): every text colour the console paints itself is
// readable on its background in light, dark and high contrast (WCAG ratios computed, not
// eyeballed); status marks differ by shape, not only colour; switching the theme from the
// View menu recolours the running window — palette, sidebar, toned labels, charts, the
// fleet's status marks — remembers the choice, and "Follow the System" gives the platform's
// palette back. With LGSP_SCREENSHOT_DIR set, saves every page in dark and high contrast.
#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/fleet/fleetmodel.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "testpaths.h"
#include "ui/catalog/catalogpage.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactionspage.h"
#include "ui/config/configpage.h"
#include "ui/fleet/fleetpage.h"
#include "ui/health/healthpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/stalestatus.h"
#include "ui/tenants/tenantspage.h"
#include "ui/theme/highcontraststyle.h"
#include "ui/theme/statusmark.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QChart>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace lgsp;
using ui::Theme;
using C = Theme::Colour;

namespace {

// The action of View → Theme that applies `choice`, as a person would find it.
QAction *themeAction(ui::MainWindow *window, Theme::Choice choice)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *item : top->menu()->actions()) {
            if (!item->menu())
                continue;
            for (QAction *entry : item->menu()->actions()) {
                if (entry->isCheckable() && entry->data().toInt() == int(choice) &&
                    item->menu()->title().contains(QStringLiteral("Theme")))
                    return entry;
            }
        }
    }
    return nullptr;
}

// Qt passes a new application palette on to the widgets only while the event loop runs (as it
// does when a person picks the theme from the menu), so trigger inside a running loop.
void triggerLikeAPerson(QAction *action)
{
    QTimer::singleShot(0, action, [action] {
        action->trigger();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    QCoreApplication::exec();
}

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    client::ConnectionProfile m_profile;

    // What a scheme must look like in the running window.
    void checkWindow(ui::MainWindow *window, Theme::Scheme scheme)
    {
        QCOMPARE(Theme::instance()->scheme(), scheme);
        const QPalette expected = Theme::palette(scheme);
        QCOMPARE(QApplication::palette().color(QPalette::Window), expected.color(QPalette::Window));
        QCOMPARE(window->QWidget::palette().color(QPalette::Base), expected.color(QPalette::Base));
        if (scheme == Theme::Scheme::Dark)
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        if (scheme == Theme::Scheme::HighContrast) {
            QVERIFY(qobject_cast<ui::HighContrastStyle *>(QApplication::style()));
            // Every field outlined in white on black (Fusion alone drew no frame at all).
            QLineEdit *search = window->fleetPage()->findChild<QLineEdit *>();
            QVERIFY(search);
            const QImage field = search->grab().toImage();
            int white = 0;
            for (int x = 0; x < field.width(); ++x)
                white += field.pixelColor(x, 0).lightness() > 200 ? 1 : 0;
            QVERIFY2(white > field.width() * 3 / 4, qPrintable(QString::number(white)));
        }

        // A toned label (the status bar's stale note) takes the scheme's stale colour.
        auto *stale = window->findChild<ui::StaleStatus *>();
        QVERIFY(stale);
        stale->ensurePolished();
        QCOMPARE(stale->palette().color(QPalette::WindowText), Theme::color(scheme, C::StaleText));

        // The sidebar's background as painted.
        auto *sidebar = window->findChild<ui::Sidebar *>();
        const QImage side = sidebar->grab().toImage();
        QVERIFY(near(side.pixelColor(side.width() - 4, side.height() - 20),
                     Theme::color(scheme, C::SidebarBackground), 2));

        // The charts paint their plot background from the theme.
        const QList<ui::TimeChartView *> charts =
            window->transactionsPage()->findChildren<ui::TimeChartView *>();
        QVERIFY(!charts.isEmpty());
        for (ui::TimeChartView *chart : charts)
            QCOMPARE(chart->chart()->backgroundBrush().color(),
                     Theme::color(scheme, C::ChartBackground));

        // The fleet's status mark of the sandbox (OK) in the scheme's OK colour.
        window->showPage(ui::Page::Fleet);
        QTreeView *view = window->fleetPage()->findChild<QTreeView *>();
        QVERIFY(view);
        QModelIndex status;
        const QAbstractItemModel *model = view->model();
        for (int g = 0; g < model->rowCount() && !status.isValid(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                const QModelIndex s = model->index(r, models::FleetModel::StatusColumn, group);
                if (s.data(models::StatusRole).toString() == QLatin1String("ok"))
                    status = s;
            }
        }
        QVERIFY(status.isValid());
        view->scrollTo(status);
        QTest::qWait(50);
        const QRect rect = view->visualRect(status);
        const int light = view->fontMetrics().height() * 2 / 3;
        const QImage shot = view->viewport()->grab().toImage();
        const QColor centre = shot.pixelColor(rect.left() + 4 + light / 2, rect.center().y());
        QVERIFY2(near(centre, Theme::color(scheme, C::StatusOk)),
                 qPrintable(centre.name() + QStringLiteral(" vs ") +
                            Theme::color(scheme, C::StatusOk).name()));
    }

    void saveEveryPage(ui::MainWindow *window, const QString &prefix)
    {
        if (qEnvironmentVariableIsEmpty("LGSP_SCREENSHOT_DIR"))
            return;
        const std::pair<ui::Page, const char *> pages[] = {
            {ui::Page::Welcome, "welcome"},
            {ui::Page::Fleet, "fleet"},
            {ui::Page::Tenants, "tenants"},
            {ui::Page::Services, "services"},
            {ui::Page::Transactions, "transactions"},
            {ui::Page::Health, "health"},
            {ui::Page::Configuration, "configuration"},
        };
        for (const auto &[page, name] : pages) {
            window->showPage(page);
            QTest::qWait(300);
            test::saveScreenshots(window, prefix + QLatin1String(name));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                 QStringLiteral("--simulate"), QStringLiteral("30")}));
        m_profile = test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox"));
    }

    // WCAG 2: 4.5:1 for text (7:1 in high contrast), 3:1 for marks that carry meaning.
    void coloursAreReadable_data()
    {
        QTest::addColumn<Theme::Scheme>("scheme");
        QTest::addColumn<double>("text");
        QTest::newRow("light") << Theme::Scheme::Light << 4.5;
        QTest::newRow("dark") << Theme::Scheme::Dark << 4.5;
        QTest::newRow("high contrast") << Theme::Scheme::HighContrast << 7.0;
    }

    void coloursAreReadable()
    {
        QFETCH(Theme::Scheme, scheme);
        QFETCH(double, text);
        const QPalette p = Theme::palette(scheme);
        const auto check = [&](const QColor &fg, const QColor &bg, double minimum,
                               const char *what) {
            const double ratio = Theme::contrast(fg, bg);
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(QLatin1String(what), fg.name(), bg.name())
                                    .arg(ratio, 0, 'f', 2)));
        };
        const auto on = [&](C role) {
            return Theme::color(scheme, role);
        };
        check(p.color(QPalette::Text), p.color(QPalette::Base), text, "text");
        check(p.color(QPalette::WindowText), p.color(QPalette::Window), text, "window text");
        check(p.color(QPalette::ButtonText), p.color(QPalette::Button), text, "button text");
        check(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), text, "selection");
        check(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), text, "tooltip");
        check(p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 4.5, "placeholder");
        check(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base), 3.0,
              "disabled text");
        for (C role : {C::ErrorText, C::WarningText, C::OkText, C::MutedText, C::StaleText}) {
            const QByteArray name = QMetaEnum::fromType<C>().valueToKey(int(role));
            check(on(role), p.color(QPalette::Window), text, name.constData());
            check(on(role), p.color(QPalette::Base), text, name.constData());
        }
        check(on(C::NoteText), on(C::NoteBackground), text, "note");
        for (C background : {C::ErrorBackground, C::WarningBackground, C::InfoBackground})
            check(on(C::NoticeText), on(background), text, "notice");
        check(on(C::SidebarText), on(C::SidebarBackground), text, "sidebar");
        check(on(C::SidebarSelectedText), on(C::SidebarSelected), text, "sidebar selection");
        check(on(C::ChartText), on(C::ChartBackground), text, "chart text");
        for (C role : {C::SyntaxKey, C::SyntaxString, C::SyntaxNumber, C::SyntaxComment})
            check(on(role), p.color(QPalette::Base), 4.5, "definition syntax");
        for (C role : {C::StatusOk, C::StatusWarning, C::StatusFailed, C::StatusUnknown}) {
            check(on(role), p.color(QPalette::Base), 3.0, "status mark");
            check(on(role), p.color(QPalette::AlternateBase), 3.0, "status mark");
        }
        // Chart lines on the chart: apart from each other and, in high contrast, bright.
        Theme::instance()->setChoice(scheme == Theme::Scheme::Light  ? Theme::Choice::Light
                                     : scheme == Theme::Scheme::Dark ? Theme::Choice::Dark
                                                                     : Theme::Choice::HighContrast);
        const QList<QColor> series = Theme::instance()->seriesColours();
        QCOMPARE(series.size(), 8);
        for (qsizetype i = 0; i < series.size(); ++i) {
            for (qsizetype j = i + 1; j < series.size(); ++j)
                QVERIFY(series.at(i) != series.at(j));
            if (scheme == Theme::Scheme::HighContrast)
                check(series.at(i), on(C::ChartBackground), 7.0, "chart line");
        }
        Theme::instance()->setChoice(Theme::Choice::System);
    }

    // Disc, triangle, square, ring: told apart with the colour taken away.
    void statusMarksDifferByShape()
    {
        const auto render = [](const QString &status) {
            QImage image(40, 40, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            ui::statusmark::paint(&painter, QRectF(0, 0, 40, 40), status);
            return image;
        };
        const auto filled = [](const QImage &image, int x, int y) {
            return qAlpha(image.pixel(x, y)) > 128;
        };
        const QImage ok = render(QStringLiteral("ok"));
        const QImage warn = render(QStringLiteral("warn"));
        const QImage fail = render(QStringLiteral("fail"));
        const QImage unknown = render(QStringLiteral("checking"));
        // Centre: filled but for the ring.
        QVERIFY(filled(ok, 20, 20) && filled(warn, 20, 24) && filled(fail, 20, 20));
        QVERIFY(!filled(unknown, 20, 20));
        QVERIFY(filled(unknown, 20, 2)); // the ring's edge
        // Top-left corner: only the square reaches it.
        QVERIFY(filled(fail, 5, 5));
        QVERIFY(!filled(ok, 5, 5) && !filled(warn, 5, 5));
        // Bottom-left corner: the triangle's base reaches it, the disc's curve does not.
        QVERIFY(filled(warn, 3, 38));
        QVERIFY(!filled(ok, 3, 38));
        // "unreachable" is a failure: the same square.
        QCOMPARE(render(QStringLiteral("unreachable")), fail);
        QVERIFY(ok != warn && warn != fail && fail != unknown);
    }

    // Views ask for a mark for every row they paint: the same mark, size and colour is the
    // same icon (a new icon each time filled the style's pixmap cache without end), a mark in
    // another theme's colours another icon.
    void statusMarkIconsAreReused()
    {
        Theme::instance()->setChoice(Theme::Choice::Light);
        const QIcon ok = ui::statusmark::icon(QStringLiteral("ok"), 12);
        QCOMPARE(ui::statusmark::icon(QStringLiteral("ok"), 12).cacheKey(), ok.cacheKey());
        QVERIFY(ui::statusmark::icon(QStringLiteral("ok"), 16).cacheKey() != ok.cacheKey());
        QVERIFY(ui::statusmark::icon(QStringLiteral("warn"), 12).cacheKey() != ok.cacheKey());
        // "unreachable" and "fail" are the same square.
        QCOMPARE(ui::statusmark::icon(QStringLiteral("unreachable"), 12).cacheKey(),
                 ui::statusmark::icon(QStringLiteral("fail"), 12).cacheKey());
        const QIcon blank = ui::statusmark::icon(QString(), 12);
        QCOMPARE(ui::statusmark::icon(QString(), 12).cacheKey(), blank.cacheKey());
        QVERIFY(blank.cacheKey() != ok.cacheKey());
        QCOMPARE(qAlpha(blank.pixmap(12, 12).toImage().pixel(6, 6)), 0);
        const QColor light = ui::statusmark::colour(QStringLiteral("ok"));
        Theme::instance()->setChoice(Theme::Choice::HighContrast);
        QVERIFY(ui::statusmark::colour(QStringLiteral("ok")) != light);
        const QIcon contrast = ui::statusmark::icon(QStringLiteral("ok"), 12);
        Theme::instance()->setChoice(Theme::Choice::System);
        QVERIFY(contrast.cacheKey() != ok.cacheKey());
    }

    void switchesTheRunningWindowAndRemembers()
    {
        const QPalette platform = QApplication::palette();
        const QString platformStyle = QApplication::style()->name();
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
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fleet.start();
        window.transactionsPage()->showInstance(m_profile.id);
        window.configPage()->openFile(
            test::sourcePath(QStringLiteral("tests/data/bundles/valid-hau-giang.json")));
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(m_profile.id)->polls > 0, 20000);
        // The lists load when first shown.
        window.showPage(ui::Page::Tenants);
        QTRY_VERIFY_WITH_TIMEOUT(window.tenantsPage()->view()->model()->rowCount() > 0, 20000);
        window.showPage(ui::Page::Services);
        QTRY_VERIFY_WITH_TIMEOUT(window.catalogPage()->view()->model()->rowCount() > 0, 20000);

        QAction *dark = themeAction(&window, Theme::Choice::Dark);
        QAction *contrast = themeAction(&window, Theme::Choice::HighContrast);
        QAction *system = themeAction(&window, Theme::Choice::System);
        QVERIFY(dark && contrast && system);
        QVERIFY(system->isChecked());

        triggerLikeAPerson(dark);
        QVERIFY(dark->isChecked());
        checkWindow(&window, Theme::Scheme::Dark);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(settings.save());
        models::AppSettings reread(settings.filePath());
        QVERIFY(reread.load());
        QCOMPARE(reread.value(models::SettingKeys::Theme), QStringLiteral("dark"));
        saveEveryPage(&window, QStringLiteral("theme-dark-"));

        triggerLikeAPerson(contrast);
        checkWindow(&window, Theme::Scheme::HighContrast);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(settings.value(models::SettingKeys::Theme), QStringLiteral("high-contrast"));
        saveEveryPage(&window, QStringLiteral("theme-contrast-"));

        // Back to the system: its palette and style, as before the first switch.
        triggerLikeAPerson(system);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), platform.color(QPalette::Text));
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QCOMPARE(settings.value(models::SettingKeys::Theme), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
