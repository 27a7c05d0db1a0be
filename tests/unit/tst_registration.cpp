// XEP-0077 in-band registration over a recording stream: plain fields and data forms (the
// specification's examples), submitting them, errors, changing the password and removing the
// account.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "disco/Registration.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid service = Jid::parse(u"shakespeare.lit");

Element reply(const Element &request, const QString &inner, const QString &type = u"result"_s)
{
    Element iq =
        parseClientStanza(u"<iq type='%1' to='alice@localhost/desk'>%2</iq>"_s.arg(type, inner));
    iq.setAttribute(u"id"_s, request.attribute(u"id"));
    iq.setAttribute(u"from"_s, request.attribute(u"to"));
    return iq;
}

// XEP-0077 §3.1, example 2.
const QString plainForm =
    u"<query xmlns='jabber:iq:register'><instructions>Choose a username and password for use "
    "with this service. Please also provide your email address.</instructions>"
    "<username/><password/><email/></query>"_s;

// XEP-0077 §6, example 13 (shortened).
const QString dataForm =
    u"<query xmlns='jabber:iq:register'><instructions>Use the enclosed form to register. If "
    "your Jabber client does not support Data Forms, visit http://www.shakespeare.lit/"
    "</instructions><x xmlns='jabber:x:data' type='form'><title>Contest Registration</title>"
    "<instructions>Please provide the following information to sign up for our special "
    "contests!</instructions>"
    "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:register</value></field>"
    "<field type='text-single' label='Given Name' var='first'><required/></field>"
    "<field type='text-single' label='Family Name' var='last'><required/></field>"
    "<field type='text-single' label='Email Address' var='email'><required/></field>"
    "<field type='list-single' label='Gender' var='x-gender'>"
    "<option label='Male'><value>M</value></option>"
    "<option label='Female'><value>F</value></option></field>"
    "</x></query>"_s;

} // namespace

class RegistrationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPlainFields()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationForm form;
        registration.fetchForm(service, [&](const RegistrationForm &f) { form = f; });
        const Element request = stream.sent.value(0);
        QCOMPARE(request.attribute(u"type"), u"get"_s);
        QCOMPARE(request.attribute(u"to"), u"shakespeare.lit"_s);
        QVERIFY(!request.firstChild(u"query", ns::Register).isNull());
        stream.receive(reply(request, plainForm));
        QVERIFY(form.ok);
        QVERIFY(!form.usesDataForm);
        QVERIFY(!form.registered);
        QVERIFY(form.instructions.startsWith(u"Choose a username"_s));
        QCOMPARE(form.form.fields.size(), 3);
        QCOMPARE(form.form.fields[0].var, u"username"_s);
        QCOMPARE(form.form.fields[0].label, u"User name"_s);
        QCOMPARE(form.form.fields[1].effectiveType(), u"text-private"_s);
        QVERIFY(form.form.fields[2].required);
        QCOMPARE(form.form.problems().size(), 3); // nothing filled in yet
    }

    void submitsPlainFields()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationForm form;
        registration.fetchForm(service, [&](const RegistrationForm &f) { form = f; });
        stream.receive(reply(stream.sent[0], plainForm));
        form.form.field(u"username")->values = {u"bill"_s};
        form.form.field(u"password")->values = {u"Calliope"_s};
        form.form.field(u"email")->values = {u"bard@shakespeare.lit"_s};
        RegistrationResult result;
        registration.submit(service, form, [&](const RegistrationResult &r) { result = r; });
        const Element request = stream.sent.last();
        QCOMPARE(request.attribute(u"type"), u"set"_s);
        const Element query = request.firstChild(u"query", ns::Register);
        QCOMPARE(query.childText(u"username", ns::Register), u"bill"_s);
        QCOMPARE(query.childText(u"password", ns::Register), u"Calliope"_s);
        QCOMPARE(query.childText(u"email", ns::Register), u"bard@shakespeare.lit"_s);
        QVERIFY(query.firstChild(u"x", ns::DataForms).isNull());
        stream.receive(reply(request, {}));
        QVERIFY(result.ok);
    }

    void prefersTheDataForm()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationForm form;
        registration.fetchForm(service, [&](const RegistrationForm &f) { form = f; });
        stream.receive(reply(stream.sent[0], dataForm));
        QVERIFY(form.ok);
        QVERIFY(form.usesDataForm);
        QCOMPARE(form.form.title, u"Contest Registration"_s);
        QCOMPARE(form.form.fields.size(), 5);
        QVERIFY(form.instructions.startsWith(u"Use the enclosed form"_s));

        form.form.field(u"first")->values = {u"Juliet"_s};
        form.form.field(u"last")->values = {u"Capulet"_s};
        form.form.field(u"email")->values = {u"juliet@capulet.com"_s};
        form.form.field(u"x-gender")->values = {u"F"_s};
        QVERIFY(form.form.problems().isEmpty());
        registration.submit(service, form, {});
        const Element x =
            stream.sent.last().firstChild(u"query", ns::Register).firstChild(u"x", ns::DataForms);
        const DataForm sent = DataForm::fromElement(x);
        QCOMPARE(sent.type, u"submit"_s);
        QCOMPARE(sent.formType(), u"jabber:iq:register"_s);
        QCOMPARE(sent.field(u"last")->values, QStringList{u"Capulet"_s});
    }

    void knowsWhenAlreadyRegistered()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationForm form;
        registration.fetchForm(service, [&](const RegistrationForm &f) { form = f; });
        // XEP-0077 §3.2.1, example 9.
        stream.receive(reply(stream.sent[0], u"<query xmlns='jabber:iq:register'><registered/>"
                                             "<username>juliet</username><password>R0m30</password>"
                                             "<email>juliet@capulet.com</email></query>"_s));
        QVERIFY(form.registered);
        QCOMPARE(form.form.field(u"username")->values, QStringList{u"juliet"_s});
    }

    void errorsAreSentences()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationForm form;
        form.form.fields = {DataForm::Field::make(u"username"_s, {}, {u"bill"_s})};
        RegistrationResult result{true, {}};
        registration.submit(service, form, [&](const RegistrationResult &r) { result = r; });
        stream.receive(reply(stream.sent.last(),
                             u"<error type='cancel'><conflict "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"_s,
                             u"error"_s));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, u"That user name is already taken."_s);

        RegistrationForm none;
        registration.fetchForm(service, [&](const RegistrationForm &f) { none = f; });
        stream.receive(reply(stream.sent.last(),
                             u"<error type='cancel'><service-unavailable "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"_s,
                             u"error"_s));
        QVERIFY(!none.ok);
        QCOMPARE(none.error, u"This service does not offer registration."_s);
    }

    void changesThePassword()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationResult result;
        registration.changePassword(u"newpass"_s, [&](const RegistrationResult &r) { result = r; });
        // XEP-0077 §3.3, example 18.
        const Element request = stream.sent.value(0);
        QCOMPARE(request.attribute(u"type"), u"set"_s);
        QCOMPARE(request.attribute(u"to"), u"localhost"_s);
        const Element query = request.firstChild(u"query", ns::Register);
        QCOMPARE(query.childText(u"username", ns::Register), u"alice"_s);
        QCOMPARE(query.childText(u"password", ns::Register), u"newpass"_s);
        stream.receive(reply(request, {}));
        QVERIFY(result.ok);

        registration.changePassword({}, [&](const RegistrationResult &r) { result = r; });
        QVERIFY(!result.ok);
        QCOMPARE(stream.sent.size(), 1); // an empty password is never sent
    }

    void removesTheAccount()
    {
        RecordingStream stream;
        Registration registration(stream);
        RegistrationResult result;
        registration.removeAccount([&](const RegistrationResult &r) { result = r; });
        // XEP-0077 §3.2, example 11.
        const Element request = stream.sent.value(0);
        QCOMPARE(request.attribute(u"to"), u"localhost"_s);
        QVERIFY(!request.firstChild(u"query", ns::Register)
                     .firstChild(u"remove", ns::Register)
                     .isNull());
        stream.receive(reply(request, {}));
        QVERIFY(result.ok);
    }
};

QTEST_GUILESS_MAIN(RegistrationTest)
#include "tst_registration.moc"
