#pragma once

#include "client/profiles/connectionprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lgsp::ui {

// Every option of a connection profile in one form, checked as you type: the address, the
// TLS files (they must exist and parse), the pin, the proxy. The secret is typed here but
// goes only to the keychain.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const client::ConnectionProfile &profile, const QString &keychainState);
    client::ConnectionProfile profile() const;
    // What the person typed as the secret (for WSO2, the user's password); empty: keep the
    // one in the keychain.
    QString secret() const;
    // Where the secret is kept, said again after a language change.
    void setKeychainState(const QString &state);
    // WSO2: keep the password in the keychain too, not only the OAuth client.
    bool rememberPassword() const;
    // Every problem of the form as it is, translated; empty when it can be saved.
    QStringList problems() const;
    void setGroups(const QStringList &groups);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    // Shows the rows of the chosen kind of server (WSO2: user, password, gateway).
    void showKindRows(const QString &kind);

    client::ConnectionProfile m_base;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_group;
    QLineEdit *m_url;
    QComboBox *m_kind;
    QComboBox *m_auth;
    QLineEdit *m_clientId;
    QLineEdit *m_user;
    QLineEdit *m_gateway;
    QCheckBox *m_remember;
    QLineEdit *m_secret;
    QLabel *m_keychain;
    QLineEdit *m_caFiles;
    QLineEdit *m_pin;
    QLineEdit *m_clientCertificate;
    QComboBox *m_proxy;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QSpinBox *m_timeout;
    QSpinBox *m_interval;
    QCheckBox *m_readOnly;
    QLabel *m_problems;
    QStringList m_problemList;
};

} // namespace lgsp::ui
