#pragma once

#include <QStringView>

// Every XML namespace Linnet speaks, in one place.
namespace Linnet::ns {

inline constexpr QStringView Stream = u"http://etherx.jabber.org/streams";
inline constexpr QStringView Client = u"jabber:client";
inline constexpr QStringView Xml = u"http://www.w3.org/XML/1998/namespace";
inline constexpr QStringView StreamErrors = u"urn:ietf:params:xml:ns:xmpp-streams";
inline constexpr QStringView StanzaErrors = u"urn:ietf:params:xml:ns:xmpp-stanzas";
inline constexpr QStringView Tls = u"urn:ietf:params:xml:ns:xmpp-tls";
inline constexpr QStringView Sasl = u"urn:ietf:params:xml:ns:xmpp-sasl";
inline constexpr QStringView Bind = u"urn:ietf:params:xml:ns:xmpp-bind";
inline constexpr QStringView Session = u"urn:ietf:params:xml:ns:xmpp-session";
inline constexpr QStringView Ping = u"urn:xmpp:ping";
inline constexpr QStringView StreamManagement = u"urn:xmpp:sm:3";
inline constexpr QStringView Csi = u"urn:xmpp:csi:0";
inline constexpr QStringView RosterVersioningFeature = u"urn:xmpp:features:rosterver";
inline constexpr QStringView PreApprovalFeature = u"urn:xmpp:features:pre-approval";
inline constexpr QStringView RegisterFeature = u"http://jabber.org/features/iq-register";
inline constexpr QStringView DiscoInfo = u"http://jabber.org/protocol/disco#info";
inline constexpr QStringView DiscoItems = u"http://jabber.org/protocol/disco#items";
inline constexpr QStringView Version = u"jabber:iq:version";
inline constexpr QStringView Time = u"urn:xmpp:time";
inline constexpr QStringView SaslChannelBinding = u"urn:xmpp:sasl-cb:0";
inline constexpr QStringView Caps = u"http://jabber.org/protocol/caps";
inline constexpr QStringView DataForms = u"jabber:x:data";
inline constexpr QStringView Idle = u"urn:xmpp:idle:1";
inline constexpr QStringView MucUser = u"http://jabber.org/protocol/muc#user";
inline constexpr QStringView Roster = u"jabber:iq:roster";
inline constexpr QStringView Blocking = u"urn:xmpp:blocking";
inline constexpr QStringView BlockingErrors = u"urn:xmpp:blocking:errors";

inline constexpr QStringView Carbons = u"urn:xmpp:carbons:2";
inline constexpr QStringView Forward = u"urn:xmpp:forward:0";
inline constexpr QStringView Delay = u"urn:xmpp:delay";
inline constexpr QStringView Mam = u"urn:xmpp:mam:2";
inline constexpr QStringView Rsm = u"http://jabber.org/protocol/rsm";
inline constexpr QStringView StanzaId = u"urn:xmpp:sid:0";
inline constexpr QStringView ChatStates = u"http://jabber.org/protocol/chatstates";
inline constexpr QStringView Receipts = u"urn:xmpp:receipts";
inline constexpr QStringView ChatMarkers = u"urn:xmpp:chat-markers:0";
inline constexpr QStringView MessageCorrect = u"urn:xmpp:message-correct:0";
inline constexpr QStringView ProcessingHints = u"urn:xmpp:hints";
inline constexpr QStringView Styling = u"urn:xmpp:styling:0";

} // namespace Linnet::ns
