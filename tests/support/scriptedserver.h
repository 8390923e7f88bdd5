#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

namespace lgsp::test {

// A loopback HTTP/1.1 server that plays a script: each complete request gets the next
// scripted answer (or the default one). It records what it received, so tests can check
// the headers the console sent. Used for misbehaving servers the sandbox will not imitate.
class ScriptedServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Answer
    {
        enum class Mode {
            Raw,       // write `raw` and close
            Silent,    // never answer
            Drip,      // write `raw` one byte every 200 ms
            Endless,   // a 200 chunked response that never ends
            Delayed,   // write `raw` after `delayMs` and close
            HeadFirst, // write `raw`'s head at once, its body after `delayMs`, and close
        };
        Mode mode = Mode::Raw;
        QByteArray raw;
        int delayMs = 0;
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    ScriptedServer();

    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    static Answer raw(QByteArray bytes) { return Answer{Answer::Mode::Raw, std::move(bytes)}; }
    static Answer delayed(QByteArray bytes, int delayMs)
    {
        return Answer{Answer::Mode::Delayed, std::move(bytes), delayMs};
    }
    static Answer headFirst(QByteArray bytes, int delayMs)
    {
        return Answer{Answer::Mode::HeadFirst, std::move(bytes), delayMs};
    }

    void enqueue(const Answer &answer) { m_script.append(answer); }
    void setDefault(const Answer &answer) { m_default = answer; }
    QUrl url() const;
    const QList<Received> &received() const { return m_received; }

private:
    void serve(class QTcpSocket *socket);

    QList<Answer> m_script;
    Answer m_default{Answer::Mode::Silent, {}};
    QList<Received> m_received;
};

} // namespace lgsp::test
