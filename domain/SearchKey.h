#pragma once

#include <QString>
#include <QStringView>

/// Search keys for the literal, case- and accent-insensitive search of the
/// lists ("jose" finds "José", "LUKASZ" finds "Łukasz"). One rule for the
/// server's `q` and the app's search field, so both find the same people.
namespace SearchKey {

/// Folds `text`: Unicode compatibility decomposition (NFKD), combining marks
/// dropped, a few letters without a decomposition mapped to their base
/// (ł → l, ø → o, đ → d, ß and ẞ → ss, æ → ae, œ → oe, ı → i), then Unicode case
/// folding. Empty input gives an empty key. The same function folds stored
/// names and the typed query, so a match is `key.contains(fold(query))`.
QString fold(QStringView text);

/// The stored key of a person: fold(fullName) + "\n" + fold(email). The line
/// break keeps a query from matching across the two fields.
QString forPerson(QStringView fullName, QStringView email);

} // namespace SearchKey
