#include "muc/SelfPing.h"

#include "muc/Room.h"
#include "stream/XmppStream.h"

// Stub of the contract: the manager helper replaces this.
namespace Linnet {

struct SelfPing::Private
{
    XmppStream &stream;
    Room &room;
};

SelfPing::SelfPing(XmppStream &stream, Room &room, QObject *parent)
    : QObject(parent), d(new Private{stream, room})
{}

SelfPing::~SelfPing()
{
    delete d;
}

void SelfPing::setInterval(int) {}
void SelfPing::setTimeout(int) {}
void SelfPing::pingNow() {}

} // namespace Linnet
