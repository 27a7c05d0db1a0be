#include "disco/ServiceCatalogue.h"

#include "xml/namespaces.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet::ServiceCatalogue {
namespace {

#define N(text) QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", text)

QString tr(const char *text)
{
    return QCoreApplication::translate("Linnet::ServiceCatalogue", text);
}

struct IdentityRow
{
    QStringView category;
    QStringView type; // empty: any type of the category
    const char *name;
    const char *description;
    QStringView spec;
};

// clang-format off
// The XMPP registrar's disco categories and types that a user meets.
const IdentityRow identityRows[] = {
    {u"server", u"im", N("Chat server"), N("An XMPP server hosting accounts."), u"RFC 6120"},
    {u"conference", u"text", N("Multi-user chat service"), N("Hosts group chat rooms you can browse and join."), u"XEP-0045"},
    {u"conference", u"irc", N("IRC gateway"), N("Group chats on IRC networks, reached through XMPP."), u"XEP-0045"},
    {u"pubsub", u"service", N("Publish-subscribe service"), N("Keeps nodes that publish items to their subscribers."), u"XEP-0060"},
    {u"pubsub", u"pep", N("Personal eventing (PEP)"), N("Publishes an account's own data (avatar, bookmarks, keys) to its contacts."), u"XEP-0163"},
    {u"pubsub", u"leaf", N("Publish-subscribe node"), N("A node that holds published items."), u"XEP-0060"},
    {u"pubsub", u"collection", N("Publish-subscribe collection"), N("A node that groups other nodes."), u"XEP-0248"},
    {u"store", u"file", N("HTTP file upload"), N("Stores files you share and gives them a web address."), u"XEP-0363"},
    {u"proxy", u"bytestreams", N("File transfer proxy (SOCKS5)"), N("Relays file transfers between people who cannot connect directly."), u"XEP-0065"},
    {u"directory", u"user", N("User directory"), N("Searches for people registered with the directory."), u"XEP-0055"},
    {u"directory", u"chatroom", N("Room directory"), N("Searches for group chat rooms."), u"XEP-0433"},
    {u"directory", u"group", N("Group directory"), N("Searches for groups."), {}},
    {u"automation", u"command-list", N("Commands"), N("A list of commands you can run."), u"XEP-0050"},
    {u"automation", u"command-node", N("Command"), N("A command you can run, possibly through several forms."), u"XEP-0050"},
    {u"automation", u"rpc", N("XML-RPC"), N("Remote procedure calls over XMPP."), u"XEP-0009"},
    {u"account", u"admin", N("Administrator account"), N("An account that administers the server."), {}},
    {u"account", u"registered", N("Registered account"), N("An account registered on the server."), {}},
    {u"account", u"anonymous", N("Anonymous account"), N("A temporary account without a password."), u"XEP-0175"},
    {u"auth", {}, N("Authentication service"), N("Checks who people are for other services."), {}},
    {u"client", u"pc", N("Desktop chat client"), N("A chat program on a computer."), {}},
    {u"client", u"phone", N("Phone chat client"), N("A chat app on a phone."), {}},
    {u"client", u"handheld", N("Handheld chat client"), N("A chat app on a small device."), {}},
    {u"client", u"tablet", N("Tablet chat client"), N("A chat app on a tablet."), {}},
    {u"client", u"web", N("Web chat client"), N("A chat client running in a browser."), {}},
    {u"client", u"bot", N("Bot"), N("A program that answers automatically."), {}},
    {u"client", u"console", N("Console chat client"), N("A chat program in a terminal."), {}},
    {u"client", {}, N("Chat client"), N("A program someone chats with."), {}},
    {u"gateway", u"smtp", N("Email gateway"), N("Sends and receives email through XMPP."), u"XEP-0100"},
    {u"gateway", u"sms", N("SMS gateway"), N("Sends and receives text messages through XMPP."), u"XEP-0100"},
    {u"gateway", u"irc", N("IRC gateway"), N("Reaches IRC networks through XMPP."), u"XEP-0100"},
    {u"gateway", {}, N("Gateway"), N("Reaches another chat network through XMPP."), u"XEP-0100"},
    {u"component", {}, N("Server component"), N("A service that runs alongside the server."), u"XEP-0114"},
    {u"headline", {}, N("News service"), N("Sends headlines such as news or weather."), {}},
    {u"hierarchy", u"branch", N("Branch"), N("A node with more items below it."), u"XEP-0030"},
    {u"hierarchy", u"leaf", N("Leaf"), N("A node with nothing below it."), u"XEP-0030"},
    {u"collaboration", {}, N("Collaboration service"), N("Works on something together with others."), {}},
};

struct FeatureRow
{
    QStringView var;
    const char *name;
    const char *description;
    QStringView spec;
};

const FeatureRow featureRows[] = {
    {ns::DiscoInfo, N("Service discovery"), N("Says what it is and what it can do."), u"XEP-0030"},
    {ns::DiscoItems, N("Service discovery items"), N("Lists the services or nodes it offers."), u"XEP-0030"},
    {ns::Roster, N("Contact list"), N("Keeps your contacts on the server."), u"RFC 6121"},
    {ns::RosterVersioningFeature, N("Contact list versioning"), N("Sends only the changes of your contact list."), u"RFC 6121"},
    {ns::PreApprovalFeature, N("Subscription pre-approval"), N("Lets you approve a contact before they ask."), u"RFC 6121"},
    {ns::Muc, N("Multi-user chat"), N("Group chat rooms."), u"XEP-0045"},
    {ns::MucUser, N("Multi-user chat: occupants"), N("Information about people in rooms."), u"XEP-0045"},
    {ns::MucOwner, N("Multi-user chat: room configuration"), N("Room owners can configure their rooms."), u"XEP-0045"},
    {ns::MucAdmin, N("Multi-user chat: moderation"), N("Moderators can manage roles and affiliations."), u"XEP-0045"},
    {ns::MucStableId, N("Multi-user chat: stable message ids"), N("Keeps message ids so they can be referred to later."), u"XEP-0045"},
    {ns::MucSelfPing, N("Multi-user chat self-ping"), N("Lets you check cheaply that you are still in a room."), u"XEP-0410"},
    {ns::OccupantId, N("Occupant ids"), N("Tells people apart in a room even when they change their nickname."), u"XEP-0421"},
    {ns::PubSub, N("Publish-subscribe"), N("Nodes of published items with subscribers."), u"XEP-0060"},
    {ns::PubSubOwner, N("Publish-subscribe: node management"), N("Node owners can configure and delete nodes."), u"XEP-0060"},
    {ns::PubSubEvent, N("Publish-subscribe: notifications"), N("Receives items as they are published."), u"XEP-0060"},
    {ns::HttpUpload, N("HTTP file upload"), N("Uploads files to share them by link."), u"XEP-0363"},
    {ns::HttpUploadLegacy, N("HTTP file upload (old version)"), N("An earlier version of file upload."), u"XEP-0363"},
    {ns::Bytestreams, N("SOCKS5 bytestreams"), N("File transfers directly or through a proxy."), u"XEP-0065"},
    {ns::InBandBytestreams, N("In-band bytestreams"), N("File transfers through the chat connection itself."), u"XEP-0047"},
    {ns::Jingle, N("Jingle"), N("Sets up calls and file transfers between people."), u"XEP-0166"},
    {ns::JingleFileTransfer, N("Jingle file transfer"), N("Sends files with Jingle."), u"XEP-0234"},
    {ns::JingleRtp, N("Jingle audio and video"), N("Voice and video calls."), u"XEP-0167"},
    {ns::JingleIceUdp, N("Jingle ICE-UDP transport"), N("Finds a network path for calls through firewalls."), u"XEP-0176"},
    {ns::JingleRawUdp, N("Jingle raw UDP transport"), N("A plain network path for calls."), u"XEP-0177"},
    {ns::JingleSocks5, N("Jingle SOCKS5 transport"), N("Transfers files directly or through a proxy."), u"XEP-0260"},
    {ns::JingleIbb, N("Jingle in-band transport"), N("Transfers files through the chat connection."), u"XEP-0261"},
    {ns::JingleDtls, N("Jingle DTLS encryption"), N("Encrypts call media."), u"XEP-0320"},
    {ns::JingleMessage, N("Jingle call invitations"), N("Rings all your devices for a call."), u"XEP-0353"},
    {ns::Amp, N("Advanced message processing"), N("Rules for what the server does with a message, e.g. drop it if it cannot be delivered now."), u"XEP-0079"},
    {ns::HttpBind, N("BOSH"), N("Connects over HTTP long-polling, for web clients."), u"XEP-0124"},
    {ns::AltConnectionsBosh, N("BOSH endpoint"), N("Web clients can connect over HTTP long-polling."), u"XEP-0156"},
    {ns::AltConnectionsWebSocket, N("WebSocket endpoint"), N("Web clients can connect over WebSocket."), u"XEP-0156"},
    {ns::Commands, N("Ad-hoc commands"), N("Runs commands offered by the service."), u"XEP-0050"},
    {ns::AdHocAdmin, N("Service administration"), N("Administrators manage the service through commands."), u"XEP-0133"},
    {ns::Register, N("In-band registration"), N("Creates or manages an account or a registration."), u"XEP-0077"},
    {ns::Search, N("Search"), N("Finds people or things through a form."), u"XEP-0055"},
    {ns::Version, N("Software version"), N("Tells which software it runs."), u"XEP-0092"},
    {ns::Ping, N("Ping"), N("Answers to check that the connection works."), u"XEP-0199"},
    {ns::Time, N("Entity time"), N("Tells its local time."), u"XEP-0202"},
    {ns::LegacyTime, N("Entity time (old version)"), N("Tells its local time the old way."), u"XEP-0090"},
    {ns::LastActivity, N("Last activity"), N("Tells how long since someone was active, or the server's uptime."), u"XEP-0012"},
    {ns::Mam, N("Message archive"), N("Keeps your message history on the server."), u"XEP-0313"},
    {ns::MamLegacy, N("Message archive (old version)"), N("An earlier version of the message archive."), u"XEP-0313"},
    {ns::Carbons, N("Message carbons"), N("Copies your conversations to all your devices."), u"XEP-0280"},
    {ns::CarbonsRules, N("Message carbons rules"), N("Copies more kinds of messages to all your devices."), u"XEP-0280"},
    {ns::Blocking, N("Blocking"), N("Blocks people from contacting you."), u"XEP-0191"},
    {ns::Bookmarks, N("Bookmarks"), N("Keeps your rooms in your account."), u"XEP-0402"},
    {ns::BookmarksCompat, N("Bookmarks (compatible)"), N("Keeps old and new style bookmarks in step."), u"XEP-0402"},
    {ns::BookmarksLegacy, N("Bookmarks (old style)"), N("Keeps your rooms in private storage."), u"XEP-0048"},
    {ns::PrivateXml, N("Private storage"), N("Keeps private data for your account."), u"XEP-0049"},
    {ns::VCardTemp, N("vCard"), N("Profiles with name, avatar and contact details."), u"XEP-0054"},
    {ns::VCard4, N("vCard 4"), N("Profiles published with personal eventing."), u"XEP-0292"},
    {ns::OfflineMessages, N("Offline message retrieval"), N("Lets you fetch messages sent while you were away."), u"XEP-0013"},
    {ns::MsgOffline, N("Offline messages"), N("Keeps messages sent while you are away."), u"XEP-0160"},
    {ns::StreamManagement, N("Stream management"), N("Resumes a dropped connection without losing messages."), u"XEP-0198"},
    {ns::Csi, N("Client state indication"), N("Saves battery and data while you are not looking."), u"XEP-0352"},
    {ns::Caps, N("Entity capabilities"), N("Announces features in presence."), u"XEP-0115"},
    {ns::Receipts, N("Delivery receipts"), N("Confirms that a message arrived."), u"XEP-0184"},
    {ns::ChatStates, N("Chat states"), N("Shows when someone is typing."), u"XEP-0085"},
    {ns::ChatMarkers, N("Chat markers"), N("Shows which messages were read."), u"XEP-0333"},
    {ns::MessageCorrect, N("Message correction"), N("Corrects the last message sent."), u"XEP-0308"},
    {ns::MessageRetract, N("Message retraction"), N("Takes back a message sent."), u"XEP-0424"},
    {ns::Styling, N("Message styling"), N("Bold, italics and code in plain text."), u"XEP-0393"},
    {ns::Idle, N("Last user interaction"), N("Tells how long someone has been idle."), u"XEP-0319"},
    {ns::StanzaId, N("Unique message ids"), N("Gives every message an id that stays."), u"XEP-0359"},
    {ns::Rsm, N("Result set management"), N("Pages through long lists."), u"XEP-0059"},
    {ns::ProcessingHints, N("Message processing hints"), N("Tells the server whether to store or copy a message."), u"XEP-0334"},
    {ns::Delay, N("Delayed delivery"), N("Marks messages with the time they were sent."), u"XEP-0203"},
    {ns::Forward, N("Forwarding"), N("Wraps a message to pass it on."), u"XEP-0297"},
    {ns::DataForms, N("Data forms"), N("Fills in forms."), u"XEP-0004"},
    {ns::DataFormsValidate, N("Data form validation"), N("Checks form values before sending."), u"XEP-0122"},
    {ns::OutOfBandData, N("Out-of-band data"), N("Shares links to files."), u"XEP-0066"},
    {ns::ExternalServices, N("External services"), N("Tells clients about STUN and TURN servers for calls."), u"XEP-0215"},
    {ns::Push, N("Push notifications"), N("Wakes phone apps when a message arrives."), u"XEP-0357"},
    {ns::Omemo, N("OMEMO encryption"), N("End-to-end encryption for messages."), u"XEP-0384"},
    {ns::Omemo2, N("OMEMO encryption (version 2)"), N("End-to-end encryption for messages."), u"XEP-0384"},
    {ns::Mix, N("Mediated information exchange (MIX)"), N("A newer form of group chat."), u"XEP-0369"},
    {ns::Reactions, N("Reactions"), N("Reacts to messages with emoji."), u"XEP-0444"},
    {ns::Avatar, N("User avatar"), N("Publishes profile pictures."), u"XEP-0084"},
    {ns::Nick, N("User nickname"), N("Publishes the name you want to be called."), u"XEP-0172"},
    {ns::UserTune, N("User tune"), N("Publishes the music you listen to."), u"XEP-0118"},
    {ns::ServerInfo, N("Server contact information"), N("Who to contact about this server."), u"XEP-0157"},
    {ns::Sasl2, N("Extensible authentication (SASL2)"), N("A faster, richer way to sign in."), u"XEP-0388"},
    {ns::Bind2, N("Resource binding 2"), N("Sets up a session while signing in."), u"XEP-0386"},
    {ns::SaslFast, N("Fast authentication"), N("Signs in again quickly with a token."), u"XEP-0484"},
    {ns::ExtendedAddressing, N("Extended stanza addressing"), N("Sends one message to several recipients."), u"XEP-0033"},
    {ns::Xhtml, N("XHTML-IM"), N("Formatted messages (obsolete)."), u"XEP-0071"},
    {ns::Invisible, N("Invisibility"), N("Lets you be online without being seen."), u"XEP-0186"},
};

// Sub-features named by a suffix of a protocol's namespace.
struct FamilyRow
{
    QStringView prefix;
    const char *name; // %1 is the rest, made readable
    QStringView spec;
};

const FamilyRow familyRows[] = {
    {u"http://jabber.org/protocol/pubsub#", N("Publish-subscribe: %1"), u"XEP-0060"},
    {u"http://jabber.org/protocol/muc#", N("Multi-user chat: %1"), u"XEP-0045"},
    {u"muc_", N("Room: %1"), u"XEP-0045"},
    {u"http://jabber.org/protocol/amp?", N("Message processing rule: %1"), u"XEP-0079"},
    {u"http://jabber.org/protocol/amp#", N("Message processing: %1"), u"XEP-0079"},
    {u"urn:xmpp:mam:2#", N("Message archive: %1"), u"XEP-0313"},
};
// clang-format on

#undef N

QString readable(QStringView rest)
{
    QString text = rest.toString();
    text.replace(u'-', u' ').replace(u'_', u' ').replace(u'=', u' ');
    return text;
}

const FeatureRow *featureRow(QStringView var)
{
    for (const FeatureRow &row : featureRows) {
        if (row.var == var)
            return &row;
    }
    return nullptr;
}

std::optional<CatalogueEntry> familyEntry(const QString &var)
{
    for (const FamilyRow &row : familyRows) {
        if (var.startsWith(row.prefix) && var.size() > row.prefix.size())
            return CatalogueEntry{
                tr(row.name).arg(readable(QStringView(var).mid(row.prefix.size()))),
                {},
                row.spec.toString()};
    }
    return std::nullopt;
}

const IdentityRow *identityRow(const QString &category, const QString &type)
{
    const IdentityRow *anyType = nullptr;
    for (const IdentityRow &row : identityRows) {
        if (row.category != category)
            continue;
        if (row.type == type)
            return &row;
        if (row.type.isEmpty() && !anyType)
            anyType = &row;
    }
    return anyType;
}

bool isRoom(const DiscoInfo &info)
{
    const bool conference =
        std::any_of(info.identities.cbegin(), info.identities.cend(),
                    [](const DiscoIdentity &i) { return i.category == u"conference"; });
    const bool roomFeature = std::any_of(info.features.cbegin(), info.features.cend(),
                                         [](const QString &f) { return f.startsWith(u"muc_"); });
    return conference && roomFeature;
}

} // namespace

CatalogueEntry identity(const QString &category, const QString &type)
{
    if (const IdentityRow *row = identityRow(category, type)) {
        QString name = tr(row->name);
        if (row->type.isEmpty() && !type.isEmpty())
            name += u" ("_s + type + u')';
        return {name, tr(row->description), row->spec.toString()};
    }
    return {category + u'/' + type, {}, {}};
}

CatalogueEntry feature(const QString &featureVar)
{
    if (const FeatureRow *row = featureRow(featureVar))
        return {tr(row->name), tr(row->description), row->spec.toString()};
    // XEP-0163 §4: "+notify" asks for notifications of a PEP node.
    if (featureVar.endsWith(u"+notify")) {
        const QString node = featureVar.chopped(7);
        const FeatureRow *row = featureRow(node);
        const QString name = row ? tr(row->name) : node;
        return {tr("Notifications: %1").arg(name), tr("Receives updates from contacts."),
                u"XEP-0163"_s};
    }
    if (const auto entry = familyEntry(featureVar))
        return *entry;
    return {featureVar, {}, {}};
}

bool isKnownFeature(const QString &featureVar)
{
    return !feature(featureVar).spec.isEmpty();
}

QString describe(const DiscoInfo &info)
{
    if (isRoom(info))
        return tr("Group chat room");
    for (const DiscoIdentity &i : info.identities) {
        if (identityRow(i.category, i.type))
            return identity(i.category, i.type).name;
    }
    for (const DiscoIdentity &i : info.identities) {
        if (!i.name.isEmpty())
            return i.name;
    }
    if (!info.identities.isEmpty())
        return info.identities.first().category + u'/' + info.identities.first().type;
    return tr("Unknown kind of service");
}

QList<Action> actionsFor(const DiscoInfo &info)
{
    QList<Action> actions;
    const bool conference =
        std::any_of(info.identities.cbegin(), info.identities.cend(),
                    [](const DiscoIdentity &i) { return i.category == u"conference"; });
    if (isRoom(info))
        actions.append(Action::JoinRoom);
    else if (conference)
        actions.append(Action::BrowseRooms);
    if (info.hasFeature(ns::Commands))
        actions.append(Action::ExecuteCommands);
    if (info.hasFeature(ns::Register))
        actions.append(Action::Register);
    if (info.hasFeature(ns::Search))
        actions.append(Action::Search);
    if (info.hasFeature(ns::HttpUpload))
        actions.append(Action::Upload);
    actions.append(Action::ShowInfo);
    return actions;
}

} // namespace Linnet::ServiceCatalogue
