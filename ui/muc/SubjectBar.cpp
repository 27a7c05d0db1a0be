#include "SubjectBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Linnet {

SubjectBar::SubjectBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_edit(new QToolButton(this))
{
    setObjectName(u"subjectBar"_s);
    m_label->setObjectName(u"subjectLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setAccessibleName(tr("Room subject"));
    m_edit->setObjectName(u"changeSubjectButton"_s);
    m_edit->setText(tr("Change…"));
    m_edit->setAccessibleName(tr("Change the subject"));
    m_edit->setAutoRaise(true);
    m_edit->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_edit);
    connect(m_edit, &QToolButton::clicked, this, &SubjectBar::editRequested);
    refresh();
}

void SubjectBar::setSubject(const QString &subject, const QString &setBy)
{
    m_subject = subject;
    m_setBy = setBy;
    refresh();
}

void SubjectBar::setEditable(bool editable)
{
    m_edit->setVisible(editable);
}

void SubjectBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void SubjectBar::refresh()
{
    // One line: new lines in a subject become spaces, the rest is in the tooltip.
    const QString oneLine = m_subject.simplified();
    const QString shown = oneLine.isEmpty() ? tr("No subject") : oneLine;
    const int width = std::max(40, m_label->width());
    m_label->setText(m_label->fontMetrics().elidedText(shown, Qt::ElideRight, width));
    m_label->setEnabled(!oneLine.isEmpty());
    QString tip = m_subject;
    if (!m_setBy.isEmpty() && !m_subject.isEmpty())
        tip += u"\n\n"_s + tr("Set by %1").arg(m_setBy);
    m_label->setToolTip(tip);
    m_label->setAccessibleDescription(m_subject);
}

} // namespace Linnet
