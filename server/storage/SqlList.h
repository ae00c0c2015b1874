#pragma once

#include <QString>
#include <QVariantList>

/// Helpers for `IN (?, ?, …)` lists of ids in prepared statements.
namespace SqlList {

/// Appends `ids` to `values`, padded with 0 (an id no row has) up to one of a
/// few fixed lengths, and returns the matching "?,?,…" text. The padding keeps
/// the statement cache at a handful of texts instead of one per list length.
template<typename Ids> QString bind(const Ids &ids, QVariantList &values)
{
    qsizetype count = ids.size();
    for (qsizetype bucket : {8, 64, 256, 1024}) {
        if (count <= bucket) {
            count = bucket;
            break;
        }
    }
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i) {
        text += i ? QStringLiteral(",?") : QStringLiteral("?");
        values.append(i < ids.size() ? QVariant(ids.at(i)) : QVariant(0));
    }
    return text;
}

} // namespace SqlList
