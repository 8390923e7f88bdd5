#pragma once

#include "client/profiles/connectionprofile.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace lgsp::client {
class Connection;
class HealthProbe;
} // namespace lgsp::client
namespace lgsp::models {
class ConsoleSession;
}

namespace lgsp::ui {

class MetricSourceForm;
class SecurityServerForm;
class ProfileForm;

// Add, edit, duplicate, remove, import and export connection profiles, and test one before
// saving: the health probe runs on the form as it is and shows each step with its timing
// (with the metric source, when the "Traffic data" tab names a Prometheus).
class ConnectionManager final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    explicit ConnectionManager(models::ConsoleSession *session, QWidget *parent = nullptr);
    ~ConnectionManager() override;

    void addNew();
    // Shows the profile `id` in the form.
    void selectProfile(const QUuid &id);
    void duplicateCurrent();
    // Removes the current profile (after confirmation) with its keychain secrets.
    void removeCurrent(bool confirmed = false);
    // Saves the form into the list and the list to the profile file.
    bool saveCurrent(QString *error);
    void testConnection();
    bool isTesting() const;

    ProfileForm *form() const { return m_form; }
    MetricSourceForm *metricForm() const { return m_metricForm; }
    QListWidget *list() const { return m_list; }
    QTreeWidget *testResults() const { return m_results; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillList(const QUuid &select = {});
    void showCurrent();
    void importFile();
    void exportFile();
    QString keychainStateOf(const client::ConnectionProfile &profile) const;
    QString metricKeychainState() const;
    QString securityKeychainState() const;
    // The profile as both tabs of the form say, and every problem of the two.
    client::ConnectionProfile currentProfile() const;
    QStringList problems() const;
    // The test, once the security server's key is known; then once the metric source's
    // secret is known too.
    void testWithMetricSecret(const client::ConnectionProfile &profile);
    void testWith(const client::ConnectionProfile &profile);

    models::ConsoleSession *m_session;
    QList<client::ConnectionProfile> m_profiles;
    QListWidget *m_list;
    ProfileForm *m_form;
    MetricSourceForm *m_metricForm;
    SecurityServerForm *m_securityForm;
    QTabWidget *m_tabs;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_message;
    QPushButton *m_close = nullptr;
    QTreeWidget *m_results;
    QString m_registrationProblem; // of the last test, for its result line
    // The results are worded in the language the test ran in: after a switch, test again
    // (once every translator is in; when the running test has finished).
    bool m_retestForLanguage = false;
    bool m_retesting = false; // this test only re-words the last one
    // The WSO2 client the last test registered with a typed password (memory only): a test
    // that only re-words the last one does not register it again.
    QString m_lastRegistered;
    void retestForLanguage();
    std::unique_ptr<client::Connection> m_testConnection;
    std::unique_ptr<client::HealthProbe> m_probe;
};

} // namespace lgsp::ui
