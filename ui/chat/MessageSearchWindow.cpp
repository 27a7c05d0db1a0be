#include "MessageSearchWindow.h"

#include "MessageSearchPanel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

MessageSearchWindow::MessageSearchWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_panel(new MessageSearchPanel(true, this))
{
    setObjectName(u"messageSearchWindow"_s);
    setWindowTitle(tr("Search Messages"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_panel);
    connect(m_panel, &MessageSearchPanel::closeRequested, this, &QWidget::close);
    resize(520, 560);
}

void MessageSearchWindow::present()
{
    show();
    raise();
    activateWindow();
    m_panel->focusSearch();
}

} // namespace Linnet
