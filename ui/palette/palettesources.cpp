#include "ui/palette/palettesources.h"

#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "models/common/roles.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/textfold.h"

#include <QCoreApplication>
#include <QTranslator>

namespace lgsp::ui {

namespace palettetext {

QString translated(const char *source)
{
    return QCoreApplication::translate(kContext, source);
}

namespace {

QStringList foldedWords(QString text)
{
    text.replace(QLatin1String("%1"), QLatin1String(" "));
    QString folded = protocol::foldForSearch(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QList<QStringList> bothLanguagesPhrases(const char *source)
{
    // The Vietnamese translation is read from the console's own file, installed or not.
    static QTranslator *vietnamese = [] {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(QStringLiteral(":/i18n/lgsp-console_vi.qm")))
            qWarning("The palette's Vietnamese words are missing: no translation file.");
        return translator;
    }();
    QList<QStringList> phrases{foldedWords(QString::fromUtf8(source))};
    const QString vi = vietnamese->translate(kContext, source);
    if (!vi.isEmpty())
        phrases.append(foldedWords(vi));
    return phrases;
}

} // namespace palettetext

void BasicSource::setVerbs(const QList<VerbSource> &verbs)
{
    m_verbSources = verbs;
    BasicSource::retranslate();
}

void BasicSource::retranslate()
{
    m_verbs.clear();
    for (const VerbSource &verb : std::as_const(m_verbSources))
        m_verbs.append(PaletteVerb{QString::fromLatin1(verb.id), palettetext::translated(verb.text),
                                   palettetext::bothLanguagesPhrases(verb.text)});
}

void BasicSource::run(int entity, int verb)
{
    if (m_runner && entity >= 0 && entity < count() && verb >= 0 && verb < m_verbs.size())
        m_runner(identity(entity), m_verbs.at(verb).id);
}

// ---- actions

ActionSource::ActionSource()
{
    setVerbs({{"run", "%1"}});
}

void ActionSource::setActions(const QList<Action> &actions)
{
    m_actions = actions;
    retranslate();
}

void ActionSource::retranslate()
{
    BasicSource::retranslate();
    m_texts.clear();
    m_keys.clear();
    for (const Action &action : std::as_const(m_actions)) {
        const QString text = palettetext::translated(action.text);
        m_texts.append(text);
        // The text shown first (the name), then both languages' words.
        QStringList words;
        for (const QStringList &phrase : palettetext::bothLanguagesPhrases(action.text))
            words += phrase;
        m_keys.append(protocol::foldForSearch(text) + QLatin1Char(' ') +
                      words.join(QLatin1Char(' ')));
    }
}

QStringView ActionSource::key(int entity, int *nameLength) const
{
    *nameLength = int(m_texts.at(entity).size());
    return m_keys.at(entity);
}

quint32 ActionSource::verbMask(int entity) const
{
    const Action &action = m_actions.at(entity);
    return !action.enabled || action.enabled() ? 1u : 0u;
}

QString ActionSource::detail(int entity) const
{
    const QString command =
        palettetext::translated(QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Command"));
    const QString shortcut = m_actions.at(entity).shortcut.toString(QKeySequence::NativeText);
    return shortcut.isEmpty() ? command : command + QStringLiteral(" · ") + shortcut;
}

int ActionSource::find(const QString &identity) const
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i).id == identity)
            return i;
    }
    return -1;
}

// ---- instances

InstanceSource::InstanceSource(const client::Fleet *fleet)
    : m_fleet(fleet)
{
    setVerbs({
        {"tenants", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Open the tenants of %1")},
        {"services", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Open the services of %1")},
        {"transactions",
         QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Open the transactions of %1")},
        {"health", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Show the health of %1")},
        {"test", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Test the connection to %1")},
        {"edit", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Edit the connection %1…")},
    });
}

void InstanceSource::refresh()
{
    m_ids.clear();
    m_names.clear();
    m_details.clear();
    m_keys.clear();
    m_masks.clear();
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (!instance)
            continue;
        const client::ConnectionProfile &profile = instance->profile;
        m_ids.append(id);
        m_names.append(profile.name);
        const QString host = profile.baseUrl.host();
        m_details.append(
            profile.group.isEmpty()
                ? palettetext::translated(
                      QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Instance · %1"))
                      .arg(host)
                : palettetext::translated(
                      QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Instance · %1 · %2"))
                      .arg(profile.group, host));
        m_keys.append(protocol::foldForSearch(
            QStringList{profile.name, profile.group, host, profile.backend}.join(
                QLatin1Char(' '))));
        m_masks.append(profile.isSecurityServer() ? kEveryInstance : 0b111111u);
    }
}

QStringView InstanceSource::key(int entity, int *nameLength) const
{
    *nameLength = int(m_names.at(entity).size());
    return m_keys.at(entity);
}

QString InstanceSource::identity(int entity) const
{
    return m_ids.at(entity).toString(QUuid::WithoutBraces);
}

int InstanceSource::find(const QString &identity) const
{
    return int(m_ids.indexOf(QUuid::fromString(identity)));
}

// ---- groups

GroupSource::GroupSource(const client::Fleet *fleet)
    : m_fleet(fleet)
{
    setVerbs({{"fleet",
               QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Show the group %1 in the fleet")}});
}

void GroupSource::refresh()
{
    m_groups.clear();
    m_keys.clear();
    m_sizes.clear();
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (!instance || instance->profile.group.isEmpty())
            continue;
        const qsizetype at = m_groups.indexOf(instance->profile.group);
        if (at >= 0) {
            ++m_sizes[at];
            continue;
        }
        m_groups.append(instance->profile.group);
        m_keys.append(protocol::foldForSearch(instance->profile.group));
        m_sizes.append(1);
    }
}

QStringView GroupSource::key(int entity, int *nameLength) const
{
    *nameLength = int(m_keys.at(entity).size());
    return m_keys.at(entity);
}

QString GroupSource::detail(int entity) const
{
    return QCoreApplication::translate("lgsp::ui::PaletteCommands", "Group · %n instance(s)",
                                       nullptr, m_sizes.at(entity));
}

// ---- tenants

namespace {

// Bit `first + i` for each of `actions` the row allows (never on a read-only profile).
quint32 allowedBits(bool readOnly, const QStringList &allowed, const QList<PaletteVerb> &verbs,
                    int first)
{
    quint32 mask = 0;
    if (readOnly)
        return mask;
    for (int v = first; v < verbs.size() && v < 32; ++v) {
        if (allowed.contains(verbs.at(v).id))
            mask |= 1u << v;
    }
    return mask;
}

} // namespace

template<typename Model>
int RowsSource<Model>::count() const
{
    return m_model->rowCount();
}

template<typename Model>
QString RowsSource<Model>::name(int entity) const
{
    return m_model->at(entity).item.name;
}

template<typename Model>
QString RowsSource<Model>::identity(int entity) const
{
    return m_model->index(entity, 0).data(models::IdentityRole).toString();
}

template<typename Model>
int RowsSource<Model>::find(const QString &identity) const
{
    const qsizetype slash = identity.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return -1;
    return m_model->rowOf(QUuid::fromString(identity.left(slash)), identity.mid(slash + 1));
}

template class RowsSource<models::TenantModel>;
template class RowsSource<models::ServiceModel>;

TenantSource::TenantSource(const models::TenantModel *model)
    : RowsSource(model)
{
    // The first two are always possible; the others when the server allows them.
    setVerbs({
        {"show", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Show %1 in Tenants")},
        {"transactions",
         QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Open the transactions of %1")},
        {"edit", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Edit %1…")},
        {"suspend", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Suspend %1…")},
        {"resume", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Resume %1…")},
        {"close", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Close %1…")},
    });
}

QStringView TenantSource::key(int entity, int *nameLength) const
{
    const auto &row = m_model->at(entity);
    *nameLength = int(row.item.name.size());
    return row.searchKey;
}

quint32 TenantSource::verbMask(int entity) const
{
    const auto &row = m_model->at(entity);
    return alwaysAllowed() | allowedBits(row.readOnly, row.item.allowedActions, verbs(), 2);
}

QString TenantSource::detail(int entity) const
{
    const auto &row = m_model->at(entity);
    return QStringList{models::TenantModel::kindText(row.item.kind), row.item.code,
                       row.instanceName}
        .join(QStringLiteral(" · "));
}

// ---- services

ServiceSource::ServiceSource(const models::ServiceModel *model)
    : RowsSource(model)
{
    setVerbs({
        {"show", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Show %1 in the catalog")},
        {"definition", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "View the definition of %1")},
        {"transactions",
         QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Open the transactions of %1")},
        {"compare",
         QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Compare the definition of %1…")},
        {"publish", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Publish %1…")},
        {"deprecate", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Deprecate %1…")},
        {"retire", QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Retire %1…")},
    });
}

QStringView ServiceSource::key(int entity, int *nameLength) const
{
    const auto &row = m_model->at(entity);
    *nameLength = int(row.item.name.size());
    // Without the gateway path and the id, which end the key (ServiceModel::searchKeyOf) and
    // fold to themselves (ASCII): a uuid's letters and digits would match any short word.
    qsizetype identifiers = 0;
    for (const QString *field : {&row.item.gatewayPath, &row.item.id}) {
        if (!field->isEmpty())
            identifiers += field->size() + 1;
    }
    return QStringView(row.searchKey)
        .left(std::max<qsizetype>(0, row.searchKey.size() - identifiers));
}

quint32 ServiceSource::verbMask(int entity) const
{
    const auto &row = m_model->at(entity);
    return alwaysAllowed() | allowedBits(row.readOnly, row.item.allowedActions, verbs(), 4);
}

QString ServiceSource::detail(int entity) const
{
    const auto &row = m_model->at(entity);
    return QStringList{
        palettetext::translated(QT_TRANSLATE_NOOP("lgsp::ui::PaletteCommands", "Service")),
        row.item.tenantCode + QLatin1Char('/') + row.item.code, row.instanceName}
        .join(QStringLiteral(" · "));
}

} // namespace lgsp::ui
