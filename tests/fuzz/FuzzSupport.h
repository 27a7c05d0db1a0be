#pragma once

#include "RecordingStream.h"
#include "xml/Element.h"

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

// What the harness bodies share: turning fuzz bytes into stanzas the way a connection does,
// and answering the IQ requests a manager made with fuzzed stanzas.
namespace Linnet::Fuzz {

QByteArray bytesOf(const uint8_t *data, size_t size);

// The top-level elements of a jabber:client stream whose content is the input, through the
// real StreamParser (with its limits), up to the first parse error; at most maxStanzas.
QList<Element> stanzasOf(const QByteArray &input, int maxStanzas = 32);

// response turned into the answer to request: its id, 'from' the request's 'to' (none when
// the request had none) and 'to' our bound JID. Everything else stays as fuzzed.
Element answerTo(Element response, const Element &request, const Jid &bound);

// The last IQ the stream recorded, or a null element.
Element lastSentIq(const Test::RecordingStream &stream);

// Feeds stanzas to the stream: an IQ of type result or error answers the oldest get or set
// the stream recorded that is not answered yet (when there is one), everything else arrives
// as it is.
void deliver(Test::RecordingStream &stream, const QList<Element> &stanzas);

// Runs posted events (queued signals, deleteLater) so nothing outlives the input.
void settle();

} // namespace Linnet::Fuzz
