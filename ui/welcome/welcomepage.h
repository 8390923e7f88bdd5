#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace lgsp::ui {

// First-run page: what LGSP Console is, and three ways to begin.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The local sandbox is starting (button disabled, progress text) or not.
    void setDemoStarting(bool starting);
    // Shows why the sandbox could not start; an empty text clears it.
    void setDemoError(const QString &message);

    QString headline() const;
    QStringList choiceTexts() const;

Q_SIGNALS:
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_headline = nullptr;
    QLabel *m_intro = nullptr;
    QCommandLinkButton *m_tryDemo = nullptr;
    QCommandLinkButton *m_addInstance = nullptr;
    QCommandLinkButton *m_importConnections = nullptr;
    QLabel *m_status = nullptr;
    bool m_starting = false;
};

} // namespace lgsp::ui
