#include "im/Jid.h"

#include "im/JidPreparation.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Linnet {

Jid Jid::invalid(const QString &error)
{
    Jid jid;
    jid.m_error = error;
    return jid;
}

Jid Jid::parse(QStringView text)
{
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("Linnet::Jid", "The address is empty."));

    // RFC 7622 §3.1: the first '/' starts the resourcepart, which may itself hold '@' and '/';
    // the first '@' before it ends the localpart.
    const qsizetype slash = text.indexOf(u'/');
    const QStringView head = slash < 0 ? text : text.first(slash);
    if (slash >= 0 && slash + 1 == text.size())
        return invalid(QCoreApplication::translate("Linnet::Jid", "The part after “/” is empty."));
    const QStringView resource = slash < 0 ? QStringView() : text.sliced(slash + 1);

    const qsizetype at = head.indexOf(u'@');
    if (at == 0)
        return invalid(QCoreApplication::translate("Linnet::Jid", "The part before “@” is empty."));
    const QStringView local = at < 0 ? QStringView() : head.first(at);
    const QStringView domain = at < 0 ? head : head.sliced(at + 1);
    return fromParts(local, domain, resource);
}

Jid Jid::parse(const QString &text)
{
    // Cleared when full rather than kept in order of use: a client talks with far fewer
    // addresses at a time than this, so a clear is rare and costs only re-parsing.
    constexpr qsizetype CacheSize = 512;
    thread_local QHash<QString, Jid> cache;
    const auto found = cache.constFind(text);
    if (found != cache.cend())
        return *found;
    Jid jid = parse(QStringView(text));
    // Only valid ones: an error's text is translated, and the language may change.
    if (jid.isValid()) {
        if (cache.size() >= CacheSize)
            cache.clear();
        cache.insert(text, jid);
    }
    return jid;
}

Jid Jid::fromParts(QStringView local, QStringView domain, QStringView resource)
{
    Jid jid;
    if (!local.isEmpty()) {
        const PreparedJidPart part = prepareLocalpart(local);
        if (!part.ok())
            return invalid(part.error);
        jid.m_local = part.value;
    }
    const PreparedJidPart domainPart = prepareDomainpart(domain);
    if (!domainPart.ok())
        return invalid(domainPart.error);
    jid.m_domain = domainPart.value;
    if (!resource.isEmpty()) {
        const PreparedJidPart part = prepareResourcepart(resource);
        if (!part.ok())
            return invalid(part.error);
        jid.m_resource = part.value;
    }
    jid.m_valid = true;
    return jid;
}

Jid Jid::bare() const
{
    Jid jid = *this;
    jid.m_resource.clear();
    return jid;
}

Jid Jid::withResource(QStringView resource) const
{
    if (!m_valid)
        return *this;
    if (resource.isEmpty())
        return bare();
    const PreparedJidPart part = prepareResourcepart(resource);
    if (!part.ok())
        return invalid(part.error);
    Jid jid = *this;
    jid.m_resource = part.value;
    return jid;
}

QString Jid::bareString() const
{
    if (!m_valid)
        return QString();
    return m_local.isEmpty() ? m_domain : m_local + u'@' + m_domain;
}

QString Jid::toString() const
{
    if (!m_valid || m_resource.isEmpty())
        return bareString();
    return bareString() + u'/' + m_resource;
}

size_t qHash(const Jid &jid, size_t seed) noexcept
{
    return qHashMulti(seed, jid.isValid(), jid.local(), jid.domain(), jid.resource());
}

} // namespace Linnet
