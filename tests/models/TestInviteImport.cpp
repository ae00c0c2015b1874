// Importing people to invite from a file (tests/data/import): headers in the
// app's five languages, comma, semicolon and tab files, a BOM, quoted fields
// with commas and line breaks, a file without a header, and the verdicts the
// app gives without the server (invalid, duplicate of line N, unknown role,
// role not allowed for this admin, unknown license), each with its line.
// 10,000 rows and the refusals (empty, no address column, not text) too.
#include "InviteImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TESTOPS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

InviteImportOptions ownerOptions()
{
    InviteImportOptions options;
    options.actorRole = Role::Owner;
    options.products = {QStringLiteral("KSE"), QStringLiteral("KRE")};
    return options;
}

// "line email name role licenses" of each row, for a readable comparison.
QStringList summary(const InviteImport &import)
{
    QStringList rows;
    for (const InviteImportRow &row : import.rows()) {
        rows.append(QStringLiteral("%1 %2 | %3 | %4 | %5")
                        .arg(row.line)
                        .arg(row.email, row.fullName, Roles::toApiName(row.role),
                             row.licenses.join(QLatin1Char('+'))));
    }
    return rows;
}

} // namespace

class TestInviteImport : public QObject
{
    Q_OBJECT

private slots:
    void readsHeadersInEveryLanguage_data();
    void readsHeadersInEveryLanguage();
    void readsAFileWithoutHeader();
    void judgesEachRow();
    void judgesAgainAfterAFix();
    void recognisesHeaderWords_data();
    void recognisesHeaderWords();
    void readsTenThousandRows();
    void refusesFilesItCannotUse_data();
    void refusesFilesItCannotUse();

private:
    QTemporaryDir m_dir;
};

void TestInviteImport::readsHeadersInEveryLanguage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("English, comma, quoted comma and line break")
        << fixture("en-comma.csv") << ","
        << QStringList{
               QStringLiteral("2 jane@example.com | Doe, Jane | MEMBER | KSE"),
               QStringLiteral("3 bob@example.org | Bob \"the builder\"\nSmith | ADMIN | KSE+KRE"),
               QStringLiteral("6 carol@example.net | Carol | BILLING_MANAGER | ")};
    QTest::newRow("German, semicolon, BOM")
        << fixture("de-semicolon-bom.csv") << ";"
        << QStringList{QStringLiteral("2 juergen@example.de | Jürgen Groß | MEMBER | KSE+KRE"),
                       QStringLiteral("3 anna@example.de | Anna, Müller | ADMIN | KSE")};
    QTest::newRow("French, tab")
        << fixture("fr-tab.txt") << "\t"
        << QStringList{QStringLiteral("2 elise@example.fr | Élise Lefèvre | MEMBER | KRE"),
                       QStringLiteral("3 remi@example.fr | Rémi | MEMBER | ")};
    QTest::newRow("Japanese")
        << fixture("ja.csv") << ","
        << QStringList{QStringLiteral("2 hanako@example.jp | 山田 花子 | ADMIN | KSE"),
                       QStringLiteral("3 taro@example.jp | 山田 太郎 | MEMBER | ")};
    QTest::newRow("Vietnamese") << fixture("vi.csv") << ","
                                << QStringList{QStringLiteral(
                                       "2 lan@example.vn | Nguyễn Thị Lan | MEMBER | KRE")};
}

void TestInviteImport::readsHeadersInEveryLanguage()
{
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, rows);
    const InviteImport import = InviteImport::readFile(file, ownerOptions());
    QVERIFY2(import.ok(), qPrintable(import.error()));
    QVERIFY(import.hasHeader());
    QCOMPARE(QString(import.delimiter()), delimiter);
    QCOMPARE(summary(import), rows);
    QCOMPARE(import.count(ImportVerdict::Valid), rows.size());
}

void TestInviteImport::readsAFileWithoutHeader()
{
    const InviteImport import = InviteImport::readFile(fixture("no-header.csv"), ownerOptions());
    QVERIFY2(import.ok(), qPrintable(import.error()));
    QVERIFY(!import.hasHeader());
    QCOMPARE(import.columnIndex(InviteImport::Column::Email), 1);
    QCOMPARE(import.columnIndex(InviteImport::Column::FullName), -1);
    QCOMPARE(summary(import), (QStringList{QStringLiteral("1 jane@example.com |  | MEMBER | "),
                                           QStringLiteral("2 bob@example.org |  | MEMBER | "),
                                           QStringLiteral("3 carol@example.net |  | MEMBER | ")}));
}

void TestInviteImport::judgesEachRow()
{
    // An Admin imports: Admin and Owner are roles they may not give.
    InviteImportOptions options = ownerOptions();
    options.actorRole = Role::Admin;
    const InviteImport import = InviteImport::readFile(fixture("verdicts.csv"), options);
    QVERIFY2(import.ok(), qPrintable(import.error()));
    struct Expected
    {
        int line;
        ImportVerdict verdict;
        const char *says;
    };
    const QList<Expected> expected{
        {2, ImportVerdict::Valid, ""},
        {3, ImportVerdict::Duplicate, "line 2"},
        {4, ImportVerdict::InvalidEmail, ""},
        {5, ImportVerdict::InvalidEmail, "2 addresses"},
        {6, ImportVerdict::InvalidRole, "Chief"},
        {7, ImportVerdict::RoleNotAllowed, ""},
        {8, ImportVerdict::RoleNotAllowed, ""},
        {9, ImportVerdict::UnknownLicense, "XYZ"},
        {11, ImportVerdict::InvalidEmail, "no email address"},
    };
    QCOMPARE(import.rows().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const InviteImportRow &row = import.rows().at(i);
        const QByteArray where =
            "line " + QByteArray::number(row.line) + ": " + row.reason.toUtf8();
        QCOMPARE(row.line, expected.at(i).line);
        QVERIFY2(row.verdict == expected.at(i).verdict, where.constData());
        QCOMPARE(row.reason.isEmpty(), expected.at(i).verdict == ImportVerdict::Valid);
        QVERIFY2(row.reason.contains(QLatin1String(expected.at(i).says)), where.constData());
    }
    QCOMPARE(import.rows().at(1).duplicateOf, 2);
    QCOMPARE(import.rows().at(1).email, QStringLiteral("ADA@Example.com"));
    QCOMPARE(import.count(ImportVerdict::Valid), 1);
}

void TestInviteImport::judgesAgainAfterAFix()
{
    InviteImport import = InviteImport::readFile(fixture("verdicts.csv"), ownerOptions());
    QVERIFY(import.ok());
    QList<InviteImportRow> &rows = import.rows();
    // The admin fixes the broken address and drops the first Ada: the second
    // one is no duplicate any more.
    rows[2].emailText = QStringLiteral("fixed@example.com");
    rows.removeFirst();
    InviteImport::judge(rows, ownerOptions());
    QCOMPARE(rows.at(0).verdict, ImportVerdict::Valid);
    QCOMPARE(rows.at(0).duplicateOf, 0);
    QCOMPARE(rows.at(1).verdict, ImportVerdict::Valid);
    QCOMPARE(rows.at(1).email, QStringLiteral("fixed@example.com"));
    // The Owner may give Admin but never Owner.
    QCOMPARE(rows.at(4).role, Role::Admin);
    QCOMPARE(rows.at(4).verdict, ImportVerdict::Valid);
    QCOMPARE(rows.at(5).verdict, ImportVerdict::RoleNotAllowed);
}

void TestInviteImport::recognisesHeaderWords_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("column");
    using C = InviteImport::Column;
    const QList<QPair<const char *, C>> words{
        {"EMAIL", C::Email},          {"e-mail address", C::Email},
        {"Email_Address", C::Email},  {"E-Mail-Adresse", C::Email},
        {"Courriel", C::Email},       {"adresse électronique", C::Email},
        {"メールアドレス", C::Email}, {"Địa chỉ email", C::Email},
        {"full name", C::FullName},   {"Vollständiger Name", C::FullName},
        {"NOM COMPLET", C::FullName}, {"氏名", C::FullName},
        {"Họ và tên", C::FullName},   {"role", C::Role},
        {"Rolle", C::Role},           {"ROLE", C::Role},
        {"ロール", C::Role},          {"vai tro", C::Role},
        {"License", C::Licenses},     {"Lizenzen", C::Licenses},
        {"licences", C::Licenses},    {"ライセンス", C::Licenses},
        {"Giấy phép", C::Licenses},
    };
    for (const auto &[word, column] : words)
        QTest::newRow(word) << QString::fromUtf8(word) << int(column);
    QTest::newRow("not a header") << QStringLiteral("Department") << -1;
    QTest::newRow("an address") << QStringLiteral("email@example.com") << -1;
}

void TestInviteImport::recognisesHeaderWords()
{
    QFETCH(QString, cell);
    QFETCH(int, column);
    const auto found = InviteImport::headerColumn(cell);
    QCOMPARE(found ? int(*found) : -1, column);
}

void TestInviteImport::readsTenThousandRows()
{
    const QString path = m_dir.filePath(QStringLiteral("ten-thousand.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "Email;Full name;Role;Licenses\r\n");
    for (int i = 0; i < 10000; ++i) {
        file.write(QStringLiteral("person%1@example.com;\"Person %1; Ñandú\";%2;%3\r\n")
                       .arg(i)
                       .arg(i % 2 ? QStringLiteral("Member") : QStringLiteral("Billing Manager"))
                       .arg(i % 3 ? QStringLiteral("KSE") : QString())
                       .toUtf8());
    }
    file.write("person42@example.com;Again;Member;\r\n");
    file.close();
    const InviteImport import = InviteImport::readFile(path, ownerOptions());
    QVERIFY2(import.ok(), qPrintable(import.error()));
    QCOMPARE(import.rows().size(), 10001);
    QCOMPARE(import.count(ImportVerdict::Valid), 10000);
    QCOMPARE(import.rows().last().line, 10002);
    QCOMPARE(import.rows().last().duplicateOf, 44);
    QCOMPARE(import.rows().at(9999).fullName, QStringLiteral("Person 9999; Ñandú"));
}

void TestInviteImport::refusesFilesItCannotUse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << fixture("empty.csv") << "empty";
    QTest::newRow("header without email") << fixture("header-without-email.csv") << "Email";
    QTest::newRow("unclosed quote") << fixture("unclosed-quote.csv") << "line 2";
    QTest::newRow("missing") << fixture("missing.csv") << "does not exist";
}

void TestInviteImport::refusesFilesItCannotUse()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const InviteImport import = InviteImport::readFile(file, ownerOptions());
    QVERIFY(!import.ok());
    QVERIFY(import.rows().isEmpty());
    QVERIFY2(import.error().contains(says), qPrintable(import.error()));
}

QTEST_GUILESS_MAIN(TestInviteImport)
#include "TestInviteImport.moc"
