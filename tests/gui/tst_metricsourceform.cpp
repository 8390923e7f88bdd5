// The "Traffic data" tab of the connection manager (offscreen): presets fill the metric
// names, a custom mapping is edited name by name, what cannot work is refused as typed; and
// against a real sandbox scraped by Debian's real Prometheus, "Test connection" checks the
// Prometheus too, saving keeps the metric source in the profile file and its password only in
// the keychain.
#include "client/secrets/secretstore.h"
#include "models/session/consolesession.h"
#include "prometheusprocess.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/metricsourceform.h"
#include "ui/connections/profileform.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lgsp;

namespace {

template<typename T>
T *named(QWidget *form, const QString &name)
{
    return test::findByAccessibleName<T>(form, name);
}

void choose(QComboBox *box, const QString &data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

QString problems(const ui::MetricSourceForm &form)
{
    return form.problems().join(QLatin1Char('\n'));
}

} // namespace

class TestMetricSourceForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsAndCustomNames()
    {
        ui::MetricSourceForm form;
        form.setSettings({}, QString());
        // The instance's own API needs nothing else.
        QCOMPARE(form.settings().kind, QStringLiteral("instance"));
        QVERIFY(form.problems().isEmpty());
        QVERIFY(!named<QLineEdit>(&form, QStringLiteral("Prometheus address"))->isVisibleTo(&form));

        choose(named<QComboBox>(&form, QStringLiteral("Traffic data from")),
               QStringLiteral("prometheus"));
        QLineEdit *url = named<QLineEdit>(&form, QStringLiteral("Prometheus address"));
        QVERIFY(url && url->isVisibleTo(&form));
        QVERIFY(problems(form).contains(QLatin1String("http")));
        url->setText(QStringLiteral("https://prometheus.hau-giang.gov.vn:9090"));
        QVERIFY2(form.problems().isEmpty(), qPrintable(problems(form)));

        // A preset fills the names in and they cannot be edited; the settings are the preset's.
        choose(named<QComboBox>(&form, QStringLiteral("Metric names")), QStringLiteral("kong"));
        QLineEdit *calls = named<QLineEdit>(&form, QStringLiteral("Calls counter"));
        QVERIFY(calls);
        QCOMPARE(calls->text(), QStringLiteral("kong_http_requests_total"));
        QVERIFY(!calls->isEnabled());
        QCOMPARE(form.settings().mapping, *client::PromMapping::fromPreset(QStringLiteral("kong")));

        // Custom starts from what is shown and takes each name as typed.
        choose(named<QComboBox>(&form, QStringLiteral("Metric names")), QStringLiteral("custom"));
        QVERIFY(calls->isEnabled());
        calls->setText(QStringLiteral("so_cuoc_goi_total"));
        named<QLineEdit>(&form, QStringLiteral("Tenant label"))->setText(QStringLiteral("don_vi"));
        client::MetricSourceSettings s = form.settings();
        QCOMPARE(s.mapping.preset, QStringLiteral("custom"));
        QCOMPARE(s.mapping.requests, QStringLiteral("so_cuoc_goi_total"));
        QCOMPARE(s.mapping.tenantLabel, QStringLiteral("don_vi"));
        QCOMPARE(s.mapping.latency, QStringLiteral("kong_request_latency_ms_bucket"));
        calls->setText(QStringLiteral("số cuộc gọi"));
        QVERIFY2(problems(form).contains(QLatin1String("counter")), qPrintable(problems(form)));
        calls->setText(QStringLiteral("so_cuoc_goi_total"));
        named<QLineEdit>(&form, QStringLiteral("Success codes"))->setText(QStringLiteral("[1-3"));
        QVERIFY2(problems(form).contains(QLatin1String("regular expression")),
                 qPrintable(problems(form)));
        named<QLineEdit>(&form, QStringLiteral("Success codes"))->setText(QStringLiteral("2.."));
        QVERIFY2(form.problems().isEmpty(), qPrintable(problems(form)));

        // Basic authentication needs a user; a selector typed with braces is the same one.
        choose(named<QComboBox>(&form, QStringLiteral("Authentication")), QStringLiteral("basic"));
        QVERIFY(problems(form).contains(QLatin1String("user")));
        named<QLineEdit>(&form, QStringLiteral("User"))->setText(QStringLiteral("giam-sat"));
        named<QLineEdit>(&form, QStringLiteral("Series selector"))
            ->setText(QStringLiteral(" {job=\"lgsp-hg\"} "));
        // Compression is asked for unless the box is cleared.
        QCheckBox *compress = named<QCheckBox>(&form, QStringLiteral("Ask for compressed answers"));
        QVERIFY(compress && compress->isVisibleTo(&form) && compress->isChecked());
        compress->setChecked(false);
        s = form.settings();
        QVERIFY(!s.compress);
        QCOMPARE(s.toJson().value(QStringLiteral("compress")), QJsonValue(false));
        QVERIFY(form.problems().isEmpty());
        QCOMPARE(s.selector, QStringLiteral("job=\"lgsp-hg\""));
        QCOMPARE(s.user, QStringLiteral("giam-sat"));
        QVERIFY(s.needsSecret());
        // What the form gives back, it shows again unchanged.
        ui::MetricSourceForm again;
        again.setSettings(s, QString());
        QCOMPARE(again.settings().toJson(), s.toJson());
    }

    void wso2AnalyticsCluster()
    {
        ui::MetricSourceForm form;
        form.resize(700, 800);
        form.setSettings({}, QString());
        choose(named<QComboBox>(&form, QStringLiteral("Traffic data from")),
               QStringLiteral("wso2-analytics"));
        // One address, named for the cluster; Prometheus' own rows are gone.
        QLineEdit *url = named<QLineEdit>(&form, QStringLiteral("Cluster address"));
        QVERIFY(url && url->isVisibleTo(&form));
        QVERIFY(!named<QLineEdit>(&form, QStringLiteral("Series selector"))->isVisibleTo(&form));
        QVERIFY(problems(form).contains(QLatin1String("cluster address")));
        url->setText(QStringLiteral("https://analytics.cantho.gov.vn:9200"));
        QVERIFY2(form.problems().isEmpty(), qPrintable(problems(form)));
        // WSO2's defaults are shown and taken as typed.
        QLineEdit *calls = named<QLineEdit>(&form, QStringLiteral("Calls index pattern"));
        QVERIFY(calls && calls->isVisibleTo(&form));
        QCOMPARE(calls->text(), QStringLiteral("apim_event_response*"));
        calls->setText(QStringLiteral("APIM Events"));
        QVERIFY2(problems(form).contains(QLatin1String("index pattern")),
                 qPrintable(problems(form)));
        calls->setText(QStringLiteral("apim_event_response-*"));
        named<QLineEdit>(&form, QStringLiteral("Keyword sub-field"))->clear();
        named<QComboBox>(&form, QStringLiteral("Latency field"))
            ->setCurrentText(QStringLiteral("backendLatency"));
        named<QLineEdit>(&form, QStringLiteral("Filter"))
            ->setText(QStringLiteral("regionId:\"can-tho\""));
        // An API key needs no user; Prometheus would refuse one.
        choose(named<QComboBox>(&form, QStringLiteral("Authentication")), QStringLiteral("apikey"));
        QVERIFY(!named<QLineEdit>(&form, QStringLiteral("User"))->isVisibleTo(&form));
        QVERIFY2(form.problems().isEmpty(), qPrintable(problems(form)));
        const client::MetricSourceSettings s = form.settings();
        QVERIFY(s.isAnalytics());
        QVERIFY(s.needsSecret());
        QCOMPARE(s.analytics.responseIndex, QStringLiteral("apim_event_response-*"));
        QCOMPARE(s.analytics.keywordSuffix, QString());
        QCOMPARE(s.analytics.latencyField, QStringLiteral("backendLatency"));
        QCOMPARE(s.analytics.filter, QStringLiteral("regionId:\"can-tho\""));
        // Saved and read back, the same settings.
        QList<protocol::DecodeError> errors;
        const client::MetricSourceSettings read =
            client::MetricSourceSettings::fromJson(s.toJson(), QString(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(read.toJson(), s.toJson());
        ui::MetricSourceForm again;
        again.setSettings(read, QString());
        QCOMPARE(again.settings().toJson(), s.toJson());
        choose(named<QComboBox>(&form, QStringLiteral("Traffic data from")),
               QStringLiteral("prometheus"));
        QVERIFY(problems(form).contains(QLatin1String("API key")));
        choose(named<QComboBox>(&form, QStringLiteral("Traffic data from")),
               QStringLiteral("wso2-analytics"));
        form.show();
        test::saveScreenshots(&form, QStringLiteral("traffic-data-wso2-analytics"));
    }

    void testAndSaveWithPrometheus()
    {
        if (test::PrometheusProcess::program().isEmpty())
            QFAIL("prometheus is missing: scripts/install-deps.sh --tests installs it");
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--simulate"), QStringLiteral("20")}));
        test::PrometheusProcess prometheus;
        QVERIFY(prometheus.scrape(sandbox, 1));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        models::ConsoleSession session;
        session.load(file);
        ui::ConnectionManager manager(&session);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        manager.addNew();
        client::ConnectionProfile typed = manager.form()->profile();
        typed.name = QStringLiteral("LGSP Hậu Giang");
        typed.baseUrl = sandbox.baseUrl();
        typed.clientId = sandbox.bootstrapClientId();
        typed.proxy = QStringLiteral("none");
        manager.form()->setProfile(typed, QString());
        named<QLineEdit>(manager.form(), QStringLiteral("Secret"))
            ->setText(sandbox.bootstrapSecret());

        ui::MetricSourceForm *traffic = manager.metricForm();
        manager.findChild<QTabWidget *>()->setCurrentIndex(1);
        choose(named<QComboBox>(traffic, QStringLiteral("Traffic data from")),
               QStringLiteral("prometheus"));
        named<QLineEdit>(traffic, QStringLiteral("Prometheus address"))
            ->setText(prometheus.baseUrl().toString());
        named<QLineEdit>(traffic, QStringLiteral("Series selector"))
            ->setText(QStringLiteral("job=\"lgsp\""));
        // Prometheus here asks no password; the one typed is sent and kept all the same.
        choose(named<QComboBox>(traffic, QStringLiteral("Authentication")),
               QStringLiteral("bearer"));
        named<QLineEdit>(traffic, QStringLiteral("Password or token"))
            ->setText(QStringLiteral("mã-thông-báo-giám-sát"));
        QVERIFY2(traffic->problems().isEmpty(), qPrintable(problems(*traffic)));

        // Test: the instance's steps, then the Prometheus beside it.
        manager.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(
            !manager.isTesting() && manager.testResults()->topLevelItemCount() >= 9, 20000);
        const QTreeWidgetItem *last =
            manager.testResults()->topLevelItem(manager.testResults()->topLevelItemCount() - 1);
        QCOMPARE(last->text(0), QStringLiteral("Traffic data source"));
        QCOMPARE(last->text(1), QStringLiteral("OK"));
        QVERIFY2(last->text(3).contains(QLatin1String("lgsp_gateway_calls_total")),
                 qPrintable(last->text(3)));
        const auto tested = [&manager] {
            return !manager.isTesting() && manager.testResults()->topLevelItemCount() >= 9;
        };
        test::saveScreenshots(&manager, QStringLiteral("connections-prometheus"), tested);

        // The results are worded in the language they ran in: a switch runs the test again.
        {
            QTRY_VERIFY_WITH_TIMEOUT(tested(), 20000);
            models::Translations translations;
            translations.setLanguage(QStringLiteral("vi"));
            const auto lastTitle = [&manager] {
                const int n = manager.testResults()->topLevelItemCount();
                return n > 0 ? manager.testResults()->topLevelItem(n - 1)->text(0) : QString();
            };
            // (The test runs again from the event loop: until then the old rows are shown.)
            QTRY_COMPARE_WITH_TIMEOUT(lastTitle(), QStringLiteral("Nguồn số liệu giao dịch"),
                                      20000);
            QTRY_VERIFY_WITH_TIMEOUT(tested(), 20000);
            QCOMPARE(manager.testResults()->topLevelItem(0)->text(0),
                     QStringLiteral("Phân giải tên miền"));
            translations.setLanguage(QStringLiteral("en"));
            QTRY_COMPARE_WITH_TIMEOUT(lastTitle(), QStringLiteral("Traffic data source"), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(tested(), 20000);
        }

        // A selector matching nothing is said so by the test.
        named<QLineEdit>(traffic, QStringLiteral("Series selector"))
            ->setText(QStringLiteral("job=\"lgsp-can-tho\""));
        manager.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(
            !manager.isTesting() && manager.testResults()->topLevelItemCount() >= 9, 20000);
        last = manager.testResults()->topLevelItem(manager.testResults()->topLevelItemCount() - 1);
        QCOMPARE(last->text(1), QStringLiteral("WARN"));
        QVERIFY2(last->text(3).contains(QLatin1String("selector")), qPrintable(last->text(3)));
        named<QLineEdit>(traffic, QStringLiteral("Series selector"))
            ->setText(QStringLiteral("job=\"lgsp\""));

        // Save: the metric source in the file, its token only in the keychain.
        QSignalSpy written(session.secrets(), &client::SecretStore::written);
        QString error;
        QVERIFY2(manager.saveCurrent(&error), qPrintable(error));
        // The instance's client secret and the token.
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 10000);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(!bytes.contains("m\xc3\xa3-th\xc3\xb4ng"));
        QVERIFY(!bytes.contains(sandbox.bootstrapSecret().toUtf8()));
        QVERIFY(bytes.contains(prometheus.baseUrl().toString().toUtf8()));
        client::SecretStore secrets;
        QSignalSpy read(&secrets, &client::SecretStore::secretRead);
        QSignalSpy missing(&secrets, &client::SecretStore::missing);
        secrets.read(typed.id, QStringLiteral("metrics-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(read.size() + missing.size() > 0, 10000);
        if (secrets.state() == client::SecretStore::State::Unavailable)
            QSKIP("no Secret Service in this session: run under scripts/test.sh");
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("mã-thông-báo-giám-sát"));

        // Shown again, the tab holds what was saved and no token.
        manager.list()->setCurrentRow(-1);
        manager.list()->setCurrentRow(0);
        QCOMPARE(traffic->settings().url, prometheus.baseUrl());
        QCOMPARE(traffic->settings().auth, QStringLiteral("bearer"));
        QVERIFY(traffic->secret().isEmpty());
        session.forgetSecrets(typed.id);
    }
};

QTEST_MAIN(TestMetricSourceForm)
#include "tst_metricsourceform.moc"
