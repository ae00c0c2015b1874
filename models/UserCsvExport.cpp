#include "UserCsvExport.h"

#include "CsvWriter.h"

#include <QDir>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <array>

namespace {

/// Bytes gathered before each write to the file: large enough that system
/// calls cost nothing next to encoding, small enough to stay in cache.
constexpr qsizetype chunkBytes = 1 << 20;
/// Records between two progress reports (and cancel checks).
constexpr qint64 progressStep = 4096;

const QString listSeparator = QStringLiteral("; ");

/// Encodes members into records with the texts that repeat on every row
/// (statuses, role names) encoded once.
class RecordEncoder
{
public:
    explicit RecordEncoder(qsizetype reserveBytes)
        : m_csv(CsvWriter::FormulaGuard::Neutralise, reserveBytes)
    {
        m_csv.appendRaw(CsvWriter::byteOrderMark());
        for (const Role role : Roles::all())
            m_roleNames[static_cast<size_t>(Roles::rank(role))] = Roles::displayName(role).toUtf8();
        m_active = QCoreApplication::translate("UserCsvExport", "Active").toUtf8();
        m_removed = QCoreApplication::translate("UserCsvExport", "Removed").toUtf8();
    }

    void header()
    {
        for (int c = 0; c < UserCsvExport::ColumnCount; ++c)
            m_csv.addField(UserCsvExport::columnTitle(static_cast<UserCsvExport::Column>(c)));
        m_csv.endRecord();
    }

    void member(const Member &m, bool removed)
    {
        m_csv.addUtf8Field(removed ? m_removed : m_active);
        m_csv.addField(m.fullName);
        m_csv.addField(m.email);
        m_csv.addUtf8Field(m_roleNames[static_cast<size_t>(Roles::rank(m.role))]);
        m_csv.addUtcTimeField(m.joinedAt);
        m_csv.addJoinedField(m.licenses, listSeparator);
        m_csv.addUtcTimeField(m.lastAccessAt);
        m_csv.addUtcTimeField(m.removedAt);
        m_csv.addField(m.removedBy.isNull() ? QStringView() : QStringView(m.removedBy.name));
        m_csv.addJoinedField(m.teams, listSeparator);
        m_csv.addNumberField(m.machineCount);
        m_csv.endRecord();
    }

    CsvWriter &csv() { return m_csv; }

private:
    CsvWriter m_csv;
    std::array<QByteArray, 4> m_roleNames;
    QByteArray m_active;
    QByteArray m_removed;
};

} // namespace

UserCsvExport::UserCsvExport(QList<Member> active, QList<Member> removed)
    : m_active(std::move(active)), m_removed(std::move(removed))
{}

QString UserCsvExport::columnTitle(Column column)
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case FullNameColumn:
        return tr("Full Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case JoinDateColumn:
        return tr("Join Date");
    case LicensesColumn:
        return tr("Licenses");
    case LastAccessColumn:
        return tr("Last Access");
    case RemovedOnColumn:
        return tr("Removed On");
    case RemovedByColumn:
        return tr("Removed By");
    case TeamsColumn:
        return tr("Teams");
    case RegisteredMachinesColumn:
        return tr("Registered Machines");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray UserCsvExport::toCsv() const
{
    RecordEncoder encoder(256 + rowCount() * 160);
    encoder.header();
    for (const Member &m : m_active)
        encoder.member(m, false);
    for (const Member &m : m_removed)
        encoder.member(m, true);
    return encoder.csv().take();
}

UserCsvExport::Result UserCsvExport::write(const QString &path, const Progress &progress) const
{
    Result result;
    result.path = path;
    const auto fail = [&result, &path](const QString &reason) {
        result.status = Result::Status::Failed;
        result.errorMessage =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return result;
    };
    if (path.isEmpty())
        return fail(tr("no file name was given"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    RecordEncoder encoder(chunkBytes + 64 * 1024);
    encoder.header();
    CsvWriter &csv = encoder.csv();

    const qint64 total = rowCount();
    qint64 written = 0;
    // QSaveFile discards its temporary file when destroyed uncommitted, so
    // every early return below leaves the target as it was.
    const auto flush = [&file, &csv, &result] {
        // A short write (disk full, file size limit) reports no error; the
        // next write of the rest does, so that the message has its reason.
        const QByteArrayView bytes = csv.bytes();
        for (qsizetype done = 0; done < bytes.size();) {
            const qint64 n = file.write(bytes.data() + done, bytes.size() - done);
            if (n <= 0)
                return false;
            done += n;
        }
        result.byteCount += bytes.size();
        csv.clear(); // keeps the capacity
        return true;
    };
    const auto canceled = [&result] {
        result.status = Result::Status::Canceled;
        return result;
    };
    for (const QList<Member> *list : {&m_active, &m_removed}) {
        const bool removed = list == &m_removed;
        for (const Member &m : *list) {
            encoder.member(m, removed);
            ++written;
            if (csv.size() >= chunkBytes && !flush())
                return fail(file.errorString());
            if (progress && written % progressStep == 0 && !progress(written, total))
                return canceled();
        }
    }
    if (!flush())
        return fail(file.errorString());
    if (progress && !progress(written, total))
        return canceled();
    if (!file.commit())
        return fail(file.errorString());
    result.status = Result::Status::Written;
    result.rowCount = written;
    return result;
}

QFuture<UserCsvExport::Result> UserCsvExport::writeAsync(const QString &path) const
{
    return QtConcurrent::run([exporter = *this, path](QPromise<Result> &promise) {
        const qint64 total = exporter.rowCount();
        promise.setProgressRange(0, static_cast<int>(total));
        const Result result = exporter.write(path, [&promise](qint64 written, qint64) {
            promise.setProgressValue(static_cast<int>(written));
            return !promise.isCanceled();
        });
        // A canceled future drops results anyway; adding none says so plainly.
        if (result.status != Result::Status::Canceled)
            promise.addResult(result);
    });
}

QString UserCsvExport::safeFileNamePart(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        switch (c.unicode()) {
        case u'/':
        case u'\\':
        case u':':
        case u'*':
        case u'?':
        case u'"':
        case u'<':
        case u'>':
        case u'|':
            continue;
        default:
            if (c.category() == QChar::Other_Control)
                continue;
            safe.append(c);
        }
    }
    qsizetype begin = 0;
    qsizetype end = safe.size();
    while (begin < end && (safe.at(begin) == u' ' || safe.at(begin) == u'.'))
        ++begin;
    while (end > begin && (safe.at(end - 1) == u' ' || safe.at(end - 1) == u'.'))
        --end;
    return safe.mid(begin, end - begin);
}

QString UserCsvExport::defaultFileName(const QString &organization, const QDate &date)
{
    const QString org = safeFileNamePart(organization);
    QString name = org.isEmpty() ? QStringLiteral("users") : org + QStringLiteral("-users");
    if (date.isValid())
        name += QLatin1Char('-') + date.toString(Qt::ISODate);
    return name + QStringLiteral(".csv");
}

QString UserCsvExport::withCsvSuffix(const QString &path)
{
    if (path.isEmpty() || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return path;
    if (path.endsWith(QLatin1Char('.')))
        return path + QStringLiteral("csv");
    return path + QStringLiteral(".csv");
}
