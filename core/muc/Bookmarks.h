#pragma once

#include "im/Jid.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <optional>

namespace Linnet {

class Element;
class XmppStream;

struct Bookmark
{
    Jid room;
    QString name;
    QString nick;
    QString password;
    bool autojoin = false;
    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

// The account's room bookmarks: XEP-0402 (PEP node urn:xmpp:bookmarks:1, one item per room,
// live updates by +notify) when the server offers it, otherwise XEP-0048 in private XML
// storage (XEP-0049). Loaded after every sign-in; changes are written back at once.
// Notifications are accepted only from our own bare JID.
class Bookmarks : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Unknown, Pep, PrivateStorage };

    explicit Bookmarks(XmppStream &stream, QObject *parent = nullptr);
    ~Bookmarks() override;

    Backend backend() const;
    bool isLoaded() const;
    QList<Bookmark> bookmarks() const;
    std::optional<Bookmark> bookmark(const Jid &room) const;

    // Adds or replaces the bookmark of bookmark.room.
    void set(const Bookmark &bookmark);
    void remove(const Jid &room);
    // Asks the server again (done automatically after sign-in).
    void load();

    // A PEP event message. Bookmarks listens to the stream itself; this is public for tests and
    // tools. True when it was a bookmarks event from our own account and was applied.
    bool handleMessage(const Element &stanza);

Q_SIGNALS:
    void loaded();
    void bookmarkChanged(const Linnet::Bookmark &bookmark);
    void bookmarkRemoved(const Linnet::Jid &room);
    void failed(const QString &sentence);

private:
    bool apply(const Bookmark &bookmark);
    bool applyRemoval(const Jid &room);
    void replaceAll(const QList<Bookmark> &bookmarks);
    void write(const Bookmark &bookmark, bool removal);
    void fetchPep(quint64 generation, bool compat);
    void fetchPrivate(quint64 generation);
    void failLoad(const QString &sentence);
    void finishLoad(Backend backend, const QList<Bookmark> &bookmarks,
                    const QList<Element> &others);

    struct Private;
    Private *d;
};

} // namespace Linnet

Q_DECLARE_METATYPE(Linnet::Bookmark)
