#include "ui/catalog/definitionviewer.h"

#include "ui/catalog/definitionhighlighter.h"
#include "ui/common/clearbutton.h"
#include "ui/common/messages.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lgsp::ui {

DefinitionViewer::DefinitionViewer(QWidget *parent)
    : QDialog(parent)
    , m_find(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_find->setClearButtonEnabled(true);
    ClearButton::name(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(m_find->text()); });
    auto *buttons = new QDialogButtonBox(this);
    m_close = messages::addCloseButton(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    retranslate();
}

void DefinitionViewer::retranslate()
{
    m_text->setAccessibleName(tr("Service definition"));
    m_find->setPlaceholderText(tr("Find in the definition"));
    m_find->setAccessibleName(tr("Find in the definition"));
    messages::retranslateClose(m_close);
    m_status->clear(); // "Not found" was said in the language before
}

void DefinitionViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DefinitionViewer::setDefinition(const QString &title, const QByteArray &contentType,
                                     const QByteArray &text)
{
    setWindowTitle(title);
    m_text->setPlainText(QString::fromUtf8(text));
    using Language = DefinitionHighlighter::Language;
    const Language language =
        contentType.contains("xml") || text.trimmed().startsWith('<')    ? Language::Xml
        : contentType.contains("json") || text.trimmed().startsWith('{') ? Language::Json
                                                                         : Language::Yaml;
    new DefinitionHighlighter(m_text->document(), language);
}

QString DefinitionViewer::text() const
{
    return m_text->toPlainText();
}

bool DefinitionViewer::find(const QString &needle)
{
    if (needle.isEmpty())
        return false;
    if (m_text->find(needle)) {
        m_status->clear();
        return true;
    }
    // Wrap around once.
    QTextCursor start = m_text->textCursor();
    start.movePosition(QTextCursor::Start);
    m_text->setTextCursor(start);
    const bool found = m_text->find(needle);
    m_status->setText(found ? tr("Continued from the top") : tr("Not found"));
    return found;
}

} // namespace lgsp::ui
