// Opening a conversation with a long history: from constructing a MessageModel to its first
// page being in the model, and the time of each older page (fetchMore) after it.
//
//   bench_conversation_open [messages]   default 100,000 in the one big conversation
//
// The database (the big conversation, interleaved with 50 smaller ones holding half as many
// messages again) is generated once and cached under /tmp. Target: first page < 50 ms.
#include "BenchFigure.h"
#include "HistoryBenchData.h"
#include "models/MessageModel.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Bench;

namespace {

const QString Big = u"big@example.org"_s;
constexpr int Opens = 50;
constexpr int Pages = 40;

// Two of every three messages are in the big conversation.
QString conversationOf(int i)
{
    return i % 3 == 2 ? u"small%1@example.org"_s.arg(i % 50) : Big;
}

// Runs the event loop (sleeping, not spinning: the database thread needs the CPU) until
// done() holds after sender's signal, or 10 s have passed.
template <typename Sender, typename Signal>
bool waitFor(const Sender *sender, Signal signal, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--generate"_s)
        return generateHistory(args.value(2), args.value(3).toInt(), conversationOf) ? 0 : 1;
    const int big = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int total = big * 3 / 2;
    const QString path = ensureHistory(u"open"_s, total, app.applicationFilePath());
    if (path.isEmpty())
        return 1;

    Database database;
    if (!database.open(path).result().ok)
        return 1;
    HistoryStore store(database);
    const int stored = database
                           .run<int>([](QSqlDatabase &db) {
                               QSqlQuery query(db);
                               query.prepare(u"SELECT COUNT(*) FROM messages WHERE "
                                             u"conversation = ?"_s);
                               query.addBindValue(Big);
                               return query.exec() && query.next() ? query.value(0).toInt() : 0;
                           })
                           .result();
    std::printf("bench_conversation_open: %d messages in %s, %d in all (%s)\n", stored,
                qPrintable(Big), total, qPrintable(path));

    QList<double> opens;
    QList<double> pages;
    for (int run = 0; run < Opens; ++run) {
        QElapsedTimer timer;
        timer.start();
        MessageModel model(store, Big);
        if (!waitFor(&model, &MessageModel::loaded, [&model] { return model.isLoaded(); }))
            return 1;
        opens.append(msSince(timer));
        if (run == 0)
            std::printf("First open (cold): %.2f ms, %d rows\n", opens.first(), model.rowCount());
        if (run >= 3)
            continue;
        for (int page = 0; page < Pages && model.canFetchMore({}); ++page) {
            const int before = model.rowCount();
            timer.restart();
            model.fetchMore({});
            if (!waitFor(&model, &QAbstractItemModel::rowsInserted,
                         [&] { return model.rowCount() > before; }))
                return 1;
            pages.append(msSince(timer));
        }
    }
    std::printf("Open to first page, %d opens: p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
                int(opens.size()), percentile(opens, 50), percentile(opens, 95),
                percentile(opens, 100));
    std::printf("fetchMore page of %d, %d pages: p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
                MessageModel::PageSize, int(pages.size()), percentile(pages, 50),
                percentile(pages, 95), percentile(pages, 100));
    // The query alone, for comparison: pages from the newest back, as fetchMore asks them.
    QList<double> queries;
    qint64 before = 0;
    for (int page = 0; page < 200; ++page) {
        QElapsedTimer timer;
        timer.start();
        const QList<HistoryMessage> rows = store.page(Big, before, MessageModel::PageSize).result();
        queries.append(msSince(timer));
        if (rows.isEmpty())
            break;
        before = rows.first().rowId;
    }
    std::printf("HistoryStore::page alone, %d pages: p50 %.2f ms  p95 %.2f ms  max %.2f ms\n",
                int(queries.size()), percentile(queries, 50), percentile(queries, 95),
                percentile(queries, 100));
    std::printf("Peak RSS: %.1f MB\n", double(peakRssKiB()) / 1024.0);
    std::printf("Target first page < 50 ms: %s\n", percentile(opens, 50) < 50.0 ? "met" : "MISSED");
    const QByteArray prefix = "conversation.open." + QByteArray::number(stored) + '.';
    printFigure(prefix + "first_page_cold_ms", opens.first(), "ms", "<50");
    printFigure(prefix + "first_page_p50_ms", percentile(opens, 50), "ms", "<50");
    printFigure(prefix + "first_page_p95_ms", percentile(opens, 95), "ms", "<50");
    printFigure(prefix + "fetch_more_p95_ms", percentile(pages, 95), "ms");
    printFigure(prefix + "peak_rss_kb", double(peakRssKiB()), "KB");
    return 0;
}
