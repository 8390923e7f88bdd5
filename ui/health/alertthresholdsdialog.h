#pragma once

#include "models/alerts/alertrules.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace lgsp::ui {

// Edits when alerts are raised: unreachable instance, error rate, p95 latency, certificate
// expiry (days, comma-separated), clock skew and the NDXP link. Zero turns a threshold off.
class AlertThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertThresholdsDialog)

public:
    explicit AlertThresholdsDialog(const models::AlertThresholds &thresholds,
                                   QWidget *parent = nullptr);
    models::AlertThresholds thresholds() const;
    // The certificate days as typed are valid (whole days from 1 to 3650).
    bool isValid() const;

private:
    void check();

    QCheckBox *m_unreachable;
    QDoubleSpinBox *m_errorRate;
    QDoubleSpinBox *m_latency;
    QLineEdit *m_certificateDays;
    QDoubleSpinBox *m_clockSkew;
    QCheckBox *m_ndxp;
    QLabel *m_problem;
    QPushButton *m_save = nullptr;
};

} // namespace lgsp::ui
