#pragma once

#include <QList>
#include <cstddef>
#include <cstdint>

// The bodies of the libFuzzer harnesses (issue 8). The clang fuzz build links one of them
// into each harness executable (FuzzMain.cpp); the normal build replays the seed corpora and
// the saved crash inputs through them (tst_fuzz_replay.cpp). Every body parses what a server
// or peer could send along the code paths the client really takes and must never crash, leak,
// hit undefined behaviour or hang, whatever the bytes.
namespace Linnet::Fuzz {

// Bytes split into chunks at points chosen by the first bytes, fed to StreamParser, every
// stanza re-serialised and parsed again; the XML console's view of each stanza.
void fuzzStreamParser(const uint8_t *data, size_t size);
// The other harnesses read their input as stanzas of a jabber:client stream (any number).
// <message/>: Message, carbons unwrapping, MUC invitations, bookmark events.
void fuzzMessage(const uint8_t *data, size_t size);
// XEP-0313 results and the closing <iq/> answering an Archive query.
void fuzzArchive(const uint8_t *data, size_t size);
// <presence/>: Presence, PresenceManager, subscriptions, entity capabilities.
void fuzzPresence(const uint8_t *data, size_t size);
// Roster and blocking list: the first <iq/> answers the fetch, the rest are pushes.
void fuzzRoster(const uint8_t *data, size_t size);
// disco#info and disco#items answers and requests, caps verification strings.
void fuzzDisco(const uint8_t *data, size_t size);
// Data forms as they come in registration (XEP-0077) and ad-hoc command (XEP-0050) answers.
void fuzzDataForm(const uint8_t *data, size_t size);
// MUC: muc#user payloads, status codes, routing, room listings.
void fuzzMuc(const uint8_t *data, size_t size);
// Bookmarks: PEP fetch result or private storage, and PEP notifications.
void fuzzBookmarks(const uint8_t *data, size_t size);
// Top-level elements of negotiation: features, stream errors, SASL failures, XEP-0198.
void fuzzNegotiation(const uint8_t *data, size_t size);
// SCRAM: server-first message, a newline, server-final message.
void fuzzScram(const uint8_t *data, size_t size);

struct Target
{
    const char *name; // also the directory name under corpus/ and regressions/
    void (*run)(const uint8_t *data, size_t size);
};
const QList<Target> &targets();

// Once per process before the first input: QCoreApplication, quiet logging.
void initialize(int *argc, char ***argv, bool quiet);

} // namespace Linnet::Fuzz
