#include "disco/DiscoResponder.h"

#include "disco/Caps.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

DiscoResponder::DiscoResponder(XmppStream *stream, QObject *parent)
    : QObject(parent), m_stream(stream), m_identity{u"client"_s, u"pc"_s, {}, u"Linnet"_s},
      m_capsNode(DefaultCapsNode.toString()), m_features{ns::DiscoInfo.toString(),
                                                         ns::Caps.toString()}
{
    m_stream->iqRouter().addHandler(u"get"_s, u"query"_s, ns::DiscoInfo.toString(),
                                    [this](const Element &iq) { return answer(iq); });
}

DiscoResponder::~DiscoResponder()
{
    if (m_stream)
        m_stream->iqRouter().removeHandler(u"get"_s, u"query"_s, ns::DiscoInfo.toString());
}

void DiscoResponder::setIdentity(const DiscoIdentity &identity)
{
    const CapsInfo before = caps();
    m_identity = identity;
    changed(before);
}

void DiscoResponder::setCapsNode(const QString &node)
{
    const CapsInfo before = caps();
    m_capsNode = node;
    changed(before);
}

void DiscoResponder::addFeature(const QString &feature)
{
    if (feature.isEmpty() || m_features.contains(feature))
        return;
    const CapsInfo before = caps();
    m_features.append(feature);
    changed(before);
}

void DiscoResponder::removeFeature(const QString &feature)
{
    const CapsInfo before = caps();
    if (m_features.removeAll(feature) > 0)
        changed(before);
}

void DiscoResponder::setExtendedForm(const DataForm &form)
{
    const CapsInfo before = caps();
    const QString formType = form.formType();
    m_forms.removeIf([&](const DataForm &f) { return f.formType() == formType; });
    m_forms.append(form);
    changed(before);
}

DiscoInfo DiscoResponder::info() const
{
    DiscoInfo info;
    info.identities = {m_identity};
    info.features = m_features;
    info.features.sort();
    info.forms = m_forms;
    return info;
}

CapsInfo DiscoResponder::caps() const
{
    return {m_capsNode, Caps::computeVer(info()), Caps::Sha1.toString()};
}

void DiscoResponder::changed(const CapsInfo &before)
{
    const CapsInfo after = caps();
    if (after != before)
        Q_EMIT capsChanged(after);
}

IqAnswer DiscoResponder::answer(const Element &iq) const
{
    const QString node = iq.firstChild(u"query", ns::DiscoInfo).attribute(u"node");
    if (!node.isEmpty() && node != m_capsNode + u'#' + caps().ver) {
        return IqAnswer::failure(
            StanzaError::make(StanzaErrorType::Cancel, StanzaErrorCondition::ItemNotFound));
    }
    DiscoInfo reply = info();
    reply.node = node;
    return IqAnswer::result(reply.toElement());
}

} // namespace Linnet
