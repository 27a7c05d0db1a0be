#include "RoomPresenter.h"

#include "RoomPage.h"
#include "RoomTexts.h"
#include "RoomTimelineModel.h"
#include "muc/Room.h"

namespace Linnet {

RoomPresenter::RoomPresenter(Room *room, RoomPage *page, RoomTimelineModel *timeline,
                             QObject *parent)
    : QObject(parent), m_room(room), m_page(page), m_timeline(timeline)
{
    m_timeline->setOwnNick(room->nick());
    connect(room, &QObject::destroyed, this, [this] {
        if (m_page)
            m_page->showExit(RoomExit{});
    });
    connect(room, &Room::stateChanged, this, [this](Room::State state) {
        if (m_page && state == Room::State::Joining)
            m_page->showJoining();
    });
    connect(room, &Room::joined, this, [this] {
        m_subjectShown = false;
        showCurrent();
    });
    connect(room, &Room::occupantJoined, this, [this](const Occupant &occupant) {
        refreshCount();
        // The occupants present when we join are listed, not announced one by one.
        if (isJoined() && !occupant.isSelf)
            m_timeline->addNotice(RoomTexts::joined(occupant));
    });
    connect(room, &Room::occupantLeft, this,
            [this](const Occupant &occupant, const QString &sentence) {
                refreshCount();
                if (!occupant.isSelf)
                    m_timeline->addNotice(RoomTexts::left(occupant, sentence));
            });
    connect(room, &Room::occupantChanged, this,
            [this](const Occupant &before, const Occupant &after) {
                const QString sentence = RoomTexts::occupantChanged(before, after);
                if (!sentence.isEmpty() && isJoined())
                    m_timeline->addNotice(sentence);
                if (after.isSelf)
                    refreshPermissions();
            });
    connect(room, &Room::nickChanged, this,
            [this](const QString &oldNick, const QString &newNick, bool isSelf) {
                if (isSelf)
                    m_timeline->setOwnNick(m_room->nick().isEmpty() ? newNick : m_room->nick());
                m_timeline->addNotice(RoomTexts::nickChanged(oldNick, newNick, isSelf));
            });
    connect(room, &Room::subjectChanged, this, &RoomPresenter::onSubject);
    connect(room, &Room::notice, this,
            [this](const QString &sentence) { m_timeline->addNotice(sentence); });
    connect(room, &Room::exited, this, [this](const RoomExit &exit) {
        if (m_page)
            m_page->showExit(exit);
        if (!exit.sentence.isEmpty())
            m_timeline->addNotice(exit.sentence);
        refreshCount();
    });
}

bool RoomPresenter::isJoined() const
{
    return m_room && m_room->state() == Room::State::Joined;
}

void RoomPresenter::showCurrent()
{
    if (!m_room || !m_page)
        return;
    m_timeline->setOwnNick(m_room->nick());
    m_page->setSubject(m_room->subject(), m_room->subjectSetBy());
    switch (m_room->state()) {
    case Room::State::Joined:
        m_page->showJoined();
        break;
    case Room::State::Joining:
        m_page->showJoining();
        break;
    case Room::State::NotJoined:
        if (m_room->lastExit().sentence.isEmpty())
            m_page->showJoining();
        else
            m_page->showExit(m_room->lastExit());
        break;
    }
    refreshCount();
    refreshPermissions();
}

void RoomPresenter::refreshPermissions()
{
    if (!m_room || !m_page)
        return;
    const bool joined = isJoined();
    m_page->setPermissions(joined && m_room->canSetSubject(), joined && m_room->canConfigure(),
                           joined && m_room->self().affiliation == MucAffiliation::Owner);
}

void RoomPresenter::refreshCount()
{
    if (m_room && m_page)
        m_page->setOccupantCount(int(m_room->occupants().size()));
}

void RoomPresenter::onSubject(const QString &subject, const QString &setBy)
{
    if (m_page)
        m_page->setSubject(subject, setBy);
    if (!isJoined())
        return;
    // The subject that ends the join is the room's, not a change (XEP-0045 §7.2.15).
    m_timeline->addNotice(m_subjectShown ? RoomTexts::subjectChanged(subject, setBy)
                                         : RoomTexts::subjectIs(subject, setBy));
    m_subjectShown = true;
}

} // namespace Linnet
