#pragma once

#include "xml/Element.h"

#include <QString>

namespace Linnet {

// A SASL <failure/> (RFC 6120 §6.5): its condition and text, told in words.
struct SaslFailure
{
    QString conditionName; // e.g. "not-authorized"; empty if the server gave none
    QString text;

    static SaslFailure fromElement(const Element &failure);
    QString humanSentence() const;
};

} // namespace Linnet
