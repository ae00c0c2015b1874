#pragma once

#include <QDateTime>
#include <QString>

class Database;
class ServerSecret;

/// Fills an EMPTY database with the demonstration organizations,
/// deterministically (fixed random seed; times relative to `now`).
///
/// Organization 1 "Katalon Demo Org": `activeMembers` active members (every
/// role, exactly one Owner: owner@example.com; admin@example.com,
/// billing@example.com, member@example.com), about a fifth as many removed
/// members, 40 open invitations (12 of them expired), teams (member@example.com
/// is in "QA Automation"), license pools KSE "Katalon Studio Enterprise" and
/// KRE "Katalon Runtime Engine" partly used, registered machines, last-access
/// times spread over six months. Organization 2 "Northwind QA": a small one
/// with its own Owner (other-owner@example.org) and Admin
/// (other-admin@example.org), for cross-organization checks.
///
/// Everything is written in one transaction with prepared statements, so that
/// 100,000 members take seconds.
class DemoSeeder
{
public:
    DemoSeeder(Database &database, const ServerSecret &secret) : m_db(database), m_secret(secret) {}

    /// Seeds; `activeMembers` is at least 10. `invitationTtlSeconds` sets the
    /// validity of the pending invitations. Throws StorageError (nothing is
    /// written then).
    void seed(int activeMembers, qint64 invitationTtlSeconds, const QDateTime &now);

private:
    Database &m_db;
    const ServerSecret &m_secret;
};
