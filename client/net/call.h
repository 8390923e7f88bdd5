#pragma once

#include "client/net/apirequest.h"
#include "client/net/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace lgsp::client {

// One call in flight: authenticates, sends, retries, classifies the outcome and delivers
// it once. Deletes itself after delivering.
class Call final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Call)

public:
    Call(Transport *transport, ApiRequest request, QObject *context, Transport::Callback done);
    ~Call() override;

    QByteArray correlationId() const { return m_correlationId; }
    void start();
    // Stops the call; the callback gets a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();

private:
    void authorizeAndSend();
    void send(const QByteArray &authorization);
    void onFinished();
    ClientError classify(QNetworkReply *reply, ApiReply *out) const;
    void retryOrDeliver(ApiReply reply);
    void deliver(ApiReply reply);

    Transport *m_transport;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    const bool m_hadContext;
    Transport::Callback m_done;
    QByteArray m_correlationId;
    QByteArray m_authorization;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    bool m_reauthorized = false;
    bool m_delivered = false;
    bool m_nextLinkSeen = false; // onNextLink called (once, whatever the retries)
    // Why the reply was aborted, when this object aborted it.
    enum class AbortReason { None, Deadline, TooLarge, PinMismatch, Caller };
    AbortReason m_abortReason = AbortReason::None;
    ClientError::TlsProblem m_tlsProblem = ClientError::TlsProblem::None;
    QString m_tlsDetail;
};

} // namespace lgsp::client
