// XEP-0092 software version and XEP-0202 entity time responders.
#include "RecordingStream.h"
#include "disco/DiscoResponder.h"
#include "disco/EntityTimeResponder.h"
#include "disco/SoftwareVersionResponder.h"
#include "xml/namespaces.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
Element request(const QString &name, QStringView ns)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"id"_s, u"q1"_s);
    iq.setAttribute(u"from"_s, u"romeo@montague.net/orchard"_s);
    iq.addChild(name, ns.toString());
    return iq;
}
} // namespace

class VersionTimeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionWithoutOperatingSystemByDefault()
    {
        RecordingStream stream;
        DiscoResponder disco(&stream);
        SoftwareVersionResponder version(&stream, &disco);
        QVERIFY(disco.info().hasFeature(ns::Version));
        stream.receive(request(u"query"_s, ns::Version));
        const Element query = stream.sent.last().firstChild(u"query", ns::Version);
        QCOMPARE(stream.sent.last().attribute(u"type"), u"result"_s);
        QCOMPARE(query.childText(u"name", ns::Version), u"Linnet"_s);
        QCOMPARE(query.childText(u"version", ns::Version), QStringLiteral(LINNET_VERSION));
        QVERIFY(query.firstChild(u"os", ns::Version).isNull());

        version.setShareOperatingSystem(true);
        stream.receive(request(u"query"_s, ns::Version));
        QCOMPARE(stream.sent.last().firstChild(u"query", ns::Version).childText(u"os", ns::Version),
                 SoftwareVersionResponder::operatingSystem());
    }

    void offsets()
    {
        QCOMPARE(EntityTimeResponder::offsetText(0), u"+00:00"_s);
        QCOMPARE(EntityTimeResponder::offsetText(2 * 3600), u"+02:00"_s);
        QCOMPARE(EntityTimeResponder::offsetText(-(5 * 3600 + 30 * 60)), u"-05:30"_s);
        QCOMPARE(EntityTimeResponder::offsetText(5 * 3600 + 45 * 60), u"+05:45"_s);
    }

    void xep0202Example()
    {
        // XEP-0202 §4: 2006-12-19T17:58:35Z at offset -06:00.
        const QDateTime local(QDate(2006, 12, 19), QTime(11, 58, 35), Qt::OffsetFromUTC, -6 * 3600);
        RecordingStream stream;
        DiscoResponder disco(&stream);
        EntityTimeResponder time(&stream, &disco);
        time.setClock([&] { return local; });
        QVERIFY(disco.info().hasFeature(ns::Time));
        stream.receive(request(u"time"_s, ns::Time));
        const Element reply = stream.sent.last();
        QCOMPARE(reply.attribute(u"type"), u"result"_s);
        const Element payload = reply.firstChild(u"time", ns::Time);
        QCOMPARE(payload.childText(u"tzo", ns::Time), u"-06:00"_s);
        QCOMPARE(payload.childText(u"utc", ns::Time), u"2006-12-19T17:58:35.000Z"_s);
        QCOMPARE(QDateTime::fromString(payload.childText(u"utc", ns::Time), Qt::ISODateWithMs),
                 local);
    }
};

QTEST_GUILESS_MAIN(VersionTimeTest)
#include "tst_version_time.moc"
