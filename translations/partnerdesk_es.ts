<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline relationship notebook for partnerships between organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Notebook &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
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
        <source>&amp;Find Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;Promises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Brief as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs for This &amp;Week&apos;s Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They owe: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We owe: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>&amp;All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today in the calendar and the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due and no meetings on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due and no meetings this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureCommitmentDialog</name>
    <message>
        <source>Commitment from the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours — we promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs — they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read “{phrase}” as {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{phrase}” is not a date that could be read; no due date set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date found in “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentCapture</name>
    <message>
        <source>Co&amp;mmitment from Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the selected text or the current line as a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours — we promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs — they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsCalendar</name>
    <message>
        <source>{count} we owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} they owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
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
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done today (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;ft e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder of their promise, or a report on ours; sending it is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first due {day}, {moved}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Follow-up e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subject and body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail app could be opened. Use Copy and paste the e-mail instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your mail app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected follow-up for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;aft e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail this follow-up calls for; sending it marks the follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the selected follow-up is about (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {count} follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;{count} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them for meeting in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them for the meeting: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the open commitments after meeting in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the open commitments after: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge {number} of {count}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate, still not done after {count} nudges: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on the initiative: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (1 day late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} ({count} days late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>New initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actionable goal: who does what by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members from both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;romote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k-in E-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a “Where are we on …?” e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to {size}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start small: {kept} of {counted} commitments kept on time; promote anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ours} ours · {theirs} theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up to {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the top of the ladder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your typing could not be saved (see the status bar). Close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner name or the start of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;their premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;urs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner the meeting is with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the meeting&apos;s date, mode, place and attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet. Press New meeting to log one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one record. The other goes to the Trash once its meetings, commitments, initiatives and pairings have moved to the one kept. Edit ▸ Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records hold the same details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedCapture</name>
    <message>
        <source>Record as N&amp;eed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the selected text or the current line in the partner&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need from the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>New need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a meeting to take notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return ticks or unticks the item at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web or e-mail address (empty removes the link):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTextEdit</name>
    <message>
        <source>Ctrl+click to open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnTimeChart</name>
    <message>
        <source>{month}: {kept} of {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OurPromisesDialog</name>
    <message>
        <source>Our promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our open commitments by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our promises kept on time, by the month they were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue. In the last 12 months we kept {kept} of {counted} on time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated: internships, research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are and why they matter (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we offer them (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the partner&apos;s details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we o&amp;ffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingMap</name>
    <message>
        <source>Pairing map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our person to pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their person to pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the two people chosen on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair the selected pair (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an initiative to see who works with whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing map — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: add people from both sides with Edit….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ours} of ours, {theirs} of theirs, {pairs} paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody of ours is on it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our side: {names} without a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody of theirs is on it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their side: {names} without a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingMapModel</name>
    <message>
        <source>Our person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody of theirs paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody of ours paired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internships, research, board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerHeader</name>
    <message>
        <source>owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face-to-face meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last face-to-face: {day} ({days} days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kept {ours_kept} of {ours_counted} on time · They kept {theirs_kept} of {theirs_counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months: we {ours_kept} of {ours_counted} {ours_trend} · they {theirs_kept} of {theirs_counted} {theirs_trend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows compare with the 12 months before: ↑ better, ↓ worse, → about the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the partnership stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the latest meeting, call or message, today or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open commitments, ours and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open commitments past their due date, ours and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s), ours and theirs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last met today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last met %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s) past their due date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerListPane</name>
    <message>
        <source>Filter partners (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the partners whose name, city or sector contains every word typed. Down moves into the list, Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only partners at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only partners of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only partners with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two selected records of one person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champion, decision maker, HR lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-locale (longer text, to check layouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time PartnerDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Notes save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold, italic in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment from the line of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need from the line of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables you may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert into the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables you may use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some templates have changes that were not saved. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue — ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue — theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going cold (no contact for {days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count}+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue — every promise on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue from partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner has been in touch recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last met {days} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They owe: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We owe: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} ({days} late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected commitment done today (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>PartnerDesk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draft the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs fixing (Edit ▸ E-mail Templates): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._parent</name>
    <message>
        <source>Exported {count} calendar entries to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save brief as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs for this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner is met this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs for this week&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} briefs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook is empty. Fill it with sample partners, meetings and commitments to look around? You can start empty instead and add your own partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
