// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "menteescopedmodel.h"

namespace Mentorbook {

/** One mentee's pre-work files (resume, job description, other), kept in the database. */
class AttachmentModel : public MenteeScopedModel<Attachment>
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, MimeTypeRole, SizeRole, DataRole };
    Q_ENUM(Role)
    enum Column { FileNameColumn, KindColumn, MimeTypeColumn };
    Q_ENUM(Column)

    explicit AttachmentModel(Store &store, QObject *parent = nullptr);

    Attachment attachmentAt(const QModelIndex &index) const { return itemAt(index); }

protected:
    bool lessThan(const Attachment &a, const Attachment &b) const override;
    bool isEditable(int column) const override { return column != MimeTypeColumn; }
    QVariant roleData(const Attachment &attachment, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    QList<int> computedRoles() const override
    {
        return {KindRole, MimeTypeRole, SizeRole, DataRole, Qt::ToolTipRole};
    }
};

} // namespace Mentorbook
