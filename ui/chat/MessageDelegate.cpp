#include "MessageDelegate.h"

#include "Avatar.h"
#include "ChatTexts.h"
#include "MessageRichText.h"
#include "avatars/AvatarImages.h"
#include "im/DisplayText.h"
#include "im/Jid.h"
#include "models/MessageModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int Margin = 6;
constexpr int Gap = 8;
constexpr int AvatarSize = 32;
constexpr int CompactAvatarSize = 20;
constexpr int IconSize = 16;
constexpr int GroupGap = 6;
constexpr int DocumentCacheSize = 400;

DeliveryState deliveryOf(const QModelIndex &index)
{
    return DeliveryState(index.data(MessageModel::DeliveryStateRole).toInt());
}

QString bareOf(const QModelIndex &index)
{
    const QString sender = index.data(MessageModel::SenderJidRole).toString();
    const Jid jid = Jid::parse(sender);
    return jid.isValid() ? jid.bareString() : sender;
}

QString editedText()
{
    return MessageDelegate::tr("edited", "marker on a corrected message");
}

QString failureText(const QModelIndex &index)
{
    const QString error = index.data(MessageModel::ErrorTextRole).toString();
    if (error.isEmpty())
        return ChatTexts::deliveryLabel(DeliveryState::Failed);
    return MessageDelegate::tr("Not delivered: %1").arg(error);
}

// The row's width: the view's, since QListView stretches every row to it.
int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

QColor dimColour(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    return option.palette.color(QPalette::Disabled,
                                selected ? QPalette::HighlightedText : QPalette::Text);
}
} // namespace

struct MessageDelegate::CachedDocument
{
    QString body;
    QFont font;
    QTextDocument document;
};

struct MessageDelegate::Layout
{
    QRect day;
    QRect avatar;
    QRect header;
    QRect body;
    QRect edited;
    QRect time;
    QRect delivery;
    QRect error;
    QTextDocument *document = nullptr;
    int height = 0;
};

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_documents(DocumentCacheSize)
{
    m_names = [](const QString &bareJid, bool own) { return own ? ChatTexts::ownName() : bareJid; };
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setNameResolver(NameResolver resolver)
{
    m_names = std::move(resolver);
}

QString MessageDelegate::senderName(const QModelIndex &index) const
{
    // Nicks and names are chosen by others: no bidi overrides, invisible characters or
    // line breaks reach the header (im/DisplayText.h).
    const QString nick = safeDisplayName(index.data(MessageModel::SenderNameRole).toString());
    if (!nick.isEmpty())
        return nick;
    return safeDisplayName(m_names(bareOf(index), index.data(MessageModel::OwnRole).toBool()));
}

QString MessageDelegate::bodyHtml(const QModelIndex &index)
{
    return MessageRichText::toHtml(index.data(MessageModel::BodyRole).toString());
}

bool MessageDelegate::isNotice(const QModelIndex &index)
{
    return index.data(NoticeRole).toBool();
}

bool MessageDelegate::isMention(const QModelIndex &index)
{
    return index.data(MentionRole).toBool() && !index.data(MessageModel::OwnRole).toBool();
}

QString MessageDelegate::colourKey(const QModelIndex &index)
{
    const QString nick = index.data(MessageModel::SenderNameRole).toString();
    return nick.isEmpty() ? bareOf(index) : nick;
}

QString MessageDelegate::avatarKey(const QModelIndex &index)
{
    if (index.data(MessageModel::SenderNameRole).toString().isEmpty())
        return bareOf(index);
    return index.data(MessageModel::SenderJidRole).toString();
}

void MessageDelegate::setAvatars(AvatarImages *avatars)
{
    AvatarImages::attach(this, m_avatars, avatars);
}

QString MessageDelegate::dayText(const QModelIndex &index)
{
    if (!index.data(MessageModel::NewDayRole).toBool())
        return {};
    return ChatTexts::dayLabel(
        index.data(MessageModel::TimestampRole).toDateTime().toLocalTime().date());
}

QString MessageDelegate::deliveryIconName(const QModelIndex &index)
{
    if (!index.data(MessageModel::OwnRole).toBool())
        return {};
    return ChatTexts::deliveryIconName(deliveryOf(index));
}

QString MessageDelegate::deliveryToolTip(const QModelIndex &index)
{
    const DeliveryState state = deliveryOf(index);
    return state == DeliveryState::Failed ? failureText(index) : ChatTexts::deliveryLabel(state);
}

QString MessageDelegate::editedToolTip(const QModelIndex &index)
{
    if (!index.data(MessageModel::EditedRole).toBool())
        return {};
    return tr("Original text:\n%1").arg(index.data(MessageModel::OriginalBodyRole).toString());
}

QTextDocument *MessageDelegate::document(const QModelIndex &index, const QFont &font,
                                         int width) const
{
    const qint64 key = index.data(MessageModel::RowIdRole).toLongLong();
    const QString body = index.data(MessageModel::BodyRole).toString();
    CachedDocument *cached = m_documents.object(key);
    if (!cached || cached->body != body || cached->font != font) {
        cached = new CachedDocument;
        cached->body = body;
        cached->font = font;
        cached->document.setDocumentMargin(0);
        cached->document.setDefaultFont(font);
        cached->document.setHtml(MessageRichText::toHtml(body));
        m_documents.insert(key, cached);
    }
    if (cached->document.textWidth() != width)
        cached->document.setTextWidth(width);
    return &cached->document;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Layout l;
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    const QRect row(option.rect.left() + Margin, option.rect.top(), rowWidth(option) - 2 * Margin,
                    0);
    int y = row.top();
    if (index.data(MessageModel::NewDayRole).toBool()) {
        l.day = QRect(row.left(), y, row.width(), line + 2 * Margin);
        y = l.day.bottom() + 1;
    }
    if (isNotice(index)) {
        l.body = QRect(row.left(), y + 2, row.width(), line + 2);
        l.height = l.body.bottom() + 3 - option.rect.top();
        return l;
    }
    const bool first = index.data(MessageModel::FirstInGroupRole).toBool();
    const int avatarSize = m_compact ? CompactAvatarSize : AvatarSize;
    const int contentLeft = row.left() + avatarSize + Gap;
    const int right = row.left() + row.width();
    if (first) {
        y += m_compact ? 0 : GroupGap;
        l.avatar = QRect(row.left(), y + 2, avatarSize, avatarSize);
        l.header = QRect(contentLeft, y, right - contentLeft, line);
        y += line + 2;
    }

    // The trailer column at the right: [edited] [time] [delivery icon].
    const int timeWidth = fm.horizontalAdvance(ChatTexts::timeLabel(QTime(23, 59)));
    const int editedWidth = fm.horizontalAdvance(editedText());
    const int trailerWidth = editedWidth + Gap + timeWidth + Gap + IconSize;
    int x = right;
    if (index.data(MessageModel::OwnRole).toBool() && deliveryOf(index) != DeliveryState::None)
        l.delivery = QRect(x - IconSize, y + (line - IconSize) / 2, IconSize, IconSize);
    x -= IconSize + Gap;
    if (!first)
        l.time = QRect(x - timeWidth, y, timeWidth, line);
    x -= timeWidth + Gap;
    if (index.data(MessageModel::EditedRole).toBool())
        l.edited = QRect(x - editedWidth, y, editedWidth, line);

    const int bodyWidth = std::max(40, right - contentLeft - trailerWidth - Gap);
    l.document = document(index, option.font, bodyWidth);
    const int bodyHeight = std::max(line, int(std::ceil(l.document->size().height())));
    l.body = QRect(contentLeft, y, bodyWidth, bodyHeight);
    y += bodyHeight;
    if (deliveryOf(index) == DeliveryState::Failed && index.data(MessageModel::OwnRole).toBool()) {
        l.error = QRect(contentLeft, y, right - contentLeft, line);
        y += line;
    }
    y += 2;
    if (first)
        y = std::max(y, l.avatar.bottom() + 3);
    l.height = y - option.rect.top();
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {AvatarSize + 2 * Margin, layout(option, index).height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const Layout l = layout(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = dimColour(option);
    const QString time = ChatTexts::timeLabel(index.data(MessageModel::TimestampRole).toDateTime());
    painter->save();
    if (!l.day.isNull()) {
        const QString day = dayText(index);
        const int textWidth = option.fontMetrics.horizontalAdvance(day) + 2 * Gap;
        const int middle = l.day.center().y();
        painter->setPen(dim);
        painter->drawLine(l.day.left(), middle, l.day.center().x() - textWidth / 2, middle);
        painter->drawLine(l.day.center().x() + textWidth / 2, middle, l.day.right(), middle);
        painter->drawText(l.day, Qt::AlignCenter, day);
    }
    if (isNotice(index)) {
        paintNotice(painter, option, index, l.body, dim);
        painter->restore();
        return;
    }
    if (isMention(index) && !selected) {
        QColor mark = option.palette.color(QPalette::Highlight);
        mark.setAlpha(48);
        painter->fillRect(
            QRect(option.rect.left(), l.body.top() - 1, rowWidth(option), l.body.height() + 2),
            mark);
    }

    if (!l.header.isNull()) {
        const QString name = senderName(index);
        const bool own = index.data(MessageModel::OwnRole).toBool();
        Avatar::paint(painter, l.avatar, name, colourKey(index),
                      m_avatars ? m_avatars->image(avatarKey(index)) : QImage());
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(own || selected ? text : Avatar::colourFor(colourKey(index)));
        const QFontMetrics boldMetrics(bold);
        const QString elided =
            boldMetrics.elidedText(name, Qt::ElideRight, l.header.width() * 3 / 4);
        painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter, elided);
        painter->setFont(option.font);
        painter->setPen(dim);
        painter->drawText(l.header.adjusted(boldMetrics.horizontalAdvance(elided) + Gap, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, time);
    }

    painter->save();
    painter->translate(l.body.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, text);
    if (selected)
        context.palette.setColor(QPalette::Link, text);
    context.clip = QRectF(0, 0, l.body.width(), l.body.height());
    l.document->documentLayout()->draw(painter, context);
    painter->restore();

    painter->setPen(dim);
    if (!l.time.isNull())
        painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter, time);
    if (!l.edited.isNull())
        painter->drawText(l.edited, Qt::AlignRight | Qt::AlignVCenter, editedText());
    if (!l.delivery.isNull()) {
        QIcon(u":/icons/delivery-%1.svg"_s.arg(deliveryIconName(index))).paint(painter, l.delivery);
    }
    if (!l.error.isNull()) {
        painter->setPen(selected ? text : QColor(0xc6, 0x28, 0x28));
        painter->drawText(
            l.error, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(failureText(index), Qt::ElideRight, l.error.width()));
    }
    painter->restore();
}

void MessageDelegate::paintNotice(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const QRect &rect, const QColor &dim)
{
    QFont italic = option.font;
    italic.setItalic(true);
    painter->setFont(italic);
    painter->setPen(dim);
    const QString line =
        tr("%1 — %2", "room notice: time — sentence")
            .arg(ChatTexts::timeLabel(index.data(MessageModel::TimestampRole).toDateTime()),
                 index.data(MessageModel::BodyRole).toString());
    painter->drawText(rect, Qt::AlignCenter,
                      QFontMetrics(italic).elidedText(line, Qt::ElideRight, rect.width()));
}

QString MessageDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &pos) const
{
    const Layout l = layout(option, index);
    if (!l.document || !l.body.contains(pos))
        return {};
    return l.document->documentLayout()->anchorAt(pos - l.body.topLeft());
}

QString MessageDelegate::toolTipAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QPoint &pos) const
{
    const Layout l = layout(option, index);
    if (!l.document)
        return l.body.contains(pos) ? index.data(MessageModel::BodyRole).toString() : QString();
    if (l.delivery.contains(pos) || l.error.contains(pos))
        return deliveryToolTip(index);
    if (l.edited.contains(pos))
        return editedToolTip(index);
    if (l.time.contains(pos) || l.header.contains(pos))
        return ChatTexts::fullTimestamp(index.data(MessageModel::TimestampRole).toDateTime());
    if (l.body.contains(pos))
        return l.document->documentLayout()->anchorAt(pos - l.body.topLeft());
    return {};
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipAt(option, index, event->pos());
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport());
    return true;
}

} // namespace Linnet
