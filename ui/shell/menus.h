#pragma once

#include "ui/shell/page.h"
#include "ui/theme/theme.h"

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace lgsp::ui {

// The main window's menus (File, View with its Theme submenu, Language, Help) and their
// actions.
class ShellMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShellMenus)

public:
    ShellMenus(QMenuBar *menuBar, QObject *parent);

    void setCurrentLanguage(const QString &language);
    void setCurrentTheme(lgsp::ui::Theme::Choice choice);
    void setDemoEnabled(bool enabled);
    bool isDemoEnabled() const;
    // Titles of the top-level menus, in order (for tests).
    QStringList menuTitles() const;

    // Called by the window on QEvent::LanguageChange.
    void retranslate();

Q_SIGNALS:
    void demoRequested();
    void addInstanceRequested();
    void connectionsRequested();
    void pageRequested(lgsp::ui::Page page);
    void paletteRequested();
    void languageRequested(const QString &language);
    void themeRequested(lgsp::ui::Theme::Choice choice);
    void aboutRequested();
    void quitRequested();

private:
    QMenu *m_file = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QAction *m_tryDemo = nullptr;
    QAction *m_addInstance = nullptr;
    QAction *m_importConnections = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_welcome = nullptr;
    QAction *m_palette = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QHash<Page, QAction *> m_pageActions;
    QActionGroup *m_languages = nullptr;
    QMenu *m_theme = nullptr;
    QActionGroup *m_themes = nullptr;
};

} // namespace lgsp::ui
