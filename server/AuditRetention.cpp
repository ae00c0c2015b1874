#include "AuditRetention.h"

#include "AuditLog.h"
#include "StorageError.h"

#include <QDateTime>

#include <cstdio>

namespace {

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

AuditRetention::AuditRetention(const DatabaseLocation &location, int retentionDays,
                               int intervalSeconds, QObject *parent)
    : QObject(parent), m_location(location), m_retentionDays(retentionDays)
{
    m_timer.setInterval(intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AuditRetention::prune);
}

void AuditRetention::start()
{
    m_db.open(m_location);
    prune();
    m_timer.start();
}

qint64 AuditRetention::prune()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime before = now.addDays(-m_retentionDays);
    try {
        const qint64 removed = AuditLog(m_db).prune(before, m_retentionDays, now);
        if (removed > 0)
            log(tr("Audit log: %1 events older than %2 days removed.")
                    .arg(removed)
                    .arg(m_retentionDays));
        m_db.releaseStatements();
        return removed;
    } catch (const StorageError &error) {
        log(tr("Audit log: pruning failed, tried again later: %1").arg(error.message()));
        return -1;
    }
}
