#include "stream/SaslFailure.h"

#include "xml/namespaces.h"

#include <QCoreApplication>

namespace Linnet {

SaslFailure SaslFailure::fromElement(const Element &failure)
{
    SaslFailure result;
    for (const Element &child : failure.children()) {
        if (child.namespaceUri() != ns::Sasl)
            continue;
        if (child.name() == u"text")
            result.text = child.text();
        else if (result.conditionName.isEmpty())
            result.conditionName = child.name();
    }
    return result;
}

QString SaslFailure::humanSentence() const
{
    QString sentence;
    if (conditionName == u"not-authorized")
        sentence = QCoreApplication::translate(
            "Linnet", "The server did not accept the user name or password.");
    else if (conditionName == u"account-disabled")
        sentence = QCoreApplication::translate("Linnet", "This account is disabled on the server.");
    else if (conditionName == u"credentials-expired")
        sentence = QCoreApplication::translate(
            "Linnet", "The password has expired; change it with your provider.");
    else if (conditionName == u"encryption-required")
        sentence = QCoreApplication::translate(
            "Linnet", "The server requires encryption for this way of signing in.");
    else if (conditionName == u"mechanism-too-weak")
        sentence = QCoreApplication::translate(
            "Linnet", "The server considers this way of signing in too weak.");
    else if (conditionName == u"temporary-auth-failure")
        sentence = QCoreApplication::translate(
            "Linnet", "The server could not check the password just now; try again later.");
    else if (conditionName == u"invalid-mechanism")
        sentence = QCoreApplication::translate(
            "Linnet", "The server does not support the chosen way of signing in.");
    else if (conditionName == u"aborted")
        sentence = QCoreApplication::translate("Linnet", "Signing in was cancelled.");
    else
        sentence = QCoreApplication::translate("Linnet", "The server refused the sign-in (%1).")
                       .arg(conditionName.isEmpty()
                                ? QCoreApplication::translate("Linnet", "no reason given")
                                : conditionName);
    if (!text.isEmpty())
        sentence += u' ' + QCoreApplication::translate("Linnet", "The server said: “%1”").arg(text);
    return sentence;
}

} // namespace Linnet
