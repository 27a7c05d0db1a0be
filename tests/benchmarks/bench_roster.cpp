// How fast a big roster reaches the contact list model, and what it costs in memory.
//
//   bench_roster              runs 1,000 / 5,000 / 10,000 contacts, each size in a fresh
//                             process (so freed memory of one run does not flatter the next)
//   bench_roster N [versioned]  one run
//
// "first": a full roster result fed through Roster into RosterModel (+ the sorted proxy).
// "versioned": the roster loaded from RosterCache (SQLite) and the server's empty result
// saying the cached version is current (XEP-0237).
// Then: every contact's presence arriving once, through the model and the sorted proxy; and
// (first only) a second account with the same contacts added to the shown list, then its
// roster fetched again whole.
// Targets for 10,000 contacts: first < 1 s, versioned < 200 ms, < 2 KB per contact.
#include "BenchFigure.h"
#include "RecordingStream.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "models/RosterModel.h"
#include "models/RosterSortFilterProxy.h"
#include "storage/Database.h"
#include "storage/RosterCache.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QList<RosterItem> makeItems(int count)
{
    QList<RosterItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        RosterItem item;
        item.jid = Jid::parse(u"contact%1@example%2.org"_s.arg(i).arg(i % 50));
        item.name = i % 3 == 0 ? QString() : u"Contact Number %1"_s.arg(i);
        item.groups = {u"Group %1"_s.arg(i % 40)};
        if (i % 10 == 0)
            item.groups.append(u"Favourites"_s);
        item.subscription = RosterSubscription::Both;
        items.append(item);
    }
    return items;
}

Element rosterResult(const QString &id, const QString &version, const QList<RosterItem> &items)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"result"_s);
    iq.setAttribute(u"id"_s, id);
    if (items.isEmpty() && !version.isNull())
        return iq; // the cached version is current
    Element &query = iq.addChild(u"query"_s, ns::Roster.toString());
    query.setAttribute(u"ver"_s, version);
    for (const RosterItem &item : items)
        query.appendChild(item.toElement());
    return iq;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// A second account with the same contacts joins the shown list (rows inserted into the merged
// groups), then its whole roster comes again (its rows out and in, the first account's left
// where they are). Returns false when the model did not follow.
bool secondAccount(RosterModel &model, RosterSortFilterProxy &proxy, const QList<RosterItem> &items,
                   const QByteArray &prefix)
{
    Test::RecordingStream stream(Jid::parse(u"bench@example.net/desk"_s));
    Roster roster(stream);
    PresenceManager presence(&stream);
    const auto load = [&] {
        stream.sent.clear();
        roster.fetch();
        if (stream.sent.isEmpty())
            return false;
        stream.receive(rosterResult(stream.sent.takeLast().attribute(u"id"), u"v1"_s, items));
        return waitFor([&] { return roster.isLoaded(); });
    };
    if (!load()) // before the account is in the model
        return false;
    const int before = model.contactCount();
    QElapsedTimer timer;
    timer.start();
    model.addAccount(u"second@example.net"_s, {&roster, &presence});
    proxy.rowCount();
    const qint64 addMs = timer.elapsed();
    if (model.contactCount() != before + items.size())
        return false;
    timer.restart();
    if (!load() || model.contactCount() != 2 * items.size())
        return false;
    proxy.rowCount();
    const qint64 resetMs = timer.elapsed();
    QTextStream(stdout) << "       second account of " << items.size() << " contacts: added in "
                        << addMs << " ms, its roster again in " << resetMs << " ms" << Qt::endl;
    Bench::printFigure(prefix + "_second_account_ms", double(addMs), "ms");
    Bench::printFigure(prefix + "_second_account_reset_ms", double(resetMs), "ms");
    return true;
}

int runOne(int count, bool versioned)
{
    QTextStream out(stdout);
    const QList<RosterItem> items = makeItems(count);
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<RosterCache> cache;
    if (versioned) {
        database.open(dir.filePath(u"bench.sqlite"_s)).waitForFinished();
        cache = std::make_unique<RosterCache>(database);
        cache->replaceAll(u"v1"_s, items).waitForFinished();
    }
    Test::RecordingStream stream;
    PresenceManager presence(&stream);
    const Element full = versioned ? Element() : rosterResult(QString(), u"v1"_s, items);
    const qint64 rssBefore = rssKiB();

    QElapsedTimer timer;
    timer.start();
    Roster roster(stream, cache.get());
    roster.setVersioningSupported(versioned);
    RosterModel model(&roster, &presence);
    RosterSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    Q_EMIT stream.onlineChanged(true); // the roster fetch starts (after the cache, if any)
    if (!waitFor([&] { return !stream.sent.isEmpty(); })) {
        out << "no roster request\n";
        return 1;
    }
    const QString id = stream.sent.takeFirst().attribute(u"id");
    stream.receive(versioned ? rosterResult(id, u"v1"_s, {}) : [&] {
        Element result = full;
        result.setAttribute(u"id"_s, id);
        return result;
    }());
    if (!waitFor([&] { return roster.isLoaded() && model.contactCount() == count; })) {
        out << "the model did not fill\n";
        return 1;
    }
    const qint64 inModel = timer.elapsed();
    // The view asks for the first rows; the proxy has sorted by then.
    const int shownGroups = proxy.rowCount();
    const qint64 sorted = timer.elapsed();
    const qint64 rssAfter = rssKiB();

    // Every contact comes online once.
    QElapsedTimer presenceTimer;
    presenceTimer.start();
    for (const RosterItem &item : items) {
        Element p(u"presence"_s, ns::Client.toString());
        p.setAttribute(u"from"_s, item.jid.bareString() + u"/desk"_s);
        p.addChild(u"show"_s, ns::Client.toString()).setText(u"away"_s);
        stream.receive(p);
    }
    const qint64 presenceMs = presenceTimer.elapsed();

    out << qSetFieldWidth(6) << count << qSetFieldWidth(0)
        << (versioned ? " versioned" : " first    ")
        << "  roster in the model: " << qSetFieldWidth(5) << inModel << qSetFieldWidth(0)
        << " ms  sorted proxy (" << shownGroups << " groups): " << qSetFieldWidth(5) << sorted
        << qSetFieldWidth(0) << " ms  RSS +" << (rssAfter - rssBefore)
        << " KiB = " << QString::number(double(rssAfter - rssBefore) * 1024.0 / count, 'f', 0)
        << " B/contact  presence for all: " << presenceMs << " ms ("
        << QString::number(double(presenceMs) * 1000.0 / count, 'f', 1) << " us each)" << Qt::endl;
    const QByteArray prefix =
        "roster.model." + QByteArray::number(count) + (versioned ? ".versioned" : ".first");
    const bool targeted = count == 10000; // the targets are given for 10,000 contacts
    Bench::printFigure(prefix + "_ms", double(sorted), "ms",
                       !targeted ? "" : (versioned ? "<200" : "<1000"));
    Bench::printFigure(prefix + "_bytes_per_contact", double(rssAfter - rssBefore) * 1024.0 / count,
                       "B", targeted ? "<2048" : "");
    Bench::printFigure(prefix + "_presence_us_each", double(presenceMs) * 1000.0 / count, "us");
    if (!versioned && !secondAccount(model, proxy, items, prefix)) {
        out << "the model did not take the second account\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        return runOne(arguments.at(1).toInt(), arguments.value(2) == u"versioned");

    QTextStream out(stdout);
    out << "bench_roster: a roster result through Roster into RosterModel (fresh process each)"
        << Qt::endl;
    for (const int count : {1000, 5000, 10000}) {
        for (const bool versioned : {false, true}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            QStringList childArguments{QString::number(count)};
            if (versioned)
                childArguments.append(u"versioned"_s);
            child.start(QCoreApplication::applicationFilePath(), childArguments);
            child.waitForFinished(120000);
            if (child.exitCode() != 0)
                return 1;
        }
    }
    return 0;
}
