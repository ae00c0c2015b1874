#pragma once

#include "Invitation.h"
#include "Member.h"

#include <QDateTime>
#include <QStringList>

/// Small, readable records for the model tests. Times are UTC, relative to
/// a fixed "now" so that relative texts are deterministic.
namespace ModelTestData {

inline QDateTime now()
{
    return QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);
}

inline Member member(qint64 id, const QString &name, const QString &email, Role role = Role::Member,
                     const QDateTime &joined = now().addDays(-100),
                     const QStringList &licenses = {})
{
    Member m;
    m.userId = id;
    m.fullName = name;
    m.email = email;
    m.role = role;
    m.joinedAt = joined;
    m.lastAccessAt = now().addSecs(-3 * 24 * 3600);
    m.licenses = licenses;
    return m;
}

inline Member removedMember(qint64 id, const QString &name, const QString &email,
                            const QDateTime &joined, const QDateTime &removed)
{
    Member m = member(id, name, email, Role::Member, joined);
    m.status = MemberStatus::Removed;
    m.removedAt = removed;
    m.removedBy = UserRef{1, QStringLiteral("Olivia Owner")};
    return m;
}

/// Five members whose names and emails exercise the search rule.
inline QList<Member> members()
{
    return {
        member(1, QStringLiteral("Olivia Owner"), QStringLiteral("olivia@example.com"), Role::Owner,
               now().addDays(-900), {QStringLiteral("KSE")}),
        member(2, QStringLiteral("José Núñez"), QStringLiteral("jose.nunez@example.com"),
               Role::Admin, QDateTime(QDate(2024, 12, 1), QTime(9, 0), Qt::UTC),
               {QStringLiteral("KSE"), QStringLiteral("KRE")}),
        member(3, QStringLiteral("Tag User"), QStringLiteral("user+tag@example.com"), Role::Member,
               QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC)),
        member(4, QStringLiteral("Carl Contractor (contractor)"),
               QStringLiteral("carl@vendor.example"), Role::BillingManager,
               QDateTime(QDate(2023, 10, 5), QTime(9, 0), Qt::UTC),
               {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"),
                QStringLiteral("I"), QStringLiteral("J")}),
        member(5, QStringLiteral("王伟 [ops]"), QStringLiteral("wang.wei@example.cn"), Role::Member,
               QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC),
               {QStringLiteral("Z1"), QStringLiteral("Z2")}),
    };
}

inline Invitation invitation(qint64 id, const QString &email, const QDateTime &sent,
                             InvitationStatus status = InvitationStatus::Pending)
{
    Invitation inv;
    inv.id = id;
    inv.email = email;
    inv.invitedBy = UserRef{1, QStringLiteral("Olivia Owner")};
    inv.createdAt = sent;
    inv.expiresAt = sent.addSecs(24 * 3600);
    inv.status = status;
    inv.activationUrl = QStringLiteral("http://127.0.0.1:1/activate/%1").arg(id);
    return inv;
}

} // namespace ModelTestData
