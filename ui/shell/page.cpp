#include "ui/shell/page.h"

#include <QCoreApplication>

namespace lgsp::ui {

QString pageName(Page page)
{
    switch (page) {
    case Page::Welcome:
        return QStringLiteral("welcome");
    case Page::Fleet:
        return QStringLiteral("fleet");
    case Page::Tenants:
        return QStringLiteral("tenants");
    case Page::Services:
        return QStringLiteral("services");
    case Page::Transactions:
        return QStringLiteral("transactions");
    case Page::Health:
        return QStringLiteral("health");
    case Page::Configuration:
        return QStringLiteral("config");
    case Page::Reports:
        return QStringLiteral("reports");
    }
    return {};
}

std::optional<Page> pageFromName(const QString &name)
{
    for (Page page : {Page::Welcome, Page::Fleet, Page::Tenants, Page::Services, Page::Transactions,
                      Page::Health, Page::Configuration, Page::Reports}) {
        if (pageName(page) == name)
            return page;
    }
    return std::nullopt;
}

QStringList pageNames()
{
    QStringList names;
    for (Page page : kSidebarPages)
        names.append(pageName(page));
    names.append(pageName(Page::Welcome));
    return names;
}

QString pageTitle(Page page)
{
    switch (page) {
    case Page::Welcome:
        return QCoreApplication::translate("Page", "Welcome");
    case Page::Fleet:
        return QCoreApplication::translate("Page", "Fleet");
    case Page::Tenants:
        return QCoreApplication::translate("Page", "Tenants");
    case Page::Services:
        return QCoreApplication::translate("Page", "Services");
    case Page::Transactions:
        return QCoreApplication::translate("Page", "Transactions");
    case Page::Health:
        return QCoreApplication::translate("Page", "Health");
    case Page::Configuration:
        return QCoreApplication::translate("Page", "Configuration");
    case Page::Reports:
        return QCoreApplication::translate("Page", "Reports");
    }
    return {};
}

QString pageIconPath(Page page)
{
    const QString name = page == Page::Configuration ? QStringLiteral("config") : pageName(page);
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

} // namespace lgsp::ui
