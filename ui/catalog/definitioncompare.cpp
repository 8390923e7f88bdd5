#include "ui/catalog/definitioncompare.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/catalog/definitionstructure.h"
#include "ui/common/messages.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::DefinitionStructure;
using models::LineDiff;
using Kind = LineDiff::Row::Kind;

namespace {

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

// Translucent, so they read on light and dark backgrounds alike; the sign in front of each
// line says the same without colour.
QColor background(Kind kind, bool filler)
{
    const Theme *theme = Theme::instance();
    if (filler)
        return theme->color(Theme::Colour::DiffFiller);
    switch (kind) {
    case Kind::Changed:
        return theme->color(Theme::Colour::DiffChanged);
    case Kind::Removed:
        return theme->color(Theme::Colour::DiffRemoved);
    case Kind::Added:
        return theme->color(Theme::Colour::DiffAdded);
    case Kind::Same:
        break;
    }
    return {};
}

QString marker(Kind kind)
{
    switch (kind) {
    case Kind::Changed:
        return QStringLiteral("~ ");
    case Kind::Removed:
        return QStringLiteral("- ");
    case Kind::Added:
        return QStringLiteral("+ ");
    case Kind::Same:
        break;
    }
    return QStringLiteral("  ");
}

QStringList linesOf(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QPlainTextEdit *makeText(QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return text;
}

} // namespace

DefinitionCompare::DefinitionCompare(client::Fleet *fleet, QWidget *parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_leftLabel(new QLabel(this))
    , m_leftName(new QLabel(this))
    , m_rightLabel(new QLabel(this))
    , m_candidates(new QComboBox(this))
    , m_file(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_left(makeText(this))
    , m_right(makeText(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_structure(new QTreeWidget(this))
    , m_structureNote(new QLabel(this))
{
    m_leftName->setTextFormat(Qt::PlainText);
    m_leftName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rightLabel->setBuddy(m_candidates);
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidates->setMinimumContentsLength(40);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_structureNote->setWordWrap(true);
    m_structureNote->setTextFormat(Qt::PlainText);
    m_structure->setColumnCount(4);
    m_structure->setRootIsDecorated(false);
    m_structure->setUniformRowHeights(true);
    m_structure->setAlternatingRowColors(true);
    m_structure->header()->setStretchLastSection(true);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));

    auto *sides = new QGridLayout;
    sides->addWidget(m_leftLabel, 0, 0);
    sides->addWidget(m_leftName, 0, 1, 1, 2);
    sides->addWidget(m_rightLabel, 1, 0);
    sides->addWidget(m_candidates, 1, 1);
    sides->addWidget(m_file, 1, 2);
    sides->setColumnStretch(1, 1);

    auto *texts = new QWidget(this);
    auto *splitter = new QSplitter(texts);
    splitter->addWidget(m_left);
    splitter->addWidget(m_right);
    auto *moves = new QHBoxLayout;
    moves->addStretch(1);
    moves->addWidget(m_previous);
    moves->addWidget(m_next);
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->addLayout(moves);
    textsLayout->addWidget(splitter, 1);
    auto *structure = new QWidget(this);
    auto *structureLayout = new QVBoxLayout(structure);
    structureLayout->addWidget(m_structureNote);
    structureLayout->addWidget(m_structure, 1);
    m_tabs->addTab(texts, QString());
    m_tabs->addTab(structure, QString());

    auto *buttons = new QDialogButtonBox(this);
    m_close = messages::addCloseButton(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // The two texts have as many lines: they scroll together.
    for (const auto &[from, to] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        QPlainTextEdit *target = to;
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, target->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged,
                target->horizontalScrollBar(), &QScrollBar::setValue);
    }
    connect(m_candidates, &QComboBox::activated, this, &DefinitionCompare::chooseCandidate);
    connect(m_file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, m_file->text(), QString(),
            tr("Definitions (*.yaml *.yml *.json *.wsdl *.xml);;All files (*)"));
        if (!path.isEmpty())
            compareWithFile(path);
    });
    connect(m_next, &QPushButton::clicked, this, [this] { goToChange(true); });
    connect(m_previous, &QPushButton::clicked, this, [this] { goToChange(false); });
    retranslate();
    resize(1200, 760);
}

void DefinitionCompare::setSides(const Side &left, const QList<Side> &candidates)
{
    m_leftSide = left;
    m_sides = candidates;
    m_leftName->setText(left.label);
    m_candidates->clear();
    for (const Side &side : candidates)
        m_candidates->addItem(side.label);
    m_candidates->setEnabled(!candidates.isEmpty());
    load(left, true);
    if (!candidates.isEmpty())
        chooseCandidate(0);
    else
        m_summary->setText(tr("No other service has a definition to compare with: choose a "
                              "file."));
}

void DefinitionCompare::chooseCandidate(int index)
{
    if (index < 0 || index >= m_sides.size())
        return;
    m_candidates->setCurrentIndex(index);
    load(m_sides.at(index), false);
}

void DefinitionCompare::compareWithFile(const QString &path)
{
    Side side;
    side.path = path;
    side.label = QDir::toNativeSeparators(path);
    if (m_candidates->findText(side.label) < 0)
        m_candidates->addItem(side.label);
    m_sides.append(side);
    m_candidates->setCurrentIndex(m_candidates->count() - 1);
    load(side, false);
}

void DefinitionCompare::load(const Side &side, bool left)
{
    const int slot = left ? 0 : 1;
    m_texts[slot].clear();
    m_errors[slot].clear();
    m_waiting[slot] = true;
    m_summary->setText(tr("Reading the definitions…"));
    const int generation = ++m_generation;
    m_loadOf[slot] = generation;
    if (!side.path.isEmpty()) {
        QFile file(side.path);
        QString error;
        QByteArray text;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else if (file.size() > kMaxFileBytes)
            error = tr("The file is larger than %1 MiB.").arg(kMaxFileBytes / (1024 * 1024));
        else
            text = file.readAll();
        arrived(left, text, error);
        return;
    }
    client::Connection *connection = m_fleet->connection(side.instance);
    if (!connection) {
        arrived(left, {}, tr("The instance is no longer connected."));
        return;
    }
    connection->backend()->serviceDefinition(
        side.serviceId, this,
        [this, left, slot, generation](const client::Result<client::ServiceDefinition> &result) {
            if (m_loadOf[slot] != generation)
                return; // another choice was made meanwhile
            arrived(left, result.value.text, result.ok() ? QString() : result.error.message());
        });
}

void DefinitionCompare::arrived(bool left, const QByteArray &text, const QString &error)
{
    const int slot = left ? 0 : 1;
    m_texts[slot] = text;
    m_errors[slot] = error;
    m_waiting[slot] = false;
    if (!isLoading())
        showComparison();
}

void DefinitionCompare::showComparison()
{
    const QStringList left = linesOf(m_texts[0]);
    const QStringList right = linesOf(m_texts[1]);
    m_rows = LineDiff::compare(left, right);
    m_lineCounts[0] = left.size();
    m_lineCounts[1] = right.size();
    m_changeStarts.clear();
    QStringList leftShown;
    QStringList rightShown;
    leftShown.reserve(m_rows.size());
    rightShown.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const LineDiff::Row &row = m_rows.at(i);
        if (row.kind != Kind::Same && (i == 0 || m_rows.at(i - 1).kind == Kind::Same))
            m_changeStarts.append(int(i));
        leftShown.append(row.left >= 0 ? marker(row.kind) + left.at(row.left) : QString());
        rightShown.append(row.right >= 0 ? marker(row.kind) + right.at(row.right) : QString());
    }
    m_left->setPlainText(leftShown.join(QLatin1Char('\n')));
    m_right->setPlainText(rightShown.join(QLatin1Char('\n')));
    for (QPlainTextEdit *edit : {m_left, m_right}) {
        const bool isLeft = edit == m_left;
        QList<QTextEdit::ExtraSelection> marks;
        QTextBlock block = edit->document()->firstBlock();
        for (const LineDiff::Row &row : std::as_const(m_rows)) {
            if (row.kind != Kind::Same) {
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(block);
                mark.format.setBackground(
                    background(row.kind, (isLeft ? row.left : row.right) < 0));
                mark.format.setProperty(QTextFormat::FullWidthSelection, true);
                marks.append(mark);
            }
            block = block.next();
        }
        edit->setExtraSelections(marks);
    }
    showStructure();
    m_summary->setText(summary());
    m_next->setEnabled(!m_changeStarts.isEmpty());
    m_previous->setEnabled(!m_changeStarts.isEmpty());
    if (!m_changeStarts.isEmpty())
        moveTo(m_changeStarts.constFirst());
    Q_EMIT compared();
}

void DefinitionCompare::showStructure()
{
    m_structure->clear();
    if (!m_errors[0].isEmpty() || !m_errors[1].isEmpty()) {
        m_structureNote->setText(tr("One of the definitions could not be read."));
        m_structureNote->show();
        return;
    }
    const DefinitionStructure::Result result = DefinitionStructure::compare(m_texts[0], m_texts[1]);
    for (const DefinitionStructure::Entry &entry : result.entries) {
        const QString sign =
            entry.change == DefinitionStructure::Change::Added     ? QStringLiteral("+ ")
            : entry.change == DefinitionStructure::Change::Removed ? QStringLiteral("− ")
                                                                   : QStringLiteral("~ ");
        auto *item =
            new QTreeWidgetItem(m_structure, {sign + DefinitionStructure::changeText(entry.change),
                                              entry.what, entry.where, entry.detail});
        item->setToolTip(3, entry.detail);
    }
    for (int c = 0; c < 3; ++c)
        m_structure->resizeColumnToContents(c);
    const QString format = result.format == DefinitionStructure::Format::Wsdl
                               ? QStringLiteral("WSDL")
                               : QStringLiteral("OpenAPI");
    if (!result.error.isEmpty())
        m_structureNote->setText(result.error);
    else if (result.entries.isEmpty())
        m_structureNote->setText(tr("No difference in the %1 structure (paths, operations, "
                                    "parameters, responses, schemas).")
                                     .arg(format));
    else
        m_structureNote->setText(
            tr("%n difference(s) in the %1 structure:", nullptr, int(result.entries.size()))
                .arg(format));
    m_structureNote->show();
}

QString DefinitionCompare::summary() const
{
    if (isLoading())
        return tr("Reading the definitions…");
    for (int slot : {0, 1}) {
        if (!m_errors[slot].isEmpty())
            return (slot == 0 ? tr("The left definition cannot be read: %1")
                              : tr("The right definition cannot be read: %1"))
                .arg(m_errors[slot]);
    }
    const LineDiff::Counts counts = LineDiff::count(m_rows);
    if (counts.identical())
        return tr("The two definitions are the same.");
    return tr("%1 changed, %2 removed, %3 added (of %4 lines on the left and %5 on the right).")
        .arg(tr("%n line(s)", nullptr, counts.changed))
        .arg(tr("%n line(s)", nullptr, counts.removed))
        .arg(tr("%n line(s)", nullptr, counts.added))
        .arg(m_lineCounts[0])
        .arg(m_lineCounts[1]);
}

bool DefinitionCompare::goToChange(bool forward)
{
    if (m_changeStarts.isEmpty())
        return false;
    const int current = m_left->textCursor().blockNumber();
    int target = -1;
    if (forward) {
        for (int start : std::as_const(m_changeStarts)) {
            if (start > current) {
                target = start;
                break;
            }
        }
    } else {
        for (auto it = m_changeStarts.crbegin(); it != m_changeStarts.crend(); ++it) {
            if (*it < current) {
                target = *it;
                break;
            }
        }
    }
    if (target < 0)
        return false;
    moveTo(target);
    return true;
}

void DefinitionCompare::moveTo(int row)
{
    for (QPlainTextEdit *edit : {m_left, m_right}) {
        edit->setTextCursor(QTextCursor(edit->document()->findBlockByNumber(row)));
        edit->centerCursor();
    }
}

void DefinitionCompare::retranslate()
{
    setWindowTitle(tr("Compare definitions"));
    messages::retranslateClose(m_close);
    m_leftLabel->setText(tr("Left:"));
    m_rightLabel->setText(tr("&Compare with:"));
    m_file->setText(tr("A file…"));
    m_file->setToolTip(tr("Compare with an OpenAPI or WSDL file on this computer"));
    m_previous->setText(tr("Previous change"));
    m_previous->setToolTip(tr("Shift+F8"));
    m_next->setText(tr("Next change"));
    m_next->setToolTip(tr("F8"));
    m_tabs->setTabText(0, tr("Side by side"));
    m_tabs->setTabText(1, tr("What changed in the API"));
    m_left->setAccessibleName(tr("Left definition"));
    m_right->setAccessibleName(tr("Right definition"));
    m_structure->setAccessibleName(tr("What changed in the API"));
    m_structure->setHeaderLabels({tr("Change"), tr("What"), tr("Where"), tr("Detail")});
    if (!isLoading() && !m_rows.isEmpty()) {
        showStructure();
        m_summary->setText(summary());
    }
}

void DefinitionCompare::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lgsp::ui
