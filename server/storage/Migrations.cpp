#include "Migrations.h"

#include "AuditLog.h"
#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QStringList>

namespace {

// Written once for both engines; SqlDialect::schema() turns {id}, {text},
// {blob}, {without_rowid} and {nulls_first} into each one's words. Times are
// BIGINT milliseconds since 1970-01-01 UTC; roles are their rank (0 Owner …
// 3 Member) so that sorting by role sorts by rank.
const QStringList version1 = {
    QStringLiteral("CREATE TABLE users ("
                   " id {id},"
                   " email {text} NOT NULL,"
                   " email_key {text} NOT NULL UNIQUE,"
                   " full_name {text} NOT NULL,"
                   " name_key {text} NOT NULL,"
                   " search_key {text} NOT NULL,"
                   " created_at BIGINT NOT NULL,"
                   " last_access_at BIGINT)"),
    QStringLiteral("CREATE TABLE api_tokens ("
                   " id {id},"
                   " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                   " token_hash {text} NOT NULL UNIQUE,"
                   " created_at BIGINT NOT NULL)"),
    QStringLiteral("CREATE TABLE organizations ("
                   " id {id},"
                   " name {text} NOT NULL,"
                   " created_at BIGINT NOT NULL)"),
    // The list fields (keys, last access, machine count) are copied from
    // users and machines into memberships, so that a page of a 100,000-member
    // list walks one index of one table instead of sorting a join.
    QStringLiteral("CREATE TABLE memberships ("
                   " org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                   " user_id BIGINT NOT NULL REFERENCES users(id),"
                   " role INTEGER NOT NULL CHECK (role BETWEEN 0 AND 3),"
                   " status INTEGER NOT NULL CHECK (status IN (0, 1)),"
                   " joined_at BIGINT NOT NULL,"
                   " removed_at BIGINT,"
                   " removed_by BIGINT REFERENCES users(id),"
                   " name_key {text} NOT NULL,"
                   " email_key {text} NOT NULL,"
                   " search_key {text} NOT NULL,"
                   " last_access_at BIGINT,"
                   " machine_count INTEGER NOT NULL DEFAULT 0,"
                   " PRIMARY KEY (org_id, user_id)) {without_rowid}"),
    QStringLiteral("CREATE INDEX memberships_user ON memberships(user_id)"),
    // At most one active Owner per organization, whatever the code does.
    QStringLiteral("CREATE UNIQUE INDEX memberships_one_owner ON memberships(org_id)"
                   " WHERE role = 0 AND status = 0"),
    QStringLiteral("CREATE TABLE license_pools ("
                   " id {id},"
                   " org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                   " product {text} NOT NULL,"
                   " name {text} NOT NULL,"
                   " seats_total INTEGER NOT NULL CHECK (seats_total >= 0),"
                   " UNIQUE (org_id, product))"),
    QStringLiteral("CREATE TABLE member_licenses ("
                   " pool_id BIGINT NOT NULL REFERENCES license_pools(id) ON DELETE CASCADE,"
                   " user_id BIGINT NOT NULL REFERENCES users(id),"
                   " assigned_at BIGINT NOT NULL,"
                   " PRIMARY KEY (pool_id, user_id)) {without_rowid}"),
    QStringLiteral("CREATE INDEX member_licenses_user ON member_licenses(user_id)"),
    QStringLiteral("CREATE TABLE teams ("
                   " id {id},"
                   " org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                   " name {text} NOT NULL,"
                   " UNIQUE (org_id, name))"),
    QStringLiteral("CREATE TABLE team_members ("
                   " team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
                   " user_id BIGINT NOT NULL REFERENCES users(id),"
                   " PRIMARY KEY (team_id, user_id)) {without_rowid}"),
    QStringLiteral("CREATE INDEX team_members_user ON team_members(user_id)"),
    QStringLiteral("CREATE TABLE machines ("
                   " id {id},"
                   " org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                   " user_id BIGINT NOT NULL REFERENCES users(id),"
                   " machine_id {text} NOT NULL,"
                   " registered_at BIGINT NOT NULL,"
                   " UNIQUE (org_id, machine_id))"),
    QStringLiteral("CREATE INDEX machines_member ON machines(org_id, user_id)"),
    QStringLiteral("CREATE INDEX machines_by_time ON machines(org_id, registered_at)"),
    // state: 0 open (pending or expired, by expires_at), 1 accepted, 2 revoked.
    // link_hash is HMAC(server secret, link token); the token itself is
    // derived from link_nonce with the secret and never stored.
    QStringLiteral("CREATE TABLE invitations ("
                   " id {id},"
                   " org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                   " email {text} NOT NULL,"
                   " email_key {text} NOT NULL,"
                   " search_key {text} NOT NULL,"
                   " role INTEGER NOT NULL CHECK (role BETWEEN 1 AND 3),"
                   " invited_by BIGINT REFERENCES users(id),"
                   " created_at BIGINT NOT NULL,"
                   " sent_at BIGINT NOT NULL,"
                   " expires_at BIGINT NOT NULL,"
                   " state INTEGER NOT NULL CHECK (state IN (0, 1, 2)),"
                   " link_nonce {text} NOT NULL,"
                   " link_hash {text} NOT NULL UNIQUE,"
                   " closed_at BIGINT,"
                   " accepted_user_id BIGINT REFERENCES users(id))"),
    QStringLiteral("CREATE INDEX invitations_open ON invitations(org_id, state, email_key)"),
    QStringLiteral("CREATE TABLE invitation_licenses ("
                   " invitation_id BIGINT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,"
                   " pool_id BIGINT NOT NULL REFERENCES license_pools(id) ON DELETE CASCADE,"
                   " PRIMARY KEY (invitation_id, pool_id)) {without_rowid}"),
    QStringLiteral("CREATE INDEX invitation_licenses_pool ON invitation_licenses(pool_id)"),
    QStringLiteral("CREATE TABLE audit_events ("
                   " id {id},"
                   " org_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,"
                   " actor_id BIGINT REFERENCES users(id),"
                   " action {text} NOT NULL,"
                   " target_type {text},"
                   " target_id BIGINT,"
                   " target_label {text},"
                   " details {text} NOT NULL DEFAULT '{}',"
                   " created_at BIGINT NOT NULL)"),
    QStringLiteral("CREATE INDEX audit_events_org ON audit_events(org_id, id)"),
};

// Version 2: email delivery. mail_queue holds each encoded message until an
// SMTP server accepted it, so that a restart loses none. state: 0 queued,
// 1 sent, 2 failed for good, 3 cancelled (superseded by a resend, or the
// invitation was closed). invitations.delivery_error is what the API shows.
const QStringList version2 = {
    QStringLiteral("ALTER TABLE invitations ADD COLUMN delivery_error {text} NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE TABLE mail_queue ("
                   " id {id},"
                   " invitation_id BIGINT REFERENCES invitations(id) ON DELETE CASCADE,"
                   " sender {text} NOT NULL,"
                   " recipient {text} NOT NULL,"
                   " message {blob} NOT NULL,"
                   " created_at BIGINT NOT NULL,"
                   " state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2, 3)),"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " next_attempt_at BIGINT NOT NULL,"
                   " last_error {text} NOT NULL DEFAULT '',"
                   " finished_at BIGINT)"),
    QStringLiteral("CREATE INDEX mail_queue_due ON mail_queue(state, next_attempt_at)"),
    QStringLiteral("CREATE INDEX mail_queue_invitation ON mail_queue(invitation_id)"),
};

// Version 3: the audit log keeps history as it happened. Each event holds
// the name and address of its actor and of the person it concerns as they
// were then, so that reading the log joins nothing that can change later.
// Events written before this version get the names current at the upgrade,
// the best record there is of them.
const QStringList version3 = {
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN actor_name {text}"),
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN actor_email {text}"),
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN target_user_id BIGINT"),
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN target_name {text}"),
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN target_email {text}"),
    QStringLiteral("UPDATE audit_events SET"
                   " actor_name = (SELECT full_name FROM users u WHERE u.id = actor_id),"
                   " actor_email = (SELECT email FROM users u WHERE u.id = actor_id)"
                   " WHERE actor_id IS NOT NULL"),
    QStringLiteral("UPDATE audit_events SET target_user_id = target_id WHERE target_type = 'user'"),
    QStringLiteral("UPDATE audit_events SET target_user_id ="
                   " (SELECT user_id FROM api_tokens t WHERE t.id = target_id)"
                   " WHERE target_type = 'token'"),
    QStringLiteral("UPDATE audit_events SET target_user_id = actor_id"
                   " WHERE target_type = 'machine'"),
    QStringLiteral("UPDATE audit_events SET target_user_id ="
                   " (SELECT accepted_user_id FROM invitations i WHERE i.id = target_id)"
                   " WHERE target_type = 'invitation' AND action = 'invitation.accepted'"),
    QStringLiteral("UPDATE audit_events SET"
                   " target_name = (SELECT full_name FROM users u WHERE u.id = target_user_id),"
                   " target_email = (SELECT email FROM users u WHERE u.id = target_user_id)"
                   " WHERE target_user_id IS NOT NULL"),
};

// Version 4: the audit log is filtered and paged newest first. Its order is
// (created_at, id); each filter has an index ending in that order, so that a
// page is one index walk from the cursor whatever the log's length. The
// search key (AuditLog::searchKey, folded in C++) is filled for the events
// already stored.
const QStringList version4 = {
    QStringLiteral("ALTER TABLE audit_events ADD COLUMN search_key {text} NOT NULL DEFAULT ''"),
    QStringLiteral("DROP INDEX audit_events_org"),
    QStringLiteral("CREATE INDEX audit_events_by_time ON audit_events(org_id, created_at, id)"),
    QStringLiteral(
        "CREATE INDEX audit_events_by_action ON audit_events(org_id, action, created_at, id)"),
    QStringLiteral(
        "CREATE INDEX audit_events_by_actor ON audit_events(org_id, actor_id, created_at, id)"),
    QStringLiteral("CREATE INDEX audit_events_by_target"
                   " ON audit_events(org_id, target_user_id, created_at, id)"),
};

// Version 5: lists that stay fast at a million members.
//
// Change numbers, behind the lists' change cursors: organizations.change_seq
// counts the organization's changes; every write that changes what a member
// or invitation list shows stamps the row with the organization's new number
// (ChangeLog), so that "what changed since N" is one index range. The
// database's random id tells a cursor of this database from another's.
//
// Substring search through an index: SQLite's FTS5 with the trigram
// tokenizer over the folded keys (case-sensitive, since the keys are folded
// already), external-content tables kept in step by triggers; PostgreSQL's
// pg_trgm with GIN indexes, which serve LIKE '%…%'.
const QStringList version5 = {
    QStringLiteral("ALTER TABLE organizations ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE memberships ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE invitations ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE INDEX memberships_changes ON memberships(org_id, change_seq)"),
    QStringLiteral("CREATE INDEX invitations_changes ON invitations(org_id, change_seq)"),
    // Open invitations that expired since a cursor was handed out changed
    // status without a write.
    QStringLiteral("CREATE INDEX invitations_expiry ON invitations(org_id, state, expires_at)"),
    QStringLiteral("CREATE TABLE database_identity (id {text} NOT NULL)"),
    QStringLiteral("INSERT INTO database_identity (id) VALUES ({random_id})"),

    QStringLiteral("{sqlite} CREATE VIRTUAL TABLE users_search USING fts5(search_key,"
                   " content='users', content_rowid='id', tokenize='trigram case_sensitive 1')"),
    QStringLiteral("{sqlite} CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN"
                   " INSERT INTO users_search (rowid, search_key) VALUES (new.id, new.search_key);"
                   " END"),
    QStringLiteral("{sqlite} CREATE TRIGGER users_search_update AFTER UPDATE OF search_key"
                   " ON users BEGIN"
                   " INSERT INTO users_search (users_search, rowid, search_key)"
                   " VALUES ('delete', old.id, old.search_key);"
                   " INSERT INTO users_search (rowid, search_key) VALUES (new.id, new.search_key);"
                   " END"),
    QStringLiteral("{sqlite} CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN"
                   " INSERT INTO users_search (users_search, rowid, search_key)"
                   " VALUES ('delete', old.id, old.search_key);"
                   " END"),
    QStringLiteral("{sqlite} INSERT INTO users_search (users_search) VALUES ('rebuild')"),
    QStringLiteral("{sqlite} CREATE VIRTUAL TABLE invitations_search USING fts5(search_key,"
                   " content='invitations', content_rowid='id',"
                   " tokenize='trigram case_sensitive 1')"),
    QStringLiteral("{sqlite} CREATE TRIGGER invitations_search_insert AFTER INSERT ON invitations"
                   " BEGIN INSERT INTO invitations_search (rowid, search_key)"
                   " VALUES (new.id, new.search_key);"
                   " END"),
    QStringLiteral("{sqlite} CREATE TRIGGER invitations_search_update AFTER UPDATE OF search_key"
                   " ON invitations BEGIN"
                   " INSERT INTO invitations_search (invitations_search, rowid, search_key)"
                   " VALUES ('delete', old.id, old.search_key);"
                   " INSERT INTO invitations_search (rowid, search_key)"
                   " VALUES (new.id, new.search_key);"
                   " END"),
    QStringLiteral("{sqlite} CREATE TRIGGER invitations_search_delete AFTER DELETE ON invitations"
                   " BEGIN INSERT INTO invitations_search (invitations_search, rowid, search_key)"
                   " VALUES ('delete', old.id, old.search_key);"
                   " END"),
    QStringLiteral(
        "{sqlite} INSERT INTO invitations_search (invitations_search) VALUES ('rebuild')"),
    // pg_trgm is a trusted extension (PostgreSQL 13+): the owner of the
    // database may create it without being a superuser.
    QStringLiteral("{postgresql} CREATE EXTENSION IF NOT EXISTS pg_trgm"),
    QStringLiteral("{postgresql} CREATE INDEX memberships_search ON memberships"
                   " USING gin (search_key gin_trgm_ops)"),
    QStringLiteral("{postgresql} CREATE INDEX invitations_search ON invitations"
                   " USING gin (search_key gin_trgm_ops)"),
};

struct Step
{
    QStringList statements;
    /// Runs after the statements, in the same transaction: what SQL alone cannot do.
    void (*fill)(Database &) = nullptr;
};

const QList<Step> &steps()
{
    static const QList<Step> all = {{version1 + Migrations::memberListIndexes()},
                                    {version2},
                                    {version3},
                                    {version4, &AuditLog::fillSearchKeys},
                                    {version5}};
    return all;
}

} // namespace

namespace Migrations {

QStringList memberListIndexes()
{
    return {
        // user_id last: the tie-break of every list, so that a page is one
        // walk of the index (SQLite adds the key itself; PostgreSQL needs it).
        QStringLiteral(
            "CREATE INDEX memberships_by_name ON memberships(org_id, status, name_key, user_id)"),
        QStringLiteral(
            "CREATE INDEX memberships_by_email ON memberships(org_id, status, email_key, user_id)"),
        QStringLiteral(
            "CREATE INDEX memberships_by_role ON memberships(org_id, status, role, user_id)"),
        QStringLiteral("CREATE INDEX memberships_by_joined ON memberships(org_id, status, "
                       "joined_at, user_id)"),
        QStringLiteral("CREATE INDEX memberships_by_access"
                       " ON memberships(org_id, status, last_access_at {nulls_first}, user_id)"),
        QStringLiteral("CREATE INDEX memberships_by_removed"
                       " ON memberships(org_id, status, removed_at {nulls_first}, user_id)"),
        QStringLiteral("CREATE INDEX memberships_by_machines"
                       " ON memberships(org_id, status, machine_count, user_id)"),
    };
}

int currentVersion()
{
    return static_cast<int>(steps().size());
}

Result migrate(Database &database)
{
    Result result;
    result.to = currentVersion();
    for (;;) {
        // Each step in its own transaction, under a lock, so that servers
        // starting together on one PostgreSQL database migrate it once.
        Transaction transaction(database);
        if (const QString lock = database.dialect().lockSchema(); !lock.isEmpty())
            database.execRaw(lock);
        database.execRaw(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        const QVariant stored =
            database.scalar(QStringLiteral("SELECT max(version) FROM schema_version"));
        const int version = stored.isNull() ? 0 : stored.toInt();
        if (result.from < 0)
            result.from = version;
        if (version > currentVersion())
            throw StorageError(QStringLiteral("the database has schema version %1, newer than "
                                              "this server (%2); use a newer "
                                              "testops-users-server")
                                   .arg(version)
                                   .arg(currentVersion()));
        if (version == currentVersion()) {
            transaction.commit();
            return result;
        }
        const Step &step = steps().at(version);
        for (const QString &statement : step.statements) {
            // A statement of the other engine only ({sqlite}, {postgresql}) is empty.
            const QString sql = database.dialect().schema(statement);
            if (!sql.isEmpty())
                database.execRaw(sql);
        }
        if (step.fill)
            step.fill(database);
        database.exec(QStringLiteral("DELETE FROM schema_version"));
        database.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                      {version + 1});
        transaction.commit();
    }
}

int storedVersion(Database &database)
{
    return database.scalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
}

} // namespace Migrations
