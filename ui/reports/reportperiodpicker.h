#pragma once

#include "models/reports/reportperiod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace lgsp::ui {

// Chooses a report's period from one list — the months (the last two years), the quarters,
// the years, and "Days…" with a first and a last date — written as the interface language
// writes them.
class ReportPeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPeriodPicker)

public:
    explicit ReportPeriodPicker(QWidget *parent = nullptr);

    models::ReportPeriod period() const;
    void setPeriod(const models::ReportPeriod &period);
    // The list of periods, for a label's buddy.
    QComboBox *choice() const { return m_choice; }

Q_SIGNALS:
    void periodChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateVisibility();

    QLabel *m_label; // beside its combo box: a screen reader finds a label among siblings only
    QComboBox *m_choice;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace lgsp::ui
