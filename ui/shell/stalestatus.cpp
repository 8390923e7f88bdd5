#include "ui/shell/stalestatus.h"

#include "client/fleet/fleet.h"
#include "models/common/freshness.h"
#include "ui/theme/theme.h"

#include <QEvent>

namespace lgsp::ui {

using models::Freshness;

namespace {
constexpr int kNamesShown = 3;
}

StaleStatus::StaleStatus(client::Fleet *fleet, QWidget *parent)
    : QLabel(parent)
    , m_fleet(fleet)
{
    setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("staleStatus"));
    Theme::setTone(this, Theme::Tone::Stale);
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &StaleStatus::refresh);
    m_tick.start();
    connect(fleet, &client::Fleet::instanceUpdated, this, &StaleStatus::refresh);
    connect(fleet, &client::Fleet::instanceAdded, this, &StaleStatus::refresh);
    connect(fleet, &client::Fleet::instanceRemoved, this, &StaleStatus::refresh);
    hide();
}

QStringList StaleStatus::staleInstances() const
{
    QStringList names;
    for (const QUuid &id : Freshness::pollStaleInstances(*m_fleet))
        names.append(m_fleet->instance(id)->profile.name);
    return names;
}

void StaleStatus::refresh()
{
    const QList<QUuid> stale = Freshness::pollStaleInstances(*m_fleet);
    if (stale.isEmpty()) {
        hide();
        clear();
        return;
    }
    QStringList names;
    QStringList lines{tr("Not checked as often as their poll interval says:")};
    for (const QUuid &id : stale) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        names.append(instance->profile.name);
        lines.append(tr("%1: last checked %2")
                         .arg(instance->profile.name,
                              Freshness::ageText(Freshness::ageSeconds(instance->updatedAt))));
    }
    QString shown = names.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (names.size() > kNamesShown)
        shown = tr("%1 and %n more", nullptr, int(names.size() - kNamesShown)).arg(shown);
    // A sign and words, not only the colour.
    setText(tr("⚠ Stale: %1").arg(shown));
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleName(text());
    setAccessibleDescription(toolTip());
    show();
}

void StaleStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace lgsp::ui
