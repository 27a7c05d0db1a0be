#include "stream/sasl/SaslChannelBindingTypes.h"

#include "xml/namespaces.h"

namespace Linnet {

QStringList parseSaslChannelBindingTypes(const Element &element)
{
    const Element advertisement =
        element.is(u"sasl-channel-binding", ns::SaslChannelBinding)
            ? element
            : element.firstChild(u"sasl-channel-binding", ns::SaslChannelBinding);
    QStringList types;
    for (const Element &binding :
         advertisement.childrenNamed(u"channel-binding", ns::SaslChannelBinding)) {
        const QString type = binding.attribute(u"type").trimmed();
        if (!type.isEmpty() && !types.contains(type))
            types.append(type);
    }
    return types;
}

} // namespace Linnet
