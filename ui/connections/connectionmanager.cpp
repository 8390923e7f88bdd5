#include "ui/connections/connectionmanager.h"

#include "client/auth/wso2credential.h"
#include "client/connection.h"
#include "client/health/healthprobe.h"
#include "client/profiles/profilestore.h"
#include "models/session/consolesession.h"
#include "ui/common/messages.h"
#include "ui/common/pagescroll.h"
#include "ui/connections/metricsourceform.h"
#include "ui/connections/profileform.h"
#include "ui/connections/securityserverform.h"
#include "ui/theme/statusmark.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lgsp::ui {

ConnectionManager::ConnectionManager(models::ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_profiles(session->savedProfiles())
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_metricForm(new MetricSourceForm(this))
    , m_securityForm(new SecurityServerForm(this))
    , m_tabs(new QTabWidget(this))
    , m_add(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    m_results->setColumnCount(4);
    m_results->setRootIsDecorated(false);
    // Room for every step of the probe without scrolling.
    m_results->setMinimumHeight(m_results->fontMetrics().height() * 14);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionManager::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &ConnectionManager::addNew);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionManager::duplicateCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_import, &QPushButton::clicked, this, &ConnectionManager::importFile);
    connect(m_export, &QPushButton::clicked, this, &ConnectionManager::exportFile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManager::testConnection);
    connect(m_save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveCurrent(&error))
            m_message->setText(error);
    });
    const auto edited = [this] {
        const bool ok = problems().isEmpty() && m_list->currentRow() >= 0;
        if (QListWidgetItem *item = m_list->currentItem()) {
            const client::ConnectionProfile p = m_form->profile();
            item->setText(p.group.isEmpty() ? p.name : tr("%1 — %2").arg(p.group, p.name));
        }
        m_save->setEnabled(ok);
        m_test->setEnabled(ok && !isTesting());
        // A security server alone has no traffic of its own and is its own link to NDXP.
        const bool alone = m_form->profile().isSecurityServer();
        m_tabs->setTabVisible(1, !alone);
        m_tabs->setTabVisible(2, !alone);
    };
    connect(m_form, &ProfileForm::changed, this, edited);
    connect(m_metricForm, &MetricSourceForm::changed, this, edited);
    connect(m_securityForm, &SecurityServerForm::changed, this, edited);

    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_duplicate, m_remove})
        listButtons->addWidget(b);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_export);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addLayout(fileButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(new PageScroll(m_form, m_tabs), QString());
    m_tabs->addTab(new PageScroll(m_metricForm, m_tabs), QString());
    m_tabs->addTab(new PageScroll(m_securityForm, m_tabs), QString());
    rightLayout->addWidget(m_tabs);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_save);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_results, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_close = messages::addCloseButton(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1040, 860);
    retranslate();
    fillList();
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectionManager::retranslate()
{
    setWindowTitle(tr("Connections"));
    m_add->setText(tr("Add"));
    m_duplicate->setText(tr("Duplicate"));
    m_remove->setText(tr("Remove"));
    messages::retranslateClose(m_close);
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_test->setText(tr("Test connection"));
    m_tabs->setTabText(0, tr("Connection"));
    m_tabs->setTabText(1, tr("Traffic data"));
    m_tabs->setTabText(2, tr("Link to NDXP"));
    if (m_list->currentRow() >= 0) {
        m_form->setKeychainState(keychainStateOf(m_form->profile()));
        m_metricForm->setKeychainState(metricKeychainState());
        m_securityForm->setKeychainState(securityKeychainState());
    }
    m_save->setText(tr("Save"));
    m_results->setHeaderLabels({tr("Check"), tr("Result"), tr("Time"), tr("Detail")});
    m_list->setAccessibleName(tr("Connection profiles"));
    m_results->setAccessibleName(tr("Test results"));
    if (m_results->topLevelItemCount() > 0 || isTesting()) {
        // Removing the old translator and installing the new ones each send a change.
        m_retestForLanguage = true;
        QTimer::singleShot(0, this, &ConnectionManager::retestForLanguage);
    }
}

void ConnectionManager::retestForLanguage()
{
    if (!m_retestForLanguage || isTesting())
        return; // the running test's end comes back here
    m_retestForLanguage = false;
    m_retesting = true;
    testConnection();
    m_retesting = false;
}

void ConnectionManager::fillList(const QUuid &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QStringList groups;
    int selectRow = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const client::ConnectionProfile &p = m_profiles.at(i);
        m_list->addItem(p.group.isEmpty() ? p.name : tr("%1 — %2").arg(p.group, p.name));
        if (!p.group.isEmpty() && !groups.contains(p.group))
            groups << p.group;
        if (p.id == select)
            selectRow = i;
    }
    m_form->setGroups(groups);
    m_list->setCurrentRow(selectRow);
    showCurrent();
}

QString ConnectionManager::keychainStateOf(const client::ConnectionProfile &profile) const
{
    if (profile.secretKind().isEmpty())
        return tr("No secret needed.");
    if (m_session->secrets()->state() == client::SecretStore::State::Unavailable)
        return tr("The keychain cannot be reached (%1): a secret typed here is kept for this "
                  "session only.")
            .arg(m_session->secrets()->unavailableReason());
    if (profile.secretKind() == QLatin1String("wso2-client"))
        return tr("The password registers the console's OAuth client with WSO2; the client "
                  "lives in the system keychain, never in a file. The password itself is kept "
                  "only if you ask.");
    return tr("The secret lives in the system keychain, never in a file.");
}

QString ConnectionManager::metricKeychainState() const
{
    if (m_session->secrets()->state() == client::SecretStore::State::Unavailable)
        return tr("The keychain cannot be reached (%1): a password typed here is kept for this "
                  "session only.")
            .arg(m_session->secrets()->unavailableReason());
    return tr("The password or token lives in the system keychain, never in a file.");
}

QString ConnectionManager::securityKeychainState() const
{
    if (m_session->secrets()->state() == client::SecretStore::State::Unavailable)
        return tr("The keychain cannot be reached (%1): a key typed here is kept for this "
                  "session only.")
            .arg(m_session->secrets()->unavailableReason());
    return tr("The API key lives in the system keychain, never in a file.");
}

client::ConnectionProfile ConnectionManager::currentProfile() const
{
    client::ConnectionProfile p = m_form->profile();
    if (p.isSecurityServer()) {
        // The other tabs do not apply to it.
        p.metrics = {};
        p.xroad = {};
        return p;
    }
    p.metrics = m_metricForm->settings();
    p.xroad = m_securityForm->settings();
    return p;
}

QStringList ConnectionManager::problems() const
{
    if (m_form->profile().isSecurityServer())
        return m_form->problems();
    return m_form->problems() + m_metricForm->problems() + m_securityForm->problems();
}

void ConnectionManager::showCurrent()
{
    const int row = m_list->currentRow();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_tabs->setEnabled(row >= 0);
    m_message->clear();
    m_results->clear();
    if (row < 0)
        return;
    const client::ConnectionProfile &p = m_profiles.at(row);
    m_form->setProfile(p, keychainStateOf(p));
    m_metricForm->setSettings(p.metrics, metricKeychainState());
    m_securityForm->setSettings(p.xroad, securityKeychainState());
}

void ConnectionManager::selectProfile(const QUuid &id)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void ConnectionManager::addNew()
{
    client::ConnectionProfile p;
    p.id = QUuid::createUuid();
    p.name = tr("New LGSP instance");
    p.baseUrl = QUrl(QStringLiteral("https://"));
    m_profiles.append(p);
    fillList(p.id);
    m_form->setFocus();
}

void ConnectionManager::duplicateCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    client::ConnectionProfile copy = currentProfile();
    copy.id = QUuid::createUuid();
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_profiles.append(copy);
    fillList(copy.id);
}

void ConnectionManager::removeCurrent(bool confirmed)
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const client::ConnectionProfile p = m_profiles.at(row);
    if (!confirmed &&
        !messages::confirm(this, tr("Remove connection"),
                           tr("Remove %1 and its secrets from the keychain?").arg(p.name),
                           tr("Remove")))
        return;
    m_profiles.removeAt(row);
    QString error;
    if (!m_session->saveProfiles(m_profiles, &error)) {
        m_message->setText(error);
        return;
    }
    m_session->forgetSecrets(p.id);
    fillList();
    m_message->setText(tr("%1 removed.").arg(p.name));
}

bool ConnectionManager::saveCurrent(QString *error)
{
    const int row = m_list->currentRow();
    if (row < 0 || !problems().isEmpty()) {
        *error = problems().join(QLatin1Char('\n'));
        return false;
    }
    const client::ConnectionProfile p = currentProfile();
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (i != row && m_profiles.at(i).name == p.name) {
            *error = tr("A profile named %1 exists already.").arg(p.name);
            return false;
        }
    }
    m_profiles[row] = p;
    if (!m_session->saveProfiles(m_profiles, error))
        return false;
    const QString password = m_form->secret();
    const bool remember = m_form->rememberPassword();
    m_session->storeMetricSourceSecret(p, m_metricForm->secret());
    m_session->storeSecurityServerKey(p, m_securityForm->key());
    fillList(p.id);
    m_message->setText(tr("%1 saved.").arg(p.name));
    if (p.secretKind() != QLatin1String("wso2-client")) {
        m_session->storeSecret(p, password);
        return true;
    }
    if (password.isEmpty())
        return true; // the OAuth client registered before stays in the keychain
    // The password registers the console's OAuth client; the client is what is kept.
    m_message->setText(tr("%1 saved; registering the console's OAuth client…").arg(p.name));
    client::registerWso2Profile(
        p, password, remember, this,
        [this, p](const QString &secret, const client::ClientError &registration) {
            if (!registration.isNull()) {
                m_message->setText(tr("%1 saved, but the OAuth client could not be registered: "
                                      "%2 Type the password again to retry.")
                                       .arg(p.name, registration.message()));
                return;
            }
            m_session->storeSecret(p, secret);
            m_message->setText(tr("%1 saved; its OAuth client is registered and kept in the "
                                  "keychain.")
                                   .arg(p.name));
        });
    return true;
}

bool ConnectionManager::isTesting() const
{
    return m_probe && m_probe->isRunning();
}

void ConnectionManager::testConnection()
{
    if (m_list->currentRow() < 0 || !problems().isEmpty())
        return;
    const client::ConnectionProfile p = currentProfile();
    m_results->clear();
    m_test->setEnabled(false);
    m_message->setText(tr("Testing %1…").arg(p.baseUrl.toString()));
    m_probe.reset();
    m_testConnection = std::make_unique<client::Connection>(p);
    m_registrationProblem.clear();
    // The security server's API key: typed, or the one in the keychain; then the rest.
    const QString typedKey = m_securityForm->key();
    if (p.xroad.attached() && typedKey.isEmpty()) {
        m_session->secrets()->readOnce(p.id, QStringLiteral("xroad-key"), this,
                                       [this, p](const QString &key) {
                                           if (!m_testConnection)
                                               return;
                                           m_testConnection->setSecurityServerKey(key);
                                           testWithMetricSecret(p);
                                       });
        return;
    }
    m_testConnection->setSecurityServerKey(typedKey);
    testWithMetricSecret(p);
}

void ConnectionManager::testWithMetricSecret(const client::ConnectionProfile &p)
{
    // The metric source's password or token: typed, or the one in the keychain.
    const QString typed = m_metricForm->secret();
    if (!p.metrics.needsSecret() || !typed.isEmpty()) {
        m_testConnection->setMetricSourceSecret(typed);
        testWith(p);
        return;
    }
    m_session->secrets()->readOnce(p.id, QStringLiteral("metrics-secret"), this,
                                   [this, p](const QString &secret) {
                                       if (!m_testConnection)
                                           return;
                                       m_testConnection->setMetricSourceSecret(secret);
                                       testWith(p);
                                   });
}

void ConnectionManager::testWith(const client::ConnectionProfile &p)
{
    const auto run = [this](const QString &secret) {
        m_testConnection->setSecret(secret);
        m_probe = std::make_unique<client::HealthProbe>(m_testConnection.get());
        m_probe->setReuseSecurityServer(false); // asked for now: read now
        connect(m_probe.get(), &client::HealthProbe::checkDone, this,
                [this](const client::ProbeCheck &check) {
                    auto *item = new QTreeWidgetItem(m_results);
                    item->setText(0, check.title);
                    item->setIcon(1,
                                  statusmark::icon(client::ProbeCheck::statusName(check.status)));
                    item->setText(1, client::ProbeCheck::statusText(check.status));
                    item->setText(2, check.elapsedMs >= 0 ? tr("%1 ms").arg(check.elapsedMs)
                                                          : QString());
                    item->setText(3, check.detail);
                    item->setToolTip(3, check.detail);
                });
        connect(m_probe.get(), &client::HealthProbe::finished, this,
                [this](const client::ProbeReport &report) {
                    const QString result =
                        tr("Result: %1").arg(client::ProbeCheck::statusText(report.overall()));
                    // Why the credential could not be tried, when the WSO2 client could not
                    // be registered with the password typed.
                    m_message->setText(m_registrationProblem.isEmpty()
                                           ? result
                                           : result + QLatin1Char('\n') + m_registrationProblem);
                    m_test->setEnabled(true);
                    if (m_retestForLanguage)
                        QTimer::singleShot(0, this, &ConnectionManager::retestForLanguage);
                });
        m_probe->start();
    };
    if (!m_form->secret().isEmpty() && p.secretKind() == QLatin1String("wso2-client")) {
        if (m_retesting && !m_lastRegistered.isEmpty()) {
            run(m_lastRegistered);
            return;
        }
        // A password typed for WSO2 registers the client first; the probe then uses it.
        client::registerWso2Profile(
            p, m_form->secret(), true, this,
            [this, run](const QString &secret, const client::ClientError &e) {
                if (!e.isNull())
                    m_registrationProblem = e.message();
                m_lastRegistered = e.isNull() ? secret : QString();
                run(secret);
            });
        return;
    }
    if (!m_form->secret().isEmpty() || p.secretKind().isEmpty()) {
        run(m_form->secret());
        return;
    }
    // The secret in the keychain, asked for once.
    m_session->secrets()->readOnce(p.id, p.secretKind(), this, run);
}

void ConnectionManager::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import connections"), QString(),
                                                      tr("Connection lists (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QStringList problems;
    const auto imported =
        client::ProfileStore::importProfiles(file.read(16 * 1024 * 1024), &problems);
    if (!imported) {
        m_message->setText(
            tr("%1 was not imported: %2").arg(path, problems.join(QStringLiteral("; "))));
        return;
    }
    for (const client::ConnectionProfile &p : *imported) {
        const auto same = std::find_if(m_profiles.begin(), m_profiles.end(),
                                       [&p](const auto &q) { return q.id == p.id; });
        if (same != m_profiles.end())
            *same = p;
        else
            m_profiles.append(p);
    }
    QString error;
    if (!m_session->saveProfiles(m_profiles, &error)) {
        m_message->setText(error);
        return;
    }
    fillList();
    m_message->setText(tr("%n profile(s) imported.", nullptr, int(imported->size())));
}

void ConnectionManager::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export connections"),
                                                      QStringLiteral("lgsp-connections.json"),
                                                      tr("Connection lists (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(client::ProfileStore::exportProfiles(m_profiles)) < 0 || !file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_message->setText(
        tr("%n profile(s) exported, without secrets.", nullptr, int(m_profiles.size())));
}

} // namespace lgsp::ui
