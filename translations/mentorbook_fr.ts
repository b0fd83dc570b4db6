<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Mentorbook::ActionChecklist</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The mentee&apos;s</source>
        <translation>Le mentoré</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Whose actions</source>
        <translation>Actions de qui</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The agreed actions: check one when it is done; F2 edits the cell</source>
        <translation>Les actions convenues : cochez-en une quand elle est faite ; F2 modifie la cellule</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionChecklistModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
(carried forward %n time(s))</source>
        <translation>
            <numerusform>%1
(reportée %n fois)</numerusform>
            <numerusform>%1
(reportée %n fois)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionDelegate</name>
    <message numerus="yes">
        <source>(carried %n time(s))</source>
        <translation>
            <numerusform>(reportée %n fois)</numerusform>
            <numerusform>(reportée %n fois)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Agenda</name>
    <message>
        <source>Agenda – Session %1 – %2</source>
        <translation>Ordre du jour – Séance %1 – %2</translation>
    </message>
    <message>
        <source>Session %1 with %2</source>
        <translation>Séance %1 avec %2</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Aucune action en cours.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Goals in focus</source>
        <translation>Objectifs en cours</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Hoped for since last time:</source>
        <translation>Résultats espérés lors de la dernière séance&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform>
            <numerusform>%1 · %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>How have things been since we last met? What is on your mind today?</source>
        <translation>Comment les choses se sont-elles passées depuis notre dernière rencontre&#xa0;? Qu&apos;est-ce qui vous occupe l&apos;esprit aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>For each: done, not done — and why?</source>
        <translation>Pour chacune&#xa0;: faite, pas faite — et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (séance %2)</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore passé en revue</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Dernière progression</translation>
    </message>
    <message>
        <source>What, who, with whom, by when?</source>
        <translation>Quoi, qui, avec qui, pour quand&#xa0;?</translation>
    </message>
    <message>
        <source>Files to read</source>
        <translation>Documents à lire</translation>
    </message>
    <message>
        <source>No files yet: ask the mentee for a current resume and job description.</source>
        <translation>Pas encore de documents&#xa0;: demandez au mentoré un CV à jour et sa fiche de poste.</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation>Avant la rencontre</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Questions for the first meeting</source>
        <translation>Questions pour la première rencontre</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <source>Not planned yet: propose a date when you welcome the mentee.</source>
        <translation>Pas encore prévue&#xa0;: proposez une date en accueillant le mentoré.</translation>
    </message>
    <message>
        <source>How are you today? What would make our first meeting worthwhile for you?</source>
        <translation>Comment allez-vous aujourd’hui&#xa0;? Qu’est-ce qui rendrait cette première rencontre utile pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>if … then: %1</source>
        <translation>si… alors&#xa0;: %1</translation>
    </message>
    <message>
        <source>The exercise set at session %1:</source>
        <translation>L’exercice fixé à la séance %1&#xa0;:</translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation>Aucun exercice antérieur n’a été prévu pour ce bilan.</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Points forts&#xa0;:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Axes de développement&#xa0;:</translation>
    </message>
    <message>
        <source>What do you hope to achieve by the next session?</source>
        <translation>Qu’espérez-vous avoir accompli d’ici la prochaine séance&#xa0;?</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Prochaine rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>What do you hope to achieve by the next session? When do we meet next? None is planned yet.</source>
        <translation>Qu’espérez-vous avoir accompli d’ici la prochaine séance&#xa0;? Quand nous revoyons-nous&#xa0;? Aucune rencontre n’est encore prévue.</translation>
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
        <translation>Aucune adresse de calendrier n&apos;est indiquée : saisissez-la dans Préférences › Serveur de calendrier.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a calendar: it starts with https:// and names the server and the calendar, as https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse d&apos;un calendrier : elle commence par https:// et nomme le serveur et le calendrier, comme https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.</translation>
    </message>
    <message>
        <source>The database is open read-only, so Mentorbook cannot note what the calendar server has; nothing was published.</source>
        <translation>La base de données est ouverte en lecture seule, Mentorbook ne peut donc pas noter ce que le serveur de calendrier contient ; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>The calendar server %1 could not be trusted, so nothing was sent: %2.</source>
        <translation>Le serveur de calendrier %1 n&apos;a pas pu être approuvé, rien n&apos;a donc été envoyé : %2.</translation>
    </message>
    <message>
        <source>The calendar server %1 refused the user name or password (HTTP 401): check them under Preferences › Calendar server.</source>
        <translation>Le serveur de calendrier %1 a refusé l&apos;identifiant ou le mot de passe (HTTP 401) : vérifiez-les dans Préférences › Serveur de calendrier.</translation>
    </message>
    <message>
        <source>The calendar server %1 does not let %2 write to the calendar at %3 (HTTP 403).</source>
        <translation>Le serveur de calendrier %1 ne permet pas à %2 d&apos;écrire dans le calendrier %3 (HTTP 403).</translation>
    </message>
    <message>
        <source>There is no calendar at %1 (HTTP %2): check the calendar&apos;s address under Preferences › Calendar server.</source>
        <translation>Il n&apos;y a pas de calendrier à %1 (HTTP %2) : vérifiez l&apos;adresse du calendrier dans Préférences › Serveur de calendrier.</translation>
    </message>
    <message>
        <source>The calendar server %1 refused to store a session (HTTP %2 %3).</source>
        <translation>Le serveur de calendrier %1 a refusé d&apos;enregistrer une séance (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The calendar server %1 cannot be reached: it did not answer within %2 seconds.</source>
        <translation>Le serveur de calendrier %1 est injoignable : il n&apos;a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>The calendar server %1 cannot be reached: %2.</source>
        <translation>Le serveur de calendrier %1 est injoignable : %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarExport</name>
    <message>
        <source>Mentoring with %1</source>
        <translation>Mentorat avec %1</translation>
    </message>
    <message>
        <source>Mentoring: session %1 with %2 (%3)</source>
        <translation>Mentorat&#xa0;: séance %1 avec %2 (%3)</translation>
    </message>
    <message>
        <source>Mentoring: %1 and %2, session %3 (%4)</source>
        <translation>Mentorat : %1 et %2, séance %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has no sessions to put in a calendar yet.</source>
        <translation>%1 n&apos;a pas encore de séance à mettre dans un calendrier.</translation>
    </message>
    <message>
        <source>Calendars need your email address as the meetings&apos; organizer: set it under Preferences › You.</source>
        <translation>Les calendriers ont besoin de votre adresse e-mail comme organisateur des rencontres : indiquez-la dans Préférences › Vous.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Il n&apos;y a pas de séance %1.</translation>
    </message>
    <message>
        <source>Session %1 was held: there is nothing to invite to or cancel.</source>
        <translation>La séance %1 a eu lieu : il n&apos;y a rien à inviter ni à annuler.</translation>
    </message>
    <message>
        <source>Session %1 was missed: there is nothing to invite to or cancel.</source>
        <translation>La séance %1 a été manquée : il n&apos;y a rien à inviter ni à annuler.</translation>
    </message>
    <message>
        <source>%1 has no email address: add it to the profile to send invitations.</source>
        <translation>%1 n&apos;a pas d&apos;adresse e-mail : ajoutez-la au profil pour envoyer des invitations.</translation>
    </message>
    <message>
        <source>Cancelled: mentoring session %1, %2</source>
        <translation>Annulée : séance de mentorat %1, %2</translation>
    </message>
    <message>
        <source>Invitation: mentoring session %1, %2</source>
        <translation>Invitation : séance de mentorat %1, %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>our session %1 is cancelled:</source>
        <translation>notre séance %1 est annulée :</translation>
    </message>
    <message>
        <source>The attached cancellation takes it out of your calendar.</source>
        <translation>L&apos;annulation jointe la retire de votre calendrier.</translation>
    </message>
    <message>
        <source>here is the invitation to our session %1:</source>
        <translation>voici l&apos;invitation à notre séance %1 :</translation>
    </message>
    <message>
        <source>Open the attached invitation to put it in your calendar, or let me know if the time does not suit you.</source>
        <translation>Ouvrez l&apos;invitation jointe pour l&apos;ajouter à votre calendrier, ou dites-moi si l&apos;horaire ne vous convient pas.</translation>
    </message>
    <message>
        <source>What I would like us to talk about:</source>
        <translation>Ce dont j&apos;aimerais que nous parlions :</translation>
    </message>
    <message>
        <source>With best wishes,
%1</source>
        <translation>Bien cordialement,
%1</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarPublishing</name>
    <message>
        <source>P&amp;ublish to Calendar Server</source>
        <translation>P&amp;ublier sur le serveur de calendrier</translation>
    </message>
    <message>
        <source>Write the planned, moved and cancelled sessions to your calendar server now</source>
        <translation>Écrire maintenant les séances prévues, déplacées et annulées sur votre serveur de calendrier</translation>
    </message>
    <message>
        <source>Publishing to the calendar server: %1 of %2…</source>
        <translation>Publication sur le serveur de calendrier : %1 sur %2…</translation>
    </message>
    <message>
        <source>Set your calendar&apos;s address under Preferences › Calendar server first</source>
        <translation>Indiquez d&apos;abord l&apos;adresse de votre calendrier dans Préférences › Serveur de calendrier</translation>
    </message>
    <message>
        <source>The keyring holds no password for %1 on the calendar server: enter it under Preferences › Calendar server.</source>
        <translation>Le trousseau ne contient pas de mot de passe pour %1 sur le serveur de calendrier : saisissez-le dans Préférences › Serveur de calendrier.</translation>
    </message>
    <message>
        <source>The calendar server has every session already.</source>
        <translation>Le serveur de calendrier a déjà toutes les séances.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n session change(s) to the calendar server.</source>
        <translation>
            <numerusform>%n modification de séance publiée sur le serveur de calendrier.</numerusform>
            <numerusform>%n modifications de séances publiées sur le serveur de calendrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>dans %n seconde</numerusform>
            <numerusform>dans %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published to the calendar server: %1 Mentorbook tries again %2; nothing is lost meanwhile.</source>
        <translation>Non publié sur le serveur de calendrier : %1 Mentorbook réessaie %2 ; rien n&apos;est perdu entre-temps.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarServerGroup</name>
    <message>
        <source>Calendar server</source>
        <translation>Serveur de calendrier</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/</source>
        <translation>https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/</translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the keyring</source>
        <translation>Laisser vide pour garder celui du trousseau</translation>
    </message>
    <message>
        <source>Mentorbook writes each session to this calendar as it is planned, moved or cancelled. Use an https:// address: with http:// the password travels unencrypted, which is safe only to this computer.</source>
        <translation>Mentorbook écrit chaque séance dans ce calendrier dès qu&apos;elle est prévue, déplacée ou annulée. Utilisez une adresse https:// : avec http://, le mot de passe circule en clair, ce qui n&apos;est sûr que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Adresse du calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Lo&amp;gin name:</source>
        <translation>Identif&amp;iant&#xa0;:</translation>
    </message>
    <message>
        <source>Password (&amp;kept in the keyring):</source>
        <translation>Mot de passe (gardé dans le trou&amp;sseau)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CarryOverModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Utiliser la base de données FICHIER au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the window on a temporary database holding the sample relationship.</source>
        <translation>Ouvrir la fenêtre sur une base de données temporaire contenant la relation d&apos;exemple.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>The session a document is about.</source>
        <translation>La séance sur laquelle porte le document.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The mentee to list or export.</source>
        <translation>Le mentoré à lister ou à exporter.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>(see mentorbook --help)</source>
        <translation>(voir mentorbook --help)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>--mentee expects a mentee id (a positive whole number), not &quot;%1&quot;</source>
        <translation>--mentee attend un identifiant de mentoré (un nombre entier positif), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>list what? (mentees, sessions or actions)</source>
        <translation>lister quoi&#xa0;? (mentees, sessions ou actions)</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot; (mentees, sessions or actions)</source>
        <translation>impossible de lister «&#xa0;%1&#xa0;» (mentees, sessions ou actions)</translation>
    </message>
    <message>
        <source>import what? (json FILE)</source>
        <translation>importer quoi&#xa0;? (json FICHIER)</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;</source>
        <translation>impossible d&apos;importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import json needs the FILE to read</source>
        <translation>import json nécessite le FICHIER à lire</translation>
    </message>
    <message>
        <source>backup needs -o FILE</source>
        <translation>backup nécessite -o FICHIER</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 ne s&apos;applique pas à %2</translation>
    </message>
    <message>
        <source>%1 %2 needs --mentee ID</source>
        <translation>%1 %2 nécessite --mentee ID</translation>
    </message>
    <message numerus="yes">
        <source>Added the sample relationship with %1 (mentee %2, %n session(s)).</source>
        <translation>
            <numerusform>Relation d&apos;exemple ajoutée avec %1 (mentoré %2, %n séance).</numerusform>
            <numerusform>Relation d&apos;exemple ajoutée avec %1 (mentoré %2, %n séances).</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SÉANCES</translation>
    </message>
    <message>
        <source>NEXT MEETING</source>
        <translation>PROCHAINE RENCONTRE</translation>
    </message>
    <message>
        <source>OPEN ACTIONS</source>
        <translation>ACTIONS EN COURS</translation>
    </message>
    <message>
        <source>NO.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RÉSUMÉ</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FAITE</translation>
    </message>
    <message>
        <source>CARRIED</source>
        <translation>REPORTS</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mentee(s), </source>
        <translation>
            <numerusform>Import&#xa0;: %n mentoré, </numerusform>
            <numerusform>Import&#xa0;: %n mentorés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), </source>
        <translation>
            <numerusform>%n séance, </numerusform>
            <numerusform>%n séances, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) and </source>
        <translation>
            <numerusform>%n objectif et </numerusform>
            <numerusform>%n objectifs et </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s).</source>
        <translation>
            <numerusform>%n action.</numerusform>
            <numerusform>%n actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 sauvegardé dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 présente %n problème&#xa0;: %2</numerusform>
            <numerusform>%1 présente %n problèmes&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is healthy: database version %2, </source>
        <translation>%1 est en bon état&#xa0;: version de base de données %2, </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s), </source>
        <translation>
            <numerusform>%n mentoré, </numerusform>
            <numerusform>%n mentorés, </numerusform>
        </translation>
    </message>
    <message>
        <source>--session expects a session id (a positive whole number), not &quot;%1&quot;</source>
        <translation>--session attend un identifiant de séance (un nombre entier positif), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export what? (agenda, recap, summary, ics or json)</source>
        <translation>exporter quoi&#xa0;? (agenda, recap, summary, ics ou json)</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot; (agenda, recap, summary, ics or json)</source>
        <translation>impossible d&apos;exporter «&#xa0;%1&#xa0;» (agenda, recap, summary, ics ou json)</translation>
    </message>
    <message>
        <source>%1 %2 needs --session ID</source>
        <translation>%1 %2 nécessite --session ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier %1 écrit.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>Impossible d’écrire sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your email address as the calendar&apos;s organizer, instead of the one in Preferences.</source>
        <translation>Votre adresse e-mail comme organisateur du calendrier, au lieu de celle des Préférences.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>--organizer: %1</source>
        <translation>--organizer : %1</translation>
    </message>
    <message>
        <source>Calendars need your email address as the meetings&apos; organizer: give it with --organizer EMAIL, or set it under Preferences › You.</source>
        <translation>Les calendriers ont besoin de votre adresse e-mail comme organisateur des rencontres : donnez-la avec --organizer COURRIEL, ou indiquez-la dans Préférences › Vous.</translation>
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
        <translation>Utilisation&#xa0;:
  mentorbook [--database FICHIER] [--demo]
  mentorbook [--database FICHIER] sample
  mentorbook [--database FICHIER] list mentees | sessions --mentee ID | actions --mentee ID
  mentorbook [--database FICHIER] export json [-o FICHIER.json]
  mentorbook [--database FICHIER] import json FICHIER.json
  mentorbook [--database FICHIER] export agenda|recap --session ID [-o FICHIER.pdf]
  mentorbook [--database FICHIER] export summary --mentee ID [-o FICHIER.pdf]
  mentorbook [--database FICHIER] export ics --mentee ID [--organizer COURRIEL] [-o FICHIER.ics]
  mentorbook [--database FICHIER] backup -o FICHIER.sqlite
  mentorbook [--database FICHIER] check
  mentorbook [--database FICHIER] search MOTS… [--mentee ID]

Mentorbook conserve les séances, les objectifs SMART et les actions convenues de
chaque relation de mentorat dans un fichier SQLite privé. Sans commande, il ouvre
la fenêtre.

Commandes&#xa0;:
  sample         Ajouter la relation de mentorat d&apos;exemple à la base de données.
  list           Lister les mentorés, ou les séances ou les actions d&apos;un mentoré.
  export json    Écrire toute la base de données sous forme de document JSON.
  export agenda  Écrire l&apos;ordre du jour d&apos;une séance (une page) au format PDF.
  export recap   Écrire le compte rendu d&apos;une séance destiné au mentoré au format PDF.
  export summary Écrire le bilan d&apos;une relation de mentorat au format PDF.
  export ics     Écrire les séances d&apos;un mentoré dans un fichier iCalendar, organisées
                 par votre adresse e-mail (des Préférences, ou --organizer).
  import json    Lire un document JSON dans la base de données (tout ou rien).
  backup         Écrire une copie cohérente de la base de données.
  check          Vérifier l&apos;intégrité de la base de données.
  search         Trouver les textes qui contiennent chaque mot (ou son début), ou une
                 « expression » entre guillemets, dans toutes les relations ou une seule.

Sans -o, les documents PDF sont enregistrés sous leur nom habituel dans le dossier
courant&#xa0;; -o - les écrit sur la sortie standard.
La base de données est %1, sauf si --database en désigne une autre.
Code de sortie&#xa0;: 0 en cas de succès, 1 si l&apos;entrée est invalide, 2 en cas d&apos;erreur
d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>search for what? (search WORDS…)</source>
        <translation>rechercher quoi ? (search MOTS…)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to search for.</source>
        <translation>« %1 » ne contient aucun mot à rechercher.</translation>
    </message>
    <message>
        <source>No text holds &quot;%1&quot;.</source>
        <translation>Aucun texte ne contient « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mentee %2): %n text(s)</source>
        <translation>
            <numerusform>%1 (mentoré %2) : %n texte</numerusform>
            <numerusform>%1 (mentoré %2) : %n textes</numerusform>
        </translation>
    </message>
    <message>
        <source>(session ID %1)</source>
        <translation>(séance ID %1)</translation>
    </message>
    <message>
        <source>(action ID %1)</source>
        <translation>(action ID %1)</translation>
    </message>
    <message numerus="yes">
        <source>More texts hold it: these are the best %n. Add words to narrow it down.</source>
        <translation>
            <numerusform>D’autres textes le contiennent : voici le meilleur. Ajoutez des mots pour affiner.</numerusform>
            <numerusform>D’autres textes le contiennent : voici les %n meilleurs. Ajoutez des mots pour affiner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 n&apos;est pas une base de données Mentorbook (ce n&apos;est pas un fichier SQLite). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 est déjà ouvert dans %2 (processus %3 sur %4). Fermez-le d&apos;abord dans ce programme.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (%2). It was not changed.</source>
        <translation>%1 n&apos;est pas une base de données Mentorbook (%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé et illisible (%2). Le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé (%2). Le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Mentorbook. It was not changed.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, et non de Mentorbook. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentorbook (database version %2; this version understands up to %3). It was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Mentorbook (version %2 de la base de données&#xa0;; cette version-ci va jusqu&apos;à la version %3). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook; open it for writing once to upgrade it.</source>
        <translation>%1 a été écrit par une version plus ancienne de Mentorbook&#xa0;; ouvrez-le une fois en écriture pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>La base de données a refusé une instruction&#xa0;: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the database is busy in another program</source>
        <translation>la base de données est occupée par un autre programme</translation>
    </message>
    <message>
        <source>Could not read the database: %1.</source>
        <translation>Impossible de lire la base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>la ligne %2 de %1 renvoie à une ligne manquante de %3</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>La sauvegarde doit être écrite dans un autre fichier que la base de données elle-même.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has %2 hard links; SQLite cannot keep it safe through more than one name. Copy it to a file of its own (backup), then open that. It was not changed.</source>
        <translation>%1 a %2 liens physiques&#xa0;; SQLite ne peut pas protéger un fichier sous plus d’un nom. Copiez-le dans un fichier à part (sauvegarde), puis ouvrez celui-ci. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: is the disk full? %2 was not changed.</source>
        <translation>Impossible d’écrire le fichier de verrou %1&#xa0;: le disque est-il plein&#xa0;? %2 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Impossible de créer le fichier de verrou %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, or its lock file %2 was left behind. If no Mentorbook has it open, delete %2 and try again.</source>
        <translation>%1 est utilisé par un autre programme, ou son fichier de verrou %2 est resté. Si aucun Mentorbook ne l’a ouvert, supprimez %2 et réessayez.</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>le fichier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>%1 cannot be read: disk I/O error (is the disk full or failing?). It was not changed.</source>
        <translation>%1 ne peut pas être lu&#xa0;: erreur d’entrée/sortie du disque (est-il plein ou défaillant&#xa0;?). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full. It was not changed.</source>
        <translation>%1 ne peut pas être lu&#xa0;: le disque est plein. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 is read-only (%3). It was not changed.</source>
        <translation>%1 ne peut pas être lu&#xa0;: le dossier %2 est en lecture seule (%3). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). It was not changed.</source>
        <translation>%1 ne peut pas être ouvert (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is busy in another program. It was not changed.</source>
        <translation>%1 ne peut pas être lu&#xa0;: il est occupé par un autre programme. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not in the form this version of Mentorbook needs: %2. It was not changed.</source>
        <translation>%1 n’a pas la forme dont cette version de Mentorbook a besoin&#xa0;: %2. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentorbook database yet, and it cannot become one here: %2. It was not changed.</source>
        <translation>%1 est vide&#xa0;: ce n’est pas encore une base Mentorbook, et elle ne peut pas le devenir ici&#xa0;: %2. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook and cannot be upgraded here: %2. Copy it to a place that can be written, then open that. It was not changed.</source>
        <translation>%1 a été écrit par une version plus ancienne de Mentorbook et ne peut pas être mis à niveau ici&#xa0;: %2. Copiez-le dans un endroit accessible en écriture, puis ouvrez cette copie. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentorbook database yet. Open it in Mentorbook to make it one. It was not changed.</source>
        <translation>%1 est vide&#xa0;: ce n’est pas encore une base Mentorbook. Ouvrez-le dans Mentorbook pour en faire une. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>it holds no Mentorbook schema</source>
        <translation>il ne contient aucun schéma Mentorbook</translation>
    </message>
    <message>
        <source>it was written by a newer version of Mentorbook</source>
        <translation>il a été écrit par une version plus récente de Mentorbook</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DateInput</name>
    <message>
        <source>There is no month %1</source>
        <translation>Il n’y a pas de mois %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a date</source>
        <translation>%1 %2 %3 n’est pas une date</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 n’est pas une heure</translation>
    </message>
    <message>
        <source>Type a date such as %1</source>
        <translation>Saisissez une date comme %1</translation>
    </message>
    <message>
        <source>Type a date and time such as %1</source>
        <translation>Saisissez une date et une heure comme %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DateInputField</name>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DesktopLauncher</name>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>No program is set up to open this file. The file is at %1; open it from your file manager.</source>
        <translation>Aucun programme n’est configuré pour ouvrir ce fichier. Le fichier se trouve dans %1 ; ouvrez-le depuis votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>No program is set up to open %1 files. The file is at %2; open it from your file manager.</source>
        <translation>Aucun programme n’est configuré pour ouvrir les fichiers %1. Le fichier se trouve dans %2 ; ouvrez-le depuis votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>No file manager is set up to show the folder %1; open it yourself.</source>
        <translation>Aucun gestionnaire de fichiers n’est configuré pour afficher le dossier %1 ; ouvrez-le vous-même.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>Docu&amp;ments</translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation>&amp;Imprimer l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>Preview and print the selected session&apos;s agenda</source>
        <translation>Prévisualiser et imprimer l&apos;ordre du jour de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Export Agenda as PD&amp;F…</source>
        <translation>Exporter l&apos;ordre du jour en PD&amp;F…</translation>
    </message>
    <message>
        <source>Pre&amp;view Recap…</source>
        <translation>&amp;Prévisualiser le compte rendu…</translation>
    </message>
    <message>
        <source>P&amp;rint Recap…</source>
        <translation>Imp&amp;rimer le compte rendu…</translation>
    </message>
    <message>
        <source>&amp;Export Recap as PDF…</source>
        <translation>&amp;Exporter le compte rendu en PDF…</translation>
    </message>
    <message>
        <source>Save the selected session&apos;s recap for the mentee as a PDF</source>
        <translation>Enregistrer au format PDF le compte rendu de la séance sélectionnée destiné au mentoré</translation>
    </message>
    <message>
        <source>E&amp;mail Recap…</source>
        <translation>Envoyer le compte rendu par &amp;courriel…</translation>
    </message>
    <message>
        <source>Previe&amp;w Summary…</source>
        <translation>Prévisualiser le &amp;bilan…</translation>
    </message>
    <message>
        <source>Export &amp;Summary as PDF…</source>
        <translation>Exporter le bi&amp;lan en PDF…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>Document «&#xa0;%1&#xa0;» envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Cannot print %1 to %2; choose a file in a folder you can write to.</source>
        <translation>Impossible d’imprimer %1 vers %2 ; choisissez un fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot print %1: the printer %2 did not start.</source>
        <translation>Impossible d’imprimer %1 : l’imprimante %2 n’a pas démarré.</translation>
    </message>
    <message>
        <source>Printed %1 to %2</source>
        <translation>%1 imprimé vers %2</translation>
    </message>
    <message>
        <source>Save the recap as a PDF and write to the mentee with it attached</source>
        <translation>Enregistrer le compte rendu en PDF et écrire au mentoré avec le PDF en pièce jointe</translation>
    </message>
    <message>
        <source>Add to &amp;Calendar…</source>
        <translation>Ajouter au calen&amp;drier…</translation>
    </message>
    <message>
        <source>Save the mentee&apos;s sessions as a calendar file and open it in your calendar</source>
        <translation>Enregistrer les séances du mentoré dans un fichier de calendrier et l&apos;ouvrir dans votre calendrier</translation>
    </message>
    <message>
        <source>Send &amp;Invitation…</source>
        <translation>Envoyer l&apos;in&amp;vitation…</translation>
    </message>
    <message>
        <source>Send Ca&amp;ncellation…</source>
        <translation>Envoyer l&apos;&amp;annulation…</translation>
    </message>
    <message>
        <source>Email the mentee the cancellation, which takes the session out of their calendar</source>
        <translation>Envoyer au mentoré l&apos;annulation, qui retire la séance de son calendrier</translation>
    </message>
    <message>
        <source>Email the mentee an invitation to the session for their calendar</source>
        <translation>Envoyer au mentoré une invitation à la séance pour son calendrier</translation>
    </message>
    <message>
        <source>the recap</source>
        <translation>le compte rendu</translation>
    </message>
    <message>
        <source>No email program is set up.</source>
        <translation>Aucun programme de messagerie n&apos;est configuré.</translation>
    </message>
    <message>
        <source>%1 is saved at %2; attach it to an email to %3.</source>
        <translation>%1 est enregistré sous %2 ; joignez-le à un e-mail à %3.</translation>
    </message>
    <message>
        <source>Opened a new email to %1. Attach %2 yourself: it is saved at %3.</source>
        <translation>Un nouvel e-mail à %1 a été ouvert. Joignez %2 vous-même : il est enregistré sous %3.</translation>
    </message>
    <message>
        <source>No file manager is set up to show its folder.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;est configuré pour montrer son dossier.</translation>
    </message>
    <message>
        <source>Asked your email program, through xdg-email, for a new email to %1 with %2 attached. If it is not attached, %2 is at %3.</source>
        <translation>Votre programme de messagerie a reçu, par xdg-email, la demande d&apos;un nouvel e-mail à %1 avec %2 en pièce jointe. S&apos;il n&apos;est pas joint, %2 se trouve sous %3.</translation>
    </message>
    <message>
        <source>Opened a new email to %1 in %2 with %3 attached.</source>
        <translation>Un nouvel e-mail à %1 a été ouvert dans %2, avec %3 en pièce jointe.</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Mentoring with %1.ics</source>
        <translation>Mentorat avec %1.ics</translation>
    </message>
    <message>
        <source>the cancellation</source>
        <translation>l&apos;annulation</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>l&apos;invitation</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Edit</name>
    <message>
        <source>New mentee</source>
        <translation>Nouveau mentoré</translation>
    </message>
    <message>
        <source>Add mentee</source>
        <translation>Ajouter un mentoré</translation>
    </message>
    <message>
        <source>Add the sample relationship</source>
        <translation>Ajouter la relation d&apos;exemple</translation>
    </message>
    <message>
        <source>Close relationship</source>
        <translation>Terminer la relation</translation>
    </message>
    <message>
        <source>Reopen relationship</source>
        <translation>Rouvrir la relation</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Plan session %1</source>
        <translation>Planifier la séance %1</translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation>Reprogrammer la séance</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Supprimer la séance %1</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Add key step</source>
        <translation>Ajouter une étape clé</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Complete “%1”</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme faite</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Rouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Passer en revue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Renegotiate “%1”</source>
        <translation>Renégocier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation>Annoter la revue</translation>
    </message>
    <message>
        <source>Add problem statement</source>
        <translation>Ajouter une problématique</translation>
    </message>
    <message>
        <source>Rank problem statements</source>
        <translation>Classer les problématiques</translation>
    </message>
    <message>
        <source>Park problem statement</source>
        <translation>Mettre l’énoncé de problème en attente</translation>
    </message>
    <message>
        <source>Change problem statement</source>
        <translation>Modifier l’énoncé de problème</translation>
    </message>
    <message>
        <source>Remove problem statement</source>
        <translation>Retirer la problématique</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Enregistrer la progression</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Plan the session again</source>
        <translation>Planifier de nouveau la séance</translation>
    </message>
    <message>
        <source>Record the session as held</source>
        <translation>Noter la séance comme tenue</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Record the session as missed</source>
        <translation>Noter la séance comme manquée</translation>
    </message>
</context>
<context>
    <name>Mentorbook::EntityModel</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Enums</name>
    <message>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Introductions and goals</source>
        <translation>Présentations et objectifs</translation>
    </message>
    <message>
        <source>Narrow the focus</source>
        <translation>Recentrage</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Conversation libre</translation>
    </message>
    <message>
        <source>session status</source>
        <translation>statut de séance</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>statut de la relation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>preferred style</source>
        <translation>style préféré</translation>
    </message>
    <message>
        <source>Structured</source>
        <translation>Structuré</translation>
    </message>
    <message>
        <source>Free-flowing</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>attachment kind</source>
        <translation>nature de pièce jointe</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Fiche de poste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>statut d&apos;objectif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>problem statement status</source>
        <translation>statut de problématique</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Written freely</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Develop skills</source>
        <translation>Développer ses compétences</translation>
    </message>
    <message>
        <source>Stronger feedback</source>
        <translation>Des retours plus efficaces</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Un nouveau poste</translation>
    </message>
    <message>
        <source>Stronger network</source>
        <translation>Un réseau plus solide</translation>
    </message>
    <message>
        <source>Better relationship</source>
        <translation>Une meilleure relation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Renégocié</translation>
    </message>
    <message>
        <source>debrief outcome</source>
        <translation>issue du débriefing</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>S&apos;est bien passé</translation>
    </message>
    <message>
        <source>Did not go well</source>
        <translation>Ne s&apos;est pas bien passé</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>N&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Pas le temps</translation>
    </message>
    <message>
        <source>No opportunity arose</source>
        <translation>Pas d&apos;occasion</translation>
    </message>
    <message>
        <source>Blocked by others</source>
        <translation>Bloqué par d&apos;autres</translation>
    </message>
    <message>
        <source>Priorities changed</source>
        <translation>Changement de priorités</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Oubli</translation>
    </message>
    <message>
        <source>I want to develop my skills in ___, so that I can ___.</source>
        <translation>Je veux développer mes compétences en ___, afin de pouvoir ___.</translation>
    </message>
    <message>
        <source>I want to provide stronger and/or more effective feedback to ___.</source>
        <translation>Je veux donner des retours plus percutants et/ou plus efficaces à ___.</translation>
    </message>
    <message>
        <source>I want to position myself for a new position in my organization.</source>
        <translation>Je veux me positionner pour obtenir un nouveau poste dans mon organisation.</translation>
    </message>
    <message>
        <source>I want to build a stronger professional network.</source>
        <translation>Je veux me constituer un réseau professionnel plus solide.</translation>
    </message>
    <message>
        <source>I want to improve my relationship and/or reduce conflict with ___.</source>
        <translation>Je veux améliorer ma relation et/ou réduire les conflits avec ___.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Expectations of the mentor</source>
        <translation>Attentes envers le mentor</translation>
    </message>
    <message>
        <source>Preferred mentor qualities</source>
        <translation>Qualités de mentor souhaitées</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Axes de développement</translation>
    </message>
    <message>
        <source>Preferred style</source>
        <translation>Style préféré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Se rencontrer tous les</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Durée des séances</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Intended end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spécifique</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Mesurable</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Atteignable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Pertinent</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Temporellement défini</translation>
    </message>
    <message>
        <source>Measure of progress</source>
        <translation>Indicateur de progrès</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Numéro de séance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Agenda topics</source>
        <translation>Points à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Hoped to achieve by next session</source>
        <translation>Résultats espérés d&apos;ici la prochaine séance</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>What the mentee will do</source>
        <translation>Ce que fera le mentoré</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>If–then plan</source>
        <translation>Plan si–alors</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien marché</translation>
    </message>
    <message>
        <source>What it means for the future</source>
        <translation>Ce que cela implique pour l&apos;avenir</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>Ce qu&apos;il faut essayer ensuite</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pourquoi cela ne s&apos;est pas fait</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <source>Calendar identity</source>
        <translation>Identifiant de calendrier</translation>
    </message>
    <message>
        <source>Calendar revision</source>
        <translation>Révision de calendrier</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalEditor</name>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation>Qu&apos;est-ce qui sera accompli, précisément&#xa0;?</translation>
    </message>
    <message>
        <source>How will you both know it is achieved?</source>
        <translation>Comment saurez-vous tous deux qu&apos;il est atteint&#xa0;?</translation>
    </message>
    <message>
        <source>Why is it within reach?</source>
        <translation>Pourquoi est-il à portée&#xa0;?</translation>
    </message>
    <message>
        <source>Why does it matter now?</source>
        <translation>Pourquoi est-il important maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Relevant:</source>
        <translation>Perti&amp;nent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time-bound:</source>
        <translation>&amp;Temporellement défini&#xa0;:</translation>
    </message>
    <message>
        <source>1 is the most important</source>
        <translation>1 est le plus important</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progression&#xa0;:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Revues&#xa0;:</translation>
    </message>
    <message>
        <source>Goals set the focus of the relationship. Add one in SMART form: specific, measurable, achievable, relevant and time-bound.</source>
        <translation>Les objectifs donnent le cap de la relation. Ajoutez-en un sous forme SMART&#xa0;: spécifique, mesurable, atteignable, pertinent et temporellement défini.</translation>
    </message>
    <message>
        <source>Record at session %1</source>
        <translation>Enregistrer à la séance %1</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Enregistrer la progression</translation>
    </message>
    <message>
        <source>This goal was already reviewed at the selected session; edit the review below.</source>
        <translation>Cet objectif a déjà été passé en revue à la séance sélectionnée&#xa0;; modifiez la revue ci-dessous.</translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress at the session selected in the timeline</source>
        <translation>Enregistrer la progression de l&apos;objectif à la séance sélectionnée dans la chronologie</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Spe&amp;cific:</source>
        <translation>Spécifi&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Measura&amp;ble:</source>
        <translation>Me&amp;surable&#xa0;:</translation>
    </message>
    <message>
        <source>Ach&amp;ievable:</source>
        <translation>&amp;Atteignable&#xa0;:</translation>
    </message>
    <message>
        <source>Meas&amp;ure of progress:</source>
        <translation>Indicate&amp;ur de progrès&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Progress to record</source>
        <translation>Progression à noter</translation>
    </message>
    <message>
        <source>The goal&apos;s progress at the session selected in the timeline, in per cent</source>
        <translation>La progression de l’objectif à la séance choisie dans la chronologie, en pour cent</translation>
    </message>
    <message>
        <source>The evidence that the goal is reached, once: what you will both see when it is done</source>
        <translation>La preuve que l’objectif est atteint, une fois : ce que vous verrez tous les deux quand ce sera fait</translation>
    </message>
    <message>
        <source>What is counted at each review, e.g. feedback talks held of six</source>
        <translation>Ce qui est compté à chaque bilan, p. ex. entretiens de feedback tenus sur six</translation>
    </message>
    <message>
        <source>What you look at session by session on the way there; the progress recorded at each review is measured against it</source>
        <translation>Ce que vous regardez séance après séance en chemin ; la progression notée à chaque bilan se mesure à cela</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalReviewModel</name>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GuardedApplication</name>
    <message>
        <source>An unknown error.</source>
        <translation>Une erreur inconnue.</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>ne doit pas être null</translation>
    </message>
    <message>
        <source>expected base64 text, found %1</source>
        <translation>texte en base64 attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>id %1 is used twice (also by %2)</source>
        <translation>l&apos;identifiant %1 est utilisé deux fois (aussi par %2)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in the document</source>
        <translation>aucun enregistrement de type «&#xa0;%1&#xa0;» n&apos;a l&apos;identifiant %2 dans le document</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON (%2)</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas du JSON valide (%2)</translation>
    </message>
    <message>
        <source>the document must be a JSON object with &quot;format&quot;: &quot;mentorbook&quot;</source>
        <translation>le document doit être un objet JSON avec &quot;format&quot;: &quot;mentorbook&quot;</translation>
    </message>
    <message>
        <source>expected &quot;mentorbook&quot;; this is not a Mentorbook document</source>
        <translation>&quot;mentorbook&quot; attendu&#xa0;; ce n&apos;est pas un document Mentorbook</translation>
    </message>
    <message>
        <source>%1 is newer than this version of Mentorbook reads (%2)</source>
        <translation>%1 est plus récent que ce que lit cette version de Mentorbook (%2)</translation>
    </message>
    <message>
        <source>%1 is not a version of the format</source>
        <translation>%1 n&apos;est pas une version du format</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is used twice (also by %1)</source>
        <translation>est utilisé deux fois (aussi par %1)</translation>
    </message>
</context>
<context>
    <name>Mentorbook::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Mentorbook::LocaleFormat</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MailComposer</name>
    <message>
        <source>%1 is set up for email, but its program %2 was not found.</source>
        <translation>%1 est configuré pour les e-mails, mais son programme %2 est introuvable.</translation>
    </message>
    <message>
        <source>%1 did not start.</source>
        <translation>%1 n&apos;a pas démarré.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>S&amp;éance</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>Ob&amp;jectifs</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>Chaque modification est enregistrée immédiatement</translation>
    </message>
    <message>
        <source>New &amp;mentee</source>
        <translation>Nouveau &amp;mentoré</translation>
    </message>
    <message>
        <source>Start a new mentoring relationship</source>
        <translation>Commencer une nouvelle relation de mentorat</translation>
    </message>
    <message>
        <source>&amp;Plan next session</source>
        <translation>&amp;Planifier la séance suivante</translation>
    </message>
    <message>
        <source>Add the next session, with the stage the method suggests</source>
        <translation>Ajouter la séance suivante, avec la phase que suggère la méthode</translation>
    </message>
    <message>
        <source>Add the &amp;sample relationship</source>
        <translation>Ajouter la relation d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find mentee</source>
        <translation>Re&amp;chercher un mentoré</translation>
    </message>
    <message>
        <source>&amp;Close relationship</source>
        <translation>&amp;Terminer la relation</translation>
    </message>
    <message>
        <source>&amp;Delete mentee…</source>
        <translation>&amp;Supprimer le mentoré…</translation>
    </message>
    <message>
        <source>&amp;Newest sessions first</source>
        <translation>&amp;Séances récentes en premier</translation>
    </message>
    <message>
        <source>&amp;About Mentorbook</source>
        <translation>À &amp;propos de Mentorbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation>M&amp;entoré</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Welcome to Mentorbook</source>
        <translation>Bienvenue dans Mentorbook</translation>
    </message>
    <message>
        <source>Keep each mentoring relationship in one place: the sessions, the SMART goals and the actions you agree. Mentorbook guides you from the pre-work through introductions and focus to exercises and debriefs. Everything stays on this computer, and every change is saved at once.</source>
        <translation>Réunissez chaque relation de mentorat en un seul endroit&#xa0;: les séances, les objectifs SMART et les actions dont vous convenez. Mentorbook vous guide de la préparation jusqu&apos;aux exercices et aux débriefings, en passant par les présentations et le recentrage. Tout reste sur cet ordinateur, et chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>Add your first mentee</source>
        <translation>Ajouter votre premier mentoré</translation>
    </message>
    <message>
        <source>Explore the sample relationship</source>
        <translation>Découvrir la relation d&apos;exemple</translation>
    </message>
    <message>
        <source>Find a mentee</source>
        <translation>Rechercher un mentoré</translation>
    </message>
    <message>
        <source>No mentee matches.</source>
        <translation>Aucun mentoré ne correspond.</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nouveau mentoré</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one: the pre-work, when you ask for a resume and a job description.</source>
        <translation>Aucune séance pour l&apos;instant. Planifiez la première&#xa0;: la préparation, où vous demandez un CV et une fiche de poste.</translation>
    </message>
    <message>
        <source>Plan next session</source>
        <translation>Planifier la séance suivante</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n séance tenue</numerusform>
            <numerusform>%n séances tenues</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open relationship</source>
        <translation>&amp;Rouvrir la relation</translation>
    </message>
    <message>
        <source>Delete mentee</source>
        <translation>Supprimer le mentoré</translation>
    </message>
    <message>
        <source>Delete %1 and all of the relationship&apos;s sessions, goals and actions?</source>
        <translation>Supprimer %1 ainsi que toutes les séances, tous les objectifs et toutes les actions de la relation&#xa0;?</translation>
    </message>
    <message>
        <source>You can bring everything back with Undo.</source>
        <translation>Vous pourrez tout récupérer avec Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation>Bases de données Mentorbook (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>About Mentorbook</source>
        <translation>À propos de Mentorbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Sessions, SMART goals and agreed actions for mentors, private and offline.&lt;/p&gt;&lt;p&gt;Your data: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Séances, objectifs SMART et actions convenues pour les mentors, en privé et hors ligne.&lt;/p&gt;&lt;p&gt;Vos données&#xa0;: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Mentoring %1</source>
        <translation>Mentorat de %1</translation>
    </message>
    <message>
        <source>Selected mentee</source>
        <translation>Mentoré choisi</translation>
    </message>
    <message>
        <source>Parts of the relationship</source>
        <translation>Parties de la relation</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vue d&apos;ensem&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Shows only the mentees whose name holds these words</source>
        <translation>N’affiche que les mentorés dont le nom contient ces mots</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Chronologie des séances</translation>
    </message>
    <message>
        <source>The mentee&apos;s sessions; the selected one shows on the Session tab</source>
        <translation>Les séances du mentoré ; celle choisie s’affiche dans l’onglet Séance</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>This database is read-only: %1; you can view, export and back it up.</source>
        <translation>Cette base est en lecture seule&#xa0;: %1&#xa0;; vous pouvez la consulter, l’exporter et la sauvegarder.</translation>
    </message>
    <message>
        <source>The database failed</source>
        <translation>La base de données a échoué</translation>
    </message>
    <message>
        <source>Mentorbook cannot go on with %1.</source>
        <translation>Mentorbook ne peut pas continuer avec %1.</translation>
    </message>
    <message>
        <source>%1

What was saved is kept. Reopen the database to go on, or close Mentorbook and run “mentorbook check” on it.</source>
        <translation>%1

Ce qui était enregistré est conservé. Rouvrez la base pour continuer, ou fermez Mentorbook et vérifiez-la avec «&#xa0;mentorbook check&#xa0;».</translation>
    </message>
    <message>
        <source>%1

What you typed last could not be saved either (%2). What was saved before is kept.</source>
        <translation>%1

Ce que vous avez saisi en dernier n’a pas pu être enregistré non plus (%2). Ce qui était enregistré avant est conservé.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Close Mentorbook</source>
        <translation>&amp;Fermer Mentorbook</translation>
    </message>
    <message>
        <source>%1

The sample database was temporary. Close Mentorbook and start the demo again.</source>
        <translation>%1

La base d’exemple était temporaire. Fermez Mentorbook et relancez la démonstration.</translation>
    </message>
    <message>
        <source>Presenting: private notes and the other mentees are hidden.</source>
        <translation>Présentation : les notes privées et les autres mentorés sont masqués.</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Arrêter la présentation</translation>
    </message>
    <message>
        <source>Find in &amp;All Mentees…</source>
        <translation>Rechercher dans &amp;tous les mentorés…</translation>
    </message>
    <message>
        <source>Find words in every session, goal, action, review, profile and file</source>
        <translation>Rechercher des mots dans chaque séance, objectif, action, revue, profil et fichier</translation>
    </message>
    <message>
        <source>&amp;Presenting</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Share your screen safely: hide private notes and the other mentees</source>
        <translation>Partager votre écran en toute sécurité : masquer les notes privées et les autres mentorés</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>Trouvé dans %1</translation>
    </message>
    <message>
        <source>Find in This Mentee</source>
        <translation>Rechercher dans ce mentoré</translation>
    </message>
    <message>
        <source>Find in All Mentees</source>
        <translation>Rechercher dans tous les mentorés</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MeetingReminders</name>
    <message>
        <source>Mentoring with %1 today at %2</source>
        <translation>Mentorat avec %1 aujourd&apos;hui à %2</translation>
    </message>
    <message>
        <source>Mentoring with %1 tomorrow at %2</source>
        <translation>Mentorat avec %1 demain à %2</translation>
    </message>
    <message>
        <source>Mentoring with %1 on %2 at %3</source>
        <translation>Mentorat avec %1 le %2 à %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Session %1 with %2 is not recorded yet</source>
        <translation>La séance %1 avec %2 n&apos;est pas encore consignée</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Séance %1 · %2</translation>
    </message>
    <message>
        <source>Record how it went, or why it did not take place.</source>
        <translation>Consignez comment elle s&apos;est passée, ou pourquoi elle n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MenteeDelegate</name>
    <message>
        <source>Meeting overdue</source>
        <translation>Rencontre en retard</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>Aucune rencontre prévue</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action en retard</numerusform>
            <numerusform>%n actions en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Method</name>
    <message>
        <source>Learn about the mentee before you meet.</source>
        <translation>Découvrez le mentoré avant de le rencontrer.</translation>
    </message>
    <message>
        <source>Ask the mentee for a current resume and job description.</source>
        <translation>Demandez au mentoré un CV à jour et sa fiche de poste.</translation>
    </message>
    <message>
        <source>Read them: what stands out, and what would you like to ask?</source>
        <translation>Lisez-les&#xa0;: qu&apos;est-ce qui ressort, et que voudriez-vous demander&#xa0;?</translation>
    </message>
    <message>
        <source>Note the key topics you expect to discuss in the first session.</source>
        <translation>Notez les sujets clés que vous pensez aborder lors de la première séance.</translation>
    </message>
    <message>
        <source>What do you already know about where they want to go?</source>
        <translation>Que savez-vous déjà de la direction qu&apos;il souhaite prendre&#xa0;?</translation>
    </message>
    <message>
        <source>Get to know each other and the goals of the relationship.</source>
        <translation>Faites connaissance et découvrez les objectifs de la relation.</translation>
    </message>
    <message>
        <source>Share your background, and ask the mentee to share theirs.</source>
        <translation>Présentez votre parcours et invitez le mentoré à présenter le sien.</translation>
    </message>
    <message>
        <source>What are your goals for this mentoring relationship?</source>
        <translation>Quels sont vos objectifs pour cette relation de mentorat&#xa0;?</translation>
    </message>
    <message>
        <source>What do you expect of me as your mentor?</source>
        <translation>Qu&apos;attendez-vous de moi en tant que mentor&#xa0;?</translation>
    </message>
    <message>
        <source>What mentor qualities do you prefer?</source>
        <translation>Quelles qualités appréciez-vous chez un mentor&#xa0;?</translation>
    </message>
    <message>
        <source>Which of your strengths do you want to build on, and what would you like to develop?</source>
        <translation>Sur quels points forts voulez-vous vous appuyer, et que souhaiteriez-vous développer&#xa0;?</translation>
    </message>
    <message>
        <source>Goal: what would you like to be different a year from now?</source>
        <translation>Objectif&#xa0;: qu&apos;aimeriez-vous voir changer d&apos;ici un an&#xa0;?</translation>
    </message>
    <message>
        <source>Reality: where are you today on that?</source>
        <translation>Réalité&#xa0;: où en êtes-vous aujourd&apos;hui sur ce point&#xa0;?</translation>
    </message>
    <message>
        <source>Narrow the focus to 2–3 problem statements and set SMART goals.</source>
        <translation>Recentrez-vous sur 2 ou 3 problématiques et fixez des objectifs SMART.</translation>
    </message>
    <message>
        <source>Which goal is most important to you?</source>
        <translation>Quel objectif est le plus important pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>Which 2–3 problem statements will set the stage for our exercises?</source>
        <translation>Quelles 2 ou 3 problématiques serviront de point de départ à nos exercices&#xa0;?</translation>
    </message>
    <message>
        <source>Is each goal specific, measurable, achievable, relevant and time-bound?</source>
        <translation>Chaque objectif est-il spécifique, mesurable, atteignable, pertinent et temporellement défini&#xa0;?</translation>
    </message>
    <message>
        <source>How will we measure progress, session by session?</source>
        <translation>Comment mesurerons-nous les progrès, séance après séance&#xa0;?</translation>
    </message>
    <message>
        <source>Goal: what exactly do you want to achieve, and by when?</source>
        <translation>Objectif&#xa0;: que voulez-vous accomplir exactement, et pour quand&#xa0;?</translation>
    </message>
    <message>
        <source>Reality: what have you tried so far, and what happened?</source>
        <translation>Réalité&#xa0;: qu&apos;avez-vous essayé jusqu&apos;ici, et que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Options: which problem would make the biggest difference if solved?</source>
        <translation>Options&#xa0;: quel problème, une fois résolu, changerait le plus les choses&#xa0;?</translation>
    </message>
    <message>
        <source>Choose one problem statement and plan a concrete exercise.</source>
        <translation>Choisissez une problématique et planifiez un exercice concret.</translation>
    </message>
    <message>
        <source>Which problem statement do you want to work on now?</source>
        <translation>Sur quelle problématique voulez-vous travailler maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>What will you do, with whom, and by when?</source>
        <translation>Qu&apos;allez-vous faire, avec qui, et pour quand&#xa0;?</translation>
    </message>
    <message>
        <source>Picture it: how will it go, step by step?</source>
        <translation>Représentez-vous la scène&#xa0;: comment cela va-t-il se passer, étape par étape&#xa0;?</translation>
    </message>
    <message>
        <source>What are the key steps before our next meeting?</source>
        <translation>Quelles sont les étapes clés d&apos;ici notre prochaine rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>What is the likely obstacle, and what will you do if it comes up?</source>
        <translation>Quel est l&apos;obstacle probable, et que ferez-vous s&apos;il se présente&#xa0;?</translation>
    </message>
    <message>
        <source>Options: what could you do? What else?</source>
        <translation>Options&#xa0;: que pourriez-vous faire&#xa0;? Quoi d&apos;autre&#xa0;?</translation>
    </message>
    <message>
        <source>Will: what will you do, and how sure are you, from 1 to 10?</source>
        <translation>Engagement&#xa0;: qu&apos;allez-vous faire, et à quel point en êtes-vous sûr, de 1 à 10&#xa0;?</translation>
    </message>
    <message>
        <source>Learn from how the exercise went, then take the next action.</source>
        <translation>Tirez les leçons du déroulement de l&apos;exercice, puis passez à l&apos;action suivante.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Comment cela s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>If it went well: what went well, and what does that mean for the future?</source>
        <translation>Si cela s&apos;est bien passé&#xa0;: qu&apos;est-ce qui a bien marché, et qu&apos;est-ce que cela implique pour l&apos;avenir&#xa0;?</translation>
    </message>
    <message>
        <source>If it did not go well: what should you try next?</source>
        <translation>Si cela ne s&apos;est pas bien passé&#xa0;: que devriez-vous essayer ensuite&#xa0;?</translation>
    </message>
    <message>
        <source>If it did not happen: why not?</source>
        <translation>Si cela n&apos;a pas eu lieu&#xa0;: pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Build on the same problem statement with a new action, or move to another?</source>
        <translation>Poursuivre sur la même problématique avec une nouvelle action, ou passer à une autre&#xa0;?</translation>
    </message>
    <message>
        <source>Reality: what actually happened?</source>
        <translation>Réalité&#xa0;: que s&apos;est-il réellement passé&#xa0;?</translation>
    </message>
    <message>
        <source>Will: what is the next small step?</source>
        <translation>Engagement&#xa0;: quelle est la prochaine petite étape&#xa0;?</translation>
    </message>
    <message>
        <source>A free-flowing conversation, for mentees who want less structure.</source>
        <translation>Une conversation libre, pour les mentorés qui souhaitent moins de structure.</translation>
    </message>
    <message>
        <source>What is on your mind today?</source>
        <translation>Qu&apos;est-ce qui vous occupe l&apos;esprit aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Is there a story from my own experience that would help?</source>
        <translation>Y a-t-il dans ma propre expérience une histoire qui pourrait vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>What would you like to take away from this conversation?</source>
        <translation>Que souhaitez-vous retirer de cette conversation&#xa0;?</translation>
    </message>
    <message>
        <source>Goal: what would make this hour worthwhile?</source>
        <translation>Objectif&#xa0;: qu&apos;est-ce qui rendrait cette heure utile pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>Will: what will you do before we next meet?</source>
        <translation>Engagement&#xa0;: que ferez-vous d&apos;ici notre prochaine rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>Check-in and rapport</source>
        <translation>Accueil et mise en confiance</translation>
    </message>
    <message>
        <source>Review of the actions agreed last time: done, not done, why (your own tasks too)</source>
        <translation>Revue des actions convenues la dernière fois&#xa0;: faites, pas faites, pourquoi (vos propres tâches aussi)</translation>
    </message>
    <message>
        <source>The stage&apos;s focus, against the goals</source>
        <translation>Le cœur de la phase, au regard des objectifs</translation>
    </message>
    <message>
        <source>Agree actions: what, who, with whom, by when</source>
        <translation>Convenir des actions&#xa0;: quoi, qui, avec qui, pour quand</translation>
    </message>
    <message>
        <source>Summary: what you hope to achieve by the next session; the next meeting date</source>
        <translation>Synthèse&#xa0;: ce que vous espérez accomplir d&apos;ici la prochaine séance&#xa0;; la date de la prochaine rencontre</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Review of agreed actions</source>
        <translation>Revue des actions convenues</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Cœur de séance</translation>
    </message>
    <message>
        <source>Agree actions</source>
        <translation>Convenir des actions</translation>
    </message>
    <message>
        <source>Summary and next meeting</source>
        <translation>Synthèse et prochaine rencontre</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Migrations</name>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>Impossible de mettre à niveau la base de données vers la version %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::OverviewPanel</name>
    <message>
        <source>Consistency</source>
        <translation>Régularité</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Prepare for the next session</source>
        <translation>Préparer la prochaine séance</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Cancelled / missed</source>
        <translation>Annulées / manquées</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Assiduité</translation>
    </message>
    <message>
        <source>Average interval</source>
        <translation>Intervalle moyen</translation>
    </message>
    <message>
        <source>%1 days (agreed: every %2)</source>
        <translation>%1 jours (convenu&#xa0;: tous les %2 jours)</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Depuis la dernière rencontre</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine rencontre</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prévue</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions faites</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore passé en revue</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Plan a session to prepare for it.</source>
        <translation>Planifiez une séance pour la préparer.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::PasswordKeyring</name>
    <message>
        <source>No keyring is available on this desktop (%1), so Mentorbook cannot keep the calendar server&apos;s password and does not keep it anywhere else. Start the desktop&apos;s keyring (GNOME Keyring, KWallet) and enter the password again.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce bureau (%1) : Mentorbook ne peut donc pas garder le mot de passe du serveur de calendrier et ne le garde nulle part ailleurs. Démarrez le trousseau du bureau (GNOME Keyring, KWallet) et saisissez à nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>The keyring refused access to the calendar server&apos;s password: %1.</source>
        <translation>Le trousseau a refusé l&apos;accès au mot de passe du serveur de calendrier : %1.</translation>
    </message>
    <message>
        <source>The keyring could not keep the calendar server&apos;s password: %1.</source>
        <translation>Le trousseau n&apos;a pas pu garder le mot de passe du serveur de calendrier : %1.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Planning</name>
    <message>
        <source>Ask for a current resume and job description</source>
        <translation>Demander un CV à jour et la fiche de poste</translation>
    </message>
    <message>
        <source>Read them before the first meeting</source>
        <translation>Les lire avant la première rencontre</translation>
    </message>
    <message>
        <source>Share our backgrounds</source>
        <translation>Partager nos parcours</translation>
    </message>
    <message>
        <source>The mentee&apos;s goals for the relationship</source>
        <translation>Les objectifs du mentoré pour la relation</translation>
    </message>
    <message>
        <source>Expectations of the mentor; preferred mentor qualities</source>
        <translation>Attentes envers le mentor&#xa0;; qualités de mentor souhaitées</translation>
    </message>
    <message>
        <source>Which goal matters most? Narrow to 2–3 problem statements</source>
        <translation>Quel objectif compte le plus&#xa0;? Se recentrer sur 2 ou 3 problématiques</translation>
    </message>
    <message>
        <source>Choose one problem statement; plan the exercise: what, with whom, by when</source>
        <translation>Choisir une problématique&#xa0;; planifier l&apos;exercice&#xa0;: quoi, avec qui, pour quand</translation>
    </message>
    <message>
        <source>Debrief the exercise: how did it go, and what next?</source>
        <translation>Débriefer l&apos;exercice&#xa0;: comment cela s&apos;est-il passé, et quelle suite&#xa0;?</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Conversation libre</translation>
    </message>
</context>
<context>
    <name>Mentorbook::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Shown on recaps and in the PDF&apos;s author</source>
        <translation>Affiché sur les comptes rendus et comme auteur des PDF</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>As usual here (%1)</source>
        <translation>Selon l&apos;usage local (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Langue et papier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows the next time Mentorbook starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Mentorbook.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>New relationships</source>
        <translation>Nouvelles relations</translation>
    </message>
    <message>
        <source>&amp;Session length:</source>
        <translation>&amp;Durée des séances&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meet every:</source>
        <translation>Se rencontrer &amp;tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Ouvrir une autre…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Déplac&amp;er…</translation>
    </message>
    <message>
        <source>Open Another Database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation>Bases de données Mentorbook (*.sqlite)</translation>
    </message>
    <message>
        <source>Move the Database</source>
        <translation>Déplacer la base de données</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new name; Mentorbook does not overwrite a file.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom&#xa0;; Mentorbook n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 jours avant</translation>
    </message>
    <message>
        <source>%1 min before</source>
        <translation>%1 min avant</translation>
    </message>
    <message>
        <source>&amp;When to remind me:</source>
        <translation>&amp;Quand me rappeler&#xa0;:</translation>
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
        <translation>Nouvelle problématique</translation>
    </message>
    <message>
        <source>Write it freely</source>
        <translation>La rédiger librement</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <source>Fill in every blank first</source>
        <translation>Remplissez d&apos;abord tous les champs</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProfileEditor</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Structured follows the program outline; free-flowing suits mentees who want open conversations.</source>
        <translation>Le style structuré suit le programme pas à pas&#xa0;; le style libre convient aux mentorés qui préfèrent des conversations ouvertes.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In person, video call, phone…</source>
        <translation>En personne, visioconférence, téléphone…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>F&amp;onction&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred st&amp;yle:</source>
        <translation>St&amp;yle préféré&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>Pa&amp;rcours&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translation>&amp;Qualités souhaitées&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>Poin&amp;ts forts&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation>Durée des sé&amp;ances&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Moda&amp;lité&#xa0;:</translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Drop the mentee&apos;s resume and job description here</source>
        <translation>Déposez ici le CV et la fiche de poste du mentoré</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add pre-work files</source>
        <translation>Ajouter des fichiers de préparation</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Intended end:</source>
        <translation>Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Ema&amp;il:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation>Attentes en&amp;vers moi&#xa0;:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Axes de développement&#xa0;:</translation>
    </message>
    <message>
        <source>Meet every:</source>
        <translation>Se rencontrer tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>Pre-work files</source>
        <translation>Fichiers de préparation</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>How the recap greets the mentee: &quot;Dr Raman&quot; writes &quot;Dear Dr Raman,&quot;. Left empty, it is the first word of the name.</source>
        <translation>Comment le compte rendu s’adresse au mentoré&#xa0;: «&#xa0;Dr Raman&#xa0;» donne «&#xa0;Cher Dr Raman,&#xa0;». Laissé vide, c’est le premier mot du nom.</translation>
    </message>
    <message>
        <source>Address as:</source>
        <translation>Formule d’appel&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProgressHistory</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore passé en revue</translation>
    </message>
    <message>
        <source>Progress at each review: %1</source>
        <translation>Progression à chaque revue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Recap</name>
    <message>
        <source>Recap of our session on %1</source>
        <translation>Compte rendu de notre séance du %1</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Recap – Session %1 – %2</source>
        <translation>Compte rendu – Séance %1 – %2</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor&#xa0;: %1</translation>
    </message>
    <message>
        <source>Our session on %1</source>
        <translation>Notre séance du %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>thank you for our conversation. Here is what we discussed and agreed, to keep at hand until we meet again.</source>
        <translation>Merci pour notre échange. Voici ce dont nous avons discuté et ce dont nous avons convenu, à garder sous la main jusqu&apos;à notre prochaine rencontre.</translation>
    </message>
    <message>
        <source>What we discussed</source>
        <translation>Ce dont nous avons discuté</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>How the exercise went</source>
        <translation>Déroulement de l&apos;exercice</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Pourquoi cela ne s&apos;est pas fait&#xa0;:</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Ce qui a bien marché&#xa0;:</translation>
    </message>
    <message>
        <source>For the future:</source>
        <translation>Pour l&apos;avenir&#xa0;:</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>À essayer ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Your exercise</source>
        <translation>Votre exercice</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problématique&#xa0;:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>Avec qui&#xa0;:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Pour quand&#xa0;:</translation>
    </message>
    <message>
        <source>If … then:</source>
        <translation>Si … alors&#xa0;:</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>No new actions were agreed in this session.</source>
        <translation>Aucune nouvelle action n&apos;a été convenue lors de cette séance.</translation>
    </message>
    <message>
        <source>Still open from earlier sessions</source>
        <translation>Toujours en cours depuis les séances précédentes</translation>
    </message>
    <message>
        <source>Progress on your goals</source>
        <translation>Progression de vos objectifs</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By our next session</source>
        <translation>D&apos;ici notre prochaine séance</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine rencontre</translation>
    </message>
    <message>
        <source>With best wishes,
%1</source>
        <translation>Bien cordialement,
%1</translation>
    </message>
    <message>
        <source>thank you for our conversation on %1. Here is what we discussed and agreed; the recap is attached as a PDF.</source>
        <translation>Merci pour notre échange du %1. Voici ce dont nous avons discuté et ce dont nous avons convenu&#xa0;; vous trouverez le compte rendu en pièce jointe, au format PDF.</translation>
    </message>
    <message>
        <source>With whom: %1</source>
        <translation>Avec qui&#xa0;: %1</translation>
    </message>
    <message>
        <source>By when: %1</source>
        <translation>Pour quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>Votre mentor</translation>
    </message>
    <message>
        <source>I am sorry that we missed each other for our session on %1.</source>
        <translation>Je suis désolé que nous nous soyons manqués pour notre séance du %1.</translation>
    </message>
    <message>
        <source>I am sorry that we could not meet for our session on %1.</source>
        <translation>Je suis désolé que nous n’ayons pas pu nous voir pour notre séance du %1.</translation>
    </message>
    <message>
        <source>I propose that we meet again as below; please tell me if that does not suit you.</source>
        <translation>Je propose que nous nous revoyions comme indiqué ci-dessous&#xa0;; dites-moi si cela ne vous convient pas.</translation>
    </message>
    <message>
        <source>We have no new date yet; I will propose one soon.</source>
        <translation>Nous n’avons pas encore de nouvelle date&#xa0;; j’en proposerai une bientôt.</translation>
    </message>
    <message>
        <source>No next meeting is planned yet; we will agree on a date.</source>
        <translation>Aucune prochaine rencontre n’est encore prévue&#xa0;; nous conviendrons d’une date.</translation>
    </message>
    <message>
        <source>Session %1 is the pre-work, your own preparation before the first meeting: there is no recap to send.</source>
        <translation>La séance %1 est la préparation, la vôtre avant la première rencontre&#xa0;: il n’y a pas de compte rendu à envoyer.</translation>
    </message>
    <message>
        <source>Session %1 is still planned, not held: its agenda is what to send before it. Record it as held to write its recap.</source>
        <translation>La séance %1 est encore prévue, pas tenue&#xa0;: c’est son ordre du jour qu’on envoie avant. Enregistrez-la comme tenue pour rédiger son compte rendu.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Nouvelle date&#xa0;:</translation>
    </message>
    <message>
        <source>Still open until we meet</source>
        <translation>Encore en cours d’ici notre rencontre</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>New date: %1</source>
        <translation>Nouvelle date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>sent after a meeting that did not take place</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note – Session %1 – %2</source>
        <translation>Message – Séance %1 – %2</translation>
    </message>
    <message>
        <source>A note on it is attached as a PDF.</source>
        <translation>Une note à ce sujet est jointe en PDF.</translation>
    </message>
    <message>
        <source>thank you for our conversation. The recap of our session %1 on %2 is attached as a PDF.</source>
        <translation>merci pour notre échange. Le compte rendu de notre séance %1 du %2 est joint en PDF.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::RelationshipSummary</name>
    <message>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Mentoring summary – %1</source>
        <translation>Bilan de mentorat – %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Mentoring summary</source>
        <translation>Bilan de mentorat</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>L&apos;accord</translation>
    </message>
    <message>
        <source>We meet:</source>
        <translation>Nous nous rencontrons&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>à %n jour d&apos;intervalle</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Aucun objectif enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aucune séance pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n séance tenue</numerusform>
            <numerusform>%n séances tenues</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>assiduité&#xa0;: %1</translation>
    </message>
    <message>
        <source>every %1 days on average</source>
        <translation>tous les %1 jours en moyenne</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Aucune action convenue pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n action convenue</numerusform>
            <numerusform>%n actions convenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n faite</numerusform>
            <numerusform>%n faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected, achieved, learned</source>
        <translation>Attentes, réussites, enseignements</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Attentes&#xa0;:</translation>
    </message>
    <message>
        <source>Goal achieved: %1</source>
        <translation>Objectif atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Séance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Strengths and development areas</source>
        <translation>Points forts et axes de développement</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Points forts&#xa0;:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Axes de développement&#xa0;:</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Prochaine rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>none planned yet.</source>
        <translation>aucune prévue pour l’instant.</translation>
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
        <translation>avec %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>carried %n time(s)</source>
        <translation>
            <numerusform>reportée %n fois</numerusform>
            <numerusform>reportée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>a percentage: the number and the locale&apos;s percent sign</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>échéance %1, en retard</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Repository</name>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goal review</source>
        <translation>revue d&apos;objectif</translation>
    </message>
    <message>
        <source>problem statement</source>
        <translation>problématique</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>action review</source>
        <translation>revue d&apos;action</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Aucun enregistrement de type «&#xa0;%1&#xa0;» n&apos;a l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>A restored %1 needs its time stamps.</source>
        <translation>Un enregistrement restauré de type «&#xa0;%1&#xa0;» doit avoir ses horodatages.</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>aucun enregistrement de type «&#xa0;%1&#xa0;» n&apos;a l&apos;identifiant %2</translation>
    </message>
    <message>
        <source>%1 %2 belongs to another mentee</source>
        <translation>l&apos;enregistrement de type «&#xa0;%1&#xa0;» d&apos;identifiant %2 appartient à un autre mentoré</translation>
    </message>
    <message>
        <source>%1 is already taken</source>
        <translation>l&apos;identifiant %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>this mentee already has a session number %1</source>
        <translation>ce mentoré a déjà une séance numéro %1</translation>
    </message>
    <message>
        <source>this goal was already reviewed at this session</source>
        <translation>cet objectif a déjà été passé en revue à cette séance</translation>
    </message>
    <message>
        <source>this action was already reviewed at this session</source>
        <translation>cette action a déjà été passée en revue à cette séance</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read (%2)</source>
        <translation>les lignes de %1 ne peuvent pas être lues (%2)</translation>
    </message>
    <message>
        <source>%1 %2 would be refused: %3</source>
        <translation>%1 %2 serait refusé&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) of %1 would be refused</source>
        <translation>
            <numerusform>et %n autre ligne de %1 serait refusée</numerusform>
            <numerusform>et %n autres lignes de %1 seraient refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>another session already has this identity</source>
        <translation>une autre séance a déjà cet identifiant</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SaveFile</name>
    <message>
        <source>Cannot write %1: the file is not writable.</source>
        <translation>Impossible d’écrire %1&#xa0;: le fichier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the folder is not writable (the disk is read-only)</source>
        <translation>le dossier n’est pas accessible en écriture (le disque est en lecture seule)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>the disk could not be written (input/output error)</source>
        <translation>le disque n’a pas pu être écrit (erreur d’entrée/sortie)</translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation>le fichier est trop gros pour le disque</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SchemaCheck</name>
    <message>
        <source>its list of tables cannot be read (%1)</source>
        <translation>sa liste de tables ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>cannot build the expected schema (%1)</source>
        <translation>impossible de construire le schéma attendu (%1)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>its table %1 lacks the column %2</source>
        <translation>sa table %1 n’a pas la colonne %2</translation>
    </message>
    <message>
        <source>its table %1 has the column %2 as %3 instead of %4</source>
        <translation>sa table %1 a la colonne %2 en %3 au lieu de %4</translation>
    </message>
    <message>
        <source>its table %1 has a column %2 this version does not know</source>
        <translation>sa table %1 a une colonne %2 que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>its table %1 lacks the reference %2</source>
        <translation>sa table %1 n’a pas la référence %2</translation>
    </message>
    <message>
        <source>its table %1 has a reference %2 this version does not know</source>
        <translation>sa table %1 a une référence %2 que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>its table %1 has other rules (CHECK or UNIQUE) than this version expects</source>
        <translation>sa table %1 a d’autres règles (CHECK ou UNIQUE) que celles qu’attend cette version</translation>
    </message>
    <message>
        <source>it lacks the table %1</source>
        <translation>la table %1 lui manque</translation>
    </message>
    <message>
        <source>it has a table %1 this version does not know</source>
        <translation>elle a une table %1 que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>it lacks the %1 %2</source>
        <translation>il lui manque&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>its %1 %2 is not the one this version expects</source>
        <translation>%1 %2 n’est pas celui qu’attend cette version</translation>
    </message>
    <message>
        <source>it has a %1 %2 this version does not know</source>
        <translation>elle a %1 %2 que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>its table %1 cannot be read (%2)</source>
        <translation>sa table %1 ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>the row %1 of %2 breaks a rule (%3)</source>
        <translation>la ligne %1 de %2 enfreint une règle (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) of %1 break rules</source>
        <translation>
            <numerusform>et %n autre ligne de %1 enfreint des règles</numerusform>
            <numerusform>et %n autres lignes de %1 enfreignent des règles</numerusform>
        </translation>
    </message>
    <message>
        <source>its table %1 cannot be read to the end (%2)</source>
        <translation>sa table %1 ne peut pas être lue jusqu’au bout (%2)</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchDialog</name>
    <message>
        <source>Find in All Mentees</source>
        <translation>Rechercher dans tous les mentorés</translation>
    </message>
    <message>
        <source>Words, the start of a word, or a &quot;phrase&quot;</source>
        <translation>Des mots, un début de mot ou une « expression »</translation>
    </message>
    <message>
        <source>Find in all mentees</source>
        <translation>Rechercher dans tous les mentorés</translation>
    </message>
    <message>
        <source>Finds every text that holds all the words, in every relationship</source>
        <translation>Trouve chaque texte qui contient tous les mots, dans chaque relation</translation>
    </message>
    <message>
        <source>Texts found</source>
        <translation>Textes trouvés</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits.</source>
        <translation>Saisissez un mot à rechercher : des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>Type words to find them in this mentee&apos;s sessions, goals, actions, reviews, profile and files.</source>
        <translation>Saisissez des mots pour les trouver dans les séances, objectifs, actions, revues, le profil et les fichiers de ce mentoré.</translation>
    </message>
    <message>
        <source>Type words to find them in every session, goal, action, review, profile and file.</source>
        <translation>Saisissez des mots pour les trouver dans chaque séance, objectif, action, revue, profil et fichier.</translation>
    </message>
    <message>
        <source>No text holds &quot;%1&quot;.</source>
        <translation>Aucun texte ne contient « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>The best %n texts: add words to narrow it down.</source>
        <translation>
            <numerusform>Le meilleur texte : ajoutez des mots pour affiner.</numerusform>
            <numerusform>Les %n meilleurs textes : ajoutez des mots pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in %1</source>
        <translation>
            <numerusform>%n texte dans %1</numerusform>
            <numerusform>%n textes dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n text(s))</source>
        <translation>
            <numerusform>%1 (%n texte)</numerusform>
            <numerusform>%1 (%n textes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionEditor</name>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Select a session in the timeline, or plan the next one.</source>
        <translation>Sélectionnez une séance dans la chronologie, ou planifiez la suivante.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A room, or a video-call link</source>
        <translation>Une salle, ou un lien de visioconférence</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>À demander&#xa0;:</translation>
    </message>
    <message>
        <source>One topic a line</source>
        <translation>Un point par ligne</translation>
    </message>
    <message>
        <source>What you discussed</source>
        <translation>Ce dont vous avez parlé</translation>
    </message>
    <message>
        <source>What you both hope will be achieved by the next session</source>
        <translation>Ce que vous espérez tous deux avoir accompli d&apos;ici la prochaine séance</translation>
    </message>
    <message>
        <source>Your own observations. Never printed in the mentee&apos;s recap.</source>
        <translation>Vos propres observations. Jamais imprimées dans le compte rendu du mentoré.</translation>
    </message>
    <message>
        <source>Only you see these notes; they are never part of what the mentee receives.</source>
        <translation>Vous seul voyez ces notes&#xa0;; elles ne figurent jamais dans ce que reçoit le mentoré.</translation>
    </message>
    <message>
        <source>About the mentee</source>
        <translation>À propos du mentoré</translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation>Attentes en&amp;vers moi&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translation>&amp;Qualités souhaitées&#xa0;:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Points forts&#xa0;:</translation>
    </message>
    <message>
        <source>Record the goals the mentee shares on the Goals tab.</source>
        <translation>Notez les objectifs que partage le mentoré dans l&apos;onglet Objectifs.</translation>
    </message>
    <message>
        <source>Review of the actions agreed before</source>
        <translation>Revue des actions convenues précédemment</translation>
    </message>
    <message>
        <source>Problem statements</source>
        <translation>Problématiques</translation>
    </message>
    <message>
        <source>More than three problem statements are active: narrow the focus to 2–3, and park the others.</source>
        <translation>Plus de trois problématiques sont en cours&#xa0;: recentrez-vous sur 2 ou 3 et mettez les autres en attente.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Rank the selected problem statement higher</source>
        <translation>Classer la problématique sélectionnée plus haut</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Rank the selected problem statement lower</source>
        <translation>Classer la problématique sélectionnée plus bas</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>What will the mentee do? Help them picture it.</source>
        <translation>Que fera le mentoré&#xa0;? Aidez-le à se le représenter.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Q&amp;uoi&#xa0;:</translation>
    </message>
    <message>
        <source>If the likely obstacle comes up, then the mentee will…</source>
        <translation>Si l&apos;obstacle probable survient, alors le mentoré…</translation>
    </message>
    <message>
        <source>A step the mentee takes before the next meeting: an action with a due date</source>
        <translation>Une étape que le mentoré franchit avant la prochaine rencontre&#xa0;: une action avec une échéance</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Key step</source>
        <translation>Étape clé</translation>
    </message>
    <message>
        <source>What will the mentee do before the next meeting?</source>
        <translation>Que fera le mentoré avant la prochaine rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation>Aucun exercice précédent à débriefer n&apos;a été planifié.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Exercise set at session %1: %2</source>
        <translation>Exercice fixé à la séance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>For each action agreed before: done, carried over to the next session, or dropped</source>
        <translation>Pour chaque action convenue auparavant : faite, reportée à la prochaine séance ou abandonnée</translation>
    </message>
    <message>
        <source>Ho&amp;w did it go?</source>
        <translation>Comment ce&amp;la s’est-il passé ?</translation>
    </message>
    <message>
        <source>What went we&amp;ll?</source>
        <translation>&amp;Qu&apos;est-ce qui a bien marché&#xa0;?</translation>
    </message>
    <message>
        <source>What does it mean for the future?</source>
        <translation>Qu&apos;est-ce que cela implique pour l&apos;avenir&#xa0;?</translation>
    </message>
    <message>
        <source>What should be tried ne&amp;xt?</source>
        <translation>Que faudrait-il essa&amp;yer ensuite&#xa0;?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Wh&amp;y did it not happen?</source>
        <translation>Pourquoi cela ne s&apos;est-il pas &amp;fait&#xa0;?</translation>
    </message>
    <message>
        <source>Prob&amp;lem statement:</source>
        <translation>P&amp;roblématique&#xa0;:</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>Avec qui&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;y when:</source>
        <translation>Pour &amp;quand :</translation>
    </message>
    <message>
        <source>If–then plan:</source>
        <translation>Plan si–alors&#xa0;:</translation>
    </message>
    <message>
        <source>Add a &amp;key step…</source>
        <translation>Ajouter une étape c&amp;lé…</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>Pa&amp;rcours&#xa0;:</translation>
    </message>
    <message>
        <source>Deve&amp;lopment areas:</source>
        <translation>A&amp;xes de développement&#xa0;:</translation>
    </message>
    <message>
        <source>The mentee&apos;s problem statements, the most important first</source>
        <translation>Les énoncés de problème du mentoré, le plus important d’abord</translation>
    </message>
    <message>
        <source>Status of the problem statement</source>
        <translation>Statut de l’énoncé de problème</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How long the session lasts, in minutes</source>
        <translation>Durée de la séance, en minutes</translation>
    </message>
    <message>
        <source>Place or link:</source>
        <translation>Lieu ou lien&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogrammer…</translation>
    </message>
    <message>
        <source>Cancel this session, saying why, and plan a new one in its place one cadence on</source>
        <translation>Annuler cette séance en disant pourquoi, et en planifier une nouvelle à sa place un rythme plus tard</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Why it did not take place</source>
        <translation>Pourquoi elle n’a pas eu lieu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Noter comme tenue</translation>
    </message>
    <message>
        <source>Session %1 is planned for %2, which has not come yet.</source>
        <translation>La séance %1 est prévue le %2, qui n’est pas encore arrivé.</translation>
    </message>
    <message>
        <source>Record it as held all the same?</source>
        <translation>La noter comme tenue malgré tout ?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Record a missed session</source>
        <translation>Noter une séance manquée</translation>
    </message>
    <message>
        <source>Why was session %1 cancelled?</source>
        <translation>Pourquoi la séance %1 a-t-elle été annulée ?</translation>
    </message>
    <message>
        <source>Why was session %1 missed?</source>
        <translation>Pourquoi la séance %1 a-t-elle été manquée ?</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogrammer</translation>
    </message>
    <message>
        <source>Why is session %1 moved? It is recorded as cancelled, and a new session is planned one cadence later; change its date as you need.</source>
        <translation>Pourquoi la séance %1 est-elle déplacée ? Elle est notée comme annulée, et une nouvelle séance est planifiée un rythme plus tard ; changez sa date selon vos besoins.</translation>
    </message>
    <message>
        <source>Agenda &amp;topics:</source>
        <translation>Points &amp;à l&apos;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;iscussed:</source>
        <translation>Suje&amp;ts abordés&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>Décisi&amp;ons&#xa0;:</translation>
    </message>
    <message>
        <source>Hoped for &amp;by next time:</source>
        <translation>Résultats espérés d&apos;ici la proc&amp;haine fois&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rivate notes:</source>
        <translation>&amp;Notes privées&#xa0;:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Key steps:</source>
        <translation>Étapes clés :</translation>
    </message>
    <message>
        <source>None yet: add the steps the mentee takes before the next meeting.</source>
        <translation>Aucune pour l’instant : ajoutez les étapes que le mentoré franchit avant la prochaine rencontre.</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>Étapes clés</translation>
    </message>
    <message>
        <source>The note the mentee is sent for this session gives the reason.</source>
        <translation>Le mot envoyé au mentoré pour cette séance en donne le motif.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionTimelineModel</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>Séance %1 · %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SignatureDialog</name>
    <message>
        <source>Sign your recaps</source>
        <translation>Signer vos comptes rendus</translation>
    </message>
    <message>
        <source>Your name signs the recaps you send, with your email under it if you give one. Mentorbook asks only this once; you can change both in Preferences.</source>
        <translation>Votre nom signe les comptes rendus que vous envoyez, avec votre courriel en dessous si vous en donnez un. Mentorbook ne le demande qu’une fois&#xa0;; vous pouvez changer les deux dans les Préférences.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SignatureFields</name>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Store</name>
    <message>
        <source>This database is read-only: %1. Nothing was changed.</source>
        <translation>Cette base est en lecture seule&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This database is open for reading only. Nothing was changed.</source>
        <translation>Cette base est ouverte en lecture seule. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::TimelineDelegate</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Typesetter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>une date est requise</translation>
    </message>
    <message>
        <source>%1 is not a date (expected YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (format attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation>une date et une heure sont requises</translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1 n&apos;est pas une date et une heure (format attendu&#xa0;: AAAA-MM-JJTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>compte %1 caractères&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 est en dehors de l&apos;intervalle %2–%3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>expected the id of a row (a positive whole number)</source>
        <translation>identifiant d&apos;enregistrement attendu (un nombre entier positif)</translation>
    </message>
    <message>
        <source>is %1 bytes; the limit is %2</source>
        <translation>fait %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>a %1 is required (one of %2)</source>
        <translation>valeur requise pour «&#xa0;%1&#xa0;» (parmi&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (expected one of %3)</source>
        <translation>%2 n&apos;est pas une valeur valide pour «&#xa0;%1&#xa0;» (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>the intended end comes before the start</source>
        <translation>la fin prévue précède le début</translation>
    </message>
    <message>
        <source>fill in every blank (___) of the template</source>
        <translation>remplissez tous les champs (___) du modèle</translation>
    </message>
    <message>
        <source>the exercise is due before the session that set it</source>
        <translation>l&apos;échéance de l&apos;exercice précède la séance qui l&apos;a fixé</translation>
    </message>
    <message>
        <source>a reason is only recorded when the exercise did not happen</source>
        <translation>une raison ne s&apos;enregistre que si l&apos;exercice n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at character %2; remove it</source>
        <translation>contient un caractère de contrôle (U+%1) au caractère %2 ; supprimez-le</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Writer</name>
    <message>
        <source>Not saved: “%1” of this %2 was changed in another window or program after it was shown here. It now shows what was saved there.</source>
        <translation>Non enregistré&#xa0;: «&#xa0;%1&#xa0;» a été modifié dans une autre fenêtre ou un autre programme (%2) après son affichage ici. Ce qui y a été enregistré est maintenant affiché.</translation>
    </message>
    <message>
        <source>You had emptied it.</source>
        <translation>Vous l’aviez vidé.</translation>
    </message>
    <message>
        <source>You had entered: “%1”</source>
        <translation>Vous aviez saisi&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>RepositoryMessages</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Aucun enregistrement de type «&#xa0;%1&#xa0;» n&apos;a l&apos;identifiant %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
</TS>
