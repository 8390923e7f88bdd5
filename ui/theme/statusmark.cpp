#include "ui/theme/statusmark.h"

#include "ui/theme/theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace lgsp::ui::statusmark {

namespace {

enum class Shape { Disc, Triangle, Square, Ring };

Shape shapeOf(const QString &status)
{
    if (status == QLatin1String("ok"))
        return Shape::Disc;
    if (status == QLatin1String("warn"))
        return Shape::Triangle;
    if (status == QLatin1String("fail") || status == QLatin1String("unreachable"))
        return Shape::Square;
    return Shape::Ring;
}

// Lives as long as the application, so the pixmaps go before the application does.
class IconCache final : public QObject
{
public:
    static QHash<QString, QIcon> &icons()
    {
        if (!s_instance)
            s_instance = new IconCache(QCoreApplication::instance());
        return s_instance->m_icons;
    }
    ~IconCache() override { s_instance = nullptr; }

private:
    using QObject::QObject;
    static inline IconCache *s_instance = nullptr;
    QHash<QString, QIcon> m_icons;
};

} // namespace

QColor colour(const QString &status)
{
    using C = Theme::Colour;
    switch (shapeOf(status)) {
    case Shape::Disc:
        return Theme::instance()->color(C::StatusOk);
    case Shape::Triangle:
        return Theme::instance()->color(C::StatusWarning);
    case Shape::Square:
        return Theme::instance()->color(C::StatusFailed);
    case Shape::Ring:
        break;
    }
    return Theme::instance()->color(C::StatusUnknown);
}

void paint(QPainter *painter, const QRectF &rect, const QString &status)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = colour(status);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    switch (shapeOf(status)) {
    case Shape::Disc:
        painter->drawEllipse(rect);
        break;
    case Shape::Triangle:
        painter->drawPolygon(QPolygonF(
            {QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()}));
        break;
    case Shape::Square:
        painter->drawRect(rect.adjusted(rect.width() * 0.08, rect.height() * 0.08,
                                        -rect.width() * 0.08, -rect.height() * 0.08));
        break;
    case Shape::Ring: {
        const qreal width = std::max<qreal>(1.5, rect.width() / 5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(c, width));
        painter->drawEllipse(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2));
        break;
    }
    }
    painter->restore();
}

QIcon icon(const QString &status, int size)
{
    // One icon per shape, size and colour, kept: a new icon for every row painted gave the
    // style a new cache entry each time (its key is the icon's), and a console watching 100
    // instances grew by 2 MiB a minute (bench_fleet's soak, heaptrack).
    const QColor c = status.isEmpty() ? QColor(Qt::transparent) : colour(status);
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(status.isEmpty() ? -1 : int(shapeOf(status)))
                            .arg(size)
                            .arg(c.rgba());
    QHash<QString, QIcon> &cache = IconCache::icons();
    const auto found = cache.constFind(key);
    if (found != cache.cend())
        return *found;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (!status.isEmpty()) {
        QPainter painter(&pixmap);
        paint(&painter, QRectF(1, 1, size - 2, size - 2), status);
    }
    const QIcon made(pixmap);
    cache.insert(key, made);
    return made;
}

} // namespace lgsp::ui::statusmark
