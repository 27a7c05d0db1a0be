#include "ConversationWidget.h"

#include "Composer.h"
#include "ConversationView.h"
#include "MessageSearchPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

ConversationWidget::ConversationWidget(const QString &conversation, QWidget *parent)
    : QWidget(parent), m_conversation(conversation), m_title(conversation),
      m_search(new MessageSearchPanel(false, this)), m_view(new ConversationView(this)),
      m_typing(new QLabel(this)), m_correctionBar(new QWidget(this)),
      m_cancelCorrection(new QToolButton(m_correctionBar)), m_composer(new Composer(this)),
      m_layout(new QVBoxLayout(this))
{
    setObjectName(u"conversation_"_s + conversation);
    m_search->hide();
    m_search->setMaximumHeight(220);
    m_typing->setObjectName(u"typingLabel"_s);
    m_typing->setAccessibleName(tr("Typing indicator"));
    m_typing->setEnabled(false);
    // Keeps its line while empty, so the view does not jump when someone starts typing.
    m_typing->setMinimumHeight(m_typing->fontMetrics().height());

    m_correctionBar->setObjectName(u"correctionBar"_s);
    auto *correctionText =
        new QLabel(tr("Correcting your last message (Escape to cancel)"), m_correctionBar);
    QFont bold = correctionText->font();
    bold.setBold(true);
    correctionText->setFont(bold);
    m_cancelCorrection->setObjectName(u"cancelCorrectionButton"_s);
    m_cancelCorrection->setText(tr("Cancel"));
    m_cancelCorrection->setAccessibleName(tr("Cancel correction"));
    auto *correctionLayout = new QHBoxLayout(m_correctionBar);
    correctionLayout->setContentsMargins(0, 0, 0, 0);
    correctionLayout->addWidget(correctionText, 1);
    correctionLayout->addWidget(m_cancelCorrection);
    m_correctionBar->hide();

    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_search);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_typing);
    m_layout->addWidget(m_correctionBar);
    m_layout->addWidget(m_composer);
    setFocusProxy(m_composer);

    auto *find = new QAction(tr("Find in Conversation"), this);
    find->setObjectName(u"findInConversationAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &ConversationWidget::showSearch);

    connect(m_composer, &Composer::submitted, this, &ConversationWidget::submit);
    connect(m_composer, &Composer::lastMessageWanted, this, [this] {
        if (!m_correcting)
            Q_EMIT lastMessageWanted();
    });
    connect(m_composer, &Composer::escapePressed, this, &ConversationWidget::onEscape);
    connect(m_composer, &Composer::typed, this, &ConversationWidget::typed);
    connect(m_composer, &Composer::focusChanged, this, &ConversationWidget::composerFocusChanged);
    connect(m_cancelCorrection, &QToolButton::clicked, this, &ConversationWidget::cancelCorrection);
    connect(m_view, &ConversationView::retryRequested, this, &ConversationWidget::retryRequested);
    connect(m_view, &ConversationView::linkActivated, this, &ConversationWidget::linkActivated);
    connect(m_search, &MessageSearchPanel::searchRequested, this,
            &ConversationWidget::searchRequested);
    connect(m_search, &MessageSearchPanel::closeRequested, this, &ConversationWidget::hideSearch);
    connect(m_search, &MessageSearchPanel::resultActivated, this,
            [this](const QString &, qint64 rowId) { m_view->revealMessage(rowId); });
}

void ConversationWidget::addTopWidget(QWidget *widget)
{
    m_layout->insertWidget(m_topWidgets++, widget);
}

void ConversationWidget::setSidePanel(QWidget *panel)
{
    if (!m_splitter) {
        m_splitter = new QSplitter(Qt::Horizontal, this);
        m_splitter->setObjectName(u"conversationSplitter"_s);
        m_splitter->setChildrenCollapsible(false);
        const int at = m_layout->indexOf(m_view);
        m_layout->removeWidget(m_view);
        m_splitter->addWidget(m_view);
        m_layout->insertWidget(at, m_splitter, 1);
    }
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 160});
}

void ConversationWidget::setTitle(const QString &title)
{
    m_title = title;
    m_composer->setAccessibleDescription(tr("Message to %1").arg(title));
}

void ConversationWidget::setMessageModel(MessageModel *model)
{
    m_view->setMessageModel(model);
}

void ConversationWidget::setTypingText(const QString &sentence)
{
    m_typing->setText(sentence);
}

void ConversationWidget::beginCorrection(const QString &text)
{
    m_correcting = true;
    m_correctionBar->show();
    m_composer->setTextQuietly(text);
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ConversationWidget::cancelCorrection()
{
    if (!m_correcting)
        return;
    m_correcting = false;
    m_correctionBar->hide();
    m_composer->setTextQuietly(QString());
}

void ConversationWidget::submit(const QString &text)
{
    if (m_correcting) {
        m_correcting = false;
        m_correctionBar->hide();
        Q_EMIT correctionRequested(text);
    } else {
        Q_EMIT sendRequested(text);
    }
    m_composer->setTextQuietly(QString());
}

void ConversationWidget::onEscape()
{
    if (m_correcting)
        cancelCorrection();
    else if (m_search->isVisible())
        hideSearch();
}

void ConversationWidget::showSearch()
{
    m_search->show();
    m_search->focusSearch();
}

void ConversationWidget::hideSearch()
{
    m_search->hide();
    m_search->clear();
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ConversationWidget::focusComposer()
{
    m_composer->setFocus(Qt::OtherFocusReason);
}

} // namespace Linnet
