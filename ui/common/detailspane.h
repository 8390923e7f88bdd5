#pragma once

#include <QWidget>

#include <functional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace lgsp::ui {

// What the details panes of the tenants and catalog pages share: a heading, a row of action
// buttons (only the actions the server allows; each confirmed first), a line that says what
// is happening or what went wrong, and a form of read-only fields.
class DetailsPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    // Asks the person; returns true to go on. Replaceable so GUI tests can answer.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit DetailsPane(QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The action buttons on show, by action name.
    QStringList visibleActions() const;
    virtual void trigger(const QString &action) = 0;

protected:
    static QLabel *valueLabel(QWidget *parent);
    void setHeading(const QString &title, const QString &subtitle);
    // One button per action, labelled by `text`; "edit" only after setEditable(true) (it
    // opens a form). `subject` names the item for screen readers. An empty list removes them.
    void setActions(const QStringList &actions, const std::function<QString(const QString &)> &text,
                    const QString &subject);
    void setActionsEnabled(bool enabled);
    void setEditable(bool editable) { m_editable = editable; }
    bool confirm(const QString &title, const QString &text) { return m_confirm(this, title, text); }
    void setBusy(const QString &text);
    QWidget *fields() const { return m_fields; }
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *body() const { return m_body; }

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Qt 6.4's QFormLayout works out a wrapped value's height from the column widths of its
    // previous pass, so a value that now wraps onto one more line is cut. After each layout
    // of the fields, a row too short for its wrapped text is laid out once more.
    void fitWrappedRows();

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_busy;
    QHBoxLayout *m_actions;
    QWidget *m_fields;
    QFormLayout *m_form;
    QVBoxLayout *m_body;
    Confirm m_confirm;
    bool m_editable = false;
    bool m_fitPending = false;
};

} // namespace lgsp::ui
