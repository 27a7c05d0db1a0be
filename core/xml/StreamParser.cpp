#include "xml/StreamParser.h"

#include "Logging.h"
#include "xml/InputLedger.h"
#include "xml/NamePool.h"
#include "xml/Utf8Validator.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <algorithm>
#include <deque>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

// Memory while a stanza arrives: QXmlStreamReader decodes each slice it is given whole and
// keeps an unfinished token (a text node, an attribute value, a tag) as UTF-16 until the token
// ends; the InputLedger keeps the input bytes of the stanza in progress; finished elements
// cost their tree. Sizes are checked each time the reader has used up its input, and it never
// gets more than MaxSlice bytes at once, so the total is bounded whatever the chunk sizes.
// Measured with the 1 MiB default limit and 64 KiB chunks (tst_streamparser,
// oversizedStanzaFailsWhileArriving): a peak of about 3 MiB for endless text or an attribute,
// 5 MiB for endless whitespace, 7 MiB for an endless comment or CDATA section (the reader
// pushes those back onto a stack of 4-byte entries and scans them again from their start with
// each slice, which also costs it about 1 s of CPU with 4 KiB chunks), and 37 MiB for a
// stanza made only of empty child elements (about 140 bytes per Element). On an error or at
// the end of the stream the reader is destroyed, which frees all of it (the heap returns to
// where it was), and later input is dropped unread. A large stanza that is fine leaves the
// reader's token buffer at its size until reset() (3 MiB after a 1 MiB text node).

namespace Linnet {

namespace {

constexpr qsizetype MaxSlice = 64 * 1024;

// QXmlStreamReader tells most failures only as NotWellFormedError with a sentence; compare it
// with Qt's own translation of the same source text.
bool isReaderMessage(const QString &message, const char *sourceText)
{
    const QString pattern = QCoreApplication::translate("QXmlStream", sourceText);
    const qsizetype argument = pattern.indexOf(u"%1");
    if (argument < 0)
        return message == pattern;
    const QStringView before = QStringView(pattern).first(argument);
    const QStringView after = QStringView(pattern).sliced(argument + 2);
    return message.size() >= before.size() + after.size() && message.startsWith(before) &&
           message.endsWith(after);
}

ParseFailure classifyReaderError(const QString &message)
{
    if (isReaderMessage(message, "Namespace prefix '%1' not declared"))
        return ParseFailure::BadNamespacePrefix;
    // Without a DTD (which is refused before anything can use it) the only entities are the
    // five predefined ones; the reader refuses any other reference instead of expanding it.
    if (isReaderMessage(message, "Entity '%1' not declared."))
        return ParseFailure::RestrictedXml;
    if (isReaderMessage(message, "Encoding %1 is unsupported") ||
        isReaderMessage(message, "%1 is an invalid encoding name.") ||
        isReaderMessage(message, "Encountered incorrectly encoded content."))
        return ParseFailure::UnsupportedEncoding;
    return ParseFailure::NotWellFormed;
}

} // namespace

struct StreamParser::Private
{
    enum class State { AwaitingHeader, Open, Closed, Failed };

    Limits limits;
    State state = State::AwaitingHeader;
    std::optional<QXmlStreamReader> reader;
    std::deque<QByteArray> queued; // fed but not yet handed to the reader
    qsizetype queuedOffset = 0;    // bytes of queued.front() already handed over
    bool readerStarved = true;     // the reader has used up everything it was given
    QByteArray head;               // the first bytes of the stream, to check the encoding
    Utf8Validator utf8;
    InputLedger ledger;
    NamePool names;
    std::vector<Element> open;   // the stanza being read, outermost first
    qint64 stanzaStartUnits = 0; // where the stanza in progress, or the header, begins
    qint64 stanzaStartBytes = 0; // its byte offset, -1 until it is needed
    ParserEvent failure;

    void start();
    void release();
    ParserEvent fail(ParseFailure why, const QString &message);
    void checkEncodingOfHead(const QByteArray &chunk);
    bool handSliceToReader(); // false when the slice is not UTF-8, and the parser has failed

    void beginStanzaAt(qint64 units);
    qint64 stanzaStartByteOffset();
    bool inFlightTooLarge();
    bool finishedTooLarge(qint64 endUnits);

    std::optional<ParserEvent> onStartDocument();
    std::optional<ParserEvent> onStartElement();
    std::optional<ParserEvent> onEndElement();
    std::optional<ParserEvent> onCharacters();
    ParserEvent openStream();
    Element makeElement();
};

void StreamParser::Private::start()
{
    reader.emplace();
    queued.clear();
    queuedOffset = 0;
    readerStarved = true;
    head.clear();
    utf8.reset();
    ledger.clear();
    open.clear();
    stanzaStartUnits = 0;
    stanzaStartBytes = 0;
    failure = ParserEvent();
    state = State::AwaitingHeader;
}

void StreamParser::Private::release()
{
    reader.reset();
    queued.clear();
    queuedOffset = 0;
    ledger.clear();
    open = std::vector<Element>();
}

ParserEvent StreamParser::Private::fail(ParseFailure why, const QString &message)
{
    qCDebug(lcXml) << "stream parse error:" << message;
    failure = ParserEvent();
    failure.kind = ParserEvent::Kind::Error;
    failure.failure = why;
    failure.message = message;
    state = State::Failed;
    release();
    return failure;
}

void StreamParser::Private::checkEncodingOfHead(const QByteArray &chunk)
{
    head.append(chunk.first(std::min<qsizetype>(2 - head.size(), chunk.size())));
    const auto first = uchar(head.at(0));
    if (first == 0x00 || first == 0xFE || first == 0xFF || (head.size() > 1 && head.at(1) == 0))
        fail(ParseFailure::UnsupportedEncoding, u"the stream is not UTF-8 (UTF-16 or UTF-32)"_s);
    else if (first == 0xEF) // RFC 6120 §11.6: U+FEFF is never a byte order mark
        fail(ParseFailure::NotWellFormed, u"the stream starts with U+FEFF"_s);
}

bool StreamParser::Private::handSliceToReader()
{
    QByteArray &front = queued.front();
    QByteArray slice;
    if (queuedOffset == 0 && front.size() <= MaxSlice) {
        slice = std::move(front);
        queued.pop_front();
    } else {
        slice = front.sliced(queuedOffset, std::min(MaxSlice, front.size() - queuedOffset));
        queuedOffset += slice.size();
        if (queuedOffset == front.size()) {
            queued.pop_front();
            queuedOffset = 0;
        }
    }
    if (!utf8.accept(slice)) {
        fail(ParseFailure::UnsupportedEncoding, u"the stream is not valid UTF-8"_s);
        return false;
    }
    reader->addData(slice);
    ledger.append(slice);
    readerStarved = false;
    return true;
}

void StreamParser::Private::beginStanzaAt(qint64 units)
{
    stanzaStartUnits = std::max(stanzaStartUnits, units);
    stanzaStartBytes = -1;
    ledger.releaseBefore(stanzaStartUnits);
}

qint64 StreamParser::Private::stanzaStartByteOffset()
{
    if (stanzaStartBytes < 0)
        stanzaStartBytes = ledger.byteOffset(stanzaStartUnits);
    return stanzaStartBytes;
}

// Called when the reader has used up its input: everything fed since the stanza began is part
// of it, whether or not the reader has finished a token of it yet.
bool StreamParser::Private::inFlightTooLarge()
{
    const qint64 limit = limits.maxStanzaBytes;
    const qint64 startAtLeast =
        stanzaStartBytes >= 0 ? stanzaStartBytes : ledger.byteOffsetLowerBound(stanzaStartUnits);
    if (ledger.bytesFed() - startAtLeast <= limit)
        return false;
    return ledger.bytesFed() - stanzaStartByteOffset() > limit;
}

bool StreamParser::Private::finishedTooLarge(qint64 endUnits)
{
    const qint64 limit = limits.maxStanzaBytes;
    const qint64 units = endUnits - stanzaStartUnits;
    // A UTF-16 code unit stands for one to three bytes of UTF-8: count bytes only in between.
    if (units > limit)
        return true;
    if (units * 3 <= limit)
        return false;
    const qint64 start = stanzaStartByteOffset();
    return ledger.byteOffset(endUnits) - start > limit;
}

std::optional<ParserEvent> StreamParser::Private::onStartDocument()
{
    const QStringView encoding = reader->documentEncoding();
    if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0)
        return fail(ParseFailure::UnsupportedEncoding,
                    u"encoding %1 declared, only UTF-8 is allowed"_s.arg(encoding));
    return std::nullopt;
}

std::optional<ParserEvent> StreamParser::Private::onStartElement()
{
    if (state == State::AwaitingHeader)
        return openStream();
    if (qsizetype(open.size()) >= limits.maxDepth)
        return fail(ParseFailure::PolicyViolation,
                    u"elements nested deeper than %1"_s.arg(limits.maxDepth));
    if (!open.empty() && reader->characterOffset() - stanzaStartUnits > limits.maxStanzaBytes)
        return fail(ParseFailure::PolicyViolation,
                    u"stanza larger than %1 bytes"_s.arg(limits.maxStanzaBytes));
    open.push_back(makeElement());
    return std::nullopt;
}

std::optional<ParserEvent> StreamParser::Private::onEndElement()
{
    ParserEvent event;
    if (open.empty()) { // </stream:stream>
        state = State::Closed;
        release();
        event.kind = ParserEvent::Kind::StreamClosed;
        return event;
    }
    Element done = std::move(open.back());
    open.pop_back();
    if (!open.empty()) {
        open.back().appendChild(std::move(done));
        return std::nullopt;
    }
    const qint64 end = reader->characterOffset();
    if (finishedTooLarge(end))
        return fail(ParseFailure::PolicyViolation,
                    u"stanza larger than %1 bytes"_s.arg(limits.maxStanzaBytes));
    beginStanzaAt(end);
    event.kind = ParserEvent::Kind::Stanza;
    event.element = std::move(done);
    return event;
}

std::optional<ParserEvent> StreamParser::Private::onCharacters()
{
    if (!open.empty()) {
        open.back().appendText(reader->text());
        return std::nullopt;
    }
    if (!reader->isWhitespace())
        return fail(ParseFailure::NotWellFormed, u"text outside of any stanza"_s);
    // A whitespace keepalive. The reader ends a text token only once it has seen the '<'
    // after it, and that '<' already counts in its offset.
    beginStanzaAt(reader->characterOffset() - (reader->isCDATA() ? 0 : 1));
    return std::nullopt;
}

ParserEvent StreamParser::Private::openStream()
{
    if (reader->name() != u"stream" || reader->namespaceUri() != ns::Stream)
        return fail(ParseFailure::InvalidNamespace,
                    u"the root element is {%1}%2, not a stream"_s.arg(reader->namespaceUri(),
                                                                      reader->name()));
    const qint64 end = reader->characterOffset();
    if (finishedTooLarge(end))
        return fail(ParseFailure::PolicyViolation,
                    u"stream header larger than %1 bytes"_s.arg(limits.maxStanzaBytes));
    beginStanzaAt(end);
    state = State::Open;

    ParserEvent event;
    event.kind = ParserEvent::Kind::StreamOpened;
    const QXmlStreamAttributes attributes = reader->attributes();
    event.header.from = attributes.value(u""_s, u"from"_s).toString();
    event.header.to = attributes.value(u""_s, u"to"_s).toString();
    event.header.id = attributes.value(u""_s, u"id"_s).toString();
    event.header.version = attributes.value(u""_s, u"version"_s).toString();
    event.header.lang = attributes.value(ns::Xml.toString(), u"lang"_s).toString();
    for (const QXmlStreamNamespaceDeclaration &declaration : reader->namespaceDeclarations()) {
        if (declaration.prefix().isEmpty())
            event.header.defaultNamespace = declaration.namespaceUri().toString();
    }
    return event;
}

Element StreamParser::Private::makeElement()
{
    const QXmlStreamAttributes attributes = reader->attributes();
    QList<Element::Attribute> copied;
    copied.reserve(attributes.size());
    for (const QXmlStreamAttribute &attribute : attributes) {
        copied.append(Element::Attribute{names.intern(attribute.namespaceUri()),
                                         names.intern(attribute.name()),
                                         attribute.value().toString()});
    }
    return Element(names.intern(reader->name()), names.intern(reader->namespaceUri()),
                   std::move(copied));
}

StreamParser::StreamParser() : StreamParser(Limits()) {}

StreamParser::StreamParser(Limits limits) : d(std::make_unique<Private>())
{
    d->limits = limits;
    d->start();
}

StreamParser::~StreamParser() = default;

void StreamParser::setLimits(Limits limits)
{
    d->limits = limits;
}

StreamParser::Limits StreamParser::limits() const
{
    return d->limits;
}

void StreamParser::feed(const QByteArray &chunk)
{
    using State = Private::State;
    if (chunk.isEmpty() || d->state == State::Failed || d->state == State::Closed)
        return;
    if (d->head.size() < 2) {
        d->checkEncodingOfHead(chunk);
        if (d->state == State::Failed)
            return;
    }
    d->queued.push_back(chunk);
}

ParserEvent StreamParser::next()
{
    using State = Private::State;
    if (d->state == State::Failed)
        return d->failure;
    if (d->state == State::Closed)
        return ParserEvent();

    QXmlStreamReader &reader = *d->reader;
    for (;;) {
        if (d->readerStarved) {
            if (d->queued.empty())
                return ParserEvent();
            if (!d->handSliceToReader())
                return d->failure;
        }

        std::optional<ParserEvent> event;
        switch (reader.readNext()) {
        case QXmlStreamReader::Invalid:
            if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return d->fail(classifyReaderError(reader.errorString()), reader.errorString());
            d->readerStarved = true;
            d->ledger.markAllDecoded(reader.characterOffset());
            if (d->inFlightTooLarge())
                return d->fail(ParseFailure::PolicyViolation,
                               u"stanza larger than %1 bytes"_s.arg(d->limits.maxStanzaBytes));
            break;
        case QXmlStreamReader::StartDocument:
            event = d->onStartDocument();
            break;
        case QXmlStreamReader::StartElement:
            event = d->onStartElement();
            break;
        case QXmlStreamReader::EndElement:
            event = d->onEndElement();
            break;
        case QXmlStreamReader::Characters:
            event = d->onCharacters();
            break;
        case QXmlStreamReader::Comment:
            return d->fail(ParseFailure::RestrictedXml, u"comment"_s);
        case QXmlStreamReader::DTD:
            return d->fail(ParseFailure::RestrictedXml, u"document type declaration"_s);
        case QXmlStreamReader::ProcessingInstruction:
            return d->fail(ParseFailure::RestrictedXml, u"processing instruction"_s);
        case QXmlStreamReader::EntityReference:
            return d->fail(ParseFailure::RestrictedXml, u"entity reference"_s);
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::EndDocument:
            break;
        }
        if (event)
            return *std::move(event);
    }
}

void StreamParser::reset()
{
    d->start();
}

bool StreamParser::streamOpen() const
{
    return d->state == Private::State::Open;
}

bool StreamParser::failed() const
{
    return d->state == Private::State::Failed;
}

qint64 StreamParser::bufferedBytes() const
{
    qint64 queued = -d->queuedOffset;
    for (const QByteArray &chunk : d->queued)
        queued += chunk.size();
    return queued + d->ledger.bytesHeld();
}

} // namespace Linnet
