// The rules of what a check set allows (ActionRules), which the server, the
// session, the tabs and the dialogs all call. Each action is a matrix: one
// row per acting role, one letter per checked record, in the order
//
//   Owner, Admin, Billing Manager, Member (someone else with that role), self
//
// (for invitation actions the role is the role the invitation invites to).
//
//   y  applies
//   f  left out, "forbidden"
//   o  left out because the record is the Owner ("cannot_remove_owner",
//      "cannot_change_owner")
//   s  left out because the record is the actor ("cannot_remove_self",
//      "cannot_change_own_role")
//   -  cannot arise (one Owner; no invitation to be Owner; no invitation or
//      removed record is the actor)
//
// Then mixed check sets: what applies, what is left out and the sentence the
// app shows.
#include "ActionRules.h"

#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(UserAction)

namespace {

constexpr qint64 ActorId = 1;
constexpr qint64 OtherId = 2;

using Kind = UserAction::Kind;

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

QByteArray actionName(const UserAction &action)
{
    static const char *const names[] = {"RemoveUsers", "ChangeRole", "TransferOwnership",
                                        "Revoke",      "Resend",     "CopyActivationLink",
                                        "InviteAgain"};
    QByteArray name = names[int(action.kind)];
    if (action.kind == Kind::ChangeRole)
        name += action.role ? "→" + Roles::toApiName(*action.role).toLatin1() : "(any)";
    return name;
}

ActionTarget target(qint64 id, Role role, const QStringList &teams = {})
{
    return ActionTarget{id, role, teams};
}

/// Targets of several records at once: ids from 100 upwards, one per role letter
/// (O, A, B, M), "S" for the actor (id ActorId, with the actor's role).
QList<ActionTarget> targets(const char *letters, Role actorRole)
{
    QList<ActionTarget> list;
    qint64 next = 100;
    for (const char *c = letters; *c; ++c) {
        switch (*c) {
        case 'O':
            list << target(next++, Role::Owner);
            break;
        case 'A':
            list << target(next++, Role::Admin);
            break;
        case 'B':
            list << target(next++, Role::BillingManager);
            break;
        case 'M':
            list << target(next++, Role::Member);
            break;
        case 'S':
            list << target(ActorId, actorRole);
            break;
        default:
            qFatal("unknown target letter %c", *c);
        }
    }
    return list;
}

} // namespace

class TestActionRules : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void gateRefusesTheWholeRequest_data();
    void gateRefusesTheWholeRequest();
    void availabilityOfMixedSets_data();
    void availabilityOfMixedSets();
    void teamsAreNamedPerMember();
    void transferGoesToExactlyOneMember();
    void canChooseRole_data();
    void canChooseRole();
    void largeSetsShareOneDecisionPerRole();
};

void TestActionRules::decide_data()
{
    QTest::addColumn<UserAction>("action");
    QTest::addColumn<Role>("actor");
    QTest::addColumn<QByteArray>("row"); // O A B M self
    QTest::addColumn<QByteArray>("ownerCode");
    QTest::addColumn<QByteArray>("selfCode");

    struct Matrix
    {
        UserAction action;
        const char *ownerCode;
        const char *selfCode;
        const char *rows[4]; // Owner, Admin, Billing Manager, Member acting
    };
    const Matrix matrices[] = {
        {UserAction::of(Kind::RemoveUsers),
         "cannot_remove_owner",
         "cannot_remove_self",
         {"-yyys", "ofyys", "fffff", "fffff"}},
        {UserAction::of(Kind::ChangeRole),
         "cannot_change_owner",
         "cannot_change_own_role",
         {"-yyys", "ofyys", "fffff", "fffff"}},
        {UserAction::changeRole(Role::Admin, false),
         "cannot_change_owner",
         "cannot_change_own_role",
         {"-yyys", "offfs", "fffff", "fffff"}},
        {UserAction::changeRole(Role::BillingManager, false),
         "cannot_change_owner",
         "cannot_change_own_role",
         {"-yyys", "ofyys", "fffff", "fffff"}},
        {UserAction::changeRole(Role::Member, true),
         "cannot_change_owner",
         "cannot_change_own_role",
         {"-yyys", "ofyys", "fffff", "fffff"}},
        {UserAction::changeRole(Role::Owner, false),
         "cannot_change_owner",
         "cannot_change_own_role",
         {"-fffs", "offfs", "fffff", "fffff"}},
        {UserAction::of(Kind::TransferOwnership),
         "",
         "cannot_change_own_role",
         {"-yyys", "fffff", "fffff", "fffff"}},
        {UserAction::of(Kind::Revoke), "", "", {"-yyy-", "-fyy-", "fffff", "fffff"}},
        {UserAction::of(Kind::Resend), "", "", {"-yyy-", "-fyy-", "fffff", "fffff"}},
        {UserAction::of(Kind::CopyActivationLink), "", "", {"-yyy-", "-fyy-", "fffff", "fffff"}},
        {UserAction::of(Kind::InviteAgain), "", "", {"yyyy-", "yyyy-", "fffff", "fffff"}},
    };
    for (const Matrix &matrix : matrices) {
        for (int rank = 0; rank < 4; ++rank) {
            const Role actor = Roles::all().at(rank);
            QTest::addRow("%s by %s", actionName(matrix.action).constData(),
                          Roles::toApiName(actor).toLatin1().constData())
                << matrix.action << actor << QByteArray(matrix.rows[rank])
                << QByteArray(matrix.ownerCode) << QByteArray(matrix.selfCode);
        }
    }
}

void TestActionRules::decide()
{
    QFETCH(UserAction, action);
    QFETCH(Role, actor);
    QFETCH(QByteArray, row);
    QFETCH(QByteArray, ownerCode);
    QFETCH(QByteArray, selfCode);
    QCOMPARE(row.size(), 5);
    const Actor who{ActorId, actor};
    for (int column = 0; column < 5; ++column) {
        const char letter = row.at(column);
        if (letter == '-')
            continue;
        const bool self = column == 4;
        const ActionTarget record =
            self ? target(ActorId, actor) : target(OtherId, Roles::all().at(column));
        const Decision decision = ActionRules::decide(who, action, record);
        const QString code = expectedCode(letter, ownerCode.constData(), selfCode.constData());
        QVERIFY2(decision.code == code && decision.allowed == code.isEmpty(),
                 qPrintable(QStringLiteral("column %1: %2 instead of %3 (%4)")
                                .arg(column)
                                .arg(decision.allowed ? QStringLiteral("allowed") : decision.code,
                                     code.isEmpty() ? QStringLiteral("allowed") : code,
                                     decision.reason)));
        // A refusal always says why, for the control and the result list.
        QCOMPARE(decision.reason.isEmpty(), decision.allowed);
        // One record or a set of one: the same answer.
        const Availability set = ActionRules::availability(who, action, {record});
        QCOMPARE(set.count(), decision.allowed ? 1 : 0);
        QCOMPARE(set.firstRefusal().code, decision.code);
    }
}

void TestActionRules::gateRefusesTheWholeRequest_data()
{
    QTest::addColumn<UserAction>("action");
    QTest::addColumn<QByteArray>("allowedFor"); // one letter per role: y or f
    QTest::addColumn<QString>("reason");
    const QString managers = QStringLiteral("User Management needs the Owner or Admin role.");
    QTest::newRow("remove") << UserAction::of(Kind::RemoveUsers) << QByteArray("yyff") << managers;
    QTest::newRow("change role") << UserAction::of(Kind::ChangeRole) << QByteArray("yyff")
                                 << managers;
    QTest::newRow("revoke") << UserAction::of(Kind::Revoke) << QByteArray("yyff") << managers;
    QTest::newRow("invite again") << UserAction::of(Kind::InviteAgain) << QByteArray("yyff")
                                  << managers;
    QTest::newRow("transfer") << UserAction::of(Kind::TransferOwnership) << QByteArray("yfff")
                              << QStringLiteral("Only the Owner can transfer ownership.");
}

void TestActionRules::gateRefusesTheWholeRequest()
{
    QFETCH(UserAction, action);
    QFETCH(QByteArray, allowedFor);
    QFETCH(QString, reason);
    for (int rank = 0; rank < 4; ++rank) {
        const Decision decision = ActionRules::gate(Roles::all().at(rank), action);
        QCOMPARE(decision.allowed, allowedFor.at(rank) == 'y');
        if (!decision.allowed) {
            QCOMPARE(decision.code, QStringLiteral("forbidden"));
            QCOMPARE(decision.reason, reason);
        }
    }
}

void TestActionRules::availabilityOfMixedSets_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<UserAction>("action");
    QTest::addColumn<QByteArray>("checked"); // target letters, see targets()
    QTest::addColumn<QByteArray>("applies"); // one letter per checked record: y or n
    QTest::addColumn<QStringList>("codes");  // of the records left out, in order
    QTest::addColumn<QString>("reason");

    const QString owner = QStringLiteral("The Owner cannot be removed; transfer ownership first.");
    QTest::newRow("Admin removes the Owner, self, a Member and a Billing Manager")
        << Role::Admin << UserAction::of(Kind::RemoveUsers) << QByteArray("OSMB")
        << QByteArray("nnyy")
        << QStringList{QStringLiteral("cannot_remove_owner"), QStringLiteral("cannot_remove_self")}
        << QStringLiteral("2 checked records are left out: %1").arg(owner);
    QTest::newRow("Admin removes only the Owner")
        << Role::Admin << UserAction::of(Kind::RemoveUsers) << QByteArray("O") << QByteArray("n")
        << QStringList{QStringLiteral("cannot_remove_owner")} << owner;
    QTest::newRow("Owner removes two Admins and a Member")
        << Role::Owner << UserAction::of(Kind::RemoveUsers) << QByteArray("AAM")
        << QByteArray("yyy") << QStringList{} << QString();
    QTest::newRow("Owner removes self among Members")
        << Role::Owner << UserAction::of(Kind::RemoveUsers) << QByteArray("MSM")
        << QByteArray("yny") << QStringList{QStringLiteral("cannot_remove_self")}
        << QStringLiteral("1 checked record is left out: You cannot remove yourself.");
    QTest::newRow("Admin changes roles of an Admin and Members")
        << Role::Admin << UserAction::of(Kind::ChangeRole) << QByteArray("MAM") << QByteArray("yny")
        << QStringList{QStringLiteral("forbidden")}
        << QStringLiteral("1 checked record is left out: Only the Owner can grant or take away "
                          "the Admin role.");
    QTest::newRow("Admin makes a Member and a Billing Manager Admin")
        << Role::Admin << UserAction::changeRole(Role::Admin, false) << QByteArray("MB")
        << QByteArray("nn") << QStringList{QStringLiteral("forbidden"), QStringLiteral("forbidden")}
        << QStringLiteral("Only the Owner can grant or take away the Admin role.");
    QTest::newRow("Owner changes self and others to Member")
        << Role::Owner << UserAction::changeRole(Role::Member, false) << QByteArray("SAB")
        << QByteArray("nyy") << QStringList{QStringLiteral("cannot_change_own_role")}
        << QStringLiteral("1 checked record is left out: You cannot change your own role.");
    QTest::newRow("Admin revokes invitations to be Admin, Member, Billing Manager")
        << Role::Admin << UserAction::of(Kind::Revoke) << QByteArray("AMB") << QByteArray("nyy")
        << QStringList{QStringLiteral("forbidden")}
        << QStringLiteral("1 checked record is left out: Only the Owner can manage invitations "
                          "for Admins.");
    QTest::newRow("Member asks anything")
        << Role::Member << UserAction::of(Kind::Resend) << QByteArray("MM") << QByteArray("nn")
        << QStringList{QStringLiteral("forbidden"), QStringLiteral("forbidden")}
        << QStringLiteral("User Management needs the Owner or Admin role.");
    QTest::newRow("Billing Manager invites again")
        << Role::BillingManager << UserAction::of(Kind::InviteAgain) << QByteArray("M")
        << QByteArray("n") << QStringList{QStringLiteral("forbidden")}
        << QStringLiteral("User Management needs the Owner or Admin role.");
    QTest::newRow("nothing checked") << Role::Owner << UserAction::of(Kind::RemoveUsers)
                                     << QByteArray() << QByteArray() << QStringList{} << QString();
}

void TestActionRules::availabilityOfMixedSets()
{
    QFETCH(Role, actor);
    QFETCH(UserAction, action);
    QFETCH(QByteArray, checked);
    QFETCH(QByteArray, applies);
    QFETCH(QStringList, codes);
    QFETCH(QString, reason);
    const QList<ActionTarget> records = targets(checked.constData(), actor);
    const Availability answer = ActionRules::availability({ActorId, actor}, action, records);
    QList<qint64> expectedApplies;
    QList<qint64> expectedSkipped;
    for (int i = 0; i < records.size(); ++i)
        (applies.at(i) == 'y' ? expectedApplies : expectedSkipped) << records.at(i).id;
    QCOMPARE(answer.applies, expectedApplies);
    QList<qint64> skipped;
    QStringList skippedCodes;
    for (const SkippedTarget &left : answer.skipped) {
        skipped << left.id;
        skippedCodes << left.why.code;
        QVERIFY(!left.why.reason.isEmpty());
    }
    QCOMPARE(skipped, expectedSkipped);
    QCOMPARE(skippedCodes, codes);
    QCOMPARE(answer.reason(), reason);
    QCOMPARE(answer.count(), int(expectedApplies.size()));
}

void TestActionRules::teamsAreNamedPerMember()
{
    // A change to Billing Manager without leaving the teams: each member in
    // teams is left out with their own teams named; one without teams applies.
    const QList<ActionTarget> records = {
        target(10, Role::Member, {QStringLiteral("Web")}),
        target(11, Role::Member, {QStringLiteral("Mobile QA")}),
        target(12, Role::Member),
    };
    const Actor owner{ActorId, Role::Owner};
    const Availability stay = ActionRules::availability(
        owner, UserAction::changeRole(Role::BillingManager, false), records);
    QCOMPARE(stay.applies, QList<qint64>{12});
    QCOMPARE(stay.skipped.size(), 2);
    QCOMPARE(stay.skipped.at(0).why.code, QStringLiteral("billing_manager_in_teams"));
    QVERIFY(stay.skipped.at(0).why.reason.contains(QStringLiteral("Web")));
    QVERIFY(stay.skipped.at(1).why.reason.contains(QStringLiteral("Mobile QA")));
    QVERIFY(!stay.skipped.at(1).why.reason.contains(QStringLiteral("Web")));

    const Availability leave = ActionRules::availability(
        owner, UserAction::changeRole(Role::BillingManager, true), records);
    QCOMPARE(leave.applies, (QList<qint64>{10, 11, 12}));
    // The Change Role button asks before the dialog, which asks about teams itself.
    QCOMPARE(ActionRules::availability(owner, UserAction::of(Kind::ChangeRole), records).count(),
             3);
}

void TestActionRules::transferGoesToExactlyOneMember()
{
    const Actor owner{ActorId, Role::Owner};
    const UserAction transfer = UserAction::of(Kind::TransferOwnership);
    const Availability one = ActionRules::availability(owner, transfer, targets("SA", Role::Owner));
    QCOMPARE(one.applies, QList<qint64>{100});
    QCOMPARE(one.skipped.size(), 1);
    QCOMPARE(one.skipped.first().why.code, QStringLiteral("cannot_change_own_role"));

    const QString exactlyOne =
        QStringLiteral("Ownership goes to exactly one member: check only that member.");
    const Availability two = ActionRules::availability(owner, transfer, targets("AM", Role::Owner));
    QVERIFY(two.isEmpty());
    QCOMPARE(two.skipped.size(), 2);
    QCOMPARE(two.reason(), exactlyOne);
    QCOMPARE(two.skipped.at(1).why.code, QStringLiteral("forbidden"));
    // Ownership never moves by a role change.
    QCOMPARE(ActionRules::decide(owner, UserAction::changeRole(Role::Owner, false),
                                 target(100, Role::Admin))
                 .reason,
             QStringLiteral("Ownership is handed over by a transfer, not by a role change."));
}

void TestActionRules::canChooseRole_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QByteArray>("checked");
    QTest::addColumn<QString>("reason"); // empty: the role can be chosen

    const QString exactlyOne =
        QStringLiteral("Ownership goes to exactly one member: check only that member.");
    const QString onlyOwnerAdmin =
        QStringLiteral("Only the Owner can grant or take away the Admin role.");
    QTest::newRow("Owner hands over to one Admin")
        << Role::Owner << Role::Owner << QByteArray("A") << QString();
    QTest::newRow("Owner checked self and one Member")
        << Role::Owner << Role::Owner << QByteArray("SM") << QString();
    QTest::newRow("Owner with two others")
        << Role::Owner << Role::Owner << QByteArray("AM") << exactlyOne;
    QTest::newRow("Owner with only self")
        << Role::Owner << Role::Owner << QByteArray("S") << exactlyOne;
    QTest::newRow("Admin and ownership")
        << Role::Admin << Role::Owner << QByteArray("M")
        << QStringLiteral("Only the Owner can transfer ownership.");
    QTest::newRow("Admin and Admin")
        << Role::Admin << Role::Admin << QByteArray("M") << onlyOwnerAdmin;
    QTest::newRow("Admin and Billing Manager")
        << Role::Admin << Role::BillingManager << QByteArray("MA") << QString();
    QTest::newRow("Owner and Admin") << Role::Owner << Role::Admin << QByteArray("M") << QString();
    QTest::newRow("Member and Member")
        << Role::Member << Role::Member << QByteArray("M")
        << QStringLiteral("User Management needs the Owner or Admin role.");
}

void TestActionRules::canChooseRole()
{
    QFETCH(Role, actor);
    QFETCH(Role, role);
    QFETCH(QByteArray, checked);
    QFETCH(QString, reason);
    const Decision decision =
        ActionRules::canChooseRole({ActorId, actor}, role, targets(checked.constData(), actor));
    QCOMPARE(decision.allowed, reason.isEmpty());
    QCOMPARE(decision.reason, reason);
}

void TestActionRules::largeSetsShareOneDecisionPerRole()
{
    // 100,000 checked records: the answer is complete and in order.
    QList<ActionTarget> records;
    records.reserve(100000);
    for (qint64 id = 1; id <= 100000; ++id)
        records << target(id, Roles::all().at(int(id % 4)));
    const Availability answer = ActionRules::availability(
        {ActorId, Role::Admin}, UserAction::of(Kind::RemoveUsers), records);
    // Left out: the Owners and the Admins, a quarter each (the actor, id 1, among the Admins).
    QCOMPARE(answer.count(), 100000 / 2);
    QCOMPARE(answer.skipped.size(), 100000 / 2);
    QCOMPARE(answer.skipped.first().id, 1);
    QCOMPARE(answer.skipped.first().why.code, QStringLiteral("cannot_remove_self"));
    QCOMPARE(answer.applies.first(), 2);
    QVERIFY(std::is_sorted(answer.applies.cbegin(), answer.applies.cend()));
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "TestActionRules.moc"
