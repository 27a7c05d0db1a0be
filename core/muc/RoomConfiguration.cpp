// Room: the owner's work (XEP-0045 §10: creation, configuration, destroy), invitations we send
// (§7.8.2, XEP-0249), the room's disco#info, and the IQ plumbing of the room.
#include "disco/DiscoInfo.h"
#include "muc/MucStanzas.h"
#include "muc/RoomPrivate.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

bool isTrue(const QStringList &values)
{
    return !values.isEmpty() && (values.first() == u"1" || values.first() == u"true");
}

} // namespace

void Room::Private::request(const Element &iq, std::function<void(const IqResponse &)> handler)
{
    QPointer<Room> guard(&q);
    stream.sendIq(iq, [guard, handler = std::move(handler)](const IqResponse &response) {
        if (guard && handler)
            handler(response);
    });
}

void Room::Private::requestOutcome(const Element &iq, MucCallback done,
                                   std::function<void()> onSuccess)
{
    request(
        iq, [done = std::move(done), onSuccess = std::move(onSuccess)](const IqResponse &response) {
            if (response.ok() && onSuccess)
                onSuccess();
            if (!done)
                return;
            done(response.ok() ? MucOutcome::success() : MucOutcome::failure(response.sentence));
        });
}

// What the room says of itself: anonymity, archive, whether occupants may set the subject.
void Room::Private::requestInfo()
{
    request(MucStanzas::discoInfoRequest(jid), [this](const IqResponse &response) {
        if (!response.ok())
            return;
        const DiscoInfo info =
            DiscoInfo::fromElement(response.iq.firstChild(u"query", ns::DiscoInfo));
        if (info.hasFeature(u"muc_nonanonymous"))
            nonAnonymous = true;
        else if (info.hasFeature(u"muc_semianonymous"))
            nonAnonymous = false;
        for (const DataForm &form : info.forms) {
            if (form.formType() != ns::MucRoomInfo)
                continue;
            for (QStringView var :
                 {u"muc#roominfo_changesubject", u"muc#roomconfig_changesubject"}) {
                if (const DataForm::Field *field = form.field(var))
                    occupantsMayChangeSubject = isTrue(field->values);
            }
        }
    });
}

void Room::createInstant(MucCallback done)
{
    if (!canConfigure()) {
        failOutcome(done, tr("Only an owner of the room can configure it."));
        return;
    }
    DataForm instant;
    instant.type = u"submit"_s;
    d->requestOutcome(MucStanzas::configurationSubmit(d->jid, instant), std::move(done),
                      [this] { d->awaitingConfiguration = false; });
}

void Room::requestConfiguration(std::function<void(const DataForm &, const MucOutcome &)> done)
{
    if (!canConfigure()) {
        if (done)
            done({}, MucOutcome::failure(tr("Only an owner of the room can configure it.")));
        return;
    }
    d->request(MucStanzas::configurationRequest(d->jid), [done = std::move(done)](
                                                             const IqResponse &response) {
        if (!done)
            return;
        if (!response.ok()) {
            done({}, MucOutcome::failure(response.sentence));
            return;
        }
        const Element x =
            response.iq.firstChild(u"query", ns::MucOwner).firstChild(u"x", ns::DataForms);
        if (x.isNull()) {
            done({}, MucOutcome::failure(tr("The room sent no configuration form.")));
            return;
        }
        done(DataForm::fromElement(x), MucOutcome::success());
    });
}

void Room::submitConfiguration(const DataForm &form, MucCallback done)
{
    if (!canConfigure()) {
        failOutcome(done, tr("Only an owner of the room can configure it."));
        return;
    }
    d->requestOutcome(MucStanzas::configurationSubmit(d->jid, form.submission()), std::move(done),
                      [this] {
                          d->awaitingConfiguration = false;
                          d->requestInfo();
                      });
}

void Room::cancelConfiguration(MucCallback done)
{
    if (!canConfigure()) {
        failOutcome(done, tr("Only an owner of the room can configure it."));
        return;
    }
    DataForm cancel;
    cancel.type = u"cancel"_s;
    // Cancelling the first configuration means not creating the room (§10.1.2): the service
    // destroys it, and where it does not, leaving the locked, empty room ends it.
    const bool creating = d->awaitingConfiguration;
    d->requestOutcome(MucStanzas::configurationSubmit(d->jid, cancel), std::move(done),
                      [this, creating] {
                          d->awaitingConfiguration = false;
                          if (creating && d->state == State::Joined)
                              leave();
                      });
}

void Room::destroy(const QString &reason, const Jid &alternateRoom, MucCallback done)
{
    if (!canConfigure()) {
        failOutcome(done, tr("Only an owner of the room can destroy it."));
        return;
    }
    d->requestOutcome(MucStanzas::destroyRequest(d->jid, reason, alternateRoom), std::move(done));
}

void Room::inviteMediated(const Jid &invitee, const QString &reason)
{
    if (!invitee.isValid())
        return;
    d->stream.send(MucStanzas::mediatedInvite(d->jid, invitee, reason));
}

void Room::inviteDirect(const Jid &invitee, const QString &reason)
{
    if (!invitee.isValid())
        return;
    d->stream.send(MucStanzas::directInvite(d->jid, invitee, reason, d->options.password));
}

} // namespace Linnet
