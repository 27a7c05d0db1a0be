#include "disco/DiscoInfo.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

DiscoInfo DiscoInfo::fromElement(const Element &query)
{
    DiscoInfo info;
    info.node = query.attribute(u"node");
    for (const Element &child : query.children()) {
        if (child.is(u"identity", ns::DiscoInfo)) {
            info.identities.append({child.attribute(u"category"), child.attribute(u"type"),
                                    child.attribute(ns::Xml, u"lang"), child.attribute(u"name")});
        } else if (child.is(u"feature", ns::DiscoInfo)) {
            info.features.append(child.attribute(u"var"));
        } else if (child.is(u"x", ns::DataForms)) {
            info.forms.append(DataForm::fromElement(child));
        }
    }
    return info;
}

Element DiscoInfo::toElement() const
{
    Element query(u"query"_s, ns::DiscoInfo.toString());
    if (!node.isEmpty())
        query.setAttribute(u"node"_s, node);
    for (const DiscoIdentity &identity : identities) {
        Element &e = query.addChild(u"identity"_s, ns::DiscoInfo.toString());
        e.setAttribute(u"category"_s, identity.category);
        e.setAttribute(u"type"_s, identity.type);
        if (!identity.lang.isEmpty())
            e.setAttribute(ns::Xml.toString(), u"lang"_s, identity.lang);
        if (!identity.name.isEmpty())
            e.setAttribute(u"name"_s, identity.name);
    }
    for (const QString &feature : features)
        query.addChild(u"feature"_s, ns::DiscoInfo.toString()).setAttribute(u"var"_s, feature);
    for (const DataForm &form : forms)
        query.appendChild(form.toElement());
    return query;
}

QString DiscoInfo::clientName() const
{
    const DiscoIdentity *best = nullptr;
    for (const DiscoIdentity &identity : identities) {
        if (identity.name.isEmpty())
            continue;
        const bool client = identity.category == u"client";
        if (!best || (client && best->category != u"client") ||
            (client == (best->category == u"client") && identity.lang.isEmpty() &&
             !best->lang.isEmpty()))
            best = &identity;
    }
    return best ? best->name : QString();
}

} // namespace Linnet
