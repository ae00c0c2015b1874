#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/// What a route does; the dispatcher maps each to a handler.
enum class RouteId
{
    Health,
    Me,
    Organization,
    Members,
    Invitations,
    Invite,
    RevokeInvitations,
    ResendInvitations,
    RemoveMembers,
    ChangeRole,
    ChangeLicenses,
    TransferOwnership,
    Teams,
    Machines,
    RegisterMachine,
    AuditEvents,
    PublicInvitation,
    AcceptInvitation,
    JoinPage,
    JoinSubmit,
};

/// One entry of the route table.
struct Route
{
    RouteId id;
    QByteArray method;
    QString pathTemplate; ///< OpenAPI form: segments in braces are parameters
    bool needsToken;      ///< Authorization: Bearer required
};

/// The outcome of matching a request against the table.
struct RouteMatch
{
    const Route *route = nullptr;       ///< null: no route for this method and path
    QHash<QString, QString> parameters; ///< template parameter → path segment
    QList<QByteArray> allowedMethods;   ///< methods of the path when the method is wrong
};

/// The route table and its matching: a request path matches a template when
/// they have the same number of '/'-separated segments and every literal
/// segment is equal; a "{name}" segment matches any non-empty segment.
namespace Router {

const QList<Route> &routes();

/// Finds the route for `method` and `path`, the path as received
/// (percent-encoded): it is split at '/' first, then each segment is decoded,
/// so an encoded slash ("%2F") stays inside its segment. No route and empty allowedMethods means
/// 404; no route with allowedMethods means 405.
RouteMatch match(const QByteArray &method, const QString &path);

} // namespace Router
