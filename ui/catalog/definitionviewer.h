#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lgsp::ui {

// A read-only viewer of a service's OpenAPI (YAML/JSON) or WSDL (XML) definition with syntax
// highlighting and a find box.
class DefinitionViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionViewer)

public:
    explicit DefinitionViewer(QWidget *parent = nullptr);

    void setDefinition(const QString &title, const QByteArray &contentType, const QByteArray &text);
    QString text() const;
    // Selects the next occurrence of `needle`; false when there is none.
    bool find(const QString &needle);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_find;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    QPushButton *m_close;
};

} // namespace lgsp::ui
