#pragma once

#include "ui/palette/palettesearch.h"
#include "ui/palette/palettesources.h"

#include <QObject>

#include <memory>

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class AppSettings;
}

namespace lgsp::ui {

class CommandPalette;
class MainWindow;

// The command palette of the main window: what it finds (the console's actions, the fleet's
// instances and groups, the rows of the Tenants and Services pages) and what choosing each
// does, through the pages' own public functions. Remembers the commands used recently.
class PaletteCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteCommands)

public:
    PaletteCommands(MainWindow *window, models::AppSettings *settings, client::Fleet *fleet);
    ~PaletteCommands() override;

    // Opens the palette; the Tenants and Services pages start loading if they have not yet,
    // and the results grow as their rows arrive.
    void open();
    CommandPalette *palette() const { return m_palette; }
    PaletteSearch *search() { return &m_search; }

private:
    void retranslate();
    void choose(const PaletteResult &result);
    void runAction(const QString &id);
    void runInstance(const QUuid &id, const QString &verb);
    void runTenant(const QString &identity, const QString &verb);
    void runService(const QString &identity, const QString &verb);
    void remember(const QString &id);

    MainWindow *m_window;
    models::AppSettings *m_settings;
    client::Fleet *m_fleet;
    PaletteSearch m_search;
    ActionSource m_actions;
    InstanceSource m_instances;
    GroupSource m_groups;
    std::unique_ptr<TenantSource> m_tenants;
    std::unique_ptr<ServiceSource> m_services;
    CommandPalette *m_palette;
};

} // namespace lgsp::ui
