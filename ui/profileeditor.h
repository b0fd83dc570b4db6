// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "formbinder.h"

#include <QTemporaryDir>
#include <QWidget>

class QComboBox;
class QListView;
class QPushButton;

namespace Mentorbook {

class AttachmentModel;
class DesktopLauncher;
class MenteeListModel;

/**
 * The mentee's profile: contact, background, expectations of the mentor, preferred mentor
 * qualities, strengths and development areas, preferred style, the relationship agreement,
 * and the pre-work files (added by the file dialog or by dropping them on the list, kept in
 * the database, opened with the system's viewer through the launcher).
 */
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    ProfileEditor(MenteeListModel *mentees,
                  AttachmentModel *attachments,
                  DesktopLauncher &launcher,
                  QWidget *parent = nullptr);

    /** Shows the mentee at index (of the mentee list model). */
    void setCurrentIndex(const QModelIndex &index);
    void submit() { m_binder.submit(); }
    /** Stores a file as pre-work of the current mentee; false (and a report) if it cannot. */
    bool addFile(const QString &path);
    /** Selects the name field for typing (after a mentee was created). */
    void focusName();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFiles();
    void openAttachment();
    void removeAttachment();
    void updateButtons();

    MenteeListModel *m_mentees;
    AttachmentModel *m_attachments;
    DesktopLauncher &m_launcher;
    FormBinder m_binder;
    QListView *m_files;
    QComboBox *m_kind;
    QPushButton *m_open;
    QPushButton *m_remove;
    QTemporaryDir m_openedFiles;
};

/** The kind a pre-work file probably is, from its name. */
AttachmentKind guessAttachmentKind(const QString &fileName);

} // namespace Mentorbook
