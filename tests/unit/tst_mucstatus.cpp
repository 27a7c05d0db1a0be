// XEP-0045 §15.6 status codes in words: every code of the registry has a full sentence, for
// us and for others, and the room-notice codes are told apart.
#include "muc/MucStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

class MucStatusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRegisteredCodeIsASentence_data()
    {
        QTest::addColumn<int>("code");
        for (int code : {100, 101, 102, 103, 104, 110, 170, 171, 172, 173,
                         174, 201, 210, 301, 303, 307, 321, 322, 332, 333})
            QTest::newRow(qPrintable(QString::number(code))) << code;
    }

    void everyRegisteredCodeIsASentence()
    {
        QFETCH(int, code);
        for (bool isSelf : {false, true}) {
            const QString sentence = MucStatus::describe(code, u"Bob"_s, isSelf);
            QVERIFY2(!sentence.contains(QString::number(code)), qPrintable(sentence));
            QVERIFY2(sentence.at(0).isUpper(), qPrintable(sentence));
            QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
            QVERIFY2(sentence.size() > 15, qPrintable(sentence));
            QVERIFY2(!sentence.contains(u"%1"_s), qPrintable(sentence));
        }
        // Without a nick there is still a sentence.
        QVERIFY(!MucStatus::describe(code).contains(u"%1"_s));
    }

    void sentencesSpeakOfTheRightPerson()
    {
        QCOMPARE(MucStatus::describe(307, u"pistol"_s, false),
                 u"pistol has been kicked from the room."_s);
        QCOMPARE(MucStatus::describe(307, u"pistol"_s, true),
                 u"You have been kicked from this room."_s);
        QCOMPARE(MucStatus::describe(301, u"pistol"_s, false),
                 u"pistol has been banned from the room."_s);
        QCOMPARE(MucStatus::describe(301, {}, false), u"Someone has been banned from the room."_s);
        QCOMPARE(MucStatus::describe(303, u"oldhag"_s, true),
                 u"Your nickname in this room is now oldhag."_s);
        QCOMPARE(MucStatus::describe(210, u"thirdwitch"_s, true),
                 u"The service set your nickname in this room to thirdwitch."_s);
        QCOMPARE(MucStatus::describe(110, u"thirdwitch"_s, true),
                 u"You are in the room as thirdwitch."_s);
        QCOMPARE(MucStatus::describe(170), u"Messages in this room are now logged."_s);
        QCOMPARE(MucStatus::describe(171), u"Messages in this room are no longer logged."_s);
        QVERIFY(MucStatus::describe(332, {}, true).contains(u"shutting down"_s));
        QVERIFY(MucStatus::describe(322, u"x"_s, false).contains(u"members-only"_s));
        QVERIFY(MucStatus::describe(201, {}, true).contains(u"locked"_s));
    }

    void unknownCodesSayTheNumber()
    {
        QCOMPARE(MucStatus::describe(999), u"The room sent status code 999."_s);
    }

    void roomNotices()
    {
        for (int code : {100, 102, 103, 104, 170, 171, 172, 173, 174})
            QVERIFY2(MucStatus::isRoomNotice(code), qPrintable(QString::number(code)));
        for (int code : {101, 110, 201, 210, 301, 303, 307, 321, 322, 332, 333})
            QVERIFY2(!MucStatus::isRoomNotice(code), qPrintable(QString::number(code)));
    }
};

QTEST_GUILESS_MAIN(MucStatusTest)
#include "tst_mucstatus.moc"
