#include "muc/RoomDirectory.h"

#include "disco/DiscoClient.h"
#include "xml/namespaces.h"

#include <QPointer>
#include <memory>

using namespace Qt::StringLiterals;

namespace Linnet {

RoomDirectory::RoomDirectory(DiscoClient &disco, QObject *parent) : QObject(parent), m_disco(disco)
{}

RoomListing RoomDirectory::listingOf(const DiscoItem &item, const DiscoInfo *info)
{
    RoomListing listing;
    listing.jid = item.jid.bare();
    listing.name = item.name;
    if (info) {
        for (const DiscoIdentity &identity : info->identities) {
            if (identity.category == u"conference" && !identity.name.isEmpty()) {
                listing.name = identity.name;
                break;
            }
        }
        listing.passwordProtected = info->hasFeature(u"muc_passwordprotected");
        listing.membersOnly = info->hasFeature(u"muc_membersonly");
        for (const DataForm &form : info->forms) {
            if (form.formType() != ns::MucRoomInfo)
                continue;
            if (const DataForm::Field *field = form.field(u"muc#roominfo_occupants");
                field && !field->values.isEmpty()) {
                bool ok = false;
                const int count = field->values.constFirst().trimmed().toInt(&ok);
                if (ok && count >= 0)
                    listing.occupants = count;
            }
            if (const DataForm::Field *field = form.field(u"muc#roominfo_description");
                field && !field->values.isEmpty())
                listing.description = field->values.join(u'\n');
        }
    }
    if (listing.name.isEmpty())
        listing.name = listing.jid.local();
    return listing;
}

void RoomDirectory::askNext(const std::shared_ptr<Walk> &walk)
{
    if (walk->next >= walk->rooms.size())
        return;
    const int index = int(walk->next++);
    const DiscoItem item = walk->rooms.at(index);
    QPointer<RoomDirectory> guard(this);
    m_disco.info(
        item.jid, QString(),
        [guard, walk, item, index](const DiscoInfoResult &info) {
            walk->listings[index] = listingOf(item, info.ok ? &info.info : nullptr);
            if (!guard)
                return;
            if (--walk->waiting == 0) {
                walk->done(walk->listings, MucOutcome::success());
                return;
            }
            guard->askNext(walk);
        },
        true);
}

void RoomDirectory::list(const Jid &service, Callback done)
{
    QPointer<RoomDirectory> guard(this);
    m_disco.items(
        service, QString(),
        [guard, done](const DiscoItemsResult &items) {
            if (!guard)
                return;
            if (!items.ok) {
                done({},
                     MucOutcome::failure(tr("The rooms could not be listed: %1").arg(items.error)));
                return;
            }
            QList<DiscoItem> rooms;
            for (const DiscoItem &item : items.items) {
                if (item.jid.isValid() && !item.jid.local().isEmpty() && item.node.isEmpty())
                    rooms.append(item);
            }
            if (rooms.isEmpty()) {
                done({}, MucOutcome::success());
                return;
            }
            // At most a few disco#info requests in flight: a big service is not flooded.
            auto walk = std::make_shared<Walk>();
            walk->rooms = rooms;
            walk->listings.resize(rooms.size());
            walk->waiting = int(rooms.size());
            walk->done = done;
            for (int i = 0; i < MaxInFlight; ++i)
                guard->askNext(walk);
        },
        true);
}

} // namespace Linnet
