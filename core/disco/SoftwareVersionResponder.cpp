#include "disco/SoftwareVersionResponder.h"

#include "disco/DiscoResponder.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

#ifndef LINNET_VERSION
#error "LINNET_VERSION must be defined by the build"
#endif

namespace Linnet {

SoftwareVersionResponder::SoftwareVersionResponder(XmppStream *stream, DiscoResponder *disco,
                                                   QObject *parent)
    : QObject(parent), m_stream(stream)
{
    m_stream->iqRouter().addHandler(u"get"_s, u"query"_s, ns::Version.toString(),
                                    [this](const Element &iq) { return answer(iq); });
    if (disco)
        disco->addFeature(ns::Version.toString());
}

SoftwareVersionResponder::~SoftwareVersionResponder()
{
    if (m_stream)
        m_stream->iqRouter().removeHandler(u"get"_s, u"query"_s, ns::Version.toString());
}

QString SoftwareVersionResponder::name()
{
    return u"Linnet"_s;
}

QString SoftwareVersionResponder::version()
{
    return QStringLiteral(LINNET_VERSION);
}

QString SoftwareVersionResponder::operatingSystem()
{
    return QSysInfo::prettyProductName();
}

IqAnswer SoftwareVersionResponder::answer(const Element &) const
{
    Element query(u"query"_s, ns::Version.toString());
    query.addChild(u"name"_s, ns::Version.toString()).setText(name());
    query.addChild(u"version"_s, ns::Version.toString()).setText(version());
    if (m_shareOs)
        query.addChild(u"os"_s, ns::Version.toString()).setText(operatingSystem());
    return IqAnswer::result(query);
}

} // namespace Linnet
