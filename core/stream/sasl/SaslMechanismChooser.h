#pragma once

#include "stream/sasl/ChannelBinding.h"
#include "stream/sasl/SaslMechanism.h"

#include <QStringList>
#include <memory>

namespace Linnet {

struct SaslCredentials
{
    QString username; // the localpart of the account's address
    QString password;
};

struct SaslContext
{
    bool tlsActive = false;
    // The tls-server-end-point data of this connection, if it could be computed.
    std::optional<ChannelBinding> channelBinding;
    // From XEP-0440 <sasl-channel-binding/>; empty if the server did not advertise it.
    QStringList serverChannelBindingTypes;
    bool allowPlain = false;
    // The mechanism this account signed in with before, if it is remembered: mechanisms
    // weaker than it are refused (a SASL downgrade by someone between us and the server).
    QString pinnedMechanism;
};

// The order above as a number, higher is stronger; -1 for a name Linnet does not speak.
int saslMechanismStrength(const QString &mechanism);

// Picks the strongest acceptable mechanism among those the server offered:
// SCRAM-SHA-512-PLUS > -256-PLUS > -1-PLUS > SCRAM-SHA-512 > -256 > -1 > PLAIN.
// A -PLUS mechanism is used only when we have channel binding data of a type the server
// advertised through XEP-0440. PLAIN only over TLS and when allowed. Nothing weaker than
// context.pinnedMechanism is ever chosen. Returns nullptr, with a
// sentence for the user in *whyNone, when nothing is acceptable.
std::unique_ptr<SaslMechanism> chooseSaslMechanism(const QStringList &offered,
                                                   const SaslCredentials &credentials,
                                                   const SaslContext &context, QString *whyNone);

} // namespace Linnet
