// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/shareablesession.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The mentor's private notes never reach what the mentee receives. */
class TestShareableSession : public QObject
{
    Q_OBJECT

private slots:
    void shouldShareEveryTextButThePrivateNotes();
    void shouldKeepPrivateNotesOutOfTheSample();
};

void TestShareableSession::shouldShareEveryTextButThePrivateNotes()
{
    // GIVEN a session whose every text field holds its own name
    Session session;
    for (const Field<Session> &field : tableOf<Session>().fields) {
        if (field.type == FieldType::Text && !field.kept)
            field.write(session, QStringLiteral("<%1>").arg(field.name));
    }

    // WHEN its shareable content is taken
    const QStringList shared = shareableContent(session).texts();

    // THEN every text is there but the private notes, so a new field cannot slip through unseen
    for (const Field<Session> &field : tableOf<Session>().fields) {
        if (field.type != FieldType::Text || field.kept)
            continue;
        const QString value = QStringLiteral("<%1>").arg(field.name);
        if (field.name == QLatin1String("private_notes"))
            QVERIFY2(!shared.contains(value), qPrintable(field.name));
        else
            QVERIFY2(shared.contains(value), qPrintable(field.name));
    }
}

void TestShareableSession::shouldKeepPrivateNotesOutOfTheSample()
{
    QTemporaryDir dir;
    Database database;
    database.open(dir.filePath(QStringLiteral("sample.sqlite")));
    Repositories repositories(database);
    const Id mentee = SampleRelationship::add(repositories, today());
    int checked = 0;
    for (const Session &session : repositories.sessionsOf(mentee)) {
        if (session.privateNotes.isEmpty())
            continue;
        ++checked;
        const QString everything = shareableContent(session).texts().join(QLatin1Char('\n'));
        // No sentence of the private notes appears anywhere in what may be shared.
        for (const QString &sentence :
             session.privateNotes.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            if (sentence.trimmed().size() > 12)
                QVERIFY2(!everything.contains(sentence.trimmed()), qPrintable(sentence));
        }
    }
    QVERIFY(checked >= 5);
}

QTEST_GUILESS_MAIN(TestShareableSession)
#include "tst_shareablesession.moc"
