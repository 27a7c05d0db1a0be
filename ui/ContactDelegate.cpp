#include "ContactDelegate.h"

#include "PresenceIcons.h"
#include "avatars/AvatarImages.h"
#include "models/ConversationListModel.h"
#include "models/RosterModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int Margin = 4;
constexpr int IconSize = 16;

RosterModel::Kind kindOf(const QModelIndex &index)
{
    return index.data(RosterModel::KindRole).value<RosterModel::Kind>();
}

QPalette::ColorRole textRole(const QStyleOptionViewItem &option)
{
    return option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
}
} // namespace

QString ContactDelegate::groupText(const QModelIndex &index)
{
    return tr("%1 (%2/%3)", "group name (online/total)")
        .arg(index.data(RosterModel::NameRole).toString())
        .arg(index.data(RosterModel::OnlineCountRole).toInt())
        .arg(index.data(RosterModel::TotalCountRole).toInt());
}

QString ContactDelegate::resourceText(const QModelIndex &index)
{
    QString text = tr("%1 (%2)", "resource (priority)")
                       .arg(index.data(RosterModel::NameRole).toString())
                       .arg(index.data(RosterModel::PriorityRole).toInt());
    const QString client = index.data(RosterModel::ClientNameRole).toString();
    if (!client.isEmpty())
        text = tr("%1 — %2", "resource — client").arg(text, client);
    return text;
}

QString ContactDelegate::contactToolTip(const QModelIndex &index)
{
    const QString jid = index.data(RosterModel::JidRole).toString();
    const QString account = index.data(RosterModel::AccountLabelRole).toString();
    if (account.isEmpty())
        return jid;
    return tr("%1\nvia %2", "contact address, then the account it is in").arg(jid, account);
}

bool ContactDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || kindOf(index) != RosterModel::Kind::Contact)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), contactToolTip(index), view->viewport());
    return true;
}

void ContactDelegate::setConversations(ConversationListModel *conversations)
{
    m_conversations = conversations;
}

ContactDelegate::Sources ContactDelegate::sourcesOf(const QModelIndex &index) const
{
    const auto found = m_accounts.find(index.data(RosterModel::AccountRole).toString());
    return found != m_accounts.end() ? found->second : Sources{m_conversations, m_avatars};
}

int ContactDelegate::unreadCount(const QModelIndex &index) const
{
    const Sources sources = sourcesOf(index);
    if (!sources.conversations || kindOf(index) != RosterModel::Kind::Contact)
        return 0;
    return sources.conversations->unreadCount(index.data(RosterModel::JidRole).toString());
}

void ContactDelegate::setAvatars(AvatarImages *avatars)
{
    AvatarImages::attach(this, m_avatars, avatars);
}

void ContactDelegate::setAccountSources(const QString &account,
                                        ConversationListModel *conversations, AvatarImages *avatars)
{
    removeAccountSources(account);
    Sources &sources = m_accounts[account];
    sources.conversations = conversations;
    AvatarImages::attach(this, sources.avatars, avatars);
}

void ContactDelegate::removeAccountSources(const QString &account)
{
    const auto found = m_accounts.find(account);
    if (found == m_accounts.end())
        return;
    AvatarImages::attach(this, found->second.avatars, nullptr);
    m_accounts.erase(found);
}

QRect ContactDelegate::avatarRect(const QStyleOptionViewItem &option)
{
    const QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int side = 2 * option.fontMetrics.height();
    return {rect.left(), rect.top(), side, side};
}

int ContactDelegate::paintUnreadBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QRect &rect, int count) const
{
    if (count <= 0)
        return 0;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QString text = count > 99 ? tr("99+") : QString::number(count);
    const int height = metrics.height();
    const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2);
    const QRect badge(rect.right() - width + 1, rect.top(), width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setBrush(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Link));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(bold);
    painter->setPen(option.palette.color(selected ? QPalette::Highlight : QPalette::Base));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
    return width + Margin;
}

int ContactDelegate::paintAccountLabel(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QRect &rect, const QString &label) const
{
    if (label.isEmpty())
        return 0;
    // At most two fifths of the line, so the status keeps most of it.
    const QFontMetrics metrics(painter->font());
    const QString text = metrics.elidedText(label, Qt::ElideMiddle, rect.width() * 2 / 5);
    const int width = metrics.horizontalAdvance(text);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::Disabled, QPalette::HighlightedText)
                             : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(rect.right() - width + 1, rect.top(), width, rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    return width + Margin;
}

QSize ContactDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    switch (kindOf(index)) {
    case RosterModel::Kind::Group:
        return {200, line + 2 * Margin};
    case RosterModel::Kind::Contact:
        return {200, 2 * line + 2 * Margin};
    case RosterModel::Kind::Resource:
        break;
    }
    return {200, std::max(line, IconSize) + Margin};
}

void ContactDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    painter->save();
    switch (kindOf(index)) {
    case RosterModel::Kind::Group:
        paintGroup(painter, option, index);
        break;
    case RosterModel::Kind::Contact:
        paintContact(painter, option, index);
        break;
    case RosterModel::Kind::Resource:
        paintResource(painter, option, index);
        break;
    }
    painter->restore();
}

void ContactDelegate::paintGroup(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole(option)));
    const QRect rect = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QString name = index.data(RosterModel::NameRole).toString();
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, name);
    const QString counts = tr("%1/%2", "online/total")
                               .arg(index.data(RosterModel::OnlineCountRole).toInt())
                               .arg(index.data(RosterModel::TotalCountRole).toInt());
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Disabled, textRole(option)));
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, counts);
}

void ContactDelegate::paintContact(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QPointer<AvatarImages> avatars = sourcesOf(index).avatars;
    const QImage avatar =
        avatars ? avatars->image(index.data(RosterModel::JidRole).toString()) : QImage();
    QRect textRect;
    if (avatar.isNull()) {
        const QRect iconRect(rect.left(), rect.top() + (option.fontMetrics.height() - IconSize) / 2,
                             IconSize, IconSize);
        PresenceIcons::forIndex(index).paint(painter, iconRect);
        textRect = rect.adjusted(IconSize + Margin + 2, 0, 0, 0);
    } else {
        const QRect avatarArea = avatarRect(option);
        AvatarImages::paintCircle(painter, avatarArea, avatar);
        const int badge = IconSize * 3 / 4;
        PresenceIcons::forIndex(index).paint(
            painter,
            QRect(avatarArea.right() - badge + 2, avatarArea.bottom() - badge + 2, badge, badge));
        textRect = rect.adjusted(avatarArea.width() + Margin + 2, 0, 0, 0);
    }
    const int line = option.fontMetrics.height();
    const int badgeWidth = paintUnreadBadge(
        painter, option, QRect(textRect.left(), textRect.top(), textRect.width(), line),
        unreadCount(index));
    textRect.setRight(textRect.right() - badgeWidth);
    QString name = index.data(RosterModel::NameRole).toString();
    QFont nameFont = option.font;
    if (index.data(RosterModel::BlockedRole).toBool()) {
        nameFont.setStrikeOut(true);
        name = tr("%1 (blocked)").arg(name);
    }
    painter->setFont(nameFont);
    painter->setPen(option.palette.color(textRole(option)));
    const QRect nameRect(textRect.left(), textRect.top(), textRect.width(), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    QString status = index.data(RosterModel::StatusTextRole).toString();
    const QString presenceError = index.data(RosterModel::PresenceErrorRole).toString();
    if (!presenceError.isEmpty())
        status = tr("Presence error: %1").arg(presenceError);
    else if (index.data(RosterModel::IncomingRequestRole).toBool())
        status = tr("Asks to see your presence");
    else if (status.isEmpty() && index.data(RosterModel::OutgoingRequestRole).toBool())
        status = tr("Waiting for approval");
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    QRect statusRect(textRect.left(), textRect.top() + line, textRect.width(), line);
    statusRect.setRight(statusRect.right() -
                        paintAccountLabel(painter, option, statusRect,
                                          index.data(RosterModel::AccountLabelRole).toString()));
    if (status.isEmpty())
        return;
    painter->setPen(option.palette.color(QPalette::Disabled, textRole(option)));
    status = status.simplified();
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(status, Qt::ElideRight, statusRect.width()));
}

void ContactDelegate::paintResource(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QRect rect = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QRect iconRect(rect.left(), rect.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    PresenceIcons::forIndex(index).paint(painter, iconRect);
    painter->setPen(option.palette.color(textRole(option)));
    QString text = resourceText(index);
    const QString status = index.data(RosterModel::StatusTextRole).toString().simplified();
    if (!status.isEmpty())
        text = tr("%1: %2", "resource text: status").arg(text, status);
    const QRect textRect = rect.adjusted(IconSize + Margin, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
}

} // namespace Linnet
