// SPDX-License-Identifier: GPL-3.0-or-later
#include "method.h"

#include <QCoreApplication>

namespace Mentorbook::Method {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Method)
};
} // namespace

StageGuide guide(Stage stage)
{
    StageGuide guide;
    guide.stage = stage;
    switch (stage) {
    case Stage::Prework:
        guide.purpose = Messages::tr("Learn about the mentee before you meet.");
        guide.prompts
            = {Messages::tr("Ask the mentee for a current resume and job description."),
               Messages::tr("Read them: what stands out, and what would you like to ask?"),
               Messages::tr("Note the key topics you expect to discuss in the first session.")};
        guide.growQuestions
            = {Messages::tr("What do you already know about where they want to go?")};
        break;
    case Stage::Introductions:
        guide.purpose = Messages::tr("Get to know each other and the goals of the relationship.");
        guide.prompts = {Messages::tr("Share your background, and ask the mentee to share theirs."),
                         Messages::tr("What are your goals for this mentoring relationship?"),
                         Messages::tr("What do you expect of me as your mentor?"),
                         Messages::tr("What mentor qualities do you prefer?"),
                         Messages::tr("Which of your strengths do you want to build on, and what "
                                      "would you like to develop?")};
        guide.growQuestions
            = {Messages::tr("Goal: what would you like to be different a year from now?"),
               Messages::tr("Reality: where are you today on that?")};
        break;
    case Stage::Focus:
        guide.purpose
            = Messages::tr("Narrow the focus to 2–3 problem statements and set SMART goals.");
        guide.prompts = {
            Messages::tr("Which goal is most important to you?"),
            Messages::tr("Which 2–3 problem statements will set the stage for our exercises?"),
            Messages::tr("Is each goal specific, measurable, achievable, relevant and time-bound?"),
            Messages::tr("How will we measure progress, session by session?")};
        guide.growQuestions
            = {Messages::tr("Goal: what exactly do you want to achieve, and by when?"),
               Messages::tr("Reality: what have you tried so far, and what happened?"),
               Messages::tr("Options: which problem would make the biggest difference if solved?")};
        break;
    case Stage::Exercise:
        guide.purpose = Messages::tr("Choose one problem statement and plan a concrete exercise.");
        guide.prompts
            = {Messages::tr("Which problem statement do you want to work on now?"),
               Messages::tr("What will you do, with whom, and by when?"),
               Messages::tr("Picture it: how will it go, step by step?"),
               Messages::tr("What are the key steps before our next meeting?"),
               Messages::tr("What is the likely obstacle, and what will you do if it comes up?")};
        guide.growQuestions
            = {Messages::tr("Options: what could you do? What else?"),
               Messages::tr("Will: what will you do, and how sure are you, from 1 to 10?")};
        break;
    case Stage::Debrief:
        guide.purpose
            = Messages::tr("Learn from how the exercise went, then take the next action.");
        guide.prompts
            = {Messages::tr("How did it go?"),
               Messages::tr(
                   "If it went well: what went well, and what does that mean for the future?"),
               Messages::tr("If it did not go well: what should you try next?"),
               Messages::tr("If it did not happen: why not?"),
               Messages::tr(
                   "Build on the same problem statement with a new action, or move to another?")};
        guide.growQuestions = {Messages::tr("Reality: what actually happened?"),
                               Messages::tr("Will: what is the next small step?")};
        break;
    case Stage::Open:
        guide.purpose
            = Messages::tr("A free-flowing conversation, for mentees who want less structure.");
        guide.prompts = {Messages::tr("What is on your mind today?"),
                         Messages::tr("Is there a story from my own experience that would help?"),
                         Messages::tr("What would you like to take away from this conversation?")};
        guide.growQuestions = {Messages::tr("Goal: what would make this hour worthwhile?"),
                               Messages::tr("Will: what will you do before we next meet?")};
        break;
    }
    return guide;
}

QStringList sessionStructure()
{
    return {Messages::tr("Check-in and rapport"),
            Messages::tr(
                "Review of the actions agreed last time: done, not done, why (your own tasks too)"),
            Messages::tr("The stage's focus, against the goals"),
            Messages::tr("Agree actions: what, who, with whom, by when"),
            Messages::tr(
                "Summary: what you hope to achieve by the next session; the next meeting date")};
}

QStringList sessionPartTitles()
{
    return {Messages::tr("Check-in"),
            Messages::tr("Review of agreed actions"),
            Messages::tr("Focus"),
            Messages::tr("Agree actions"),
            Messages::tr("Summary and next meeting")};
}

QList<int> partMinutes(int sessionMinutes)
{
    static constexpr int twelfths[] = {1, 3, 5, 2, 1};
    const int total = qMax(0, sessionMinutes);
    QList<int> minutes;
    int given = 0;
    int shares = 0;
    for (int share : twelfths) {
        shares += share;
        // Rounding the running total keeps the parts adding up to the session's length.
        const int upTo = (total * shares + 6) / 12;
        minutes << upTo - given;
        given = upTo;
    }
    return minutes;
}

QList<PartSlot> partSchedule(const QDateTime &start, int sessionMinutes)
{
    constexpr int Step = 5;
    constexpr int ShortestPart = 2;
    const int total = qMax(0, sessionMinutes);
    const QList<int> minutes = partMinutes(total);
    const QTime clock = start.toLocalTime().time();
    const int startOfDay = clock.hour() * 60 + clock.minute();
    // The parts' boundaries in minutes from the start: 0, then one between every two parts,
    // then the session's length.
    QList<int> bounds{0};
    int suggested = 0;
    for (int part = 0; part + 1 < minutes.size(); ++part) {
        suggested += minutes.at(part);
        const int onClock = startOfDay + suggested;
        const int rounded = (onClock + Step / 2) / Step * Step - startOfDay;
        const int partsAfter = int(minutes.size()) - part - 1;
        const bool leavesRoom = rounded - bounds.constLast() >= ShortestPart
                                && total - rounded >= ShortestPart * partsAfter;
        bounds << (leavesRoom ? rounded : qBound(bounds.constLast(), suggested, total));
    }
    bounds << total;
    QList<PartSlot> schedule;
    for (int part = 0; part + 1 < bounds.size(); ++part)
        schedule << PartSlot{start.addSecs(qint64(bounds.at(part)) * 60),
                             bounds.at(part + 1) - bounds.at(part)};
    return schedule;
}

} // namespace Mentorbook::Method
