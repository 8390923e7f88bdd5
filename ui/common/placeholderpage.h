#pragma once

#include "ui/common/emptystate.h"

#include <QWidget>

namespace lgsp::ui {

// Base of a page whose feature is not built yet: it shows an EmptyState that says what the
// page will hold and how to get there. Subclasses fill the texts in retranslate().
class PlaceholderPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    explicit PlaceholderPage(const QString &iconPath, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    // The empty state's button: "Try the local sandbox".
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    // Called on construction (by the subclass) and on every language change.
    virtual void retranslate() = 0;

private:
    EmptyState *m_empty = nullptr;
};

} // namespace lgsp::ui
