#pragma once

#include "xml/Element.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>
#include <memory>

namespace Linnet {

// The attributes of the opening <stream:stream> tag.
struct StreamHeader
{
    QString from;
    QString to;
    QString id;
    QString version;
    QString lang;             // xml:lang
    QString defaultNamespace; // jabber:client for a client stream
};

// Why the parser gave up: each maps onto an RFC 6120 stream error condition.
enum class ParseFailure {
    NotWellFormed,      // not-well-formed
    RestrictedXml,      // restricted-xml: DTD, entity declaration or reference (other than the
                        // five predefined), processing instruction, comment
    PolicyViolation,    // policy-violation: stanza larger than the limit, or nested too deep
    BadNamespacePrefix, // bad-namespace-prefix
    InvalidNamespace,   // invalid-namespace: the root is not <stream> in the streams namespace
    UnsupportedEncoding // unsupported-encoding: not UTF-8, or invalid UTF-8 (RFC 6120 §4.9.3.22)
};

struct ParserEvent
{
    enum class Kind {
        NeedMoreData, // everything fed so far is consumed; feed more bytes
        StreamOpened, // header is set
        Stanza,       // a complete top-level child of <stream:stream> is in element
        StreamClosed, // </stream:stream> was read; later input is ignored until reset()
        Error         // failure and message are set; the parser stays in error until reset()
    };
    Kind kind = Kind::NeedMoreData;
    StreamHeader header;
    Element element;
    ParseFailure failure = ParseFailure::NotWellFormed;
    QString message; // detail for logs, not for users
};

// Incremental XMPP stream parser over QXmlStreamReader. Feed socket chunks as they arrive,
// then call next() until it returns NeedMoreData. Bytes are never re-parsed. A stream
// restart (after STARTTLS or SASL) is reset(), which forgets all buffered input.
// Whitespace between stanzas (keepalives) produces no event. The size limit is checked while
// a stanza arrives, so an endless stanza fails as soon as it passes the limit; feed() only
// queues, and next() hands the reader at most 64 KiB at a time, whatever the chunk sizes.
class StreamParser
{
public:
    struct Limits
    {
        qint64 maxStanzaBytes = 1024 * 1024; // size of one top-level stanza (or of the stream
                                             // header), in bytes of input
        int maxDepth = 64;                   // element nesting inside one stanza
    };

    StreamParser();
    explicit StreamParser(Limits limits);
    ~StreamParser();

    void setLimits(Limits limits);
    Limits limits() const;

    void feed(const QByteArray &chunk);
    ParserEvent next();
    void reset();

    bool streamOpen() const;
    bool failed() const;
    // Input bytes the parser holds: queued for the reader, or kept to measure the stanza in
    // progress. Zero after an error or the end of the stream. QXmlStreamReader's own buffers
    // (the current token, the last chunk decoded) come on top; see StreamParser.cpp.
    qint64 bufferedBytes() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Linnet
