#include "ui/health/alertthresholdsdialog.h"
#include "ui/theme/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace lgsp::ui {

namespace {

QDoubleSpinBox *spin(QWidget *parent, double max, int decimals, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

} // namespace

AlertThresholdsDialog::AlertThresholdsDialog(const models::AlertThresholds &t, QWidget *parent)
    : QDialog(parent)
    , m_unreachable(new QCheckBox(tr("When an instance cannot be reached"), this))
    , m_errorRate(spin(this, 100, 1, QStringLiteral(" %")))
    , m_latency(spin(this, 600000, 0, QStringLiteral(" ms")))
    , m_certificateDays(new QLineEdit(this))
    , m_clockSkew(spin(this, 86400, 1, QStringLiteral(" s")))
    , m_ndxp(new QCheckBox(tr("When the link to NDXP fails"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Alert thresholds"));
    m_unreachable->setChecked(t.unreachable);
    m_errorRate->setValue(t.errorRatePercent);
    m_latency->setValue(t.p95LatencyMs);
    QStringList days;
    for (const int d : t.certificateDays)
        days << QString::number(d);
    m_certificateDays->setText(days.join(QStringLiteral(", ")));
    m_clockSkew->setValue(t.clockSkewSeconds);
    m_ndxp->setChecked(t.ndxpLink);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(m_unreachable);
    form->addRow(tr("Error rate above (0: off)"), m_errorRate);
    form->addRow(tr("p95 latency above (0: off)"), m_latency);
    form->addRow(tr("Certificate expires within (days)"), m_certificateDays);
    form->addRow(tr("Clock skew above (0: off)"), m_clockSkew);
    form->addRow(m_ndxp);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    m_errorRate->setAccessibleName(tr("Error rate above (0: off)"));
    m_latency->setAccessibleName(tr("p95 latency above (0: off)"));
    m_certificateDays->setAccessibleName(tr("Certificate expires within (days)"));
    m_clockSkew->setAccessibleName(tr("Clock skew above (0: off)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_certificateDays, &QLineEdit::textChanged, this, &AlertThresholdsDialog::check);
    check();
}

bool AlertThresholdsDialog::isValid() const
{
    for (const QString &part :
         m_certificateDays->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < 1 || d > 3650)
            return false;
    }
    return true;
}

void AlertThresholdsDialog::check()
{
    const bool valid = isValid();
    m_problem->setText(valid ? QString()
                             : tr("Write whole days from 1 to 3650, separated by commas "
                                  "(for example 30, 14, 7)."));
    m_problem->setVisible(!valid);
    m_save->setEnabled(valid);
}

models::AlertThresholds AlertThresholdsDialog::thresholds() const
{
    models::AlertThresholds t;
    t.unreachable = m_unreachable->isChecked();
    t.errorRatePercent = m_errorRate->value();
    t.p95LatencyMs = m_latency->value();
    t.clockSkewSeconds = m_clockSkew->value();
    t.ndxpLink = m_ndxp->isChecked();
    t.certificateDays.clear();
    for (const QString &part :
         m_certificateDays->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.certificateDays.append(part.trimmed().toInt());
    std::sort(t.certificateDays.begin(), t.certificateDays.end(), std::greater<int>());
    return t;
}

} // namespace lgsp::ui
