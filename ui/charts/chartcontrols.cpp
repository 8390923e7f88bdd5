#include "ui/charts/chartcontrols.h"

#include "client/fleet/fleet.h"
#include "ui/common/fieldlabel.h"
#include "ui/theme/theme.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace lgsp::ui {

namespace {

constexpr int kMaxInstances = 8;

} // namespace

ChartControls::ChartControls(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_window(models::ChartWindow::preset(models::ChartWindow::FiveMinutes))
    , m_instanceButton(new QToolButton(this))
    , m_instanceMenu(new QMenu(this))
    , m_scope(new QComboBox(this))
    , m_windowBox(new QComboBox(this))
    , m_refresh(new QComboBox(this))
    , m_scopeLabel(makeFieldLabel(m_scope))
    , m_windowLabel(makeFieldLabel(m_windowBox))
    , m_refreshLabel(makeFieldLabel(m_refresh))
    , m_resetZoom(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_instanceButton->setMenu(m_instanceMenu);
    m_instanceButton->setPopupMode(QToolButton::InstantPopup);
    m_instanceButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Service names are long: the list is as wide as it needs, the box is not.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(18);
    m_scope->setMaxVisibleItems(20);
    // The live entry's text changes with the source ("every 10 s, as Prometheus scrapes").
    m_refresh->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *exportMenu = new QMenu(this);
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_status->setTextFormat(Qt::RichText);
    // A long detail must not widen the window: it is elided by the label's width.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(160);
    layout->addWidget(m_instanceButton);
    layout->addSpacing(6);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_scope);
    layout->addSpacing(6);
    layout->addWidget(m_windowLabel);
    layout->addWidget(m_windowBox);
    layout->addSpacing(6);
    layout->addWidget(m_refreshLabel);
    layout->addWidget(m_refresh);
    layout->addWidget(m_resetZoom);
    layout->addWidget(m_export);
    layout->addStretch(1); // the status label is placed by the page (statusLabel())

    connect(m_instanceMenu, &QMenu::aboutToShow, this, &ChartControls::rebuildInstanceMenu);
    connect(m_scope, &QComboBox::activated, this, [this] {
        m_pendingScope.clear(); // the person's choice
        Q_EMIT scopeChanged();
    });
    connect(m_windowBox, &QComboBox::activated, this, [this](int index) {
        const auto kind = models::ChartWindow::Kind(m_windowBox->itemData(index).toInt());
        if (kind == models::ChartWindow::Custom) {
            chooseCustomRange();
            return;
        }
        m_window = models::ChartWindow::preset(kind);
        Q_EMIT windowChanged();
    });
    connect(m_refresh, &QComboBox::activated, this, &ChartControls::refreshChanged);
    connect(m_resetZoom, &QToolButton::clicked, this, &ChartControls::resetZoomRequested);
    exportMenu->addAction(QString(), this, &ChartControls::exportImageRequested);
    exportMenu->addAction(QString(), this, &ChartControls::exportCsvRequested);
    // The fleet's instances come and go: the selection follows.
    connect(m_fleet, &client::Fleet::instanceRemoved, this, [this](const QUuid &id) {
        if (m_selected.removeAll(id) > 0) {
            updateInstanceButton();
            Q_EMIT instancesChanged();
        }
    });
    connect(Theme::instance(), &Theme::changed, this,
            [this] { setStatus(m_statusValue, m_statusDetail); });
    retranslate();
}

void ChartControls::setInstances(const QList<QUuid> &ids)
{
    m_selected = ids.mid(0, kMaxInstances);
    updateInstanceButton();
    Q_EMIT instancesChanged();
}

void ChartControls::rebuildInstanceMenu()
{
    m_instanceMenu->clear();
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (!instance)
            continue;
        QAction *action = m_instanceMenu->addAction(instance->profile.name);
        action->setCheckable(true);
        action->setChecked(m_selected.contains(id));
        action->setEnabled(action->isChecked() || m_selected.size() < kMaxInstances);
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            if (on && !m_selected.contains(id) && m_selected.size() < kMaxInstances)
                m_selected.append(id);
            else if (!on && m_selected.size() > 1)
                m_selected.removeAll(id);
            updateInstanceButton();
            Q_EMIT instancesChanged();
        });
    }
    if (m_instanceMenu->isEmpty())
        m_instanceMenu->addAction(tr("No instance connected"))->setEnabled(false);
}

namespace {

// A tool button that opens its menu at once draws the menu arrow over the end of its text
// (Fusion, Windows): widen it by the arrow.
void makeRoomForArrow(QToolButton *button)
{
    button->setMinimumWidth(0);
    button->setMinimumWidth(
        button->sizeHint().width() +
        button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button));
}

} // namespace

void ChartControls::updateInstanceButton()
{
    if (m_selected.size() == 1) {
        const client::Fleet::Instance *instance = m_fleet->instance(m_selected.first());
        m_instanceButton->setText(instance ? instance->profile.name : tr("Instance"));
    } else if (m_selected.isEmpty()) {
        m_instanceButton->setText(tr("Choose instances"));
    } else {
        m_instanceButton->setText(tr("%n instance(s) compared", nullptr, int(m_selected.size())));
    }
    makeRoomForArrow(m_instanceButton);
    // A tenant or service is a part of one instance: compared instances are shown whole.
    m_scope->setEnabled(m_selected.size() == 1);
    if (m_selected.size() != 1)
        m_scope->setCurrentIndex(0);
}

void ChartControls::setScopeChoices(const QList<QPair<QString, QString>> &tenants,
                                    const QList<QPair<QString, QString>> &services)
{
    const QString current = m_scope->currentData().toString();
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    if (!tenants.isEmpty())
        m_scope->insertSeparator(m_scope->count());
    for (const auto &[code, name] : tenants)
        m_scope->addItem(tr("Tenant: %1").arg(name), QString(QStringLiteral("t:") + code));
    if (!services.isEmpty())
        m_scope->insertSeparator(m_scope->count());
    for (const auto &[id, name] : services)
        m_scope->addItem(tr("Service: %1").arg(name), QString(QStringLiteral("s:") + id));
    m_scope->view()->setMinimumWidth(m_scope->view()->sizeHintForColumn(0) + 32);
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(std::max(0, index));
    const int pending = m_pendingScope.isEmpty() ? -1 : m_scope->findData(m_pendingScope);
    if (pending >= 0) {
        m_pendingScope.clear();
        m_scope->setCurrentIndex(pending);
        Q_EMIT scopeChanged();
    }
}

void ChartControls::setScopeWhenListed(const QString &tenant, const QString &service)
{
    m_pendingScope.clear();
    if (setScope(tenant, service))
        return;
    m_pendingScope =
        !tenant.isEmpty() ? QStringLiteral("t:") + tenant : QStringLiteral("s:") + service;
}

QString ChartControls::tenant() const
{
    const QString chosen = m_scope->currentData().toString();
    return chosen.startsWith(QLatin1String("t:")) ? chosen.mid(2) : QString();
}

QString ChartControls::service() const
{
    const QString chosen = m_scope->currentData().toString();
    return chosen.startsWith(QLatin1String("s:")) ? chosen.mid(2) : QString();
}

bool ChartControls::setScope(const QString &tenant, const QString &service)
{
    const QString wanted = !tenant.isEmpty()    ? QStringLiteral("t:") + tenant
                           : !service.isEmpty() ? QStringLiteral("s:") + service
                                                : QString();
    const int index = wanted.isEmpty() ? 0 : m_scope->findData(wanted);
    if (index < 0)
        return false;
    m_scope->setCurrentIndex(index);
    Q_EMIT scopeChanged();
    return true;
}

int ChartControls::scopeChoiceCount() const
{
    return m_scope->count();
}

void ChartControls::setWindow(const models::ChartWindow &window)
{
    const bool changed = window.kind != m_window.kind || window.seconds != m_window.seconds ||
                         window.step != m_window.step || window.customTo != m_window.customTo;
    m_window = window;
    m_windowBox->setCurrentIndex(std::max(0, m_windowBox->findData(int(window.kind))));
    if (changed)
        Q_EMIT windowChanged();
}

void ChartControls::setLivePeriod(qint64 seconds, bool scraped)
{
    seconds = std::max<qint64>(1, seconds);
    if (seconds == m_livePeriod && scraped == m_liveScraped)
        return;
    m_livePeriod = seconds;
    m_liveScraped = scraped;
    const int live = m_refresh->findData(int(Refresh::Live));
    if (live >= 0)
        m_refresh->setItemText(live, liveText());
}

QString ChartControls::liveText() const
{
    if (m_livePeriod <= 1)
        return tr("Live (every second)");
    return m_liveScraped
               ? tr("Live (every %n s, as Prometheus scrapes)", nullptr, int(m_livePeriod))
               : tr("Live (every %n s)", nullptr, int(m_livePeriod));
}

ChartControls::Refresh ChartControls::refresh() const
{
    return Refresh(m_refresh->currentData().toInt());
}

void ChartControls::setRefresh(Refresh refresh)
{
    m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(int(refresh))));
}

void ChartControls::chooseCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom range"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateTimeEdit(&dialog);
    auto *to = new QDateTimeEdit(&dialog);
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        edit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    }
    const QDateTime now = QDateTime::currentDateTime();
    from->setDateTime(now.addSecs(-3 * 3600));
    to->setDateTime(now);
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto *buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(tr("Show"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || from->dateTime() >= to->dateTime()) {
        setWindow(m_window); // back to what was shown
        return;
    }
    m_window = models::ChartWindow::custom(from->dateTime().toSecsSinceEpoch(),
                                           to->dateTime().toSecsSinceEpoch());
    Q_EMIT windowChanged();
}

void ChartControls::setStatus(Status status, const QString &detail)
{
    m_statusValue = status;
    m_statusDetail = detail;
    using C = Theme::Colour;
    C colour = C::MutedText;
    QString text;
    switch (status) {
    case Status::Idle:
        break;
    case Status::Loading:
        colour = C::MutedText;
        text = tr("Loading history…");
        break;
    case Status::Live:
        colour = C::OkText;
        text = tr("Live");
        break;
    case Status::Reconnecting:
        colour = C::WarningText;
        text = tr("Reconnecting…");
        break;
    case Status::Paused:
        colour = C::MutedText;
        text = tr("Paused");
        break;
    case Status::Offline:
        colour = C::ErrorText;
        text = tr("Not connected");
        break;
    case Status::FixedRange:
        colour = C::MutedText;
        text = tr("Fixed range (not updated)");
        break;
    case Status::NoSource:
        colour = C::MutedText;
        text = tr("No metrics source");
        break;
    }
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    m_status->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                          .arg(Theme::instance()->color(colour).name(), text.toHtmlEscaped()));
    m_status->setToolTip(text);
    m_status->setAccessibleName(text);
}

QString ChartControls::statusText() const
{
    return m_status->accessibleName();
}

void ChartControls::retranslate()
{
    updateInstanceButton();
    m_instanceButton->setAccessibleName(tr("Instances shown"));
    m_instanceButton->setToolTip(tr("Choose the instances to chart; several are compared"));
    if (m_scope->count() == 0)
        m_scope->addItem(QString(), QString());
    m_scope->setItemText(0, tr("Whole instance"));
    m_scope->setAccessibleName(tr("Part of the instance"));
    m_scopeLabel->setText(tr("Scope:"));
    m_windowLabel->setText(tr("Window:"));
    m_refreshLabel->setText(tr("Refresh:"));
    m_windowBox->clear();
    for (const models::ChartWindow::Kind kind : models::ChartWindow::presets())
        m_windowBox->addItem(models::ChartWindow::name(kind), int(kind));
    m_windowBox->addItem(models::ChartWindow::name(models::ChartWindow::Custom),
                         int(models::ChartWindow::Custom));
    m_windowBox->setCurrentIndex(std::max(0, m_windowBox->findData(int(m_window.kind))));
    m_windowBox->setAccessibleName(tr("Time window"));
    const int refresh = m_refresh->currentIndex();
    m_refresh->clear();
    m_refresh->addItem(liveText(), int(Refresh::Live));
    m_refresh->addItem(tr("Every 5 seconds"), int(Refresh::Every5s));
    m_refresh->addItem(tr("Every 30 seconds"), int(Refresh::Every30s));
    m_refresh->addItem(tr("Paused"), int(Refresh::Paused));
    m_refresh->setCurrentIndex(std::max(0, refresh));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Drag across a chart to zoom in; right-click or this button to "
                               "see the whole window again"));
    m_export->setText(tr("Export"));
    makeRoomForArrow(m_export);
    const QList<QAction *> actions = m_export->menu()->actions();
    actions.at(0)->setText(tr("Charts as PNG image…"));
    actions.at(1)->setText(tr("Data as CSV…"));
    setStatus(m_statusValue, m_statusDetail);
}

void ChartControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgsp::ui
