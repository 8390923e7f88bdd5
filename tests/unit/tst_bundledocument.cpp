// The configuration bundle being edited: JSON pointers, undoable edits (typing in one field
// is one step; never merged across a save), problems kept current, removing a tenant with
// everything that referred to it, the outline model (checked by QAbstractItemModelTester
// through every edit) and the autosave file that survives a crash.
#include "models/config/bundledocument.h"
#include "models/config/bundlerecovery.h"
#include "models/config/bundletreemodel.h"
#include "models/config/jsonpointer.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using lgsp::models::BundleDocument;
using lgsp::models::BundleFile;
using lgsp::models::BundleRecovery;
using lgsp::models::BundleTreeModel;
namespace jsonpointer = lgsp::models::jsonpointer;

namespace {

QString sample()
{
    return lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/valid-hau-giang.json"));
}

bool hasErrorAt(const BundleDocument &doc, const QString &pointer)
{
    const auto problems = doc.problemsAt(pointer);
    return std::any_of(problems.begin(), problems.end(),
                       [](const BundleFile::Problem &p) { return p.isError(); });
}

} // namespace

class TestBundleDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointers()
    {
        QJsonValue root(
            QJsonObject{{QStringLiteral("a/b"), QJsonArray{1, 2}},
                        {QStringLiteral("m~n"), QJsonObject{{QStringLiteral("x"), 3}}}});
        QCOMPARE(jsonpointer::child(QString(), QStringLiteral("a/b")), QStringLiteral("/a~1b"));
        QCOMPARE(jsonpointer::value(root, QStringLiteral("/a~1b/1")).toInt(), 2);
        QCOMPARE(jsonpointer::value(root, QStringLiteral("/m~0n/x")).toInt(), 3);
        QVERIFY(jsonpointer::value(root, QStringLiteral("/a~1b/2")).isUndefined());
        QVERIFY(jsonpointer::value(root, QStringLiteral("/nope/x")).isUndefined());
        QVERIFY(jsonpointer::setValue(&root, QStringLiteral("/m~0n/y"), 4));
        QCOMPARE(jsonpointer::value(root, QStringLiteral("/m~0n/y")).toInt(), 4);
        QVERIFY(jsonpointer::insert(&root, QStringLiteral("/a~1b"), 0, 0));
        QCOMPARE(jsonpointer::value(root, QStringLiteral("/a~1b")).toArray(),
                 (QJsonArray{0, 1, 2}));
        QVERIFY(jsonpointer::setValue(&root, QStringLiteral("/a~1b/1"),
                                      QJsonValue(QJsonValue::Undefined)));
        QCOMPARE(jsonpointer::value(root, QStringLiteral("/a~1b")).toArray(), (QJsonArray{0, 2}));
        QVERIFY(!jsonpointer::setValue(&root, QStringLiteral("/a~1b/7"), 1));
        QVERIFY(!jsonpointer::setValue(&root, QStringLiteral("/missing/deeper"), 1));
        QCOMPARE(jsonpointer::parentOf(QStringLiteral("/tenants/2/name")),
                 QStringLiteral("/tenants/2"));
        QVERIFY(
            jsonpointer::isWithin(QStringLiteral("/tenants/2/name"), QStringLiteral("/tenants/2")));
        QVERIFY(
            !jsonpointer::isWithin(QStringLiteral("/tenants/20"), QStringLiteral("/tenants/2")));
    }

    void typingIsOneUndoStep()
    {
        BundleDocument doc;
        BundleFile::Problem problem;
        QVERIFY2(doc.load(sample(), &problem), qPrintable(problem.toString()));
        QCOMPARE(doc.errorCount(), 0);
        QVERIFY(!doc.isModified());
        const QString name = QStringLiteral("/tenants/0/name");
        const QString original = doc.value(name).toString();
        for (const QString &typed :
             {QStringLiteral("T"), QStringLiteral("Tỉ"), QStringLiteral("Tỉnh HG")})
            doc.setValue(name, typed, QStringLiteral("Edit name"));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.value(name).toString(), original);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.value(name).toString(), QStringLiteral("Tỉnh HG"));

        // After a save, the next keystroke is a new step: undo goes back to what was saved.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(doc.save(dir.filePath(QStringLiteral("b.json")), &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        doc.setValue(name, QStringLiteral("Tỉnh HG 2"), QStringLiteral("Edit name"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.value(name).toString(), QStringLiteral("Tỉnh HG"));
        QVERIFY(!doc.isModified());
        BundleDocument reopened;
        QVERIFY(reopened.load(dir.filePath(QStringLiteral("b.json")), &problem));
        QCOMPARE(reopened.document(), doc.document());
    }

    void problemsFollowTheEdits()
    {
        BundleDocument doc;
        BundleFile::Problem problem;
        QVERIFY(doc.load(sample(), &problem));
        QSignalSpy problems(&doc, &BundleDocument::problemsChanged);
        doc.setValue(QStringLiteral("/tenants/2/code"), QStringLiteral("h30.18"), QString());
        QVERIFY(hasErrorAt(doc, QStringLiteral("/tenants/2/code")));
        // The service that named the tenant as a consumer now points at nothing.
        QVERIFY(hasErrorAt(doc, QStringLiteral("/services/0/consumers/0")));
        doc.setValue(QStringLiteral("/tenants/2/code"), QStringLiteral("H30.18.01"), QString());
        QCOMPARE(doc.errorCount(), 0);
        QVERIFY(problems.count() >= 2);

        doc.setValue(QStringLiteral("/services/1/sla/timeoutMs"), 999999, QString());
        QVERIFY(hasErrorAt(doc, QStringLiteral("/services/1/sla/timeoutMs")));
        doc.setValue(QStringLiteral("/services/1/upstreamUrl"), QStringLiteral("http://x.vn/ws"),
                     QString());
        const auto advice = doc.problemsAt(QStringLiteral("/services/1/upstreamUrl"));
        QCOMPARE(advice.size(), 1);
        QVERIFY(!advice.first().isError());
    }

    void removingATenantTakesItsServicesAndRights()
    {
        BundleDocument doc;
        BundleFile::Problem problem;
        QVERIFY(doc.load(sample(), &problem));
        const QJsonObject before = doc.document();
        doc.removeTenant(2); // H30.18.01 consumes quan-ly-van-ban and dan-cu-tra-cuu
        QCOMPARE(doc.value(QStringLiteral("/tenants")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("/services/0/consumers")).toArray().size(), 0);
        QCOMPARE(doc.value(QStringLiteral("/services/1/consumers")).toArray(),
                 QJsonArray{QStringLiteral("000.00.00.H30")});
        QCOMPARE(doc.errorCount(), 0);
        doc.removeTenant(1); // G14 provides dan-cu-tra-cuu
        QCOMPARE(doc.value(QStringLiteral("/services")).toArray().size(), 1);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.document(), before);

        const QString tenant = doc.addTenant();
        QCOMPARE(tenant, QStringLiteral("/tenants/3"));
        QVERIFY(hasErrorAt(doc, tenant + QStringLiteral("/code"))); // empty until typed
        doc.setValue(tenant + QStringLiteral("/code"), QStringLiteral("H30.19"), QString());
        const QString service = doc.addService(QStringLiteral("H30.19"));
        QCOMPARE(doc.value(service + QStringLiteral("/tenantCode")).toString(),
                 QStringLiteral("H30.19"));
        QVERIFY(hasErrorAt(doc, service + QStringLiteral("/upstreamUrl")));
    }

    void outlineFollowsTheDocument()
    {
        BundleDocument doc;
        BundleTreeModel tree(&doc);
        QAbstractItemModelTester tester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree.rowCount(), 0);
        BundleFile::Problem problem;
        QVERIFY(doc.load(sample(), &problem));
        QCOMPARE(tree.rowCount(), 3); // bundle, tenants, policies
        const QModelIndex tenants = tree.index(1, 0);
        QCOMPARE(tree.rowCount(tenants), 3);
        const QModelIndex province = tree.index(0, 0, tenants);
        QCOMPARE(province.data().toString(), QStringLiteral("Tỉnh Hậu Giang"));
        QCOMPARE(tree.rowCount(province), 1); // quan-ly-van-ban
        QCOMPARE(tree.index(0, 1, province).data().toString(), QStringLiteral("quan-ly-van-ban"));
        QCOMPARE(tree.indexOf(QStringLiteral("/tenants/0/contact/email")), province);
        QCOMPARE(tree.indexOf(QStringLiteral("/services/0/sla/timeoutMs")),
                 tree.index(0, 0, province));

        // Typing keeps the outline; the name follows.
        QSignalSpy resets(&tree, &QAbstractItemModel::modelReset);
        doc.setValue(QStringLiteral("/tenants/0/name"), QStringLiteral("Hậu Giang"), QString());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(tree.index(0, 0, tenants).data().toString(), QStringLiteral("Hậu Giang"));
        QVERIFY(tree.index(0, 0, tenants).data(BundleTreeModel::ProblemRole).toString().isEmpty());
        // A service whose provider is renamed away hangs under "without a provider".
        doc.setValue(QStringLiteral("/services/1/tenantCode"), QStringLiteral("000.00.00.G99"),
                     QString());
        QCOMPARE(tree.rowCount(), 4);
        QCOMPARE(tree.index(2, 0).data(BundleTreeModel::ProblemRole).toString(),
                 QStringLiteral("error"));
        QCOMPARE(tree.rowCount(tree.index(2, 0)), 1);
        QCOMPARE(tree.indexOf(QStringLiteral("/services/1/tenantCode")),
                 tree.index(0, 0, tree.index(2, 0)));
        doc.undoStack()->undo();
        QCOMPARE(tree.rowCount(), 3);
        doc.close();
        QCOMPARE(tree.rowCount(), 0);
    }

    void autosaveSurvivesUntilSaved()
    {
        QTemporaryDir dir;
        const QString recoveryPath = dir.filePath(QStringLiteral("recovery/config-recovery.json"));
        BundleDocument doc;
        BundleRecovery recovery(&doc, recoveryPath);
        recovery.setInterval(std::chrono::milliseconds(50));
        QSignalSpy written(&recovery, &BundleRecovery::written);
        BundleFile::Problem problem;
        QVERIFY(doc.load(sample(), &problem));
        QVERIFY(!QFile::exists(recoveryPath)); // nothing unsaved yet
        doc.setValue(QStringLiteral("/tenants/1/name"), QStringLiteral("Bộ CA"), QString());
        QVERIFY(written.wait(2000));
        const auto pending = BundleRecovery::pending(recoveryPath);
        QVERIFY(pending);
        QCOMPARE(pending->filePath, sample());
        QCOMPARE(pending->document, doc.document());
        QVERIFY(pending->savedAt.isValid());

        // Back to the saved state: nothing to recover.
        doc.undoStack()->undo();
        QVERIFY(!QFile::exists(recoveryPath));
        doc.setValue(QStringLiteral("/tenants/1/name"), QStringLiteral("Bộ CA"), QString());
        QVERIFY(written.wait(2000));
        QString error;
        QVERIFY(doc.save(dir.filePath(QStringLiteral("saved.json")), &error));
        QVERIFY(!QFile::exists(recoveryPath));
    }

    void anotherRunsRecoveryIsKeptUntilDecided()
    {
        QTemporaryDir dir;
        const QString recoveryPath = dir.filePath(QStringLiteral("config-recovery.json"));
        {
            BundleDocument crashed;
            BundleRecovery recovery(&crashed, recoveryPath);
            crashed.openModified(BundleDocument::templateDocument(), QString());
            QVERIFY(recovery.writeNow());
        }
        QVERIFY(QFile::exists(recoveryPath));
        BundleDocument doc;
        BundleRecovery recovery(&doc, recoveryPath);
        BundleFile::Problem problem;
        QVERIFY(doc.load(sample(), &problem)); // opening a clean file does not remove it
        doc.close();
        QVERIFY(BundleRecovery::pending(recoveryPath));
        recovery.discard();
        QVERIFY(!BundleRecovery::pending(recoveryPath));

        QFile junk(recoveryPath);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{not json");
        junk.close();
        QVERIFY(!BundleRecovery::pending(recoveryPath)); // unreadable: not offered…
        QVERIFY(QFile::exists(recoveryPath));            // …and not deleted
    }
};

QTEST_GUILESS_MAIN(TestBundleDocument)
#include "tst_bundledocument.moc"
