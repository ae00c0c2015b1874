#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGINT and SIGTERM into a Qt signal, safely: the POSIX handler only
/// writes a byte to a self-pipe; a QSocketNotifier reads it in the event loop.
/// One instance per process. On Windows it does nothing (console close events
/// end the process).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    /// SIGINT or SIGTERM arrived; `signalNumber` says which.
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
