#include "muc/Bookmarks.h"

#include "disco/DiscoInfo.h"
#include "muc/BookmarkStanzas.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
Q_LOGGING_CATEGORY(lcBookmarks, "linnet.muc.bookmarks", QtInfoMsg)

// A change made before the bookmarks were loaded, applied once they are.
struct PendingChange
{
    Bookmark bookmark; // set when remove is false
    Jid room;
    bool remove = false;
};
} // namespace

struct Bookmarks::Private
{
    explicit Private(XmppStream &s) : stream(s) {}

    XmppStream &stream;
    Backend backend = Backend::Unknown;
    bool loaded = false;
    bool loading = false;
    quint64 generation = 0; // bumped per load: late answers of an older load are dropped
    QList<Bookmark> bookmarks;
    QList<Element> storageOthers; // XEP-0048 children we keep but do not show (<url/>, …)
    QList<PendingChange> pending;

    qsizetype indexOf(const Jid &room) const
    {
        for (qsizetype i = 0; i < bookmarks.size(); ++i) {
            if (bookmarks.at(i).room == room.bare())
                return i;
        }
        return -1;
    }
};

Bookmarks::Bookmarks(XmppStream &stream, QObject *parent) : QObject(parent), d(new Private(stream))
{
    connect(&stream, &XmppStream::stanzaReceived, this, [this](const Element &stanza) {
        if (stanza.is(u"message", ns::Client))
            handleMessage(stanza);
    });
    connect(&stream, &XmppStream::onlineChanged, this, [this](bool online) {
        ++d->generation;
        d->loading = false;
        d->loaded = false;
        if (online)
            load();
    });
    // Made for a session that is already up: load once the caller has wired everything.
    if (stream.isOnline()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (d->stream.isOnline() && !d->loaded && !d->loading)
                    load();
            },
            Qt::QueuedConnection);
    }
}

Bookmarks::~Bookmarks()
{
    delete d;
}

Bookmarks::Backend Bookmarks::backend() const
{
    return d->backend;
}

bool Bookmarks::isLoaded() const
{
    return d->loaded;
}

QList<Bookmark> Bookmarks::bookmarks() const
{
    return d->bookmarks;
}

std::optional<Bookmark> Bookmarks::bookmark(const Jid &room) const
{
    const qsizetype at = d->indexOf(room);
    if (at < 0)
        return std::nullopt;
    return d->bookmarks.at(at);
}

// ---- local list ---------------------------------------------------------------------------

bool Bookmarks::apply(const Bookmark &bookmark)
{
    const qsizetype at = d->indexOf(bookmark.room);
    if (at >= 0) {
        if (d->bookmarks.at(at) == bookmark)
            return false;
        d->bookmarks[at] = bookmark;
    } else {
        d->bookmarks.append(bookmark);
    }
    Q_EMIT bookmarkChanged(bookmark);
    return true;
}

bool Bookmarks::applyRemoval(const Jid &room)
{
    const qsizetype at = d->indexOf(room);
    if (at < 0)
        return false;
    d->bookmarks.removeAt(at);
    Q_EMIT bookmarkRemoved(room.bare());
    return true;
}

void Bookmarks::replaceAll(const QList<Bookmark> &bookmarks)
{
    QList<Jid> gone;
    for (const Bookmark &old : std::as_const(d->bookmarks)) {
        const bool kept = std::any_of(bookmarks.cbegin(), bookmarks.cend(),
                                      [&](const Bookmark &b) { return b.room == old.room; });
        if (!kept)
            gone.append(old.room);
    }
    for (const Jid &room : gone)
        applyRemoval(room);
    for (const Bookmark &bookmark : bookmarks)
        apply(bookmark);
}

// ---- changes ------------------------------------------------------------------------------

void Bookmarks::set(const Bookmark &bookmark)
{
    if (!bookmark.room.isValid() || bookmark.room.local().isEmpty()) {
        Q_EMIT failed(tr("A bookmark needs a room address."));
        return;
    }
    Bookmark normalised = bookmark;
    normalised.room = bookmark.room.bare();
    apply(normalised);
    if (!d->loaded) {
        d->pending.append({normalised, normalised.room, false});
        return;
    }
    write(normalised, false);
}

void Bookmarks::remove(const Jid &room)
{
    if (!room.isValid())
        return;
    applyRemoval(room);
    if (!d->loaded) {
        d->pending.append({{}, room.bare(), true});
        return;
    }
    Bookmark gone;
    gone.room = room.bare();
    write(gone, true);
}

void Bookmarks::write(const Bookmark &bookmark, bool removal)
{
    QPointer<Bookmarks> guard(this);
    const auto check = [guard](const IqResponse &response) {
        if (!guard || response.ok())
            return;
        qCWarning(lcBookmarks) << "Writing bookmarks failed:" << response.sentence;
        Q_EMIT guard->failed(tr("The bookmarks could not be saved: %1").arg(response.sentence));
    };
    if (d->backend == Backend::Pep) {
        d->stream.sendIq(removal ? BookmarkStanzas::pepRetract(bookmark.room)
                                 : BookmarkStanzas::pepPublish(bookmark),
                         check);
    } else {
        // Private XML storage holds one document: it is written whole.
        d->stream.sendIq(BookmarkStanzas::privateStore(d->bookmarks, d->storageOthers), check);
    }
}

// ---- loading ------------------------------------------------------------------------------

void Bookmarks::load()
{
    if (!d->stream.isOnline() || d->loading)
        return;
    d->loading = true;
    const quint64 generation = ++d->generation;
    QPointer<Bookmarks> guard(this);
    const Jid own = d->stream.boundJid().bare();
    d->stream.sendIq(
        BookmarkStanzas::accountInfoQuery(own), [guard, generation](const IqResponse &response) {
            if (!guard || guard->d->generation != generation)
                return;
            const DiscoInfo info =
                DiscoInfo::fromElement(response.iq.firstChild(u"query", ns::DiscoInfo));
            if (response.ok() && info.hasFeature(ns::BookmarksCompat))
                guard->fetchPep(generation, true);
            else
                guard->fetchPep(generation, false);
        });
}

void Bookmarks::fetchPep(quint64 generation, bool compat)
{
    QPointer<Bookmarks> guard(this);
    d->stream.sendIq(BookmarkStanzas::pepFetch(), [guard, generation,
                                                   compat](const IqResponse &response) {
        if (!guard || guard->d->generation != generation)
            return;
        if (response.ok()) {
            guard->finishLoad(
                Backend::Pep,
                BookmarkStanzas::fromPepItems(response.iq.firstChild(u"pubsub", ns::PubSub)), {});
            return;
        }
        // With #compat the node simply does not exist yet: no bookmarks.
        if (compat && response.outcome == IqResponse::Outcome::Error &&
            response.error.condition == StanzaErrorCondition::ItemNotFound) {
            guard->finishLoad(Backend::Pep, {}, {});
            return;
        }
        if (compat && response.outcome != IqResponse::Outcome::Error) {
            guard->failLoad(response.sentence);
            return;
        }
        guard->fetchPrivate(generation);
    });
}

void Bookmarks::fetchPrivate(quint64 generation)
{
    QPointer<Bookmarks> guard(this);
    d->stream.sendIq(
        BookmarkStanzas::privateFetch(), [guard, generation](const IqResponse &response) {
            if (!guard || guard->d->generation != generation)
                return;
            if (!response.ok()) {
                guard->failLoad(response.sentence);
                return;
            }
            const Element storage = response.iq.firstChild(u"query", ns::PrivateXml)
                                        .firstChild(u"storage", ns::BookmarksLegacy);
            QList<Element> others;
            const QList<Bookmark> bookmarks = BookmarkStanzas::fromStorage(storage, &others);
            guard->finishLoad(Backend::PrivateStorage, bookmarks, others);
        });
}

void Bookmarks::failLoad(const QString &sentence)
{
    d->loading = false;
    qCWarning(lcBookmarks) << "Loading bookmarks failed:" << sentence;
    Q_EMIT failed(tr("The bookmarks could not be loaded: %1").arg(sentence));
}

void Bookmarks::finishLoad(Backend backend, const QList<Bookmark> &bookmarks,
                           const QList<Element> &others)
{
    d->loading = false;
    d->backend = backend;
    d->storageOthers = others;
    replaceAll(bookmarks);
    d->loaded = true;
    qCDebug(lcBookmarks) << "Loaded" << bookmarks.size() << "bookmarks";
    // What the user changed before the list arrived goes on top of it.
    const QList<PendingChange> pending = std::exchange(d->pending, {});
    for (const PendingChange &change : pending) {
        if (change.remove)
            remove(change.room);
        else
            set(change.bookmark);
    }
    Q_EMIT loaded();
}

// ---- notifications ------------------------------------------------------------------------

bool Bookmarks::handleMessage(const Element &stanza)
{
    const auto event = BookmarkStanzas::pepEventOf(stanza);
    if (!event)
        return false;
    const QString fromText = stanza.attribute(u"from");
    const Jid own = d->stream.boundJid().bare();
    if (!fromText.isEmpty() && Jid::parse(fromText) != own) {
        qCWarning(lcBookmarks) << "Ignored a bookmarks notification from" << fromText;
        return false;
    }
    if (d->backend == Backend::PrivateStorage)
        return false;
    for (const Bookmark &bookmark : event->published)
        apply(bookmark);
    for (const Jid &room : event->retracted)
        applyRemoval(room);
    return true;
}

} // namespace Linnet
