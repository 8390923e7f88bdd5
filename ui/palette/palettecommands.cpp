#include "ui/palette/palettecommands.h"

#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "models/settings/appsettings.h"
#include "models/tenants/tenantmodel.h"
#include "ui/catalog/catalogpage.h"
#include "ui/catalog/servicedetails.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"
#include "ui/config/configpage.h"
#include "ui/fleet/fleetpage.h"
#include "ui/health/healthpage.h"
#include "ui/logging.h"
#include "ui/palette/commandpalette.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/menus.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantspage.h"
#include "ui/theme/theme.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace lgsp::ui {

namespace {

constexpr int kRemembered = 20;

// "<instance>/<key>" → the instance and the key.
std::pair<QUuid, QString> splitIdentity(const QString &identity)
{
    const qsizetype slash = identity.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    return {QUuid::fromString(identity.left(slash)), identity.mid(slash + 1)};
}

// Keeps the palette up to date with a page's model: appended rows are searched from the
// next keystroke (and the open palette searches again soon); any other change copies the
// source's keys again.
void followModel(QAbstractItemModel *model, const PaletteSource *source, PaletteSearch *search,
                 CommandPalette *palette)
{
    const auto changed = [source, search, palette] {
        search->forgetKeys(source);
        palette->refreshSoon();
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, palette, changed);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, palette, changed);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, palette, changed);
    QObject::connect(model, &QAbstractItemModel::dataChanged, palette, changed);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, palette, [search, palette] {
        search->updateKeys();
        search->invalidate();
        palette->refreshSoon();
    });
}

} // namespace

PaletteCommands::PaletteCommands(MainWindow *window, models::AppSettings *settings,
                                 client::Fleet *fleet)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_fleet(fleet)
    , m_instances(fleet)
    , m_groups(fleet)
    , m_tenants(std::make_unique<TenantSource>(window->tenantsPage()->model()))
    , m_services(std::make_unique<ServiceSource>(window->catalogPage()->model()))
    , m_palette(new CommandPalette(&m_search, window))
{
    using Action = ActionSource::Action;
    auto page = [](Page p) -> QString {
        return QStringLiteral("page.") + pageName(p);
    };
    auto notLanguage = [window](const QString &language) {
        return [window, language] {
            return window->language() != language;
        };
    };
    auto notTheme = [](Theme::Choice choice) {
        return [choice] {
            return Theme::instance()->choice() != choice;
        };
    };
    const auto make = [](const QString &id, const char *text, std::function<bool()> enabled = {},
                         const QKeySequence &shortcut = {}) {
        return Action{id, text, std::move(enabled), shortcut};
    };
    m_actions.setActions({
        make(page(Page::Fleet), QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Fleet"), {},
             QKeySequence(QStringLiteral("Ctrl+1"))),
        make(page(Page::Tenants), QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Tenants"),
             {}, QKeySequence(QStringLiteral("Ctrl+2"))),
        make(page(Page::Services), QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Services"),
             {}, QKeySequence(QStringLiteral("Ctrl+3"))),
        make(page(Page::Transactions),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Transactions"), {},
             QKeySequence(QStringLiteral("Ctrl+4"))),
        make(page(Page::Health), QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Health"), {},
             QKeySequence(QStringLiteral("Ctrl+5"))),
        make(page(Page::Configuration),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Configuration"), {},
             QKeySequence(QStringLiteral("Ctrl+6"))),
        make(page(Page::Reports), QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to Reports"),
             {}, QKeySequence(QStringLiteral("Ctrl+7"))),
        make(page(Page::Welcome),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Go to the Welcome page")),
        make(QStringLiteral("connections"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Manage the connections…")),
        make(QStringLiteral("add-instance"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Add an LGSP instance…")),
        make(QStringLiteral("test-all"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Test every instance now"),
             [fleet] { return !fleet->ids().isEmpty(); }),
        make(QStringLiteral("export-tenants"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Export the tenants as CSV…")),
        make(QStringLiteral("export-services"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Export the catalog as CSV…")),
        make(QStringLiteral("import-tenants"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Import tenants from a CSV file…"),
             [window] { return !window->tenantsPage()->importTargets().isEmpty(); }),
        make(QStringLiteral("reload-tenants"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Reload the tenants")),
        make(QStringLiteral("reload-services"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Reload the catalog")),
        make(QStringLiteral("diagnostics"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Save a diagnostics report…")),
        make(QStringLiteral("thresholds"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Edit the alert thresholds…")),
        make(QStringLiteral("config-new"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "New configuration from a template")),
        make(QStringLiteral("demo"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Try LGSP with a local sandbox"),
             [window] { return window->menus()->isDemoEnabled(); }),
        make(QStringLiteral("language.en"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Switch the language to English"),
             notLanguage(QStringLiteral("en"))),
        make(QStringLiteral("language.vi"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Switch the language to Vietnamese"),
             notLanguage(QStringLiteral("vi"))),
        make(QStringLiteral("theme.system"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Follow the system's colours"),
             notTheme(Theme::Choice::System)),
        make(QStringLiteral("theme.light"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Switch to the light theme"),
             notTheme(Theme::Choice::Light)),
        make(QStringLiteral("theme.dark"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Switch to the dark theme"),
             notTheme(Theme::Choice::Dark)),
        make(QStringLiteral("theme.high-contrast"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Switch to the high-contrast theme"),
             notTheme(Theme::Choice::HighContrast)),
        make(QStringLiteral("about"),
             QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "About LGSP Console")),
        make(QStringLiteral("quit"), QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Quit"), {},
             QKeySequence(QKeySequence::Quit)),
    });
    m_actions.setRunner([this](const QString &id, const QString &) { runAction(id); });
    m_instances.setRunner([this](const QString &id, const QString &verb) {
        runInstance(QUuid::fromString(id), verb);
    });
    m_groups.setRunner([this](const QString &group, const QString &) {
        m_window->fleetPage()->searchBox()->setText(group);
        m_window->showPage(Page::Fleet);
    });
    m_tenants->setRunner(
        [this](const QString &identity, const QString &verb) { runTenant(identity, verb); });
    m_services->setRunner(
        [this](const QString &identity, const QString &verb) { runService(identity, verb); });
    m_search.setSources({&m_actions, &m_instances, &m_groups, m_tenants.get(), m_services.get()});
    m_search.setRecent(QString::fromUtf8(m_settings->value(models::SettingKeys::PaletteRecent))
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts));

    followModel(window->tenantsPage()->model(), m_tenants.get(), &m_search, m_palette);
    followModel(window->catalogPage()->model(), m_services.get(), &m_search, m_palette);
    connect(m_palette, &CommandPalette::chosen, this, &PaletteCommands::choose);
}

PaletteCommands::~PaletteCommands() = default;

void PaletteCommands::open()
{
    // The instances and groups as they are now, in the language of now.
    retranslate();
    m_window->tenantsPage()->loadIfStale();
    m_window->catalogPage()->loadIfStale();
    m_palette->popUp();
}

void PaletteCommands::retranslate()
{
    m_actions.retranslate();
    m_instances.retranslate();
    m_instances.refresh();
    m_groups.retranslate();
    m_groups.refresh();
    for (const PaletteSource *source :
         std::initializer_list<const PaletteSource *>{&m_actions, &m_instances, &m_groups})
        m_search.forgetKeys(source);
    m_tenants->retranslate();
    m_services->retranslate();
}

void PaletteCommands::choose(const PaletteResult &result)
{
    qCInfo(lcUi) << "palette:" << (result.id.isEmpty() ? result.text : result.id);
    remember(result.id);
    // In the next turn of the event loop, so a dialog the command opens gets the focus; the
    // entity found again by its identity, in case the rows changed meanwhile.
    PaletteSource *source = result.source;
    const QString identity = source->identity(result.entity);
    const int verb = result.verb;
    QTimer::singleShot(0, this, [source, identity, verb] {
        const int entity = source->find(identity);
        if (entity >= 0)
            source->run(entity, verb);
    });
}

void PaletteCommands::remember(const QString &id)
{
    if (id.isEmpty())
        return;
    QStringList recent = m_search.recent();
    recent.removeAll(id);
    recent.prepend(id);
    recent = recent.mid(0, kRemembered);
    m_search.setRecent(recent);
    m_settings->setValue(models::SettingKeys::PaletteRecent,
                         recent.join(QLatin1Char('\n')).toUtf8());
    m_settings->save();
}

void PaletteCommands::runAction(const QString &id)
{
    if (id.startsWith(QLatin1String("page."))) {
        if (const std::optional<Page> page = pageFromName(id.mid(5)))
            m_window->showPage(*page);
    } else if (id == QLatin1String("connections")) {
        m_window->openConnections(false);
    } else if (id == QLatin1String("add-instance")) {
        m_window->openConnections(true);
    } else if (id == QLatin1String("test-all")) {
        m_fleet->refreshNow();
        m_window->showPage(Page::Health);
    } else if (id == QLatin1String("export-tenants")) {
        m_window->showPage(Page::Tenants);
        m_window->tenantsPage()->exportCsvWithDialog();
    } else if (id == QLatin1String("export-services")) {
        m_window->showPage(Page::Services);
        m_window->catalogPage()->exportCsvWithDialog();
    } else if (id == QLatin1String("reload-tenants")) {
        m_window->showPage(Page::Tenants);
        m_window->tenantsPage()->reload();
    } else if (id == QLatin1String("reload-services")) {
        m_window->showPage(Page::Services);
        m_window->catalogPage()->reload();
    } else if (id == QLatin1String("import-tenants")) {
        m_window->showPage(Page::Tenants);
        m_window->tenantsPage()->openImportDialog();
    } else if (id == QLatin1String("diagnostics")) {
        m_window->showPage(Page::Health);
        m_window->healthPage()->saveDiagnosticsWithDialog(true);
    } else if (id == QLatin1String("thresholds")) {
        m_window->showPage(Page::Health);
        m_window->healthPage()->editThresholds();
    } else if (id == QLatin1String("config-new")) {
        m_window->showPage(Page::Configuration);
        m_window->configPage()->newFromTemplate();
    } else if (id == QLatin1String("demo")) {
        Q_EMIT m_window->demoRequested();
    } else if (id.startsWith(QLatin1String("language."))) {
        m_window->switchLanguage(id.mid(9));
    } else if (id.startsWith(QLatin1String("theme."))) {
        if (const auto choice = Theme::choiceFromName(id.mid(6)))
            m_window->switchTheme(*choice);
    } else if (id == QLatin1String("about")) {
        Q_EMIT m_window->menus()->aboutRequested();
    } else if (id == QLatin1String("quit")) {
        m_window->close();
    }
}

void PaletteCommands::runInstance(const QUuid &id, const QString &verb)
{
    const client::Fleet::Instance *instance = m_fleet->instance(id);
    if (!instance)
        return;
    if (verb == QLatin1String("tenants")) {
        m_window->tenantsPage()->showOnlyInstance(instance->profile.name);
        m_window->showPage(Page::Tenants);
    } else if (verb == QLatin1String("services")) {
        m_window->catalogPage()->showOnlyInstance(instance->profile.name);
        m_window->showPage(Page::Services);
    } else if (verb == QLatin1String("transactions")) {
        m_window->transactionsPage()->showInstance(id);
        m_window->showPage(Page::Transactions);
    } else if (verb == QLatin1String("health") || verb == QLatin1String("test")) {
        if (verb == QLatin1String("test"))
            m_fleet->refreshNow(id);
        m_window->showPage(Page::Health);
        m_window->healthPage()->selectInstance(id);
    } else if (verb == QLatin1String("edit")) {
        m_window->openConnections(false, id);
    }
}

void PaletteCommands::runTenant(const QString &identity, const QString &verb)
{
    const auto [instance, code] = splitIdentity(identity);
    if (verb == QLatin1String("transactions")) {
        m_window->transactionsPage()->showInstance(instance);
        m_window->transactionsPage()->controls()->setScopeWhenListed(code, {});
        m_window->showPage(Page::Transactions);
        return;
    }
    TenantsPage *page = m_window->tenantsPage();
    m_window->showPage(Page::Tenants);
    const bool shown = page->reveal(identity);
    if (verb == QLatin1String("show") || !shown)
        return;
    if (verb == QLatin1String("edit")) {
        if (const client::Fleet::Instance *info = m_fleet->instance(instance))
            page->openEditForm(instance, info->profile.name, code);
        return;
    }
    page->details()->trigger(verb); // asks for confirmation, naming the tenant
}

void PaletteCommands::runService(const QString &identity, const QString &verb)
{
    const auto [instance, id] = splitIdentity(identity);
    if (verb == QLatin1String("transactions")) {
        m_window->transactionsPage()->showInstance(instance);
        m_window->transactionsPage()->controls()->setScopeWhenListed({}, id);
        m_window->showPage(Page::Transactions);
        return;
    }
    CatalogPage *page = m_window->catalogPage();
    m_window->showPage(Page::Services);
    const bool shown = page->reveal(identity);
    if (verb == QLatin1String("show") || !shown)
        return;
    if (verb == QLatin1String("definition"))
        page->details()->openDefinition();
    else if (verb == QLatin1String("compare"))
        page->compareDefinition(instance, id);
    else
        page->details()->trigger(verb);
}

} // namespace lgsp::ui
