<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>this mentee already has a session number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this goal was already reviewed at session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action was already reviewed at session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionChecklist</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionChecklistModel</name>
    <message>
        <source>Complete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
(carried forward %n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionDelegate</name>
    <message numerus="yes">
        <source>(carried %n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Agenda</name>
    <message>
        <source>Agenda – Session %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoped for since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Check-in and rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>carried %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>2. Review of the actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Agree actions: what, who, with whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Summary and next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last progress %1%2 (session %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals in focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::AttachmentModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarExport</name>
    <message>
        <source>Mentoring with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring: session %1 with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::CarryOverModel</name>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on a temporary database holding the sample relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session a document is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee to list or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see mentorbook --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  mentorbook [--database FILE] [--demo]
  mentorbook [--database FILE] sample
  mentorbook [--database FILE] list mentees | sessions --mentee ID | actions --mentee ID
  mentorbook [--database FILE] export json [-o FILE.json]
  mentorbook [--database FILE] import json FILE.json
  mentorbook [--database FILE] export agenda|recap --session ID [-o FILE.pdf]
  mentorbook [--database FILE] export summary --mentee ID [-o FILE.pdf]
  mentorbook [--database FILE] export ics --mentee ID [-o FILE.ics]
  mentorbook [--database FILE] backup -o FILE.sqlite
  mentorbook [--database FILE] check

Mentorbook keeps each mentoring relationship&apos;s sessions, SMART goals and agreed
actions in one private SQLite file. Without a command it opens the window.

Commands:
  sample         Add the sample mentoring relationship to the database.
  list           List the mentees, or a mentee&apos;s sessions or actions.
  export json    Write the whole database as a JSON document.
  export ics     Write a mentee&apos;s planned sessions as an iCalendar file.
  import json    Read a JSON document into the database (all or nothing).
  backup         Write a consistent copy of the database.
  check          Check the database&apos;s integrity.

The database is %1 unless --database names another.
Exit status: 0 on success, 1 on bad input, 2 on a usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mentee expects a mentee id (a positive whole number), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what? (mentees, sessions or actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot; (mentees, sessions or actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1 is not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export what? (json or ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import what? (json FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import json needs the FILE to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs --mentee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added the sample relationship with %1 (mentee %2, %n session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT MEETING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARRIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mentee(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) and </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is healthy: database version %2, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (it is not an SQLite file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Mentorbook. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentorbook (database version %2; this version understands up to %3). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook; open it for writing once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::EntityModel</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Enums</name>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-flowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem statement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not go well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opportunity arose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations of the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred mentor qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure of progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoped to achieve by next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mentee will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If–then plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means for the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalEditor</name>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specific:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you both know it is achieved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it within reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achievable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does it matter now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relevant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time-bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How progress is measured, review by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;easure of progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the most important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals set the focus of the relationship. Add one in SMART form: specific, measurable, achievable, relevant and time-bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal was already reviewed at the selected session; edit the review below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress at the session selected in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalReviewModel</name>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::JsonImporter</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected base64 text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is used twice (also by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object with &quot;format&quot;: &quot;mentorbook&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;mentorbook&quot;; this is not a Mentorbook document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is newer than this version of Mentorbook reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a version of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::LocaleFormat</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new mentoring relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next session, with the stage the method suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;sample relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected session&apos;s agenda to bring to the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newest sessions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mentorbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mentorbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each mentoring relationship in one place: the sessions, the SMART goals and the actions you agree. Mentorbook guides you from the pre-work through introductions and focus to exercises and debriefs. Everything stays on this computer, and every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the sample relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentee matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one: the pre-work, when you ask for a resume and a job description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and all of the relationship&apos;s sessions, goals and actions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring everything back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mentorbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Sessions, SMART goals and agreed actions for mentors, private and offline.&lt;/p&gt;&lt;p&gt;Your data: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::MenteeDelegate</name>
    <message>
        <source>Meeting overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Method</name>
    <message>
        <source>Learn about the mentee before you meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the mentee for a current resume and job description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them: what stands out, and what would you like to ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the key topics you expect to discuss in the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you already know about where they want to go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get to know each other and the goals of the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share your background, and ask the mentee to share theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are your goals for this mentoring relationship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you expect of me as your mentor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mentor qualities do you prefer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of your strengths do you want to build on, and what would you like to develop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: what would you like to be different a year from now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reality: where are you today on that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the focus to 2–3 problem statements and set SMART goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which goal is most important to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which 2–3 problem statements will set the stage for our exercises?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is each goal specific, measurable, achievable, relevant and time-bound?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we measure progress, session by session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: what exactly do you want to achieve, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reality: what have you tried so far, and what happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: which problem would make the biggest difference if solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one problem statement and plan a concrete exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which problem statement do you want to work on now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do, with whom, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture it: how will it go, step by step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the key steps before our next meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the likely obstacle, and what will you do if it comes up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: what could you do? What else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will: what will you do, and how sure are you, from 1 to 10?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from how the exercise went, then take the next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it went well: what went well, and what does that mean for the future?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it did not go well: what should you try next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it did not happen: why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build on the same problem statement with a new action, or move to another?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reality: what actually happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will: what is the next small step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-flowing conversation, for mentees who want less structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on your mind today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a story from my own experience that would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to take away from this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: what would make this hour worthwhile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will: what will you do before we next meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the actions agreed last time: done, not done, why (your own tasks too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s focus, against the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree actions: what, who, with whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: what you hope to achieve by the next session; the next meeting date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Migrations</name>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::OverviewPanel</name>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled / missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days (agreed: every %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a session to prepare for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Planning</name>
    <message>
        <source>Check-in and rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the actions agreed last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a current resume and job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them before the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share our backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee&apos;s goals for the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations of the mentor; preferred mentor qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which goal matters most? Narrow to 2–3 problem statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one problem statement; plan the exercise: what, with whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief the exercise: how did it go, and what next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree actions: what, who, with whom, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: hoped to achieve by next session; next meeting date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProblemStatementDialog</name>
    <message>
        <source>New problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every blank first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProfileEditor</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured follows the program outline; free-flowing suits mentees who want open conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, video call, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred st&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expectations of me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Development areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the mentee&apos;s resume and job description here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pre-work files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProgressHistory</name>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress at each review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Repository</name>
    <message>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restored %1 needs its time stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 belongs to another mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionEditor</name>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the timeline, or plan the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room, or a video-call link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you both hope will be achieved by the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoped for by next time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own observations. Never printed in the mentee&apos;s recap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see these notes; they are never part of what the mentee receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the goals the mentee shares on the Goals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the actions agreed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than three problem statements are active: narrow the focus to 2–3, and park the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the selected problem statement higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the selected problem statement lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it &amp;go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it mean for the &amp;future?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be tried &amp;next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did it &amp;not happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem &amp;statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will the mentee do? Help them picture it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the likely obstacle comes up, then the mentee will…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;If–then plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step the mentee takes before the next meeting: an action with a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will the mentee do before the next meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank problem statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise set at session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionTimelineModel</name>
    <message>
        <source>Session %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Store</name>
    <message>
        <source>Add the sample relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::TimelineDelegate</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Validation</name>
    <message>
        <source>a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the id of a row (a positive whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 is required (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 %2 (expected one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intended end comes before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in every blank (___) of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise is due before the session that set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is only recorded when the exercise did not happen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDateEdit</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
