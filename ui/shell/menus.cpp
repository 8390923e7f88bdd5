#include "ui/shell/menus.h"

#include "models/i18n/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace lgsp::ui {

ShellMenus::ShellMenus(QMenuBar *menuBar, QObject *parent)
    : QObject(parent)
    , m_file(menuBar->addMenu(QString()))
    , m_view(menuBar->addMenu(QString()))
    , m_language(menuBar->addMenu(QString()))
    , m_help(menuBar->addMenu(QString()))
    , m_languages(new QActionGroup(this))
    , m_themes(new QActionGroup(this))
{
    m_tryDemo = m_file->addAction(QIcon(QStringLiteral(":/icons/sandbox.svg")), QString(), this,
                                  &ShellMenus::demoRequested);
    m_addInstance = m_file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), QString(), this,
                                      &ShellMenus::addInstanceRequested);
    m_importConnections = m_file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), QString(),
                                            this, &ShellMenus::connectionsRequested);
    m_file->addSeparator();
    m_quit = m_file->addAction(QString(), this, &ShellMenus::quitRequested);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_palette = m_view->addAction(QString(), this, &ShellMenus::paletteRequested);
    // Ctrl+K as in the editors officers know, Ctrl+Shift+P as in VS Code.
    m_palette->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_view->addSeparator();
    m_theme = m_view->addMenu(QString());
    m_themes->setExclusive(true);
    for (Theme::Choice choice : {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark,
                                 Theme::Choice::HighContrast}) {
        QAction *action = m_theme->addAction(QString());
        action->setCheckable(true);
        action->setData(int(choice));
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice] { Q_EMIT themeRequested(choice); });
    }
    m_view->addSeparator();
    int number = 1;
    for (Page page : kSidebarPages) {
        QAction *action = m_view->addAction(QIcon(pageIconPath(page)), QString(), this,
                                            [this, page] { Q_EMIT pageRequested(page); });
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number++)));
        m_pageActions.insert(page, action);
    }

    m_languages->setExclusive(true);
    for (const QString &language : models::Translations::availableLanguages()) {
        // A language is always named in itself, whatever the current language.
        QAction *action = m_language->addAction(models::Translations::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language] { Q_EMIT languageRequested(language); });
    }

    m_welcome = m_help->addAction(QIcon(QStringLiteral(":/icons/welcome.svg")), QString(), this,
                                  [this] { Q_EMIT pageRequested(Page::Welcome); });
    m_help->addSeparator();
    m_about = m_help->addAction(QString(), this, &ShellMenus::aboutRequested);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_help->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void ShellMenus::setCurrentLanguage(const QString &language)
{
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void ShellMenus::setCurrentTheme(Theme::Choice choice)
{
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toInt() == int(choice));
}

void ShellMenus::setDemoEnabled(bool enabled)
{
    m_tryDemo->setEnabled(enabled);
}

bool ShellMenus::isDemoEnabled() const
{
    return m_tryDemo->isEnabled();
}

QStringList ShellMenus::menuTitles() const
{
    return {m_file->title(), m_view->title(), m_language->title(), m_help->title()};
}

void ShellMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_view->setTitle(tr("&View"));
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
    m_tryDemo->setText(tr("&Try LGSP with a Local Sandbox"));
    m_addInstance->setText(tr("&Add LGSP Instance…"));
    m_addInstance->setToolTip(QString());
    m_importConnections->setText(tr("&Connections…"));
    m_importConnections->setToolTip(
        tr("Add, edit, test, import and export the connection profiles"));
    m_quit->setText(tr("&Quit"));
    for (auto it = m_pageActions.cbegin(); it != m_pageActions.cend(); ++it)
        it.value()->setText(pageTitle(it.key()));
    m_welcome->setText(tr("&Welcome Page"));
    m_palette->setText(tr("Command &Palette…"));
    m_theme->setTitle(tr("&Theme"));
    const QList<QAction *> themes = m_themes->actions();
    themes.at(0)->setText(tr("&Follow the System"));
    themes.at(1)->setText(tr("&Light"));
    themes.at(2)->setText(tr("&Dark"));
    themes.at(3)->setText(tr("&High Contrast"));
    m_about->setText(tr("&About LGSP Console"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace lgsp::ui
