#include "ui/config/problemspanel.h"

#include "models/config/bundledocument.h"
#include "models/config/jsonpointer.h"
#include "ui/theme/theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

constexpr int kPointerRole = Qt::UserRole + 1;

} // namespace

QString ProblemsPanel::fieldText(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "name")},
        {QStringLiteral("nameEn"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "English name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "kind")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "status")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "e-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "phone")},
        {QStringLiteral("tenantCode"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "provider")},
        {QStringLiteral("upstreamUrl"),
         QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "upstream URL")},
        {QStringLiteral("consumers"),
         QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "who may call it")},
        {QStringLiteral("timeoutMs"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "timeout")},
        {QStringLiteral("rateLimitPerMin"),
         QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "rate limit")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "version")},
        {QStringLiteral("protocol"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "protocol")},
        {QStringLiteral("visibility"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "visibility")},
        {QStringLiteral("revision"), QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "base revision")},
        {QStringLiteral("schemaVersion"),
         QT_TRANSLATE_NOOP("lgsp::ui::ProblemsPanel", "schema version")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field
                                  : QCoreApplication::translate("lgsp::ui::ProblemsPanel", *it);
}

ProblemsPanel::ProblemsPanel(models::BundleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT problemActivated(item->data(0, kPointerRole).toString());
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT problemActivated(item->data(0, kPointerRole).toString());
    });
    connect(document, &models::BundleDocument::problemsChanged, this, &ProblemsPanel::rebuild);
    connect(Theme::instance(), &Theme::changed, this, &ProblemsPanel::rebuild);
    rebuild();
}

QString ProblemsPanel::locationText(const models::BundleDocument *document, const QString &pointer)
{
    const QStringList tokens = models::jsonpointer::split(pointer);
    if (tokens.size() >= 2 && (tokens.first() == QLatin1String("tenants") ||
                               tokens.first() == QLatin1String("services"))) {
        const QString item = models::jsonpointer::join(tokens.mid(0, 2));
        const QJsonObject object = document->value(item).toObject();
        QString name = object.value(QStringLiteral("name")).toString();
        const QString code = object.value(QStringLiteral("code")).toString();
        if (name.isEmpty())
            name = code;
        QString text = tokens.first() == QLatin1String("tenants")
                           ? tr("Tenant %1").arg(name.isEmpty() ? tokens.at(1) : name)
                           : tr("Service %1").arg(name.isEmpty() ? tokens.at(1) : name);
        QStringList rest;
        for (const QString &token : tokens.mid(2)) {
            bool number = false;
            token.toInt(&number);
            if (!number && token != QLatin1String("contact") && token != QLatin1String("sla"))
                rest.append(fieldText(token));
        }
        if (!rest.isEmpty())
            text += QStringLiteral(" › ") + rest.join(QStringLiteral(" › "));
        return text;
    }
    if (tokens.isEmpty() || pointer == QLatin1String("/"))
        return tr("Bundle");
    return tr("Bundle › %1").arg(fieldText(tokens.last()));
}

void ProblemsPanel::rebuild()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_list->setAccessibleName(tr("Problems of the bundle"));
    m_list->clear();
    const auto problems = m_document->problems();
    for (const auto &problem : problems) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, problem.isError() ? tr("Error") : tr("Warning"));
        item->setForeground(0, Theme::instance()->color(problem.isError()
                                                            ? Theme::Colour::ErrorText
                                                            : Theme::Colour::WarningText));
        item->setText(1, locationText(m_document, problem.pointer));
        item->setToolTip(1, problem.pointer);
        item->setText(2, problem.message);
        item->setData(0, kPointerRole, problem.pointer);
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(1, std::max(m_list->columnWidth(1), 320));
    if (!m_document->isOpen())
        m_summary->clear();
    else if (problems.isEmpty())
        m_summary->setText(tr("No problems: the server will accept this bundle."));
    else if (m_document->errorCount() == 0)
        m_summary->setText(tr("No errors, %n warning(s): the server accepts this bundle; the "
                              "warnings are advice.",
                              nullptr, m_document->warningCount()));
    else
        m_summary->setText(
            tr("%n error(s): the server would refuse this bundle.", nullptr,
               m_document->errorCount()) +
            (m_document->warningCount() > 0
                 ? QLatin1Char(' ') + tr("%n warning(s).", nullptr, m_document->warningCount())
                 : QString()));
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace lgsp::ui
