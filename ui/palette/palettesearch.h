#pragma once

#include "ui/palette/palettekeys.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace lgsp::ui {

// What the command palette finds: pages and actions of the console, and the instances,
// groups, tenants and services it knows, each with the verbs it can take.
enum class PaletteKind { Action, Instance, Group, Tenant, Service };

// Something done to an entity: "Suspend %1…". `phrases` are the folded words of the verb's
// English text and of its Vietnamese one, in order, so a query in either language finds it.
struct PaletteVerb
{
    QString id;   // stable, for recent use: "suspend"
    QString text; // in the interface language, %1 for the entity's name
    QList<QStringList> phrases;
};

// A list of entities of one kind (the tenants of the Tenants page's model…), read in place:
// the palette keeps no copy, so a catalog of 100 000 services costs nothing until searched.
class PaletteSource
{
public:
    virtual ~PaletteSource() = default;

    virtual PaletteKind kind() const = 0;
    // At most 32; the first is what choosing the entity does by default.
    virtual const QList<PaletteVerb> &verbs() const = 0;
    virtual int count() const = 0;
    // The entity's folded search key (protocol::foldForSearch) with its name first;
    // *nameLength is how many characters of it the name takes.
    virtual QStringView key(int entity, int *nameLength) const = 0;
    // Bit v set: verbs()[v] can be done to the entity now (what the server allows).
    virtual quint32 verbMask(int entity) const = 0;
    // The verbs every entity allows, known without asking verbMask() (which may have to
    // look at what the server allows): the search's shortcut over 100 000 rows.
    virtual quint32 alwaysAllowed() const { return 0; }
    virtual QString name(int entity) const = 0;
    // A short line beside the name: the kind, code and instance.
    virtual QString detail(int entity) const = 0;
    // Stable between sessions; empty for entities not remembered.
    virtual QString identity(int entity) const = 0;
    // The entity with `identity`, or -1.
    virtual int find(const QString &identity) const = 0;
    virtual void run(int entity, int verb) = 0;
};

struct PaletteResult
{
    PaletteSource *source = nullptr;
    int entity = -1;
    int verb = 0;
    double score = 0;
    QString text;   // "Suspend Thành phố Hà Nội…"
    QString detail; // "Tenant · HNI · Sandbox"
    QString id;     // identity + verb, for recent use; empty when not remembered
};

// Ranks what the sources hold against a query. The query's first words may name a verb
// ("tam dung", "suspend", "mo giao dich", "open transactions"; each word the start of the
// verb's next word or a later one), and every other word must be found in the entity's key.
// Matches at the start of a word of the name count most, then elsewhere in the name, then
// in the other fields (code, instance…); commands used recently come first among equals.
// A pass over the entities does no folding or allocation per entity (the keys are the
// models' own), and the next keystroke looks only among what the previous one found.
class PaletteSearch
{
public:
    static constexpr int kMaxWords = 16;

    void setSources(const QList<PaletteSource *> &sources);
    // Result ids, most recent first.
    void setRecent(const QStringList &ids);
    QStringList recent() const { return m_recent; }
    // The id a result is remembered by.
    static QString resultId(const PaletteSource *source, int entity, int verb);

    // With an empty query: the recent commands, then every action.
    QList<PaletteResult> search(const QString &query, int limit = 100);
    // The sources' entities changed (rows loaded, an action's outcome): forgets what the
    // previous searches found. Until then, a query that extends the previous one (the next
    // keystroke) looks only among the entities that one found, and a query searched before
    // (after a backspace) is answered from memory.
    void invalidate();
    // The source's entities changed other than by being appended (rows removed or edited,
    // the instances read again): its keys are copied again on the next search. Also
    // invalidates.
    void forgetKeys(const PaletteSource *source);
    // Copies the keys of entities appended since the last search or update now (as a
    // catalog loads page by page) rather than at the next keystroke.
    void updateKeys();

private:
    PaletteResult resultFor(PaletteSource *source, int entity, int verb, double score) const;
    QList<PaletteResult> recentAndActions(int limit) const;

    QList<PaletteSource *> m_sources;
    QStringList m_recent;
    QHash<QString, int> m_recentRank;
    // Per source, the entities found for the entity words of the last scans.
    struct Scan
    {
        QStringList words;
        std::vector<int> found;
    };
    std::vector<QList<Scan>> m_scans;
    std::vector<PaletteKeys> m_keys;                 // per source
    QHash<QString, QList<PaletteResult>> m_answered; // folded query → results
};

} // namespace lgsp::ui
