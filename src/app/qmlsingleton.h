// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJSEngine>
#include <QPointer>

class QQmlEngine;

/** The one instance of a QML_SINGLETON type that main() (or a test) built: QML's engine calls
    T::create() and gets that object, owned by C++, never a second one. */
template<typename T>
class QmlSingleton
{
public:
    static void setInstance(T *instance) { s_instance = instance; }
    static T *instance() { return s_instance; }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<T> s_instance;
};
