#pragma once

#include "storage/HistoryTypes.h"

#include <QAbstractListModel>
#include <QList>

namespace Linnet {

class HistoryStore;

// The messages of one conversation as a flat list, oldest at row 0. Windowed: it starts with
// the newest page and loads older pages through canFetchMore()/fetchMore() as the view scrolls
// up, never the whole history. New and archived messages are inserted where they belong in
// (timestamp, rowId) order; delivery states and corrections change single rows.
class MessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1, // qint64
        BodyRole,                     // QString (Qt::DisplayRole too)
        SenderJidRole,                // QString
        SenderNameRole,               // QString: nick, or empty (the view resolves a name)
        OwnRole,                      // bool: we sent it
        TimestampRole,                // QDateTime, UTC
        DeliveryStateRole,            // int (DeliveryState)
        EditedRole,                   // bool
        ErrorTextRole,                // QString
        TypeRole,                     // int (MessageType)
        FirstInGroupRole, // bool: first of a run by one sender within 5 minutes (show header)
        NewDayRole,       // bool: first message of its local calendar day (day separator)
        MessageIdRole,    // QString
        OriginalBodyRole, // QString: before correction
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    MessageModel(HistoryStore &store, const QString &conversation, QObject *parent = nullptr);

    QString conversation() const { return m_conversation; }
    // True once the newest page has arrived (tests and benchmarks wait for it).
    bool isLoaded() const { return m_loaded; }
    // The row of rowId, or -1.
    int rowOf(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    // Local history is exhausted: ask the archive for older messages (ChatManager does).
    void olderHistoryWanted(const QString &conversation);

private:
    void requestPage();
    void onPage(const QList<HistoryMessage> &page);
    void onMessagesAdded(const QList<HistoryMessage> &messages);
    void onMessageChanged(const HistoryMessage &message);
    void onMessageMoved(const HistoryMessage &from, const HistoryMessage &to);
    void removeShown(const HistoryMessage &message);
    // Inserts the messages that are not here yet at their sorted positions, in runs.
    void insertSorted(QList<HistoryMessage> messages);
    // The first row not before message in (timestamp, rowId) order.
    int lowerBound(const HistoryMessage &message) const;
    bool isFirstInGroup(int row) const;
    bool isNewDay(int row) const;

    HistoryStore &m_store;
    QString m_conversation;
    QList<HistoryMessage> m_rows;
    bool m_loaded = false;
    bool m_fetching = false; // a page request is on its way
    bool m_applyingPage = false;
    bool m_atStart = false; // every older stored message is in the model
    // What arrived while a page was on its way: replayed over the page, which may have been
    // read before or after these changes.
    QList<HistoryMessage> m_addedMeanwhile;
    QList<HistoryMessage> m_changedMeanwhile;
    QList<HistoryMessage> m_movedAwayMeanwhile;
};

} // namespace Linnet
