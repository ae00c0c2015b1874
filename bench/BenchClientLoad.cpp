// testops-bench-client: loading 100,000 active members from the server on
// loopback through ApiClient, against fetching the same pages with curl
// (issue 3, section 3: target ≤ 1.5×) and against sqlite3 -json writing the
// same rows from the server's database (issue 10: ≤ 1.5×), plus the local
// cache's save and load
// of 210,000 records. Prints medians of repeated runs; run on demand:
//
//     build-dev/bin/testops-bench-client [--members 100000] [--runs 5]
//
// The server is the real testops-users-server (beside this executable, or
// TESTOPS_SERVER_BINARY), started on 127.0.0.1:0 with --demo-members.

#include <ApiClient.h>
#include <JsonCodec.h>
#include <LocalCache.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("testops-bench-client: %1\n").arg(message)), stderr);
    std::exit(1);
}

QString serverBinary()
{
    const QString fromEnv = qEnvironmentVariable("TESTOPS_SERVER_BINARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("testops-users-server"));
}

// Runs a real event loop (deferred deletes included, as in the app) until
// `done` is true or `timeoutMs` passes; `done` is polled every millisecond.
bool spin(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

struct Load
{
    double ms = 0;
    qsizetype records = 0;
};

Load loadThroughClient(ApiClient &client, qint64 orgId, MemberStatus status = MemberStatus::Active)
{
    std::optional<ApiResult<QList<Member>>> result;
    QElapsedTimer timer;
    timer.start();
    client.fetchMembers(orgId, status, nullptr, [&](ApiResult<QList<Member>> answer) {
        result.emplace(std::move(answer));
    });
    if (!spin([&] { return result.has_value(); }, 600000))
        die(QStringLiteral("ApiClient did not finish"));
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!result->ok())
        die(QStringLiteral("ApiClient failed: %1").arg(result->error().message));
    return {ms, result->value().size()};
}

double loadThroughCurl(const QUrl &baseUrl, const QString &headerFile, qint64 orgId, int pages,
                       int pageSize)
{
    // One curl process, pages one after another on one kept-alive connection.
    QStringList args = {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-H"),
                        QLatin1Char('@') + headerFile};
    for (int page = 0; page < pages; ++page) {
        args << QStringLiteral("-o") << QStringLiteral("/dev/null")
             << QStringLiteral("%1/api/v1/organizations/%2/members?status=active&page=%3&size=%4")
                    .arg(baseUrl.toString())
                    .arg(orgId)
                    .arg(page)
                    .arg(pageSize);
    }
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
        die(QStringLiteral("curl failed (exit code %1): %2")
                .arg(curl.exitCode())
                .arg(QString::fromUtf8(curl.readAllStandardError())));
    return timer.nsecsElapsed() / 1e6;
}

// The active members with their licenses and teams, as JSON, in the list's
// order: what the API's pages hold, written by the database itself.
const char *const sqliteMembersQuery =
    "SELECT m.user_id AS userId, u.full_name AS fullName, u.email AS email, m.role AS role,"
    " m.joined_at AS joinedAt, m.last_access_at AS lastAccessAt,"
    " m.machine_count AS machineCount,"
    " (SELECT json_group_array(p.product) FROM member_licenses ml"
    "  JOIN license_pools p ON p.id = ml.pool_id"
    "  WHERE ml.user_id = m.user_id AND p.org_id = m.org_id) AS licenses,"
    " (SELECT json_group_array(t.name) FROM team_members tm JOIN teams t ON t.id = tm.team_id"
    "  WHERE tm.user_id = m.user_id AND t.org_id = m.org_id) AS teams"
    " FROM memberships m JOIN users u ON u.id = m.user_id"
    " WHERE m.org_id = 1 AND m.status = 0 ORDER BY m.name_key, m.user_id";

double loadThroughSqlite3(const QString &database)
{
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.setStandardOutputFile(QProcess::nullDevice());
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-json"), QStringLiteral("-readonly"),
                                             database, QString::fromLatin1(sqliteMembersQuery)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
        die(QStringLiteral("sqlite3 failed: %1")
                .arg(QString::fromUtf8(sqlite.readAllStandardError())));
    return double(timer.nsecsElapsed()) / 1e6;
}

Member syntheticMember(int i, MemberStatus status)
{
    Member member;
    member.userId = i + 1;
    member.fullName = QStringLiteral("Jürgen Ñandú-Øster %1 山田").arg(i);
    member.email = QStringLiteral("user%1@example.com").arg(i);
    member.role = i % 50 ? Role::Member : Role::Admin;
    member.status = status;
    member.joinedAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
    member.lastAccessAt = i % 3 ? member.joinedAt.addDays(3) : QDateTime();
    member.licenses = {QStringLiteral("KSE"), QStringLiteral("KRE")};
    member.machineCount = i % 4;
    member.teams = {QStringLiteral("Team %1").arg(i % 100)};
    if (status == MemberStatus::Removed) {
        member.removedAt = member.joinedAt.addDays(30);
        member.removedBy = {1, QStringLiteral("Owner")};
    }
    return member;
}

// The local cache with 210,000 records: 100,000 active, 100,000 removed and
// 10,000 invitations; one transaction and prepared statements.
void benchCache(const QString &directory, int runs)
{
    CacheSnapshot snapshot;
    for (int i = 0; i < 100000; ++i) {
        snapshot.activeMembers.append(syntheticMember(i, MemberStatus::Active));
        snapshot.removedMembers.append(syntheticMember(100000 + i, MemberStatus::Removed));
    }
    for (int i = 0; i < 10000; ++i) {
        Invitation invitation;
        invitation.id = i + 1;
        invitation.email = QStringLiteral("invitee%1@example.com").arg(i);
        invitation.licenses = {QStringLiteral("KSE")};
        invitation.invitedBy = {1, QStringLiteral("Owner")};
        invitation.createdAt = QDateTime::currentDateTimeUtc();
        invitation.expiresAt = invitation.createdAt.addDays(1);
        invitation.activationUrl = QStringLiteral("http://127.0.0.1/join?token=%1").arg(i);
        snapshot.invitations.append(invitation);
    }
    snapshot.refreshedAt = QDateTime::currentDateTimeUtc();
    const qsizetype records = snapshot.activeMembers.size() + snapshot.removedMembers.size() +
                              snapshot.invitations.size();
    const QUrl url(QStringLiteral("http://127.0.0.1:1"));
    QList<double> saveMs, loadMs;
    for (int run = 0; run < runs; ++run) {
        LocalCache cache(directory, url, 1);
        QElapsedTimer timer;
        timer.start();
        if (auto saved = cache.save(snapshot); !saved.ok())
            die(QStringLiteral("cache save failed: %1").arg(saved.error().detail));
        saveMs.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        auto loaded = cache.load();
        if (!loaded.ok() || loaded.value().removedMembers.size() != snapshot.removedMembers.size())
            die(QStringLiteral("cache load failed"));
        loadMs.append(timer.nsecsElapsed() / 1e6);
    }
    // The alternative design, each list as one compressed JSON blob: the
    // encoding and decoding alone, without any SQL, for comparison.
    QList<double> blobSaveMs, blobLoadMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QList<QByteArray> blobs;
        for (const QList<Member> *list : {&snapshot.activeMembers, &snapshot.removedMembers}) {
            QJsonArray array;
            for (const Member &member : *list)
                array.append(JsonCodec::toJson(member));
            blobs.append(qCompress(QJsonDocument(array).toJson(QJsonDocument::Compact), 1));
        }
        blobSaveMs.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        qsizetype decoded = 0;
        for (const QByteArray &blob : std::as_const(blobs)) {
            const QJsonArray array = QJsonDocument::fromJson(qUncompress(blob)).array();
            QList<Member> list;
            list.reserve(array.size());
            for (const QJsonValue &value : array)
                list.append(JsonCodec::memberFromJson(value.toObject()).value_or(Member{}));
            decoded += list.size();
        }
        blobLoadMs.append(timer.nsecsElapsed() / 1e6);
        if (decoded != 200000)
            die(QStringLiteral("blob decode failed"));
    }
    print(QStringLiteral("  for comparison, 200000 members as compressed JSON blobs (no SQL): "
                         "encode median %1 ms, decode median %2 ms")
              .arg(median(blobSaveMs), 0, 'f', 0)
              .arg(median(blobLoadMs), 0, 'f', 0));
    print(QStringLiteral("local cache, %1 records: save median %2 ms, load median %3 ms (target "
                         "<= 2000 ms each) %4")
              .arg(records)
              .arg(median(saveMs), 0, 'f', 0)
              .arg(median(loadMs), 0, 'f', 0)
              .arg(median(saveMs) <= 2000 && median(loadMs) <= 2000 ? QStringLiteral("PASS")
                                                                    : QStringLiteral("MISS")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("testops-bench-client"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads all active members through ApiClient and with curl; prints medians and the ratio."));
    parser.addHelpOption();
    QCommandLineOption membersOption(
        QStringLiteral("members"),
        QStringLiteral("Active members of the demo organization (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption runsOption(QStringLiteral("runs"),
                                  QStringLiteral("Repetitions per measurement (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption inFlightOption(
        QStringLiteral("pages-in-flight"),
        QStringLiteral("ApiClient pages in flight for the ratio (default: the client's default)."),
        QStringLiteral("N"), QString::number(ApiClient::DefaultPagesInFlight));
    QCommandLineOption cacheOnlyOption(QStringLiteral("cache-only"),
                                       QStringLiteral("Measure the local cache only (no server)."));
    parser.addOptions({membersOption, runsOption, inFlightOption, cacheOnlyOption});
    parser.process(app);
    const int members = std::max(1, parser.value(membersOption).toInt());
    const int runs = std::clamp(parser.value(runsOption).toInt(), 1, 50);
    const int inFlight = std::clamp(parser.value(inFlightOption).toInt(), 1, 16);

    QTemporaryDir dir;
    benchCache(dir.filePath(QStringLiteral("cache")), runs);
    if (parser.isSet(cacheOnlyOption))
        return 0;
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        die(QStringLiteral("curl is not installed"));
    const QString binary = serverBinary();
    if (!QFileInfo(binary).isExecutable())
        die(QStringLiteral("server not found: %1").arg(binary));

    // The server, with the demo organization grown to `members` extra members.
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString database = dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer startTimer;
    startTimer.start();
    server.start(binary,
                 {QStringLiteral("serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database,
                  QStringLiteral("--outbox"), dir.filePath(QStringLiteral("outbox")),
                  QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--demo"),
                  QStringLiteral("--demo-members"), QString::number(members)});
    QUrl baseUrl;
    static const QRegularExpression listening(QStringLiteral("Listening on (http://\\S+)"));
    QByteArray out;
    spin(
        [&] {
            out += server.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch())
                baseUrl = QUrl(match.captured(1));
            return baseUrl.isValid() || server.state() == QProcess::NotRunning;
        },
        600000);
    if (!baseUrl.isValid())
        die(QStringLiteral("the server did not start"));
    print(QStringLiteral("server: %1 with %2 active demo members (started in %3 s)")
              .arg(baseUrl.toString())
              .arg(members)
              .arg(startTimer.elapsed() / 1000.0, 0, 'f', 1));

    QProcess tokenProcess;
    tokenProcess.start(binary, {QStringLiteral("token"), QStringLiteral("create"),
                                QStringLiteral("--database"), database, QStringLiteral("--email"),
                                QStringLiteral("owner@example.com")});
    tokenProcess.waitForFinished(60000);
    const QStringList lines = QString::fromUtf8(tokenProcess.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        die(QStringLiteral("no token"));
    const QString token = lines.last().trimmed();
    const QString headerFile = dir.filePath(QStringLiteral("auth-header"));
    {
        QFile file(headerFile); // keeps the token off curl's command line
        if (!file.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(headerFile));
        file.write("Authorization: Bearer " + token.toUtf8() + '\n');
    }

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setToken(token);
    client.setPagesInFlight(inFlight);
    const qint64 orgId = 1;

    // Warm-up (page cache, connections), and the number of pages.
    const Load warm = loadThroughClient(client, orgId);
    const int pageSize = client.pageSize();
    const int pages = int((warm.records + pageSize - 1) / pageSize);
    loadThroughCurl(baseUrl, headerFile, orgId, pages, pageSize);
    print(QStringLiteral("list: %1 active members, %2 pages of %3")
              .arg(warm.records)
              .arg(pages)
              .arg(pageSize));

    // Interleaved, so that a busy moment of the machine hits every variant alike.
    const bool withSqlite3 = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
    QList<double> clientMs, curlMs, sqliteMs;
    const QList<int> variants = {1, 2, 4, 8};
    QList<QList<double>> variantMs(variants.size());
    QList<ApiClient *> variantClients;
    for (int pagesInFlight : variants) {
        auto *other = new ApiClient(&app);
        other->setBaseUrl(baseUrl);
        other->setToken(token);
        other->setPagesInFlight(pagesInFlight);
        variantClients.append(other);
    }
    for (int run = 0; run < runs; ++run) {
        curlMs.append(loadThroughCurl(baseUrl, headerFile, orgId, pages, pageSize));
        if (withSqlite3)
            sqliteMs.append(loadThroughSqlite3(database));
        clientMs.append(loadThroughClient(client, orgId).ms);
        for (int v = 0; v < variants.size(); ++v)
            variantMs[v].append(loadThroughClient(*variantClients[v], orgId).ms);
    }
    const double clientMedian = median(clientMs);
    const double curlMedian = median(curlMs);
    const double ratio = clientMedian / curlMedian;
    print(QStringLiteral("curl, one process, pages one after another: median %1 ms")
              .arg(curlMedian, 0, 'f', 0));
    print(QStringLiteral("ApiClient, %1 pages in flight (the ratio's figure): median %2 ms, "
                         "decoded into Member values")
              .arg(inFlight)
              .arg(clientMedian, 0, 'f', 0));
    for (int v = 0; v < variants.size(); ++v)
        print(QStringLiteral("  ApiClient, %1 page(s) in flight: median %2 ms (%3x curl)")
                  .arg(variants[v])
                  .arg(median(variantMs[v]), 0, 'f', 0)
                  .arg(median(variantMs[v]) / curlMedian, 0, 'f', 2));
    print(QStringLiteral("ratio ApiClient / curl: %1 (target <= 1.5) %2")
              .arg(ratio, 0, 'f', 2)
              .arg(ratio <= 1.5 ? QStringLiteral("PASS") : QStringLiteral("MISS")));
    double sqliteRatio = 0;
    if (withSqlite3) {
        // The whole list through the API against the database writing the
        // same rows as JSON itself: what the server adds on top of SQLite.
        const double sqliteMedian = median(sqliteMs);
        sqliteRatio = clientMedian / sqliteMedian;
        print(QStringLiteral("sqlite3 -json of the same rows (licenses, teams): median %1 ms")
                  .arg(sqliteMedian, 0, 'f', 0));
        print(QStringLiteral("ratio curl / sqlite3 -json: %1")
                  .arg(curlMedian / sqliteMedian, 0, 'f', 2));
        print(QStringLiteral("ratio ApiClient / sqlite3 -json: %1 (target <= 1.5) %2")
                  .arg(sqliteRatio, 0, 'f', 2)
                  .arg(sqliteRatio <= 1.5 ? QStringLiteral("PASS") : QStringLiteral("MISS")));
    }

    server.terminate();
    if (!server.waitForFinished(5000))
        server.kill();
    return ratio <= 1.5 && sqliteRatio <= 1.5 ? 0 : 2;
}
