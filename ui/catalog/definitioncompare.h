#pragma once

#include "models/catalog/linediff.h"

#include <QDialog>
#include <QList>
#include <QUuid>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace lgsp::client {
class Fleet;
}

namespace lgsp::ui {

// Compares a service's definition with another's — the same service on another instance, a
// province's copy of a national service, or a file (the copy about to be published): the two
// texts side by side, aligned, each line marked as the same, changed ("~"), removed ("-") or
// added ("+") by a sign and a colour, with the next and previous change a key away; and, for
// OpenAPI and WSDL, the list of what changed in the API itself (paths, operations,
// parameters, responses, schemas added, removed or changed).
class DefinitionCompare final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionCompare)

public:
    // One side: a service of an instance, or a file when `path` is set.
    struct Side
    {
        QUuid instance;
        QString serviceId;
        QString label; // "Hộ tịch điện tử · 000.00.00.H26 · LGSP Hà Nội"
        QString path;
    };

    DefinitionCompare(client::Fleet *fleet, QWidget *parent = nullptr);

    // The service compared (left), and what it may be compared with (right, in this order;
    // the first is chosen). "A file…" is always offered after them.
    void setSides(const Side &left, const QList<Side> &candidates);
    // Compares with the candidate at `index`, or with a file.
    void chooseCandidate(int index);
    void compareWithFile(const QString &path);
    // Moves both texts to the next (or previous) change; false when there is none.
    bool goToChange(bool forward);

    bool isLoading() const { return m_waiting[0] || m_waiting[1]; }
    QString summary() const;
    QPlainTextEdit *leftText() const { return m_left; }
    QPlainTextEdit *rightText() const { return m_right; }
    QTreeWidget *structure() const { return m_structure; }
    QComboBox *candidates() const { return m_candidates; }
    const QList<models::LineDiff::Row> &rows() const { return m_rows; }

Q_SIGNALS:
    // Both definitions arrived and were compared (or one could not be read: summary() says).
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(const Side &side, bool left);
    void arrived(bool left, const QByteArray &text, const QString &error);
    void showComparison();
    void showStructure();
    void moveTo(int row);

    client::Fleet *m_fleet;
    Side m_leftSide;
    QList<Side> m_sides;
    QLabel *m_leftLabel;
    QLabel *m_leftName;
    QLabel *m_rightLabel;
    QComboBox *m_candidates;
    QPushButton *m_file;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTreeWidget *m_structure;
    QLabel *m_structureNote;
    QPushButton *m_close = nullptr;
    QByteArray m_texts[2];
    QString m_errors[2];
    bool m_waiting[2] = {false, false};
    int m_generation = 0;
    int m_loadOf[2] = {0, 0}; // the generation of the load each side waits for
    QList<models::LineDiff::Row> m_rows;
    qsizetype m_lineCounts[2] = {0, 0};
    QList<int> m_changeStarts; // rows where a run of changes begins
};

} // namespace lgsp::ui
