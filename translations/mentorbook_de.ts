<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Mentorbook::ActionChecklist</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offene</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Von allen</translation>
    </message>
    <message>
        <source>The mentee&apos;s</source>
        <translation>Vom Mentee</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Von mir</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Whose actions</source>
        <translation>Wessen Aufgaben</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The agreed actions: check one when it is done; F2 edits the cell</source>
        <translation>Die vereinbarten Aufgaben: abhaken, wenn erledigt; F2 bearbeitet die Zelle</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionChecklistModel</name>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
(carried forward %n time(s))</source>
        <translation>
            <numerusform>%1
(%n-mal verschoben)</numerusform>
            <numerusform>%1
(%n-mal verschoben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionDelegate</name>
    <message numerus="yes">
        <source>(carried %n time(s))</source>
        <translation>
            <numerusform>(%n-mal verschoben)</numerusform>
            <numerusform>(%n-mal verschoben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Agenda</name>
    <message>
        <source>Agenda – Session %1 – %2</source>
        <translation>Agenda – Sitzung %1 – %2</translation>
    </message>
    <message>
        <source>Session %1 with %2</source>
        <translation>Sitzung %1 mit %2</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen für das Gespräch</translation>
    </message>
    <message>
        <source>Goals in focus</source>
        <translation>Ziele im Fokus</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Hoped for since last time:</source>
        <translation>Beim letzten Mal erhofft:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n Min.</numerusform>
            <numerusform>%1 · %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>How have things been since we last met? What is on your mind today?</source>
        <translation>Wie ist es Ihnen seit unserem letzten Treffen ergangen? Was beschäftigt Sie heute?</translation>
    </message>
    <message>
        <source>For each: done, not done — and why?</source>
        <translation>Jeweils: erledigt, nicht erledigt – und warum?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (Sitzung %2)</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>noch nicht überprüft</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Fortschrittsindikator</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Letzter Fortschritt</translation>
    </message>
    <message>
        <source>What, who, with whom, by when?</source>
        <translation>Was, wer, mit wem, bis wann?</translation>
    </message>
    <message>
        <source>Files to read</source>
        <translation>Zu lesende Unterlagen</translation>
    </message>
    <message>
        <source>No files yet: ask the mentee for a current resume and job description.</source>
        <translation>Noch keine Unterlagen: Bitten Sie Ihren Mentee um einen aktuellen Lebenslauf und eine Stellenbeschreibung.</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Vorzubereiten</translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation>Vor dem Treffen</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Questions for the first meeting</source>
        <translation>Fragen für das erste Treffen</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Erstes Treffen</translation>
    </message>
    <message>
        <source>Not planned yet: propose a date when you welcome the mentee.</source>
        <translation>Noch nicht geplant: Schlagen Sie einen Termin vor, wenn Sie Ihren Mentee begrüßen.</translation>
    </message>
    <message>
        <source>How are you today? What would make our first meeting worthwhile for you?</source>
        <translation>Wie geht es Ihnen heute? Was würde unser erstes Treffen für Sie lohnend machen?</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>if … then: %1</source>
        <translation>wenn … dann: %1</translation>
    </message>
    <message>
        <source>The exercise set at session %1:</source>
        <translation>Die in Sitzung %1 vereinbarte Übung:</translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation>Es wurde vorher keine Übung zur Nachbesprechung geplant.</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Stärken:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Entwicklungsfelder:</translation>
    </message>
    <message>
        <source>What do you hope to achieve by the next session?</source>
        <translation>Was möchten Sie bis zur nächsten Sitzung erreichen?</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Nächstes Treffen:</translation>
    </message>
    <message>
        <source>What do you hope to achieve by the next session? When do we meet next? None is planned yet.</source>
        <translation>Was möchten Sie bis zur nächsten Sitzung erreichen? Wann treffen wir uns wieder? Noch ist kein Treffen geplant.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::AttachmentModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalDavPublisher</name>
    <message>
        <source>No calendar address is set: enter it under Preferences › Calendar server.</source>
        <translation>Es ist keine Kalenderadresse eingetragen: Tragen Sie sie unter Einstellungen › Kalenderserver ein.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a calendar: it starts with https:// and names the server and the calendar, as https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.</source>
        <translation>„%1“ ist keine Kalenderadresse: Sie beginnt mit https:// und nennt Server und Kalender, etwa https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.</translation>
    </message>
    <message>
        <source>The database is open read-only, so Mentorbook cannot note what the calendar server has; nothing was published.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet, daher kann Mentorbook nicht festhalten, was der Kalenderserver hat; nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <source>The calendar server %1 could not be trusted, so nothing was sent: %2.</source>
        <translation>Dem Kalenderserver %1 konnte nicht vertraut werden, daher wurde nichts gesendet: %2.</translation>
    </message>
    <message>
        <source>The calendar server %1 refused the user name or password (HTTP 401): check them under Preferences › Calendar server.</source>
        <translation>Der Kalenderserver %1 hat Benutzername oder Passwort abgelehnt (HTTP 401): Prüfen Sie sie unter Einstellungen › Kalenderserver.</translation>
    </message>
    <message>
        <source>The calendar server %1 does not let %2 write to the calendar at %3 (HTTP 403).</source>
        <translation>Der Kalenderserver %1 lässt %2 nicht in den Kalender unter %3 schreiben (HTTP 403).</translation>
    </message>
    <message>
        <source>There is no calendar at %1 (HTTP %2): check the calendar&apos;s address under Preferences › Calendar server.</source>
        <translation>Unter %1 gibt es keinen Kalender (HTTP %2): Prüfen Sie die Adresse des Kalenders unter Einstellungen › Kalenderserver.</translation>
    </message>
    <message>
        <source>The calendar server %1 refused to store a session (HTTP %2 %3).</source>
        <translation>Der Kalenderserver %1 hat das Speichern einer Sitzung abgelehnt (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The calendar server %1 cannot be reached: it did not answer within %2 seconds.</source>
        <translation>Der Kalenderserver %1 ist nicht erreichbar: Er hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The calendar server %1 cannot be reached: %2.</source>
        <translation>Der Kalenderserver %1 ist nicht erreichbar: %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarExport</name>
    <message>
        <source>Mentoring with %1</source>
        <translation>Mentoring mit %1</translation>
    </message>
    <message>
        <source>Mentoring: session %1 with %2 (%3)</source>
        <translation>Mentoring: Sitzung %1 mit %2 (%3)</translation>
    </message>
    <message>
        <source>Mentoring: %1 and %2, session %3 (%4)</source>
        <translation>Mentoring: %1 und %2, Sitzung %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has no sessions to put in a calendar yet.</source>
        <translation>%1 hat noch keine Sitzungen für einen Kalender.</translation>
    </message>
    <message>
        <source>Calendars need your email address as the meetings&apos; organizer: set it under Preferences › You.</source>
        <translation>Kalender brauchen Ihre E-Mail-Adresse als Organisator der Treffen: Tragen Sie sie unter Einstellungen › Sie ein.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Session %1 was held: there is nothing to invite to or cancel.</source>
        <translation>Sitzung %1 hat stattgefunden: Es gibt nichts einzuladen oder abzusagen.</translation>
    </message>
    <message>
        <source>Session %1 was missed: there is nothing to invite to or cancel.</source>
        <translation>Sitzung %1 wurde versäumt: Es gibt nichts einzuladen oder abzusagen.</translation>
    </message>
    <message>
        <source>%1 has no email address: add it to the profile to send invitations.</source>
        <translation>%1 hat keine E-Mail-Adresse: Tragen Sie sie im Profil ein, um Einladungen zu senden.</translation>
    </message>
    <message>
        <source>Cancelled: mentoring session %1, %2</source>
        <translation>Abgesagt: Mentoring-Sitzung %1, %2</translation>
    </message>
    <message>
        <source>Invitation: mentoring session %1, %2</source>
        <translation>Einladung: Mentoring-Sitzung %1, %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>our session %1 is cancelled:</source>
        <translation>unsere Sitzung %1 ist abgesagt:</translation>
    </message>
    <message>
        <source>The attached cancellation takes it out of your calendar.</source>
        <translation>Die angehängte Absage nimmt sie aus Ihrem Kalender.</translation>
    </message>
    <message>
        <source>here is the invitation to our session %1:</source>
        <translation>hier ist die Einladung zu unserer Sitzung %1:</translation>
    </message>
    <message>
        <source>Open the attached invitation to put it in your calendar, or let me know if the time does not suit you.</source>
        <translation>Öffnen Sie die angehängte Einladung, um sie in Ihren Kalender zu übernehmen, oder sagen Sie mir Bescheid, wenn der Termin Ihnen nicht passt.</translation>
    </message>
    <message>
        <source>What I would like us to talk about:</source>
        <translation>Worüber ich gern mit Ihnen sprechen möchte:</translation>
    </message>
    <message>
        <source>With best wishes,
%1</source>
        <translation>Mit besten Grüßen
%1</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarPublishing</name>
    <message>
        <source>P&amp;ublish to Calendar Server</source>
        <translation>Auf dem Kalenderserver veröffentlic&amp;hen</translation>
    </message>
    <message>
        <source>Write the planned, moved and cancelled sessions to your calendar server now</source>
        <translation>Die geplanten, verschobenen und abgesagten Sitzungen jetzt auf Ihren Kalenderserver schreiben</translation>
    </message>
    <message>
        <source>Publishing to the calendar server: %1 of %2…</source>
        <translation>Veröffentlichung auf dem Kalenderserver: %1 von %2…</translation>
    </message>
    <message>
        <source>Set your calendar&apos;s address under Preferences › Calendar server first</source>
        <translation>Tragen Sie zuerst die Adresse Ihres Kalenders unter Einstellungen › Kalenderserver ein</translation>
    </message>
    <message>
        <source>The keyring holds no password for %1 on the calendar server: enter it under Preferences › Calendar server.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für %1 auf dem Kalenderserver: Tragen Sie es unter Einstellungen › Kalenderserver ein.</translation>
    </message>
    <message>
        <source>The calendar server has every session already.</source>
        <translation>Der Kalenderserver hat bereits jede Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n session change(s) to the calendar server.</source>
        <translation>
            <numerusform>%n Sitzungsänderung auf dem Kalenderserver veröffentlicht.</numerusform>
            <numerusform>%n Sitzungsänderungen auf dem Kalenderserver veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published to the calendar server: %1 Mentorbook tries again %2; nothing is lost meanwhile.</source>
        <translation>Nicht auf dem Kalenderserver veröffentlicht: %1 Mentorbook versucht es %2 erneut; bis dahin geht nichts verloren.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarServerGroup</name>
    <message>
        <source>Calendar server</source>
        <translation>Kalenderserver</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/</source>
        <translation>https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/</translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the keyring</source>
        <translation>Leer lassen, um das im Schlüsselbund zu behalten</translation>
    </message>
    <message>
        <source>Mentorbook writes each session to this calendar as it is planned, moved or cancelled. Use an https:// address: with http:// the password travels unencrypted, which is safe only to this computer.</source>
        <translation>Mentorbook schreibt jede Sitzung in diesen Kalender, sobald sie geplant, verschoben oder abgesagt wird. Verwenden Sie eine https://-Adresse: Mit http:// geht das Passwort unverschlüsselt über das Netz, was nur zu diesem Computer sicher ist.</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>Kalender&amp;adresse:</translation>
    </message>
    <message>
        <source>Lo&amp;gin name:</source>
        <translation>Anmel&amp;dename:</translation>
    </message>
    <message>
        <source>Password (&amp;kept in the keyring):</source>
        <translation>Passwort (im Sc&amp;hlüsselbund):</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CarryOverModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Verschoben</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Die Datenbank DATEI statt der Standarddatenbank verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the window on a temporary database holding the sample relationship.</source>
        <translation>Das Fenster mit einer temporären Datenbank öffnen, die die Beispiel-Beziehung enthält.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The session a document is about.</source>
        <translation>Die Sitzung, um die es im Dokument geht.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The mentee to list or export.</source>
        <translation>Der Mentee, dessen Daten aufgelistet oder exportiert werden.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>(see mentorbook --help)</source>
        <translation>(siehe mentorbook --help)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>--mentee expects a mentee id (a positive whole number), not &quot;%1&quot;</source>
        <translation>--mentee erwartet die ID eines Mentees (eine positive ganze Zahl), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list what? (mentees, sessions or actions)</source>
        <translation>was auflisten? (mentees, sessions oder actions)</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot; (mentees, sessions or actions)</source>
        <translation>&quot;%1&quot; kann nicht aufgelistet werden (mentees, sessions oder actions)</translation>
    </message>
    <message>
        <source>import what? (json FILE)</source>
        <translation>was importieren? (json DATEI)</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;</source>
        <translation>&quot;%1&quot; kann nicht importiert werden</translation>
    </message>
    <message>
        <source>import json needs the FILE to read</source>
        <translation>import json benötigt die zu lesende DATEI</translation>
    </message>
    <message>
        <source>backup needs -o FILE</source>
        <translation>backup benötigt -o DATEI</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 gilt nicht für %2</translation>
    </message>
    <message>
        <source>%1 %2 needs --mentee ID</source>
        <translation>%1 %2 benötigt --mentee ID</translation>
    </message>
    <message numerus="yes">
        <source>Added the sample relationship with %1 (mentee %2, %n session(s)).</source>
        <translation>
            <numerusform>Beispiel-Beziehung mit %1 hinzugefügt (Mentee %2, %n Sitzung).</numerusform>
            <numerusform>Beispiel-Beziehung mit %1 hinzugefügt (Mentee %2, %n Sitzungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SITZUNGEN</translation>
    </message>
    <message>
        <source>NEXT MEETING</source>
        <translation>NÄCHSTES TREFFEN</translation>
    </message>
    <message>
        <source>OPEN ACTIONS</source>
        <translation>OFFENE AUFGABEN</translation>
    </message>
    <message>
        <source>NO.</source>
        <translation>NR.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ZUSTÄNDIG</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>CARRIED</source>
        <translation>VERSCHOBEN</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mentee(s), </source>
        <translation>
            <numerusform>Importiert: %n Mentee, </numerusform>
            <numerusform>Importiert: %n Mentees, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), </source>
        <translation>
            <numerusform>%n Sitzung, </numerusform>
            <numerusform>%n Sitzungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) and </source>
        <translation>
            <numerusform>%n Ziel und </numerusform>
            <numerusform>%n Ziele und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s).</source>
        <translation>
            <numerusform>%n Aufgabe.</numerusform>
            <numerusform>%n Aufgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 wurde in %2 gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 hat %n Problem: %2</numerusform>
            <numerusform>%1 hat %n Probleme: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is healthy: database version %2, </source>
        <translation>%1 ist in Ordnung: Datenbankversion %2, </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s), </source>
        <translation>
            <numerusform>%n Mentee, </numerusform>
            <numerusform>%n Mentees, </numerusform>
        </translation>
    </message>
    <message>
        <source>--session expects a session id (a positive whole number), not &quot;%1&quot;</source>
        <translation>--session erwartet die ID einer Sitzung (eine positive ganze Zahl), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export what? (agenda, recap, summary, ics or json)</source>
        <translation>was exportieren? (agenda, recap, summary, ics oder json)</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot; (agenda, recap, summary, ics or json)</source>
        <translation>&quot;%1&quot; kann nicht exportiert werden (agenda, recap, summary, ics oder json)</translation>
    </message>
    <message>
        <source>%1 %2 needs --session ID</source>
        <translation>%1 %2 benötigt --session ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>Konnte nicht in die Standardausgabe schreiben: %1.</translation>
    </message>
    <message>
        <source>Your email address as the calendar&apos;s organizer, instead of the one in Preferences.</source>
        <translation>Ihre E-Mail-Adresse als Organisator des Kalenders, statt der aus den Einstellungen.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>--organizer: %1</source>
        <translation>--organizer: %1</translation>
    </message>
    <message>
        <source>Calendars need your email address as the meetings&apos; organizer: give it with --organizer EMAIL, or set it under Preferences › You.</source>
        <translation>Kalender brauchen Ihre E-Mail-Adresse als Organisator der Treffen: Geben Sie sie mit --organizer E-MAIL an oder tragen Sie sie unter Einstellungen › Sie ein.</translation>
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
  mentorbook [--database FILE] export ics --mentee ID [--organizer EMAIL] [-o FILE.ics]
  mentorbook [--database FILE] backup -o FILE.sqlite
  mentorbook [--database FILE] check
  mentorbook [--database FILE] search WORDS… [--mentee ID]

Mentorbook keeps each mentoring relationship&apos;s sessions, SMART goals and agreed
actions in one private SQLite file. Without a command it opens the window.

Commands:
  sample         Add the sample mentoring relationship to the database.
  list           List the mentees, or a mentee&apos;s sessions or actions.
  export json    Write the whole database as a JSON document.
  export agenda  Write a session&apos;s one-page agenda as a PDF.
  export recap   Write a session&apos;s recap for the mentee as a PDF.
  export summary Write a summary of a mentoring relationship as a PDF.
  export ics     Write a mentee&apos;s sessions as an iCalendar file, organized by
                 your email (from Preferences, or --organizer).
  import json    Read a JSON document into the database (all or nothing).
  backup         Write a consistent copy of the database.
  check          Check the database&apos;s integrity.
  search         Find the texts that hold every word (or the start of it),
                 or a &quot;phrase&quot; in quotes, in every relationship or one.

PDF documents without -o are saved under their usual name in the current
folder; -o - writes them to standard output.
The database is %1 unless --database names another.
Exit status: 0 on success, 1 on bad input, 2 on a usage error.
</source>
        <translation>Aufruf:
  mentorbook [--database DATEI] [--demo]
  mentorbook [--database DATEI] sample
  mentorbook [--database DATEI] list mentees | sessions --mentee ID | actions --mentee ID
  mentorbook [--database DATEI] export json [-o DATEI.json]
  mentorbook [--database DATEI] import json DATEI.json
  mentorbook [--database DATEI] export agenda|recap --session ID [-o DATEI.pdf]
  mentorbook [--database DATEI] export summary --mentee ID [-o DATEI.pdf]
  mentorbook [--database DATEI] export ics --mentee ID [--organizer E-MAIL] [-o DATEI.ics]
  mentorbook [--database DATEI] backup -o DATEI.sqlite
  mentorbook [--database DATEI] check
  mentorbook [--database DATEI] search WÖRTER… [--mentee ID]

Mentorbook speichert die Sitzungen, SMART-Ziele und vereinbarten Aufgaben jeder
Mentoring-Beziehung in einer privaten SQLite-Datei. Ohne Befehl öffnet sich das Fenster.

Befehle:
  sample         Die Beispiel-Beziehung zur Datenbank hinzufügen.
  list           Die Mentees oder die Sitzungen bzw. Aufgaben eines Mentees auflisten.
  export json    Die gesamte Datenbank als JSON-Dokument schreiben.
  export agenda  Die einseitige Agenda einer Sitzung als PDF schreiben.
  export recap   Das Protokoll einer Sitzung für den Mentee als PDF schreiben.
  export summary Eine Zusammenfassung einer Mentoring-Beziehung als PDF schreiben.
  export ics     Die Sitzungen eines Mentees als iCalendar-Datei schreiben, organisiert
                 von Ihrer E-Mail-Adresse (aus den Einstellungen oder --organizer).
  import json    Ein JSON-Dokument in die Datenbank einlesen (alles oder nichts).
  backup         Eine konsistente Kopie der Datenbank schreiben.
  check          Die Integrität der Datenbank prüfen.
  search         Die Texte finden, die jedes Wort (oder seinen Anfang) oder eine
                 „Wortgruppe“ in Anführungszeichen enthalten, in allen Beziehungen oder einer.

PDF-Dokumente werden ohne -o unter ihrem üblichen Namen im aktuellen Ordner
gespeichert; mit -o - werden sie in die Standardausgabe geschrieben.
Die Datenbank ist %1, sofern --database keine andere angibt.
Exit-Status: 0 bei Erfolg, 1 bei ungültiger Eingabe, 2 bei fehlerhaftem Aufruf.
</translation>
    </message>
    <message>
        <source>search for what? (search WORDS…)</source>
        <translation>wonach suchen? (search WÖRTER…)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to search for.</source>
        <translation>„%1“ enthält kein Wort, nach dem sich suchen lässt.</translation>
    </message>
    <message>
        <source>No text holds &quot;%1&quot;.</source>
        <translation>Kein Text enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mentee %2): %n text(s)</source>
        <translation>
            <numerusform>%1 (Mentee %2): %n Text</numerusform>
            <numerusform>%1 (Mentee %2): %n Texte</numerusform>
        </translation>
    </message>
    <message>
        <source>(session ID %1)</source>
        <translation>(Sitzung ID %1)</translation>
    </message>
    <message>
        <source>(action ID %1)</source>
        <translation>(Aufgabe ID %1)</translation>
    </message>
    <message numerus="yes">
        <source>More texts hold it: these are the best %n. Add words to narrow it down.</source>
        <translation>
            <numerusform>Mehr Texte enthalten es: dies ist der beste. Fügen Sie Wörter hinzu, um die Suche einzugrenzen.</numerusform>
            <numerusform>Mehr Texte enthalten es: dies sind die besten %n. Fügen Sie Wörter hinzu, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 ist keine Mentorbook-Datenbank (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 ist bereits in %2 geöffnet (Prozess %3 auf %4). Schließen Sie die Datei zuerst dort.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (%2). It was not changed.</source>
        <translation>%1 ist keine Mentorbook-Datenbank (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Mentorbook. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Mentorbook. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentorbook (database version %2; this version understands up to %3). It was not changed.</source>
        <translation>%1 wurde von einer neueren Mentorbook-Version geschrieben (Datenbankversion %2; diese Version versteht höchstens %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook; open it for writing once to upgrade it.</source>
        <translation>%1 wurde von einer älteren Mentorbook-Version geschrieben; öffnen Sie die Datei einmal mit Schreibzugriff, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>Die Datenbank hat eine Anweisung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the database is busy in another program</source>
        <translation>die Datenbank wird gerade von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>Could not read the database: %1.</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation>Speichern fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>%1, Zeile %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>Die Sicherung muss in eine andere Datei als die Datenbank selbst geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 hard links; SQLite cannot keep it safe through more than one name. Copy it to a file of its own (backup), then open that. It was not changed.</source>
        <translation>%1 hat %2 harte Links; SQLite kann eine Datei unter mehr als einem Namen nicht sicher halten. Kopieren Sie sie in eine eigene Datei (Sicherung) und öffnen Sie diese. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: is the disk full? %2 was not changed.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden: Ist der Datenträger voll? %2 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, or its lock file %2 was left behind. If no Mentorbook has it open, delete %2 and try again.</source>
        <translation>%1 wird von einem anderen Programm verwendet, oder seine Sperrdatei %2 ist übrig geblieben. Wenn kein Mentorbook sie geöffnet hat, löschen Sie %2 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>der Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>die Datei %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 cannot be read: disk I/O error (is the disk full or failing?). It was not changed.</source>
        <translation>%1 kann nicht gelesen werden: Ein-/Ausgabefehler des Datenträgers (ist er voll oder defekt?). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full. It was not changed.</source>
        <translation>%1 kann nicht gelesen werden: Der Datenträger ist voll. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 is read-only (%3). It was not changed.</source>
        <translation>%1 kann nicht gelesen werden: Der Ordner %2 ist schreibgeschützt (%3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). It was not changed.</source>
        <translation>%1 kann nicht geöffnet werden (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is busy in another program. It was not changed.</source>
        <translation>%1 kann nicht gelesen werden: Sie wird gerade von einem anderen Programm verwendet. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not in the form this version of Mentorbook needs: %2. It was not changed.</source>
        <translation>%1 hat nicht die Form, die diese Version von Mentorbook braucht: %2. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentorbook database yet, and it cannot become one here: %2. It was not changed.</source>
        <translation>%1 ist leer: Sie ist noch keine Mentorbook-Datenbank und kann hier keine werden: %2. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook and cannot be upgraded here: %2. Copy it to a place that can be written, then open that. It was not changed.</source>
        <translation>%1 wurde von einer älteren Version von Mentorbook geschrieben und kann hier nicht aktualisiert werden: %2. Kopieren Sie sie an einen beschreibbaren Ort und öffnen Sie sie dort. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentorbook database yet. Open it in Mentorbook to make it one. It was not changed.</source>
        <translation>%1 ist leer: Sie ist noch keine Mentorbook-Datenbank. Öffnen Sie sie in Mentorbook, um eine daraus zu machen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it holds no Mentorbook schema</source>
        <translation>sie enthält kein Mentorbook-Schema</translation>
    </message>
    <message>
        <source>it was written by a newer version of Mentorbook</source>
        <translation>sie wurde von einer neueren Version von Mentorbook geschrieben</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DateInput</name>
    <message>
        <source>There is no month %1</source>
        <translation>Es gibt keinen Monat %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a date</source>
        <translation>%1. %2 %3 ist kein Datum</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>Type a date such as %1</source>
        <translation>Geben Sie ein Datum wie %1 ein</translation>
    </message>
    <message>
        <source>Type a date and time such as %1</source>
        <translation>Geben Sie Datum und Uhrzeit wie %1 ein</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DateInputField</name>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DesktopLauncher</name>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No program is set up to open this file. The file is at %1; open it from your file manager.</source>
        <translation>Kein Programm ist zum Öffnen dieser Datei eingerichtet. Die Datei liegt unter %1; öffnen Sie sie im Dateimanager.</translation>
    </message>
    <message>
        <source>No program is set up to open %1 files. The file is at %2; open it from your file manager.</source>
        <translation>Kein Programm ist zum Öffnen von %1-Dateien eingerichtet. Die Datei liegt unter %2; öffnen Sie sie im Dateimanager.</translation>
    </message>
    <message>
        <source>No file manager is set up to show the folder %1; open it yourself.</source>
        <translation>Kein Dateimanager ist eingerichtet, um den Ordner %1 zu zeigen; öffnen Sie ihn selbst.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation>Agenda &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview and print the selected session&apos;s agenda</source>
        <translation>Die Agenda der ausgewählten Sitzung in der Vorschau anzeigen und drucken</translation>
    </message>
    <message>
        <source>Export Agenda as PD&amp;F…</source>
        <translation>Agenda als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Pre&amp;view Recap…</source>
        <translation>Protokoll in der &amp;Vorschau anzeigen…</translation>
    </message>
    <message>
        <source>P&amp;rint Recap…</source>
        <translation>Protokoll d&amp;rucken…</translation>
    </message>
    <message>
        <source>&amp;Export Recap as PDF…</source>
        <translation>Protokoll als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the selected session&apos;s recap for the mentee as a PDF</source>
        <translation>Das Protokoll der ausgewählten Sitzung für den Mentee als PDF speichern</translation>
    </message>
    <message>
        <source>E&amp;mail Recap…</source>
        <translation>Protokoll per E-&amp;Mail senden…</translation>
    </message>
    <message>
        <source>Previe&amp;w Summary…</source>
        <translation>Zusammenfassung in der Vorschau &amp;anzeigen…</translation>
    </message>
    <message>
        <source>Export &amp;Summary as PDF…</source>
        <translation>&amp;Zusammenfassung als PDF exportieren…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1 wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot print %1 to %2; choose a file in a folder you can write to.</source>
        <translation>%1 kann nicht nach %2 gedruckt werden; wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot print %1: the printer %2 did not start.</source>
        <translation>%1 kann nicht gedruckt werden: Der Drucker %2 hat nicht begonnen.</translation>
    </message>
    <message>
        <source>Printed %1 to %2</source>
        <translation>%1 nach %2 gedruckt</translation>
    </message>
    <message>
        <source>Save the recap as a PDF and write to the mentee with it attached</source>
        <translation>Das Protokoll als PDF speichern und dem Mentee mit dem PDF im Anhang schreiben</translation>
    </message>
    <message>
        <source>Add to &amp;Calendar…</source>
        <translation>Zum &amp;Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>Save the mentee&apos;s sessions as a calendar file and open it in your calendar</source>
        <translation>Die Sitzungen des Mentees als Kalenderdatei speichern und in Ihrem Kalender öffnen</translation>
    </message>
    <message>
        <source>Send &amp;Invitation…</source>
        <translation>E&amp;inladung senden…</translation>
    </message>
    <message>
        <source>Send Ca&amp;ncellation…</source>
        <translation>Absage se&amp;nden…</translation>
    </message>
    <message>
        <source>Email the mentee the cancellation, which takes the session out of their calendar</source>
        <translation>Dem Mentee die Absage mailen, die die Sitzung aus seinem Kalender nimmt</translation>
    </message>
    <message>
        <source>Email the mentee an invitation to the session for their calendar</source>
        <translation>Dem Mentee eine Einladung zur Sitzung für seinen Kalender mailen</translation>
    </message>
    <message>
        <source>the recap</source>
        <translation>das Protokoll</translation>
    </message>
    <message>
        <source>No email program is set up.</source>
        <translation>Es ist kein E-Mail-Programm eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is saved at %2; attach it to an email to %3.</source>
        <translation>%1 ist unter %2 gespeichert; hängen Sie es an eine E-Mail an %3 an.</translation>
    </message>
    <message>
        <source>Opened a new email to %1. Attach %2 yourself: it is saved at %3.</source>
        <translation>Eine neue E-Mail an %1 wurde geöffnet. Hängen Sie %2 selbst an: es ist unter %3 gespeichert.</translation>
    </message>
    <message>
        <source>No file manager is set up to show its folder.</source>
        <translation>Es ist kein Dateimanager eingerichtet, der seinen Ordner zeigt.</translation>
    </message>
    <message>
        <source>Asked your email program, through xdg-email, for a new email to %1 with %2 attached. If it is not attached, %2 is at %3.</source>
        <translation>Ihr E-Mail-Programm wurde über xdg-email um eine neue E-Mail an %1 mit %2 im Anhang gebeten. Falls der Anhang fehlt: %2 liegt unter %3.</translation>
    </message>
    <message>
        <source>Opened a new email to %1 in %2 with %3 attached.</source>
        <translation>Eine neue E-Mail an %1 wurde in %2 geöffnet, mit %3 im Anhang.</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Mentoring with %1.ics</source>
        <translation>Mentoring mit %1.ics</translation>
    </message>
    <message>
        <source>the cancellation</source>
        <translation>die Absage</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>die Einladung</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Edit</name>
    <message>
        <source>New mentee</source>
        <translation>Neuer Mentee</translation>
    </message>
    <message>
        <source>Add mentee</source>
        <translation>Mentee hinzufügen</translation>
    </message>
    <message>
        <source>Add the sample relationship</source>
        <translation>Beispiel-Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Close relationship</source>
        <translation>Beziehung beenden</translation>
    </message>
    <message>
        <source>Reopen relationship</source>
        <translation>Beziehung wieder aufnehmen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Plan session %1</source>
        <translation>Sitzung %1 planen</translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation>Sitzung verschieben</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Sitzung %1 löschen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add key step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Complete “%1”</source>
        <translation>„%1“ erledigen</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>„%1“ überprüfen</translation>
    </message>
    <message>
        <source>Renegotiate “%1”</source>
        <translation>„%1“ neu vereinbaren</translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation>Notiz zur Überprüfung</translation>
    </message>
    <message>
        <source>Add problem statement</source>
        <translation>Anliegen hinzufügen</translation>
    </message>
    <message>
        <source>Rank problem statements</source>
        <translation>Reihenfolge der Anliegen ändern</translation>
    </message>
    <message>
        <source>Park problem statement</source>
        <translation>Problemstellung zurückstellen</translation>
    </message>
    <message>
        <source>Change problem statement</source>
        <translation>Problemstellung ändern</translation>
    </message>
    <message>
        <source>Remove problem statement</source>
        <translation>Anliegen entfernen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Plan the session again</source>
        <translation>Sitzung wieder planen</translation>
    </message>
    <message>
        <source>Record the session as held</source>
        <translation>Sitzung als gehalten festhalten</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message>
        <source>Record the session as missed</source>
        <translation>Sitzung als versäumt festhalten</translation>
    </message>
</context>
<context>
    <name>Mentorbook::EntityModel</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Enums</name>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Introductions and goals</source>
        <translation>Kennenlernen und Ziele</translation>
    </message>
    <message>
        <source>Narrow the focus</source>
        <translation>Fokus eingrenzen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Offenes Gespräch</translation>
    </message>
    <message>
        <source>session status</source>
        <translation>Sitzungsstatus</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>Beziehungsstatus</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>preferred style</source>
        <translation>Bevorzugter Stil</translation>
    </message>
    <message>
        <source>Structured</source>
        <translation>Strukturiert</translation>
    </message>
    <message>
        <source>Free-flowing</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>attachment kind</source>
        <translation>Art des Anhangs</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>Zielstatus</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>problem statement status</source>
        <translation>Status des Anliegens</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Written freely</source>
        <translation>Frei formuliert</translation>
    </message>
    <message>
        <source>Develop skills</source>
        <translation>Fähigkeiten entwickeln</translation>
    </message>
    <message>
        <source>Stronger feedback</source>
        <translation>Wirksameres Feedback</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Neue Position</translation>
    </message>
    <message>
        <source>Stronger network</source>
        <translation>Stärkeres Netzwerk</translation>
    </message>
    <message>
        <source>Better relationship</source>
        <translation>Besseres Verhältnis</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Neu vereinbart</translation>
    </message>
    <message>
        <source>debrief outcome</source>
        <translation>Ergebnis der Nachbesprechung</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Gut gelaufen</translation>
    </message>
    <message>
        <source>Did not go well</source>
        <translation>Nicht gut gelaufen</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>Nicht stattgefunden</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>No opportunity arose</source>
        <translation>Keine Gelegenheit</translation>
    </message>
    <message>
        <source>Blocked by others</source>
        <translation>Durch andere blockiert</translation>
    </message>
    <message>
        <source>Priorities changed</source>
        <translation>Prioritäten geändert</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>I want to develop my skills in ___, so that I can ___.</source>
        <translation>Ich möchte meine Fähigkeiten im Bereich ___ weiterentwickeln, damit ich ___ kann.</translation>
    </message>
    <message>
        <source>I want to provide stronger and/or more effective feedback to ___.</source>
        <translation>Ich möchte ___ klareres und/oder wirksameres Feedback geben.</translation>
    </message>
    <message>
        <source>I want to position myself for a new position in my organization.</source>
        <translation>Ich möchte mich in meiner Organisation für eine neue Position empfehlen.</translation>
    </message>
    <message>
        <source>I want to build a stronger professional network.</source>
        <translation>Ich möchte ein stärkeres berufliches Netzwerk aufbauen.</translation>
    </message>
    <message>
        <source>I want to improve my relationship and/or reduce conflict with ___.</source>
        <translation>Ich möchte mein Verhältnis zu ___ verbessern und/oder Konflikte abbauen.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Expectations of the mentor</source>
        <translation>Erwartungen an den Mentor</translation>
    </message>
    <message>
        <source>Preferred mentor qualities</source>
        <translation>Gewünschte Mentor-Eigenschaften</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Entwicklungsfelder</translation>
    </message>
    <message>
        <source>Preferred style</source>
        <translation>Bevorzugter Stil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Treffen alle</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Intended end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Measure of progress</source>
        <translation>Fortschrittsindikator</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Sitzungsnummer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Agenda topics</source>
        <translation>Agendapunkte</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Hoped to achieve by next session</source>
        <translation>Bis zur nächsten Sitzung erhofft</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>What the mentee will do</source>
        <translation>Was der Mentee tun wird</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>If–then plan</source>
        <translation>Wenn-dann-Plan</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut gelaufen ist</translation>
    </message>
    <message>
        <source>What it means for the future</source>
        <translation>Was es für die Zukunft bedeutet</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>Was als Nächstes versucht wird</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Calendar identity</source>
        <translation>Kalenderkennung</translation>
    </message>
    <message>
        <source>Calendar revision</source>
        <translation>Kalenderrevision</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalEditor</name>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation>Was genau soll erreicht werden?</translation>
    </message>
    <message>
        <source>How will you both know it is achieved?</source>
        <translation>Woran erkennen Sie beide, dass es erreicht ist?</translation>
    </message>
    <message>
        <source>Why is it within reach?</source>
        <translation>Warum ist es in Reichweite?</translation>
    </message>
    <message>
        <source>Why does it matter now?</source>
        <translation>Warum ist es jetzt wichtig?</translation>
    </message>
    <message>
        <source>&amp;Relevant:</source>
        <translation>Re&amp;levant:</translation>
    </message>
    <message>
        <source>&amp;Time-bound:</source>
        <translation>Termi&amp;niert:</translation>
    </message>
    <message>
        <source>1 is the most important</source>
        <translation>1 ist am wichtigsten</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Überprüfungen:</translation>
    </message>
    <message>
        <source>Goals set the focus of the relationship. Add one in SMART form: specific, measurable, achievable, relevant and time-bound.</source>
        <translation>Ziele geben der Mentoring-Beziehung ihren Fokus. Fügen Sie ein Ziel in SMART-Form hinzu: spezifisch, messbar, erreichbar, relevant und terminiert.</translation>
    </message>
    <message>
        <source>Record at session %1</source>
        <translation>In Sitzung %1 erfassen</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>This goal was already reviewed at the selected session; edit the review below.</source>
        <translation>Dieses Ziel wurde in der ausgewählten Sitzung bereits überprüft; bearbeiten Sie die Überprüfung unten.</translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress at the session selected in the timeline</source>
        <translation>Fortschritt des Ziels für die in der Zeitleiste ausgewählte Sitzung erfassen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>Spe&amp;cific:</source>
        <translation>Spezi&amp;fisch:</translation>
    </message>
    <message>
        <source>Measura&amp;ble:</source>
        <translation>M&amp;essbar:</translation>
    </message>
    <message>
        <source>Ach&amp;ievable:</source>
        <translation>E&amp;rreichbar:</translation>
    </message>
    <message>
        <source>Meas&amp;ure of progress:</source>
        <translation>Forts&amp;chrittsindikator:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;tät:</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress to record</source>
        <translation>Festzuhaltender Fortschritt</translation>
    </message>
    <message>
        <source>The goal&apos;s progress at the session selected in the timeline, in per cent</source>
        <translation>Der Fortschritt des Ziels in der in der Zeitleiste gewählten Sitzung, in Prozent</translation>
    </message>
    <message>
        <source>The evidence that the goal is reached, once: what you will both see when it is done</source>
        <translation>Der Nachweis, dass das Ziel erreicht ist, einmalig: was Sie beide sehen, wenn es geschafft ist</translation>
    </message>
    <message>
        <source>What is counted at each review, e.g. feedback talks held of six</source>
        <translation>Was bei jeder Bewertung gezählt wird, z. B. geführte Feedbackgespräche von sechs</translation>
    </message>
    <message>
        <source>What you look at session by session on the way there; the progress recorded at each review is measured against it</source>
        <translation>Woran Sie unterwegs Sitzung für Sitzung schauen; der bei jeder Bewertung festgehaltene Fortschritt wird daran gemessen</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalReviewModel</name>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GuardedApplication</name>
    <message>
        <source>An unknown error.</source>
        <translation>Ein unbekannter Fehler.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::JsonImporter</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <source>expected base64 text, found %1</source>
        <translation>Base64-Text erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>id %1 is used twice (also by %2)</source>
        <translation>ID %1 wird doppelt verwendet (auch von %2)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in the document</source>
        <translation>%1 mit der ID %2 ist im Dokument nicht vorhanden</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON (%2)</source>
        <translation>%1: Die Datei ist kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>the document must be a JSON object with &quot;format&quot;: &quot;mentorbook&quot;</source>
        <translation>das Dokument muss ein JSON-Objekt mit &quot;format&quot;: &quot;mentorbook&quot; sein</translation>
    </message>
    <message>
        <source>expected &quot;mentorbook&quot;; this is not a Mentorbook document</source>
        <translation>&quot;mentorbook&quot; erwartet; dies ist kein Mentorbook-Dokument</translation>
    </message>
    <message>
        <source>%1 is newer than this version of Mentorbook reads (%2)</source>
        <translation>%1 ist neuer, als diese Mentorbook-Version lesen kann (%2)</translation>
    </message>
    <message>
        <source>%1 is not a version of the format</source>
        <translation>%1 ist keine gültige Version des Formats</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>is used twice (also by %1)</source>
        <translation>wird zweimal verwendet (auch von %1)</translation>
    </message>
</context>
<context>
    <name>Mentorbook::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Mentorbook::LocaleFormat</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MailComposer</name>
    <message>
        <source>%1 is set up for email, but its program %2 was not found.</source>
        <translation>%1 ist für E-Mail eingerichtet, aber sein Programm %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 did not start.</source>
        <translation>%1 ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>Jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>New &amp;mentee</source>
        <translation>&amp;Neuer Mentee</translation>
    </message>
    <message>
        <source>Start a new mentoring relationship</source>
        <translation>Eine neue Mentoring-Beziehung beginnen</translation>
    </message>
    <message>
        <source>&amp;Plan next session</source>
        <translation>Nächste Sitzung &amp;planen</translation>
    </message>
    <message>
        <source>Add the next session, with the stage the method suggests</source>
        <translation>Die nächste Sitzung mit der von der Methode vorgeschlagenen Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add the &amp;sample relationship</source>
        <translation>Beispiel-Beziehung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find mentee</source>
        <translation>Mentee &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Close relationship</source>
        <translation>Beziehung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Delete mentee…</source>
        <translation>Mentee &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Newest sessions first</source>
        <translation>&amp;Neueste Sitzungen zuerst</translation>
    </message>
    <message>
        <source>&amp;About Mentorbook</source>
        <translation>Ü&amp;ber Mentorbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation>&amp;Mentee</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Welcome to Mentorbook</source>
        <translation>Willkommen bei Mentorbook</translation>
    </message>
    <message>
        <source>Keep each mentoring relationship in one place: the sessions, the SMART goals and the actions you agree. Mentorbook guides you from the pre-work through introductions and focus to exercises and debriefs. Everything stays on this computer, and every change is saved at once.</source>
        <translation>Behalten Sie jede Mentoring-Beziehung an einem Ort im Blick: die Sitzungen, die SMART-Ziele und die vereinbarten Aufgaben. Mentorbook führt Sie von der Vorbereitung über das Kennenlernen und den Fokus bis zu Übungen und Nachbesprechungen. Alles bleibt auf diesem Computer, und jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Add your first mentee</source>
        <translation>Ersten Mentee hinzufügen</translation>
    </message>
    <message>
        <source>Explore the sample relationship</source>
        <translation>Beispiel-Beziehung erkunden</translation>
    </message>
    <message>
        <source>Find a mentee</source>
        <translation>Mentee suchen</translation>
    </message>
    <message>
        <source>No mentee matches.</source>
        <translation>Kein passender Mentee.</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Neuer Mentee</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one: the pre-work, when you ask for a resume and a job description.</source>
        <translation>Noch keine Sitzungen. Planen Sie die erste: die Vorbereitung, bei der Sie um einen Lebenslauf und eine Stellenbeschreibung bitten.</translation>
    </message>
    <message>
        <source>Plan next session</source>
        <translation>Nächste Sitzung planen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n Sitzung durchgeführt</numerusform>
            <numerusform>%n Sitzungen durchgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open relationship</source>
        <translation>Beziehung &amp;wieder aufnehmen</translation>
    </message>
    <message>
        <source>Delete mentee</source>
        <translation>Mentee löschen</translation>
    </message>
    <message>
        <source>Delete %1 and all of the relationship&apos;s sessions, goals and actions?</source>
        <translation>%1 und alle Sitzungen, Ziele und Aufgaben dieser Beziehung löschen?</translation>
    </message>
    <message>
        <source>You can bring everything back with Undo.</source>
        <translation>Mit „Rückgängig“ können Sie alles wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation>Mentorbook-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>About Mentorbook</source>
        <translation>Über Mentorbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Sessions, SMART goals and agreed actions for mentors, private and offline.&lt;/p&gt;&lt;p&gt;Your data: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Sitzungen, SMART-Ziele und vereinbarte Aufgaben für Mentoren – privat und offline.&lt;/p&gt;&lt;p&gt;Ihre Daten: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Mentoring %1</source>
        <translation>Mentoring mit %1</translation>
    </message>
    <message>
        <source>Selected mentee</source>
        <translation>Gewählte:r Mentee</translation>
    </message>
    <message>
        <source>Parts of the relationship</source>
        <translation>Teile der Beziehung</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Shows only the mentees whose name holds these words</source>
        <translation>Zeigt nur die Mentees, deren Name diese Wörter enthält</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Zeitleiste der Sitzungen</translation>
    </message>
    <message>
        <source>The mentee&apos;s sessions; the selected one shows on the Session tab</source>
        <translation>Die Sitzungen der Mentee; die gewählte erscheint im Reiter Sitzung</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>This database is read-only: %1; you can view, export and back it up.</source>
        <translation>Diese Datenbank ist schreibgeschützt: %1; Sie können sie ansehen, exportieren und sichern.</translation>
    </message>
    <message>
        <source>The database failed</source>
        <translation>Die Datenbank hat versagt</translation>
    </message>
    <message>
        <source>Mentorbook cannot go on with %1.</source>
        <translation>Mentorbook kann mit %1 nicht weiterarbeiten.</translation>
    </message>
    <message>
        <source>%1

What was saved is kept. Reopen the database to go on, or close Mentorbook and run “mentorbook check” on it.</source>
        <translation>%1

Was gespeichert war, bleibt erhalten. Öffnen Sie die Datenbank erneut, um weiterzuarbeiten, oder schließen Sie Mentorbook und prüfen Sie sie mit „mentorbook check“.</translation>
    </message>
    <message>
        <source>%1

What you typed last could not be saved either (%2). What was saved before is kept.</source>
        <translation>%1

Auch das zuletzt Eingegebene konnte nicht gespeichert werden (%2). Was vorher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Mentorbook</source>
        <translation>Mentorbook &amp;schließen</translation>
    </message>
    <message>
        <source>%1

The sample database was temporary. Close Mentorbook and start the demo again.</source>
        <translation>%1

Die Beispieldatenbank war nur vorübergehend. Schließen Sie Mentorbook und starten Sie die Vorführung erneut.</translation>
    </message>
    <message>
        <source>Presenting: private notes and the other mentees are hidden.</source>
        <translation>Präsentation: Private Notizen und die anderen Mentees sind ausgeblendet.</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Find in &amp;All Mentees…</source>
        <translation>In &amp;allen Mentees suchen…</translation>
    </message>
    <message>
        <source>Find words in every session, goal, action, review, profile and file</source>
        <translation>Wörter in jeder Sitzung, jedem Ziel, jeder Aufgabe, Überprüfung, jedem Profil und jeder Datei suchen</translation>
    </message>
    <message>
        <source>&amp;Presenting</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Share your screen safely: hide private notes and the other mentees</source>
        <translation>Den Bildschirm sicher teilen: private Notizen und die anderen Mentees ausblenden</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>Gefunden in %1</translation>
    </message>
    <message>
        <source>Find in This Mentee</source>
        <translation>In diesem Mentee suchen</translation>
    </message>
    <message>
        <source>Find in All Mentees</source>
        <translation>In allen Mentees suchen</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MeetingReminders</name>
    <message>
        <source>Mentoring with %1 today at %2</source>
        <translation>Mentoring mit %1 heute um %2</translation>
    </message>
    <message>
        <source>Mentoring with %1 tomorrow at %2</source>
        <translation>Mentoring mit %1 morgen um %2</translation>
    </message>
    <message>
        <source>Mentoring with %1 on %2 at %3</source>
        <translation>Mentoring mit %1 am %2 um %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Session %1 with %2 is not recorded yet</source>
        <translation>Sitzung %1 mit %2 ist noch nicht festgehalten</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message>
        <source>Record how it went, or why it did not take place.</source>
        <translation>Halten Sie fest, wie sie verlief oder warum sie nicht stattfand.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MenteeDelegate</name>
    <message>
        <source>Meeting overdue</source>
        <translation>Treffen überfällig</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Nächstes Treffen: %1</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>Kein Treffen geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Method</name>
    <message>
        <source>Learn about the mentee before you meet.</source>
        <translation>Informieren Sie sich vor dem ersten Treffen über Ihren Mentee.</translation>
    </message>
    <message>
        <source>Ask the mentee for a current resume and job description.</source>
        <translation>Bitten Sie Ihren Mentee um einen aktuellen Lebenslauf und eine Stellenbeschreibung.</translation>
    </message>
    <message>
        <source>Read them: what stands out, and what would you like to ask?</source>
        <translation>Lesen Sie beides: Was fällt auf, und was möchten Sie fragen?</translation>
    </message>
    <message>
        <source>Note the key topics you expect to discuss in the first session.</source>
        <translation>Notieren Sie die wichtigsten Themen, die Sie in der ersten Sitzung voraussichtlich besprechen werden.</translation>
    </message>
    <message>
        <source>What do you already know about where they want to go?</source>
        <translation>Was wissen Sie bereits darüber, wohin Ihr Mentee möchte?</translation>
    </message>
    <message>
        <source>Get to know each other and the goals of the relationship.</source>
        <translation>Lernen Sie einander kennen und klären Sie die Ziele der Mentoring-Beziehung.</translation>
    </message>
    <message>
        <source>Share your background, and ask the mentee to share theirs.</source>
        <translation>Erzählen Sie von Ihrem Hintergrund und bitten Sie Ihren Mentee, das Gleiche zu tun.</translation>
    </message>
    <message>
        <source>What are your goals for this mentoring relationship?</source>
        <translation>Welche Ziele haben Sie für diese Mentoring-Beziehung?</translation>
    </message>
    <message>
        <source>What do you expect of me as your mentor?</source>
        <translation>Was erwarten Sie von mir im Mentoring?</translation>
    </message>
    <message>
        <source>What mentor qualities do you prefer?</source>
        <translation>Welche Mentor-Eigenschaften sind Ihnen wichtig?</translation>
    </message>
    <message>
        <source>Which of your strengths do you want to build on, and what would you like to develop?</source>
        <translation>Auf welchen Ihrer Stärken möchten Sie aufbauen, und was möchten Sie weiterentwickeln?</translation>
    </message>
    <message>
        <source>Goal: what would you like to be different a year from now?</source>
        <translation>Ziel: Was soll in einem Jahr anders sein?</translation>
    </message>
    <message>
        <source>Reality: where are you today on that?</source>
        <translation>Realität: Wo stehen Sie da heute?</translation>
    </message>
    <message>
        <source>Narrow the focus to 2–3 problem statements and set SMART goals.</source>
        <translation>Grenzen Sie den Fokus auf 2–3 Anliegen ein und legen Sie SMART-Ziele fest.</translation>
    </message>
    <message>
        <source>Which goal is most important to you?</source>
        <translation>Welches Ziel ist Ihnen am wichtigsten?</translation>
    </message>
    <message>
        <source>Which 2–3 problem statements will set the stage for our exercises?</source>
        <translation>Welche 2–3 Anliegen bilden die Grundlage für unsere Übungen?</translation>
    </message>
    <message>
        <source>Is each goal specific, measurable, achievable, relevant and time-bound?</source>
        <translation>Ist jedes Ziel spezifisch, messbar, erreichbar, relevant und terminiert?</translation>
    </message>
    <message>
        <source>How will we measure progress, session by session?</source>
        <translation>Wie messen wir den Fortschritt von Sitzung zu Sitzung?</translation>
    </message>
    <message>
        <source>Goal: what exactly do you want to achieve, and by when?</source>
        <translation>Ziel: Was genau möchten Sie bis wann erreichen?</translation>
    </message>
    <message>
        <source>Reality: what have you tried so far, and what happened?</source>
        <translation>Realität: Was haben Sie bisher versucht, und was ist passiert?</translation>
    </message>
    <message>
        <source>Options: which problem would make the biggest difference if solved?</source>
        <translation>Optionen: Welches Problem würde, einmal gelöst, den größten Unterschied machen?</translation>
    </message>
    <message>
        <source>Choose one problem statement and plan a concrete exercise.</source>
        <translation>Wählen Sie ein Anliegen aus und planen Sie eine konkrete Übung.</translation>
    </message>
    <message>
        <source>Which problem statement do you want to work on now?</source>
        <translation>An welchem Anliegen möchten Sie jetzt arbeiten?</translation>
    </message>
    <message>
        <source>What will you do, with whom, and by when?</source>
        <translation>Was werden Sie tun, mit wem und bis wann?</translation>
    </message>
    <message>
        <source>Picture it: how will it go, step by step?</source>
        <translation>Stellen Sie es sich vor: Wie läuft es ab, Schritt für Schritt?</translation>
    </message>
    <message>
        <source>What are the key steps before our next meeting?</source>
        <translation>Was sind die wichtigsten Schritte bis zu unserem nächsten Treffen?</translation>
    </message>
    <message>
        <source>What is the likely obstacle, and what will you do if it comes up?</source>
        <translation>Was ist das wahrscheinlichste Hindernis, und was tun Sie, wenn es auftritt?</translation>
    </message>
    <message>
        <source>Options: what could you do? What else?</source>
        <translation>Optionen: Was könnten Sie tun? Was noch?</translation>
    </message>
    <message>
        <source>Will: what will you do, and how sure are you, from 1 to 10?</source>
        <translation>Umsetzung: Was werden Sie tun, und wie sicher sind Sie sich auf einer Skala von 1 bis 10?</translation>
    </message>
    <message>
        <source>Learn from how the exercise went, then take the next action.</source>
        <translation>Lernen Sie aus dem Verlauf der Übung und gehen Sie dann den nächsten Schritt an.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>If it went well: what went well, and what does that mean for the future?</source>
        <translation>Wenn es gut gelaufen ist: Was lief gut, und was bedeutet das für die Zukunft?</translation>
    </message>
    <message>
        <source>If it did not go well: what should you try next?</source>
        <translation>Wenn es nicht gut gelaufen ist: Was sollten Sie als Nächstes versuchen?</translation>
    </message>
    <message>
        <source>If it did not happen: why not?</source>
        <translation>Wenn es nicht stattgefunden hat: Warum nicht?</translation>
    </message>
    <message>
        <source>Build on the same problem statement with a new action, or move to another?</source>
        <translation>Mit einer neuen Aufgabe am selben Anliegen weiterarbeiten oder zu einem anderen wechseln?</translation>
    </message>
    <message>
        <source>Reality: what actually happened?</source>
        <translation>Realität: Was ist tatsächlich passiert?</translation>
    </message>
    <message>
        <source>Will: what is the next small step?</source>
        <translation>Umsetzung: Was ist der nächste kleine Schritt?</translation>
    </message>
    <message>
        <source>A free-flowing conversation, for mentees who want less structure.</source>
        <translation>Ein freies Gespräch für Mentees, die sich weniger Struktur wünschen.</translation>
    </message>
    <message>
        <source>What is on your mind today?</source>
        <translation>Was beschäftigt Sie heute?</translation>
    </message>
    <message>
        <source>Is there a story from my own experience that would help?</source>
        <translation>Gibt es eine Geschichte aus meiner eigenen Erfahrung, die weiterhelfen würde?</translation>
    </message>
    <message>
        <source>What would you like to take away from this conversation?</source>
        <translation>Was möchten Sie aus diesem Gespräch mitnehmen?</translation>
    </message>
    <message>
        <source>Goal: what would make this hour worthwhile?</source>
        <translation>Ziel: Was würde diese Stunde für Sie lohnenswert machen?</translation>
    </message>
    <message>
        <source>Will: what will you do before we next meet?</source>
        <translation>Umsetzung: Was werden Sie bis zu unserem nächsten Treffen tun?</translation>
    </message>
    <message>
        <source>Check-in and rapport</source>
        <translation>Check-in und Vertrauensaufbau</translation>
    </message>
    <message>
        <source>Review of the actions agreed last time: done, not done, why (your own tasks too)</source>
        <translation>Überprüfung der beim letzten Mal vereinbarten Aufgaben: erledigt, nicht erledigt, warum (auch Ihre eigenen)</translation>
    </message>
    <message>
        <source>The stage&apos;s focus, against the goals</source>
        <translation>Der Fokus der Phase, bezogen auf die Ziele</translation>
    </message>
    <message>
        <source>Agree actions: what, who, with whom, by when</source>
        <translation>Aufgaben vereinbaren: was, wer, mit wem, bis wann</translation>
    </message>
    <message>
        <source>Summary: what you hope to achieve by the next session; the next meeting date</source>
        <translation>Zusammenfassung: was bis zur nächsten Sitzung erreicht werden soll; Termin des nächsten Treffens</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Review of agreed actions</source>
        <translation>Überprüfung der vereinbarten Aufgaben</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Agree actions</source>
        <translation>Aufgaben vereinbaren</translation>
    </message>
    <message>
        <source>Summary and next meeting</source>
        <translation>Zusammenfassung und nächstes Treffen</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Migrations</name>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::OverviewPanel</name>
    <message>
        <source>Consistency</source>
        <translation>Regelmäßigkeit</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Prepare for the next session</source>
        <translation>Nächste Sitzung vorbereiten</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Durchgeführte Sitzungen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cancelled / missed</source>
        <translation>Abgesagt / verpasst</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Average interval</source>
        <translation>Durchschnittlicher Abstand</translation>
    </message>
    <message>
        <source>%1 days (agreed: every %2)</source>
        <translation>%1 Tage (vereinbart: alle %2)</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Seit dem letzten Treffen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>noch nicht überprüft</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>Plan a session to prepare for it.</source>
        <translation>Planen Sie eine Sitzung, um sie hier vorzubereiten.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::PasswordKeyring</name>
    <message>
        <source>No keyring is available on this desktop (%1), so Mentorbook cannot keep the calendar server&apos;s password and does not keep it anywhere else. Start the desktop&apos;s keyring (GNOME Keyring, KWallet) and enter the password again.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (%1), daher kann Mentorbook das Passwort des Kalenderservers nicht aufbewahren und bewahrt es auch nirgends sonst auf. Starten Sie den Schlüsselbund des Desktops (GNOME Keyring, KWallet) und geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The keyring refused access to the calendar server&apos;s password: %1.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Passwort des Kalenderservers verweigert: %1.</translation>
    </message>
    <message>
        <source>The keyring could not keep the calendar server&apos;s password: %1.</source>
        <translation>Der Schlüsselbund konnte das Passwort des Kalenderservers nicht aufbewahren: %1.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Planning</name>
    <message>
        <source>Ask for a current resume and job description</source>
        <translation>Um aktuellen Lebenslauf und Stellenbeschreibung bitten</translation>
    </message>
    <message>
        <source>Read them before the first meeting</source>
        <translation>Beides vor dem ersten Treffen lesen</translation>
    </message>
    <message>
        <source>Share our backgrounds</source>
        <translation>Unsere Hintergründe austauschen</translation>
    </message>
    <message>
        <source>The mentee&apos;s goals for the relationship</source>
        <translation>Ziele des Mentees für die Mentoring-Beziehung</translation>
    </message>
    <message>
        <source>Expectations of the mentor; preferred mentor qualities</source>
        <translation>Erwartungen an den Mentor; gewünschte Mentor-Eigenschaften</translation>
    </message>
    <message>
        <source>Which goal matters most? Narrow to 2–3 problem statements</source>
        <translation>Welches Ziel ist am wichtigsten? Auf 2–3 Anliegen eingrenzen</translation>
    </message>
    <message>
        <source>Choose one problem statement; plan the exercise: what, with whom, by when</source>
        <translation>Ein Anliegen auswählen; Übung planen: was, mit wem, bis wann</translation>
    </message>
    <message>
        <source>Debrief the exercise: how did it go, and what next?</source>
        <translation>Nachbesprechung der Übung: Wie ist es gelaufen, und wie geht es weiter?</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Offenes Gespräch</translation>
    </message>
</context>
<context>
    <name>Mentorbook::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Shown on recaps and in the PDF&apos;s author</source>
        <translation>Erscheint in Protokollen und als Autor der PDF-Dateien</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>As usual here (%1)</source>
        <translation>Landesüblich (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Sprache und Papier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows the next time Mentorbook starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Mentorbook wirksam.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>New relationships</source>
        <translation>Neue Mentoring-Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Session length:</source>
        <translation>Sitz&amp;ungsdauer:</translation>
    </message>
    <message>
        <source>&amp;Meet every:</source>
        <translation>&amp;Treffen alle:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>Andere &amp;öffnen…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Open Another Database</source>
        <translation>Andere Datenbank öffnen</translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation>Mentorbook-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Move the Database</source>
        <translation>Datenbank verschieben</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new name; Mentorbook does not overwrite a file.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen; Mentorbook überschreibt keine Dateien.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 Tage vorher</translation>
    </message>
    <message>
        <source>%1 min before</source>
        <translation>%1 Min. vorher</translation>
    </message>
    <message>
        <source>&amp;When to remind me:</source>
        <translation>&amp;Wann erinnern:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProblemStatementDelegate</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProblemStatementDialog</name>
    <message>
        <source>New problem statement</source>
        <translation>Neues Anliegen</translation>
    </message>
    <message>
        <source>Write it freely</source>
        <translation>Frei formulieren</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>Lücke %1</translation>
    </message>
    <message>
        <source>Fill in every blank first</source>
        <translation>Füllen Sie zuerst alle Lücken aus</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProfileEditor</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Structured follows the program outline; free-flowing suits mentees who want open conversations.</source>
        <translation>„Strukturiert“ folgt dem Programmablauf; „Frei“ passt zu Mentees, die sich offene Gespräche wünschen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>In person, video call, phone…</source>
        <translation>Persönlich, Videoanruf, Telefon…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Preferred st&amp;yle:</source>
        <translation>Be&amp;vorzugter Stil:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>H&amp;intergrund:</translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translation>Gewüns&amp;chte Eigenschaften:</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>St&amp;ärken:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation>Sitz&amp;ungsdauer:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Drop the mentee&apos;s resume and job description here</source>
        <translation>Lebenslauf und Stellenbeschreibung des Mentees hierher ziehen</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add pre-work files</source>
        <translation>Dateien zur Vorbereitung hinzufügen</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Begonnen am:</translation>
    </message>
    <message>
        <source>Intended end:</source>
        <translation>Geplantes Ende:</translation>
    </message>
    <message>
        <source>Ema&amp;il:</source>
        <translation>E-Mai&amp;l:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation>&amp;Erwartungen an mich:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Entwicklungsfelder:</translation>
    </message>
    <message>
        <source>Meet every:</source>
        <translation>Treffen alle:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>Pre-work files</source>
        <translation>Vorbereitungsdateien</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Art der Datei</translation>
    </message>
    <message>
        <source>How the recap greets the mentee: &quot;Dr Raman&quot; writes &quot;Dear Dr Raman,&quot;. Left empty, it is the first word of the name.</source>
        <translation>Wie das Protokoll den Mentee anspricht: „Dr. Raman“ ergibt „Liebe(r) Dr. Raman,“. Leer gelassen ist es das erste Wort des Namens.</translation>
    </message>
    <message>
        <source>Address as:</source>
        <translation>Anrede:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProgressHistory</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>Progress at each review: %1</source>
        <translation>Fortschritt bei jeder Überprüfung: %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Recap</name>
    <message>
        <source>Recap of our session on %1</source>
        <translation>Protokoll unserer Sitzung vom %1</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Recap – Session %1 – %2</source>
        <translation>Protokoll – Sitzung %1 – %2</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>Our session on %1</source>
        <translation>Unsere Sitzung am %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>thank you for our conversation. Here is what we discussed and agreed, to keep at hand until we meet again.</source>
        <translation>vielen Dank für unser Gespräch. Hier finden Sie, was wir besprochen und vereinbart haben – zum Nachlesen bis zu unserem nächsten Treffen.</translation>
    </message>
    <message>
        <source>What we discussed</source>
        <translation>Was wir besprochen haben</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>How the exercise went</source>
        <translation>Wie die Übung gelaufen ist</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Warum nicht:</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Was gut gelaufen ist:</translation>
    </message>
    <message>
        <source>For the future:</source>
        <translation>Für die Zukunft:</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>Was als Nächstes versucht wird:</translation>
    </message>
    <message>
        <source>Your exercise</source>
        <translation>Ihre Übung</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>Mit wem:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Bis wann:</translation>
    </message>
    <message>
        <source>If … then:</source>
        <translation>Wenn … dann:</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Vereinbarte Aufgaben</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>No new actions were agreed in this session.</source>
        <translation>In dieser Sitzung wurden keine neuen Aufgaben vereinbart.</translation>
    </message>
    <message>
        <source>Still open from earlier sessions</source>
        <translation>Aus früheren Sitzungen noch offen</translation>
    </message>
    <message>
        <source>Progress on your goals</source>
        <translation>Fortschritt bei Ihren Zielen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By our next session</source>
        <translation>Bis zu unserer nächsten Sitzung</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>With best wishes,
%1</source>
        <translation>Mit besten Grüßen
%1</translation>
    </message>
    <message>
        <source>thank you for our conversation on %1. Here is what we discussed and agreed; the recap is attached as a PDF.</source>
        <translation>vielen Dank für unser Gespräch am %1. Hier finden Sie, was wir besprochen und vereinbart haben; das Protokoll ist als PDF angehängt.</translation>
    </message>
    <message>
        <source>With whom: %1</source>
        <translation>Mit wem: %1</translation>
    </message>
    <message>
        <source>By when: %1</source>
        <translation>Bis wann: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>Ihre Mentorin oder Ihr Mentor</translation>
    </message>
    <message>
        <source>I am sorry that we missed each other for our session on %1.</source>
        <translation>Es tut mir leid, dass wir uns zu unserer Sitzung am %1 verpasst haben.</translation>
    </message>
    <message>
        <source>I am sorry that we could not meet for our session on %1.</source>
        <translation>Es tut mir leid, dass wir uns zu unserer Sitzung am %1 nicht treffen konnten.</translation>
    </message>
    <message>
        <source>I propose that we meet again as below; please tell me if that does not suit you.</source>
        <translation>Ich schlage vor, dass wir uns wie unten angegeben wieder treffen; sagen Sie mir bitte, wenn es Ihnen nicht passt.</translation>
    </message>
    <message>
        <source>We have no new date yet; I will propose one soon.</source>
        <translation>Wir haben noch keinen neuen Termin; ich schlage bald einen vor.</translation>
    </message>
    <message>
        <source>No next meeting is planned yet; we will agree on a date.</source>
        <translation>Noch ist kein nächstes Treffen geplant; wir vereinbaren einen Termin.</translation>
    </message>
    <message>
        <source>Session %1 is the pre-work, your own preparation before the first meeting: there is no recap to send.</source>
        <translation>Sitzung %1 ist die Vorbereitung, Ihre eigene vor dem ersten Treffen: Es gibt kein Protokoll zu versenden.</translation>
    </message>
    <message>
        <source>Session %1 is still planned, not held: its agenda is what to send before it. Record it as held to write its recap.</source>
        <translation>Sitzung %1 ist noch geplant, nicht durchgeführt: Vorher versenden Sie ihre Agenda. Erfassen Sie sie als durchgeführt, um ihr Protokoll zu schreiben.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Neuer Termin:</translation>
    </message>
    <message>
        <source>Still open until we meet</source>
        <translation>Bis zu unserem Treffen noch offen</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>New date: %1</source>
        <translation>Neuer Termin: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>sent after a meeting that did not take place</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Note – Session %1 – %2</source>
        <translation>Nachricht – Sitzung %1 – %2</translation>
    </message>
    <message>
        <source>A note on it is attached as a PDF.</source>
        <translation>Eine Notiz dazu ist als PDF angehängt.</translation>
    </message>
    <message>
        <source>thank you for our conversation. The recap of our session %1 on %2 is attached as a PDF.</source>
        <translation>vielen Dank für unser Gespräch. Das Protokoll unserer Sitzung %1 am %2 ist als PDF angehängt.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::RelationshipSummary</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Mentoring summary – %1</source>
        <translation>Mentoring-Zusammenfassung – %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Mentoring summary</source>
        <translation>Mentoring-Zusammenfassung</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Die Vereinbarung</translation>
    </message>
    <message>
        <source>We meet:</source>
        <translation>Wir treffen uns:</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>im Abstand von %n Tag</numerusform>
            <numerusform>im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Geplant bis:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Noch keine Ziele erfasst.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Fortschrittsindikator:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n Sitzung durchgeführt</numerusform>
            <numerusform>%n Sitzungen durchgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>Teilnahmequote %1</translation>
    </message>
    <message>
        <source>every %1 days on average</source>
        <translation>im Schnitt alle %1 Tage</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Noch keine Aufgaben vereinbart.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n Aufgabe vereinbart</numerusform>
            <numerusform>%n Aufgaben vereinbart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected, achieved, learned</source>
        <translation>Erwartet, erreicht, gelernt</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Goal achieved: %1</source>
        <translation>Ziel erreicht: %1</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <source>Strengths and development areas</source>
        <translation>Stärken und Entwicklungsfelder</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Stärken:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Entwicklungsfelder:</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Nächstes Treffen:</translation>
    </message>
    <message>
        <source>none planned yet.</source>
        <translation>noch keines geplant.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ReportContent</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message numerus="yes">
        <source>carried %n time(s)</source>
        <translation>
            <numerusform>%n-mal verschoben</numerusform>
            <numerusform>%n-mal verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>a percentage: the number and the locale&apos;s percent sign</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>fällig %1, überfällig</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Repository</name>
    <message>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>goal review</source>
        <translation>Zielüberprüfung</translation>
    </message>
    <message>
        <source>problem statement</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>action review</source>
        <translation>Aufgabenüberprüfung</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>%1 mit der ID %2 existiert nicht.</translation>
    </message>
    <message>
        <source>A restored %1 needs its time stamps.</source>
        <translation>%1: Zum Wiederherstellen werden die Zeitstempel benötigt.</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>%1 mit der ID %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 %2 belongs to another mentee</source>
        <translation>%1 %2 gehört zu einem anderen Mentee</translation>
    </message>
    <message>
        <source>%1 is already taken</source>
        <translation>%1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>this mentee already has a session number %1</source>
        <translation>für diesen Mentee gibt es bereits eine Sitzung mit der Nummer %1</translation>
    </message>
    <message>
        <source>this goal was already reviewed at this session</source>
        <translation>dieses Ziel wurde in dieser Sitzung bereits überprüft</translation>
    </message>
    <message>
        <source>this action was already reviewed at this session</source>
        <translation>diese Aufgabe wurde in dieser Sitzung bereits überprüft</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read (%2)</source>
        <translation>die Zeilen von %1 können nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 %2 would be refused: %3</source>
        <translation>%1 %2 würde abgelehnt: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) of %1 would be refused</source>
        <translation>
            <numerusform>und %n weitere Zeile von %1 würde abgelehnt</numerusform>
            <numerusform>und %n weitere Zeilen von %1 würden abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>another session already has this identity</source>
        <translation>eine andere Sitzung hat bereits diese Kennung</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SaveFile</name>
    <message>
        <source>Cannot write %1: the file is not writable.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the folder is not writable (the disk is read-only)</source>
        <translation>der Ordner ist nicht beschreibbar (der Datenträger ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the disk could not be written (input/output error)</source>
        <translation>der Datenträger konnte nicht beschrieben werden (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation>die Datei ist zu groß für den Datenträger</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SchemaCheck</name>
    <message>
        <source>its list of tables cannot be read (%1)</source>
        <translation>ihre Tabellenliste kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot build the expected schema (%1)</source>
        <translation>das erwartete Schema kann nicht aufgebaut werden (%1)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>its table %1 lacks the column %2</source>
        <translation>ihrer Tabelle %1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <source>its table %1 has the column %2 as %3 instead of %4</source>
        <translation>ihre Tabelle %1 hat die Spalte %2 als %3 statt %4</translation>
    </message>
    <message>
        <source>its table %1 has a column %2 this version does not know</source>
        <translation>ihre Tabelle %1 hat eine Spalte %2, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>its table %1 lacks the reference %2</source>
        <translation>ihrer Tabelle %1 fehlt der Verweis %2</translation>
    </message>
    <message>
        <source>its table %1 has a reference %2 this version does not know</source>
        <translation>ihre Tabelle %1 hat einen Verweis %2, den diese Version nicht kennt</translation>
    </message>
    <message>
        <source>its table %1 has other rules (CHECK or UNIQUE) than this version expects</source>
        <translation>ihre Tabelle %1 hat andere Regeln (CHECK oder UNIQUE), als diese Version erwartet</translation>
    </message>
    <message>
        <source>it lacks the table %1</source>
        <translation>ihr fehlt die Tabelle %1</translation>
    </message>
    <message>
        <source>it has a table %1 this version does not know</source>
        <translation>sie hat eine Tabelle %1, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>it lacks the %1 %2</source>
        <translation>ihr fehlt: %1 %2</translation>
    </message>
    <message>
        <source>its %1 %2 is not the one this version expects</source>
        <translation>%1 %2 ist nicht so, wie diese Version es erwartet</translation>
    </message>
    <message>
        <source>it has a %1 %2 this version does not know</source>
        <translation>sie hat %1 %2, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>its table %1 cannot be read (%2)</source>
        <translation>ihre Tabelle %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the row %1 of %2 breaks a rule (%3)</source>
        <translation>die Zeile %1 von %2 verletzt eine Regel (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) of %1 break rules</source>
        <translation>
            <numerusform>und %n weitere Zeile von %1 verletzt Regeln</numerusform>
            <numerusform>und %n weitere Zeilen von %1 verletzen Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>its table %1 cannot be read to the end (%2)</source>
        <translation>ihre Tabelle %1 kann nicht bis zum Ende gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchDialog</name>
    <message>
        <source>Find in All Mentees</source>
        <translation>In allen Mentees suchen</translation>
    </message>
    <message>
        <source>Words, the start of a word, or a &quot;phrase&quot;</source>
        <translation>Wörter, Wortanfänge oder eine „Wortgruppe“</translation>
    </message>
    <message>
        <source>Find in all mentees</source>
        <translation>In allen Mentees suchen</translation>
    </message>
    <message>
        <source>Finds every text that holds all the words, in every relationship</source>
        <translation>Findet jeden Text, der alle Wörter enthält, in jeder Beziehung</translation>
    </message>
    <message>
        <source>Texts found</source>
        <translation>Gefundene Texte</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits.</source>
        <translation>Geben Sie ein Wort ein, nach dem gesucht werden soll: Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>Type words to find them in this mentee&apos;s sessions, goals, actions, reviews, profile and files.</source>
        <translation>Geben Sie Wörter ein, um sie in den Sitzungen, Zielen, Aufgaben, Überprüfungen, dem Profil und den Dateien dieses Mentees zu finden.</translation>
    </message>
    <message>
        <source>Type words to find them in every session, goal, action, review, profile and file.</source>
        <translation>Geben Sie Wörter ein, um sie in jeder Sitzung, jedem Ziel, jeder Aufgabe, Überprüfung, jedem Profil und jeder Datei zu finden.</translation>
    </message>
    <message>
        <source>No text holds &quot;%1&quot;.</source>
        <translation>Kein Text enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n texts: add words to narrow it down.</source>
        <translation>
            <numerusform>Der beste Text: Fügen Sie Wörter hinzu, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die besten %n Texte: Fügen Sie Wörter hinzu, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in %1</source>
        <translation>
            <numerusform>%n Text in %1</numerusform>
            <numerusform>%n Texte in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n text(s))</source>
        <translation>
            <numerusform>%1 (%n Text)</numerusform>
            <numerusform>%1 (%n Texte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionEditor</name>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Select a session in the timeline, or plan the next one.</source>
        <translation>Wählen Sie eine Sitzung in der Zeitleiste aus oder planen Sie die nächste.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A room, or a video-call link</source>
        <translation>Ein Raum oder ein Link zum Videoanruf</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>One topic a line</source>
        <translation>Ein Thema pro Zeile</translation>
    </message>
    <message>
        <source>What you discussed</source>
        <translation>Was Sie besprochen haben</translation>
    </message>
    <message>
        <source>What you both hope will be achieved by the next session</source>
        <translation>Was Sie beide bis zur nächsten Sitzung erreichen möchten</translation>
    </message>
    <message>
        <source>Your own observations. Never printed in the mentee&apos;s recap.</source>
        <translation>Ihre eigenen Beobachtungen. Erscheinen nie im Protokoll für den Mentee.</translation>
    </message>
    <message>
        <source>Only you see these notes; they are never part of what the mentee receives.</source>
        <translation>Nur Sie sehen diese Notizen; sie sind nie Teil dessen, was der Mentee erhält.</translation>
    </message>
    <message>
        <source>About the mentee</source>
        <translation>Über den Mentee</translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation>&amp;Erwartungen an mich:</translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translation>Gewüns&amp;chte Eigenschaften:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Stärken:</translation>
    </message>
    <message>
        <source>Record the goals the mentee shares on the Goals tab.</source>
        <translation>Erfassen Sie die Ziele, die der Mentee nennt, im Reiter „Ziele“.</translation>
    </message>
    <message>
        <source>Review of the actions agreed before</source>
        <translation>Überprüfung der zuvor vereinbarten Aufgaben</translation>
    </message>
    <message>
        <source>Problem statements</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>More than three problem statements are active: narrow the focus to 2–3, and park the others.</source>
        <translation>Mehr als drei Anliegen sind aktiv: Grenzen Sie den Fokus auf 2–3 ein und stellen Sie die übrigen zurück.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Rank the selected problem statement higher</source>
        <translation>Das ausgewählte Anliegen höher einstufen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rank the selected problem statement lower</source>
        <translation>Das ausgewählte Anliegen niedriger einstufen</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>What will the mentee do? Help them picture it.</source>
        <translation>Was wird der Mentee tun? Helfen Sie, es sich konkret vorzustellen.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Vorhab&amp;en:</translation>
    </message>
    <message>
        <source>If the likely obstacle comes up, then the mentee will…</source>
        <translation>Wenn das wahrscheinliche Hindernis eintritt, dann wird der Mentee…</translation>
    </message>
    <message>
        <source>A step the mentee takes before the next meeting: an action with a due date</source>
        <translation>Ein Schritt, den der Mentee vor dem nächsten Treffen unternimmt: eine Aufgabe mit Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Key step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What will the mentee do before the next meeting?</source>
        <translation>Was wird der Mentee vor dem nächsten Treffen tun?</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation>Keine frühere Übung zum Nachbesprechen geplant.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Exercise set at session %1: %2</source>
        <translation>In Sitzung %1 festgelegte Übung: %2</translation>
    </message>
    <message>
        <source>For each action agreed before: done, carried over to the next session, or dropped</source>
        <translation>Für jede zuvor vereinbarte Aufgabe: erledigt, auf die nächste Sitzung übertragen oder fallen gelassen</translation>
    </message>
    <message>
        <source>Ho&amp;w did it go?</source>
        <translation>Wie &amp;ist es gelaufen?</translation>
    </message>
    <message>
        <source>What went we&amp;ll?</source>
        <translation>Was ist gut g&amp;elaufen?</translation>
    </message>
    <message>
        <source>What does it mean for the future?</source>
        <translation>Was bedeutet das für die Zukunft?</translation>
    </message>
    <message>
        <source>What should be tried ne&amp;xt?</source>
        <translation>Was so&amp;llte als Nächstes versucht werden?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Wh&amp;y did it not happen?</source>
        <translation>Warum hat es nicht stattgefun&amp;den?</translation>
    </message>
    <message>
        <source>Prob&amp;lem statement:</source>
        <translation>An&amp;liegen:</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>Mit wem:</translation>
    </message>
    <message>
        <source>B&amp;y when:</source>
        <translation>B&amp;is wann:</translation>
    </message>
    <message>
        <source>If–then plan:</source>
        <translation>Wenn-dann-Plan:</translation>
    </message>
    <message>
        <source>Add a &amp;key step…</source>
        <translation>Einen S&amp;chlüsselschritt hinzufügen…</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>H&amp;intergrund:</translation>
    </message>
    <message>
        <source>Deve&amp;lopment areas:</source>
        <translation>Entwic&amp;klungsfelder:</translation>
    </message>
    <message>
        <source>The mentee&apos;s problem statements, the most important first</source>
        <translation>Die Problemstellungen der Mentee, die wichtigste zuerst</translation>
    </message>
    <message>
        <source>Status of the problem statement</source>
        <translation>Status der Problemstellung</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long the session lasts, in minutes</source>
        <translation>Wie lange die Sitzung dauert, in Minuten</translation>
    </message>
    <message>
        <source>Place or link:</source>
        <translation>Ort oder Link:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Cancel this session, saying why, and plan a new one in its place one cadence on</source>
        <translation>Diese Sitzung mit Begründung absagen und an ihrer Stelle eine neue einen Rhythmus später planen</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Why it did not take place</source>
        <translation>Warum sie nicht stattfand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Als gehalten festhalten</translation>
    </message>
    <message>
        <source>Session %1 is planned for %2, which has not come yet.</source>
        <translation>Sitzung %1 ist für %2 geplant, und dieser Zeitpunkt ist noch nicht gekommen.</translation>
    </message>
    <message>
        <source>Record it as held all the same?</source>
        <translation>Trotzdem als gehalten festhalten?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message>
        <source>Record a missed session</source>
        <translation>Versäumte Sitzung festhalten</translation>
    </message>
    <message>
        <source>Why was session %1 cancelled?</source>
        <translation>Warum wurde Sitzung %1 abgesagt?</translation>
    </message>
    <message>
        <source>Why was session %1 missed?</source>
        <translation>Warum wurde Sitzung %1 versäumt?</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Why is session %1 moved? It is recorded as cancelled, and a new session is planned one cadence later; change its date as you need.</source>
        <translation>Warum wird Sitzung %1 verschoben? Sie wird als abgesagt festgehalten, und eine neue Sitzung wird einen Rhythmus später geplant; ändern Sie deren Datum nach Bedarf.</translation>
    </message>
    <message>
        <source>Agenda &amp;topics:</source>
        <translation>Agendap&amp;unkte:</translation>
    </message>
    <message>
        <source>D&amp;iscussed:</source>
        <translation>Besp&amp;rochen:</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>E&amp;ntscheidungen:</translation>
    </message>
    <message>
        <source>Hoped for &amp;by next time:</source>
        <translation>Erho&amp;fft bis zum nächsten Mal:</translation>
    </message>
    <message>
        <source>P&amp;rivate notes:</source>
        <translation>Pri&amp;vate Notizen:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen für das Gespräch</translation>
    </message>
    <message>
        <source>Key steps:</source>
        <translation>Schlüsselschritte:</translation>
    </message>
    <message>
        <source>None yet: add the steps the mentee takes before the next meeting.</source>
        <translation>Noch keine: Fügen Sie die Schritte hinzu, die die Mentee vor dem nächsten Treffen geht.</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>Schlüsselschritte</translation>
    </message>
    <message>
        <source>The note the mentee is sent for this session gives the reason.</source>
        <translation>Die Nachricht, die der Mentee zu dieser Sitzung erhält, nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionTimelineModel</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SignatureDialog</name>
    <message>
        <source>Sign your recaps</source>
        <translation>Protokolle unterschreiben</translation>
    </message>
    <message>
        <source>Your name signs the recaps you send, with your email under it if you give one. Mentorbook asks only this once; you can change both in Preferences.</source>
        <translation>Ihr Name unterschreibt die Protokolle, die Sie versenden, darunter Ihre E-Mail-Adresse, wenn Sie eine angeben. Mentorbook fragt nur dieses eine Mal; beides können Sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SignatureFields</name>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Store</name>
    <message>
        <source>This database is read-only: %1. Nothing was changed.</source>
        <translation>Diese Datenbank ist schreibgeschützt: %1. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>This database is open for reading only. Nothing was changed.</source>
        <translation>Diese Datenbank ist nur zum Lesen geöffnet. Nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::TimelineDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Typesetter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 · Mentorbook</source>
        <translation>%1 · Mentorbook</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Validation</name>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a date (expected YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (erwartet: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation>Datum und Uhrzeit sind erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1 ist keine Angabe von Datum und Uhrzeit (erwartet: YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected the id of a row (a positive whole number)</source>
        <translation>ID einer Zeile erwartet (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>is %1 bytes; the limit is %2</source>
        <translation>ist %1 Byte groß; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>a %1 is required (one of %2)</source>
        <translation>%1 muss angegeben werden (eines von: %2)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (expected one of %3)</source>
        <translation>unbekannter Wert für %1: %2 (erwartet: eines von %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the intended end comes before the start</source>
        <translation>das geplante Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>fill in every blank (___) of the template</source>
        <translation>füllen Sie jede Lücke (___) der Vorlage aus</translation>
    </message>
    <message>
        <source>the exercise is due before the session that set it</source>
        <translation>die Übung ist vor der Sitzung fällig, in der sie festgelegt wurde</translation>
    </message>
    <message>
        <source>a reason is only recorded when the exercise did not happen</source>
        <translation>ein Grund wird nur erfasst, wenn die Übung nicht stattgefunden hat</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at character %2; remove it</source>
        <translation>enthält ein Steuerzeichen (U+%1) an Zeichen %2; entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Writer</name>
    <message>
        <source>Not saved: “%1” of this %2 was changed in another window or program after it was shown here. It now shows what was saved there.</source>
        <translation>Nicht gespeichert: „%1“ wurde in einem anderen Fenster oder Programm geändert (%2), nachdem es hier angezeigt wurde. Jetzt steht hier, was dort gespeichert wurde.</translation>
    </message>
    <message>
        <source>You had emptied it.</source>
        <translation>Sie hatten es geleert.</translation>
    </message>
    <message>
        <source>You had entered: “%1”</source>
        <translation>Sie hatten eingegeben: „%1“</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>RepositoryMessages</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>%1 mit der ID %2 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
