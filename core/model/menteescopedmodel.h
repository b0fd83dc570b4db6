// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymodel.h"

namespace Mentorbook {

/** An entity model showing the rows of one mentee only; loads nothing of other mentees. */
template<class T>
class MenteeScopedModel : public EntityModel<T>
{
public:
    using EntityModel<T>::EntityModel;

    Id menteeId() const { return m_menteeId; }
    /** Shows the rows of another mentee (0 for none): the model's one reset. */
    void setMenteeId(Id menteeId)
    {
        if (menteeId == m_menteeId)
            return;
        m_menteeId = menteeId;
        this->reload();
    }

protected:
    QList<T> load() const override
    {
        if (m_menteeId <= 0)
            return {};
        return this->m_store.repositories().template of<T>().where(QStringLiteral("mentee_id"),
                                                                   m_menteeId);
    }
    bool accepts(const T &item) const override
    {
        return m_menteeId > 0 && item.menteeId == m_menteeId;
    }
    bool concerns(Id menteeId) const override { return menteeId == m_menteeId; }

private:
    Id m_menteeId = 0;
};

} // namespace Mentorbook
