// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplerelationship.h"

#include "../storage/repositories.h"

#include <QTime>

namespace Mentorbook::SampleRelationship {

namespace {

/** A local date and time; the repositories store it as UTC. */
QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

/** The planned session's day: four days from today, or the nearest weekday (3 to 5 days). */
QDate plannedSessionDay(const QDate &today)
{
    const QDate day = today.addDays(4);
    switch (day.dayOfWeek()) {
    case Qt::Saturday:
        return day.addDays(-1);
    case Qt::Sunday:
        return day.addDays(1);
    default:
        return day;
    }
}

/** Priya's CV as she sent it; the years are counted back from this year. */
QByteArray curriculumVitae(int thisYear)
{
    const auto year = [thisYear](int yearsAgo) {
        return QString::number(thisYear - yearsAgo);
    };
    return QStringLiteral(R"(PRIYA RAMAN
Leeds · priya.raman@example.com · 07700 900461

PROFILE
Senior data analyst with seven years' experience in logistics and utilities.
I build the forecasts and reporting that operations teams use to plan capacity,
and I enjoy turning messy operational data into decisions.

EXPERIENCE
Senior Data Analyst, Halden Logistics Ltd, Leeds (%1 to present)
- Built the delivery-time forecast that 14 depots use to plan shifts; forecast
  error down from 18% to 7%.
- Own the monthly network performance pack for the operations leadership team.
- Led the move of network reporting from spreadsheets to Power BI.
- Buddy to two junior analysts: code review, onboarding, weekly one-to-ones.

Data Analyst, Halden Logistics Ltd, Leeds (%2 to %1)
- Analysed route costs and drop density; the findings shaped the depot
  consolidation programme.
- Automated the weekly KPI reports with SQL and Python, saving about a day a week.

Graduate Analyst, Pennine Water, Bradford (%3 to %2)
- Demand forecasting for six treatment works.
- Built the first leakage dashboard used by the network control room.

EDUCATION
MSc Operational Research (Distinction), Lancaster University, %3
BSc Mathematics, University of Leeds, %4

SKILLS
SQL (PostgreSQL, SQL Server) · Python (pandas, statsmodels) · Power BI
Time-series forecasting · experiment design · data quality

OTHER
Volunteer maths tutor with a Leeds schools charity. Runs the office book club.
)")
        .arg(year(2), year(5), year(7), year(8))
        .toUtf8();
}

/** The job description of Priya's current role. */
QByteArray currentJobDescription()
{
    return QStringLiteral(R"(HALDEN LOGISTICS LTD
Job description

Job title:   Senior Data Analyst
Team:        Network Analytics, Data and Insight
Location:    Leeds head office (hybrid, two days a week in the office)
Reports to:  Head of Data
Grade:       P5

Purpose of the role
To provide the analysis, forecasts and reporting that the operations leadership
team uses to plan and run the delivery network, and to help develop the analysts
in the team.

Key responsibilities
1. Build and maintain forecasts of parcel volumes and delivery times for the
   depot network.
2. Produce the monthly network performance pack and explain its findings to
   operations managers.
3. Analyse route costs, depot capacity and service levels, and recommend actions.
4. Maintain data quality in the network reporting models, working with the data
   engineering team.
5. Support and review the work of junior analysts and help with their onboarding.
6. Keep up with analytical methods and tools, and share what you learn.

Skills and experience
Essential:
- Strong SQL, and Python or R for analysis.
- Experience of time-series forecasting.
- Able to explain analysis clearly to people who are not specialists.
- A degree in a numerate subject, or equivalent experience.
Desirable:
- Experience in logistics, transport or the supply chain.
- Power BI or a similar reporting tool.
- Experience of coaching or supporting other analysts.

Working relationships
Head of Data; operations leadership team; depot managers; data engineering;
finance business partners.
)")
        .toUtf8();
}

/**
 * Priya Raman's relationship, told session by session in the order it happened. Every date is
 * counted back in whole weeks from the planned session, so the meetings share one weekday and
 * keep a fortnightly rhythm; the held ones lie in the past.
 */
class Story
{
public:
    Story(Repositories &repositories, const QDate &today)
        : m_repositories(repositories)
        , m_plannedDay(plannedSessionDay(today))
    {}

    Id tell()
    {
        addMentee();
        addAttachments();
        prework();
        introductions();
        focus();
        firstExercise();
        firstDebrief();
        cancelledSession();
        secondExercise();
        secondDebrief();
        plannedSession();
        return m_menteeId;
    }

private:
    QDate weeksBeforePlanned(int weeks) const { return m_plannedDay.addDays(-7 * weeks); }

    /** A video call at 17:30 of the usual length, held unless told otherwise. */
    Session newSession(Stage stage, const QDate &day, SessionStatus status = SessionStatus::Held)
    {
        Session session;
        session.menteeId = m_menteeId;
        session.sequence = ++m_sequence;
        session.scheduledAt = at(day, 17, 30);
        session.durationMinutes = 60;
        session.location = QStringLiteral("Microsoft Teams – link in the calendar invitation");
        session.stage = stage;
        session.status = status;
        return session;
    }

    static void planExercise(Session &session,
                             Id problemId,
                             const QString &what,
                             const QString &withWhom,
                             const QDate &byWhen,
                             const QString &ifThen)
    {
        session.problemStatementId = problemId;
        session.exerciseWhat = what;
        session.exerciseWithWhom = withWhom;
        session.exerciseByWhen = byWhen;
        session.exerciseIfThen = ifThen;
    }

    Id addGoal(Goal goal)
    {
        goal.menteeId = m_menteeId;
        m_repositories.goals.add(goal);
        return goal.id;
    }

    void reviewGoal(Id goalId, const Session &session, int progress, const QString &note)
    {
        GoalReview review;
        review.goalId = goalId;
        review.sessionId = session.id;
        review.progress = progress;
        review.note = note;
        m_repositories.goalReviews.add(review);
    }

    Id addProblem(Id goalId,
                  ProblemTemplate templateId,
                  int rank,
                  const QString &text,
                  ProblemStatus status = ProblemStatus::Active)
    {
        ProblemStatement statement;
        statement.menteeId = m_menteeId;
        statement.goalId = goalId;
        statement.templateId = templateId;
        statement.rank = rank;
        statement.text = text;
        statement.status = status;
        m_repositories.problemStatements.add(statement);
        return statement.id;
    }

    Id addAction(const Session &agreedAt,
                 ActionOwner owner,
                 const QString &text,
                 const QString &withWhom,
                 Id problemId,
                 const QDate &dueOn,
                 const QDateTime &doneAt = {})
    {
        Action action;
        action.menteeId = m_menteeId;
        action.sessionId = agreedAt.id;
        action.owner = owner;
        action.text = text;
        action.withWhom = withWhom;
        action.problemStatementId = problemId;
        action.dueOn = dueOn;
        action.doneAt = doneAt;
        m_repositories.actions.add(action);
        return action.id;
    }

    /** Records what a later session decided about the action with this id. */
    void reviewAction(Id id, const Session &session, ReviewDecision decision, const QString &note)
    {
        ActionReview review;
        review.actionId = id;
        review.sessionId = session.id;
        review.decision = decision;
        review.note = note;
        m_repositories.actionReviews.add(review);
    }

    void addMentee()
    {
        Mentee mentee;
        mentee.name = QStringLiteral("Priya Raman");
        mentee.email = QStringLiteral("priya.raman@example.com");
        mentee.role = QStringLiteral("Senior Data Analyst");
        mentee.organisation = QStringLiteral("Halden Logistics Ltd (Network Analytics, Leeds)");
        mentee.background = QStringLiteral(
            "Seven years in analytics, the last five at Halden; MSc in Operational "
            "Research. Builds the delivery-time forecast the depots plan their "
            "shifts on and the monthly network performance pack for the operations "
            "leadership team. Informal buddy to two junior analysts, Dan and Aisha.");
        mentee.expectations = QStringLiteral(
            "Someone to think out loud with about the step from expert analyst to team lead. "
            "Honest feedback, including when she is avoiding something. Practical exercises "
            "rather than theory, and a fortnightly rhythm she can plan around.");
        mentee.preferredQualities = QStringLiteral(
            "Direct and candid; has led an analytics or data team; asks questions before giving "
            "answers; keeps what is said in the sessions confidential.");
        mentee.strengths = QStringLiteral(
            "Rigorous analysis and forecasting; calm under pressure at month end; trusted by the "
            "depot managers for accurate numbers; a patient, careful explainer one to one.");
        mentee.developmentAreas
            = QStringLiteral("Giving corrective feedback (she softens it until it disappears); "
                             "presenting to senior leaders (leads with the method, not the "
                             "decision needed); delegating work she could do faster herself.");
        mentee.preferredStyle = PreferredStyle::Structured;
        mentee.status = MenteeStatus::Active;
        mentee.startedOn = weeksBeforePlanned(15);
        mentee.cadenceDays = 14;
        mentee.sessionMinutes = 60;
        mentee.channel = QStringLiteral("Video call (Microsoft Teams); "
                                        "the first meeting in person");
        mentee.confidentiality = QStringLiteral(
            "What we discuss stays between us. Priya decides what, if anything, she shares with "
            "her manager. My private notes are for my own preparation and are never shared. "
            "Either of us can end the relationship at any time after a short conversation.");
        mentee.intendedEndOn = mentee.startedOn.addMonths(9);
        m_repositories.mentees.add(mentee);
        m_menteeId = mentee.id;
    }

    void addAttachments()
    {
        const auto attach
            = [this](AttachmentKind kind, const QString &fileName, const QByteArray &text) {
                  Attachment attachment;
                  attachment.menteeId = m_menteeId;
                  attachment.kind = kind;
                  attachment.fileName = fileName;
                  attachment.mimeType = QStringLiteral("text/plain");
                  attachment.data = text;
                  m_repositories.attachments.add(attachment);
              };
        attach(AttachmentKind::Resume,
               QStringLiteral("Priya Raman - CV.txt"),
               curriculumVitae(m_plannedDay.year()));
        attach(AttachmentKind::JobDescription,
               QStringLiteral("Senior Data Analyst - job description.txt"),
               currentJobDescription());
    }

    void prework()
    {
        const QDate day = weeksBeforePlanned(14);
        Session session = newSession(Stage::Prework, day);
        session.scheduledAt = at(day, 8, 30);
        session.durationMinutes = 45;
        session.location.clear();
        session.agenda = QStringLiteral("Read Priya's CV and her current job description\n"
                                        "Note questions for our first meeting\n"
                                        "Send a welcome note and the draft agreement");
        session.notes = QStringLiteral(
            "CV: seven years in analytics, five at Halden; strong forecasting, "
            "SQL and Python; owns the monthly network performance pack. Very "
            "little about people beyond \"buddy to two junior analysts\".\n"
            "Job description (Senior Data Analyst): an individual "
            "contributor role; supporting junior analysts is the only "
            "people element. Reports to Tom Whitfield, Head of Data.\n"
            "Questions for our first meeting: what does she mean by \"lead\"? Has a team lead "
            "role been discussed with Tom? What does she want from me in particular?");
        session.decisions = QStringLiteral("Propose fortnightly 60-minute video calls, with the "
                                           "first meeting in person in Leeds.\n"
                                           "Send the draft agreement and the SMART goal template "
                                           "with the welcome note.");
        session.privateNotes = QStringLiteral(
            "The CV undersells her: the forecast clearly changed how the depots plan "
            "shifts, but it reads as a list of tools. I suspect she sees herself as "
            "the expert rather than a leader – test this gently in the first session. "
            "Be careful not to project my own route into management onto her.");
        session.hopedOutcome = QStringLiteral("Priya comes to our first meeting with two or three "
                                              "things she wants from the relationship.");
        m_repositories.sessions.add(session);

        m_welcomeNote = addAction(session,
                                  ActionOwner::Mentor,
                                  QStringLiteral("Send Priya a welcome note, the draft mentoring "
                                                 "agreement and the SMART goal template"),
                                  {},
                                  0,
                                  day.addDays(2),
                                  at(day.addDays(1), 8, 45));
    }

    void introductions()
    {
        const QDate day = weeksBeforePlanned(13);
        Session session = newSession(Stage::Introductions, day);
        session.scheduledAt = at(day, 12, 30);
        session.durationMinutes = 75;
        session.location = QStringLiteral("Coffee at the Corn Exchange, Leeds");
        session.agenda = QStringLiteral("How you came to the programme\n"
                                        "Our backgrounds – mine first, then yours\n"
                                        "Your goals for these nine months\n"
                                        "What you expect from me, and the "
                                        "mentor qualities you prefer\n"
                                        "Our agreement: rhythm, "
                                        "confidentiality, how we rearrange");
        session.notes = QStringLiteral(
            "I shared my route from analyst to head of analytics, including my first year as a "
            "lead, which I found hard. Priya talked through her five years at Halden: she built "
            "the delivery-time forecast the depots now plan shifts on, and she owns the monthly "
            "network performance pack, which Tom still presents.\n"
            "Her goals, in her words: be ready for the analytics team lead role Tom expects to "
            "create in the next budget round (about five months away); get better at giving "
            "feedback to Dan and Aisha, the junior analysts she buddies; present to the "
            "operations leadership herself instead of handing her work to Tom.\n"
            "What she expects of me: be direct, tell her when she is avoiding something, share "
            "what worked and what didn't when I stepped up, keep it practical.");
        session.decisions = QStringLiteral(
            "Fortnightly video calls at 17:30, 60 minutes; Priya sends the invitations.\n"
            "What we discuss stays between us; Priya decides what to share with Tom.\n"
            "Priya drafts her three goals in SMART form before the next session.");
        session.privateNotes = QStringLiteral(
            "Warm, quick, self-deprecating. She said \"I'm not really a people person\" twice, "
            "though everything she told me about Dan and Aisha says otherwise. Her energy rose "
            "when she talked about presenting and dropped when she talked about feedback. I think "
            "feedback is the real work here. Don't rush her to it.");
        session.hopedOutcome = QStringLiteral("Three draft goals in SMART form that we can "
                                              "prioritise together.");
        m_repositories.sessions.add(session);

        reviewAction(m_welcomeNote,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Sent the day after the pre-work; "
                                    "Priya had read the agreement."));
        m_smartDrafts = addAction(session,
                                  ActionOwner::Mentee,
                                  QStringLiteral("Draft your three goals in "
                                                 "SMART form, using the template"),
                                  {},
                                  0,
                                  day.addDays(7),
                                  at(day.addDays(6), 21, 10));
        addGoals();
    }

    void addGoals()
    {
        Goal readiness;
        readiness.title = QStringLiteral("Be ready for the Analytics Team Lead role");
        readiness.specific
            = QStringLiteral("Build and evidence the leadership side of the team lead role Tom "
                             "expects to create: leading work through others, coaching the junior "
                             "analysts and representing analytics to operations leadership.");
        readiness.measurable
            = QStringLiteral("Evidence for each of the six key responsibilities Tom has drafted "
                             "for the team lead role, agreed with Tom at the mid-year review; an "
                             "application submitted when the role is advertised.");
        readiness.achievable
            = QStringLiteral("Tom supports the move and has offered stretch work; Priya already "
                             "buddies two analysts and owns the pack the leadership team uses.");
        readiness.relevant
            = QStringLiteral("Priya's main aim for the next two years; the team is growing from "
                             "five to eight analysts and will need a lead.");
        readiness.timeBoundOn = m_plannedDay.addMonths(5);
        readiness.measure = QStringLiteral("Share of the six key responsibilities "
                                           "with evidence Tom would accept.");
        readiness.priority = 1;
        m_readinessGoal = addGoal(readiness);

        Goal feedback;
        feedback.title = QStringLiteral("Give clear, useful feedback to the junior analysts");
        feedback.specific = QStringLiteral(
            "Hold a monthly feedback conversation with each of Dan and Aisha that covers what to "
            "change as well as what is working, using situation–behaviour–impact.");
        feedback.measurable = QStringLiteral(
            "One conversation per analyst per month, noted in Priya's log; both say the feedback "
            "was useful when asked; Priya's own comfort rating rises from 3 to 7 out of 10.");
        feedback.achievable = QStringLiteral("She already has weekly one-to-ones with both, and "
                                             "Tom is happy for her to take on the feedback.");
        feedback.relevant = QStringLiteral("Coaching analysts is a core part of the team lead "
                                           "role and her own top development area.");
        feedback.timeBoundOn = m_plannedDay.addMonths(2);
        feedback.measure = QStringLiteral("Conversations held as planned, and "
                                          "Priya's comfort rating out of 10.");
        feedback.priority = 2;
        m_feedbackGoal = addGoal(feedback);

        Goal presenting;
        presenting.title = QStringLiteral("Present insight to senior leaders with confidence");
        presenting.specific = QStringLiteral(
            "Present the monthly network performance pack at the operations leadership meeting "
            "herself, leading with the decision needed rather than the method.");
        presenting.measurable = QStringLiteral(
            "Presents three monthly meetings in a row within her ten-minute slot, without Tom "
            "stepping in; at least one decision taken in the room on her recommendation.");
        presenting.achievable
            = QStringLiteral("Tom presents the pack today and is glad to hand it over; Priya "
                             "knows the material better than anyone.");
        presenting.relevant = QStringLiteral(
            "A team lead is the voice of analytics in the operations leadership meeting.");
        presenting.timeBoundOn = m_plannedDay.addMonths(3);
        presenting.measure = QStringLiteral("Meetings presented without help, "
                                            "out of three, and decisions taken.");
        presenting.priority = 3;
        m_presentingGoal = addGoal(presenting);
    }

    void focus()
    {
        const QDate day = weeksBeforePlanned(11);
        Session session = newSession(Stage::Focus, day);
        session.agenda = QStringLiteral("The SMART goal drafts\n"
                                        "Which goal matters most, and why now?\n"
                                        "Narrow to two or three problem statements\n"
                                        "Choose a first exercise");
        session.notes = QStringLiteral(
            "Priya's SMART drafts were good; we tightened the measures so that someone "
            "other than her could check each one. Order agreed: team lead readiness "
            "first, feedback second, presenting third. The first exercise comes from "
            "presenting all the same, because there is a real opportunity at next "
            "month's operations leadership meeting and an early success will help.\n"
            "Problem statements from the templates: presenting decision-first; feedback to Dan "
            "and Aisha; a stronger professional network. The network one is parked until the team "
            "lead role is advertised – Priya's choice, and a sensible one.\n"
            "Baseline progress recorded for all three goals.");
        session.decisions
            = QStringLiteral("Goal priority: 1 team lead readiness, 2 feedback, 3 presenting.\n"
                             "First exercise on presenting; the network statement is parked.\n"
                             "The second exercise will be on feedback.");
        session.privateNotes = QStringLiteral(
            "She chose the comfortable one first. I went along with it on purpose: the "
            "opportunity is real and she needs a win before she will believe in the bigger goal. "
            "But I said out loud that feedback comes next, so that it is on record between us.");
        session.hopedOutcome = QStringLiteral("Tom has agreed that Priya presents a section at "
                                              "the next operations leadership meeting.");
        m_repositories.sessions.add(session);

        reviewAction(m_smartDrafts,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Three clear drafts; we tightened the measures together."));
        reviewGoal(m_readinessGoal,
                   session,
                   10,
                   QStringLiteral("Baseline: strong technical credibility; no evidence yet of "
                                  "leading work through others."));
        reviewGoal(m_feedbackGoal,
                   session,
                   5,
                   QStringLiteral("Baseline: feedback to Dan and Aisha is informal and almost "
                                  "all positive. Priya rates her comfort 3 out of 10."));
        reviewGoal(m_presentingGoal,
                   session,
                   10,
                   QStringLiteral("Baseline: Tom presents Priya's pack; she has spoken at the "
                                  "meeting twice, both times to answer questions on method."));

        m_presentingProblem
            = addProblem(m_presentingGoal,
                         ProblemTemplate::DevelopSkills,
                         1,
                         QStringLiteral("I want to develop my skills in presenting analysis to "
                                        "senior leaders, so that I can lead with the decision "
                                        "they need to make instead of the method behind it."));
        m_feedbackProblem = addProblem(m_feedbackGoal,
                                       ProblemTemplate::StrongerFeedback,
                                       2,
                                       QStringLiteral("I want to provide stronger and/or more "
                                                      "effective feedback to Dan and Aisha, the "
                                                      "junior analysts I support."));
        addProblem(m_readinessGoal,
                   ProblemTemplate::StrongerNetwork,
                   3,
                   QStringLiteral("I want to build a stronger professional network."),
                   ProblemStatus::Parked);

        m_askTom = addAction(session,
                             ActionOwner::Mentee,
                             QStringLiteral("Ask Tom whether you can present the on-time delivery "
                                            "section at the next operations leadership meeting"),
                             m_tom,
                             m_presentingProblem,
                             day.addDays(7),
                             at(day.addDays(5), 9, 15));
        m_exampleSummaries = addAction(session,
                                       ActionOwner::Mentor,
                                       QStringLiteral("Send Priya two examples of decision-first "
                                                      "one-page summaries from my own team"),
                                       {},
                                       m_presentingProblem,
                                       day.addDays(3),
                                       at(day.addDays(2), 7, 50));
    }

    void firstExercise()
    {
        const QDate day = weeksBeforePlanned(9);
        Session session = newSession(Stage::Exercise, day);
        session.agenda = QStringLiteral("Exercise: plan the on-time delivery "
                                        "section for the leadership meeting\n"
                                        "What, with whom, by when – and what if it wobbles?");
        session.notes = QStringLiteral(
            "Tom said yes at once and offered to rehearse with her. Priya read the two example "
            "summaries and noticed that both put the recommendation in the first line – \"the "
            "opposite of how I was trained\".\n"
            "We planned ten minutes on on-time delivery: open with the decision "
            "Helen Ashworth's team needs to take (whether to add a late shift "
            "at Daventry), three supporting points, the method in the appendix. "
            "We rehearsed the opening aloud until it took under 30 seconds.");
        session.decisions = QStringLiteral("Exercise: present the on-time delivery section at the "
                                           "operations leadership meeting, decision first.\n"
                                           "Rehearse with Tom beforehand.");
        session.privateNotes = QStringLiteral(
            "Her first opening was four sentences of caveats; the second try was crisp. She can "
            "do it – the caveats are armour. If it goes well, name this at the debrief: the same "
            "armour shows up when she gives feedback.");
        session.hopedOutcome = QStringLiteral("Priya has presented the section and can tell me "
                                              "what happened when she led with the decision.");
        planExercise(session,
                     m_presentingProblem,
                     QStringLiteral("Present the on-time delivery section (ten minutes) of the "
                                    "monthly pack, opening with the decision needed on a Daventry "
                                    "late shift; the method goes in the appendix."),
                     QStringLiteral("Operations leadership meeting, chaired by Helen Ashworth "
                                    "(Head of Operations); Tom attending"),
                     day.addDays(6),
                     QStringLiteral("If someone asks about the method early, "
                                    "then I say I'll cover it at the end and "
                                    "bring the room back to the decision."));
        m_repositories.sessions.add(session);

        reviewAction(m_askTom,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Tom agreed at once and offered a rehearsal."));
        reviewAction(m_exampleSummaries,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Priya found the structure useful, "
                                    "and a little uncomfortable."));

        m_rewriteSlides = addAction(session,
                                    ActionOwner::Mentee,
                                    QStringLiteral("Rewrite the on-time delivery slides "
                                                   "decision-first: one headline, three "
                                                   "supporting points, the method in the appendix"),
                                    {},
                                    m_presentingProblem,
                                    day.addDays(3),
                                    at(day.addDays(3), 19, 30));
        m_rehearsal = addAction(session,
                                ActionOwner::Mentee,
                                QStringLiteral("Rehearse the ten minutes with Tom and ask him for "
                                               "one thing to keep and one to change"),
                                m_tom,
                                m_presentingProblem,
                                day.addDays(5),
                                at(day.addDays(5), 12, 45));
    }

    void firstDebrief()
    {
        const QDate day = weeksBeforePlanned(7);
        Session session = newSession(Stage::Debrief, day);
        session.agenda = QStringLiteral("Debrief: how did the presentation go?\n"
                                        "What went well, and what does it mean for the future?\n"
                                        "Goal review\n"
                                        "Next exercise");
        session.notes = QStringLiteral(
            "Priya presented for nine minutes. Helen agreed to trial the Daventry late shift for "
            "six weeks – the first time a decision has been taken in the room on Priya's "
            "analysis. One method question came early; she parked it as planned and came back to "
            "it at the end. Helen asked three follow-up questions: Priya answered two and "
            "promised the third by email the next day, which she sent.\n"
            "We agreed to build on this rather than move on: next month she presents the whole "
            "pack, and Tom only steps in if she asks.");
        session.decisions = QStringLiteral("Next exercise: present the whole pack at the next "
                                           "leadership meeting and take the questions.\n"
                                           "After that, the exercise moves to feedback.\n"
                                           "Priya sketches her first 90 days as "
                                           "team lead, for the readiness goal.\n"
                                           "I will introduce Priya to Marcus Bell.");
        session.privateNotes
            = QStringLiteral("A big shift in energy: the first time she has talked about herself "
                             "as someone who \"made a call happen\". She linked decision-first to "
                             "feedback on her own, which is exactly the bridge I hoped for. Watch "
                             "for over-preparing – she spent six evenings on ten slides.");
        session.hopedOutcome = QStringLiteral("Priya has presented the whole pack and handled the "
                                              "questions without Tom stepping in.");
        session.debriefOutcome = DebriefOutcome::WentWell;
        session.debriefWentWell = QStringLiteral("Opening with the decision: the "
                                                 "room engaged straight away.\n"
                                                 "Parking the method question "
                                                 "instead of diving into it.\n"
                                                 "Promising a follow-up rather "
                                                 "than guessing an answer.");
        session.debriefFuture = QStringLiteral(
            "Leaders act on a clear recommendation backed by three points; the detail can wait "
            "for the appendix. Priya wants to use the same structure in her written updates and, "
            "later, in feedback conversations – her idea, not mine.");
        planExercise(session,
                     m_presentingProblem,
                     QStringLiteral("Present the whole monthly network performance pack at the "
                                    "next leadership meeting and take all the questions herself."),
                     QStringLiteral("Helen Ashworth and the operations leadership team; Tom "
                                    "attends but only steps in if Priya asks"),
                     weeksBeforePlanned(4).addDays(-1),
                     QStringLiteral("If I'm asked something I can't answer on the spot, then I "
                                    "say when I'll come back with it instead of guessing."));
        m_repositories.sessions.add(session);

        reviewAction(m_rewriteSlides,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Slides cut from fourteen to six, plus an appendix."));
        reviewAction(m_rehearsal,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Tom's \"keep\": the opening line. His "
                                    "\"change\": fewer numbers per slide."));
        reviewGoal(m_readinessGoal,
                   session,
                   25,
                   QStringLiteral("First piece of her work to lead to a decision in the "
                                  "leadership meeting; Helen now knows Priya by name."));
        reviewGoal(m_presentingGoal,
                   session,
                   45,
                   QStringLiteral("Presented one section decision-first, "
                                  "and a decision was taken in the room."));

        m_agreeWithTom = addAction(session,
                                   ActionOwner::Mentee,
                                   QStringLiteral("Agree with Tom that you present the whole pack "
                                                  "next month and he only steps in if you ask"),
                                   m_tom,
                                   m_presentingProblem,
                                   day.addDays(4),
                                   at(day.addDays(3), 10, 0));
        // Renegotiated at the second debrief: shorter, with a new date, which has since passed.
        m_firstNinetyDays = addAction(session,
                                      ActionOwner::Mentee,
                                      QStringLiteral("Draft half a page on your first "
                                                     "90 days as team lead: the three "
                                                     "things you would do first"),
                                      {},
                                      0,
                                      weeksBeforePlanned(1));
        m_introduceMarcus = addAction(session,
                                      ActionOwner::Mentor,
                                      QStringLiteral("Introduce Priya to Marcus Bell, who stepped "
                                                     "up from analyst to analytics lead at a "
                                                     "retailer two years ago"),
                                      QStringLiteral("Marcus Bell"),
                                      0,
                                      day.addDays(7),
                                      at(weeksBeforePlanned(3).addDays(1), 9, 15));
    }

    void cancelledSession()
    {
        Session session
            = newSession(Stage::Debrief, weeksBeforePlanned(5), SessionStatus::Cancelled);
        session.agenda = QStringLiteral("How you feel before the whole pack next week\n"
                                        "Start planning the feedback exercise");
        session.statusReason = QStringLiteral("Off sick with flu");
        session.notes = QStringLiteral("Cancelled on the day: Priya is off sick "
                                       "with flu. Rebooked for a week later; "
                                       "the open actions move to that session.");
        m_repositories.sessions.add(session);
    }

    void secondExercise()
    {
        const QDate day = weeksBeforePlanned(4);
        Session session = newSession(Stage::Exercise, day);
        session.agenda = QStringLiteral("How you are feeling after the flu\n"
                                        "Quick debrief: the whole pack "
                                        "at the leadership meeting\n"
                                        "Exercise: feedback to Dan on the route-cost dashboard");
        session.notes = QStringLiteral(
            "Priya is back to full strength. The whole pack went well yesterday: Tom did not step "
            "in once, and Helen has invited Priya to the quarterly planning review. We spent ten "
            "minutes on it and moved on to feedback, as agreed.\n"
            "The situation: Dan shipped the route-cost dashboard with a join that double-counts "
            "multi-drop routes, and a depot manager spotted it before Priya did. Priya fixed it "
            "quietly herself and has not mentioned it to Dan. We talked through "
            "situation–behaviour–impact and she wrote her opening lines in the session. She will "
            "raise it in her weekly one-to-one with Dan. Before her first monthly conversation "
            "with Aisha, she will ask how Aisha likes to receive feedback.");
        session.decisions = QStringLiteral(
            "Exercise on feedback: Dan and the double-counted "
            "routes, using situation–behaviour–impact.\n"
            "The 90-day outline carries to next time; Priya lost a week to illness.\n"
            "I still owe the introduction to Marcus.");
        session.privateNotes
            = QStringLiteral("Fixing Dan's error herself is the whole pattern in "
                             "miniature: protecting him, and herself, from an awkward "
                             "conversation. She knows it. She was visibly less "
                             "comfortable planning this exercise than the presenting one, "
                             "so I kept the first step small on purpose. I'm embarrassed "
                             "not to have reached Marcus yet – must do it this week.");
        session.hopedOutcome = QStringLiteral("Priya has had the conversation with Dan and can "
                                              "tell me, word for word, how she opened it.");
        planExercise(session,
                     m_feedbackProblem,
                     QStringLiteral("Give Dan feedback on the double-counted multi-drop routes: "
                                    "situation, behaviour, impact, then agree together what he "
                                    "checks before the next release."),
                     m_dan + QStringLiteral(", in their weekly one-to-one"),
                     day.addDays(10),
                     QStringLiteral("If Dan gets defensive, then I pause, "
                                    "acknowledge it and come back to the impact on "
                                    "the depot managers instead of backing off."));
        m_repositories.sessions.add(session);

        reviewAction(m_agreeWithTom,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Tom agreed, and stayed quiet for the whole meeting."));
        reviewAction(m_firstNinetyDays,
                     session,
                     ReviewDecision::Carried,
                     QStringLiteral("Not started: Priya was off sick for "
                                    "most of the fortnight. Kept as it is."));
        reviewAction(m_introduceMarcus,
                     session,
                     ReviewDecision::Carried,
                     QStringLiteral("My task: Marcus was on leave and "
                                    "I had not followed up. Carried."));
        reviewGoal(m_presentingGoal,
                   session,
                   65,
                   QStringLiteral("Presented the whole pack without Tom stepping in; invited to "
                                  "the quarterly planning review."));
        reviewGoal(m_feedbackGoal,
                   session,
                   10,
                   QStringLiteral("First corrective feedback conversation planned, with Dan."));

        m_conversationWithDan = addAction(session,
                                          ActionOwner::Mentee,
                                          QStringLiteral("Hold the feedback conversation with Dan "
                                                         "in your weekly one-to-one"),
                                          m_dan,
                                          m_feedbackProblem,
                                          day.addDays(10),
                                          at(day.addDays(10), 11, 0));
        m_feedbackGuide = addAction(session,
                                    ActionOwner::Mentor,
                                    QStringLiteral("Send Priya a one-page guide to "
                                                   "situation–behaviour–impact, with a worked "
                                                   "example from my own team"),
                                    {},
                                    m_feedbackProblem,
                                    day.addDays(2),
                                    at(day.addDays(1), 8, 30));
        m_askAisha = addAction(session,
                               ActionOwner::Mentee,
                               QStringLiteral("Ask Aisha how she likes to receive feedback, ready "
                                              "for your first monthly conversation with her"),
                               QStringLiteral("Aisha Khan (junior analyst)"),
                               m_feedbackProblem,
                               weeksBeforePlanned(2));
    }

    void secondDebrief()
    {
        const QDate day = weeksBeforePlanned(2);
        Session session = newSession(Stage::Debrief, day);
        session.agenda = QStringLiteral("Debrief: how did the conversation with Dan go?\n"
                                        "What to try next\n"
                                        "Goal review");
        session.notes = QStringLiteral(
            "Priya had the conversation, but by her own account it did not land. She opened with "
            "two minutes on what Dan does well, called the issue \"a small thing with the joins\" "
            "and closed by saying it happens to everyone. Dan thanked her, and two days later the "
            "same join turned up in his depot-utilisation report.\n"
            "We replayed the opening together. Priya noticed that she never said what the impact "
            "was: a depot manager had made a staffing call on the wrong numbers. She wants "
            "another go, short and specific this time, and to agree a pre-release check with Dan "
            "instead of fixing things herself.\n"
            "Aisha has been on leave, so that question waits until she "
            "is back. Marcus and Priya have a call booked for next week.");
        session.decisions
            = QStringLiteral("A second, shorter conversation with Dan before our next session.\n"
                             "The 90-day outline becomes half a page, with a new date.\n"
                             "Next session: debrief the second conversation.");
        session.privateNotes = QStringLiteral(
            "The most useful session so far, precisely because it did not go well. She was "
            "visibly upset for a moment when she described the depot manager's call – she cares a "
            "great deal. I resisted the urge to hand her a script; she wrote her own opening, and "
            "it was better than mine would have been. The 90-day outline keeps slipping: is it "
            "time, or is she avoiding imagining herself in the role? Ask gently next time.");
        session.hopedOutcome = QStringLiteral("Priya has had a second, shorter conversation with "
                                              "Dan, and they have agreed a pre-release check.");
        session.debriefOutcome = DebriefOutcome::DidNotGoWell;
        session.debriefTryNext = QStringLiteral(
            "Name the behaviour and its impact in the first two "
            "minutes, without wrapping it in compliments.\n"
            "Ask Dan what he thinks happened before offering a fix.\n"
            "Agree one concrete pre-release check together and confirm it in writing.\n"
            "Stop fixing his errors silently.");
        planExercise(session,
                     m_feedbackProblem,
                     QStringLiteral("Second conversation with Dan: name the double-counting and "
                                    "its impact in the first two minutes, ask for his view, and "
                                    "agree a pre-release check together."),
                     m_dan,
                     m_plannedDay.addDays(-3),
                     QStringLiteral("If I hear myself softening it, then I stop "
                                    "and restate the impact in one sentence."));
        m_repositories.sessions.add(session);

        reviewAction(m_firstNinetyDays,
                     session,
                     ReviewDecision::Renegotiated,
                     QStringLiteral("Still not started. Cut from a page to half a page, with a "
                                    "new date: the full page felt to Priya too much like "
                                    "applying for the job already."));
        reviewAction(m_introduceMarcus,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Introduced by email; Priya and Marcus have a call booked."));
        reviewAction(m_conversationWithDan,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Held on time, but the feedback "
                                    "did not land – see the debrief."));
        reviewAction(m_feedbackGuide,
                     session,
                     ReviewDecision::Done,
                     QStringLiteral("Priya used it to prepare; the gap was "
                                    "in the delivery, not the preparation."));
        reviewAction(m_askAisha,
                     session,
                     ReviewDecision::Carried,
                     QStringLiteral("Aisha was on annual leave for "
                                    "the fortnight. Carried as it is."));
        reviewGoal(m_readinessGoal,
                   session,
                   40,
                   QStringLiteral("Invited to the quarterly planning review; the call with "
                                  "Marcus is booked. The 90-day outline is still outstanding."));
        reviewGoal(m_feedbackGoal,
                   session,
                   20,
                   QStringLiteral("First corrective conversation held. It did not land, but "
                                  "Priya could say exactly why. Comfort now 4 out of 10."));

        addAction(session,
                  ActionOwner::Mentee,
                  QStringLiteral("Hold a short follow-up with Dan: the impact first, then his "
                                 "view, then agree the pre-release check and confirm it by email"),
                  m_dan,
                  m_feedbackProblem,
                  m_plannedDay.addDays(-3));
        addAction(session,
                  ActionOwner::Mentor,
                  QStringLiteral("Send Priya the short article on why "
                                 "the \"feedback sandwich\" backfires"),
                  {},
                  m_feedbackProblem,
                  m_plannedDay.addDays(-2));
    }

    void plannedSession()
    {
        Session session = newSession(Stage::Debrief, m_plannedDay, SessionStatus::Planned);
        session.agenda = QStringLiteral("Debrief: the second conversation with Dan – how did you "
                                        "open it, and how did he respond?\n"
                                        "Goal review: feedback and team lead readiness\n"
                                        "Next exercise: feedback to Aisha, "
                                        "or the quarterly planning review?");
        m_repositories.sessions.add(session);
    }

    Repositories &m_repositories;
    const QDate m_plannedDay;
    const QString m_tom = QStringLiteral("Tom Whitfield (Head of Data)");
    const QString m_dan = QStringLiteral("Dan Okafor (junior analyst)");
    Id m_menteeId = 0;
    int m_sequence = 0;

    Id m_readinessGoal = 0;
    Id m_feedbackGoal = 0;
    Id m_presentingGoal = 0;
    Id m_presentingProblem = 0;
    Id m_feedbackProblem = 0;

    // Actions that a later session reviews.
    Id m_welcomeNote = 0;
    Id m_smartDrafts = 0;
    Id m_askTom = 0;
    Id m_exampleSummaries = 0;
    Id m_rewriteSlides = 0;
    Id m_rehearsal = 0;
    Id m_agreeWithTom = 0;
    Id m_firstNinetyDays = 0;
    Id m_introduceMarcus = 0;
    Id m_conversationWithDan = 0;
    Id m_feedbackGuide = 0;
    Id m_askAisha = 0;
};

} // namespace

Id add(Repositories &repositories, const QDate &today)
{
    Transaction transaction(repositories.database());
    const Id menteeId = Story(repositories, today).tell();
    transaction.commit();
    return menteeId;
}

} // namespace Mentorbook::SampleRelationship
