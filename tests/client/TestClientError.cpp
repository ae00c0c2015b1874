#include <ClientError.h>

#include <QSet>
#include <QTest>

/// The sentence a user reads for each failure: one per HTTP status the API
/// uses (docs/openapi.json), each naming the status, none empty.
class TestClientError : public QObject
{
    Q_OBJECT

private slots:
    void eachStatusHasItsOwnSentence_data();
    void eachStatusHasItsOwnSentence();
    void tooManyRequestsSaysHowLongToWait();
    void serverSentenceIsAddedWhereItHelps();
    void transportFailures();
};

void TestClientError::eachStatusHasItsOwnSentence_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("400") << 400 << QStringLiteral("400 Bad Request");
    QTest::newRow("401") << 401 << QStringLiteral("Sign in again");
    QTest::newRow("403") << 403 << QStringLiteral("403 Forbidden");
    QTest::newRow("404") << 404 << QStringLiteral("404 Not Found");
    QTest::newRow("409") << 409 << QStringLiteral("409 Conflict");
    QTest::newRow("413") << 413 << QStringLiteral("413 Content Too Large");
    QTest::newRow("422") << 422 << QStringLiteral("422 Unprocessable Content");
    QTest::newRow("429") << 429 << QStringLiteral("429 Too Many Requests");
    QTest::newRow("500") << 500 << QStringLiteral("(500)");
    QTest::newRow("503") << 503 << QStringLiteral("(503)");
    QTest::newRow("418") << 418 << QStringLiteral("418");
}

void TestClientError::eachStatusHasItsOwnSentence()
{
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const ClientError error = ClientError::fromHttpStatus(status, QStringLiteral("some_code"), {});
    QCOMPARE(error.kind, ClientError::Kind::HttpStatus);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.apiCode, QStringLiteral("some_code"));
    QVERIFY(!error.isNull());
    QVERIFY(!error.isOffline());
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestClientError::tooManyRequestsSaysHowLongToWait()
{
    const ClientError wait = ClientError::fromHttpStatus(429, {}, {}, {}, 42);
    QCOMPARE(wait.retryAfterSeconds, 42);
    QVERIFY(wait.message.contains(QLatin1String("42 seconds")));
    const ClientError unknown = ClientError::fromHttpStatus(429, {}, {}, {}, -1);
    QCOMPARE(unknown.retryAfterSeconds, -1);
    QVERIFY(unknown.message.contains(QLatin1String("in a moment")));
    // Retry-After belongs to 429 only.
    QCOMPARE(ClientError::fromHttpStatus(503, {}, {}, {}, 42).retryAfterSeconds, -1);
}

void TestClientError::serverSentenceIsAddedWhereItHelps()
{
    const QString reason = QStringLiteral("Ownership can go only to an active member.");
    const ClientError error =
        ClientError::fromHttpStatus(422, QStringLiteral("not_an_active_member"), reason);
    QVERIFY(error.message.contains(reason));
    QCOMPARE(error.apiMessage, reason);
    // 401's own sentence says everything; the server's is not repeated.
    const ClientError unauthorized =
        ClientError::fromHttpStatus(401, QStringLiteral("invalid_token"), QStringLiteral("Bad."));
    QVERIFY(!unauthorized.message.contains(QLatin1String("Bad.")));
}

void TestClientError::transportFailures()
{
    const ClientError refused = ClientError::network(QStringLiteral("Connection refused"), true);
    QCOMPARE(refused.kind, ClientError::Kind::Network);
    QVERIFY(refused.isOffline());
    QVERIFY(refused.message.contains(QLatin1String("refused")));

    const ClientError unknownHost = ClientError::network(QStringLiteral("Host not found"), false,
                                                         true, QStringLiteral("testops.invalid"));
    QVERIFY(unknownHost.message.contains(QLatin1String("testops.invalid")));

    const ClientError timeout = ClientError::timeout(30);
    QCOMPARE(timeout.kind, ClientError::Kind::Timeout);
    QVERIFY(timeout.message.contains(QLatin1String("30 seconds")));

    const ClientError tls = ClientError::tls({QStringLiteral("The certificate has expired")},
                                             QStringLiteral("SSL handshake failed"));
    QCOMPARE(tls.kind, ClientError::Kind::Tls);
    QVERIFY(tls.isOffline());
    QVERIFY(tls.message.contains(QLatin1String("The certificate has expired")));

    QVERIFY(ClientError{}.isNull());
    QVERIFY(ClientError{}.message.isEmpty());
    QCOMPARE(ClientError::badResponse(QStringLiteral("x")).kind, ClientError::Kind::BadResponse);
    QCOMPARE(ClientError::canceled().kind, ClientError::Kind::Canceled);
}

QTEST_GUILESS_MAIN(TestClientError)
#include "TestClientError.moc"
