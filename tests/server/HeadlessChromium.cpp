#include "HeadlessChromium.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

HeadlessChromium::~HeadlessChromium()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.close();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString HeadlessChromium::executable()
{
    for (const QString &name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QStringList HeadlessChromium::baseArguments(const QString &profileDir)
{
    return {QStringLiteral("--headless"),
            QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"),
            QStringLiteral("--disable-quic"),
            QStringLiteral("--no-first-run"),
            QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"),
            QStringLiteral("--disable-sync"),
            QStringLiteral("--disable-dev-shm-usage"),
            QStringLiteral("--user-data-dir=") + profileDir};
}

bool HeadlessChromium::start()
{
    if (!m_profile.isValid()) {
        m_error = QStringLiteral("no temporary profile directory");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), baseArguments(m_profile.path())
                                      << QStringLiteral("--remote-debugging-address=127.0.0.1")
                                      << QStringLiteral("--remote-debugging-port=0")
                                      << QStringLiteral("about:blank"));
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // Chromium announces its DevTools endpoint on stderr.
    static const QRegularExpression listening(QStringLiteral("DevTools listening on (ws://\\S+)"));
    QString log;
    QUrl endpoint;
    const QDeadlineTimer deadline(30000);
    while (endpoint.isEmpty() && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        log += QString::fromUtf8(m_process.readAllStandardError());
        const QRegularExpressionMatch match = listening.match(log);
        if (match.hasMatch())
            endpoint = QUrl(match.captured(1));
    }
    if (endpoint.isEmpty()) {
        m_error = QStringLiteral("chromium gave no DevTools endpoint: ") + log.right(2000);
        return false;
    }

    QObject::connect(
        &m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.contains(QLatin1String("id")))
                m_answers.insert(message.value(QLatin1String("id")).toInt(), message);
        });
    QEventLoop loop;
    QObject::connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    m_socket.open(endpoint);
    loop.exec();
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_error = QStringLiteral("cannot connect to DevTools: ") + m_socket.errorString();
        return false;
    }
    return true;
}

QJsonObject HeadlessChromium::call(const QString &method, const QJsonObject &params, bool toPage)
{
    m_error.clear();
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("params"), params}};
    if (toPage && !m_sessionId.isEmpty())
        message.insert(QStringLiteral("sessionId"), m_sessionId);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));

    const QDeadlineTimer deadline(15000);
    while (!m_answers.contains(id) && !deadline.hasExpired() &&
           m_socket.state() == QAbstractSocket::ConnectedState) {
        QEventLoop loop;
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QJsonObject answer = m_answers.take(id);
    if (answer.isEmpty()) {
        m_error = method + QStringLiteral(": no answer");
        return {};
    }
    if (answer.contains(QLatin1String("error"))) {
        m_error = method + QStringLiteral(": ") +
                  QString::fromUtf8(
                      QJsonDocument(answer.value(QLatin1String("error")).toObject()).toJson());
        return {};
    }
    return answer.value(QLatin1String("result")).toObject();
}

bool HeadlessChromium::open(const QUrl &url, bool scriptsDisabled)
{
    // A blank tab first, so that settings apply before the page loads.
    const QJsonObject target =
        call(QStringLiteral("Target.createTarget"),
             {{QStringLiteral("url"), QStringLiteral("about:blank")}}, false);
    const QString targetId = target.value(QLatin1String("targetId")).toString();
    if (targetId.isEmpty())
        return false;
    const QJsonObject attached =
        call(QStringLiteral("Target.attachToTarget"),
             {{QStringLiteral("targetId"), targetId}, {QStringLiteral("flatten"), true}}, false);
    m_sessionId = attached.value(QLatin1String("sessionId")).toString();
    if (m_sessionId.isEmpty())
        return false;
    if (scriptsDisabled) {
        call(QStringLiteral("Emulation.setScriptExecutionDisabled"),
             {{QStringLiteral("value"), true}});
        if (!m_error.isEmpty())
            return false;
    }
    const QJsonObject navigated =
        call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}});
    if (navigated.contains(QLatin1String("errorText"))) {
        m_error = QStringLiteral("Page.navigate: ") +
                  navigated.value(QLatin1String("errorText")).toString();
        return false;
    }
    return m_error.isEmpty();
}

QJsonValue HeadlessChromium::evaluate(const QString &expression)
{
    const QJsonObject result =
        call(QStringLiteral("Runtime.evaluate"),
             {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}});
    if (result.isEmpty() || result.contains(QLatin1String("exceptionDetails")))
        return QJsonValue(QJsonValue::Undefined);
    return result.value(QLatin1String("result")).toObject().value(QLatin1String("value"));
}

bool HeadlessChromium::insertText(const QString &text)
{
    call(QStringLiteral("Input.insertText"), {{QStringLiteral("text"), text}});
    return m_error.isEmpty();
}

bool HeadlessChromium::click(double x, double y)
{
    for (const QString &type : {QStringLiteral("mousePressed"), QStringLiteral("mouseReleased")}) {
        call(QStringLiteral("Input.dispatchMouseEvent"),
             {{QStringLiteral("type"), type},
              {QStringLiteral("x"), x},
              {QStringLiteral("y"), y},
              {QStringLiteral("button"), QStringLiteral("left")},
              {QStringLiteral("clickCount"), 1}});
    }
    return m_error.isEmpty();
}
