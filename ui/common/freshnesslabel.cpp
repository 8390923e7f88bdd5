#include "ui/common/freshnesslabel.h"

#include "models/common/freshness.h"
#include "ui/theme/theme.h"

#include <QEvent>
#include <QLocale>

#include <utility>

namespace lgsp::ui {

using models::Freshness;

FreshnessLabel::FreshnessLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("freshness"));
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &FreshnessLabel::refresh);
    hide();
}

void FreshnessLabel::setFormat(const QString &format)
{
    m_format = format;
    refresh();
}

void FreshnessLabel::setUpdatedAt(const QDateTime &at)
{
    m_updatedAt = at;
    if (at.isValid())
        m_tick.start();
    else
        m_tick.stop();
    refresh();
}

void FreshnessLabel::setReasonSource(std::function<QStringList()> source)
{
    m_reasonSource = std::move(source);
    refresh();
}

QStringList FreshnessLabel::reasons() const
{
    QStringList all = m_reasonSource ? m_reasonSource() : QStringList();
    const qint64 age = Freshness::ageSeconds(m_updatedAt);
    if (m_staleAfterMs > 0 && age * 1000 > m_staleAfterMs)
        all.prepend(tr("Read more than %n minute(s) ago: the server may have changed since.",
                       nullptr, int(m_staleAfterMs / 60000)));
    return all;
}

void FreshnessLabel::refresh()
{
    if (!m_updatedAt.isValid()) {
        setVisible(false);
        clear();
        if (m_stale) {
            m_stale = false;
            Theme::setTone(this, Theme::Tone::Normal);
            Q_EMIT staleChanged(false);
        }
        return;
    }
    const QStringList why = reasons();
    const bool stale = !why.isEmpty();
    const QString format = m_format.isEmpty() ? tr("Updated %1") : m_format;
    const QString age = format.arg(Freshness::ageText(Freshness::ageSeconds(m_updatedAt)));
    // The sign and the word say it without colour; the colour repeats it.
    QString shown = stale ? tr("⚠ Stale · %1").arg(age) : age;
    if (stale && m_firstReasonShown)
        shown = tr("%1 — %2").arg(shown, why.constFirst());
    setText(shown);
    if (stale != m_stale)
        Theme::setTone(this, stale ? Theme::Tone::Stale : Theme::Tone::Normal);
    const QString at = QLocale().toString(m_updatedAt.toLocalTime(), QLocale::ShortFormat);
    const QString detail =
        why.isEmpty() ? tr("Read at %1.").arg(at)
                      : tr("Read at %1.").arg(at) + QLatin1Char('\n') + why.join(QLatin1Char('\n'));
    setToolTip(detail);
    setAccessibleName(text());
    setAccessibleDescription(detail);
    setVisible(true);
    if (stale != m_stale) {
        m_stale = stale;
        Q_EMIT staleChanged(stale);
    }
}

void FreshnessLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace lgsp::ui
