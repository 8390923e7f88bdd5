#include "ui/connections/securityserverform.h"

#include "ui/common/formrows.h"
#include "ui/theme/theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lgsp::ui {

SecurityServerForm::SecurityServerForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keychain(new QLabel(this))
    , m_problems(new QLabel(this))
{
    m_key->setEchoMode(QLineEdit::Password);
    for (QLabel *label : {m_intro, m_keychain, m_problems})
        label->setWordWrap(true);
    Theme::setTone(m_problems, Theme::Tone::Error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    for (QLineEdit *edit : {m_url, m_pin, m_key})
        connect(edit, &QLineEdit::textChanged, this, &SecurityServerForm::validate);
    retranslate();
}

void SecurityServerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecurityServerForm::retranslate()
{
    m_intro->setText(
        tr("The X-Road security server this LGSP reaches NDXP through. The health check then "
           "reads its global configuration, timestamping services, OCSP responders and "
           "certificates. An API key with the observer role is enough."));
    clearFormRows(m_form);
    m_form->addRow(tr("Security server address"), m_url);
    m_form->addRow(tr("Its certificate pin (SHA-256)"), m_pin);
    m_form->addRow(tr("API key"), m_key);
    m_form->addRow(QString(), m_keychain);
    m_url->setPlaceholderText(tr("empty: none; e.g. https://ss1.lgsp.example.gov.vn:4000"));
    m_pin->setPlaceholderText(tr("optional: 64 hexadecimal digits, for a self-signed certificate"));
    m_key->setPlaceholderText(tr("type to replace the key in the keychain"));
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        auto *label =
            qobject_cast<QLabel *>(m_form->labelForField(item ? item->widget() : nullptr));
        if (item && item->widget() && label)
            item->widget()->setAccessibleName(label->text());
    }
    validate();
}

void SecurityServerForm::setSettings(const client::XRoadSettings &s, const QString &keychainState)
{
    {
        const QSignalBlocker u(m_url);
        const QSignalBlocker p(m_pin);
        const QSignalBlocker k(m_key);
        m_url->setText(s.url.toString());
        m_pin->setText(s.pinSha256);
        m_key->clear();
    }
    m_keychain->setText(keychainState);
    validate();
}

client::XRoadSettings SecurityServerForm::settings() const
{
    client::XRoadSettings s;
    s.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    s.pinSha256 = m_pin->text().trimmed().toLower().remove(QLatin1Char(':'));
    return s;
}

QString SecurityServerForm::key() const
{
    return m_url->text().trimmed().isEmpty() ? QString() : m_key->text();
}

void SecurityServerForm::setKeychainState(const QString &state)
{
    m_keychain->setText(state);
}

void SecurityServerForm::validate()
{
    const client::XRoadSettings s = settings();
    const bool attached = s.attached();
    for (QWidget *field : {static_cast<QWidget *>(m_pin), static_cast<QWidget *>(m_key),
                           static_cast<QWidget *>(m_keychain)})
        m_form->setRowVisible(field, attached);
    QStringList problems;
    if (attached &&
        (!s.url.isValid() || s.url.host().isEmpty() ||
         (s.url.scheme() != QLatin1String("https") && s.url.scheme() != QLatin1String("http"))))
        problems << tr("The security server's address must be an https:// URL with a host name "
                       "(port 4000 by default).");
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (attached && !s.pinSha256.isEmpty() && !hex64.match(s.pinSha256).hasMatch())
        problems << tr("A SHA-256 pin is 64 hexadecimal digits.");
    m_problemList = problems;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT changed();
}

} // namespace lgsp::ui
