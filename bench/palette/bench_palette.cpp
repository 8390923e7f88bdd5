// Command palette benchmark: a real lgsp-sandbox with --seed scale:N services, the console's
// main window (offscreen) with its Tenants and Services pages loaded through the connection
// layer, and the palette (Ctrl+K) searching all of them:
//  - per keystroke, from the text changing until the palette has been painted (p50 / p95 /
//    max), and the search alone;
//  - opening the palette (first results painted).
//
//   bench_palette [--sandbox PATH] [--services N]
#include "benchtools.h"
#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "models/common/listloader.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "models/tenants/tenantmodel.h"
#include "ui/catalog/catalogpage.h"
#include "ui/palette/commandpalette.h"
#include "ui/palette/palettecommands.h"
#include "ui/shell/mainwindow.h"
#include "ui/tenants/tenantspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <vector>

using lgsp::bench::percentile;

int main(int argc, char *argv[])
{
    lgsp::bench::useOffscreenByDefault();
    QApplication app(argc, argv);
    lgsp::bench::ScaleSandbox sandbox;
    if (!sandbox.start(app))
        return 1;
    lgsp::client::Fleet fleet;
    sandbox.addTo(fleet, QStringLiteral("Bộ"));
    QTemporaryDir settingsDir;
    lgsp::models::AppSettings settings(settingsDir.filePath(QStringLiteral("settings.json")));
    lgsp::models::Translations translations;
    translations.setLanguage(QStringLiteral("vi"));
    lgsp::ui::MainWindow window(&settings, &translations, &fleet);
    window.resize(1400, 900);
    window.show();

    // Opening the palette starts both pages loading; wait for both.
    lgsp::ui::CommandPalette *palette = window.palette()->palette();
    int finished = 0;
    for (lgsp::models::ListLoader *loader :
         {window.tenantsPage()->loader(), window.catalogPage()->loader()}) {
        QObject::connect(loader, &lgsp::models::ListLoader::finished, &app, [&] {
            if (++finished == 2)
                app.quit();
        });
    }
    window.palette()->open();
    app.exec();
    palette->hide();
    const int services = window.catalogPage()->model()->rowCount();
    const int tenants = window.tenantsPage()->model()->rowCount();

    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        window.palette()->open();
        QCoreApplication::processEvents();
        palette->grab(); // painting the whole palette, as the screen would show it
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        palette->hide();
    }

    window.palette()->open();
    std::vector<double> keystrokes;
    std::vector<double> searchOnly;
    // Typed one letter at a time, then erased one at a time (a backspace is answered from
    // what the longer query found, or from memory). The services are named after the scale
    // seed's topics ("Liên thông văn bản số 12", "Tra cứu hồ sơ số 999").
    const QStringList queries = {QStringLiteral("lien thong van ban 12"),
                                 QStringLiteral("tam dung ha noi"),
                                 QStringLiteral("dmdc"),
                                 QStringLiteral("xem dac ta tra cuu ho so 999"),
                                 QStringLiteral("suspend"),
                                 QStringLiteral("open the transactions of bo y te"),
                                 QStringLiteral("000.00.00.h30")};
    const auto keystroke = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        palette->input()->setText(text);
        searchOnly.push_back(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // the list's delayed layout
        // The whole palette painted (its box, the list's rows), into a pixmap: measured the
        // same whatever the platform does with a repaint of a window that is not on screen.
        palette->grab();
        keystrokes.push_back(double(t.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("%-32s %6.1f ms (search %6.1f ms), %d results\n", qPrintable(text),
                        keystrokes.back(), searchOnly.back(), palette->results()->rowCount());
    };
    for (const QString &query : queries) {
        for (qsizetype n = 1; n <= query.size(); ++n)
            keystroke(query.left(n));
        for (qsizetype n = query.size() - 1; n >= 0; --n)
            keystroke(query.left(n));
    }
    for (int i = 0; qEnvironmentVariableIsSet("BENCH_PROFILE") && i < 100; ++i) {
        window.palette()->search()->invalidate();
        window.palette()->search()->search(QStringLiteral("000.00.00"));
    }
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        // The search alone, every time from the whole of each source.
        for (const QString &text : {QStringLiteral("0"), QStringLiteral("t"), QStringLiteral("ta"),
                                    QStringLiteral("000.00.00")}) {
            window.palette()->search()->invalidate();
            QElapsedTimer t;
            t.start();
            const int found = int(window.palette()->search()->search(text).size());
            std::printf("search alone %-12s %6.1f ms, %d results\n", qPrintable(text),
                        double(t.nsecsElapsed()) / 1e6, found);
        }
    }
    // The first result of a full query, to see that it finds what it should.
    palette->input()->setText(QStringLiteral("tam dung ha noi"));
    const QString first = palette->results()->index(0).data().toString();

    std::printf("searched               %d services, %d tenants, %d keystrokes\n", services,
                tenants, int(keystrokes.size()));
    std::printf("open (first results)   p50 %.1f ms, max %.1f ms\n", percentile(opens, 0.5),
                percentile(opens, 1.0));
    std::printf("keystroke until painted p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                percentile(keystrokes, 0.5), percentile(keystrokes, 0.95),
                percentile(keystrokes, 1.0));
    std::printf("  of which the search  p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                percentile(searchOnly, 0.5), percentile(searchOnly, 0.95),
                percentile(searchOnly, 1.0));
    std::printf("first for \"tam dung ha noi\": %s\n", qPrintable(first));
    return services > 0 ? 0 : 1;
}
