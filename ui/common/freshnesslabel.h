#pragma once

#include <QDateTime>
#include <QLabel>
#include <QTimer>

#include <functional>

namespace lgsp::ui {

// "Updated 12 s ago" over a panel, and its stale state: the age moves with the clock
// (models::Freshness), the data turns stale when it is older than staleAfter() or when its
// owner says why (the server's count changed, the bundle was edited). A stale panel is told
// by a sign and words as well as by colour: "⚠ Stale · Updated 16 min ago", the reasons in
// the tooltip and in the accessible description. Hidden until a first update.
class FreshnessLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreshnessLabel)

public:
    explicit FreshnessLabel(QWidget *parent = nullptr);

    // The verb before the age, translated by the owner ("Updated %1", "Compared %1"); %1 is
    // the age ("12 s ago").
    void setFormat(const QString &format);
    // When the data was read; an invalid time hides the label.
    void setUpdatedAt(const QDateTime &at);
    QDateTime updatedAt() const { return m_updatedAt; }
    // Age after which the data is stale without any other reason; 0: never by age.
    void setStaleAfter(qint64 ms)
    {
        m_staleAfterMs = ms;
        refresh();
    }
    // Asked at every refresh: why the data is stale (one reason a line), empty when nothing
    // is known to be wrong. Owners call refresh() when what it reads changes.
    void setReasonSource(std::function<QStringList()> source);
    bool isStale() const { return m_stale; }
    // Whether the first reason is written after the age, where the panel has the room
    // (otherwise the reasons are in the tooltip only).
    void setFirstReasonShown(bool shown)
    {
        m_firstReasonShown = shown;
        setWordWrap(shown);
        refresh();
    }
    // The reasons now, the age's included.
    QStringList reasons() const;
    // Reads the clock again (the label also does every 5 s).
    void refresh();

Q_SIGNALS:
    void staleChanged(bool stale);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_format;
    QDateTime m_updatedAt;
    qint64 m_staleAfterMs = 0;
    std::function<QStringList()> m_reasonSource;
    bool m_stale = false;
    bool m_firstReasonShown = false;
    QTimer m_tick;
};

} // namespace lgsp::ui
