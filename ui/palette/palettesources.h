#pragma once

#include "ui/palette/palettesearch.h"

#include <QKeySequence>
#include <QUuid>

#include <functional>

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class ServiceModel;
class TenantModel;
} // namespace lgsp::models

namespace lgsp::ui {

// The palette's texts in both languages: English is the source, Vietnamese comes from the
// console's own translation (whatever the interface language), so "tam dung" and "suspend"
// both find "Suspend %1…".
namespace palettetext {
inline constexpr char kContext[] = "lgsp::ui::PaletteCommands";
// The text in the interface language.
QString translated(const char *source);
// The folded words of the English text and of the Vietnamese one, in order, without %1 and
// punctuation.
QList<QStringList> bothLanguagesPhrases(const char *source);
} // namespace palettetext

// What every source shares: verbs from English source texts, and choosing an entity handed
// to a runner as (identity, verb id).
class BasicSource : public PaletteSource
{
public:
    using Runner = std::function<void(const QString &identity, const QString &verb)>;

    void setRunner(Runner runner) { m_runner = std::move(runner); }
    const QList<PaletteVerb> &verbs() const override { return m_verbs; }
    void run(int entity, int verb) override;
    // The verbs' texts again in the interface language.
    virtual void retranslate();

protected:
    struct VerbSource
    {
        const char *id;
        const char *text; // QT_TRANSLATE_NOOP in palettetext::kContext
    };
    void setVerbs(const QList<VerbSource> &verbs);

private:
    QList<VerbSource> m_verbSources;
    QList<PaletteVerb> m_verbs;
    Runner m_runner;
};

// The console's own commands: pages, dialogs, exports, languages. Each is found by its
// text in either language.
class ActionSource final : public BasicSource
{
public:
    struct Action
    {
        QString id;
        const char *text;              // QT_TRANSLATE_NOOP in palettetext::kContext
        std::function<bool()> enabled; // null: always
        QKeySequence shortcut;         // shown beside it, where it has one
    };

    ActionSource();
    void setActions(const QList<Action> &actions);
    void retranslate() override;

    PaletteKind kind() const override { return PaletteKind::Action; }
    int count() const override { return int(m_actions.size()); }
    QStringView key(int entity, int *nameLength) const override;
    quint32 verbMask(int entity) const override;
    QString name(int entity) const override { return m_texts.at(entity); }
    QString detail(int entity) const override;
    QString identity(int entity) const override { return m_actions.at(entity).id; }
    int find(const QString &identity) const override;

private:
    QList<Action> m_actions;
    QStringList m_texts;
    QStringList m_keys;
};

// The fleet's instances: open their tenants, services, transactions or health, test the
// connection, edit the profile. Read from the fleet by refresh().
class InstanceSource final : public BasicSource
{
public:
    // Health, test and edit: also a security server alone, which has no tenants, services or
    // traffic of its own.
    static constexpr quint32 kEveryInstance = 0b111000u;

    explicit InstanceSource(const client::Fleet *fleet);
    void refresh();

    PaletteKind kind() const override { return PaletteKind::Instance; }
    quint32 alwaysAllowed() const override { return kEveryInstance; }
    int count() const override { return int(m_ids.size()); }
    QStringView key(int entity, int *nameLength) const override;
    quint32 verbMask(int entity) const override { return m_masks.at(entity); }
    QString name(int entity) const override { return m_names.at(entity); }
    QString detail(int entity) const override { return m_details.at(entity); }
    QString identity(int entity) const override;
    int find(const QString &identity) const override;

private:
    const client::Fleet *m_fleet;
    QList<QUuid> m_ids;
    QStringList m_names;
    QStringList m_details;
    QStringList m_keys;
    QList<quint32> m_masks;
};

// The groups of the profiles ("Bộ", "Tỉnh"…): shown in the fleet.
class GroupSource final : public BasicSource
{
public:
    explicit GroupSource(const client::Fleet *fleet);
    void refresh();

    PaletteKind kind() const override { return PaletteKind::Group; }
    quint32 alwaysAllowed() const override { return 1u; }
    int count() const override { return int(m_groups.size()); }
    QStringView key(int entity, int *nameLength) const override;
    quint32 verbMask(int) const override { return 1; }
    QString name(int entity) const override { return m_groups.at(entity); }
    QString detail(int entity) const override;
    QString identity(int entity) const override { return m_groups.at(entity); }
    int find(const QString &identity) const override { return int(m_groups.indexOf(identity)); }

private:
    const client::Fleet *m_fleet;
    QStringList m_groups;
    QStringList m_keys;
    QList<int> m_sizes;
};

// The rows of a page's model (models::InstanceRowsModel), read in place: no copy of 100 000
// services. Identity: "<instance>/<key>" as the model's IdentityRole. Defined in the .cpp for
// the two models below.
template<typename Model>
class RowsSource : public BasicSource
{
public:
    explicit RowsSource(const Model *model)
        : m_model(model)
    {}

    int count() const override;
    QString name(int entity) const override;
    QString identity(int entity) const override;
    int find(const QString &identity) const override;

protected:
    const Model *m_model;
};

// The Tenants page's tenants.
class TenantSource final : public RowsSource<models::TenantModel>
{
public:
    explicit TenantSource(const models::TenantModel *model);

    PaletteKind kind() const override { return PaletteKind::Tenant; }
    quint32 alwaysAllowed() const override { return 0b11u; }
    QStringView key(int entity, int *nameLength) const override;
    quint32 verbMask(int entity) const override;
    QString detail(int entity) const override;
};

// The catalog's services.
class ServiceSource final : public RowsSource<models::ServiceModel>
{
public:
    explicit ServiceSource(const models::ServiceModel *model);

    PaletteKind kind() const override { return PaletteKind::Service; }
    quint32 alwaysAllowed() const override { return 0b1111u; }
    QStringView key(int entity, int *nameLength) const override;
    quint32 verbMask(int entity) const override;
    QString detail(int entity) const override;
};

} // namespace lgsp::ui
