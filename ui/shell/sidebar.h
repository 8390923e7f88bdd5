#pragma once

#include "ui/shell/page.h"

#include <QWidget>

class QListWidget;
class QLabel;

namespace lgsp::ui {

// The navigation column on the left: one entry per page.
class Sidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);

    // Welcome is not in the list: selecting it clears the selection.
    void setCurrentPage(Page page);
    // The visible entry texts, in order (for tests and accessibility checks).
    QStringList entryTexts() const;

Q_SIGNALS:
    void pageSelected(lgsp::ui::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours();

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace lgsp::ui
