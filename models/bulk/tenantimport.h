#pragma once

#include "models/common/csvreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace lgsp::client {
class Backend;
}

namespace lgsp::models {

// Bulk changes to the tenants of one instance from a spreadsheet: a CSV of tenants to create
// or update, or of tenant codes to suspend or resume. A dry run reads every tenant the file
// names (and its version) and says, row by row, what applying would do and what is wrong;
// applying then changes one row at a time, in file order, sending each update and action
// with If-Match on the version the dry run read, so a tenant changed since by someone else
// fails instead of being overwritten. A failure stops the rest or not, as chosen; every row
// ends with its outcome, and report() writes them all as CSV.
class TenantImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantImport)

public:
    enum class Operation { CreateOrUpdate, Suspend, Resume };
    enum class OnFailure { Stop, Continue };
    enum class Change { Unknown, Create, Update, Suspend, Resume, Unchanged, Invalid };
    enum class Outcome { Pending, Done, Failed, NotRun };

    // Words for the user, put together when shown, so rows read after a language switch
    // are in the new language too.
    using Text = std::function<QString()>;

    struct Row
    {
        int line = 0;             // in the file, the header being line 1
        QString code;             // as written, trimmed
        QString name;             // from the file, else the server's
        QJsonObject fields;       // what the file sets, in the Admin API's names
        QList<Text> fileProblems; // what is wrong with the row whatever the server holds
        QJsonObject input;        // what applying sends (the differences, for an update)
        Change change = Change::Unknown;
        QList<Text> problems;    // why it cannot be applied (Invalid)
        QList<Text> differences; // "Name: A → B", for an update
        QByteArray etag;         // the version the dry run read; sent in If-Match
        Outcome outcome = Outcome::Pending;
        Text result; // what happened, with the server's words on a failure
    };

    explicit TenantImport(QObject *parent = nullptr);
    ~TenantImport() override;

    // Reads the file. False with the reason when it cannot be used at all (not UTF-8, no
    // column of codes, no rows); problems of single rows are found by dryRun().
    bool load(const QByteArray &bytes, Operation operation, QString *error);
    Operation operation() const { return m_operation; }
    QChar delimiter() const { return m_delimiter; }
    // Columns of the file the import does not use (the export's "Instance", "Services"…).
    QStringList ignoredColumns() const { return m_ignored; }
    const QList<Row> &rows() const { return m_rows; }

    void dryRun(client::Backend *backend);
    // After a finished dry run: applies the rows that change something.
    void apply(client::Backend *backend, OnFailure onFailure);
    // Stops after the call in flight; the rest are "not run".
    void cancel();

    bool isBusy() const { return m_busy; }
    bool hasDryRun() const { return m_dryRunDone; }
    bool hasApplied() const { return m_applied; }
    int count(Change change) const;
    int count(Outcome outcome) const;
    // Rows a dry run found something to do for.
    int pending() const;

    static QString changeText(const Row &row);
    static QString resultText(const Row &row);
    static QStringList say(const QList<Text> &texts);
    static QString outcomeText(Outcome outcome);
    // Every row with its plan and outcome, as CSV (UTF-8 with BOM, the console's exports).
    QByteArray report() const;

Q_SIGNALS:
    void rowChanged(int index);
    void progress(int done, int total);
    void dryRunFinished();
    // `stopped`: a failure (with OnFailure::Stop) or cancel() ended it early.
    void applyFinished(bool stopped);

private:
    void readNext();
    void planRow(int index, bool found, const QJsonObject &current, const QByteArray &etag,
                 const QString &error);
    void applyNext();
    void finishApply(bool stopped, const Text &why);

    Operation m_operation = Operation::CreateOrUpdate;
    QChar m_delimiter;
    QStringList m_ignored;
    QList<Row> m_rows;
    QPointer<client::Backend> m_backend;
    OnFailure m_onFailure = OnFailure::Stop;
    QList<int> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_dryRunDone = false;
    bool m_applied = false;
    QObject *m_calls = nullptr; // context of the calls in flight; deleted to drop them
};

} // namespace lgsp::models
