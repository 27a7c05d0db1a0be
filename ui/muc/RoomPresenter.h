#pragma once

#include <QObject>
#include <QPointer>

namespace Linnet {

class Room;
class RoomPage;
class RoomTimelineModel;

// What one Room's signals become on its tab: the page's state (joining, joined, the banner
// when we are out), subject and occupant count; notice lines in the timeline (who came and
// went, role changes, nick and subject changes, the room's own sentences); our nick for
// mentions; the permissions the room's actions follow. One per room object: a rejoin that
// brings a new Room gets a new presenter.
class RoomPresenter : public QObject
{
    Q_OBJECT
public:
    RoomPresenter(Room *room, RoomPage *page, RoomTimelineModel *timeline,
                  QObject *parent = nullptr);

    // Shows the room as it is now (state, subject, count, permissions).
    void showCurrent();
    void refreshPermissions();

private:
    bool isJoined() const;
    void refreshCount();
    void onSubject(const QString &subject, const QString &setBy);

    QPointer<Room> m_room;
    QPointer<RoomPage> m_page;
    RoomTimelineModel *m_timeline;
    bool m_subjectShown = false; // since the last join: later subjects are changes
};

} // namespace Linnet
