// HTTP/1.1 as RFC 9112 and RFC 9110 say, where the old server did not:
// HEAD, Expect: 100-continue, Connection: close, HTTP/1.0, pipelining, and
// the 400 for requests that are not HTTP. Raw requests over POSIX sockets.
#include "RawHttpConnection.h"
#include "ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString errorCode(const RawHttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

} // namespace

class TestHttpProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void headAnswersTheGetHeadersWithoutBody();
    void headFollowsTheRoutesRules();
    void expectContinueGetsAnInterimAnswer();
    void expectContinueOverTheLimitGetsOnly413();
    void keepAliveServesSeveralRequests();
    void connectionCloseIsHonoured();
    void http10ClosesUnlessKeepAlive();
    void pipelinedRequestsAreAnsweredInOrder();
    void malformedRequestsGet400();

private:
    std::optional<RawHttpResponse> exchange(const QByteArray &request, bool headOnly = false);

    ServerProcess m_server;
};

void TestHttpProtocol::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestHttpProtocol::cleanupTestCase()
{
    m_server.stop();
}

std::optional<RawHttpResponse> TestHttpProtocol::exchange(const QByteArray &request, bool headOnly)
{
    RawHttpConnection connection;
    if (!connection.connectTo(m_server.baseUrl()) || !connection.send(request))
        return std::nullopt;
    return connection.readResponse(5000, headOnly);
}

void TestHttpProtocol::headAnswersTheGetHeadersWithoutBody()
{
    const auto get = exchange("GET /api/v1/health HTTP/1.1\r\nHost: test\r\n\r\n");
    QVERIFY(get);
    QCOMPARE(get->status, 200);

    // HEAD, then GET on the same connection: the GET's status line must come
    // right after the HEAD's header, so no body was sent in between.
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(m_server.baseUrl()));
    QVERIFY(connection.send("HEAD /api/v1/health HTTP/1.1\r\nHost: test\r\n\r\n"
                            "GET /api/v1/health HTTP/1.1\r\nHost: test\r\n\r\n"));
    const auto head = connection.readResponse(5000, true);
    QVERIFY(head);
    QCOMPARE(head->status, 200); // the old server answered 405
    QCOMPARE(head->header("Content-Length"), QByteArray::number(get->body.size()));
    QCOMPARE(head->header("Content-Type"), get->header("Content-Type"));
    const auto after = connection.readResponse(5000);
    QVERIFY2(after, qPrintable(QString::fromLatin1(connection.pending())));
    QCOMPARE(after->statusLine, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(after->body, get->body);
}

void TestHttpProtocol::headFollowsTheRoutesRules()
{
    // A token route without a token: 401's header, no body.
    const auto unauthorized =
        exchange("HEAD /api/v1/me HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", true);
    QVERIFY(unauthorized);
    QCOMPARE(unauthorized->status, 401);
    QVERIFY(unauthorized->header("Content-Length").toInt() > 0);
    // A POST-only route: 405, Allow names POST only.
    const auto postOnly = exchange("HEAD /api/v1/invitations/x/accept HTTP/1.1\r\nHost: "
                                   "test\r\nConnection: close\r\n\r\n",
                                   true);
    QVERIFY(postOnly);
    QCOMPARE(postOnly->status, 405);
    QCOMPARE(postOnly->header("Allow"), QByteArray("POST"));
    // A GET route with another method: Allow names HEAD beside GET.
    const auto getOnly =
        exchange("DELETE /api/v1/health HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    QVERIFY(getOnly);
    QCOMPARE(getOnly->status, 405);
    QCOMPARE(getOnly->header("Allow"), QByteArray("GET, HEAD"));
}

void TestHttpProtocol::expectContinueGetsAnInterimAnswer()
{
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(m_server.baseUrl()));
    const QByteArray body = R"({"fullName":"Ada"})";
    QVERIFY(connection.send("POST /api/v1/invitations/unknown-link/accept HTTP/1.1\r\n"
                            "Host: test\r\nContent-Type: application/json\r\n"
                            "Content-Length: " +
                            QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n"));
    // The client waits for "100 Continue" before sending the body (the old
    // server never sent it, so curl waited 1 s on every such request).
    const auto interim = connection.readResponse(2000);
    QVERIFY2(interim, "no 100 Continue");
    QCOMPARE(interim->status, 100);
    QVERIFY(connection.send(body));
    const auto final = connection.readResponse(5000);
    QVERIFY(final);
    QCOMPARE(final->status, 404);
    QCOMPARE(errorCode(*final), QStringLiteral("invitation_not_found"));
}

void TestHttpProtocol::expectContinueOverTheLimitGetsOnly413()
{
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(m_server.baseUrl()));
    QVERIFY(connection.send("POST /api/v1/invitations/x/accept HTTP/1.1\r\nHost: test\r\n"
                            "Content-Type: application/json\r\nContent-Length: 5000000\r\n"
                            "Expect: 100-continue\r\n\r\n"));
    const auto response = connection.readResponse(2000);
    QVERIFY(response);
    QCOMPARE(response->status, 413); // no 100 first: the client need not send anything
    QVERIFY(connection.waitForClose(5000));
}

void TestHttpProtocol::keepAliveServesSeveralRequests()
{
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(m_server.baseUrl()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(connection.send("GET /api/v1/health HTTP/1.1\r\nHost: test\r\n\r\n"));
        const auto response = connection.readResponse(5000);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->header("Connection").isEmpty());
    }
    QVERIFY(!connection.isClosedByPeer());
}

void TestHttpProtocol::connectionCloseIsHonoured()
{
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(m_server.baseUrl()));
    QVERIFY(
        connection.send("GET /api/v1/health HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"));
    const auto response = connection.readResponse(5000);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Connection"), QByteArray("close"));
    // The old server kept the connection open after the answer.
    QVERIFY2(connection.waitForClose(2000), "the connection stayed open after Connection: close");
}

void TestHttpProtocol::http10ClosesUnlessKeepAlive()
{
    RawHttpConnection plain;
    QVERIFY(plain.connectTo(m_server.baseUrl()));
    QVERIFY(plain.send("GET /api/v1/health HTTP/1.0\r\n\r\n"));
    const auto answered = plain.readResponse(5000);
    QVERIFY(answered);
    QCOMPARE(answered->status, 200);
    QVERIFY2(plain.waitForClose(2000), "an HTTP/1.0 connection stayed open");

    RawHttpConnection keepAlive;
    QVERIFY(keepAlive.connectTo(m_server.baseUrl()));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(keepAlive.send("GET /api/v1/health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
        const auto response = keepAlive.readResponse(5000);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection").toLower(), QByteArray("keep-alive"));
    }
    QVERIFY(!keepAlive.isClosedByPeer());
}

void TestHttpProtocol::pipelinedRequestsAreAnsweredInOrder()
{
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(m_server.baseUrl()));
    // Five requests in one write, with a body in the middle; the last asks to close.
    const QByteArray body = "{}";
    QVERIFY(
        connection.send("GET /api/v1/health HTTP/1.1\r\nHost: test\r\n\r\n"
                        "GET /api/v1/me HTTP/1.1\r\nHost: test\r\n\r\n"
                        "POST /api/v1/health HTTP/1.1\r\nHost: test\r\n"
                        "Content-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body +
                        "GET /nothing-here HTTP/1.1\r\nHost: test\r\n\r\n"
                        "HEAD /api/v1/health HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"));
    const QList<int> expected{200, 401, 405, 404, 200};
    for (int i = 0; i < expected.size(); ++i) {
        const auto response = connection.readResponse(5000, i == expected.size() - 1);
        QVERIFY2(response, qPrintable(QStringLiteral("answer %1 missing").arg(i + 1)));
        QCOMPARE(response->status, expected.at(i));
    }
    QVERIFY(connection.waitForClose(2000));
    QVERIFY(connection.pending().isEmpty());
}

void TestHttpProtocol::malformedRequestsGet400()
{
    for (const QByteArray &request :
         {QByteArray("NOT HTTP AT ALL\r\n\r\n"),
          QByteArray("GET /api/v1/health HTTP/1.1\r\n\r\n"), // no Host
          QByteArray("POST /api/v1/invitations/x/accept HTTP/1.1\r\nHost: t\r\n"
                     "Content-Length: 12abc\r\n\r\n")}) {
        RawHttpConnection connection;
        QVERIFY(connection.connectTo(m_server.baseUrl()));
        QVERIFY(connection.send(request));
        const auto response = connection.readResponse(5000);
        QVERIFY2(response, request.constData());
        QCOMPARE(response->status, 400);
        QCOMPARE(errorCode(*response), QStringLiteral("invalid_request"));
        QVERIFY(connection.waitForClose(5000));
    }
}

QTEST_GUILESS_MAIN(TestHttpProtocol)
#include "TestHttpProtocol.moc"
