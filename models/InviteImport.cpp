#include "InviteImport.h"

#include <algorithm>

#include <EmailAddress.h>
#include <Permissions.h>
#include <SearchKey.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InviteImport", text);
}

// A header or role word as compared: folded (case, accents), letters and
// digits only, so that "E-Mail-Adresse", "email_address" and "Email address"
// meet.
QString normalized(QStringView text)
{
    const QString folded = SearchKey::fold(text);
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

// What the header cells may say, per column, in the app's languages (the
// words of its own translations first, then what spreadsheets commonly use).
const QHash<QString, InviteImport::Column> &headerWords()
{
    static const QHash<QString, InviteImport::Column> words = [] {
        using Column = InviteImport::Column;
        const QList<QPair<Column, QStringList>> table{
            {Column::Email,
             {// en
              QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Mail"),
              QStringLiteral("Email address"), QStringLiteral("E-mail address"),
              QStringLiteral("Address"),
              // de
              QStringLiteral("E-Mail-Adresse"), QStringLiteral("Mailadresse"),
              QStringLiteral("Adresse"),
              // fr
              QStringLiteral("Courriel"), QStringLiteral("Adresse e-mail"),
              QStringLiteral("Adresse électronique"), QStringLiteral("Adresse courriel"),
              QStringLiteral("Adresse mail"),
              // ja
              QStringLiteral("メール"), QStringLiteral("メールアドレス"), QStringLiteral("Eメール"),
              QStringLiteral("電子メール"), QStringLiteral("アドレス"),
              // vi
              QStringLiteral("Địa chỉ email"), QStringLiteral("Thư điện tử"),
              QStringLiteral("Địa chỉ thư điện tử")}},
            {Column::FullName,
             {QStringLiteral("Full name"), QStringLiteral("Name"), QStringLiteral("Display name"),
              QStringLiteral("Vollständiger Name"), QStringLiteral("Nom complet"),
              QStringLiteral("Nom"), QStringLiteral("氏名"), QStringLiteral("名前"),
              QStringLiteral("フルネーム"), QStringLiteral("Họ và tên"), QStringLiteral("Họ tên"),
              QStringLiteral("Tên")}},
            {Column::Role,
             {QStringLiteral("Role"), QStringLiteral("Rolle"), QStringLiteral("Rôle"),
              QStringLiteral("ロール"), QStringLiteral("役割"), QStringLiteral("Vai trò")}},
            {Column::Licenses,
             {QStringLiteral("Licenses"), QStringLiteral("License"), QStringLiteral("Licences"),
              QStringLiteral("Licence"), QStringLiteral("Lizenzen"), QStringLiteral("Lizenz"),
              QStringLiteral("ライセンス"), QStringLiteral("Giấy phép")}},
        };
        QHash<QString, InviteImport::Column> all;
        for (const auto &[column, list] : table) {
            for (const QString &word : list)
                all.insert(normalized(word), column);
        }
        return all;
    }();
    return words;
}

// A role's API name and its name in each of the app's languages.
const QHash<QString, Role> &roleWords()
{
    static const QHash<QString, Role> words = [] {
        const QList<QPair<Role, QStringList>> table{
            {Role::Owner,
             {QStringLiteral("Owner"), QStringLiteral("Inhaber"), QStringLiteral("Propriétaire"),
              QStringLiteral("オーナー"), QStringLiteral("Chủ sở hữu")}},
            {Role::Admin,
             {QStringLiteral("Admin"), QStringLiteral("Administrator"),
              QStringLiteral("Administrateur"), QStringLiteral("管理者"),
              QStringLiteral("Quản trị viên")}},
            {Role::BillingManager,
             {QStringLiteral("Billing Manager"), QStringLiteral("Abrechnungsmanager"),
              QStringLiteral("Gestionnaire de facturation"), QStringLiteral("請求管理者"),
              QStringLiteral("Người quản lý thanh toán")}},
            {Role::Member,
             {QStringLiteral("Member"), QStringLiteral("Mitglied"), QStringLiteral("Membre"),
              QStringLiteral("メンバー"), QStringLiteral("Thành viên")}},
        };
        QHash<QString, Role> all;
        for (const auto &[role, list] : table) {
            all.insert(normalized(Roles::toApiName(role)), role);
            for (const QString &word : list)
                all.insert(normalized(word), role);
        }
        return all;
    }();
    return words;
}

QString cell(const CsvRecord &record, int index)
{
    return index >= 0 && index < record.fields.size()
               ? EmailAddress::trimmed(record.fields.at(index))
               : QString();
}

bool isEmptyRecord(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!EmailAddress::trimmed(field).isEmpty())
            return false;
    }
    return true;
}

// The first column that holds a valid address in most of the first rows
// that have anything in it; -1 when none does.
int addressColumn(const QList<CsvRecord> &records)
{
    constexpr int Sample = 20;
    QList<int> valid;
    QList<int> filled;
    int sampled = 0;
    for (const CsvRecord &record : records) {
        if (sampled++ == Sample)
            break;
        if (valid.size() < record.fields.size()) {
            valid.resize(record.fields.size());
            filled.resize(record.fields.size());
        }
        for (int i = 0; i < record.fields.size(); ++i) {
            const QString text = EmailAddress::trimmed(record.fields.at(i));
            if (text.isEmpty())
                continue;
            ++filled[i];
            if (text.contains(QLatin1Char('@')) && EmailAddress::check(text).isValid())
                ++valid[i];
        }
    }
    for (int i = 0; i < valid.size(); ++i) {
        if (valid.at(i) > 0 && valid.at(i) * 2 >= filled.at(i))
            return i;
    }
    return -1;
}

} // namespace

std::optional<InviteImport::Column> InviteImport::headerColumn(QStringView cell)
{
    const auto found = headerWords().constFind(normalized(cell));
    if (found == headerWords().constEnd())
        return std::nullopt;
    return *found;
}

std::optional<Role> InviteImport::roleFromText(QStringView text)
{
    const auto found = roleWords().constFind(normalized(text));
    if (found != roleWords().constEnd())
        return *found;
    // The name in the language the app runs in now, whatever it is.
    for (Role role : Roles::all()) {
        if (normalized(Roles::displayName(role)) == normalized(text) && !text.isEmpty())
            return role;
    }
    return std::nullopt;
}

InviteImport InviteImport::readFile(const QString &path, const InviteImportOptions &options)
{
    return read(CsvReader::readFile(path), options);
}

InviteImport InviteImport::read(const CsvTable &table, const InviteImportOptions &options)
{
    InviteImport import;
    import.m_delimiter = table.delimiter;
    if (!table.ok()) {
        import.m_error = table.error;
        return import;
    }
    QList<CsvRecord> records;
    records.reserve(table.records.size());
    for (const CsvRecord &record : table.records) {
        if (!isEmptyRecord(record))
            records.append(record);
    }
    if (records.isEmpty()) {
        import.m_error = tr("The file is empty: it has no rows to import.");
        return import;
    }
    // A header names its columns; the first name of each column counts.
    const CsvRecord &first = records.first();
    bool named = false;
    for (int i = 0; i < first.fields.size(); ++i) {
        if (const auto column = headerColumn(first.fields.at(i))) {
            named = true;
            int &index = import.m_columns[int(*column)];
            if (index < 0)
                index = i;
        }
    }
    if (import.columnIndex(Column::Email) >= 0) {
        import.m_hasHeader = true;
    } else {
        const int column = addressColumn(named ? records.mid(1) : records);
        if (column < 0) {
            import.m_error = named ? tr("The first row names columns, but none of them is the "
                                        "email address, and no column holds addresses: name "
                                        "that column “Email”.")
                                   : tr("No column of this file holds email addresses. Put the "
                                        "addresses in a column named “Email”, one per row.");
            return import;
        }
        import.m_columns[int(Column::Email)] = column;
        // A first row without an address where the addresses are is a
        // header, in words we do not know or naming the other columns only.
        import.m_hasHeader = named || !cell(first, column).contains(QLatin1Char('@'));
    }
    if (import.m_hasHeader)
        records.removeFirst();
    if (records.isEmpty()) {
        import.m_error = tr("The file has a header row but no rows of people under it.");
        return import;
    }
    import.m_rows.reserve(records.size());
    for (const CsvRecord &record : std::as_const(records)) {
        InviteImportRow row;
        row.line = record.line;
        row.emailText = cell(record, import.columnIndex(Column::Email));
        row.fullName = cell(record, import.columnIndex(Column::FullName));
        row.roleText = cell(record, import.columnIndex(Column::Role));
        row.licensesText = cell(record, import.columnIndex(Column::Licenses));
        import.m_rows.append(std::move(row));
    }
    judge(import.m_rows, options);
    return import;
}

void InviteImport::judge(QList<InviteImportRow> &rows, const InviteImportOptions &options)
{
    QHash<QString, QString> products; // folded code → as the organization spells it
    for (const QString &product : options.products)
        products.insert(product.toCaseFolded(), product);
    QHash<QString, int> firstLine; // duplicate key → line
    firstLine.reserve(rows.size());
    static const QRegularExpression licenseSeparators(QStringLiteral("[;,\\s]+"));

    for (InviteImportRow &row : rows) {
        row.email.clear();
        row.licenses.clear();
        row.role = options.defaultRole;
        row.verdict = ImportVerdict::Valid;
        row.reason.clear();
        row.duplicateOf = 0;
        const auto refuse = [&row](ImportVerdict verdict, const QString &reason) {
            row.verdict = verdict;
            row.reason = reason;
        };

        const QList<EmailCheck> checks = EmailAddress::checkList(row.emailText);
        if (checks.isEmpty()) {
            refuse(ImportVerdict::InvalidEmail, tr("The row has no email address."));
            continue;
        }
        if (checks.size() > 1) {
            refuse(
                ImportVerdict::InvalidEmail,
                tr("The cell holds %1 addresses; put one address on each row.").arg(checks.size()));
            continue;
        }
        if (!checks.first().isValid()) {
            refuse(ImportVerdict::InvalidEmail, checks.first().error);
            continue;
        }
        row.email = checks.first().address;
        const QString key = EmailAddress::duplicateKey(row.email);
        if (const auto earlier = firstLine.constFind(key); earlier != firstLine.constEnd()) {
            row.duplicateOf = *earlier;
            refuse(ImportVerdict::Duplicate,
                   tr("The same address as on line %1.").arg(row.duplicateOf));
            continue;
        }
        firstLine.insert(key, row.line);

        if (!row.roleText.isEmpty()) {
            const std::optional<Role> role = roleFromText(row.roleText);
            if (!role) {
                refuse(ImportVerdict::InvalidRole,
                       tr("“%1” is not a role: use Admin, Billing Manager or Member.")
                           .arg(row.roleText));
                continue;
            }
            row.role = *role;
        }
        if (const Decision decision = Permissions::canInviteWithRole(options.actorRole, row.role);
            !decision) {
            refuse(ImportVerdict::RoleNotAllowed, decision.reason);
            continue;
        }

        QStringList unknown;
        for (const QString &code : row.licensesText.split(licenseSeparators, Qt::SkipEmptyParts)) {
            const auto product = products.constFind(code.toCaseFolded());
            if (product == products.constEnd())
                unknown.append(code);
            else if (!row.licenses.contains(*product))
                row.licenses.append(*product);
        }
        if (!unknown.isEmpty())
            refuse(
                ImportVerdict::UnknownLicense,
                tr("The organization has no license %1.").arg(unknown.join(QStringLiteral(", "))));
    }
}

int InviteImport::count(ImportVerdict verdict) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [verdict](const InviteImportRow &row) {
        return row.verdict == verdict;
    }));
}
