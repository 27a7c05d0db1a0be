#pragma once

#include "disco/DataForm.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace Linnet {

class DataFormWidget;

// A room's configuration form (Room::requestConfiguration) in a dialog: "Loading…" until the
// form arrives, then the form; Save is allowed once the form validates. The caller sends
// form() with Room::submitConfiguration and shows the outcome with setProblem or closes.
class RoomConfigDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoomConfigDialog(const QString &roomName, QWidget *parent = nullptr);

    void setForm(const DataForm &form);
    // A failure in words (loading or saving); the dialog stays open.
    void setProblem(const QString &sentence);
    void setBusy(bool busy);
    DataForm submission() const;
    DataFormWidget *formWidget() const { return m_form; }

Q_SIGNALS:
    void submitRequested(const Linnet::DataForm &form);

private:
    DataFormWidget *m_form;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace Linnet
