#pragma once

#include <QList>
#include <QString>

namespace Linnet {

class Bookmarks;
class ConversationListModel;
class MucManager;
class Roster;

// One place the quick switcher can take the user to.
struct SwitcherEntry
{
    enum class Kind {
        Chat,       // a one-on-one conversation (or a private one with a room occupant)
        Room,       // a group chat room
        NewAddress, // an address the user typed that is in none of the lists
    };

    QString jid;
    QString name; // what the list shows; the address when nothing better is known
    Kind kind = Kind::Chat;
    int unread = 0;

    friend bool operator==(const SwitcherEntry &, const SwitcherEntry &) = default;
};

// Where the entries come from; any may be null. None is owned.
struct SwitcherSources
{
    const ConversationListModel *conversations = nullptr;
    const Roster *roster = nullptr;
    const Bookmarks *bookmarks = nullptr;
    const MucManager *muc = nullptr; // the rooms we are in or joining
};

// The recent conversations in the list's order (most recent first), then the roster's
// contacts, then the rooms (bookmarked, or that we are in) that have no conversation yet;
// contacts and rooms sorted by name. Every address appears once.
QList<SwitcherEntry> collectSwitcherEntries(const SwitcherSources &sources);

// Whether every word of filter is in the entry's name or address, ignoring case.
bool switcherEntryMatches(const SwitcherEntry &entry, const QString &filter);

} // namespace Linnet
