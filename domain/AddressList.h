#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/// One piece of a pasted address list: a candidate address to check, or a
/// piece that is not a well-formed mailbox or addr-spec as a whole.
struct AddressListPiece
{
    /// The candidate addr-spec (the content of `<…>` for a mailbox, with a
    /// `mailto:` scheme and query removed), or for a malformed piece the whole
    /// piece as pasted; invisible characters at the ends removed, never empty.
    QString text;
    /// Why the piece is malformed, a translated sentence ("EmailAddress"
    /// context); empty when `text` is a candidate for EmailAddress::check.
    QString error;
};

/// The splitter behind EmailAddress::splitList and checkList; its rules are
/// documented there. Linear time in the length of the text, whatever it holds.
namespace AddressList {

/// Splits pasted text into pieces, in order; empty pieces are dropped.
QList<AddressListPiece> split(QStringView text);

} // namespace AddressList
