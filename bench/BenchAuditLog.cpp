// testops-bench-audit: reads pages of an organization's audit log of N events
// (default 10,000 and 100,000) through the server's storage layer, as
// GET …/audit-events does: the newest page, a page deep in the log by cursor
// and by offset, each filter, the literal search, and the count. Prints the
// median of repeated runs in milliseconds and the ratio of each to the
// newest page, so that "paging stays fast at any depth" is a figure. Run on
// demand (not a ctest test); `--database postgresql://…` measures
// PostgreSQL instead of a temporary SQLite file. See docs/performance.md.

#include "AuditLog.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "StorageError.h"
#include "Transaction.h"

#include <SearchKey.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int Actors = 40;
constexpr qint64 Start = 1735689600000; // 2025-01-01T00:00:00Z
constexpr qint64 Step = 60000;          // an event a minute

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// A log of `count` events in a new organization of its own: the actions in
// turn, Actors people, one event a minute from Start.
qint64 fill(Database &db, int count)
{
    Transaction transaction(db);
    const qint64 org =
        db.insert(QStringLiteral("INSERT INTO organizations (name, created_at) VALUES (?, 0)"),
                  {QStringLiteral("Bench %1").arg(count)});
    QList<AuditPerson> people;
    for (int i = 0; i < Actors; ++i) {
        const QString email = QStringLiteral("actor%1.%2@example.com").arg(i).arg(org);
        const qint64 id = db.insert(
            QStringLiteral("INSERT INTO users (email, email_key, full_name, name_key, search_key,"
                           " created_at) VALUES (?, ?, ?, ?, ?, 0)"),
            {email, email, QStringLiteral("Actor %1").arg(i), QStringLiteral("actor %1").arg(i),
             email});
        people.append({id, QStringLiteral("Actor Ñame %1").arg(i), email});
    }
    const QList<AuditAction> actions{AuditAction::InvitationCreated, AuditAction::InvitationResent,
                                     AuditAction::MemberRoleChanged, AuditAction::MemberRemoved,
                                     AuditAction::MachineRegistered};
    AuditLog log(db);
    for (int i = 0; i < count; ++i) {
        AuditEvent event;
        event.organizationId = org;
        event.actor = people.at(i % Actors);
        event.action = actions.at(i % actions.size());
        event.target = {AuditTargetType::User, i + 1, QStringLiteral("person%1@example.net").arg(i),
                        people.at((i * 7) % Actors)};
        event.details.fromRole = Role::Member;
        event.details.toRole = Role::Admin;
        event.createdAt = QDateTime::fromMSecsSinceEpoch(Start + i * Step, Qt::UTC);
        log.record(event);
    }
    transaction.commit();
    return org;
}

void measure(Database &db, int count, int runs)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 org = fill(db, count);
    std::printf("\n%d events written in %.0f ms (%.1f µs per event)\n", count,
                double(timer.elapsed()), double(timer.nsecsElapsed()) / 1e3 / count);
    AuditLog log(db);
    AuditFilter all;
    all.organizationId = org;
    // The position after the event at `depth` (newest first).
    const auto positionAt = [count](int depth) {
        const qint64 index = count - depth - 1;
        return AuditPosition{Start + index * Step, 0};
    };
    // Ids: the log's events are the last `count` rows written.
    const qint64 lastId =
        db.scalar(QStringLiteral("SELECT max(id) FROM audit_events")).toLongLong();
    const auto cursorAt = [&](int depth) {
        AuditPosition position = positionAt(depth);
        position.id = lastId - depth;
        return position;
    };
    const int deep = count * 9 / 10;

    struct Row
    {
        const char *what;
        std::function<void()> work;
    };
    AuditFilter byActor = all;
    byActor.actorId = db.scalar(QStringLiteral("SELECT min(id) FROM users WHERE email LIKE ?"),
                                {QStringLiteral("actor7.%1@%").arg(org)})
                          .toLongLong();
    AuditFilter byTarget = all;
    byTarget.targetUserId = byActor.actorId;
    AuditFilter byAction = all;
    byAction.actions = {AuditAction::MemberRemoved};
    AuditFilter byRange = all;
    byRange.from = QDateTime::fromMSecsSinceEpoch(Start + qint64(count / 4) * Step, Qt::UTC);
    byRange.to = QDateTime::fromMSecsSinceEpoch(Start + qint64(count / 4 + 500) * Step, Qt::UTC);
    AuditFilter common = all;
    common.foldedSearch = SearchKey::fold(u"Actor Ñame 1");
    AuditFilter rare = all;
    rare.foldedSearch = SearchKey::fold(QStringLiteral("person%1@").arg(count / 3));

    const std::vector<Row> rows{
        {"newest page of 50", [&] { log.list(all, {}, 0, 51); }},
        {"page of 50 at 90% depth, cursor", [&] { log.list(all, cursorAt(deep), 0, 51); }},
        {"page of 50 at 90% depth, offset", [&] { log.list(all, {}, deep, 51); }},
        {"page of 1000 at 90% depth, cursor",
         [&] { log.list(all, cursorAt(std::min(deep, count - 1001)), 0, 1001); }},
        {"filter actor, newest 50", [&] { log.list(byActor, {}, 0, 51); }},
        {"filter actor, 50 at 90% depth", [&] { log.list(byActor, cursorAt(deep), 0, 51); }},
        {"filter target user, newest 50", [&] { log.list(byTarget, {}, 0, 51); }},
        {"filter action, newest 50", [&] { log.list(byAction, {}, 0, 51); }},
        {"filter 500-minute range, 50", [&] { log.list(byRange, {}, 0, 51); }},
        {"search, common (1 in 4)", [&] { log.list(common, {}, 0, 51); }},
        {"search, one match (full scan)", [&] { log.list(rare, {}, 0, 51); }},
        {"count, no filter", [&] { log.count(all); }},
        {"count, filter actor", [&] { log.count(byActor); }},
        {"count, search", [&] { log.count(rare); }},
    };
    double first = 0;
    std::printf("%-36s %10s %8s\n", "what", "median ms", "× newest");
    for (const Row &row : rows) {
        const double ms = medianMs(runs, row.work);
        if (first == 0)
            first = ms;
        std::printf("%-36s %10.3f %8.1f\n", row.what, ms, ms / first);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Pages, filters and searches of an audit log of N events."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions per figure (median)."),
                                        QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Log sizes, comma-separated."),
                                          QStringLiteral("n,…"), QStringLiteral("10000,100000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("postgresql://… to measure PostgreSQL (default: a temporary SQLite file)."),
        QStringLiteral("url"));
    parser.addOptions({runsOption, eventsOption, databaseOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temporary;
    DatabaseLocation location;
    QString error;
    const QString database = parser.isSet(databaseOption)
                                 ? parser.value(databaseOption)
                                 : temporary.filePath(QStringLiteral("bench.db"));
    if (!DatabaseLocation::parse(database, &location, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    try {
        Database db(QStringLiteral("bench"));
        db.open(location);
        std::printf("testops-bench-audit on %s, median of %d runs\n",
                    qPrintable(location.displayName()), runs);
        for (const QString &size : parser.value(eventsOption).split(QLatin1Char(','))) {
            const int count = size.toInt();
            if (count >= 2000)
                measure(db, count, runs);
        }
    } catch (const StorageError &storageError) {
        std::fprintf(stderr, "%s\n", qPrintable(storageError.message()));
        return 1;
    }
    return 0;
}
