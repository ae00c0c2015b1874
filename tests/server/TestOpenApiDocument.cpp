// docs/openapi.json documents the API the server serves: the same routes and
// methods (no more, no fewer), valid references, and the resources, list
// parameters and error answers the server gives.
#include "DemoServer.h"
#include "RouteTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace {

const QStringList HttpMethods{QStringLiteral("get"),     QStringLiteral("put"),
                              QStringLiteral("post"),    QStringLiteral("delete"),
                              QStringLiteral("options"), QStringLiteral("head"),
                              QStringLiteral("patch"),   QStringLiteral("trace")};

QString routeKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + path;
}

// Served templates may or may not carry the base path; the document's do.
QString documentedForm(const QString &served)
{
    if (served.startsWith(QLatin1String("/api/")) || served.startsWith(QLatin1String("/join")))
        return served;
    return QStringLiteral("/api/v1") + served;
}

void collectRefs(const QJsonValue &value, QStringList &refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref"))
                refs.append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRefs(item, refs);
    }
}

// Checks `value` against an OpenAPI 3.0 schema: types, required properties,
// nullable, enums and date-time format, recursively; appends what differs.
class SchemaChecker
{
public:
    explicit SchemaChecker(const QJsonObject &document) : m_document(document) {}

    QJsonObject resolve(QJsonObject schema) const
    {
        for (int depth = 0; depth < 10 && schema.contains(QLatin1String("$ref")); ++depth) {
            QJsonValue node = m_document;
            const QStringList parts =
                schema.value(QLatin1String("$ref")).toString().mid(2).split(QLatin1Char('/'));
            for (const QString &part : parts)
                node = node.toObject().value(part);
            schema = node.toObject();
        }
        return schema;
    }

    void check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where,
               QStringList &errors) const
    {
        const QJsonObject schema = resolve(rawSchema);
        if (value.isNull()) {
            if (!schema.value(QLatin1String("nullable")).toBool())
                errors << where + QStringLiteral(": null but not nullable");
            return;
        }
        const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
        for (const QJsonValue &part : allOf)
            check(value, part.toObject(), where, errors);
        const QString type = schema.value(QLatin1String("type")).toString();
        if (type == QLatin1String("object")) {
            if (!value.isObject()) {
                errors << where + QStringLiteral(": not an object");
                return;
            }
            const QJsonObject object = value.toObject();
            for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
                if (!object.contains(required.toString()))
                    errors << where + QStringLiteral(": lacks required ") + required.toString();
            }
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key()))
                    check(it.value(), properties.value(it.key()).toObject(),
                          where + QLatin1Char('.') + it.key(), errors);
            }
        } else if (type == QLatin1String("array")) {
            if (!value.isArray()) {
                errors << where + QStringLiteral(": not an array");
                return;
            }
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size() && i < 60; ++i)
                check(array.at(i), schema.value(QLatin1String("items")).toObject(),
                      where + QStringLiteral("[%1]").arg(i), errors);
        } else if (type == QLatin1String("string")) {
            if (!value.isString()) {
                errors << where + QStringLiteral(": not a string");
                return;
            }
            const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
            if (!allowed.isEmpty() && !allowed.contains(value))
                errors << where + QStringLiteral(": ") + value.toString() +
                              QStringLiteral(" not in enum");
            static const QRegularExpression dateTime(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
            if (schema.value(QLatin1String("format")).toString() == QLatin1String("date-time") &&
                !dateTime.match(value.toString()).hasMatch())
                errors << where + QStringLiteral(": not an ISO 8601 UTC time: ") + value.toString();
        } else if (type == QLatin1String("integer")) {
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
                errors << where + QStringLiteral(": not an integer");
        } else if (type == QLatin1String("boolean")) {
            if (!value.isBool())
                errors << where + QStringLiteral(": not a boolean");
        }
    }

private:
    QJsonObject m_document;
};

} // namespace

class TestOpenApiDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isOpenApi3();
    void documentsExactlyTheServedRoutes();
    void everyReferenceResolves();
    void resourcesHaveTheFieldsOfTheApi_data();
    void resourcesHaveTheFieldsOfTheApi();
    void listParametersAreDocumented();
    void organizationRoutesDocumentTheirErrors();
    void pathParametersAreDeclared();
    void answersMatchTheDocumentedSchemas();

private:
    QJsonObject m_document;
};

void TestOpenApiDocument::initTestCase()
{
    QFile file(QStringLiteral(TESTOPS_SOURCE_DIR "/docs/openapi.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_document = document.object();
}

void TestOpenApiDocument::isOpenApi3()
{
    QVERIFY(m_document.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.0")));
    const QJsonObject info = m_document.value(QLatin1String("info")).toObject();
    QVERIFY(!info.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(!info.value(QLatin1String("version")).toString().isEmpty());
    QVERIFY(m_document.value(QLatin1String("components"))
                .toObject()
                .value(QLatin1String("securitySchemes"))
                .toObject()
                .contains(QLatin1String("bearerAuth")));
}

void TestOpenApiDocument::documentsExactlyTheServedRoutes()
{
    QSet<QString> documented;
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            if (HttpMethods.contains(method.key()))
                documented.insert(routeKey(method.key().toLatin1(), path.key()));
        }
    }
    QSet<QString> served;
    const QList<RouteSpec> routes = apiRoutes();
    for (const RouteSpec &route : routes)
        served.insert(routeKey(route.method, documentedForm(route.pathTemplate)));
    QVERIFY(served.size() >= 19); // 17 API routes, plus GET and POST /join

    QStringList undocumented = (served - documented).values();
    QStringList unserved = (documented - served).values();
    undocumented.sort();
    unserved.sort();
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(QStringLiteral("served but not in docs/openapi.json: ") +
                        undocumented.join(QStringLiteral(", "))));
    QVERIFY2(unserved.isEmpty(),
             qPrintable(QStringLiteral("in docs/openapi.json but not served: ") +
                        unserved.join(QStringLiteral(", "))));
}

void TestOpenApiDocument::everyReferenceResolves()
{
    QStringList refs;
    collectRefs(m_document, refs);
    QVERIFY(refs.size() > 50);
    for (const QString &ref : refs) {
        QVERIFY2(ref.startsWith(QLatin1String("#/")), qPrintable(ref));
        QJsonValue node = m_document;
        const QStringList parts = ref.mid(2).split(QLatin1Char('/'));
        for (const QString &part : parts)
            node = node.toObject().value(part);
        QVERIFY2(node.isObject(), qPrintable(QStringLiteral("unresolved ") + ref));
    }
}

void TestOpenApiDocument::resourcesHaveTheFieldsOfTheApi_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("Member") << QStringLiteral("Member")
                            << QStringList{
                                   QStringLiteral("userId"),       QStringLiteral("fullName"),
                                   QStringLiteral("email"),        QStringLiteral("role"),
                                   QStringLiteral("status"),       QStringLiteral("joinedAt"),
                                   QStringLiteral("lastAccessAt"), QStringLiteral("licenses"),
                                   QStringLiteral("machineCount"), QStringLiteral("teams"),
                                   QStringLiteral("removedAt"),    QStringLiteral("removedBy")};
    QTest::newRow("Invitation") << QStringLiteral("Invitation")
                                << QStringList{
                                       QStringLiteral("id"),           QStringLiteral("email"),
                                       QStringLiteral("role"),         QStringLiteral("licenses"),
                                       QStringLiteral("invitedBy"),    QStringLiteral("createdAt"),
                                       QStringLiteral("expiresAt"),    QStringLiteral("status"),
                                       QStringLiteral("activationUrl")};
    QTest::newRow("LicensePool") << QStringLiteral("LicensePool")
                                 << QStringList{QStringLiteral("product"), QStringLiteral("name"),
                                                QStringLiteral("seatsTotal"),
                                                QStringLiteral("seatsUsed"),
                                                QStringLiteral("seatsReserved")};
    QTest::newRow("Organization") << QStringLiteral("Organization")
                                  << QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                 QStringLiteral("licensePools")};
    QTest::newRow("Error") << QStringLiteral("Error") << QStringList{QStringLiteral("error")};
    QTest::newRow("RemoveResult") << QStringLiteral("RemoveResult")
                                  << QStringList{QStringLiteral("status"),
                                                 QStringLiteral("releasedMachines"),
                                                 QStringLiteral("releasedLicenses"),
                                                 QStringLiteral("error")};
    QTest::newRow("InviteResult") << QStringLiteral("InviteResult")
                                  << QStringList{QStringLiteral("status"),
                                                 QStringLiteral("invitation")};
}

void TestOpenApiDocument::resourcesHaveTheFieldsOfTheApi()
{
    QFETCH(QString, schema);
    QFETCH(QStringList, fields);
    const QJsonObject schemas = m_document.value(QLatin1String("components"))
                                    .toObject()
                                    .value(QLatin1String("schemas"))
                                    .toObject();
    QVERIFY2(schemas.contains(schema), qPrintable(schema));
    const QJsonObject properties =
        schemas.value(schema).toObject().value(QLatin1String("properties")).toObject();
    for (const QString &field : fields)
        QVERIFY2(properties.contains(field), qPrintable(schema + QLatin1Char('.') + field));
}

void TestOpenApiDocument::listParametersAreDocumented()
{
    const QJsonObject parameters = m_document.value(QLatin1String("components"))
                                       .toObject()
                                       .value(QLatin1String("parameters"))
                                       .toObject();
    QSet<QString> names;
    for (const QJsonValue &parameter : parameters)
        names.insert(parameter.toObject().value(QLatin1String("name")).toString());
    for (const char *name : {"page", "size", "sort", "q", "role", "status"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    const QJsonObject size = parameters.value(QLatin1String("size"))
                                 .toObject()
                                 .value(QLatin1String("schema"))
                                 .toObject();
    QCOMPARE(size.value(QLatin1String("maximum")).toInt(), 1000);
    QCOMPARE(size.value(QLatin1String("default")).toInt(), 50);
}

void TestOpenApiDocument::organizationRoutesDocumentTheirErrors()
{
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        if (!path.key().startsWith(QLatin1String("/api/v1/organizations/")))
            continue;
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            if (!HttpMethods.contains(method.key()))
                continue;
            const QJsonObject responses =
                method.value().toObject().value(QLatin1String("responses")).toObject();
            // 431 and 503 come from the HTTP layer and the database, on every route.
            QStringList expected{QStringLiteral("200"), QStringLiteral("401"),
                                 QStringLiteral("403"), QStringLiteral("404"),
                                 QStringLiteral("431"), QStringLiteral("503")};
            if (method.key() == QLatin1String("post"))
                expected << QStringLiteral("400") << QStringLiteral("413") << QStringLiteral("422");
            for (const QString &status : expected)
                QVERIFY2(responses.contains(status),
                         qPrintable(method.key() + QLatin1Char(' ') + path.key() +
                                    QLatin1String(" lacks ") + status));
        }
    }
}

void TestOpenApiDocument::pathParametersAreDeclared()
{
    const QJsonObject parameters = m_document.value(QLatin1String("components"))
                                       .toObject()
                                       .value(QLatin1String("parameters"))
                                       .toObject();
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        QSet<QString> declared;
        const QJsonArray list =
            path.value().toObject().value(QLatin1String("parameters")).toArray();
        for (const QJsonValue &parameter : list) {
            QJsonObject object = parameter.toObject();
            const QString ref = object.value(QLatin1String("$ref")).toString();
            if (!ref.isEmpty())
                object = parameters.value(ref.section(QLatin1Char('/'), -1)).toObject();
            if (object.value(QLatin1String("in")).toString() == QLatin1String("path"))
                declared.insert(object.value(QLatin1String("name")).toString());
        }
        int from = 0;
        while ((from = int(path.key().indexOf(QLatin1Char('{'), from))) >= 0) {
            const int to = int(path.key().indexOf(QLatin1Char('}'), from));
            QVERIFY(to > from);
            const QString name = path.key().mid(from + 1, to - from - 1);
            QVERIFY2(declared.contains(name), qPrintable(path.key() + QLatin1String(": ") + name));
            from = to;
        }
    }
}

void TestOpenApiDocument::answersMatchTheDocumentedSchemas()
{
    // Real answers of the demo server, each checked against the schema the
    // document gives for its path, method and status.
    DemoServer demo;
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const QString owner = demo.ownerToken();
    const QString member = demo.token(DemoServer::MemberEmail);
    const QString org = QStringLiteral("/api/v1/organizations/{orgId}");
    const QJsonObject invited = demo.invite(QStringLiteral("doc-a@example.net"), owner,
                                            QStringLiteral("MEMBER"), {QStringLiteral("KSE")});
    const qint64 invitationId = qint64(invited.value(QLatin1String("invitation"))
                                           .toObject()
                                           .value(QLatin1String("id"))
                                           .toDouble());
    const QString link = DemoServer::linkToken(invited.value(QLatin1String("invitation"))
                                                   .toObject()
                                                   .value(QLatin1String("activationUrl"))
                                                   .toString());
    const QJsonObject second = demo.invite(QStringLiteral("doc-b@example.net"), owner)
                                   .value(QLatin1String("invitation"))
                                   .toObject();
    const QString secondLink =
        DemoServer::linkToken(second.value(QLatin1String("activationUrl")).toString());
    const qint64 memberId =
        qint64(demo.member(DemoServer::MemberEmail).value(QLatin1String("userId")).toDouble());
    const qint64 adminId =
        qint64(demo.member(DemoServer::AdminEmail).value(QLatin1String("userId")).toDouble());

    struct Call
    {
        QByteArray method;
        QString documentedPath;
        QString path; // under /api/v1, with the demo organization filled in
        QJsonObject body;
        QString token;
    };
    const QString o = QStringLiteral("/organizations/%1").arg(demo.orgId());
    // Where the lists stood before the changes below.
    const QString cursor = QString::fromLatin1(
        QUrl::toPercentEncoding(demo.http()
                                    .get(demo.api(o + QStringLiteral("/members")), owner)
                                    .object()
                                    .value(QLatin1String("cursor"))
                                    .toString()));
    // Where a second page of two members starts (keyset paging).
    const QString after = QString::fromLatin1(
        QUrl::toPercentEncoding(demo.http()
                                    .get(demo.api(o + QStringLiteral("/members?size=2")), owner)
                                    .object()
                                    .value(QLatin1String("next"))
                                    .toString()));
    const QList<Call> calls{
        {"GET", QStringLiteral("/api/v1/health"), QStringLiteral("/health"), {}, {}},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?size=2&after=") + after,
         {},
         owner},
        {"GET",
         org + QStringLiteral("/invitations"),
         o + QStringLiteral("/invitations?size=1"),
         {},
         owner},
        {"GET", QStringLiteral("/api/v1/health"), QStringLiteral("/health?ready=1"), {}, {}},
        {"GET", QStringLiteral("/api/v1/health"), QStringLiteral("/health?ready=yes"), {}, {}},
        {"GET", QStringLiteral("/api/v1/me"), QStringLiteral("/me"), {}, owner},
        {"GET", org, o, {}, owner},
        {"GET", org, o + QStringLiteral("?inactiveDays=30"), {}, owner},
        {"GET", org, o + QStringLiteral("?inactiveDays=0"), {}, owner},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?inactiveDays=90&license=KSE&size=1000"),
         {},
         owner},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?license=none"),
         {},
         owner},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?size=1000"),
         {},
         owner},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?status=removed&size=1000"),
         {},
         owner},
        {"GET",
         org + QStringLiteral("/invitations"),
         o + QStringLiteral("/invitations?size=1000"),
         {},
         owner},
        {"GET", org + QStringLiteral("/teams"), o + QStringLiteral("/teams"), {}, owner},
        {"GET", org + QStringLiteral("/machines"), o + QStringLiteral("/machines"), {}, owner},
        {"GET",
         org + QStringLiteral("/audit-events"),
         o + QStringLiteral("/audit-events"),
         {},
         owner},
        {"GET",
         QStringLiteral("/api/v1/invitations/{token}"),
         QStringLiteral("/invitations/") + link,
         {},
         {}},
        {"POST",
         org + QStringLiteral("/invitations"),
         o + QStringLiteral("/invitations"),
         {{QStringLiteral("emails"),
           QJsonArray{QStringLiteral("doc-c@example.net"), QStringLiteral("bad"),
                      DemoServer::MemberEmail, QStringLiteral("doc-a@example.net")}},
          {QStringLiteral("role"), QStringLiteral("MEMBER")}},
         owner},
        {"POST",
         org + QStringLiteral("/invitations/resend"),
         o + QStringLiteral("/invitations/resend"),
         {{QStringLiteral("ids"), QJsonArray{invitationId, 987654}}},
         owner},
        {"POST",
         org + QStringLiteral("/invitations/revoke"),
         o + QStringLiteral("/invitations/revoke"),
         {{QStringLiteral("ids"), QJsonArray{invitationId, invitationId, 987654}}},
         owner},
        {"POST",
         org + QStringLiteral("/machines"),
         o + QStringLiteral("/machines"),
         {{QStringLiteral("machineId"), QStringLiteral("doc-machine")}},
         member},
        {"POST",
         org + QStringLiteral("/members/licenses"),
         o + QStringLiteral("/members/licenses"),
         {{QStringLiteral("userIds"), QJsonArray{memberId, adminId, 987654, memberId}},
          {QStringLiteral("add"), QJsonArray{QStringLiteral("KSE")}},
          {QStringLiteral("remove"), QJsonArray{QStringLiteral("KRE")}}},
         owner},
        {"POST",
         org + QStringLiteral("/members/licenses"),
         o + QStringLiteral("/members/licenses"),
         {{QStringLiteral("userIds"), QJsonArray{memberId}}},
         owner},
        {"POST",
         org + QStringLiteral("/members/change-role"),
         o + QStringLiteral("/members/change-role"),
         {{QStringLiteral("userIds"), QJsonArray{memberId, adminId}},
          {QStringLiteral("role"), QStringLiteral("BILLING_MANAGER")}},
         owner},
        {"POST",
         org + QStringLiteral("/members/remove"),
         o + QStringLiteral("/members/remove"),
         {{QStringLiteral("userIds"), QJsonArray{memberId, memberId}}},
         owner},
        {"POST",
         QStringLiteral("/api/v1/invitations/{token}/accept"),
         QStringLiteral("/invitations/%1/accept").arg(secondLink),
         {{QStringLiteral("fullName"), QStringLiteral("Doc B")}},
         {}},
        {"POST",
         org + QStringLiteral("/ownership"),
         o + QStringLiteral("/ownership"),
         {{QStringLiteral("userId"), adminId}},
         owner},
        // What changed since the cursor, with removals.
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?changedSince=") + cursor,
         {},
         owner},
        {"GET",
         org + QStringLiteral("/invitations"),
         o + QStringLiteral("/invitations?changedSince=") + cursor,
         {},
         owner},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?status=removed&q=a&changedSince=") + cursor,
         {},
         owner},
        // A cursor of another database.
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members?changedSince=c1.0.1.1.1"),
         {},
         owner},
        // The log of every change above, each action with its details.
        {"GET",
         org + QStringLiteral("/audit-events"),
         o + QStringLiteral("/audit-events?size=1000"),
         {},
         owner},
        // Error answers are documented too.
        {"GET", org + QStringLiteral("/members"), o + QStringLiteral("/members?size=0"), {}, owner},
        {"GET", org + QStringLiteral("/members"), o + QStringLiteral("/members"), {}, member},
        {"GET",
         org + QStringLiteral("/members"),
         o + QStringLiteral("/members"),
         {},
         QStringLiteral("bad-token")},
        {"POST",
         QStringLiteral("/api/v1/invitations/{token}/accept"),
         QStringLiteral("/invitations/%1/accept").arg(secondLink),
         {{QStringLiteral("fullName"), QStringLiteral("Doc B")}},
         {}},
    };
    const SchemaChecker checker(m_document);
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    for (const Call &call : calls) {
        const HttpTestResponse response =
            call.method == "GET" ? demo.http().get(demo.api(call.path), call.token)
                                 : demo.http().postJson(demo.api(call.path), call.body, call.token);
        const QString what = QString::fromLatin1(call.method) + QLatin1Char(' ') + call.path +
                             QLatin1Char(' ') + QString::number(response.status);
        const QJsonObject operation = paths.value(call.documentedPath)
                                          .toObject()
                                          .value(QString::fromLatin1(call.method).toLower())
                                          .toObject();
        QVERIFY2(!operation.isEmpty(), qPrintable(what));
        const QJsonObject documented = checker.resolve(operation.value(QLatin1String("responses"))
                                                           .toObject()
                                                           .value(QString::number(response.status))
                                                           .toObject());
        QVERIFY2(!documented.isEmpty(),
                 qPrintable(what + QStringLiteral(": status not documented")));
        const QJsonObject schema = documented.value(QLatin1String("content"))
                                       .toObject()
                                       .value(QLatin1String("application/json"))
                                       .toObject()
                                       .value(QLatin1String("schema"))
                                       .toObject();
        QVERIFY2(!schema.isEmpty(), qPrintable(what + QStringLiteral(": no JSON schema")));
        QVERIFY2(!response.json.isNull(), qPrintable(what + QStringLiteral(": not JSON")));
        QStringList errors;
        checker.check(response.object(), schema, what, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 8).join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "TestOpenApiDocument.moc"
