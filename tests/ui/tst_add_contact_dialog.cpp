// The add-contact dialog checks the address as it is typed and says why it is not usable.
#include "AddContactDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

class AddContactDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatesTheAddressAsTyped()
    {
        AddContactDialog dialog({u"Friends"_s, u"Work"_s});
        dialog.show();
        auto *jid = dialog.findChild<QLineEdit *>(u"jidEdit"_s);
        auto *error = dialog.findChild<QLabel *>(u"jidErrorLabel"_s);
        auto *add = dialog.findChild<QPushButton *>(u"addButton"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(!error->isVisible());

        QTest::keyClicks(jid, u"bob@"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), Jid::parse(u"bob@").error());
        QVERIFY(!error->text().isEmpty());

        QTest::keyClicks(jid, u"example.org"_s);
        QVERIFY(add->isEnabled());
        QVERIFY(!error->isVisible());

        QTest::keyClicks(jid, u"/phone"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(error->text().contains(u"/phone"_s));

        jid->setText(u"a b@example.org"_s);
        QVERIFY(!add->isEnabled());
        QCOMPARE(error->text(), Jid::parse(u"a b@example.org").error());

        jid->setText(u" Bob@Example.org "_s);
        QVERIFY(add->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Bob"_s);
        auto *group = dialog.findChild<QComboBox *>(u"groupCombo"_s);
        QCOMPARE(group->count(), 3);
        group->setCurrentIndex(2);
        dialog.findChild<QCheckBox *>(u"requestCheck"_s)->setChecked(false);
        QCOMPARE(dialog.jid(), Jid::parse(u"bob@example.org"));
        QCOMPARE(dialog.name(), u"Bob"_s);
        QCOMPARE(dialog.group(), u"Work"_s);
        QVERIFY(!dialog.requestSubscription());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(AddContactDialogTest)
#include "tst_add_contact_dialog.moc"
