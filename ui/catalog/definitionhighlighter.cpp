#include "ui/catalog/definitionhighlighter.h"

namespace lgsp::ui {

namespace {

QTextCharFormat colour(const QColor &c, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(c);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

} // namespace

DefinitionHighlighter::DefinitionHighlighter(QTextDocument *document, Language language)
    : QSyntaxHighlighter(document)
{
    const QColor key(0x1d, 0x4e, 0xd8);
    const QColor string(0x15, 0x80, 0x3d);
    const QColor number(0xb4, 0x53, 0x09);
    const QColor comment(0x6b, 0x72, 0x80);
    switch (language) {
    case Language::Yaml:
        m_rules = {
            {QRegularExpression(QStringLiteral("^\\s*-?\\s*[\\w$./{}-]+(?=\\s*:)")),
             colour(key, true)},
            {QRegularExpression(QStringLiteral("\"[^\"]*\"|'[^']*'")), colour(string)},
            {QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), colour(number)},
            {QRegularExpression(QStringLiteral("(^|\\s)#.*$")), colour(comment)},
        };
        break;
    case Language::Json:
        m_rules = {
            {QRegularExpression(QStringLiteral("\"[^\"]*\"")), colour(string)},
            {QRegularExpression(QStringLiteral("\"[^\"]*\"(?=\\s*:)")), colour(key, true)},
            {QRegularExpression(QStringLiteral("\\b(-?\\d+(\\.\\d+)?|true|false|null)\\b")),
             colour(number)},
        };
        break;
    case Language::Xml:
        m_rules = {
            {QRegularExpression(QStringLiteral("</?[\\w:.-]+|/?>")), colour(key, true)},
            {QRegularExpression(QStringLiteral("[\\w:.-]+(?==)")), colour(number)},
            {QRegularExpression(QStringLiteral("\"[^\"]*\"")), colour(string)},
            {QRegularExpression(QStringLiteral("<!--.*-->")), colour(comment)},
        };
        break;
    }
}

void DefinitionHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}

} // namespace lgsp::ui
