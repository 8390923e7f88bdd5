#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace lgsp::ui::statusmark {

// An instance's status ("ok", "warn", "fail", "unreachable", anything else: not known yet)
// as a mark told apart by its shape as well as its colour, so it reads in high contrast, in
// greyscale and for colour-blind officers: a disc for ok, a triangle for a warning, a
// square for a failure, a ring when not known. The colours come from the theme in force.
QColor colour(const QString &status);
void paint(QPainter *painter, const QRectF &rect, const QString &status);
// The mark as an icon, the same icon for the same mark, size and colour; an empty status
// gives a blank icon of that size.
QIcon icon(const QString &status, int size = 12);

} // namespace lgsp::ui::statusmark
