#pragma once

#include <QCache>
#include <QPointer>
#include <QStyledItemDelegate>
#include <functional>

class QTextDocument;

namespace Linnet {

class AvatarImages;

// Paints MessageModel rows: a day separator on NewDayRole; on FirstInGroupRole a header with
// the initials circle, the sender's name and the time; the body as styled rich text
// (MessageRichText); at the right the time of later messages in a group, "edited", and for
// our own messages the delivery icon; under a failed message the error in words.
// Group chat rows may carry two more roles (a room's timeline model sets them): a notice line
// (someone joined, the subject changed, …) painted as one centred dim line, and a mention of
// our nick, painted on a highlighted background. Group chat senders are coloured by nick.
// With AvatarImages set, the sender's avatar replaces the initials where there is one.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        NoticeRole = Qt::UserRole + 200, // bool: a room event line, not a message
        MentionRole,                     // bool: the message mentions our nick
    };

    // The name shown for a sender (bare JID, whether the message is ours).
    using NameResolver = std::function<QString(const QString &bareJid, bool own)>;

    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    void setNameResolver(NameResolver resolver);
    // Where avatars come from (not owned); null shows initials only.
    void setAvatars(AvatarImages *avatars);
    // Compact: a smaller avatar and no gap between groups (the preferences' message layout).
    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // What a row shows, for the view, the tests and accessibility.
    QString senderName(const QModelIndex &index) const;
    static QString bodyHtml(const QModelIndex &index);
    // "Today", "Yesterday" or the date on the first message of a day; otherwise empty.
    static QString dayText(const QModelIndex &index);
    // "queued", "sent", "delivered", "displayed" or "failed" for our messages; else empty.
    static QString deliveryIconName(const QModelIndex &index);
    static QString deliveryToolTip(const QModelIndex &index);
    // The original text of a corrected message, or empty.
    static QString editedToolTip(const QModelIndex &index);
    static bool isNotice(const QModelIndex &index);
    static bool isMention(const QModelIndex &index);
    // The key a sender's colour and initials come from: the nick in a room, else the bare JID.
    static QString colourKey(const QModelIndex &index);
    // The AvatarManager key of the sender: the occupant JID in a room, else the bare JID.
    static QString avatarKey(const QModelIndex &index);

    // The link (or tooltip) under pos, in the coordinates of option.rect; empty when none.
    QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QPoint &pos) const;
    QString toolTipAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QPoint &pos) const;

private:
    struct Layout;
    struct CachedDocument;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QTextDocument *document(const QModelIndex &index, const QFont &font, int width) const;
    static void paintNotice(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index, const QRect &rect, const QColor &dim);

    NameResolver m_names;
    QPointer<AvatarImages> m_avatars;
    mutable QCache<qint64, CachedDocument> m_documents;
    bool m_compact = false;
};

} // namespace Linnet
