#pragma once

#include <QRandomGenerator>
#include <QString>

/// A made-up person for the demonstration data.
struct DemoPerson
{
    QString fullName;   ///< as written in the person's script
    QString emailLocal; ///< ASCII local part derived from a romanized name
};

/// Names from many languages and scripts (accents, CJK, right-to-left,
/// apostrophes, hyphens, very long names) for the demonstration organization.
namespace DemoNames {

/// A person drawn from `random`; `serial` makes the address unique
/// (e.g. "jose.alvarez.123"). Same generator state, same person.
DemoPerson person(QRandomGenerator &random, int serial);

/// Names that every demo database holds, so that searches by accent, script
/// and punctuation always have something to find; index in [0, count()).
DemoPerson showcase(int index);
int showcaseCount();

} // namespace DemoNames
