// SPDX-License-Identifier: GPL-3.0-or-later
#include "usbmedia.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace UsbMedia {

QStringList mountPointsUnder(const QString &root)
{
    QStringList out;
    const QFileInfoList entries = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries)
        out << e.absoluteFilePath();
    return out;
}

QStringList mountPoints()
{
    const QString overrideRoot = qEnvironmentVariable("CIVIC_KIOSK_USB_ROOT");
    if (!overrideRoot.isEmpty())
        return mountPointsUnder(overrideRoot);
    // Only what is really mounted there: an empty /media/<user> folder is not a stick.
    QStringList out;
    const QList<QStorageInfo> volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &v : volumes) {
        const QString path = v.rootPath();
        if (v.isValid() && v.isReady() && (path.startsWith(u"/media/") || path.startsWith(u"/run/media/")))
            out << path;
    }
    out.sort();
    return out;
}

QStringList bundleFolders(const QStringList &mountPoints)
{
    QStringList out;
    for (const QString &mount : mountPoints) {
        const QDir dir(mount);
        if (QFileInfo(dir.filePath(QStringLiteral("bundle.json"))).isFile())
            out << dir.absolutePath();
        const QFileInfoList subs = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &sub : subs)
            if (QFileInfo(QDir(sub.absoluteFilePath()).filePath(QStringLiteral("bundle.json"))).isFile())
                out << sub.absoluteFilePath();
    }
    out.sort();
    return out;
}

QString exportFileName(const QString &stamp)
{
    return QStringLiteral("cung-xay-hai-phong-records-%1.csv").arg(stamp);
}

}
