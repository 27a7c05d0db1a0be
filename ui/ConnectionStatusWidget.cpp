#include "ConnectionStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Linnet {

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(u"connectionStatus"_s);
    m_icon->setObjectName(u"connectionStatusIcon"_s);
    m_text->setObjectName(u"connectionStatusText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setState(ConnectionState::Disconnected, QString());
}

void ConnectionStatusWidget::setState(ConnectionState state, const QString &reason, bool failed)
{
    m_presentation = ConnectionStatePresentation{state, reason, failed};
    const QString line = m_presentation.text();
    const int size = fontMetrics().height() * 3 / 4;
    m_icon->setPixmap(m_presentation.icon(size).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(line);
    setToolTip(line);
    setAccessibleName(tr("Connection status"));
    setAccessibleDescription(line);
}

QString ConnectionStatusWidget::text() const
{
    return m_text->text();
}

} // namespace Linnet
