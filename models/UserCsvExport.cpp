#include "UserCsvExport.h"

#include "CsvWriter.h"

#include <QDir>
#include <QPromise>
#include <QSaveFile>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>

namespace {

/// Records per block: each block is encoded into memory (about 500 KB),
/// then written to the file in one call, then progress is reported. Large
/// enough that system calls cost nothing next to encoding, small enough to
/// stay in cache and to report progress often.
constexpr qint64 blockRows = 4096;
/// Room reserved per block, so that a block of ordinary records never grows
/// its buffer.
constexpr qsizetype blockBytes = 1 << 20;

const QString listSeparator = QStringLiteral("; ");

/// Encodes members into records with the texts that repeat on every row
/// (statuses, role names) encoded once.
class RecordEncoder
{
public:
    explicit RecordEncoder(qsizetype reserveBytes)
        : m_csv(CsvWriter::FormulaGuard::Neutralise, reserveBytes)
    {
        for (const Role role : Roles::all())
            m_roleNames[static_cast<size_t>(Roles::rank(role))] = Roles::displayName(role).toUtf8();
        m_active = QCoreApplication::translate("UserCsvExport", "Active").toUtf8();
        m_removed = QCoreApplication::translate("UserCsvExport", "Removed").toUtf8();
    }

    /// The BOM and the header record.
    void header()
    {
        m_csv.appendRaw(CsvWriter::byteOrderMark());
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

    /// Records `from` to `to` (excluded) of the active list followed by the
    /// removed list.
    void rows(const QList<Member> &active, const QList<Member> &removed, qint64 from, qint64 to)
    {
        const qint64 split = active.size();
        for (qint64 i = from; i < std::min(to, split); ++i)
            member(active.at(i), false);
        for (qint64 i = std::max(from, split); i < to; ++i)
            member(removed.at(i - split), true);
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

MemberField UserCsvExport::fieldOf(Column column)
{
    static constexpr MemberField fields[ColumnCount] = {
        MemberField::Status,       MemberField::FullName,     MemberField::Email,
        MemberField::Role,         MemberField::JoinedAt,     MemberField::Licenses,
        MemberField::LastAccessAt, MemberField::RemovedAt,    MemberField::RemovedBy,
        MemberField::Teams,        MemberField::MachineCount,
    };
    return column >= 0 && column < ColumnCount ? fields[column] : MemberField::Status;
}

QString UserCsvExport::columnTitle(Column column)
{
    return column >= 0 && column < ColumnCount ? MemberFields::title(fieldOf(column)) : QString();
}

QByteArray UserCsvExport::toCsv() const
{
    RecordEncoder encoder(256 + rowCount() * 160);
    encoder.header();
    encoder.rows(m_active, m_removed, 0, rowCount());
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

    // Blocks are encoded two at a time: this thread encodes and writes one
    // while a pool thread encodes the next, a third faster on two idle cores
    // (200,000 members: 36 instead of 54 ms to tmpfs). Encoding costs ten
    // times the writing, and waits mostly for memory: a member's texts lie
    // wherever the heap put them. Should the pool be busy, this thread
    // claims the next block and encodes it itself, so that nothing ever
    // waits for a free pool thread (docs/performance.md, Export).
    RecordEncoder own(blockBytes);
    RecordEncoder next(blockBytes);
    own.header();
    std::atomic_bool claimed = false;
    QFuture<void> helper;
    // Whatever path leaves this function, the pool thread is done with
    // `next` first.
    const auto waitForHelper = qScopeGuard([&helper] { helper.waitForFinished(); });

    // QSaveFile discards its temporary file when destroyed uncommitted, so
    // every early return below leaves the target as it was.
    const auto flush = [&file, &result](CsvWriter &csv) {
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

    const qint64 total = rowCount();
    qint64 written = 0;
    while (written < total) {
        const qint64 ownEnd = std::min(written + blockRows, total);
        const qint64 nextEnd = std::min(ownEnd + blockRows, total);
        if (nextEnd > ownEnd) {
            claimed = false;
            helper = QtConcurrent::run([this, &next, &claimed, ownEnd, nextEnd] {
                if (!claimed.exchange(true))
                    next.rows(m_active, m_removed, ownEnd, nextEnd);
            });
        }
        own.rows(m_active, m_removed, written, ownEnd);
        if (!flush(own.csv()))
            return fail(file.errorString());
        written = ownEnd;
        if (progress && !progress(written, total))
            return canceled();
        if (nextEnd > ownEnd) {
            if (!claimed.exchange(true))
                next.rows(m_active, m_removed, ownEnd, nextEnd);
            helper.waitForFinished();
            if (!flush(next.csv()))
                return fail(file.errorString());
            written = nextEnd;
            if (progress && !progress(written, total))
                return canceled();
        }
    }
    if (!flush(own.csv())) // the header alone, for empty lists
        return fail(file.errorString());
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
