#pragma once

#include "ui/palette/palettesearch.h"

#include <QAbstractListModel>
#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace lgsp::ui {

// The results of a search, one row each: the command's text, and the kind, code and
// instance as the detail (also read by screen readers with the text).
class PaletteResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteResultsModel)

public:
    enum Role { DetailRole = Qt::UserRole + 1, IdRole };
    using QAbstractListModel::QAbstractListModel;

    void setResults(const QList<PaletteResult> &results);
    const PaletteResult *resultAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<PaletteResult> m_results;
};

// One box that finds any page, action, instance, group, tenant or service and does it:
// type (without diacritics, in English or Vietnamese), move with the arrow keys, Enter runs,
// Escape closes. Opens over the top of its window; the search runs on every keystroke.
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(PaletteSearch *search, QWidget *window);

    // Shows the palette over the window, empty, with the recent commands and the actions.
    void popUp();
    // Runs the search again (the sources changed while it is open), keeping the choice.
    void refresh();
    // Searches again soon: for sources that grow while the palette is open (a catalog
    // loading), at most a few times a second.
    void refreshSoon();
    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    PaletteResultsModel *results() const { return m_results; }
    // The line under the list: how many commands match (what a screen reader announces).
    QString countLine() const;

Q_SIGNALS:
    // A result was chosen (Enter or a click); the palette has closed.
    void chosen(const lgsp::ui::PaletteResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void moveCurrent(int delta);
    void runCurrent();
    void announceCurrent();
    void retranslate();
    void place();

    PaletteSearch *m_search;
    QLineEdit *m_input;
    QListView *m_list;
    QLabel *m_count;
    QLabel *m_hint;
    PaletteResultsModel *m_results;
    QTimer *m_refreshTimer;
};

} // namespace lgsp::ui
