// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

/** USB sticks staff plug into the kiosk: where they are mounted, and the content bundles on
    them. Debian's desktop automounter mounts a stick at /media/<user>/<label> (udisks2) or
    /run/media/<user>/<label>; usbmount at /media/usb0. CIVIC_KIOSK_USB_ROOT replaces all of
    that with one folder whose subfolders count as sticks (tests, unusual mounts). */
namespace UsbMedia {

/** Every mounted stick, sorted: each is a folder that exists. */
QStringList mountPoints();
/** The sticks below `root` when CIVIC_KIOSK_USB_ROOT-style: its direct subfolders. */
QStringList mountPointsUnder(const QString &root);
/** Folders holding a bundle.json on these sticks: the stick itself and its direct
    subfolders (a bundle copied as one folder onto the stick), sorted. */
QStringList bundleFolders(const QStringList &mountPoints);
/** A file name for an export made at `stamp` ("yyyyMMdd-HHmm"), e.g.
    "cung-xay-hai-phong-records-20250301-0930.csv". */
QString exportFileName(const QString &stamp);

}
