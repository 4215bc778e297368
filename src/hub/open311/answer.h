// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QXmlStreamWriter;

namespace Open311 {

/** One ordered tree of an Open311 answer, written as JSON or as XML, so both formats always
    carry the same content. An element is a scalar (string, number, bool or null), an object
    with ordered fields, or a list whose items are written in XML as elements named itemTag. */
class Node
{
public:
    static Node scalar(const QJsonValue &value);
    static Node object();
    static Node list(const QString &itemTag);

    Node &add(const QString &key, const QJsonValue &value) { return add(key, scalar(value)); }
    Node &add(const QString &key, const Node &child);
    Node &append(const Node &item);
    /** A scalar without a value (null or ""): an empty element in XML, as in the spec's
        examples, and no field at all in JSON. */
    bool isBlank() const;

    QJsonValue toJson() const;
    void writeXml(QXmlStreamWriter &w, const QString &tag) const;

private:
    enum Kind { Scalar, Object, List };
    Kind m_kind = Scalar;
    QJsonValue m_value;
    QString m_itemTag;
    QList<std::pair<QString, Node>> m_children;
};

/** The format a resource's extension asks for. */
enum class Format { Json, Xml };

/** The answer: the tree in the format, the root named rootTag in XML. */
HubReply reply(Format format, int status, const QString &rootTag, const Node &root);

/** The spec's error list; the HTTP status is the code of the first error. */
HubReply errors(Format format, int status, const QStringList &descriptions);
HubReply error(Format format, int status, const QString &description);

}
