#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lgsp::ui {

// What a page shows when it has nothing to show: an icon, a title, a sentence that says
// what will be here and how to get it, and optionally one button that does it.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QString &resourcePath);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // An empty text hides the button.
    void setActionText(const QString &text);

    QString title() const;
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace lgsp::ui
