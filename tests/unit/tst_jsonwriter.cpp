// The sandbox writes its largest responses (pages of services) straight into bytes; the
// result must be the very JSON the protocol's toJson() describes, whatever the strings hold:
// quotes, backslashes, control characters, Vietnamese, empty lists, the last page's null
// cursor. Checked by parsing both and comparing, over random strings too.
#include "protocol/listpage.h"
#include "protocol/service.h"
#include "sandbox/api/jsonwriter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using lgsp::protocol::ListPage;
using lgsp::protocol::Service;

namespace {

Service service(const QString &text, int n)
{
    Service s;
    s.id = QStringLiteral("000.00.00.H30~dv-%1").arg(n);
    s.code = QStringLiteral("dv-%1").arg(n);
    s.name = text;
    s.version = QStringLiteral("1.0");
    s.tenantCode = QStringLiteral("000.00.00.H30");
    s.protocol = QStringLiteral("REST");
    s.definitionType = QStringLiteral("OAS3");
    s.upstreamUrl = QStringLiteral("https://example.vn/a?b=\"c\"&d=\\e");
    s.gatewayPath = QStringLiteral("/gw/000.00.00.H30/dv");
    s.status = QStringLiteral("published");
    s.visibility = QStringLiteral("ndxp");
    s.consumers = n % 2 ? QStringList{QStringLiteral("H30.18.01"), text} : QStringList();
    s.timeoutMs = 10000 + n;
    s.rateLimitPerMin = 600;
    s.updatedAt = QDateTime::fromMSecsSinceEpoch(1795000000123LL + n, Qt::UTC);
    s.allowedActions = {QStringLiteral("deprecate")};
    return s;
}

void compare(const ListPage<Service> &page)
{
    QJsonParseError error{};
    const QJsonDocument written =
        QJsonDocument::fromJson(lgsp::sandbox::servicePageJson(page), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(written.object(), page.toJson());
}

} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameJsonAsToJson()
    {
        ListPage<Service> page;
        page.total = 3;
        const QStringList texts{QStringLiteral("Tra cứu hộ tịch \"điện tử\""),
                                QStringLiteral("back\\slash / and \t tab\nnew line\r"),
                                QString(QChar(0x01)) + QChar(0x1f) + QStringLiteral("😀 €")};
        for (int i = 0; i < texts.size(); ++i)
            page.items.append(service(texts.at(i), i));
        compare(page); // last page: null cursor, no actions
        page.nextCursor = QStringLiteral("000.00.00.H30~dv-2");
        page.allowedActions = {QStringLiteral("create")};
        compare(page);
        compare(ListPage<Service>()); // empty
    }

    void randomStrings()
    {
        QRandomGenerator random(20261127);
        ListPage<Service> page;
        for (int i = 0; i < 300; ++i) {
            QString text;
            const int length = int(random.bounded(12));
            for (int c = 0; c < length; ++c) {
                // Control characters, ASCII, Latin-1, Vietnamese and other BMP letters.
                const char16_t ranges[][2] = {
                    {0x00, 0x20}, {0x20, 0x7f}, {0xa0, 0x100}, {0x1ea0, 0x1efa}, {0x4e00, 0x4e80}};
                const auto &r = ranges[random.bounded(5)];
                text += QChar(char16_t(r[0] + random.bounded(int(r[1] - r[0]))));
            }
            page.items.append(service(text, i));
        }
        compare(page);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
