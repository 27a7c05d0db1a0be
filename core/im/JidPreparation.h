#pragma once

#include <QString>
#include <QStringView>

// The RFC 7622 preparation of each part of an address, as the PRECIS profiles it names
// (UsernameCaseMapped for the localpart, IDNA for the domainpart, OpaqueString for the
// resourcepart). The PRECIS classes are approximated from Unicode general categories;
// the bidi rule and the contextual rules for joiners are not applied.
namespace Linnet {

struct PreparedJidPart
{
    QString value;
    QString error; // a short human reason when the part is not acceptable
    bool ok() const { return error.isEmpty(); }
};

// Width-mapped, case-folded, NFC; rejects what the IdentifierClass disallows and the eight
// ASCII characters RFC 7622 forbids in a localpart.
PreparedJidPart prepareLocalpart(QStringView local);
// One trailing dot removed; an IPv6 literal in brackets, or an IDNA domain name returned
// lower-cased in Unicode (U-label) form.
PreparedJidPart prepareDomainpart(QStringView domain);
// Non-ASCII spaces mapped to U+0020, NFC; case and symbols kept; controls rejected.
PreparedJidPart prepareResourcepart(QStringView resource);

} // namespace Linnet
