#pragma once

#include "xml/Element.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace Linnet {

// RFC 6120 §8.3.2: what the sender should do about the error.
enum class StanzaErrorType {
    Auth,     // retry after providing credentials
    Cancel,   // do not retry, the error cannot be remedied
    Continue, // proceed, the condition was only a warning
    Modify,   // retry after changing the data sent
    Wait,     // retry after waiting, the error is temporary
};

// The defined conditions of RFC 6120 §8.3.3.
enum class StanzaErrorCondition {
    BadRequest,
    Conflict,
    FeatureNotImplemented,
    Forbidden,
    Gone,
    InternalServerError,
    ItemNotFound,
    JidMalformed,
    NotAcceptable,
    NotAllowed,
    NotAuthorized,
    PolicyViolation,
    RecipientUnavailable,
    Redirect,
    RegistrationRequired,
    RemoteServerNotFound,
    RemoteServerTimeout,
    ResourceConstraint,
    ServiceUnavailable,
    SubscriptionRequired,
    UndefinedCondition,
    UnexpectedRequest,
};

// The <error/> child of a stanza of type 'error'.
struct StanzaError
{
    StanzaErrorType type = StanzaErrorType::Cancel;
    StanzaErrorCondition condition = StanzaErrorCondition::UndefinedCondition;
    QString text;
    QString by;                   // the entity that generated the error, if it said
    QString alternateAddress;     // the new address carried by <gone/> and <redirect/>
    Element applicationCondition; // a child in another namespace, or null

    // Reads an <error/> element (of any stanza namespace). An unknown condition becomes
    // undefined-condition; a missing or unknown type becomes the condition's usual type.
    static StanzaError make(StanzaErrorType type, StanzaErrorCondition condition);
    static StanzaError fromElement(const Element &errorElement);
    // Writes <error/> in the jabber:client namespace.
    Element toElement() const;
    // A sentence for the user, followed by the sender's text when it gave one.
    QString humanSentence() const;

    static QString conditionName(StanzaErrorCondition condition);
    static std::optional<StanzaErrorCondition> conditionFromName(QStringView name);
    static QString typeName(StanzaErrorType type);
    static std::optional<StanzaErrorType> typeFromName(QStringView name);
    // The type RFC 6120 §8.3.3 lists for a condition.
    static StanzaErrorType usualType(StanzaErrorCondition condition);

    friend bool operator==(const StanzaError &, const StanzaError &) = default;
};

} // namespace Linnet
