#include "client/profiles/profilestore.h"

#include "client/logging.h"
#include "protocol/jsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace lgsp::client {

namespace {
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QByteArray document(const QList<ConnectionProfile> &profiles)
{
    QJsonArray list;
    for (const ConnectionProfile &p : profiles)
        list.append(p.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("formatVersion"), ProfileStore::kFormatVersion},
                           {QStringLiteral("profiles"), list}})
        .toJson(QJsonDocument::Indented);
}

// Parses a profile document; problems (with JSON pointers) go to *errors.
std::optional<QList<ConnectionProfile>> parse(const QByteArray &json, int *version,
                                              QStringList *errors)
{
    protocol::DecodeError parseError;
    const QJsonObject root = protocol::parseJsonObject(json, &parseError);
    if (!parseError.isNull()) {
        errors->append(parseError.toString());
        return std::nullopt;
    }
    *version = root.value(QStringLiteral("formatVersion")).toInt(-1);
    if (*version < 1) {
        errors->append(ProfileStore::tr("not a profile list (no formatVersion)"));
        return std::nullopt;
    }
    if (*version > ProfileStore::kFormatVersion) {
        errors->append(ProfileStore::tr("written by a newer version (format %1)").arg(*version));
        return std::nullopt;
    }
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    QList<ConnectionProfile> profiles;
    QList<protocol::DecodeError> problems;
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString pointer = QStringLiteral("/profiles/%1").arg(i);
        const std::optional<ConnectionProfile> p =
            ConnectionProfile::fromJson(list.at(i).toObject(), pointer, &problems);
        if (!p)
            continue;
        if (names.contains(p->name.toCaseFolded())) {
            problems.append({pointer + QStringLiteral("/name"),
                             ProfileStore::tr("duplicate name %1").arg(p->name)});
            continue;
        }
        names.insert(p->name.toCaseFolded());
        profiles.append(*p);
    }
    for (const protocol::DecodeError &e : problems)
        errors->append(e.toString());
    if (!problems.isEmpty())
        return std::nullopt;
    return profiles;
}

} // namespace

ProfileStore::ProfileStore(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString ProfileStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("profiles.json"));
}

ProfileStore::LoadResult ProfileStore::load(QString *error)
{
    m_profiles.clear();
    m_writable = true;
    QFile file(m_filePath);
    if (!file.exists())
        return LoadResult::NoFile;
    QStringList problems;
    int version = 0;
    std::optional<QList<ConnectionProfile>> profiles;
    if (!file.open(QIODevice::ReadOnly))
        problems << file.errorString();
    else if (file.size() > kMaxFileBytes)
        problems << tr("the file is larger than 16 MiB");
    else
        profiles = parse(file.readAll(), &version, &problems);
    if (profiles) {
        m_profiles = *profiles;
        return LoadResult::Loaded;
    }
    // Leave the file as it is and refuse to overwrite it: the person decides what to do.
    m_writable = false;
    const QString message =
        tr("The connection profiles in %1 could not be read and were left "
           "untouched: %2")
            .arg(QDir::toNativeSeparators(m_filePath), problems.join(QStringLiteral("; ")));
    qCWarning(lcClient).noquote() << message;
    if (error)
        *error = message;
    return version > kFormatVersion ? LoadResult::NewerVersion : LoadResult::Corrupt;
}

bool ProfileStore::save(QString *error)
{
    if (!m_writable) {
        if (error)
            *error = tr("The profile file could not be read, so it is not overwritten.");
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    if (QFile::exists(m_filePath)) {
        const QString backup = m_filePath + QStringLiteral(".bak");
        QFile::remove(backup);
        QFile::copy(m_filePath, backup);
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(document(m_profiles)) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

const ConnectionProfile *ProfileStore::find(const QUuid &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ConnectionProfile *ProfileStore::findByName(const QString &name) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool ProfileStore::upsert(const ConnectionProfile &profile, QString *error)
{
    const ConnectionProfile *sameName = findByName(profile.name);
    if (sameName && sameName->id != profile.id) {
        if (error)
            *error = tr("A profile named %1 exists already.").arg(profile.name);
        return false;
    }
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            return true;
        }
    }
    m_profiles.append(profile);
    return true;
}

bool ProfileStore::remove(const QUuid &id)
{
    return m_profiles.removeIf([&id](const ConnectionProfile &p) { return p.id == id; }) > 0;
}

QByteArray ProfileStore::exportProfiles(const QList<ConnectionProfile> &profiles)
{
    return document(profiles);
}

std::optional<QList<ConnectionProfile>> ProfileStore::importProfiles(const QByteArray &json,
                                                                     QStringList *errors)
{
    int version = 0;
    QStringList problems;
    std::optional<QList<ConnectionProfile>> profiles = parse(json, &version, &problems);
    if (errors)
        *errors = problems;
    return profiles;
}

} // namespace lgsp::client
