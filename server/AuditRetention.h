#pragma once

#include "Database.h"
#include "DatabaseLocation.h"

#include <QObject>
#include <QTimer>

/// `--audit-retention-days N`: events older than N days leave the audit
/// log, once at start (prune(), before the server listens) and then on a
/// timer. Its own database connection, so that a long prune shares nothing
/// with the requests' connection. With several servers on one PostgreSQL
/// database each prunes, and AuditLog::prune's organization lock makes every
/// event go once and be recorded once ("audit.pruned").
class AuditRetention : public QObject
{
    Q_OBJECT

public:
    /// `retentionDays` ≥ 1; `intervalSeconds` 1…604800 between timed prunes.
    AuditRetention(const DatabaseLocation &location, int retentionDays, int intervalSeconds,
                   QObject *parent = nullptr);

    /// Opens the connection and prunes once. Throws StorageError when the
    /// database cannot be opened; a failed prune is logged (stderr) and
    /// tried again at the next tick.
    void start();
    /// Removes the events older than the retention now; logs what it removed.
    /// Returns the number removed, -1 on a storage error (logged).
    qint64 prune();

private:
    DatabaseLocation m_location;
    Database m_db{QStringLiteral("audit-retention")};
    int m_retentionDays;
    QTimer m_timer;
};
