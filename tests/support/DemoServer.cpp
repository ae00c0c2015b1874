#include "DemoServer.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace {

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

qint64 firstOrganization(const HttpTestResponse &me)
{
    const QJsonArray organizations = me.object().value(QLatin1String("organizations")).toArray();
    return organizations.isEmpty()
               ? 0
               : qint64(organizations.first().toObject().value(QLatin1String("id")).toDouble());
}

} // namespace

bool DemoServer::start(const QStringList &extraArguments)
{
    m_tokens.clear();
    if (!m_server.start(QStringList{QStringLiteral("--demo")} + extraArguments)) {
        m_error = m_server.errorString();
        return false;
    }
    const QString owner = ownerToken();
    if (owner.isEmpty()) {
        m_error = QStringLiteral("token create for %1 failed").arg(OwnerEmail);
        return false;
    }
    m_orgId = firstOrganization(get(QStringLiteral("/me"), owner));
    const QString other = token(OtherAdminEmail);
    m_otherOrgId = other.isEmpty() ? 0 : firstOrganization(get(QStringLiteral("/me"), other));
    if (m_orgId <= 0 || m_otherOrgId <= 0 || m_orgId == m_otherOrgId) {
        m_error = QStringLiteral("demo organizations not found (org %1, other %2)")
                      .arg(m_orgId)
                      .arg(m_otherOrgId);
        return false;
    }
    return true;
}

QString DemoServer::token(const QString &email)
{
    auto found = m_tokens.constFind(email);
    if (found != m_tokens.constEnd())
        return *found;
    const QString created = m_server.createToken(email);
    if (!created.isEmpty())
        m_tokens.insert(email, created);
    return created;
}

QUrl DemoServer::org(const QString &path) const
{
    return api(QStringLiteral("/organizations/%1").arg(m_orgId) + path);
}

HttpTestResponse DemoServer::get(const QString &path, const QString &token)
{
    return m_http.get(api(path), token);
}

HttpTestResponse DemoServer::post(const QString &path, const QJsonObject &body,
                                  const QString &token)
{
    return m_http.postJson(api(path), body, token);
}

QJsonObject DemoServer::member(const QString &email, const QString &status)
{
    const HttpTestResponse response = m_http.get(
        org(QStringLiteral("/members?status=%1&size=1000&q=%2").arg(status, encode(email))),
        ownerToken());
    const QJsonArray items = response.items();
    for (const QJsonValue &item : items) {
        if (item.toObject()
                .value(QLatin1String("email"))
                .toString()
                .compare(email, Qt::CaseInsensitive) == 0)
            return item.toObject();
    }
    return {};
}

QList<QJsonObject> DemoServer::allMembers(const QString &status)
{
    QList<QJsonObject> members;
    for (int page = 0; page < 200; ++page) { // bounded: 200 pages of 1000
        const HttpTestResponse response = m_http.get(
            org(QStringLiteral("/members?status=%1&size=1000&page=%2").arg(status).arg(page)),
            ownerToken());
        const QJsonArray items = response.items();
        for (const QJsonValue &item : items)
            members.append(item.toObject());
        if (response.status != 200 || items.isEmpty() || members.size() >= response.total())
            break;
    }
    return members;
}

QList<QJsonObject> DemoServer::allInvitations(const QString &status)
{
    QList<QJsonObject> invitations;
    for (int page = 0; page < 200; ++page) {
        const HttpTestResponse response = m_http.get(
            org(QStringLiteral("/invitations?status=%1&size=1000&page=%2").arg(status).arg(page)),
            ownerToken());
        const QJsonArray items = response.items();
        for (const QJsonValue &item : items)
            invitations.append(item.toObject());
        if (response.status != 200 || items.isEmpty() || invitations.size() >= response.total())
            break;
    }
    return invitations;
}

QJsonObject DemoServer::openInvitation(qint64 id)
{
    const QList<QJsonObject> invitations = allInvitations();
    for (const QJsonObject &invitation : invitations) {
        if (qint64(invitation.value(QLatin1String("id")).toDouble()) == id)
            return invitation;
    }
    return {};
}

qint64 DemoServer::total(const QString &listPath)
{
    return m_http.get(org(listPath), ownerToken()).total();
}

QJsonObject DemoServer::invite(const QString &email, const QString &token, const QString &role,
                               const QStringList &licenses)
{
    const HttpTestResponse response =
        m_http.postJson(org(QStringLiteral("/invitations")),
                        {{QStringLiteral("emails"), QJsonArray{email}},
                         {QStringLiteral("role"), role},
                         {QStringLiteral("licenses"), QJsonArray::fromStringList(licenses)}},
                        token);
    const QJsonArray results = response.results();
    return results.isEmpty() ? QJsonObject() : results.first().toObject();
}

QString DemoServer::linkToken(const QString &activationUrl)
{
    return QUrlQuery(QUrl(activationUrl))
        .queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
}

QJsonObject DemoServer::inviteAndAccept(const QString &email, const QString &fullName,
                                        const QStringList &licenses)
{
    const QJsonObject result = invite(email, ownerToken(), QStringLiteral("MEMBER"), licenses);
    const QString url = result.value(QLatin1String("invitation"))
                            .toObject()
                            .value(QLatin1String("activationUrl"))
                            .toString();
    if (url.isEmpty())
        return {};
    const HttpTestResponse accepted =
        m_http.postJson(api(QStringLiteral("/invitations/%1/accept").arg(encode(linkToken(url)))),
                        {{QStringLiteral("fullName"), fullName}});
    return accepted.status == 200 ? member(email) : QJsonObject();
}
