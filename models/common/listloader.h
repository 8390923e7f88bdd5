#pragma once

#include "client/backend/backend.h"
#include "client/clienterror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

namespace lgsp::client {
class Fleet;
} // namespace lgsp::client

namespace lgsp::models {

// Loads a list (tenants, services…) from every instance of the fleet, page by page, so the
// first rows show at once and the window never waits. Cancelling drops the answers still
// coming. An instance that fails is reported; the others load on.
class ListLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListLoader)

public:
    // What one page brought: its items were already added to the model by the fetcher.
    struct Page
    {
        int items = 0;
        qint64 total = 0;
        client::ClientError error;
        bool last = true;
        QStringList allowedActions; // on the collection ("create")
    };
    using PageReport = std::function<void(const Page &)>;

    ListLoader(client::Fleet *fleet, QObject *parent = nullptr);
    ~ListLoader() override;

    void reload();
    void cancel();
    bool isLoading() const { return m_pending > 0; }
    // Whether the last load was cancelled before every page arrived.
    bool wasCancelled() const { return m_cancelled; }
    int loaded() const { return m_loaded; }
    qint64 expected() const;
    // Why instances could not be read, by instance, translated.
    const QHash<QUuid, QString> &failures() const { return m_failures; }
    // What the credential may do on the whole list of an instance ("create"), as its server
    // said in the last load.
    QStringList collectionActions(const QUuid &instance) const
    {
        return m_collectionActions.value(instance);
    }

Q_SIGNALS:
    // A load begins (the model was just emptied).
    void started();
    void progress(int loaded, qint64 expected);
    void finished();

protected:
    // Empties the model before a reload.
    virtual void clearModel() = 0;
    // What a server must offer to have this list (instances without it are left out).
    virtual client::Feature requiredFeature() const = 0;
    // Starts reading every page of one instance into the model, answering through `report`
    // for each page; answers only while `context` lives.
    virtual void fetch(client::Backend *backend, QObject *context, const QUuid &instance,
                       const QString &instanceName, bool readOnly, PageReport report) = 0;
    // For fetch(): the page handler that appends each page of `Item`s to `model` (an
    // InstanceRowsModel) and reports it. Pages are added one per turn of the event loop: two
    // that arrive together (several instances, or a fast server) never make one long stall.
    template<typename Item, typename Model>
    client::PageHandler<Item> appendingTo(Model *model, const QUuid &instance,
                                          const QString &instanceName, bool readOnly,
                                          PageReport report)
    {
        return [=](const client::Result<protocol::ListPage<Item>> &page, bool last) {
            enqueue([=] {
                if (page.ok())
                    model->append(instance, instanceName, readOnly, page.value.items,
                                  page.value.total);
                report(Page{int(page.value.items.size()), page.value.total, page.error, last,
                            page.value.allowedActions});
            });
        };
    }

private:
    void enqueue(std::function<void()> append);
    void drainOne();

    client::Fleet *m_fleet;
    std::unique_ptr<QObject> m_context;
    QHash<QUuid, qint64> m_totals;
    QHash<QUuid, QString> m_failures;
    QHash<QUuid, QStringList> m_collectionActions;
    int m_pending = 0;
    bool m_cancelled = false;
    int m_loaded = 0;
    QList<std::function<void()>> m_queue; // pages received, not yet in the model
    QTimer m_drain;
};

} // namespace lgsp::models
