#pragma once

#include "im/Jid.h"
#include "stream/StanzaError.h"
#include "xml/Element.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace Linnet {

// XEP-0115 entity capabilities as carried by a presence: <c hash node ver/>.
struct CapsInfo
{
    QString node;
    QString ver;
    QString hash; // "sha-1" for the current format; empty for the legacy format

    bool isNull() const { return ver.isEmpty(); }
    friend bool operator==(const CapsInfo &, const CapsInfo &) = default;
};

// An RFC 6121 §4 presence stanza about availability (not subscriptions: subscribe,
// subscribed, unsubscribe, unsubscribed and probe belong to the subscription manager).
//
// Inbound presence that breaks the rules never breaks the stream; fromElement reads it by
// this one rule:
//   - the first <show/> with a known value wins; unknown values are skipped, and when no
//     <show/> has a known value the presence is plain available (Show::Online);
//   - the first <priority/> is used; a value that is not an integer in -128..127 counts as 0;
//   - of several <status/> with the same language the first wins;
//   - a <c/> without 'ver' and an <idle/> whose 'since' is not a date are ignored;
//   - an XEP-0153 <x xmlns='vcard-temp:x:update'/> without <photo/>, or on a presence that is
//     not available, says nothing (photoHash unset); an empty <photo/> means "no avatar";
//   - a type='error' presence without <error/> gets undefined-condition;
//   - a presence of an unknown type is not a Presence (fromElement returns nothing).
class Presence
{
public:
    enum class Type { Available, Unavailable, Error };
    // Ordered from most to least available, as the aggregate prefers them.
    enum class Show { Chat, Online, Away, Xa, Dnd };

    struct Status
    {
        QString lang; // BCP 47 tag, or empty when neither the <status/> nor the stanza says
        QString text;
        friend bool operator==(const Status &, const Status &) = default;
    };

    Presence() = default;
    static Presence available(Show show = Show::Online, const QString &status = {},
                              int priority = 0);
    static Presence unavailable(const QString &status = {});

    // Reads a <presence/>; nothing for subscription types, probes and unknown types.
    static std::optional<Presence> fromElement(const Element &presence);
    // Writes a <presence/> in jabber:client with 'to' when set ('from' is left to the server).
    Element toElement() const;

    Type type = Type::Available;
    Show show = Show::Online; // meaningful for Type::Available only
    QList<Status> statuses;   // in document order
    int priority = 0;         // -128..127
    CapsInfo caps;
    QDateTime idleSince; // XEP-0319, UTC; invalid when not idle
    // XEP-0153: the SHA-1 of the sender's vCard photo (lowercase hex), "" for "no avatar",
    // nothing when the presence does not say.
    std::optional<QString> photoHash;
    std::optional<StanzaError> error;
    Jid from;
    Jid to;

    bool isAvailable() const { return type == Type::Available; }
    // The status in the language that fits the locale best: an exact tag, then the same
    // language, then a status without language, then the first one. Empty when there is none.
    QString statusFor(const QLocale &locale = QLocale()) const;
    // Replaces the status of that language (empty lang: the one without language).
    void setStatus(const QString &text, const QString &lang = {});

    static QString showName(Show show); // "chat", "", "away", "xa", "dnd"
    static std::optional<Show> showFromName(QStringView name);
    // How available a show is: 0 for chat up to 4 for dnd; lower is more available.
    static int availabilityRank(Show show) { return int(show); }

    friend bool operator==(const Presence &, const Presence &) = default;
};

} // namespace Linnet
