#include "InvitationPrompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

InvitationPrompt::InvitationPrompt(const MucInvitation &invitation, QWidget *parent)
    : QDialog(parent), m_invitation(invitation), m_text(new QLabel(this)),
      m_join(new QPushButton(tr("&Join"), this)), m_decline(new QPushButton(this))
{
    setObjectName(u"invitationPrompt"_s);
    setWindowTitle(tr("Invitation to %1").arg(invitation.room.toString()));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setObjectName(u"invitationText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(sentence(invitation));
    m_join->setObjectName(u"joinInvitationButton"_s);
    m_decline->setObjectName(u"declineInvitationButton"_s);
    m_decline->setText(invitation.kind == MucInvitation::Kind::Mediated ? tr("&Decline")
                                                                        : tr("&Ignore"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_join, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_decline, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(m_join, &QPushButton::clicked, this, [this] {
        Q_EMIT joinRequested(m_invitation);
        accept();
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        if (m_invitation.kind == MucInvitation::Kind::Mediated)
            Q_EMIT declineRequested(m_invitation);
        reject();
    });
    resize(400, sizeHint().height());
}

QString InvitationPrompt::sentence(const MucInvitation &invitation)
{
    const QString inviter =
        invitation.inviter.isValid() ? invitation.inviter.bareString() : tr("Someone");
    const QString room = invitation.room.toString();
    // A mediated invitation names its inviter only in the room's own words: anyone can send
    // one from an address that looks like a room and claim any inviter, so the sentence says
    // who makes the claim. A direct one's sender is the inviter, as our server delivered it.
    if (invitation.kind == MucInvitation::Kind::Mediated) {
        if (invitation.reason.isEmpty())
            return tr("The room %2 says %1 invites you.").arg(inviter, room);
        return tr("The room %2 says %1 invites you: %3").arg(inviter, room, invitation.reason);
    }
    if (invitation.reason.isEmpty())
        return tr("%1 invites you to the room %2.").arg(inviter, room);
    return tr("%1 invites you to the room %2: %3").arg(inviter, room, invitation.reason);
}

} // namespace Linnet
