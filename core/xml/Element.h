#pragma once

#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QString>
#include <QStringView>

class QXmlStreamWriter;

namespace Linnet {

// One XML element with its attributes, text and child elements: the tree of a stanza.
// Copies are cheap (shared data, copy on write). Names are local names; every element
// knows its namespace URI, so prefixes never leak out of the parser.
// Mixed content keeps the concatenated text of the element and its child elements in order;
// XMPP stanzas do not rely on interleaving text and children.
class Element
{
public:
    struct Attribute
    {
        QString namespaceUri; // empty for unqualified attributes
        QString name;         // local name
        QString value;
    };

    Element(); // a null element
    Element(const QString &name, const QString &namespaceUri);
    // Attributes as they are, for parsers: no two may share namespace and name.
    Element(const QString &name, const QString &namespaceUri, QList<Attribute> attributes);
    ~Element();
    Element(const Element &);
    Element &operator=(const Element &);
    Element(Element &&) noexcept;
    Element &operator=(Element &&) noexcept;

    bool isNull() const;
    explicit operator bool() const { return !isNull(); }

    QString name() const;
    QString namespaceUri() const;
    bool is(QStringView name, QStringView namespaceUri) const;

    // Unqualified attribute, or empty string.
    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    // Namespace-qualified attribute, e.g. attribute(ns::Xml, u"lang").
    QString attribute(QStringView namespaceUri, QStringView name) const;
    const QList<Attribute> &attributes() const;
    Element &setAttribute(const QString &name, const QString &value);
    Element &setAttribute(const QString &namespaceUri, const QString &name, const QString &value);
    Element &removeAttribute(QStringView name);

    QString text() const;
    Element &setText(const QString &text);
    Element &appendText(QStringView text);

    const QList<Element> &children() const;
    // The first child with this name and namespace, or a null element.
    Element firstChild(QStringView name, QStringView namespaceUri) const;
    // The first child in this namespace whatever its name, or a null element.
    Element firstChildInNamespace(QStringView namespaceUri) const;
    QList<Element> childrenNamed(QStringView name, QStringView namespaceUri) const;
    // Text of the first matching child, or empty.
    QString childText(QStringView name, QStringView namespaceUri) const;
    Element &appendChild(const Element &child);
    Element &appendChild(Element &&child);
    // Appends a new child and returns a reference to it for filling in. The reference is valid
    // until this element's children change again.
    Element &addChild(const QString &name, const QString &namespaceUri);
    void removeChildren(QStringView name, QStringView namespaceUri);

    // Writes this element with QXmlStreamWriter; a child in its parent's namespace gets no
    // xmlns attribute, a child in another namespace declares it as the default namespace.
    // parentNamespace is the namespace in scope where this element is written. Characters that
    // XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF) are written as U+FFFD.
    void write(QXmlStreamWriter &writer, QStringView parentNamespace = {}) const;
    // Serialised form as it would appear where parentNamespace is the default namespace; pass
    // ns::Client for the form inside a jabber:client stream.
    QString toXml(QStringView parentNamespace = {}) const;

    // Deep structural equality (names, namespaces, attributes as a set, text, children).
    bool operator==(const Element &other) const;
    bool operator!=(const Element &other) const { return !(*this == other); }

private:
    class Data;
    QExplicitlySharedDataPointer<Data> d;
    void detach();
};

} // namespace Linnet
