// Full-text search over a big history through HistoryStore::search.
//
//   bench_history_search [messages]   default 1,000,000 over 300 conversations
//
// The history is generated once (Zipf-distributed words) and cached under /tmp. Then 250
// searches of common, middling and rare words, two-word and partial-word queries, with and
// without a conversation filter, each for one page of 50 results as the search box asks.
// Target: p95 < 50 ms.
#include "BenchFigure.h"
#include "HistoryBenchData.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Bench;

namespace {

constexpr int Conversations = 300;
constexpr int Limit = 50;

// Busy conversations get more messages: a Zipf over the conversations too.
QString conversationOf(int i)
{
    const int n = int((quint64(i) * 2654435761u) % 1000);
    const int which = (n * n / 1000) * Conversations / 1000;
    return u"contact%1@example.org"_s.arg(which);
}

struct Query
{
    QString kind;
    QString text;
    QString conversation;
};

QList<Query> makeQueries(const Vocabulary &words)
{
    QList<Query> queries;
    QRandomGenerator random(99);
    for (int i = 0; i < 50; ++i)
        queries.append({u"common word"_s, words.word(i), {}});
    for (int i = 0; i < 40; ++i)
        queries.append({u"middling word"_s, words.word(100 + int(random.bounded(1900))), {}});
    for (int i = 0; i < 50; ++i)
        queries.append({u"rare word"_s, words.word(5000 + int(random.bounded(25000))), {}});
    for (int i = 0; i < 30; ++i) {
        queries.append({u"two words"_s,
                        words.word(int(random.bounded(60))) + u' ' +
                            words.word(60 + int(random.bounded(2000))),
                        {}});
    }
    for (int i = 0; i < 30; ++i) {
        const QString word = words.word(60 + int(random.bounded(3000)));
        queries.append({u"partial word"_s, word.left(3 + int(random.bounded(2))), {}});
    }
    for (int i = 0; i < 50; ++i) {
        const QString conversation = conversationOf(int(random.bounded(1000000)));
        const QString word = i % 2 ? words.word(int(random.bounded(40)))
                                   : words.word(200 + int(random.bounded(5000)));
        queries.append({u"in one conversation"_s, word, conversation});
    }
    return queries;
}

void printRow(const QString &kind, const QList<double> &times, int hits)
{
    std::printf("  %-22s n=%3d  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%d results)\n",
                qPrintable(kind), int(times.size()), percentile(times, 50), percentile(times, 95),
                percentile(times, 100), hits);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--generate"_s)
        return generateHistory(args.value(2), args.value(3).toInt(), conversationOf) ? 0 : 1;
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const QString path = ensureHistory(u"search"_s, count, app.applicationFilePath());
    if (path.isEmpty())
        return 1;

    Database database;
    QElapsedTimer timer;
    timer.start();
    if (!database.open(path).result().ok)
        return 1;
    std::printf("bench_history_search: %d messages in %d conversations (%s, %.0f MB)\n", count,
                Conversations, qPrintable(path), double(QFileInfo(path).size()) / 1e6);
    std::printf("Opened in %lld ms\n", timer.elapsed());
    HistoryStore store(database);

    const Vocabulary words;
    const QList<Query> queries = makeQueries(words);
    timer.restart();
    const int firstHits = int(store.search(words.word(0), {}, Limit).result().size());
    std::printf("First (cold) search: %lld ms, %d results\n", timer.elapsed(), firstHits);

    QHash<QString, QList<double>> byKind;
    QHash<QString, int> hitsByKind;
    QStringList kinds;
    QList<double> all;
    QList<std::pair<double, QString>> slowest;
    for (const Query &query : queries) {
        QElapsedTimer one;
        one.start();
        const QList<HistoryMessage> found =
            store.search(query.text, query.conversation, Limit).result();
        const double ms = double(one.nsecsElapsed()) / 1e6;
        if (!kinds.contains(query.kind))
            kinds.append(query.kind);
        byKind[query.kind].append(ms);
        hitsByKind[query.kind] += int(found.size());
        all.append(ms);
        slowest.append({ms, query.conversation.isEmpty()
                                ? query.text
                                : query.text + u" in "_s + query.conversation});
    }
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    std::printf("%d searches, %d results a page at most:\n", int(all.size()), Limit);
    for (const QString &kind : std::as_const(kinds))
        printRow(kind, byKind.value(kind), hitsByKind.value(kind));
    printRow(u"all"_s, all, 0);
    std::printf("Slowest:");
    for (qsizetype i = 0; i < 5 && i < slowest.size(); ++i)
        std::printf(" \"%s\" %.1f ms;", qPrintable(slowest.at(i).second), slowest.at(i).first);
    std::printf("\n");
    std::printf("Peak RSS: %.1f MB\n", double(peakRssKiB()) / 1024.0);
    const bool ok = percentile(all, 95) < 50.0;
    std::printf("Target p95 < 50 ms: %s\n", ok ? "met" : "MISSED");
    const QByteArray prefix = "history.search." + QByteArray::number(count) + '.';
    printFigure(prefix + "p50_ms", percentile(all, 50), "ms");
    printFigure(prefix + "p95_ms", percentile(all, 95), "ms", "<50");
    printFigure(prefix + "max_ms", percentile(all, 100), "ms");
    printFigure(prefix + "peak_rss_kb", double(peakRssKiB()), "KB");
    return 0;
}
