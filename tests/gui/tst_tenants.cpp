// The tenants page against a real sandbox (offscreen): the seeded tenants load, typing
// "ha noi" leaves Hà Nội, suspending through the page's action changes the tenant on the
// server, the details list the services a tenant provides and consumes, a tenant is
// created and edited through the form (with the server's refusals shown in it), and
// neither a viewer credential nor a read-only profile shows any action.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantform.h"
#include "ui/tenants/tenantspage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lgsp;
using models::TenantModel;

namespace {

client::ConnectionProfile profileFor(const test::SandboxProcess &sandbox, const QString &name)
{
    return test::sandboxProfile(sandbox, name);
}

// Selects the row of `code` in the page's (filtered, sorted) view.
bool selectCode(ui::TenantsPage &page, const QString &code)
{
    QAbstractItemModel *model = page.view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, TenantModel::CodeColumn);
        if (index.data().toString() == code) {
            page.view()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

// An operator's profile on the sandbox and the tenants page that lists its tenants; start()
// shows the page and waits for the load.
struct OperatorPage
{
    client::ConnectionProfile profile;
    client::Fleet fleet;
    ui::TenantsPage page{&fleet};

    OperatorPage(const test::SandboxProcess &sandbox, const QString &name)
        : profile(profileFor(sandbox, name))
    {
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, sandbox.bootstrapSecret());
    }
    bool start()
    {
        page.show();
        return QTest::qWaitForWindowExposed(&page) &&
               QTest::qWaitFor([this] { return !page.loader()->isLoading(); }, 15000);
    }
};

} // namespace

class TestTenants final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
    }

    void searchSuspendAndViewer()
    {
        OperatorPage shown(m_sandbox, QStringLiteral("LGSP Sandbox"));
        ui::TenantsPage &page = shown.page;
        page.resize(1400, 800);
        // The model behind the view (proxy and source) keeps Qt's model contract throughout.
        QAbstractItemModelTester tester(page.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(shown.start());
        QCOMPARE(page.view()->model()->rowCount(), 19);

        // Typing without diacritics finds exactly Hà Nội.
        QTest::keyClicks(page.searchBox(), QStringLiteral("ha noi"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(page.view()->model()->index(0, TenantModel::NameColumn).data().toString(),
                 QStringLiteral("Thành phố Hà Nội"));
        // The count follows the search: "1 of 19 tenants", not "19 tenants".
        QVERIFY2(page.countLine().startsWith(QLatin1String("1 ")) &&
                     page.countLine().contains(QLatin1String("19")),
                 qPrintable(page.countLine()));
        // Export writes what is shown: the header and the one row, UTF-8 with a BOM.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("tenants.csv"));
        QString error;
        QVERIFY2(page.exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Thành phố Hà Nội,000.00.00.H26")));
        page.searchBox()->clear();
        QCOMPARE(page.view()->model()->rowCount(), 19);
        QVERIFY2(page.countLine().startsWith(QLatin1String("19 ")), qPrintable(page.countLine()));
        page.view()->selectAll();
        QCOMPARE(page.selectedRowsText().split(QLatin1Char('\n')).size(), 19);
        page.view()->clearSelection();

        // Suspend Bến Tre through the page's own button.
        const QString code = QStringLiteral("000.00.00.H06");
        QVERIFY(selectCode(page, code));
        QTRY_VERIFY(page.details()->visibleActions().contains(QStringLiteral("suspend")));
        QString asked;
        page.details()->setConfirm([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QPushButton *suspend = nullptr;
        for (QPushButton *b : page.details()->findChildren<QPushButton *>()) {
            if (b->property("action").toString() == QLatin1String("suspend"))
                suspend = b;
        }
        QVERIFY(suspend);
        QTest::mouseClick(suspend, Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Tỉnh Bến Tre")) && asked.contains(code));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.details()->visibleActions().contains(QStringLiteral("resume")), 10000);
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        QCOMPARE(api.get(QStringLiteral("/api/v1/tenants/") + code)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("suspended"));
        QVERIFY(selectCode(page, code));
        QCOMPARE(page.view()
                     ->currentIndex()
                     .siblingAtColumn(TenantModel::StatusColumn)
                     .data(Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Suspended"));

        // A declined confirmation changes nothing.
        page.details()->setConfirm(
            [](QWidget *, const QString &, const QString &) { return false; });
        page.details()->trigger(QStringLiteral("resume"));
        QTest::qWait(300);
        QCOMPARE(api.get(QStringLiteral("/api/v1/tenants/") + code)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("suspended"));
    }

    // What a tenant provides and consumes, as the server's filters give them.
    void detailsListProvidedAndConsumedServices()
    {
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        // A tenant that consumes something, and the first service it consumes.
        QString code;
        QString consumed;
        const QJsonArray services = api.get(QStringLiteral("/api/v1/services?limit=200"))
                                        .json()
                                        .value(QStringLiteral("items"))
                                        .toArray();
        for (const QJsonValue &s : services) {
            const QJsonArray consumers = s.toObject().value(QStringLiteral("consumers")).toArray();
            if (!consumers.isEmpty()) {
                code = consumers.first().toString();
                break;
            }
        }
        QVERIFY(!code.isEmpty());
        consumed = api.get(QStringLiteral("/api/v1/services?limit=8&consumer=") + code)
                       .json()
                       .value(QStringLiteral("items"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QStringLiteral("name"))
                       .toString();
        QVERIFY(!consumed.isEmpty());

        OperatorPage shown(m_sandbox, QStringLiteral("LGSP"));
        ui::TenantsPage &page = shown.page;
        QVERIFY(shown.start());
        QVERIFY(selectCode(page, code));
        const auto shows = [&page](const QString &text) {
            for (const QLabel *label : page.details()->findChildren<QLabel *>()) {
                if (label->text().contains(text))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shows(consumed + QStringLiteral(" (")), 10000);
        page.resize(1400, 800);
        test::saveScreenshots(&page, QStringLiteral("tenants-details"));
    }

    // A new tenant through the form, checked as typed, refused by the server when its code
    // exists, then edited with the version it was read at — and an edit based on an old
    // version refused.
    void createAndEditThroughTheForm()
    {
        OperatorPage shown(m_sandbox, QStringLiteral("LGSP"));
        ui::TenantsPage &page = shown.page;
        const client::ConnectionProfile &profile = shown.profile;
        QVERIFY(shown.start());
        const int before = page.view()->model()->rowCount();

        ui::TenantForm *form = page.openNewTenantForm();
        QVERIFY(form);
        QVERIFY(!form->canSubmit()); // empty
        const QString code = QStringLiteral("000.00.00.H98");
        form->codeEdit()->setText(QStringLiteral("H98!"));
        form->nameEdit()->setText(QStringLiteral("Tỉnh Thử Nghiệm"));
        form->emailEdit()->setText(QStringLiteral("not an address"));
        QCOMPARE(form->problems().size(), 2); // the code and the e-mail
        test::saveScreenshots(form, QStringLiteral("tenant-form"));
        QVERIFY(!form->canSubmit());
        form->codeEdit()->setText(code);
        form->emailEdit()->setText(QStringLiteral("thu.nghiem@example.gov.vn"));
        QVERIFY2(form->canSubmit(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        QSignalSpy saved(form, &ui::TenantForm::saved);
        form->submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        const QJsonObject created = api.get(QStringLiteral("/api/v1/tenants/") + code).json();
        QCOMPARE(created.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Tỉnh Thử Nghiệm"));
        QCOMPARE(page.view()->model()->rowCount(), before + 1);
        QCOMPARE(
            page.view()->currentIndex().siblingAtColumn(TenantModel::CodeColumn).data().toString(),
            code);

        // The same code again: the server's refusal is shown, the form stays open.
        form = page.openNewTenantForm();
        form->codeEdit()->setText(code);
        form->nameEdit()->setText(QStringLiteral("Trùng mã"));
        QSignalSpy notSaved(form, &ui::TenantForm::saved);
        form->submit();
        QTRY_VERIFY_WITH_TIMEOUT(form->canSubmit(), 10000); // answered
        QVERIFY2(form->message().contains(code) ||
                     form->message().contains(QStringLiteral("exist")),
                 qPrintable(form->message()));
        QVERIFY(form->isVisible());
        QCOMPARE(notSaved.size(), 0);
        form->close();

        // Edit: the form starts from the server's values; only the change is sent.
        form = page.openEditForm(profile.id, profile.name, code);
        QTRY_COMPARE_WITH_TIMEOUT(form->nameEdit()->text(), QStringLiteral("Tỉnh Thử Nghiệm"),
                                  10000);
        QVERIFY(!form->canSubmit()); // nothing changed yet
        form->nameEdit()->setText(QStringLiteral("Tỉnh Thử Nghiệm Hai"));
        QSignalSpy edited(form, &ui::TenantForm::saved);
        form->submit();
        QTRY_COMPARE_WITH_TIMEOUT(edited.size(), 1, 10000);
        QCOMPARE(api.get(QStringLiteral("/api/v1/tenants/") + code)
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Tỉnh Thử Nghiệm Hai"));
        QVERIFY(selectCode(page, code));
        QCOMPARE(
            page.view()->currentIndex().siblingAtColumn(TenantModel::NameColumn).data().toString(),
            QStringLiteral("Tỉnh Thử Nghiệm Hai"));

        // Someone else changes it while the form is open: the stale edit is refused.
        form = page.openEditForm(profile.id, profile.name, code);
        QTRY_COMPARE_WITH_TIMEOUT(form->nameEdit()->text(), QStringLiteral("Tỉnh Thử Nghiệm Hai"),
                                  10000);
        const test::ApiClient::Reply current = api.get(QStringLiteral("/api/v1/tenants/") + code);
        const test::ApiClient::Reply other = api.request(
            "PATCH", QStringLiteral("/api/v1/tenants/") + code,
            QByteArrayLiteral("{\"name\":\"Đổi bởi người khác\"}"),
            {{"Content-Type", "application/json"}, {"If-Match", current.header("ETag")}});
        QCOMPARE(other.status, 200);
        form->nameEdit()->setText(QStringLiteral("Tỉnh Thử Nghiệm Ba"));
        QSignalSpy stale(form, &ui::TenantForm::saved);
        form->submit();
        QTRY_VERIFY_WITH_TIMEOUT(form->canSubmit(), 10000);
        QCOMPARE(stale.size(), 0);
        QVERIFY2(form->message().contains(QStringLiteral("changed this tenant")),
                 qPrintable(form->message()));
        QCOMPARE(api.get(QStringLiteral("/api/v1/tenants/") + code)
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Đổi bởi người khác"));
        form->close();
    }

    // The details pane with nothing selected speaks the language chosen after it was made.
    void emptyDetailsFollowTheLanguage()
    {
        client::Fleet fleet;
        ui::TenantsPage page(&fleet);
        const auto headings = [&page] {
            QStringList texts;
            for (const QLabel *label : page.details()->findChildren<QLabel *>())
                texts << label->text();
            return texts;
        };
        QVERIFY(headings().contains(QStringLiteral("No tenant selected")));
        models::Translations translations;
        translations.setLanguage(QStringLiteral("vi"));
        QCoreApplication::processEvents();
        const QStringList vietnamese = headings();
        translations.setLanguage(QStringLiteral("en"));
        QVERIFY2(vietnamese.contains(QStringLiteral("Chưa chọn đơn vị")),
                 qPrintable(vietnamese.join(QLatin1Char('|'))));
    }

    void viewerAndReadOnlyShowNoActions()
    {
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        const test::ApiClient::Reply created =
            api.postJson(QStringLiteral("/api/v1/credentials"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                                     {QStringLiteral("name"), QStringLiteral("viewer")},
                                     {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(created.status, 201);
        client::ConnectionProfile viewer = profileFor(m_sandbox, QStringLiteral("Viewer"));
        viewer.auth = QStringLiteral("api-key");
        client::ConnectionProfile readOnly = profileFor(m_sandbox, QStringLiteral("Read-only"));
        readOnly.readOnly = true;

        client::Fleet fleet;
        fleet.setProfiles({viewer, readOnly});
        fleet.setSecret(viewer.id, created.json().value(QStringLiteral("key")).toString());
        fleet.setSecret(readOnly.id, m_sandbox.bootstrapSecret());
        ui::TenantsPage page(&fleet);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isLoading(), 15000);
        // Every tenant through each profile (19 seeded, and the one the form test created).
        const int tenants = int(api.get(QStringLiteral("/api/v1/tenants?limit=1"))
                                    .json()
                                    .value(QStringLiteral("total"))
                                    .toInteger());
        QVERIFY(tenants >= 19);
        QCOMPARE(page.view()->model()->rowCount(), 2 * tenants);
        QVERIFY(!page.openNewTenantForm()); // neither may create
        // One instance only, as when its fleet row is double-clicked, then all again.
        page.showOnlyInstance(QStringLiteral("Viewer"));
        QCOMPARE(page.view()->model()->rowCount(), tenants);
        QCOMPARE(page.shownInstance(), QStringLiteral("Viewer"));
        page.showAllInstances();
        QCOMPARE(page.view()->model()->rowCount(), 2 * tenants);
        for (int r = 0; r < page.view()->model()->rowCount(); ++r) {
            page.view()->setCurrentIndex(page.view()->model()->index(r, 0));
            QVERIFY2(
                page.details()->visibleActions().isEmpty(),
                qPrintable(
                    page.view()->model()->index(r, TenantModel::InstanceColumn).data().toString()));
        }
    }
};

QTEST_MAIN(TestTenants)
#include "tst_tenants.moc"
