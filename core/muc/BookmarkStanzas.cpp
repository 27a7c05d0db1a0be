#include "muc/BookmarkStanzas.h"

#include "disco/DataForm.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet::BookmarkStanzas {

namespace {

bool isTrue(QStringView value)
{
    return value == u"true" || value == u"1";
}

Element iq(const QString &type)
{
    Element stanza(u"iq"_s, ns::Client.toString());
    stanza.setAttribute(u"type"_s, type);
    return stanza;
}

Element publishOptions()
{
    DataForm form;
    form.type = u"submit"_s;
    form.fields = {
        DataForm::Field::make(u"FORM_TYPE"_s, u"hidden"_s, {ns::PubSubPublishOptions.toString()}),
        DataForm::Field::make(u"pubsub#persist_items"_s, {}, {u"true"_s}),
        DataForm::Field::make(u"pubsub#max_items"_s, {}, {u"max"_s}),
        DataForm::Field::make(u"pubsub#send_last_published_item"_s, {}, {u"never"_s}),
        DataForm::Field::make(u"pubsub#access_model"_s, {}, {u"whitelist"_s}),
    };
    Element options(u"publish-options"_s, ns::PubSub.toString());
    options.appendChild(form.toElement());
    return options;
}

} // namespace

std::optional<Bookmark> fromPepItem(const Element &item)
{
    const Element conference = item.firstChild(u"conference", ns::Bookmarks);
    const Jid room = Jid::parse(item.attribute(u"id"));
    if (conference.isNull() || !room.isBare() || room.local().isEmpty())
        return std::nullopt;
    Bookmark bookmark;
    bookmark.room = room;
    bookmark.name = conference.attribute(u"name");
    bookmark.autojoin = isTrue(conference.attribute(u"autojoin"));
    bookmark.nick = conference.childText(u"nick", ns::Bookmarks);
    bookmark.password = conference.childText(u"password", ns::Bookmarks);
    return bookmark;
}

Element toConference(const Bookmark &bookmark)
{
    Element conference(u"conference"_s, ns::Bookmarks.toString());
    if (!bookmark.name.isEmpty())
        conference.setAttribute(u"name"_s, bookmark.name);
    if (bookmark.autojoin)
        conference.setAttribute(u"autojoin"_s, u"true"_s);
    if (!bookmark.nick.isEmpty())
        conference.addChild(u"nick"_s, ns::Bookmarks.toString()).setText(bookmark.nick);
    if (!bookmark.password.isEmpty())
        conference.addChild(u"password"_s, ns::Bookmarks.toString()).setText(bookmark.password);
    return conference;
}

Element pepFetch()
{
    Element stanza = iq(u"get"_s);
    Element &pubsub = stanza.addChild(u"pubsub"_s, ns::PubSub.toString());
    pubsub.addChild(u"items"_s, ns::PubSub.toString())
        .setAttribute(u"node"_s, ns::Bookmarks.toString());
    return stanza;
}

Element pepPublish(const Bookmark &bookmark)
{
    Element stanza = iq(u"set"_s);
    Element &pubsub = stanza.addChild(u"pubsub"_s, ns::PubSub.toString());
    Element publish(u"publish"_s, ns::PubSub.toString());
    publish.setAttribute(u"node"_s, ns::Bookmarks.toString());
    Element &item = publish.addChild(u"item"_s, ns::PubSub.toString());
    item.setAttribute(u"id"_s, bookmark.room.bare().toString());
    item.appendChild(toConference(bookmark));
    pubsub.appendChild(publish);
    pubsub.appendChild(publishOptions());
    return stanza;
}

Element pepRetract(const Jid &room)
{
    Element stanza = iq(u"set"_s);
    Element &pubsub = stanza.addChild(u"pubsub"_s, ns::PubSub.toString());
    Element &retract = pubsub.addChild(u"retract"_s, ns::PubSub.toString());
    retract.setAttribute(u"node"_s, ns::Bookmarks.toString());
    retract.setAttribute(u"notify"_s, u"true"_s);
    retract.addChild(u"item"_s, ns::PubSub.toString())
        .setAttribute(u"id"_s, room.bare().toString());
    return stanza;
}

QList<Bookmark> fromPepItems(const Element &pubsub)
{
    QList<Bookmark> bookmarks;
    const Element items = pubsub.firstChild(u"items", ns::PubSub);
    if (items.attribute(u"node") != ns::Bookmarks)
        return bookmarks;
    for (const Element &item : items.childrenNamed(u"item", ns::PubSub)) {
        if (const auto bookmark = fromPepItem(item))
            bookmarks.append(*bookmark);
    }
    return bookmarks;
}

std::optional<PepEvent> pepEventOf(const Element &message)
{
    const Element event = message.firstChild(u"event", ns::PubSubEvent);
    const Element items = event.firstChild(u"items", ns::PubSubEvent);
    if (items.isNull() || items.attribute(u"node") != ns::Bookmarks)
        return std::nullopt;
    PepEvent result;
    for (const Element &item : items.childrenNamed(u"item", ns::PubSubEvent)) {
        if (const auto bookmark = fromPepItem(item))
            result.published.append(*bookmark);
    }
    for (const Element &retract : items.childrenNamed(u"retract", ns::PubSubEvent)) {
        const Jid room = Jid::parse(retract.attribute(u"id"));
        if (room.isValid())
            result.retracted.append(room.bare());
    }
    return result;
}

QList<Bookmark> fromStorage(const Element &storage, QList<Element> *others)
{
    QList<Bookmark> bookmarks;
    if (!storage.is(u"storage", ns::BookmarksLegacy))
        return bookmarks;
    for (const Element &child : storage.children()) {
        if (!child.is(u"conference", ns::BookmarksLegacy)) {
            if (others)
                others->append(child);
            continue;
        }
        const Jid room = Jid::parse(child.attribute(u"jid"));
        if (!room.isValid() || room.local().isEmpty())
            continue;
        Bookmark bookmark;
        bookmark.room = room.bare();
        bookmark.name = child.attribute(u"name");
        bookmark.autojoin = isTrue(child.attribute(u"autojoin"));
        bookmark.nick = child.childText(u"nick", ns::BookmarksLegacy);
        bookmark.password = child.childText(u"password", ns::BookmarksLegacy);
        bookmarks.append(bookmark);
    }
    return bookmarks;
}

Element toStorage(const QList<Bookmark> &bookmarks, const QList<Element> &others)
{
    Element storage(u"storage"_s, ns::BookmarksLegacy.toString());
    for (const Bookmark &bookmark : bookmarks) {
        Element &conference = storage.addChild(u"conference"_s, ns::BookmarksLegacy.toString());
        conference.setAttribute(u"jid"_s, bookmark.room.bare().toString());
        if (!bookmark.name.isEmpty())
            conference.setAttribute(u"name"_s, bookmark.name);
        conference.setAttribute(u"autojoin"_s, bookmark.autojoin ? u"true"_s : u"false"_s);
        if (!bookmark.nick.isEmpty())
            conference.addChild(u"nick"_s, ns::BookmarksLegacy.toString()).setText(bookmark.nick);
        if (!bookmark.password.isEmpty())
            conference.addChild(u"password"_s, ns::BookmarksLegacy.toString())
                .setText(bookmark.password);
    }
    for (const Element &other : others)
        storage.appendChild(other);
    return storage;
}

Element privateFetch()
{
    Element stanza = iq(u"get"_s);
    stanza.addChild(u"query"_s, ns::PrivateXml.toString())
        .appendChild(Element(u"storage"_s, ns::BookmarksLegacy.toString()));
    return stanza;
}

Element privateStore(const QList<Bookmark> &bookmarks, const QList<Element> &others)
{
    Element stanza = iq(u"set"_s);
    stanza.addChild(u"query"_s, ns::PrivateXml.toString())
        .appendChild(toStorage(bookmarks, others));
    return stanza;
}

Element accountInfoQuery(const Jid &ownBare)
{
    Element stanza = iq(u"get"_s);
    if (ownBare.isValid())
        stanza.setAttribute(u"to"_s, ownBare.bare().toString());
    stanza.addChild(u"query"_s, ns::DiscoInfo.toString());
    return stanza;
}

} // namespace Linnet::BookmarkStanzas
