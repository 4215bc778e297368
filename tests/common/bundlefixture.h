// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QString>

/** Content bundles made by tests and benchmarks, so no large fixture is committed. */
namespace BundleFixture {

/** A small valid bundle: two wards, three works with known names, one SVG image. */
QJsonObject small();

/** A valid bundle of `works` works over 30 wards, with Vietnamese names built from real
    street, place and work words (deterministic for a given count). No images. */
QJsonObject synthetic(int works);

/** Writes root as folder/bundle.json and the SVG image images/pic.svg. Returns false on I/O error. */
bool write(const QString &folder, const QJsonObject &root);

/** A minimal valid SVG document. */
QByteArray svg();

}
