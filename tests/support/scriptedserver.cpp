#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace lgsp::test {

QByteArray ScriptedServer::Received::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedServer::ScriptedServer()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            serve(socket);
    });
    listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

QByteArray ScriptedServer::response(int status, const QByteArray &contentType,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    return head + "Content-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

void ScriptedServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Received request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer->mid(end + 4, length);
        buffer->remove(0, end + 4 + length);
        m_received.append(request);

        const Answer answer = m_script.isEmpty() ? m_default : m_script.takeFirst();
        switch (answer.mode) {
        case Answer::Mode::Silent:
            break;
        case Answer::Mode::Raw:
            socket->write(answer.raw);
            socket->disconnectFromHost();
            break;
        case Answer::Mode::Delayed:
            QTimer::singleShot(answer.delayMs, socket, [socket, answer] {
                socket->write(answer.raw);
                socket->disconnectFromHost();
            });
            break;
        case Answer::Mode::HeadFirst: {
            const qsizetype head = answer.raw.indexOf("\r\n\r\n") + 4;
            socket->write(answer.raw.left(head));
            socket->flush();
            QTimer::singleShot(answer.delayMs, socket, [socket, answer, head] {
                socket->write(answer.raw.mid(head));
                socket->disconnectFromHost();
            });
            break;
        }
        case Answer::Mode::Drip: {
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [socket, timer, position, answer] {
                if (*position >= answer.raw.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(answer.raw.mid((*position)++, 1));
            });
            timer->start(200);
            break;
        }
        case Answer::Mode::Endless: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            auto *timer = new QTimer(socket);
            const QByteArray chunk(64 * 1024, ' ');
            const QByteArray framed =
                QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            connect(timer, &QTimer::timeout, socket, [socket, framed] {
                if (socket->bytesToWrite() < 4 * 1024 * 1024)
                    socket->write(framed);
            });
            timer->start(1);
            break;
        }
        }
    });
}

} // namespace lgsp::test
