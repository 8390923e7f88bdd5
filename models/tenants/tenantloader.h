#pragma once

#include <QHash>
#include <QObject>
#include <QUuid>

#include <memory>

namespace lgsp::client {
class Fleet;
}

namespace lgsp::models {

class TenantModel;

// Loads the tenants of every instance of the fleet into a TenantModel, page by page, so the
// first rows show at once and the window never waits. Cancelling drops the answers still
// coming. An instance that fails is reported, the others load on.
class TenantLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantLoader)

public:
    static constexpr int kPageSize = 200;

    TenantLoader(client::Fleet *fleet, TenantModel *model, QObject *parent = nullptr);
    ~TenantLoader() override;

    void reload();
    void cancel();
    bool isLoading() const { return m_pending > 0; }
    int loaded() const { return m_loaded; }
    qint64 expected() const;
    // Why instances could not be read, by instance, translated.
    const QHash<QUuid, QString> &failures() const { return m_failures; }

Q_SIGNALS:
    void progress(int loaded, qint64 expected);
    void finished();

private:
    client::Fleet *m_fleet;
    TenantModel *m_model;
    std::unique_ptr<QObject> m_context; // answers are delivered only while it lives
    QHash<QUuid, qint64> m_totals;
    QHash<QUuid, QString> m_failures;
    int m_pending = 0;
    int m_loaded = 0;
};

} // namespace lgsp::models
