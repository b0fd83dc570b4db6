// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "mainwindow.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"
#include "translations.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/**
 * How the window looks: it follows a light and a dark palette and the font size. With
 * MENTORBOOK_SCREENSHOT_DIR set, it also saves a PNG of every tab, for the README and for
 * looking at.
 */
class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldFollowThePalette_data();
    void shouldFollowThePalette();
    void shouldGrowWithTheFont();
    void shouldShowTheFirstRunWelcome();

private:
    static void save(QWidget *widget, const QString &name);
    std::unique_ptr<MainWindow> openSample(Database &database, Id *mentee = nullptr);

    QTemporaryDir m_dir;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-appearance-test"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    installTranslations();
}

void TestAppearance::save(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MENTORBOOK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    // Let a tab that was just shown lay itself out, as it would before the eye sees it.
    QTest::qWait(50);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

std::unique_ptr<MainWindow> TestAppearance::openSample(Database &database, Id *mentee)
{
    Repositories repositories(database);
    const Id id = SampleRelationship::add(repositories, today());
    if (mentee)
        *mentee = id;
    auto window = std::make_unique<MainWindow>(database);
    window->setNow(frozenNow());
    window->resize(1280, 800);
    window->show();
    window->selectMentee(id);
    return window;
}

void TestAppearance::shouldFollowThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestAppearance::shouldFollowThePalette()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);

    Database database;
    database.open(m_dir.filePath(QStringLiteral("palette-%1.sqlite").arg(dark)));
    Id mentee = 0;
    auto window = openSample(database, &mentee);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Show the latest session held: notes, decisions and private notes filled in.
    Id latestHeld = 0;
    for (const Session &session : Repositories(database).sessionsOf(mentee)) {
        if (session.status == SessionStatus::Held)
            latestHeld = session.id;
    }
    window->selectSession(latestHeld);

    // The timeline's empty space below the rows is the palette's base colour, and a row's
    // text is drawn in the palette's text colour.
    auto *timeline = window->findChild<QListView *>(QStringLiteral("sessionTimeline"));
    QVERIFY(timeline);
    const QImage image = timeline->viewport()->grab().toImage();
    const QColor background = image.pixelColor(image.width() / 2, image.height() - 3);
    QCOMPARE(background, palette.color(QPalette::Base));
    const QRect firstRow = timeline->visualRect(timeline->model()->index(0, 0));
    int textPixels = 0;
    const QColor text = palette.color(QPalette::Text);
    for (int y = firstRow.top(); y <= firstRow.bottom(); ++y) {
        for (int x = firstRow.left() + 30; x < firstRow.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            textPixels
                += qAbs(pixel.lightness() - text.lightness()) < 40
                   && qAbs(pixel.lightness() - palette.color(QPalette::Base).lightness()) > 80;
        }
    }
    QVERIFY2(textPixels > 50, qPrintable(QString::number(textPixels)));

    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    const QStringList names{QStringLiteral("session"),
                            QStringLiteral("goals"),
                            QStringLiteral("actions"),
                            QStringLiteral("profile"),
                            QStringLiteral("overview")};
    for (int tab = tabs->count() - 1; tab >= 0; --tab) {
        tabs->setCurrentIndex(tab);
        save(window.get(), QStringLiteral("window-") + names.at(tab) + suffix);
    }
    save(window.get(), QStringLiteral("screenshot") + suffix);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestAppearance::shouldGrowWithTheFont()
{
    Database database;
    database.open(m_dir.filePath(QStringLiteral("font.sqlite")));
    auto window = openSample(database);
    auto *timeline = window->findChild<QListView *>(QStringLiteral("sessionTimeline"));
    const int normal = timeline->sizeHintForRow(0);
    QFont large = timeline->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    timeline->setFont(large);
    QVERIFY2(timeline->sizeHintForRow(0) > normal * 3 / 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(normal).arg(timeline->sizeHintForRow(0))));
}

void TestAppearance::shouldShowTheFirstRunWelcome()
{
    Database database;
    database.open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    MainWindow window(database);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    save(&window, QStringLiteral("window-first-run"));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
