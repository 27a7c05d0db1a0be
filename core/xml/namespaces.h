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

} // namespace Linnet::ns
