#pragma once

#include "disco/DiscoInfo.h"
#include "im/Presence.h"
#include "stream/IqRouter.h"

#include <QObject>
#include <QPointer>

namespace Linnet {

class XmppStream;

// Answers XEP-0030 disco#info about this client, for the plain JID and for the XEP-0115 caps
// node "<caps node>#<ver>", and computes the caps we announce. Managers register the features
// they really implement with addFeature(); disco#info and caps are there from the start.
class DiscoResponder : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView DefaultCapsNode = u"https://linnet.im";

    explicit DiscoResponder(XmppStream *stream, QObject *parent = nullptr);
    ~DiscoResponder() override;

    void setIdentity(const DiscoIdentity &identity); // default client/pc "Linnet"
    void setCapsNode(const QString &node);
    void addFeature(const QString &feature);
    void removeFeature(const QString &feature);
    // A XEP-0128 form (with a hidden FORM_TYPE) added to our disco#info and our ver.
    void setExtendedForm(const DataForm &form);

    // What we answer, features sorted.
    DiscoInfo info() const;
    // Our <c/>: the caps node, our ver, sha-1.
    CapsInfo caps() const;

Q_SIGNALS:
    // Our ver changed; the presence manager should take the new caps (setOwnCaps).
    void capsChanged(const Linnet::CapsInfo &caps);

private:
    IqAnswer answer(const Element &iq) const;
    void changed(const CapsInfo &before);

    QPointer<XmppStream> m_stream;
    DiscoIdentity m_identity;
    QString m_capsNode;
    QStringList m_features;
    QList<DataForm> m_forms;
};

} // namespace Linnet
