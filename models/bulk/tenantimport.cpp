#include "models/bulk/tenantimport.h"

#include "client/backend/backend.h"
#include "models/bulk/tenantfields.h"
#include "models/common/csv.h"
#include "models/logging.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/agencycode.h"
#include "protocol/tenant.h"
#include "protocol/textfold.h"

#include <QHash>

namespace lgsp::models {

using namespace tenantfields;

namespace {

// Tenants read at once during a dry run: enough to be quick, few enough for a small server.
constexpr int kParallelReads = 4;

} // namespace

TenantImport::TenantImport(QObject *parent)
    : QObject(parent)
{}

TenantImport::~TenantImport() = default;

bool TenantImport::load(const QByteArray &bytes, Operation operation, QString *error)
{
    const std::optional<csv::Table> table = csv::Reader::read(bytes, error);
    if (!table)
        return false;
    QHash<int, QString> fieldOf;
    QStringList ignored;
    for (qsizetype c = 0; c < table->header.size(); ++c) {
        const QString field = columnNames().value(protocol::foldForSearch(table->header.at(c)));
        if (field.isEmpty() || fieldOf.values().contains(field) ||
            (operation != Operation::CreateOrUpdate && field != QLatin1String("code") &&
             field != QLatin1String("name")))
            ignored << table->header.at(c);
        else
            fieldOf.insert(int(c), field);
    }
    if (!fieldOf.values().contains(QLatin1String("code"))) {
        *error = tr("No column of agency codes: the first line must name the columns, one of "
                    "them \"code\" or \"Agency code\" (\"Mã định danh\").");
        return false;
    }
    if (table->rows.isEmpty()) {
        *error = tr("The file has a header but no rows.");
        return false;
    }
    QList<Row> rows;
    rows.reserve(table->rows.size());
    QHash<QString, int> seen; // code → line
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        Row row;
        row.line = table->lines.at(r);
        const QStringList &cells = table->rows.at(r);
        for (auto it = fieldOf.cbegin(); it != fieldOf.cend(); ++it) {
            const QString value = cells.value(it.key()).trimmed();
            if (it.value() == QLatin1String("code"))
                row.code = value.toUpper();
            else if (it.value() == QLatin1String("name"))
                row.name = value;
            if (value.isEmpty() || it.value() == QLatin1String("code"))
                continue;
            if (it.value() == QLatin1String("kind") || it.value() == QLatin1String("status")) {
                const QString wire = wireValue(it.value(), value);
                if (wire.isEmpty())
                    row.fileProblems << [field = it.value(), value] {
                        return tr("%1 \"%2\" is not one the console knows.")
                            .arg(fieldTitle(field), value);
                    };
                else
                    row.fields.insert(it.value(), wire);
            } else {
                row.fields.insert(it.value(), value);
            }
        }
        if (cells.size() > table->header.size())
            row.fileProblems << [extra = int(cells.size() - table->header.size())] {
                return tr("The row has %n more cell(s) than the header.", nullptr, extra);
            };
        if (row.code.isEmpty())
            row.fileProblems << [] {
                return tr("No agency code.");
            };
        else if (!protocol::isValidAgencyCode(row.code))
            row.fileProblems << [code = row.code] {
                return tr("\"%1\" is not an agency code.").arg(code);
            };
        else if (seen.contains(row.code))
            row.fileProblems << [first = seen.value(row.code)] {
                return tr("The same agency code is on line %1.").arg(first);
            };
        else
            seen.insert(row.code, row.line);
        row.problems = row.fileProblems;
        if (!row.problems.isEmpty())
            row.change = Change::Invalid;
        rows << row;
    }
    m_operation = operation;
    m_delimiter = table->delimiter;
    m_ignored = ignored;
    m_rows = rows;
    m_dryRunDone = false;
    m_applied = false;
    qCInfo(lcModels) << "tenant import:" << m_rows.size() << "row(s), delimiter"
                     << QString(m_delimiter) << "ignored columns" << m_ignored;
    return true;
}

void TenantImport::dryRun(client::Backend *backend)
{
    if (m_busy || !backend)
        return;
    m_backend = backend;
    m_busy = true;
    m_cancelled = false;
    m_dryRunDone = false;
    m_applied = false;
    delete m_calls;
    m_calls = new QObject(this);
    m_queue.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        row.outcome = Outcome::Pending;
        row.result = nullptr;
        row.differences.clear();
        row.etag.clear();
        row.input = QJsonObject();
        row.problems = row.fileProblems;
        row.change = row.problems.isEmpty() ? Change::Unknown : Change::Invalid;
        if (row.change == Change::Unknown)
            m_queue << int(i);
        Q_EMIT rowChanged(int(i));
    }
    m_done = 0;
    m_total = int(m_queue.size());
    m_inFlight = 0;
    Q_EMIT progress(0, m_total);
    if (m_queue.isEmpty()) {
        m_busy = false;
        m_dryRunDone = true;
        Q_EMIT dryRunFinished();
        return;
    }
    for (int i = 0; i < kParallelReads; ++i)
        readNext();
}

void TenantImport::readNext()
{
    if (!m_backend || m_cancelled || m_queue.isEmpty()) {
        if (m_inFlight == 0 && m_busy) {
            m_busy = false;
            m_dryRunDone = !m_cancelled;
            Q_EMIT dryRunFinished();
        }
        return;
    }
    const int index = m_queue.takeFirst();
    ++m_inFlight;
    m_backend->tenant(m_rows.at(index).code, m_calls,
                      [this, index](const client::Result<protocol::Tenant> &r) {
                          --m_inFlight;
                          if (r.ok())
                              planRow(index, true, r.value.toJson(), r.etag, QString());
                          else if (r.error.kind == client::ClientError::Kind::NotFound)
                              planRow(index, false, {}, {}, QString());
                          else
                              planRow(index, false, {}, {}, r.error.message());
                          Q_EMIT progress(++m_done, m_total);
                          readNext();
                      });
}

void TenantImport::planRow(int index, bool found, const QJsonObject &current,
                           const QByteArray &etag, const QString &error)
{
    Row &row = m_rows[index];
    row.etag = etag;
    row.problems.clear();
    const auto invalid = [&row](const Text &problem) {
        row.problems << problem;
        row.change = Change::Invalid;
    };
    if (!error.isEmpty()) {
        invalid([error] { return tr("Could not read it from the instance: %1").arg(error); });
        Q_EMIT rowChanged(index);
        return;
    }
    const QJsonObject now = flatFields(current);
    const QString status = current.value(QLatin1String("status")).toString();
    const QStringList allowed =
        current.value(QLatin1String("allowedActions")).toVariant().toStringList();
    if (found && row.name.isEmpty())
        row.name = current.value(QLatin1String("name")).toString();
    switch (m_operation) {
    case Operation::Suspend:
    case Operation::Resume: {
        const bool suspend = m_operation == Operation::Suspend;
        const QString action = suspend ? QStringLiteral("suspend") : QStringLiteral("resume");
        if (!found)
            invalid([] { return tr("No tenant with this code on the instance."); });
        else if (suspend ? status == QLatin1String("suspended")
                         : status == QLatin1String("active") || status == QLatin1String("trial"))
            row.change = Change::Unchanged; // already as asked: nothing to do
        else if (!allowed.contains(action))
            invalid([status] {
                return tr("The instance does not allow this now (the tenant is %1).")
                    .arg(TenantModel::statusText(status));
            });
        else
            row.change = suspend ? Change::Suspend : Change::Resume;
        break;
    }
    case Operation::CreateOrUpdate: {
        QList<protocol::DecodeError> errors;
        if (!found) {
            QJsonObject input = wireFields(row.fields, {});
            input.insert(QLatin1String("code"), row.code);
            if (!protocol::TenantInput::fromJson(input, false, &errors)) {
                for (const protocol::DecodeError &e : std::as_const(errors))
                    invalid(
                        [e] { return tr("%1: %2").arg(fieldTitle(e.field.mid(1)), e.message); });
                if (row.problems.isEmpty())
                    invalid([] { return tr("The row cannot create a tenant."); });
            } else {
                row.input = input;
                row.change = Change::Create;
            }
            break;
        }
        if (!allowed.contains(QLatin1String("edit"))) {
            invalid([status] {
                return tr("The instance does not allow editing this tenant (it is %1).")
                    .arg(TenantModel::statusText(status));
            });
            break;
        }
        QJsonObject changes;
        for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
            const QString before = now.value(it.key()).toString();
            const QString after = it.value().toString();
            if (before == after)
                continue;
            if (it.key() == QLatin1String("status")) {
                // A status moves by its own actions, which the server checks.
                row.differences << [field = it.key(), before] {
                    return tr("%1 stays %2 (use Suspend or Resume)")
                        .arg(fieldTitle(field), shown(field, before));
                };
                continue;
            }
            changes.insert(it.key(), after);
            row.differences << [field = it.key(), before, after] {
                return tr("%1: %2 → %3")
                    .arg(fieldTitle(field), shown(field, before), shown(field, after));
            };
        }
        if (changes.isEmpty()) {
            row.change = Change::Unchanged;
            break;
        }
        const QJsonObject input = wireFields(changes, now);
        if (!protocol::TenantInput::fromJson(input, true, &errors)) {
            for (const protocol::DecodeError &e : std::as_const(errors))
                invalid([e] { return tr("%1: %2").arg(fieldTitle(e.field.mid(1)), e.message); });
            break;
        }
        row.input = input;
        row.change = Change::Update;
        break;
    }
    }
    Q_EMIT rowChanged(index);
}

void TenantImport::apply(client::Backend *backend, OnFailure onFailure)
{
    if (m_busy || !backend || !m_dryRunDone || m_applied)
        return;
    m_backend = backend;
    m_onFailure = onFailure;
    m_busy = true;
    m_cancelled = false;
    m_applied = true;
    delete m_calls;
    m_calls = new QObject(this);
    m_queue.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Change change = m_rows.at(i).change;
        if (change == Change::Create || change == Change::Update || change == Change::Suspend ||
            change == Change::Resume) {
            m_queue << int(i);
        } else {
            m_rows[i].outcome = Outcome::NotRun;
            m_rows[i].result = [change] {
                return change == Change::Unchanged ? tr("Nothing to change.")
                                                   : tr("The row has errors.");
            };
            Q_EMIT rowChanged(int(i));
        }
    }
    m_done = 0;
    m_total = int(m_queue.size());
    Q_EMIT progress(0, m_total);
    qCInfo(lcModels) << "tenant import: applying" << m_total << "row(s)";
    applyNext();
}

void TenantImport::applyNext()
{
    if (m_cancelled) {
        finishApply(true, [] { return tr("The import was cancelled."); });
        return;
    }
    client::Backend *backend = m_backend.data();
    if (m_queue.isEmpty() || !backend) {
        finishApply(!m_queue.isEmpty(), [] { return tr("The connection was closed."); });
        return;
    }
    const int index = m_queue.takeFirst();
    const Row &row = m_rows.at(index);
    const auto done = [this, index](const client::Result<protocol::Tenant> &r) {
        Row &target = m_rows[index];
        Q_EMIT progress(++m_done, m_total);
        if (r.ok()) {
            target.outcome = Outcome::Done;
            target.result = [name = r.value.name, status = r.value.status] {
                return tr("%1 is %2.").arg(name, TenantModel::statusText(status));
            };
            target.etag = r.etag;
            Q_EMIT rowChanged(index);
            applyNext();
            return;
        }
        target.outcome = Outcome::Failed;
        if (r.error.kind == client::ClientError::Kind::Precondition) {
            target.result = [] {
                return tr("Changed on the instance since the dry run; nothing was "
                          "overwritten. Run the dry run again.");
            };
        } else {
            target.result = [message = r.error.message()] {
                return message;
            };
        }
        qCWarning(lcModels) << "tenant import: line" << target.line << target.code
                            << "failed:" << r.error.summary();
        Q_EMIT rowChanged(index);
        if (m_onFailure == OnFailure::Stop)
            finishApply(true, [line = target.line] {
                return tr("Stopped after the failure on line %1.").arg(line);
            });
        else
            applyNext();
    };
    QList<protocol::DecodeError> errors;
    const bool create = row.change == Change::Create;
    const std::optional<protocol::TenantInput> input =
        create || row.change == Change::Update
            ? protocol::TenantInput::fromJson(row.input, !create, &errors)
            : std::optional<protocol::TenantInput>(protocol::TenantInput{});
    if (!input) { // checked by the dry run: only a changed console could get here
        client::Result<protocol::Tenant> refused;
        refused.error = client::ClientError::make(client::ClientError::Kind::Validation,
                                                  errors.value(0).toString());
        done(refused);
        return;
    }
    switch (row.change) {
    case Change::Create:
        backend->createTenant(*input, m_calls, done);
        break;
    case Change::Update:
        backend->updateTenant(row.code, *input, row.etag, m_calls, done);
        break;
    case Change::Suspend:
    case Change::Resume:
        backend->tenantAction(row.code,
                              row.change == Change::Suspend ? QStringLiteral("suspend")
                                                            : QStringLiteral("resume"),
                              row.etag, m_calls, done);
        break;
    default:
        applyNext();
        break;
    }
}

void TenantImport::finishApply(bool stopped, const Text &why)
{
    for (const int index : std::as_const(m_queue)) {
        m_rows[index].outcome = Outcome::NotRun;
        m_rows[index].result = why;
        Q_EMIT rowChanged(index);
    }
    m_queue.clear();
    m_busy = false;
    qCInfo(lcModels) << "tenant import: done" << count(Outcome::Done) << "failed"
                     << count(Outcome::Failed) << "stopped" << stopped;
    Q_EMIT applyFinished(stopped);
}

void TenantImport::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
}

int TenantImport::count(Change change) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [change](const Row &r) { return r.change == change; }));
}

int TenantImport::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [outcome](const Row &r) { return r.outcome == outcome; }));
}

int TenantImport::pending() const
{
    return count(Change::Create) + count(Change::Update) + count(Change::Suspend) +
           count(Change::Resume);
}

QString TenantImport::changeText(const Row &row)
{
    switch (row.change) {
    case Change::Unknown:
        return tr("Not checked yet");
    case Change::Create:
        return tr("Create");
    case Change::Update:
        return tr("Update: %1").arg(say(row.differences).join(QStringLiteral("; ")));
    case Change::Suspend:
        return tr("Suspend");
    case Change::Resume:
        return tr("Resume");
    case Change::Unchanged:
        return row.differences.isEmpty()
                   ? tr("No change")
                   : tr("No change: %1").arg(say(row.differences).join(QStringLiteral("; ")));
    case Change::Invalid:
        return tr("Error: %1").arg(say(row.problems).join(QLatin1Char(' ')));
    }
    return {};
}

QString TenantImport::resultText(const Row &row)
{
    return row.result ? row.result() : QString();
}

QStringList TenantImport::say(const QList<Text> &texts)
{
    QStringList said;
    for (const Text &text : texts)
        said << text();
    return said;
}

QString TenantImport::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QString();
    case Outcome::Done:
        return tr("Done");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::NotRun:
        return tr("Not run");
    }
    return {};
}

QByteArray TenantImport::report() const
{
    QList<QStringList> lines;
    for (const Row &row : m_rows)
        lines << QStringList{QString::number(row.line), row.code,       row.name, changeText(row),
                             outcomeText(row.outcome),  resultText(row)};
    return csv::document({tr("Line"), tr("Agency code"), tr("Name"), tr("What the dry run found"),
                          tr("Outcome"), tr("Detail")},
                         lines);
}

} // namespace lgsp::models
