#pragma once

#include "Invitation.h"
#include "Member.h"

#include <QDateTime>
#include <QList>

/// Deterministic sample data for the benchmark: members and invitations
/// with varied names (ASCII, accented Latin, Cyrillic, Greek, CJK, Korean),
/// plus-addressed emails, roles, license sets, teams and times spread over
/// five years before `now`. The same seed gives the same data.
class DataGenerator
{
public:
    DataGenerator(quint32 seed, const QDateTime &now);

    /// `count` members with user ids from `firstId`; removed ones carry a
    /// removal time and a remover.
    QList<Member> members(int count, qint64 firstId, MemberStatus status);
    /// `count` invitations with ids from `firstId`, about a fifth expired.
    QList<Invitation> invitations(int count, qint64 firstId);

private:
    quint32 next();
    int below(int bound) { return static_cast<int>(next() % static_cast<quint32>(bound)); }
    QString fullName();
    /// An address unique by `id` (its local part ends in the id).
    QString email(qint64 id);

    quint64 m_state;
    qint64 m_nowMs;
};
