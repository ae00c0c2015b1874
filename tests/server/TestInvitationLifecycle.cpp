// The life of an invitation over real HTTP: pending, expired (short TTL),
// resent (new link, old link dead), revoked, accepted, accepted twice, and a
// removed member invited again who rejoins as the same user. Each function
// starts its own server on a fresh demo database.
#include "DemoServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

// The text of an RFC 5322 message (headers and body), with the body's
// Content-Transfer-Encoding undone: quoted-printable soft breaks and escapes,
// or base64, so that a link folded by the encoding is found whole. 7bit and
// 8bit bodies are taken as they are. A multipart body (RFC 2046) is read
// part by part.
QString readableMail(const QByteArray &raw)
{
    qsizetype split = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = split + 4;
    if (split < 0) {
        split = raw.indexOf("\n\n");
        bodyStart = split + 2;
    }
    if (split < 0)
        return QString::fromUtf8(raw);
    const QByteArray headers = raw.left(split);
    QByteArray body = raw.mid(bodyStart);
    const QByteArray lowerHeaders = headers.toLower();
    static const QRegularExpression boundaryPattern(
        QStringLiteral("content-type:\\s*multipart/[a-z]+;\\s*boundary=\"?([^\"\\r\\n;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch multipart = boundaryPattern.match(QString::fromUtf8(headers));
    if (multipart.hasMatch()) {
        QString text = QString::fromUtf8(headers) + QStringLiteral("\n\n");
        const QByteArray delimiter = "--" + multipart.captured(1).toUtf8();
        const QList<QByteArray> parts = body.split('\n');
        QByteArray current;
        for (const QByteArray &line : parts) {
            if (line.trimmed().startsWith(delimiter)) {
                text += readableMail(current.trimmed()) + QStringLiteral("\n");
                current.clear();
            } else {
                current += line + '\n';
            }
        }
        return text;
    }
    if (lowerHeaders.contains("content-transfer-encoding: quoted-printable")) {
        body.replace("=\r\n", "").replace("=\n", "");
        QByteArray decoded;
        for (qsizetype i = 0; i < body.size(); ++i) {
            bool ok = false;
            const int value = body.at(i) == '=' ? body.mid(i + 1, 2).toInt(&ok, 16) : 0;
            if (ok) {
                decoded += char(value);
                i += 2;
            } else {
                decoded += body.at(i);
            }
        }
        body = decoded;
    } else if (lowerHeaders.contains("content-transfer-encoding: base64")) {
        body = QByteArray::fromBase64(body);
    }
    return QString::fromUtf8(headers) + QStringLiteral("\n\n") + QString::fromUtf8(body);
}

} // namespace

class TestInvitationLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void expiredLinkCannotBeUsed();
    void resendGivesANewLinkAndKillsTheOld();
    void sameIdTwiceInOneResendIsOneResend();
    void revokeKillsTheLink();
    void acceptJoinsWithRoleAndLicenses();
    void secondAcceptIsAConflict();
    void concurrentAcceptsJoinOnce();
    void acceptDecidesUnderTheWriteLock();
    void removedMemberRejoinsWithTheSameUserId();
    void invitationEmailIsWrittenToTheOutbox();
    void invitationsStopWhenSeatsRunOut();
    void sameAddressTwiceIsOneInvitation();
    void publicUrlIsTheBaseOfLinks();
    void memberOfAnotherOrganizationJoinsAsTheSameUser();
    void addressesAreCheckedAndSentInAsciiForm();

private:
    bool startServer(int ttlSeconds = 0, const QStringList &extraArguments = {});
    QJsonObject inviteOne(const QString &email, const QString &role = QStringLiteral("MEMBER"),
                          const QStringList &licenses = {});
    HttpTestResponse accept(const QString &link, const QString &fullName);
    HttpTestResponse publicView(const QString &link);
    QString invitationStatus(qint64 invitationId);
    QJsonObject pool(const QString &product);
    QStringList mailFiles();

    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
};

bool TestInvitationLifecycle::startServer(int ttlSeconds, const QStringList &extraArguments)
{
    m_demo = std::make_unique<DemoServer>();
    QStringList arguments = extraArguments;
    if (ttlSeconds > 0)
        arguments << QStringLiteral("--invitation-ttl") << QString::number(ttlSeconds);
    if (!m_demo->start(arguments)) {
        qWarning("%s", qPrintable(m_demo->errorString()));
        return false;
    }
    m_owner = m_demo->ownerToken();
    return true;
}

void TestInvitationLifecycle::cleanup()
{
    m_demo.reset();
}

QJsonObject TestInvitationLifecycle::inviteOne(const QString &email, const QString &role,
                                               const QStringList &licenses)
{
    const QJsonObject result = m_demo->invite(email, m_owner, role, licenses);
    return str(result, "status") == QLatin1String("invited")
               ? result.value(QLatin1String("invitation")).toObject()
               : QJsonObject();
}

HttpTestResponse TestInvitationLifecycle::accept(const QString &link, const QString &fullName)
{
    return m_demo->http().postJson(
        m_demo->api(QStringLiteral("/invitations/%1/accept").arg(DemoServer::linkToken(link))),
        {{QStringLiteral("fullName"), fullName}});
}

HttpTestResponse TestInvitationLifecycle::publicView(const QString &link)
{
    return m_demo->http().get(
        m_demo->api(QStringLiteral("/invitations/") + DemoServer::linkToken(link)));
}

QString TestInvitationLifecycle::invitationStatus(qint64 invitationId)
{
    return str(m_demo->openInvitation(invitationId), "status");
}

QJsonObject TestInvitationLifecycle::pool(const QString &product)
{
    const QJsonArray pools = m_demo->http()
                                 .get(m_demo->org(), m_owner)
                                 .object()
                                 .value(QLatin1String("licensePools"))
                                 .toArray();
    for (const QJsonValue &value : pools) {
        if (str(value.toObject(), "product") == product)
            return value.toObject();
    }
    return {};
}

QStringList TestInvitationLifecycle::mailFiles()
{
    QStringList files;
    const QFileInfoList entries =
        QDir(m_demo->process().outboxPath())
            .entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries)
        files.append(entry.absoluteFilePath());
    return files;
}

void TestInvitationLifecycle::expiredLinkCannotBeUsed()
{
    QVERIFY(startServer(2));
    const QJsonObject invitation = inviteOne(QStringLiteral("life-expire@example.net"));
    const QString link = str(invitation, "activationUrl");
    QVERIFY(!link.isEmpty());
    QCOMPARE(str(publicView(link).object(), "status"), QStringLiteral("pending"));

    const qint64 invitationId = id(invitation, "id");
    QTRY_COMPARE_WITH_TIMEOUT(invitationStatus(invitationId), QStringLiteral("expired"), 8000);
    // Still listed under open and expired, not under pending.
    QVERIFY(m_demo->http()
                .get(m_demo->org(QStringLiteral("/invitations?status=expired&size=1000")), m_owner)
                .body.contains("life-expire@example.net"));
    QVERIFY(!m_demo->http()
                 .get(m_demo->org(QStringLiteral("/invitations?status=pending&size=1000")), m_owner)
                 .body.contains("life-expire@example.net"));

    const HttpTestResponse view = publicView(link);
    QVERIFY2(view.status == 200 ? str(view.object(), "status") == QLatin1String("expired")
                                : view.errorCode() == QLatin1String("invitation_expired"),
             view.describe().constData());
    const HttpTestResponse accepted = accept(link, QStringLiteral("Too Late"));
    QVERIFY_STATUS(accepted, 409);
    QCOMPARE(accepted.errorCode(), QStringLiteral("invitation_expired"));
    QVERIFY(m_demo->member(QStringLiteral("life-expire@example.net")).isEmpty());

    const HttpTestResponse page = m_demo->http().get(QUrl(link));
    QVERIFY2(QString::fromUtf8(page.body).contains(QLatin1String("expired"), Qt::CaseInsensitive),
             page.describe().constData());
    QVERIFY(!page.body.contains("id=\"join\""));
}

void TestInvitationLifecycle::resendGivesANewLinkAndKillsTheOld()
{
    QVERIFY(startServer(2));
    const QJsonObject invitation = inviteOne(QStringLiteral("life-resend@example.net"));
    const qint64 invitationId = id(invitation, "id");
    const QString oldLink = str(invitation, "activationUrl");
    QTRY_COMPARE_WITH_TIMEOUT(invitationStatus(invitationId), QStringLiteral("expired"), 8000);
    const int mailsBefore = int(mailFiles().size());

    const HttpTestResponse resent =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/resend")),
                                {{QStringLiteral("ids"), QJsonArray{invitationId}}}, m_owner);
    QVERIFY_STATUS(resent, 200);
    const QJsonObject result = resent.results().first().toObject();
    QCOMPARE(str(result, "status"), QStringLiteral("resent"));
    QVERIFY(QDateTime::fromString(str(result, "expiresAt"), Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc().addSecs(-1));

    const QJsonObject renewed = m_demo->openInvitation(invitationId);
    const QString newLink = str(renewed, "activationUrl");
    QVERIFY(!newLink.isEmpty());
    QVERIFY(newLink != oldLink);

    // The resend wrote a new email carrying the new link (before the accept
    // below: the email of an accepted invitation is pointless and dropped).
    QTRY_VERIFY_WITH_TIMEOUT(mailFiles().size() > mailsBefore, 5000);
    bool newLinkMailed = false;
    for (const QString &path : mailFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        newLinkMailed = newLinkMailed || readableMail(file.readAll()).contains(newLink);
    }
    QVERIFY(newLinkMailed);

    // The old link is dead, whatever state it reports.
    const HttpTestResponse oldAccept = accept(oldLink, QStringLiteral("Old Link"));
    QVERIFY2(oldAccept.status == 404 || oldAccept.status == 409, oldAccept.describe().constData());
    const HttpTestResponse oldView = publicView(oldLink);
    QVERIFY2(oldView.status == 404 || oldView.status == 409, oldView.describe().constData());

    const HttpTestResponse newAccept = accept(newLink, QStringLiteral("New Link"));
    QVERIFY_STATUS(newAccept, 200);
    QCOMPARE(str(m_demo->member(QStringLiteral("life-resend@example.net")), "fullName"),
             QStringLiteral("New Link"));
}

void TestInvitationLifecycle::sameIdTwiceInOneResendIsOneResend()
{
    // A second resend of the same id in one request would replace the link
    // just reported and mailed for the first: the admin would copy a dead link.
    QVERIFY(startServer());
    const qint64 invitationId =
        id(inviteOne(QStringLiteral("life-resend-twice@example.net")), "id");
    // Emails go out after the commit: wait for the invitation's own.
    QTRY_VERIFY_WITH_TIMEOUT(!mailFiles().isEmpty(), 5000);
    const int mailsBefore = int(mailFiles().size());
    const HttpTestResponse resent = m_demo->http().postJson(
        m_demo->org(QStringLiteral("/invitations/resend")),
        {{QStringLiteral("ids"), QJsonArray{invitationId, invitationId}}}, m_owner);
    QVERIFY_STATUS(resent, 200);
    QCOMPARE(resent.results().size(), 2);
    const QJsonObject first = resent.results().at(0).toObject();
    const QJsonObject second = resent.results().at(1).toObject();
    QCOMPARE(str(first, "status"), QStringLiteral("resent"));
    QCOMPARE(str(second, "status"), QStringLiteral("resent"));
    const QString link = str(first.value(QLatin1String("invitation")).toObject(), "activationUrl");
    QCOMPARE(str(second.value(QLatin1String("invitation")).toObject(), "activationUrl"), link);
    QCOMPARE(str(m_demo->openInvitation(invitationId), "activationUrl"), link);
    QTRY_COMPARE_WITH_TIMEOUT(int(mailFiles().size()), mailsBefore + 1, 5000);
    QVERIFY_STATUS(accept(link, QStringLiteral("Twice Resent")), 200);
}

void TestInvitationLifecycle::revokeKillsTheLink()
{
    QVERIFY(startServer());
    const QJsonObject invitation = inviteOne(QStringLiteral("life-revoke@example.net"));
    const qint64 invitationId = id(invitation, "id");
    const QString link = str(invitation, "activationUrl");
    const QJsonObject body{{QStringLiteral("ids"), QJsonArray{invitationId}}};

    const HttpTestResponse revoked =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/revoke")), body, m_owner);
    QVERIFY_STATUS(revoked, 200);
    QCOMPARE(str(revoked.results().first().toObject(), "status"), QStringLiteral("revoked"));
    QVERIFY(m_demo->openInvitation(invitationId).isEmpty());

    const HttpTestResponse accepted = accept(link, QStringLiteral("Revoked Person"));
    QVERIFY_STATUS(accepted, 409);
    QCOMPARE(accepted.errorCode(), QStringLiteral("invitation_revoked"));
    const HttpTestResponse page = m_demo->http().get(QUrl(link));
    QVERIFY2(QString::fromUtf8(page.body).contains(QLatin1String("revoked"), Qt::CaseInsensitive),
             page.describe().constData());
    QVERIFY(!page.body.contains("id=\"join\""));

    const HttpTestResponse again =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/revoke")), body, m_owner);
    QVERIFY_STATUS(again, 200);
    QCOMPARE(str(again.results().first().toObject(), "status"), QStringLiteral("already_revoked"));

    const HttpTestResponse resend =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/resend")), body, m_owner);
    QVERIFY_STATUS(resend, 200);
    QVERIFY(str(resend.results().first().toObject(), "status") != QLatin1String("resent"));
    QVERIFY_STATUS(accept(link, QStringLiteral("Revoked Person")), 409);
    QVERIFY(m_demo->member(QStringLiteral("life-revoke@example.net")).isEmpty());
}

void TestInvitationLifecycle::acceptJoinsWithRoleAndLicenses()
{
    QVERIFY(startServer());
    const QJsonObject before = pool(QStringLiteral("KSE"));
    const QJsonObject invitation =
        inviteOne(QStringLiteral("life-accept@example.net"), QStringLiteral("BILLING_MANAGER"),
                  {QStringLiteral("KSE")});
    QVERIFY(!invitation.isEmpty());
    const QJsonObject reserved = pool(QStringLiteral("KSE"));
    QCOMPARE(reserved.value(QLatin1String("seatsReserved")).toInt(),
             before.value(QLatin1String("seatsReserved")).toInt() + 1);

    const HttpTestResponse accepted =
        accept(str(invitation, "activationUrl"), QStringLiteral("  Ada Løvelace-Ōno  "));
    QVERIFY_STATUS(accepted, 200);
    const QJsonObject member = m_demo->member(QStringLiteral("life-accept@example.net"));
    QCOMPARE(str(member, "fullName"), QStringLiteral("Ada Løvelace-Ōno"));
    QCOMPARE(str(member, "role"), QStringLiteral("BILLING_MANAGER"));
    QCOMPARE(str(member, "status"), QStringLiteral("active"));
    QCOMPARE(member.value(QLatin1String("licenses")).toArray(), QJsonArray{QStringLiteral("KSE")});

    const QJsonObject after = pool(QStringLiteral("KSE"));
    QCOMPARE(after.value(QLatin1String("seatsUsed")).toInt(),
             before.value(QLatin1String("seatsUsed")).toInt() + 1);
    QCOMPARE(after.value(QLatin1String("seatsReserved")).toInt(),
             before.value(QLatin1String("seatsReserved")).toInt());
    QVERIFY(m_demo->openInvitation(id(invitation, "id")).isEmpty());

    const HttpTestResponse revoke = m_demo->http().postJson(
        m_demo->org(QStringLiteral("/invitations/revoke")),
        {{QStringLiteral("ids"), QJsonArray{id(invitation, "id")}}}, m_owner);
    QCOMPARE(str(revoke.results().first().toObject(), "status"),
             QStringLiteral("already_accepted"));
    // A second invitation to an active member is refused, case-insensitively.
    QCOMPARE(str(m_demo->invite(QStringLiteral("Life-Accept@Example.NET"), m_owner), "status"),
             QStringLiteral("already_member"));
}

void TestInvitationLifecycle::secondAcceptIsAConflict()
{
    QVERIFY(startServer());
    const QJsonObject invitation = inviteOne(QStringLiteral("life-twice@example.net"));
    const QString link = str(invitation, "activationUrl");
    QVERIFY_STATUS(accept(link, QStringLiteral("First Name")), 200);
    const HttpTestResponse second = accept(link, QStringLiteral("Second Name"));
    QVERIFY_STATUS(second, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("invitation_used"));
    QCOMPARE(str(m_demo->member(QStringLiteral("life-twice@example.net")), "fullName"),
             QStringLiteral("First Name"));
    const HttpTestResponse page = m_demo->http().get(QUrl(link));
    QVERIFY(!page.body.contains("id=\"join\""));
    const QString text = QString::fromUtf8(page.body);
    QVERIFY2(text.contains(QLatin1String("used"), Qt::CaseInsensitive) ||
                 text.contains(QLatin1String("already"), Qt::CaseInsensitive),
             page.describe().constData());
}

void TestInvitationLifecycle::concurrentAcceptsJoinOnce()
{
    QVERIFY(startServer());
    const QString link = str(inviteOne(QStringLiteral("life-race@example.net")), "activationUrl");
    const QUrl url =
        m_demo->api(QStringLiteral("/invitations/%1/accept").arg(DemoServer::linkToken(link)));
    // Several clicks at once (double-clicked Join, two tabs): one joins.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        replies.append(manager.post(request, QByteArray("{\"fullName\":\"Racer ") +
                                                 QByteArray::number(i) + "\"}"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(),
                    [](const QNetworkReply *reply) { return reply->isFinished(); }),
        15000);
    int joined = 0;
    int used = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        joined += status == 200;
        used += status == 409;
        reply->deleteLater();
    }
    QCOMPARE(joined, 1);
    QCOMPARE(used, 5);
    QCOMPARE(m_demo->total(QStringLiteral("/members?q=life-race%40example.net")), qint64(1));
}

void TestInvitationLifecycle::acceptDecidesUnderTheWriteLock()
{
    // Two servers on one database: one revokes while the other accepts. This
    // connection plays the revoking server: it holds the write lock with the
    // revoke not yet committed while the accept arrives, so the accepting
    // server reads "pending" and then waits for the lock. Once the revoke
    // commits, the accept must see it and refuse.
    QVERIFY(startServer());
    const QJsonObject invitation = inviteOne(QStringLiteral("life-lock@example.net"));
    const qint64 invitationId = id(invitation, "id");
    const QUrl url = m_demo->api(QStringLiteral("/invitations/%1/accept")
                                     .arg(DemoServer::linkToken(str(invitation, "activationUrl"))));
    {
        QSqlDatabase db = m_demo->process().openDirect(QStringLiteral("other-server"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &statement : ServerProcess::beginWriteAsServer(m_demo->orgId()))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE invitations SET state = 2 WHERE id = %1").arg(invitationId)));

        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, QByteArray("{\"fullName\":\"Too Late\"}"));
        bool sent = false;
        connect(reply, &QNetworkReply::uploadProgress, this, [&sent](qint64 done, qint64 total) {
            sent = sent || (total > 0 && done == total);
        });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 5000);
        // No signal says the server has read the invitation; give it time to.
        // The verdict below holds either way, only the test's bite needs it.
        QTest::qWait(300);
        QVERIFY(!reply->isFinished()); // the server waits for the lock
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 409);
        QVERIFY(reply->readAll().contains("invitation_revoked"));
        delete reply;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-server"));
    QVERIFY(m_demo->member(QStringLiteral("life-lock@example.net")).isEmpty());
    QCOMPARE(str(publicView(str(invitation, "activationUrl")).object(), "status"),
             QStringLiteral("revoked"));
}

void TestInvitationLifecycle::removedMemberRejoinsWithTheSameUserId()
{
    QVERIFY(startServer());
    const QList<QJsonObject> removed = m_demo->allMembers(QStringLiteral("removed"));
    QVERIFY(!removed.isEmpty());
    const QJsonObject former = removed.first();
    const QString email = str(former, "email");
    const qint64 userId = id(former, "userId");
    const qint64 removedBefore = m_demo->total(QStringLiteral("/members?status=removed"));

    const QJsonObject invitation = inviteOne(email);
    QVERIFY2(!invitation.isEmpty(), qPrintable(email));
    QVERIFY_STATUS(accept(str(invitation, "activationUrl"), QStringLiteral("Back Again")), 200);

    const QJsonObject member = m_demo->member(email);
    QCOMPARE(id(member, "userId"), userId);
    QCOMPARE(str(member, "status"), QStringLiteral("active"));
    // Whoever holds the link accepts: a returning person keeps their name.
    QCOMPARE(str(member, "fullName"), str(former, "fullName"));
    QVERIFY(member.value(QLatin1String("removedAt")).isNull());
    QVERIFY(m_demo->member(email, QStringLiteral("removed")).isEmpty());
    QCOMPARE(m_demo->total(QStringLiteral("/members?status=removed")), removedBefore - 1);
}

void TestInvitationLifecycle::invitationEmailIsWrittenToTheOutbox()
{
    QVERIFY(startServer());
    const QStringList before = mailFiles();
    const QJsonObject invitation = inviteOne(QStringLiteral("life-mail@example.net"));
    const QString link = str(invitation, "activationUrl");
    QTRY_VERIFY_WITH_TIMEOUT(mailFiles().size() == before.size() + 1, 5000);
    QString path;
    for (const QString &candidate : mailFiles()) {
        if (!before.contains(candidate))
            path = candidate;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const QString mail = readableMail(raw);

    const QString organization = str(m_demo->http().get(m_demo->org(), m_owner).object(), "name");
    const QString inviter = str(m_demo->get(QStringLiteral("/me"), m_owner).object(), "fullName");
    QVERIFY2(mail.contains(link), qPrintable(mail));
    QVERIFY2(mail.contains(organization), qPrintable(organization));
    QVERIFY2(mail.contains(inviter), qPrintable(inviter));
    // RFC 5322 headers a mail client needs.
    static const QRegularExpression to(QStringLiteral("^To:.*life-mail@example\\.net"),
                                       QRegularExpression::MultilineOption |
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY(to.match(QString::fromUtf8(raw)).hasMatch());
    const QByteArray lower = "\n" + raw.toLower();
    for (const char *header : {"from:", "subject:", "date:", "message-id:"})
        QVERIFY2(lower.contains(QByteArray("\n") + header), header);
    QVERIFY2(raw.contains("\r\n"), "RFC 5322 lines end with CRLF");
}

void TestInvitationLifecycle::invitationsStopWhenSeatsRunOut()
{
    QVERIFY(startServer());
    const QJsonObject kre = pool(QStringLiteral("KRE"));
    const int available = kre.value(QLatin1String("seatsTotal")).toInt() -
                          kre.value(QLatin1String("seatsUsed")).toInt() -
                          kre.value(QLatin1String("seatsReserved")).toInt();
    QVERIFY2(available >= 0 && available < 900, qPrintable(QString::number(available)));
    QJsonArray emails;
    for (int i = 0; i < available + 2; ++i)
        emails.append(QStringLiteral("seat-%1@example.net").arg(i));
    const HttpTestResponse response =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations")),
                                {{QStringLiteral("emails"), emails},
                                 {QStringLiteral("role"), QStringLiteral("MEMBER")},
                                 {QStringLiteral("licenses"), QJsonArray{QStringLiteral("KRE")}}},
                                m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(response.results().size(), available + 2);
    for (int i = 0; i < available + 2; ++i) {
        const QJsonObject result = response.results().at(i).toObject();
        QCOMPARE(str(result, "email"), emails.at(i).toString());
        QCOMPARE(str(result, "status"),
                 i < available ? QStringLiteral("invited") : QStringLiteral("no_seats"));
    }
    const QJsonObject after = pool(QStringLiteral("KRE"));
    QCOMPARE(after.value(QLatin1String("seatsReserved")).toInt(),
             kre.value(QLatin1String("seatsReserved")).toInt() + available);
    QCOMPARE(m_demo->total(QStringLiteral("/invitations?q=seat-")), qint64(available));
    // Revoking frees a reserved seat for the next invitee.
    const qint64 first = id(
        response.results().first().toObject().value(QLatin1String("invitation")).toObject(), "id");
    if (available > 0) {
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/revoke")),
                                {{QStringLiteral("ids"), QJsonArray{first}}}, m_owner);
        QCOMPARE(str(m_demo->invite(emails.last().toString(), m_owner, QStringLiteral("MEMBER"),
                                    {QStringLiteral("KRE")}),
                     "status"),
                 QStringLiteral("invited"));
    }
}

void TestInvitationLifecycle::sameAddressTwiceIsOneInvitation()
{
    QVERIFY(startServer());
    const int mailsBefore = int(mailFiles().size());
    const HttpTestResponse response = m_demo->http().postJson(
        m_demo->org(QStringLiteral("/invitations")),
        {{QStringLiteral("emails"),
          QJsonArray{QStringLiteral("Twice@Example.net"), QStringLiteral("twice@example.NET")}},
         {QStringLiteral("role"), QStringLiteral("MEMBER")},
         {QStringLiteral("licenses"), QJsonArray{}}},
        m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(response.results().size(), 2);
    QCOMPARE(str(response.results().at(0).toObject(), "status"), QStringLiteral("invited"));
    QCOMPARE(m_demo->total(QStringLiteral("/invitations?q=twice%40example")), qint64(1));
    QTRY_COMPARE_WITH_TIMEOUT(int(mailFiles().size()), mailsBefore + 1, 5000);
}

void TestInvitationLifecycle::publicUrlIsTheBaseOfLinks()
{
    // Behind a reverse proxy the links must carry the public address.
    const QString base = QStringLiteral("http://127.0.0.1:9/people");
    QVERIFY(startServer(0, {QStringLiteral("--public-url"), base}));
    const QString link = str(inviteOne(QStringLiteral("life-proxy@example.net")), "activationUrl");
    QVERIFY2(link.startsWith(base + QStringLiteral("/join?token=")), qPrintable(link));
    QTRY_VERIFY_WITH_TIMEOUT(!mailFiles().isEmpty(), 5000);
    bool mailed = false;
    for (const QString &path : mailFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        mailed = mailed || readableMail(file.readAll()).contains(link);
    }
    QVERIFY(mailed);
}

void TestInvitationLifecycle::memberOfAnotherOrganizationJoinsAsTheSameUser()
{
    QVERIFY(startServer());
    const QString otherToken = m_demo->token(DemoServer::OtherAdminEmail);
    const HttpTestResponse before = m_demo->get(QStringLiteral("/me"), otherToken);
    QCOMPARE(before.object().value(QLatin1String("organizations")).toArray().size(), 1);
    const QJsonObject invitation = inviteOne(DemoServer::OtherAdminEmail);
    QVERIFY(!invitation.isEmpty());
    QVERIFY_STATUS(accept(str(invitation, "activationUrl"), QStringLiteral("Other Admin Here")),
                   200);

    const HttpTestResponse after = m_demo->get(QStringLiteral("/me"), otherToken);
    QVERIFY_STATUS(after, 200);
    QCOMPARE(id(after.object(), "userId"), id(before.object(), "userId"));
    const QJsonArray organizations = after.object().value(QLatin1String("organizations")).toArray();
    QCOMPARE(organizations.size(), 2);
    for (const QJsonValue &organization : organizations) {
        const qint64 orgId = id(organization.toObject(), "id");
        QCOMPARE(str(organization.toObject(), "role"),
                 orgId == m_demo->orgId() ? QStringLiteral("MEMBER") : QStringLiteral("ADMIN"));
    }
    // The same token now reads the first organization as a Member: no management.
    QVERIFY_STATUS(m_demo->http().get(m_demo->org(), otherToken), 200);
    QVERIFY_STATUS(m_demo->http().get(m_demo->org(QStringLiteral("/members")), otherToken), 403);
}

void TestInvitationLifecycle::addressesAreCheckedAndSentInAsciiForm()
{
    QVERIFY(startServer());
    const QStringList typed{QStringLiteral("user@b\u00fccher.example"),
                            QStringLiteral("\u200b test+tag@example.photography \u00a0"),
                            QStringLiteral("in\u200bside@example.net"),
                            QStringLiteral("Doe, Jane")};
    QJsonArray emails;
    for (const QString &email : typed)
        emails.append(email);
    const HttpTestResponse response = m_demo->http().postJson(
        m_demo->org(QStringLiteral("/invitations")),
        {{QStringLiteral("emails"), emails}, {QStringLiteral("role"), QStringLiteral("MEMBER")}},
        m_owner);
    QVERIFY_STATUS(response, 200);
    const QJsonArray results = response.results();
    QCOMPARE(results.size(), 4);
    auto invited = [&](int index) {
        return str(results.at(index).toObject().value(QLatin1String("invitation")).toObject(),
                   "email");
    };
    QCOMPARE(str(results.at(0).toObject(), "status"), QStringLiteral("invited"));
    QCOMPARE(invited(0), QStringLiteral("user@xn--bcher-kva.example"));
    QCOMPARE(str(results.at(1).toObject(), "status"), QStringLiteral("invited"));
    QCOMPARE(invited(1), QStringLiteral("test+tag@example.photography"));
    QCOMPARE(str(results.at(2).toObject(), "status"), QStringLiteral("invalid_email"));
    QCOMPARE(str(results.at(3).toObject(), "status"), QStringLiteral("invalid_email"));
    QVERIFY(!str(results.at(2).toObject().value(QLatin1String("error")).toObject(), "message")
                 .isEmpty());
    // The mail goes to the ASCII form.
    QTRY_VERIFY_WITH_TIMEOUT(mailFiles().size() >= 2, 5000);
    bool asciiRecipient = false;
    for (const QString &path : mailFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        asciiRecipient = asciiRecipient || file.readAll().contains("user@xn--bcher-kva.example");
    }
    QVERIFY(asciiRecipient);
}

QTEST_GUILESS_MAIN(TestInvitationLifecycle)
#include "TestInvitationLifecycle.moc"
