#pragma once

#include "im/Jid.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Linnet {

// Asks for a contact to add: the address (checked as it is typed, with the reason shown
// under it), a name, a group, and whether to ask to see their presence.
class AddContactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddContactDialog(const QStringList &groups = {}, QWidget *parent = nullptr);

    Jid jid() const;
    QString name() const;
    QString group() const;
    bool requestSubscription() const;
    // The reason the address is not usable, or empty.
    QString error() const;

    void setJid(const QString &jid);
    void setName(const QString &name);

private:
    void validate();

    QLineEdit *m_jid;
    QLabel *m_error;
    QLineEdit *m_name;
    QComboBox *m_group;
    QCheckBox *m_request;
    QDialogButtonBox *m_buttons;
};

} // namespace Linnet
