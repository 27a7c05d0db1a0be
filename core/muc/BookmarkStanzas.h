#pragma once

#include "muc/Bookmarks.h"
#include "xml/Element.h"

#include <QList>
#include <optional>

namespace Linnet {

// The wire forms of bookmarks: XEP-0402 (one PEP item per room, urn:xmpp:bookmarks:1) and
// XEP-0048 (one <storage xmlns='storage:bookmarks'/> in XEP-0049 private XML storage).
namespace BookmarkStanzas {

// XEP-0402 §3: <conference xmlns='urn:xmpp:bookmarks:1'/> of the item whose id is the room.
std::optional<Bookmark> fromPepItem(const Element &item);
Element toConference(const Bookmark &bookmark);

// <iq type='get'> for every item of the node (XEP-0402 §3.2).
Element pepFetch();
// <iq type='set'> publishing one bookmark with the publish-options of XEP-0402 §3.3.
Element pepPublish(const Bookmark &bookmark);
// <iq type='set'> retracting a bookmark (XEP-0402 §3.4), with notify.
Element pepRetract(const Jid &room);
// The items of a fetch result (<pubsub><items/></pubsub>).
QList<Bookmark> fromPepItems(const Element &pubsub);

// A +notify event (XEP-0402 §3.5): what changed and what was retracted.
struct PepEvent
{
    QList<Bookmark> published;
    QList<Jid> retracted;
};
// The bookmarks event in a <message/>, or nullopt when the message carries none.
std::optional<PepEvent> pepEventOf(const Element &message);

// XEP-0048 §3: the <storage/> element and back. Children other than <conference/> (<url/>,
// extensions) are returned in others so that writing back keeps them.
QList<Bookmark> fromStorage(const Element &storage, QList<Element> *others = nullptr);
Element toStorage(const QList<Bookmark> &bookmarks, const QList<Element> &others = {});
// XEP-0049: <iq type='get'/> for the bookmarks, and <iq type='set'/> storing them.
Element privateFetch();
Element privateStore(const QList<Bookmark> &bookmarks, const QList<Element> &others = {});

// XEP-0030 <iq type='get'/> to the account's bare JID (does the server offer #compat?).
Element accountInfoQuery(const Jid &ownBare);

} // namespace BookmarkStanzas
} // namespace Linnet
