#pragma once

#include "ContactsTestXml.h"
#include "RecordingStream.h"

#include <QHash>

namespace Linnet::Test {

// Plays the entities a disco walk asks: answers the disco#items and disco#info requests a
// RecordingStream recorded, from tables of inner XML keyed by "jid node" (node may be empty),
// or with a stanza error. Requests without an answer stay unanswered.
struct DiscoFeed
{
    explicit DiscoFeed(RecordingStream &stream) : stream(stream) {}

    static QString key(const QString &jid, const QString &node = {}) { return jid + u' ' + node; }

    // Answers every request recorded so far that the tables know; returns how many.
    int answer()
    {
        int answered = 0;
        QList<Element> unanswered;
        const QList<Element> sent = std::exchange(stream.sent, {});
        for (const Element &iq : sent) {
            const Element itemsQuery = iq.firstChild(u"query", ItemsNs);
            const Element infoQuery = iq.firstChild(u"query", InfoNs);
            const Element query = itemsQuery.isNull() ? infoQuery : itemsQuery;
            if (iq.name() != u"iq" || query.isNull()) {
                unanswered.append(iq);
                continue;
            }
            const bool isItems = !itemsQuery.isNull();
            const QString to = iq.attribute(u"to");
            const QString node = query.attribute(u"node");
            const QString k = key(to, node);
            const QHash<QString, QString> &table = isItems ? items : info;
            const QHash<QString, QString> &failures = isItems ? itemsErrors : infoErrors;
            const QString nodeAttribute =
                node.isEmpty() ? QString() : QStringLiteral(" node='%1'").arg(node);
            if (table.contains(k)) {
                stream.receive(stanzaFromXml(
                    QStringLiteral("<iq type='result' id='%1' from='%2' to='%3'>"
                                   "<query xmlns='%4'%5>%6</query></iq>")
                        .arg(iq.attribute(u"id"), to, stream.boundJid().toString(),
                             isItems ? ItemsNs : InfoNs, nodeAttribute, table.value(k))));
            } else if (failures.contains(k)) {
                stream.receive(stanzaFromXml(
                    QStringLiteral("<iq type='error' id='%1' from='%2' to='%3'><error "
                                   "type='cancel'><%4 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                   "</error></iq>")
                        .arg(iq.attribute(u"id"), to, stream.boundJid().toString(),
                             failures.value(k))));
            } else {
                unanswered.append(iq);
                continue;
            }
            ++answered;
        }
        stream.sent = unanswered + stream.sent;
        return answered;
    }

    // Answers until nothing more can be answered.
    int answerAll()
    {
        int total = 0;
        while (const int n = answer())
            total += n;
        return total;
    }

    static constexpr QStringView ItemsNs = u"http://jabber.org/protocol/disco#items";
    static constexpr QStringView InfoNs = u"http://jabber.org/protocol/disco#info";

    RecordingStream &stream;
    QHash<QString, QString> items;       // key -> <item/>s
    QHash<QString, QString> info;        // key -> <identity/>s and <feature/>s
    QHash<QString, QString> itemsErrors; // key -> stanza error condition
    QHash<QString, QString> infoErrors;
};

} // namespace Linnet::Test
