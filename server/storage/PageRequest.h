#pragma once

#include <QString>
#include <QVariant>

#include <optional>

/// Where a page of keyset paging starts: right after the row with this sort
/// value and id, in the order of `sort` (docs/openapi.json, a list's `after`,
/// made from an earlier answer's `next`). Unlike an offset, it does not move
/// when rows before it are added or removed while a client pages.
struct PageKey
{
    QString sort;   ///< the list's sort it belongs to: "field,asc" or "field,desc"
    QVariant value; ///< the last row's sort value: text, a whole number, or null
    qint64 id = 0;  ///< the last row's id, which breaks sort ties
};

/// One page of a list (docs/openapi.json, the lists' `page`, `size` and
/// `after`), already validated by the HTTP layer.
struct PageRequest
{
    int page = 0;      ///< from 0
    int size = 50;     ///< 1…1000
    QString sortField; ///< an API field name from the list's whitelist; empty = default
    bool descending = false;
    QString foldedQuery; ///< SearchKey::fold of `q`; empty = no search
    /// Keyset paging: the page starts after this row (`page` is then 0).
    std::optional<PageKey> after;

    qint64 offset() const { return static_cast<qint64>(page) * size; }
};
