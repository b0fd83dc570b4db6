// SPDX-License-Identifier: GPL-3.0-or-later
#include "introductionssection.h"

#include "formwidgets.h"
#include "model/menteelistmodel.h"
#include "sessioneditor.h"

#include <QFormLayout>
#include <QLabel>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

IntroductionsSection::IntroductionsSection(MenteeListModel *mentees, QWidget *parent)
    : QGroupBox(SessionEditor::tr("About the mentee"), parent)
{
    m_binder.setModel(mentees);
    setObjectName(QStringLiteral("introductions"));
    auto *introductions = new QFormLayout(this);
    introductions->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::initializer_list<std::tuple<const char *, QString, int>> profileFields{
        {"introBackground", SessionEditor::tr("Bac&kground:"), MenteeListModel::BackgroundColumn},
        {"introExpectations",
         SessionEditor::tr("E&xpectations of me:"),
         MenteeListModel::ExpectationsColumn},
        {"introQualities",
         SessionEditor::tr("Preferred &qualities:"),
         MenteeListModel::PreferredQualitiesColumn},
        {"introStrengths", SessionEditor::tr("Strengths:"), MenteeListModel::StrengthsColumn},
        {"introDevelopment",
         SessionEditor::tr("Deve&lopment areas:"),
         MenteeListModel::DevelopmentAreasColumn}};
    for (const auto &[name, title, column] : profileFields) {
        auto *edit = noteEdit(QString::fromLatin1(name), 2, this);
        introductions->addRow(title, edit);
        m_binder.bind(edit, column);
    }
    auto *goalsHint = new QLabel(
        SessionEditor::tr("Record the goals the mentee shares on the Goals tab."), this);
    goalsHint->setForegroundRole(QPalette::PlaceholderText);
    introductions->addRow(goalsHint);
}

} // namespace Mentorbook
