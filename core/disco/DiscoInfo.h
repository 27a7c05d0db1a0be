#pragma once

#include "disco/DataForm.h"
#include "xml/Element.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Linnet {

// XEP-0030 identity: what kind of entity answers, e.g. client/pc "Linnet".
struct DiscoIdentity
{
    QString category;
    QString type;
    QString lang; // xml:lang, or empty
    QString name;
    friend bool operator==(const DiscoIdentity &, const DiscoIdentity &) = default;
};

// The payload of a disco#info result (XEP-0030 §3.1) with its XEP-0128 extended forms.
// Lists keep what was received, duplicates included, so caps verification can reject them.
struct DiscoInfo
{
    QString node;
    QList<DiscoIdentity> identities;
    QStringList features;
    QList<DataForm> forms;

    // Reads <query xmlns='http://jabber.org/protocol/disco#info'/>.
    static DiscoInfo fromElement(const Element &query);
    Element toElement() const;

    bool hasFeature(QStringView feature) const { return features.contains(feature); }
    // The name of the first client identity (preferring one without xml:lang), or of the first
    // identity; empty when none has a name.
    QString clientName() const;

    friend bool operator==(const DiscoInfo &, const DiscoInfo &) = default;
};

} // namespace Linnet
