#pragma once

#include "CsvReader.h"

#include <Role.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What the app can tell of an imported row before asking the server
/// (already a member, already invited and seats need the server).
enum class ImportVerdict
{
    Valid,
    InvalidEmail,   ///< no address, more than one, or not one the server accepts
    Duplicate,      ///< the address came on an earlier row: InviteImportRow::duplicateOf
    InvalidRole,    ///< the role cell names no role
    RoleNotAllowed, ///< a role this admin may not give (Permissions::canInviteWithRole)
    UnknownLicense, ///< a product code the organization has no pool of
};

/// One row of an imported file, as read and as judged.
struct InviteImportRow
{
    int line = 0; ///< the line of the file the row starts on, from 1
    // The cells as in the file (trimmed); the admin may fix emailText in place.
    QString emailText;
    QString fullName;
    QString roleText;     ///< empty: the default role
    QString licensesText; ///< e.g. "KSE;KRE"; empty: none

    // Set by InviteImport::judge().
    QString email; ///< the addr-spec to send; empty unless the address is valid
    Role role = Role::Member;
    QStringList licenses; ///< product codes as the organization spells them
    ImportVerdict verdict = ImportVerdict::Valid;
    QString reason;      ///< a translated sentence; empty when Valid
    int duplicateOf = 0; ///< Duplicate: the line of the first row with the address
};

/// How to judge rows: who imports, and what the organization has.
struct InviteImportOptions
{
    Role actorRole = Role::Admin;    ///< the importing admin's role
    Role defaultRole = Role::Member; ///< for rows without a role
    QStringList products;            ///< the organization's license product codes
};

/// A file of people to invite (Invite Users ▸ Import from file…), read with
/// CsvReader and turned into rows: RFC 4180 CSV (comma or semicolon) or tab-
/// separated text, UTF-8 with or without BOM.
///
/// Columns: a first row whose cells name an email column is a header; it
/// may also name a role, a licenses and a full-name column, in any order.
/// Names are recognised whatever their case, accents, spaces, hyphens and
/// underscores, in English, German, French, Japanese and Vietnamese (the
/// app's languages; headerColumn() lists them). Without such a header, the
/// email column is the first one that holds an address in most of the first
/// rows, and there are no other columns. Empty rows are left out; every row
/// keeps the line it starts on.
class InviteImport
{
public:
    enum class Column
    {
        Email,
        FullName,
        Role,
        Licenses,
    };

    /// Reads and judges the file at `path` (CsvReader::readFile's refusals,
    /// then those of read()).
    static InviteImport readFile(const QString &path, const InviteImportOptions &options);
    /// Reads and judges `table`. Refused, with error(): a table CsvReader
    /// refused (its error), no rows at all, a header without an email
    /// column, or no header and no column of addresses.
    static InviteImport read(const CsvTable &table, const InviteImportOptions &options);

    /// Judges every row again (after the admin fixed an address or dropped a
    /// row): the address (EmailAddress::checkList, one per row), then a
    /// repeat of an earlier row's address (EmailAddress::duplicateKey), then
    /// the role (an API name such as BILLING_MANAGER, or a role's name in one
    /// of the app's languages; Permissions::canInviteWithRole), then the
    /// licenses (codes separated by ';', ',' or spaces; case-insensitive).
    /// The first problem found is the verdict.
    static void judge(QList<InviteImportRow> &rows, const InviteImportOptions &options);

    /// The column a header cell names, if any ("E-Mail-Adresse" → Email,
    /// "Họ và tên" → FullName, "ロール" → Role, "Licences" → Licenses).
    static std::optional<Column> headerColumn(QStringView cell);
    /// The role a role cell names, if any ("billing manager", "ADMIN",
    /// "Mitglied", "管理者"). Empty text gives std::nullopt.
    static std::optional<Role> roleFromText(QStringView text);

    bool ok() const { return m_error.isEmpty(); }
    /// Why the file gives no rows, a translated sentence; empty when ok().
    QString error() const { return m_error; }
    bool hasHeader() const { return m_hasHeader; }
    /// The field index of `column` in the file; -1 when the file has none.
    int columnIndex(Column column) const { return m_columns[int(column)]; }
    QChar delimiter() const { return m_delimiter; }
    const QList<InviteImportRow> &rows() const { return m_rows; }
    QList<InviteImportRow> &rows() { return m_rows; }
    /// Rows with `verdict`.
    int count(ImportVerdict verdict) const;

private:
    QString m_error;
    bool m_hasHeader = false;
    int m_columns[4] = {-1, -1, -1, -1};
    QChar m_delimiter;
    QList<InviteImportRow> m_rows;
};
