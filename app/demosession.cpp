#include "demosession.h"

#include "models/session/consolesession.h"

#include <QDate>

namespace lgsp::app {

DemoSession::DemoSession(models::ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Last month's traffic, so the Reports page has a month to show (≈ 2 s more to start);
    // a day either side for the time zones.
    const QDate today = QDate::currentDate();
    m_sandbox.setHistoryDays(
        int(QDate(today.year(), today.month(), 1).addMonths(-1).daysTo(today)) + 2);
    connect(&m_sandbox, &client::LocalSandbox::failed, this, [this](const QString &reason) {
        Q_EMIT startFailed(reason);
        settle();
    });
    connect(&m_sandbox, &client::LocalSandbox::ready, this, [this](const QUrl &url) {
        client::ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = tr("Local sandbox");
        profile.group = tr("Demo");
        profile.baseUrl = url;
        profile.proxy = QStringLiteral("none");
        profile.pollIntervalMs = 10000;
        QString secret;
        if (!m_sandbox.readBootstrapCredentials(&profile.clientId, &secret)) {
            Q_EMIT connectionFailed(url, tr("The sandbox's credential could not be read."));
            settle();
            return;
        }
        m_profileId = profile.id;
        m_session->addTransient(profile, secret);
    });
    connect(m_session->fleet(), &client::Fleet::instanceUpdated, this, [this](const QUuid &id) {
        if (id != m_profileId || m_settled)
            return;
        const client::Fleet::Instance *instance = m_session->fleet()->instance(id);
        const client::ProbeReport &report = instance->lastReport;
        if (report.overall() == client::ProbeCheck::Status::Fail) {
            QString why;
            for (const client::ProbeCheck &c : report.checks) {
                if (c.status == client::ProbeCheck::Status::Fail && why.isEmpty())
                    why = c.title + QStringLiteral(": ") + c.detail;
            }
            Q_EMIT connectionFailed(report.url, why);
        } else {
            protocol::InstanceInfo info;
            info.name = report.serverName;
            info.version = report.serverVersion;
            info.apiVersion = report.apiVersion;
            Q_EMIT connected(report.url, info);
        }
        settle();
    });
}

void DemoSession::start()
{
    if (m_sandbox.isRunning())
        return;
    m_settled = false;
    Q_EMIT starting();
    m_sandbox.start();
}

void DemoSession::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    Q_EMIT settled();
}

} // namespace lgsp::app
