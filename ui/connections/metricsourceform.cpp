#include "ui/connections/metricsourceform.h"

#include "ui/common/formrows.h"
#include "ui/theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// A selector typed with its braces ({job="lgsp"}) is the same selector.
QString bareSelector(QString selector)
{
    selector = selector.trimmed();
    if (selector.startsWith(QLatin1Char('{')) && selector.endsWith(QLatin1Char('}')))
        selector = selector.mid(1, selector.size() - 2).trimmed();
    return selector;
}

} // namespace

MetricSourceForm::MetricSourceForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_selector(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_auth(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_keychain(new QLabel(this))
    , m_orgId(new QLineEdit(this))
    , m_scrape(new QSpinBox(this))
    , m_compress(new QCheckBox(this))
    , m_mappingForm(new QFormLayout)
    , m_mappingBox(new QGroupBox(this))
    , m_requests(new QLineEdit(this))
    , m_errors(new QLineEdit(this))
    , m_latency(new QLineEdit(this))
    , m_latencyUnit(new QComboBox(this))
    , m_latencyMatchers(new QLineEdit(this))
    , m_codeLabel(new QLineEdit(this))
    , m_successCodes(new QLineEdit(this))
    , m_tenantLabel(new QLineEdit(this))
    , m_serviceLabel(new QLineEdit(this))
    , m_consumerLabel(new QLineEdit(this))
    , m_analyticsBox(new QGroupBox(this))
    , m_analyticsForm(new QFormLayout)
    , m_responseIndex(new QLineEdit(this))
    , m_faultyIndex(new QLineEdit(this))
    , m_timeField(new QLineEdit(this))
    , m_latencyField(new QComboBox(this))
    , m_keywordSuffix(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_scopeNote(new QLabel(this))
    , m_problems(new QLabel(this))
{
    m_secret->setEchoMode(QLineEdit::Password);
    m_scrape->setRange(1, 3600);
    m_keychain->setWordWrap(true);
    m_scopeNote->setWordWrap(true);
    m_problems->setWordWrap(true);
    Theme::setTone(m_problems, Theme::Tone::Error);
    m_mappingBox->setLayout(m_mappingForm);
    m_analyticsBox->setLayout(m_analyticsForm);
    m_latencyField->setEditable(true);
    m_latencyField->addItems({QStringLiteral("responseLatency"), QStringLiteral("backendLatency")});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_analyticsBox);
    layout->addWidget(m_scopeNote);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    for (QLineEdit *edit :
         {m_url, m_selector, m_user, m_secret, m_orgId, m_requests, m_errors, m_latency,
          m_latencyMatchers, m_codeLabel, m_successCodes, m_tenantLabel, m_serviceLabel,
          m_consumerLabel, m_responseIndex, m_faultyIndex, m_timeField, m_keywordSuffix, m_filter})
        connect(edit, &QLineEdit::textChanged, this, &MetricSourceForm::validate);
    for (QComboBox *box : {m_kind, m_auth, m_latencyUnit})
        connect(box, &QComboBox::currentIndexChanged, this, &MetricSourceForm::validate);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &MetricSourceForm::applyPreset);
    connect(m_scrape, &QSpinBox::valueChanged, this, &MetricSourceForm::validate);
    connect(m_latencyField, &QComboBox::currentTextChanged, this, &MetricSourceForm::validate);
    connect(m_compress, &QCheckBox::toggled, this, &MetricSourceForm::validate);
    retranslate();
}

void MetricSourceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetricSourceForm::retranslate()
{
    const QString kind = m_kind->currentData().toString();
    const QString preset = m_preset->currentData().toString();
    const QString auth = m_auth->currentData().toString();
    const double unit = m_latencyUnit->currentData().toDouble();
    {
        const QSignalBlocker k(m_kind);
        const QSignalBlocker p(m_preset);
        const QSignalBlocker a(m_auth);
        const QSignalBlocker u(m_latencyUnit);
        m_kind->clear();
        m_kind->addItem(tr("The instance's own API"), QStringLiteral("instance"));
        m_kind->addItem(tr("Prometheus"), QStringLiteral("prometheus"));
        m_kind->addItem(tr("WSO2 analytics (Elasticsearch or OpenSearch)"),
                        QStringLiteral("wso2-analytics"));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
        m_preset->clear();
        for (const QString &name : client::PromMapping::presets())
            m_preset->addItem(client::PromMapping::presetName(name), name);
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(preset)));
        m_auth->clear();
        m_auth->addItem(tr("None"), QStringLiteral("none"));
        m_auth->addItem(tr("User and password (Basic)"), QStringLiteral("basic"));
        m_auth->addItem(tr("Bearer token"), QStringLiteral("bearer"));
        m_auth->addItem(tr("API key (Elasticsearch)"), QStringLiteral("apikey"));
        m_auth->setCurrentIndex(std::max(0, m_auth->findData(auth)));
        m_latencyUnit->clear();
        m_latencyUnit->addItem(tr("seconds"), 1000.0);
        m_latencyUnit->addItem(tr("milliseconds"), 1.0);
        m_latencyUnit->setCurrentIndex(std::max(0, m_latencyUnit->findData(unit)));
    }
    clearFormRows(m_form);
    m_form->addRow(tr("Traffic data from"), m_kind);
    m_form->addRow(tr("Prometheus address"), m_url);
    m_form->addRow(tr("Series selector"), m_selector);
    m_form->addRow(tr("Metric names"), m_preset);
    m_form->addRow(tr("Authentication"), m_auth);
    m_form->addRow(tr("User"), m_user);
    m_form->addRow(tr("Password or token"), m_secret);
    m_form->addRow(QString(), m_keychain);
    m_form->addRow(tr("Tenant header (X-Scope-OrgID)"), m_orgId);
    m_form->addRow(tr("Scrape interval (s)"), m_scrape);
    m_form->addRow(tr("Transfer"), m_compress);
    m_compress->setText(tr("Ask for compressed answers"));
    m_compress->setToolTip(
        tr("Compression saves time over a slow link or a tunnel. On a fast local network it "
           "costs Prometheus more time than it saves: turn it off there."));
    clearFormRows(m_mappingForm);
    m_mappingBox->setTitle(tr("Names in Prometheus"));
    m_mappingForm->addRow(tr("Calls counter"), m_requests);
    m_mappingForm->addRow(tr("Failed calls counter"), m_errors);
    m_mappingForm->addRow(tr("Latency histogram"), m_latency);
    m_mappingForm->addRow(tr("Histogram unit"), m_latencyUnit);
    m_mappingForm->addRow(tr("Histogram matchers"), m_latencyMatchers);
    m_mappingForm->addRow(tr("Status code label"), m_codeLabel);
    m_mappingForm->addRow(tr("Success codes"), m_successCodes);
    m_mappingForm->addRow(tr("Tenant label"), m_tenantLabel);
    m_mappingForm->addRow(tr("Service label"), m_serviceLabel);
    m_mappingForm->addRow(tr("Consumer label"), m_consumerLabel);
    clearFormRows(m_analyticsForm);
    m_analyticsBox->setTitle(tr("WSO2's events in the cluster"));
    m_analyticsForm->addRow(tr("Calls index pattern"), m_responseIndex);
    m_analyticsForm->addRow(tr("Faults index pattern"), m_faultyIndex);
    m_analyticsForm->addRow(tr("Time field"), m_timeField);
    m_analyticsForm->addRow(tr("Latency field"), m_latencyField);
    m_analyticsForm->addRow(tr("Keyword sub-field"), m_keywordSuffix);
    m_analyticsForm->addRow(tr("Filter"), m_filter);
    m_keywordSuffix->setToolTip(
        tr("Text fields indexed without a template have a \".keyword\" sub-field, and only it "
           "can be counted by. Leave empty when the index template maps them as keywords."));
    m_filter->setPlaceholderText(
        tr("optional: a query choosing this instance's events, e.g. regionId:\"hau-giang\""));
    m_url->setPlaceholderText(QStringLiteral("https://prometheus.example.gov.vn:9090"));
    m_selector->setPlaceholderText(tr("label matchers, e.g. job=\"lgsp-hau-giang\""));
    m_secret->setPlaceholderText(tr("type to replace the password or token in the keychain"));
    m_orgId->setPlaceholderText(tr("optional: for Grafana Mimir or Cortex"));
    m_errors->setPlaceholderText(tr("optional: for exporters without a status code label"));
    m_latency->setPlaceholderText(tr("optional: a histogram's _bucket series"));
    m_latencyMatchers->setPlaceholderText(tr("optional: e.g. type=\"request\""));
    m_successCodes->setPlaceholderText(tr("a regular expression over whole codes, e.g. [1-3].."));
    // Every field is named as its label says, for screen readers (and tests).
    for (QFormLayout *form : {m_form, m_mappingForm, m_analyticsForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            auto *label =
                qobject_cast<QLabel *>(form->labelForField(item ? item->widget() : nullptr));
            if (item && item->widget() && label)
                item->widget()->setAccessibleName(label->text());
        }
    }
    // A check box is announced by its own text, which says more than its row's label.
    m_compress->setAccessibleName(m_compress->text());
    validate();
}

void MetricSourceForm::setSettings(const client::MetricSourceSettings &s,
                                   const QString &keychainState)
{
    m_base = s;
    {
        const QSignalBlocker p(m_preset);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(s.kind)));
        m_url->setText(s.url.toString());
        m_selector->setText(s.selector);
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(s.mapping.preset)));
        m_auth->setCurrentIndex(std::max(0, m_auth->findData(s.auth)));
        m_user->setText(s.user);
        m_secret->clear();
        m_keychain->setText(keychainState);
        m_orgId->setText(s.orgId);
        m_scrape->setValue(s.scrapeIntervalSeconds);
        m_compress->setChecked(s.compress);
        showMapping(s.mapping);
        m_responseIndex->setText(s.analytics.responseIndex);
        m_faultyIndex->setText(s.analytics.faultyIndex);
        m_timeField->setText(s.analytics.timeField);
        m_latencyField->setCurrentText(s.analytics.latencyField);
        m_keywordSuffix->setText(s.analytics.keywordSuffix);
        m_filter->setText(s.analytics.filter);
    }
    validate();
}

void MetricSourceForm::applyPreset()
{
    // A preset fills the names in; "custom" starts from what is shown, to be edited.
    const QString preset = m_preset->currentData().toString();
    if (preset != QLatin1String("custom")) {
        if (const std::optional<client::PromMapping> m = client::PromMapping::fromPreset(preset))
            showMapping(*m);
    }
    validate();
}

void MetricSourceForm::showMapping(const client::PromMapping &m)
{
    // Each edit re-checks the form; harmless while all of them are filled in.
    m_requests->setText(m.requests);
    m_errors->setText(m.errors);
    m_latency->setText(m.latency);
    const int unit = m_latencyUnit->findData(m.latencyUnitMs);
    m_latencyUnit->setCurrentIndex(unit >= 0 ? unit : 0);
    m_latencyMatchers->setText(m.latencyMatchers);
    m_codeLabel->setText(m.codeLabel);
    m_successCodes->setText(m.successCodes);
    m_tenantLabel->setText(m.tenantLabel);
    m_serviceLabel->setText(m.serviceLabel);
    m_consumerLabel->setText(m.consumerLabel);
}

client::PromMapping MetricSourceForm::mapping() const
{
    const QString preset = m_preset->currentData().toString();
    client::PromMapping m = m_base.mapping;
    if (preset != QLatin1String("custom")) {
        if (const std::optional<client::PromMapping> named =
                client::PromMapping::fromPreset(preset))
            return *named;
    }
    m.preset = QStringLiteral("custom");
    m.requests = m_requests->text().trimmed();
    m.errors = m_errors->text().trimmed();
    m.latency = m_latency->text().trimmed();
    m.latencyUnitMs = m_latencyUnit->currentData().toDouble();
    m.latencyMatchers = bareSelector(m_latencyMatchers->text());
    m.codeLabel = m_codeLabel->text().trimmed();
    m.successCodes = m_successCodes->text().trimmed();
    m.tenantLabel = m_tenantLabel->text().trimmed();
    m.serviceLabel = m_serviceLabel->text().trimmed();
    m.consumerLabel = m_consumerLabel->text().trimmed();
    return m;
}

client::Wso2Analytics MetricSourceForm::analytics() const
{
    client::Wso2Analytics a;
    a.responseIndex = m_responseIndex->text().trimmed();
    a.faultyIndex = m_faultyIndex->text().trimmed();
    a.timeField = m_timeField->text().trimmed();
    a.latencyField = m_latencyField->currentText().trimmed();
    a.keywordSuffix = m_keywordSuffix->text().trimmed();
    a.filter = m_filter->text().trimmed();
    return a;
}

client::MetricSourceSettings MetricSourceForm::settings() const
{
    client::MetricSourceSettings s = m_base;
    s.kind = m_kind->currentData().toString();
    s.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    s.selector = bareSelector(m_selector->text());
    s.auth = m_auth->currentData().toString();
    s.user = s.auth == QLatin1String("basic") ? m_user->text().trimmed() : QString();
    s.orgId = m_orgId->text().trimmed();
    s.scrapeIntervalSeconds = m_scrape->value();
    s.compress = m_compress->isChecked();
    s.mapping = mapping();
    s.analytics = analytics();
    return s;
}

void MetricSourceForm::setKeychainState(const QString &state)
{
    m_keychain->setText(state);
}

QString MetricSourceForm::secret() const
{
    return m_secret->isEnabled() ? m_secret->text() : QString();
}

void MetricSourceForm::validate()
{
    const client::MetricSourceSettings s = settings();
    const bool prometheus = s.isPrometheus();
    const bool analytics = s.isAnalytics();
    const bool separate = prometheus || analytics;
    for (QWidget *field : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_auth)})
        m_form->setRowVisible(field, separate);
    for (QWidget *field : {static_cast<QWidget *>(m_selector), static_cast<QWidget *>(m_preset),
                           static_cast<QWidget *>(m_orgId), static_cast<QWidget *>(m_scrape),
                           static_cast<QWidget *>(m_compress)})
        m_form->setRowVisible(field, prometheus);
    m_form->setRowVisible(m_user, separate && s.auth == QLatin1String("basic"));
    m_form->setRowVisible(m_secret, separate && s.auth != QLatin1String("none"));
    m_form->setRowVisible(m_keychain, separate && s.auth != QLatin1String("none"));
    m_secret->setEnabled(s.auth != QLatin1String("none"));
    // One address row, named for what it points at.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_url))) {
        label->setText(analytics ? tr("Cluster address") : tr("Prometheus address"));
        m_url->setAccessibleName(label->text());
    }
    m_url->setPlaceholderText(analytics ? QStringLiteral("https://analytics.example.gov.vn:9200")
                                        : QStringLiteral("https://prometheus.example.gov.vn:9090"));
    m_mappingBox->setVisible(prometheus);
    m_mappingBox->setEnabled(s.mapping.preset == QLatin1String("custom"));
    m_analyticsBox->setVisible(analytics);
    QStringList problems;
    QStringList notes;
    if (prometheus) {
        if (!isHttpUrl(s.url))
            problems << tr("The Prometheus address must be an http:// or https:// URL with a "
                           "host name.");
        if (s.auth == QLatin1String("basic") && s.user.isEmpty())
            problems << tr("Basic authentication needs a user name.");
        const QString mappingProblem = s.mapping.problem();
        if (!mappingProblem.isEmpty())
            problems << mappingProblem;
        if (s.selector.isEmpty())
            notes << tr("Without a selector every series of these metrics in this Prometheus "
                        "counts as this instance's.");
        if (s.mapping.tenantLabel.isEmpty())
            notes << tr("No tenant label: one tenant's traffic cannot be charted.");
        if (s.mapping.serviceLabel.isEmpty())
            notes << tr("No service label: one service's traffic cannot be charted.");
        if (s.mapping.latency.isEmpty())
            notes << tr("No latency histogram: the latency chart stays empty.");
        if (s.auth == QLatin1String("apikey"))
            problems << tr("Prometheus takes no API key: choose Basic or a bearer token.");
    }
    if (analytics) {
        if (!isHttpUrl(s.url))
            problems << tr("The cluster address must be an http:// or https:// URL with a host "
                           "name.");
        if (s.auth == QLatin1String("basic") && s.user.isEmpty())
            problems << tr("Basic authentication needs a user name.");
        const QString analyticsProblem = s.analytics.problem();
        if (!analyticsProblem.isEmpty())
            problems << analyticsProblem;
        if (s.analytics.filter.isEmpty())
            notes << tr("Without a filter every event in these indices counts as this "
                        "instance's: add one when several API Managers write to this cluster.");
    }
    m_scopeNote->setText(notes.join(QLatin1Char('\n')));
    m_scopeNote->setVisible(!notes.isEmpty());
    m_problemList = problems;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT changed();
}

} // namespace lgsp::ui
