// AutoAway with a fake idle source and a fake clock, driven by tick().
#include "RecordingStream.h"
#include "im/AutoAway.h"
#include "im/IdleSource.h"
#include "im/PresenceManager.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
class FakeIdleSource : public IdleSource
{
public:
    bool isAvailable() const override { return available; }
    std::optional<int> idleSeconds() const override { return idle; }
    bool available = true;
    std::optional<int> idle = 0;
};

const QDateTime now(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);

struct Fixture
{
    RecordingStream stream;
    PresenceManager presence{&stream};
    FakeIdleSource idle;
    AutoAway autoAway{&presence, &idle};

    Fixture()
    {
        autoAway.setPollIntervalMs(0);
        autoAway.setClock([] { return now; });
        autoAway.setAwayAfterMinutes(5);
        autoAway.setXaAfterMinutes(20);
        presence.setOwnPresence(Presence::Show::Chat, u"coding"_s, 5);
        presence.sendInitialPresence();
    }
    void idleFor(int seconds)
    {
        idle.idle = seconds;
        autoAway.tick();
    }
};
} // namespace

class AutoAwayTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awayThenXaThenBack()
    {
        Fixture f;
        f.idleFor(4 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Active);
        QCOMPARE(f.presence.ownPresence().show, Presence::Show::Chat);

        f.idleFor(5 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Away);
        Presence own = f.presence.ownPresence();
        QCOMPARE(own.show, Presence::Show::Away);
        QCOMPARE(own.statusFor(), u"coding"_s);
        QCOMPARE(own.priority, 5);
        QCOMPARE(own.idleSince, now.addSecs(-5 * 60));
        const auto sent = Presence::fromElement(f.stream.sent.last());
        QCOMPARE(sent->show, Presence::Show::Away);
        QCOMPARE(sent->idleSince, now.addSecs(-5 * 60)); // XEP-0319 on the wire

        f.idleFor(21 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Xa);
        own = f.presence.ownPresence();
        QCOMPARE(own.show, Presence::Show::Xa);
        QCOMPARE(own.idleSince, now.addSecs(-5 * 60)); // still when idleness began

        f.idleFor(3);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Active);
        own = f.presence.ownPresence();
        QCOMPARE(own.show, Presence::Show::Chat);
        QCOMPARE(own.statusFor(), u"coding"_s);
        QVERIFY(!own.idleSince.isValid());
        QVERIFY(Presence::fromElement(f.stream.sent.last())->idleSince.isNull());
    }

    void straightToXaWhenLongIdle()
    {
        Fixture f;
        f.idleFor(30 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Xa);
        QCOMPARE(f.presence.ownPresence().show, Presence::Show::Xa);
    }

    void userChoicesAreNotTouched_data()
    {
        QTest::addColumn<Presence::Show>("show");
        QTest::newRow("away") << Presence::Show::Away;
        QTest::newRow("xa") << Presence::Show::Xa;
        QTest::newRow("dnd") << Presence::Show::Dnd;
    }
    void userChoicesAreNotTouched()
    {
        QFETCH(Presence::Show, show);
        Fixture f;
        f.presence.setOwnPresence(show, u"mine"_s);
        f.idleFor(60 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Active);
        QCOMPARE(f.presence.ownPresence().show, show);
    }

    void unavailableIsNotTouched()
    {
        Fixture f;
        f.presence.setOwnUnavailable();
        f.idleFor(60 * 60);
        QCOMPARE(f.presence.ownPresence().type, Presence::Type::Unavailable);
    }

    void userChangeWhileAwayWins()
    {
        Fixture f;
        f.idleFor(6 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Away);
        f.presence.setOwnPresence(Presence::Show::Dnd, u"meeting"_s);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Active);
        f.idleFor(0);
        QCOMPARE(f.presence.ownPresence().show, Presence::Show::Dnd);
    }

    void offWhenSourceUnavailableOrDisabled()
    {
        Fixture f;
        f.idle.available = false;
        f.idleFor(60 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Active);

        f.idle.available = true;
        f.idleFor(6 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Away);
        f.idle.available = false; // the idle service went away: restore
        f.autoAway.tick();
        QCOMPARE(f.presence.ownPresence().show, Presence::Show::Chat);

        f.idle.available = true;
        f.idleFor(6 * 60);
        f.autoAway.setEnabled(false);
        QCOMPARE(f.presence.ownPresence().show, Presence::Show::Chat);
        f.idleFor(60 * 60);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Active);
    }

    void unknownIdleTimeChangesNothing()
    {
        Fixture f;
        f.idleFor(6 * 60);
        f.idle.idle.reset();
        f.autoAway.tick();
        QCOMPARE(f.autoAway.state(), AutoAway::State::Away);
    }

    void settableMinutes()
    {
        Fixture f;
        f.autoAway.setAwayAfterMinutes(1);
        f.autoAway.setXaAfterMinutes(2);
        f.idleFor(61);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Away);
        f.idleFor(121);
        QCOMPARE(f.autoAway.state(), AutoAway::State::Xa);
    }
};

QTEST_GUILESS_MAIN(AutoAwayTest)
#include "tst_autoaway.moc"
