// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"
#include "preferencesdialog.h"

#include <QApplication>
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

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
