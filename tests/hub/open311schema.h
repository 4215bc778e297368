// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

/** Field-by-field checks of Open311 GeoReport v2 answers, after the Open311 project's JSON
    schemas (open311/schema-validation, its schema/georeport-v2 JSON files) and the spec's tables
    (wiki.open311.org/GeoReport_v2). Types, required fields and enumerations are the schemas';
    the formats they name are spelled out here, since a validator that skips formats passes
    anything: date-time is the spec's W3C profile with seconds and a zone (Z or ±hh:mm), uri an
    absolute http(s) URL. Stricter than the schemas where this hub promises more: a field without
    a value is left out, never null or "". Every check returns its problems, empty when the
    answer conforms. */
namespace Open311Schema {

enum class Resource {
    Services,           // GET services
    ServiceDefinition,  // GET services/<code>
    Requests,           // GET requests, GET requests/<id>
    Created,            // POST requests
    Errors,             // any error
};

/** A JSON answer (already parsed). For Errors, httpStatus is the status every code must equal. */
QStringList checkJson(Resource resource, const QJsonValue &answer, int httpStatus = 0);

/** The JSON bytes as sent: parsed, then checked as above. */
QStringList checkJsonBody(Resource resource, const QByteArray &body, int httpStatus = 0);

/** An XML answer as sent: the UTF-8 declaration, well-formed, no attributes or namespaces, the
    root and every element named as the spec names them, and each leaf's text, when there is
    one, in its field's type and format. Empty elements are allowed, as in the spec's examples,
    except for required fields. */
QStringList checkXml(Resource resource, const QByteArray &body, int httpStatus = 0);

bool isDateTime(const QString &text);
bool isAbsoluteHttpUrl(const QString &text);

}
