#include "stream/StreamFeatures.h"

#include "stream/sasl/SaslChannelBindingTypes.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

StreamFeatures StreamFeatures::fromElement(const Element &features)
{
    StreamFeatures result;
    const Element tls = features.firstChild(u"starttls", ns::Tls);
    result.startTls = !tls.isNull();
    result.startTlsRequired = !tls.firstChild(u"required", ns::Tls).isNull();

    const Element mechanisms = features.firstChild(u"mechanisms", ns::Sasl);
    for (const Element &mechanism : mechanisms.childrenNamed(u"mechanism", ns::Sasl))
        result.saslMechanisms.append(mechanism.text().trimmed());

    result.saslChannelBindingTypes = parseSaslChannelBindingTypes(features);

    result.bind = !features.firstChild(u"bind", ns::Bind).isNull();
    const Element session = features.firstChild(u"session", ns::Session);
    result.sessionRequired =
        !session.isNull() && session.firstChild(u"optional", ns::Session).isNull();
    result.streamManagement = !features.firstChild(u"sm", ns::StreamManagement).isNull();
    result.clientStateIndication = !features.firstChild(u"csi", ns::Csi).isNull();
    result.rosterVersioning = !features.firstChild(u"ver", ns::RosterVersioningFeature).isNull();
    result.preApproval = !features.firstChild(u"sub", ns::PreApprovalFeature).isNull();
    result.inBandRegistration = !features.firstChild(u"register", ns::RegisterFeature).isNull();
    return result;
}

} // namespace Linnet
