#pragma once

#include "protocol/tenant.h"

#include <QDialog>
#include <QUuid>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lgsp::client {
class Fleet;
} // namespace lgsp::client

namespace lgsp::ui {

// Creates a tenant on an instance, or edits one, with the rules of the Admin API checked as
// the officer types (agency code format, required name, e-mail and phone shapes). Editing
// starts from the server's current values and sends the changes with that version
// (If-Match), so an edit never overwrites someone else's newer one unknowingly. The server's
// own refusal (a duplicate code, a field it rejects, a newer version) is shown in the form,
// which stays open with what was typed.
class TenantForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantForm)

public:
    struct Target
    {
        QUuid instance;
        QString name;
    };

    explicit TenantForm(client::Fleet *fleet, QWidget *parent = nullptr);

    // A new tenant on one of `targets` (the instances that allow it).
    void startCreate(const QList<Target> &targets);
    // Loads the tenant's current values and version, then lets them be changed.
    void startEdit(const Target &target, const QString &code);

    QStringList problems() const { return m_problemList; }
    bool canSubmit() const;
    // Sends the form (what the OK button does).
    void submit();

    // The fields, for tests.
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *kindBox() const { return m_kind; }
    QString message() const;

Q_SIGNALS:
    // The server accepted the form: the tenant as it now is.
    void saved(const QUuid &instance, const lgsp::protocol::Tenant &tenant, bool created);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(const protocol::Tenant &tenant);
    void validate();
    protocol::TenantInput input() const;
    void setWorking(const QString &text);
    void setNote(std::function<QString()> note);
    void showFailure(const QString &text);
    void retranslate();

    client::Fleet *m_fleet;
    bool m_creating = true;
    QUuid m_instance;
    QByteArray m_etag;       // of the tenant being edited
    protocol::Tenant m_base; // its values when the form was filled
    QStringList m_problemList;
    bool m_working = false;

    QFormLayout *m_form;
    QComboBox *m_instances;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_contactName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_problems;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    // The line under the form when it is the form's own advice, made again in the new
    // language; server answers and progress are shown as they came.
    std::function<QString()> m_note;
};

} // namespace lgsp::ui
