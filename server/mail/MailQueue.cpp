#include "MailQueue.h"

#include "MailEncoding.h"
#include "SmtpWorker.h"
#include "StorageError.h"

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

MailQueue::MailQueue(Database &database, const SmtpSettings &settings, QObject *parent)
    : QObject(parent), m_store(database), m_settings(settings)
{
    // Once per process, before any thread uses libcurl.
    curl_global_init(CURL_GLOBAL_DEFAULT);
    auto *worker = new SmtpWorker(m_settings, &m_abort);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &MailQueue::deliverRequested, worker, &SmtpWorker::deliver);
    connect(worker, &SmtpWorker::finished, this, &MailQueue::onFinished);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailQueue::schedule);
    m_thread.setObjectName(QStringLiteral("smtp"));
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

QString MailQueue::send(const MailMessage &message)
{
    const QByteArray encoded = MailEncoding::encode(message, MailEncoding::newMessageId(message));
    try {
        m_store.enqueue(message.invitationId, message.fromAddress.toUtf8(),
                        message.toAddress.toUtf8(), encoded, QDateTime::currentDateTimeUtc());
    } catch (const StorageError &error) {
        return tr("cannot queue the email: %1").arg(error.message());
    }
    // After the answer has gone out: the request never waits for SMTP.
    if (m_started)
        QMetaObject::invokeMethod(this, &MailQueue::schedule, Qt::QueuedConnection);
    return {};
}

void MailQueue::start()
{
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
    schedule();
}

void MailQueue::schedule()
{
    if (m_inFlight != 0 || m_abort)
        return;
    try {
        if (m_unrecorded) {
            record(*m_unrecorded);
            m_unrecorded.reset();
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const auto mail = m_store.nextDue(now)) {
            m_timer.stop();
            m_inFlight = mail->id;
            m_inFlightAttempts = mail->attempts;
            m_inFlightRecipient = mail->recipient;
            emit deliverRequested(mail->id, mail->sender, mail->recipient, mail->message);
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

void MailQueue::onFinished(qint64 id, bool delivered, bool permanent, const QString &reason)
{
    if (id != m_inFlight)
        return;
    m_inFlight = 0;
    const Outcome outcome{id,        m_inFlightAttempts + 1,
                          delivered, permanent,
                          reason,    QString::fromUtf8(m_inFlightRecipient)};
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
    if (outcome.delivered) {
        m_store.markSent(outcome.id, now);
        log(tr("Email %1 to %2 delivered.").arg(outcome.id).arg(outcome.recipient));
        return;
    }
    QDateTime retryAt;
    if (!outcome.permanent && outcome.attempts < m_settings.maxAttempts)
        retryAt = now.addSecs(retryDelaySeconds(m_settings.retryBaseSeconds, outcome.attempts));
    m_store.markFailed(outcome.id, outcome.attempts, outcome.reason, retryAt,
                       tr("email not delivered: %1").arg(outcome.reason), now);
    log(retryAt.isValid() ? tr("Email %1 to %2 not delivered (attempt %3): %4; next attempt at %5.")
                                .arg(outcome.id)
                                .arg(outcome.recipient)
                                .arg(outcome.attempts)
                                .arg(outcome.reason, retryAt.toString(Qt::ISODate))
                          : tr("Email %1 to %2 not delivered (attempt %3): %4; giving up.")
                                .arg(outcome.id)
                                .arg(outcome.recipient)
                                .arg(outcome.attempts)
                                .arg(outcome.reason));
}
