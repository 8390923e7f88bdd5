#pragma once

#include "ui/config/bundleform.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lgsp::ui {

// The bundle as a whole: the instance it belongs to, the revision it is based on, when it
// was exported, what it holds, and its policies (read-only: schema 1 does not apply them).
class BundleInfoEditor final : public BundleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleInfoEditor)

public:
    explicit BundleInfoEditor(models::BundleDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    void addTenantRequested();

protected:
    void refresh() override;
    void retranslate() override;

private:
    QLabel *m_revision;
    QLabel *m_exportedAt;
    QLabel *m_contents;
    QPlainTextEdit *m_policies;
    QPushButton *m_addTenant;
};

} // namespace lgsp::ui
