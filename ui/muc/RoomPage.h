#pragma once

#include "OccupantActions.h"
#include "chat/ConversationWidget.h"
#include "im/Jid.h"
#include "muc/MucTypes.h"

#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolBar;

namespace Linnet {

class Banner;
class NickCompleter;
class OccupantListView;
class SubjectBar;

// A room's tab: the one-on-one conversation page (messages, composer, search) with the
// room's toolbar and subject above, the occupant list beside the messages, and a banner with
// why we are no longer in the room (the composer is then disabled, "Rejoin" or "Join <new
// room>" offered). It shows what RoomController gives it and emits what the user wants.
class RoomPage : public ConversationWidget
{
    Q_OBJECT
public:
    explicit RoomPage(const Jid &room, QWidget *parent = nullptr);
    ~RoomPage() override;

    Jid room() const { return m_room; }
    void setOccupantModel(QAbstractItemModel *model);
    // Tab completion in the composer from these nicks.
    void setNickSource(std::function<QStringList(const QString &prefix)> source);
    // Which occupant actions the context menu offers (Room::can* through OccupantActions).
    void setOccupantActions(std::function<QList<OccupantAction>(const Occupant &)> allowed);
    void setSubject(const QString &subject, const QString &setBy);
    // What we may do now: the actions follow (and the subject's "Change…").
    void setPermissions(bool canSetSubject, bool canConfigure, bool isOwner);
    void setBookmarked(bool bookmarked);
    void setOccupantCount(int count);
    // We are in the room (or joining): the banner goes, the composer is enabled.
    void showJoined();
    void showJoining();
    // We are out of the room: the banner tells why; the composer is disabled.
    void showExit(const RoomExit &exit);
    // The menu of an occupant, with the allowed actions (the caller executes or destroys it).
    QMenu *occupantMenu(const Occupant &occupant, QWidget *parent);

    SubjectBar *subjectBar() const { return m_subject; }
    OccupantListView *occupantList() const { return m_occupants; }
    Banner *exitBanner() const { return m_banner; }
    QPushButton *rejoinButton() const { return m_rejoin; }
    QPushButton *joinAlternateButton() const { return m_joinAlternate; }
    QLabel *occupantCountLabel() const { return m_count; }
    QToolBar *toolBar() const { return m_toolBar; }
    NickCompleter *nickCompleter() const { return m_completer; }
    QAction *inviteAction() const { return m_invite; }
    QAction *changeNickAction() const { return m_changeNick; }
    QAction *changeSubjectAction() const { return m_changeSubject; }
    QAction *settingsAction() const { return m_settings; }
    QAction *bookmarkAction() const { return m_bookmark; }
    QAction *destroyAction() const { return m_destroy; }
    QAction *leaveAction() const { return m_leave; }

Q_SIGNALS:
    void occupantActionRequested(Linnet::OccupantAction action, const Linnet::Occupant &occupant);
    void rejoinRequested();
    void joinAlternateRequested(const Linnet::Jid &room);

private:
    QAction *addRoomAction(const QString &text, const QString &name, const QKeySequence &keys);
    void showOccupantMenu(const Occupant &occupant, const QPoint &globalPos);

    Jid m_room;
    Jid m_alternate;
    QToolBar *m_toolBar;
    SubjectBar *m_subject;
    QWidget *m_exitBar;
    Banner *m_banner;
    QPushButton *m_rejoin;
    QPushButton *m_joinAlternate;
    QWidget *m_side;
    QLabel *m_count;
    OccupantListView *m_occupants;
    NickCompleter *m_completer = nullptr;
    std::function<QList<OccupantAction>(const Occupant &)> m_allowed;
    QAction *m_invite = nullptr;
    QAction *m_changeNick = nullptr;
    QAction *m_changeSubject = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_bookmark = nullptr;
    QAction *m_destroy = nullptr;
    QAction *m_leave = nullptr;
};

} // namespace Linnet
