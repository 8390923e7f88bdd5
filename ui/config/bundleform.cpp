#include "ui/config/bundleform.h"

#include "models/config/bundledocument.h"
#include "models/config/jsonpointer.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lgsp::ui {

BundleForm::BundleForm(models::BundleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_outer(new QVBoxLayout(this))
    , m_form(new QFormLayout)
{
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_outer->addLayout(m_form);
    connect(document, &models::BundleDocument::changed, this, &BundleForm::onDocumentChanged);
    connect(document, &models::BundleDocument::problemsChanged, this,
            &BundleForm::onDocumentChanged);
}

void BundleForm::setBase(const QString &pointer)
{
    m_base = pointer;
    refresh();
}

QString BundleForm::pointerOf(const QString &relative) const
{
    return m_base + relative;
}

bool BundleForm::focusField(const QString &pointer)
{
    Field *best = nullptr;
    for (Field &field : m_fields) {
        if (field.kind == Kind::Section || !field.editor)
            continue;
        if (models::jsonpointer::isWithin(pointer, pointerOf(field.relative)) &&
            (!best || field.relative.size() > best->relative.size()))
            best = &field;
    }
    if (!best)
        return false;
    best->editor->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(best->editor))
        line->selectAll();
    return true;
}

QWidget *BundleForm::editorOf(const QString &relative) const
{
    for (const Field &field : m_fields) {
        if (field.relative == relative)
            return field.editor;
    }
    return nullptr;
}

QString BundleForm::messageOf(const QString &relative) const
{
    for (const Field &field : m_fields) {
        if (field.relative == relative && field.message && !field.message->isHidden())
            return field.message->text();
    }
    return {};
}

BundleForm::Field &BundleForm::add(Kind kind, const QString &relative, TextFn label,
                                   QWidget *editor)
{
    Field field;
    field.kind = kind;
    field.relative = relative;
    field.label = std::move(label);
    field.editor = editor;
    if (kind == Kind::Section) {
        field.labelWidget = new QLabel(this);
        QFont font = field.labelWidget->font();
        font.setBold(true);
        field.labelWidget->setFont(font);
        field.labelWidget->setContentsMargins(0, 8, 0, 0);
        m_form->addRow(field.labelWidget);
    } else {
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        field.message = new QLabel(cell);
        field.message->setWordWrap(true);
        field.message->hide();
        column->addWidget(field.message);
        field.labelWidget = new QLabel(this);
        field.labelWidget->setBuddy(editor);
        m_form->addRow(field.labelWidget, cell);
    }
    // The document's undo is the only one: the editors' own undo would change a field
    // behind the document's back.
    if (editor)
        editor->installEventFilter(this);
    m_fields.append(field);
    Field &added = m_fields.last();
    added.labelWidget->setText(added.label());
    if (added.editor)
        added.editor->setAccessibleName(added.label());
    return added;
}

QLineEdit *BundleForm::addText(const QString &relative, TextFn label)
{
    auto *line = new QLineEdit(this);
    Field &field = add(Kind::Text, relative, std::move(label), line);
    const TextFn labelFn = field.label;
    connect(line, &QLineEdit::textEdited, this,
            [this, relative, labelFn](const QString &text) { edit(relative, text, labelFn()); });
    return line;
}

QComboBox *BundleForm::addChoice(const QString &relative, TextFn label, const QStringList &values,
                                 ValueTextFn valueText)
{
    auto *combo = new QComboBox(this);
    for (const QString &value : values)
        combo->addItem(valueText(value), value);
    Field &field = add(Kind::Choice, relative, std::move(label), combo);
    field.values = values;
    field.valueText = std::move(valueText);
    const TextFn labelFn = field.label;
    connect(combo, &QComboBox::activated, this, [this, combo, relative, labelFn](int index) {
        const QVariant value = combo->itemData(index);
        if (value.isValid())
            edit(relative, value.toString(), labelFn(), false);
    });
    return combo;
}

QSpinBox *BundleForm::addInteger(const QString &relative, TextFn label, int minimum, int maximum,
                                 TextFn suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    Field &field = add(Kind::Integer, relative, std::move(label), spin);
    field.suffix = std::move(suffix);
    if (field.suffix)
        spin->setSuffix(field.suffix());
    const TextFn labelFn = field.label;
    connect(spin, &QSpinBox::valueChanged, this,
            [this, relative, labelFn](int value) { edit(relative, value, labelFn()); });
    return spin;
}

QPlainTextEdit *BundleForm::addLongText(const QString &relative, TextFn label)
{
    auto *text = new QPlainTextEdit(this);
    text->setTabChangesFocus(true);
    text->setMinimumHeight(120);
    Field &field = add(Kind::LongText, relative, std::move(label), text);
    const TextFn labelFn = field.label;
    connect(text, &QPlainTextEdit::textChanged, this,
            [this, text, relative, labelFn] { edit(relative, text->toPlainText(), labelFn()); });
    return text;
}

void BundleForm::addCustom(const QString &relative, TextFn label, QWidget *editor)
{
    add(Kind::Custom, relative, std::move(label), editor);
}

void BundleForm::addSection(TextFn title)
{
    add(Kind::Section, QString(), std::move(title), nullptr);
}

void BundleForm::edit(const QString &relative, const QJsonValue &value, const QString &label,
                      bool typing)
{
    if (m_base.isNull() || !m_document->isOpen())
        return;
    m_document->setValue(pointerOf(relative), value, tr("Edit %1").arg(label), typing);
}

void BundleForm::onDocumentChanged()
{
    if (!m_base.isNull() && m_document->isOpen())
        refresh();
}

void BundleForm::refresh()
{
    for (Field &field : m_fields)
        refreshField(field);
}

void BundleForm::refreshField(Field &field)
{
    if (field.kind == Kind::Section || field.relative.startsWith(QLatin1Char('#')))
        return;
    const QJsonValue value = m_document->value(pointerOf(field.relative));
    switch (field.kind) {
    case Kind::Text: {
        auto *line = static_cast<QLineEdit *>(field.editor);
        const QString text = value.isString() ? value.toString() : value.toVariant().toString();
        if (line->text() != text) {
            const QSignalBlocker blocker(line);
            line->setText(text);
        }
        break;
    }
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(field.editor);
        const QSignalBlocker blocker(combo);
        int index = combo->findData(value.toString());
        if (index < 0) {
            // A value the form does not offer (the document is wrong): show it as it is.
            combo->addItem(value.toString(), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Kind::Integer: {
        auto *spin = static_cast<QSpinBox *>(field.editor);
        if (value.isDouble() && spin->value() != value.toInt()) {
            const QSignalBlocker blocker(spin);
            spin->setValue(value.toInt());
        }
        break;
    }
    case Kind::LongText: {
        auto *text = static_cast<QPlainTextEdit *>(field.editor);
        if (text->toPlainText() != value.toString()) {
            const QSignalBlocker blocker(text);
            text->setPlainText(value.toString());
        }
        break;
    }
    case Kind::Custom:
    case Kind::Section:
        break;
    }
    const auto problems = m_document->problemsAt(pointerOf(field.relative), true);
    QStringList lines;
    bool error = false;
    for (const auto &problem : problems) {
        lines.append(problem.message);
        error = error || problem.isError();
    }
    field.message->setText(lines.join(QLatin1Char('\n')));
    Theme::setTone(field.message, error ? Theme::Tone::Error : Theme::Tone::Warning);
    field.message->setVisible(!lines.isEmpty());
    field.editor->setAccessibleDescription(lines.join(QLatin1Char(' ')));
}

void BundleForm::retranslate()
{
    for (Field &field : m_fields) {
        field.labelWidget->setText(field.label());
        if (field.editor)
            field.editor->setAccessibleName(field.label());
        if (field.kind == Kind::Choice) {
            auto *combo = static_cast<QComboBox *>(field.editor);
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, field.valueText(combo->itemData(i).toString()));
        }
        if (field.kind == Kind::Integer) {
            auto *spin = static_cast<QSpinBox *>(field.editor);
            spin->setLocale(QLocale()); // digit grouping of the language now chosen
            if (field.suffix)
                spin->setSuffix(field.suffix());
        }
    }
}

bool BundleForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepted as an override: the page's Undo and Redo shortcuts get the keys.
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BundleForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgsp::ui
