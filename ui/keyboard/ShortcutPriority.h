#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace Linnet {

// Lets some window shortcuts win over the text editing keys of the focused field. On X11 a
// text field claims Ctrl+K (delete to the end of the line) before any shortcut is looked at,
// so without this the quick switcher would not open from the composer or a search box.
// Installed as an application event filter; when none of the actions takes the key (another
// window, a disabled action), the field still gets it as before.
class ShortcutPriority : public QObject
{
    Q_OBJECT
public:
    explicit ShortcutPriority(QObject *parent = nullptr);

    void add(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QPointer<QAction>> m_actions;
};

} // namespace Linnet
