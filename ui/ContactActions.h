#pragma once

#include "ContactListView.h"
#include "models/ContactManagers.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Linnet {

class Roster;
class RosterModel;

// Carries out what the contact list asks for: asks the user what it must (a new name, the
// groups, "really remove?") and calls the managers of the contact's account. Adding a contact
// and answering subscription requests act on the current account. Errors from the server come
// back to the window as a sentence (errorOccurred).
class ContactActions : public QObject
{
    Q_OBJECT
public:
    ContactActions(QWidget *dialogParent, QObject *parent = nullptr);

    void setModel(RosterModel *model);
    void addAccount(const QString &account, const ContactManagers &managers);
    void removeAccount(const QString &account);
    void setCurrentAccount(const QString &account);
    QString currentAccount() const { return m_current; }

    void perform(ContactListView::Action action, const Jid &jid, const QString &account);
    void addContact(const Jid &jid, const QString &name, const QString &group, bool request);
    void approve(const Jid &jid);
    void deny(const Jid &jid);
    void addBack(const Jid &jid);
    void showAddContactDialog();

Q_SIGNALS:
    void errorOccurred(const QString &sentence);

private:
    ContactManagers current() const { return m_accounts.value(m_current); }
    void block(const ContactManagers &managers, const Jid &jid, bool block);
    void rename(Roster *roster, const Jid &jid);
    void editGroups(Roster *roster, const Jid &jid);
    void remove(Roster *roster, const Jid &jid);
    void showInfo(const Jid &jid, const QString &account);
    QStringList allGroups() const;

    QPointer<QWidget> m_dialogParent;
    QHash<QString, ContactManagers> m_accounts;
    QString m_current;
    QPointer<RosterModel> m_model;
};

} // namespace Linnet
