#include "stream/StanzaError.h"

#include "xml/namespaces.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

struct ConditionInfo
{
    StanzaErrorCondition condition;
    QStringView name;
    StanzaErrorType usualType;
    const char *sentence;
};

using C = StanzaErrorCondition;
using T = StanzaErrorType;

// clang-format off
constexpr std::array conditions{
    ConditionInfo{C::BadRequest, u"bad-request", T::Modify,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The request was malformed or incomplete.")},
    ConditionInfo{C::Conflict, u"conflict", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The request conflicts with something that already exists, such as a name in use.")},
    ConditionInfo{C::FeatureNotImplemented, u"feature-not-implemented", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient does not support this feature.")},
    ConditionInfo{C::Forbidden, u"forbidden", T::Auth,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "You are not allowed to do this.")},
    ConditionInfo{C::Gone, u"gone", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient no longer exists at this address.")},
    ConditionInfo{C::InternalServerError, u"internal-server-error", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The server had an internal error.")},
    ConditionInfo{C::ItemNotFound, u"item-not-found", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The requested item was not found.")},
    ConditionInfo{C::JidMalformed, u"jid-malformed", T::Modify,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The address is not valid.")},
    ConditionInfo{C::NotAcceptable, u"not-acceptable", T::Modify,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient did not accept the request as it was, for example because a message was too long.")},
    ConditionInfo{C::NotAllowed, u"not-allowed", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "Nobody is allowed to do this here.")},
    ConditionInfo{C::NotAuthorized, u"not-authorized", T::Auth,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "You need to sign in or provide credentials first.")},
    ConditionInfo{C::PolicyViolation, u"policy-violation", T::Modify,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "This breaks one of the server's rules, for example by sending too much too quickly.")},
    ConditionInfo{C::RecipientUnavailable, u"recipient-unavailable", T::Wait,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient is not available right now.")},
    ConditionInfo{C::Redirect, u"redirect", T::Modify,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient is now reached at another address.")},
    ConditionInfo{C::RegistrationRequired, u"registration-required", T::Auth,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "You need to register first.")},
    ConditionInfo{C::RemoteServerNotFound, u"remote-server-not-found", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient's server could not be found.")},
    ConditionInfo{C::RemoteServerTimeout, u"remote-server-timeout", T::Wait,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient's server did not answer in time.")},
    ConditionInfo{C::ResourceConstraint, u"resource-constraint", T::Wait,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The server is too busy to handle this right now.")},
    ConditionInfo{C::ServiceUnavailable, u"service-unavailable", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient does not offer this service.")},
    ConditionInfo{C::SubscriptionRequired, u"subscription-required", T::Auth,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "You need to be subscribed to the recipient first.")},
    ConditionInfo{C::UndefinedCondition, u"undefined-condition", T::Cancel,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The request failed for an unspecified reason.")},
    ConditionInfo{C::UnexpectedRequest, u"unexpected-request", T::Wait,
        QT_TRANSLATE_NOOP("Linnet::StanzaError", "The recipient did not expect this request now.")},
};

constexpr std::array typeNames{
    std::pair{T::Auth, u"auth"},
    std::pair{T::Cancel, u"cancel"},
    std::pair{T::Continue, u"continue"},
    std::pair{T::Modify, u"modify"},
    std::pair{T::Wait, u"wait"},
};
// clang-format on

const ConditionInfo &infoFor(StanzaErrorCondition condition)
{
    for (const ConditionInfo &info : conditions) {
        if (info.condition == condition)
            return info;
    }
    Q_UNREACHABLE();
}

bool carriesAddress(StanzaErrorCondition condition)
{
    return condition == C::Gone || condition == C::Redirect;
}

} // namespace

StanzaError StanzaError::make(StanzaErrorType type, StanzaErrorCondition condition)
{
    StanzaError error;
    error.type = type;
    error.condition = condition;
    return error;
}

QString StanzaError::conditionName(StanzaErrorCondition condition)
{
    return infoFor(condition).name.toString();
}

std::optional<StanzaErrorCondition> StanzaError::conditionFromName(QStringView name)
{
    for (const ConditionInfo &info : conditions) {
        if (info.name == name)
            return info.condition;
    }
    return std::nullopt;
}

QString StanzaError::typeName(StanzaErrorType type)
{
    for (const auto &[value, name] : typeNames) {
        if (value == type)
            return QStringView(name).toString();
    }
    Q_UNREACHABLE();
}

std::optional<StanzaErrorType> StanzaError::typeFromName(QStringView name)
{
    for (const auto &[value, typeName] : typeNames) {
        if (QStringView(typeName) == name)
            return value;
    }
    return std::nullopt;
}

StanzaErrorType StanzaError::usualType(StanzaErrorCondition condition)
{
    return infoFor(condition).usualType;
}

StanzaError StanzaError::fromElement(const Element &errorElement)
{
    StanzaError error;
    bool haveCondition = false;
    for (const Element &child : errorElement.children()) {
        if (child.namespaceUri() != ns::StanzaErrors) {
            if (error.applicationCondition.isNull())
                error.applicationCondition = child;
            continue;
        }
        if (child.name() == u"text") {
            if (error.text.isEmpty())
                error.text = child.text().trimmed();
            continue;
        }
        if (haveCondition)
            continue;
        haveCondition = true;
        error.condition = conditionFromName(child.name()).value_or(C::UndefinedCondition);
        if (carriesAddress(error.condition))
            error.alternateAddress = child.text().trimmed();
    }
    error.type = typeFromName(errorElement.attribute(u"type")).value_or(usualType(error.condition));
    error.by = errorElement.attribute(u"by");
    return error;
}

Element StanzaError::toElement() const
{
    Element element(u"error"_s, ns::Client.toString());
    element.setAttribute(u"type"_s, typeName(type));
    if (!by.isEmpty())
        element.setAttribute(u"by"_s, by);
    Element &conditionElement =
        element.addChild(conditionName(condition), ns::StanzaErrors.toString());
    if (carriesAddress(condition) && !alternateAddress.isEmpty())
        conditionElement.setText(alternateAddress);
    if (!text.isEmpty())
        element.addChild(u"text"_s, ns::StanzaErrors.toString()).setText(text);
    if (!applicationCondition.isNull())
        element.appendChild(applicationCondition);
    return element;
}

QString StanzaError::humanSentence() const
{
    QString sentence =
        QCoreApplication::translate("Linnet::StanzaError", infoFor(condition).sentence);
    if (carriesAddress(condition) && !alternateAddress.isEmpty()) {
        sentence +=
            u' ' + QCoreApplication::translate("Linnet::StanzaError", "The new address is %1.")
                       .arg(alternateAddress);
    }
    if (!text.isEmpty()) {
        sentence +=
            u' ' + QCoreApplication::translate("Linnet::StanzaError", "Details: “%1”").arg(text);
    }
    return sentence;
}

} // namespace Linnet
