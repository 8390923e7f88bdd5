#include "ui/config/configpage.h"

#include "models/config/bundledocument.h"
#include "models/config/bundlerecovery.h"
#include "models/config/bundletreemodel.h"
#include "models/config/jsonpointer.h"
#include "ui/catalog/definitionhighlighter.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "ui/common/noticebar.h"
#include "ui/config/bundleinfoeditor.h"
#include "ui/config/problemspanel.h"
#include "ui/config/serviceeditor.h"
#include "ui/config/syncpanel.h"
#include "ui/config/tenanteditor.h"
#include "ui/logging.h"
#include "ui/theme/statusmarkdelegate.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

QScrollArea *scrolled(QWidget *form)
{
    auto *area = new QScrollArea;
    area->setWidget(form);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    form->setContentsMargins(12, 4, 16, 12);
    return area;
}

} // namespace

ConfigPage::ConfigPage(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_document(new models::BundleDocument(this))
    , m_model(new models::BundleTreeModel(m_document, this))
    , m_title(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_notice(new NoticeBar(this))
    , m_recoveryBar(new NoticeBar(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_editor(new QWidget(this))
    , m_tree(new QTreeView(this))
    , m_forms(new QStackedWidget(this))
    , m_bundleEditor(new BundleInfoEditor(m_document, this))
    , m_tenantEditor(new TenantEditor(m_document, this))
    , m_serviceEditor(new ServiceEditor(m_document, this))
    , m_tabs(new QTabWidget(this))
    , m_problems(new ProblemsPanel(m_document, this))
    , m_sync(new SyncPanel(fleet, m_document, this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    buildToolBar();

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new StatusMarkDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(9, 9));
    m_tree->header()->setSectionResizeMode(models::BundleTreeModel::NameColumn,
                                           QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(models::BundleTreeModel::CodeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_forms->addWidget(scrolled(m_bundleEditor));
    m_forms->addWidget(scrolled(m_tenantEditor));
    m_forms->addWidget(scrolled(m_serviceEditor));

    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DefinitionHighlighter(m_json->document(), DefinitionHighlighter::Language::Json);
    m_tabs->addTab(m_problems, QString());
    m_tabs->addTab(m_json, QString());
    m_tabs->addTab(m_sync, QString());

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(m_forms);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setSizes({420, 640});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({520, 200});
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(split);

    m_empty->setIcon(QStringLiteral(":/icons/config.svg"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_editor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_sync->controls());
    layout->addWidget(m_recoveryBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(250);
    connect(m_jsonTimer, &QTimer::timeout, this, &ConfigPage::refreshJson);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_jsonTimer->start(0); });
    connect(m_empty, &EmptyState::actionTriggered, this, &ConfigPage::newFromTemplate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showItem(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        const QModelIndex index = m_model->indexOf(m_selectedPointer);
        m_tree->setCurrentIndex(index.isValid() ? index : m_model->index(0, 0));
    });
    connect(m_document, &models::BundleDocument::changed, this, &ConfigPage::onDocumentChanged);
    connect(m_document, &models::BundleDocument::modifiedChanged, this, &ConfigPage::updateState);
    connect(m_document, &models::BundleDocument::filePathChanged, this, &ConfigPage::updateState);
    connect(m_document, &models::BundleDocument::problemsChanged, this, &ConfigPage::updateState);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &ConfigPage::selectPointer);
    connect(m_bundleEditor, &BundleInfoEditor::addTenantRequested, this,
            [this] { selectPointer(m_document->addTenant()); });
    connect(m_tenantEditor, &TenantEditor::addServiceRequested, this,
            [this](const QString &code) { selectPointer(m_document->addService(code)); });
    connect(m_tenantEditor, &TenantEditor::removeRequested, this, &ConfigPage::removeTenant);
    connect(m_serviceEditor, &ServiceEditor::removeRequested, this, &ConfigPage::removeService);
    connect(m_sync, &SyncPanel::fieldRequested, this, &ConfigPage::selectPointer);
    connect(m_sync, &SyncPanel::resultsShown, this, [this] { m_tabs->setCurrentWidget(m_sync); });
    connect(m_recoveryBar, &NoticeBar::primaryClicked, this, &ConfigPage::recoverPending);
    connect(m_recoveryBar, &NoticeBar::secondaryClicked, this, &ConfigPage::discardPending);
    retranslate();
}

ConfigPage::~ConfigPage()
{
    // The document outlives the widgets that listen to it by a few statements.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect();
}

void ConfigPage::buildToolBar()
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = m_toolBar->addAction(QString(), this, &ConfigPage::newFromTemplate);
    m_open = m_toolBar->addAction(QString(), this, &ConfigPage::chooseAndOpen);
    m_recentMenu = new QMenu(this);
    m_recentAction = m_toolBar->addAction(QString());
    m_recentAction->setMenu(m_recentMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_recentAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_save = m_toolBar->addAction(QString(), this, &ConfigPage::save);
    m_saveAs = m_toolBar->addAction(QString(), this, [this] { saveAs(QString()); });
    m_toolBar->addSeparator();
    // Own actions rather than QUndoStack's: their texts come from our translations.
    QUndoStack *stack = m_document->undoStack();
    m_undo = m_toolBar->addAction(QString(), stack, &QUndoStack::undo);
    m_redo = m_toolBar->addAction(QString(), stack, &QUndoStack::redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &ConfigPage::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &ConfigPage::updateUndoTexts);
    // Page shortcuts: they act while the focus is on this page only.
    const std::pair<QAction *, QKeySequence> keys[] = {
        {m_new, QKeySequence::New},   {m_open, QKeySequence::Open},
        {m_save, QKeySequence::Save}, {m_saveAs, QKeySequence::SaveAs},
        {m_undo, QKeySequence::Undo}, {m_redo, QKeySequence::Redo},
    };
    for (const auto &[action, key] : keys) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

QWidget *ConfigPage::currentEditor() const
{
    return static_cast<QScrollArea *>(m_forms->currentWidget())->widget();
}

QString ConfigPage::jsonText() const
{
    return m_json->toPlainText();
}

void ConfigPage::selectPointer(const QString &pointer)
{
    m_selectedPointer = pointer;
    const QModelIndex index = m_model->indexOf(pointer);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showItem(index);
    if (auto *form = qobject_cast<BundleForm *>(currentEditor()))
        form->focusField(pointer);
}

void ConfigPage::showItem(const QModelIndex &index)
{
    const auto kind = models::BundleTreeModel::Kind(
        index.siblingAtColumn(0).data(models::BundleTreeModel::KindRole).toInt());
    const QString pointer =
        index.siblingAtColumn(0).data(models::BundleTreeModel::PointerRole).toString();
    if (!index.isValid())
        return;
    if (!models::jsonpointer::isWithin(m_selectedPointer, pointer))
        m_selectedPointer = pointer;
    switch (kind) {
    case models::BundleTreeModel::Kind::Tenant:
        m_tenantEditor->setBase(pointer);
        m_forms->setCurrentIndex(1);
        break;
    case models::BundleTreeModel::Kind::Service:
        m_serviceEditor->setBase(pointer);
        m_forms->setCurrentIndex(2);
        break;
    default:
        m_bundleEditor->setBase(QString(QLatin1String("")));
        m_forms->setCurrentIndex(0);
        break;
    }
}

void ConfigPage::onDocumentChanged(const QString &pointer)
{
    if (!pointer.isEmpty() && !m_document->undoStack()->isClean())
        m_selectedPointer = pointer;
    m_jsonTimer->start();
    // After an undo or redo the outline may keep its shape; follow the edited item anyway.
    if (!pointer.isEmpty() && m_tree->currentIndex() != m_model->indexOf(pointer) &&
        !m_tree->hasFocus()) {
        const QModelIndex index = m_model->indexOf(pointer);
        if (index.isValid() && index.data(models::BundleTreeModel::KindRole).toInt() !=
                                   int(models::BundleTreeModel::Kind::Tenants))
            m_tree->setCurrentIndex(index);
    }
    updateState();
}

void ConfigPage::refreshJson()
{
    if (m_tabs->currentWidget() != m_json)
        return;
    const int scroll = m_json->verticalScrollBar()->value();
    m_json->setPlainText(
        QString::fromUtf8(QJsonDocument(m_document->document()).toJson(QJsonDocument::Indented)));
    m_json->verticalScrollBar()->setValue(scroll);
}

void ConfigPage::removeTenant(const QString &pointer)
{
    const QJsonObject tenant = m_document->value(pointer).toObject();
    const QString name = tenant.value(QStringLiteral("name")).toString();
    const QString code = tenant.value(QStringLiteral("code")).toString();
    if (!messages::confirm(this, tr("Remove tenant"),
                           tr("Remove %1 (%2) from the bundle, with the services it provides and "
                              "its right to call other services? When the bundle is applied, "
                              "the instance closes the tenant and retires its services. You can "
                              "undo this until then.")
                               .arg(name, code),
                           tr("Remove")))
        return;
    m_selectedPointer = QStringLiteral("/tenants");
    m_document->removeTenant(models::jsonpointer::split(pointer).value(1).toInt());
}

void ConfigPage::removeService(const QString &pointer)
{
    const QJsonObject service = m_document->value(pointer).toObject();
    if (!messages::confirm(this, tr("Remove service"),
                           tr("Remove %1 from the bundle? When the bundle is applied, the "
                              "instance retires the service. You can undo this until then.")
                               .arg(service.value(QStringLiteral("name")).toString()),
                           tr("Remove")))
        return;
    m_selectedPointer = QStringLiteral("/tenants");
    m_document->removeItem(
        pointer, tr("Remove service %1").arg(service.value(QStringLiteral("code")).toString()));
}

void ConfigPage::updateState()
{
    const bool open = m_document->isOpen();
    m_stack->setCurrentWidget(open ? m_editor : static_cast<QWidget *>(m_empty));
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    if (!open)
        m_title->setText(tr("Configuration"));
    else
        m_title->setText(m_document->displayName() +
                         (m_document->isModified() ? QStringLiteral(" •") : QString()));
    m_title->setToolTip(m_document->isModified() ? tr("Modified: not saved yet") : QString());
    const int problems = m_document->errorCount() + m_document->warningCount();
    m_tabs->setTabText(0, problems > 0 ? tr("Problems (%1)").arg(problems) : tr("Problems"));
    Q_EMIT titleChanged();
}

void ConfigPage::retranslate()
{
    m_new->setText(tr("New from template"));
    m_new->setToolTip(tr("A new bundle with one province tenant to start from"));
    m_open->setText(tr("Open…"));
    m_recentAction->setText(tr("Recent"));
    m_save->setText(tr("Save"));
    m_saveAs->setText(tr("Save as…"));
    updateUndoTexts();
    m_tabs->setTabText(1, tr("JSON"));
    m_tabs->setTabText(2, tr("Compare and apply"));
    m_toolBar->setAccessibleName(tr("Bundle actions"));
    m_toolBar->setWindowTitle(tr("Bundle actions"));
    m_tree->setAccessibleName(tr("Tenants and services of the bundle"));
    m_json->setAccessibleName(tr("The bundle as JSON"));
    m_empty->setTitle(tr("No configuration bundle open"));
    m_empty->setText(tr("Prepare an instance's configuration offline — tenants, services, who "
                        "may call them and their SLA — check it as you type, and apply it "
                        "later. Open a bundle file, or start from the template. No connection "
                        "is needed."));
    m_empty->setActionText(tr("New from template"));
    m_document->retranslate();
    updateState();
}

void ConfigPage::updateUndoTexts()
{
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    const QUndoStack *stack = m_document->undoStack();
    m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
    m_redo->setToolTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
}

void ConfigPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgsp::ui
