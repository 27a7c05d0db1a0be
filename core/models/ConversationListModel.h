#pragma once

#include "storage/HistoryTypes.h"

#include <QAbstractListModel>
#include <functional>

namespace Linnet {

class HistoryStore;

// Every conversation with its last message and unread count, the most recent first. Updated
// row by row from HistoryStore::conversationChanged.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JidRole = Qt::UserRole + 1, // QString
        NameRole,                   // QString: from the name resolver, else the JID (DisplayRole)
        LastBodyRole,               // QString
        LastTimestampRole,          // QDateTime
        LastOwnRole,                // bool
        UnreadCountRole,            // int
        TypeRole,                   // int (MessageType): Chat or Groupchat
    };
    Q_ENUM(Role)

    using NameResolver = std::function<QString(const QString &bareJid)>;

    explicit ConversationListModel(HistoryStore &store, QObject *parent = nullptr);
    void setNameResolver(NameResolver resolver);

    int unreadCount(const QString &jid) const;
    int totalUnread() const;
    int rowOf(const QString &jid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void unreadChanged(const QString &jid, int count);

private:
    void onLoaded(QList<ConversationSummary> summaries);
    void onConversationChanged(const ConversationSummary &summary);
    // Inserts, updates or moves the row of summary.jid.
    void apply(const ConversationSummary &summary);
    QString nameOf(const QString &jid) const;

    HistoryStore &m_store;
    QList<ConversationSummary> m_rows;
    NameResolver m_names;
    bool m_loaded = false;
    QList<ConversationSummary> m_changedWhileLoading; // replayed over the loaded list
};

} // namespace Linnet
