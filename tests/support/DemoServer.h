#pragma once

#include "HttpTestClient.h"
#include "ServerProcess.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// The real server on the demonstration organization (`serve --demo`), with
/// API tokens for its named accounts, for tests that act as those users.
/// Each DemoServer has its own fresh database and loopback port.
class DemoServer
{
public:
    static inline const QString OwnerEmail = QStringLiteral("owner@example.com");
    static inline const QString AdminEmail = QStringLiteral("admin@example.com");
    static inline const QString BillingEmail = QStringLiteral("billing@example.com");
    static inline const QString MemberEmail = QStringLiteral("member@example.com");
    static inline const QString OtherAdminEmail = QStringLiteral("other-admin@example.org");

    /// Starts the server with `--demo` plus `extraArguments`, takes a token for
    /// the Owner and finds the demo organization (the Owner's) and the other
    /// organization (other-admin's). False, with errorString(), on failure.
    bool start(const QStringList &extraArguments = {});
    void stop() { m_server.stop(); }

    ServerProcess &process() { return m_server; }
    HttpTestClient &http() { return m_http; }
    QString errorString() const { return m_error; }

    /// A token for `email`, created once per server and cached; empty when the
    /// server refuses (unknown user).
    QString token(const QString &email);
    QString ownerToken() { return token(OwnerEmail); }

    qint64 orgId() const { return m_orgId; }
    qint64 otherOrgId() const { return m_otherOrgId; }

    /// baseUrl + "/api/v1" + `path` (path may hold a percent-encoded query).
    QUrl api(const QString &path) const { return m_server.apiUrl(path); }
    /// The URL of `/organizations/{orgId}` + `path` in the demo organization.
    QUrl org(const QString &path = {}) const;

    /// GET/POST on an API path (see api()) with `token` (empty: none).
    HttpTestResponse get(const QString &path, const QString &token);
    HttpTestResponse post(const QString &path, const QJsonObject &body, const QString &token);

    /// The member with this email in the demo organization (active or removed),
    /// as the Owner sees it; empty object when there is none.
    QJsonObject member(const QString &email, const QString &status = QStringLiteral("active"));
    /// Every member with `status` (all pages), as the Owner sees them.
    QList<QJsonObject> allMembers(const QString &status = QStringLiteral("active"));
    /// Every invitation with `status` ("pending", "expired", "open").
    QList<QJsonObject> allInvitations(const QString &status = QStringLiteral("open"));
    /// The invitation with this id among the open ones; empty when not open.
    QJsonObject openInvitation(qint64 id);
    /// "total" of a list path in the demo organization, as the Owner sees it; -1 on error.
    qint64 total(const QString &listPath);

    /// Invites `email` (role, licenses) as `token`'s user; the bulk item answered.
    QJsonObject invite(const QString &email, const QString &token,
                       const QString &role = QStringLiteral("MEMBER"),
                       const QStringList &licenses = {});
    /// The link token at the end of an activation URL (…/join?token=XYZ → XYZ).
    static QString linkToken(const QString &activationUrl);
    /// Invites `email` as the Owner and accepts with `fullName`; the member
    /// (GET answer of accept) or an empty object on failure.
    QJsonObject inviteAndAccept(const QString &email, const QString &fullName,
                                const QStringList &licenses = {});

private:
    ServerProcess m_server;
    HttpTestClient m_http;
    QHash<QString, QString> m_tokens;
    qint64 m_orgId = 0;
    qint64 m_otherOrgId = 0;
    QString m_error;
};
