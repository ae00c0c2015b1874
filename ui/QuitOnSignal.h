#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM, SIGINT and SIGHUP into a normal QCoreApplication::quit(),
/// so that a desktop session logging out, `kill`, or Ctrl+C in a terminal
/// run the destructors — above all the one that stops the bundled local
/// server, which would otherwise outlive the app. Unix only; elsewhere it
/// does nothing. Uses the self-pipe technique: the handler only writes one
/// byte (async-signal-safe), and the event loop does the rest.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    /// Installs the handlers; create one, after the QCoreApplication.
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};
