#pragma once

#include "xml/Element.h"

#include <QStringList>

namespace Linnet {

// What the server offers in <stream:features/>.
struct StreamFeatures
{
    bool startTls = false;
    bool startTlsRequired = false;
    QStringList saslMechanisms;
    QStringList saslChannelBindingTypes; // XEP-0440
    bool bind = false;
    bool sessionRequired = false; // RFC 3921 session without <optional/>
    bool streamManagement = false;
    bool clientStateIndication = false;
    bool rosterVersioning = false;
    bool preApproval = false;
    bool inBandRegistration = false;

    static StreamFeatures fromElement(const Element &features);
};

} // namespace Linnet
