#pragma once

#include "client/profiles/metricsourcesettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lgsp::ui {

// Where a profile's traffic charts come from: the instance's own Admin API, a Prometheus
// beside it (address, series selector, metric names from a preset or named one by one,
// Basic or bearer credential, X-Scope-OrgID, scrape interval), or the Elasticsearch or
// OpenSearch cluster a WSO2 API Manager's analytics write to (address, index patterns, time
// and latency fields, keyword sub-field, an optional filter; Basic, bearer or API key). Checked as
// you type; the password or token typed here goes only to the keychain.
class MetricSourceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricSourceForm)

public:
    explicit MetricSourceForm(QWidget *parent = nullptr);

    void setSettings(const client::MetricSourceSettings &settings, const QString &keychainState);
    client::MetricSourceSettings settings() const;
    // What the person typed as the password or token; empty: keep the one in the keychain.
    QString secret() const;
    // Where the password or token is kept, said again after a language change.
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
    void applyPreset();
    void showMapping(const client::PromMapping &mapping);
    client::PromMapping mapping() const;
    client::Wso2Analytics analytics() const;

    client::MetricSourceSettings m_base;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_selector;
    QComboBox *m_preset;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLabel *m_keychain;
    QLineEdit *m_orgId;
    QSpinBox *m_scrape;
    QCheckBox *m_compress;
    QFormLayout *m_mappingForm;
    QGroupBox *m_mappingBox;
    QLineEdit *m_requests;
    QLineEdit *m_errors;
    QLineEdit *m_latency;
    QComboBox *m_latencyUnit;
    QLineEdit *m_latencyMatchers;
    QLineEdit *m_codeLabel;
    QLineEdit *m_successCodes;
    QLineEdit *m_tenantLabel;
    QLineEdit *m_serviceLabel;
    QLineEdit *m_consumerLabel;
    QGroupBox *m_analyticsBox;
    QFormLayout *m_analyticsForm;
    QLineEdit *m_responseIndex;
    QLineEdit *m_faultyIndex;
    QLineEdit *m_timeField;
    QComboBox *m_latencyField;
    QLineEdit *m_keywordSuffix;
    QLineEdit *m_filter;
    QLabel *m_scopeNote;
    QLabel *m_problems;
    QStringList m_problemList;
};

} // namespace lgsp::ui
