// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311schema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

namespace Open311Schema {

namespace {

enum class Kind { String, Integer, Number, Boolean, DateTime, Uri, List };

struct Shape;

/** One field of an object: its JSON type, whether it must be there, and its limits. */
struct Field
{
    QString name;
    Kind kind = Kind::String;
    bool required = false;
    QStringList allowed;  // an enumeration, when not empty
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    qsizetype maxChars = 0;     // 0: no limit
    QString itemTag;            // List: the XML name of each item
    const Shape *items = nullptr;  // List: the shape of each item

    Field &oneOf(const QStringList &values) { allowed = values; return *this; }
    Field &range(double lo, double hi) { min = lo; max = hi; return *this; }
    Field &chars(qsizetype n) { maxChars = n; return *this; }
};

struct Shape
{
    QList<Field> fields;
};

Field req(const char *name, Kind kind)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.kind = kind;
    f.required = true;
    return f;
}

Field opt(const char *name, Kind kind)
{
    Field f = req(name, kind);
    f.required = false;
    return f;
}

Field list(const char *name, bool required, const char *itemTag, const Shape *items)
{
    Field f = req(name, Kind::List);
    f.required = required;
    f.itemTag = QString::fromLatin1(itemTag);
    f.items = items;
    return f;
}

// schema/georeport-v2/service.json
const Shape Service{{
        req("service_code", Kind::String),
        req("service_name", Kind::String),
        opt("description", Kind::String),
        req("metadata", Kind::Boolean),
        req("type", Kind::String).oneOf({QStringLiteral("realtime"), QStringLiteral("batch"), QStringLiteral("blackbox")}),
        opt("keywords", Kind::String),
        opt("group", Kind::String),
}};

// schema/georeport-v2/service-definition.json
const Shape Value{{req("key", Kind::String), req("name", Kind::String)}};
const Shape Attribute{{
        req("variable", Kind::Boolean),
        req("code", Kind::String),
        req("datatype", Kind::String)
                .oneOf({QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("datetime"), QStringLiteral("text"),
                        QStringLiteral("singlevaluelist"), QStringLiteral("multivaluelist")}),
        req("required", Kind::Boolean),
        opt("datatype_description", Kind::String),
        // The spec: "any positive integer".
        opt("order", Kind::Integer).range(1, std::numeric_limits<double>::infinity()),
        opt("description", Kind::String),
        list("values", false, "value", &Value),
}};
const Shape Definition{{req("service_code", Kind::String), list("attributes", true, "attribute", &Attribute)}};

// schema/georeport-v2/request.json
const Shape Request{{
        req("service_request_id", Kind::String),
        req("status", Kind::String).oneOf({QStringLiteral("open"), QStringLiteral("closed")}),
        opt("status_notes", Kind::String),
        opt("service_name", Kind::String),
        req("service_code", Kind::String),
        opt("description", Kind::String).chars(4000),
        opt("agency_responsible", Kind::String),
        opt("service_notice", Kind::String),
        req("requested_datetime", Kind::DateTime),
        opt("updated_datetime", Kind::DateTime),
        opt("expected_datetime", Kind::DateTime),
        opt("address", Kind::String),
        opt("address_id", Kind::String),
        opt("zipcode", Kind::String),
        opt("lat", Kind::Number).range(-90, 90),
        opt("long", Kind::Number).range(-180, 180),
        opt("media_url", Kind::Uri),
}};

// The spec's POST response (swagger.json, RequestResponse). Every service here is "realtime",
// which the spec defines as returning the service_request_id at once.
const Shape Created{{
        req("service_request_id", Kind::String),
        opt("token", Kind::String),
        opt("service_notice", Kind::String),
        opt("account_id", Kind::String),
}};

// The spec's "Errors" section.
const Shape Error{{req("code", Kind::Integer), req("description", Kind::String)}};

/** The root of each answer: a list (with its XML root and item names) or one object. */
struct Root
{
    QString tag;
    QString itemTag;  // empty: the root is one object
    const Shape *shape;
};

Root rootOf(Resource r)
{
    switch (r) {
    case Resource::Services: return {QStringLiteral("services"), QStringLiteral("service"), &Service};
    case Resource::ServiceDefinition: return {QStringLiteral("service_definition"), QString(), &Definition};
    case Resource::Requests: return {QStringLiteral("service_requests"), QStringLiteral("request"), &Request};
    case Resource::Created: return {QStringLiteral("service_requests"), QStringLiteral("request"), &Created};
    case Resource::Errors: return {QStringLiteral("errors"), QStringLiteral("error"), &Error};
    }
    return {};
}

const Field *fieldNamed(const Shape &shape, QStringView name)
{
    for (const Field &f : shape.fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

/** What is wrong with a field's value written as text (a JSON string, or any XML leaf). */
QString textProblem(const Field &f, const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("is empty");
    switch (f.kind) {
    case Kind::DateTime:
        return isDateTime(text) ? QString() : QStringLiteral("“%1” is not a W3C date-time with a zone").arg(text);
    case Kind::Uri:
        return isAbsoluteHttpUrl(text) ? QString() : QStringLiteral("“%1” is not an absolute http(s) URL").arg(text);
    case Kind::Boolean:
        return text == u"true" || text == u"false" ? QString() : QStringLiteral("“%1” is not true or false").arg(text);
    case Kind::Integer:
    case Kind::Number: {
        static const QRegularExpression integer(QStringLiteral("^-?(?:0|[1-9]\\d*)$"));
        static const QRegularExpression number(QStringLiteral("^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?$"));
        if (!(f.kind == Kind::Integer ? integer : number).match(text).hasMatch())
            return QStringLiteral("“%1” is not %2").arg(text, f.kind == Kind::Integer ? QStringLiteral("an integer") : QStringLiteral("a number"));
        const double v = text.toDouble();
        if (v < f.min || v > f.max)
            return QStringLiteral("%1 is outside [%2, %3]").arg(text).arg(f.min).arg(f.max);
        return {};
    }
    case Kind::String:
        if (!f.allowed.isEmpty() && !f.allowed.contains(text))
            return QStringLiteral("“%1” is not one of %2").arg(text, f.allowed.join(u", "));
        if (f.maxChars > 0 && text.toUcs4().size() > f.maxChars)
            return QStringLiteral("has %1 characters, more than %2").arg(text.toUcs4().size()).arg(f.maxChars);
        return {};
    case Kind::List:
        return QStringLiteral("should be a list");
    }
    return {};
}

void checkObject(const QJsonValue &v, const Shape &shape, const QString &where, QStringList &problems);

void checkValue(const Field &f, const QJsonValue &v, const QString &where, QStringList &problems)
{
    const QString at = where + u'.' + f.name;
    if (v.isNull()) {
        problems << at + QStringLiteral(": null; a field without a value is left out");
        return;
    }
    QString problem;
    switch (f.kind) {
    case Kind::String:
    case Kind::DateTime:
    case Kind::Uri:
        problem = v.isString() ? textProblem(f, v.toString()) : QStringLiteral("is not a string");
        break;
    case Kind::Boolean:
        problem = v.isBool() ? QString() : QStringLiteral("is not a boolean");
        break;
    case Kind::Integer:
    case Kind::Number:
        if (!v.isDouble())
            problem = QStringLiteral("is not a number");
        else if (f.kind == Kind::Integer && v.toDouble() != std::floor(v.toDouble()))
            problem = QStringLiteral("is not an integer");
        else if (v.toDouble() < f.min || v.toDouble() > f.max)
            problem = QStringLiteral("%1 is outside [%2, %3]").arg(v.toDouble()).arg(f.min).arg(f.max);
        break;
    case Kind::List: {
        if (!v.isArray()) {
            problem = QStringLiteral("is not an array");
            break;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            checkObject(items.at(i), *f.items, QStringLiteral("%1[%2]").arg(at).arg(i), problems);
        break;
    }
    }
    if (!problem.isEmpty())
        problems << at + QStringLiteral(": ") + problem;
}

void checkObject(const QJsonValue &v, const Shape &shape, const QString &where, QStringList &problems)
{
    if (!v.isObject()) {
        problems << where + QStringLiteral(": not an object");
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!fieldNamed(shape, it.key()))
            problems << where + QStringLiteral(": unknown field “%1”").arg(it.key());
    for (const Field &f : shape.fields) {
        if (o.contains(f.name))
            checkValue(f, o.value(f.name), where, problems);
        else if (f.required)
            problems << where + QStringLiteral(".%1: required, missing").arg(f.name);
    }
}

/** Reads the element the reader stands on, checking it against shape. */
void checkXmlObject(QXmlStreamReader &r, const Shape &shape, const QString &where, QStringList &problems);

void checkXmlList(QXmlStreamReader &r, const QString &itemTag, const Shape &items, const QString &where, QStringList &problems)
{
    int i = 0;
    while (r.readNextStartElement()) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i++);
        if (r.name() != itemTag) {
            problems << at + QStringLiteral(": element <%1>, expected <%2>").arg(r.name().toString(), itemTag);
            r.skipCurrentElement();
            continue;
        }
        checkXmlObject(r, items, at, problems);
    }
}

void checkXmlObject(QXmlStreamReader &r, const Shape &shape, const QString &where, QStringList &problems)
{
    if (!r.attributes().isEmpty())
        problems << where + QStringLiteral(": attributes on <%1>").arg(r.name().toString());
    QStringList seen;
    while (r.readNextStartElement()) {
        const QString name = r.name().toString();
        const QString at = where + u'.' + name;
        if (!r.namespaceUri().isEmpty() || !r.attributes().isEmpty())
            problems << at + QStringLiteral(": a namespace or attributes");
        if (seen.contains(name))
            problems << at + QStringLiteral(": twice");
        seen << name;
        const Field *f = fieldNamed(shape, name);
        if (!f) {
            problems << at + QStringLiteral(": unknown element");
            r.skipCurrentElement();
            continue;
        }
        if (f->kind == Kind::List) {
            checkXmlList(r, f->itemTag, *f->items, at, problems);
            continue;
        }
        const QString text = r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (text.isEmpty()) {
            if (f->required)
                problems << at + QStringLiteral(": required, empty");
        } else if (const QString problem = textProblem(*f, text); !problem.isEmpty()) {
            problems << at + QStringLiteral(": ") + problem;
        }
    }
    for (const Field &f : shape.fields)
        if (f.required && !seen.contains(f.name))
            problems << where + QStringLiteral(".%1: required, missing").arg(f.name);
}

}

bool isDateTime(const QString &text)
{
    // The W3C note's "complete date plus hours, minutes and seconds" (optionally a decimal
    // fraction), which is also RFC 3339's date-time, the JSON Schema format.
    static const QRegularExpression w3c(
            QStringLiteral("^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?"
                           "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"));
    if (!w3c.match(text).hasMatch())
        return false;
    // And a real day (no 31 November).
    return QDate::fromString(text.left(10), Qt::ISODate).isValid();
}

bool isAbsoluteHttpUrl(const QString &text)
{
    static const QRegularExpression absolute(QStringLiteral("^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$"));
    const QUrl url(text, QUrl::StrictMode);
    return absolute.match(text).hasMatch() && url.isValid() && !url.host().isEmpty();
}

QStringList checkJson(Resource resource, const QJsonValue &answer, int httpStatus)
{
    const Root root = rootOf(resource);
    QStringList problems;
    if (root.itemTag.isEmpty()) {
        checkObject(answer, *root.shape, root.tag, problems);
        return problems;
    }
    if (!answer.isArray())
        return {root.tag + QStringLiteral(": not an array")};
    const QJsonArray items = answer.toArray();
    if (resource == Resource::Errors && items.isEmpty())
        problems << root.tag + QStringLiteral(": an error answer lists no error");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(root.tag).arg(i);
        checkObject(items.at(i), *root.shape, where, problems);
        if (resource == Resource::Errors && httpStatus != 0 && items.at(i).toObject().value(QStringLiteral("code")).toInt() != httpStatus)
            problems << where + QStringLiteral(".code: not the HTTP status %1").arg(httpStatus);
    }
    return problems;
}

QStringList checkJsonBody(Resource resource, const QByteArray &body, int httpStatus)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {QStringLiteral("not JSON: ") + error.errorString()};
    return checkJson(resource, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), httpStatus);
}

QStringList checkXml(Resource resource, const QByteArray &body, int httpStatus)
{
    const Root root = rootOf(resource);
    QStringList problems;
    if (!body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        problems << QStringLiteral("no XML declaration with encoding=\"UTF-8\" first");
    QXmlStreamReader r(body);
    if (!r.readNextStartElement())
        return problems << QStringLiteral("no root element: ") + r.errorString();
    if (r.name() != root.tag)
        return problems << QStringLiteral("root <%1>, expected <%2>").arg(r.name().toString(), root.tag);
    if (root.itemTag.isEmpty())
        checkXmlObject(r, *root.shape, root.tag, problems);
    else
        checkXmlList(r, root.itemTag, *root.shape, root.tag, problems);
    // Nothing may follow the root but whitespace and comments.
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            problems << QStringLiteral("a second root element <%1>").arg(r.name().toString());
    }
    if (r.hasError())
        problems << QStringLiteral("not well-formed: %1 (line %2)").arg(r.errorString()).arg(r.lineNumber());
    if (resource == Resource::Errors && httpStatus != 0) {
        static const QRegularExpression code(QStringLiteral("<code>(\\d+)</code>"));
        auto it = code.globalMatch(QString::fromUtf8(body));
        int codes = 0;
        while (it.hasNext()) {
            ++codes;
            if (it.next().captured(1).toInt() != httpStatus)
                problems << QStringLiteral("errors: a code is not the HTTP status %1").arg(httpStatus);
        }
        if (codes == 0)
            problems << QStringLiteral("errors: an error answer lists no error");
    }
    return problems;
}

}
