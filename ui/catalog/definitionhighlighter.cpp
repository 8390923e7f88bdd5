#include "ui/catalog/definitionhighlighter.h"

#include "ui/theme/theme.h"

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
    const Theme *theme = Theme::instance();
    const QColor key = theme->color(Theme::Colour::SyntaxKey);
    const QColor string = theme->color(Theme::Colour::SyntaxString);
    const QColor number = theme->color(Theme::Colour::SyntaxNumber);
    const QColor comment = theme->color(Theme::Colour::SyntaxComment);
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
