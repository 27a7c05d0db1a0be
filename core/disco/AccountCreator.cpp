// AccountCreator: XEP-0077 §3.1 over a stream that is encrypted but not signed in.
#include "Logging.h"
#include "disco/Registration.h"
#include "disco/RegistrationStanzas.h"
#include "stream/Session.h"
#include "stream/XmppStream.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

// What the IQ tracker needs of a registration-only Session. The server answers for the
// domain, so the domain stands in for the account that does not exist yet.
class RegistrationStream : public XmppStream
{
public:
    explicit RegistrationStream(const Jid &domain) : m_domain(domain) {}

    void setSession(Session *session) { m_session = session; }
    void send(const Element &stanza) override
    {
        if (m_session)
            m_session->send(stanza);
    }
    Jid boundJid() const override { return m_domain; }
    bool isOnline() const override
    {
        return m_session && m_session->state() == ConnectionState::Online;
    }
    void deliver(const Element &stanza) { dispatchIncoming(stanza); }
    void fail(const QString &reason) { failPendingIqs(reason); }

private:
    Jid m_domain;
    QPointer<Session> m_session;
};

} // namespace

struct AccountCreator::Private
{
    explicit Private(const ConnectionSettings &s)
        : settings(s), domain(Jid::parse(s.jid.domain())), stream(domain)
    {}

    ConnectionSettings settings;
    Jid domain;
    RegistrationStream stream;
    Session *session = nullptr;
    // Sent once the session is online: the form request, or a submission.
    std::function<void()> whenOnline;
    // Reports a failure of the connection to whoever waits.
    std::function<void(const QString &)> onFailure;
    // Bumped by cancel(): answers to requests of an earlier attempt are ignored.
    quint64 generation = 0;
};

AccountCreator::AccountCreator(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent), d(new Private(settings))
{}

AccountCreator::~AccountCreator()
{
    cancel();
    delete d;
}

void AccountCreator::cancel()
{
    d->whenOnline = nullptr;
    d->onFailure = nullptr;
    ++d->generation;
    if (Session *session = std::exchange(d->session, nullptr)) {
        session->disconnect(this);
        d->stream.setSession(nullptr);
        session->close();
        session->deleteLater();
    }
}

void AccountCreator::fetchForm()
{
    d->onFailure = [this](const QString &why) {
        RegistrationForm form;
        form.error = why;
        Q_EMIT formReceived(form);
    };
    d->whenOnline = [this] {
        if (!d->session->features().inBandRegistration) {
            const QString why = tr("This server does not allow creating accounts from an app.");
            d->onFailure = nullptr;
            cancel();
            RegistrationForm form;
            form.error = why;
            Q_EMIT formReceived(form);
            return;
        }
        d->stream.sendIq(RegistrationStanzas::fetchRequest(d->domain),
                         [this, generation = d->generation](const IqResponse &response) {
                             if (generation != d->generation)
                                 return;
                             d->onFailure = nullptr;
                             Q_EMIT formReceived(RegistrationStanzas::formFrom(response));
                         });
    };
    if (d->session && d->session->state() == ConnectionState::Online) {
        std::exchange(d->whenOnline, nullptr)();
        return;
    }
    if (d->session)
        return; // connecting: whenOnline runs once it is online
    d->session = new Session(d->settings, QString(), this);
    d->session->setRegistrationOnly(true);
    d->stream.setSession(d->session);
    connect(d->session, &Session::online, this, [this] {
        if (auto next = std::exchange(d->whenOnline, nullptr))
            next();
    });
    connect(d->session, &Session::stanzaReceived, this,
            [this](const Element &stanza) { d->stream.deliver(stanza); });
    connect(d->session, &Session::ended, this, [this](const SessionError &error) {
        qCInfo(lcAccount) << "The registration connection ended:" << error.sentence;
        Session *ended = std::exchange(d->session, nullptr);
        d->stream.setSession(nullptr);
        d->stream.fail(error.sentence);
        d->whenOnline = nullptr;
        if (auto failed = std::exchange(d->onFailure, nullptr))
            failed(error.sentence);
        if (ended)
            ended->deleteLater();
    });
    d->session->start();
}

void AccountCreator::submit(const RegistrationForm &filled)
{
    const auto send = [this, filled] {
        d->onFailure = [this](const QString &why) { Q_EMIT finished({false, why}); };
        d->stream.sendIq(RegistrationStanzas::submitRequest(d->domain, filled),
                         [this, generation = d->generation](const IqResponse &response) {
                             if (generation != d->generation)
                                 return;
                             d->onFailure = nullptr;
                             const RegistrationResult result =
                                 RegistrationStanzas::resultFrom(response);
                             cancel(); // the account exists (or not): this stream is done
                             Q_EMIT finished(result);
                         });
    };
    if (d->session && d->session->state() == ConnectionState::Online) {
        send();
        return;
    }
    // The server closed the stream while the user was filling in the form: connect again.
    fetchForm();
    d->onFailure = [this](const QString &why) { Q_EMIT finished({false, why}); };
    d->whenOnline = send;
}

} // namespace Linnet
