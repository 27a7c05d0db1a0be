#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace Linnet {

// An XMPP address (RFC 7622): [localpart@]domainpart[/resourcepart].
// Parts are stored prepared for comparison: the localpart case-folded and NFC-normalised,
// the domainpart lower-cased in Unicode (U-label) form, the resourcepart NFC-normalised with
// its case kept. Two Jids are equal when their prepared parts are equal.
class Jid
{
public:
    Jid() = default; // invalid, with no error

    // Parses and prepares an address; on bad input returns an invalid Jid whose error() says why.
    static Jid parse(QStringView text);
    // The same, answered from a small per-thread cache of the addresses parsed last: every
    // stanza carries addresses, and a conversation's are the same over and over.
    static Jid parse(const QString &text);
    // Builds from separate parts, each prepared and checked as by parse(). Empty local or
    // resource means "absent".
    static Jid fromParts(QStringView local, QStringView domain, QStringView resource = {});

    bool isValid() const { return m_valid; }
    // A short human reason why parsing failed, or empty.
    QString error() const { return m_error; }

    QString local() const { return m_local; }
    QString domain() const { return m_domain; }
    QString resource() const { return m_resource; }

    bool isBare() const { return m_valid && m_resource.isEmpty(); }
    bool isFull() const { return m_valid && !m_resource.isEmpty(); }
    // A server or service address with neither localpart nor resourcepart.
    bool isDomain() const { return m_valid && m_local.isEmpty() && m_resource.isEmpty(); }

    // This address without its resourcepart.
    Jid bare() const;
    // This address with its resourcepart replaced; invalid if the resourcepart is.
    Jid withResource(QStringView resource) const;

    // The whole address as a string (with the resourcepart when there is one); empty if invalid.
    QString full() const { return toString(); }
    QString bareString() const;
    QString toString() const;

    friend bool operator==(const Jid &a, const Jid &b)
    {
        return a.m_valid == b.m_valid && a.m_local == b.m_local && a.m_domain == b.m_domain &&
               a.m_resource == b.m_resource;
    }
    friend bool operator!=(const Jid &a, const Jid &b) { return !(a == b); }

private:
    static Jid invalid(const QString &error);

    bool m_valid = false;
    QString m_local;
    QString m_domain;
    QString m_resource;
    QString m_error;
};

size_t qHash(const Jid &jid, size_t seed = 0) noexcept;

} // namespace Linnet

Q_DECLARE_METATYPE(Linnet::Jid)
