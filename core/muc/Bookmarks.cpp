#include "muc/Bookmarks.h"

#include "stream/XmppStream.h"

// Stub of the contract: the manager helper replaces this.
namespace Linnet {

struct Bookmarks::Private
{
    XmppStream &stream;
    QList<Bookmark> bookmarks;
};

Bookmarks::Bookmarks(XmppStream &stream, QObject *parent)
    : QObject(parent), d(new Private{stream, {}})
{}

Bookmarks::~Bookmarks()
{
    delete d;
}

Bookmarks::Backend Bookmarks::backend() const
{
    return Backend::Unknown;
}
bool Bookmarks::isLoaded() const
{
    return false;
}
QList<Bookmark> Bookmarks::bookmarks() const
{
    return d->bookmarks;
}
std::optional<Bookmark> Bookmarks::bookmark(const Jid &) const
{
    return std::nullopt;
}
void Bookmarks::set(const Bookmark &) {}
void Bookmarks::remove(const Jid &) {}
void Bookmarks::load() {}
bool Bookmarks::handleMessage(const Element &)
{
    return false;
}

} // namespace Linnet
