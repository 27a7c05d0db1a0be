// Harnesses for what comes before and around stanzas: stream features, stream errors, SASL
// (failures and the SCRAM server messages) and XEP-0198 stream management.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "stream/SaslFailure.h"
#include "stream/StanzaError.h"
#include "stream/StreamError.h"
#include "stream/StreamFeatures.h"
#include "stream/StreamManagement.h"
#include "stream/sasl/SaslChannelBindingTypes.h"
#include "stream/sasl/ScramClient.h"
#include "xml/namespaces.h"

namespace Linnet::Fuzz {

namespace {

const Jid Own = Jid::parse(u"juliet@capulet.lit/balcony");

Element chatMessage(int number)
{
    Element message(QStringLiteral("message"), ns::Client.toString());
    message.setAttribute(QStringLiteral("to"), QStringLiteral("romeo@montague.lit"));
    message.setAttribute(QStringLiteral("id"), QString::number(number));
    message.addChild(QStringLiteral("body"), ns::Client.toString()).setText(QStringLiteral("hi"));
    return message;
}

// Every element to a stream management session, one of our stanzas sent before each.
void manage(StreamManagement &sm, const QList<Element> &elements)
{
    int number = 0;
    for (const Element &element : elements) {
        sm.send(chatMessage(++number));
        if (sm.handle(element) == StreamManagement::Result::Broken)
            return;
        settle();
    }
}

void useElement(const Element &element)
{
    if (element.is(u"features", ns::Stream)) {
        (void)StreamFeatures::fromElement(element);
        (void)parseSaslChannelBindingTypes(element);
    } else if (element.is(u"error", ns::Stream)) {
        (void)StreamError::fromElement(element).humanSentence();
    } else if (element.is(u"failure", ns::Sasl)) {
        (void)SaslFailure::fromElement(element).humanSentence();
    }
    const Element stanzaError = element.firstChild(u"error", ns::Client);
    if (!stanzaError.isNull())
        (void)StanzaError::fromElement(stanzaError).humanSentence();
}

} // namespace

void fuzzNegotiation(const uint8_t *data, size_t size)
{
    const QList<Element> elements = stanzasOf(bytesOf(data, size));
    if (elements.isEmpty())
        return;
    for (const Element &element : elements)
        useElement(element);

    QObject firstConnection;
    QList<Element> written;
    const auto writer = [&written](const Element &element) { written.append(element); };
    StreamManagement sm;
    sm.attach(&firstConnection, writer);
    sm.enable(Own);
    manage(sm, elements);
    if (!sm.canResume())
        return;
    // The connection drops; the next one resumes with the same elements from the server.
    sm.detach(&firstConnection);
    QObject secondConnection;
    sm.attach(&secondConnection, writer);
    sm.resume();
    manage(sm, elements);
    sm.discard();
}

// Input: the server-first message, '\n', the server-final message. The client nonce is fixed
// so the fuzzer can continue it; the byte before the first message picks the mechanism.
void fuzzScram(const uint8_t *data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    if (input.isEmpty())
        return;
    const auto control = uchar(input[0]);
    const qsizetype newline = input.indexOf('\n', 1);
    const QByteArray serverFirst = input.mid(1, newline < 0 ? -1 : newline - 1);
    const QByteArray serverFinal = newline < 0 ? QByteArray() : input.mid(newline + 1);
    // Key derivation costs as many rounds as the server asks (up to a million: seconds). Only
    // the count of the RFC examples is derived; a higher one goes through the stored keys
    // path, where a mismatch fails without deriving.
    const QList<QByteArray> parts = serverFirst.split(',');
    const bool cheap = parts.size() >= 3 && parts[2] == "i=4096";
    const ScramHash hashes[] = {ScramHash::Sha1, ScramHash::Sha256, ScramHash::Sha512};
    const ScramHash hash = hashes[(control & 0x03) % 3];
    const bool bound = control & 0x04;
    ScramClient client(hash, QStringLiteral("user"), cheap ? QStringLiteral("pencil") : QString(),
                       bound ? ScramChannelBinding::Bound : ScramChannelBinding::NotSupported,
                       ChannelBinding{ChannelBinding::tlsServerEndPointType(), "binding"});
    client.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    if (!cheap) {
        client.useCachedKeys({QByteArray::fromBase64("QSXCR+Q6sek8bf92"), 4096, QByteArray(20, 'k'),
                              QByteArray(20, 'c'), QByteArray(20, 's')});
    }
    if (client.initialResponse().isEmpty())
        return;
    if (!client.respond(serverFirst))
        return;
    if (control & 0x08)
        (void)client.respond(serverFinal); // the server-final as a challenge
    else
        (void)client.verifySuccess(serverFinal);
    (void)client.keys();
    (void)client.serverVerified();
}

} // namespace Linnet::Fuzz
