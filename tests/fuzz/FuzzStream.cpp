// The stream parser harness: raw bytes of a server's stream, in chunks of fuzzed sizes.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "console/ConsoleText.h"
#include "xml/ElementFromXml.h"
#include "xml/StreamParser.h"
#include "xml/StreamWriter.h"

namespace Linnet::Fuzz {

namespace {

// The first byte: bit 7 chooses small parser limits (to reach the limit checks with short
// inputs), bits 0-2 how many of the following bytes are chunk sizes (1-256 bytes each, used
// in turn). No sizes: the whole input in one chunk.
struct Chunking
{
    bool smallLimits = false;
    QList<int> sizes;
    QByteArray rest;
};

Chunking chunkingOf(const QByteArray &input)
{
    Chunking chunking;
    if (input.isEmpty())
        return chunking;
    const auto control = uchar(input[0]);
    chunking.smallLimits = control & 0x80;
    const int count = qMin<int>(control & 0x07, int(input.size()) - 1);
    for (int i = 0; i < count; ++i)
        chunking.sizes.append(int(uchar(input[1 + i])) + 1);
    chunking.rest = input.mid(1 + count);
    return chunking;
}

// What the client would show and send back: the console view, and the element written out
// again must parse to the same element (forwarding and the XML console rely on it). Session
// refuses a stream whose default namespace is not jabber:client, so only those stanzas count.
void useStanza(const Element &stanza, bool clientStream)
{
    (void)ConsoleText::prettyPrint(ConsoleText::redacted(stanza));
    (void)ConsoleText::kindOf(stanza);
    if (!clientStream)
        return;
    const QByteArray written = StreamWriter::serialize(stanza);
    if (written.isEmpty())
        return;
    const QList<Element> again = stanzasOf(written);
    if (again.size() != 1 || again.first() != stanza)
        qFatal("A stanza written out parses to something else: %s", written.constData());
    // toXml() serves stored caps (namespaced elements); an element in no namespace, which
    // Session refuses anyway, gets an xmlns="" that elementFromXml reads differently.
    if (!stanza.namespaceUri().isEmpty() && elementFromXml(stanza.toXml().toUtf8()) != stanza)
        qFatal("elementFromXml(toXml()) differs: %s", written.constData());
}

// Drains the parser; false once it is done with this input (error, or closed twice).
bool drain(StreamParser &parser, int &restarts, bool &clientStream)
{
    for (;;) {
        ParserEvent event = parser.next();
        switch (event.kind) {
        case ParserEvent::Kind::NeedMoreData:
            return true;
        case ParserEvent::Kind::StreamOpened:
            clientStream = event.header.defaultNamespace == u"jabber:client";
            break;
        case ParserEvent::Kind::Stanza:
            useStanza(event.element, clientStream);
            break;
        case ParserEvent::Kind::StreamClosed:
            // A stream restart, as after STARTTLS or SASL: the rest is a new stream.
            parser.reset();
            return ++restarts < 4;
        case ParserEvent::Kind::Error:
            if (parser.bufferedBytes() != 0)
                qFatal("A failed parser still holds input");
            return false;
        }
    }
}

} // namespace

void fuzzStreamParser(const uint8_t *data, size_t size)
{
    const Chunking chunking = chunkingOf(bytesOf(data, size));
    StreamParser parser;
    if (chunking.smallLimits)
        parser.setLimits({2048, 8});
    int restarts = 0;
    bool clientStream = false;
    qsizetype offset = 0;
    int chunkIndex = 0;
    while (offset < chunking.rest.size()) {
        const qsizetype length = chunking.sizes.isEmpty()
                                     ? chunking.rest.size()
                                     : chunking.sizes[chunkIndex++ % chunking.sizes.size()];
        parser.feed(chunking.rest.mid(offset, length));
        offset += length;
        if (!drain(parser, restarts, clientStream))
            return;
    }
}

} // namespace Linnet::Fuzz
