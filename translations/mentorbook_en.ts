<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Mentorbook::ActionChecklistModel</name>
    <message numerus="yes">
        <source>%1
(carried forward %n time(s))</source>
        <translation>
            <numerusform>%1
(carried forward %n time)</numerusform><numerusform>%1
(carried forward %n times)</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionDelegate</name>
    <message numerus="yes">
        <source>(carried %n time(s))</source>
        <translation>
            <numerusform>(carried %n time)</numerusform><numerusform>(carried %n times)</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Agenda</name>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform><numerusform>%1 · %n min</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarPublishing</name>
    <message numerus="yes">
        <source>Published %n session change(s) to the calendar server.</source>
        <translation>
            <numerusform>Published %n session change to the calendar server.</numerusform><numerusform>Published %n session changes to the calendar server.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform><numerusform>in %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::CommandLine</name>
    <message numerus="yes">
        <source>Added the sample relationship with %1 (mentee %2, %n session(s)).</source>
        <translation>
            <numerusform>Added the sample relationship with %1 (mentee %2, %n session).</numerusform><numerusform>Added the sample relationship with %1 (mentee %2, %n sessions).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mentee(s), </source>
        <translation>
            <numerusform>Imported %n mentee, </numerusform><numerusform>Imported %n mentees, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), </source>
        <translation>
            <numerusform>%n session, </numerusform><numerusform>%n sessions, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) and </source>
        <translation>
            <numerusform>%n goal and </numerusform><numerusform>%n goals and </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s).</source>
        <translation>
            <numerusform>%n action.</numerusform><numerusform>%n actions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 has %n problem: %2</numerusform><numerusform>%1 has %n problems: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s), </source>
        <translation>
            <numerusform>%n mentee, </numerusform><numerusform>%n mentees, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (mentee %2): %n text(s)</source>
        <translation>
            <numerusform>%1 (mentee %2): %n text</numerusform><numerusform>%1 (mentee %2): %n texts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>More texts hold it: these are the best %n. Add words to narrow it down.</source>
        <translation>
            <numerusform>More texts hold it: these are the best %n. Add words to narrow it down.</numerusform><numerusform>More texts hold it: these are the best %n. Add words to narrow it down.</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::MainWindow</name>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session held</numerusform><numerusform>%n sessions held</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::MenteeDelegate</name>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action overdue</numerusform><numerusform>%n actions overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::OverviewPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::RelationshipSummary</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session held</numerusform><numerusform>%n sessions held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n action agreed</numerusform><numerusform>%n actions agreed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform><numerusform>%n done</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::ReportContent</name>
    <message numerus="yes">
        <source>carried %n time(s)</source>
        <translation>
            <numerusform>carried %n time</numerusform><numerusform>carried %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::Repository</name>
    <message numerus="yes">
        <source>and %n more row(s) of %1 would be refused</source>
        <translation>
            <numerusform>and %n more row of %1 would be refused</numerusform><numerusform>and %n more rows of %1 would be refused</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::SchemaCheck</name>
    <message numerus="yes">
        <source>and %n more row(s) of %1 break rules</source>
        <translation>
            <numerusform>and %n more row of %1 break rules</numerusform><numerusform>and %n more rows of %1 break rules</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchDialog</name>
    <message numerus="yes">
        <source>The best %n texts: add words to narrow it down.</source>
        <translation>
            <numerusform>The best %n texts: add words to narrow it down.</numerusform><numerusform>The best %n texts: add words to narrow it down.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in %1</source>
        <translation>
            <numerusform>%n text in %1</numerusform><numerusform>%n texts in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform><numerusform>%n relationships</numerusform></translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n text(s))</source>
        <translation>
            <numerusform>%1 (%n text)</numerusform><numerusform>%1 (%n texts)</numerusform></translation>
    </message>
</context>
</TS>