#include "ui/config/syncpanel.h"

#include "client/fleet/fleet.h"
#include "models/common/freshness.h"
#include "models/config/basestore.h"
#include "models/config/bundledocument.h"
#include "ui/common/freshnesslabel.h"
#include "ui/common/messages.h"
#include "ui/common/noticebar.h"
#include "ui/config/problemspanel.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

constexpr int kPointerRole = Qt::UserRole + 1;
// Set on a cell shown in the theme's error colour, so a theme change can recolour it.
constexpr int kErrorToneRole = Qt::UserRole + 2;

QString kindText(const QString &kind)
{
    return kind == QLatin1String("tenant") ? SyncPanel::tr("Tenant") : SyncPanel::tr("Service");
}

// The server's "add", "change" and "remove", in words.
QString opText(const QString &op)
{
    if (op == QLatin1String("add"))
        return models::BundleDiff::opText(models::BundleDiff::Op::Add);
    if (op == QLatin1String("remove"))
        return models::BundleDiff::opText(models::BundleDiff::Op::Remove);
    return models::BundleDiff::opText(models::BundleDiff::Op::Change);
}

} // namespace

SyncPanel::SyncPanel(client::Fleet *fleet, models::BundleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_document(document)
    , m_bases(std::make_unique<models::BaseStore>(
          QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("config-bases"))))
    , m_sync(new models::BundleSync(fleet, document, m_bases.get(), this))
    , m_controls(new QWidget(parent))
    , m_instanceLabel(new QLabel(m_controls))
    , m_instance(new QComboBox(m_controls))
    , m_export(new QPushButton(m_controls))
    , m_compare(new QPushButton(m_controls))
    , m_dryRun(new QPushButton(m_controls))
    , m_apply(new QPushButton(m_controls))
    , m_status(new QLabel(m_controls))
    , m_notice(new NoticeBar(this))
    , m_freshness(new FreshnessLabel(this))
    , m_results(new QTreeWidget(this))
{
    auto *row = new QHBoxLayout(m_controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_instanceLabel);
    m_instance->setMinimumWidth(220);
    m_instanceLabel->setBuddy(m_instance);
    row->addWidget(m_instance);
    row->addWidget(m_export);
    row->addWidget(m_compare);
    row->addWidget(m_dryRun);
    row->addWidget(m_apply);
    row->addWidget(m_status, 1);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_freshness);
    layout->addWidget(m_results, 1);
    m_freshness->setStaleAfter(models::Freshness::kSnapshotStaleAfterMs);
    m_freshness->setFirstReasonShown(true);
    m_freshness->setReasonSource([this] {
        return m_editedSinceCompare
                   ? QStringList{tr("The bundle has been edited since this comparison: compare "
                                    "again to see what applying would change.")}
                   : QStringList();
    });
    m_results->setColumnCount(4);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);

    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_document->isModified() &&
            !messages::confirm(this, tr("Export from instance"),
                               tr("The bundle open now has unsaved changes. Replace it with the "
                                  "configuration of %1?")
                                   .arg(instanceName(currentInstance())),
                               tr("Replace")))
            return;
        m_sync->exportFrom(currentInstance());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] { m_sync->compare(currentInstance()); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { m_sync->dryRun(currentInstance()); });
    connect(Theme::instance(), &Theme::changed, this, [this] {
        for (QTreeWidgetItemIterator it(m_results); *it; ++it) {
            if ((*it)->data(1, kErrorToneRole).toBool())
                (*it)->setForeground(1, Theme::instance()->color(Theme::Colour::ErrorText));
        }
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const qint64 base = m_document->value(QStringLiteral("/revision")).toInteger();
        if (messages::confirm(
                this, tr("Apply the bundle"),
                tr("Apply the bundle to %1? The instance's tenants and services become the "
                   "bundle's; those it leaves out are closed or retired. It is all or nothing, "
                   "and refused if the instance changed since revision %2.")
                    .arg(instanceName(currentInstance()))
                    .arg(base),
                tr("Apply")))
            applyNow();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString pointer = item->data(0, kPointerRole).toString();
        if (!pointer.isNull())
            Q_EMIT fieldRequested(pointer);
    });
    connect(m_results, &QTreeWidget::itemClicked, m_results, &QTreeWidget::itemActivated);
    connect(m_notice, &NoticeBar::primaryClicked, this, [this] {
        // After a conflict: compare again; after a compare: take the live revision as base.
        if (m_last && m_last->step == models::BundleSync::Step::Compare)
            m_sync->rebase(m_last->liveRevision);
        else
            m_sync->compare(currentInstance());
        m_notice->hide();
    });
    connect(m_sync, &models::BundleSync::started, this, &SyncPanel::onStarted);
    connect(m_sync, &models::BundleSync::finished, this, &SyncPanel::onFinished);
    connect(m_instance, &QComboBox::currentIndexChanged, this, &SyncPanel::updateButtons);
    connect(m_document, &models::BundleDocument::changed, this, &SyncPanel::updateButtons);
    connect(m_document, &models::BundleDocument::changed, this, [this] {
        if (m_freshness->updatedAt().isValid() && !m_editedSinceCompare) {
            m_editedSinceCompare = true;
            m_freshness->refresh();
        }
    });
    if (m_fleet) {
        connect(m_fleet, &client::Fleet::instanceAdded, this, &SyncPanel::rebuildInstances);
        connect(m_fleet, &client::Fleet::instanceRemoved, this, &SyncPanel::rebuildInstances);
        connect(m_fleet, &client::Fleet::instanceUpdated, this, &SyncPanel::updateButtons);
    }
    rebuildInstances();
    retranslate();
}

// The page that owns the document disconnects it before its children go.
SyncPanel::~SyncPanel() = default;

void SyncPanel::setBaseStore(const QString &directory)
{
    m_bases = std::make_unique<models::BaseStore>(directory);
    m_sync->setBaseStore(m_bases.get());
}

QUuid SyncPanel::currentInstance() const
{
    return m_instance->currentData().toUuid();
}

QString SyncPanel::statusText() const
{
    return m_status->text();
}

QString SyncPanel::instanceName(const QUuid &id) const
{
    const client::Fleet::Instance *instance = m_fleet ? m_fleet->instance(id) : nullptr;
    return instance ? instance->profile.name : QString();
}

void SyncPanel::rebuildInstances()
{
    const QUuid current = currentInstance();
    const QSignalBlocker blocker(m_instance);
    m_instance->clear();
    if (m_fleet) {
        for (const QUuid &id : m_fleet->ids())
            m_instance->addItem(instanceName(id), id);
    }
    const int index = m_instance->findData(current);
    m_instance->setCurrentIndex(index >= 0 ? index : 0);
    updateButtons();
}

void SyncPanel::updateButtons()
{
    const QUuid id = currentInstance();
    const bool connected = !id.isNull() && !m_sync->isBusy();
    const bool open = m_document->isOpen();
    m_instance->setEnabled(m_instance->count() > 0 && !m_sync->isBusy());
    const bool bundles = m_sync->supportsBundles(id);
    m_export->setEnabled(connected && bundles);
    m_compare->setEnabled(connected && open && bundles);
    m_dryRun->setEnabled(connected && open && bundles);
    const bool writable = m_sync->canApply(id);
    m_apply->setEnabled(connected && open && writable && bundles && m_document->errorCount() == 0);
    const QString noBundles =
        tr("%1 runs on WSO2 API Manager, which has no configuration bundles: its configuration "
           "cannot be exported, compared or applied from here.")
            .arg(instanceName(id));
    const bool unsupported = !id.isNull() && !bundles;
    m_export->setToolTip(
        unsupported ? noBundles : tr("Start a new bundle from the instance's configuration now"));
    m_compare->setToolTip(unsupported ? noBundles
                                      : tr("What applying would change, and what changed on the "
                                           "server since the bundle's base revision"));
    m_dryRun->setToolTip(unsupported ? noBundles
                                     : tr("Let the server check the bundle and list its changes, "
                                          "without changing anything"));
    if (!id.isNull() && !bundles)
        m_apply->setToolTip(noBundles);
    else if (!id.isNull() && !writable)
        m_apply->setToolTip(
            tr("%1 is a read-only profile: it cannot apply configurations.").arg(instanceName(id)));
    else if (open && m_document->errorCount() > 0)
        m_apply->setToolTip(tr("Fix the bundle's errors first (see Problems)."));
    else
        m_apply->setToolTip(tr("Apply the bundle to the instance, all or nothing"));
    if (m_instance->count() == 0)
        m_status->setText(tr("Connect an instance to compare or apply (the editor works "
                             "without one)."));
}

void SyncPanel::applyNow()
{
    m_sync->apply(currentInstance());
}

void SyncPanel::onStarted(models::BundleSync::Step step, const QUuid &instance)
{
    const QString name = instanceName(instance);
    switch (step) {
    case models::BundleSync::Step::Export:
        m_status->setText(tr("Exporting the configuration of %1…").arg(name));
        break;
    case models::BundleSync::Step::Compare:
        m_status->setText(tr("Comparing with %1…").arg(name));
        break;
    case models::BundleSync::Step::DryRun:
        m_status->setText(tr("Dry run on %1…").arg(name));
        break;
    case models::BundleSync::Step::Apply:
        m_status->setText(tr("Applying to %1…").arg(name));
        break;
    }
    updateButtons();
}

QTreeWidgetItem *SyncPanel::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_results);
    item->setText(0, title);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void SyncPanel::addChanges(QTreeWidgetItem *parent,
                           const QList<models::BundleDiff::ItemChange> &changes, bool liveToBundle)
{
    for (const auto &change : changes) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, kindText(change.kind) + QStringLiteral(" ") +
                             (change.name.isEmpty() ? change.id : change.name));
        item->setToolTip(0, change.id);
        item->setText(1, models::BundleDiff::opText(change.op));
        if (liveToBundle && !change.pointerInTo.isEmpty())
            item->setData(0, kPointerRole, change.pointerInTo);
        for (const auto &field : change.fields) {
            auto *row = new QTreeWidgetItem(item);
            row->setText(0, ProblemsPanel::fieldText(field.field.section(QLatin1Char('/'), -1)));
            row->setToolTip(0, field.field);
            row->setText(2, models::BundleDiff::valueText(field.before));
            row->setText(3, models::BundleDiff::valueText(field.after));
            if (liveToBundle && !change.pointerInTo.isEmpty())
                row->setData(0, kPointerRole,
                             QString(change.pointerInTo + QLatin1Char('/') + field.field));
        }
        item->setExpanded(change.fields.size() <= 6);
    }
}

void SyncPanel::onFinished(const models::BundleSync::Outcome &outcome)
{
    m_last = outcome;
    updateButtons();
    m_notice->hide();
    if (!m_replaying) {
        // Only a comparison is dated: the other steps' results are what happened then.
        const bool compared = outcome.ok() && outcome.step == models::BundleSync::Step::Compare;
        m_editedSinceCompare = false;
        m_freshness->setUpdatedAt(compared ? models::Freshness::now() : QDateTime());
    }
    const QString name = instanceName(outcome.instance);
    if (!outcome.ok()) {
        m_status->setText(QString());
        m_results->clear();
        if (outcome.conflict()) {
            m_notice->showNotice(
                NoticeBar::Kind::Error,
                tr("Not applied: %1 changed since revision %2, the bundle's base. Nothing was "
                   "changed. Compare again to see what changed on the server.")
                        .arg(name)
                        .arg(outcome.baseRevision) +
                    QStringLiteral("\n") + outcome.error.message(),
                tr("Compare again"));
        } else {
            m_notice->showNotice(NoticeBar::Kind::Error, outcome.error.message());
        }
        if (!m_replaying)
            Q_EMIT resultsShown();
        return;
    }
    switch (outcome.step) {
    case models::BundleSync::Step::Export:
        m_results->clear();
        m_status->setText(tr("Exported %1 at revision %2: a new bundle, not saved yet.")
                              .arg(name)
                              .arg(outcome.liveRevision));
        return;
    case models::BundleSync::Step::Compare:
        showCompare(outcome);
        break;
    case models::BundleSync::Step::DryRun:
        showDryRun(outcome);
        break;
    case models::BundleSync::Step::Apply:
        showApply(outcome);
        break;
    }
    if (!m_replaying)
        Q_EMIT resultsShown();
}

void SyncPanel::showCompare(const models::BundleSync::Outcome &outcome)
{
    m_results->clear();
    m_results->setHeaderLabels(
        {tr("Item"), tr("Change"), tr("On the instance"), tr("In the bundle")});
    const QString name = instanceName(outcome.instance);
    QTreeWidgetItem *mine = section(tr("Applying the bundle to %1 would change %n item(s)", nullptr,
                                       int(outcome.changes.size()))
                                        .arg(name));
    addChanges(mine, outcome.changes, true);
    if (outcome.otherInstance) {
        section(tr("The bundle was exported from another instance: what changed on %1 since "
                   "its revision %2 cannot be told.")
                    .arg(name)
                    .arg(outcome.baseRevision));
    } else if (outcome.baseRevision == outcome.liveRevision) {
        section(tr("Nothing changed on %1 since revision %2, the bundle's base.")
                    .arg(name)
                    .arg(outcome.baseRevision));
    } else if (outcome.driftKnown) {
        QTreeWidgetItem *drift =
            section(tr("Changed on %1 since revision %2 (now revision %3): %n item(s)", nullptr,
                       int(outcome.drift.size()))
                        .arg(name)
                        .arg(outcome.baseRevision)
                        .arg(outcome.liveRevision));
        addChanges(drift, outcome.drift, false);
    } else {
        section(tr("%1 is at revision %2 and the bundle is based on revision %3; this console "
                   "has no copy of revision %3, so it cannot tell what changed in between.")
                    .arg(name)
                    .arg(outcome.liveRevision)
                    .arg(outcome.baseRevision));
    }
    m_results->resizeColumnToContents(0);
    m_status->setText(tr("%1 at revision %2, compared.").arg(name).arg(outcome.liveRevision));
    if (outcome.baseRevision != outcome.liveRevision) {
        QString text = tr("The bundle is based on revision %1; %2 is at revision %3. Applying it "
                          "would be refused until you take revision %3 as its base, after "
                          "reviewing what changed.")
                           .arg(outcome.baseRevision)
                           .arg(name)
                           .arg(outcome.liveRevision);
        if (!outcome.conflicts.isEmpty())
            text += QLatin1Char(' ') + tr("Changed both in the bundle and on the server: %1.")
                                           .arg(outcome.conflicts.join(QStringLiteral(", ")));
        m_notice->showNotice(NoticeBar::Kind::Warning, text,
                             tr("Take revision %1 as base").arg(outcome.liveRevision));
    }
}

void SyncPanel::showDryRun(const models::BundleSync::Outcome &outcome)
{
    m_results->clear();
    m_results->setHeaderLabels({tr("Item"), tr("Change"), tr("Fields"), QString()});
    const QString name = instanceName(outcome.instance);
    if (!outcome.valid) {
        QTreeWidgetItem *errors = section(
            tr("%1 would refuse the bundle: %n error(s)", nullptr, int(outcome.serverErrors.size()))
                .arg(name));
        for (const auto &error : outcome.serverErrors) {
            auto *item = new QTreeWidgetItem(errors);
            item->setText(0, ProblemsPanel::locationText(m_document, error.field));
            item->setToolTip(0, error.field);
            item->setText(1, tr("Error"));
            item->setData(1, kErrorToneRole, true);
            item->setForeground(1, Theme::instance()->color(Theme::Colour::ErrorText));
            item->setText(2, error.message);
            item->setData(0, kPointerRole, error.field);
        }
        m_status->setText(tr("Dry run: refused; nothing was changed."));
    } else {
        QTreeWidgetItem *changes =
            section(tr("%1 accepts the bundle; applying it would make %n change(s)", nullptr,
                       int(outcome.serverChanges.size()))
                        .arg(name));
        for (const auto &change : outcome.serverChanges) {
            auto *item = new QTreeWidgetItem(changes);
            item->setText(0, kindText(change.kind) + QLatin1Char(' ') + change.id);
            item->setText(1, opText(change.op));
            item->setText(2, change.fields.join(QStringLiteral(", ")));
        }
        m_status->setText(
            tr("Dry run: accepted at revision %1; nothing was changed.").arg(outcome.liveRevision));
    }
    m_results->resizeColumnToContents(0);
}

void SyncPanel::showApply(const models::BundleSync::Outcome &outcome)
{
    m_results->clear();
    m_results->setHeaderLabels({tr("Item"), tr("Change"), tr("Fields"), QString()});
    const QString name = instanceName(outcome.instance);
    QTreeWidgetItem *done = section(
        tr("Applied to %1: %n change(s)", nullptr, int(outcome.serverChanges.size())).arg(name));
    for (const auto &change : outcome.serverChanges) {
        auto *item = new QTreeWidgetItem(done);
        item->setText(0, kindText(change.kind) + QLatin1Char(' ') + change.id);
        item->setText(1, opText(change.op));
        item->setText(2, change.fields.join(QStringLiteral(", ")));
    }
    m_results->resizeColumnToContents(0);
    const QString text = tr("Applied to %1: now at revision %2 (audit correlation id %3). The "
                            "bundle's base is now revision %2; save it to keep that.")
                             .arg(name)
                             .arg(outcome.newRevision)
                             .arg(outcome.correlationId);
    m_status->setText(tr("Applied: revision %1.").arg(outcome.newRevision));
    m_notice->showNotice(NoticeBar::Kind::Info, text);
}

void SyncPanel::retranslate()
{
    m_instanceLabel->setText(tr("Instance:"));
    m_instance->setAccessibleName(tr("Instance to compare with"));
    m_export->setText(tr("Export from instance"));
    m_compare->setText(tr("Compare"));
    m_dryRun->setText(tr("Dry run"));
    m_apply->setText(tr("Apply…"));
    m_freshness->setFormat(tr("Compared %1"));
    m_results->setHeaderLabels(
        {tr("Item"), tr("Change"), tr("On the instance"), tr("In the bundle")});
    updateButtons();
    // The results shown are written again in the new language.
    if (m_last && !m_sync->isBusy()) {
        const bool noticeShown = m_notice->isVisible();
        m_replaying = true;
        onFinished(*m_last);
        m_replaying = false;
        m_notice->setVisible(noticeShown && m_notice->isVisible());
    }
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgsp::ui
