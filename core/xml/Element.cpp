#include "xml/Element.h"

#include "xml/XmlChars.h"
#include "xml/namespaces.h"

#include <QSharedData>
#include <QXmlStreamWriter>
#include <algorithm>

namespace Linnet {

class Element::Data : public QSharedData
{
public:
    QString name;
    QString namespaceUri;
    QList<Attribute> attributes;
    QString text;
    QList<Element> children;
};

namespace {

const QList<Element::Attribute> &noAttributes()
{
    static const QList<Element::Attribute> empty;
    return empty;
}

const QList<Element> &noChildren()
{
    static const QList<Element> empty;
    return empty;
}

bool sameAttributes(const QList<Element::Attribute> &a, const QList<Element::Attribute> &b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.cbegin(), a.cend(), [&b](const Element::Attribute &x) {
        return std::any_of(b.cbegin(), b.cend(), [&x](const Element::Attribute &y) {
            return x.name == y.name && x.namespaceUri == y.namespaceUri && x.value == y.value;
        });
    });
}

} // namespace

Element::Element() = default;

Element::Element(const QString &name, const QString &namespaceUri) : d(new Data)
{
    d->name = name;
    d->namespaceUri = namespaceUri;
}

Element::Element(const QString &name, const QString &namespaceUri, QList<Attribute> attributes)
    : Element(name, namespaceUri)
{
    d->attributes = std::move(attributes);
}

Element::~Element() = default;
Element::Element(const Element &) = default;
Element &Element::operator=(const Element &) = default;
Element::Element(Element &&) noexcept = default;
Element &Element::operator=(Element &&) noexcept = default;

void Element::detach()
{
    if (!d)
        d = new Data;
    else
        d.detach();
}

bool Element::isNull() const
{
    return !d;
}

QString Element::name() const
{
    return d ? d->name : QString();
}

QString Element::namespaceUri() const
{
    return d ? d->namespaceUri : QString();
}

bool Element::is(QStringView name, QStringView namespaceUri) const
{
    return d && d->name == name && d->namespaceUri == namespaceUri;
}

QString Element::attribute(QStringView name) const
{
    return attribute(QStringView(), name);
}

bool Element::hasAttribute(QStringView name) const
{
    const auto &all = attributes();
    return std::any_of(all.cbegin(), all.cend(), [name](const Attribute &a) {
        return a.namespaceUri.isEmpty() && a.name == name;
    });
}

QString Element::attribute(QStringView namespaceUri, QStringView name) const
{
    for (const Attribute &a : attributes()) {
        if (a.name == name && a.namespaceUri == namespaceUri)
            return a.value;
    }
    return QString();
}

const QList<Element::Attribute> &Element::attributes() const
{
    return d ? d->attributes : noAttributes();
}

Element &Element::setAttribute(const QString &name, const QString &value)
{
    return setAttribute(QString(), name, value);
}

Element &Element::setAttribute(const QString &namespaceUri, const QString &name,
                               const QString &value)
{
    detach();
    for (Attribute &a : d->attributes) {
        if (a.name == name && a.namespaceUri == namespaceUri) {
            a.value = value;
            return *this;
        }
    }
    d->attributes.append(Attribute{namespaceUri, name, value});
    return *this;
}

Element &Element::removeAttribute(QStringView name)
{
    if (!hasAttribute(name))
        return *this;
    detach();
    d->attributes.removeIf(
        [name](const Attribute &a) { return a.namespaceUri.isEmpty() && a.name == name; });
    return *this;
}

QString Element::text() const
{
    return d ? d->text : QString();
}

Element &Element::setText(const QString &text)
{
    detach();
    d->text = text;
    return *this;
}

Element &Element::appendText(QStringView text)
{
    detach();
    if (d->text.isEmpty())
        d->text = text.toString(); // one exact allocation instead of a growable buffer
    else
        d->text.append(text);
    return *this;
}

const QList<Element> &Element::children() const
{
    return d ? d->children : noChildren();
}

Element Element::firstChild(QStringView name, QStringView namespaceUri) const
{
    for (const Element &child : children()) {
        if (child.is(name, namespaceUri))
            return child;
    }
    return Element();
}

Element Element::firstChildInNamespace(QStringView namespaceUri) const
{
    for (const Element &child : children()) {
        if (child.d->namespaceUri == namespaceUri)
            return child;
    }
    return Element();
}

QList<Element> Element::childrenNamed(QStringView name, QStringView namespaceUri) const
{
    QList<Element> found;
    for (const Element &child : children()) {
        if (child.is(name, namespaceUri))
            found.append(child);
    }
    return found;
}

QString Element::childText(QStringView name, QStringView namespaceUri) const
{
    for (const Element &child : children()) {
        if (child.is(name, namespaceUri))
            return child.d->text;
    }
    return QString();
}

Element &Element::appendChild(const Element &child)
{
    return appendChild(Element(child));
}

Element &Element::appendChild(Element &&child)
{
    if (child.isNull())
        return *this;
    detach();
    d->children.append(std::move(child));
    return *this;
}

Element &Element::addChild(const QString &name, const QString &namespaceUri)
{
    detach();
    d->children.append(Element(name, namespaceUri));
    return d->children.last();
}

void Element::removeChildren(QStringView name, QStringView namespaceUri)
{
    if (firstChild(name, namespaceUri).isNull())
        return;
    detach();
    d->children.removeIf([&](const Element &child) { return child.is(name, namespaceUri); });
}

void Element::write(QXmlStreamWriter &writer, QStringView parentNamespace) const
{
    if (!d)
        return;
    // Names go out unprefixed: the namespace is always declared as the default one, so the
    // output never depends on prefixes chosen by whoever built or parsed the element.
    writer.writeStartElement(d->name);
    // As an attribute, so the URI is escaped: writeDefaultNamespace() writes it as it is, and a
    // peer's namespace with a quote in it would otherwise inject markup into what we send.
    if (d->namespaceUri != parentNamespace)
        writer.writeAttribute(QStringLiteral("xmlns"), xmlSafe(d->namespaceUri));
    int prefixCount = 0;
    for (const Attribute &a : d->attributes) {
        if (a.namespaceUri.isEmpty()) {
            writer.writeAttribute(a.name, xmlSafe(a.value));
        } else if (a.namespaceUri == ns::Xml) {
            writer.writeAttribute(a.namespaceUri, a.name, xmlSafe(a.value));
        } else {
            // Declared here for the same reason: QXmlStreamWriter leaves the URI unescaped.
            const QString prefix = QStringLiteral("n") + QString::number(++prefixCount);
            writer.writeAttribute(QStringLiteral("xmlns:") + prefix, xmlSafe(a.namespaceUri));
            writer.writeAttribute(prefix + u':' + a.name, xmlSafe(a.value));
        }
    }
    if (!d->text.isEmpty())
        writer.writeCharacters(xmlSafe(d->text));
    for (const Element &child : d->children)
        child.write(writer, d->namespaceUri);
    writer.writeEndElement();
}

QString Element::toXml(QStringView parentNamespace) const
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    write(writer, parentNamespace);
    return xml;
}

bool Element::operator==(const Element &other) const
{
    if (d == other.d)
        return true;
    if (!d || !other.d)
        return false;
    return d->name == other.d->name && d->namespaceUri == other.d->namespaceUri &&
           d->text == other.d->text && sameAttributes(d->attributes, other.d->attributes) &&
           d->children == other.d->children;
}

} // namespace Linnet
