// XEP-0004 data forms: every field type through XML and back, the specification's examples,
// submissions, and XEP-0122 validation.
#include "PresenceTestSupport.h"
#include "disco/DataForm.h"
#include "xml/namespaces.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

using Field = DataForm::Field;
using Validation = DataForm::Validation;

DataForm throughXml(const DataForm &form)
{
    const Element parsed = elementFromXml(form.toElement().toXml().toUtf8());
    return DataForm::fromElement(parsed);
}

Field field(const QString &type, const QStringList &values, const QString &label = {})
{
    Field f = Field::make(u"f"_s, type, values);
    f.label = label;
    return f;
}

Validation validation(const QString &datatype,
                      Validation::Method method = Validation::Method::Basic)
{
    Validation v;
    v.datatype = datatype;
    v.method = method;
    return v;
}

// XEP-0004 §9.1, "Service Returns Bot Creation Form" (the <x/> alone).
const char botForm[] =
    "<x xmlns='jabber:x:data' type='form'>"
    "<title>Bot Configuration</title>"
    "<instructions>Fill out this form to configure your new bot!</instructions>"
    "<field type='hidden' var='FORM_TYPE'><value>jabber:bot</value></field>"
    "<field type='fixed'><value>Section 1: Bot Info</value></field>"
    "<field type='text-single' label='The name of your bot' var='botname'/>"
    "<field type='text-multi' label='Helpful description of your bot' var='description'/>"
    "<field type='boolean' label='Public bot?' var='public'><required/></field>"
    "<field type='text-private' label='Password for special access' var='password'/>"
    "<field type='list-multi' label='What features will the bot support?' var='features'>"
    "<option label='Contests'><value>contests</value></option>"
    "<option label='News'><value>news</value></option>"
    "<option label='Polls'><value>polls</value></option>"
    "<option label='Reminders'><value>reminders</value></option>"
    "<option label='Search'><value>search</value></option>"
    "<value>news</value><value>search</value></field>"
    "<field type='list-single' label='Maximum number of subscribers' var='maxsubs'>"
    "<value>20</value>"
    "<option label='10'><value>10</value></option>"
    "<option label='20'><value>20</value></option>"
    "<option label='None'><value>none</value></option></field>"
    "<field type='jid-multi' label='People to invite' var='invitelist'>"
    "<desc>Tell all your friends about your new bot!</desc></field>"
    "</x>";

// XEP-0004 §9.2, "Service Returns Search Results".
const char searchResults[] =
    "<x xmlns='jabber:x:data' type='result'>"
    "<title>Joogle Search: verona</title>"
    "<reported><field var='name'/><field var='url'/></reported>"
    "<item><field var='name'><value>Comune di Verona - Benvenuti nel sito ufficiale</value>"
    "</field><field var='url'><value>http://www.comune.verona.it/</value></field></item>"
    "<item><field var='name'><value>benvenuto!</value></field>"
    "<field var='url'><value>http://www.hellasverona.it/</value></field></item>"
    "</x>";

} // namespace

Q_DECLARE_METATYPE(Linnet::DataForm::Field)

class DataFormTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldTypeRoundTrips_data()
    {
        QTest::addColumn<Field>("field");
        Field boolean = Field::make(u"public"_s, u"boolean"_s, {u"1"_s});
        boolean.label = u"Public?"_s;
        boolean.required = true;
        QTest::newRow("boolean") << boolean;
        QTest::newRow("fixed") << Field::make({}, u"fixed"_s, {u"Section 1"_s});
        QTest::newRow("hidden") << Field::make(u"FORM_TYPE"_s, u"hidden"_s, {u"urn:x"_s});
        Field jidSingle = Field::make(u"owner"_s, u"jid-single"_s, {u"juliet@capulet.lit"_s});
        jidSingle.description = u"Who owns it"_s;
        QTest::newRow("jid-single") << jidSingle;
        QTest::newRow("jid-multi")
            << Field::make(u"invite"_s, u"jid-multi"_s, {u"a@b.c"_s, u"d@e.f/g"_s});
        Field listSingle = Field::make(u"maxsubs"_s, u"list-single"_s, {u"20"_s});
        listSingle.options = {{u"Ten"_s, u"10"_s}, {u"Twenty"_s, u"20"_s}, {{}, u"none"_s}};
        listSingle.validation = validation(u"xs:integer"_s, Validation::Method::Open);
        QTest::newRow("list-single") << listSingle;
        Field listMulti = Field::make(u"features"_s, u"list-multi"_s, {u"news"_s, u"polls"_s});
        listMulti.options = {{u"News"_s, u"news"_s}, {u"Polls"_s, u"polls"_s}};
        Validation range = validation(u"xs:string"_s);
        range.listMin = 1;
        range.listMax = 2;
        listMulti.validation = range;
        QTest::newRow("list-multi") << listMulti;
        QTest::newRow("text-multi")
            << Field::make(u"description"_s, u"text-multi"_s, {u"line 1"_s, {}, u"line 3"_s});
        QTest::newRow("text-private")
            << Field::make(u"password"_s, u"text-private"_s, {u"v3r0na & <x>"_s});
        Field textSingle = Field::make(u"age"_s, u"text-single"_s, {u"42"_s});
        textSingle.label = u"Age"_s;
        Validation ageRange = validation(u"xs:int"_s, Validation::Method::Range);
        ageRange.min = u"0"_s;
        ageRange.max = u"150"_s;
        textSingle.validation = ageRange;
        QTest::newRow("text-single") << textSingle;
        Field regex = Field::make(u"ssn"_s, {}, {});
        regex.validation = validation(u"xs:string"_s, Validation::Method::Regex);
        regex.validation->regex = u"([0-9]{3})-([0-9]{2})-([0-9]{4})"_s;
        QTest::newRow("untyped with regex") << regex;
    }

    void everyFieldTypeRoundTrips()
    {
        QFETCH(Field, field);
        for (const QString &type : {u"form"_s, u"submit"_s, u"cancel"_s, u"result"_s}) {
            DataForm form;
            form.type = type;
            form.title = u"Title"_s;
            form.instructions = {u"First"_s, u"Second"_s};
            form.fields = {field};
            QCOMPARE(DataForm::fromElement(form.toElement()), form);
            QCOMPARE(throughXml(form), form);
        }
    }

    void readsTheSpecificationsForm()
    {
        const DataForm form = DataForm::fromElement(parseClientStanza(QString::fromUtf8(botForm)));
        QCOMPARE(form.type, u"form"_s);
        QCOMPARE(form.title, u"Bot Configuration"_s);
        QCOMPARE(form.instructions.size(), 1);
        QCOMPARE(form.fields.size(), 9);
        QCOMPARE(form.formType(), u"jabber:bot"_s);
        QVERIFY(form.hasHiddenFormType());
        const Field *features = form.field(u"features");
        QVERIFY(features);
        QCOMPARE(features->options.size(), 5);
        QCOMPARE(features->options[1], (DataForm::Option{u"News"_s, u"news"_s}));
        QCOMPARE(features->values, (QStringList{u"news"_s, u"search"_s}));
        QVERIFY(form.field(u"public")->required);
        QCOMPARE(form.field(u"invitelist")->description,
                 u"Tell all your friends about your new bot!"_s);
        QCOMPARE(form.fields[1].effectiveType(), u"fixed"_s);
        QCOMPARE(throughXml(form), form);
    }

    void readsMultiItemResults()
    {
        const DataForm form =
            DataForm::fromElement(parseClientStanza(QString::fromUtf8(searchResults)));
        QCOMPARE(form.type, u"result"_s);
        QCOMPARE(form.reported.size(), 2);
        QCOMPARE(form.reported[1].var, u"url"_s);
        QCOMPARE(form.items.size(), 2);
        QCOMPARE(form.items[1][0].values, QStringList{u"benvenuto!"_s});
        QVERIFY(form.fields.isEmpty());
        QCOMPARE(throughXml(form), form);
    }

    void submissionKeepsOnlyWhatIsSent()
    {
        DataForm form = DataForm::fromElement(parseClientStanza(QString::fromUtf8(botForm)));
        form.field(u"botname")->values = {u"The Jabber Google Bot"_s};
        form.field(u"public")->values = {u"0"_s};
        const DataForm submitted = form.submission();
        QCOMPARE(submitted.type, u"submit"_s);
        QVERIFY(submitted.title.isEmpty());
        QCOMPARE(submitted.fields.size(), 8); // the fixed one is gone
        for (const Field &f : submitted.fields) {
            QVERIFY(f.label.isEmpty());
            QVERIFY(f.options.isEmpty());
            QVERIFY(!f.required);
        }
        QCOMPARE(submitted.formType(), u"jabber:bot"_s);
        QCOMPARE(submitted.field(u"features")->values, (QStringList{u"news"_s, u"search"_s}));
        const Element x = submitted.toElement();
        QVERIFY(x.firstChild(u"title", ns::DataForms).isNull());
        QCOMPARE(x.childrenNamed(u"field", ns::DataForms).size(), 8);
    }

    void readsValidation()
    {
        const DataForm form = DataForm::fromElement(parseClientStanza(
            u"<x xmlns='jabber:x:data' type='form'>"
            "<field var='a'><validate xmlns='http://jabber.org/protocol/xdata-validate'/></field>"
            "<field var='b'><validate xmlns='http://jabber.org/protocol/xdata-validate' "
            "datatype='xs:dateTime'><range min='2003-10-05T00:00:00-07:00' "
            "max='2003-10-24T23:59:59-07:00'/></validate></field>"
            "<field var='c' type='list-multi'><validate "
            "xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'><basic/>"
            "<list-range min='1' max='3'/></validate></field>"
            "</x>"_s));
        QCOMPARE(form.fields[0].validation->datatype, u"xs:string"_s);
        QCOMPARE(form.fields[0].validation->method, Validation::Method::Basic);
        QCOMPARE(form.fields[1].validation->method, Validation::Method::Range);
        QCOMPARE(form.fields[1].validation->max, u"2003-10-24T23:59:59-07:00"_s);
        QCOMPARE(form.fields[2].validation->listMin, 1);
        QCOMPARE(form.fields[2].validation->listMax, 3);
        QCOMPARE(throughXml(form), form);
    }

    void problems_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<bool>("fine");
        const auto typed = [](const QString &datatype, const QString &value,
                              Validation::Method method = Validation::Method::Basic) {
            Field f = field(u"text-single"_s, {value});
            f.validation = validation(datatype, method);
            return f;
        };
        Field required = field(u"text-single"_s, {});
        required.required = true;
        QTest::newRow("required, empty") << required << false;
        required.values = {u""_s};
        QTest::newRow("required, empty string") << required << false;
        required.values = {u"x"_s};
        QTest::newRow("required, given") << required << true;
        QTest::newRow("optional, empty") << field(u"text-single"_s, {}) << true;
        QTest::newRow("two values in a single field")
            << field(u"text-single"_s, {u"a"_s, u"b"_s}) << false;
        QTest::newRow("boolean true") << field(u"boolean"_s, {u"true"_s}) << true;
        QTest::newRow("boolean 0") << field(u"boolean"_s, {u"0"_s}) << true;
        QTest::newRow("boolean yes") << field(u"boolean"_s, {u"yes"_s}) << false;
        QTest::newRow("jid") << field(u"jid-single"_s, {u"juliet@capulet.lit"_s}) << true;
        QTest::newRow("bad jid") << field(u"jid-single"_s, {u"juliet@@capulet"_s}) << false;
        QTest::newRow("bad jid among many")
            << field(u"jid-multi"_s, {u"a@b.c"_s, u"@x"_s}) << false;
        Field list = field(u"list-single"_s, {u"30"_s});
        list.options = {{{}, u"10"_s}, {{}, u"20"_s}};
        QTest::newRow("not an option") << list << false;
        list.values = {u"20"_s};
        QTest::newRow("an option") << list << true;
        list.values = {u"30"_s};
        list.validation = validation(u"xs:integer"_s, Validation::Method::Open);
        QTest::newRow("open list, own value") << list << true;
        list.values = {u"thirty"_s};
        QTest::newRow("open list, not a number") << list << false;
        Field multi = field(u"list-multi"_s, {u"a"_s, u"b"_s, u"c"_s});
        multi.validation = validation(u"xs:string"_s, Validation::Method::Open);
        multi.validation->listMax = 2;
        QTest::newRow("too many chosen") << multi << false;
        multi.values = {u"a"_s};
        QTest::newRow("few enough chosen") << multi << true;
        QTest::newRow("fixed is never wrong") << field(u"fixed"_s, {u"a"_s, u"b"_s}) << true;
        QTest::newRow("xs:integer") << typed(u"xs:integer"_s, u"-12345678901234567890"_s) << true;
        QTest::newRow("xs:integer, letters") << typed(u"xs:integer"_s, u"12a"_s) << false;
        QTest::newRow("xs:int") << typed(u"xs:int"_s, u"2147483647"_s) << true;
        QTest::newRow("xs:int overflow") << typed(u"xs:int"_s, u"2147483648"_s) << false;
        QTest::newRow("xs:byte") << typed(u"xs:byte"_s, u"-128"_s) << true;
        QTest::newRow("xs:byte overflow") << typed(u"xs:byte"_s, u"128"_s) << false;
        QTest::newRow("xs:short") << typed(u"xs:short"_s, u"+32767"_s) << true;
        QTest::newRow("xs:short overflow") << typed(u"xs:short"_s, u"-32769"_s) << false;
        QTest::newRow("xs:long") << typed(u"xs:long"_s, u"9223372036854775807"_s) << true;
        QTest::newRow("xs:long overflow") << typed(u"xs:long"_s, u"9223372036854775808"_s) << false;
        QTest::newRow("xs:boolean") << typed(u"xs:boolean"_s, u"false"_s) << true;
        QTest::newRow("xs:boolean, no") << typed(u"xs:boolean"_s, u"no"_s) << false;
        QTest::newRow("xs:date") << typed(u"xs:date"_s, u"2024-02-29"_s) << true;
        QTest::newRow("xs:date, not a day") << typed(u"xs:date"_s, u"2023-02-29"_s) << false;
        QTest::newRow("xs:date, words") << typed(u"xs:date"_s, u"tomorrow"_s) << false;
        QTest::newRow("xs:dateTime")
            << typed(u"xs:dateTime"_s, u"2003-10-06T11:22:00-07:00"_s) << true;
        QTest::newRow("xs:dateTime, fraction")
            << typed(u"xs:dateTime"_s, u"2003-10-06T11:22:00.123456Z"_s) << true;
        QTest::newRow("xs:dateTime, no time") << typed(u"xs:dateTime"_s, u"2003-10-06"_s) << false;
        QTest::newRow("xs:anyURI") << typed(u"xs:anyURI"_s, u"https://example.org/a?b=c"_s) << true;
        QTest::newRow("xs:anyURI, spaces") << typed(u"xs:anyURI"_s, u"not a uri"_s) << false;
        QTest::newRow("xs:string") << typed(u"xs:string"_s, u"anything at all"_s) << true;
        QTest::newRow("unknown datatype is a string")
            << typed(u"x:custom"_s, u"anything"_s) << true;
        Field inRange = typed(u"xs:integer"_s, u"5"_s, Validation::Method::Range);
        inRange.validation->min = u"1"_s;
        inRange.validation->max = u"10"_s;
        QTest::newRow("in range") << inRange << true;
        inRange.values = {u"11"_s};
        QTest::newRow("above range") << inRange << false;
        inRange.values = {u"0"_s};
        QTest::newRow("below range") << inRange << false;
        Field dateRange =
            typed(u"xs:dateTime"_s, u"2003-10-06T11:22:00-07:00"_s, Validation::Method::Range);
        dateRange.validation->min = u"2003-10-05T00:00:00-07:00"_s;
        dateRange.validation->max = u"2003-10-24T23:59:59-07:00"_s;
        QTest::newRow("date in range") << dateRange << true;
        dateRange.values = {u"2003-11-01T00:00:00Z"_s};
        QTest::newRow("date after range") << dateRange << false;
        Field regex = typed(u"xs:string"_s, u"123-12-1234"_s, Validation::Method::Regex);
        regex.validation->regex = u"([0-9]{3})-([0-9]{2})-([0-9]{4})"_s;
        QTest::newRow("matches pattern") << regex << true;
        regex.values = {u"123-12-12345"_s};
        QTest::newRow("pattern matches the whole value only") << regex << false;
        regex.validation->regex = u"([unclosed"_s;
        QTest::newRow("a broken pattern checks nothing") << regex << true;
    }

    void problems()
    {
        QFETCH(Field, field);
        QFETCH(bool, fine);
        const QString problem = DataForm::problemWith(field);
        QVERIFY2(problem.isEmpty() == fine, qPrintable(problem));
    }

    void problemsAreNamedByLabel()
    {
        DataForm form;
        form.type = u"form"_s;
        Field age = field(u"text-single"_s, {u"old"_s}, u"Age"_s);
        age.validation = validation(u"xs:integer"_s);
        Field name = Field::make(u"name"_s, {}, {});
        name.required = true;
        form.fields = {age, name, field(u"text-single"_s, {u"fine"_s})};
        const QStringList problems = form.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].startsWith(u"Age: "_s), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(u"name: "_s), qPrintable(problems[1]));
    }

    void hostilePatternsEndQuickly()
    {
        Field f = field(u"text-single"_s, {QString(5000, u'a') + u'!'});
        f.validation = validation(u"xs:string"_s, Validation::Method::Regex);
        f.validation->regex = u"(a+)+$"_s;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!DataForm::problemWith(f).isEmpty());
        f.validation->regex = QString(5000, u'a');
        QVERIFY(DataForm::problemWith(f).isEmpty()); // too long a pattern is not run
        f.values = {QString(100000, u'a')};
        f.validation->regex = u"a*"_s;
        QVERIFY(!DataForm::problemWith(f).isEmpty()); // too long a value is not matched
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(DataFormTest)
#include "tst_dataform.moc"
