#pragma once

#include "preferences/Preferences.h"

#include <QObject>
#include <QPointer>

namespace Linnet {

class ConversationView;

// Gives every conversation view (chats and rooms, open now or opened later) the font size and
// message layout of the preferences. Views are found as they are polished, through an event
// filter on the application, so whoever creates them need not know about preferences.
class ChatAppearance : public QObject
{
    Q_OBJECT
public:
    // preferences is not owned.
    explicit ChatAppearance(Preferences *preferences, QObject *parent = nullptr);

    void applyTo(ConversationView *view) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyToAll() const;

    QPointer<Preferences> m_preferences;
};

} // namespace Linnet
