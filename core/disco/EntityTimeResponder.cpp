#include "disco/EntityTimeResponder.h"

#include "disco/DiscoResponder.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Linnet {

EntityTimeResponder::EntityTimeResponder(XmppStream *stream, DiscoResponder *disco, QObject *parent)
    : QObject(parent), m_stream(stream), m_clock([] { return QDateTime::currentDateTime(); })
{
    m_stream->iqRouter().addHandler(
        u"get"_s, u"time"_s, ns::Time.toString(),
        [this](const Element &) { return IqAnswer::result(timeElement(m_clock())); });
    if (disco)
        disco->addFeature(ns::Time.toString());
}

EntityTimeResponder::~EntityTimeResponder()
{
    if (m_stream)
        m_stream->iqRouter().removeHandler(u"get"_s, u"time"_s, ns::Time.toString());
}

QString EntityTimeResponder::offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return (offsetSeconds < 0 ? u"-"_s : u"+"_s) +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

Element EntityTimeResponder::timeElement(const QDateTime &localNow)
{
    Element time(u"time"_s, ns::Time.toString());
    time.addChild(u"tzo"_s, ns::Time.toString()).setText(offsetText(localNow.offsetFromUtc()));
    time.addChild(u"utc"_s, ns::Time.toString())
        .setText(localNow.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s));
    return time;
}

} // namespace Linnet
