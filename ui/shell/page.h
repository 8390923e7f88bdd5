#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lgsp::ui {

// The pages of the main window, in sidebar order. Welcome is reached from the Help menu.
enum class Page { Welcome, Fleet, Tenants, Services, Transactions, Health, Configuration, Reports };

inline constexpr Page kSidebarPages[] = {Page::Fleet,        Page::Tenants, Page::Services,
                                         Page::Transactions, Page::Health,  Page::Configuration,
                                         Page::Reports};

// Stable names for --view and the settings file: "fleet", "tenants", "services",
// "transactions", "health", "config", "reports", "welcome".
QString pageName(Page page);
std::optional<Page> pageFromName(const QString &name);
QStringList pageNames();
// The page's translated title, as the sidebar and the View menu show it.
QString pageTitle(Page page);
// The icon resource of the page, e.g. ":/icons/fleet.svg".
QString pageIconPath(Page page);

} // namespace lgsp::ui
