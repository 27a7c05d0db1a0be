#pragma once

#include "ContactListView.h"
#include "models/ContactManagers.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Linnet {

class RosterModel;

// Carries out what the contact list asks for: asks the user what it must (a new name, the
// groups, "really remove?") and calls the managers. Errors from the server come back to the
// window as a sentence (errorOccurred).
class ContactActions : public QObject
{
    Q_OBJECT
public:
    ContactActions(QWidget *dialogParent, QObject *parent = nullptr);

    void setManagers(const ContactManagers &managers, RosterModel *model);

    void perform(ContactListView::Action action, const Jid &jid);
    void addContact(const Jid &jid, const QString &name, const QString &group, bool request);
    void approve(const Jid &jid);
    void deny(const Jid &jid);
    void addBack(const Jid &jid);
    void showAddContactDialog();

Q_SIGNALS:
    void errorOccurred(const QString &sentence);

private:
    void rename(const Jid &jid);
    void editGroups(const Jid &jid);
    void remove(const Jid &jid);
    void showInfo(const Jid &jid);
    QStringList allGroups() const;

    QPointer<QWidget> m_dialogParent;
    ContactManagers m_managers;
    QPointer<RosterModel> m_model;
};

} // namespace Linnet
