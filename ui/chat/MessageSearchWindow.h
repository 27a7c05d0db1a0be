#pragma once

#include <QWidget>

namespace Linnet {

class MessageSearchPanel;

// "Search Messages" (Ctrl+Shift+F): a window searching every conversation.
class MessageSearchWindow : public QWidget
{
    Q_OBJECT
public:
    explicit MessageSearchWindow(QWidget *parent = nullptr);

    MessageSearchPanel *panel() const { return m_panel; }
    // Shows the window with the search box focused.
    void present();

private:
    MessageSearchPanel *m_panel;
};

} // namespace Linnet
