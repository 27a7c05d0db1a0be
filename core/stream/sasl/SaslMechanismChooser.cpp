#include "stream/sasl/SaslMechanismChooser.h"

#include "Logging.h"
#include "stream/sasl/PlainClient.h"
#include "stream/sasl/ScramClient.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

constexpr std::array scramHashesStrongestFirst{ScramHash::Sha512, ScramHash::Sha256,
                                               ScramHash::Sha1};

bool offersAnyPlus(const QStringList &offered)
{
    return std::any_of(offered.begin(), offered.end(), [](const QString &mechanism) {
        return mechanism.startsWith(u"SCRAM-"_s) && mechanism.endsWith(u"-PLUS"_s);
    });
}

constexpr std::array mechanismsWeakestFirst{u"PLAIN",
                                            u"SCRAM-SHA-1",
                                            u"SCRAM-SHA-256",
                                            u"SCRAM-SHA-512",
                                            u"SCRAM-SHA-1-PLUS",
                                            u"SCRAM-SHA-256-PLUS",
                                            u"SCRAM-SHA-512-PLUS"};

// What the server offered, without what is weaker than the pinned mechanism.
QStringList atLeastPinned(const QStringList &offered, const QString &pinned)
{
    const int floor = saslMechanismStrength(pinned);
    if (floor < 0)
        return offered;
    QStringList kept;
    for (const QString &mechanism : offered) {
        if (saslMechanismStrength(mechanism) >= floor)
            kept.append(mechanism);
    }
    return kept;
}

QString explainNone(const QStringList &offered, const SaslContext &context)
{
    if (offered.isEmpty())
        return QCoreApplication::translate("Linnet::SaslMechanismChooser",
                                           "The server offers no way to sign in.");
    if (atLeastPinned(offered, context.pinnedMechanism).isEmpty())
        return QCoreApplication::translate(
                   "Linnet::SaslMechanismChooser",
                   "The server now offers only weaker ways to sign in (%1) than this account "
                   "used before (%2). Someone between you and the server may be interfering, so "
                   "Linnet did not send your password.")
            .arg(offered.join(u", "_s), context.pinnedMechanism);
    if (offered.contains(u"PLAIN"_s)) {
        if (!context.tlsActive)
            return QCoreApplication::translate(
                "Linnet::SaslMechanismChooser",
                "The server only accepts passwords sent as they are, and the connection "
                "is not encrypted, so Linnet did not sign in.");
        return QCoreApplication::translate(
            "Linnet::SaslMechanismChooser",
            "The server only accepts passwords sent as they are (PLAIN), which is turned "
            "off for this account.");
    }
    if (offersAnyPlus(offered))
        return QCoreApplication::translate(
            "Linnet::SaslMechanismChooser",
            "The server only offers sign-in methods bound to the secure channel, and "
            "Linnet could not bind to this connection.");
    return QCoreApplication::translate(
               "Linnet::SaslMechanismChooser",
               "The server offers no sign-in method that Linnet supports (it offers %1).")
        .arg(offered.join(u", "_s));
}

std::unique_ptr<SaslMechanism>
choose(const QStringList &offered, const SaslCredentials &credentials, const SaslContext &context)
{
    const bool canBind = context.tlsActive && context.channelBinding &&
                         context.serverChannelBindingTypes.contains(context.channelBinding->type);
    if (canBind) {
        for (const ScramHash hash : scramHashesStrongestFirst) {
            if (offered.contains(ScramClient::mechanismName(hash, true))) {
                return std::make_unique<ScramClient>(
                    hash, credentials.username, credentials.password, ScramChannelBinding::Bound,
                    context.channelBinding);
            }
        }
    }

    // 'y' tells the server "I could bind, but you seem unable to". A server that offered a
    // -PLUS mechanism must then fail the exchange as a downgrade attack, so when the server
    // offers -PLUS that we cannot use (no XEP-0440 type in common, or no data), say 'n'.
    const bool weCouldBind = context.tlsActive && context.channelBinding.has_value();
    const ScramChannelBinding flag = weCouldBind && !offersAnyPlus(offered)
                                         ? ScramChannelBinding::ServerSeemsNotToSupport
                                         : ScramChannelBinding::NotSupported;
    for (const ScramHash hash : scramHashesStrongestFirst) {
        if (offered.contains(ScramClient::mechanismName(hash, false)))
            return std::make_unique<ScramClient>(hash, credentials.username, credentials.password,
                                                 flag);
    }

    if (offered.contains(u"PLAIN"_s) && context.tlsActive && context.allowPlain)
        return std::make_unique<PlainClient>(credentials.username, credentials.password, true);
    return nullptr;
}

} // namespace

int saslMechanismStrength(const QString &mechanism)
{
    for (std::size_t i = 0; i < mechanismsWeakestFirst.size(); ++i) {
        if (mechanism == mechanismsWeakestFirst[i])
            return int(i);
    }
    return -1;
}

std::unique_ptr<SaslMechanism> chooseSaslMechanism(const QStringList &offered,
                                                   const SaslCredentials &credentials,
                                                   const SaslContext &context, QString *whyNone)
{
    auto mechanism = choose(atLeastPinned(offered, context.pinnedMechanism), credentials, context);
    if (mechanism) {
        qCDebug(lcSasl) << "Chose" << mechanism->name() << "among" << offered
                        << "; advertised channel bindings:" << context.serverChannelBindingTypes;
        return mechanism;
    }
    const QString why = explainNone(offered, context);
    qCWarning(lcSasl) << "No acceptable SASL mechanism among" << offered << "-" << why;
    if (whyNone)
        *whyNone = why;
    return nullptr;
}

} // namespace Linnet
