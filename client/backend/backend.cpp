#include "client/backend/backend.h"

#include <memory>

namespace lgsp::client {

namespace {

// Follows nextCursor page after page; the pager lives as long as the listing.
template<typename T, typename Query, typename Fetch>
void fetchAll(Query query, QObject *context, PageHandler<T> onPage, Fetch fetch)
{
    // The step function holds itself only weakly; each pending page request holds it
    // strongly, so it lives exactly as long as the listing.
    auto next = std::make_shared<std::function<void(Query)>>();
    std::weak_ptr<std::function<void(Query)>> weak = next;
    *next = [weak, context, onPage, fetch](Query q) {
        auto self = weak.lock();
        if (!self)
            return;
        fetch(q, context, [self, onPage, q](const Result<protocol::ListPage<T>> &page) mutable {
            const bool last = !page.ok() || page.value.nextCursor.isEmpty();
            // The next page is asked for before this one is handed over, so the server
            // prepares it while the caller adds these items to its model.
            if (!last) {
                q.cursor = page.value.nextCursor;
                (*self)(q);
            }
            onPage(page, last);
        });
    };
    (*next)(std::move(query));
}

} // namespace

void Backend::allTenants(const TenantQuery &query, QObject *context,
                         PageHandler<protocol::Tenant> onPage)
{
    fetchAll<protocol::Tenant>(
        query, context, std::move(onPage),
        [this](const TenantQuery &q, QObject *c, auto done) { tenants(q, c, std::move(done)); });
}

void Backend::allServices(const ServiceQuery &query, QObject *context,
                          PageHandler<protocol::Service> onPage)
{
    fetchAll<protocol::Service>(
        query, context, std::move(onPage),
        [this](const ServiceQuery &q, QObject *c, auto done) { services(q, c, std::move(done)); });
}

} // namespace lgsp::client
