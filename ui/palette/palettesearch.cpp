#include "ui/palette/palettesearch.h"

#include "protocol/textfold.h"

#include <QSet>

#include <QtAlgorithms>
#include <algorithm>
#include <array>
#include <vector>

namespace lgsp::ui {

namespace {

constexpr int kMaxRecent = 20;
constexpr float kVerbWordScore = 3;

struct Candidate
{
    float score;
    int nameLength;
    int source;
    int entity;
    int verb;
    int verbWords; // how many of the query's first words named the verb
};

// Higher score first; among equals the earlier source (actions before instances before
// tenants before services), the shorter name, the model's order, then the verb's: an
// entity's commands stay together, what choosing it does by default first.
bool ranksBefore(const Candidate &a, const Candidate &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.source != b.source)
        return a.source < b.source;
    if (a.nameLength != b.nameLength)
        return a.nameLength < b.nameLength;
    if (a.entity != b.entity)
        return a.entity < b.entity;
    return a.verb < b.verb;
}

QString kindTag(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::Action:
        return QStringLiteral("action");
    case PaletteKind::Instance:
        return QStringLiteral("instance");
    case PaletteKind::Group:
        return QStringLiteral("group");
    case PaletteKind::Tenant:
        return QStringLiteral("tenant");
    case PaletteKind::Service:
        return QStringLiteral("service");
    }
    return {};
}

} // namespace

void PaletteSearch::setRecent(const QStringList &ids)
{
    m_recent = ids.mid(0, kMaxRecent);
    m_recentRank.clear();
    for (int i = 0; i < m_recent.size(); ++i)
        m_recentRank.insert(m_recent.at(i), i);
}

QString PaletteSearch::resultId(const PaletteSource *source, int entity, int verb)
{
    const QString identity = source->identity(entity);
    if (identity.isEmpty())
        return {};
    return kindTag(source->kind()) + QLatin1Char(':') + identity + QLatin1Char('#') +
           source->verbs().value(verb).id;
}

PaletteResult PaletteSearch::resultFor(PaletteSource *source, int entity, int verb,
                                       double score) const
{
    PaletteResult result;
    result.source = source;
    result.entity = entity;
    result.verb = verb;
    result.score = score;
    result.text = source->verbs().at(verb).text.arg(source->name(entity));
    result.detail = source->detail(entity);
    result.id = resultId(source, entity, verb);
    return result;
}

void PaletteSearch::setSources(const QList<PaletteSource *> &sources)
{
    m_sources = sources;
    m_keys.clear();
    invalidate();
}

void PaletteSearch::forgetKeys(const PaletteSource *source)
{
    const qsizetype at = m_sources.indexOf(const_cast<PaletteSource *>(source));
    if (at >= 0 && size_t(at) < m_keys.size())
        m_keys[size_t(at)].clear();
    invalidate();
}

void PaletteSearch::updateKeys()
{
    if (m_keys.size() != size_t(m_sources.size()))
        m_keys.assign(size_t(m_sources.size()), {});
    for (int s = 0; s < m_sources.size(); ++s)
        m_keys[size_t(s)].update(*m_sources.at(s));
}

void PaletteSearch::invalidate()
{
    m_scans.clear();
    m_answered.clear();
}

QList<PaletteResult> PaletteSearch::recentAndActions(int limit) const
{
    // The recent commands still possible, then every action in its order.
    QList<PaletteResult> results;
    QSet<QString> shown;
    for (const QString &id : m_recent) {
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        const qsizetype hash = id.lastIndexOf(QLatin1Char('#'));
        if (colon < 0 || hash < colon)
            continue;
        const QString identity = id.mid(colon + 1, hash - colon - 1);
        const QString verbId = id.mid(hash + 1);
        for (PaletteSource *source : m_sources) {
            if (kindTag(source->kind()) != id.left(colon))
                continue;
            const int entity = source->find(identity);
            if (entity < 0)
                break;
            for (int v = 0; v < std::min<int>(32, int(source->verbs().size())); ++v) {
                if (source->verbs().at(v).id == verbId && (source->verbMask(entity) & (1u << v))) {
                    results.append(resultFor(source, entity, v, 0));
                    shown.insert(id);
                }
            }
            break;
        }
    }
    for (PaletteSource *source : m_sources) {
        if (source->kind() != PaletteKind::Action)
            continue;
        for (int entity = 0; entity < source->count() && results.size() < limit; ++entity) {
            if (!(source->verbMask(entity) & 1u))
                continue;
            PaletteResult result = resultFor(source, entity, 0, 0);
            if (!shown.contains(result.id))
                results.append(result);
        }
    }
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

namespace {

// How many of the query's first words name the verb: each the start of the phrase's next
// word or of a later one ("open transactions" for "open the transactions of"). The most
// over the verb's phrases (English, Vietnamese).
int verbWordsOf(const PaletteVerb &verb, const QStringList &words)
{
    int most = 0;
    for (const QStringList &phrase : verb.phrases) {
        int w = 0;
        qsizetype next = 0;
        while (w < words.size()) {
            qsizetype at = next;
            while (at < phrase.size() && !phrase.at(at).startsWith(words.at(w)))
                ++at;
            if (at == phrase.size())
                break;
            ++w;
            next = at + 1;
        }
        most = std::max(most, w);
    }
    return most;
}

} // namespace

QList<PaletteResult> PaletteSearch::search(const QString &query, int limit)
{
    QStringList words = protocol::foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > kMaxWords)
        words.resize(kMaxWords);
    if (words.isEmpty())
        return recentAndActions(limit);
    const QString asked = words.join(QLatin1Char(' ')) + QLatin1Char('#') + QString::number(limit);
    if (const auto known = m_answered.constFind(asked); known != m_answered.cend())
        return known.value();
    if (m_scans.size() != size_t(m_sources.size()))
        m_scans.assign(size_t(m_sources.size()), {});

    const int n = int(words.size());
    QList<QByteArray> utf8;
    for (const QString &word : std::as_const(words))
        utf8.append(word.toUtf8());
    if (m_keys.size() != size_t(m_sources.size()))
        m_keys.assign(size_t(m_sources.size()), {});
    const size_t pool = size_t(std::max(2 * limit, 200));
    // The best `pool` entities so far, the worst of them on top: most of 100 000 matches are
    // turned away by one comparison.
    std::vector<Candidate> candidates;
    candidates.reserve(pool + 1);
    const auto offer = [&](const Candidate &c) {
        if (candidates.size() == pool) {
            if (!ranksBefore(c, candidates.front()))
                return;
            std::pop_heap(candidates.begin(), candidates.end(), ranksBefore);
            candidates.back() = c;
        } else {
            candidates.push_back(c);
        }
        std::push_heap(candidates.begin(), candidates.end(), ranksBefore);
    };
    for (int s = 0; s < m_sources.size(); ++s) {
        PaletteSource *source = m_sources.at(s);
        PaletteKeys &keys = m_keys[size_t(s)];
        keys.update(*source);
        const QList<PaletteVerb> &verbs = source->verbs();
        const int verbCount = std::min<int>(32, int(verbs.size()));
        // The readings of the query: its first k words name verbs (a mask per k), the rest
        // names the entity. k = 0: no verb named, every verb the entity allows.
        std::vector<quint32> verbsNaming(size_t(n) + 1, 0);
        verbsNaming[0] = verbCount == 32 ? ~0u : (1u << verbCount) - 1;
        for (int v = 0; v < verbCount; ++v) {
            if (const int k = verbWordsOf(verbs.at(v), words); k > 0)
                verbsNaming[size_t(k)] |= 1u << v;
        }
        for (int k = 0; k <= n; ++k) {
            const quint32 named = verbsNaming[size_t(k)];
            if (!named)
                continue;
            const quint32 sure = named & source->alwaysAllowed();
            const auto firstAllowed = [&](int entity) {
                if (sure)
                    return int(qCountTrailingZeroBits(sure));
                const quint32 allowed = source->verbMask(entity) & named;
                return allowed ? int(qCountTrailingZeroBits(allowed)) : -1;
            };
            const float verbScore = kVerbWordScore * float(k);
            if (k == n) {
                // Only a verb so far: the entities that allow it, in their order.
                size_t taken = 0;
                for (int entity = 0; entity < keys.size() && taken < pool; ++entity) {
                    const int verb = firstAllowed(entity);
                    if (verb < 0)
                        continue;
                    offer(Candidate{verbScore, keys.nameLength(entity), s, entity, verb, k});
                    ++taken;
                }
                continue;
            }
            const QStringList entityWords = words.mid(k);
            const QList<QByteArray> entityUtf8 = utf8.mid(k);
            // The entities found for words this query's extend (the previous keystroke's),
            // or all of them.
            QList<Scan> &scans = m_scans[size_t(s)];
            const Scan *narrower = nullptr;
            for (const Scan &scan : std::as_const(scans)) {
                bool extends = scan.words.size() <= entityWords.size();
                for (qsizetype w = 0; extends && w < scan.words.size(); ++w)
                    extends = entityWords.at(w).startsWith(scan.words.at(w));
                if (extends && (!narrower || scan.found.size() < narrower->found.size()))
                    narrower = &scan;
            }
            Scan scan{entityWords, {}};
            const auto consider = [&](int entity) {
                float score = verbScore;
                for (const QByteArray &word : entityUtf8) {
                    const float wordFit = keys.wordScore(entity, word);
                    if (wordFit <= 0)
                        return;
                    score += wordFit;
                }
                scan.found.push_back(entity);
                const int verb = firstAllowed(entity);
                if (verb < 0)
                    return;
                offer(Candidate{score, keys.nameLength(entity), s, entity, verb, k});
            };
            if (narrower) {
                for (int entity : narrower->found)
                    consider(entity);
            } else {
                for (int entity = 0, count = keys.size(); entity < count; ++entity)
                    consider(entity);
            }
            scans.prepend(std::move(scan));
            if (scans.size() > 24)
                scans.removeLast();
        }
    }

    // The best entities by score alone; then each with every verb of its reading the entity
    // allows, and recent use lifting the commands used before.
    QList<std::pair<Candidate, PaletteResult>> ranked;
    for (const Candidate &entityBest : candidates) {
        PaletteSource *source = m_sources.at(entityBest.source);
        const int verbCount = std::min<int>(32, int(source->verbs().size()));
        quint32 named = 0;
        if (entityBest.verbWords == 0) {
            named = verbCount == 32 ? ~0u : (1u << verbCount) - 1;
        } else {
            for (int v = 0; v < verbCount; ++v) {
                if (verbWordsOf(source->verbs().at(v), words) == entityBest.verbWords)
                    named |= 1u << v;
            }
        }
        const quint32 allowed = source->verbMask(entityBest.entity) & named;
        for (int v = 0; v < verbCount; ++v) {
            if (!(allowed & (1u << v)))
                continue;
            Candidate c = entityBest;
            c.verb = v;
            PaletteResult result = resultFor(source, c.entity, v, c.score);
            const auto recent = m_recentRank.constFind(result.id);
            if (!result.id.isEmpty() && recent != m_recentRank.cend())
                c.score += 3.0f + 2.0f * float(kMaxRecent - recent.value()) / kMaxRecent;
            result.score = c.score;
            ranked.append({c, result});
        }
    }
    std::sort(ranked.begin(), ranked.end(),
              [](const auto &a, const auto &b) { return ranksBefore(a.first, b.first); });
    // A command found by two readings ("t": a name, or the verb "test") is listed once.
    QSet<quint64> listed;
    QList<PaletteResult> results;
    for (const auto &[c, result] : std::as_const(ranked)) {
        if (results.size() >= limit)
            break;
        const quint64 command =
            (quint64(c.source) << 48) | (quint64(quint32(c.entity)) << 8) | quint64(c.verb);
        if (listed.contains(command))
            continue;
        listed.insert(command);
        results.append(result);
    }
    if (m_answered.size() > 256)
        m_answered.clear();
    m_answered.insert(asked, results);
    return results;
}

} // namespace lgsp::ui
