// Harnesses for service discovery, data forms, registration and ad-hoc commands.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "disco/AdHocCommands.h"
#include "disco/Caps.h"
#include "disco/DataForm.h"
#include "disco/DiscoClient.h"
#include "disco/DiscoResponder.h"
#include "disco/EntityTimeResponder.h"
#include "disco/Registration.h"
#include "disco/ServiceCatalogue.h"
#include "disco/SoftwareVersionResponder.h"
#include "muc/RoomDirectory.h"
#include "xml/namespaces.h"

namespace Linnet::Fuzz {

namespace {

const Jid Own = Jid::parse(u"juliet@capulet.lit/balcony");

// What the service browser and caps verification do with an answer.
void useInfo(const DiscoInfo &info)
{
    (void)info.toElement();
    const QString ver = Caps::computeVer(info);
    (void)Caps::wellFormednessProblem(info);
    (void)Caps::verify(info, {QStringLiteral("https://linnet.im"), ver, Caps::Sha1.toString()});
    (void)ServiceCatalogue::describe(info);
    (void)ServiceCatalogue::actionsFor(info);
    for (const DataForm &form : info.forms)
        (void)form.problems();
}

// What the form widget does with a form: check the fields, build the answer.
void useForm(const DataForm &form)
{
    (void)form.toElement();
    (void)form.problems();
    (void)form.formType();
    (void)form.hasHiddenFormType();
    (void)form.submission().toElement();
}

} // namespace

// Answers (in order) a disco#info request to the server, the disco#items walk of a room
// directory and the disco#info requests it makes for each room; IQ gets are requests to our
// own responders (disco#info, version, time).
void fuzzDisco(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    for (const Element &stanza : stanzas) {
        const Element query = stanza.firstChild(u"query", ns::DiscoInfo);
        if (!query.isNull())
            useInfo(DiscoInfo::fromElement(query));
    }
    Test::RecordingStream stream(Own);
    DiscoResponder responder(&stream);
    SoftwareVersionResponder version(&stream, &responder);
    EntityTimeResponder time(&stream, &responder);
    DiscoClient disco(stream);
    RoomDirectory directory(disco);
    disco.info(Jid::parse(u"capulet.lit"), {},
               [](const DiscoInfoResult &result) { useInfo(result.info); });
    directory.list(Jid::parse(u"chat.shakespeare.lit"),
                   [](const QList<RoomListing> &, const MucOutcome &) {});
    deliver(stream, stanzas);
}

// Answers (in order) a registration form fetch, then an ad-hoc command execution, then its
// next stage.
void fuzzDataForm(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    for (const Element &stanza : stanzas) {
        const Element payload = stanza.children().isEmpty() ? Element() : stanza.children().first();
        const Element x = payload.firstChild(u"x", ns::DataForms);
        if (!x.isNull())
            useForm(DataForm::fromElement(x));
    }
    Test::RecordingStream stream(Own);
    DiscoClient disco(stream);
    Registration registration(stream);
    AdHocCommands commands(stream, disco);
    registration.fetchForm(Jid::parse(u"marlowe.shakespeare.lit"),
                           [](const RegistrationForm &form) { useForm(form.form); });
    commands.execute(Jid::parse(u"responder@domain"), QStringLiteral("list"),
                     [&commands](const CommandStep &step) {
                         if (step.form)
                             useForm(*step.form);
                         if (step.ok && step.status == CommandStep::Status::Executing)
                             commands.proceed(step, step.defaultAction, step.form,
                                              [](const CommandStep &next) {
                                                  if (next.form)
                                                      useForm(*next.form);
                                              });
                     });
    deliver(stream, stanzas);
}

} // namespace Linnet::Fuzz
