#pragma once

#include "Member.h"
#include "MemberField.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>

#include <functional>

/// The Export Users file: the Active Users and the Removed Users lists in
/// one CSV file, Active first, each in the order given.
///
/// Layout: a header record, then one record per member with the columns of
/// Column: Status ("Active" or "Removed"), Full Name, Email, Role (the last
/// role for removed users), Join Date, Licenses (product codes joined by
/// "; "), Last Access, Removed On, Removed By (a name), Teams (joined by
/// "; "), Registered Machines (a count). Times are ISO 8601 in UTC with
/// seconds ("2026-11-29T06:40:00Z"), empty when null. Titles, statuses and
/// role names are the app's translated texts.
///
/// Encoding: UTF-8 with a byte-order mark, RFC 4180 with CRLF record ends and
/// formula-looking cells neutralised (see CsvWriter).
///
/// Writing goes through QSaveFile: the file appears only when every byte is
/// written, and an existing file is replaced atomically or left untouched.
/// QtCore only; safe to run on a worker thread (see writeAsync()).
class UserCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(UserCsvExport)

public:
    enum Column
    {
        StatusColumn,
        FullNameColumn,
        EmailColumn,
        RoleColumn,
        JoinDateColumn,
        LicensesColumn,
        LastAccessColumn,
        RemovedOnColumn,
        RemovedByColumn,
        TeamsColumn,
        RegisteredMachinesColumn,
        ColumnCount
    };

    /// The outcome of a write: errors are data, with a sentence for the user.
    struct Result
    {
        enum class Status
        {
            Written,  ///< the file holds the complete export
            Failed,   ///< nothing written; errorMessage says why
            Canceled, ///< stopped on request; nothing written
        };
        Status status = Status::Failed;
        QString path;         ///< the file asked for
        QString errorMessage; ///< "Could not write <path>: <reason>", empty unless Failed
        qint64 rowCount = 0;  ///< member records written (header excluded)
        qint64 byteCount = 0; ///< size of the file, BOM included

        bool ok() const { return status == Status::Written; }
    };

    /// Called after each block of 4096 records (the last block too) is
    /// written, with the records written so far and the total (both counts of
    /// members, header excluded), on the thread that called write().
    /// Returning false cancels the write.
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    /// The export of `active` and `removed` (complete lists, not a search
    /// result). Copies are cheap: the lists are implicitly shared.
    UserCsvExport(QList<Member> active, QList<Member> removed);

    /// Number of member records the file will hold.
    qint64 rowCount() const { return m_active.size() + m_removed.size(); }

    /// The field `column` holds; its title is MemberFields::title() of it.
    static MemberField fieldOf(Column column);
    /// The header title of `column`, translated ("Full Name"); empty out of range.
    static QString columnTitle(Column column);

    /// The whole file as bytes (BOM, header, records), for tests and small
    /// exports.
    QByteArray toCsv() const;

    /// Writes the file at `path` through QSaveFile, in blocks of 4096 records;
    /// while one block is written the next is encoded on a pool thread
    /// (QThreadPool::globalInstance(), never waited for: a busy pool only
    /// makes it slower). The bytes are those of toCsv(). An empty path, a directory, a missing or
    /// read-only folder or a write error gives Status::Failed with "Could not write <path>:
    /// <reason>" and leaves any existing file unchanged; so does a cancel (Status::Canceled).
    /// Blocking: call it off the GUI thread for large lists.
    Result write(const QString &path, const Progress &progress = {}) const;

    /// Runs write() on the global thread pool. The future reports progress
    /// (range 0 … rowCount(), in records) for a QFutureWatcher and a progress
    /// bar; QFuture::cancel() stops the write, leaves the target untouched
    /// and the canceled future holds no result. Otherwise it holds exactly one
    /// Result.
    QFuture<Result> writeAsync(const QString &path) const;

    /// The default file name "<organization>-users-<YYYY-MM-DD>.csv" for the
    /// local `date` (the user's day). The organization name is made safe for
    /// file systems by safeFileNamePart(); if nothing is left, the name is
    /// "users-<YYYY-MM-DD>.csv". An invalid date is left out
    /// ("<organization>-users.csv").
    static QString defaultFileName(const QString &organization, const QDate &date);

    /// `name` without the characters that Windows, macOS or Linux refuse in a
    /// file name: / \ : * ? " < > | and control characters (C0, DEL, C1);
    /// spaces and dots at either end are trimmed (Windows drops trailing
    /// ones). Letters of every script, digits and other punctuation stay.
    static QString safeFileNamePart(const QString &name);

    /// `path` with ".csv" appended unless it already ends with ".csv" in any
    /// case ("Report.CSV" stays); a trailing dot gets "csv" ("users." gives
    /// "users.csv"). An empty path stays empty.
    static QString withCsvSuffix(const QString &path);

private:
    QList<Member> m_active;
    QList<Member> m_removed;
};
