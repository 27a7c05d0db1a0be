// XEP-0050 ad-hoc commands over a recording stream: the specification's multi-stage "config"
// session (next, prev, complete), cancel, notes, single-stage results and errors.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "disco/AdHocCommands.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;
using Action = CommandStep::Action;
using Status = CommandStep::Status;

namespace {

const Jid responder = Jid::parse(u"responder@domain");

Element reply(const Element &request, const QString &inner, const QString &type = u"result"_s)
{
    Element iq = parseClientStanza(u"<iq type='%1' from='responder@domain' "
                                   "to='alice@localhost/desk'>%2</iq>"_s.arg(type, inner));
    iq.setAttribute(u"id"_s, request.attribute(u"id"));
    return iq;
}

// XEP-0050 §3.5.2, stage 1 (and what "prev" brings back).
const QString stage1 =
    u"<command xmlns='http://jabber.org/protocol/commands' "
    "sessionid='config:20020923T213616Z-700' node='config' status='executing'>"
    "<actions execute='next'><next/></actions>"
    "<x xmlns='jabber:x:data' type='form'><title>Configure Service</title>"
    "<instructions>Please select the service to configure.</instructions>"
    "<field var='service' label='Service' type='list-single'>"
    "<option><value>httpd</value></option><option><value>jabberd</value></option>"
    "<option><value>postgresql</value></option></field></x></command>"_s;

// Stage 2.
const QString stage2 =
    u"<command xmlns='http://jabber.org/protocol/commands' "
    "sessionid='config:20020923T213616Z-700' node='config' status='executing'>"
    "<actions execute='complete'><prev/><complete/></actions>"
    "<x xmlns='jabber:x:data' type='form'><title>Configure Service</title>"
    "<field var='runlevel' label='Run Modes' type='list-multi'><value>3</value><value>5</value>"
    "<option label='Single-User'><value>1</value></option>"
    "<option label='Full Multi-User'><value>3</value></option>"
    "<option label='X-Window'><value>5</value></option></field>"
    "<field var='state' label='Run State' type='list-single'><value>off</value>"
    "<option label='Active'><value>off</value></option>"
    "<option label='Inactive'><value>on</value></option></field></x></command>"_s;

// Stage 3.
const QString completed =
    u"<command xmlns='http://jabber.org/protocol/commands' "
    "sessionid='config:20020923T213616Z-700' node='config' status='completed'>"
    "<note type='info'>Service 'httpd' has been configured.</note></command>"_s;

Element commandOf(const Element &iq)
{
    return iq.firstChild(u"command", ns::Commands);
}

} // namespace

class AdHocCommandsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsOnlyTheEntitysOwnCommands()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        AdHocCommands commands(stream, disco);
        DiscoItemsResult result;
        commands.list(responder, [&](const DiscoItemsResult &r) { result = r; });
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(stream.sent[0].firstChild(u"query", ns::DiscoItems).attribute(u"node"),
                 ns::Commands.toString());
        // XEP-0050 §2.2 with one item of someone else slipped in.
        stream.receive(reply(stream.sent[0],
                             u"<query xmlns='http://jabber.org/protocol/disco#items' "
                             "node='http://jabber.org/protocol/commands'>"
                             "<item jid='responder@domain' node='list' name='List Service "
                             "Configurations'/>"
                             "<item jid='responder@domain' node='config' name='Configure "
                             "Service'/>"
                             "<item jid='evil@elsewhere' node='steal' name='Totally safe'/>"
                             "</query>"_s));
        QVERIFY(result.ok);
        QCOMPARE(result.items.size(), 2);
        QCOMPARE(result.items[1].node, u"config"_s);
        QCOMPARE(result.items[1].name, u"Configure Service"_s);
    }

    void runsTheMultiStageExample()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        AdHocCommands commands(stream, disco);
        CommandStep step;
        const auto keep = [&](const CommandStep &s) { step = s; };

        commands.execute(responder, u"config"_s, keep);
        Element request = commandOf(stream.sent.last());
        QCOMPARE(stream.sent.last().attribute(u"type"), u"set"_s);
        QCOMPARE(stream.sent.last().attribute(u"to"), u"responder@domain"_s);
        QCOMPARE(request.attribute(u"node"), u"config"_s);
        QCOMPARE(request.attribute(u"action"), u"execute"_s);
        QVERIFY(!request.hasAttribute(u"sessionid"));
        stream.receive(reply(stream.sent.last(), stage1));
        QVERIFY(step.ok);
        QCOMPARE(step.status, Status::Executing);
        QCOMPARE(step.sessionId, u"config:20020923T213616Z-700"_s);
        QCOMPARE(step.allowed, QList<Action>{Action::Next});
        QCOMPARE(step.defaultAction, Action::Next);
        QVERIFY(step.form);
        QCOMPARE(step.form->title, u"Configure Service"_s);

        DataForm filled = *step.form;
        filled.field(u"service")->values = {u"httpd"_s};
        commands.proceed(step, Action::Next, filled.submission(), keep);
        request = commandOf(stream.sent.last());
        QCOMPARE(request.attribute(u"sessionid"), u"config:20020923T213616Z-700"_s);
        QCOMPARE(request.attribute(u"action"), u"next"_s);
        const DataForm sent = DataForm::fromElement(request.firstChild(u"x", ns::DataForms));
        QCOMPARE(sent.type, u"submit"_s);
        QCOMPARE(sent.field(u"service")->values, QStringList{u"httpd"_s});
        stream.receive(reply(stream.sent.last(), stage2));
        QCOMPARE(step.allowed, (QList<Action>{Action::Prev, Action::Complete}));
        QCOMPARE(step.defaultAction, Action::Complete);
        QCOMPARE(step.form->fields.size(), 2);

        commands.proceed(step, Action::Prev, std::nullopt, keep);
        request = commandOf(stream.sent.last());
        QCOMPARE(request.attribute(u"action"), u"prev"_s);
        QVERIFY(request.firstChild(u"x", ns::DataForms).isNull());
        stream.receive(reply(stream.sent.last(), stage1));
        QCOMPARE(step.allowed, QList<Action>{Action::Next});

        commands.proceed(step, Action::Next, filled.submission(), keep);
        stream.receive(reply(stream.sent.last(), stage2));
        commands.proceed(step, Action::Complete, step.form->submission(), keep);
        QCOMPARE(commandOf(stream.sent.last()).attribute(u"action"), u"complete"_s);
        stream.receive(reply(stream.sent.last(), completed));
        QVERIFY(step.ok);
        QCOMPARE(step.status, Status::Completed);
        QVERIFY(step.allowed.isEmpty());
        QVERIFY(!step.form);
        QCOMPARE(step.notes.size(), 1);
        QCOMPARE(step.notes[0].type, CommandStep::Note::Type::Info);
        QCOMPARE(step.notes[0].text, u"Service 'httpd' has been configured."_s);
    }

    void cancels()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        AdHocCommands commands(stream, disco);
        CommandStep step;
        commands.execute(responder, u"config"_s, [&](const CommandStep &s) { step = s; });
        stream.receive(reply(stream.sent.last(), stage1));
        commands.proceed(step, Action::Cancel, step.form, [&](const CommandStep &s) { step = s; });
        const Element request = commandOf(stream.sent.last());
        QCOMPARE(request.attribute(u"action"), u"cancel"_s);
        QVERIFY(request.firstChild(u"x", ns::DataForms).isNull()); // nothing to submit
        stream.receive(reply(stream.sent.last(),
                             u"<command xmlns='http://jabber.org/protocol/commands' "
                             "sessionid='config:20020923T213616Z-700' node='config' "
                             "status='canceled'/>"_s));
        QCOMPARE(step.status, Status::Canceled);
    }

    void aSingleStageCompletes()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        AdHocCommands commands(stream, disco);
        CommandStep step;
        commands.execute(responder, u"list"_s, [&](const CommandStep &s) { step = s; });
        stream.receive(reply(
            stream.sent.last(),
            u"<command xmlns='http://jabber.org/protocol/commands' sessionid='s1' node='list' "
            "status='executing'><note type='warn'>Careful</note><note>Plain</note>"
            "<x xmlns='jabber:x:data' type='form'><field var='n' type='text-single'/></x>"
            "</command>"_s));
        // §4.4: without <actions/> the only way on is to complete.
        QCOMPARE(step.allowed, QList<Action>{Action::Complete});
        QCOMPARE(step.notes[0].type, CommandStep::Note::Type::Warning);
        QCOMPARE(step.notes[1].type, CommandStep::Note::Type::Info);
    }

    void errorsAreSentences()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        AdHocCommands commands(stream, disco);
        CommandStep step;
        step.ok = true;
        commands.execute(responder, u"config"_s, [&](const CommandStep &s) { step = s; });
        stream.receive(reply(stream.sent.last(),
                             u"<error type='cancel'><not-allowed "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><session-expired "
                             "xmlns='http://jabber.org/protocol/commands'/></error>"_s,
                             u"error"_s));
        QVERIFY(!step.ok);
        QCOMPARE(step.node, u"config"_s);
        QVERIFY2(step.error.contains(u"expired"_s), qPrintable(step.error));

        commands.execute(responder, u"secret"_s, [&](const CommandStep &s) { step = s; });
        stream.receive(
            reply(stream.sent.last(),
                  u"<error type='cancel'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                  "</error>"_s,
                  u"error"_s));
        QVERIFY(!step.ok);
        QCOMPARE(step.error, u"You are not allowed to do this."_s);
    }
};

QTEST_GUILESS_MAIN(AdHocCommandsTest)
#include "tst_adhoccommands.moc"
