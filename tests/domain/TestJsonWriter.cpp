// JsonWriter and JsonCodec::write: list answers written straight to bytes
// must be the JSON that toJson() describes (docs/openapi.json), whatever the
// text holds and whenever the time is.
#include "JsonCodec.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QJsonValue written(const std::function<void(JsonWriter &)> &write)
{
    QByteArray bytes;
    JsonWriter writer(&bytes);
    writer.beginArray();
    write(writer);
    writer.endArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s (%s)", bytes.constData(), qPrintable(error.errorString()));
    return document.array().first();
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void textIsEscapedAndEncoded_data();
    void textIsEscapedAndEncoded();
    void timesAreIsoUtcSeconds_data();
    void timesAreIsoUtcSeconds();
    void membersAreWhatToJsonSays();
    void invitationsAreWhatToJsonSays();
    void commasAndNesting();
};

void TestJsonWriter::textIsEscapedAndEncoded_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("controls") << QStringLiteral("tab\tnl\ncr\rbs\bff\f") + QChar(0x01) +
                                     QChar(0x1f);
    QTest::newRow("latin, greek, cjk") << QStringLiteral("Zoë Ελένη 山田太郎");
    QTest::newRow("astral") << QStringLiteral("𝒜 😀");
    QTest::newRow("bmp edge") << QString(QChar(0x7ff)) + QChar(0x800) + QChar(0xffff);
    QTest::newRow("slash and del") << QStringLiteral("a/b") + QChar(0x7f);
}

void TestJsonWriter::textIsEscapedAndEncoded()
{
    QFETCH(QString, text);
    QCOMPARE(written([&](JsonWriter &writer) { writer.value(QStringView(text)); }).toString(),
             text);
}

void TestJsonWriter::timesAreIsoUtcSeconds_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("with milliseconds") << qint64(1796311155086);
    QTest::newRow("leap day")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("before 1970") << qint64(-86400000LL * 400 - 1);
    QTest::newRow("year 1")
        << QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999),
                                            QTimeZone::utc())
                                      .toMSecsSinceEpoch();
}

void TestJsonWriter::timesAreIsoUtcSeconds()
{
    QFETCH(qint64, ms);
    const QDateTime time = utc(ms);
    QCOMPARE(written([&](JsonWriter &writer) { writer.time(time); }), JsonCodec::fromTime(time));
    QVERIFY(written([](JsonWriter &writer) { writer.time(QDateTime()); }).isNull());
}

void TestJsonWriter::membersAreWhatToJsonSays()
{
    QList<Member> members;
    Member full;
    full.userId = 9007199254740000LL;
    full.fullName = QStringLiteral("José \"Pepe\" Álvarez\\");
    full.email = QStringLiteral("jose@example.com");
    full.role = Role::Admin;
    full.joinedAt = utc(1700000000123);
    full.lastAccessAt = utc(1790000000000);
    full.licenses = {QStringLiteral("KRE"), QStringLiteral("KSE")};
    full.machineCount = 3;
    full.teams = {QStringLiteral("Performance & Load"), QStringLiteral("QA, Automation")};
    members.append(full);
    Member removed;
    removed.userId = 7;
    removed.fullName = QStringLiteral("山田太郎");
    removed.email = QStringLiteral("taro@example.jp");
    removed.status = MemberStatus::Removed;
    removed.joinedAt = utc(0);
    removed.removedAt = utc(1700000000000);
    removed.removedBy = UserRef{1, QStringLiteral("Amelia Hartmann")};
    members.append(removed);
    members.append(Member{});
    for (const Member &member : std::as_const(members)) {
        const QJsonValue value =
            written([&](JsonWriter &writer) { JsonCodec::write(writer, member); });
        QCOMPARE(value.toObject(), JsonCodec::toJson(member));
        QCOMPARE(JsonCodec::memberFromJson(value.toObject())->userId, member.userId);
    }
}

void TestJsonWriter::invitationsAreWhatToJsonSays()
{
    Invitation invitation;
    invitation.id = 42;
    invitation.email = QStringLiteral("new@example.net");
    invitation.role = Role::BillingManager;
    invitation.licenses = {QStringLiteral("KSE")};
    invitation.invitedBy = UserRef{3, QStringLiteral("Zoë")};
    invitation.createdAt = utc(1790000000000);
    invitation.expiresAt = utc(1790086400000);
    invitation.status = InvitationStatus::Expired;
    invitation.activationUrl = QStringLiteral("http://127.0.0.1:1/join?token=a_b-c");
    invitation.deliveryError = QStringLiteral("email not delivered: 550 5.1.1");
    Invitation bare;
    bare.id = 1;
    for (const Invitation &value : {invitation, bare}) {
        QCOMPARE(written([&](JsonWriter &writer) { JsonCodec::write(writer, value); }).toObject(),
                 JsonCodec::toJson(value));
    }
}

void TestJsonWriter::commasAndNesting()
{
    QByteArray bytes;
    JsonWriter writer(&bytes);
    writer.beginObject();
    writer.key("a");
    writer.beginArray();
    writer.value(1);
    writer.beginObject();
    writer.endObject();
    writer.value(QStringList{QStringLiteral("x"), QStringLiteral("y")});
    writer.null();
    writer.endArray();
    writer.key("b");
    writer.value(false);
    writer.key("c");
    writer.raw(QByteArrayLiteral("{\"d\":[]}"));
    writer.endObject();
    QCOMPARE(bytes,
             QByteArrayLiteral("{\"a\":[1,{},[\"x\",\"y\"],null],\"b\":false,\"c\":{\"d\":[]}}"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
