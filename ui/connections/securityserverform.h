#pragma once

#include "client/xroad/xroadsettings.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace lgsp::ui {

// The "Link to NDXP" tab of the connection manager: the X-Road security server the LGSP's NDXP
// link goes through (its address, an optional pin of its certificate) and its API key, which
// goes only to the keychain. Empty address: none attached. Checked as you type.
class SecurityServerForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityServerForm)

public:
    explicit SecurityServerForm(QWidget *parent = nullptr);

    void setSettings(const client::XRoadSettings &settings, const QString &keychainState);
    client::XRoadSettings settings() const;
    // The API key typed; empty: keep the one in the keychain.
    QString key() const;
    void setKeychainState(const QString &state);
    // Every problem, translated; empty when the settings can be saved.
    QStringList problems() const { return m_problemList; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QFormLayout *m_form;
    QLabel *m_intro;
    QLineEdit *m_url;
    QLineEdit *m_pin;
    QLineEdit *m_key;
    QLabel *m_keychain;
    QLabel *m_problems;
    QStringList m_problemList;
};

} // namespace lgsp::ui
