#include "ui/reports/reportperiodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace lgsp::ui {

namespace {

using Period = models::ReportPeriod;

constexpr int kMonths = 24;
constexpr int kQuarters = 8;
constexpr int kYears = 5;
const QString kRange = QStringLiteral("range");

} // namespace

ReportPeriodPicker::ReportPeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_choice->setMaxVisibleItems(16);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_choice);
    m_label->setBuddy(m_choice);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    setFocusProxy(m_choice);
    retranslate();

    // Last month unless told otherwise: what a monthly report is about.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    setPeriod(Period::month(lastMonth.year(), lastMonth.month()));

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT periodChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_to->date() < from)
            m_to->setDate(from);
        Q_EMIT periodChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_from->date() > to)
            m_from->setDate(to);
        Q_EMIT periodChanged();
    });
}

models::ReportPeriod ReportPeriodPicker::period() const
{
    const QString text = m_choice->currentData().toString();
    QString error;
    if (text != kRange) {
        if (const std::optional<Period> chosen = Period::parse(text, &error))
            return *chosen;
    }
    return Period::range(m_from->date(), m_to->date());
}

void ReportPeriodPicker::setPeriod(const models::ReportPeriod &period)
{
    {
        const QSignalBlocker choice(m_choice);
        const QSignalBlocker from(m_from);
        const QSignalBlocker to(m_to);
        const int index =
            period.kind == Period::Kind::Range ? -1 : m_choice->findData(period.text());
        m_choice->setCurrentIndex(index >= 0 ? index : m_choice->findData(kRange));
        m_from->setDate(period.first);
        m_to->setDate(period.last);
        updateVisibility();
    }
    Q_EMIT periodChanged();
}

void ReportPeriodPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPeriodPicker::retranslate()
{
    m_label->setText(tr("&Period:"));
    m_choice->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setToolTip(tr("The first day of the report"));
    m_to->setToolTip(tr("The last day of the report"));
    // Dates as the language writes them, with the whole year: 30/11/2026 in Vietnamese.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(format);
    fill();
}

void ReportPeriodPicker::fill()
{
    const QSignalBlocker block(m_choice);
    const QString current = m_choice->currentData().toString();
    m_choice->clear();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (int i = 0; i < kMonths; ++i) {
        const QDate month = today.addMonths(-i);
        const Period p = Period::month(month.year(), month.month());
        m_choice->addItem(tr("Month %1").arg(p.title()), p.text());
    }
    m_choice->insertSeparator(m_choice->count());
    const int quarter = (today.month() - 1) / 3 + 1;
    for (int i = 0; i < kQuarters; ++i) {
        const int q = ((quarter - 1 - i) % 4 + 4) % 4 + 1;
        const int year = today.year() - (i - (quarter - 1) + 3) / 4;
        const Period p = Period::quarter(year, q);
        m_choice->addItem(tr("Quarter %1/%2").arg(q).arg(year), p.text());
    }
    m_choice->insertSeparator(m_choice->count());
    for (int i = 0; i < kYears; ++i)
        m_choice->addItem(tr("Year %1").arg(today.year() - i),
                          Period::year(today.year() - i).text());
    m_choice->insertSeparator(m_choice->count());
    m_choice->addItem(tr("Days from… to…"), kRange);
    const int again = m_choice->findData(current);
    m_choice->setCurrentIndex(again >= 0 ? again : 1);
}

void ReportPeriodPicker::updateVisibility()
{
    const bool range = m_choice->currentData().toString() == kRange;
    m_from->setVisible(range);
    m_to->setVisible(range);
}

} // namespace lgsp::ui
