// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "sample/samplerelationship.h"

namespace Mentorbook {

Store::Store(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repositories(database)
{}

void Store::writeSnapshot(const Relationship &snapshot)
{
    attempt([&] { snapshot.restoreInto(m_repositories); });
    emit relationshipReset(snapshot.menteeId);
}

Id Store::addSample(const QDate &today)
{
    Id mentee = 0;
    Relationship snapshot;
    if (!attempt([&] {
            mentee = SampleRelationship::add(m_repositories, today);
            snapshot = Relationship::load(m_repositories, mentee);
        })) {
        return 0;
    }
    m_undoStack.push(
        new AddRelationshipCommand(*this, snapshot, tr("Add the sample relationship")));
    emit relationshipReset(mentee);
    return mentee;
}

void AddRelationshipCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_store.writeSnapshot(m_snapshot);
}

void AddRelationshipCommand::undo()
{
    m_store.writeRemove<Mentee>(m_snapshot.menteeId);
    emit m_store.relationshipReset(m_snapshot.menteeId);
}

} // namespace Mentorbook
