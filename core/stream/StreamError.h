#pragma once

#include "xml/Element.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace Linnet {

// The defined conditions of RFC 6120 §4.9.3.
enum class StreamErrorCondition {
    BadFormat,
    BadNamespacePrefix,
    Conflict,
    ConnectionTimeout,
    HostGone,
    HostUnknown,
    ImproperAddressing,
    InternalServerError,
    InvalidFrom,
    InvalidNamespace,
    InvalidXml,
    NotAuthorized,
    NotWellFormed,
    PolicyViolation,
    RemoteConnectionFailed,
    Reset,
    ResourceConstraint,
    RestrictedXml,
    SeeOtherHost,
    SystemShutdown,
    UndefinedCondition,
    UnsupportedEncoding,
    UnsupportedFeature,
    UnsupportedStanzaType,
    UnsupportedVersion,
};

// A <stream:error/>: fatal, the stream closes after it.
struct StreamError
{
    StreamErrorCondition condition = StreamErrorCondition::UndefinedCondition;
    QString text;         // the server's <text/>, if any
    QString seeOtherHost; // for SeeOtherHost: "host", "host:port" or "[v6]:port"

    // Reads a <stream:error/> element; an unknown or missing condition is undefined-condition.
    static StreamError fromElement(const Element &streamErrorElement);
    Element toElement() const;
    // A sentence for the user, followed by the server's text when it gave one.
    QString humanSentence() const;

    static QString conditionName(StreamErrorCondition condition);
    static std::optional<StreamErrorCondition> conditionFromName(QStringView name);

    friend bool operator==(const StreamError &, const StreamError &) = default;
};

} // namespace Linnet
