#include "disco/ServiceCatalogue.h"

#include "xml/namespaces.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet::ServiceCatalogue {
namespace {

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
    {u"server", u"im", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Chat server"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "An XMPP server hosting accounts."), u"RFC 6120"},
    {u"conference", u"text", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat service"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Hosts group chat rooms you can browse and join."), u"XEP-0045"},
    {u"conference", u"irc", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "IRC gateway"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Group chats on IRC networks, reached through XMPP."), u"XEP-0045"},
    {u"pubsub", u"service", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe service"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps nodes that publish items to their subscribers."), u"XEP-0060"},
    {u"pubsub", u"pep", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Personal eventing (PEP)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publishes an account's own data (avatar, bookmarks, keys) to its contacts."), u"XEP-0163"},
    {u"pubsub", u"leaf", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe node"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A node that holds published items."), u"XEP-0060"},
    {u"pubsub", u"collection", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe collection"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A node that groups other nodes."), u"XEP-0248"},
    {u"store", u"file", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "HTTP file upload"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Stores files you share and gives them a web address."), u"XEP-0363"},
    {u"proxy", u"bytestreams", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "File transfer proxy (SOCKS5)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Relays file transfers between people who cannot connect directly."), u"XEP-0065"},
    {u"directory", u"user", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "User directory"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Searches for people registered with the directory."), u"XEP-0055"},
    {u"directory", u"chatroom", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Room directory"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Searches for group chat rooms."), u"XEP-0433"},
    {u"directory", u"group", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Group directory"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Searches for groups."), {}},
    {u"automation", u"command-list", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Commands"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A list of commands you can run."), u"XEP-0050"},
    {u"automation", u"command-node", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Command"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A command you can run, possibly through several forms."), u"XEP-0050"},
    {u"automation", u"rpc", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "XML-RPC"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Remote procedure calls over XMPP."), u"XEP-0009"},
    {u"account", u"admin", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Administrator account"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "An account that administers the server."), {}},
    {u"account", u"registered", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Registered account"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "An account registered on the server."), {}},
    {u"account", u"anonymous", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Anonymous account"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A temporary account without a password."), u"XEP-0175"},
    {u"auth", {}, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Authentication service"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Checks who people are for other services."), {}},
    {u"client", u"pc", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Desktop chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A chat program on a computer."), {}},
    {u"client", u"phone", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Phone chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A chat app on a phone."), {}},
    {u"client", u"handheld", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Handheld chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A chat app on a small device."), {}},
    {u"client", u"tablet", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tablet chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A chat app on a tablet."), {}},
    {u"client", u"web", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Web chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A chat client running in a browser."), {}},
    {u"client", u"bot", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Bot"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A program that answers automatically."), {}},
    {u"client", u"console", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Console chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A chat program in a terminal."), {}},
    {u"client", {}, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Chat client"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A program someone chats with."), {}},
    {u"gateway", u"smtp", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Email gateway"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sends and receives email through XMPP."), u"XEP-0100"},
    {u"gateway", u"sms", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "SMS gateway"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sends and receives text messages through XMPP."), u"XEP-0100"},
    {u"gateway", u"irc", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "IRC gateway"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Reaches IRC networks through XMPP."), u"XEP-0100"},
    {u"gateway", {}, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Gateway"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Reaches another chat network through XMPP."), u"XEP-0100"},
    {u"component", {}, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Server component"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A service that runs alongside the server."), u"XEP-0114"},
    {u"headline", {}, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "News service"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sends headlines such as news or weather."), {}},
    {u"hierarchy", u"branch", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Branch"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A node with more items below it."), u"XEP-0030"},
    {u"hierarchy", u"leaf", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Leaf"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A node with nothing below it."), u"XEP-0030"},
    {u"collaboration", {}, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Collaboration service"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Works on something together with others."), {}},
};

struct FeatureRow
{
    QStringView var;
    const char *name;
    const char *description;
    QStringView spec;
};

const FeatureRow featureRows[] = {
    {ns::DiscoInfo, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Service discovery"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Says what it is and what it can do."), u"XEP-0030"},
    {ns::DiscoItems, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Service discovery items"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Lists the services or nodes it offers."), u"XEP-0030"},
    {ns::Roster, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Contact list"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps your contacts on the server."), u"RFC 6121"},
    {ns::RosterVersioningFeature, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Contact list versioning"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sends only the changes of your contact list."), u"RFC 6121"},
    {ns::PreApprovalFeature, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Subscription pre-approval"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Lets you approve a contact before they ask."), u"RFC 6121"},
    {ns::Muc, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Group chat rooms."), u"XEP-0045"},
    {ns::MucUser, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat: occupants"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Information about people in rooms."), u"XEP-0045"},
    {ns::MucOwner, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat: room configuration"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Room owners can configure their rooms."), u"XEP-0045"},
    {ns::MucAdmin, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat: moderation"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Moderators can manage roles and affiliations."), u"XEP-0045"},
    {ns::MucStableId, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat: stable message ids"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps message ids so they can be referred to later."), u"XEP-0045"},
    {ns::MucSelfPing, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat self-ping"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Lets you check cheaply that you are still in a room."), u"XEP-0410"},
    {ns::OccupantId, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Occupant ids"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells people apart in a room even when they change their nickname."), u"XEP-0421"},
    {ns::PubSub, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Nodes of published items with subscribers."), u"XEP-0060"},
    {ns::PubSubOwner, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe: node management"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Node owners can configure and delete nodes."), u"XEP-0060"},
    {ns::PubSubEvent, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe: notifications"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Receives items as they are published."), u"XEP-0060"},
    {ns::HttpUpload, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "HTTP file upload"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Uploads files to share them by link."), u"XEP-0363"},
    {ns::HttpUploadLegacy, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "HTTP file upload (old version)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "An earlier version of file upload."), u"XEP-0363"},
    {ns::Bytestreams, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "SOCKS5 bytestreams"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "File transfers directly or through a proxy."), u"XEP-0065"},
    {ns::InBandBytestreams, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "In-band bytestreams"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "File transfers through the chat connection itself."), u"XEP-0047"},
    {ns::Jingle, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sets up calls and file transfers between people."), u"XEP-0166"},
    {ns::JingleFileTransfer, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle file transfer"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sends files with Jingle."), u"XEP-0234"},
    {ns::JingleRtp, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle audio and video"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Voice and video calls."), u"XEP-0167"},
    {ns::JingleIceUdp, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle ICE-UDP transport"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Finds a network path for calls through firewalls."), u"XEP-0176"},
    {ns::JingleRawUdp, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle raw UDP transport"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A plain network path for calls."), u"XEP-0177"},
    {ns::JingleSocks5, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle SOCKS5 transport"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Transfers files directly or through a proxy."), u"XEP-0260"},
    {ns::JingleIbb, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle in-band transport"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Transfers files through the chat connection."), u"XEP-0261"},
    {ns::JingleDtls, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle DTLS encryption"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Encrypts call media."), u"XEP-0320"},
    {ns::JingleMessage, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Jingle call invitations"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Rings all your devices for a call."), u"XEP-0353"},
    {ns::Amp, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Advanced message processing"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Rules for what the server does with a message, e.g. drop it if it cannot be delivered now."), u"XEP-0079"},
    {ns::HttpBind, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "BOSH"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Connects over HTTP long-polling, for web clients."), u"XEP-0124"},
    {ns::AltConnectionsBosh, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "BOSH endpoint"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Web clients can connect over HTTP long-polling."), u"XEP-0156"},
    {ns::AltConnectionsWebSocket, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "WebSocket endpoint"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Web clients can connect over WebSocket."), u"XEP-0156"},
    {ns::Commands, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Ad-hoc commands"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Runs commands offered by the service."), u"XEP-0050"},
    {ns::AdHocAdmin, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Service administration"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Administrators manage the service through commands."), u"XEP-0133"},
    {ns::Register, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "In-band registration"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Creates or manages an account or a registration."), u"XEP-0077"},
    {ns::Search, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Search"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Finds people or things through a form."), u"XEP-0055"},
    {ns::Version, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Software version"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells which software it runs."), u"XEP-0092"},
    {ns::Ping, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Ping"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Answers to check that the connection works."), u"XEP-0199"},
    {ns::Time, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Entity time"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells its local time."), u"XEP-0202"},
    {ns::LegacyTime, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Entity time (old version)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells its local time the old way."), u"XEP-0090"},
    {ns::LastActivity, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Last activity"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells how long since someone was active, or the server's uptime."), u"XEP-0012"},
    {ns::Mam, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message archive"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps your message history on the server."), u"XEP-0313"},
    {ns::MamLegacy, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message archive (old version)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "An earlier version of the message archive."), u"XEP-0313"},
    {ns::Carbons, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message carbons"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Copies your conversations to all your devices."), u"XEP-0280"},
    {ns::CarbonsRules, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message carbons rules"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Copies more kinds of messages to all your devices."), u"XEP-0280"},
    {ns::Blocking, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Blocking"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Blocks people from contacting you."), u"XEP-0191"},
    {ns::Bookmarks, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Bookmarks"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps your rooms in your account."), u"XEP-0402"},
    {ns::BookmarksCompat, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Bookmarks (compatible)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps old and new style bookmarks in step."), u"XEP-0402"},
    {ns::BookmarksLegacy, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Bookmarks (old style)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps your rooms in private storage."), u"XEP-0048"},
    {ns::PrivateXml, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Private storage"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps private data for your account."), u"XEP-0049"},
    {ns::VCardTemp, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "vCard"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Profiles with name, avatar and contact details."), u"XEP-0054"},
    {ns::VCard4, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "vCard 4"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Profiles published with personal eventing."), u"XEP-0292"},
    {ns::OfflineMessages, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Offline message retrieval"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Lets you fetch messages sent while you were away."), u"XEP-0013"},
    {ns::MsgOffline, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Offline messages"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Keeps messages sent while you are away."), u"XEP-0160"},
    {ns::StreamManagement, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Stream management"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Resumes a dropped connection without losing messages."), u"XEP-0198"},
    {ns::Csi, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Client state indication"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Saves battery and data while you are not looking."), u"XEP-0352"},
    {ns::Caps, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Entity capabilities"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Announces features in presence."), u"XEP-0115"},
    {ns::Receipts, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Delivery receipts"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Confirms that a message arrived."), u"XEP-0184"},
    {ns::ChatStates, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Chat states"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Shows when someone is typing."), u"XEP-0085"},
    {ns::ChatMarkers, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Chat markers"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Shows which messages were read."), u"XEP-0333"},
    {ns::MessageCorrect, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message correction"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Corrects the last message sent."), u"XEP-0308"},
    {ns::MessageRetract, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message retraction"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Takes back a message sent."), u"XEP-0424"},
    {ns::Styling, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message styling"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Bold, italics and code in plain text."), u"XEP-0393"},
    {ns::Idle, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Last user interaction"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells how long someone has been idle."), u"XEP-0319"},
    {ns::StanzaId, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Unique message ids"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Gives every message an id that stays."), u"XEP-0359"},
    {ns::Rsm, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Result set management"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Pages through long lists."), u"XEP-0059"},
    {ns::ProcessingHints, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message processing hints"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells the server whether to store or copy a message."), u"XEP-0334"},
    {ns::Delay, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Delayed delivery"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Marks messages with the time they were sent."), u"XEP-0203"},
    {ns::Forward, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Forwarding"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Wraps a message to pass it on."), u"XEP-0297"},
    {ns::DataForms, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Data forms"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Fills in forms."), u"XEP-0004"},
    {ns::DataFormsValidate, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Data form validation"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Checks form values before sending."), u"XEP-0122"},
    {ns::OutOfBandData, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Out-of-band data"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Shares links to files."), u"XEP-0066"},
    {ns::ExternalServices, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "External services"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Tells clients about STUN and TURN servers for calls."), u"XEP-0215"},
    {ns::Push, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Push notifications"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Wakes phone apps when a message arrives."), u"XEP-0357"},
    {ns::Omemo, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "OMEMO encryption"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "End-to-end encryption for messages."), u"XEP-0384"},
    {ns::Omemo2, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "OMEMO encryption (version 2)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "End-to-end encryption for messages."), u"XEP-0384"},
    {ns::Mix, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Mediated information exchange (MIX)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A newer form of group chat."), u"XEP-0369"},
    {ns::Reactions, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Reactions"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Reacts to messages with emoji."), u"XEP-0444"},
    {ns::Avatar, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "User avatar"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publishes profile pictures."), u"XEP-0084"},
    {ns::Nick, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "User nickname"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publishes the name you want to be called."), u"XEP-0172"},
    {ns::UserTune, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "User tune"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publishes the music you listen to."), u"XEP-0118"},
    {ns::ServerInfo, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Server contact information"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Who to contact about this server."), u"XEP-0157"},
    {ns::Sasl2, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Extensible authentication (SASL2)"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "A faster, richer way to sign in."), u"XEP-0388"},
    {ns::Bind2, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Resource binding 2"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sets up a session while signing in."), u"XEP-0386"},
    {ns::SaslFast, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Fast authentication"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Signs in again quickly with a token."), u"XEP-0484"},
    {ns::ExtendedAddressing, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Extended stanza addressing"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Sends one message to several recipients."), u"XEP-0033"},
    {ns::Xhtml, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "XHTML-IM"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Formatted messages (obsolete)."), u"XEP-0071"},
    {ns::Invisible, QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Invisibility"), QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Lets you be online without being seen."), u"XEP-0186"},
};

// Sub-features named by a suffix of a protocol's namespace.
struct FamilyRow
{
    QStringView prefix;
    const char *name; // %1 is the rest, made readable
    QStringView spec;
};

const FamilyRow familyRows[] = {
    {u"http://jabber.org/protocol/pubsub#", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Publish-subscribe: %1"), u"XEP-0060"},
    {u"http://jabber.org/protocol/muc#", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Multi-user chat: %1"), u"XEP-0045"},
    {u"muc_", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Room: %1"), u"XEP-0045"},
    {u"http://jabber.org/protocol/amp?", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message processing rule: %1"), u"XEP-0079"},
    {u"http://jabber.org/protocol/amp#", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message processing: %1"), u"XEP-0079"},
    {u"urn:xmpp:mam:2#", QT_TRANSLATE_NOOP("Linnet::ServiceCatalogue", "Message archive: %1"), u"XEP-0313"},
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
            return CatalogueEntry{QCoreApplication::translate("Linnet::ServiceCatalogue", row.name)
                                      .arg(readable(QStringView(var).mid(row.prefix.size()))),
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
        QString name = QCoreApplication::translate("Linnet::ServiceCatalogue", row->name);
        if (row->type.isEmpty() && !type.isEmpty())
            name += u" ("_s + type + u')';
        return {name, QCoreApplication::translate("Linnet::ServiceCatalogue", row->description),
                row->spec.toString()};
    }
    return {category + u'/' + type, {}, {}};
}

CatalogueEntry feature(const QString &featureVar)
{
    if (const FeatureRow *row = featureRow(featureVar))
        return {QCoreApplication::translate("Linnet::ServiceCatalogue", row->name),
                QCoreApplication::translate("Linnet::ServiceCatalogue", row->description),
                row->spec.toString()};
    // XEP-0163 §4: "+notify" asks for notifications of a PEP node.
    if (featureVar.endsWith(u"+notify")) {
        const QString node = featureVar.chopped(7);
        const FeatureRow *row = featureRow(node);
        const QString name =
            row ? QCoreApplication::translate("Linnet::ServiceCatalogue", row->name) : node;
        return {
            QCoreApplication::translate("Linnet::ServiceCatalogue", "Notifications: %1").arg(name),
            QCoreApplication::translate("Linnet::ServiceCatalogue",
                                        "Receives updates from contacts."),
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
        return QCoreApplication::translate("Linnet::ServiceCatalogue", "Group chat room");
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
    return QCoreApplication::translate("Linnet::ServiceCatalogue", "Unknown kind of service");
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
