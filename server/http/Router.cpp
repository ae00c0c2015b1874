#include "Router.h"

#include "RouteTable.h"

#include <QStringList>
#include <QUrl>

namespace Router {

const QList<Route> &routes()
{
    static const QString org = QStringLiteral("/api/v1/organizations/{orgId}");
    static const QList<Route> table{
        {RouteId::Health, "GET", QStringLiteral("/api/v1/health"), false},
        {RouteId::Me, "GET", QStringLiteral("/api/v1/me"), true},
        {RouteId::Organization, "GET", org, true},
        {RouteId::Members, "GET", org + QStringLiteral("/members"), true},
        {RouteId::Invitations, "GET", org + QStringLiteral("/invitations"), true},
        {RouteId::Invite, "POST", org + QStringLiteral("/invitations"), true},
        {RouteId::RevokeInvitations, "POST", org + QStringLiteral("/invitations/revoke"), true},
        {RouteId::ResendInvitations, "POST", org + QStringLiteral("/invitations/resend"), true},
        {RouteId::RemoveMembers, "POST", org + QStringLiteral("/members/remove"), true},
        {RouteId::ChangeRole, "POST", org + QStringLiteral("/members/change-role"), true},
        {RouteId::ChangeLicenses, "POST", org + QStringLiteral("/members/licenses"), true},
        {RouteId::TransferOwnership, "POST", org + QStringLiteral("/ownership"), true},
        {RouteId::Teams, "GET", org + QStringLiteral("/teams"), true},
        {RouteId::Machines, "GET", org + QStringLiteral("/machines"), true},
        {RouteId::RegisterMachine, "POST", org + QStringLiteral("/machines"), true},
        {RouteId::AuditEvents, "GET", org + QStringLiteral("/audit-events"), true},
        {RouteId::PublicInvitation, "GET", QStringLiteral("/api/v1/invitations/{token}"), false},
        {RouteId::AcceptInvitation, "POST", QStringLiteral("/api/v1/invitations/{token}/accept"),
         false},
        {RouteId::JoinPage, "GET", QStringLiteral("/join"), false},
        {RouteId::JoinSubmit, "POST", QStringLiteral("/join"), false},
    };
    return table;
}

RouteMatch match(const QByteArray &method, const QString &path)
{
    RouteMatch result;
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    for (const Route &route : routes()) {
        const QStringList pattern = route.pathTemplate.split(QLatin1Char('/'));
        if (pattern.size() != segments.size())
            continue;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (int i = 0; i < pattern.size() && matches; ++i) {
            const QString &part = pattern.at(i);
            if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
                if (segments.at(i).isEmpty())
                    matches = false;
                else
                    parameters.insert(part.mid(1, part.size() - 2), segments.at(i));
            } else if (part != segments.at(i)) {
                matches = false;
            }
        }
        if (!matches)
            continue;
        // No two templates of the table match the same path, so the first hit
        // with the right method is the route; other methods make a 405.
        if (route.method == method) {
            result.route = &route;
            result.parameters = parameters;
            result.allowedMethods.clear();
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace Router

QList<RouteSpec> apiRoutes()
{
    QList<RouteSpec> specs;
    for (const Route &route : Router::routes())
        specs.append(RouteSpec{route.method, route.pathTemplate});
    return specs;
}
