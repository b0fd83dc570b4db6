// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentmodel.h"

#include <QLocale>

namespace Mentorbook {

AttachmentModel::AttachmentModel(Store &store, QObject *parent)
    : MenteeScopedModel<Attachment>(
        store,
        {QStringLiteral("file_name"), QStringLiteral("kind"), QStringLiteral("mime_type")},
        parent)
{}

bool AttachmentModel::lessThan(const Attachment &a, const Attachment &b) const
{
    return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.id < b.id;
}

QVariant AttachmentModel::roleData(const Attachment &attachment, int column, int role) const
{
    switch (role) {
    case KindRole:
        return int(attachment.kind);
    case MimeTypeRole:
        return attachment.mimeType;
    case SizeRole:
        return qint64(attachment.data.size());
    case DataRole:
        return attachment.data;
    case Qt::ToolTipRole:
        // On the file's name only, where it is announced when the kind or the data change.
        if (column != FileNameColumn)
            return {};
        return tr("%1, %2").arg(label(attachment.kind),
                                QLocale().formattedDataSize(attachment.data.size()));
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentModel::extraRoleNames() const
{
    return {{KindRole, "kind"}, {MimeTypeRole, "mimeType"}, {SizeRole, "size"}, {DataRole, "data"}};
}

} // namespace Mentorbook
