#include "stream/SessionError.h"

namespace Linnet {

bool SessionError::allowsAutomaticReconnect() const
{
    switch (kind) {
    case Kind::HostNotFound:
    case Kind::ConnectionFailed:
    case Kind::TlsFailed:
    case Kind::InvalidXml:
    case Kind::Timeout:
    case Kind::ConnectionLost:
        return true;
    case Kind::StreamError:
        switch (streamError.condition) {
        case StreamErrorCondition::Conflict: // signed in elsewhere: do not fight it
        case StreamErrorCondition::NotAuthorized:
        case StreamErrorCondition::HostUnknown:
        case StreamErrorCondition::ImproperAddressing:
        case StreamErrorCondition::InvalidFrom:
        case StreamErrorCondition::UnsupportedVersion:
        case StreamErrorCondition::UnsupportedEncoding:
        case StreamErrorCondition::UnsupportedFeature:
            return false;
        default: // PolicyViolation included: the Client limits how often (ReconnectPolicy)
            return true;
        }
    case Kind::None:
    case Kind::TlsNotOffered:
    case Kind::CertificateUntrusted:
    case Kind::NoSuitableMechanism:
    case Kind::AuthenticationFailed:
    case Kind::ServerNotAuthentic:
    case Kind::BindFailed:
    case Kind::ClosedByUser:
        return false;
    }
    return false;
}

SessionError SessionError::make(Kind kind, QString sentence, QString detail)
{
    SessionError error;
    error.kind = kind;
    error.sentence = std::move(sentence);
    error.detail = std::move(detail);
    return error;
}

} // namespace Linnet
