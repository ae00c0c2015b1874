#pragma once

#include <QString>
#include <QStringView>

/// What a reader can see of a text: the one notion of an invisible character
/// that addresses, names and ids share (server and app alike).
namespace VisibleText {

/// Whether code point `c` is one a user cannot see or tell apart from a
/// space: every Unicode space (U+0020, U+00A0, U+2000…U+200A, U+202F,
/// U+3000…), line breaks and other controls (C0, DEL, C1), format characters
/// (U+00AD, U+200B…U+200F, U+2060…U+2064, U+FEFF, bidi controls) and the
/// fillers that render blank (U+034F, U+115F, U+1160, U+180E, U+2800,
/// U+3164, U+FFA0). Unpaired surrogates are not code points; callers that
/// meet one decide themselves.
bool isInvisible(char32_t c);

/// `text` without invisible characters at either end (those inside are kept).
/// Empty or all-invisible input gives an empty string. Linear time.
QString trimmed(QStringView text);

/// Whether `text` holds at least one character that is not invisible. Empty
/// input gives false. Linear time.
bool hasVisible(QStringView text);

} // namespace VisibleText
