// Linnet speaks the user's language: under a German or French locale the main window, the
// status selector and the chat window show German or French texts (menus, actions, presence
// names), core's sentences too; English stays English. Run a second time by CTest with
// LANG=de_DE.UTF-8 (LINNET_EXPECT_LANGUAGE=de) to show that the system locale decides.
#include "MainWindow.h"
#include "StatusSelector.h"
#include "Translations.h"
#include "chat/ChatWindow.h"
#include "disco/ServiceCatalogue.h"
#include "muc/MucStatus.h"
#include "muc/RoomSentences.h"
#include "stream/ConnectionState.h"
#include "stream/SaslFailure.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Linnet;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    QStringList menuTitles; // Account, Chats, Tools, Help
    QString signIn;
    QString quit;
    QString away;
    QString dnd;
    QString xa;
    QString offline;
    QString chatWindowTitle;
    QString detachTab;
    QString chatMenu;
    QString securing; // a core sentence: the connection state
    // Core sentences from tables and helpers, each under the context lupdate files it in.
    QString banned;      // MucStatus::describe(301, "Bob")
    QString mucService;  // ServiceCatalogue::identity("conference", "text").name
    QString disabled;    // SaslFailure "account-disabled"
    QString nickChanged; // RoomSentences::nickChanged("Al", "Bob")
};

Expected expectedFor(const QString &language)
{
    if (language == u"de")
        return {{u"&Konto"_s, u"&Chats"_s, u"&Werkzeuge"_s, u"&Hilfe"_s},
                u"&Anmelden…"_s,
                u"&Beenden"_s,
                u"Abwesend"_s,
                u"Nicht stören"_s,
                u"Länger abwesend"_s,
                u"Offline"_s,
                u"Chats"_s,
                u"Tab &abtrennen"_s,
                u"Menü"_s,
                u"Verbindung wird gesichert"_s,
                u"Bob wurde aus dem Raum gesperrt."_s,
                u"Gruppenchat-Dienst"_s,
                u"Dieses Konto ist auf dem Server deaktiviert."_s,
                u"Al heißt jetzt Bob."_s};
    if (language == u"fr")
        return {{u"&Compte"_s, u"&Discussions"_s, u"&Outils"_s, u"&Aide"_s},
                u"&Se connecter…"_s,
                u"&Quitter"_s,
                u"Absent"_s,
                u"Ne pas déranger"_s,
                u"Absent pour longtemps"_s,
                u"Hors ligne"_s,
                u"Discussions"_s,
                u"&Détacher l’onglet"_s,
                u"Menu"_s,
                u"Sécurisation de la connexion"_s,
                u"Bob a été banni du salon."_s,
                u"Service de discussion de groupe"_s,
                u"Ce compte est désactivé sur le serveur."_s,
                u"Al s’appelle maintenant Bob."_s};
    return {{u"&Account"_s, u"&Chats"_s, u"&Tools"_s, u"&Help"_s},
            u"&Sign In…"_s,
            u"&Quit"_s,
            u"Away"_s,
            u"Do not disturb"_s,
            u"Extended away"_s,
            u"Offline"_s,
            u"Chats"_s,
            u"&Detach Tab"_s,
            u"Menu"_s,
            u"Securing the connection"_s,
            u"Bob has been banned from the room."_s,
            u"Multi-user chat service"_s,
            u"This account is disabled on the server."_s,
            u"Al is now known as Bob."_s};
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    Translations translations;

    static void verifyWindows(const Expected &expected)
    {
        MainWindow window;
        QStringList titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (const QAction *menu : menus)
            titles << menu->text();
        for (const QString &title : expected.menuTitles)
            QVERIFY2(titles.contains(title), qPrintable(titles.join(u" | ")));
        QCOMPARE(window.findChild<QAction *>(u"signInAction"_s)->text(), expected.signIn);
        QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->text(), expected.quit);

        StatusSelector selector;
        QMenu *states = selector.findChild<QToolButton *>(u"stateButton"_s)->menu();
        QCOMPARE(states->findChild<QAction *>(u"state_away"_s)->text(), expected.away);
        QCOMPARE(states->findChild<QAction *>(u"state_dnd"_s)->text(), expected.dnd);
        QCOMPARE(states->findChild<QAction *>(u"state_xa"_s)->text(), expected.xa);
        QCOMPARE(states->findChild<QAction *>(u"state_offline"_s)->text(), expected.offline);

        ChatWindow chats;
        QCOMPARE(chats.windowTitle(), expected.chatWindowTitle);
        QCOMPARE(chats.detachAction()->text(), expected.detachTab);
        QCOMPARE(chats.findChild<QToolButton *>(u"chatMenuButton"_s)->text(), expected.chatMenu);

        QCOMPARE(connectionStateName(ConnectionState::Securing), expected.securing);
        QCOMPARE(MucStatus::describe(301, u"Bob"_s), expected.banned);
        QCOMPARE(ServiceCatalogue::identity(u"conference"_s, u"text"_s).name, expected.mucService);
        SaslFailure failure;
        failure.conditionName = u"account-disabled"_s;
        QCOMPARE(failure.humanSentence(), expected.disabled);
        QCOMPARE(RoomSentences::nickChanged(u"Al"_s, u"Bob"_s, false), expected.nickChanged);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }

    void windowsSpeakTheLocalesLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"de"_s;
        QTest::newRow("Austrian German falls back to German")
            << QLocale(QLocale::German, QLocale::Austria) << u"de"_s;
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"fr"_s;
        QTest::newRow("Canadian French falls back to French")
            << QLocale(QLocale::French, QLocale::Canada) << u"fr"_s;
        QTest::newRow("English needs no translation")
            << QLocale(QLocale::English, QLocale::UnitedStates) << QString();
        QTest::newRow("an unknown language stays English")
            << QLocale(QLocale::Finnish, QLocale::Finland) << QString();
    }

    void windowsSpeakTheLocalesLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(translations.load(locale), !language.isEmpty());
        QCOMPARE(translations.language(), language);
        verifyWindows(expectedFor(language));
    }

    // The default locale follows the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    void followsTheSystemLocale()
    {
        const QString expected = qEnvironmentVariable("LINNET_EXPECT_LANGUAGE");
        if (expected.isEmpty())
            QSKIP("Run by CTest as ui_translations_system_locale with LANG=de_DE.UTF-8");
        QVERIFY(translations.load());
        QCOMPARE(translations.language(), expected);
        verifyWindows(expectedFor(expected));
    }

    void cleanupTestCase() { translations.load(QLocale(QLocale::English)); }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
