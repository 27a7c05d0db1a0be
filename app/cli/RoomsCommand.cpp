#include "RoomsCommand.h"

#include "CliSession.h"
#include "disco/DiscoClient.h"
#include "muc/MucManager.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

QJsonObject toJson(const RoomListing &room)
{
    QJsonObject object{
        {u"jid"_s, room.jid.toString()},
        {u"name"_s, room.name},
        {u"passwordProtected"_s, room.passwordProtected},
        {u"membersOnly"_s, room.membersOnly},
    };
    // null when the room does not say
    object.insert(u"occupants"_s, room.occupants >= 0 ? QJsonValue(room.occupants) : QJsonValue());
    if (!room.description.isEmpty())
        object.insert(u"description"_s, room.description);
    return object;
}

void printText(QTextStream &out, const Jid &service, const QList<RoomListing> &rooms)
{
    if (rooms.isEmpty()) {
        out << service.toString() << " lists no rooms.\n";
        return;
    }
    for (const RoomListing &room : rooms) {
        out << room.jid.toString();
        if (!room.name.isEmpty() && room.name != room.jid.local())
            out << " \"" << room.name << '"';
        if (room.occupants >= 0)
            out << " — " << room.occupants << (room.occupants == 1 ? " occupant" : " occupants");
        QStringList flags;
        if (room.passwordProtected)
            flags << u"password"_s;
        if (room.membersOnly)
            flags << u"members only"_s;
        if (!flags.isEmpty())
            out << " [" << flags.join(u", "_s) << ']';
        out << '\n';
        if (!room.description.isEmpty())
            out << "    " << room.description << '\n';
    }
}

} // namespace

int runRooms(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sign in and list the rooms of a multi-user chat service with their names, occupant "
        u"counts, and whether they need a password or membership."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(u"service"_s, u"The chat service, e.g. conference.example.org."_s);
    parser.addOption({u"json"_s, u"Print a JSON array of {jid, name, occupants (null when the "
                                 u"room does not say), passwordProtected, membersOnly, "
                                 u"description}."_s});
    parser.addOption(
        {u"timeout"_s, u"Give up after this many seconds (default 60)."_s, u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli rooms: " << error << Qt::endl;
        return 2;
    }
    // ConnectionOptions quiets info and warnings; the group chat code also logs debug lines.
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(
            u"linnet.*.debug=false\nlinnet.*.info=false\nlinnet.*.warning=false"_s);
    if (parser.positionalArguments().size() != 1) {
        err << "linnet-cli rooms: give the chat service: linnet-cli rooms SERVICE" << Qt::endl;
        return 2;
    }
    const Jid service = Jid::parse(parser.positionalArguments().constFirst());
    if (!service.isValid() || !service.isDomain()) {
        err << "linnet-cli rooms: invalid service '" << parser.positionalArguments().constFirst()
            << "': "
            << (service.isValid()
                    ? u"a chat service is a bare domain, like conference.example.org"_s
                    : service.error())
            << Qt::endl;
        return 2;
    }
    bool timeoutOk = false;
    const int timeout = parser.value(u"timeout"_s).toInt(&timeoutOk);
    if (!timeoutOk || timeout <= 0) {
        err << "linnet-cli rooms: --timeout must be a positive number of seconds" << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(u"json"_s);

    CliSession session(options, u"rooms"_s);
    DiscoClient disco(session.client());
    bool answered = false;
    const auto end = [&](int exitCode, const QString &sentence) {
        if (answered)
            return;
        answered = true;
        if (!sentence.isEmpty())
            err << "linnet-cli rooms: " << sentence << Qt::endl;
        session.finish(exitCode);
    };
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &session, [&] {
        end(1, u"%1 did not answer within %2 seconds"_s.arg(service.toString()).arg(timeout));
    });
    const auto list = [&] {
        session.services().muc()->listRooms(
            service, [&](const QList<RoomListing> &rooms, const MucOutcome &outcome) {
                if (answered)
                    return;
                if (!outcome.ok) {
                    end(1, service.toString() + u": "_s + outcome.sentence);
                    return;
                }
                QTextStream out(stdout);
                if (json) {
                    QJsonArray array;
                    for (const RoomListing &room : rooms)
                        array.append(toJson(room));
                    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
                } else {
                    printText(out, service, rooms);
                }
                out.flush();
                end(0, {});
            });
    };
    session.start(
        [&] {
            deadline.start(timeout * 1000);
            // First make sure it is a chat service at all: anything else lists no rooms but
            // would look like an empty one.
            disco.info(service, {}, [&](const DiscoInfoResult &info) {
                if (answered)
                    return;
                if (!info.ok)
                    end(1, service.toString() + u": "_s + info.error);
                else if (!info.info.hasFeature(ns::Muc))
                    end(1, u"%1 is not a group chat service (it does not offer multi-user chat, "
                           u"XEP-0045)"_s.arg(service.toString()));
                else
                    list();
            });
        },
        timeout);
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli
