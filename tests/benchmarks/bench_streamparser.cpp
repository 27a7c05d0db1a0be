// Throughput of StreamParser against bare QXmlStreamReader tokenising the same recorded stream.
#include "BenchFigure.h"
#include "xml/StreamParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QXmlStreamReader>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Linnet;

namespace {

int StanzaCount = 100000; // argv[1] may change it, e.g. for a profiler run
constexpr qsizetype ChunkSize = 4096;
constexpr int Runs = 7;

class StreamRecorder
{
public:
    QByteArray record()
    {
        QByteArray stream =
            "<?xml version='1.0'?><stream:stream from='example.com' "
            "to='juliet@example.com' id='x1' version='1.0' xml:lang='en' "
            "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
        for (int i = 0; i < StanzaCount; ++i) {
            const quint32 kind = m_random.bounded(100);
            if (kind < 50)
                appendMessage(stream, i);
            else if (kind < 90)
                appendPresence(stream);
            else
                appendRosterResult(stream, i);
        }
        return stream;
    }

private:
    QByteArray contact()
    {
        return "contact" + QByteArray::number(m_random.bounded(200)) + "@example.net";
    }

    QByteArray text(int length)
    {
        static const QList<QByteArray> words = {"hello",
                                                "world",
                                                "caf\xc3\xa9",
                                                "na\xc3\xafve",
                                                "\xe2\x82\xac"
                                                "5",
                                                "&amp;",
                                                "&lt;3",
                                                "\xf0\x9f\x98\x80",
                                                "\xe4\xbd\xa0\xe5\xa5\xbd",
                                                "the",
                                                "meeting",
                                                "tomorrow",
                                                "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82",
                                                "ok",
                                                "see",
                                                "you"};
        QByteArray out;
        while (out.size() < length)
            out += words[m_random.bounded(int(words.size()))] + ' ';
        return out;
    }

    void appendMessage(QByteArray &stream, int i)
    {
        // Mostly short chat lines, now and then a long paste.
        const int length =
            m_random.bounded(10) == 0 ? 500 + m_random.bounded(1500) : 5 + m_random.bounded(120);
        stream += "<message from='" + contact() +
                  "/phone' to='juliet@example.com/balcony' "
                  "type='chat' id='m" +
                  QByteArray::number(i) + "'><body>" + text(length) +
                  "</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
                  "<request xmlns='urn:xmpp:receipts'/></message>";
    }

    void appendPresence(QByteArray &stream)
    {
        static const QList<QByteArray> shows = {"away", "chat", "dnd", "xa"};
        stream += "<presence from='" + contact() +
                  "/laptop' to='juliet@example.com'>"
                  "<show>" +
                  shows[m_random.bounded(int(shows.size()))] +
                  "</show>"
                  "<status>" +
                  text(5 + m_random.bounded(40)) +
                  "</status>"
                  "<priority>5</priority>"
                  "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                  "node='https://gajim.org' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>";
    }

    void appendRosterResult(QByteArray &stream, int i)
    {
        static const QList<QByteArray> subscriptions = {"both", "to", "from", "none"};
        stream += "<iq type='result' id='roster" + QByteArray::number(i) +
                  "' to='juliet@example.com/balcony'><query xmlns='jabber:iq:roster' ver='ver" +
                  QByteArray::number(i) + "'>";
        const int items = 3 + m_random.bounded(8);
        for (int item = 0; item < items; ++item) {
            stream += "<item jid='" + contact() + "' name='" + text(4 + m_random.bounded(12)) +
                      "' subscription='" + subscriptions[m_random.bounded(4)] +
                      "'><group>Friends</group><group>Caf\xc3\xa9</group></item>";
        }
        stream += "</query></iq>";
    }

    QRandomGenerator m_random{20240611};
};

QList<QByteArray> splitIntoChunks(const QByteArray &stream)
{
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < stream.size(); at += ChunkSize)
        chunks.append(stream.mid(at, ChunkSize)); // copies, as a socket hands them over
    return chunks;
}

// One way to read the stream, timed; run() returns a count that is checked and that keeps the
// work from being optimised away.
struct Contender
{
    const char *name;
    std::function<qint64()> run;
    double best = 1e9; // seconds, the best wall-clock time of all rounds
    qint64 count = 0;
};

// The contenders take turns, round after round, so that load from other processes on the
// machine falls on all of them alike; each keeps its best time.
void race(QList<Contender> &contenders)
{
    for (int round = 0; round < Runs; ++round) {
        for (Contender &contender : contenders) {
            QElapsedTimer timer;
            timer.start();
            contender.count = contender.run();
            contender.best = std::min(contender.best, timer.nsecsElapsed() / 1e9);
        }
    }
}

qint64 parseWithStreamParser(const QList<QByteArray> &chunks)
{
    StreamParser parser;
    qint64 stanzas = 0;
    for (const QByteArray &chunk : chunks) {
        parser.feed(chunk);
        for (ParserEvent event = parser.next(); event.kind != ParserEvent::Kind::NeedMoreData;
             event = parser.next()) {
            if (event.kind == ParserEvent::Kind::Stanza)
                ++stanzas;
            else if (event.kind == ParserEvent::Kind::Error)
                return -1;
        }
    }
    return stanzas;
}

qint64 tokeniseWithQXmlStreamReader(const QList<QByteArray> &chunks)
{
    QXmlStreamReader reader;
    qint64 tokens = 0;
    for (const QByteArray &chunk : chunks) {
        reader.addData(chunk);
        while (reader.readNext() != QXmlStreamReader::Invalid)
            ++tokens;
        if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return -1;
    }
    return tokens;
}

void report(const char *what, double seconds, qint64 bytes)
{
    std::printf("%-44s %8.1f ms %10.0f stanzas/s %8.1f MB/s\n", what, seconds * 1e3,
                StanzaCount / seconds, bytes / seconds / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1)
        StanzaCount = std::max(1, std::atoi(argv[1]));
    const QByteArray stream = StreamRecorder().record();
    const QList<QByteArray> chunks = splitIntoChunks(stream);
    const QList<QByteArray> whole = {stream};
    std::printf("recorded stream: %d stanzas, %.1f MB, %lld chunks of %lld bytes; best of %d\n",
                StanzaCount, stream.size() / 1e6, qint64(chunks.size()), qint64(ChunkSize), Runs);

    QList<Contender> contenders = {
        {"StreamParser, 4 KiB chunks", [&] { return parseWithStreamParser(chunks); }},
        {"QXmlStreamReader readNext, 4 KiB chunks",
         [&] { return tokeniseWithQXmlStreamReader(chunks); }},
        {"QXmlStreamReader readNext, whole stream",
         [&] { return tokeniseWithQXmlStreamReader(whole); }},
    };
    race(contenders);
    const Contender &ours = contenders[0];
    const Contender &bareChunked = contenders[1];
    const Contender &bareWhole = contenders[2];
    if (ours.count != StanzaCount || bareChunked.count != bareWhole.count) {
        std::printf("wrong results: %lld stanzas, %lld vs %lld tokens\n", ours.count,
                    bareChunked.count, bareWhole.count);
        return 1;
    }
    for (const Contender &contender : contenders)
        report(contender.name, contender.best, stream.size());
    const double bare = std::min(bareChunked.best, bareWhole.best);
    std::printf("ratio ours/bare (throughput against the faster bare reader, target >= 0.5): "
                "%.2f\n",
                bare / ours.best);
    Bench::printFigure("streamparser.stanzas_per_s", StanzaCount / ours.best, "stanzas/s");
    Bench::printFigure("streamparser.mb_per_s", double(stream.size()) / ours.best / 1e6, "MB/s");
    Bench::printFigure("streamparser.ratio_to_qxmlstreamreader", bare / ours.best, "ratio",
                       ">=0.5");
    return 0;
}
