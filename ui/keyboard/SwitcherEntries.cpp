#include "SwitcherEntries.h"

#include "im/Message.h"
#include "im/Roster.h"
#include "models/ConversationListModel.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"
#include "muc/Room.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
void sortByName(QList<SwitcherEntry> &entries)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries.begin(), entries.end(),
                     [&collator](const SwitcherEntry &a, const SwitcherEntry &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
}

QString nameOr(const QString &name, const QString &jid)
{
    return name.trimmed().isEmpty() ? jid : name;
}
} // namespace

QList<SwitcherEntry> collectSwitcherEntries(const SwitcherSources &sources)
{
    QList<SwitcherEntry> entries;
    QSet<QString> seen;
    if (const ConversationListModel *model = sources.conversations) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            SwitcherEntry entry;
            entry.jid = index.data(ConversationListModel::JidRole).toString();
            if (entry.jid.isEmpty() || seen.contains(entry.jid))
                continue;
            entry.name = nameOr(index.data(ConversationListModel::NameRole).toString(), entry.jid);
            const bool room = index.data(ConversationListModel::TypeRole).toInt() ==
                                  int(MessageType::Groupchat) ||
                              (sources.muc && sources.muc->isRoom(Jid::parse(entry.jid)));
            entry.kind = room ? SwitcherEntry::Kind::Room : SwitcherEntry::Kind::Chat;
            entry.unread = index.data(ConversationListModel::UnreadCountRole).toInt();
            seen.insert(entry.jid);
            entries.append(entry);
        }
    }
    QList<SwitcherEntry> contacts;
    if (sources.roster) {
        for (const RosterItem &item : sources.roster->items()) {
            const QString jid = item.jid.bareString();
            if (seen.contains(jid))
                continue;
            seen.insert(jid);
            contacts.append({jid, nameOr(item.name, jid), SwitcherEntry::Kind::Chat, 0});
        }
        sortByName(contacts);
    }
    QList<SwitcherEntry> rooms;
    if (sources.bookmarks) {
        for (const Bookmark &bookmark : sources.bookmarks->bookmarks()) {
            const QString jid = bookmark.room.bareString();
            if (seen.contains(jid))
                continue;
            seen.insert(jid);
            rooms.append({jid, nameOr(bookmark.name, jid), SwitcherEntry::Kind::Room, 0});
        }
    }
    if (sources.muc) {
        for (const Room *room : sources.muc->rooms()) {
            const QString jid = room->jid().bareString();
            if (seen.contains(jid))
                continue;
            seen.insert(jid);
            rooms.append({jid, jid, SwitcherEntry::Kind::Room, 0});
        }
    }
    sortByName(rooms);
    return entries + contacts + rooms;
}

bool switcherEntryMatches(const SwitcherEntry &entry, const QString &filter)
{
    const QStringList words = filter.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&entry](const QString &word) {
        return entry.name.contains(word, Qt::CaseInsensitive) ||
               entry.jid.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace Linnet
