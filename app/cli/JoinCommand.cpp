#include "JoinCommand.h"

#include "CliSession.h"
#include "InterruptWatcher.h"
#include "RoomConsole.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

int runJoin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Join a multi-user chat room and print its messages and presence until interrupted "
        u"(Ctrl-C, SIGTERM) or the end of input (Ctrl-D). Each line typed is sent to the room; "
        u"/nick NEW, /subject TEXT, /msg NICK TEXT (a private message) and /leave are commands, "
        u"and // sends a line starting with /. Exit code 0 when we left, 1 when the join failed "
        u"(the reason is on stderr), 3 when the room removed us."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(u"room"_s, u"The room, e.g. lounge@conference.example.org."_s);
    parser.addOption({u"nick"_s, u"The nick to use in the room (required)."_s, u"nick"_s});
    parser.addOption({u"password"_s, u"The room's password, if it has one."_s, u"password"_s});
    parser.addOption(
        {u"history"_s,
         u"Ask the room for at most this many earlier messages (0: none; default: "
         u"what the room sends), or \"archive\": the newest page of the room's "
         u"archive (XEP-0313) instead, which arrives after the join (input that ends at "
         u"once leaves before it)."_s,
         u"count"_s});
    parser.addOption({u"database"_s,
                      u"Store the room's messages in this database (default: kept in memory "
                      u"only)."_s,
                      u"file"_s});
    parser.addOption({u"json"_s, u"Print one JSON object per line with a \"type\": joined, "
                                 u"occupant-joined, occupant-left, occupant-changed, nick, "
                                 u"subject, message, private, notice, error, exit; timestamps "
                                 u"in ISO 8601 UTC."_s});
    parser.addOption({u"timeout"_s,
                      u"Give up signing in, and then joining, after this many seconds each "
                      u"(default 60)."_s,
                      u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli join: " << error << Qt::endl;
        return 2;
    }
    // ConnectionOptions quiets info and warnings; the group chat code also logs debug lines.
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(
            u"linnet.*.debug=false\nlinnet.*.info=false\nlinnet.*.warning=false"_s);
    if (parser.positionalArguments().size() != 1) {
        err << "linnet-cli join: give the room: linnet-cli join ROOM --nick NICK" << Qt::endl;
        return 2;
    }
    const QString roomText = parser.positionalArguments().constFirst();
    const Jid room = Jid::parse(roomText);
    if (!room.isValid() || room.local().isEmpty() || !room.resource().isEmpty()) {
        err << "linnet-cli join: invalid room '" << roomText << "': "
            << (room.isValid() ? u"a room address looks like name@conference.example.org"_s
                               : room.error())
            << Qt::endl;
        return 2;
    }
    JoinOptions join;
    join.nick = parser.value(u"nick"_s).trimmed();
    if (join.nick.isEmpty()) {
        err << "linnet-cli join: --nick is required: the name others see in the room" << Qt::endl;
        return 2;
    }
    if (!room.withResource(join.nick).isValid()) {
        err << "linnet-cli join: the nick '" << join.nick
            << "' cannot be used: " << room.withResource(join.nick).error() << Qt::endl;
        return 2;
    }
    join.password = parser.value(u"password"_s);
    if (parser.value(u"history"_s) == u"archive") {
        join.history.kind = JoinHistory::Kind::FromArchive;
    } else if (parser.isSet(u"history"_s)) {
        bool ok = false;
        const int count = parser.value(u"history"_s).toInt(&ok);
        if (!ok || count < 0) {
            err << "linnet-cli join: --history must be a number of messages, 0 or more, or "
                   "archive"
                << Qt::endl;
            return 2;
        }
        join.history.kind = count == 0 ? JoinHistory::Kind::None : JoinHistory::Kind::MaxStanzas;
        join.history.maxStanzas = count;
    }
    bool timeoutOk = false;
    const int timeout = parser.value(u"timeout"_s).toInt(&timeoutOk);
    if (!timeoutOk || timeout <= 0) {
        err << "linnet-cli join: --timeout must be a positive number of seconds" << Qt::endl;
        return 2;
    }

    CliSession session(options, u"join"_s, parser.value(u"database"_s));
    RoomConsole console(session, room, join, parser.isSet(u"json"_s), timeout);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &console,
                     [&console] { console.interrupt(); });
    console.startReading();
    session.start([&console] { console.join(); }, timeout);
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli
