#include "im/RosterItem.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

static const QStringView subscriptionNames[] = {u"none", u"to", u"from", u"both", u"remove"};

QString RosterItem::subscriptionName(RosterSubscription subscription)
{
    return subscriptionNames[int(subscription)].toString();
}

std::optional<RosterSubscription> RosterItem::subscriptionFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(subscriptionNames)); ++i) {
        if (subscriptionNames[i] == name)
            return RosterSubscription(i);
    }
    return std::nullopt;
}

bool RosterItem::weSeeTheirPresence() const
{
    return subscription == RosterSubscription::To || subscription == RosterSubscription::Both;
}

bool RosterItem::theySeeOurPresence() const
{
    return subscription == RosterSubscription::From || subscription == RosterSubscription::Both;
}

static bool isTrue(QStringView value)
{
    return value == u"true" || value == u"1";
}

std::optional<RosterItem> RosterItem::fromElement(const Element &element)
{
    if (!element.is(u"item", ns::Roster))
        return std::nullopt;
    const Jid jid = Jid::parse(element.attribute(u"jid"));
    if (!jid.isBare())
        return std::nullopt;
    RosterItem item;
    item.jid = jid;
    item.name = element.attribute(u"name");
    item.subscription =
        subscriptionFromName(element.attribute(u"subscription")).value_or(RosterSubscription::None);
    item.askSubscribe = element.attribute(u"ask") == u"subscribe";
    item.approved = isTrue(element.attribute(u"approved"));
    for (const Element &group : element.childrenNamed(u"group", ns::Roster)) {
        const QString name = group.text();
        if (!name.isEmpty() && !item.groups.contains(name))
            item.groups.append(name);
    }
    return item;
}

Element RosterItem::toSetElement() const
{
    Element element(u"item"_s, ns::Roster.toString());
    element.setAttribute(u"jid"_s, jid.bareString());
    if (subscription == RosterSubscription::Remove) {
        element.setAttribute(u"subscription"_s, u"remove"_s);
        return element;
    }
    if (!name.isEmpty())
        element.setAttribute(u"name"_s, name);
    for (const QString &group : groups)
        element.addChild(u"group"_s, ns::Roster.toString()).setText(group);
    return element;
}

Element RosterItem::toElement() const
{
    Element element = toSetElement();
    if (subscription == RosterSubscription::Remove)
        return element;
    element.setAttribute(u"subscription"_s, subscriptionName(subscription));
    if (askSubscribe)
        element.setAttribute(u"ask"_s, u"subscribe"_s);
    if (approved)
        element.setAttribute(u"approved"_s, u"true"_s);
    return element;
}

} // namespace Linnet
