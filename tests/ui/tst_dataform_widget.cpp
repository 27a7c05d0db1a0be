// The data form widget renders every XEP-0004 field type, marks required fields, says what is
// wrong as the user types, and returns what the user entered; results are shown read-only and
// multi-item results as a table.
#include "forms/DataFormWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

DataForm::Field field(const QString &var, const QString &type, const QString &label,
                      const QStringList &values = {}, bool required = false)
{
    DataForm::Field f = DataForm::Field::make(var, type, values);
    f.label = label;
    f.required = required;
    return f;
}

// One field of every type, as a room configuration or a command would send it.
DataForm everyFieldType()
{
    DataForm form;
    form.type = u"form"_s;
    form.title = u"Bot Configuration"_s;
    form.instructions = {u"Fill out this form to configure your new bot!"_s};
    form.fields = {
        field(u"FORM_TYPE"_s, u"hidden"_s, QString(), {u"jabber:bot"_s}),
        field(u"botname"_s, u"text-single"_s, u"The name of your bot"_s),
        field(u"intro"_s, u"fixed"_s, QString(), {u"Section 1: Bot Info"_s}),
        field(u"description"_s, u"text-multi"_s, u"Helpful description of your bot"_s),
        field(u"public"_s, u"boolean"_s, u"Public bot?"_s, {u"0"_s}, true),
        field(u"password"_s, u"text-private"_s, u"Password for special access"_s),
        field(u"features"_s, u"list-multi"_s, u"What features will the bot support?"_s,
              {u"news"_s, u"search"_s}),
        field(u"maxsubs"_s, u"list-single"_s, u"Maximum number of subscribers"_s, {u"20"_s}),
        field(u"invitelist"_s, u"jid-multi"_s, u"People to invite"_s),
        field(u"admin"_s, u"jid-single"_s, u"Administrator"_s, {}, true),
    };
    form.fields[1].description = u"What people will call it"_s;
    form.fields[6].options = {{u"Contests"_s, u"contests"_s},
                              {u"News"_s, u"news"_s},
                              {u"Polls"_s, u"polls"_s},
                              {u"Reminders"_s, u"reminders"_s},
                              {u"Search"_s, u"search"_s}};
    form.fields[7].options = {
        {u"10"_s, u"10"_s}, {u"20"_s, u"20"_s}, {u"30"_s, u"30"_s}, {u"None"_s, u"none"_s}};
    return form;
}

template <typename T> T *fieldWidget(const DataFormWidget &widget, const QString &var)
{
    return widget.findChild<T *>(u"field-%1"_s.arg(var));
}

} // namespace

class DataFormWidgetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersEveryFieldType()
    {
        DataFormWidget widget;
        widget.setForm(everyFieldType());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        QCOMPARE(widget.findChild<QLabel *>(u"formTitle"_s)->text(), u"Bot Configuration"_s);
        QVERIFY(widget.findChild<QLabel *>(u"formInstructions"_s)->isVisible());
        QVERIFY(!widget.findChild<QWidget *>(u"field-FORM_TYPE"_s)); // hidden: not shown
        QCOMPARE(fieldWidget<QLabel>(widget, u"intro"_s)->text(), u"Section 1: Bot Info"_s);
        QLineEdit *name = fieldWidget<QLineEdit>(widget, u"botname"_s);
        QVERIFY(name && name->isVisible());
        QCOMPARE(name->toolTip(), u"What people will call it"_s);
        QVERIFY(fieldWidget<QPlainTextEdit>(widget, u"description"_s));
        QCheckBox *isPublic = fieldWidget<QCheckBox>(widget, u"public"_s);
        QCOMPARE(isPublic->text(), u"Public bot? *"_s); // required
        QVERIFY(!isPublic->isChecked());
        QCOMPARE(fieldWidget<QLineEdit>(widget, u"password"_s)->echoMode(), QLineEdit::Password);
        QListWidget *features = fieldWidget<QListWidget>(widget, u"features"_s);
        QCOMPARE(features->count(), 5);
        QCOMPARE(features->item(1)->text(), u"News"_s);
        QCOMPARE(features->item(1)->checkState(), Qt::Checked);
        QCOMPARE(features->item(0)->checkState(), Qt::Unchecked);
        QComboBox *maxSubs = fieldWidget<QComboBox>(widget, u"maxsubs"_s);
        QCOMPARE(maxSubs->currentText(), u"20"_s);
        QVERIFY(fieldWidget<QPlainTextEdit>(widget, u"invitelist"_s));
        QLineEdit *admin = fieldWidget<QLineEdit>(widget, u"admin"_s);
        // The label of a required field carries the marker.
        const QList<QLabel *> labels = widget.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [admin](QLabel *label) {
            return label->buddy() == admin && label->text() == u"Administrator *";
        }));
    }

    void returnsWhatTheUserEntered()
    {
        DataFormWidget widget;
        widget.setForm(everyFieldType());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        QTest::keyClicks(fieldWidget<QLineEdit>(widget, u"botname"_s), u"Ben"_s);
        QPlainTextEdit *description = fieldWidget<QPlainTextEdit>(widget, u"description"_s);
        description->setFocus();
        QTest::keyClicks(description, u"Line one"_s);
        QTest::keyClick(description, Qt::Key_Return);
        QTest::keyClicks(description, u"Line two"_s);
        QCheckBox *isPublic = fieldWidget<QCheckBox>(widget, u"public"_s);
        QTest::mouseClick(isPublic, Qt::LeftButton, {}, QPoint(4, isPublic->height() / 2));
        QVERIFY(isPublic->isChecked());
        QTest::keyClicks(fieldWidget<QLineEdit>(widget, u"password"_s), u"secret"_s);
        QListWidget *features = fieldWidget<QListWidget>(widget, u"features"_s);
        features->item(2)->setCheckState(Qt::Checked);   // Polls
        features->item(4)->setCheckState(Qt::Unchecked); // Search
        QComboBox *maxSubs = fieldWidget<QComboBox>(widget, u"maxsubs"_s);
        maxSubs->setFocus();
        QTest::keyClick(maxSubs, Qt::Key_Down);
        QCOMPARE(maxSubs->currentText(), u"30"_s);
        QPlainTextEdit *invite = fieldWidget<QPlainTextEdit>(widget, u"invitelist"_s);
        invite->setFocus();
        QTest::keyClicks(invite, u"bob@localhost"_s);
        QTest::keyClick(invite, Qt::Key_Return);
        QTest::keyClicks(invite, u" carol@localhost "_s);
        QTest::keyClick(invite, Qt::Key_Return);
        QTest::keyClicks(fieldWidget<QLineEdit>(widget, u"admin"_s), u"alice@localhost"_s);

        QVERIFY(widget.validate().isEmpty());
        const DataForm filled = widget.form();
        QCOMPARE(filled.type, u"form"_s);
        QCOMPARE(filled.field(u"FORM_TYPE")->values, QStringList{u"jabber:bot"_s}); // kept
        QCOMPARE(filled.field(u"botname")->values, QStringList{u"Ben"_s});
        QCOMPARE(filled.field(u"description")->values, (QStringList{u"Line one"_s, u"Line two"_s}));
        QCOMPARE(filled.field(u"public")->values, QStringList{u"1"_s});
        QCOMPARE(filled.field(u"password")->values, QStringList{u"secret"_s});
        QCOMPARE(filled.field(u"features")->values, (QStringList{u"news"_s, u"polls"_s}));
        QCOMPARE(filled.field(u"maxsubs")->values, QStringList{u"30"_s});
        QCOMPARE(filled.field(u"invitelist")->values,
                 (QStringList{u"bob@localhost"_s, u"carol@localhost"_s}));
        QCOMPARE(filled.field(u"admin")->values, QStringList{u"alice@localhost"_s});

        const DataForm submission = widget.submission();
        QCOMPARE(submission.type, u"submit"_s);
        QVERIFY(!submission.field(u"intro")); // fixed fields are not sent back
        QCOMPARE(submission.field(u"FORM_TYPE")->values, QStringList{u"jabber:bot"_s});
        QCOMPARE(submission.field(u"maxsubs")->values, QStringList{u"30"_s});
    }

    void saysWhatIsWrongAsTheUserTypes()
    {
        DataFormWidget widget;
        widget.setForm(everyFieldType());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QLineEdit *admin = fieldWidget<QLineEdit>(widget, u"admin"_s);
        QLabel *problem = widget.findChild<QLabel *>(u"problem-admin"_s);
        QVERIFY(!problem->isVisible()); // nothing said before the user touches it

        QTest::keyClicks(admin, u"not a jid@"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        QCOMPARE(problem->text(), DataForm::problemWith(widget.form().fields.last()));
        QCOMPARE(admin->accessibleDescription(), problem->text());

        admin->clear();
        QTest::keyClicks(admin, u"alice@localhost"_s);
        QVERIFY(!problem->isVisible());

        // Submitting shows the problems of fields never touched.
        admin->clear();
        QTest::keyClicks(admin, u"x"_s);
        QTest::keyClick(admin, Qt::Key_Backspace);
        QVERIFY(problem->isVisible()); // required, now empty
        const QStringList problems = widget.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"Administrator"));
    }

    void checksXep0122Validation()
    {
        DataForm form;
        form.type = u"form"_s;
        DataForm::Field age = field(u"age"_s, u"text-single"_s, u"Age"_s);
        DataForm::Validation validation;
        validation.datatype = u"xs:integer"_s;
        validation.method = DataForm::Validation::Method::Range;
        validation.min = u"18"_s;
        validation.max = u"120"_s;
        age.validation = validation;
        form.fields = {age};
        DataFormWidget widget;
        widget.setForm(form);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QLineEdit *edit = fieldWidget<QLineEdit>(widget, u"age"_s);
        QLabel *problem = widget.findChild<QLabel *>(u"problem-age"_s);
        QTest::keyClicks(edit, u"abc"_s);
        QVERIFY(problem->isVisible());
        edit->clear();
        QTest::keyClicks(edit, u"12"_s);
        QVERIFY(problem->isVisible());
        edit->clear();
        QTest::keyClicks(edit, u"42"_s);
        QVERIFY(!problem->isVisible());
    }

    void showsResultsReadOnlyAndItemsAsATable()
    {
        DataForm result;
        result.type = u"result"_s;
        result.title = u"Search results"_s;
        result.fields = {field(u"FORM_TYPE"_s, u"hidden"_s, QString(), {u"jabber:iq:search"_s}),
                         field(u"online"_s, u"boolean"_s, u"Online"_s, {u"true"_s})};
        result.reported = {field(u"jid"_s, u"jid-single"_s, u"JID"_s),
                           field(u"nick"_s, u"text-single"_s, u"Nickname"_s)};
        result.items = {{field(u"jid"_s, QString(), QString(), {u"juliet@capulet.com"_s}),
                         field(u"nick"_s, QString(), QString(), {u"Jule"_s})},
                        {field(u"nick"_s, QString(), QString(), {u"Romeo"_s}),
                         field(u"jid"_s, QString(), QString(), {u"romeo@montague.net"_s})}};
        DataFormWidget widget;
        widget.setForm(result);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QLabel *online = fieldWidget<QLabel>(widget, u"online"_s);
        QCOMPARE(online->text(), DataFormWidget::tr("Yes"));
        QVERIFY(!widget.findChild<QLineEdit *>());
        auto *table = widget.findChild<QTableWidget *>(u"formItemsTable"_s);
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Nickname"_s);
        QCOMPARE(table->item(0, 0)->text(), u"juliet@capulet.com"_s);
        QCOMPARE(table->item(1, 0)->text(), u"romeo@montague.net"_s); // by column, not order
        QCOMPARE(table->item(1, 1)->text(), u"Romeo"_s);

        widget.setForm(everyFieldType()); // a new form replaces everything
        QVERIFY(!widget.findChild<QTableWidget *>(u"formItemsTable"_s));
        QVERIFY(fieldWidget<QLineEdit>(widget, u"botname"_s));
    }
};

QTEST_MAIN(DataFormWidgetTest)
#include "tst_dataform_widget.moc"
