// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences › Calendar server and the password's keyring. Registered twice: once in a D-Bus
// session of its own with GNOME Keyring unlocked (tests/support/with-keyring.sh), once with no
// session bus at all, each running the functions that fit it.
#include "calendar/caldavpublisher.h"
#include "calendar/passwordkeyring.h"
#include "calendarpublishing.h"
#include "calendarservergroup.h"
#include "desktoplauncher.h"
#include "edit/store.h"
#include "edit/verbs.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "support/radicale.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Mentorbook;

namespace {
const QString Address
    = QStringLiteral("https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/");
const QString Secret = QStringLiteral("s3cret-Pa55word");

/** The settings file's text, as any program could read it. */
QByteArray settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void type(QDialog &dialog, const char *name, const QString &text)
{
    auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(field, name);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}
} // namespace

class TestCalendarServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    // Without a keyring (no session bus).
    void shouldSayThereIsNoKeyringAndKeepThePasswordNowhere();
    void shouldRefuseAnAddressThatIsNoCalendar_data();
    void shouldRefuseAnAddressThatIsNoCalendar();
    void shouldKeepTheAddressAndUserWithoutAPassword();

    // With GNOME Keyring unlocked on the session bus.
    void shouldKeepThePasswordInTheKeyringOnly();
    void shouldPublishChangesAndRetryAfterAFailure();
};

void TestCalendarServer::shouldSayThereIsNoKeyringAndKeepThePasswordNowhere()
{
    // GIVEN Preferences WHEN a calendar, a user and a password are typed and OK pressed
    PreferencesDialog dialog(QStringLiteral("/tmp/mentorbook-test.sqlite"));
    dialog.show();
    type(dialog, "calendarCollection", Address);
    type(dialog, "calendarUser", QStringLiteral("alex"));
    type(dialog, "calendarPassword", Secret);
    auto *group = dialog.findChild<CalendarServerGroup *>(QStringLiteral("calendarServer"));
    QVERIFY(group);
    QSignalSpy refused(group, &CalendarServerGroup::passwordRefused);
    dialog.accept();

    // THEN the dialog says there is no keyring and stays open, the password kept nowhere
    QVERIFY(refused.wait(20000));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("calendarServerProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("No keyring is available on this desktop")),
             qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("does not keep it anywhere else")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QByteArray settings = settingsText();
    QVERIFY2(settings.contains("cloud.example.org"), settings.constData());
    QVERIFY(!settings.contains(Secret.toUtf8()));
    QVERIFY(!settings.contains(Secret.toUtf8().toBase64()));

    // AND reading says the same
    PasswordKeyring keyring;
    QSignalSpy failed(&keyring, &PasswordKeyring::failed);
    keyring.read(PasswordKeyring::entryFor(CalDavPublisher::serverKey(QUrl(Address)),
                                           QStringLiteral("alex")));
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.constFirst().at(1).toString().startsWith(QStringLiteral("No keyring")));
}

void TestCalendarServer::shouldRefuseAnAddressThatIsNoCalendar_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("no scheme") << QStringLiteral("cloud.example.org/dav/calendars/alex/m/");
    QTest::newRow("ftp") << QStringLiteral("ftp://cloud.example.org/m/");
    QTest::newRow("no host") << QStringLiteral("https:///m/");
}

void TestCalendarServer::shouldRefuseAnAddressThatIsNoCalendar()
{
    QFETCH(QString, typed);
    PreferencesDialog dialog(QStringLiteral("/tmp/mentorbook-test.sqlite"));
    dialog.show();
    type(dialog, "calendarCollection", typed);
    dialog.accept();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("calendarServerProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("is not the address of a calendar")),
             qPrintable(problem->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(Preferences::calendarCollection().isEmpty());
}

void TestCalendarServer::shouldKeepTheAddressAndUserWithoutAPassword()
{
    PreferencesDialog dialog(QStringLiteral("/tmp/mentorbook-test.sqlite"));
    dialog.show();
    type(dialog, "calendarCollection", QStringLiteral("http://127.0.0.1:5232/alex/mentoring/"));
    type(dialog, "calendarUser", QStringLiteral("alex"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Preferences::calendarCollection(),
             QUrl(QStringLiteral("http://127.0.0.1:5232/alex/mentoring/")));
    QCOMPARE(Preferences::calendarUser(), QStringLiteral("alex"));
}

void TestCalendarServer::shouldKeepThePasswordInTheKeyringOnly()
{
    // GIVEN Preferences WHEN a calendar, a user and a password are typed and OK pressed
    PreferencesDialog dialog(QStringLiteral("/tmp/mentorbook-test.sqlite"));
    dialog.show();
    type(dialog, "calendarCollection", Address);
    type(dialog, "calendarUser", QStringLiteral("alex"));
    type(dialog, "calendarPassword", Secret);
    dialog.accept();

    // THEN the dialog closes once the keyring has it
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("calendarServerProblem"));
    QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));

    // AND the keyring gives it back, while the settings file holds the address and user only
    PasswordKeyring keyring;
    QSignalSpy read(&keyring, &PasswordKeyring::passwordRead);
    QSignalSpy failed(&keyring, &PasswordKeyring::failed);
    const QString entry = PasswordKeyring::entryFor(CalDavPublisher::serverKey(QUrl(Address)),
                                                    QStringLiteral("alex"));
    keyring.read(entry);
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
    QCOMPARE(read.constFirst().at(1).toString(), Secret);
    const QByteArray settings = settingsText();
    QVERIFY2(settings.contains("cloud.example.org"), settings.constData());
    QVERIFY(settings.contains("alex"));
    QVERIFY(!settings.contains(Secret.toUtf8()));

    // WHEN it is removed, nothing is left to read
    QSignalSpy removed(&keyring, &PasswordKeyring::removed);
    keyring.remove(entry);
    QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 20000);
    read.clear();
    keyring.read(entry);
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 20000);
    QCOMPARE(read.constFirst().at(1).toString(), QString());
}

void TestCalendarServer::shouldPublishChangesAndRetryAfterAFailure()
{
    using TestSupport::Radicale;
    // GIVEN a database with the sample, a Radicale calendar, and the password in the keyring
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("radicale")));
    auto database = TestSupport::openTestDatabase(dir);
    Store store(*database);
    QVERIFY(Edit::addSample(store, TestSupport::today()));
    Radicale server(dir.filePath(QStringLiteral("radicale")));
    QVERIFY(server.start());
    QNetworkAccessManager network;
    const QUrl collection = server.url(QStringLiteral("/alex/mentoring/"));
    QCOMPARE(TestSupport::send(network, "MKCALENDAR", collection).status, 201);
    Preferences::setCalendarCollection(collection);
    Preferences::setCalendarUser(Radicale::User);
    Preferences::setMentorEmail(QStringLiteral("alex@example.org"));
    PasswordKeyring keyring;
    QSignalSpy written(&keyring, &PasswordKeyring::written);
    keyring.write(PasswordKeyring::entryFor(CalDavPublisher::serverKey(collection), Radicale::User),
                  Radicale::Password);
    QVERIFY(written.wait(20000));

    // WHEN the window's publishing starts
    DesktopLauncher launcher;
    QSignalSpy reported(&launcher, &DesktopLauncher::done);
    QSignalSpy failures(&launcher, &DesktopLauncher::failed);
    CalendarPublishing publishing(store, launcher);
    publishing.setPause(100);
    publishing.setRetryDelays({1000});
    QSignalSpy runs(&publishing, &CalendarPublishing::runFinished);
    publishing.schedule();

    // THEN every session is published
    QVERIFY(runs.wait(20000));
    QCOMPARE(runs.constFirst().at(1).toString(), QString());
    QCOMPARE(runs.constFirst().at(0).toBool(), true);
    const int sessions = int(store.repositories().sessions.all().size());
    QVERIFY(reported.constLast().at(0).toString().contains(
        QStringLiteral("Published %1 session").arg(sessions)));
    QVERIFY(publishing.publisher().pending().isEmpty());

    // WHEN the server is gone and a session moves
    server.stop();
    runs.clear();
    Session session = store.repositories().sessions.all().constLast();
    session.scheduledAt = session.scheduledAt.addDays(1);
    QVERIFY(store.change(session, QStringLiteral("Move")));

    // THEN the mentor hears it once, with the retry, and the change stays pending
    QVERIFY(runs.wait(20000));
    QCOMPARE(runs.constFirst().at(0).toBool(), false);
    QCOMPARE(failures.size(), 1);
    const QString message = failures.constFirst().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("tries again in 1 second")), qPrintable(message));
    QVERIFY(publishing.isRetryPending());
    QCOMPARE(publishing.publisher().pending().size(), 1);

    // WHEN the server is back, the retry publishes it
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(runs.size() >= 2 && runs.constLast().at(0).toBool(), 30000);
    QVERIFY(publishing.publisher().pending().isEmpty());
    QVERIFY(!publishing.isRetryPending());
}

QTEST_MAIN(TestCalendarServer)
#include "tst_calendarserver.moc"
