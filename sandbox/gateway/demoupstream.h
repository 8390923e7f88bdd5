#pragma once

#include <QObject>

class QHttpServerRequest;
class QHttpServerResponder;

namespace lgsp::sandbox {

// The sandbox's stand-in for the agencies' systems behind the gateway: /upstream/{code}/…
// answers after a realistic delay (a log-normal around a per-service median), fails now and
// then with the LGSP error codes, and rarely takes longer than any SLA timeout. A request can
// ask for an exact behaviour with ?demo-latency=<ms> and ?demo-error=<LGSP code>.
class DemoUpstream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoUpstream)

public:
    explicit DemoUpstream(QObject *parent = nullptr);

    static bool handles(const QString &path)
    {
        return path.startsWith(QLatin1String("/upstream/"));
    }
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                const QByteArray &correlationId);
};

} // namespace lgsp::sandbox
