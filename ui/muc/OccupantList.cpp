#include "OccupantList.h"

#include "PresenceIcons.h"
#include "RoomTexts.h"
#include "avatars/AvatarImages.h"
#include "chat/Avatar.h"
#include "models/OccupantModel.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Linnet {

QString OccupantDelegate::badge(const QModelIndex &index)
{
    if (index.data(OccupantModel::IsGroupRole).toBool())
        return {};
    const auto affiliation = MucAffiliation(index.data(OccupantModel::AffiliationRole).toInt());
    switch (affiliation) {
    case MucAffiliation::Owner:
    case MucAffiliation::Admin:
    case MucAffiliation::Member:
        return RoomTexts::affiliationLabel(affiliation);
    default:
        return {};
    }
}

QString OccupantDelegate::toolTip(const QModelIndex &index)
{
    if (const auto occupant = OccupantListView::occupantAt(index))
        return RoomTexts::occupantToolTip(*occupant);
    return index.data(Qt::DisplayRole).toString();
}

void OccupantDelegate::setAvatars(AvatarImages *avatars, const Jid &room)
{
    AvatarImages::attach(this, m_avatars, avatars);
    m_room = room.bare();
}

QImage OccupantDelegate::avatarOf(const QModelIndex &index) const
{
    const auto occupant = OccupantListView::occupantAt(index);
    if (!m_avatars || !occupant || !m_room.isValid())
        return {};
    QStringList keys{m_room.withResource(occupant->nick).toString()};
    if (occupant->realJid.isValid())
        keys.append(occupant->realJid.bareString());
    return m_avatars->image(keys);
}

void OccupantDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(OccupantModel::IsGroupRole).toBool()) {
        option->font.setBold(true);
        return;
    }
    const int show = index.data(OccupantModel::ShowRole).toInt();
    const QIcon presence = PresenceIcons::forState(RosterModel::State(show));
    option->icon = presence;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QImage avatar = avatarOf(index);
    if (!avatar.isNull()) {
        // The avatar, then the presence icon, side by side in one decoration.
        const int side = option->decorationSize.height();
        QPixmap both(2 * side + 2, side);
        both.fill(Qt::transparent);
        QPainter painter(&both);
        AvatarImages::paintCircle(&painter, QRect(0, 0, side, side), avatar);
        presence.paint(&painter, QRect(side + 2, 0, side, side));
        painter.end();
        option->icon = QIcon(both);
        option->decorationSize = both.size();
    }
    if (index.data(OccupantModel::IsSelfRole).toBool())
        option->font.setBold(true);
    if (!(option->state & QStyle::State_Selected)) {
        option->palette.setColor(QPalette::Text,
                                 Avatar::colourFor(index.data(OccupantModel::NickRole).toString()));
    }
}

void OccupantDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString text = badge(index);
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const int width = metrics.horizontalAdvance(text) + 8;
    QStyleOptionViewItem narrowed = option;
    narrowed.rect.setRight(option.rect.right() - width - 4);
    QStyledItemDelegate::paint(painter, narrowed, index);
    painter->save();
    const QRect badgeRect(option.rect.right() - width, option.rect.top() + 2, width,
                          option.rect.height() - 4);
    painter->setFont(small);
    painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
    painter->drawRoundedRect(badgeRect.adjusted(0, 0, -1, -1), 3, 3);
    painter->drawText(badgeRect, Qt::AlignCenter, text);
    painter->restore();
}

bool OccupantDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), toolTip(index), view->viewport());
    return true;
}

OccupantListView::OccupantListView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(u"occupantList"_s);
    setAccessibleName(tr("Occupants"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setItemDelegate(new OccupantDelegate(this));
    setContextMenuPolicy(Qt::CustomContextMenu);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const auto occupant = occupantAt(indexAt(pos)))
            Q_EMIT menuRequested(*occupant, viewport()->mapToGlobal(pos));
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const auto occupant = occupantAt(index); occupant && !occupant->isSelf)
            Q_EMIT privateMessageRequested(*occupant);
    });
}

void OccupantListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    expandAll();
    // Groups come and go with their first and last occupant: keep them open.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    expand(this->model()->index(row, 0));
            });
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::layoutChanged, this, &QTreeView::expandAll);
}

void OccupantListView::setAvatars(AvatarImages *avatars, const Jid &room)
{
    if (auto *delegate = qobject_cast<OccupantDelegate *>(itemDelegate()))
        delegate->setAvatars(avatars, room);
    viewport()->update();
}

std::optional<Occupant> OccupantListView::occupantAt(const QModelIndex &index)
{
    if (!index.isValid() || index.data(OccupantModel::IsGroupRole).toBool())
        return std::nullopt;
    const QVariant value = index.data(OccupantModel::OccupantRole);
    if (!value.canConvert<Occupant>())
        return std::nullopt;
    return value.value<Occupant>();
}

void OccupantListView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Menu) {
        const QModelIndex current = currentIndex();
        if (const auto occupant = occupantAt(current)) {
            const QPoint pos = visualRect(current).bottomLeft();
            Q_EMIT menuRequested(*occupant, viewport()->mapToGlobal(pos));
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace Linnet
