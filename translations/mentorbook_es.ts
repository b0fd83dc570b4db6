<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Mentorbook::ActionChecklist</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
    <message>
        <source>The mentee&apos;s</source>
        <translation>Del mentorizado</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Whose actions</source>
        <translation>De quién son las acciones</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>The agreed actions: check one when it is done; F2 edits the cell</source>
        <translation>Las acciones acordadas: marque una cuando esté hecha; F2 edita la celda</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionChecklistModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
(carried forward %n time(s))</source>
        <translation>
            <numerusform>%1
(aplazada %n vez)</numerusform>
            <numerusform>%1
(aplazada %n veces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::ActionDelegate</name>
    <message numerus="yes">
        <source>(carried %n time(s))</source>
        <translation>
            <numerusform>(aplazada %n vez)</numerusform>
            <numerusform>(aplazada %n veces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Agenda</name>
    <message>
        <source>Agenda – Session %1 – %2</source>
        <translation>Agenda – Sesión %1 – %2</translation>
    </message>
    <message>
        <source>Session %1 with %2</source>
        <translation>Sesión %1 con %2</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que plantear</translation>
    </message>
    <message>
        <source>Goals in focus</source>
        <translation>Metas en foco</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Hoped for since last time:</source>
        <translation>Lo que se esperaba lograr para esta sesión:</translation>
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
        <translation>¿Cómo le ha ido desde nuestra última reunión? ¿De qué le gustaría hablar hoy?</translation>
    </message>
    <message>
        <source>For each: done, not done — and why?</source>
        <translation>Para cada una: ¿hecha o no hecha? ¿Y por qué?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (sesión %2)</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>aún sin revisar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Último progreso</translation>
    </message>
    <message>
        <source>What, who, with whom, by when?</source>
        <translation>¿Qué, quién, con quién, para cuándo?</translation>
    </message>
    <message>
        <source>Files to read</source>
        <translation>Documentos para leer</translation>
    </message>
    <message>
        <source>No files yet: ask the mentee for a current resume and job description.</source>
        <translation>Aún no hay documentos: pida al mentorizado un currículum actualizado y la descripción de su puesto.</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Para preparar</translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation>Antes de reuniros</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Questions for the first meeting</source>
        <translation>Preguntas para la primera reunión</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Primera reunión</translation>
    </message>
    <message>
        <source>Not planned yet: propose a date when you welcome the mentee.</source>
        <translation>Aún sin fecha: proponga una cuando dé la bienvenida al mentorizado.</translation>
    </message>
    <message>
        <source>How are you today? What would make our first meeting worthwhile for you?</source>
        <translation>¿Cómo está hoy? ¿Qué haría que nuestra primera reunión valiera la pena para usted?</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>if … then: %1</source>
        <translation>si… entonces: %1</translation>
    </message>
    <message>
        <source>The exercise set at session %1:</source>
        <translation>El ejercicio fijado en la sesión %1:</translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation>No se planificó antes ningún ejercicio que revisar.</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Fortalezas:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Áreas de desarrollo:</translation>
    </message>
    <message>
        <source>What do you hope to achieve by the next session?</source>
        <translation>¿Qué espera lograr para la próxima sesión?</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Próxima reunión:</translation>
    </message>
    <message>
        <source>What do you hope to achieve by the next session? When do we meet next? None is planned yet.</source>
        <translation>¿Qué espera lograr para la próxima sesión? ¿Cuándo nos volvemos a ver? Aún no hay ninguna reunión prevista.</translation>
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
        <translation>No hay ninguna dirección de calendario: indíquela en Preferencias › Servidor de calendario.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a calendar: it starts with https:// and names the server and the calendar, as https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.</source>
        <translation>«%1» no es la dirección de un calendario: empieza por https:// y nombra el servidor y el calendario, como https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.</translation>
    </message>
    <message>
        <source>The database is open read-only, so Mentorbook cannot note what the calendar server has; nothing was published.</source>
        <translation>La base de datos está abierta solo para lectura, así que Mentorbook no puede anotar lo que tiene el servidor de calendario; no se publicó nada.</translation>
    </message>
    <message>
        <source>The calendar server %1 could not be trusted, so nothing was sent: %2.</source>
        <translation>No se pudo confiar en el servidor de calendario %1, así que no se envió nada: %2.</translation>
    </message>
    <message>
        <source>The calendar server %1 refused the user name or password (HTTP 401): check them under Preferences › Calendar server.</source>
        <translation>El servidor de calendario %1 rechazó el usuario o la contraseña (HTTP 401): revíselos en Preferencias › Servidor de calendario.</translation>
    </message>
    <message>
        <source>The calendar server %1 does not let %2 write to the calendar at %3 (HTTP 403).</source>
        <translation>El servidor de calendario %1 no permite a %2 escribir en el calendario %3 (HTTP 403).</translation>
    </message>
    <message>
        <source>There is no calendar at %1 (HTTP %2): check the calendar&apos;s address under Preferences › Calendar server.</source>
        <translation>No hay ningún calendario en %1 (HTTP %2): revise la dirección del calendario en Preferencias › Servidor de calendario.</translation>
    </message>
    <message>
        <source>The calendar server %1 refused to store a session (HTTP %2 %3).</source>
        <translation>El servidor de calendario %1 se negó a guardar una sesión (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The calendar server %1 cannot be reached: it did not answer within %2 seconds.</source>
        <translation>No se puede contactar con el servidor de calendario %1: no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The calendar server %1 cannot be reached: %2.</source>
        <translation>No se puede contactar con el servidor de calendario %1: %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarExport</name>
    <message>
        <source>Mentoring with %1</source>
        <translation>Mentoría con %1</translation>
    </message>
    <message>
        <source>Mentoring: session %1 with %2 (%3)</source>
        <translation>Mentoría: sesión %1 con %2 (%3)</translation>
    </message>
    <message>
        <source>Mentoring: %1 and %2, session %3 (%4)</source>
        <translation>Mentoría: %1 y %2, sesión %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has no sessions to put in a calendar yet.</source>
        <translation>%1 aún no tiene sesiones para poner en un calendario.</translation>
    </message>
    <message>
        <source>Calendars need your email address as the meetings&apos; organizer: set it under Preferences › You.</source>
        <translation>Los calendarios necesitan su correo electrónico como organizador de las reuniones: indíquelo en Preferencias › Usted.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>No existe la sesión %1.</translation>
    </message>
    <message>
        <source>Session %1 was held: there is nothing to invite to or cancel.</source>
        <translation>La sesión %1 ya se celebró: no hay nada a lo que invitar ni que cancelar.</translation>
    </message>
    <message>
        <source>Session %1 was missed: there is nothing to invite to or cancel.</source>
        <translation>La sesión %1 no se celebró: no hay nada a lo que invitar ni que cancelar.</translation>
    </message>
    <message>
        <source>%1 has no email address: add it to the profile to send invitations.</source>
        <translation>%1 no tiene correo electrónico: añádalo al perfil para enviar invitaciones.</translation>
    </message>
    <message>
        <source>Cancelled: mentoring session %1, %2</source>
        <translation>Cancelada: sesión de mentoría %1, %2</translation>
    </message>
    <message>
        <source>Invitation: mentoring session %1, %2</source>
        <translation>Invitación: sesión de mentoría %1, %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>our session %1 is cancelled:</source>
        <translation>nuestra sesión %1 queda cancelada:</translation>
    </message>
    <message>
        <source>The attached cancellation takes it out of your calendar.</source>
        <translation>La cancelación adjunta la quita de su calendario.</translation>
    </message>
    <message>
        <source>here is the invitation to our session %1:</source>
        <translation>aquí tiene la invitación a nuestra sesión %1:</translation>
    </message>
    <message>
        <source>Open the attached invitation to put it in your calendar, or let me know if the time does not suit you.</source>
        <translation>Abra la invitación adjunta para añadirla a su calendario, o dígame si la hora no le viene bien.</translation>
    </message>
    <message>
        <source>What I would like us to talk about:</source>
        <translation>De qué me gustaría que habláramos:</translation>
    </message>
    <message>
        <source>With best wishes,
%1</source>
        <translation>Un cordial saludo,
%1</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarPublishing</name>
    <message>
        <source>P&amp;ublish to Calendar Server</source>
        <translation>P&amp;ublicar en el servidor de calendario</translation>
    </message>
    <message>
        <source>Write the planned, moved and cancelled sessions to your calendar server now</source>
        <translation>Escribir ahora en su servidor de calendario las sesiones planificadas, movidas y canceladas</translation>
    </message>
    <message>
        <source>Publishing to the calendar server: %1 of %2…</source>
        <translation>Publicando en el servidor de calendario: %1 de %2…</translation>
    </message>
    <message>
        <source>Set your calendar&apos;s address under Preferences › Calendar server first</source>
        <translation>Indique primero la dirección de su calendario en Preferencias › Servidor de calendario</translation>
    </message>
    <message>
        <source>The keyring holds no password for %1 on the calendar server: enter it under Preferences › Calendar server.</source>
        <translation>El llavero no tiene ninguna contraseña para %1 en el servidor de calendario: indíquela en Preferencias › Servidor de calendario.</translation>
    </message>
    <message>
        <source>The calendar server has every session already.</source>
        <translation>El servidor de calendario ya tiene todas las sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n session change(s) to the calendar server.</source>
        <translation>
            <numerusform>Se publicó %n cambio de sesión en el servidor de calendario.</numerusform>
            <numerusform>Se publicaron %n cambios de sesión en el servidor de calendario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>dentro de %n segundo</numerusform>
            <numerusform>dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published to the calendar server: %1 Mentorbook tries again %2; nothing is lost meanwhile.</source>
        <translation>No se publicó en el servidor de calendario: %1 Mentorbook lo intenta de nuevo %2; mientras tanto no se pierde nada.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CalendarServerGroup</name>
    <message>
        <source>Calendar server</source>
        <translation>Servidor de calendario</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/</source>
        <translation>https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/</translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the keyring</source>
        <translation>Déjela vacía para conservar la del llavero</translation>
    </message>
    <message>
        <source>Mentorbook writes each session to this calendar as it is planned, moved or cancelled. Use an https:// address: with http:// the password travels unencrypted, which is safe only to this computer.</source>
        <translation>Mentorbook escribe cada sesión en este calendario en cuanto se planifica, se mueve o se cancela. Use una dirección https://: con http:// la contraseña viaja sin cifrar, lo que solo es seguro hacia este ordenador.</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>Dir&amp;ección del calendario:</translation>
    </message>
    <message>
        <source>Lo&amp;gin name:</source>
        <translation>Usu&amp;ario:</translation>
    </message>
    <message>
        <source>Password (&amp;kept in the keyring):</source>
        <translation>Contraseña (guardada en el &amp;llavero):</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CarryOverModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Aplazamientos</translation>
    </message>
</context>
<context>
    <name>Mentorbook::CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Usar la base de datos ARCHIVO en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Open the window on a temporary database holding the sample relationship.</source>
        <translation>Abrir la ventana con una base de datos temporal que contiene la relación de ejemplo.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en ARCHIVO en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>The session a document is about.</source>
        <translation>La sesión de la que trata el documento.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The mentee to list or export.</source>
        <translation>El mentorizado que se va a listar o exportar.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>(see mentorbook --help)</source>
        <translation>(consulte mentorbook --help)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ningún comando</translation>
    </message>
    <message>
        <source>--mentee expects a mentee id (a positive whole number), not &quot;%1&quot;</source>
        <translation>--mentee espera el id de un mentorizado (un número entero positivo), no «%1»</translation>
    </message>
    <message>
        <source>list what? (mentees, sessions or actions)</source>
        <translation>¿listar qué? (mentees, sessions o actions)</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot; (mentees, sessions or actions)</source>
        <translation>no se puede listar «%1» (mentees, sessions o actions)</translation>
    </message>
    <message>
        <source>import what? (json FILE)</source>
        <translation>¿importar qué? (json ARCHIVO)</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;</source>
        <translation>no se puede importar «%1»</translation>
    </message>
    <message>
        <source>import json needs the FILE to read</source>
        <translation>import json necesita el ARCHIVO que se va a leer</translation>
    </message>
    <message>
        <source>backup needs -o FILE</source>
        <translation>backup necesita -o ARCHIVO</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido: «%1»</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado: «%1»</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 no se aplica a %2</translation>
    </message>
    <message>
        <source>%1 %2 needs --mentee ID</source>
        <translation>%1 %2 necesita --mentee ID</translation>
    </message>
    <message numerus="yes">
        <source>Added the sample relationship with %1 (mentee %2, %n session(s)).</source>
        <translation>
            <numerusform>Se ha añadido la relación de ejemplo con %1 (mentorizado %2, %n sesión).</numerusform>
            <numerusform>Se ha añadido la relación de ejemplo con %1 (mentorizado %2, %n sesiones).</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SESIONES</translation>
    </message>
    <message>
        <source>NEXT MEETING</source>
        <translation>PRÓXIMA REUNIÓN</translation>
    </message>
    <message>
        <source>OPEN ACTIONS</source>
        <translation>ACCIONES ABIERTAS</translation>
    </message>
    <message>
        <source>NO.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RESUMEN</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FECHA LÍMITE</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHA</translation>
    </message>
    <message>
        <source>CARRIED</source>
        <translation>APLAZAMIENTOS</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mentee(s), </source>
        <translation>
            <numerusform>Importados: %n mentorizado, </numerusform>
            <numerusform>Importados: %n mentorizados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), </source>
        <translation>
            <numerusform>%n sesión, </numerusform>
            <numerusform>%n sesiones, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) and </source>
        <translation>
            <numerusform>%n meta y </numerusform>
            <numerusform>%n metas y </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s).</source>
        <translation>
            <numerusform>%n acción.</numerusform>
            <numerusform>%n acciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Copia de seguridad de %1 guardada en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 tiene %n problema: %2</numerusform>
            <numerusform>%1 tiene %n problemas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is healthy: database version %2, </source>
        <translation>%1 está en buen estado: versión de la base de datos %2, </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s), </source>
        <translation>
            <numerusform>%n mentorizado, </numerusform>
            <numerusform>%n mentorizados, </numerusform>
        </translation>
    </message>
    <message>
        <source>--session expects a session id (a positive whole number), not &quot;%1&quot;</source>
        <translation>--session espera el id de una sesión (un número entero positivo), no «%1»</translation>
    </message>
    <message>
        <source>export what? (agenda, recap, summary, ics or json)</source>
        <translation>¿exportar qué? (agenda, recap, summary, ics o json)</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot; (agenda, recap, summary, ics or json)</source>
        <translation>no se puede exportar «%1» (agenda, recap, summary, ics o json)</translation>
    </message>
    <message>
        <source>%1 %2 needs --session ID</source>
        <translation>%1 %2 necesita --session ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se ha escrito %1.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>No se pudo escribir en la salida estándar: %1.</translation>
    </message>
    <message>
        <source>Your email address as the calendar&apos;s organizer, instead of the one in Preferences.</source>
        <translation>Su correo electrónico como organizador del calendario, en lugar del de las Preferencias.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>--organizer: %1</source>
        <translation>--organizer: %1</translation>
    </message>
    <message>
        <source>Calendars need your email address as the meetings&apos; organizer: give it with --organizer EMAIL, or set it under Preferences › You.</source>
        <translation>Los calendarios necesitan su correo electrónico como organizador de las reuniones: indíquelo con --organizer CORREO o en Preferencias › Usted.</translation>
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
        <translation>Uso:
  mentorbook [--database ARCHIVO] [--demo]
  mentorbook [--database ARCHIVO] sample
  mentorbook [--database ARCHIVO] list mentees | sessions --mentee ID | actions --mentee ID
  mentorbook [--database ARCHIVO] export json [-o ARCHIVO.json]
  mentorbook [--database ARCHIVO] import json ARCHIVO.json
  mentorbook [--database ARCHIVO] export agenda|recap --session ID [-o ARCHIVO.pdf]
  mentorbook [--database ARCHIVO] export summary --mentee ID [-o ARCHIVO.pdf]
  mentorbook [--database ARCHIVO] export ics --mentee ID [--organizer CORREO] [-o ARCHIVO.ics]
  mentorbook [--database ARCHIVO] backup -o ARCHIVO.sqlite
  mentorbook [--database ARCHIVO] check
  mentorbook [--database ARCHIVO] search PALABRAS… [--mentee ID]

Mentorbook guarda las sesiones, las metas SMART y las acciones acordadas de cada
relación de mentoría en un único archivo SQLite privado. Sin comando, abre la ventana.

Comandos:
  sample         Añadir a la base de datos la relación de mentoría de ejemplo.
  list           Listar los mentorizados, o las sesiones o acciones de un mentorizado.
  export json    Escribir toda la base de datos como un documento JSON.
  export agenda  Escribir como PDF la agenda de una página de una sesión.
  export recap   Escribir como PDF el resumen de una sesión para el mentorizado.
  export summary Escribir como PDF un resumen de una relación de mentoría.
  export ics     Escribir las sesiones de un mentorizado como archivo iCalendar, organizadas
                 por su correo electrónico (de las Preferencias, o --organizer).
  import json    Leer un documento JSON en la base de datos (todo o nada).
  backup         Escribir una copia coherente de la base de datos.
  check          Comprobar la integridad de la base de datos.
  search         Encontrar los textos que contienen cada palabra (o su comienzo), o una
                 «frase» entre comillas, en todas las relaciones o en una.

Sin -o, los documentos PDF se guardan con su nombre habitual en la carpeta
actual; con -o - se escriben en la salida estándar.
La base de datos es %1, salvo que --database indique otra.
Estado de salida: 0 si todo va bien, 1 si la entrada no es válida, 2 si hay un error de uso.
</translation>
    </message>
    <message>
        <source>search for what? (search WORDS…)</source>
        <translation>¿buscar qué? (search PALABRAS…)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to search for.</source>
        <translation>«%1» no contiene ninguna palabra que buscar.</translation>
    </message>
    <message>
        <source>No text holds &quot;%1&quot;.</source>
        <translation>Ningún texto contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mentee %2): %n text(s)</source>
        <translation>
            <numerusform>%1 (mentorizado %2): %n texto</numerusform>
            <numerusform>%1 (mentorizado %2): %n textos</numerusform>
        </translation>
    </message>
    <message>
        <source>(session ID %1)</source>
        <translation>(sesión ID %1)</translation>
    </message>
    <message>
        <source>(action ID %1)</source>
        <translation>(acción ID %1)</translation>
    </message>
    <message numerus="yes">
        <source>More texts hold it: these are the best %n. Add words to narrow it down.</source>
        <translation>
            <numerusform>Hay más textos que lo contienen: este es el mejor. Añada palabras para acotar la búsqueda.</numerusform>
            <numerusform>Hay más textos que lo contienen: estos son los %n mejores. Añada palabras para acotar la búsqueda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 no es una base de datos de Mentorbook (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first.</source>
        <translation>%1 ya está abierto en %2 (proceso %3 en %4). Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mentorbook database (%2). It was not changed.</source>
        <translation>%1 no es una base de datos de Mentorbook (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). No se ha modificado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 está dañado (%2). No se ha modificado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Mentorbook. It was not changed.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no de Mentorbook. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentorbook (database version %2; this version understands up to %3). It was not changed.</source>
        <translation>%1 se escribió con una versión más reciente de Mentorbook (versión de la base de datos %2; esta versión admite hasta la %3). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook; open it for writing once to upgrade it.</source>
        <translation>%1 se escribió con una versión anterior de Mentorbook; ábralo una vez en modo de escritura para actualizarlo.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>La base de datos ha rechazado una instrucción: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de datos es de solo lectura</translation>
    </message>
    <message>
        <source>the database is busy in another program</source>
        <translation>la base de datos está ocupada por otro programa</translation>
    </message>
    <message>
        <source>Could not read the database: %1.</source>
        <translation>No se ha podido leer la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation>No se ha podido guardar: %1.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>la fila %2 de %1 hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>La copia de seguridad debe guardarse en un archivo distinto del de la propia base de datos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>No se ha podido escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 hard links; SQLite cannot keep it safe through more than one name. Copy it to a file of its own (backup), then open that. It was not changed.</source>
        <translation>%1 tiene %2 enlaces duros; SQLite no puede protegerlo con más de un nombre. Cópielo a un archivo propio (copia de seguridad) y abra ese. No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: is the disk full? %2 was not changed.</source>
        <translation>No se puede escribir el archivo de bloqueo %1: ¿está lleno el disco? %2 no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>No se puede crear el archivo de bloqueo %1: permiso denegado.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, or its lock file %2 was left behind. If no Mentorbook has it open, delete %2 and try again.</source>
        <translation>%1 está en uso por otro programa, o quedó su archivo de bloqueo %2. Si ningún Mentorbook lo tiene abierto, borre %2 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>la carpeta %1 es de solo lectura</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>el archivo %1 es de solo lectura</translation>
    </message>
    <message>
        <source>%1 cannot be read: disk I/O error (is the disk full or failing?). It was not changed.</source>
        <translation>%1 no se puede leer: error de entrada/salida del disco (¿está lleno o fallando?). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full. It was not changed.</source>
        <translation>%1 no se puede leer: el disco está lleno. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 is read-only (%3). It was not changed.</source>
        <translation>%1 no se puede leer: la carpeta %2 es de solo lectura (%3). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). It was not changed.</source>
        <translation>%1 no se puede abrir (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is busy in another program. It was not changed.</source>
        <translation>%1 no se puede leer: está ocupado por otro programa. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is not in the form this version of Mentorbook needs: %2. It was not changed.</source>
        <translation>%1 no tiene la forma que necesita esta versión de Mentorbook: %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentorbook database yet, and it cannot become one here: %2. It was not changed.</source>
        <translation>%1 está vacío: aún no es una base de datos de Mentorbook y no puede llegar a serlo aquí: %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Mentorbook and cannot be upgraded here: %2. Copy it to a place that can be written, then open that. It was not changed.</source>
        <translation>%1 fue escrito por una versión anterior de Mentorbook y no se puede actualizar aquí: %2. Cópielo a un lugar donde se pueda escribir y abra esa copia. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentorbook database yet. Open it in Mentorbook to make it one. It was not changed.</source>
        <translation>%1 está vacío: aún no es una base de datos de Mentorbook. Ábralo en Mentorbook para convertirlo en una. No se ha modificado.</translation>
    </message>
    <message>
        <source>it holds no Mentorbook schema</source>
        <translation>no contiene ningún esquema de Mentorbook</translation>
    </message>
    <message>
        <source>it was written by a newer version of Mentorbook</source>
        <translation>fue escrito por una versión más reciente de Mentorbook</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DateInput</name>
    <message>
        <source>There is no month %1</source>
        <translation>No hay ningún mes %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a date</source>
        <translation>%1 %2 %3 no es una fecha</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 no es una hora</translation>
    </message>
    <message>
        <source>Type a date such as %1</source>
        <translation>Escriba una fecha como %1</translation>
    </message>
    <message>
        <source>Type a date and time such as %1</source>
        <translation>Escriba una fecha y hora como %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DateInputField</name>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DesktopLauncher</name>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>No program is set up to open this file. The file is at %1; open it from your file manager.</source>
        <translation>No hay ningún programa configurado para abrir este archivo. El archivo está en %1; ábralo desde su gestor de archivos.</translation>
    </message>
    <message>
        <source>No program is set up to open %1 files. The file is at %2; open it from your file manager.</source>
        <translation>No hay ningún programa configurado para abrir archivos %1. El archivo está en %2; ábralo desde su gestor de archivos.</translation>
    </message>
    <message>
        <source>No file manager is set up to show the folder %1; open it yourself.</source>
        <translation>No hay ningún gestor de archivos configurado para mostrar la carpeta %1; ábrala usted.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;ocumentos</translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation>&amp;Imprimir agenda…</translation>
    </message>
    <message>
        <source>Preview and print the selected session&apos;s agenda</source>
        <translation>Previsualizar e imprimir la agenda de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Export Agenda as PD&amp;F…</source>
        <translation>Exportar agenda como PD&amp;F…</translation>
    </message>
    <message>
        <source>Pre&amp;view Recap…</source>
        <translation>&amp;Previsualizar resumen de la sesión…</translation>
    </message>
    <message>
        <source>P&amp;rint Recap…</source>
        <translation>Imp&amp;rimir resumen de la sesión…</translation>
    </message>
    <message>
        <source>&amp;Export Recap as PDF…</source>
        <translation>&amp;Exportar resumen de la sesión como PDF…</translation>
    </message>
    <message>
        <source>Save the selected session&apos;s recap for the mentee as a PDF</source>
        <translation>Guardar como PDF el resumen de la sesión seleccionada para el mentorizado</translation>
    </message>
    <message>
        <source>E&amp;mail Recap…</source>
        <translation>Enviar resumen de la sesión por &amp;correo…</translation>
    </message>
    <message>
        <source>Previe&amp;w Summary…</source>
        <translation>Pre&amp;visualizar resumen de la mentoría…</translation>
    </message>
    <message>
        <source>Export &amp;Summary as PDF…</source>
        <translation>Exportar re&amp;sumen de la mentoría como PDF…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>Se ha enviado %1 a la impresora.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Cannot print %1 to %2; choose a file in a folder you can write to.</source>
        <translation>No se puede imprimir %1 en %2; elija un archivo en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot print %1: the printer %2 did not start.</source>
        <translation>No se puede imprimir %1: la impresora %2 no comenzó.</translation>
    </message>
    <message>
        <source>Printed %1 to %2</source>
        <translation>%1 impreso en %2</translation>
    </message>
    <message>
        <source>Save the recap as a PDF and write to the mentee with it attached</source>
        <translation>Guardar el resumen como PDF y escribir al mentorizado con el PDF adjunto</translation>
    </message>
    <message>
        <source>Add to &amp;Calendar…</source>
        <translation>Añadir al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Save the mentee&apos;s sessions as a calendar file and open it in your calendar</source>
        <translation>Guardar las sesiones del mentorizado como archivo de calendario y abrirlo en su calendario</translation>
    </message>
    <message>
        <source>Send &amp;Invitation…</source>
        <translation>Enviar invi&amp;tación…</translation>
    </message>
    <message>
        <source>Send Ca&amp;ncellation…</source>
        <translation>Enviar ca&amp;ncelación…</translation>
    </message>
    <message>
        <source>Email the mentee the cancellation, which takes the session out of their calendar</source>
        <translation>Enviar al mentorizado la cancelación, que quita la sesión de su calendario</translation>
    </message>
    <message>
        <source>Email the mentee an invitation to the session for their calendar</source>
        <translation>Enviar al mentorizado una invitación a la sesión para su calendario</translation>
    </message>
    <message>
        <source>the recap</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>No email program is set up.</source>
        <translation>No hay ningún programa de correo configurado.</translation>
    </message>
    <message>
        <source>%1 is saved at %2; attach it to an email to %3.</source>
        <translation>%1 está guardado en %2; adjúntelo a un correo a %3.</translation>
    </message>
    <message>
        <source>Opened a new email to %1. Attach %2 yourself: it is saved at %3.</source>
        <translation>Se abrió un correo nuevo a %1. Adjunte usted %2: está guardado en %3.</translation>
    </message>
    <message>
        <source>No file manager is set up to show its folder.</source>
        <translation>No hay ningún gestor de archivos configurado para mostrar su carpeta.</translation>
    </message>
    <message>
        <source>Asked your email program, through xdg-email, for a new email to %1 with %2 attached. If it is not attached, %2 is at %3.</source>
        <translation>Se pidió a su programa de correo, mediante xdg-email, un correo nuevo a %1 con %2 adjunto. Si no está adjunto, %2 está en %3.</translation>
    </message>
    <message>
        <source>Opened a new email to %1 in %2 with %3 attached.</source>
        <translation>Se abrió un correo nuevo a %1 en %2 con %3 adjunto.</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Mentoring with %1.ics</source>
        <translation>Mentoría con %1.ics</translation>
    </message>
    <message>
        <source>the cancellation</source>
        <translation>la cancelación</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>la invitación</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Edit</name>
    <message>
        <source>New mentee</source>
        <translation>Nuevo mentorizado</translation>
    </message>
    <message>
        <source>Add mentee</source>
        <translation>Añadir mentorizado</translation>
    </message>
    <message>
        <source>Add the sample relationship</source>
        <translation>Añadir la relación de ejemplo</translation>
    </message>
    <message>
        <source>Close relationship</source>
        <translation>Cerrar la relación</translation>
    </message>
    <message>
        <source>Reopen relationship</source>
        <translation>Reabrir la relación</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Plan session %1</source>
        <translation>Planificar la sesión %1</translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation>Reprogramar la sesión</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Eliminar la sesión %1</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Add key step</source>
        <translation>Añadir paso clave</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Complete “%1”</source>
        <translation>Completar «%1»</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reabrir «%1»</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Revisar «%1»</translation>
    </message>
    <message>
        <source>Renegotiate “%1”</source>
        <translation>Renegociar «%1»</translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation>Nota de la revisión</translation>
    </message>
    <message>
        <source>Add problem statement</source>
        <translation>Añadir planteamiento del problema</translation>
    </message>
    <message>
        <source>Rank problem statements</source>
        <translation>Ordenar planteamientos del problema</translation>
    </message>
    <message>
        <source>Park problem statement</source>
        <translation>Aparcar el enunciado del problema</translation>
    </message>
    <message>
        <source>Change problem statement</source>
        <translation>Cambiar el enunciado del problema</translation>
    </message>
    <message>
        <source>Remove problem statement</source>
        <translation>Quitar planteamiento del problema</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Registrar el progreso</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Plan the session again</source>
        <translation>Planificar de nuevo la sesión</translation>
    </message>
    <message>
        <source>Record the session as held</source>
        <translation>Registrar la sesión como celebrada</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Record the session as missed</source>
        <translation>Registrar la sesión como perdida</translation>
    </message>
</context>
<context>
    <name>Mentorbook::EntityModel</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Enums</name>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation>Trabajo previo</translation>
    </message>
    <message>
        <source>Introductions and goals</source>
        <translation>Presentaciones y metas</translation>
    </message>
    <message>
        <source>Narrow the focus</source>
        <translation>Acotar el foco</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Conversación abierta</translation>
    </message>
    <message>
        <source>session status</source>
        <translation>estado de la sesión</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No celebrada</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>estado de la relación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>preferred style</source>
        <translation>estilo preferido</translation>
    </message>
    <message>
        <source>Structured</source>
        <translation>Estructurado</translation>
    </message>
    <message>
        <source>Free-flowing</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>attachment kind</source>
        <translation>tipo de adjunto</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>estado de la meta</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>problem statement status</source>
        <translation>estado del planteamiento del problema</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>Written freely</source>
        <translation>Redacción libre</translation>
    </message>
    <message>
        <source>Develop skills</source>
        <translation>Desarrollar habilidades</translation>
    </message>
    <message>
        <source>Stronger feedback</source>
        <translation>Retroalimentación más eficaz</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Nuevo puesto</translation>
    </message>
    <message>
        <source>Stronger network</source>
        <translation>Red profesional más sólida</translation>
    </message>
    <message>
        <source>Better relationship</source>
        <translation>Mejor relación laboral</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorizado</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Renegociada</translation>
    </message>
    <message>
        <source>debrief outcome</source>
        <translation>resultado del balance</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Salió bien</translation>
    </message>
    <message>
        <source>Did not go well</source>
        <translation>No salió bien</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>No se llevó a cabo</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Falta de tiempo</translation>
    </message>
    <message>
        <source>No opportunity arose</source>
        <translation>No surgió la oportunidad</translation>
    </message>
    <message>
        <source>Blocked by others</source>
        <translation>Bloqueo por parte de otros</translation>
    </message>
    <message>
        <source>Priorities changed</source>
        <translation>Cambio de prioridades</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Olvido</translation>
    </message>
    <message>
        <source>I want to develop my skills in ___, so that I can ___.</source>
        <translation>Quiero desarrollar mis habilidades en ___ para poder ___.</translation>
    </message>
    <message>
        <source>I want to provide stronger and/or more effective feedback to ___.</source>
        <translation>Quiero dar una retroalimentación más sólida y/o más eficaz a ___.</translation>
    </message>
    <message>
        <source>I want to position myself for a new position in my organization.</source>
        <translation>Quiero prepararme para optar a un nuevo puesto en mi organización.</translation>
    </message>
    <message>
        <source>I want to build a stronger professional network.</source>
        <translation>Quiero construir una red profesional más sólida.</translation>
    </message>
    <message>
        <source>I want to improve my relationship and/or reduce conflict with ___.</source>
        <translation>Quiero mejorar mi relación y/o reducir los conflictos con ___.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Fields</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>Expectations of the mentor</source>
        <translation>Expectativas sobre el mentor</translation>
    </message>
    <message>
        <source>Preferred mentor qualities</source>
        <translation>Cualidades preferidas en un mentor</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Áreas de desarrollo</translation>
    </message>
    <message>
        <source>Preferred style</source>
        <translation>Estilo preferido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Reunirse cada</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Intended end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Específica</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Medible</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Alcanzable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Con plazo</translation>
    </message>
    <message>
        <source>Measure of progress</source>
        <translation>Medida del progreso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lugar o enlace</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Agenda topics</source>
        <translation>Temas de la agenda</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Asuntos tratados</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Hoped to achieve by next session</source>
        <translation>Lo que se espera lograr para la próxima sesión</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Planteamiento del problema</translation>
    </message>
    <message>
        <source>What the mentee will do</source>
        <translation>Lo que hará el mentorizado</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>If–then plan</source>
        <translation>Plan si-entonces</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo salió</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>What it means for the future</source>
        <translation>Qué significa para el futuro</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>Qué intentar a continuación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Calendar identity</source>
        <translation>Identificador de calendario</translation>
    </message>
    <message>
        <source>Calendar revision</source>
        <translation>Revisión de calendario</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalEditor</name>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation>¿Qué se logrará exactamente?</translation>
    </message>
    <message>
        <source>How will you both know it is achieved?</source>
        <translation>¿Cómo sabrán ambos que se ha logrado?</translation>
    </message>
    <message>
        <source>Why is it within reach?</source>
        <translation>¿Por qué está al alcance?</translation>
    </message>
    <message>
        <source>Why does it matter now?</source>
        <translation>¿Por qué importa ahora?</translation>
    </message>
    <message>
        <source>&amp;Relevant:</source>
        <translation>Re&amp;levante:</translation>
    </message>
    <message>
        <source>&amp;Time-bound:</source>
        <translation>Con pla&amp;zo:</translation>
    </message>
    <message>
        <source>1 is the most important</source>
        <translation>1 es la más importante</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Revisiones:</translation>
    </message>
    <message>
        <source>Goals set the focus of the relationship. Add one in SMART form: specific, measurable, achievable, relevant and time-bound.</source>
        <translation>Las metas marcan el foco de la relación. Añada una en formato SMART: específica, medible, alcanzable, relevante y con plazo.</translation>
    </message>
    <message>
        <source>Record at session %1</source>
        <translation>Registrar en la sesión %1</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Registrar el progreso</translation>
    </message>
    <message>
        <source>This goal was already reviewed at the selected session; edit the review below.</source>
        <translation>Esta meta ya se revisó en la sesión seleccionada; edite la revisión más abajo.</translation>
    </message>
    <message>
        <source>Record the goal&apos;s progress at the session selected in the timeline</source>
        <translation>Registrar el progreso de la meta en la sesión seleccionada en la cronología</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Spe&amp;cific:</source>
        <translation>Es&amp;pecífica:</translation>
    </message>
    <message>
        <source>Measura&amp;ble:</source>
        <translation>Medi&amp;ble:</translation>
    </message>
    <message>
        <source>Ach&amp;ievable:</source>
        <translation>Alca&amp;nzable:</translation>
    </message>
    <message>
        <source>Meas&amp;ure of progress:</source>
        <translation>Medid&amp;a del progreso:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;dad:</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress to record</source>
        <translation>Progreso que registrar</translation>
    </message>
    <message>
        <source>The goal&apos;s progress at the session selected in the timeline, in per cent</source>
        <translation>El progreso del objetivo en la sesión elegida en la cronología, en porcentaje</translation>
    </message>
    <message>
        <source>The evidence that the goal is reached, once: what you will both see when it is done</source>
        <translation>La prueba de que el objetivo se ha alcanzado, una vez: lo que ambos verán cuando esté hecho</translation>
    </message>
    <message>
        <source>What is counted at each review, e.g. feedback talks held of six</source>
        <translation>Lo que se cuenta en cada revisión, p. ej. conversaciones de feedback celebradas de seis</translation>
    </message>
    <message>
        <source>What you look at session by session on the way there; the progress recorded at each review is measured against it</source>
        <translation>Lo que miran sesión a sesión por el camino; el progreso registrado en cada revisión se mide con ello</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GoalReviewModel</name>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::GuardedApplication</name>
    <message>
        <source>An unknown error.</source>
        <translation>Un error desconocido.</translation>
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
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero; se encontró %1</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>no puede ser null</translation>
    </message>
    <message>
        <source>expected base64 text, found %1</source>
        <translation>se esperaba texto en base64; se encontró %1</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena; se encontró %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba una matriz; se encontró %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto; se encontró %1</translation>
    </message>
    <message>
        <source>id %1 is used twice (also by %2)</source>
        <translation>el id %1 se usa dos veces (también en %2)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in the document</source>
        <translation>no hay ningún registro de %1 con el id %2 en el documento</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>%1: the file is not valid JSON (%2)</source>
        <translation>%1: el archivo no es JSON válido (%2)</translation>
    </message>
    <message>
        <source>the document must be a JSON object with &quot;format&quot;: &quot;mentorbook&quot;</source>
        <translation>el documento debe ser un objeto JSON con &quot;format&quot;: &quot;mentorbook&quot;</translation>
    </message>
    <message>
        <source>expected &quot;mentorbook&quot;; this is not a Mentorbook document</source>
        <translation>se esperaba &quot;mentorbook&quot;; este no es un documento de Mentorbook</translation>
    </message>
    <message>
        <source>%1 is newer than this version of Mentorbook reads (%2)</source>
        <translation>la versión %1 es posterior a la que puede leer esta versión de Mentorbook (%2)</translation>
    </message>
    <message>
        <source>%1 is not a version of the format</source>
        <translation>%1 no es una versión válida del formato</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>is used twice (also by %1)</source>
        <translation>se usa dos veces (también en %1)</translation>
    </message>
</context>
<context>
    <name>Mentorbook::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
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
        <translation>%1 está configurado para el correo, pero no se encontró su programa %2.</translation>
    </message>
    <message>
        <source>%1 did not start.</source>
        <translation>%1 no se inició.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>Me&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>Pe&amp;rfil</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>Cada cambio se guarda al instante</translation>
    </message>
    <message>
        <source>New &amp;mentee</source>
        <translation>Nuevo &amp;mentorizado</translation>
    </message>
    <message>
        <source>Start a new mentoring relationship</source>
        <translation>Iniciar una nueva relación de mentoría</translation>
    </message>
    <message>
        <source>&amp;Plan next session</source>
        <translation>&amp;Planificar la siguiente sesión</translation>
    </message>
    <message>
        <source>Add the next session, with the stage the method suggests</source>
        <translation>Añadir la siguiente sesión, con la etapa que sugiere el método</translation>
    </message>
    <message>
        <source>Add the &amp;sample relationship</source>
        <translation>Añadir la relación de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find mentee</source>
        <translation>&amp;Buscar mentorizado</translation>
    </message>
    <message>
        <source>&amp;Close relationship</source>
        <translation>&amp;Cerrar la relación</translation>
    </message>
    <message>
        <source>&amp;Delete mentee…</source>
        <translation>&amp;Eliminar mentorizado…</translation>
    </message>
    <message>
        <source>&amp;Newest sessions first</source>
        <translation>Sesiones más &amp;recientes primero</translation>
    </message>
    <message>
        <source>&amp;About Mentorbook</source>
        <translation>&amp;Acerca de Mentorbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation>Mentor&amp;izado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Welcome to Mentorbook</source>
        <translation>Le damos la bienvenida a Mentorbook</translation>
    </message>
    <message>
        <source>Keep each mentoring relationship in one place: the sessions, the SMART goals and the actions you agree. Mentorbook guides you from the pre-work through introductions and focus to exercises and debriefs. Everything stays on this computer, and every change is saved at once.</source>
        <translation>Reúna en un solo lugar cada relación de mentoría: las sesiones, las metas SMART y las acciones que acuerden. Mentorbook le guía desde el trabajo previo, pasando por las presentaciones y el foco, hasta los ejercicios y los balances. Todo se queda en este equipo y cada cambio se guarda al instante.</translation>
    </message>
    <message>
        <source>Add your first mentee</source>
        <translation>Añadir su primer mentorizado</translation>
    </message>
    <message>
        <source>Explore the sample relationship</source>
        <translation>Explorar la relación de ejemplo</translation>
    </message>
    <message>
        <source>Find a mentee</source>
        <translation>Buscar un mentorizado</translation>
    </message>
    <message>
        <source>No mentee matches.</source>
        <translation>Ningún mentorizado coincide.</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nuevo mentorizado</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the first one: the pre-work, when you ask for a resume and a job description.</source>
        <translation>Todavía no hay sesiones. Planifique la primera: el trabajo previo, en el que se piden el currículum y la descripción del puesto.</translation>
    </message>
    <message>
        <source>Plan next session</source>
        <translation>Planificar la siguiente sesión</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sesión celebrada</numerusform>
            <numerusform>%n sesiones celebradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open relationship</source>
        <translation>&amp;Reabrir la relación</translation>
    </message>
    <message>
        <source>Delete mentee</source>
        <translation>Eliminar mentorizado</translation>
    </message>
    <message>
        <source>Delete %1 and all of the relationship&apos;s sessions, goals and actions?</source>
        <translation>¿Eliminar a %1 y todas las sesiones, metas y acciones de la relación?</translation>
    </message>
    <message>
        <source>You can bring everything back with Undo.</source>
        <translation>Puede recuperarlo todo con Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation>Bases de datos de Mentorbook (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>About Mentorbook</source>
        <translation>Acerca de Mentorbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Sessions, SMART goals and agreed actions for mentors, private and offline.&lt;/p&gt;&lt;p&gt;Your data: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mentorbook %1&lt;/h3&gt;&lt;p&gt;Sesiones, metas SMART y acciones acordadas para mentores, de forma privada y sin conexión.&lt;/p&gt;&lt;p&gt;Sus datos: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Mentoring %1</source>
        <translation>Mentoría con %1</translation>
    </message>
    <message>
        <source>Selected mentee</source>
        <translation>Mentorizado elegido</translation>
    </message>
    <message>
        <source>Parts of the relationship</source>
        <translation>Partes de la relación</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>Shows only the mentees whose name holds these words</source>
        <translation>Muestra solo los mentorizados cuyo nombre contiene estas palabras</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorizados</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Cronología de sesiones</translation>
    </message>
    <message>
        <source>The mentee&apos;s sessions; the selected one shows on the Session tab</source>
        <translation>Las sesiones del mentorizado; la elegida se muestra en la pestaña Sesión</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>This database is read-only: %1; you can view, export and back it up.</source>
        <translation>Esta base de datos es de solo lectura: %1; puede verla, exportarla y hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database failed</source>
        <translation>La base de datos ha fallado</translation>
    </message>
    <message>
        <source>Mentorbook cannot go on with %1.</source>
        <translation>Mentorbook no puede seguir con %1.</translation>
    </message>
    <message>
        <source>%1

What was saved is kept. Reopen the database to go on, or close Mentorbook and run “mentorbook check” on it.</source>
        <translation>%1

Lo guardado se conserva. Vuelva a abrir la base de datos para seguir, o cierre Mentorbook y revísela con «mentorbook check».</translation>
    </message>
    <message>
        <source>%1

What you typed last could not be saved either (%2). What was saved before is kept.</source>
        <translation>%1

Tampoco se pudo guardar lo último que escribió (%2). Lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>&amp;Close Mentorbook</source>
        <translation>&amp;Cerrar Mentorbook</translation>
    </message>
    <message>
        <source>%1

The sample database was temporary. Close Mentorbook and start the demo again.</source>
        <translation>%1

La base de datos de ejemplo era temporal. Cierre Mentorbook y vuelva a iniciar la demostración.</translation>
    </message>
    <message>
        <source>Presenting: private notes and the other mentees are hidden.</source>
        <translation>Presentación: las notas privadas y los demás mentorizados están ocultos.</translation>
    </message>
    <message>
        <source>Stop Presenting</source>
        <translation>Dejar de presentar</translation>
    </message>
    <message>
        <source>Find in &amp;All Mentees…</source>
        <translation>Buscar en &amp;todos los mentorizados…</translation>
    </message>
    <message>
        <source>Find words in every session, goal, action, review, profile and file</source>
        <translation>Buscar palabras en cada sesión, meta, acción, revisión, perfil y archivo</translation>
    </message>
    <message>
        <source>&amp;Presenting</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Share your screen safely: hide private notes and the other mentees</source>
        <translation>Compartir la pantalla con seguridad: ocultar las notas privadas y los demás mentorizados</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>Encontrado en %1</translation>
    </message>
    <message>
        <source>Find in This Mentee</source>
        <translation>Buscar en este mentorizado</translation>
    </message>
    <message>
        <source>Find in All Mentees</source>
        <translation>Buscar en todos los mentorizados</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MeetingReminders</name>
    <message>
        <source>Mentoring with %1 today at %2</source>
        <translation>Mentoría con %1 hoy a las %2</translation>
    </message>
    <message>
        <source>Mentoring with %1 tomorrow at %2</source>
        <translation>Mentoría con %1 mañana a las %2</translation>
    </message>
    <message>
        <source>Mentoring with %1 on %2 at %3</source>
        <translation>Mentoría con %1 el %2 a las %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Session %1 with %2 is not recorded yet</source>
        <translation>La sesión %1 con %2 aún no está registrada</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sesión %1 · %2</translation>
    </message>
    <message>
        <source>Record how it went, or why it did not take place.</source>
        <translation>Registre cómo fue, o por qué no se celebró.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Mentorbook::MenteeDelegate</name>
    <message>
        <source>Meeting overdue</source>
        <translation>Reunión atrasada</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Próxima: %1</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>Sin reunión planificada</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n acción vencida</numerusform>
            <numerusform>%n acciones vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::Method</name>
    <message>
        <source>Learn about the mentee before you meet.</source>
        <translation>Conocer al mentorizado antes de la primera reunión.</translation>
    </message>
    <message>
        <source>Ask the mentee for a current resume and job description.</source>
        <translation>Pida al mentorizado su currículum actualizado y la descripción de su puesto.</translation>
    </message>
    <message>
        <source>Read them: what stands out, and what would you like to ask?</source>
        <translation>Léalos: ¿qué le llama la atención y qué le gustaría preguntar?</translation>
    </message>
    <message>
        <source>Note the key topics you expect to discuss in the first session.</source>
        <translation>Anote los temas clave que espera tratar en la primera sesión.</translation>
    </message>
    <message>
        <source>What do you already know about where they want to go?</source>
        <translation>¿Qué sabe ya sobre adónde quiere llegar el mentorizado?</translation>
    </message>
    <message>
        <source>Get to know each other and the goals of the relationship.</source>
        <translation>Conocerse mutuamente y conocer las metas de la relación.</translation>
    </message>
    <message>
        <source>Share your background, and ask the mentee to share theirs.</source>
        <translation>Comparta su trayectoria y pida al mentorizado que comparta la suya.</translation>
    </message>
    <message>
        <source>What are your goals for this mentoring relationship?</source>
        <translation>¿Qué metas tiene para esta relación de mentoría?</translation>
    </message>
    <message>
        <source>What do you expect of me as your mentor?</source>
        <translation>¿Qué espera de mí como mentor?</translation>
    </message>
    <message>
        <source>What mentor qualities do you prefer?</source>
        <translation>¿Qué cualidades prefiere en un mentor?</translation>
    </message>
    <message>
        <source>Which of your strengths do you want to build on, and what would you like to develop?</source>
        <translation>¿En cuáles de sus fortalezas quiere apoyarse y qué le gustaría desarrollar?</translation>
    </message>
    <message>
        <source>Goal: what would you like to be different a year from now?</source>
        <translation>Meta: ¿qué le gustaría que fuera distinto dentro de un año?</translation>
    </message>
    <message>
        <source>Reality: where are you today on that?</source>
        <translation>Realidad: ¿en qué punto está hoy al respecto?</translation>
    </message>
    <message>
        <source>Narrow the focus to 2–3 problem statements and set SMART goals.</source>
        <translation>Acotar el foco a 2–3 planteamientos del problema y fijar metas SMART.</translation>
    </message>
    <message>
        <source>Which goal is most important to you?</source>
        <translation>¿Qué meta es la más importante para usted?</translation>
    </message>
    <message>
        <source>Which 2–3 problem statements will set the stage for our exercises?</source>
        <translation>¿Qué 2–3 planteamientos del problema servirán de base para nuestros ejercicios?</translation>
    </message>
    <message>
        <source>Is each goal specific, measurable, achievable, relevant and time-bound?</source>
        <translation>¿Es cada meta específica, medible, alcanzable, relevante y con plazo?</translation>
    </message>
    <message>
        <source>How will we measure progress, session by session?</source>
        <translation>¿Cómo mediremos el progreso, sesión a sesión?</translation>
    </message>
    <message>
        <source>Goal: what exactly do you want to achieve, and by when?</source>
        <translation>Meta: ¿qué quiere lograr exactamente y para cuándo?</translation>
    </message>
    <message>
        <source>Reality: what have you tried so far, and what happened?</source>
        <translation>Realidad: ¿qué ha intentado hasta ahora y qué ocurrió?</translation>
    </message>
    <message>
        <source>Options: which problem would make the biggest difference if solved?</source>
        <translation>Opciones: ¿qué problema, si lo resolviera, marcaría la mayor diferencia?</translation>
    </message>
    <message>
        <source>Choose one problem statement and plan a concrete exercise.</source>
        <translation>Elegir un planteamiento del problema y planificar un ejercicio concreto.</translation>
    </message>
    <message>
        <source>Which problem statement do you want to work on now?</source>
        <translation>¿En qué planteamiento del problema quiere trabajar ahora?</translation>
    </message>
    <message>
        <source>What will you do, with whom, and by when?</source>
        <translation>¿Qué hará, con quién y para cuándo?</translation>
    </message>
    <message>
        <source>Picture it: how will it go, step by step?</source>
        <translation>Visualícelo: ¿cómo irá, paso a paso?</translation>
    </message>
    <message>
        <source>What are the key steps before our next meeting?</source>
        <translation>¿Cuáles son los pasos clave antes de nuestra próxima reunión?</translation>
    </message>
    <message>
        <source>What is the likely obstacle, and what will you do if it comes up?</source>
        <translation>¿Cuál es el obstáculo más probable y qué hará si surge?</translation>
    </message>
    <message>
        <source>Options: what could you do? What else?</source>
        <translation>Opciones: ¿qué podría hacer? ¿Qué más?</translation>
    </message>
    <message>
        <source>Will: what will you do, and how sure are you, from 1 to 10?</source>
        <translation>Voluntad: ¿qué hará y, del 1 al 10, qué seguridad tiene de hacerlo?</translation>
    </message>
    <message>
        <source>Learn from how the exercise went, then take the next action.</source>
        <translation>Aprender de cómo salió el ejercicio y emprender después la siguiente acción.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo salió?</translation>
    </message>
    <message>
        <source>If it went well: what went well, and what does that mean for the future?</source>
        <translation>Si salió bien: ¿qué salió bien y qué significa eso para el futuro?</translation>
    </message>
    <message>
        <source>If it did not go well: what should you try next?</source>
        <translation>Si no salió bien: ¿qué debería intentar a continuación?</translation>
    </message>
    <message>
        <source>If it did not happen: why not?</source>
        <translation>Si no se llevó a cabo: ¿por qué no?</translation>
    </message>
    <message>
        <source>Build on the same problem statement with a new action, or move to another?</source>
        <translation>¿Seguir con el mismo planteamiento del problema y una nueva acción, o pasar a otro?</translation>
    </message>
    <message>
        <source>Reality: what actually happened?</source>
        <translation>Realidad: ¿qué ocurrió en realidad?</translation>
    </message>
    <message>
        <source>Will: what is the next small step?</source>
        <translation>Voluntad: ¿cuál es el siguiente pequeño paso?</translation>
    </message>
    <message>
        <source>A free-flowing conversation, for mentees who want less structure.</source>
        <translation>Una conversación libre, para mentorizados que prefieren menos estructura.</translation>
    </message>
    <message>
        <source>What is on your mind today?</source>
        <translation>¿De qué le gustaría hablar hoy?</translation>
    </message>
    <message>
        <source>Is there a story from my own experience that would help?</source>
        <translation>¿Hay alguna historia de mi propia experiencia que pueda ayudarle?</translation>
    </message>
    <message>
        <source>What would you like to take away from this conversation?</source>
        <translation>¿Qué le gustaría llevarse de esta conversación?</translation>
    </message>
    <message>
        <source>Goal: what would make this hour worthwhile?</source>
        <translation>Meta: ¿qué haría que esta hora valiera la pena?</translation>
    </message>
    <message>
        <source>Will: what will you do before we next meet?</source>
        <translation>Voluntad: ¿qué hará antes de nuestra próxima reunión?</translation>
    </message>
    <message>
        <source>Check-in and rapport</source>
        <translation>Toma de contacto y clima de confianza</translation>
    </message>
    <message>
        <source>Review of the actions agreed last time: done, not done, why (your own tasks too)</source>
        <translation>Revisión de las acciones acordadas la última vez: hechas, no hechas y por qué (también sus propias tareas)</translation>
    </message>
    <message>
        <source>The stage&apos;s focus, against the goals</source>
        <translation>El foco de la etapa, en relación con las metas</translation>
    </message>
    <message>
        <source>Agree actions: what, who, with whom, by when</source>
        <translation>Acordar acciones: qué, quién, con quién, para cuándo</translation>
    </message>
    <message>
        <source>Summary: what you hope to achieve by the next session; the next meeting date</source>
        <translation>Resumen: lo que se espera lograr para la próxima sesión; fecha de la próxima reunión</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Toma de contacto</translation>
    </message>
    <message>
        <source>Review of agreed actions</source>
        <translation>Revisión de las acciones acordadas</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <source>Agree actions</source>
        <translation>Acordar acciones</translation>
    </message>
    <message>
        <source>Summary and next meeting</source>
        <translation>Resumen y próxima reunión</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Migrations</name>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>No se ha podido actualizar la base de datos a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::OverviewPanel</name>
    <message>
        <source>Consistency</source>
        <translation>Constancia</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Prepare for the next session</source>
        <translation>Preparar la próxima sesión</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesiones celebradas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificadas</translation>
    </message>
    <message>
        <source>Cancelled / missed</source>
        <translation>Canceladas / no celebradas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Average interval</source>
        <translation>Intervalo medio</translation>
    </message>
    <message>
        <source>%1 days (agreed: every %2)</source>
        <translation>%1 días (acordado: cada %2)</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Desde la última reunión</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>sin planificar</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acciones hechas</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>aún sin revisar</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Todavía no hay metas.</translation>
    </message>
    <message>
        <source>Plan a session to prepare for it.</source>
        <translation>Planifique una sesión para prepararla.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::PasswordKeyring</name>
    <message>
        <source>No keyring is available on this desktop (%1), so Mentorbook cannot keep the calendar server&apos;s password and does not keep it anywhere else. Start the desktop&apos;s keyring (GNOME Keyring, KWallet) and enter the password again.</source>
        <translation>No hay ningún llavero disponible en este escritorio (%1), así que Mentorbook no puede guardar la contraseña del servidor de calendario y no la guarda en ningún otro sitio. Inicie el llavero del escritorio (GNOME Keyring, KWallet) y vuelva a escribir la contraseña.</translation>
    </message>
    <message>
        <source>The keyring refused access to the calendar server&apos;s password: %1.</source>
        <translation>El llavero denegó el acceso a la contraseña del servidor de calendario: %1.</translation>
    </message>
    <message>
        <source>The keyring could not keep the calendar server&apos;s password: %1.</source>
        <translation>El llavero no pudo guardar la contraseña del servidor de calendario: %1.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Planning</name>
    <message>
        <source>Ask for a current resume and job description</source>
        <translation>Pedir el currículum actualizado y la descripción del puesto</translation>
    </message>
    <message>
        <source>Read them before the first meeting</source>
        <translation>Leerlos antes de la primera reunión</translation>
    </message>
    <message>
        <source>Share our backgrounds</source>
        <translation>Compartir nuestras trayectorias</translation>
    </message>
    <message>
        <source>The mentee&apos;s goals for the relationship</source>
        <translation>Las metas del mentorizado para la relación</translation>
    </message>
    <message>
        <source>Expectations of the mentor; preferred mentor qualities</source>
        <translation>Expectativas sobre el mentor; cualidades preferidas en un mentor</translation>
    </message>
    <message>
        <source>Which goal matters most? Narrow to 2–3 problem statements</source>
        <translation>¿Qué meta importa más? Acotar a 2–3 planteamientos del problema</translation>
    </message>
    <message>
        <source>Choose one problem statement; plan the exercise: what, with whom, by when</source>
        <translation>Elegir un planteamiento del problema; planificar el ejercicio: qué, con quién, para cuándo</translation>
    </message>
    <message>
        <source>Debrief the exercise: how did it go, and what next?</source>
        <translation>Balance del ejercicio: ¿cómo salió y cuál es el siguiente paso?</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Conversación abierta</translation>
    </message>
</context>
<context>
    <name>Mentorbook::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Shown on recaps and in the PDF&apos;s author</source>
        <translation>Aparece en los resúmenes de sesión y como autor del PDF</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>As usual here (%1)</source>
        <translation>El habitual en su región (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Idioma y papel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows the next time Mentorbook starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Mentorbook.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>New relationships</source>
        <translation>Nuevas relaciones de mentoría</translation>
    </message>
    <message>
        <source>&amp;Session length:</source>
        <translation>&amp;Duración de la sesión:</translation>
    </message>
    <message>
        <source>&amp;Meet every:</source>
        <translation>&amp;Reunirse cada:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>Abrir &amp;otra…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Open Another Database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>Mentorbook databases (*.sqlite)</source>
        <translation>Bases de datos de Mentorbook (*.sqlite)</translation>
    </message>
    <message>
        <source>Move the Database</source>
        <translation>Mover la base de datos</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new name; Mentorbook does not overwrite a file.</source>
        <translation>%1 ya existe. Elija otro nombre; Mentorbook no sobrescribe ningún archivo.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Sin recordatorios</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 días antes</translation>
    </message>
    <message>
        <source>%1 min before</source>
        <translation>%1 min antes</translation>
    </message>
    <message>
        <source>&amp;When to remind me:</source>
        <translation>C&amp;uándo recordarme:</translation>
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
        <translation>Nuevo planteamiento del problema</translation>
    </message>
    <message>
        <source>Write it freely</source>
        <translation>Redactarlo libremente</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>Espacio en blanco %1</translation>
    </message>
    <message>
        <source>Fill in every blank first</source>
        <translation>Complete primero todos los espacios en blanco</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Planteamiento del problema</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProfileEditor</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Structured follows the program outline; free-flowing suits mentees who want open conversations.</source>
        <translation>El estilo estructurado sigue el plan del programa; el libre conviene a los mentorizados que prefieren conversaciones abiertas.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In person, video call, phone…</source>
        <translation>En persona, videollamada, teléfono…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Preferred st&amp;yle:</source>
        <translation>Estilo preferi&amp;do:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>Tra&amp;yectoria:</translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translatorcomment>no mnemonic: every letter is taken by a control shown beside it</translatorcomment>
        <translation>Cualidades preferidas:</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>&amp;Fortalezas:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation>&amp;Minutos por sesión:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translatorcomment>no mnemonic: every letter is taken by a control shown beside it</translatorcomment>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Pre-work</source>
        <translation>Trabajo previo</translation>
    </message>
    <message>
        <source>Drop the mentee&apos;s resume and job description here</source>
        <translation>Suelte aquí el currículum y la descripción del puesto del mentorizado</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Add pre-work files</source>
        <translation>Añadir archivos del trabajo previo</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Fecha de inicio:</translation>
    </message>
    <message>
        <source>Intended end:</source>
        <translation>Fin previsto:</translation>
    </message>
    <message>
        <source>Ema&amp;il:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation>Expectativas so&amp;bre mí:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Áreas de desarrollo:</translation>
    </message>
    <message>
        <source>Meet every:</source>
        <translation>Reunirse cada:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <source>Pre-work files</source>
        <translation>Archivos de preparación</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>How the recap greets the mentee: &quot;Dr Raman&quot; writes &quot;Dear Dr Raman,&quot;. Left empty, it is the first word of the name.</source>
        <translation>Cómo saluda el resumen al mentorizado: «Dra. Raman» escribe «Estimada Dra. Raman:». Si se deja vacío, es la primera palabra del nombre.</translation>
    </message>
    <message>
        <source>Address as:</source>
        <translation>Tratamiento:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::ProgressHistory</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Progress at each review: %1</source>
        <translation>Progreso en cada revisión: %1</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Recap</name>
    <message>
        <source>Recap of our session on %1</source>
        <translation>Resumen de nuestra sesión del %1</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Recap – Session %1 – %2</source>
        <translation>Resumen de la sesión %1 – %2</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>Our session on %1</source>
        <translation>Nuestra sesión del %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>thank you for our conversation. Here is what we discussed and agreed, to keep at hand until we meet again.</source>
        <translation>Gracias por nuestra conversación. Aquí tiene lo que tratamos y acordamos, para que lo tenga a mano hasta que volvamos a vernos.</translation>
    </message>
    <message>
        <source>What we discussed</source>
        <translation>Lo que tratamos</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>How the exercise went</source>
        <translation>Cómo salió el ejercicio</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Por qué no:</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Qué salió bien:</translation>
    </message>
    <message>
        <source>For the future:</source>
        <translation>Para el futuro:</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>Qué intentar a continuación:</translation>
    </message>
    <message>
        <source>Your exercise</source>
        <translation>Su ejercicio</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>Con quién:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>If … then:</source>
        <translation>Si … entonces:</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>No new actions were agreed in this session.</source>
        <translation>En esta sesión no se acordaron acciones nuevas.</translation>
    </message>
    <message>
        <source>Still open from earlier sessions</source>
        <translation>Aún abiertas, de sesiones anteriores</translation>
    </message>
    <message>
        <source>Progress on your goals</source>
        <translation>Progreso en sus metas</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By our next session</source>
        <translation>Para nuestra próxima sesión</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>With best wishes,
%1</source>
        <translation>Un cordial saludo,
%1</translation>
    </message>
    <message>
        <source>thank you for our conversation on %1. Here is what we discussed and agreed; the recap is attached as a PDF.</source>
        <translation>Gracias por nuestra conversación del %1. Aquí tiene lo que tratamos y acordamos; le adjunto el resumen de la sesión en PDF.</translation>
    </message>
    <message>
        <source>With whom: %1</source>
        <translation>Con quién: %1</translation>
    </message>
    <message>
        <source>By when: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>Su mentor</translation>
    </message>
    <message>
        <source>I am sorry that we missed each other for our session on %1.</source>
        <translation>Siento que no coincidiéramos en nuestra sesión del %1.</translation>
    </message>
    <message>
        <source>I am sorry that we could not meet for our session on %1.</source>
        <translation>Siento que no pudiéramos reunirnos en nuestra sesión del %1.</translation>
    </message>
    <message>
        <source>I propose that we meet again as below; please tell me if that does not suit you.</source>
        <translation>Propongo que volvamos a reunirnos como se indica abajo; dígame si no le viene bien.</translation>
    </message>
    <message>
        <source>We have no new date yet; I will propose one soon.</source>
        <translation>Aún no tenemos nueva fecha; propondré una pronto.</translation>
    </message>
    <message>
        <source>No next meeting is planned yet; we will agree on a date.</source>
        <translation>Aún no hay una próxima reunión prevista; acordaremos una fecha.</translation>
    </message>
    <message>
        <source>Session %1 is the pre-work, your own preparation before the first meeting: there is no recap to send.</source>
        <translation>La sesión %1 es la preparación, la suya antes de la primera reunión: no hay resumen que enviar.</translation>
    </message>
    <message>
        <source>Session %1 is still planned, not held: its agenda is what to send before it. Record it as held to write its recap.</source>
        <translation>La sesión %1 aún está prevista, no celebrada: antes se envía su agenda. Regístrela como celebrada para escribir su resumen.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Nueva fecha:</translation>
    </message>
    <message>
        <source>Still open until we meet</source>
        <translation>Aún abierto hasta que nos veamos</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>New date: %1</source>
        <translation>Nueva fecha: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>sent after a meeting that did not take place</comment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Note – Session %1 – %2</source>
        <translation>Mensaje – Sesión %1 – %2</translation>
    </message>
    <message>
        <source>A note on it is attached as a PDF.</source>
        <translation>Adjunto una nota sobre ello en PDF.</translation>
    </message>
    <message>
        <source>thank you for our conversation. The recap of our session %1 on %2 is attached as a PDF.</source>
        <translation>gracias por nuestra conversación. Adjunto en PDF el resumen de nuestra sesión %1 del %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::RelationshipSummary</name>
    <message>
        <source>Summary</source>
        <translation>Resumen de la mentoría</translation>
    </message>
    <message>
        <source>Mentoring summary – %1</source>
        <translation>Resumen de la mentoría – %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Mentoring summary</source>
        <translation>Resumen de la mentoría</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>El acuerdo</translation>
    </message>
    <message>
        <source>We meet:</source>
        <translation>Nos reunimos:</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Todavía no se han registrado metas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sesión celebrada</numerusform>
            <numerusform>%n sesiones celebradas</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>asistencia: %1</translation>
    </message>
    <message>
        <source>every %1 days on average</source>
        <translation>cada %1 días de media</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Todavía no se han acordado acciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n acción acordada</numerusform>
            <numerusform>%n acciones acordadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecha</numerusform>
            <numerusform>%n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected, achieved, learned</source>
        <translation>Expectativas, logros y aprendizajes</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Expectativas:</translation>
    </message>
    <message>
        <source>Goal achieved: %1</source>
        <translation>Meta lograda: %1</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sesión %1: %2</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Aprendizajes</translation>
    </message>
    <message>
        <source>Strengths and development areas</source>
        <translation>Fortalezas y áreas de desarrollo</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Fortalezas:</translation>
    </message>
    <message>
        <source>Development areas:</source>
        <translation>Áreas de desarrollo:</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Próxima reunión:</translation>
    </message>
    <message>
        <source>none planned yet.</source>
        <translation>ninguna prevista aún.</translation>
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
        <translation>con %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>para el %1</translation>
    </message>
    <message numerus="yes">
        <source>carried %n time(s)</source>
        <translation>
            <numerusform>aplazada %n vez</numerusform>
            <numerusform>aplazada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>a percentage: the number and the locale&apos;s percent sign</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>vence el %1, vencida</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Repository</name>
    <message>
        <source>mentee</source>
        <translation>mentorizado</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>goal review</source>
        <translation>revisión de meta</translation>
    </message>
    <message>
        <source>problem statement</source>
        <translation>planteamiento del problema</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>action review</source>
        <translation>revisión de acción</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún registro de %1 con el id %2.</translation>
    </message>
    <message>
        <source>A restored %1 needs its time stamps.</source>
        <translation>Un registro de %1 restaurado necesita sus marcas de tiempo.</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>no hay ningún registro de %1 con el id %2</translation>
    </message>
    <message>
        <source>%1 %2 belongs to another mentee</source>
        <translation>el registro de %1 con el id %2 pertenece a otro mentorizado</translation>
    </message>
    <message>
        <source>%1 is already taken</source>
        <translation>el id %1 ya está en uso</translation>
    </message>
    <message>
        <source>this mentee already has a session number %1</source>
        <translation>este mentorizado ya tiene una sesión número %1</translation>
    </message>
    <message>
        <source>this goal was already reviewed at this session</source>
        <translation>esta meta ya se revisó en esta sesión</translation>
    </message>
    <message>
        <source>this action was already reviewed at this session</source>
        <translation>esta acción ya se revisó en esta sesión</translation>
    </message>
    <message>
        <source>the rows of %1 cannot be read (%2)</source>
        <translation>las filas de %1 no se pueden leer (%2)</translation>
    </message>
    <message>
        <source>%1 %2 would be refused: %3</source>
        <translation>%1 %2 sería rechazado: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) of %1 would be refused</source>
        <translation>
            <numerusform>y %n fila más de %1 sería rechazada</numerusform>
            <numerusform>y %n filas más de %1 serían rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>another session already has this identity</source>
        <translation>otra sesión ya tiene este identificador</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SaveFile</name>
    <message>
        <source>Cannot write %1: the file is not writable.</source>
        <translation>No se puede escribir %1: el archivo no admite escritura.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>la carpeta no admite escritura</translation>
    </message>
    <message>
        <source>the folder is not writable (the disk is read-only)</source>
        <translation>la carpeta no admite escritura (el disco es de solo lectura)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the disk could not be written (input/output error)</source>
        <translation>no se pudo escribir en el disco (error de entrada/salida)</translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation>el archivo es demasiado grande para el disco</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SchemaCheck</name>
    <message>
        <source>its list of tables cannot be read (%1)</source>
        <translation>su lista de tablas no se puede leer (%1)</translation>
    </message>
    <message>
        <source>cannot build the expected schema (%1)</source>
        <translation>no se puede construir el esquema esperado (%1)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>its table %1 lacks the column %2</source>
        <translation>a su tabla %1 le falta la columna %2</translation>
    </message>
    <message>
        <source>its table %1 has the column %2 as %3 instead of %4</source>
        <translation>su tabla %1 tiene la columna %2 como %3 en lugar de %4</translation>
    </message>
    <message>
        <source>its table %1 has a column %2 this version does not know</source>
        <translation>su tabla %1 tiene una columna %2 que esta versión no conoce</translation>
    </message>
    <message>
        <source>its table %1 lacks the reference %2</source>
        <translation>a su tabla %1 le falta la referencia %2</translation>
    </message>
    <message>
        <source>its table %1 has a reference %2 this version does not know</source>
        <translation>su tabla %1 tiene una referencia %2 que esta versión no conoce</translation>
    </message>
    <message>
        <source>its table %1 has other rules (CHECK or UNIQUE) than this version expects</source>
        <translation>su tabla %1 tiene otras reglas (CHECK o UNIQUE) de las que espera esta versión</translation>
    </message>
    <message>
        <source>it lacks the table %1</source>
        <translation>le falta la tabla %1</translation>
    </message>
    <message>
        <source>it has a table %1 this version does not know</source>
        <translation>tiene una tabla %1 que esta versión no conoce</translation>
    </message>
    <message>
        <source>it lacks the %1 %2</source>
        <translation>le falta: %1 %2</translation>
    </message>
    <message>
        <source>its %1 %2 is not the one this version expects</source>
        <translation>%1 %2 no es el que espera esta versión</translation>
    </message>
    <message>
        <source>it has a %1 %2 this version does not know</source>
        <translation>tiene %1 %2 que esta versión no conoce</translation>
    </message>
    <message>
        <source>its table %1 cannot be read (%2)</source>
        <translation>su tabla %1 no se puede leer (%2)</translation>
    </message>
    <message>
        <source>the row %1 of %2 breaks a rule (%3)</source>
        <translation>la fila %1 de %2 incumple una regla (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) of %1 break rules</source>
        <translation>
            <numerusform>y %n fila más de %1 incumple reglas</numerusform>
            <numerusform>y %n filas más de %1 incumplen reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>its table %1 cannot be read to the end (%2)</source>
        <translation>su tabla %1 no se puede leer hasta el final (%2)</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchDialog</name>
    <message>
        <source>Find in All Mentees</source>
        <translation>Buscar en todos los mentorizados</translation>
    </message>
    <message>
        <source>Words, the start of a word, or a &quot;phrase&quot;</source>
        <translation>Palabras, el comienzo de una palabra o una «frase»</translation>
    </message>
    <message>
        <source>Find in all mentees</source>
        <translation>Buscar en todos los mentorizados</translation>
    </message>
    <message>
        <source>Finds every text that holds all the words, in every relationship</source>
        <translation>Encuentra cada texto que contiene todas las palabras, en cada relación</translation>
    </message>
    <message>
        <source>Texts found</source>
        <translation>Textos encontrados</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits.</source>
        <translation>Escriba una palabra que buscar: letras o cifras.</translation>
    </message>
    <message>
        <source>Type words to find them in this mentee&apos;s sessions, goals, actions, reviews, profile and files.</source>
        <translation>Escriba palabras para encontrarlas en las sesiones, metas, acciones, revisiones, el perfil y los archivos de este mentorizado.</translation>
    </message>
    <message>
        <source>Type words to find them in every session, goal, action, review, profile and file.</source>
        <translation>Escriba palabras para encontrarlas en cada sesión, meta, acción, revisión, perfil y archivo.</translation>
    </message>
    <message>
        <source>No text holds &quot;%1&quot;.</source>
        <translation>Ningún texto contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The best %n texts: add words to narrow it down.</source>
        <translation>
            <numerusform>El mejor texto: añada palabras para acotar la búsqueda.</numerusform>
            <numerusform>Los %n mejores textos: añada palabras para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in %1</source>
        <translation>
            <numerusform>%n texto en %1</numerusform>
            <numerusform>%n textos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relación</numerusform>
            <numerusform>%n relaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n text(s))</source>
        <translation>
            <numerusform>%1 (%n texto)</numerusform>
            <numerusform>%1 (%n textos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionEditor</name>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Select a session in the timeline, or plan the next one.</source>
        <translation>Seleccione una sesión en la cronología o planifique la siguiente.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A room, or a video-call link</source>
        <translation>Una sala o un enlace de videollamada</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>One topic a line</source>
        <translation>Un tema por línea</translation>
    </message>
    <message>
        <source>What you discussed</source>
        <translation>Lo que trataron</translation>
    </message>
    <message>
        <source>What you both hope will be achieved by the next session</source>
        <translation>Lo que ambos esperan lograr para la próxima sesión</translation>
    </message>
    <message>
        <source>Your own observations. Never printed in the mentee&apos;s recap.</source>
        <translation>Sus propias observaciones. Nunca se imprimen en el resumen de la sesión para el mentorizado.</translation>
    </message>
    <message>
        <source>Only you see these notes; they are never part of what the mentee receives.</source>
        <translation>Solo usted ve estas notas; nunca forman parte de lo que recibe el mentorizado.</translation>
    </message>
    <message>
        <source>About the mentee</source>
        <translation>Sobre el mentorizado</translation>
    </message>
    <message>
        <source>E&amp;xpectations of me:</source>
        <translation>Expectativas so&amp;bre mí:</translation>
    </message>
    <message>
        <source>Preferred &amp;qualities:</source>
        <translatorcomment>no mnemonic: every letter is taken by a control shown beside it</translatorcomment>
        <translation>Cualidades preferidas:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Fortalezas:</translation>
    </message>
    <message>
        <source>Record the goals the mentee shares on the Goals tab.</source>
        <translation>Registre en la pestaña Metas las metas que comparta el mentorizado.</translation>
    </message>
    <message>
        <source>Review of the actions agreed before</source>
        <translation>Revisión de las acciones acordadas anteriormente</translation>
    </message>
    <message>
        <source>Problem statements</source>
        <translation>Planteamientos del problema</translation>
    </message>
    <message>
        <source>More than three problem statements are active: narrow the focus to 2–3, and park the others.</source>
        <translation>Hay más de tres planteamientos del problema en curso: acote el foco a 2–3 y deje en espera los demás.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Rank the selected problem statement higher</source>
        <translation>Subir de posición el planteamiento del problema seleccionado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Rank the selected problem statement lower</source>
        <translation>Bajar de posición el planteamiento del problema seleccionado</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>What will the mentee do? Help them picture it.</source>
        <translation>¿Qué hará el mentorizado? Ayúdele a visualizarlo.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>If the likely obstacle comes up, then the mentee will…</source>
        <translation>Si surge el obstáculo probable, entonces el mentorizado…</translation>
    </message>
    <message>
        <source>A step the mentee takes before the next meeting: an action with a due date</source>
        <translation>Un paso que da el mentorizado antes de la próxima reunión: una acción con fecha límite</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Key step</source>
        <translation>Paso clave</translation>
    </message>
    <message>
        <source>What will the mentee do before the next meeting?</source>
        <translation>¿Qué hará el mentorizado antes de la próxima reunión?</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>No earlier exercise was planned to debrief.</source>
        <translation>No se planificó ningún ejercicio anterior del que hacer balance.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>Exercise set at session %1: %2</source>
        <translation>Ejercicio fijado en la sesión %1: %2</translation>
    </message>
    <message>
        <source>For each action agreed before: done, carried over to the next session, or dropped</source>
        <translation>Para cada acción acordada antes: hecha, trasladada a la próxima sesión o abandonada</translation>
    </message>
    <message>
        <source>Ho&amp;w did it go?</source>
        <translatorcomment>no mnemonic: every letter is taken by a control shown beside it</translatorcomment>
        <translation>¿Cómo fue?</translation>
    </message>
    <message>
        <source>What went we&amp;ll?</source>
        <translation>¿Qué salió &amp;bien?</translation>
    </message>
    <message>
        <source>What does it mean for the future?</source>
        <translation>¿Qué significa para el futuro?</translation>
    </message>
    <message>
        <source>What should be tried ne&amp;xt?</source>
        <translation>¿&amp;Qué habría que intentar ahora?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Wh&amp;y did it not happen?</source>
        <translation>¿Por qué no se llevó a cab&amp;o?</translation>
    </message>
    <message>
        <source>Prob&amp;lem statement:</source>
        <translation>P&amp;lanteamiento del problema:</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>Con quién:</translation>
    </message>
    <message>
        <source>B&amp;y when:</source>
        <translation>&amp;Para cuándo:</translation>
    </message>
    <message>
        <source>If–then plan:</source>
        <translation>Plan si-entonces:</translation>
    </message>
    <message>
        <source>Add a &amp;key step…</source>
        <translation>A&amp;ñadir un paso clave…</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>Tra&amp;yectoria:</translation>
    </message>
    <message>
        <source>Deve&amp;lopment areas:</source>
        <translation>Áreas de desarro&amp;llo:</translation>
    </message>
    <message>
        <source>The mentee&apos;s problem statements, the most important first</source>
        <translation>Los enunciados del problema del mentorizado, el más importante primero</translation>
    </message>
    <message>
        <source>Status of the problem statement</source>
        <translation>Estado del enunciado del problema</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How long the session lasts, in minutes</source>
        <translation>Cuánto dura la sesión, en minutos</translation>
    </message>
    <message>
        <source>Place or link:</source>
        <translation>Lugar o enlace:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <source>Cancel this session, saying why, and plan a new one in its place one cadence on</source>
        <translation>Cancelar esta sesión indicando por qué y planificar una nueva en su lugar un ritmo después</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Why it did not take place</source>
        <translation>Por qué no tuvo lugar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Registrar como celebrada</translation>
    </message>
    <message>
        <source>Session %1 is planned for %2, which has not come yet.</source>
        <translation>La sesión %1 está prevista para el %2, que aún no ha llegado.</translation>
    </message>
    <message>
        <source>Record it as held all the same?</source>
        <translation>¿Registrarla como celebrada de todos modos?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Record a missed session</source>
        <translation>Registrar una sesión perdida</translation>
    </message>
    <message>
        <source>Why was session %1 cancelled?</source>
        <translation>¿Por qué se canceló la sesión %1?</translation>
    </message>
    <message>
        <source>Why was session %1 missed?</source>
        <translation>¿Por qué se perdió la sesión %1?</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Why is session %1 moved? It is recorded as cancelled, and a new session is planned one cadence later; change its date as you need.</source>
        <translation>¿Por qué se mueve la sesión %1? Se registra como cancelada y se planifica una nueva sesión un ritmo después; cambie su fecha según necesite.</translation>
    </message>
    <message>
        <source>Agenda &amp;topics:</source>
        <translation>Te&amp;mas de la agenda:</translation>
    </message>
    <message>
        <source>D&amp;iscussed:</source>
        <translation>Asu&amp;ntos tratados:</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>&amp;Decisiones tomadas:</translation>
    </message>
    <message>
        <source>Hoped for &amp;by next time:</source>
        <translation>Lo esperado para la pró&amp;xima vez:</translation>
    </message>
    <message>
        <source>P&amp;rivate notes:</source>
        <translatorcomment>no mnemonic: every letter is taken by a control shown beside it</translatorcomment>
        <translation>Notas privadas:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que plantear</translation>
    </message>
    <message>
        <source>Key steps:</source>
        <translation>Pasos clave:</translation>
    </message>
    <message>
        <source>None yet: add the steps the mentee takes before the next meeting.</source>
        <translation>Ninguno aún: añada los pasos que el mentorizado da antes de la próxima reunión.</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>Pasos clave</translation>
    </message>
    <message>
        <source>The note the mentee is sent for this session gives the reason.</source>
        <translation>La nota que recibe el mentorizado por esta sesión indica el motivo.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SessionTimelineModel</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sesión %1 · %2</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SignatureDialog</name>
    <message>
        <source>Sign your recaps</source>
        <translation>Firmar sus resúmenes</translation>
    </message>
    <message>
        <source>Your name signs the recaps you send, with your email under it if you give one. Mentorbook asks only this once; you can change both in Preferences.</source>
        <translation>Su nombre firma los resúmenes que envía, con su correo debajo si indica uno. Mentorbook lo pregunta solo esta vez; puede cambiar ambos en Preferencias.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>Mentorbook::SignatureFields</name>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Store</name>
    <message>
        <source>This database is read-only: %1. Nothing was changed.</source>
        <translation>Esta base de datos es de solo lectura: %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This database is open for reading only. Nothing was changed.</source>
        <translation>Esta base de datos está abierta solo para lectura. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Mentorbook::TimelineDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Typesetter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation>se requiere una fecha</translation>
    </message>
    <message>
        <source>%1 is not a date (expected YYYY-MM-DD)</source>
        <translation>%1 no es una fecha (se esperaba AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation>se requiere una fecha y hora</translation>
    </message>
    <message>
        <source>%1 is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1 no es una fecha y hora (se esperaba AAAA-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 está fuera del intervalo %2–%3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>expected the id of a row (a positive whole number)</source>
        <translation>se esperaba el id de un registro (un número entero positivo)</translation>
    </message>
    <message>
        <source>is %1 bytes; the limit is %2</source>
        <translation>ocupa %1 bytes; el límite es %2</translation>
    </message>
    <message>
        <source>a %1 is required (one of %2)</source>
        <translation>se requiere un valor de «%1» (uno de estos: %2)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (expected one of %3)</source>
        <translation>valor de «%1» desconocido: %2 (se esperaba uno de estos: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>the intended end comes before the start</source>
        <translation>el fin previsto es anterior al inicio</translation>
    </message>
    <message>
        <source>fill in every blank (___) of the template</source>
        <translation>complete todos los espacios en blanco (___) de la plantilla</translation>
    </message>
    <message>
        <source>the exercise is due before the session that set it</source>
        <translation>el plazo del ejercicio es anterior a la sesión en la que se fijó</translation>
    </message>
    <message>
        <source>a reason is only recorded when the exercise did not happen</source>
        <translation>solo se registra un motivo cuando el ejercicio no se llevó a cabo</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at character %2; remove it</source>
        <translation>contiene un carácter de control (U+%1) en el carácter %2; elimínelo</translation>
    </message>
</context>
<context>
    <name>Mentorbook::Writer</name>
    <message>
        <source>Not saved: “%1” of this %2 was changed in another window or program after it was shown here. It now shows what was saved there.</source>
        <translation>No guardado: «%1» se cambió en otra ventana u otro programa (%2) después de mostrarse aquí. Ahora se muestra lo que se guardó allí.</translation>
    </message>
    <message>
        <source>You had emptied it.</source>
        <translation>Lo había vaciado.</translation>
    </message>
    <message>
        <source>You had entered: “%1”</source>
        <translation>Había escrito: «%1»</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>RepositoryMessages</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún registro de %1 con el id %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
</TS>
