#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lgsp::ui {

// A coloured strip at the top of a page for something the user should read now (an error
// with a file, unsaved work found after a crash), with up to two buttons.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows the bar; an empty button text hides that button.
    void showNotice(Kind kind, const QString &text, const QString &primary = {},
                    const QString &secondary = {});
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *secondaryButton() const { return m_secondary; }

Q_SIGNALS:
    void primaryClicked();
    void secondaryClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours();

    Kind m_kind = Kind::Info;
    QLabel *m_text;
    QPushButton *m_primary;
    QPushButton *m_secondary;
    QPushButton *m_close;
};

} // namespace lgsp::ui
