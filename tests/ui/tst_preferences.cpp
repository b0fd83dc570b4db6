// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Mentorbook;

/** Preferences typed as a mentor types them, refused by the same rules as the profile. */
class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void shouldKeepOnlyAnEmailAddressThatIsOne_data();
    void shouldKeepOnlyAnEmailAddressThatIsOne();
    void shouldSaveHowEarlyRemindersCome_data();
    void shouldSaveHowEarlyRemindersCome();
};

void TestPreferences::shouldKeepOnlyAnEmailAddressThatIsOne_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("kept");
    QTest::newRow("an address") << QStringLiteral("jordan@example.org") << true;
    QTest::newRow("none") << QString() << true;
    QTest::newRow("two at signs") << QStringLiteral("jordan@@example") << false;
    QTest::newRow("no at sign") << QStringLiteral("jordan.example.org") << false;
    QTest::newRow("a space") << QStringLiteral("jordan smith@example.org") << false;
}

void TestPreferences::shouldKeepOnlyAnEmailAddressThatIsOne()
{
    QFETCH(QString, typed);
    QFETCH(bool, kept);
    Preferences::setMentorEmail(QStringLiteral("before@example.org"));

    // GIVEN the dialog WHEN an email is typed and OK pressed
    PreferencesDialog dialog(QStringLiteral("/tmp/mentorbook-test.sqlite"));
    dialog.show();
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("mentorEmail"));
    QVERIFY(email);
    email->selectAll();
    QTest::keyClick(email, Qt::Key_Delete);
    QTest::keyClicks(email, typed);
    dialog.accept();

    // THEN an address is kept; anything else is refused in place with the profile's words,
    // the dialog stays open and the old address stays
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("mentorEmailProblem"));
    QVERIFY(problem);
    if (kept) {
        QCOMPARE(Preferences::mentorEmail(), typed);
        QVERIFY(!problem->isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    } else {
        QCOMPARE(Preferences::mentorEmail(), QStringLiteral("before@example.org"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("\"%1\" is not an email address").arg(typed));
        QVERIFY(dialog.isVisible());
    }
}

void TestPreferences::shouldSaveHowEarlyRemindersCome_data()
{
    QTest::addColumn<int>("before"); ///< stored before; -1 for never chosen
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("chosen"); ///< empty: OK pressed without a change
    QTest::addColumn<int>("saved");
    QTest::newRow("one day unless chosen")
        << -1 << QStringLiteral("1 day before") << QString() << 24 * 60;
    QTest::newRow("none") << -1 << QStringLiteral("1 day before") << QStringLiteral("No reminders")
                          << 0;
    QTest::newRow("15 minutes") << 0 << QStringLiteral("No reminders")
                                << QStringLiteral("15 minutes before") << 15;
    QTest::newRow("an hour") << 15 << QStringLiteral("15 minutes before")
                             << QStringLiteral("1 hour before") << 60;
    QTest::newRow("two days") << 60 << QStringLiteral("1 hour before")
                              << QStringLiteral("2 days before") << 2 * 24 * 60;
    QTest::newRow("a lead chosen elsewhere is kept")
        << 30 << QStringLiteral("30 min before") << QString() << 30;
}

void TestPreferences::shouldSaveHowEarlyRemindersCome()
{
    QFETCH(int, before);
    QFETCH(QString, shown);
    QFETCH(QString, chosen);
    QFETCH(int, saved);
    if (before >= 0)
        Preferences::setReminderMinutes(before);

    // GIVEN the dialog, showing the lead time as it is
    PreferencesDialog dialog(QStringLiteral("/tmp/mentorbook-test.sqlite"));
    dialog.show();
    auto *remind = dialog.findChild<QComboBox *>(QStringLiteral("reminderMinutes"));
    QVERIFY(remind);
    QCOMPARE(remind->currentText(), shown);
    // WHEN another is chosen and OK pressed
    if (!chosen.isEmpty()) {
        const int index = remind->findText(chosen);
        QVERIFY(index >= 0);
        remind->setCurrentIndex(index);
    }
    dialog.accept();
    // THEN it is what reminds from now on
    QCOMPARE(Preferences::reminderMinutes(), saved);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
