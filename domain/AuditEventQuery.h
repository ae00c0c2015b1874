#pragma once

#include "AuditEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

/// The filters and the position of a request for a page of the audit log
/// (GET …/audit-events), shared by the app, which writes them into a URL
/// query, and the server, which reads them: one place for the parameter names.
///
/// Parameters: `action` (a wire name, repeatable: any of them), `actorId`,
/// `targetUserId` (a user id), `from` and `to` (ISO 8601 date-times with "Z"
/// or an offset; `from` inclusive, `to` exclusive), `q` (literal, case- and
/// accent-insensitive, over the names and addresses of actor and target and
/// the target's label), `cursor` (opaque, from the previous page's
/// nextCursor), `size` (1…1000, default 50) and `page` (from 0: an offset,
/// slower on a long log; not together with `cursor`).
struct AuditEventQuery
{
    QList<AuditAction> actions; ///< empty: every action; never Unknown
    qint64 actorId = 0;         ///< 0: anyone (and no one)
    qint64 targetUserId = 0;    ///< 0: any target
    QDateTime from;             ///< invalid: no lower bound
    QDateTime to;               ///< invalid: no upper bound
    QString search;             ///< as typed (not folded); empty: no search
    QString cursor;             ///< empty: the newest page
    int size = 50;
    int page = -1; ///< -1: not given (cursor paging)

    /// The parameters as a URL query, only those that are set; `size` always.
    QUrlQuery toUrlQuery() const;

    /// Why a URL query was refused: the parameter and a sentence.
    struct Error
    {
        QString parameter;
        QString message;
    };
    /// Reads a URL query. An unknown action, an id that is not a positive
    /// whole number, a time that is not ISO 8601, `to` not after `from`, a
    /// size outside 1…1000, a negative page, `page` with `cursor`, or a
    /// parameter other than `action` given twice gives the Error (std::nullopt
    /// result). Unknown parameters are ignored. The cursor is not checked here.
    static std::optional<AuditEventQuery> fromUrlQuery(const QUrlQuery &query, Error *error);
};
