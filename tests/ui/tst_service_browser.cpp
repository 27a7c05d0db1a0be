// The service browser over a real DiscoClient, AdHocCommands and Registration on a recording
// stream that plays the server: the tree shows the components with what they are, a failing
// item says so on its row, the detail pane tells identities and features in words, and its
// actions browse rooms, join one, run a two-stage command and register.
#include "DiscoFeed.h"
#include "browser/AddressBar.h"
#include "browser/CommandDialog.h"
#include "browser/ServiceBrowser.h"
#include "browser/ServiceDetails.h"
#include "forms/DataFormWidget.h"
#include "forms/RegistrationDialog.h"
#include "models/DiscoModel.h"
#include "models/DiscoServices.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

using Action = ServiceCatalogue::Action;

const QString CommandsNode = u"http://jabber.org/protocol/commands"_s;

struct Fixture
{
    Fixture()
        : services(stream), feed(stream),
          browser({services.disco(), services.commands(), services.registration()})
    {
        feed.info[DiscoFeed::key(u"localhost"_s)] =
            u"<identity category='server' type='im' name='Prosody'/>"
            u"<feature var='http://jabber.org/protocol/disco#items'/>"
            u"<feature var='http://jabber.org/protocol/commands'/>"_s;
        feed.items[DiscoFeed::key(u"localhost"_s)] =
            u"<item jid='conference.localhost' name='Chatrooms'/>"
            u"<item jid='pubsub.localhost'/>"
            u"<item jid='upload.localhost'/>"
            u"<item jid='gone.localhost'/>"_s;
        feed.info[DiscoFeed::key(u"conference.localhost"_s)] =
            u"<identity category='conference' type='text' name='Chatrooms'/>"
            u"<feature var='http://jabber.org/protocol/muc'/>"
            u"<feature var='jabber:iq:register'/>"
            u"<feature var='urn:example:custom'/>"_s;
        feed.items[DiscoFeed::key(u"conference.localhost"_s)] =
            u"<item jid='lobby@conference.localhost' name='Lobby'/>"_s;
        feed.info[DiscoFeed::key(u"lobby@conference.localhost"_s)] =
            u"<identity category='conference' type='text' name='Lobby'/>"
            u"<feature var='http://jabber.org/protocol/muc'/><feature var='muc_public'/>"_s;
        feed.info[DiscoFeed::key(u"pubsub.localhost"_s)] =
            u"<identity category='pubsub' type='service'/>"
            u"<feature var='http://jabber.org/protocol/pubsub'/>"_s;
        feed.info[DiscoFeed::key(u"upload.localhost"_s)] =
            u"<identity category='store' type='file' name='HTTP File Upload'/>"
            u"<feature var='urn:xmpp:http:upload:0'/>"_s;
        feed.itemsErrors[DiscoFeed::key(u"gone.localhost"_s)] = u"item-not-found"_s;
        feed.infoErrors[DiscoFeed::key(u"gone.localhost"_s)] = u"item-not-found"_s;
        feed.items[DiscoFeed::key(u"localhost"_s, CommandsNode)] =
            u"<item jid='localhost' node='ping' name='Ping the server'/>"
            u"<item jid='localhost' node='greet' name='Set the greeting'/>"_s;
        browser.show();
    }

    // Lets the view ask for what it shows and the feed answer, until all is quiet.
    void settle()
    {
        for (int round = 0; round < 10; ++round) {
            feed.answerAll();
            QTest::qWait(80); // the view asks for the info of visible rows after a pause
            if (feed.answer() == 0 && round > 1)
                break;
        }
    }

    QModelIndex row(const QString &jid, const QModelIndex &parent = {}) const
    {
        QAbstractItemModel *model = browser.tree()->model();
        const QModelIndex under = parent.isValid() ? parent : model->index(0, 0);
        for (int r = 0; r < model->rowCount(under); ++r) {
            const QModelIndex index = model->index(r, 0, under);
            if (index.data(DiscoModel::JidRole).toString() == jid)
                return index;
        }
        return {};
    }

    QString shown(const QModelIndex &index, int column) const
    {
        return index.siblingAtColumn(column).data().toString();
    }

    void select(const QModelIndex &index)
    {
        browser.tree()->setCurrentIndex(index);
        settle();
    }

    QStringList listTexts(const QString &name) const
    {
        QStringList texts;
        const auto *column = browser.details()->findChild<QWidget *>(name);
        for (const QLabel *line :
             column->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
            texts.append(line->text());
        return texts;
    }

    // The last request of this kind that was sent and not answered by the feed.
    Element takeSent(QStringView name)
    {
        for (qsizetype i = stream.sent.size() - 1; i >= 0; --i) {
            const Element iq = stream.sent.at(i);
            if (!iq.firstChildInNamespace(name).isNull()) {
                stream.sent.removeAt(i);
                return iq;
            }
        }
        return {};
    }

    void reply(const Element &iq, const QString &inner)
    {
        stream.receive(stanzaFromXml(u"<iq type='result' id='%1' from='%2' to='%3'>%4</iq>"_s.arg(
            iq.attribute(u"id"), iq.attribute(u"to"), stream.boundJid().toString(), inner)));
    }

    RecordingStream stream;
    DiscoServices services;
    DiscoFeed feed;
    ServiceBrowser browser;
};

} // namespace

class ServiceBrowserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeShowsTheComponents()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.browser));
        f.browser.browse(Jid::parse(u"localhost"));
        f.settle();
        QTreeView *tree = f.browser.tree();
        const QModelIndex server = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(server));
        QCOMPARE(f.shown(server, DiscoModel::NameColumn), u"Prosody"_s);
        QCOMPARE(f.shown(server, DiscoModel::KindColumn), u"Chat server"_s);
        QCOMPARE(tree->model()->rowCount(server), 4);

        const QModelIndex conference = f.row(u"conference.localhost"_s);
        QCOMPARE(f.shown(conference, DiscoModel::NameColumn), u"Chatrooms"_s);
        QCOMPARE(f.shown(conference, DiscoModel::KindColumn), u"Multi-user chat service"_s);
        const QModelIndex pubsub = f.row(u"pubsub.localhost"_s);
        QCOMPARE(f.shown(pubsub, DiscoModel::NameColumn), u"pubsub.localhost"_s);
        QCOMPARE(f.shown(pubsub, DiscoModel::KindColumn), u"Publish-subscribe service"_s);
        QCOMPARE(f.shown(f.row(u"upload.localhost"_s), DiscoModel::KindColumn),
                 u"HTTP file upload"_s);
        QCOMPARE(f.shown(f.row(u"upload.localhost"_s), DiscoModel::JidColumn),
                 u"upload.localhost"_s);

        // An item that cannot be walked says why on its own row; the others are unaffected.
        const QModelIndex gone = f.row(u"gone.localhost"_s);
        tree->expand(gone);
        f.settle();
        const QString problem = f.shown(gone, DiscoModel::KindColumn);
        QVERIFY(!problem.isEmpty());
        QCOMPARE(problem, gone.data(DiscoModel::ErrorRole).toString());
        QCOMPARE(tree->model()->rowCount(gone), 0);
        QCOMPARE(f.shown(conference, DiscoModel::KindColumn), u"Multi-user chat service"_s);
    }

    void detailsSayWhatAServiceIsAndBrowseItsRooms()
    {
        Fixture f;
        f.browser.browse(Jid::parse(u"localhost"));
        f.settle();
        const QModelIndex conference = f.row(u"conference.localhost"_s);
        f.select(conference);
        ServiceDetails *details = f.browser.details();
        QCOMPARE(details->findChild<QLabel *>(u"detailsTitle"_s)->text(), u"Chatrooms"_s);
        QCOMPARE(details->findChild<QLabel *>(u"detailsKind"_s)->text(),
                 u"Multi-user chat service"_s);
        const QStringList identities = f.listTexts(u"identityList"_s);
        QCOMPARE(identities.size(), 1);
        QVERIFY2(identities.first().startsWith(u"Multi-user chat service (XEP-0045)"),
                 qPrintable(identities.first()));
        const QStringList features = f.listTexts(u"featureList"_s);
        const CatalogueEntry muc = ServiceCatalogue::feature(u"http://jabber.org/protocol/muc"_s);
        QVERIFY(features.contains(u"%1 (%2)"_s.arg(muc.name, muc.spec)));
        QVERIFY(!features.contains(u"http://jabber.org/protocol/muc"_s)); // in words
        QCOMPARE(f.listTexts(u"otherFeatureList"_s), QStringList{u"urn:example:custom"_s});

        QPushButton *browseRooms = details->actionButton(Action::BrowseRooms);
        QVERIFY(browseRooms->isVisible());
        QVERIFY(details->actionButton(Action::Register)->isVisible());
        QVERIFY(!details->actionButton(Action::JoinRoom)->isVisible());
        QVERIFY(!details->actionButton(Action::ExecuteCommands)->isVisible());
        QVERIFY(!f.browser.tree()->isExpanded(conference));
        browseRooms->click();
        f.settle();
        QVERIFY(f.browser.tree()->isExpanded(conference));
        const QModelIndex lobby = f.row(u"lobby@conference.localhost"_s, conference);
        QCOMPARE(f.shown(lobby, DiscoModel::NameColumn), u"Lobby"_s);
        QCOMPARE(f.shown(lobby, DiscoModel::KindColumn), u"Group chat room"_s);

        f.select(lobby);
        QSignalSpy join(&f.browser, &ServiceBrowser::joinRoomRequested);
        QPushButton *joinButton = details->actionButton(Action::JoinRoom);
        QVERIFY(joinButton->isVisible());
        joinButton->click();
        QCOMPARE(join.size(), 1);
        QCOMPARE(join.first().first().value<Jid>(), Jid::parse(u"lobby@conference.localhost"));
    }

    void addressBarGoesBackAndForth()
    {
        Fixture f;
        f.browser.browse(Jid::parse(u"localhost"));
        f.settle();
        auto *address = f.browser.findChild<QLineEdit *>(u"addressEdit"_s);
        address->clear();
        QTest::keyClicks(address, u"conference.localhost"_s);
        QTest::keyClick(address, Qt::Key_Return);
        f.settle();
        QCOMPARE(f.browser.model()->rootJid(), Jid::parse(u"conference.localhost"));
        QCOMPARE(f.shown(f.browser.tree()->model()->index(0, 0), DiscoModel::NameColumn),
                 u"Chatrooms"_s);
        auto *back = f.browser.findChild<QAbstractButton *>(u"backButton"_s);
        auto *forward = f.browser.findChild<QAbstractButton *>(u"forwardButton"_s);
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        back->click();
        QCOMPARE(f.browser.model()->rootJid(), Jid::parse(u"localhost"));
        QCOMPARE(address->text(), u"localhost"_s);
        QVERIFY(forward->isEnabled());
        forward->click();
        QCOMPARE(f.browser.model()->rootJid(), Jid::parse(u"conference.localhost"));

        address->setText(u"bad@@address"_s);
        QTest::keyClick(address, Qt::Key_Return);
        auto *problem = f.browser.findChild<QLabel *>(u"addressProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(f.browser.model()->rootJid(), Jid::parse(u"conference.localhost"));
    }

    void runsACommandThroughItsForms()
    {
        Fixture f;
        f.browser.browse(Jid::parse(u"localhost"));
        f.settle();
        f.select(f.browser.tree()->model()->index(0, 0));
        QPushButton *run = f.browser.details()->actionButton(Action::ExecuteCommands);
        QVERIFY(run->isVisible());
        run->click();
        f.settle();
        auto *dialog = f.browser.findChild<CommandDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(u"commandList"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), u"Set the greeting"_s);
        list->setCurrentRow(1);
        dialog->findChild<QPushButton *>(u"runButton"_s)->click();

        Element execute = f.takeSent(CommandsNode);
        QVERIFY(!execute.isNull());
        QCOMPARE(execute.firstChild(u"command", CommandsNode).attribute(u"node"), u"greet"_s);
        f.reply(execute,
                u"<command xmlns='http://jabber.org/protocol/commands' node='greet' "
                u"sessionid='s1' status='executing'><actions execute='next'><next/></actions>"
                u"<x xmlns='jabber:x:data' type='form'><title>Greeting</title>"
                u"<field var='greeting' type='text-single' label='Greeting'><required/></field>"
                u"</x></command>"_s);
        auto *next = dialog->findChild<QPushButton *>(u"nextButton"_s);
        auto *prev = dialog->findChild<QPushButton *>(u"prevButton"_s);
        auto *complete = dialog->findChild<QPushButton *>(u"completeButton"_s);
        QVERIFY(next->isVisible() && next->isEnabled());
        QVERIFY(!prev->isEnabled());
        QVERIFY(!complete->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(u"formTitle"_s)->text(), u"Greeting"_s);

        next->click(); // required field empty: refused in place
        QVERIFY(dialog->findChild<QLabel *>(u"errorBanner"_s)->isVisible());
        QVERIFY(f.takeSent(CommandsNode).isNull());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"field-greeting"_s), u"Welcome!"_s);
        next->click();
        Element second = f.takeSent(CommandsNode);
        const Element command = second.firstChild(u"command", CommandsNode);
        QCOMPARE(command.attribute(u"action"), u"next"_s);
        QCOMPARE(command.attribute(u"sessionid"), u"s1"_s);
        const DataForm sentForm = DataForm::fromElement(command.firstChild(u"x", u"jabber:x:data"));
        QCOMPARE(sentForm.type, u"submit"_s);
        QCOMPARE(sentForm.field(u"greeting")->values, QStringList{u"Welcome!"_s});

        f.reply(second,
                u"<command xmlns='http://jabber.org/protocol/commands' node='greet' "
                u"sessionid='s1' status='executing'><actions execute='complete'><prev/>"
                u"<complete/></actions><note type='warn'>Everyone will see it.</note>"
                u"<x xmlns='jabber:x:data' type='form'>"
                u"<field var='confirm' type='boolean' label='Really?'><value>1</value></field>"
                u"</x></command>"_s);
        QVERIFY(prev->isEnabled());
        QVERIFY(!next->isEnabled());
        QVERIFY(complete->isEnabled());
        auto *notes = dialog->findChild<QLabel *>(u"notesBanner"_s);
        QVERIFY(notes->isVisible());
        QVERIFY(notes->text().contains(u"Everyone will see it."));

        complete->click();
        Element last = f.takeSent(CommandsNode);
        QCOMPARE(last.firstChild(u"command", CommandsNode).attribute(u"action"), u"complete"_s);
        f.reply(last, u"<command xmlns='http://jabber.org/protocol/commands' node='greet' "
                      u"sessionid='s1' status='completed'><note type='info'>Greeting set.</note>"
                      u"</command>"_s);
        QVERIFY(notes->text().contains(u"Greeting set."));
        QCOMPARE(dialog->findChild<QLabel *>(u"statusLabel"_s)->text(),
                 CommandDialog::tr("The command is complete."));
        QVERIFY(!complete->isVisible());
        auto *close = dialog->findChild<QPushButton *>(u"cancelButton"_s);
        QCOMPARE(close->text(), CommandDialog::tr("Close"));
        close->click();
        QVERIFY(f.takeSent(CommandsNode).isNull()); // a finished session is not cancelled
    }

    void registersWithAService()
    {
        Fixture f;
        f.browser.browse(Jid::parse(u"localhost"));
        f.settle();
        f.select(f.row(u"conference.localhost"_s));
        f.browser.details()->actionButton(Action::Register)->click();
        auto *dialog = f.browser.findChild<RegistrationDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QVERIFY(!submit->isEnabled()); // waiting for the form

        Element fetch = f.takeSent(u"jabber:iq:register");
        QCOMPARE(fetch.attribute(u"type"), u"get"_s);
        f.reply(fetch, u"<query xmlns='jabber:iq:register'><instructions>Choose a nickname."
                       u"</instructions><username/><password/></query>"_s);
        QVERIFY(submit->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(u"instructionsLabel"_s)->text(),
                 u"Choose a nickname."_s);
        auto *password = dialog->findChild<QLineEdit *>(u"field-password"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"field-username"_s), u"juliet"_s);
        QTest::keyClicks(password, u"R0m30"_s);
        submit->click();

        Element set = f.takeSent(u"jabber:iq:register");
        QCOMPARE(set.attribute(u"type"), u"set"_s);
        const Element query = set.firstChild(u"query", u"jabber:iq:register");
        QCOMPARE(query.childText(u"username", u"jabber:iq:register"), u"juliet"_s);
        QCOMPARE(query.childText(u"password", u"jabber:iq:register"), u"R0m30"_s);
        f.reply(set, QString());
        auto *notice = dialog->findChild<QLabel *>(u"noticeBanner"_s);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), ServiceBrowser::tr("You are registered."));
        QVERIFY(dialog->findChild<QPushButton *>(u"closeButton"_s));
    }
};

QTEST_MAIN(ServiceBrowserTest)
#include "tst_service_browser.moc"
