#include "ui/welcome/welcomepage.h"
#include "ui/theme/theme.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace lgsp::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_tryDemo(new QCommandLinkButton(this))
    , m_addInstance(new QCommandLinkButton(this))
    , m_importConnections(new QCommandLinkButton(this))
    , m_status(new QLabel(this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/lgsp-console.svg")).pixmap(QSize(96, 96)));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.8);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    m_tryDemo->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));
    m_addInstance->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_importConnections->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    for (QCommandLinkButton *button : {m_tryDemo, m_addInstance, m_importConnections})
        button->setIconSize(QSize(28, 28));
    // The connection manager that adds and imports instances is not part of this version.
    m_addInstance->setEnabled(false);
    m_importConnections->setEnabled(false);
    connect(m_tryDemo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);

    auto *columnLayout = new QVBoxLayout;
    columnLayout->addWidget(logo);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_headline);
    columnLayout->addWidget(m_intro);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_tryDemo);
    columnLayout->addWidget(m_addInstance);
    columnLayout->addWidget(m_importConnections);
    columnLayout->addWidget(m_status);

    // Centred by stretches, not alignment flags, so word-wrapped labels get their height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(columnLayout, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    retranslate();
}

void WelcomePage::setDemoStarting(bool starting)
{
    m_starting = starting;
    m_tryDemo->setEnabled(!starting);
    if (starting)
        setDemoError(QString());
    retranslate();
}

void WelcomePage::setDemoError(const QString &message)
{
    Theme::setTone(m_status, Theme::Tone::Error);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

QString WelcomePage::headline() const
{
    return m_headline->text();
}

QStringList WelcomePage::choiceTexts() const
{
    return {m_tryDemo->text(), m_addInstance->text(), m_importConnections->text()};
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_headline->setText(tr("Welcome to LGSP Console"));
    m_intro->setText(
        tr("LGSP Console administers the integration and data-sharing platforms (LGSP) of "
           "ministries and provinces, all linked to the national platform NDXP. Connect to "
           "one or many instances to see their tenants, service catalog, live transactions "
           "and connection health in one place."));
    m_tryDemo->setText(tr("Try LGSP with a local sandbox"));
    m_tryDemo->setDescription(
        m_starting ? tr("Starting the sandbox…")
                   : tr("Start a small LGSP instance with demonstration data on this computer "
                        "and connect to it. Nothing leaves this machine."));
    m_addInstance->setText(tr("Add an LGSP instance"));
    m_addInstance->setDescription(
        tr("Connect to your ministry's or province's LGSP. Not available in this version "
           "yet."));
    m_importConnections->setText(tr("Import connections"));
    m_importConnections->setDescription(
        tr("Load a list of instances prepared by a colleague. Not available in this version "
           "yet."));
}

} // namespace lgsp::ui
