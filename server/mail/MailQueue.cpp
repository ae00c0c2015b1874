#include "MailQueue.h"

#include "MailWorker.h"
#include "StorageError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <curl/curl.h>

#include <cstdio>

namespace {

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

// The timer's longest wait: a clock change cannot delay delivery beyond it.
constexpr qint64 MaxWaitMs = 60 * 60 * 1000;

} // namespace

MailQueue::MailQueue(const DatabaseLocation &location, std::unique_ptr<MailTransport> transport,
                     const MailQueueSettings &settings, QObject *parent)
    : QObject(parent), m_location(location), m_db(QStringLiteral("testops-mail-queue")),
      m_store(m_db), m_transport(std::move(transport)), m_settings(settings)
{
    qRegisterMetaType<QueuedMail>();
    qRegisterMetaType<MailTransport::Result>();
    // Once per process, before any thread uses libcurl.
    curl_global_init(CURL_GLOBAL_DEFAULT);
    auto *worker = new MailWorker(*m_transport, &m_abort);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &MailQueue::deliverRequested, worker, &MailWorker::deliver);
    connect(worker, &MailWorker::finished, this, &MailQueue::onFinished);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailQueue::schedule);
    m_poll.setInterval(std::max(1, m_settings.pollSeconds) * 1000);
    connect(&m_poll, &QTimer::timeout, this, &MailQueue::schedule);
    m_thread.setObjectName(QStringLiteral("mail"));
    m_thread.start();
}

MailQueue::~MailQueue()
{
    m_abort = true;
    m_thread.quit();
    m_thread.wait();
    curl_global_cleanup();
}

qint64 MailQueue::retryDelaySeconds(int retryBaseSeconds, int failures)
{
    const qint64 base = std::max(1, retryBaseSeconds);
    qint64 delay = base;
    for (int i = 1; i < failures && delay < 120 * base; ++i)
        delay *= 4;
    return std::min(delay, 120 * base);
}

void MailQueue::wake()
{
    // From any thread, after the request's commit: the answer goes out first.
    QMetaObject::invokeMethod(this, &MailQueue::schedule, Qt::QueuedConnection);
}

void MailQueue::start()
{
    m_db.open(m_location);
    if (m_db.dialect().isPostgreSql()) {
        // Another server's new message wakes this one at its commit.
        QSqlDriver *driver = m_db.driver();
        if (driver->subscribeToNotification(MailQueueStore::notificationChannel())) {
            connect(driver, &QSqlDriver::notification, this, &MailQueue::schedule);
        } else {
            log(tr("Mail queue: no notifications from the database (%1); polling every %2 s.")
                    .arg(driver->lastError().text(), QString::number(m_settings.pollSeconds)));
        }
    }
    m_started = true;
    try {
        // Finished messages are kept 30 days for an administrator's questions.
        m_store.prune(QDateTime::currentDateTimeUtc().addDays(-30));
        const qint64 queued = m_store.count(0);
        if (queued > 0)
            log(tr("Mail queue: %n email(s) waiting from before.", nullptr, int(queued)));
    } catch (const StorageError &error) {
        log(tr("Mail queue: %1").arg(error.message()));
    }
    m_poll.start();
    schedule();
}

void MailQueue::schedule()
{
    if (!m_started || m_inFlight || m_abort)
        return;
    try {
        if (m_unrecorded) {
            record(*m_unrecorded);
            m_unrecorded.reset();
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (auto mail = m_store.claimNext(now, m_settings.leaseSeconds)) {
            m_timer.stop();
            m_inFlight = std::move(mail);
            emit deliverRequested(*m_inFlight);
            return;
        }
        const QDateTime next = m_store.nextAttemptAt();
        if (next.isValid())
            m_timer.start(static_cast<int>(std::clamp(now.msecsTo(next), qint64(0), MaxWaitMs)));
    } catch (const StorageError &error) {
        log(tr("Mail queue: %1").arg(error.message()));
        m_timer.start(5000);
    }
}

void MailQueue::onFinished(qint64 id, const MailTransport::Result &result)
{
    if (!m_inFlight || id != m_inFlight->id)
        return;
    const Outcome outcome{id, m_inFlight->attempts + 1, result,
                          QString::fromUtf8(m_inFlight->recipient)};
    m_inFlight.reset();
    try {
        record(outcome);
    } catch (const StorageError &error) {
        log(tr("Mail queue: %1").arg(error.message()));
        m_unrecorded = outcome;
        m_timer.start(5000);
        return;
    }
    schedule();
}

void MailQueue::record(const Outcome &outcome)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (outcome.result.delivered) {
        m_store.markSent(outcome.id, now);
        log(tr("Email %1 to %2 delivered.").arg(QString::number(outcome.id), outcome.recipient));
        return;
    }
    QDateTime retryAt;
    if (!outcome.result.permanent && outcome.attempts < m_settings.maxAttempts)
        retryAt = now.addSecs(retryDelaySeconds(m_settings.retryBaseSeconds, outcome.attempts));
    const QString &reason = outcome.result.reason;
    m_store.markFailed(outcome.id, outcome.attempts, reason, retryAt,
                       tr("email not delivered: %1").arg(reason), now);
    // One arg() call per line: chained calls would read a "%1" inside the
    // address (valid in a local part) or the SMTP answer as a placeholder.
    const QString id = QString::number(outcome.id);
    const QString attempt = QString::number(outcome.attempts);
    log(retryAt.isValid()
            ? tr("Email %1 to %2 not delivered (attempt %3): %4; next attempt at %5.")
                  .arg(id, outcome.recipient, attempt, reason, retryAt.toString(Qt::ISODate))
            : tr("Email %1 to %2 not delivered (attempt %3): %4; giving up.")
                  .arg(id, outcome.recipient, attempt, reason));
}
