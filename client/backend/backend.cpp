#include "client/backend/backend.h"

#include <functional>
#include <map>
#include <memory>

namespace lgsp::client {

namespace {

// Pages asked for and not handed over yet, at most one more than this: a server that names
// each next page early must not have the whole listing waiting in memory for a slow caller.
constexpr int kPagesAhead = 2;

// Follows the cursors page after page and hands the pages over in order, each once. The next
// page is asked for as soon as its cursor is known: from the answer's headers where the
// server names it there (the server then prepares it while this page arrives and is decoded
// and added), otherwise from the page itself, before it is handed over. A failed page ends
// the listing; pages that arrive after the end are dropped. The pending calls hold the
// listing, so it lives exactly as long as it has something to wait for.
template<typename T, typename Query>
class Listing final : public std::enable_shared_from_this<Listing<T, Query>>
{
public:
    using Page = Result<protocol::ListPage<T>>;
    using Fetch = std::function<void(const Query &, QObject *, Handler<protocol::ListPage<T>>)>;

    Listing(Query query, QObject *context, PageHandler<T> onPage, Fetch fetch)
        : m_query(std::move(query))
        , m_context(context)
        , m_onPage(std::move(onPage))
        , m_fetch(std::move(fetch))
    {
        m_cursors.emplace(0, m_query.cursor); // the first page: the caller's cursor
    }

    void askWhatIsKnown()
    {
        while (!m_done && m_cursors.count(m_asked) && m_asked - m_handed <= kPagesAhead) {
            const int index = m_asked++;
            Query q = m_query;
            q.cursor = m_cursors.at(index);
            q.onNextCursor = [weak = this->weak_from_this(), index](const QString &cursor) {
                if (const auto self = weak.lock())
                    self->cursorKnown(index + 1, cursor);
            };
            m_fetch(q, m_context, [self = this->shared_from_this(), index](const Page &page) {
                self->arrived(index, page);
            });
        }
    }

private:
    void cursorKnown(int index, const QString &cursor)
    {
        if (m_done || m_cursors.count(index))
            return;
        m_cursors.emplace(index, cursor);
        askWhatIsKnown();
    }

    void arrived(int index, const Page &page)
    {
        if (m_done)
            return;
        m_waiting.emplace(index, page);
        for (auto it = m_waiting.find(m_handed); !m_done && it != m_waiting.end();
             it = m_waiting.find(m_handed)) {
            const Page current = std::move(it->second);
            m_waiting.erase(it);
            const bool last = !current.ok() || current.value.nextCursor.isEmpty();
            m_done = last;
            ++m_handed;
            if (!last) {
                // Asked for before this page is handed over, as the server prepares it
                // meanwhile (where it was not named early).
                m_cursors.emplace(m_handed, current.value.nextCursor);
                askWhatIsKnown();
            }
            m_onPage(current, last);
        }
        if (m_done)
            m_waiting.clear();
    }

    Query m_query;
    QObject *m_context;
    PageHandler<T> m_onPage;
    Fetch m_fetch;
    int m_asked = 0;
    int m_handed = 0;
    bool m_done = false;
    std::map<int, Page> m_waiting;    // arrived before an earlier page
    std::map<int, QString> m_cursors; // each page's cursor, once known
};

template<typename T, typename Query, typename Fetch>
void fetchAll(Query query, QObject *context, PageHandler<T> onPage, Fetch fetch)
{
    std::make_shared<Listing<T, Query>>(std::move(query), context, std::move(onPage),
                                        std::move(fetch))
        ->askWhatIsKnown();
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
