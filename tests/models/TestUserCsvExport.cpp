#include "CsvWriter.h"
#include "UserCsvExport.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

class TestUserCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsThroughPythonCsv();
    void startsWithBomAndEndsEveryRecordWithCrlf();
    void writesTheSameBytesAsToCsv();
    void refusesAPathInsideAFile();
    void refusesADirectory();
    void keepsTheOldFileWhenCanceledMidway();
    void keepsTheOldFileWhenAWriteFails();
    void replacesTheOldFileOnSuccess();
    void writesWhileThePoolIsBusy();
    void writesAsyncWithProgress();
    void cancelsAsyncWithoutWriting();
    void proposesADefaultFileName_data();
    void proposesADefaultFileName();
    void appendsCsvWhenMissing_data();
    void appendsCsvWhenMissing();

private:
    /// The file as Python's csv module reads it (RFC 4180 reader,
    /// independent of ours): a list of records, each a list of fields.
    QList<QStringList> readWithPython(const QString &path);

    QString m_python;
};

namespace {

const QDateTime joined(QDate(2024, 2, 29), QTime(9, 15, 30, 250), Qt::UTC);
const QDateTime accessed(QDate(2026, 11, 29), QTime(8, 40), QTimeZone(2 * 3600)); // 06:40Z
const QDateTime removedAt(QDate(2026, 10, 1), QTime(0, 0, 1), Qt::UTC);

Member member(qint64 id, const QString &name, const QString &email)
{
    Member m;
    m.userId = id;
    m.fullName = name;
    m.email = email;
    m.joinedAt = joined;
    m.lastAccessAt = accessed;
    return m;
}

/// Names that break naive CSV: separators, quotes, line breaks, every script
/// the product meets, and what a spreadsheet would run as a formula.
QStringList trickyNames()
{
    return {
        QStringLiteral("Doe, Jane"),
        QStringLiteral("The \"Boss\""),
        QStringLiteral("Line one\nLine two"),
        QStringLiteral("Carriage\r\nReturn"),
        QStringLiteral("José Álvarez-Núñez"),
        QStringLiteral("王伟"),
        QStringLiteral("山田 太郎"),
        QStringLiteral("שרה כהן"),
        QStringLiteral("محمد علي"),
        QStringLiteral("Ann 😀"),
        QStringLiteral("=SUM(1)"),
        QStringLiteral("+1"),
        QStringLiteral("-1"),
        QStringLiteral("@cmd"),
        QStringLiteral("\tTabbed"),
        QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")"),
        QStringLiteral(" padded "),
        QStringLiteral("O'Brien"),
    };
}

QList<Member> trickyActive()
{
    QList<Member> list;
    const QStringList names = trickyNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        list.append(member(100 + i, names.at(i), QStringLiteral("user%1@example.com").arg(i)));
    list[0].role = Role::Owner;
    list[1].role = Role::Admin;
    list[2].role = Role::BillingManager;
    list[0].licenses = QStringList{QStringLiteral("KSE"), QStringLiteral("KRE")};
    list[0].teams = QStringList{QStringLiteral("R&D, Europe"), QStringLiteral("QA")};
    list[0].machineCount = 3;
    list[3].email = QStringLiteral("+tag@example.com");
    list[4].lastAccessAt = QDateTime(); // never signed in
    return list;
}

QList<Member> trickyRemoved()
{
    Member gone =
        member(900, QStringLiteral("Ex Employee, \"Old\""), QStringLiteral("ex@example.com"));
    gone.status = MemberStatus::Removed;
    gone.role = Role::Admin;
    gone.removedAt = removedAt;
    gone.removedBy = UserRef{100, QStringLiteral("Doe, Jane")};
    Member bot = member(901, QStringLiteral("-bot"), QStringLiteral("bot@example.com"));
    bot.status = MemberStatus::Removed;
    bot.removedAt = removedAt;
    return {gone, bot};
}

/// What a cell must read as after a spreadsheet-safe export.
QString cell(const QString &text)
{
    return CsvWriter::looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Many plain members, enough for several chunks and progress reports.
QList<Member> manyMembers(int count)
{
    QList<Member> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(member(i + 1, QStringLiteral("Member Number %1 Ünïcödé 名前").arg(i),
                           QStringLiteral("member.%1@example.com").arg(i)));
    return list;
}

const QByteArray oldContent("old file, kept\r\n");

} // namespace

void TestUserCsvExport::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QList<QStringList> TestUserCsvExport::readWithPython(const QString &path)
{
    static const char script[] = "import csv, json, sys\n"
                                 "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                 "    rows = list(csv.reader(f, strict=True))\n"
                                 "sys.stdout.write(json.dumps(rows))\n";
    QProcess python;
    python.start(m_python, {QStringLiteral("-c"), QString::fromLatin1(script), path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("python3: %s", python.readAllStandardError().constData());
        return {};
    }
    QList<QStringList> rows;
    const QJsonArray records = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &record : records) {
        QStringList fields;
        for (const QJsonValue &field : record.toArray())
            fields.append(field.toString());
        rows.append(fields);
    }
    return rows;
}

void TestUserCsvExport::roundTripsThroughPythonCsv()
{
    if (m_python.isEmpty())
        QSKIP("python3 is needed as the independent RFC 4180 reader");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    const QList<Member> active = trickyActive();
    const QList<Member> removed = trickyRemoved();
    const UserCsvExport::Result result = UserCsvExport(active, removed).write(path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rowCount, qint64(active.size() + removed.size()));
    QCOMPARE(result.byteCount, QFileInfo(path).size());

    const QList<QStringList> rows = readWithPython(path);
    QCOMPARE(rows.size(), 1 + active.size() + removed.size());
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Status"), QStringLiteral("Full Name"),
                                      QStringLiteral("Email"), QStringLiteral("Role"),
                                      QStringLiteral("Join Date"), QStringLiteral("Licenses"),
                                      QStringLiteral("Last Access"), QStringLiteral("Removed On"),
                                      QStringLiteral("Removed By"), QStringLiteral("Teams"),
                                      QStringLiteral("Registered Machines")}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), qsizetype(UserCsvExport::ColumnCount));

    for (qsizetype i = 0; i < active.size(); ++i) {
        const QStringList &row = rows.at(1 + i);
        const Member &m = active.at(i);
        QCOMPARE(row.at(UserCsvExport::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(row.at(UserCsvExport::FullNameColumn), cell(m.fullName));
        QCOMPARE(row.at(UserCsvExport::EmailColumn), cell(m.email));
        QCOMPARE(row.at(UserCsvExport::RoleColumn), Roles::displayName(m.role));
        QCOMPARE(row.at(UserCsvExport::JoinDateColumn), QStringLiteral("2024-02-29T09:15:30Z"));
        QCOMPARE(row.at(UserCsvExport::LastAccessColumn),
                 m.lastAccessAt.isValid() ? QStringLiteral("2026-11-29T06:40:00Z") : QString());
        QCOMPARE(row.at(UserCsvExport::RemovedOnColumn), QString());
        QCOMPARE(row.at(UserCsvExport::RemovedByColumn), QString());
    }
    // The formula-looking names are neutralised, and only by the apostrophe.
    QCOMPARE(rows.at(1 + 10).at(UserCsvExport::FullNameColumn), QStringLiteral("'=SUM(1)"));
    QCOMPARE(rows.at(1 + 11).at(UserCsvExport::FullNameColumn), QStringLiteral("'+1"));
    QCOMPARE(rows.at(1 + 12).at(UserCsvExport::FullNameColumn), QStringLiteral("'-1"));
    QCOMPARE(rows.at(1 + 13).at(UserCsvExport::FullNameColumn), QStringLiteral("'@cmd"));
    QCOMPARE(rows.at(1 + 14).at(UserCsvExport::FullNameColumn), QStringLiteral("'\tTabbed"));
    QCOMPARE(rows.at(1 + 3).at(UserCsvExport::EmailColumn), QStringLiteral("'+tag@example.com"));
    // Line breaks, quotes, commas and padding survive exactly.
    QCOMPARE(rows.at(1 + 3).at(UserCsvExport::FullNameColumn),
             QStringLiteral("Carriage\r\nReturn"));
    QCOMPARE(rows.at(1 + 16).at(UserCsvExport::FullNameColumn), QStringLiteral(" padded "));

    const QStringList &owner = rows.at(1);
    QCOMPARE(owner.at(UserCsvExport::RoleColumn), QStringLiteral("Owner"));
    QCOMPARE(owner.at(UserCsvExport::LicensesColumn), QStringLiteral("KSE; KRE"));
    QCOMPARE(owner.at(UserCsvExport::TeamsColumn), QStringLiteral("R&D, Europe; QA"));
    QCOMPARE(owner.at(UserCsvExport::RegisteredMachinesColumn), QStringLiteral("3"));
    QCOMPARE(rows.at(3).at(UserCsvExport::RoleColumn), QStringLiteral("Billing Manager"));

    const QStringList &gone = rows.at(1 + active.size());
    QCOMPARE(gone, (QStringList{QStringLiteral("Removed"), QStringLiteral("Ex Employee, \"Old\""),
                                QStringLiteral("ex@example.com"), QStringLiteral("Admin"),
                                QStringLiteral("2024-02-29T09:15:30Z"), QString(),
                                QStringLiteral("2026-11-29T06:40:00Z"),
                                QStringLiteral("2026-10-01T00:00:01Z"), QStringLiteral("Doe, Jane"),
                                QString(), QStringLiteral("0")}));
    const QStringList &bot = rows.at(2 + active.size());
    QCOMPARE(bot.at(UserCsvExport::FullNameColumn), QStringLiteral("'-bot"));
    QCOMPARE(bot.at(UserCsvExport::RemovedByColumn), QString());
}

void TestUserCsvExport::startsWithBomAndEndsEveryRecordWithCrlf()
{
    // Without line breaks inside names, every LF in the file ends a record.
    const QByteArray bytes = UserCsvExport(manyMembers(3), {trickyRemoved().at(0)}).toCsv();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Status,Full Name,"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count('\n'), 1 + 3 + 1);
    QCOMPARE(bytes.count("\r\n"), 1 + 3 + 1);
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
}

void TestUserCsvExport::writesTheSameBytesAsToCsv()
{
    // More than one 1 MiB chunk, so that chunk boundaries are covered.
    const UserCsvExport exporter(manyMembers(12000), trickyRemoved());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    const UserCsvExport::Result result = exporter.write(path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    const QByteArray expected = exporter.toCsv();
    QVERIFY(expected.size() > (1 << 20));
    QCOMPARE(readAll(path), expected);
    QCOMPARE(result.byteCount, qint64(expected.size()));
}

void TestUserCsvExport::refusesAPathInsideAFile()
{
    QTemporaryDir dir;
    const QString notADir = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeAll(notADir, oldContent));
    const QString path = notADir + QStringLiteral("/users.csv");
    const UserCsvExport::Result result = UserCsvExport(trickyActive(), {}).write(path);
    QCOMPARE(result.status, UserCsvExport::Result::Status::Failed);
    QVERIFY2(result.errorMessage.startsWith(
                 QStringLiteral("Could not write %1: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(result.errorMessage));
    QVERIFY(result.errorMessage.size() > QStringLiteral("Could not write %1: ").arg(path).size());
    QCOMPARE(readAll(notADir), oldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("plain-file")});
}

void TestUserCsvExport::refusesADirectory()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("users.csv")));
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    const UserCsvExport::Result result = UserCsvExport(trickyActive(), {}).write(path);
    QCOMPARE(result.status, UserCsvExport::Result::Status::Failed);
    QVERIFY2(result.errorMessage.startsWith(QStringLiteral("Could not write ")),
             qPrintable(result.errorMessage));
    QVERIFY(QFileInfo(path).isDir());

    const UserCsvExport::Result empty = UserCsvExport(trickyActive(), {}).write(QString());
    QCOMPARE(empty.status, UserCsvExport::Result::Status::Failed);
    QVERIFY(!empty.errorMessage.isEmpty());
}

void TestUserCsvExport::keepsTheOldFileWhenCanceledMidway()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeAll(path, oldContent));
    const UserCsvExport exporter(manyMembers(20000), {});
    QList<qint64> reports;
    const UserCsvExport::Result result = exporter.write(path, [&](qint64 written, qint64 total) {
        reports.append(written);
        [&] { QCOMPARE(total, qint64(20000)); }();
        return reports.size() < 3; // cancel at the third report, past the first 1 MiB chunk
    });
    QCOMPARE(result.status, UserCsvExport::Result::Status::Canceled);
    QCOMPARE(reports.size(), 3);
    QVERIFY(reports.at(2) > reports.at(1));
    QCOMPARE(readAll(path), oldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("users.csv")});
}

void TestUserCsvExport::keepsTheOldFileWhenAWriteFails()
{
#ifdef Q_OS_LINUX
    // A full disk, simulated: a file size limit makes write() fail with EFBIG
    // part way through, for root too (chmod would not stop root).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeAll(path, oldContent));
    const UserCsvExport exporter(manyMembers(5000), trickyRemoved());

    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = old;
    tight.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    const UserCsvExport::Result result = exporter.write(path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QCOMPARE(result.status, UserCsvExport::Result::Status::Failed);
    QVERIFY2(result.errorMessage.startsWith(
                 QStringLiteral("Could not write %1: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(result.errorMessage));
    // The reason is the system's (EFBIG), not a generic one.
    QVERIFY2(!result.errorMessage.endsWith(QStringLiteral("Unknown error")),
             qPrintable(result.errorMessage));
    QCOMPARE(readAll(path), oldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("users.csv")});

    // Once there is room again, the same export succeeds.
    QVERIFY(exporter.write(path).ok());
    QCOMPARE(readAll(path), exporter.toCsv());
#else
    QSKIP("RLIMIT_FSIZE simulates a full disk on Linux only");
#endif
}

void TestUserCsvExport::replacesTheOldFileOnSuccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeAll(path, QByteArray(100000, 'x'))); // longer than the export
    const UserCsvExport exporter(trickyActive(), trickyRemoved());
    QVERIFY(exporter.write(path).ok());
    QCOMPARE(readAll(path), exporter.toCsv());
}

void TestUserCsvExport::writesWhileThePoolIsBusy()
{
    // Every pool thread held: the blocks meant for a pool thread are encoded
    // by the writing thread, and the write neither waits nor differs.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore release;
    for (int i = 0; i < threads; ++i)
        pool->start([&] {
            started.release();
            release.acquire();
        });
    QVERIFY(started.tryAcquire(threads, 30000));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    const UserCsvExport exporter(manyMembers(10000), trickyRemoved());
    const UserCsvExport::Result result = exporter.write(path);
    release.release(threads);
    QVERIFY(pool->waitForDone(30000));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(readAll(path), exporter.toCsv());
}

void TestUserCsvExport::writesAsyncWithProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    const UserCsvExport exporter(manyMembers(20000), trickyRemoved());
    QFutureWatcher<UserCsvExport::Result> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    QSignalSpy range(&watcher, &QFutureWatcherBase::progressRangeChanged);
    watcher.setFuture(exporter.writeAsync(path));
    QVERIFY(finished.wait(30000));
    QCOMPARE(watcher.future().resultCount(), 1);
    const UserCsvExport::Result result = watcher.result();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(watcher.progressMaximum(), 20002);
    QCOMPARE(watcher.progressValue(), 20002);
    QVERIFY(!range.isEmpty());
    QCOMPARE(readAll(path), exporter.toCsv());
}

void TestUserCsvExport::cancelsAsyncWithoutWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeAll(path, oldContent));

    // Hold every pool thread, so that the cancel lands before the export
    // starts, without any timing assumption.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore release;
    for (int i = 0; i < threads; ++i)
        pool->start([&] {
            started.release();
            release.acquire();
        });
    QVERIFY(started.tryAcquire(threads, 30000));

    QFuture<UserCsvExport::Result> future = UserCsvExport(manyMembers(1000), {}).writeAsync(path);
    future.cancel();
    release.release(threads);
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QVERIFY(pool->waitForDone(30000));
    QCOMPARE(readAll(path), oldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("users.csv")});
}

void TestUserCsvExport::proposesADefaultFileName_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme-users-2026-11-29.csv");
    QTest::newRow("spaces kept") << QStringLiteral("Acme Corp")
                                 << QStringLiteral("Acme Corp-users-2026-11-29.csv");
    QTest::newRow("reserved characters") << QStringLiteral("A/B\\C:D*E?F\"G<H>I|J")
                                         << QStringLiteral("ABCDEFGHIJ-users-2026-11-29.csv");
    QTest::newRow("control characters") << QStringLiteral("Tab\tNew\nLine\x7f")
                                        << QStringLiteral("TabNewLine-users-2026-11-29.csv");
    QTest::newRow("accents") << QStringLiteral("Société Générale")
                             << QStringLiteral("Société Générale-users-2026-11-29.csv");
    QTest::newRow("CJK") << QStringLiteral("東京チーム")
                         << QStringLiteral("東京チーム-users-2026-11-29.csv");
    QTest::newRow("right to left")
        << QStringLiteral("שלום") << QStringLiteral("שלום-users-2026-11-29.csv");
    QTest::newRow("dots and spaces trimmed")
        << QStringLiteral(" ..Acme Inc. ") << QStringLiteral("Acme Inc-users-2026-11-29.csv");
    QTest::newRow("nothing left") << QStringLiteral("/:*?")
                                  << QStringLiteral("users-2026-11-29.csv");
    QTest::newRow("empty") << QString() << QStringLiteral("users-2026-11-29.csv");
}

void TestUserCsvExport::proposesADefaultFileName()
{
    QFETCH(QString, organization);
    QFETCH(QString, name);
    QCOMPARE(UserCsvExport::defaultFileName(organization, QDate(2026, 11, 29)), name);
}

void TestUserCsvExport::appendsCsvWhenMissing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("/home/a/users")
                             << QStringLiteral("/home/a/users.csv");
    QTest::newRow("present") << QStringLiteral("users.csv") << QStringLiteral("users.csv");
    QTest::newRow("upper case") << QStringLiteral("Users.CSV") << QStringLiteral("Users.CSV");
    QTest::newRow("mixed case") << QStringLiteral("Users.Csv") << QStringLiteral("Users.Csv");
    QTest::newRow("other suffix") << QStringLiteral("users.txt") << QStringLiteral("users.txt.csv");
    QTest::newRow("csv inside") << QStringLiteral("users.csv.bak")
                                << QStringLiteral("users.csv.bak.csv");
    QTest::newRow("trailing dot") << QStringLiteral("users.") << QStringLiteral("users.csv");
    QTest::newRow("empty") << QString() << QString();
}

void TestUserCsvExport::appendsCsvWhenMissing()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(UserCsvExport::withCsvSuffix(path), expected);
}

QTEST_GUILESS_MAIN(TestUserCsvExport)
#include "TestUserCsvExport.moc"
