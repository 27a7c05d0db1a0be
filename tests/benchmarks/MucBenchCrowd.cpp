#include "MucBenchCrowd.h"

#include "im/Message.h"
#include "stream/Client.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

namespace {

constexpr int SignInMs = 60000;
constexpr int FillMs = 600000;
constexpr int InFlight = 200; // messages sent but not yet reflected
constexpr int Parallel = 25;  // connections signing in at once

QString nickOf(int index)
{
    return u"crowd%1"_s.arg(index, 3, 10, QChar(u'0'));
}

Element joinPresence(const Jid &occupant)
{
    Element presence(u"presence"_s, ns::Client.toString());
    presence.setAttribute(u"to"_s, occupant.full());
    presence.addChild(u"x"_s, ns::Muc.toString())
        .addChild(u"history"_s, ns::Muc.toString())
        .setAttribute(u"maxstanzas"_s, u"0"_s);
    return presence;
}

} // namespace

MucBenchCrowd::MucBenchCrowd(const TestServerInfo &server, const Jid &room)
    : m_server(server), m_room(room.bare())
{}

MucBenchCrowd::~MucBenchCrowd()
{
    disperse();
}

QString MucBenchCrowd::body(int index, int count)
{
    return u"Archived message %1 of %2 in the room, with a few words to make it a typical line"_s
        .arg(index + 1)
        .arg(count);
}

int MucBenchCrowd::occupants() const
{
    return (m_owner ? 1 : 0) + int(m_crowd.size());
}

std::unique_ptr<Client> MucBenchCrowd::connectAs(const QString &user, const QString &resource) const
{
    auto client = std::make_unique<Client>();
    ConnectionSettings settings;
    settings.jid = Jid::parse(m_server.jid(user)).withResource(resource);
    settings.host = m_server.host;
    settings.port = m_server.startTlsPort;
    settings.tlsMode = TlsMode::StartTls;
    settings.extraCaCertificates = m_server.caCertificates();
    client->setSettings(settings);
    client->setPassword(m_server.passwordOf(user));
    client->setAutoReconnect(false);
    client->connectToServer();
    return client;
}

bool MucBenchCrowd::join(Client &client, const QString &nick, QString *error)
{
    const Jid occupant = m_room.withResource(nick);
    bool answered = false;
    QString failure;
    const auto connection =
        QObject::connect(&client, &XmppStream::stanzaReceived, [&](const Element &stanza) {
            if (!stanza.is(u"presence", ns::Client) || stanza.attribute(u"from") != occupant.full())
                return;
            answered = true;
            if (stanza.attribute(u"type") == u"error")
                failure = stanza.toXml();
        });
    client.send(joinPresence(occupant));
    const bool done = QTest::qWaitFor([&] { return answered; }, SignInMs);
    QObject::disconnect(connection);
    if (!done || !failure.isEmpty()) {
        *error = done ? u"%1 could not join: %2"_s.arg(nick, failure)
                      : u"%1 got no answer from the room"_s.arg(nick);
        return false;
    }
    return true;
}

bool MucBenchCrowd::createRoom(QString *error)
{
    m_owner = connectAs(u"alice"_s, u"owner"_s);
    if (!QTest::qWaitFor([&] { return m_owner->isOnline(); }, SignInMs)) {
        *error = u"the owner could not sign in: %1"_s.arg(m_owner->stateReason());
        return false;
    }
    if (!join(*m_owner, u"owner"_s, error))
        return false;
    // Accept the default configuration, made persistent: the room opens.
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, m_room.toString());
    Element &form = iq.addChild(u"query"_s, ns::MucOwner.toString())
                        .addChild(u"x"_s, ns::DataForms.toString())
                        .setAttribute(u"type"_s, u"submit"_s);
    const auto field = [&form](const QString &var, const QString &value) {
        form.addChild(u"field"_s, ns::DataForms.toString())
            .setAttribute(u"var"_s, var)
            .addChild(u"value"_s, ns::DataForms.toString())
            .setText(value);
    };
    field(u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#roomconfig"_s);
    field(u"muc#roomconfig_persistentroom"_s, u"1"_s);
    field(u"muc#roomconfig_roomname"_s, u"MUC join benchmark"_s);
    std::optional<IqResponse> answer;
    m_owner->sendIq(iq, [&](const IqResponse &response) { answer = response; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, SignInMs) || !answer->ok()) {
        *error = u"the room could not be configured: %1"_s.arg(answer ? answer->sentence
                                                                      : u"no answer"_s);
        return false;
    }
    return true;
}

bool MucBenchCrowd::fillArchive(int count, QString *error)
{
    const QString ownerJid = m_room.withResource(u"owner"_s).full();
    int reflected = 0;
    const auto connection =
        QObject::connect(m_owner.get(), &XmppStream::stanzaReceived, [&](const Element &stanza) {
            if (stanza.is(u"message", ns::Client) && stanza.attribute(u"from") == ownerJid &&
                stanza.attribute(u"type") == u"groupchat" &&
                !stanza.childText(u"body", ns::Client).isEmpty())
                ++reflected;
        });
    int sent = 0;
    bool progressing = true;
    while (sent < count && progressing) {
        while (sent < count && sent - reflected < InFlight) {
            Message message;
            message.type = MessageType::Groupchat;
            message.to = m_room;
            message.id = u"fill-%1"_s.arg(sent);
            message.body = body(sent, count);
            m_owner->send(message.toElement());
            ++sent;
        }
        const int before = reflected;
        progressing = QTest::qWaitFor([&] { return reflected > before; }, 30000);
    }
    const bool done = QTest::qWaitFor([&] { return reflected >= count; }, FillMs);
    QObject::disconnect(connection);
    if (!done)
        *error = u"only %1 of %2 messages came back from the room"_s.arg(reflected).arg(count);
    return done;
}

bool MucBenchCrowd::addOccupants(int count, QString *error)
{
    for (int first = 0; first < count; first += Parallel) {
        const int last = std::min(count, first + Parallel);
        std::vector<std::unique_ptr<Client>> batch;
        for (int i = first; i < last; ++i)
            batch.push_back(connectAs(u"bob"_s, nickOf(i)));
        const auto allOnline = [&] {
            return std::all_of(batch.begin(), batch.end(),
                               [](const auto &client) { return client->isOnline(); });
        };
        if (!QTest::qWaitFor(allOnline, SignInMs)) {
            *error = u"not every crowd connection could sign in (batch from %1)"_s.arg(first);
            return false;
        }
        // Joins of a batch go out together; each waits for its own answer.
        int answered = 0;
        int failed = 0;
        std::vector<QMetaObject::Connection> connections;
        for (int i = first; i < last; ++i) {
            Client &client = *batch[size_t(i - first)];
            const QString occupant = m_room.withResource(nickOf(i)).full();
            connections.push_back(QObject::connect(&client, &XmppStream::stanzaReceived,
                                                   [&, occupant](const Element &stanza) {
                                                       if (!stanza.is(u"presence", ns::Client) ||
                                                           stanza.attribute(u"from") != occupant)
                                                           return;
                                                       ++answered;
                                                       if (stanza.attribute(u"type") == u"error")
                                                           ++failed;
                                                   }));
            client.send(joinPresence(Jid::parse(occupant)));
        }
        const bool done = QTest::qWaitFor([&] { return answered >= last - first; }, SignInMs);
        for (const auto &connection : connections)
            QObject::disconnect(connection);
        if (!done || failed > 0) {
            *error = u"%1 of %2 crowd joins failed or went unanswered"_s
                         .arg((last - first) - answered + failed)
                         .arg(last - first);
            return false;
        }
        for (auto &client : batch)
            m_crowd.push_back(std::move(client));
    }
    return true;
}

void MucBenchCrowd::disperse()
{
    for (auto &client : m_crowd)
        client->disconnectFromServer();
    if (m_owner)
        m_owner->disconnectFromServer();
    QTest::qWait(300);
    m_crowd.clear();
    m_owner.reset();
}

} // namespace Linnet::Test
