#include "ui/connections/profileform.h"

#include "client/net/tlspolicy.h"
#include "ui/common/formrows.h"
#include "ui/theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace lgsp::ui {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_auth(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_secret(new QLineEdit(this))
    , m_keychain(new QLabel(this))
    , m_caFiles(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_clientCertificate(new QLineEdit(this))
    , m_proxy(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_readOnly(new QCheckBox(this))
    , m_problems(new QLabel(this))
{
    m_group->setEditable(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_proxyPort->setRange(0, 65535);
    m_timeout->setRange(1, 300);
    m_interval->setRange(5, 3600);
    m_problems->setWordWrap(true);
    Theme::setTone(m_problems, Theme::Tone::Error);
    m_keychain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    for (QLineEdit *edit : {m_name, m_url, m_clientId, m_user, m_gateway, m_secret, m_caFiles,
                            m_pin, m_clientCertificate, m_proxyHost})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::validate);
    for (QComboBox *box : {m_kind, m_auth, m_proxy})
        connect(box, &QComboBox::currentIndexChanged, this, &ProfileForm::validate);
    connect(m_group, &QComboBox::currentTextChanged, this, &ProfileForm::validate);
    for (QSpinBox *spin : {m_proxyPort, m_timeout, m_interval})
        connect(spin, &QSpinBox::valueChanged, this, &ProfileForm::validate);
    connect(m_readOnly, &QCheckBox::toggled, this, &ProfileForm::validate);
    connect(m_remember, &QCheckBox::toggled, this, &ProfileForm::validate);
    retranslate();
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslate()
{
    const QString kind = m_kind->currentData().toString();
    const QString auth = m_auth->currentData().toString();
    const QString proxy = m_proxy->currentData().toString();
    {
        const QSignalBlocker k(m_kind);
        const QSignalBlocker a(m_auth);
        const QSignalBlocker p(m_proxy);
        m_kind->clear();
        m_kind->addItem(tr("LGSP Admin API v1"), QStringLiteral("lgsp-v1"));
        m_kind->addItem(tr("WSO2 API Manager 4.x"), QStringLiteral("wso2-apim"));
        m_kind->addItem(tr("X-Road security server (alone)"), QStringLiteral("xroad-ss"));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
        m_auth->clear();
        m_auth->addItem(tr("OAuth2 client credentials"), QStringLiteral("client-credentials"));
        m_auth->addItem(tr("API key"), QStringLiteral("api-key"));
        m_auth->addItem(tr("None"), QStringLiteral("none"));
        m_auth->addItem(tr("WSO2 user (via an OAuth client)"), QStringLiteral("wso2-user"));
        m_auth->addItem(tr("X-Road API key"), QStringLiteral("xroad-key"));
        m_auth->setCurrentIndex(std::max(0, m_auth->findData(auth)));
        m_proxy->clear();
        m_proxy->addItem(tr("System settings"), QStringLiteral("system"));
        m_proxy->addItem(tr("No proxy"), QStringLiteral("none"));
        m_proxy->addItem(tr("Manual"), QStringLiteral("manual"));
        m_proxy->setCurrentIndex(std::max(0, m_proxy->findData(proxy)));
    }
    clearFormRows(m_form);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Group"), m_group);
    m_form->addRow(tr("Server"), m_kind);
    m_form->addRow(tr("Address"), m_url);
    m_form->addRow(tr("Authentication"), m_auth);
    m_form->addRow(tr("Client id"), m_clientId);
    m_form->addRow(tr("User"), m_user);
    m_form->addRow(tr("Secret"), m_secret);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(QString(), m_keychain);
    m_form->addRow(tr("Gateway"), m_gateway);
    m_form->addRow(tr("Extra CA files"), m_caFiles);
    m_form->addRow(tr("Certificate pin (SHA-256)"), m_pin);
    m_form->addRow(tr("Client certificate"), m_clientCertificate);
    m_form->addRow(tr("Proxy"), m_proxy);
    m_form->addRow(tr("Proxy host"), m_proxyHost);
    m_form->addRow(tr("Proxy port"), m_proxyPort);
    m_form->addRow(tr("Time-out (s)"), m_timeout);
    m_form->addRow(tr("Check every (s)"), m_interval);
    m_form->addRow(QString(), m_readOnly);
    m_caFiles->setPlaceholderText(tr("PEM files, separated by ;"));
    m_pin->setPlaceholderText(tr("optional: AB:CD:… (64 hexadecimal digits)"));
    m_clientCertificate->setPlaceholderText(tr("optional: a .p12 file, or PEM with its key"));
    m_secret->setPlaceholderText(tr("type to replace the secret in the keychain"));
    m_readOnly->setText(tr("Read-only: never change anything on this instance"));
    m_remember->setText(tr("Remember the password in the keychain"));
    m_gateway->setPlaceholderText(
        tr("optional: https://host:8243 (default: same host, port 8243)"));
    m_kind->setAccessibleName(tr("Server"));
    m_user->setAccessibleName(tr("User"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_name->setAccessibleName(tr("Name"));
    m_url->setAccessibleName(tr("Address"));
    m_secret->setAccessibleName(tr("Secret"));
    validate();
}

void ProfileForm::setGroups(const QStringList &groups)
{
    const QString current = m_group->currentText();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItems(groups);
    m_group->setCurrentText(current);
}

void ProfileForm::setProfile(const client::ConnectionProfile &p, const QString &keychainState)
{
    m_base = p;
    const QSignalBlocker b1(m_name), b2(m_group), b3(m_url), b4(m_auth), b5(m_clientId),
        b6(m_secret), b7(m_caFiles), b8(m_pin), b9(m_clientCertificate), b10(m_proxy),
        b11(m_proxyHost), b12(m_proxyPort), b13(m_timeout), b14(m_interval), b15(m_readOnly),
        b16(m_kind), b17(m_user), b18(m_gateway), b19(m_remember);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(p.backend)));
    m_user->setText(p.user);
    m_gateway->setText(p.gatewayUrl.toString());
    m_remember->setChecked(false);
    m_name->setText(p.name);
    m_group->setCurrentText(p.group);
    m_url->setText(p.baseUrl.toString());
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(p.auth)));
    m_clientId->setText(p.clientId);
    m_secret->clear();
    m_keychain->setText(keychainState);
    m_caFiles->setText(p.caFiles.join(QLatin1Char(';')));
    m_pin->setText(p.pinSha256);
    m_clientCertificate->setText(p.clientCertificateFile);
    m_proxy->setCurrentIndex(std::max(0, m_proxy->findData(p.proxy)));
    m_proxyHost->setText(p.proxyHost);
    m_proxyPort->setValue(p.proxyPort);
    m_timeout->setValue(std::max(1, p.requestTimeoutMs / 1000));
    m_interval->setValue(std::max(5, p.pollIntervalMs / 1000));
    m_readOnly->setChecked(p.readOnly);
    validate();
}

client::ConnectionProfile ProfileForm::profile() const
{
    client::ConnectionProfile p = m_base;
    p.name = m_name->text().trimmed();
    p.group = m_group->currentText().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    p.backend = m_kind->currentData().toString();
    const bool wso2 = p.backend == QLatin1String("wso2-apim");
    const bool securityServer = p.isSecurityServer();
    const QString chosen = m_auth->currentData().toString();
    // Each kind of server has its own way in; the others' are not offered for it.
    p.auth = wso2             ? QStringLiteral("wso2-user")
             : securityServer ? QStringLiteral("xroad-key")
             : chosen == QLatin1String("wso2-user") || chosen == QLatin1String("xroad-key")
                 ? QStringLiteral("client-credentials")
                 : chosen;
    p.clientId = wso2 || securityServer ? QString() : m_clientId->text().trimmed();
    p.user = wso2 ? m_user->text().trimmed() : QString();
    p.gatewayUrl = wso2 ? QUrl(m_gateway->text().trimmed(), QUrl::StrictMode) : QUrl();
    p.caFiles.clear();
    for (const QString &file : m_caFiles->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        p.caFiles << file.trimmed();
    p.pinSha256 = m_pin->text().trimmed();
    p.clientCertificateFile = m_clientCertificate->text().trimmed();
    p.proxy = m_proxy->currentData().toString();
    p.proxyHost = m_proxyHost->text().trimmed();
    p.proxyPort = m_proxyPort->value();
    p.requestTimeoutMs = m_timeout->value() * 1000;
    p.pollIntervalMs = m_interval->value() * 1000;
    p.readOnly = m_readOnly->isChecked();
    return p;
}

void ProfileForm::setKeychainState(const QString &state)
{
    m_keychain->setText(state);
}

QString ProfileForm::secret() const
{
    return m_secret->text();
}

bool ProfileForm::rememberPassword() const
{
    return m_remember->isChecked();
}

void ProfileForm::showKindRows(const QString &kind)
{
    const bool wso2 = kind == QLatin1String("wso2-apim");
    const bool securityServer = kind == QLatin1String("xroad-ss");
    // QFormLayout::setRowVisible: Qt 6.4, the oldest Qt this builds with.
    m_form->setRowVisible(m_clientId, !wso2 && !securityServer);
    m_form->setRowVisible(m_user, wso2);
    m_form->setRowVisible(m_remember, wso2);
    m_form->setRowVisible(m_gateway, wso2);
    m_form->setRowVisible(m_readOnly, !securityServer); // nothing is ever changed on one
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(wso2 ? tr("Password") : securityServer ? tr("API key") : tr("Secret"));
    m_secret->setPlaceholderText(
        wso2             ? tr("type to register the console's OAuth client again")
        : securityServer ? tr("type to replace the API key in the keychain (observer role)")
                         : tr("type to replace the secret in the keychain"));
    m_url->setPlaceholderText(securityServer ? QStringLiteral("https://ss1.example.gov.vn:4000")
                                             : QStringLiteral("https://lgsp.example.gov.vn"));
    const QSignalBlocker blocker(m_auth);
    const QString auth = m_auth->currentData().toString();
    if (wso2)
        m_auth->setCurrentIndex(m_auth->findData(QStringLiteral("wso2-user")));
    else if (securityServer)
        m_auth->setCurrentIndex(m_auth->findData(QStringLiteral("xroad-key")));
    else if (auth == QLatin1String("wso2-user") || auth == QLatin1String("xroad-key"))
        m_auth->setCurrentIndex(0);
    m_auth->setEnabled(!wso2 && !securityServer);
}

QStringList ProfileForm::problems() const
{
    return m_problemList;
}

void ProfileForm::validate()
{
    const client::ConnectionProfile p = profile();
    QStringList problems;
    if (p.name.isEmpty())
        problems << tr("The name is empty.");
    const QString scheme = p.baseUrl.scheme();
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        problems << tr("The address must be an http:// or https:// URL with a host name.");
    if (p.auth == QLatin1String("client-credentials") && p.clientId.isEmpty())
        problems << tr("OAuth2 client credentials need a client id.");
    const bool wso2 = p.backend == QLatin1String("wso2-apim");
    if (wso2 && p.user.isEmpty())
        problems << tr("A WSO2 API Manager connection needs the user.");
    if (wso2 && !m_gateway->text().trimmed().isEmpty() &&
        (!p.gatewayUrl.isValid() || p.gatewayUrl.host().isEmpty() ||
         (p.gatewayUrl.scheme() != QLatin1String("https") &&
          p.gatewayUrl.scheme() != QLatin1String("http"))))
        problems << tr("The gateway must be an http:// or https:// URL with a host name.");
    for (const QString &file : p.caFiles) {
        if (!QFileInfo(file).isReadable())
            problems << tr("The CA file %1 does not exist or cannot be read.").arg(file);
        else if (QSslCertificate::fromPath(file, QSsl::Pem).isEmpty() &&
                 QSslCertificate::fromPath(file, QSsl::Der).isEmpty())
            problems << tr("%1 holds no certificate.").arg(file);
    }
    if (!p.pinSha256.isEmpty() && client::TlsPolicy::parsePin(p.pinSha256).isEmpty())
        problems << tr("The pin is not a SHA-256 fingerprint (64 hexadecimal digits).");
    if (!p.clientCertificateFile.isEmpty() && !QFileInfo(p.clientCertificateFile).isReadable())
        problems << tr("The client certificate file %1 does not exist or cannot be read.")
                        .arg(p.clientCertificateFile);
    if (p.proxy == QLatin1String("manual") && (p.proxyHost.isEmpty() || p.proxyPort == 0))
        problems << tr("A manual proxy needs a host and a port.");
    const bool manual = p.proxy == QLatin1String("manual");
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    showKindRows(p.backend);
    m_clientId->setEnabled(p.auth == QLatin1String("client-credentials"));
    m_secret->setEnabled(p.auth != QLatin1String("none"));
    m_problemList = problems;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT changed();
}

} // namespace lgsp::ui
