#include "models/config/bundlerecovery.h"

#include "models/config/bundledocument.h"
#include "models/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace lgsp::models {

namespace {

const QString kDocument = QStringLiteral("document");
const QString kFilePath = QStringLiteral("filePath");
const QString kSavedAt = QStringLiteral("savedAt");
const QString kFormat = QStringLiteral("format");
const QString kFormatName = QStringLiteral("lgsp-console-bundle-recovery-1");

} // namespace

BundleRecovery::BundleRecovery(BundleDocument *document, QString recoveryPath, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_path(std::move(recoveryPath))
{
    m_timer.setInterval(kDefaultInterval);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BundleRecovery::writeNow);
    connect(document, &BundleDocument::changed, this, &BundleRecovery::onChanged);
    connect(document, &BundleDocument::modifiedChanged, this, &BundleRecovery::onModifiedChanged);
}

std::optional<BundleRecovery::Pending> BundleRecovery::pending(const QString &recoveryPath)
{
    QFile file(recoveryPath);
    if (!file.exists() || file.size() > 128LL * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(kFormat).toString() != kFormatName || !root.value(kDocument).isObject()) {
        qCWarning(lcModels) << "recovery file not readable, left alone:" << recoveryPath;
        return std::nullopt;
    }
    return Pending{root.value(kDocument).toObject(), root.value(kFilePath).toString(),
                   QDateTime::fromString(root.value(kSavedAt).toString(), Qt::ISODate)};
}

void BundleRecovery::discard()
{
    m_timer.stop();
    m_dirty = false;
    m_owned = false;
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        qCWarning(lcModels) << "cannot remove recovery file" << m_path;
}

bool BundleRecovery::writeNow()
{
    m_timer.stop();
    if (!m_document->isModified()) {
        if (m_owned)
            discard();
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QJsonObject root{
        {kFormat, kFormatName},
        {kFilePath, m_document->filePath()},
        {kSavedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {kDocument, m_document->document()},
    };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcModels) << "cannot write recovery file" << m_path << file.errorString();
        return false;
    }
    m_dirty = false;
    m_owned = true;
    Q_EMIT written(m_path);
    return true;
}

void BundleRecovery::onChanged()
{
    if (!m_document->isModified())
        return;
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void BundleRecovery::onModifiedChanged(bool modified)
{
    // A file this run did not write is a previous run's work, kept until the user decides.
    if (!modified && m_owned)
        discard();
    else if (!modified)
        m_timer.stop();
    else
        onChanged();
}

} // namespace lgsp::models
