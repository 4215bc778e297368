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

/** The same bundle in content format 2: ward kinds phuong/xa with a population, budgetTotal
    renamed budgetOriginal. Adds nothing else (no history, no playlist). */
QJsonObject formatTwo(QJsonObject formatOne);

/** A WebM file's first bytes (the EBML header Matroska and WebM begin with): enough for the
    bundle's type check, not a playable video. */
QByteArray webmHeader();

/** Writes root as folder/bundle.json and the SVG image images/pic.svg. Returns false on I/O error. */
bool write(const QString &folder, const QJsonObject &root);

/** A minimal valid SVG document. */
QByteArray svg();

}
