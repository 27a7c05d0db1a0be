#pragma once

#include "disco/DiscoInfo.h"
#include "im/Presence.h"

#include <QByteArray>
#include <QString>

namespace Linnet {

// The outcome of checking a disco#info response against an advertised caps 'ver'.
struct CapsVerification
{
    bool valid = false;
    QString sentence; // why not, for the user and the log; empty when valid
};

// XEP-0115 entity capabilities: the verification string of §5.1 and the checks of §5.4.
class Caps
{
public:
    static constexpr QStringView Sha1 = u"sha-1";

    // S of §5.1 in UTF-8: identities, features and extended forms, each sorted by octets.
    // Forms without a hidden FORM_TYPE are left out, as §5.4 says to ignore them.
    static QByteArray verificationInput(const DiscoInfo &info);
    // The 'ver' of §5.1: SHA-1 of S, in Base64.
    static QString computeVer(const DiscoInfo &info);
    // The §5.4 rules that make a response ill-formed (duplicate identities, features or form
    // types, a FORM_TYPE with different values); a sentence, or empty when well-formed.
    static QString wellFormednessProblem(const DiscoInfo &info);
    // Whether info is what advertised.ver promises. Only sha-1 is supported.
    static CapsVerification verify(const DiscoInfo &info, const CapsInfo &advertised);
    static bool isSupportedHash(QStringView hash) { return hash == Sha1; }
};

} // namespace Linnet
