#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <vector>

namespace Linnet {

class MessageModel;

// What a room's tab shows: the room's messages (a MessageModel, paged as usual) merged in
// time order with the room's notice lines (joins, leaves, nick and subject changes, status
// codes in words), which live only as long as the tab. Message rows pass the MessageModel's
// roles through and add MessageDelegate::MentionRole (the body names our nick); notice rows
// answer MessageDelegate::NoticeRole, BodyRole (the sentence) and TimestampRole.
class RoomTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit RoomTimelineModel(MessageModel *messages, QObject *parent = nullptr);
    ~RoomTimelineModel() override;

    MessageModel *messages() const;
    // Our nick in the room: messages naming it are mentions.
    void setOwnNick(const QString &nick);
    QString ownNick() const { return m_nick; }
    // Adds a notice line at its time (now by default).
    void addNotice(const QString &sentence,
                   const QDateTime &when = QDateTime::currentDateTimeUtc());
    // The notice sentences in order (for tests and accessibility).
    QStringList notices() const;

    // Whether body mentions nick as a word (case-insensitive).
    static bool mentions(const QString &body, const QString &nick);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Notice
    {
        QString sentence;
        QDateTime when;
        qint64 id; // negative: never a message row id
    };
    struct Row
    {
        bool notice = false;
        int index = 0; // the MessageModel row, or the notice's index
    };

    QDateTime timeOf(const Row &row) const;
    void rebuild();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    int positionOfMessage(int sourceRow) const;
    // The first row of its local calendar day (a notice can be).
    bool isNewDay(int row) const;
    // The row after an insertion may now start a group or a day, or no longer.
    void neighbourChanged(int row);

    QPointer<MessageModel> m_messages;
    std::vector<Row> m_rows;
    std::vector<Notice> m_notices;
    QString m_nick;
};

} // namespace Linnet
