<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>Acerca de PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk {version}</source>
        <translation>PartnerDesk {version}</translation>
    </message>
    <message>
        <source>An offline relationship notebook for partnerships between organizations.</source>
        <translation>Un cuaderno de relaciones sin conexión para las alianzas entre organizaciones.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Notebook: {path}</source>
        <translation>Cuaderno: {path}</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>Copias de seguridad: {path}</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Show Notebook &amp;Folder</source>
        <translation>Mostrar la &amp;carpeta del cuaderno</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>&amp;Nuevo cuaderno…</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>&amp;Abrir cuaderno…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Import &amp;JSON (PartnerDesk)…</source>
        <translation>Importar &amp;JSON (PartnerDesk)…</translation>
    </message>
    <message>
        <source>Import &amp;CSV (Spreadsheet)…</source>
        <translation>Importar &amp;CSV (hoja de cálculo)…</translation>
    </message>
    <message>
        <source>Import &amp;vCard (Address Book)…</source>
        <translation>Importar &amp;vCard (libreta de direcciones)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON (PartnerDesk)…</source>
        <translation>Exportar &amp;JSON (PartnerDesk)…</translation>
    </message>
    <message>
        <source>Export C&amp;SV (Spreadsheet)…</source>
        <translation>Exportar C&amp;SV (hoja de cálculo)…</translation>
    </message>
    <message>
        <source>Export &amp;vCard (Address Book)…</source>
        <translation>Exportar &amp;vCard (libreta de direcciones)…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown Notes…</source>
        <translation>Exportar notas en &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>&amp;Buscar socio</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>E-mail &amp;Templates…</source>
        <translation>&amp;Plantillas de correo…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Tras&amp;h…</source>
        <translation>P&amp;apelera…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Our &amp;Promises…</source>
        <translation>&amp;Nuestras promesas…</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation>Ca&amp;rencias…</translation>
    </message>
    <message>
        <source>O&amp;ffers…</source>
        <translation>&amp;Ofertas…</translation>
    </message>
    <message>
        <source>&amp;New Partner…</source>
        <translation>&amp;Nuevo socio…</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Editar socio…</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Imprimir ficha…</translation>
    </message>
    <message>
        <source>Save Brief as P&amp;DF…</source>
        <translation>Guardar ficha como P&amp;DF…</translation>
    </message>
    <message>
        <source>Briefs for This &amp;Week&apos;s Meetings…</source>
        <translation>Fichas de las reuniones de esta &amp;semana…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner</source>
        <translation>E&amp;liminar socio</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>New &amp;Commitment…</source>
        <translation>Nuevo &amp;compromiso…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>Acerca &amp;de PartnerDesk</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>{title} ({mode})</source>
        <translation>{title} ({mode})</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>They owe: {what}</source>
        <translation>Nos deben: {what}</translation>
    </message>
    <message>
        <source>We owe: {what}</source>
        <translation>Debemos: {what}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
    <message>
        <source>{state} · {day}</source>
        <translation>{state} · {day}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation>Bienvenido a PartnerDesk</translation>
    </message>
    <message>
        <source>Your notebook is empty. Fill it with sample partners, meetings and commitments to look around? You can start empty instead and add your own partners.</source>
        <translation>Su cuaderno está vacío. ¿Desea llenarlo con socios, reuniones y compromisos de ejemplo para explorar la aplicación? También puede empezar con el cuaderno vacío y añadir sus propios socios.</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>Nuevo cuaderno</translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk)</source>
        <translation>Cuadernos de PartnerDesk (*.partnerdesk)</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>Abrir cuaderno</translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk);;All files (*)</source>
        <translation>Cuadernos de PartnerDesk (*.partnerdesk);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>Copia de seguridad diaria hecha: {name}</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad diaria: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Before upgrade (from {revision})</source>
        <translation>Antes de actualizar (desde {revision})</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Antes de restaurar</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of {name}</source>
        <translation>Copias de seguridad de {name}</translation>
    </message>
    <message>
        <source>PartnerDesk backs your notebook up each day it is open, and before every upgrade, import and restore. It keeps the last 7 days, the last 4 weeks, the last {events} of each other kind, and the last {manual} you make yourself.</source>
        <translation>PartnerDesk hace una copia de seguridad de su cuaderno cada día que está abierto, y antes de cada actualización, importación y restauración. Conserva las de los últimos 7 días y las últimas 4 semanas, las últimas {events} de cada uno de los demás tipos y las últimas {manual} que haga usted.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>Haciendo la copia de seguridad de {name}…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Restore the backup of {when} ({partners} partners, {meetings} meetings)?

Your notebook as it is now is backed up first, so you can come back to it from this list. PartnerDesk then reopens the notebook.</source>
        <translation>¿Restaurar la copia de seguridad del {when} ({partners} socios, {meetings} reuniones)?

Antes se hace una copia de su cuaderno tal como está ahora, para que pueda volver a él desde esta lista. Después, PartnerDesk vuelve a abrir el cuaderno.</translation>
    </message>
    <message>
        <source>No backups yet. They go to {folder}</source>
        <translation>Todavía no hay copias de seguridad. Se guardarán en {folder}</translation>
    </message>
    <message>
        <source>{count} backups, {size} in all, in {folder}</source>
        <translation>Copias de seguridad: {count} ({size} en total), en {folder}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Ask about their overdue items: {items}</source>
        <translation>Preguntar por sus pendientes vencidos: {items}</translation>
    </message>
    <message>
        <source>Report on ours: {items}</source>
        <translation>Informar sobre los nuestros: {items}</translation>
    </message>
    <message>
        <source>Need not yet addressed: {need}</source>
        <translation>Necesidad aún sin atender: {need}</translation>
    </message>
    <message>
        <source>Check in on {initiative}</source>
        <translation>Hacer seguimiento de {initiative}</translation>
    </message>
    <message>
        <source>No face-to-face meeting yet</source>
        <translation>Todavía no ha habido reuniones en persona</translation>
    </message>
    <message>
        <source>No face-to-face meeting for {months} months</source>
        <translation>Sin reuniones en persona desde hace {months} meses</translation>
    </message>
    <message>
        <source>{item} (due {date})</source>
        <translation>{item} (vencía el {date})</translation>
    </message>
    <message>
        <source>{items}; and {count} more</source>
        <translation>{items}; y {count} más</translation>
    </message>
    <message>
        <source>Relationship since</source>
        <translation>Relación desde</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Last face-to-face</source>
        <translation>Última reunión en persona</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos a tratar</translation>
    </message>
    <message>
        <source>Nothing pressing.</source>
        <translation>Nada urgente.</translation>
    </message>
    <message>
        <source>+{count} more talking point</source>
        <translation>+{count} punto más</translation>
    </message>
    <message>
        <source>+{count} more talking points</source>
        <translation>+{count} puntos más</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>Qué necesitan</translation>
    </message>
    <message>
        <source>an initiative addresses it</source>
        <translation>la atiende una iniciativa</translation>
    </message>
    <message>
        <source>No open needs noted.</source>
        <translation>No hay necesidades abiertas anotadas.</translation>
    </message>
    <message>
        <source>+{count} more need</source>
        <translation>+{count} necesidad más</translation>
    </message>
    <message>
        <source>+{count} more needs</source>
        <translation>+{count} necesidades más</translation>
    </message>
    <message>
        <source>Where we stand</source>
        <translation>Dónde estamos</translation>
    </message>
    <message>
        <source>check-in {date}</source>
        <translation>seguimiento el {date}</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>Parejas:</translation>
    </message>
    <message>
        <source>No initiatives under way.</source>
        <translation>No hay iniciativas en marcha.</translation>
    </message>
    <message>
        <source>+{count} more initiative</source>
        <translation>+{count} iniciativa más</translation>
    </message>
    <message>
        <source>+{count} more initiatives</source>
        <translation>+{count} iniciativas más</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Ninguno abierto.</translation>
    </message>
    <message>
        <source>+{count} more commitment</source>
        <translation>+{count} compromiso más</translation>
    </message>
    <message>
        <source>+{count} more commitments</source>
        <translation>+{count} compromisos más</translation>
    </message>
    <message>
        <source>Track record:</source>
        <translation>Historial de cumplimiento:</translation>
    </message>
    <message>
        <source>Last meetings</source>
        <translation>Últimas reuniones</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Todavía no hay reuniones.</translation>
    </message>
    <message>
        <source>+{count} more meeting</source>
        <translation>+{count} reunión más</translation>
    </message>
    <message>
        <source>+{count} more meetings</source>
        <translation>+{count} reuniones más</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Nuestro contacto</translation>
    </message>
    <message>
        <source>No people recorded.</source>
        <translation>No hay personas registradas.</translation>
    </message>
    <message>
        <source>+{count} more person</source>
        <translation>+{count} persona más</translation>
    </message>
    <message>
        <source>+{count} more people</source>
        <translation>+{count} personas más</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Preparada el {date}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
    <message>
        <source>Ours, open</source>
        <translation>Nuestros, abiertos</translation>
    </message>
    <message>
        <source>Theirs, open</source>
        <translation>Suyos, abiertos</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Brief: {name}</source>
        <translation>Ficha: {name}</translation>
    </message>
    <message>
        <source>Partner briefs</source>
        <translation>Fichas de socios</translation>
    </message>
</context>
<context>
    <name>BriefCommands</name>
    <message>
        <source>No brief</source>
        <translation>Sin ficha</translation>
    </message>
    <message>
        <source>Brief: {name}</source>
        <translation>Ficha: {name}</translation>
    </message>
    <message>
        <source>Save brief as PDF</source>
        <translation>Guardar la ficha como PDF</translation>
    </message>
    <message>
        <source>{name} brief.pdf</source>
        <translation>Ficha de {name}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Brief not saved</source>
        <translation>No se guardó la ficha</translation>
    </message>
    <message>
        <source>Briefs for this week</source>
        <translation>Fichas de esta semana</translation>
    </message>
    <message>
        <source>No partner is met this week.</source>
        <translation>Esta semana no hay reuniones con ningún socio.</translation>
    </message>
    <message>
        <source>Briefs for this week&apos;s meetings</source>
        <translation>Fichas de las reuniones de esta semana</translation>
    </message>
    <message>
        <source>briefs {date}.pdf</source>
        <translation>fichas {date}.pdf</translation>
    </message>
    <message>
        <source>Briefs not written</source>
        <translation>No se escribieron las fichas</translation>
    </message>
    <message>
        <source>Wrote {count} briefs to {name}.</source>
        <translation>Fichas escritas en {name}: {count}.</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>&amp;All partners</source>
        <translation>Todos &amp;los socios</translation>
    </message>
    <message>
        <source>&amp;This partner</source>
        <translation>Es&amp;te socio</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Sema&amp;na</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Show today in the calendar and the agenda</source>
        <translation>Mostrar el día de hoy en el calendario y la agenda</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>We owe</source>
        <translation>Debemos</translation>
    </message>
    <message>
        <source>They owe</source>
        <translation>Nos deben</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Nothing due and no meetings on this day.</source>
        <translation>Nada vence y no hay reuniones este día.</translation>
    </message>
    <message>
        <source>Nothing due and no meetings this week.</source>
        <translation>Nada vence y no hay reuniones esta semana.</translation>
    </message>
    <message>
        <source>Week of {start} to {end}</source>
        <translation>Semana del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>CaptureCommitmentDialog</name>
    <message>
        <source>Commitment from the notes</source>
        <translation>Compromiso a partir de las notas</translation>
    </message>
    <message>
        <source>Ours — we promised</source>
        <translation>Nuestro: lo prometimos nosotros</translation>
    </message>
    <message>
        <source>Theirs — they promised</source>
        <translation>Suyo: lo prometieron ellos</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Qué se prometió</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation>&amp;Quién lo prometió</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Q&amp;ué</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Read “{phrase}” as {date}.</source>
        <translation>Se leyó «{phrase}» como {date}.</translation>
    </message>
    <message>
        <source>“{phrase}” is not a date that could be read; no due date set.</source>
        <translation>«{phrase}» no es una fecha legible; no se fijó fecha límite.</translation>
    </message>
    <message>
        <source>No date found in “{text}”.</source>
        <translation>No se encontró ninguna fecha en «{text}».</translation>
    </message>
</context>
<context>
    <name>CommitmentCapture</name>
    <message>
        <source>Co&amp;mmitment from Line…</source>
        <translation>Co&amp;mpromiso desde la línea…</translation>
    </message>
    <message>
        <source>Records the selected text or the current line as a commitment</source>
        <translation>Registra el texto seleccionado o la línea actual como compromiso</translation>
    </message>
    <message>
        <source>→ commitment</source>
        <translation>→ compromiso</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <source>Ours — we promised</source>
        <translation>Nuestro: lo prometimos nosotros</translation>
    </message>
    <message>
        <source>Theirs — they promised</source>
        <translation>Suyo: lo prometieron ellos</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Qué se prometió</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation>&amp;Quién lo prometió</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Q&amp;ué</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>CommitmentsCalendar</name>
    <message>
        <source>{count} we owe</source>
        <translation>debemos: {count}</translation>
    </message>
    <message>
        <source>{count} they owe</source>
        <translation>nos deben: {count}</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>vencidos: {count}</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>cumplidos: {count}</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} reuniones</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>We</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>They</source>
        <translation>Ellos</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Marcar c&amp;umplido</translation>
    </message>
    <message>
        <source>Mark done today (Ctrl+D)</source>
        <translation>Marcar como cumplido hoy (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Desc&amp;artar</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Re&amp;programar…</translation>
    </message>
    <message>
        <source>Dra&amp;ft e-mail…</source>
        <translation>Redac&amp;tar correo…</translation>
    </message>
    <message>
        <source>A reminder of their promise, or a report on ours; sending it is recorded</source>
        <translation>Un recordatorio de su compromiso o un informe sobre el nuestro; el envío queda registrado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Cumplido el {date}</translation>
    </message>
    <message>
        <source>moved once</source>
        <translation>aplazado una vez</translation>
    </message>
    <message>
        <source>moved {n} times</source>
        <translation>aplazado {n} veces</translation>
    </message>
    <message>
        <source>first due {day}, {moved}</source>
        <translation>vencía el {day}, {moved}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importar contactos de un archivo CSV</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>&amp;Hide columns that are empty in every row</source>
        <translation>&amp;Ocultar las columnas vacías en todas las filas</translation>
    </message>
    <message>
        <source>Columns: what each one becomes</source>
        <translation>Columnas: en qué se convierte cada una</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>{count} (the header is on line {line})</source>
        <translation>{count} (el encabezado está en la línea {line})</translation>
    </message>
    <message>
        <source>Preview: the first {count} rows, as the file has them</source>
        <translation>Vista previa: las primeras {count} filas, tal como están en el archivo</translation>
    </message>
    <message>
        <source>&amp;Hide the {count} columns that are empty in every row</source>
        <translation>&amp;Ocultar las {count} columnas vacías en todas las filas</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Este archivo no se puede importar: {reason}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>(empty in every row)</source>
        <translation>(vacía en todas las filas)</translation>
    </message>
    <message>
        <source>Import column {header} as</source>
        <translation>Importar la columna {header} como</translation>
    </message>
    <message>
        <source>Checking what the import would do…</source>
        <translation>Comprobando lo que haría la importación…</translation>
    </message>
    <message>
        <source>With these columns the file cannot be imported: {reason}</source>
        <translation>Con estas columnas, el archivo no se puede importar: {reason}</translation>
    </message>
    <message>
        <source>Importing would create {partners} and {people}.</source>
        <translation>La importación crearía {partners} y {people}.</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 socio</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} socios</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>It would update {people}.</source>
        <translation>Actualizaría {people}.</translation>
    </message>
    <message>
        <source>1 partner row</source>
        <translation>1 fila de socio</translation>
    </message>
    <message>
        <source>{n} partner rows</source>
        <translation>{n} filas de socios</translation>
    </message>
    <message>
        <source>It would skip {what}.</source>
        <translation>Omitiría {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>— Don&apos;t import —</source>
        <translation>— No importar —</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role in the partnership</source>
        <translation>Papel en la alianza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Side (ours or theirs)</source>
        <translation>Lado (nuestro o suyo)</translation>
    </message>
    <message>
        <source>PartnerDesk id (uuid)</source>
        <translation>Identificador de PartnerDesk (uuid)</translation>
    </message>
    <message>
        <source>Organization (partner)</source>
        <translation>Organización (socio)</translation>
    </message>
    <message>
        <source>Partner website</source>
        <translation>Sitio web del socio</translation>
    </message>
    <message>
        <source>Partner sector</source>
        <translation>Sector del socio</translation>
    </message>
    <message>
        <source>Partner address</source>
        <translation>Dirección del socio</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ciudad del socio</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>País del socio</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <source>Partner stage</source>
        <translation>Etapa del socio</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Ours</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ellos</translation>
    </message>
</context>
<context>
    <name>DraftCommands</name>
    <message>
        <source>Cannot draft the e-mail</source>
        <translation>No se puede redactar el correo</translation>
    </message>
    <message>
        <source>The template needs fixing (Edit ▸ E-mail Templates): {reason}</source>
        <translation>Hay que corregir la plantilla (Edición ▸ Plantillas de correo): {reason}</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Follow-up e-mail</source>
        <translation>Correo de seguimiento</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>&amp;Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the subject and body to the clipboard</source>
        <translation>Copia el asunto y el texto al portapapeles</translation>
    </message>
    <message>
        <source>No mail app could be opened. Use Copy and paste the e-mail instead.</source>
        <translation>No se pudo abrir ningún programa de correo. Use Copiar y pegue el correo.</translation>
    </message>
    <message>
        <source>Opened in your mail app.</source>
        <translation>Abierto en su programa de correo.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail.</source>
        <translation>Copiado. Péguelo en su correo.</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message>
        <source>Thank you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Where are we on…?</source>
        <translation>¿En qué punto estamos…?</translation>
    </message>
    <message>
        <source>Reminder of their commitment</source>
        <translation>Recordatorio de su compromiso</translation>
    </message>
    <message>
        <source>Report on our commitments</source>
        <translation>Informe sobre nuestros compromisos</translation>
    </message>
    <message>
        <source>Their person&apos;s full name</source>
        <translation>Nombre completo de su contacto</translation>
    </message>
    <message>
        <source>Their person&apos;s e-mail address</source>
        <translation>Dirección de correo de su contacto</translation>
    </message>
    <message>
        <source>The partner organization</source>
        <translation>La organización socia</translation>
    </message>
    <message>
        <source>Who signs the e-mail on our side</source>
        <translation>Quién firma el correo por nuestra parte</translation>
    </message>
    <message>
        <source>Date of the meeting, written out</source>
        <translation>Fecha de la reunión, escrita con letras</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <source>The initiative asked about</source>
        <translation>La iniciativa por la que se pregunta</translation>
    </message>
    <message>
        <source>Its goal, as written on the initiative</source>
        <translation>Su objetivo, tal como figura en la iniciativa</translation>
    </message>
    <message>
        <source>Its next check-in date, written out</source>
        <translation>Su próxima fecha de seguimiento, escrita con letras</translation>
    </message>
    <message>
        <source>The commitment this e-mail is about</source>
        <translation>El compromiso del que trata este correo</translation>
    </message>
    <message>
        <source>Its agreed date, written out</source>
        <translation>Su fecha acordada, escrita con letras</translation>
    </message>
    <message>
        <source>Our open commitments: each has description and due</source>
        <translation>Nuestros compromisos abiertos: cada uno tiene description y due</translation>
    </message>
    <message>
        <source>Our delivered commitments: each has description and done</source>
        <translation>Nuestros compromisos cumplidos: cada uno tiene description y done</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>Thank you{% if meeting_date %} for our meeting on {{ meeting_date }}{% endif %}</source>
        <translation>Gracias{% if meeting_date %} por nuestra reunión del {{ meeting_date }}{% endif %}</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or &quot;colleagues&quot; }},

Thank you for taking the time to meet with us{% if meeting_date %} on {{ meeting_date }}{% endif %}. It was a pleasure to hear about your priorities{% if partner_name %} at {{ partner_name }}{% endif %}, and I left our conversation encouraged about what we can do together.
{% if our_open_commitments %}

As promised, we will follow up on:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (by {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

I look forward to staying in touch.

Warm regards,
{{ signer_name }}
</source>
        <translation>{{ (&quot;Estimado/a &quot; ~ recipient_name) if recipient_name else &quot;Estimados colegas&quot; }}:

Muchas gracias por dedicarnos su tiempo{% if meeting_date %} el {{ meeting_date }}{% endif %}. Fue un placer conocer de primera mano sus prioridades{% if partner_name %} en {{ partner_name }}{% endif %}, y la conversación nos dejó con grandes expectativas sobre lo que podemos lograr juntos.
{% if our_open_commitments %}

Tal como nos comprometimos, daremos seguimiento a:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (para el {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

Quedo a su disposición para seguir en contacto.

Un cordial saludo,
{{ signer_name }}
</translation>
    </message>
    <message>
        <source>Where are we on {{ initiative_name or &quot;our work together&quot; }}?</source>
        <translation>¿En qué punto estamos con {{ initiative_name or &quot;nuestro trabajo conjunto&quot; }}?</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or &quot;colleagues&quot; }},

How are you? I hope all is well{% if partner_name %} at {{ partner_name }}{% endif %}.

I wanted to check in: where are we on {{ initiative_name or &quot;our work together&quot; }}?
{% if initiative_goal %}
As a reminder, the goal we set together: {{ initiative_goal }}
{% endif %}

If anything is holding things up, or if there is something we can do on our side, please let me know.

With best wishes,
{{ signer_name }}
</source>
        <translation>{{ (&quot;Estimado/a &quot; ~ recipient_name) if recipient_name else &quot;Estimados colegas&quot; }}:

¿Cómo está? Espero que todo vaya bien{% if partner_name %} en {{ partner_name }}{% endif %}.

Le escribo para hacer un breve seguimiento: ¿en qué punto estamos con {{ initiative_name or &quot;nuestro trabajo conjunto&quot; }}?
{% if initiative_goal %}
Le recuerdo el objetivo que fijamos juntos: {{ initiative_goal }}
{% endif %}

Si algo está frenando el avance, o si hay algo que podamos hacer por nuestra parte, no dude en decírmelo.

Con mis mejores deseos,
{{ signer_name }}
</translation>
    </message>
    <message>
        <source>Following up on what we agreed</source>
        <translation>Seguimiento de lo acordado</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or &quot;colleagues&quot; }},

I hope you are well. A gentle reminder about what we agreed{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}:

{{ commitment_description }}
{% if commitment_due %}

We had planned it for {{ commitment_due }}.
{% endif %}

Is there anything you need from us to move it forward? A short note on where things stand would be very helpful.

Thank you, and warm regards,
{{ signer_name }}
</source>
        <translation>{{ (&quot;Estimado/a &quot; ~ recipient_name) if recipient_name else &quot;Estimados colegas&quot; }}:

Espero que se encuentre bien. Le escribo para recordarle amablemente lo que acordamos{% if meeting_date %} en nuestra reunión del {{ meeting_date }}{% endif %}:

{{ commitment_description }}
{% if commitment_due %}

Lo habíamos previsto para el {{ commitment_due }}.
{% endif %}

¿Necesita algo de nuestra parte para avanzar? Unas líneas sobre cómo van las cosas nos serían de gran ayuda.

Muchas gracias y un cordial saludo,
{{ signer_name }}
</translation>
    </message>
    <message>
        <source>An update on our commitments{% if partner_name %} to {{ partner_name }}{% endif %}</source>
        <translation>Novedades sobre nuestros compromisos{% if partner_name %} con {{ partner_name }}{% endif %}</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or &quot;colleagues&quot; }},

I wanted to give you a short update on what we promised{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}.
{% if our_done_commitments %}

Done:
{% for item in our_done_commitments %}
- {{ item.description }}{% if item.done %} ({{ item.done }}){% endif %}

{% endfor %}
{% endif %}
{% if our_open_commitments %}

Under way:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (by {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

Please let me know if there is anything else we can do.

Warm regards,
{{ signer_name }}
</source>
        <translation>{{ (&quot;Estimado/a &quot; ~ recipient_name) if recipient_name else &quot;Estimados colegas&quot; }}:

Le escribo para ponerle al día brevemente sobre lo que nos comprometimos a hacer{% if meeting_date %} en nuestra reunión del {{ meeting_date }}{% endif %}.
{% if our_done_commitments %}

Completado:
{% for item in our_done_commitments %}
- {{ item.description }}{% if item.done %} ({{ item.done }}){% endif %}

{% endfor %}
{% endif %}
{% if our_open_commitments %}

En curso:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (para el {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

Si hay algo más que podamos hacer, no dude en decírmelo.

Un cordial saludo,
{{ signer_name }}
</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The backup {name} failed its check: {problem}</source>
        <translation>La copia de seguridad {name} no superó la comprobación: {problem}</translation>
    </message>
    <message>
        <source>Could not write the backup {name}: {reason}</source>
        <translation>No se pudo escribir la copia de seguridad {name}: {reason}</translation>
    </message>
    <message>
        <source>No partner is named &quot;{name}&quot;.</source>
        <translation>Ningún socio se llama «{name}».</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; matches more than one partner: {matches}</source>
        <translation>«{name}» coincide con más de un socio: {matches}</translation>
    </message>
    <message>
        <source>There is no partner with uuid {uuid}.</source>
        <translation>No existe ningún socio con el uuid {uuid}.</translation>
    </message>
    <message>
        <source>There is no {what} {id} in the Trash.</source>
        <translation>En la papelera no hay ningún elemento «{what}» {id}.</translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>No existe ningún elemento «{what}» con el id {id}.</translation>
    </message>
    <message>
        <source>An initiative needs a partner.</source>
        <translation>Una iniciativa necesita un socio.</translation>
    </message>
    <message>
        <source>A role is too long ({length} characters; at most {limit}).</source>
        <translation>Un rol es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>{name} is one of our people.</source>
        <translation>{name} es una de nuestras personas.</translation>
    </message>
    <message>
        <source>{name} is not one of our people.</source>
        <translation>{name} no es una de nuestras personas.</translation>
    </message>
    <message>
        <source>{name} works for another partner, not the one of this initiative.</source>
        <translation>{name} trabaja para otro socio, no para el de esta iniciativa.</translation>
    </message>
    <message>
        <source>{name} is already {size}: the top of the ladder.</source>
        <translation>{name} ya está en el nivel «{size}», el más alto de la escala.</translation>
    </message>
    <message>
        <source>These two people are not paired on this initiative.</source>
        <translation>Estas dos personas no forman pareja en esta iniciativa.</translation>
    </message>
    <message>
        <source>That person is not a member of this initiative.</source>
        <translation>Esa persona no es miembro de esta iniciativa.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Describa la necesidad.</translation>
    </message>
    <message>
        <source>{name} cannot be merged with themself.</source>
        <translation>No se puede fusionar el registro de {name} consigo mismo.</translation>
    </message>
    <message>
        <source>{kept} and {duplicate} cannot be merged: in “{initiative}” {reason} Unpair one of them there first.</source>
        <translation>No se puede fusionar a {kept} y {duplicate}: en «{initiative}», {reason} Separe antes a una de las dos personas allí.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>Indique qué se prometió.</translation>
    </message>
    <message>
        <source>There is no notebook at {path}.</source>
        <translation>No hay ningún cuaderno en {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PartnerDesk notebook.</source>
        <translation>{path} es una carpeta, no un cuaderno de PartnerDesk.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a PartnerDesk notebook (not an SQLite file).</source>
        <translation>{name} no es un cuaderno de PartnerDesk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({reason}). It was left as it is; restore a backup instead.</source>
        <translation>{name} está dañado y no se puede abrir ({reason}). Se ha dejado tal como estaba; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>{name} is an SQLite database, but not a PartnerDesk notebook. It was left as it is.</source>
        <translation>{name} es una base de datos SQLite, pero no un cuaderno de PartnerDesk. Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of PartnerDesk (schema {revision}). Update PartnerDesk to open it; the file was left as it is.</source>
        <translation>{name} se creó con una versión más reciente de PartnerDesk (esquema {revision}). Actualice PartnerDesk para abrirlo; el archivo se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>No se puede crear {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} has {count} broken links after upgrading; restore the backup made before the upgrade.</source>
        <translation>{name} tiene vínculos rotos ({count}) tras la actualización; restaure la copia de seguridad hecha antes de actualizar.</translation>
    </message>
    <message>
        <source>{name} is already open in another PartnerDesk window. Switch to that window, or close it first.</source>
        <translation>{name} ya está abierto en otra ventana de PartnerDesk. Vaya a esa ventana o ciérrela primero.</translation>
    </message>
    <message>
        <source>{kept} and {duplicate} do not belong to the same organization: only two records of one person can be merged.</source>
        <translation>{kept} y {duplicate} no pertenecen a la misma organización: solo se pueden fusionar dos registros de una misma persona.</translation>
    </message>
    <message>
        <source>These fields cannot be merged: {fields}.</source>
        <translation>Estos campos no se pueden fusionar: {fields}.</translation>
    </message>
    <message>
        <source>{name} cannot be paired with themself.</source>
        <translation>Una persona no puede formar pareja consigo misma: {name}.</translation>
    </message>
    <message>
        <source>{name} is not a member of this initiative; add them as a member first.</source>
        <translation>{name} no es miembro de esta iniciativa; añada primero a esa persona como miembro.</translation>
    </message>
    <message>
        <source>{ours} and {theirs} are already paired.</source>
        <translation>{ours} y {theirs} ya forman pareja.</translation>
    </message>
    <message>
        <source>{ours} and {theirs} are both on our side: a pairing joins one of our people with one of theirs.</source>
        <translation>{ours} y {theirs} están ambos de nuestro lado: una pareja une a una de nuestras personas con una de las suyas.</translation>
    </message>
    <message>
        <source>{ours} and {theirs} are both on their side: a pairing joins one of our people with one of theirs.</source>
        <translation>{ours} y {theirs} están ambos de su lado: una pareja une a una de nuestras personas con una de las suyas.</translation>
    </message>
    <message>
        <source>{ours} is one of theirs and {theirs} one of ours: a pairing names our person first.</source>
        <translation>{ours} es de los suyos y {theirs} de los nuestros: una pareja nombra primero a nuestra persona.</translation>
    </message>
    <message>
        <source>Pairing {ours} with {theirs} would close a circle: they are already linked through {between}.</source>
        <translation>Emparejar a {ours} con {theirs} cerraría un círculo: ya están vinculados a través de {between}.</translation>
    </message>
    <message>
        <source>unknown name “{name}”</source>
        <translation>nombre desconocido «{name}»</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>Subject, line {line}: {problem}</source>
        <translation>Asunto, línea {line}: {problem}</translation>
    </message>
    <message>
        <source>Body, line {line}: {problem}</source>
        <translation>Texto, línea {line}: {problem}</translation>
    </message>
    <message>
        <source>Subject, {problem}</source>
        <translation>Asunto, {problem}</translation>
    </message>
    <message>
        <source>Body, {problem}</source>
        <translation>Texto, {problem}</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>El campo «{what}» no puede quedar vacío.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>El campo «{what}» es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The {what} contains a NUL character.</source>
        <translation>El campo «{what}» contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The {what} contains a character that is not valid Unicode (at position {position}, half of a surrogate pair).</source>
        <translation>El campo «{what}» contiene un carácter que no es Unicode válido (en la posición {position}, la mitad de un par sustituto).</translation>
    </message>
    <message>
        <source>The {what} is too long ({length:,} characters; at most {limit:,}).</source>
        <translation>El campo «{what}» es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {path}: the PDF could not be started.</source>
        <translation>No se pudo escribir {path}: no se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file for the backup.</source>
        <translation>{path} ya existe; elija un archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>{name} is the notebook itself, not a backup of it.</source>
        <translation>{name} es el propio cuaderno, no una copia de seguridad suya.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {reason}</source>
        <translation>{name} no se puede restaurar: {reason}</translation>
    </message>
    <message>
        <source>Could not close {name} to replace it: {reason}</source>
        <translation>No se pudo cerrar {name} para sustituirlo: {reason}</translation>
    </message>
    <message>
        <source>{name} is still being written by another program; close it there and restore again. Nothing was changed.</source>
        <translation>Otro programa sigue escribiendo en {name}; ciérrelo allí y vuelva a restaurar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not write the restored notebook: {reason}</source>
        <translation>No se pudo escribir el cuaderno restaurado: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be restored: it is damaged ({reason}).</source>
        <translation>{name} no se puede restaurar: está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Cannot keep backups in {folder}: it is a file, not a folder.</source>
        <translation>No se pueden guardar copias de seguridad en {folder}: es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>No se puede crear {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative: give how many places, 0 when full, or leave it empty.</source>
        <translation>La capacidad no puede ser negativa: indique cuántas plazas hay, 0 si está completa, o déjela vacía.</translation>
    </message>
    <message>
        <source>There is no need with id {id}.</source>
        <translation>No hay ninguna necesidad con el identificador {id}.</translation>
    </message>
    <message>
        <source>There is no offer with id {id}.</source>
        <translation>No hay ninguna oferta con el identificador {id}.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exportar {format}</translation>
    </message>
    <message>
        <source>Exported {counts} to {name}.</source>
        <translation>Exportado a {name}: {counts}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>nombre del socio</translation>
    </message>
    <message>
        <source>initiative name</source>
        <translation>nombre de la iniciativa</translation>
    </message>
    <message>
        <source>offer name</source>
        <translation>nombre de la oferta</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>competencias</translation>
    </message>
    <message>
        <source>season</source>
        <translation>temporada</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>preferencia</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo del mensaje</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marca como hecho el seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>Hide the selected follow-up for a while</source>
        <translation>Oculta el seguimiento seleccionado durante un tiempo</translation>
    </message>
    <message>
        <source>Dr&amp;aft e-mail…</source>
        <translation>Re&amp;dactar correo…</translation>
    </message>
    <message>
        <source>The e-mail this follow-up calls for; sending it marks the follow-up done</source>
        <translation>El correo que requiere este seguimiento; al enviarlo, el seguimiento queda hecho</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open what the selected follow-up is about (Enter)</source>
        <translation>Abre aquello de lo que trata el seguimiento seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Showing the first {count} follow-ups.</source>
        <translation>Se muestran los {count} primeros seguimientos.</translation>
    </message>
    <message>
        <source>For &amp;1 day</source>
        <translation>Durante &amp;1 día</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>Durante 1 &amp;semana</translation>
    </message>
    <message>
        <source>For &amp;{count} days</source>
        <translation>Durante &amp;{count} días</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Thank them for meeting in person</source>
        <translation>Agradecerles la reunión en persona</translation>
    </message>
    <message>
        <source>Thank them for the meeting: {subject}</source>
        <translation>Agradecerles la reunión: {subject}</translation>
    </message>
    <message>
        <source>Check the open commitments after meeting in person</source>
        <translation>Revisar los compromisos abiertos tras la reunión en persona</translation>
    </message>
    <message>
        <source>Check the open commitments after: {subject}</source>
        <translation>Revisar los compromisos abiertos tras: {subject}</translation>
    </message>
    <message>
        <source>Nudge {number} of {count}: {subject}</source>
        <translation>Recordatorio {number} de {count}: {subject}</translation>
    </message>
    <message>
        <source>Escalate, still not done after {count} nudges: {subject}</source>
        <translation>Escalar, sigue sin hacerse tras {count} recordatorios: {subject}</translation>
    </message>
    <message>
        <source>Check in on the initiative: {subject}</source>
        <translation>Hacer seguimiento de la iniciativa: {subject}</translation>
    </message>
    <message>
        <source>{day} (1 day late)</source>
        <translation>{day} (1 día de retraso)</translation>
    </message>
    <message>
        <source>{day} ({count} days late)</source>
        <translation>{day} ({count} días de retraso)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <source>Gaps — needs nothing fills yet</source>
        <translation>Carencias: necesidades que ninguna oferta cubre todavía</translation>
    </message>
    <message>
        <source>Talent and skills</source>
        <translation>Talento y competencias</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Needs nothing fills yet</source>
        <translation>Necesidades que nada cubre todavía</translation>
    </message>
    <message>
        <source>&amp;Open Partner</source>
        <translation>&amp;Abrir socio</translation>
    </message>
    <message>
        <source>Open the partner at this need (Enter)</source>
        <translation>Abre el socio de esta necesidad (Intro)</translation>
    </message>
    <message>
        <source>Looking for needs that no offer fills…</source>
        <translation>Buscando necesidades que ninguna oferta cubre…</translation>
    </message>
    <message>
        <source>The gaps could not be read: {reason}</source>
        <translation>No se pudieron leer las carencias: {reason}</translation>
    </message>
    <message>
        <source>Every open talent and skills need has an offer that could fill it.</source>
        <translation>Todas las necesidades abiertas de talento y competencias tienen una oferta que podría cubrirlas.</translation>
    </message>
    <message>
        <source>1 open need</source>
        <translation>1 necesidad abierta</translation>
    </message>
    <message>
        <source>{count} open needs</source>
        <translation>{count} necesidades abiertas</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 socio</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>{count} socios</translation>
    </message>
    <message>
        <source>{needs} at {partners} that no offer fills yet, {high} of high priority. Enter opens the partner.</source>
        <translation>{needs} de {partners} todavía sin oferta; {high} de prioridad alta. Intro abre el socio.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import {format}</source>
        <translation>Importar {format}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Imported {name}: {summary}</source>
        <translation>Importado {name}: {summary}</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>{name} is imported.</source>
        <translation>{name} se ha importado.</translation>
    </message>
    <message>
        <source>A backup of the notebook as it was is in its backups folder.</source>
        <translation>Hay una copia de seguridad del cuaderno tal como estaba en su carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>Import {name}?</source>
        <translation>¿Importar {name}?</translation>
    </message>
    <message>
        <source>Import {name} into this notebook?</source>
        <translation>¿Importar {name} en este cuaderno?</translation>
    </message>
    <message>
        <source>A backup of the notebook is made first.</source>
        <translation>Antes se hace una copia de seguridad del cuaderno.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>No se puede importar {name}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>New initiative</source>
        <translation>Nueva iniciativa</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Editar iniciativa</translation>
    </message>
    <message>
        <source>An actionable goal: who does what by when</source>
        <translation>Un objetivo concreto: quién hace qué y para cuándo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin fecha objetivo</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ninguno previsto</translation>
    </message>
    <message>
        <source>Members from both sides</source>
        <translation>Miembros de ambas partes</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>nuestro</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>suyo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Fecha objetivo</translation>
    </message>
    <message>
        <source>Next &amp;check-in</source>
        <translation>&amp;Próximo seguimiento</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
</context>
<context>
    <name>InitiativeSize</name>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégica</translation>
    </message>
</context>
<context>
    <name>InitiativeStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>P&amp;romote…</source>
        <translation>P&amp;romover…</translation>
    </message>
    <message>
        <source>Chec&amp;k-in E-mail…</source>
        <translation>Correo de se&amp;guimiento…</translation>
    </message>
    <message>
        <source>Draft a “Where are we on …?” e-mail</source>
        <translation>Redactar un correo «¿En qué punto estamos…?»</translation>
    </message>
    <message>
        <source>Not promoted</source>
        <translation>No se promovió</translation>
    </message>
    <message>
        <source>Promote to {size}?</source>
        <translation>¿Promover a «{size}»?</translation>
    </message>
    <message>
        <source>Start small: {kept} of {counted} commitments kept on time; promote anyway?</source>
        <translation>Conviene empezar con poco: se han cumplido a tiempo {kept} de {counted} compromisos. ¿Promoverla de todos modos?</translation>
    </message>
    <message>
        <source>{ours} ours · {theirs} theirs</source>
        <translation>nuestros: {ours} · suyos: {theirs}</translation>
    </message>
    <message>
        <source>Move up to {size}</source>
        <translation>Subir a «{size}»</translation>
    </message>
    <message>
        <source>Already at the top of the ladder</source>
        <translation>Ya está en el nivel más alto de la escala</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — PartnerDesk</source>
        <translation>{name} — PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Some of your typing could not be saved (see the status bar). Close anyway and lose it?</source>
        <translation>Parte de lo que escribió no se pudo guardar (vea la barra de estado). ¿Cerrar de todos modos y perderlo?</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message>
        <source>category {name}</source>
        <translation>categoría {name}</translation>
    </message>
    <message>
        <source>related category</source>
        <translation>categoría afín</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>skills: {list}</source>
        <translation>competencias: {list}</translation>
    </message>
    <message>
        <source>words: {list}</source>
        <translation>palabras: {list}</translation>
    </message>
    <message>
        <source>close: {pairs}</source>
        <translation>parecidas: {pairs}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Partner name or the start of it</source>
        <translation>Nombre del socio o su comienzo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>At &amp;their premises</source>
        <translation>En sus &amp;instalaciones</translation>
    </message>
    <message>
        <source>Their people</source>
        <translation>Sus personas</translation>
    </message>
    <message>
        <source>Our people</source>
        <translation>Nuestras personas</translation>
    </message>
    <message>
        <source>T&amp;heirs</source>
        <translation>S&amp;uyas</translation>
    </message>
    <message>
        <source>O&amp;urs</source>
        <translation>&amp;Nuestras</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Name the partner the meeting is with.</source>
        <translation>Indique el socio con el que es la reunión.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MeetingTemplate</name>
    <message>
        <source>Their needs and concerns</source>
        <translation>Sus necesidades e inquietudes</translation>
    </message>
    <message>
        <source>Talent and skills they seek</source>
        <translation>Talento y competencias que buscan</translation>
    </message>
    <message>
        <source>What we can offer</source>
        <translation>Lo que podemos ofrecer</translation>
    </message>
    <message>
        <source>Commitments — ours</source>
        <translation>Compromisos — nuestros</translation>
    </message>
    <message>
        <source>Commitments — theirs</source>
        <translation>Compromisos — suyos</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
</context>
<context>
    <name>MeetingTitle</name>
    <message>
        <source>Meeting with {partner}</source>
        <translation>Reunión con {partner}</translation>
    </message>
    <message>
        <source>Video call with {partner}</source>
        <translation>Videollamada con {partner}</translation>
    </message>
    <message>
        <source>Phone call with {partner}</source>
        <translation>Llamada con {partner}</translation>
    </message>
    <message>
        <source>E-mail exchange with {partner}</source>
        <translation>Intercambio de correos con {partner}</translation>
    </message>
    <message>
        <source>Event with {partner}</source>
        <translation>Evento con {partner}</translation>
    </message>
    <message>
        <source>Note on {partner}</source>
        <translation>Nota sobre {partner}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>E-mail exchange</source>
        <translation>Intercambio de correos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the meeting&apos;s date, mode, place and attendees</source>
        <translation>Editar la fecha, la modalidad, el lugar y los asistentes de la reunión</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>Move meeting to Trash</source>
        <translation>Mover la reunión a la papelera</translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation>Escriba en las notas</translation>
    </message>
    <message>
        <source>Meeting not deleted</source>
        <translation>No se eliminó la reunión</translation>
    </message>
    <message>
        <source>No meetings yet. Press New meeting to log one.</source>
        <translation>Todavía no hay reuniones. Pulse Nueva reunión para registrar una.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>at their premises</source>
        <translation>en sus instalaciones</translation>
    </message>
    <message>
        <source>Attendees: none recorded</source>
        <translation>Asistentes: ninguno registrado</translation>
    </message>
    <message>
        <source>Theirs: {names}</source>
        <translation>Suyos: {names}</translation>
    </message>
    <message>
        <source>Ours: {names}</source>
        <translation>Nuestros: {names}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» con «%2»</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Fusionar personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Keep one record. The other goes to the Trash once its meetings, commitments, initiatives and pairings have moved to the one kept. Edit ▸ Undo puts everything back.</source>
        <translation>Conserve un registro. El otro irá a la papelera cuando sus reuniones, compromisos, iniciativas y parejas hayan pasado al que se conserva. Edición ▸ Deshacer lo devuelve todo a su sitio.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Both records hold the same details.</source>
        <translation>Los dos registros tienen los mismos datos.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>NeedCapture</name>
    <message>
        <source>Record as N&amp;eed…</source>
        <translation>Registrar como necesi&amp;dad…</translation>
    </message>
    <message>
        <source>Records the selected text or the current line in the partner&apos;s needs</source>
        <translation>Registra el texto seleccionado o la línea actual entre las necesidades del socio</translation>
    </message>
    <message>
        <source>Need from the notes</source>
        <translation>Necesidad a partir de las notas</translation>
    </message>
</context>
<context>
    <name>NeedCategory</name>
    <message>
        <source>Talent</source>
        <translation>Talento</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>New need</source>
        <translation>Nueva necesidad</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Editar necesidad</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna por ahora</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Necesidad</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Addressed by</source>
        <translation>&amp;Atendida por</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Ninguna reunión</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>De la reunión</translation>
    </message>
</context>
<context>
    <name>NeedMatchesPanel</name>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Offers that could fill this need</source>
        <translation>Ofertas que podrían cubrir esta necesidad</translation>
    </message>
    <message>
        <source>Select a talent or skills need to see our offers.</source>
        <translation>Seleccione una necesidad de talento o de competencias para ver nuestras ofertas.</translation>
    </message>
    <message>
        <source>Offers are matched to open talent and skills needs.</source>
        <translation>Las ofertas se cotejan con las necesidades abiertas de talento y de competencias.</translation>
    </message>
    <message>
        <source>Offers that could fill this need, best first ({count}):</source>
        <translation>Ofertas que podrían cubrir esta necesidad, de mejor a peor ({count}):</translation>
    </message>
    <message>
        <source>No offer of ours fills this need yet: it is a gap (View ▸ Gaps).</source>
        <translation>Ninguna de nuestras ofertas cubre todavía esta necesidad: es una carencia (Ver ▸ Carencias).</translation>
    </message>
</context>
<context>
    <name>NeedStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>De la reunión</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Atendida por</translation>
    </message>
</context>
<context>
    <name>NotebookRecovery</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Restore the backup of {when} ({partners} partners, {meetings} meetings)? This file is moved aside first: it is kept beside the notebook, not deleted.</source>
        <translation>¿Restaurar la copia de seguridad del {when} ({partners} socios, {meetings} reuniones)? Antes se aparta este archivo: se conserva junto al cuaderno, no se elimina.</translation>
    </message>
    <message>
        <source>Restore the Backup of {when}</source>
        <translation>Restaurar la copia del {when}</translation>
    </message>
    <message>
        <source>There is no sound backup of this notebook to restore.</source>
        <translation>No hay ninguna copia de seguridad en buen estado de este cuaderno para restaurar.</translation>
    </message>
    <message>
        <source>Open Another Notebook…</source>
        <translation>Abrir otro cuaderno…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>Abrir cuaderno</translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk);;All files (*)</source>
        <translation>Cuadernos de PartnerDesk (*.partnerdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restored the backup {backup}.</source>
        <translation>Se ha restaurado la copia de seguridad {backup}.</translation>
    </message>
    <message>
        <source>The file it replaced was moved aside to {path}.</source>
        <translation>El archivo que sustituyó se ha apartado en {path}.</translation>
    </message>
    <message>
        <source>The notebook as it was is backed up in {name}.</source>
        <translation>El cuaderno tal como estaba se ha guardado en la copia {name}.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Meeting notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Choose or create a meeting to take notes.</source>
        <translation>Elija o cree una reunión para tomar notas.</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Encabezado</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Body &amp;text</source>
        <translation>&amp;Texto normal</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>B&amp;ullet list</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Lista n&amp;umerada</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Lista de co&amp;mprobación</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Ctrl+Return ticks or unticks the item at the cursor</source>
        <translation>Ctrl+Intro marca o desmarca el elemento donde está el cursor</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>En&amp;lace…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Web or e-mail address (empty removes the link):</source>
        <translation>Dirección web o de correo (vacía, quita el enlace):</translation>
    </message>
</context>
<context>
    <name>NotesTextEdit</name>
    <message>
        <source>Ctrl+click to open the link</source>
        <translation>Ctrl+clic para abrir el enlace</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Abrir enlace</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>New offer</source>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Editar oferta</translation>
    </message>
    <message>
        <source>e.g. Data Science Certificate</source>
        <translation>p. ej., Certificado en Ciencia de Datos</translation>
    </message>
    <message>
        <source>comma-separated: Python, SQL, machine learning</source>
        <translation>separadas por comas: Python, SQL, aprendizaje automático</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>How many places or people; 0 when full</source>
        <translation>Cuántas plazas o personas; 0 si está completa</translation>
    </message>
    <message>
        <source>e.g. Fall and Spring, Year-round</source>
        <translation>p. ej., Otoño y primavera, Todo el año</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Fills &amp;needs of</source>
        <translation>&amp;Cubre necesidades de</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>Co&amp;mpetencias</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Ca&amp;pacidad</translation>
    </message>
    <message>
        <source>S&amp;eason</source>
        <translation>T&amp;emporada</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>OfferKind</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Student cohort</source>
        <translation>Cohorte de estudiantes</translation>
    </message>
    <message>
        <source>Internship scheme</source>
        <translation>Programa de prácticas</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Faculty expertise</source>
        <translation>Experiencia del profesorado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <source>Our offers</source>
        <translation>Nuestras ofertas</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fills needs of</source>
        <translation>Cubre necesidades de</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Partners who need this offer</source>
        <translation>Socios que necesitan esta oferta</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move the offer to the Trash (Ctrl+Z brings it back)</source>
        <translation>Mueve la oferta a la papelera (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>&amp;Open Partner</source>
        <translation>&amp;Abrir socio</translation>
    </message>
    <message>
        <source>Open the partner with the selected need (Enter)</source>
        <translation>Abre el socio de la necesidad seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Looking for the needs “{offer}” could fill…</source>
        <translation>Buscando las necesidades que podría cubrir «{offer}»…</translation>
    </message>
    <message>
        <source>The needs could not be read: {reason}</source>
        <translation>No se pudieron leer las necesidades: {reason}</translation>
    </message>
    <message>
        <source>Select an offer to see who needs it.</source>
        <translation>Seleccione una oferta para ver quién la necesita.</translation>
    </message>
    <message>
        <source>No open talent or skills need matches “{offer}” yet.</source>
        <translation>Todavía no hay ninguna necesidad abierta de talento o de competencias que encaje con «{offer}».</translation>
    </message>
    <message>
        <source>{count} open needs “{offer}” could fill; the best {shown} shown:</source>
        <translation>«{offer}» podría cubrir {count} necesidades abiertas; se muestran las {shown} mejores:</translation>
    </message>
    <message>
        <source>Open needs “{offer}” could fill, best first ({count}):</source>
        <translation>Necesidades abiertas que podría cubrir «{offer}», de mejor a peor ({count}):</translation>
    </message>
</context>
<context>
    <name>OnTimeChart</name>
    <message>
        <source>{month}: {kept} of {counted}</source>
        <translation>{month}: {kept} de {counted}</translation>
    </message>
    <message>
        <source>{month}: nothing due</source>
        <translation>{month}: nada vencía</translation>
    </message>
</context>
<context>
    <name>OurPromisesDialog</name>
    <message>
        <source>Our promises</source>
        <translation>Nuestras promesas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Our open commitments by owner</source>
        <translation>Nuestros compromisos abiertos, por responsable</translation>
    </message>
    <message>
        <source>Our promises kept on time, by the month they were due</source>
        <translation>Nuestras promesas cumplidas a tiempo, por mes de vencimiento</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue. In the last 12 months we kept {kept} of {counted} on time.</source>
        <translation>Abiertos: {open}; vencidos: {overdue}. En los últimos 12 meses cumplimos a tiempo {kept} de {counted}.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie por ahora</translation>
    </message>
    <message>
        <source>comma-separated: internships, research</source>
        <translation>separadas por comas: prácticas, investigación</translation>
    </message>
    <message>
        <source>Who they are and why they matter (Markdown)</source>
        <translation>Quiénes son y por qué son importantes (Markdown)</translation>
    </message>
    <message>
        <source>What we offer them (Markdown)</source>
        <translation>Lo que les ofrecemos (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the partner&apos;s details (Ctrl+S)</source>
        <translation>Guarda los datos del socio (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Web</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Ciudad, país</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Resu&amp;men</translation>
    </message>
    <message>
        <source>What we o&amp;ffer</source>
        <translation>Lo que &amp;ofrecemos</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Sin guardar: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>PairingMap</name>
    <message>
        <source>Pairing map</source>
        <translation>Mapa de parejas</translation>
    </message>
    <message>
        <source>Our person to pair</source>
        <translation>Nuestra persona para emparejar</translation>
    </message>
    <message>
        <source>Their person to pair</source>
        <translation>Su persona para emparejar</translation>
    </message>
    <message>
        <source>P&amp;air</source>
        <translation>&amp;Emparejar</translation>
    </message>
    <message>
        <source>Pair the two people chosen on the left</source>
        <translation>Empareja a las dos personas elegidas a la izquierda</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;Separar</translation>
    </message>
    <message>
        <source>Unpair the selected pair (Delete)</source>
        <translation>Separa la pareja seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Select an initiative to see who works with whom.</source>
        <translation>Seleccione una iniciativa para ver quién trabaja con quién.</translation>
    </message>
    <message>
        <source>(in the Trash)</source>
        <translation>(en la papelera)</translation>
    </message>
    <message>
        <source>Pairing map — {name}</source>
        <translation>Mapa de parejas — {name}</translation>
    </message>
    <message>
        <source>No members yet: add people from both sides with Edit….</source>
        <translation>Todavía no hay miembros: añada personas de ambas partes con Editar….</translation>
    </message>
    <message>
        <source>{ours} of ours, {theirs} of theirs, {pairs} paired</source>
        <translation>{ours} de los nuestros, {theirs} de los suyos, emparejados: {pairs}</translation>
    </message>
    <message>
        <source>nobody of ours is on it yet</source>
        <translation>todavía no participa nadie de los nuestros</translation>
    </message>
    <message>
        <source>our side: {names} without a counterpart</source>
        <translation>nuestra parte: {names} sin pareja</translation>
    </message>
    <message>
        <source>nobody of theirs is on it yet</source>
        <translation>todavía no participa nadie de los suyos</translation>
    </message>
    <message>
        <source>their side: {names} without a counterpart</source>
        <translation>su parte: {names} sin pareja</translation>
    </message>
</context>
<context>
    <name>PairingMapModel</name>
    <message>
        <source>Our person</source>
        <translation>Nuestra persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Their person</source>
        <translation>Su persona</translation>
    </message>
    <message>
        <source>paired with</source>
        <translation>en pareja con</translation>
    </message>
    <message>
        <source>nobody of theirs paired</source>
        <translation>sin pareja de los suyos</translation>
    </message>
    <message>
        <source>nobody of ours paired</source>
        <translation>sin pareja de los nuestros</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editar socio</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie por ahora</translation>
    </message>
    <message>
        <source>internships, research, board</source>
        <translation>prácticas, investigación, patronato</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Web</translation>
    </message>
    <message>
        <source>&amp;Owner (ours)</source>
        <translation>&amp;Responsable (nuestro)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
</context>
<context>
    <name>PartnerHeader</name>
    <message>
        <source>owner: {name}</source>
        <translation>responsable: {name}</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable por ahora</translation>
    </message>
    <message>
        <source>No face-to-face meeting yet</source>
        <translation>Todavía no ha habido reuniones en persona</translation>
    </message>
    <message>
        <source>Last face-to-face: {day} ({days} days ago)</source>
        <translation>Última reunión en persona: {day} (hace {days} días)</translation>
    </message>
    <message>
        <source>We kept {ours_kept} of {ours_counted} on time · They kept {theirs_kept} of {theirs_counted}</source>
        <translation>Cumplimos a tiempo {ours_kept} de {ours_counted} · Ellos, {theirs_kept} de {theirs_counted}</translation>
    </message>
    <message>
        <source>Last 12 months: we {ours_kept} of {ours_counted} {ours_trend} · they {theirs_kept} of {theirs_counted} {theirs_trend}</source>
        <translation>Últimos 12 meses: nosotros {ours_kept} de {ours_counted} {ours_trend} · ellos {theirs_kept} de {theirs_counted} {theirs_trend}</translation>
    </message>
    <message>
        <source>Arrows compare with the 12 months before: ↑ better, ↓ worse, → about the same.</source>
        <translation>Las flechas comparan con los 12 meses anteriores: ↑ mejor, ↓ peor, → más o menos igual.</translation>
    </message>
    <message>
        <source>{last} · no meetings in the last 12 months</source>
        <translation>{last} · ninguna reunión en los últimos 12 meses</translation>
    </message>
    <message>
        <source>{last} · {in_person} of {meetings} meetings in person in 12 months ({percent}%) · {premises} at their premises</source>
        <translation>{last} · {in_person} de {meetings} reuniones en persona en 12 meses ({percent} %) · {premises} en su sede</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Centro educativo</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Últ. contacto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>El nombre del socio</translation>
    </message>
    <message>
        <source>Where the partnership stands</source>
        <translation>En qué punto está la relación</translation>
    </message>
    <message>
        <source>Date of the latest meeting, call or message, today or earlier</source>
        <translation>Fecha de la última reunión, llamada o mensaje, hoy o antes</translation>
    </message>
    <message>
        <source>Open commitments, ours and theirs</source>
        <translation>Compromisos abiertos, nuestros y suyos</translation>
    </message>
    <message>
        <source>Open commitments past their due date, ours and theirs</source>
        <translation>Compromisos abiertos que ya vencieron, nuestros y suyos</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>Explorando</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégico</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Centro educativo</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>⚠ {count}</source>
        <translation>⚠ {count}</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>No meeting recorded yet</source>
        <translation>Todavía no hay reuniones registradas</translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s), ours and theirs</source>
        <translation>
            <numerusform>%n compromiso abierto, nuestro o suyo</numerusform>
            <numerusform>%n compromisos abiertos, nuestros y suyos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last met today</source>
        <translation>Última reunión: hoy</translation>
    </message>
    <message numerus="yes">
        <source>Last met %n day(s) ago</source>
        <translation>
            <numerusform>Última reunión: hace %n día</numerusform>
            <numerusform>Última reunión: hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nada vencido</translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s) past their due date</source>
        <translation>
            <numerusform>%n compromiso abierto ya vencido</numerusform>
            <numerusform>%n compromisos abiertos ya vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerListPane</name>
    <message>
        <source>Filter partners (Ctrl+F)</source>
        <translation>Filtrar socios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Filtrar socios</translation>
    </message>
    <message>
        <source>Shows the partners whose name, city or sector contains every word typed. Down moves into the list, Escape clears.</source>
        <translation>Muestra los socios cuyo nombre, ciudad o sector contiene todas las palabras escritas. Flecha abajo entra en la lista; Esc borra el filtro.</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtro por etapa</translation>
    </message>
    <message>
        <source>Show only partners at this stage</source>
        <translation>Mostrar solo los socios en esta etapa</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>Show only partners of this kind</source>
        <translation>Mostrar solo los socios de este tipo</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro por etiqueta</translation>
    </message>
    <message>
        <source>Show only partners with this tag</source>
        <translation>Mostrar solo los socios con esta etiqueta</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>PartnerStage</name>
    <message>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>Explorando</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégico</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
</context>
<context>
    <name>PartnerWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Resu&amp;men</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Reuni&amp;ones</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Nee&amp;ds</source>
        <translation>Necesi&amp;dades</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Iniciativas</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Se&amp;guimientos</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge the two selected records of one person</source>
        <translation>Fusiona los dos registros seleccionados de una misma persona</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>champion, decision maker, HR lead…</source>
        <translation>promotor, decisor, responsable de RR. HH.…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Role in the partnership</source>
        <translation>Ro&amp;l en la alianza</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Pseudo-locale (longer text, to check layouts)</source>
        <translation>Pseudoidioma (textos más largos, para revisar el diseño)</translation>
    </message>
    <message>
        <source>A new language applies the next time PartnerDesk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie PartnerDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nueva fecha límite:</translation>
    </message>
</context>
<context>
    <name>SaveFailureBanner</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk or the notebook file is read-only</source>
        <translation>el disco o el archivo del cuaderno es de solo lectura</translation>
    </message>
    <message>
        <source>the notebook cannot be written</source>
        <translation>no se puede escribir en el cuaderno</translation>
    </message>
    <message>
        <source>Your notes are not being saved: {why}. PartnerDesk keeps them on screen and retries every few seconds.</source>
        <translation>Sus notas no se están guardando: {why}. PartnerDesk las mantiene en pantalla y vuelve a intentarlo cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Notes save status</source>
        <translation>Estado de guardado de las notas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Sin guardar: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search partners, people, meetings, commitments and needs…</source>
        <translation>Buscar socios, personas, reuniones, compromisos y necesidades…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Search {what} ({keys})</source>
        <translation>Buscar {what} ({keys})</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>en todo</translation>
    </message>
    <message>
        <source>Meetings and commitments from this day</source>
        <translation>Reuniones y compromisos desde este día</translation>
    </message>
    <message>
        <source>Meetings and commitments up to this day</source>
        <translation>Reuniones y compromisos hasta este día</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Type a few letters of any name or word in your notes.</source>
        <translation>Escriba algunas letras de cualquier nombre o palabra de sus notas.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words, or another kind or date.</source>
        <translation>No se ha encontrado nada. Pruebe con menos palabras o más cortas, o con otro tipo u otra fecha.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <source>{found} · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>{found} · ↑↓ para elegir · Intro para abrir · Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Bold, italic in notes</source>
        <translation>Negrita y cursiva en las notas</translation>
    </message>
    <message>
        <source>Commitment from the line of notes</source>
        <translation>Compromiso desde la línea de notas</translation>
    </message>
    <message>
        <source>Need from the line of notes</source>
        <translation>Necesidad desde la línea de notas</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Ours</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ellos</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>Plantillas de correo</translation>
    </message>
    <message>
        <source>Kinds of e-mail</source>
        <translation>Tipos de correo</translation>
    </message>
    <message>
        <source>Variables you may use</source>
        <translation>Variables disponibles</translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert into the body</source>
        <translation>Pulse Intro o haga doble clic para insertarla en el texto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Variables you may use:</source>
        <translation>&amp;Variables disponibles:</translation>
    </message>
    <message>
        <source>Unsaved templates</source>
        <translation>Plantillas sin guardar</translation>
    </message>
    <message>
        <source>Some templates have changes that were not saved. Close and lose them?</source>
        <translation>Algunas plantillas tienen cambios sin guardar. ¿Cerrar y perderlos?</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Overdue — ours</source>
        <translation>Vencidos — nuestros</translation>
    </message>
    <message>
        <source>Overdue — theirs</source>
        <translation>Vencidos — suyos</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Vencen en los próximos 7 días</translation>
    </message>
    <message>
        <source>Going cold (no contact for {days})</source>
        <translation>Enfriándose (sin contacto desde hace {days})</translation>
    </message>
    <message>
        <source>Active initiative, no face-to-face meeting for 6 months</source>
        <translation>Iniciativa activa, sin reuniones en persona desde hace 6 meses</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation>Reuniones de esta semana</translation>
    </message>
    <message>
        <source>{title} ({count}+)</source>
        <translation>{title} ({count}+)</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Nothing overdue — every promise on track.</source>
        <translation>Nada vencido: todos los compromisos van según lo previsto.</translation>
    </message>
    <message>
        <source>Nothing overdue from partners.</source>
        <translation>Los socios no tienen nada vencido.</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 7 days.</source>
        <translation>Nada vence en los próximos 7 días.</translation>
    </message>
    <message>
        <source>Every partner has been in touch recently.</source>
        <translation>Todos los socios han tenido contacto recientemente.</translation>
    </message>
    <message>
        <source>Every partner with an active initiative was met in person recently.</source>
        <translation>Con todos los socios que tienen una iniciativa activa ha habido reuniones en persona recientemente.</translation>
    </message>
    <message>
        <source>No meetings this week.</source>
        <translation>No hay reuniones esta semana.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>“{initiative}” is active; never met in person</source>
        <translation>«{initiative}» está activa; nunca ha habido reuniones en persona</translation>
    </message>
    <message>
        <source>“{initiative}” is active; last face-to-face {days} ago</source>
        <translation>«{initiative}» está activa; última reunión en persona hace {days}</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>Nunca reunidos</translation>
    </message>
    <message>
        <source>Last met {days} ago</source>
        <translation>Última reunión hace {days}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>They owe: {what}</source>
        <translation>Nos deben: {what}</translation>
    </message>
    <message>
        <source>We owe: {what}</source>
        <translation>Debemos: {what}</translation>
    </message>
    <message>
        <source>{day} ({days} late)</source>
        <translation>{day} ({days} de retraso)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected row (Enter)</source>
        <translation>Abre la fila seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar c&amp;umplido</translation>
    </message>
    <message>
        <source>Mark the selected commitment done today (Ctrl+D)</source>
        <translation>Marca como cumplido hoy el compromiso seleccionado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Follow-ups to send</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>Hoy — {date}</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <source>We kept {ours_kept} of {ours_counted} on time · They kept {theirs_kept} of {theirs_counted}</source>
        <translation>Cumplimos a tiempo {ours_kept} de {ours_counted} · Ellos, {theirs_kept} de {theirs_counted}</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Elementos eliminados</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete Forever…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>{count} deleted items.</source>
        <translation>Elementos eliminados: {count}.</translation>
    </message>
    <message>
        <source>Delete “{label}” forever? This cannot be undone.</source>
        <translation>¿Eliminar «{label}» definitivamente? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete all {count} items in the Trash forever? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente todo lo que hay en la papelera (elementos: {count})? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar definitivamente</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>user-guide.md</source>
        <translation>user-guide.es.md</translation>
    </message>
    <message>
        <source>PartnerDesk User Guide</source>
        <translation>Guía del usuario de PartnerDesk</translation>
    </message>
</context>
</TS>
