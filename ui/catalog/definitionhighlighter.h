#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace lgsp::ui {

// Colours keys, strings, numbers and comments of YAML and JSON, and tags, attributes and
// comments of XML (WSDL). Line by line, no parsing: a viewer, not an editor.
class DefinitionHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionHighlighter)

public:
    enum class Language { Yaml, Json, Xml };

    DefinitionHighlighter(QTextDocument *document, Language language);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};

} // namespace lgsp::ui
