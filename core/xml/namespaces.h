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

// Service discovery, data forms, commands, registration (issue 6) and the catalogue of what
// services offer.
inline constexpr QStringView DataFormsValidate = u"http://jabber.org/protocol/xdata-validate";
inline constexpr QStringView Commands = u"http://jabber.org/protocol/commands";
inline constexpr QStringView Register = u"jabber:iq:register";
inline constexpr QStringView Search = u"jabber:iq:search";
inline constexpr QStringView OutOfBandData = u"jabber:x:oob";
inline constexpr QStringView Muc = u"http://jabber.org/protocol/muc";
inline constexpr QStringView MucOwner = u"http://jabber.org/protocol/muc#owner";
inline constexpr QStringView MucAdmin = u"http://jabber.org/protocol/muc#admin";
inline constexpr QStringView PubSub = u"http://jabber.org/protocol/pubsub";
inline constexpr QStringView PubSubOwner = u"http://jabber.org/protocol/pubsub#owner";
inline constexpr QStringView PubSubEvent = u"http://jabber.org/protocol/pubsub#event";
inline constexpr QStringView HttpUpload = u"urn:xmpp:http:upload:0";
inline constexpr QStringView Bytestreams = u"http://jabber.org/protocol/bytestreams";
inline constexpr QStringView InBandBytestreams = u"http://jabber.org/protocol/ibb";
inline constexpr QStringView Jingle = u"urn:xmpp:jingle:1";
inline constexpr QStringView JingleFileTransfer = u"urn:xmpp:jingle:apps:file-transfer:5";
inline constexpr QStringView JingleRtp = u"urn:xmpp:jingle:apps:rtp:1";
inline constexpr QStringView JingleIceUdp = u"urn:xmpp:jingle:transports:ice-udp:1";
inline constexpr QStringView JingleRawUdp = u"urn:xmpp:jingle:transports:raw-udp:1";
inline constexpr QStringView JingleSocks5 = u"urn:xmpp:jingle:transports:s5b:1";
inline constexpr QStringView JingleIbb = u"urn:xmpp:jingle:transports:ibb:1";
inline constexpr QStringView JingleDtls = u"urn:xmpp:jingle:apps:dtls:0";
inline constexpr QStringView JingleMessage = u"urn:xmpp:jingle-message:0";
inline constexpr QStringView Amp = u"http://jabber.org/protocol/amp";
inline constexpr QStringView HttpBind = u"http://jabber.org/protocol/httpbind";
inline constexpr QStringView AltConnectionsBosh = u"urn:xmpp:alt-connections:xbosh";
inline constexpr QStringView AltConnectionsWebSocket = u"urn:xmpp:alt-connections:websocket";
inline constexpr QStringView Bookmarks = u"urn:xmpp:bookmarks:1";
inline constexpr QStringView BookmarksCompat = u"urn:xmpp:bookmarks:1#compat";
inline constexpr QStringView BookmarksLegacy = u"storage:bookmarks";
inline constexpr QStringView BookmarksNotify = u"urn:xmpp:bookmarks:1+notify";
inline constexpr QStringView PubSubPublishOptions =
    u"http://jabber.org/protocol/pubsub#publish-options";
inline constexpr QStringView MucRoomInfo = u"http://jabber.org/protocol/muc#roominfo";
inline constexpr QStringView MucRoomConfig = u"http://jabber.org/protocol/muc#roomconfig";
inline constexpr QStringView MucRequest = u"http://jabber.org/protocol/muc#request";
inline constexpr QStringView DirectInvitation = u"jabber:x:conference";
inline constexpr QStringView PrivateXml = u"jabber:iq:private";
inline constexpr QStringView VCardTemp = u"vcard-temp";
inline constexpr QStringView VCard4 = u"urn:ietf:params:xml:ns:vcard-4.0";
inline constexpr QStringView LastActivity = u"jabber:iq:last";
inline constexpr QStringView OfflineMessages = u"http://jabber.org/protocol/offline";
inline constexpr QStringView MsgOffline = u"msgoffline";
inline constexpr QStringView AdHocAdmin = u"http://jabber.org/protocol/admin";
inline constexpr QStringView ExternalServices = u"urn:xmpp:extdisco:2";
inline constexpr QStringView Push = u"urn:xmpp:push:0";
inline constexpr QStringView Omemo = u"eu.siacs.conversations.axolotl";
inline constexpr QStringView Omemo2 = u"urn:xmpp:omemo:2";
inline constexpr QStringView Mix = u"urn:xmpp:mix:core:1";
inline constexpr QStringView Reactions = u"urn:xmpp:reactions:0";
inline constexpr QStringView Avatar = u"urn:xmpp:avatar:metadata";
inline constexpr QStringView AvatarMetadata = u"urn:xmpp:avatar:metadata";
inline constexpr QStringView AvatarData = u"urn:xmpp:avatar:data";
inline constexpr QStringView AvatarMetadataNotify = u"urn:xmpp:avatar:metadata+notify";
inline constexpr QStringView VCardUpdate = u"vcard-temp:x:update";
inline constexpr QStringView Nick = u"http://jabber.org/protocol/nick";
inline constexpr QStringView UserTune = u"http://jabber.org/protocol/tune";
inline constexpr QStringView ServerInfo = u"http://jabber.org/network/serverinfo";
inline constexpr QStringView MucSelfPing = u"http://jabber.org/protocol/muc#self-ping-optimization";
inline constexpr QStringView SaslFast = u"urn:xmpp:fast:0";
inline constexpr QStringView Sasl2 = u"urn:xmpp:sasl:2";
inline constexpr QStringView Bind2 = u"urn:xmpp:bind:0";
inline constexpr QStringView ExtendedAddressing = u"http://jabber.org/protocol/address";
inline constexpr QStringView Xhtml = u"http://jabber.org/protocol/xhtml-im";
inline constexpr QStringView MamLegacy = u"urn:xmpp:mam:1";
inline constexpr QStringView CarbonsRules = u"urn:xmpp:carbons:rules:0";
inline constexpr QStringView Invisible = u"urn:xmpp:invisible:0";
inline constexpr QStringView OccupantId = u"urn:xmpp:occupant-id:0";
inline constexpr QStringView MessageRetract = u"urn:xmpp:message-retract:1";
inline constexpr QStringView HttpUploadLegacy = u"urn:xmpp:http:upload";
inline constexpr QStringView MucStableId = u"http://jabber.org/protocol/muc#stable_id";
inline constexpr QStringView LegacyTime = u"jabber:iq:time";

} // namespace Linnet::ns
