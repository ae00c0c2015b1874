#pragma once

#include <QString>

/// One page of a list (docs/openapi.json, the lists' `offset` and `limit`),
/// already validated by the HTTP layer.
struct PageRequest
{
    int page = 0;      ///< from 0
    int size = 50;     ///< 1…1000
    QString sortField; ///< an API field name from the list's whitelist; empty = default
    bool descending = false;
    QString foldedQuery; ///< SearchKey::fold of `q`; empty = no search

    qint64 offset() const { return static_cast<qint64>(page) * size; }
};
