#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lgsp::client::wso2 {

// Which WSO2 API Manager 4.x release answers, and so where its REST APIs are: each release
// publishes its own URL versions and answers 404 under any other.
//   4.0: Publisher v2, Service Catalog v0;  4.1: v3, v1;  4.2 to 4.5: v4, v1.
struct Release
{
    // How the release was learnt: said by the server (GET /services/Version), or found by
    // asking for each release's Publisher API in turn, newest first (a 404 means "not this
    // one"), or assumed (nothing answered: the newest).
    enum class Source { Announced, Probed, Assumed };

    QString version; // "4.1.0" when announced, else the family: "4.2+", "4.1", "4.0"
    QString product; // as announced: "WSO2 API Manager-4.1.0"; empty otherwise
    int minor = 2;   // 0, 1, or 2 and above
    Source source = Source::Assumed;

    QString publisher() const; // "/api/am/publisher/v3"
    QString catalog() const;   // "/api/am/service-catalog/v1"
    // "publisher v3, service-catalog v1"
    QString apiVersions() const;
    // The release as the pages show it: "4.1.0", or "4.1 (from its API versions)".
    QString display() const;

    // The releases told apart by their API versions, newest first: what the probe tries.
    static QList<Release> families();
    // The release announced by GET /services/Version: its body (Carbon's Version service
    // answers a small XML document whose <return> holds "WSO2 API Manager-4.1.0"), or nullopt
    // when the body names no API Manager 4.x release.
    static std::optional<Release> fromVersionAnswer(const QByteArray &body);
};

} // namespace lgsp::client::wso2
