#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace lgsp::models {
class BundleDocument;
}

namespace lgsp::ui {

// A form over one item of a configuration bundle (the bundle, a tenant, a service). Each
// field is bound to a JSON pointer below the item: typing edits the document (one undo
// step per field), and the field follows the document on undo and redo. Under every
// field, its problems as they are found (errors in red, advice in amber).
class BundleForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleForm)

public:
    using TextFn = std::function<QString()>;
    using ValueTextFn = std::function<QString(const QString &)>;

    BundleForm(models::BundleDocument *document, QWidget *parent = nullptr);

    // The item edited, e.g. "/tenants/2".
    void setBase(const QString &pointer);
    QString base() const { return m_base; }
    // Focuses the field of `pointer` (or the nearest one above it); false when none.
    bool focusField(const QString &pointer);
    // The editor of a field (for tests and accessibility checks).
    QWidget *editorOf(const QString &relative) const;
    // The problem text shown under a field; empty when there is none.
    QString messageOf(const QString &relative) const;

protected:
    QLineEdit *addText(const QString &relative, TextFn label);
    QComboBox *addChoice(const QString &relative, TextFn label, const QStringList &values,
                         ValueTextFn valueText);
    QSpinBox *addInteger(const QString &relative, TextFn label, int minimum, int maximum,
                         TextFn suffix = {});
    QPlainTextEdit *addLongText(const QString &relative, TextFn label);
    // A widget the subclass binds itself (refresh() is called on every change). A relative
    // pointer starting with '#' names a field that is not in the document (no problems).
    void addCustom(const QString &relative, TextFn label, QWidget *editor);
    void addSection(TextFn title);

    models::BundleDocument *document() const { return m_document; }
    QVBoxLayout *outerLayout() const { return m_outer; }
    QString pointerOf(const QString &relative) const;
    // `typing`: merges with the previous edit of the same field into one undo step.
    void edit(const QString &relative, const QJsonValue &value, const QString &label,
              bool typing = true);
    // Called after the document changed: subclasses update their own widgets.
    virtual void refresh();
    virtual void retranslate();
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Text, Choice, Integer, LongText, Custom, Section };
    struct Field
    {
        Kind kind = Kind::Text;
        QString relative;
        TextFn label;
        QWidget *editor = nullptr;
        QLabel *labelWidget = nullptr;
        QLabel *message = nullptr;
        QStringList values;
        ValueTextFn valueText;
        TextFn suffix;
    };
    Field &add(Kind kind, const QString &relative, TextFn label, QWidget *editor);
    void refreshField(Field &field);
    void onDocumentChanged();

    models::BundleDocument *m_document;
    QVBoxLayout *m_outer;
    QFormLayout *m_form;
    QString m_base;
    QList<Field> m_fields;
};

} // namespace lgsp::ui
