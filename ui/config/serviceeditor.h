#pragma once

#include "ui/config/bundleform.h"

class QComboBox;
class QListWidget;
class QPushButton;

namespace lgsp::ui {

// The form of one service of a bundle: code, name, version, provider, protocol and
// definition type, upstream URL, visibility, lifecycle status, the tenants that may call
// it (consumer access rights), SLA and the definition text.
class ServiceEditor final : public BundleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEditor)

public:
    explicit ServiceEditor(models::BundleDocument *document, QWidget *parent = nullptr);

    QListWidget *consumersList() const { return m_consumers; }

Q_SIGNALS:
    void removeRequested(const QString &servicePointer);

protected:
    void refresh() override;
    void retranslate() override;

private:
    void refreshProvider();
    void refreshConsumers();
    void consumerToggled();

    QComboBox *m_provider;
    QListWidget *m_consumers;
    QPushButton *m_remove;
};

} // namespace lgsp::ui
