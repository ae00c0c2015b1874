#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

/// Debian's chromium, headless, driven over the Chrome DevTools protocol
/// (a WebSocket on a loopback port the browser picks), so that a test can
/// load a page, type into it and click like a user. Every wait is bounded.
class HeadlessChromium
{
public:
    HeadlessChromium() = default;
    ~HeadlessChromium(); ///< closes the browser (kill after 5 s)

    /// The chromium executable on PATH ("chromium" or "chromium-browser"); empty when none.
    static QString executable();
    /// Chromium's flags for a quiet, isolated headless run with `profileDir`.
    static QStringList baseArguments(const QString &profileDir);

    /// Starts the browser with a fresh profile and connects to it; false with
    /// errorString() when it does not come up within 30 s.
    bool start();
    /// Opens `url` in a new tab and attaches to it; with `scriptsDisabled`
    /// the page runs no JavaScript of its own (DevTools evaluation still
    /// works), as in a browser with JavaScript turned off. False on failure.
    bool open(const QUrl &url, bool scriptsDisabled = false);
    /// Evaluates `expression` in the page; its value (JSON), or an undefined
    /// QJsonValue on failure or exception.
    QJsonValue evaluate(const QString &expression);
    /// Types `text` into the focused element, as a keyboard would (Input.insertText).
    bool insertText(const QString &text);
    /// Presses and releases the left mouse button at page coordinates (CSS pixels).
    bool click(double x, double y);

    QString errorString() const { return m_error; }

private:
    /// Sends one DevTools command and waits up to 15 s for its answer;
    /// the "result" object, or an empty object with errorString() set.
    QJsonObject call(const QString &method, const QJsonObject &params = {}, bool toPage = true);

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_answers;
    int m_nextId = 1;
    QString m_sessionId;
    QString m_error;
};
