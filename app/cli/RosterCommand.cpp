#include "RosterCommand.h"

#include "CliSession.h"
#include "im/DisplayText.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {
QString showOf(const Presence &presence)
{
    if (!presence.isAvailable())
        return u"offline"_s;
    const QString name = Presence::showName(presence.show);
    return name.isEmpty() ? u"online"_s : name;
}

void print(AccountServices &services, bool json)
{
    QList<RosterItem> items = services.roster()->items();
    std::sort(items.begin(), items.end(), [](const RosterItem &a, const RosterItem &b) {
        return a.jid.bareString() < b.jid.bareString();
    });
    QTextStream out(stdout);
    QJsonArray array;
    for (const RosterItem &item : std::as_const(items)) {
        const Presence presence = services.presence()->aggregate(item.jid);
        const QString subscription = RosterItem::subscriptionName(item.subscription) +
                                     (item.askSubscribe ? u"+ask"_s : QString());
        if (json) {
            array.append(QJsonObject{
                {u"jid"_s, item.jid.bareString()},
                {u"name"_s, item.name},
                {u"groups"_s, QJsonArray::fromStringList(item.groups)},
                {u"subscription"_s, RosterItem::subscriptionName(item.subscription)},
                {u"ask"_s, item.askSubscribe},
                {u"show"_s, showOf(presence)},
                {u"status"_s, presence.statusFor()},
            });
            continue;
        }
        out << item.jid.bareString();
        if (!item.name.isEmpty())
            out << " \"" << safeDisplayName(item.name) << '"';
        if (!item.groups.isEmpty()) {
            QStringList groups;
            for (const QString &group : item.groups)
                groups.append(safeDisplayName(group));
            out << " [" << groups.join(u", ") << ']';
        }
        out << "  " << subscription << "  " << showOf(presence);
        if (const QString status = presence.statusFor(); !status.isEmpty())
            out << "  " << status.simplified();
        out << '\n';
    }
    if (json)
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (items.isEmpty())
        out << "(no contacts)\n";
    out.flush();
}
} // namespace

int runRoster(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sign in, print the contact list with everybody's presence, and sign out."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addOption({u"json"_s, u"Print a JSON array of {jid, name, groups, subscription, ask, "
                                 u"show, status}."_s});
    parser.addOption({u"wait"_s, u"Seconds to wait for presence after the roster (default 2)."_s,
                      u"seconds"_s, u"2"_s});
    parser.addOption(
        {u"timeout"_s, u"Give up after this many seconds (default 60)."_s, u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QString error;
    if (!options.read(parser, &error)) {
        QTextStream(stderr) << "linnet-cli roster: " << error << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(u"json"_s);
    const int waitMs = int(parser.value(u"wait"_s).toDouble() * 1000);

    CliSession session(options, u"roster"_s);
    session.start(
        [&] {
            QTimer::singleShot(waitMs, &session, [&] {
                print(session.services(), json);
                session.finish(0);
            });
        },
        parser.value(u"timeout"_s).toInt());
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli
