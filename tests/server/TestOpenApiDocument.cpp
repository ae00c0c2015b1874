// docs/openapi.json documents the API the server serves: the same routes and
// methods (no more, no fewer), valid references, and the resources, list
// parameters and error answers of api.md.
#include "RouteTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

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
    QVERIFY(served.size() >= 19); // api.md lists 17, plus GET and POST /join

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
            QStringList expected{QStringLiteral("200"), QStringLiteral("401"),
                                 QStringLiteral("403"), QStringLiteral("404")};
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

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "TestOpenApiDocument.moc"
