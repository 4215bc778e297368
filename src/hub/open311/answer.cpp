// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/answer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QXmlStreamWriter>

namespace Open311 {

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray XmlType = QByteArrayLiteral("text/xml; charset=utf-8");

/** How a scalar reads as XML text: numbers in their shortest exact form, as in JSON. */
QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return v.toString();
    default: return {};
    }
}

}

Node Node::scalar(const QJsonValue &value)
{
    Node n;
    n.m_value = value;
    return n;
}

Node Node::object()
{
    Node n;
    n.m_kind = Object;
    return n;
}

Node Node::list(const QString &itemTag)
{
    Node n;
    n.m_kind = List;
    n.m_itemTag = itemTag;
    return n;
}

Node &Node::add(const QString &key, const Node &child)
{
    m_children.append({key, child});
    return *this;
}

Node &Node::append(const Node &item)
{
    m_children.append({m_itemTag, item});
    return *this;
}

bool Node::isBlank() const
{
    return m_kind == Scalar
           && (m_value.isNull() || m_value.isUndefined() || (m_value.isString() && m_value.toString().isEmpty()));
}

QJsonValue Node::toJson() const
{
    switch (m_kind) {
    case Scalar:
        return m_value;
    case Object: {
        // A field without a value is left out of JSON: the Open311 schemas type optional
        // fields as a string in its format (date-time, uri) or a number, so "" fails them,
        // and leaving out rather than null keeps every field that is present of one type.
        QJsonObject o;
        for (const auto &[key, child] : m_children)
            if (!child.isBlank())
                o.insert(key, child.toJson());
        return o;
    }
    case List: {
        QJsonArray a;
        for (const auto &child : m_children)
            a.append(child.second.toJson());
        return a;
    }
    }
    return {};
}

void Node::writeXml(QXmlStreamWriter &w, const QString &tag) const
{
    if (m_kind == Scalar) {
        const QString text = scalarText(m_value);
        if (text.isEmpty())
            w.writeEmptyElement(tag);
        else
            w.writeTextElement(tag, text);
        return;
    }
    w.writeStartElement(tag);
    for (const auto &[key, child] : m_children)
        child.writeXml(w, key);
    w.writeEndElement();
}

HubReply reply(Format format, int status, const QString &rootTag, const Node &root)
{
    if (format == Format::Json) {
        const QJsonValue v = root.toJson();
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return {status, JsonType, doc.toJson(QJsonDocument::Compact)};
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    root.writeXml(w, rootTag);
    w.writeEndDocument();
    return {status, XmlType, out};
}

HubReply errors(Format format, int status, const QStringList &descriptions)
{
    Node list = Node::list(QStringLiteral("error"));
    for (const QString &d : descriptions)
        list.append(Node::object().add(QStringLiteral("code"), status).add(QStringLiteral("description"), d));
    return reply(format, status, QStringLiteral("errors"), list);
}

HubReply error(Format format, int status, const QString &description)
{
    return errors(format, status, {description});
}

}
