// Managers over a recording stream with a known roster, for the contact-list widget tests.
#pragma once

#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Blocking.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "models/ContactManagers.h"

using namespace Qt::StringLiterals;

namespace Linnet::Test {

struct RosterFeed
{
    RosterFeed()
        : roster(stream), presence(&stream), subscriptions(stream, nullptr, &roster),
          blocking(stream)
    {}

    ContactManagers managers() { return {&roster, &presence, &subscriptions, &blocking, nullptr}; }

    // Answers a roster fetch with these <item/>s.
    bool loadRoster(const QString &itemsXml)
    {
        stream.sent.clear();
        roster.fetch();
        if (stream.sent.isEmpty())
            return false;
        const QString id = stream.sent.takeLast().attribute(u"id");
        stream.receive(stanzaFromXml(
            u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster' ver='1'>%2</query></iq>"_s
                .arg(id, itemsXml)));
        return roster.isLoaded();
    }

    void receivePresence(const QString &from, const QString &inner = {}, const QString &type = {})
    {
        const QString typeAttribute = type.isEmpty() ? QString() : u" type='%1'"_s.arg(type);
        stream.receive(stanzaFromXml(
            u"<presence from='%1'%2>%3</presence>"_s.arg(from, typeAttribute, inner)));
    }

    // A small roster with every kind of row: groups, a contact in two groups, online, away,
    // dnd and offline contacts, a pending request.
    void loadSampleRoster()
    {
        loadRoster(u"<item jid='bob@localhost' name='Bob Builder' subscription='both'>"
                   u"<group>Friends</group><group>Work</group></item>"
                   u"<item jid='carol@localhost' name='Carol' "
                   u"subscription='both'><group>Friends</group></item>"
                   u"<item jid='dave@localhost' subscription='both'><group>Work</group></item>"
                   u"<item jid='erin@localhost' name='Erin' subscription='none' ask='subscribe'/>"
                   u"<item jid='frank@localhost' name='Frank' subscription='both'/>"_s);
        receivePresence(u"bob@localhost/laptop"_s,
                        u"<show>away</show><status>Back in ten minutes</status>"_s);
        receivePresence(u"carol@localhost/phone"_s,
                        u"<status>Reading</status><priority>3</priority>"_s);
        receivePresence(u"dave@localhost/work"_s,
                        u"<show>dnd</show><status>In a meeting</status>"_s);
    }

    RecordingStream stream;
    Roster roster;
    PresenceManager presence;
    Subscriptions subscriptions;
    Blocking blocking;
};

} // namespace Linnet::Test
