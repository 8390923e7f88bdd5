#include "ui/tenants/tenantform.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/agencycode.h"
#include "ui/common/formrows.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

constexpr int kMaxName = 200; // TenantCreate.name in the Admin API

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 .()-]{3,20}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

TenantForm::TenantForm(client::Fleet *fleet, QWidget *parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_form(new QFormLayout)
    , m_instances(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_contactName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    // Own buttons, not standard ones: a button box retranslates standard buttons itself,
    // after (and over) this form's texts.
    , m_submit(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setMinimumWidth(520);
    m_code->setMaxLength(35);
    m_name->setMaxLength(kMaxName);
    for (QLabel *label : {m_problems, m_message})
        label->setWordWrap(true);
    Theme::setTone(m_problems, Theme::Tone::Error);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_code, m_name, m_nameEn, m_contactName, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &TenantForm::validate);
    for (QComboBox *box : {m_instances, m_kind, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &TenantForm::validate);
    // Agency codes are upper case; typing them in lower case is not a mistake worth a refusal.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper()) {
            const int cursor = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(cursor);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TenantForm::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void TenantForm::retranslate()
{
    setWindowTitle(m_creating ? tr("New tenant") : tr("Edit tenant %1").arg(m_base.code));
    m_submit->setText(m_creating ? tr("Create") : tr("Save"));
    m_submit->setDefault(true);
    m_cancel->setText(tr("Cancel"));
    if (m_note)
        m_message->setText(m_note());
    clearFormRows(m_form);
    if (m_creating) {
        m_form->addRow(tr("Instance"), m_instances);
        m_form->addRow(tr("Agency code"), m_code);
    }
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("English name"), m_nameEn);
    m_form->addRow(tr("Kind"), m_kind);
    if (m_creating)
        m_form->addRow(tr("Status"), m_status);
    m_form->addRow(tr("Contact person"), m_contactName);
    m_form->addRow(tr("Contact e-mail"), m_email);
    m_form->addRow(tr("Contact phone"), m_phone);
    m_instances->setVisible(m_creating);
    m_code->setVisible(m_creating);
    m_status->setVisible(m_creating);
    m_code->setPlaceholderText(tr("e.g. 000.00.00.H30"));
    m_code->setToolTip(tr("QCVN 102 form NNN.NN.NN.XNN, or the newer scheme: up to 35 "
                          "characters of 0–9, A–Z and dots"));
    m_name->setPlaceholderText(tr("e.g. Ủy ban nhân dân tỉnh Hậu Giang"));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_instances, m_code, m_name, m_nameEn, m_kind, m_status,
                                          m_contactName, m_email, m_phone}) {
        if (const auto *label = qobject_cast<QLabel *>(m_form->labelForField(w)))
            w->setAccessibleName(label->text());
    }
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    for (const QString &k : protocol::Tenant::kinds())
        m_kind->addItem(models::TenantModel::kindText(k), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    const QString status = m_status->currentData().toString();
    m_status->clear();
    for (const QString &s : {QStringLiteral("trial"), QStringLiteral("active")})
        m_status->addItem(models::TenantModel::statusText(s), s);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    validate();
}

void TenantForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TenantForm::startCreate(const QList<Target> &targets)
{
    m_creating = true;
    m_etag.clear();
    m_base = {};
    m_instances->clear();
    for (const Target &t : targets)
        m_instances->addItem(t.name, t.instance);
    fill({});
    retranslate();
    setNote([] {
        return tr("The tenant is created at once on the instance; its status can be changed "
                  "later.");
    });
}

void TenantForm::startEdit(const Target &target, const QString &code)
{
    m_creating = false;
    m_instance = target.instance;
    m_base.code = code;
    retranslate();
    client::Connection *connection = m_fleet->connection(target.instance);
    if (!connection) {
        showFailure(tr("%1 is no longer connected.").arg(target.name));
        return;
    }
    setWorking(tr("Reading the current values from %1…").arg(target.name));
    connection->backend()->tenant(code, this, [this](const client::Result<protocol::Tenant> &r) {
        m_working = false;
        if (!r.ok()) {
            showFailure(r.error.message());
            return;
        }
        m_etag = r.etag;
        m_base = r.value;
        fill(r.value);
        setNote([] { return tr("Only what you change is sent."); });
        validate();
    });
}

void TenantForm::fill(const protocol::Tenant &tenant)
{
    m_code->setText(tenant.code);
    m_name->setText(tenant.name);
    m_nameEn->setText(tenant.nameEn);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(tenant.kind)));
    m_contactName->setText(tenant.contactName);
    m_email->setText(tenant.contactEmail);
    m_phone->setText(tenant.contactPhone);
}

protocol::TenantInput TenantForm::input() const
{
    protocol::TenantInput in;
    in.code = m_code->text().trimmed();
    in.name = m_name->text().trimmed();
    in.nameEn = m_nameEn->text().trimmed();
    in.kind = m_kind->currentData().toString();
    in.status = m_status->currentData().toString();
    in.contactName = m_contactName->text().trimmed();
    in.contactEmail = m_email->text().trimmed();
    in.contactPhone = m_phone->text().trimmed();
    if (!m_creating) {
        // A change set: what differs from the values the form was filled with.
        const auto changed = [](const QString &now, const QString &before) {
            return now == before ? QString() : now;
        };
        in.code.clear();
        in.status.clear();
        in.name = changed(in.name, m_base.name);
        in.nameEn = changed(in.nameEn, m_base.nameEn);
        in.kind = changed(in.kind, m_base.kind);
        in.contactName = changed(in.contactName, m_base.contactName);
        in.contactEmail = changed(in.contactEmail, m_base.contactEmail);
        in.contactPhone = changed(in.contactPhone, m_base.contactPhone);
    }
    return in;
}

void TenantForm::validate()
{
    QStringList problems;
    const QString code = m_code->text().trimmed();
    if (m_creating) {
        if (m_instances->count() == 0)
            problems << tr("No connected instance lets this credential create tenants.");
        if (code.isEmpty())
            problems << tr("The agency code is empty.");
        else if (!protocol::isValidAgencyCode(code))
            problems << tr("\"%1\" is not an agency code: use the QCVN 102 form NNN.NN.NN.XNN "
                           "(e.g. 000.00.00.H30) or up to 35 characters of 0–9, A–Z and dots.")
                            .arg(code);
    }
    if (m_name->text().trimmed().isEmpty())
        problems << tr("The name is empty.");
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems << tr("\"%1\" is not an e-mail address.").arg(email);
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !looksLikePhone(phone))
        problems << tr("\"%1\" is not a phone number (digits, spaces, + . ( ) -).").arg(phone);
    if (!m_creating) {
        // PATCH leaves out empty fields, so a value cannot be removed this way.
        const QList<QPair<QLineEdit *, QString>> kept = {{m_nameEn, m_base.nameEn},
                                                         {m_contactName, m_base.contactName},
                                                         {m_email, m_base.contactEmail},
                                                         {m_phone, m_base.contactPhone}};
        for (const auto &[edit, before] : kept) {
            if (edit->text().trimmed().isEmpty() && !before.isEmpty())
                problems << tr("%1 cannot be emptied here; enter a new value or keep the old "
                               "one.")
                                .arg(edit->accessibleName());
        }
    }
    m_problemList = problems;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_submit->setEnabled(canSubmit());
}

bool TenantForm::canSubmit() const
{
    if (m_working || !m_problemList.isEmpty())
        return false;
    if (m_creating)
        return true;
    const protocol::TenantInput changes = input();
    return !m_etag.isEmpty() && !(changes.name.isEmpty() && changes.nameEn.isEmpty() &&
                                  changes.kind.isEmpty() && changes.contactName.isEmpty() &&
                                  changes.contactEmail.isEmpty() && changes.contactPhone.isEmpty());
}

void TenantForm::setNote(std::function<QString()> note)
{
    m_note = std::move(note);
    m_message->setText(m_note());
}

QString TenantForm::message() const
{
    return m_message->text();
}

void TenantForm::setWorking(const QString &text)
{
    m_working = true;
    m_note = nullptr;
    m_message->setText(text);
    m_submit->setEnabled(false);
}

void TenantForm::showFailure(const QString &text)
{
    m_working = false;
    m_note = nullptr;
    m_message->setText(text);
    validate();
}

void TenantForm::submit()
{
    if (!canSubmit())
        return;
    const QUuid instance = m_creating ? m_instances->currentData().toUuid() : m_instance;
    client::Connection *connection = m_fleet->connection(instance);
    if (!connection) {
        showFailure(tr("That instance is no longer connected."));
        return;
    }
    const bool creating = m_creating;
    const auto done = [this, instance, creating](const client::Result<protocol::Tenant> &r) {
        if (r.ok()) {
            m_working = false;
            Q_EMIT saved(instance, r.value, creating);
            accept();
            return;
        }
        QStringList lines{r.error.message()};
        for (const auto &field : r.error.fieldErrors)
            lines << tr("%1: %2").arg(field.field, field.message);
        if (r.error.kind == client::ClientError::Kind::Precondition)
            lines << tr("Someone changed this tenant since the form was opened. Close the form "
                        "and open it again to start from the current values.");
        showFailure(lines.join(QLatin1Char('\n')));
    };
    setWorking(creating ? tr("Creating…") : tr("Saving…"));
    if (creating)
        connection->backend()->createTenant(input(), this, done);
    else
        connection->backend()->updateTenant(m_base.code, input(), m_etag, this, done);
}

} // namespace lgsp::ui
