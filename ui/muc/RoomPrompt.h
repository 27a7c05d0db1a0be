#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Linnet {

// The small dialogs of group chat, built from a few parts: a question, then fields (a JID, a
// nick, a password, a reason), check boxes and a confirm button that stays disabled while a
// required field is empty or a JID field does not hold a valid address; the problem is said
// under the fields. Kick, ban, role and affiliation changes, invite, change nick, destroy and
// the password and nick-conflict prompts all use it. Opened non-modally (open()), so the
// window behind keeps running; the caller acts on accepted().
class RoomPrompt : public QDialog
{
    Q_OBJECT
public:
    RoomPrompt(const QString &title, const QString &text, const QString &confirmLabel,
               QWidget *parent = nullptr);

    // objectName names the field for tests and accessibility.
    QLineEdit *addTextField(const QString &label, const QString &objectName,
                            const QString &initial = {}, bool required = false);
    QLineEdit *addPasswordField(const QString &label, const QString &objectName);
    QLineEdit *addJidField(const QString &label, const QString &objectName, bool required);
    QLineEdit *addReasonField();
    QCheckBox *addCheckBox(const QString &label, const QString &objectName, bool checked = false);

    QString text(const QString &objectName) const;
    bool isChecked(const QString &objectName) const;
    // The inline problem, or empty when the dialog can be confirmed.
    QString problem() const;
    QPushButton *confirmButton() const;

private:
    void validate();

    struct Field
    {
        QLineEdit *edit;
        QString label;
        bool required;
        bool jid;
    };
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<Field> m_fields;
};

} // namespace Linnet
