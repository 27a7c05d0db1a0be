#include "im/Presence.h"

#include "xml/namespaces.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

QString primaryLanguage(QStringView tag)
{
    const qsizetype dash = tag.indexOf(u'-');
    return (dash < 0 ? tag : tag.first(dash)).toString().toLower();
}

int parsePriority(const Element &presence)
{
    const Element priority = presence.firstChild(u"priority", ns::Client);
    if (priority.isNull())
        return 0;
    bool ok = false;
    const int value = priority.text().trimmed().toInt(&ok);
    return ok && value >= -128 && value <= 127 ? value : 0;
}

Presence::Show parseShow(const Element &presence)
{
    for (const Element &show : presence.childrenNamed(u"show", ns::Client)) {
        if (const auto known = Presence::showFromName(show.text().trimmed()))
            return *known;
    }
    return Presence::Show::Online;
}

} // namespace

Presence Presence::available(Show show, const QString &status, int priority)
{
    Presence presence;
    presence.show = show;
    presence.priority = priority;
    if (!status.isEmpty())
        presence.setStatus(status);
    return presence;
}

Presence Presence::unavailable(const QString &status)
{
    Presence presence;
    presence.type = Type::Unavailable;
    if (!status.isEmpty())
        presence.setStatus(status);
    return presence;
}

std::optional<Presence> Presence::fromElement(const Element &element)
{
    if (!element.is(u"presence", ns::Client))
        return std::nullopt;
    Presence presence;
    const QString type = element.attribute(u"type");
    if (type == u"unavailable")
        presence.type = Type::Unavailable;
    else if (type == u"error")
        presence.type = Type::Error;
    else if (!type.isEmpty())
        return std::nullopt;

    presence.from = Jid::parse(element.attribute(u"from"));
    presence.to = Jid::parse(element.attribute(u"to"));
    presence.show = presence.type == Type::Available ? parseShow(element) : Show::Online;
    presence.priority = parsePriority(element);

    const QString stanzaLang = element.attribute(ns::Xml, u"lang");
    for (const Element &status : element.childrenNamed(u"status", ns::Client)) {
        QString lang = status.attribute(ns::Xml, u"lang");
        if (lang.isEmpty())
            lang = stanzaLang;
        const bool seen = std::any_of(presence.statuses.cbegin(), presence.statuses.cend(),
                                      [&](const Status &s) { return s.lang == lang; });
        if (!seen)
            presence.statuses.append({lang, status.text()});
    }

    const Element caps = element.firstChild(u"c", ns::Caps);
    if (!caps.isNull() && !caps.attribute(u"ver").isEmpty())
        presence.caps = {caps.attribute(u"node"), caps.attribute(u"ver"), caps.attribute(u"hash")};

    const Element idle = element.firstChild(u"idle", ns::Idle);
    if (!idle.isNull()) {
        const QDateTime since = QDateTime::fromString(idle.attribute(u"since"), Qt::ISODateWithMs);
        if (since.isValid())
            presence.idleSince = since.toUTC();
    }

    const Element photo =
        element.firstChild(u"x", ns::VCardUpdate).firstChild(u"photo", ns::VCardUpdate);
    if (presence.type == Type::Available && !photo.isNull())
        presence.photoHash = photo.text().trimmed().toLower();

    if (presence.type == Type::Error) {
        const Element error = element.firstChild(u"error", ns::Client);
        presence.error = error.isNull() ? StanzaError{} : StanzaError::fromElement(error);
    }
    return presence;
}

Element Presence::toElement() const
{
    Element element(u"presence"_s, ns::Client.toString());
    if (to.isValid())
        element.setAttribute(u"to"_s, to.toString());
    if (type == Type::Unavailable)
        element.setAttribute(u"type"_s, u"unavailable"_s);
    else if (type == Type::Error)
        element.setAttribute(u"type"_s, u"error"_s);

    if (type == Type::Available && show != Show::Online)
        element.addChild(u"show"_s, ns::Client.toString()).setText(showName(show));
    for (const Status &status : statuses) {
        Element &child = element.addChild(u"status"_s, ns::Client.toString());
        if (!status.lang.isEmpty())
            child.setAttribute(ns::Xml.toString(), u"lang"_s, status.lang);
        child.setText(status.text);
    }
    if (priority != 0)
        element.addChild(u"priority"_s, ns::Client.toString()).setText(QString::number(priority));
    if (type == Type::Available && !caps.isNull()) {
        Element &c = element.addChild(u"c"_s, ns::Caps.toString());
        c.setAttribute(u"hash"_s, caps.hash);
        c.setAttribute(u"node"_s, caps.node);
        c.setAttribute(u"ver"_s, caps.ver);
    }
    if (idleSince.isValid()) {
        element.addChild(u"idle"_s, ns::Idle.toString())
            .setAttribute(u"since"_s, idleSince.toUTC().toString(Qt::ISODate));
    }
    if (type == Type::Available && photoHash) {
        element.addChild(u"x"_s, ns::VCardUpdate.toString())
            .addChild(u"photo"_s, ns::VCardUpdate.toString())
            .setText(*photoHash);
    }
    if (type == Type::Error && error)
        element.appendChild(error->toElement());
    return element;
}

QString Presence::statusFor(const QLocale &locale) const
{
    if (statuses.isEmpty())
        return {};
    // bcp47Name() drops a default territory ("en_US" gives "en"); name() keeps it.
    const QString tag = locale.name().replace(u'_', u'-');
    const QString shortTag = locale.bcp47Name();
    for (const Status &status : statuses) {
        if (status.lang.compare(tag, Qt::CaseInsensitive) == 0 ||
            status.lang.compare(shortTag, Qt::CaseInsensitive) == 0)
            return status.text;
    }
    const QString language = primaryLanguage(tag);
    for (const Status &status : statuses) {
        if (!status.lang.isEmpty() && primaryLanguage(status.lang) == language)
            return status.text;
    }
    for (const Status &status : statuses) {
        if (status.lang.isEmpty())
            return status.text;
    }
    return statuses.first().text;
}

void Presence::setStatus(const QString &text, const QString &lang)
{
    for (Status &status : statuses) {
        if (status.lang == lang) {
            status.text = text;
            return;
        }
    }
    statuses.append({lang, text});
}

QString Presence::showName(Show show)
{
    switch (show) {
    case Show::Chat:
        return u"chat"_s;
    case Show::Online:
        return {};
    case Show::Away:
        return u"away"_s;
    case Show::Xa:
        return u"xa"_s;
    case Show::Dnd:
        return u"dnd"_s;
    }
    return {};
}

std::optional<Presence::Show> Presence::showFromName(QStringView name)
{
    if (name == u"chat")
        return Show::Chat;
    if (name == u"away")
        return Show::Away;
    if (name == u"xa")
        return Show::Xa;
    if (name == u"dnd")
        return Show::Dnd;
    return std::nullopt;
}

} // namespace Linnet
