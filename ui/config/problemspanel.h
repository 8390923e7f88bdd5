#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace lgsp::models {
class BundleDocument;
}

namespace lgsp::ui {

// Every error and warning of the bundle with where it is ("Tenant Sở Tư pháp › E-mail")
// and what is wrong; activating one asks the page to select that field.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(models::BundleDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // A readable location of a pointer in the document.
    // A field of a tenant or service in words ("timeoutMs" → "timeout").
    static QString fieldText(const QString &field);
    static QString locationText(const models::BundleDocument *document, const QString &pointer);

Q_SIGNALS:
    void problemActivated(const QString &pointer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    models::BundleDocument *m_document;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace lgsp::ui
