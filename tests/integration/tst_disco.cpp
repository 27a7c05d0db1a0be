// Browsing the test Prosody's services (issue 6) end to end: the disco walk finds its
// components, an admin command runs to completion through its form, and an account is
// created in-band, signs in, changes its password and is removed.
#include "ClientHarness.h"
#include "disco/AdHocCommands.h"
#include "disco/DiscoClient.h"
#include "disco/Registration.h"
#include "disco/ServiceCatalogue.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
constexpr int Wait = 15000;

bool hasIdentity(const DiscoInfo &info, const QString &category, const QString &type)
{
    return std::any_of(
        info.identities.cbegin(), info.identities.cend(),
        [&](const DiscoIdentity &i) { return i.category == category && i.type == type; });
}
} // namespace

class DiscoTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;

    std::unique_ptr<ClientHarness> signIn(const QString &user, const QString &password)
    {
        auto harness = std::make_unique<ClientHarness>(server, user);
        harness->setPassword(password);
        harness->client().setAutoReconnect(false);
        harness->connectToServer();
        (void)QTest::qWaitFor(
            [&] {
                const auto state = harness->client().state();
                return state == ConnectionState::Online ||
                       (harness->countOf(ConnectionState::Disconnected) > 0 &&
                        state == ConnectionState::Disconnected);
            },
            Wait);
        return harness;
    }

    ConnectionSettings settingsFor(const QString &user) const
    {
        ConnectionSettings settings;
        settings.jid = Jid::parse(server.jid(user));
        settings.host = server.host;
        settings.port = server.startTlsPort;
        settings.tlsMode = TlsMode::StartTls;
        settings.extraCaCertificates = server.caCertificates();
        return settings;
    }

    static QString uniqueUser(const QString &prefix)
    {
        return prefix + QString::number(QRandomGenerator::global()->generate());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void walkFindsTheComponents()
    {
        const auto alice = signIn(u"alice"_s, server.password);
        QVERIFY2(alice->client().isOnline(), qPrintable(alice->lastReason()));
        DiscoClient disco(alice->client());
        const Jid domain = Jid::parse(server.domain);

        std::optional<DiscoItemsResult> items;
        disco.items(domain, {}, [&](const DiscoItemsResult &r) { items = r; });
        QTRY_VERIFY_WITH_TIMEOUT(items.has_value(), Wait);
        QVERIFY2(items->ok, qPrintable(items->error));
        QStringList found;
        for (const DiscoItem &item : std::as_const(items->items))
            found.append(item.jid.toString());
        for (const QString &component : {server.muc, server.upload, server.pubsub})
            QVERIFY2(found.contains(component), qPrintable(found.join(u", ")));

        // Info on everything at once, plus an address that does not exist: the walk goes on.
        QHash<QString, DiscoInfoResult> infos;
        const QStringList asked = found + QStringList{server.domain, u"nowhere.invalid"_s};
        for (const QString &jid : asked)
            disco.info(Jid::parse(jid), {},
                       [&infos, jid](const DiscoInfoResult &r) { infos.insert(jid, r); });
        QTRY_COMPARE_WITH_TIMEOUT(infos.size(), asked.size(), Wait);

        const DiscoInfo muc = infos[server.muc].info;
        QVERIFY(hasIdentity(muc, u"conference"_s, u"text"_s));
        QVERIFY(muc.hasFeature(ns::Muc));
        QCOMPARE(ServiceCatalogue::describe(muc), u"Multi-user chat service"_s);
        QVERIFY(ServiceCatalogue::actionsFor(muc).contains(ServiceCatalogue::Action::BrowseRooms));

        const DiscoInfo upload = infos[server.upload].info;
        QVERIFY(hasIdentity(upload, u"store"_s, u"file"_s));
        QVERIFY(upload.hasFeature(ns::HttpUpload));
        QCOMPARE(ServiceCatalogue::describe(upload), u"HTTP file upload"_s);
        QVERIFY(ServiceCatalogue::actionsFor(upload).contains(ServiceCatalogue::Action::Upload));

        const DiscoInfo pubsub = infos[server.pubsub].info;
        QVERIFY(hasIdentity(pubsub, u"pubsub"_s, u"service"_s));
        QVERIFY(pubsub.hasFeature(ns::PubSub));
        QCOMPARE(ServiceCatalogue::describe(pubsub), u"Publish-subscribe service"_s);

        const DiscoInfo self = infos[server.domain].info;
        QVERIFY(hasIdentity(self, u"server"_s, u"im"_s));
        QCOMPARE(ServiceCatalogue::describe(self), u"Chat server"_s);
        for (QStringView feature : {ns::Commands, ns::Version, ns::Ping, ns::Carbons, ns::Blocking,
                                    ns::VCardTemp, ns::Register}) {
            QVERIFY2(self.hasFeature(feature), qPrintable(feature.toString()));
            QVERIFY(ServiceCatalogue::isKnownFeature(feature.toString()));
        }

        // The account's own address answers for its archive and PEP.
        std::optional<DiscoInfoResult> account;
        disco.info(Jid::parse(server.jid(u"alice"_s)), {},
                   [&](const DiscoInfoResult &r) { account = r; });
        QTRY_VERIFY_WITH_TIMEOUT(account.has_value(), Wait);
        QVERIFY2(account->ok, qPrintable(account->error));
        QVERIFY(account->info.hasFeature(ns::Mam));
        QVERIFY(hasIdentity(account->info, u"pubsub"_s, u"pep"_s));

        const DiscoInfoResult nowhere = infos[u"nowhere.invalid"_s];
        QVERIFY(!nowhere.ok);
        QVERIFY(!nowhere.error.isEmpty());

        // A node that is not there.
        std::optional<DiscoInfoResult> missing;
        disco.info(Jid::parse(server.pubsub), u"no-such-node"_s,
                   [&](const DiscoInfoResult &r) { missing = r; });
        QTRY_VERIFY_WITH_TIMEOUT(missing.has_value(), Wait);
        QVERIFY(!missing->ok);
        QCOMPARE(missing->error, u"The requested item was not found."_s);
    }

    void adminCommandRunsThroughItsForm()
    {
        const auto admin = signIn(u"admin"_s, server.passwordOf(u"admin"_s));
        QVERIFY2(admin->client().isOnline(), qPrintable(admin->lastReason()));
        DiscoClient disco(admin->client());
        AdHocCommands commands(admin->client(), disco);
        const Jid domain = Jid::parse(server.domain);

        std::optional<DiscoItemsResult> list;
        commands.list(domain, [&](const DiscoItemsResult &r) { list = r; });
        QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), Wait);
        QVERIFY2(list->ok, qPrintable(list->error));
        const QString addUser = u"http://jabber.org/protocol/admin#add-user"_s;
        QVERIFY(std::any_of(list->items.cbegin(), list->items.cend(),
                            [&](const DiscoItem &i) { return i.node == addUser; }));

        std::optional<CommandStep> step;
        const auto keep = [&](const CommandStep &s) { step = s; };
        commands.execute(domain, addUser, keep);
        QTRY_VERIFY_WITH_TIMEOUT(step.has_value(), Wait);
        QVERIFY2(step->ok, qPrintable(step->error));
        QCOMPARE(step->status, CommandStep::Status::Executing);
        QVERIFY(!step->sessionId.isEmpty());
        QVERIFY(step->allowed.contains(CommandStep::Action::Complete));
        QVERIFY(step->form);
        DataForm form = *step->form;
        QVERIFY(form.field(u"accountjid"));
        QVERIFY(form.field(u"accountjid")->required);
        QVERIFY(!form.problems().isEmpty()); // the address is still missing

        const QString user = uniqueUser(u"added"_s);
        form.field(u"accountjid")->values = {server.jid(user)};
        form.field(u"password")->values = {u"s3cret-added"_s};
        form.field(u"password-verify")->values = {u"s3cret-added"_s};
        QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(u'\n')));
        const CommandStep first = *step;
        step.reset();
        commands.proceed(first, CommandStep::Action::Complete, form.submission(), keep);
        QTRY_VERIFY_WITH_TIMEOUT(step.has_value(), Wait);
        QVERIFY2(step->ok, qPrintable(step->error));
        QCOMPARE(step->status, CommandStep::Status::Completed);
        QCOMPARE(step->sessionId, first.sessionId);
        QVERIFY(!step->notes.isEmpty());
        QCOMPARE(step->notes[0].type, CommandStep::Note::Type::Info);
        QCOMPARE(step->notes[0].text, u"Account successfully created"_s);

        const auto added = signIn(user, u"s3cret-added"_s);
        QVERIFY2(added->client().isOnline(), qPrintable(added->lastReason()));

        // Somebody who is not an administrator may not run it.
        const auto alice = signIn(u"alice"_s, server.password);
        DiscoClient aliceDisco(alice->client());
        AdHocCommands aliceCommands(alice->client(), aliceDisco);
        step.reset();
        aliceCommands.execute(domain, addUser, keep);
        QTRY_VERIFY_WITH_TIMEOUT(step.has_value(), Wait);
        QVERIFY(!step->ok);
        QVERIFY(!step->error.isEmpty());
    }

    void accountLifecycle()
    {
        const QString user = uniqueUser(u"ibr"_s);
        AccountCreator creator(settingsFor(user));
        QSignalSpy formReceived(&creator, &AccountCreator::formReceived);
        QSignalSpy finished(&creator, &AccountCreator::finished);
        creator.fetchForm();
        QVERIFY(formReceived.wait(Wait));
        RegistrationForm form = formReceived[0][0].value<RegistrationForm>();
        QVERIFY2(form.ok, qPrintable(form.error));
        QVERIFY(!form.registered);
        QVERIFY(form.form.field(u"username"));
        QVERIFY(form.form.field(u"password"));
        form.form.field(u"username")->values = {user};
        form.form.field(u"password")->values = {u"first-pass"_s};
        creator.submit(form);
        QVERIFY(finished.wait(Wait));
        RegistrationResult result = finished[0][0].value<RegistrationResult>();
        QVERIFY2(result.ok, qPrintable(result.error));

        // The same name again is refused in words.
        AccountCreator again(settingsFor(user));
        QSignalSpy againForm(&again, &AccountCreator::formReceived);
        QSignalSpy againFinished(&again, &AccountCreator::finished);
        again.fetchForm();
        QVERIFY(againForm.wait(Wait));
        again.submit(form);
        QVERIFY(againFinished.wait(Wait));
        result = againFinished[0][0].value<RegistrationResult>();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"That user name is already taken."_s),
                 qPrintable(result.error));

        {
            const auto client = signIn(user, u"first-pass"_s);
            QVERIFY2(client->client().isOnline(), qPrintable(client->lastReason()));
            Registration registration(client->client());
            std::optional<RegistrationResult> changed;
            registration.changePassword(u"second-pass"_s,
                                        [&](const RegistrationResult &r) { changed = r; });
            QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), Wait);
            QVERIFY2(changed->ok, qPrintable(changed->error));
            client->client().disconnectFromServer();
        }
        {
            const auto old = signIn(user, u"first-pass"_s);
            QVERIFY(!old->client().isOnline());
            QCOMPARE(old->client().lastError().kind, SessionError::Kind::AuthenticationFailed);
        }
        {
            const auto client = signIn(user, u"second-pass"_s);
            QVERIFY2(client->client().isOnline(), qPrintable(client->lastReason()));
            Registration registration(client->client());
            std::optional<RegistrationResult> removed;
            registration.removeAccount([&](const RegistrationResult &r) { removed = r; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), Wait);
            QVERIFY2(removed->ok, qPrintable(removed->error));
            QVERIFY(client->waitFor(ConnectionState::Disconnected));
        }
        const auto gone = signIn(user, u"second-pass"_s);
        QVERIFY(!gone->client().isOnline());
        QCOMPARE(gone->client().lastError().kind, SessionError::Kind::AuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(DiscoTest)
#include "tst_disco.moc"
