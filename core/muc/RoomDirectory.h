#pragma once

#include "disco/DiscoClient.h"
#include "muc/MucTypes.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Linnet {

// Lists the rooms of a MUC service (XEP-0045 §6.3): disco#items of the service, then the
// disco#info of every room for its name, occupant count, description and features
// (§6.4, muc#roominfo). A room whose info cannot be had is still listed, by its item.
class RoomDirectory : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QList<RoomListing> &, const MucOutcome &)>;

    explicit RoomDirectory(DiscoClient &disco, QObject *parent = nullptr);

    void list(const Jid &service, Callback done);

    // One room's listing from its disco item and (when it answered) its disco#info.
    static RoomListing listingOf(const DiscoItem &item, const DiscoInfo *info);

private:
    static constexpr int MaxInFlight = 8;
    struct Walk
    {
        QList<DiscoItem> rooms;
        QList<RoomListing> listings;
        qsizetype next = 0;
        int waiting = 0;
        Callback done;
    };
    void askNext(const std::shared_ptr<Walk> &walk);

    DiscoClient &m_disco;
};

} // namespace Linnet
