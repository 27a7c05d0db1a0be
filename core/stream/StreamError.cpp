#include "stream/StreamError.h"

#include "xml/namespaces.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

struct ConditionInfo
{
    StreamErrorCondition condition;
    QStringView name;
    const char *sentence;
};

// clang-format off
constexpr std::array conditions{
    ConditionInfo{StreamErrorCondition::BadFormat, u"bad-format",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server could not process data sent by Linnet.")},
    ConditionInfo{StreamErrorCondition::BadNamespacePrefix, u"bad-namespace-prefix",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected data from Linnet because of an unsupported XML namespace prefix.")},
    ConditionInfo{StreamErrorCondition::Conflict, u"conflict",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "You signed in from another place, so this session was closed.")},
    ConditionInfo{StreamErrorCondition::ConnectionTimeout, u"connection-timeout",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server closed the connection because it was quiet for too long.")},
    ConditionInfo{StreamErrorCondition::HostGone, u"host-gone",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "This server no longer serves your account's domain.")},
    ConditionInfo{StreamErrorCondition::HostUnknown, u"host-unknown",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "This server does not serve your account's domain. Check the address of your account.")},
    ConditionInfo{StreamErrorCondition::ImproperAddressing, u"improper-addressing",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected data from Linnet that lacked a sender or recipient address.")},
    ConditionInfo{StreamErrorCondition::InternalServerError, u"internal-server-error",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server had an internal error and closed the connection.")},
    ConditionInfo{StreamErrorCondition::InvalidFrom, u"invalid-from",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected the sender address Linnet used.")},
    ConditionInfo{StreamErrorCondition::InvalidNamespace, u"invalid-namespace",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected data from Linnet because it used the wrong XML namespace.")},
    ConditionInfo{StreamErrorCondition::InvalidXml, u"invalid-xml",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected data from Linnet as invalid XML.")},
    ConditionInfo{StreamErrorCondition::NotAuthorized, u"not-authorized",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server closed the connection because Linnet was not signed in yet.")},
    ConditionInfo{StreamErrorCondition::NotWellFormed, u"not-well-formed",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected data from Linnet as malformed XML.")},
    ConditionInfo{StreamErrorCondition::PolicyViolation, u"policy-violation",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server closed the connection because one of its rules was broken, for example by sending too much too quickly.")},
    ConditionInfo{StreamErrorCondition::RemoteConnectionFailed, u"remote-connection-failed",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server could not reach another server it needs to serve your account.")},
    ConditionInfo{StreamErrorCondition::Reset, u"reset",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server restarted the connection because its security settings changed.")},
    ConditionInfo{StreamErrorCondition::ResourceConstraint, u"resource-constraint",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server is too busy to serve this connection right now.")},
    ConditionInfo{StreamErrorCondition::RestrictedXml, u"restricted-xml",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server rejected data from Linnet that used XML features XMPP does not allow.")},
    ConditionInfo{StreamErrorCondition::SeeOtherHost, u"see-other-host",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server asked Linnet to connect to another host.")},
    ConditionInfo{StreamErrorCondition::SystemShutdown, u"system-shutdown",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server is shutting down.")},
    ConditionInfo{StreamErrorCondition::UndefinedCondition, u"undefined-condition",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server closed the connection without saying why.")},
    ConditionInfo{StreamErrorCondition::UnsupportedEncoding, u"unsupported-encoding",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server does not support the text encoding Linnet used.")},
    ConditionInfo{StreamErrorCondition::UnsupportedFeature, u"unsupported-feature",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server requires a feature that Linnet does not support.")},
    ConditionInfo{StreamErrorCondition::UnsupportedStanzaType, u"unsupported-stanza-type",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server received a kind of data from Linnet that it does not support.")},
    ConditionInfo{StreamErrorCondition::UnsupportedVersion, u"unsupported-version",
        QT_TRANSLATE_NOOP("Linnet::StreamError", "The server does not support the version of XMPP that Linnet speaks.")},
};
// clang-format on

const ConditionInfo &infoFor(StreamErrorCondition condition)
{
    for (const ConditionInfo &info : conditions) {
        if (info.condition == condition)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

QString StreamError::conditionName(StreamErrorCondition condition)
{
    return infoFor(condition).name.toString();
}

std::optional<StreamErrorCondition> StreamError::conditionFromName(QStringView name)
{
    for (const ConditionInfo &info : conditions) {
        if (info.name == name)
            return info.condition;
    }
    return std::nullopt;
}

StreamError StreamError::fromElement(const Element &streamErrorElement)
{
    StreamError error;
    bool haveCondition = false;
    for (const Element &child : streamErrorElement.children()) {
        if (child.namespaceUri() != ns::StreamErrors)
            continue; // an application-specific condition
        if (child.name() == u"text") {
            if (error.text.isEmpty())
                error.text = child.text().trimmed();
            continue;
        }
        if (haveCondition)
            continue;
        haveCondition = true;
        error.condition =
            conditionFromName(child.name()).value_or(StreamErrorCondition::UndefinedCondition);
        if (error.condition == StreamErrorCondition::SeeOtherHost)
            error.seeOtherHost = child.text().trimmed();
    }
    return error;
}

Element StreamError::toElement() const
{
    Element element(u"error"_s, ns::Stream.toString());
    Element &conditionElement =
        element.addChild(conditionName(condition), ns::StreamErrors.toString());
    if (condition == StreamErrorCondition::SeeOtherHost && !seeOtherHost.isEmpty())
        conditionElement.setText(seeOtherHost);
    if (!text.isEmpty())
        element.addChild(u"text"_s, ns::StreamErrors.toString()).setText(text);
    return element;
}

QString StreamError::humanSentence() const
{
    QString sentence;
    if (condition == StreamErrorCondition::SeeOtherHost && !seeOtherHost.isEmpty()) {
        sentence = QCoreApplication::translate("Linnet::StreamError",
                                               "The server asked Linnet to connect to %1 instead.")
                       .arg(seeOtherHost);
    } else {
        sentence = QCoreApplication::translate("Linnet::StreamError", infoFor(condition).sentence);
    }
    if (!text.isEmpty()) {
        sentence +=
            u' ' +
            QCoreApplication::translate("Linnet::StreamError", "The server said: “%1”").arg(text);
    }
    return sentence;
}

} // namespace Linnet
