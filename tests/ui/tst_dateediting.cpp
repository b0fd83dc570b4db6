// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"
#include "dateinput.h"
#include "datetimefield.h"
#include "edit/verbs.h"
#include "mainwindow.h"
#include "model/actionchecklistmodel.h"
#include "model/carryovermodel.h"
#include "report/agenda.h"
#include "report/calendarexport.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

/** How a locale writes the dates the tests type, spelled out here, not asked of the app. */
struct Spelling
{
    const char *locale;
    const char *fourDigitYear; ///< a QDate format
    const char *twoDigitYear;
    const char *time;      ///< how 10:00 is typed
    const char *afternoon; ///< how 22:00 is typed
    const char *impossible;
    const char *impossibleMessage;
};

const Spelling Spellings[] = {
    {"en_US",
     "M/d/yyyy",
     "M/d/yy",
     "10:00 AM",
     "10:00 pm",
     "2/30/27",
     "30 February 2027 is not a date"},
    {"en_GB",
     "dd/MM/yyyy",
     "d/M/yy",
     "10:00",
     "22:00",
     "30/02/2027",
     "30 February 2027 is not a date"},
    {"de_DE",
     "dd.MM.yyyy",
     "d.M.yy",
     "10:00",
     "22:00",
     "31.04.2027",
     "31 April 2027 is not a date"},
    {"fr_FR",
     "dd/MM/yyyy",
     "dd/MM/yy",
     "10:00",
     "22:00",
     "31/04/2027",
     "31 avril 2027 is not a date"},
};

/** The form fields holding an optional date, and the tab each is on. */
const char *const OptionalDateFields[]
    = {"exerciseByWhen", "goalTimeBound", "profileStarted", "profileIntendedEnd"};

enum Tab { SessionTab, GoalsTab, ActionsTab, ProfileTab };

} // namespace

/**
 * Every date and date-and-time editor of the window, typed into key by key in four
 * locales: what is typed is what the database keeps, or nothing changes and the field says
 * why.
 */
class TestDateEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldMoveTheMeetingInTheCalendarsAsTyped_data();
    void shouldMoveTheMeetingInTheCalendarsAsTyped();

    void shouldKeepTheDateTyped_data();
    void shouldKeepTheDateTyped();
    void shouldKeepTheMeetingTimeTyped_data();
    void shouldKeepTheMeetingTimeTyped();
    void shouldRefuseAnImpossibleDateInPlace_data();
    void shouldRefuseAnImpossibleDateInPlace();
    void shouldClearAnOptionalDateWithOneKey_data();
    void shouldClearAnOptionalDateWithOneKey();
    void shouldKeepTheDueDateTypedInTheActionsTable_data();
    void shouldKeepTheDueDateTypedInTheActionsTable();
    void shouldKeepTheRenegotiatedDueDateTyped_data();
    void shouldKeepTheRenegotiatedDueDateTyped();
    void shouldLeaveADateFieldWithOneTab();
    void shouldOpenTheCalendarAtTheSessionsMonth();
    void shouldNameEachDateFieldAfterItsLabel();

private:
    void addLocaleRows();
    /** Opens the window on the sample in the locale of the data row. */
    void openSample(const QString &locale);
    template<class T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    const Repositories &stored() { return m_window->store().repositories(); }
    void clickTab(int index);
    /** Shows the form holding field, on a row of the sample; returns the field. */
    DateInputField *showField(const QString &field);
    /** What the database holds for the row that field shows. */
    QVariant storedValue(const QString &field);
    /** Clicks into the field, selects what it holds and types text over it. */
    static void typeOver(QWidget *field, const QString &text);
    /** The session of the sample that reviews actions, and shows the review. */
    Session reviewingSession();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    Id m_mentee = 0;
    Id m_session = 0;
    Id m_goal = 0;
};

void TestDateEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-tests"));
}

void TestDateEditing::init()
{
    QSettings().clear();
    m_database = openTestDatabase(m_dir);
}

void TestDateEditing::cleanup()
{
    m_window.reset();
    m_database.reset();
    QLocale::setDefault(QLocale::c());
}

void TestDateEditing::addLocaleRows()
{
    QTest::addColumn<QString>("locale");
}

void TestDateEditing::openSample(const QString &locale)
{
    QLocale::setDefault(QLocale(locale));
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(m_mentee);
}

void TestDateEditing::clickTab(int index)
{
    QTabBar *bar = child<QTabWidget>("detailTabs")->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(child<QTabWidget>("detailTabs")->currentIndex(), index);
}

DateInputField *TestDateEditing::showField(const QString &field)
{
    const QList<Session> sessions = stored().sessionsOf(m_mentee);
    if (field == QLatin1String("exerciseByWhen")) {
        for (const Session &session : sessions) {
            if (session.stage == Stage::Exercise)
                m_session = session.id;
        }
        m_window->selectSession(m_session);
        clickTab(SessionTab);
    } else if (field == QLatin1String("sessionWhen")) {
        m_session = sessions.constLast().id;
        m_window->selectSession(m_session);
        clickTab(SessionTab);
    } else if (field == QLatin1String("goalTimeBound")) {
        clickTab(GoalsTab);
        auto *goals = child<QListView>("goalList");
        goals->setCurrentIndex(goals->model()->index(0, goals->modelColumn()));
        m_goal = goals->currentIndex().data(Qt::UserRole + 1).toLongLong();
    } else {
        clickTab(ProfileTab);
    }
    auto *editor = m_window->findChild<DateInputField *>(field);
    if (editor && !QTest::qWaitFor([editor] { return editor->isVisible(); }))
        return nullptr;
    return editor;
}

QVariant TestDateEditing::storedValue(const QString &field)
{
    if (field == QLatin1String("exerciseByWhen"))
        return stored().sessions.get(m_session).exerciseByWhen;
    if (field == QLatin1String("sessionWhen"))
        return stored().sessions.get(m_session).scheduledAt.toLocalTime();
    if (field == QLatin1String("goalTimeBound"))
        return stored().goals.get(m_goal).timeBoundOn;
    if (field == QLatin1String("profileStarted"))
        return stored().mentees.get(m_mentee).startedOn;
    return stored().mentees.get(m_mentee).intendedEndOn;
}

void TestDateEditing::typeOver(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(8, field->height() / 2));
    QTRY_VERIFY(field->hasFocus());
    QTest::keySequence(field, QKeySequence::SelectAll);
    typeText(field, text);
}

Session TestDateEditing::reviewingSession()
{
    for (const Session &session : stored().sessionsOf(m_mentee)) {
        m_window->selectSession(session.id);
        auto *review = child<QTreeView>("actionReviewView");
        if (review->isVisibleTo(m_window.get()) && review->model()->rowCount() > 0)
            return session;
    }
    return {};
}

void TestDateEditing::shouldKeepTheDateTyped_data()
{
    addLocaleRows();
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("startEmpty");
    QTest::addColumn<QDate>("date");
    for (const Spelling &spelling : Spellings) {
        const QLocale locale(QString::fromLatin1(spelling.locale));
        for (const char *field : OptionalDateFields) {
            // The start of the relationship comes before its intended end (in 2026).
            const int year = qstrcmp(field, "profileStarted") == 0 ? 2025 : 2027;
            const QDate fourDigits(year, 2, 26);
            // 5 February, so that day and month read the wrong way round would show.
            const QDate twoDigits(year, 2, 5);
            const QString four
                = locale.toString(fourDigits, QString::fromLatin1(spelling.fourDigitYear));
            const QString two
                = locale.toString(twoDigits, QString::fromLatin1(spelling.twoDigitYear));
            QTest::addRow("%s %s, four-digit year", spelling.locale, field)
                << locale.name() << field << four << false << fourDigits;
            QTest::addRow("%s %s, two-digit year", spelling.locale, field)
                << locale.name() << field << two << false << twoDigits;
            QTest::addRow("%s %s, empty field", spelling.locale, field)
                << locale.name() << field << two << true << twoDigits;
        }
    }
}

void TestDateEditing::shouldKeepTheDateTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(bool, startEmpty);
    QFETCH(QDate, date);
    openSample(locale);
    auto *edit = qobject_cast<DateField *>(showField(field));
    QVERIFY2(edit, qPrintable(field));

    if (startEmpty) {
        // GIVEN the field emptied: no date is stored, and a placeholder shows, not text
        typeOver(edit, QString());
        QTest::keyClick(edit, Qt::Key_Delete);
        QTRY_VERIFY(!storedValue(field).toDate().isValid());
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->placeholderText().isEmpty());
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    // WHEN a date is typed over what it holds and the mentor moves on
    typeOver(edit, text);
    QCOMPARE(edit->text(), text);
    QTest::keyClick(edit, Qt::Key_Tab);

    // THEN that date is stored, and shown with its full year
    QCOMPARE(storedValue(field).toDate(), date);
    QVERIFY(!edit->hasFocus());
    QCOMPARE(edit->date(), date);
    QVERIFY2(edit->text().contains(QString::number(date.year())), qPrintable(edit->text()));
    QVERIFY(edit->problem().isEmpty());
}

void TestDateEditing::shouldKeepTheMeetingTimeTyped_data()
{
    addLocaleRows();
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("fourDigitYear");
    for (const Spelling &spelling : Spellings) {
        const QString locale = QString::fromLatin1(spelling.locale);
        QTest::addRow("%s, morning", spelling.locale)
            << locale << QString::fromUtf8(spelling.time) << QTime(10, 0) << true;
        QTest::addRow("%s, evening, two-digit year", spelling.locale)
            << locale << QString::fromUtf8(spelling.afternoon) << QTime(22, 0) << false;
    }
}

void TestDateEditing::shouldKeepTheMeetingTimeTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QTime, time);
    QFETCH(bool, fourDigitYear);
    openSample(locale);
    auto *when = qobject_cast<DateTimeField *>(showField(QStringLiteral("sessionWhen")));
    QVERIFY(when);
    const Spelling spelling
        = *std::find_if(std::begin(Spellings), std::end(Spellings), [&](const Spelling &s) {
              return locale == QLatin1String(s.locale);
          });
    // The last session, planned, moves a day later, at a time on the other half of the day.
    const QDate day = storedValue(QStringLiteral("sessionWhen")).toDateTime().date().addDays(1);
    const QString typed
        = QLocale().toString(
              day,
              QString::fromLatin1(fourDigitYear ? spelling.fourDigitYear : spelling.twoDigitYear))
          + QLatin1Char(' ') + text;

    typeOver(when, typed);
    QTest::keyClick(when, Qt::Key_Tab);

    QCOMPARE(storedValue(QStringLiteral("sessionWhen")).toDateTime(), QDateTime(day, time));
    QCOMPARE(when->dateTime(), QDateTime(day, time));
    QVERIFY(when->problem().isEmpty());
}

void TestDateEditing::shouldMoveTheMeetingInTheCalendarsAsTyped_data()
{
    addLocaleRows();
    for (const Spelling &spelling : Spellings)
        QTest::addRow("%s", spelling.locale) << QString::fromLatin1(spelling.locale);
}

void TestDateEditing::shouldMoveTheMeetingInTheCalendarsAsTyped()
{
    QFETCH(QString, locale);
    openSample(locale);
    auto *when = qobject_cast<DateTimeField *>(showField(QStringLiteral("sessionWhen")));
    QVERIFY(when);
    const Spelling spelling
        = *std::find_if(std::begin(Spellings), std::end(Spellings), [&](const Spelling &s) {
              return locale == QLatin1String(s.locale);
          });
    const Session before = stored().sessions.get(m_session);
    CalendarOptions organizer;
    organizer.organizerEmail = QStringLiteral("alex@example.org");

    // WHEN the mentor types a new time and a new place, as their language writes them
    const QDate day = before.scheduledAt.toLocalTime().date().addDays(2);
    typeOver(when,
             QLocale().toString(day, QString::fromLatin1(spelling.fourDigitYear)) + QLatin1Char(' ')
                 + QString::fromUtf8(spelling.afternoon));
    QTest::keyClick(when, Qt::Key_Tab);
    auto *place = child<QLineEdit>("sessionLocation");
    typeOver(place, QStringLiteral("Café Zoë, Straße 5; Raum 2"));
    QTest::keyClick(place, Qt::Key_Tab);

    // THEN what was typed is what is kept, and calendars take it as two changes of one event
    Session moved = stored().sessions.get(m_session);
    QCOMPARE(moved.scheduledAt.toLocalTime(), QDateTime(day, QTime(22, 0)));
    QCOMPARE(moved.location, QStringLiteral("Café Zoë, Straße 5; Raum 2"));
    QCOMPARE(moved.calendarUid, before.calendarUid);
    QCOMPARE(moved.calendarSequence, before.calendarSequence + 2);
    const QString invitation
        = QString::fromUtf8(CalendarExport::invitation(stored(), m_session, frozenNow(), organizer)
                                .replace("\r\n ", ""));
    QVERIFY(invitation.contains(QStringLiteral("\r\nUID:") + before.calendarUid
                                + QStringLiteral("\r\n")));
    QVERIFY(invitation.contains(
        QStringLiteral("\r\nDTSTART:")
        + moved.scheduledAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    QVERIFY(invitation.contains(QStringLiteral("\r\nLOCATION:Café Zoë\\, Straße 5\\; Raum 2\r\n")));

    // WHEN a control character is pasted into the place THEN it is refused, naming the field,
    // and nothing of the stored session changes
    QApplication::clipboard()->setText(QStringLiteral("Room") + QChar(7) + QStringLiteral("Zero"));
    place->setFocus();
    place->selectAll();
    QTest::keySequence(place, QKeySequence::Paste);
    QTest::keyClick(place, Qt::Key_Tab);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QStringLiteral("contains a control character (U+0007) at character 5")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(stored().sessions.get(m_session).location, moved.location);
    QCOMPARE(stored().sessions.get(m_session).calendarSequence, moved.calendarSequence);
    typeOver(place, moved.location); // what the mentor does next: puts it right
    QTest::keyClick(place, Qt::Key_Tab);

    // WHEN both are undone THEN time and place are back, and SEQUENCE rises again, so that
    // calendars take the undo too
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    const Session undone = stored().sessions.get(m_session);
    QCOMPARE(undone.scheduledAt, before.scheduledAt);
    QCOMPARE(undone.location, before.location);
    QCOMPARE(undone.calendarUid, before.calendarUid);
    QVERIFY(undone.calendarSequence > moved.calendarSequence);

    // WHEN the session before it is deleted THEN every document still exports
    const QList<Session> sessions = stored().sessionsOf(m_mentee);
    QVERIFY(Edit::deleteSession(m_window->store(), sessions.at(sessions.size() - 2).id));
    QVERIFY(!Agenda::build(stored(), m_session).html.isEmpty());
    QVERIFY(!RelationshipSummary::build(stored(), m_mentee, frozenNow()).html.isEmpty());
    QVERIFY(CalendarExport::ics(stored(), m_mentee, frozenNow(), organizer)
                .contains(before.calendarUid.toUtf8()));
    QVERIFY(!CalendarExport::invitation(stored(), m_session, frozenNow(), organizer).isEmpty());
    int recaps = 0;
    for (const Session &session : stored().sessionsOf(m_mentee)) {
        if (Recap::refusal(session).isEmpty()) {
            QVERIFY(!Recap::build(stored(), session.id, {}).html.isEmpty());
            ++recaps;
        }
    }
    QVERIFY(recaps > 0);
}

void TestDateEditing::shouldRefuseAnImpossibleDateInPlace_data()
{
    addLocaleRows();
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    for (const Spelling &spelling : Spellings) {
        for (const char *field : OptionalDateFields) {
            QTest::addRow("%s %s", spelling.locale, field)
                << QString::fromLatin1(spelling.locale) << field
                << QString::fromLatin1(spelling.impossible)
                << QString::fromUtf8(spelling.impossibleMessage);
        }
    }
    const Spelling &us = Spellings[0];
    QTest::addRow("en_US sessionWhen")
        << QString::fromLatin1(us.locale) << "sessionWhen" << QStringLiteral("2/30/2027 10:00 AM")
        << QString::fromUtf8(us.impossibleMessage);
    QTest::addRow("de_DE sessionWhen, 25 o'clock")
        << QStringLiteral("de_DE") << "sessionWhen" << QStringLiteral("17.03.2026 25:00")
        << QStringLiteral("25:00 is not a time");
}

void TestDateEditing::shouldRefuseAnImpossibleDateInPlace()
{
    QFETCH(QString, locale);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    openSample(locale);
    DateInputField *edit = showField(field);
    QVERIFY(edit);
    const QVariant before = storedValue(field);
    const QByteArray everything = fileDigest(m_database->path());

    // WHEN an impossible date is typed and the mentor moves on
    typeOver(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);

    // THEN nothing is stored, the text stays as typed, and the field and window say why
    QCOMPARE(storedValue(field), before);
    QCOMPARE(fileDigest(m_database->path()), everything);
    QCOMPARE(edit->text(), text);
    QVERIFY(!edit->hasFocus()); // Tab left the field all the same
    QCOMPARE(edit->problem(), message);
    QCOMPARE(edit->toolTip(), message);
    QVERIFY(edit->property("invalid").toBool());
    QCOMPARE(m_window->statusBar()->currentMessage(), message);

    // AND a later save of the form does not write it either
    m_window->close();
    QCOMPARE(storedValue(field), before);
}

void TestDateEditing::shouldClearAnOptionalDateWithOneKey_data()
{
    addLocaleRows();
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("key");
    for (const char *field : OptionalDateFields) {
        QTest::addRow("%s, Delete", field)
            << QStringLiteral("en_US") << field << int(Qt::Key_Delete);
        QTest::addRow("%s, Backspace", field)
            << QStringLiteral("de_DE") << field << int(Qt::Key_Backspace);
    }
}

void TestDateEditing::shouldClearAnOptionalDateWithOneKey()
{
    QFETCH(QString, locale);
    QFETCH(QString, field);
    QFETCH(int, key);
    openSample(locale);
    auto *edit = qobject_cast<DateField *>(showField(field));
    QVERIFY(edit);
    const QDate before = storedValue(field).toDate();
    QVERIFY(before.isValid());
    QCOMPARE(edit->date(), before);

    typeOver(edit, QString());
    QTest::keyClick(edit, Qt::Key(key));

    QVERIFY(!storedValue(field).toDate().isValid());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!edit->date().isValid());
    // Undo brings the date back, in the field too.
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(storedValue(field).toDate(), before);
    QCOMPARE(edit->date(), before);
}

void TestDateEditing::shouldKeepTheDueDateTypedInTheActionsTable_data()
{
    addLocaleRows();
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    for (const Spelling &spelling : Spellings) {
        const QLocale locale(QString::fromLatin1(spelling.locale));
        const QString name = locale.name();
        QTest::addRow("%s, four-digit year", spelling.locale)
            << name
            << locale.toString(QDate(2026, 12, 15), QString::fromLatin1(spelling.fourDigitYear))
            << QDate(2026, 12, 15);
        QTest::addRow("%s, two-digit year", spelling.locale)
            << name
            << locale.toString(QDate(2027, 2, 5), QString::fromLatin1(spelling.twoDigitYear))
            << QDate(2027, 2, 5);
        QTest::addRow("%s, impossible", spelling.locale)
            << name << QString::fromLatin1(spelling.impossible) << QDate();
        QTest::addRow("%s, emptied", spelling.locale) << name << QString() << QDate();
    }
}

void TestDateEditing::shouldKeepTheDueDateTypedInTheActionsTable()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDate, date);
    openSample(locale);
    clickTab(ActionsTab);
    auto *view = child<QTreeView>("actionView");
    const QModelIndex cell = view->model()->index(0, ActionChecklistModel::DueOnColumn);
    const Id action = cell.data(ActionChecklistModel::IdRole).toLongLong();
    const QDate before = stored().actions.get(action).dueOn;
    QVERIFY(before.isValid());

    // WHEN the mentor opens the cell's editor with F2 and types over the date
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *edit = qobject_cast<DateField *>(QApplication::focusWidget());
    QVERIFY(edit);
    QCOMPARE(edit->parentWidget(), view->viewport());
    QVERIFY(edit->hasSelectedText() || edit->text().isEmpty());
    QTest::keySequence(edit, QKeySequence::SelectAll);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);

    if (!date.isValid() && !text.isEmpty()) {
        // THEN an impossible date stays in the open cell, explained, and nothing is stored
        QTest::qWait(50);
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(edit->text(), text);
        QVERIFY(!edit->problem().isEmpty());
        QCOMPARE(m_window->statusBar()->currentMessage(), edit->problem());
        QCOMPARE(stored().actions.get(action).dueOn, before);
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(stored().actions.get(action).dueOn, before);
        return;
    }
    // THEN what was typed is stored (an emptied cell as no date)
    QTRY_COMPARE(stored().actions.get(action).dueOn, date);
    // and the cell shows it with the year in full, as the editor reads it back
    QModelIndex shown;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex candidate = view->model()->index(row, ActionChecklistModel::DueOnColumn);
        if (candidate.data(ActionChecklistModel::IdRole).toLongLong() == action)
            shown = candidate;
    }
    QVERIFY(shown.isValid());
    if (date.isValid()) {
        QVERIFY2(shown.data().toString().contains(QString::number(date.year())),
                 qPrintable(shown.data().toString()));
        QCOMPARE(DateInput::readDate(shown.data().toString(), QLocale(), QDate::currentDate()).date,
                 date);
    } else {
        QCOMPARE(shown.data().toString(), QString());
    }
}

void TestDateEditing::shouldKeepTheRenegotiatedDueDateTyped_data()
{
    shouldKeepTheDueDateTypedInTheActionsTable_data();
}

void TestDateEditing::shouldKeepTheRenegotiatedDueDateTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDate, date);
    openSample(locale);
    const Session session = reviewingSession();
    QVERIFY(session.id > 0);
    auto *review = child<QTreeView>("actionReviewView");
    const QModelIndex cell = review->model()->index(0, CarryOverModel::DueColumn);
    const Id action = cell.data(CarryOverModel::IdRole).toLongLong();
    const QDate before = stored().actions.get(action).dueOn;

    review->setFocus();
    review->setCurrentIndex(cell);
    QTest::keyClick(review, Qt::Key_F2);
    auto *edit = qobject_cast<DateField *>(QApplication::focusWidget());
    QVERIFY(edit);
    QCOMPARE(edit->parentWidget(), review->viewport());
    QTest::keySequence(edit, QKeySequence::SelectAll);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);

    if (!date.isValid() && !text.isEmpty()) {
        QTest::qWait(50);
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(edit->text(), text);
        QVERIFY(!edit->problem().isEmpty());
        QCOMPARE(m_window->statusBar()->currentMessage(), edit->problem());
        QCOMPARE(stored().actions.get(action).dueOn, before);
        // Clicking away closes the cell; what it held is not written.
        child<QWidget>("sessionNotes")->setFocus();
        QTRY_VERIFY(!review->indexWidget(cell));
        QCOMPARE(stored().actions.get(action).dueOn, before);
        return;
    }
    QTRY_COMPARE(stored().actions.get(action).dueOn, date);
}

void TestDateEditing::shouldLeaveADateFieldWithOneTab()
{
    openSample(QStringLiteral("en_US"));
    const QList<std::pair<const char *, const char *>> next{
        {"sessionWhen", "sessionDuration"},
        {"exerciseByWhen", "exerciseIfThen"},
        {"goalTimeBound", "goalMeasure"},
        {"profileStarted", "profileCadence"},
        {"profileIntendedEnd", "profileConfidentiality"}};
    for (const auto &[field, after] : next) {
        DateInputField *edit = showField(QString::fromLatin1(field));
        QVERIFY(edit);
        // With a date, with part of one, and emptied: one Tab goes on to the next field.
        for (const QString &text : {edit->text(), QStringLiteral("2/2"), QString()}) {
            typeOver(edit, text);
            if (text.isEmpty())
                QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClick(edit, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == QString::fromLatin1(after),
                     field);
        }
    }
}

void TestDateEditing::shouldOpenTheCalendarAtTheSessionsMonth()
{
    openSample(QStringLiteral("en_GB"));
    auto *byWhen = qobject_cast<DateField *>(showField(QStringLiteral("exerciseByWhen")));
    QVERIFY(byWhen);
    typeOver(byWhen, QString());
    QTest::keyClick(byWhen, Qt::Key_Delete);
    QVERIFY(!storedValue(QStringLiteral("exerciseByWhen")).toDate().isValid());
    const QDate session = stored().sessions.get(m_session).scheduledAt.toLocalTime().date();

    // WHEN the empty field's calendar is opened from the keyboard
    QTest::keyClick(byWhen, Qt::Key_Down, Qt::AltModifier);

    // THEN it shows the session's month, and a day picked there is stored
    auto *calendar = byWhen->findChild<QCalendarWidget *>(QStringLiteral("calendarPopup"));
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->yearShown(), session.year());
    QCOMPARE(calendar->monthShown(), session.month());
    calendar->setSelectedDate(session.addDays(10));
    emit calendar->activated(session.addDays(10));
    QVERIFY(!calendar->isVisible());
    QCOMPARE(storedValue(QStringLiteral("exerciseByWhen")).toDate(), session.addDays(10));
    QCOMPARE(byWhen->date(), session.addDays(10));
}

void TestDateEditing::shouldNameEachDateFieldAfterItsLabel()
{
    openSample(QStringLiteral("en_US"));
    const QList<std::pair<const char *, const char *>> names{
        {"sessionWhen", "When"},
        {"exerciseByWhen", "By when"},
        {"goalTimeBound", "Time-bound"},
        {"profileStarted", "Started on"},
        {"profileIntendedEnd", "Intended end"}};
    for (const auto &[field, name] : names)
        QCOMPARE(child<DateInputField>(field)->accessibleName(), QString::fromLatin1(name));
}

QTEST_MAIN(TestDateEditing)
#include "tst_dateediting.moc"
