#pragma once

#include "client/clienterror.h"
#include "protocol/instanceinfo.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace lgsp::client {

// One connection object per LGSP instance: it owns its network access manager, and every
// request carries its own correlation id, timeout and response-size cap.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    // Bodies larger than this are refused: a server cannot make the console allocate
    // without bound.
    static constexpr qint64 kMaxResponseBytes = 16 * 1024 * 1024;

    explicit Connection(QUrl baseUrl, QObject *parent = nullptr);
    ~Connection() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // GET /api/v1/info; answers with infoReceived() or failed().
    void fetchInfo();

Q_SIGNALS:
    void infoReceived(const lgsp::protocol::InstanceInfo &info);
    void failed(const lgsp::client::ClientError &error);

private:
    QNetworkReply *get(const QString &path, QByteArray *correlationId);
    ClientError errorFor(QNetworkReply *reply, const QByteArray &correlationId) const;

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(15)};
};

} // namespace lgsp::client
