#include "stream/StanzaError.h"
#include "xml/namespaces.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

// RFC 6120 §8.3.3, with the type each condition's definition gives.
const QList<std::pair<QString, QString>> rfcConditions{
    {u"bad-request"_s, u"modify"_s},
    {u"conflict"_s, u"cancel"_s},
    {u"feature-not-implemented"_s, u"cancel"_s},
    {u"forbidden"_s, u"auth"_s},
    {u"gone"_s, u"cancel"_s},
    {u"internal-server-error"_s, u"cancel"_s},
    {u"item-not-found"_s, u"cancel"_s},
    {u"jid-malformed"_s, u"modify"_s},
    {u"not-acceptable"_s, u"modify"_s},
    {u"not-allowed"_s, u"cancel"_s},
    {u"not-authorized"_s, u"auth"_s},
    {u"policy-violation"_s, u"modify"_s},
    {u"recipient-unavailable"_s, u"wait"_s},
    {u"redirect"_s, u"modify"_s},
    {u"registration-required"_s, u"auth"_s},
    {u"remote-server-not-found"_s, u"cancel"_s},
    {u"remote-server-timeout"_s, u"wait"_s},
    {u"resource-constraint"_s, u"wait"_s},
    {u"service-unavailable"_s, u"cancel"_s},
    {u"subscription-required"_s, u"auth"_s},
    {u"undefined-condition"_s, u"cancel"_s},
    {u"unexpected-request"_s, u"wait"_s},
};

Element errorElement(const QString &type, const QString &condition)
{
    Element error(u"error"_s, ns::Client.toString());
    if (!type.isEmpty())
        error.setAttribute(u"type"_s, type);
    error.addChild(condition, ns::StanzaErrors.toString());
    return error;
}

} // namespace

class TestStanzaError : public QObject
{
    Q_OBJECT

private slots:
    void everyCondition_data();
    void everyCondition();
    void everyType_data();
    void everyType();
    void sentencesAreDistinct();
    void rfcExampleWithTextAndBy();
    void missingTypeUsesUsualType();
    void goneAndRedirectCarryAddress();
    void applicationCondition();
    void unknownConditionIsUndefined();
    void toElementWritesTheWireForm();
};

void TestStanzaError::everyCondition_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("usualType");
    for (const auto &[name, type] : rfcConditions)
        QTest::newRow(qPrintable(name)) << name << type;
}

void TestStanzaError::everyCondition()
{
    QFETCH(QString, name);
    QFETCH(QString, usualType);
    const auto condition = StanzaError::conditionFromName(name);
    QVERIFY(condition.has_value());
    QCOMPARE(StanzaError::conditionName(*condition), name);
    QCOMPARE(StanzaError::typeName(StanzaError::usualType(*condition)), usualType);

    const StanzaError parsed = StanzaError::fromElement(errorElement(u"wait"_s, name));
    QCOMPARE(parsed.condition, *condition);
    QCOMPARE(parsed.type, StanzaErrorType::Wait);
    QVERIFY(!parsed.humanSentence().isEmpty());
    QCOMPARE(StanzaError::fromElement(parsed.toElement()), parsed);
}

void TestStanzaError::everyType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<StanzaErrorType>("type");
    QTest::newRow("auth") << u"auth"_s << StanzaErrorType::Auth;
    QTest::newRow("cancel") << u"cancel"_s << StanzaErrorType::Cancel;
    QTest::newRow("continue") << u"continue"_s << StanzaErrorType::Continue;
    QTest::newRow("modify") << u"modify"_s << StanzaErrorType::Modify;
    QTest::newRow("wait") << u"wait"_s << StanzaErrorType::Wait;
}

void TestStanzaError::everyType()
{
    QFETCH(QString, name);
    QFETCH(StanzaErrorType, type);
    QCOMPARE(StanzaError::typeFromName(name), type);
    QCOMPARE(StanzaError::typeName(type), name);
    const StanzaError error = StanzaError::fromElement(errorElement(name, u"conflict"_s));
    QCOMPARE(error.type, type);
    QCOMPARE(error.toElement().attribute(u"type"), name);
}

void TestStanzaError::sentencesAreDistinct()
{
    QSet<QString> sentences;
    for (const auto &[name, type] : rfcConditions) {
        StanzaError error;
        error.condition = *StanzaError::conditionFromName(name);
        sentences.insert(error.humanSentence());
    }
    QCOMPARE(sentences.size(), rfcConditions.size());
}

void TestStanzaError::rfcExampleWithTextAndBy()
{
    // RFC 6120 §8.3.2, the service-unavailable example with descriptive text.
    Element element(u"error"_s, ns::Client.toString());
    element.setAttribute(u"by"_s, u"example.net"_s);
    element.setAttribute(u"type"_s, u"cancel"_s);
    element.addChild(u"service-unavailable"_s, ns::StanzaErrors.toString());
    element.addChild(u"text"_s, ns::StanzaErrors.toString())
        .setAttribute(ns::Xml.toString(), u"lang"_s, u"en"_s)
        .setText(u"[ ... application-specific information ... ]"_s);

    const StanzaError error = StanzaError::fromElement(element);
    QCOMPARE(error.type, StanzaErrorType::Cancel);
    QCOMPARE(error.condition, StanzaErrorCondition::ServiceUnavailable);
    QCOMPARE(error.by, u"example.net"_s);
    QCOMPARE(error.text, u"[ ... application-specific information ... ]"_s);
    QVERIFY(error.humanSentence().endsWith(u"“[ ... application-specific information ... ]”"_s));
    QCOMPARE(StanzaError::fromElement(error.toElement()), error);
}

void TestStanzaError::missingTypeUsesUsualType()
{
    QCOMPARE(StanzaError::fromElement(errorElement(QString(), u"forbidden"_s)).type,
             StanzaErrorType::Auth);
    QCOMPARE(StanzaError::fromElement(errorElement(u"bogus"_s, u"remote-server-timeout"_s)).type,
             StanzaErrorType::Wait);
}

void TestStanzaError::goneAndRedirectCarryAddress()
{
    // RFC 6120 §8.3.3.5 and §8.3.3.14
    for (const QString &name : {u"gone"_s, u"redirect"_s}) {
        Element element = errorElement(u"modify"_s, name);
        Element condition = element.firstChild(name, ns::StanzaErrors);
        element.removeChildren(name, ns::StanzaErrors);
        condition.setText(u"xmpp:romeo@afterlife.example.net"_s);
        element.appendChild(condition);

        const StanzaError error = StanzaError::fromElement(element);
        QCOMPARE(error.alternateAddress, u"xmpp:romeo@afterlife.example.net"_s);
        QVERIFY(error.humanSentence().contains(u"xmpp:romeo@afterlife.example.net"_s));
        QCOMPARE(error.toElement().childText(name, ns::StanzaErrors), error.alternateAddress);
        QCOMPARE(StanzaError::fromElement(error.toElement()), error);
    }
}

void TestStanzaError::applicationCondition()
{
    // RFC 6120 §8.3.4
    Element element = errorElement(u"modify"_s, u"bad-request"_s);
    element.addChild(u"too-many-parameters"_s, u"http://example.org/ns"_s);
    const StanzaError error = StanzaError::fromElement(element);
    QCOMPARE(error.condition, StanzaErrorCondition::BadRequest);
    QVERIFY(error.applicationCondition.is(u"too-many-parameters", u"http://example.org/ns"));
    QVERIFY(
        !error.toElement().firstChild(u"too-many-parameters", u"http://example.org/ns").isNull());
}

void TestStanzaError::unknownConditionIsUndefined()
{
    const StanzaError error = StanzaError::fromElement(errorElement(u"cancel"_s, u"nope"_s));
    QCOMPARE(error.condition, StanzaErrorCondition::UndefinedCondition);
    QCOMPARE(StanzaError::fromElement(Element(u"error"_s, ns::Client.toString())).condition,
             StanzaErrorCondition::UndefinedCondition);
    QVERIFY(!StanzaError::conditionFromName(u"Conflict").has_value());
}

void TestStanzaError::toElementWritesTheWireForm()
{
    StanzaError error;
    error.type = StanzaErrorType::Modify;
    error.condition = StanzaErrorCondition::JidMalformed;
    const Element element = error.toElement();
    QVERIFY(element.is(u"error", ns::Client));
    QCOMPARE(element.attribute(u"type"), u"modify"_s);
    QVERIFY(!element.hasAttribute(u"by"));
    QCOMPARE(element.children().size(), 1);
    QVERIFY(element.children().at(0).is(u"jid-malformed", ns::StanzaErrors));
}

QTEST_GUILESS_MAIN(TestStanzaError)
#include "tst_stanzaerror.moc"
