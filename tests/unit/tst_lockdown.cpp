// SPDX-License-Identifier: GPL-3.0-or-later
// Lockdown: the keys that could close or leave the kiosk window never reach it, typing does,
// and a close request leaves the window in place until staff allow quitting.
#include "lockdown.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

namespace {

/** A window that remembers the keys it got and whether it was asked to close. */
class RecordingWindow : public QWindow
{
public:
    QList<QKeyCombination> keys;
    int closes = 0;

protected:
    void keyPressEvent(QKeyEvent *e) override { keys.append(e->keyCombination()); }
    void closeEvent(QCloseEvent *e) override
    {
        ++closes;
        QWindow::closeEvent(e);
    }
};

/** A key press and release sent the way the platform delivers them: through the
    application, so its event filters see them first. */
void click(QWindow *window, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(window, &release);
}

}

class tst_Lockdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closingKeysAreSwallowed_data();
    void closingKeysAreSwallowed();
    void typingPasses_data();
    void typingPasses();
    void closeIsRefusedUntilAllowed();

private:
    RecordingWindow m_window;
    Lockdown m_lockdown;
};

void tst_Lockdown::initTestCase()
{
    m_window.resize(400, 300);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    m_lockdown.engage();
    QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
}

void tst_Lockdown::closingKeysAreSwallowed_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
    QTest::newRow("Alt+Tab") << int(Qt::Key_Tab) << int(Qt::AltModifier);
    QTest::newRow("Ctrl+Alt+Backspace") << int(Qt::Key_Backspace) << int(Qt::ControlModifier | Qt::AltModifier);
    QTest::newRow("Ctrl+Alt+F2") << int(Qt::Key_F2) << int(Qt::ControlModifier | Qt::AltModifier);
    QTest::newRow("Esc") << int(Qt::Key_Escape) << 0;
    QTest::newRow("F11") << int(Qt::Key_F11) << 0;
    QTest::newRow("F1") << int(Qt::Key_F1) << 0;
    QTest::newRow("Super") << int(Qt::Key_Super_L) << int(Qt::MetaModifier);
    QTest::newRow("Super+D") << int(Qt::Key_D) << int(Qt::MetaModifier);
    QTest::newRow("Menu") << int(Qt::Key_Menu) << 0;
    QTest::newRow("Ctrl+Z (undo brings back text)") << int(Qt::Key_Z) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Shift+Esc") << int(Qt::Key_Escape) << int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Power") << int(Qt::Key_PowerOff) << 0;
}

void tst_Lockdown::closingKeysAreSwallowed()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    m_window.keys.clear();
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    click(&m_window, key, Qt::KeyboardModifiers(modifiers));
    QCoreApplication::processEvents();
    QVERIFY(m_window.keys.isEmpty());
    QVERIFY(m_window.isVisible());
    QCOMPARE(quitting.count(), 0);
}

void tst_Lockdown::typingPasses_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("a") << int(Qt::Key_A) << 0;
    QTest::newRow("A") << int(Qt::Key_A) << int(Qt::ShiftModifier);
    QTest::newRow("5") << int(Qt::Key_5) << 0;
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << 0;
    QTest::newRow("Enter") << int(Qt::Key_Return) << 0;
    QTest::newRow("Left") << int(Qt::Key_Left) << 0;
    QTest::newRow("Space") << int(Qt::Key_Space) << 0;
}

void tst_Lockdown::typingPasses()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    m_window.keys.clear();
    click(&m_window, key, Qt::KeyboardModifiers(modifiers));
    QCOMPARE(m_window.keys.size(), 1);
    QCOMPARE(m_window.keys.constFirst().key(), Qt::Key(key));
}

void tst_Lockdown::closeIsRefusedUntilAllowed()
{
    QVERIFY(!m_window.close());
    QVERIFY(m_window.isVisible());
    QCOMPARE(m_window.closes, 0);
    m_lockdown.setQuitAllowed(true);  // staff, after their PIN
    QVERIFY(m_window.close());
    QVERIFY(!m_window.isVisible());
}

QTEST_MAIN(tst_Lockdown)
#include "tst_lockdown.moc"
