#include "ActionRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace {

// A named context, so that lupdate finds the messages ("ActionRules").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionRules)
};

bool isInvitationAction(UserAction::Kind kind)
{
    return kind == UserAction::Kind::Revoke || kind == UserAction::Kind::Resend ||
           kind == UserAction::Kind::CopyActivationLink;
}

Decision exactlyOneOwner()
{
    return Decision::refuse(QStringLiteral("forbidden"),
                            Text::tr("Ownership goes to exactly one member: check only that "
                                     "member."));
}

// Change Role before a role is chosen: allowed when some role can be given.
// The lowest role is asked first, so that a refusal names the member's
// situation ("your own role", "the Owner") rather than the transfer rule.
Decision anyRole(const Actor &actor, const Subject &subject)
{
    QList<Role> candidates = Permissions::grantableRoles(actor.role);
    std::reverse(candidates.begin(), candidates.end());
    if (actor.role == Role::Owner)
        candidates.append(Role::Owner);
    std::optional<Decision> firstRefusal;
    for (Role role : std::as_const(candidates)) {
        const Decision decision = role == Role::Owner
                                      ? Permissions::canTransferOwnership(actor, subject)
                                      : Permissions::canChangeRole(actor, subject, role, true);
        if (decision)
            return decision;
        if (!firstRefusal)
            firstRefusal = decision;
    }
    return firstRefusal ? *firstRefusal : Permissions::canManageUsers(actor.role);
}

} // namespace

Decision Availability::firstRefusal() const
{
    return skipped.isEmpty() ? Decision::allow() : skipped.first().why;
}

QString Availability::reason() const
{
    if (skipped.isEmpty())
        return {};
    const QString why = skipped.first().why.reason;
    if (applies.isEmpty())
        return why;
    const int left = int(skipped.size());
    return left == 1 ? Text::tr("1 checked record is left out: %1").arg(why)
                     : Text::tr("%Ln checked records are left out: %1", nullptr, left).arg(why);
}

namespace ActionRules {

Decision gate(Role actor, const UserAction &action)
{
    if (action.kind == UserAction::Kind::TransferOwnership)
        return Permissions::canTransferOwnership(actor);
    return Permissions::canManageUsers(actor);
}

Decision decide(const Actor &actor, const UserAction &action, const ActionTarget &target)
{
    if (const Decision allowed = gate(actor.role, action); !allowed)
        return allowed;
    const Subject subject{target.id, target.role, target.teams};
    switch (action.kind) {
    case UserAction::Kind::RemoveUsers:
        return Permissions::canRemove(actor, subject);
    case UserAction::Kind::ChangeRole:
        if (!action.role)
            return anyRole(actor, subject);
        return Permissions::canChangeRole(actor, subject, *action.role, action.removeFromTeams);
    case UserAction::Kind::TransferOwnership:
        return Permissions::canTransferOwnership(actor, subject);
    case UserAction::Kind::Revoke:
    case UserAction::Kind::Resend:
    case UserAction::Kind::CopyActivationLink:
        return Permissions::canManageInvitation(actor.role, target.role);
    case UserAction::Kind::InviteAgain:
        return Permissions::canInviteWithRole(actor.role, Role::Member);
    }
    return Permissions::canManageUsers(actor.role);
}

Availability availability(const Actor &actor, const UserAction &action,
                          const QList<ActionTarget> &targets)
{
    Availability result;
    result.applies.reserve(targets.size());
    // A decision depends on the target's role and on whether the target is
    // the actor; for a change to Billing Manager without leaving the teams,
    // on the teams too (their names are in the sentence).
    const bool teamsMatter = action.kind == UserAction::Kind::ChangeRole &&
                             action.role == Role::BillingManager && !action.removeFromTeams;
    std::optional<Decision> shared[2][4];
    for (const ActionTarget &target : targets) {
        const bool self = !isInvitationAction(action.kind) && target.id == actor.userId;
        Decision decision;
        if (teamsMatter && !target.teams.isEmpty()) {
            decision = decide(actor, action, target);
        } else {
            std::optional<Decision> &slot = shared[self ? 1 : 0][Roles::rank(target.role)];
            if (!slot)
                slot = decide(actor, action, target);
            decision = *slot;
        }
        if (decision)
            result.applies.append(target.id);
        else
            result.skipped.append({target.id, decision});
    }
    if (action.kind == UserAction::Kind::TransferOwnership && result.applies.size() > 1) {
        const Decision one = exactlyOneOwner();
        for (qint64 id : std::as_const(result.applies))
            result.skipped.append({id, one});
        result.applies.clear();
    }
    return result;
}

Decision canChooseRole(const Actor &actor, Role role, const QList<ActionTarget> &targets)
{
    if (role == Role::Owner) {
        if (const Decision allowed =
                gate(actor.role, UserAction::of(UserAction::Kind::TransferOwnership));
            !allowed)
            return allowed;
        int receivers = 0;
        for (const ActionTarget &target : targets) {
            const Subject subject{target.id, target.role, target.teams};
            receivers += Permissions::canTransferOwnership(actor, subject) ? 1 : 0;
        }
        return receivers == 1 ? Decision::allow() : exactlyOneOwner();
    }
    if (const Decision allowed = gate(actor.role, UserAction::of(UserAction::Kind::ChangeRole));
        !allowed)
        return allowed;
    if (Permissions::grantableRoles(actor.role).contains(role))
        return Decision::allow();
    // The rule's own sentence, for someone else with the lowest role.
    const Decision decision = Permissions::canChangeRole(actor, {-1, Role::Member, {}}, role, true);
    return decision ? Decision::refuse(QStringLiteral("forbidden"),
                                       Text::tr("You cannot give this role."))
                    : decision;
}

} // namespace ActionRules
