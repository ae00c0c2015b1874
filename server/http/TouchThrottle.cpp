#include "TouchThrottle.h"

bool TouchThrottle::isDue(qint64 organizationId, qint64 userId, qint64 nowMs)
{
    const QPair<qint64, qint64> key(organizationId, userId);
    const QMutexLocker locker(&m_mutex);
    const auto last = m_lastMs.constFind(key);
    if (last != m_lastMs.constEnd() && nowMs - last.value() < m_intervalMs)
        return false;
    m_lastMs.insert(key, nowMs);
    return true;
}
