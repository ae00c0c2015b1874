// The role matrix (the README's role table), checked cell by cell against the
// rules the server enforces and the app mirrors. Each expectation is written
// as a row of the matrix: one letter per role, in rank order
// Owner, Admin, Billing Manager, Member.
//
//   y  allowed
//   f  refused, "forbidden"
//   o  refused because the subject is the Owner ("cannot_remove_owner",
//      "cannot_change_owner")
//   s  refused because the subject is the actor ("cannot_remove_self",
//      "cannot_change_own_role")
//   -  not a situation that can arise (there is exactly one Owner)
#include "Permissions.h"

#include <QTest>

Q_DECLARE_METATYPE(Role)

namespace {

constexpr qint64 ActorId = 1;
constexpr qint64 OtherId = 2;

const QList<Role> &ranked()
{
    static const QList<Role> roles = Roles::all();
    return roles;
}

QByteArray name(Role role)
{
    return Roles::toApiName(role).toLatin1();
}

/// The API error code a matrix letter stands for in the given action.
QString expectedCode(char letter, const char *ownerCode, const char *selfCode)
{
    switch (letter) {
    case 'y':
        return {};
    case 'f':
        return QStringLiteral("forbidden");
    case 'o':
        return QString::fromLatin1(ownerCode);
    case 's':
        return QString::fromLatin1(selfCode);
    default:
        qFatal("unknown matrix letter %c", letter);
    }
}

void verifyDecision(const Decision &decision, const QString &code)
{
    QCOMPARE(decision.code, code);
    QCOMPARE(decision.allowed, code.isEmpty());
    QCOMPARE(bool(decision), code.isEmpty());
    // A refusal always says why, for the tooltip of the disabled control.
    QCOMPARE(decision.reason.isEmpty(), code.isEmpty());
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void canManageUsers_data();
    void canManageUsers();
    void canInviteWithRole_data();
    void canInviteWithRole();
    void canManageInvitation_data();
    void canManageInvitation();
    void canRemove_data();
    void canRemove();
    void canChangeRole_data();
    void canChangeRole();
    void billingManagerTeamRule_data();
    void billingManagerTeamRule();
    void canChangeLicenses_data();
    void canChangeLicenses();
    void canTransferOwnership_data();
    void canTransferOwnership();
    void grantableRoles_data();
    void grantableRoles();
    void grantableRolesMatchInvitations();
};

void TestPermissions::canManageUsers_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<QString>("code");
    const char *matrix = "yyff";
    for (int a = 0; a < 4; ++a)
        QTest::newRow(name(ranked().at(a))) << ranked().at(a) << expectedCode(matrix[a], "", "");
}

void TestPermissions::canManageUsers()
{
    QFETCH(Role, actor);
    QFETCH(QString, code);
    verifyDecision(Permissions::canManageUsers(actor), code);
}

// Rows: the inviting actor; columns: the role of the invitation.
static const char *const InviteMatrix[4] = {
    "fyyy", // Owner: Admin, Billing Manager, Member; nobody is invited as Owner
    "ffyy", // Admin: Billing Manager, Member
    "ffff", // Billing Manager
    "ffff", // Member
};

void TestPermissions::canInviteWithRole_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("code");
    for (int a = 0; a < 4; ++a) {
        for (int r = 0; r < 4; ++r) {
            QTest::addRow("%s invites %s", name(ranked().at(a)).constData(),
                          name(ranked().at(r)).constData())
                << ranked().at(a) << ranked().at(r) << expectedCode(InviteMatrix[a][r], "", "");
        }
    }
}

void TestPermissions::canInviteWithRole()
{
    QFETCH(Role, actor);
    QFETCH(Role, role);
    QFETCH(QString, code);
    verifyDecision(Permissions::canInviteWithRole(actor, role), code);
}

void TestPermissions::canManageInvitation_data()
{
    // "revoke / resend an invitation: Admin only invitations it may create",
    // so the matrix is the invitation matrix.
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("invitationRole");
    QTest::addColumn<QString>("code");
    for (int a = 0; a < 4; ++a) {
        for (int r = 0; r < 4; ++r) {
            QTest::addRow("%s manages an invitation for %s", name(ranked().at(a)).constData(),
                          name(ranked().at(r)).constData())
                << ranked().at(a) << ranked().at(r) << expectedCode(InviteMatrix[a][r], "", "");
        }
    }
}

void TestPermissions::canManageInvitation()
{
    QFETCH(Role, actor);
    QFETCH(Role, invitationRole);
    QFETCH(QString, code);
    verifyDecision(Permissions::canManageInvitation(actor, invitationRole), code);
}

void TestPermissions::canRemove_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("subject");
    QTest::addColumn<bool>("self");
    QTest::addColumn<QString>("code");

    // Rows: the actor; columns: the member removed.
    const char *const matrix[4] = {
        "oyyy", // Owner removes anyone but the Owner
        "ofyy", // Admin: not the Owner, not an Admin
        "ffff", // Billing Manager
        "ffff", // Member
    };
    const char *self = "ssff"; // removing oneself; others may not remove at all
    for (int a = 0; a < 4; ++a) {
        for (int s = 0; s < 4; ++s) {
            QTest::addRow("%s removes %s", name(ranked().at(a)).constData(),
                          name(ranked().at(s)).constData())
                << ranked().at(a) << ranked().at(s) << false
                << expectedCode(matrix[a][s], "cannot_remove_owner", "cannot_remove_self");
        }
        QTest::addRow("%s removes self", name(ranked().at(a)).constData())
            << ranked().at(a) << ranked().at(a) << true
            << expectedCode(self[a], "cannot_remove_owner", "cannot_remove_self");
    }
}

void TestPermissions::canRemove()
{
    QFETCH(Role, actor);
    QFETCH(Role, subject);
    QFETCH(bool, self);
    QFETCH(QString, code);
    const Subject target{self ? ActorId : OtherId, subject, {}};
    verifyDecision(Permissions::canRemove(Actor{ActorId, actor}, target), code);
}

void TestPermissions::canChangeRole_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("subject");
    QTest::addColumn<bool>("self");
    QTest::addColumn<Role>("newRole");
    QTest::addColumn<QString>("code");

    // [actor][subject] → one letter per new role. The same role again is
    // allowed where the change would be (the server answers "unchanged").
    const char *const matrix[4][4] = {
        // subject: Owner   Admin   Billing Manager   Member
        {"oooo", "fyyy", "fyyy", "fyyy"}, // Owner: anything but Owner (that is a transfer)
        {"oooo", "ffff", "ffyy", "ffyy"}, // Admin: among Billing Manager and Member
        {"ffff", "ffff", "ffff", "ffff"}, // Billing Manager: no role changes at all
        {"ffff", "ffff", "ffff", "ffff"}, // Member
    };
    const char *const self[4] = {"ssss", "ssss", "ffff", "ffff"};
    for (int a = 0; a < 4; ++a) {
        for (int s = 0; s <= 4; ++s) {
            const bool isSelf = s == 4;
            const Role subject = isSelf ? ranked().at(a) : ranked().at(s);
            const char *row = isSelf ? self[a] : matrix[a][s];
            for (int r = 0; r < 4; ++r) {
                QTest::addRow("%s makes %s %s", name(ranked().at(a)).constData(),
                              isSelf ? "self" : name(subject).constData(),
                              name(ranked().at(r)).constData())
                    << ranked().at(a) << subject << isSelf << ranked().at(r)
                    << expectedCode(row[r], "cannot_change_owner", "cannot_change_own_role");
            }
        }
    }
}

void TestPermissions::canChangeRole()
{
    QFETCH(Role, actor);
    QFETCH(Role, subject);
    QFETCH(bool, self);
    QFETCH(Role, newRole);
    QFETCH(QString, code);
    const Subject target{self ? ActorId : OtherId, subject, {}};
    verifyDecision(Permissions::canChangeRole(Actor{ActorId, actor}, target, newRole, false), code);
}

void TestPermissions::billingManagerTeamRule_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("subject");
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<Role>("newRole");
    QTest::addColumn<bool>("removeFromTeams");
    QTest::addColumn<QString>("code");

    const QStringList teams{QStringLiteral("Mobile QA"), QStringLiteral("Web")};
    const QString inTeams = QStringLiteral("billing_manager_in_teams");
    QTest::newRow("Owner: Member in teams to Billing Manager, refused")
        << Role::Owner << Role::Member << teams << Role::BillingManager << false << inTeams;
    QTest::newRow("Admin: Member in teams to Billing Manager, refused")
        << Role::Admin << Role::Member << teams << Role::BillingManager << false << inTeams;
    QTest::newRow("Owner: Admin in teams to Billing Manager, refused")
        << Role::Owner << Role::Admin << teams << Role::BillingManager << false << inTeams;
    QTest::newRow("taken out of the teams on request")
        << Role::Admin << Role::Member << teams << Role::BillingManager << true << QString();
    QTest::newRow("Member in no team") << Role::Admin << Role::Member << QStringList()
                                       << Role::BillingManager << false << QString();
    QTest::newRow("Member in teams stays Member")
        << Role::Admin << Role::Member << teams << Role::Member << false << QString();
    QTest::newRow("Member in teams to Admin")
        << Role::Owner << Role::Member << teams << Role::Admin << false << QString();
    QTest::newRow("Billing Manager again is unchanged")
        << Role::Owner << Role::BillingManager << teams << Role::BillingManager << false
        << QString();
    // The role rule comes first: an Admin may not touch an Admin, teams or not.
    QTest::newRow("Admin: Admin in teams, forbidden first")
        << Role::Admin << Role::Admin << teams << Role::BillingManager << false
        << QStringLiteral("forbidden");
}

void TestPermissions::billingManagerTeamRule()
{
    QFETCH(Role, actor);
    QFETCH(Role, subject);
    QFETCH(QStringList, teams);
    QFETCH(Role, newRole);
    QFETCH(bool, removeFromTeams);
    QFETCH(QString, code);

    const Decision decision = Permissions::canChangeRole(
        Actor{ActorId, actor}, Subject{OtherId, subject, teams}, newRole, removeFromTeams);
    verifyDecision(decision, code);
    // The dialog warns and names the teams first.
    if (code == QLatin1String("billing_manager_in_teams")) {
        for (const QString &team : teams)
            QVERIFY2(decision.reason.contains(team), qPrintable(decision.reason));
    }
}

void TestPermissions::canChangeLicenses_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("subject");
    QTest::addColumn<bool>("self");
    QTest::addColumn<QString>("code");

    // Rows: the actor; columns: the member whose licenses change.
    const char *const matrix[4] = {
        "-yyy", // Owner: anyone
        "ffyy", // Admin: those it may manage, Billing Managers and Members
        "ffff", // Billing Manager
        "ffff", // Member
    };
    const char *self = "yfff"; // the Owner's own licenses; an Admin's own are an Admin's
    for (int a = 0; a < 4; ++a) {
        for (int s = 0; s < 4; ++s) {
            if (matrix[a][s] == '-')
                continue;
            QTest::addRow("%s changes licenses of %s", name(ranked().at(a)).constData(),
                          name(ranked().at(s)).constData())
                << ranked().at(a) << ranked().at(s) << false << expectedCode(matrix[a][s], "", "");
        }
        QTest::addRow("%s changes own licenses", name(ranked().at(a)).constData())
            << ranked().at(a) << ranked().at(a) << true << expectedCode(self[a], "", "");
    }
}

void TestPermissions::canChangeLicenses()
{
    QFETCH(Role, actor);
    QFETCH(Role, subject);
    QFETCH(bool, self);
    QFETCH(QString, code);
    const Subject target{self ? ActorId : OtherId, subject, {}};
    verifyDecision(Permissions::canChangeLicenses(Actor{ActorId, actor}, target), code);
}

void TestPermissions::canTransferOwnership_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("subject");
    QTest::addColumn<bool>("self");
    QTest::addColumn<QString>("code");

    const char *const matrix[4] = {
        "-yyy", // Owner hands over to any other active member
        "-fff", // Admin
        "-fff", // Billing Manager
        "-fff", // Member
    };
    for (int a = 0; a < 4; ++a) {
        for (int s = 0; s < 4; ++s) {
            if (matrix[a][s] == '-')
                continue;
            QTest::addRow("%s to %s", name(ranked().at(a)).constData(),
                          name(ranked().at(s)).constData())
                << ranked().at(a) << ranked().at(s) << false
                << expectedCode(matrix[a][s], "", "cannot_change_own_role");
        }
    }
    QTest::newRow("Owner to self")
        << Role::Owner << Role::Owner << true << QStringLiteral("cannot_change_own_role");
    QTest::newRow("Admin to self")
        << Role::Admin << Role::Admin << true << QStringLiteral("forbidden");
}

void TestPermissions::canTransferOwnership()
{
    QFETCH(Role, actor);
    QFETCH(Role, subject);
    QFETCH(bool, self);
    QFETCH(QString, code);
    const Subject target{self ? ActorId : OtherId, subject, {}};
    verifyDecision(Permissions::canTransferOwnership(Actor{ActorId, actor}, target), code);
}

void TestPermissions::grantableRoles_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<QList<Role>>("roles");
    QTest::newRow("OWNER") << Role::Owner
                           << QList<Role>{Role::Admin, Role::BillingManager, Role::Member};
    QTest::newRow("ADMIN") << Role::Admin << QList<Role>{Role::BillingManager, Role::Member};
    QTest::newRow("BILLING_MANAGER") << Role::BillingManager << QList<Role>();
    QTest::newRow("MEMBER") << Role::Member << QList<Role>();
}

void TestPermissions::grantableRoles()
{
    QFETCH(Role, actor);
    QFETCH(QList<Role>, roles);
    QCOMPARE(Permissions::grantableRoles(actor), roles);
}

void TestPermissions::grantableRolesMatchInvitations()
{
    // The role picker of the Invite Users dialog offers grantableRoles; the
    // server decides with canInviteWithRole. They must never disagree.
    for (Role actor : ranked()) {
        for (Role role : ranked()) {
            QCOMPARE(Permissions::grantableRoles(actor).contains(role),
                     Permissions::canInviteWithRole(actor, role).allowed);
        }
    }
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
