#include "stream/StreamError.h"
#include "xml/namespaces.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

// RFC 6120 §4.9.3, in the order of the specification.
const QStringList rfcConditionNames{
    u"bad-format"_s,
    u"bad-namespace-prefix"_s,
    u"conflict"_s,
    u"connection-timeout"_s,
    u"host-gone"_s,
    u"host-unknown"_s,
    u"improper-addressing"_s,
    u"internal-server-error"_s,
    u"invalid-from"_s,
    u"invalid-namespace"_s,
    u"invalid-xml"_s,
    u"not-authorized"_s,
    u"not-well-formed"_s,
    u"policy-violation"_s,
    u"remote-connection-failed"_s,
    u"reset"_s,
    u"resource-constraint"_s,
    u"restricted-xml"_s,
    u"see-other-host"_s,
    u"system-shutdown"_s,
    u"undefined-condition"_s,
    u"unsupported-encoding"_s,
    u"unsupported-feature"_s,
    u"unsupported-stanza-type"_s,
    u"unsupported-version"_s,
};

Element streamError(const QString &condition)
{
    Element error(u"error"_s, ns::Stream.toString());
    error.addChild(condition, ns::StreamErrors.toString());
    return error;
}

} // namespace

class TestStreamError : public QObject
{
    Q_OBJECT

private slots:
    void everyCondition_data();
    void everyCondition();
    void sentencesAreDistinct();
    void conflictSentence();
    void textIsAppended();
    void seeOtherHost();
    void applicationConditionIsIgnored();
    void unknownConditionIsUndefined();
    void emptyErrorIsUndefined();
    void unknownNameHasNoCondition();
    void toElementWritesTheWireForm();
};

void TestStreamError::everyCondition_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : rfcConditionNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestStreamError::everyCondition()
{
    QFETCH(QString, name);
    const auto condition = StreamError::conditionFromName(name);
    QVERIFY(condition.has_value());
    QCOMPARE(StreamError::conditionName(*condition), name);

    const StreamError parsed = StreamError::fromElement(streamError(name));
    QCOMPARE(parsed.condition, *condition);
    QVERIFY(parsed.text.isEmpty());
    QVERIFY(!parsed.humanSentence().isEmpty());
    QVERIFY(parsed.humanSentence().endsWith(u'.'));

    QCOMPARE(StreamError::fromElement(parsed.toElement()), parsed);
}

void TestStreamError::sentencesAreDistinct()
{
    QSet<QString> sentences;
    for (const QString &name : rfcConditionNames) {
        StreamError error;
        error.condition = *StreamError::conditionFromName(name);
        sentences.insert(error.humanSentence());
    }
    QCOMPARE(sentences.size(), rfcConditionNames.size());
}

void TestStreamError::conflictSentence()
{
    const StreamError error = StreamError::fromElement(streamError(u"conflict"_s));
    QCOMPARE(error.humanSentence(),
             u"You signed in from another place, so this session was closed."_s);
}

void TestStreamError::textIsAppended()
{
    Element element = streamError(u"conflict"_s);
    element.addChild(u"text"_s, ns::StreamErrors.toString())
        .setAttribute(ns::Xml.toString(), u"lang"_s, u"en"_s)
        .setText(u"Replaced by new connection"_s);
    const StreamError error = StreamError::fromElement(element);
    QCOMPARE(error.condition, StreamErrorCondition::Conflict);
    QCOMPARE(error.text, u"Replaced by new connection"_s);
    QCOMPARE(error.humanSentence(),
             u"You signed in from another place, so this session was closed. The server said: "
             u"“Replaced by new connection”"_s);
    QCOMPARE(StreamError::fromElement(error.toElement()), error);
}

void TestStreamError::seeOtherHost()
{
    // RFC 6120 §4.9.3.19
    Element element(u"error"_s, ns::Stream.toString());
    element.addChild(u"see-other-host"_s, ns::StreamErrors.toString())
        .setText(u"[2001:41D0:1:A49b::1]:9222"_s);
    const StreamError error = StreamError::fromElement(element);
    QCOMPARE(error.condition, StreamErrorCondition::SeeOtherHost);
    QCOMPARE(error.seeOtherHost, u"[2001:41D0:1:A49b::1]:9222"_s);
    QVERIFY(error.humanSentence().contains(u"[2001:41D0:1:A49b::1]:9222"_s));

    const Element written = error.toElement();
    QCOMPARE(written.childText(u"see-other-host", ns::StreamErrors), error.seeOtherHost);
    QCOMPARE(StreamError::fromElement(written), error);
}

void TestStreamError::applicationConditionIsIgnored()
{
    // RFC 6120 §4.9.4: an application-specific condition next to a defined one.
    Element element(u"error"_s, ns::Stream.toString());
    element.addChild(u"escape-your-data"_s, u"http://example.org/ns"_s);
    element.addChild(u"not-well-formed"_s, ns::StreamErrors.toString());
    element.addChild(u"text"_s, ns::StreamErrors.toString())
        .setText(u"Some special application diagnostic information!"_s);
    const StreamError error = StreamError::fromElement(element);
    QCOMPARE(error.condition, StreamErrorCondition::NotWellFormed);
    QCOMPARE(error.text, u"Some special application diagnostic information!"_s);
}

void TestStreamError::unknownConditionIsUndefined()
{
    const StreamError error = StreamError::fromElement(streamError(u"made-up-condition"_s));
    QCOMPARE(error.condition, StreamErrorCondition::UndefinedCondition);
    QVERIFY(!error.humanSentence().isEmpty());
}

void TestStreamError::emptyErrorIsUndefined()
{
    const StreamError error = StreamError::fromElement(Element(u"error"_s, ns::Stream.toString()));
    QCOMPARE(error.condition, StreamErrorCondition::UndefinedCondition);
    QCOMPARE(StreamError::fromElement(Element()).condition,
             StreamErrorCondition::UndefinedCondition);
}

void TestStreamError::unknownNameHasNoCondition()
{
    QVERIFY(!StreamError::conditionFromName(u"bogus").has_value());
    QVERIFY(!StreamError::conditionFromName(u"").has_value());
    QVERIFY(!StreamError::conditionFromName(u"Conflict").has_value());
}

void TestStreamError::toElementWritesTheWireForm()
{
    StreamError error;
    error.condition = StreamErrorCondition::SystemShutdown;
    error.text = u"Back soon"_s;
    const Element element = error.toElement();
    QVERIFY(element.is(u"error", ns::Stream));
    QCOMPARE(element.children().size(), 2);
    QVERIFY(element.children().at(0).is(u"system-shutdown", ns::StreamErrors));
    QVERIFY(element.children().at(1).is(u"text", ns::StreamErrors));
    QCOMPARE(element.children().at(1).text(), u"Back soon"_s);
}

QTEST_GUILESS_MAIN(TestStreamError)
#include "tst_streamerror.moc"
