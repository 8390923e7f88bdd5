// The Configuration page, offscreen, with no connection at all: edit a tenant's name in the
// form, undo, redo, save and reopen; problems appear as you type and lead to their field;
// a file that does not parse opens nothing, says where, and is not touched; unsaved work
// is asked about before it is dropped; and after the process is killed in the middle of an
// edit, the next start offers the edit back.
#include "models/config/bundledocument.h"
#include "models/config/bundletreemodel.h"
#include "screenshots.h"
#include "testpaths.h"
#include "ui/common/noticebar.h"
#include "ui/config/configpage.h"
#include "ui/config/problemspanel.h"
#include "ui/config/serviceeditor.h"
#include "ui/config/tenanteditor.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using lgsp::ui::ConfigPage;

namespace {

QString copyOfSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("hg.json"))
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    QFile::copy(lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/valid-hau-giang.json")),
                target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// Types like a keyboard would, Vietnamese included (QTest::keyClicks knows ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QLineEdit *field(ConfigPage &page, const QString &relative)
{
    return qobject_cast<QLineEdit *>(page.tenantEditor()->editorOf(relative));
}

// Presses the button whose text is `text` on the next message box that opens.
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(text); // not open yet
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestConfigPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editUndoRedoSaveReopen()
    {
        QTemporaryDir dir;
        const QString path = copyOfSample(dir);
        ConfigPage page(nullptr);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.openFile(path));
        QVERIFY(!page.document()->isModified());
        page.selectPointer(QStringLiteral("/tenants/1/name"));
        QCOMPARE(page.currentEditor(), page.tenantEditor());
        QLineEdit *name = field(page, QStringLiteral("/name"));
        QCOMPARE(name->text(), QStringLiteral("Bộ Công an"));
        QVERIFY(name->hasFocus());

        name->end(false);
        typeText(name, QStringLiteral(" (Cục C06)"));
        QCOMPARE(page.document()->value(QStringLiteral("/tenants/1/name")).toString(),
                 QStringLiteral("Bộ Công an (Cục C06)"));
        QVERIFY(page.document()->isModified());
        // The outline follows as you type, and the edit is one undo step.
        const QModelIndex tenant =
            static_cast<lgsp::models::BundleTreeModel *>(page.outline()->model())
                ->indexOf(QStringLiteral("/tenants/1"));
        QCOMPARE(tenant.data().toString(), QStringLiteral("Bộ Công an (Cục C06)"));
        QCOMPARE(page.document()->undoStack()->count(), 1);

        // Ctrl+Z in the field undoes the document's step (not only the line edit's text).
        QTest::keySequence(name, QKeySequence::Undo);
        QCOMPARE(page.document()->value(QStringLiteral("/tenants/1/name")).toString(),
                 QStringLiteral("Bộ Công an"));
        QCOMPARE(name->text(), QStringLiteral("Bộ Công an"));
        QVERIFY(!page.document()->isModified());
        QTest::keySequence(name, QKeySequence::Redo);
        QCOMPARE(name->text(), QStringLiteral("Bộ Công an (Cục C06)"));
        QVERIFY(page.document()->isModified());

        QTest::keySequence(name, QKeySequence::Save);
        QVERIFY(!page.document()->isModified());
        QCOMPARE(page.recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        ConfigPage reopened(nullptr);
        QVERIFY(reopened.openFile(path));
        QCOMPARE(reopened.document()->value(QStringLiteral("/tenants/1/name")).toString(),
                 QStringLiteral("Bộ Công an (Cục C06)"));
        QCOMPARE(reopened.document()->document(), page.document()->document());

        // The JSON view shows the document as it will be saved, and follows the edits.
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(page.jsonText().contains(QStringLiteral("\"Bộ Công an (Cục C06)\"")));
        page.document()->setValue(QStringLiteral("/tenants/1/name"), QStringLiteral("Bộ CA"),
                                  QString());
        QTRY_VERIFY(page.jsonText().contains(QStringLiteral("\"Bộ CA\"")));
        QCOMPARE(QJsonDocument::fromJson(page.jsonText().toUtf8()).object(),
                 page.document()->document());
    }

    void problemsAppearAsYouTypeAndLeadToTheirField()
    {
        QTemporaryDir dir;
        ConfigPage page(nullptr);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.openFile(copyOfSample(dir)));
        page.selectPointer(QStringLiteral("/tenants/2/code"));
        QLineEdit *code = field(page, QStringLiteral("/code"));
        QCOMPARE(code->text(), QStringLiteral("H30.18.01"));
        QVERIFY(page.tenantEditor()->messageOf(QStringLiteral("/code")).isEmpty());
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("h30-18"));
        QVERIFY(!page.tenantEditor()->messageOf(QStringLiteral("/code")).isEmpty());
        QVERIFY(page.document()->errorCount() >= 1);

        // The problems panel lists it with where it is; clicking it selects the field.
        QTreeWidget *list = page.problemsPanel()->list();
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->toolTip(1) == QLatin1String("/tenants/2/code"))
                row = list->topLevelItem(i);
        }
        QVERIFY(row);
        QCOMPARE(row->text(1), QStringLiteral("Tenant Sở Tư pháp tỉnh Hậu Giang › code"));
        page.selectPointer(QStringLiteral("/tenants/0"));
        QCOMPARE(page.tenantEditor()->base(), QStringLiteral("/tenants/0"));
        Q_EMIT list->itemClicked(row, 2);
        QCOMPARE(page.tenantEditor()->base(), QStringLiteral("/tenants/2"));
        QVERIFY(code->hasFocus());
        // The services that gave it the right to call them now name a tenant that is gone.
        QVERIFY(!page.document()->problemsAt(QStringLiteral("/services/1/consumers/1")).isEmpty());

        lgsp::test::saveScreenshots(page.window(), QStringLiteral("config-tenant"));

        QTest::keyClicks(code, QStringLiteral("H30.18.01"));
        QCOMPARE(page.document()->errorCount(), 0);
        QVERIFY(page.tenantEditor()->messageOf(QStringLiteral("/code")).isEmpty());
    }

    void serviceFormEditsRightsAndSla()
    {
        QTemporaryDir dir;
        ConfigPage page(nullptr);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.openFile(copyOfSample(dir)));
        page.selectPointer(QStringLiteral("/services/0"));
        QCOMPARE(page.currentEditor(), page.serviceEditor());
        QListWidget *rights = page.serviceEditor()->consumersList();
        // Every tenant but the provider, checked when it may call the service.
        QCOMPARE(rights->count(), 2);
        int checked = 0;
        for (int i = 0; i < rights->count(); ++i)
            checked += rights->item(i)->checkState() == Qt::Checked;
        QCOMPARE(checked, 1);
        for (int i = 0; i < rights->count(); ++i)
            rights->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(page.document()->value(QStringLiteral("/services/0/consumers")).toArray().size(),
                 2);
        auto *timeout = qobject_cast<QSpinBox *>(
            page.serviceEditor()->editorOf(QStringLiteral("/sla/timeoutMs")));
        QVERIFY(timeout);
        timeout->setValue(20000);
        QCOMPARE(page.document()->value(QStringLiteral("/services/0/sla/timeoutMs")).toInt(),
                 20000);
        page.document()->undoStack()->undo();
        page.document()->undoStack()->undo();
        QCOMPARE(timeout->value(), 10000);
        QCOMPARE(page.document()->value(QStringLiteral("/services/0/consumers")).toArray().size(),
                 1);
        lgsp::test::saveScreenshots(page.window(), QStringLiteral("config-service"));
    }

    void brokenFileOpensNothingAndIsNotTouched()
    {
        QTemporaryDir dir;
        ConfigPage page(nullptr);
        page.show();
        const QString good = copyOfSample(dir);
        QVERIFY(page.openFile(good));
        const QJsonObject before = page.document()->document();
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(QFile::copy(lgsp::test::sourcePath(QStringLiteral(
                                "tests/data/bundles/invalid-syntax-trailing-comma.json")),
                            broken));
        const QByteArray hash = digest(broken);
        QVERIFY(!page.openFile(broken));
        QVERIFY(page.notice()->isVisible());
        QCOMPARE(page.notice()->kind(), lgsp::ui::NoticeBar::Kind::Error);
        QVERIFY2(page.notice()->text().contains(QLatin1String("line 5, column")),
                 qPrintable(page.notice()->text()));
        QCOMPARE(page.document()->filePath(), good); // what was open stays open
        QCOMPARE(page.document()->document(), before);
        QCOMPARE(digest(broken), hash);
        QVERIFY(!page.recentFiles().contains(QFileInfo(broken).absoluteFilePath()));
    }

    void unsavedWorkIsAskedAbout()
    {
        QTemporaryDir dir;
        ConfigPage page(nullptr);
        page.show();
        page.newFromTemplate();
        QVERIFY(page.document()->isModified());
        QCOMPARE(page.document()->value(QStringLiteral("/tenants")).toArray().size(), 1);
        page.selectPointer(QStringLiteral("/tenants/0"));
        auto *add = page.tenantEditor()->findChildren<QPushButton *>().value(0);
        QVERIFY(add);
        add->click(); // "Add a service it provides"
        QCOMPARE(page.currentEditor(), page.serviceEditor());
        QCOMPARE(page.serviceEditor()->base(), QStringLiteral("/services/0"));
        QVERIFY(!page.serviceEditor()->messageOf(QStringLiteral("/upstreamUrl")).isEmpty());

        answerNextMessageBox(QStringLiteral("Cancel"));
        QVERIFY(!page.maybeClose());
        QVERIFY(page.document()->isOpen());
        answerNextMessageBox(QStringLiteral("Discard changes"));
        QVERIFY(page.maybeClose());
        QVERIFY(!page.document()->isOpen());
    }

    void killedInTheMiddleOfAnEditRecoversIt()
    {
        QTemporaryDir dir;
        const QString path = copyOfSample(dir);
        const QByteArray hash = digest(path);
        const QString recovery = dir.filePath(QStringLiteral("data/config-recovery.json"));
        QProcess victim;
        victim.setProgram(lgsp::test::binaryPath(QStringLiteral("config_editor_victim")));
        victim.setArguments({path, recovery, QStringLiteral(" - bản nháp")});
        victim.start();
        QVERIFY(victim.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (output += victim.readAllStandardOutput()).contains("autosaved"),
            qPrintable(QString::fromUtf8(output + victim.readAllStandardError())), 15000);
        victim.kill(); // SIGKILL: no chance to clean up
        QVERIFY(victim.waitForFinished(5000));
        QCOMPARE(digest(path), hash); // the file itself was never written

        ConfigPage page(nullptr);
        page.show();
        page.setRecoveryPath(recovery);
        QVERIFY(page.recoveryBar()->isVisible());
        QVERIFY(page.recoveryBar()->text().contains(QLatin1String("hg.json")));
        QVERIFY(page.recoverPending());
        QVERIFY(page.document()->isModified());
        QCOMPARE(page.document()->filePath(), path);
        QCOMPARE(page.document()->value(QStringLiteral("/tenants/0/name")).toString(),
                 QStringLiteral("Tỉnh Hậu Giang - bản nháp"));
        QVERIFY(page.save());
        QVERIFY(!QFile::exists(recovery)); // saved: nothing left to recover
        ConfigPage again(nullptr);
        again.setRecoveryPath(recovery);
        QVERIFY(!again.recoveryBar()->isVisibleTo(&again));
        QVERIFY(again.openFile(path));
        QCOMPARE(again.document()->value(QStringLiteral("/tenants/0/name")).toString(),
                 QStringLiteral("Tỉnh Hậu Giang - bản nháp"));
    }
};

QTEST_MAIN(TestConfigPage)
#include "tst_configpage.moc"
