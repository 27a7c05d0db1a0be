#include "RoomPage.h"

#include "Banner.h"
#include "NickCompleter.h"
#include "OccupantList.h"
#include "SubjectBar.h"
#include "chat/Composer.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

RoomPage::RoomPage(const Jid &room, QWidget *parent)
    : ConversationWidget(room.bareString(), parent), m_room(room.bare()),
      m_toolBar(new QToolBar(this)), m_subject(new SubjectBar(this)), m_exitBar(new QWidget(this)),
      m_banner(new Banner(Banner::Kind::Warning, m_exitBar)),
      m_rejoin(new QPushButton(tr("&Rejoin"), m_exitBar)),
      m_joinAlternate(new QPushButton(m_exitBar)), m_side(new QWidget(this)),
      m_count(new QLabel(m_side)), m_occupants(new OccupantListView(m_side))
{
    setObjectName(u"room_"_s + m_room.bareString());
    m_toolBar->setObjectName(u"roomToolBar"_s);
    m_toolBar->setAccessibleName(tr("Room actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_invite = addRoomAction(tr("&Invite…"), u"inviteAction"_s, QKeySequence(Qt::CTRL | Qt::Key_I));
    m_changeNick =
        addRoomAction(tr("Change &Nick…"), u"changeNickAction"_s, QKeySequence(Qt::Key_F2));
    m_changeSubject = addRoomAction(tr("Change &Subject…"), u"changeSubjectAction"_s,
                                    QKeySequence(Qt::CTRL | Qt::Key_T));
    m_settings = addRoomAction(tr("Room S&ettings…"), u"roomSettingsAction"_s,
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_bookmark =
        addRoomAction(tr("&Bookmark"), u"bookmarkAction"_s, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmark->setCheckable(true);
    m_bookmark->setToolTip(tr("Keep this room in the bookmarks and join it on sign-in"));
    m_destroy = addRoomAction(tr("&Destroy Room…"), u"destroyRoomAction"_s,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_leave = addRoomAction(tr("&Leave"), u"leaveRoomAction"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Moves the rare and dangerous ones behind a menu.
    m_toolBar->addAction(m_invite);
    m_toolBar->addAction(m_changeNick);
    m_toolBar->addAction(m_bookmark);
    auto *more = new QMenu(tr("More"), this);
    more->setObjectName(u"roomMoreMenu"_s);
    more->addActions({m_changeSubject, m_settings});
    more->addSeparator();
    more->addAction(m_destroy);
    QAction *moreAction = m_toolBar->addAction(tr("&More"));
    moreAction->setMenu(more);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_leave);
    m_changeSubject->setEnabled(false);
    m_settings->setEnabled(false);
    m_destroy->setEnabled(false);

    m_exitBar->setObjectName(u"roomExitBar"_s);
    m_banner->setObjectName(u"roomExitBanner"_s);
    m_rejoin->setObjectName(u"rejoinButton"_s);
    m_joinAlternate->setObjectName(u"joinAlternateButton"_s);
    auto *exitLayout = new QHBoxLayout(m_exitBar);
    exitLayout->setContentsMargins(0, 0, 0, 0);
    exitLayout->addWidget(m_banner, 1);
    exitLayout->addWidget(m_joinAlternate);
    exitLayout->addWidget(m_rejoin);
    m_exitBar->hide();

    addTopWidget(m_toolBar);
    addTopWidget(m_subject);
    addTopWidget(m_exitBar);

    m_count->setObjectName(u"occupantCountLabel"_s);
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_count);
    sideLayout->addWidget(m_occupants, 1);
    setSidePanel(m_side);
    setOccupantCount(0);

    connect(m_subject, &SubjectBar::editRequested, m_changeSubject, &QAction::trigger);
    connect(m_rejoin, &QPushButton::clicked, this, &RoomPage::rejoinRequested);
    connect(m_joinAlternate, &QPushButton::clicked, this,
            [this] { Q_EMIT joinAlternateRequested(m_alternate); });
    connect(m_occupants, &OccupantListView::menuRequested, this, &RoomPage::showOccupantMenu);
    connect(m_occupants, &OccupantListView::privateMessageRequested, this,
            [this](const Occupant &occupant) {
                Q_EMIT occupantActionRequested(OccupantAction::PrivateMessage, occupant);
            });
}

RoomPage::~RoomPage() = default;

QAction *RoomPage::addRoomAction(const QString &text, const QString &name, const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void RoomPage::setOccupantModel(QAbstractItemModel *model)
{
    m_occupants->setModel(model);
}

void RoomPage::setNickSource(std::function<QStringList(const QString &)> source)
{
    delete m_completer;
    m_completer = new NickCompleter(composer(), std::move(source), this);
}

void RoomPage::setOccupantActions(std::function<QList<OccupantAction>(const Occupant &)> allowed)
{
    m_allowed = std::move(allowed);
}

void RoomPage::setSubject(const QString &subject, const QString &setBy)
{
    m_subject->setSubject(subject, setBy);
}

void RoomPage::setPermissions(bool canSetSubject, bool canConfigure, bool isOwner)
{
    m_subject->setEditable(canSetSubject);
    m_changeSubject->setEnabled(canSetSubject);
    m_settings->setEnabled(canConfigure);
    m_destroy->setEnabled(isOwner);
}

void RoomPage::setBookmarked(bool bookmarked)
{
    m_bookmark->setChecked(bookmarked);
}

void RoomPage::setOccupantCount(int count)
{
    m_count->setText(tr("%n occupant(s)", nullptr, count));
}

void RoomPage::showJoined()
{
    m_exitBar->hide();
    m_banner->setMessage(QString());
    composer()->setEnabled(true);
    composer()->setPlaceholderText(tr("Write to the room…"));
    for (QAction *action : {m_invite, m_changeNick})
        action->setEnabled(true);
    m_leave->setText(tr("&Leave"));
}

void RoomPage::showJoining()
{
    m_banner->setKind(Banner::Kind::Information);
    m_banner->setMessage(tr("Joining %1…").arg(m_room.toString()));
    m_rejoin->hide();
    m_joinAlternate->hide();
    m_exitBar->show();
    composer()->setEnabled(false);
}

void RoomPage::showExit(const RoomExit &exit)
{
    const bool removed = exit.reason != RoomExit::Reason::Left;
    m_banner->setKind(exit.reason == RoomExit::Reason::ConnectionLost ||
                              exit.reason == RoomExit::Reason::Left
                          ? Banner::Kind::Information
                          : Banner::Kind::Warning);
    QString sentence = exit.sentence;
    if (sentence.isEmpty())
        sentence = removed ? tr("You are no longer in this room.") : tr("You left this room.");
    m_banner->setMessage(sentence);
    // Banned, or the room is gone: there is nothing to rejoin.
    const bool canRejoin = exit.reason != RoomExit::Reason::Banned &&
                           exit.reason != RoomExit::Reason::Destroyed &&
                           exit.reason != RoomExit::Reason::ConnectionLost;
    m_rejoin->setVisible(canRejoin);
    m_alternate = exit.alternateRoom;
    m_joinAlternate->setVisible(exit.reason == RoomExit::Reason::Destroyed &&
                                exit.alternateRoom.isValid());
    m_joinAlternate->setText(tr("&Join %1").arg(exit.alternateRoom.toString()));
    m_exitBar->show();
    composer()->setEnabled(false);
    composer()->setPlaceholderText(tr("You are not in this room."));
    for (QAction *action : {m_invite, m_changeNick, m_changeSubject, m_settings, m_destroy})
        action->setEnabled(false);
    m_leave->setText(tr("&Close", "close the tab of a room we are no longer in"));
    m_subject->setEditable(false);
}

QMenu *RoomPage::occupantMenu(const Occupant &occupant, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"occupantMenu"_s);
    const QList<OccupantAction> actions =
        m_allowed ? m_allowed(occupant) : QList<OccupantAction>{OccupantAction::PrivateMessage};
    for (OccupantAction action : actions) {
        if (action == OccupantAction::Kick)
            menu->addSeparator();
        QAction *item = menu->addAction(OccupantActions::label(action));
        item->setObjectName(OccupantActions::name(action) + u"Action"_s);
        connect(item, &QAction::triggered, this,
                [this, action, occupant] { Q_EMIT occupantActionRequested(action, occupant); });
    }
    return menu;
}

void RoomPage::showOccupantMenu(const Occupant &occupant, const QPoint &globalPos)
{
    QMenu *menu = occupantMenu(occupant, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!menu->isEmpty())
        menu->popup(globalPos);
    else
        menu->deleteLater();
}

} // namespace Linnet
