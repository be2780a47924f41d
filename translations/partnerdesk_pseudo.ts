<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="eo">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>[Åböüţ PåŕţñéŕÐéšķ~~~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk {version}</source>
        <translation>[PåŕţñéŕÐéšķ {version}~~~~~~~~]</translation>
    </message>
    <message>
        <source>An offline relationship notebook for partnerships between organizations.</source>
        <translation>[Åñ öffļîñé ŕéļåţîöñšĥîp ñöţébööķ föŕ påŕţñéŕšĥîpš béţŵééñ öŕĝåñîžåţîöñš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>[Ļîçéñšéð üñðéŕ ţĥé ĜÑÜ Ĝéñéŕåļ Pübļîç Ļîçéñšé, véŕšîöñ 3 öŕ ļåţéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Notebook: {path}</source>
        <translation>[Ñöţébööķ: {path}~~~~~~]</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>[Båçķüpš: {path}~~~~~~]</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>[Pýţĥöñ {python}, Qţ {qt}, PýŠîðé6 {pyside}~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>[Büîļţ ŵîţĥ~~~~]</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>[Ļîçéñçé~~~]</translation>
    </message>
    <message>
        <source>Show Notebook &amp;Folder</source>
        <translation>[Šĥöŵ Ñöţébööķ &amp;Föļðéŕ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Notebook…</source>
        <translation>[&amp;Ñéŵ Ñöţébööķ…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>[&amp;Öpéñ Ñöţébööķ…~~~~~~]</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>[Éxpöŕţ &amp;Çåļéñðåŕ (.îçš)…~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>[&amp;Båçķüpš…~~~~]</translation>
    </message>
    <message>
        <source>Import &amp;JSON (PartnerDesk)…</source>
        <translation>[Împöŕţ &amp;ĴŠÖÑ (PåŕţñéŕÐéšķ)…~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import &amp;CSV (Spreadsheet)…</source>
        <translation>[Împöŕţ &amp;ÇŠV (Špŕéåðšĥééţ)…~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import &amp;vCard (Address Book)…</source>
        <translation>[Împöŕţ &amp;vÇåŕð (Åððŕéšš Bööķ)…~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export &amp;JSON (PartnerDesk)…</source>
        <translation>[Éxpöŕţ &amp;ĴŠÖÑ (PåŕţñéŕÐéšķ)…~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export C&amp;SV (Spreadsheet)…</source>
        <translation>[Éxpöŕţ Ç&amp;ŠV (Špŕéåðšĥééţ)…~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export &amp;vCard (Address Book)…</source>
        <translation>[Éxpöŕţ &amp;vÇåŕð (Åððŕéšš Bööķ)…~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export &amp;Markdown Notes…</source>
        <translation>[Éxpöŕţ &amp;Måŕķðöŵñ Ñöţéš…~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Qüîţ~~]</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>[&amp;Üñðö~~]</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>[&amp;Ŕéðö~~]</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>[&amp;Fîñð Påŕţñéŕ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>[&amp;Šéåŕçĥ Évéŕýţĥîñĝ…~~~~~~~~]</translation>
    </message>
    <message>
        <source>E-mail &amp;Templates…</source>
        <translation>[É-måîļ &amp;Ţémpļåţéš…~~~~~~~]</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>[Pŕé&amp;féŕéñçéš…~~~~~]</translation>
    </message>
    <message>
        <source>Tras&amp;h…</source>
        <translation>[Ţŕåš&amp;ĥ…~~~]</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>[&amp;Ţöðåý~~]</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>[&amp;Çåļéñðåŕ~~~~]</translation>
    </message>
    <message>
        <source>Our &amp;Promises…</source>
        <translation>[Öüŕ &amp;Pŕömîšéš…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation>[&amp;Ĝåpš…~~]</translation>
    </message>
    <message>
        <source>O&amp;ffers…</source>
        <translation>[Ö&amp;fféŕš…~~~]</translation>
    </message>
    <message>
        <source>&amp;New Partner…</source>
        <translation>[&amp;Ñéŵ Påŕţñéŕ…~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>[&amp;Éðîţ Påŕţñéŕ…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>[&amp;Pŕîñţ Bŕîéf…~~~~~]</translation>
    </message>
    <message>
        <source>Save Brief as P&amp;DF…</source>
        <translation>[Šåvé Bŕîéf åš P&amp;ÐF…~~~~~~~~]</translation>
    </message>
    <message>
        <source>Briefs for This &amp;Week's Meetings…</source>
        <translation>[Bŕîéfš föŕ Ţĥîš &amp;Ŵééķ'š Mééţîñĝš…~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Delete Partner</source>
        <translation>[&amp;Ðéļéţé Påŕţñéŕ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>[&amp;Ñéŵ Mééţîñĝ…~~~~~]</translation>
    </message>
    <message>
        <source>New &amp;Commitment…</source>
        <translation>[Ñéŵ &amp;Çömmîţméñţ…~~~~~~]</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>[Üšéŕ &amp;Ĝüîðé~~~~]</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>[&amp;Ķéýböåŕð Šĥöŕţçüţš~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>[&amp;Åböüţ PåŕţñéŕÐéšķ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>[Ðåý~]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[Ŵĥéñ~~]</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Ŵĥåţ~~]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>[Övéŕðüé~~~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Ðöñé~~]</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>[Ðüé~]</translation>
    </message>
    <message>
        <source>{title} ({mode})</source>
        <translation>[{title} ({mode})~~~~~~]</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>[Mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>They owe: {what}</source>
        <translation>[Ţĥéý öŵé: {what}~~~~~~]</translation>
    </message>
    <message>
        <source>We owe: {what}</source>
        <translation>[Ŵé öŵé: {what}~~~~~~]</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>[Öŵñéŕ: {name}~~~~~]</translation>
    </message>
    <message>
        <source>{state} · {day}</source>
        <translation>[{state} · {day}~~~~~~]</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation>[Ŵéļçömé ţö PåŕţñéŕÐéšķ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your notebook is empty. Fill it with sample partners, meetings and commitments to look around? You can start empty instead and add your own partners.</source>
        <translation>[Ýöüŕ ñöţébööķ îš émpţý. Fîļļ îţ ŵîţĥ šåmpļé påŕţñéŕš, mééţîñĝš åñð çömmîţméñţš ţö ļööķ åŕöüñð? Ýöü çåñ šţåŕţ émpţý îñšţéåð åñð åðð ýöüŕ öŵñ påŕţñéŕš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>[Ñéŵ ñöţébööķ~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk)</source>
        <translation>[PåŕţñéŕÐéšķ ñöţébööķš (*.påŕţñéŕðéšķ)~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>[Öpéñ ñöţébööķ~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk);;All files (*)</source>
        <translation>[PåŕţñéŕÐéšķ ñöţébööķš (*.påŕţñéŕðéšķ);;Åļļ fîļéš (*)~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>[Ðåîļý båçķüp måðé: {name}~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>[Ţĥé ðåîļý båçķüp çöüļð ñöţ bé måðé: {reason}~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>[Måðé~~]</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>[Ŵĥý~]</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>[Šîžé~~]</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>[Påŕţñéŕš~~~]</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>[Mééţîñĝš~~~]</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>[üñŕéåðåbļé~~~~]</translation>
    </message>
    <message>
        <source>Before upgrade (from {revision})</source>
        <translation>[Béföŕé üpĝŕåðé (fŕöm {revision})~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>[Ðåîļý~~]</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>[Båçķéð üp bý ýöü~~~~~~]</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>[Béföŕé üpĝŕåðé~~~~~~]</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>[Béföŕé împöŕţ~~~~~]</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>[Béföŕé ŕéšţöŕé~~~~~~]</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of {name}</source>
        <translation>[Båçķüpš öf {name}~~~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk backs your notebook up each day it is open, and before every upgrade, import and restore. It keeps the last 7 days, the last 4 weeks, the last {events} of each other kind, and the last {manual} you make yourself.</source>
        <translation>[PåŕţñéŕÐéšķ båçķš ýöüŕ ñöţébööķ üp éåçĥ ðåý îţ îš öpéñ, åñð béföŕé évéŕý üpĝŕåðé, împöŕţ åñð ŕéšţöŕé. Îţ ķéépš ţĥé ļåšţ 7 ðåýš, ţĥé ļåšţ 4 ŵééķš, ţĥé ļåšţ {events} öf éåçĥ öţĥéŕ ķîñð, åñð ţĥé ļåšţ {manual} ýöü måķé ýöüŕšéļf.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>[Båçķüpš~~~]</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>[&amp;Båçķ Üp Ñöŵ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>[&amp;Ŕéšţöŕé…~~~~]</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>[Öpéñ &amp;Föļðéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çļöšé~~]</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>[Ŕéåðîñĝ ţĥé båçķüpš…~~~~~~~~]</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>[Båçķîñĝ üp {name}…~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>[Ŕéšţöŕé ţĥîš båçķüp?~~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore the backup of {when} ({partners} partners, {meetings} meetings)?

Your notebook as it is now is backed up first, so you can come back to it from this list. PartnerDesk then reopens the notebook.</source>
        <translation>[Ŕéšţöŕé ţĥé båçķüp öf {when} ({partners} påŕţñéŕš, {meetings} mééţîñĝš)?

Ýöüŕ ñöţébööķ åš îţ îš ñöŵ îš båçķéð üp fîŕšţ, šö ýöü çåñ çömé båçķ ţö îţ fŕöm ţĥîš ļîšţ. PåŕţñéŕÐéšķ ţĥéñ ŕéöpéñš ţĥé ñöţébööķ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No backups yet. They go to {folder}</source>
        <translation>[Ñö båçķüpš ýéţ. Ţĥéý ĝö ţö {folder}~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{count} backups, {size} in all, in {folder}</source>
        <translation>[{count} båçķüpš, {size} îñ åļļ, îñ {folder}~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Ask about their overdue items: {items}</source>
        <translation>[Åšķ åböüţ ţĥéîŕ övéŕðüé îţémš: {items}~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Report on ours: {items}</source>
        <translation>[Ŕépöŕţ öñ öüŕš: {items}~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Need not yet addressed: {need}</source>
        <translation>[Ñééð ñöţ ýéţ åððŕéššéð: {need}~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Check in on {initiative}</source>
        <translation>[Çĥéçķ îñ öñ {initiative}~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No face-to-face meeting yet</source>
        <translation>[Ñö fåçé-ţö-fåçé mééţîñĝ ýéţ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No face-to-face meeting for {months} months</source>
        <translation>[Ñö fåçé-ţö-fåçé mééţîñĝ föŕ {months} möñţĥš~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{item} (due {date})</source>
        <translation>[{item} (ðüé {date})~~~~~~~~]</translation>
    </message>
    <message>
        <source>{items}; and {count} more</source>
        <translation>[{items}; åñð {count} möŕé~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Relationship since</source>
        <translation>[Ŕéļåţîöñšĥîp šîñçé~~~~~~~]</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>[Ļåšţ çöñţåçţ~~~~~]</translation>
    </message>
    <message>
        <source>Last face-to-face</source>
        <translation>[Ļåšţ fåçé-ţö-fåçé~~~~~~~]</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>[Ţåļķîñĝ pöîñţš~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing pressing.</source>
        <translation>[Ñöţĥîñĝ pŕéššîñĝ.~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more talking point</source>
        <translation>[+{count} möŕé ţåļķîñĝ pöîñţ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more talking points</source>
        <translation>[+{count} möŕé ţåļķîñĝ pöîñţš~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>[Ŵĥåţ ţĥéý ñééð~~~~~~]</translation>
    </message>
    <message>
        <source>an initiative addresses it</source>
        <translation>[åñ îñîţîåţîvé åððŕéššéš îţ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No open needs noted.</source>
        <translation>[Ñö öpéñ ñééðš ñöţéð.~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more need</source>
        <translation>[+{count} möŕé ñééð~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more needs</source>
        <translation>[+{count} möŕé ñééðš~~~~~~~~]</translation>
    </message>
    <message>
        <source>Where we stand</source>
        <translation>[Ŵĥéŕé ŵé šţåñð~~~~~~]</translation>
    </message>
    <message>
        <source>check-in {date}</source>
        <translation>[çĥéçķ-îñ {date}~~~~~~]</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>[Påîŕš:~~]</translation>
    </message>
    <message>
        <source>No initiatives under way.</source>
        <translation>[Ñö îñîţîåţîvéš üñðéŕ ŵåý.~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more initiative</source>
        <translation>[+{count} möŕé îñîţîåţîvé~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more initiatives</source>
        <translation>[+{count} möŕé îñîţîåţîvéš~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>[Pŕömîšéš~~~]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>[Övéŕðüé~~~]</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>[ðüé {date}~~~~]</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>[Ñöñé öpéñ.~~~~]</translation>
    </message>
    <message>
        <source>+{count} more commitment</source>
        <translation>[+{count} möŕé çömmîţméñţ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more commitments</source>
        <translation>[+{count} möŕé çömmîţméñţš~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Track record:</source>
        <translation>[Ţŕåçķ ŕéçöŕð:~~~~~]</translation>
    </message>
    <message>
        <source>Last meetings</source>
        <translation>[Ļåšţ mééţîñĝš~~~~~]</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>[Ñö mééţîñĝš ýéţ.~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more meeting</source>
        <translation>[+{count} möŕé mééţîñĝ~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more meetings</source>
        <translation>[+{count} möŕé mééţîñĝš~~~~~~~~~]</translation>
    </message>
    <message>
        <source>People</source>
        <translation>[Péöpļé~~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñåmé~~]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>[Ţîţļé~~]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>[Ŕöļé~~]</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>[Öüŕ çöñţåçţ~~~~]</translation>
    </message>
    <message>
        <source>No people recorded.</source>
        <translation>[Ñö péöpļé ŕéçöŕðéð.~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more person</source>
        <translation>[+{count} möŕé péŕšöñ~~~~~~~~]</translation>
    </message>
    <message>
        <source>+{count} more people</source>
        <translation>[+{count} möŕé péöpļé~~~~~~~~]</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>[Pŕépåŕéð öñ {date}~~~~~~~]</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>[Öŵñéŕ: {name}~~~~~]</translation>
    </message>
    <message>
        <source>Ours, open</source>
        <translation>[Öüŕš, öpéñ~~~~]</translation>
    </message>
    <message>
        <source>Theirs, open</source>
        <translation>[Ţĥéîŕš, öpéñ~~~~~]</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>[ñöţ ýéţ~~~]</translation>
    </message>
    <message>
        <source>Brief: {name}</source>
        <translation>[Bŕîéf: {name}~~~~~]</translation>
    </message>
    <message>
        <source>Partner briefs</source>
        <translation>[Påŕţñéŕ bŕîéfš~~~~~~]</translation>
    </message>
</context>
<context>
    <name>BriefCommands</name>
    <message>
        <source>No brief</source>
        <translation>[Ñö bŕîéf~~~]</translation>
    </message>
    <message>
        <source>Brief: {name}</source>
        <translation>[Bŕîéf: {name}~~~~~]</translation>
    </message>
    <message>
        <source>Save brief as PDF</source>
        <translation>[Šåvé bŕîéf åš PÐF~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} brief.pdf</source>
        <translation>[{name} bŕîéf.pðf~~~~~~]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PÐF fîļéš (*.pðf)~~~~~~~]</translation>
    </message>
    <message>
        <source>Brief not saved</source>
        <translation>[Bŕîéf ñöţ šåvéð~~~~~~]</translation>
    </message>
    <message>
        <source>Briefs for this week</source>
        <translation>[Bŕîéfš föŕ ţĥîš ŵééķ~~~~~~~~]</translation>
    </message>
    <message>
        <source>No partner is met this week.</source>
        <translation>[Ñö påŕţñéŕ îš méţ ţĥîš ŵééķ.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Briefs for this week's meetings</source>
        <translation>[Bŕîéfš föŕ ţĥîš ŵééķ'š mééţîñĝš~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>briefs {date}.pdf</source>
        <translation>[bŕîéfš {date}.pðf~~~~~~~]</translation>
    </message>
    <message>
        <source>Briefs not written</source>
        <translation>[Bŕîéfš ñöţ ŵŕîţţéñ~~~~~~~]</translation>
    </message>
    <message>
        <source>Wrote {count} briefs to {name}.</source>
        <translation>[Ŵŕöţé {count} bŕîéfš ţö {name}.~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>&amp;All partners</source>
        <translation>[&amp;Åļļ påŕţñéŕš~~~~~]</translation>
    </message>
    <message>
        <source>&amp;This partner</source>
        <translation>[&amp;Ţĥîš påŕţñéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>[Ðå&amp;ý~~]</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>[&amp;Ŵééķ~~]</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>[Ţöðåý~~]</translation>
    </message>
    <message>
        <source>Show today in the calendar and the agenda</source>
        <translation>[Šĥöŵ ţöðåý îñ ţĥé çåļéñðåŕ åñð ţĥé åĝéñðå~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>[Åĝéñðå~~]</translation>
    </message>
    <message>
        <source>We owe</source>
        <translation>[Ŵé öŵé~~]</translation>
    </message>
    <message>
        <source>They owe</source>
        <translation>[Ţĥéý öŵé~~~]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>[Övéŕðüé~~~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Ðöñé~~]</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>[Mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>Nothing due and no meetings on this day.</source>
        <translation>[Ñöţĥîñĝ ðüé åñð ñö mééţîñĝš öñ ţĥîš ðåý.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing due and no meetings this week.</source>
        <translation>[Ñöţĥîñĝ ðüé åñð ñö mééţîñĝš ţĥîš ŵééķ.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Week of {start} to {end}</source>
        <translation>[Ŵééķ öf {start} ţö {end}~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CaptureCommitmentDialog</name>
    <message>
        <source>Commitment from the notes</source>
        <translation>[Çömmîţméñţ fŕöm ţĥé ñöţéš~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Ours — we promised</source>
        <translation>[Öüŕš — ŵé pŕömîšéð~~~~~~~]</translation>
    </message>
    <message>
        <source>Theirs — they promised</source>
        <translation>[Ţĥéîŕš — ţĥéý pŕömîšéð~~~~~~~~~]</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>[Ŵĥåţ ŵåš pŕömîšéð~~~~~~~]</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>[Ñö ðüé ðåţé~~~~]</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>[Ñöböðý~~]</translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation>[&amp;Ŵĥö pŕömîšéð~~~~~]</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>[&amp;Ŵĥåţ~~]</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>[&amp;Ðüé~~]</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>[&amp;Öŵñéŕ~~]</translation>
    </message>
    <message>
        <source>Read “{phrase}” as {date}.</source>
        <translation>[Ŕéåð “{phrase}” åš {date}.~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>“{phrase}” is not a date that could be read; no due date set.</source>
        <translation>[“{phrase}” îš ñöţ å ðåţé ţĥåţ çöüļð bé ŕéåð; ñö ðüé ðåţé šéţ.~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No date found in “{text}”.</source>
        <translation>[Ñö ðåţé föüñð îñ “{text}”.~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CommitmentCapture</name>
    <message>
        <source>Co&amp;mmitment from Line…</source>
        <translation>[Çö&amp;mmîţméñţ fŕöm Ļîñé…~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Records the selected text or the current line as a commitment</source>
        <translation>[Ŕéçöŕðš ţĥé šéļéçţéð ţéxţ öŕ ţĥé çüŕŕéñţ ļîñé åš å çömmîţméñţ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>→ commitment</source>
        <translation>[→ çömmîţméñţ~~~~~]</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>[Ñéŵ çömmîţméñţ~~~~~~]</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>[Éðîţ çömmîţméñţ~~~~~~]</translation>
    </message>
    <message>
        <source>Ours — we promised</source>
        <translation>[Öüŕš — ŵé pŕömîšéð~~~~~~~]</translation>
    </message>
    <message>
        <source>Theirs — they promised</source>
        <translation>[Ţĥéîŕš — ţĥéý pŕömîšéð~~~~~~~~~]</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>[Ŵĥåţ ŵåš pŕömîšéð~~~~~~~]</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>[Ñö ðüé ðåţé~~~~]</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>[Ñöböðý~~]</translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation>[&amp;Ŵĥö pŕömîšéð~~~~~]</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>[&amp;Ŵĥåţ~~]</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>[&amp;Ðüé~~]</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>[&amp;Öŵñéŕ~~]</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>[&amp;Šţåţüš~~~]</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Open</source>
        <translation>[Öpéñ~~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Ðöñé~~]</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>[Ðŕöppéð~~~]</translation>
    </message>
</context>
<context>
    <name>CommitmentsCalendar</name>
    <message>
        <source>{count} we owe</source>
        <translation>[{count} ŵé öŵé~~~~~~]</translation>
    </message>
    <message>
        <source>{count} they owe</source>
        <translation>[{count} ţĥéý öŵé~~~~~~]</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>[{count} övéŕðüé~~~~~~]</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>[{count} ðöñé~~~~~]</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>[1 mééţîñĝ~~~~]</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>[{count} mééţîñĝš~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Who</source>
        <translation>[Ŵĥö~]</translation>
    </message>
    <message>
        <source>We</source>
        <translation>[Ŵé~]</translation>
    </message>
    <message>
        <source>They</source>
        <translation>[Ţĥéý~~]</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>[Pŕömîšé~~~]</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>[Öŵñéŕ~~]</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>[Ðüé~]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>[Ĥîšţöŕý~~~]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Šţåţüš~~]</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>[Måŕķ ð&amp;öñé~~~~]</translation>
    </message>
    <message>
        <source>Mark done today (Ctrl+D)</source>
        <translation>[Måŕķ ðöñé ţöðåý (Çţŕļ+Ð)~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>[Ðŕö&amp;p~~]</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>[Ŕé&amp;öpéñ~~~]</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>[Ŕé&amp;šçĥéðüļé…~~~~~]</translation>
    </message>
    <message>
        <source>Dra&amp;ft e-mail…</source>
        <translation>[Ðŕå&amp;fţ é-måîļ…~~~~~~]</translation>
    </message>
    <message>
        <source>A reminder of their promise, or a report on ours; sending it is recorded</source>
        <translation>[Å ŕémîñðéŕ öf ţĥéîŕ pŕömîšé, öŕ å ŕépöŕţ öñ öüŕš; šéñðîñĝ îţ îš ŕéçöŕðéð~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>[Övéŕðüé~~~]</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>[Ðöñé {date}~~~~]</translation>
    </message>
    <message>
        <source>moved once</source>
        <translation>[mövéð öñçé~~~~]</translation>
    </message>
    <message>
        <source>moved {n} times</source>
        <translation>[mövéð {n} ţîméš~~~~~~]</translation>
    </message>
    <message>
        <source>first due {day}, {moved}</source>
        <translation>[fîŕšţ ðüé {day}, {moved}~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>[Împöŕţ çöñţåçţš fŕöm å ÇŠV fîļé~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>[Éñçöðîñĝ:~~~~]</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>[Šépåŕåţöŕ:~~~~]</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>[Ŕöŵš:~~]</translation>
    </message>
    <message>
        <source>&amp;Hide columns that are empty in every row</source>
        <translation>[&amp;Ĥîðé çöļümñš ţĥåţ åŕé émpţý îñ évéŕý ŕöŵ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Columns: what each one becomes</source>
        <translation>[Çöļümñš: ŵĥåţ éåçĥ öñé béçöméš~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>[Pŕévîéŵ~~~]</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>[Ŕéåðîñĝ {name}…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>[&amp;Împöŕţ~~~]</translation>
    </message>
    <message>
        <source>{count} (the header is on line {line})</source>
        <translation>[{count} (ţĥé ĥéåðéŕ îš öñ ļîñé {line})~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Preview: the first {count} rows, as the file has them</source>
        <translation>[Pŕévîéŵ: ţĥé fîŕšţ {count} ŕöŵš, åš ţĥé fîļé ĥåš ţĥém~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Hide the {count} columns that are empty in every row</source>
        <translation>[&amp;Ĥîðé ţĥé {count} çöļümñš ţĥåţ åŕé émpţý îñ évéŕý ŕöŵ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>[Ţĥîš fîļé çåññöţ bé împöŕţéð: {reason}~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>[Çöļümñ îñ ţĥé fîļé~~~~~~~]</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>[Împöŕţ åš~~~~]</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>[Éxåmpļé~~~]</translation>
    </message>
    <message>
        <source>(empty in every row)</source>
        <translation>[(émpţý îñ évéŕý ŕöŵ)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import column {header} as</source>
        <translation>[Împöŕţ çöļümñ {header} åš~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Checking what the import would do…</source>
        <translation>[Çĥéçķîñĝ ŵĥåţ ţĥé împöŕţ ŵöüļð ðö…~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>With these columns the file cannot be imported: {reason}</source>
        <translation>[Ŵîţĥ ţĥéšé çöļümñš ţĥé fîļé çåññöţ bé împöŕţéð: {reason}~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Importing would create {partners} and {people}.</source>
        <translation>[Împöŕţîñĝ ŵöüļð çŕéåţé {partners} åñð {people}.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>[1 påŕţñéŕ~~~~]</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>[{n} påŕţñéŕš~~~~~]</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>[1 péŕšöñ~~~]</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>[{n} péöpļé~~~~]</translation>
    </message>
    <message>
        <source>It would update {people}.</source>
        <translation>[Îţ ŵöüļð üpðåţé {people}.~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 partner row</source>
        <translation>[1 påŕţñéŕ ŕöŵ~~~~~]</translation>
    </message>
    <message>
        <source>{n} partner rows</source>
        <translation>[{n} påŕţñéŕ ŕöŵš~~~~~~]</translation>
    </message>
    <message>
        <source>It would skip {what}.</source>
        <translation>[Îţ ŵöüļð šķîp {what}.~~~~~~~~]</translation>
    </message>
    <message>
        <source> and </source>
        <translation>[ åñð ~~]</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>[çömmå~~]</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>[šémîçöļöñ~~~~]</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>[ţåb~]</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>[véŕţîçåļ båŕ~~~~~]</translation>
    </message>
    <message>
        <source>— Don't import —</source>
        <translation>[— Ðöñ'ţ împöŕţ —~~~~~~]</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>[Füļļ ñåmé~~~~]</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>[Fîŕšţ ñåmé~~~~]</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>[Mîððļé ñåmé~~~~]</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>[Ļåšţ ñåmé~~~~]</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>[É-måîļ~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Pĥöñé~~]</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>[Ĵöb ţîţļé~~~~]</translation>
    </message>
    <message>
        <source>Role in the partnership</source>
        <translation>[Ŕöļé îñ ţĥé påŕţñéŕšĥîp~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Ñöţéš~~]</translation>
    </message>
    <message>
        <source>Side (ours or theirs)</source>
        <translation>[Šîðé (öüŕš öŕ ţĥéîŕš)~~~~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk id (uuid)</source>
        <translation>[PåŕţñéŕÐéšķ îð (üüîð)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Organization (partner)</source>
        <translation>[Öŕĝåñîžåţîöñ (påŕţñéŕ)~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Partner website</source>
        <translation>[Påŕţñéŕ ŵébšîţé~~~~~~]</translation>
    </message>
    <message>
        <source>Partner sector</source>
        <translation>[Påŕţñéŕ šéçţöŕ~~~~~~]</translation>
    </message>
    <message>
        <source>Partner address</source>
        <translation>[Påŕţñéŕ åððŕéšš~~~~~~]</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>[Påŕţñéŕ çîţý~~~~~]</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>[Påŕţñéŕ çöüñţŕý~~~~~~]</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>[Påŕţñéŕ ķîñð~~~~~]</translation>
    </message>
    <message>
        <source>Partner stage</source>
        <translation>[Påŕţñéŕ šţåĝé~~~~~]</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Ours</source>
        <translation>[Öüŕš~~]</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>[Ţĥéîŕš~~]</translation>
    </message>
</context>
<context>
    <name>DraftCommands</name>
    <message>
        <source>Cannot draft the e-mail</source>
        <translation>[Çåññöţ ðŕåfţ ţĥé é-måîļ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The template needs fixing (Edit ▸ E-mail Templates): {reason}</source>
        <translation>[Ţĥé ţémpļåţé ñééðš fîxîñĝ (Éðîţ ▸ É-måîļ Ţémpļåţéš): {reason}~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Follow-up e-mail</source>
        <translation>[Föļļöŵ-üp é-måîļ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>[&amp;Ţö:~~]</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>[&amp;Šübĵéçţ:~~~~]</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>[&amp;Böðý:~~]</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>[&amp;Öpéñ îñ måîļ åpp~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>[&amp;Çöpý~~]</translation>
    </message>
    <message>
        <source>Copy the subject and body to the clipboard</source>
        <translation>[Çöpý ţĥé šübĵéçţ åñð böðý ţö ţĥé çļîpböåŕð~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No mail app could be opened. Use Copy and paste the e-mail instead.</source>
        <translation>[Ñö måîļ åpp çöüļð bé öpéñéð. Üšé Çöpý åñð påšţé ţĥé é-måîļ îñšţéåð.~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Opened in your mail app.</source>
        <translation>[Öpéñéð îñ ýöüŕ måîļ åpp.~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail.</source>
        <translation>[Çöpîéð. Påšţé îţ îñţö ýöüŕ é-måîļ.~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message>
        <source>Thank you</source>
        <translation>[Ţĥåñķ ýöü~~~~]</translation>
    </message>
    <message>
        <source>Where are we on…?</source>
        <translation>[Ŵĥéŕé åŕé ŵé öñ…?~~~~~~~]</translation>
    </message>
    <message>
        <source>Reminder of their commitment</source>
        <translation>[Ŕémîñðéŕ öf ţĥéîŕ çömmîţméñţ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Report on our commitments</source>
        <translation>[Ŕépöŕţ öñ öüŕ çömmîţméñţš~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Their person's full name</source>
        <translation>[Ţĥéîŕ péŕšöñ'š füļļ ñåmé~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Their person's e-mail address</source>
        <translation>[Ţĥéîŕ péŕšöñ'š é-måîļ åððŕéšš~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The partner organization</source>
        <translation>[Ţĥé påŕţñéŕ öŕĝåñîžåţîöñ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Who signs the e-mail on our side</source>
        <translation>[Ŵĥö šîĝñš ţĥé é-måîļ öñ öüŕ šîðé~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Date of the meeting, written out</source>
        <translation>[Ðåţé öf ţĥé mééţîñĝ, ŵŕîţţéñ öüţ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>[Ţîţļé öf ţĥé mééţîñĝ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The initiative asked about</source>
        <translation>[Ţĥé îñîţîåţîvé åšķéð åböüţ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Its goal, as written on the initiative</source>
        <translation>[Îţš ĝöåļ, åš ŵŕîţţéñ öñ ţĥé îñîţîåţîvé~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Its next check-in date, written out</source>
        <translation>[Îţš ñéxţ çĥéçķ-îñ ðåţé, ŵŕîţţéñ öüţ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The commitment this e-mail is about</source>
        <translation>[Ţĥé çömmîţméñţ ţĥîš é-måîļ îš åböüţ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Its agreed date, written out</source>
        <translation>[Îţš åĝŕééð ðåţé, ŵŕîţţéñ öüţ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Our open commitments: each has description and due</source>
        <translation>[Öüŕ öpéñ çömmîţméñţš: éåçĥ ĥåš ðéšçŕîpţîöñ åñð ðüé~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Our delivered commitments: each has description and done</source>
        <translation>[Öüŕ ðéļîvéŕéð çömmîţméñţš: éåçĥ ĥåš ðéšçŕîpţîöñ åñð ðöñé~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>Thank you{% if meeting_date %} for our meeting on {{ meeting_date }}{% endif %}</source>
        <translation>[Ţĥåñķ ýöü{% if meeting_date %} föŕ öüŕ mééţîñĝ öñ {{ meeting_date }}{% endif %}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or "colleagues" }},

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
        <translation>[Ðéåŕ {{ recipient_name or "colleagues" }},

Ţĥåñķ ýöü föŕ ţåķîñĝ ţĥé ţîmé ţö mééţ ŵîţĥ üš{% if meeting_date %} öñ {{ meeting_date }}{% endif %}. Îţ ŵåš å pļéåšüŕé ţö ĥéåŕ åböüţ ýöüŕ pŕîöŕîţîéš{% if partner_name %} åţ {{ partner_name }}{% endif %}, åñð Î ļéfţ öüŕ çöñvéŕšåţîöñ éñçöüŕåĝéð åböüţ ŵĥåţ ŵé çåñ ðö ţöĝéţĥéŕ.
{% if our_open_commitments %}

Åš pŕömîšéð, ŵé ŵîļļ föļļöŵ üp öñ:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (bý {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

Î ļööķ föŕŵåŕð ţö šţåýîñĝ îñ ţöüçĥ.

Ŵåŕm ŕéĝåŕðš,
{{ signer_name }}
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Where are we on {{ initiative_name or "our work together" }}?</source>
        <translation>[Ŵĥéŕé åŕé ŵé öñ {{ initiative_name or "our work together" }}?~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or "colleagues" }},

How are you? I hope all is well{% if partner_name %} at {{ partner_name }}{% endif %}.

I wanted to check in: where are we on {{ initiative_name or "our work together" }}?
{% if initiative_goal %}
As a reminder, the goal we set together: {{ initiative_goal }}
{% endif %}

If anything is holding things up, or if there is something we can do on our side, please let me know.

With best wishes,
{{ signer_name }}
</source>
        <translation>[Ðéåŕ {{ recipient_name or "colleagues" }},

Ĥöŵ åŕé ýöü? Î ĥöpé åļļ îš ŵéļļ{% if partner_name %} åţ {{ partner_name }}{% endif %}.

Î ŵåñţéð ţö çĥéçķ îñ: ŵĥéŕé åŕé ŵé öñ {{ initiative_name or "our work together" }}?
{% if initiative_goal %}
Åš å ŕémîñðéŕ, ţĥé ĝöåļ ŵé šéţ ţöĝéţĥéŕ: {{ initiative_goal }}
{% endif %}

Îf åñýţĥîñĝ îš ĥöļðîñĝ ţĥîñĝš üp, öŕ îf ţĥéŕé îš šöméţĥîñĝ ŵé çåñ ðö öñ öüŕ šîðé, pļéåšé ļéţ mé ķñöŵ.

Ŵîţĥ béšţ ŵîšĥéš,
{{ signer_name }}
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Following up on what we agreed</source>
        <translation>[Föļļöŵîñĝ üp öñ ŵĥåţ ŵé åĝŕééð~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or "colleagues" }},

I hope you are well. A gentle reminder about what we agreed{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}:

{{ commitment_description }}
{% if commitment_due %}

We had planned it for {{ commitment_due }}.
{% endif %}

Is there anything you need from us to move it forward? A short note on where things stand would be very helpful.

Thank you, and warm regards,
{{ signer_name }}
</source>
        <translation>[Ðéåŕ {{ recipient_name or "colleagues" }},

Î ĥöpé ýöü åŕé ŵéļļ. Å ĝéñţļé ŕémîñðéŕ åböüţ ŵĥåţ ŵé åĝŕééð{% if meeting_date %} ŵĥéñ ŵé méţ öñ {{ meeting_date }}{% endif %}:

{{ commitment_description }}
{% if commitment_due %}

Ŵé ĥåð pļåññéð îţ föŕ {{ commitment_due }}.
{% endif %}

Îš ţĥéŕé åñýţĥîñĝ ýöü ñééð fŕöm üš ţö mövé îţ föŕŵåŕð? Å šĥöŕţ ñöţé öñ ŵĥéŕé ţĥîñĝš šţåñð ŵöüļð bé véŕý ĥéļpfüļ.

Ţĥåñķ ýöü, åñð ŵåŕm ŕéĝåŕðš,
{{ signer_name }}
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>An update on our commitments{% if partner_name %} to {{ partner_name }}{% endif %}</source>
        <translation>[Åñ üpðåţé öñ öüŕ çömmîţméñţš{% if partner_name %} ţö {{ partner_name }}{% endif %}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dear {{ recipient_name or "colleagues" }},

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
        <translation>[Ðéåŕ {{ recipient_name or "colleagues" }},

Î ŵåñţéð ţö ĝîvé ýöü å šĥöŕţ üpðåţé öñ ŵĥåţ ŵé pŕömîšéð{% if meeting_date %} ŵĥéñ ŵé méţ öñ {{ meeting_date }}{% endif %}.
{% if our_done_commitments %}

Ðöñé:
{% for item in our_done_commitments %}
- {{ item.description }}{% if item.done %} ({{ item.done }}){% endif %}

{% endfor %}
{% endif %}
{% if our_open_commitments %}

Üñðéŕ ŵåý:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (bý {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

Pļéåšé ļéţ mé ķñöŵ îf ţĥéŕé îš åñýţĥîñĝ éļšé ŵé çåñ ðö.

Ŵåŕm ŕéĝåŕðš,
{{ signer_name }}
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>partner</source>
        <translation>[påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>person</source>
        <translation>[péŕšöñ~~]</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>[mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>[çömmîţméñţ~~~~]</translation>
    </message>
    <message>
        <source>need</source>
        <translation>[ñééð~~]</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>[öfféŕ~~]</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>[îñîţîåţîvé~~~~]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The backup {name} failed its check: {problem}</source>
        <translation>[Ţĥé båçķüp {name} fåîļéð îţš çĥéçķ: {problem}~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not write the backup {name}: {reason}</source>
        <translation>[Çöüļð ñöţ ŵŕîţé ţĥé båçķüp {name}: {reason}~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No partner is named "{name}".</source>
        <translation>[Ñö påŕţñéŕ îš ñåméð "{name}".~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>"{name}" matches more than one partner: {matches}</source>
        <translation>["{name}" måţçĥéš möŕé ţĥåñ öñé påŕţñéŕ: {matches}~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no partner with uuid {uuid}.</source>
        <translation>[Ţĥéŕé îš ñö påŕţñéŕ ŵîţĥ üüîð {uuid}.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no {what} {id} in the Trash.</source>
        <translation>[Ţĥéŕé îš ñö {what} {id} îñ ţĥé Ţŕåšĥ.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>[Ţĥéŕé îš ñö {what} ŵîţĥ îð {id}.~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>An initiative needs a partner.</source>
        <translation>[Åñ îñîţîåţîvé ñééðš å påŕţñéŕ.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A role is too long ({length} characters; at most {limit}).</source>
        <translation>[Å ŕöļé îš ţöö ļöñĝ ({length} çĥåŕåçţéŕš; åţ möšţ {limit}).~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is one of our people.</source>
        <translation>[{name} îš öñé öf öüŕ péöpļé.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not one of our people.</source>
        <translation>[{name} îš ñöţ öñé öf öüŕ péöpļé.~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} works for another partner, not the one of this initiative.</source>
        <translation>[{name} ŵöŕķš föŕ åñöţĥéŕ påŕţñéŕ, ñöţ ţĥé öñé öf ţĥîš îñîţîåţîvé.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is already {size}: the top of the ladder.</source>
        <translation>[{name} îš åļŕéåðý {size}: ţĥé ţöp öf ţĥé ļåððéŕ.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>These two people are not paired on this initiative.</source>
        <translation>[Ţĥéšé ţŵö péöpļé åŕé ñöţ påîŕéð öñ ţĥîš îñîţîåţîvé.~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>That person is not a member of this initiative.</source>
        <translation>[Ţĥåţ péŕšöñ îš ñöţ å mémbéŕ öf ţĥîš îñîţîåţîvé.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>[Ðéšçŕîbé ţĥé ñééð.~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be merged with themself.</source>
        <translation>[{name} çåññöţ bé méŕĝéð ŵîţĥ ţĥémšéļf.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{kept} and {duplicate} cannot be merged: in “{initiative}” {reason} Unpair one of them there first.</source>
        <translation>[{kept} åñð {duplicate} çåññöţ bé méŕĝéð: îñ “{initiative}” {reason} Üñpåîŕ öñé öf ţĥém ţĥéŕé fîŕšţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>[Šåý ŵĥåţ ŵåš pŕömîšéð.~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no notebook at {path}.</source>
        <translation>[Ţĥéŕé îš ñö ñöţébööķ åţ {path}.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PartnerDesk notebook.</source>
        <translation>[{path} îš å föļðéŕ, ñöţ å PåŕţñéŕÐéšķ ñöţébööķ.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>[Çåññöţ ŕéåð {path}: {reason}.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not a PartnerDesk notebook (not an SQLite file).</source>
        <translation>[{name} îš ñöţ å PåŕţñéŕÐéšķ ñöţébööķ (ñöţ åñ ŠQĻîţé fîļé).~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({reason}). It was left as it is; restore a backup instead.</source>
        <translation>[{name} îš ðåmåĝéð åñð çåññöţ bé öpéñéð ({reason}). Îţ ŵåš ļéfţ åš îţ îš; ŕéšţöŕé å båçķüp îñšţéåð.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is an SQLite database, but not a PartnerDesk notebook. It was left as it is.</source>
        <translation>[{name} îš åñ ŠQĻîţé ðåţåbåšé, büţ ñöţ å PåŕţñéŕÐéšķ ñöţébööķ. Îţ ŵåš ļéfţ åš îţ îš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of PartnerDesk (schema {revision}). Update PartnerDesk to open it; the file was left as it is.</source>
        <translation>[{name} ŵåš ŵŕîţţéñ bý å ñéŵéŕ véŕšîöñ öf PåŕţñéŕÐéšķ (šçĥémå {revision}). Üpðåţé PåŕţñéŕÐéšķ ţö öpéñ îţ; ţĥé fîļé ŵåš ļéfţ åš îţ îš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>[Çåññöţ çŕéåţé {path}: {reason}.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} has {count} broken links after upgrading; restore the backup made before the upgrade.</source>
        <translation>[{name} ĥåš {count} bŕöķéñ ļîñķš åfţéŕ üpĝŕåðîñĝ; ŕéšţöŕé ţĥé båçķüp måðé béföŕé ţĥé üpĝŕåðé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is already open in another PartnerDesk window. Switch to that window, or close it first.</source>
        <translation>[{name} îš åļŕéåðý öpéñ îñ åñöţĥéŕ PåŕţñéŕÐéšķ ŵîñðöŵ. Šŵîţçĥ ţö ţĥåţ ŵîñðöŵ, öŕ çļöšé îţ fîŕšţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{kept} and {duplicate} do not belong to the same organization: only two records of one person can be merged.</source>
        <translation>[{kept} åñð {duplicate} ðö ñöţ béļöñĝ ţö ţĥé šåmé öŕĝåñîžåţîöñ: öñļý ţŵö ŕéçöŕðš öf öñé péŕšöñ çåñ bé méŕĝéð.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>These fields cannot be merged: {fields}.</source>
        <translation>[Ţĥéšé fîéļðš çåññöţ bé méŕĝéð: {fields}.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be paired with themself.</source>
        <translation>[{name} çåññöţ bé påîŕéð ŵîţĥ ţĥémšéļf.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is not a member of this initiative; add them as a member first.</source>
        <translation>[{name} îš ñöţ å mémbéŕ öf ţĥîš îñîţîåţîvé; åðð ţĥém åš å mémbéŕ fîŕšţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{ours} and {theirs} are already paired.</source>
        <translation>[{ours} åñð {theirs} åŕé åļŕéåðý påîŕéð.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{ours} and {theirs} are both on our side: a pairing joins one of our people with one of theirs.</source>
        <translation>[{ours} åñð {theirs} åŕé böţĥ öñ öüŕ šîðé: å påîŕîñĝ ĵöîñš öñé öf öüŕ péöpļé ŵîţĥ öñé öf ţĥéîŕš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{ours} and {theirs} are both on their side: a pairing joins one of our people with one of theirs.</source>
        <translation>[{ours} åñð {theirs} åŕé böţĥ öñ ţĥéîŕ šîðé: å påîŕîñĝ ĵöîñš öñé öf öüŕ péöpļé ŵîţĥ öñé öf ţĥéîŕš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{ours} is one of theirs and {theirs} one of ours: a pairing names our person first.</source>
        <translation>[{ours} îš öñé öf ţĥéîŕš åñð {theirs} öñé öf öüŕš: å påîŕîñĝ ñåméš öüŕ péŕšöñ fîŕšţ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pairing {ours} with {theirs} would close a circle: they are already linked through {between}.</source>
        <translation>[Påîŕîñĝ {ours} ŵîţĥ {theirs} ŵöüļð çļöšé å çîŕçļé: ţĥéý åŕé åļŕéåðý ļîñķéð ţĥŕöüĝĥ {between}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>unknown name “{name}”</source>
        <translation>[üñķñöŵñ ñåmé “{name}”~~~~~~~~]</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>[ļîñé {line}: {problem}~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Subject, line {line}: {problem}</source>
        <translation>[Šübĵéçţ, ļîñé {line}: {problem}~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Body, line {line}: {problem}</source>
        <translation>[Böðý, ļîñé {line}: {problem}~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Subject, {problem}</source>
        <translation>[Šübĵéçţ, {problem}~~~~~~~]</translation>
    </message>
    <message>
        <source>Body, {problem}</source>
        <translation>[Böðý, {problem}~~~~~~]</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>[Ţĥé {what} çåññöţ bé émpţý.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>[Ţĥé {what} îš ţöö ļöñĝ ({length} çĥåŕåçţéŕš; åţ möšţ {limit}).~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The {what} contains a NUL character.</source>
        <translation>[Ţĥé {what} çöñţåîñš å ÑÜĻ çĥåŕåçţéŕ.~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The {what} contains a character that is not valid Unicode (at position {position}, half of a surrogate pair).</source>
        <translation>[Ţĥé {what} çöñţåîñš å çĥåŕåçţéŕ ţĥåţ îš ñöţ våļîð Üñîçöðé (åţ pöšîţîöñ {position}, ĥåļf öf å šüŕŕöĝåţé påîŕ).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The {what} is too long ({length:,} characters; at most {limit:,}).</source>
        <translation>[Ţĥé {what} îš ţöö ļöñĝ ({length:,} çĥåŕåçţéŕš; åţ möšţ {limit:,}).~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>[Çöüļð ñöţ ŵŕîţé {path}: {reason}.~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not write {path}: the PDF could not be started.</source>
        <translation>[Çöüļð ñöţ ŵŕîţé {path}: ţĥé PÐF çöüļð ñöţ bé šţåŕţéð.~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file for the backup.</source>
        <translation>[{path} åļŕéåðý éxîšţš; çĥööšé å ñéŵ fîļé föŕ ţĥé båçķüp.~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>[Ţĥéŕé îš ñö båçķüp åţ {path}.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is the notebook itself, not a backup of it.</source>
        <translation>[{name} îš ţĥé ñöţébööķ îţšéļf, ñöţ å båçķüp öf îţ.~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {reason}</source>
        <translation>[{name} çåññöţ bé ŕéšţöŕéð: {reason}~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not close {name} to replace it: {reason}</source>
        <translation>[Çöüļð ñöţ çļöšé {name} ţö ŕépļåçé îţ: {reason}~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} is still being written by another program; close it there and restore again. Nothing was changed.</source>
        <translation>[{name} îš šţîļļ béîñĝ ŵŕîţţéñ bý åñöţĥéŕ pŕöĝŕåm; çļöšé îţ ţĥéŕé åñð ŕéšţöŕé åĝåîñ. Ñöţĥîñĝ ŵåš çĥåñĝéð.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Could not write the restored notebook: {reason}</source>
        <translation>[Çöüļð ñöţ ŵŕîţé ţĥé ŕéšţöŕéð ñöţébööķ: {reason}~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{name} cannot be restored: it is damaged ({reason}).</source>
        <translation>[{name} çåññöţ bé ŕéšţöŕéð: îţ îš ðåmåĝéð ({reason}).~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Cannot keep backups in {folder}: it is a file, not a folder.</source>
        <translation>[Çåññöţ ķéép båçķüpš îñ {folder}: îţ îš å fîļé, ñöţ å föļðéŕ.~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>[Çåññöţ çŕéåţé {folder}: {reason}.~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The capacity cannot be negative: give how many places, 0 when full, or leave it empty.</source>
        <translation>[Ţĥé çåpåçîţý çåññöţ bé ñéĝåţîvé: ĝîvé ĥöŵ måñý pļåçéš, 0 ŵĥéñ füļļ, öŕ ļéåvé îţ émpţý.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no need with id {id}.</source>
        <translation>[Ţĥéŕé îš ñö ñééð ŵîţĥ îð {id}.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no offer with id {id}.</source>
        <translation>[Ţĥéŕé îš ñö öfféŕ ŵîţĥ îð {id}.~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export</source>
        <translation>[Éxpöŕţ~~]</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>[Ŵŕîţîñĝ {name}…~~~~~~]</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>[Éxpöŕţ {format}~~~~~~]</translation>
    </message>
    <message>
        <source>Exported {counts} to {name}.</source>
        <translation>[Éxpöŕţéð {counts} ţö {name}.~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>[ñöţĥîñĝ~~~]</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>[Éxpöŕţ çåñçéļļéð; ñöţĥîñĝ ŵåš ŵŕîţţéñ.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>[Éxpöŕţ fåîļéð~~~~~]</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>[ñåmé~~]</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>[påŕţñéŕ ñåmé~~~~~]</translation>
    </message>
    <message>
        <source>initiative name</source>
        <translation>[îñîţîåţîvé ñåmé~~~~~~]</translation>
    </message>
    <message>
        <source>offer name</source>
        <translation>[öfféŕ ñåmé~~~~]</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>[ţåĝ~]</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>[šümmåŕý~~~]</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>[öfféŕ~~]</translation>
    </message>
    <message>
        <source>description</source>
        <translation>[ðéšçŕîpţîöñ~~~~]</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>[ñöţéš~~]</translation>
    </message>
    <message>
        <source>text</source>
        <translation>[ţéxţ~~]</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>[šķîļļš~~]</translation>
    </message>
    <message>
        <source>season</source>
        <translation>[šéåšöñ~~]</translation>
    </message>
    <message>
        <source>role</source>
        <translation>[ŕöļé~~]</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>[šéţţîñĝ~~~]</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>[šübĵéçţ~~~]</translation>
    </message>
    <message>
        <source>body</source>
        <translation>[böðý~~]</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Follow-ups</source>
        <translation>[Föļļöŵ-üpš~~~~]</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>[Ðö&amp;ñé~~]</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>[Måŕķ ţĥé šéļéçţéð föļļöŵ-üp ðöñé~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>[Šñöö&amp;žé…~~~]</translation>
    </message>
    <message>
        <source>Hide the selected follow-up for a while</source>
        <translation>[Ĥîðé ţĥé šéļéçţéð föļļöŵ-üp föŕ å ŵĥîļé~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Dr&amp;aft e-mail…</source>
        <translation>[Ðŕ&amp;åfţ é-måîļ…~~~~~~]</translation>
    </message>
    <message>
        <source>The e-mail this follow-up calls for; sending it marks the follow-up done</source>
        <translation>[Ţĥé é-måîļ ţĥîš föļļöŵ-üp çåļļš föŕ; šéñðîñĝ îţ måŕķš ţĥé föļļöŵ-üp ðöñé~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>[Öp&amp;éñ~~]</translation>
    </message>
    <message>
        <source>Open what the selected follow-up is about (Enter)</source>
        <translation>[Öpéñ ŵĥåţ ţĥé šéļéçţéð föļļöŵ-üp îš åböüţ (Éñţéŕ)~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>[Šñöö&amp;žé~~~]</translation>
    </message>
    <message>
        <source>Showing the first {count} follow-ups.</source>
        <translation>[Šĥöŵîñĝ ţĥé fîŕšţ {count} föļļöŵ-üpš.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>For &amp;1 day</source>
        <translation>[Föŕ &amp;1 ðåý~~~~]</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>[Föŕ 1 &amp;ŵééķ~~~~]</translation>
    </message>
    <message>
        <source>For &amp;{count} days</source>
        <translation>[Föŕ &amp;{count} ðåýš~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>[Ðüé~]</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>[Föļļöŵ-üp~~~~]</translation>
    </message>
    <message>
        <source>Thank them for meeting in person</source>
        <translation>[Ţĥåñķ ţĥém föŕ mééţîñĝ îñ péŕšöñ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Thank them for the meeting: {subject}</source>
        <translation>[Ţĥåñķ ţĥém föŕ ţĥé mééţîñĝ: {subject}~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Check the open commitments after meeting in person</source>
        <translation>[Çĥéçķ ţĥé öpéñ çömmîţméñţš åfţéŕ mééţîñĝ îñ péŕšöñ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Check the open commitments after: {subject}</source>
        <translation>[Çĥéçķ ţĥé öpéñ çömmîţméñţš åfţéŕ: {subject}~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nudge {number} of {count}: {subject}</source>
        <translation>[Ñüðĝé {number} öf {count}: {subject}~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Escalate, still not done after {count} nudges: {subject}</source>
        <translation>[Éšçåļåţé, šţîļļ ñöţ ðöñé åfţéŕ {count} ñüðĝéš: {subject}~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Check in on the initiative: {subject}</source>
        <translation>[Çĥéçķ îñ öñ ţĥé îñîţîåţîvé: {subject}~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{day} (1 day late)</source>
        <translation>[{day} (1 ðåý ļåţé)~~~~~~~]</translation>
    </message>
    <message>
        <source>{day} ({count} days late)</source>
        <translation>[{day} ({count} ðåýš ļåţé)~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>[ð MMMM ýýýý~~~~]</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <source>Gaps — needs nothing fills yet</source>
        <translation>[Ĝåpš — ñééðš ñöţĥîñĝ fîļļš ýéţ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Talent and skills</source>
        <translation>[Ţåļéñţ åñð šķîļļš~~~~~~~]</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>[Çåţéĝöŕý~~~]</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>[&amp;Çåţéĝöŕý~~~~]</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>[Pŕîöŕîţý~~~]</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>[Ñééð~~]</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>[Åĝé~]</translation>
    </message>
    <message>
        <source>Needs nothing fills yet</source>
        <translation>[Ñééðš ñöţĥîñĝ fîļļš ýéţ~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open Partner</source>
        <translation>[&amp;Öpéñ Påŕţñéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Open the partner at this need (Enter)</source>
        <translation>[Öpéñ ţĥé påŕţñéŕ åţ ţĥîš ñééð (Éñţéŕ)~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Looking for needs that no offer fills…</source>
        <translation>[Ļööķîñĝ föŕ ñééðš ţĥåţ ñö öfféŕ fîļļš…~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The gaps could not be read: {reason}</source>
        <translation>[Ţĥé ĝåpš çöüļð ñöţ bé ŕéåð: {reason}~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Every open talent and skills need has an offer that could fill it.</source>
        <translation>[Évéŕý öpéñ ţåļéñţ åñð šķîļļš ñééð ĥåš åñ öfféŕ ţĥåţ çöüļð fîļļ îţ.~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 open need</source>
        <translation>[1 öpéñ ñééð~~~~]</translation>
    </message>
    <message>
        <source>{count} open needs</source>
        <translation>[{count} öpéñ ñééðš~~~~~~~]</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>[1 påŕţñéŕ~~~~]</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>[{count} påŕţñéŕš~~~~~~]</translation>
    </message>
    <message>
        <source>{needs} at {partners} that no offer fills yet, {high} of high priority. Enter opens the partner.</source>
        <translation>[{needs} åţ {partners} ţĥåţ ñö öfféŕ fîļļš ýéţ, {high} öf ĥîĝĥ pŕîöŕîţý. Éñţéŕ öpéñš ţĥé påŕţñéŕ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import {format}</source>
        <translation>[Împöŕţ {format}~~~~~~]</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>[Ŕéåðîñĝ {name}…~~~~~~]</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>[Împöŕţîñĝ {name}…~~~~~~~]</translation>
    </message>
    <message>
        <source>Imported {name}: {summary}</source>
        <translation>[Împöŕţéð {name}: {summary}~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>[Împöŕţ ðöñé~~~~]</translation>
    </message>
    <message>
        <source>{name} is imported.</source>
        <translation>[{name} îš împöŕţéð.~~~~~~~~]</translation>
    </message>
    <message>
        <source>A backup of the notebook as it was is in its backups folder.</source>
        <translation>[Å båçķüp öf ţĥé ñöţébööķ åš îţ ŵåš îš îñ îţš båçķüpš föļðéŕ.~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>[Împöŕţ çåñçéļļéð; ñöţĥîñĝ ŵåš împöŕţéð.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import {name}?</source>
        <translation>[Împöŕţ {name}?~~~~~~]</translation>
    </message>
    <message>
        <source>Import {name} into this notebook?</source>
        <translation>[Împöŕţ {name} îñţö ţĥîš ñöţébööķ?~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A backup of the notebook is made first.</source>
        <translation>[Å båçķüp öf ţĥé ñöţébööķ îš måðé fîŕšţ.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>[&amp;Împöŕţ~~~]</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>[Çåññöţ împöŕţ {name}~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>[Ñöţĥîñĝ ŵåš împöŕţéð.~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>New initiative</source>
        <translation>[Ñéŵ îñîţîåţîvé~~~~~~]</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>[Éðîţ îñîţîåţîvé~~~~~~]</translation>
    </message>
    <message>
        <source>An actionable goal: who does what by when</source>
        <translation>[Åñ åçţîöñåbļé ĝöåļ: ŵĥö ðöéš ŵĥåţ bý ŵĥéñ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>[Ñöţ šţåŕţéð~~~~]</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>[Ñö ţåŕĝéţ~~~~]</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>[Ñöñé pļåññéð~~~~~]</translation>
    </message>
    <message>
        <source>Members from both sides</source>
        <translation>[Mémbéŕš fŕöm böţĥ šîðéš~~~~~~~~~]</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>[öüŕš~~]</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>[ţĥéîŕš~~]</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Ñåmé~~]</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>[&amp;Ĝöåļ~~]</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>[Šî&amp;žé~~]</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>[&amp;Šţåţüš~~~]</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>[Šţå&amp;ŕţéð~~~]</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>[&amp;Ţåŕĝéţ~~~]</translation>
    </message>
    <message>
        <source>Next &amp;check-in</source>
        <translation>[Ñéxţ &amp;çĥéçķ-îñ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>[&amp;Mémbéŕš~~~]</translation>
    </message>
</context>
<context>
    <name>InitiativeSize</name>
    <message>
        <source>Pilot</source>
        <translation>[Pîļöţ~~]</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>[Pŕöĝŕåm~~~]</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>[Šţŕåţéĝîç~~~~]</translation>
    </message>
</context>
<context>
    <name>InitiativeStatus</name>
    <message>
        <source>Proposed</source>
        <translation>[Pŕöpöšéð~~~]</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>[Åçţîvé~~]</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>[Påüšéð~~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Ðöñé~~]</translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>Initiative</source>
        <translation>[Îñîţîåţîvé~~~~]</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>[Šîžé~~]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Šţåţüš~~]</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>[Ñéxţ çĥéçķ-îñ~~~~~]</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>[Mémbéŕš~~~]</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>[Ĝöåļ~~]</translation>
    </message>
    <message>
        <source>P&amp;romote…</source>
        <translation>[P&amp;ŕömöţé…~~~~]</translation>
    </message>
    <message>
        <source>Chec&amp;k-in E-mail…</source>
        <translation>[Çĥéç&amp;ķ-îñ É-måîļ…~~~~~~~]</translation>
    </message>
    <message>
        <source>Draft a “Where are we on …?” e-mail</source>
        <translation>[Ðŕåfţ å “Ŵĥéŕé åŕé ŵé öñ …?” é-måîļ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not promoted</source>
        <translation>[Ñöţ pŕömöţéð~~~~~]</translation>
    </message>
    <message>
        <source>Promote to {size}?</source>
        <translation>[Pŕömöţé ţö {size}?~~~~~~~]</translation>
    </message>
    <message>
        <source>Start small: {kept} of {counted} commitments kept on time; promote anyway?</source>
        <translation>[Šţåŕţ šmåļļ: {kept} öf {counted} çömmîţméñţš ķépţ öñ ţîmé; pŕömöţé åñýŵåý?~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{ours} ours · {theirs} theirs</source>
        <translation>[{ours} öüŕš · {theirs} ţĥéîŕš~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Move up to {size}</source>
        <translation>[Mövé üp ţö {size}~~~~~~~]</translation>
    </message>
    <message>
        <source>Already at the top of the ladder</source>
        <translation>[Åļŕéåðý åţ ţĥé ţöp öf ţĥé ļåððéŕ~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>[Çåñçéļ~~]</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>[Çåñçéļļîñĝ…~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — PartnerDesk</source>
        <translation>[{name} — PåŕţñéŕÐéšķ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>[&amp;Üñðö {what}~~~~~]</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>[Ñöţ šåvéð~~~~]</translation>
    </message>
    <message>
        <source>Some of your typing could not be saved (see the status bar). Close anyway and lose it?</source>
        <translation>[Šömé öf ýöüŕ ţýpîñĝ çöüļð ñöţ bé šåvéð (šéé ţĥé šţåţüš båŕ). Çļöšé åñýŵåý åñð ļöšé îţ?~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message>
        <source>category {name}</source>
        <translation>[çåţéĝöŕý {name}~~~~~~]</translation>
    </message>
    <message>
        <source>related category</source>
        <translation>[ŕéļåţéð çåţéĝöŕý~~~~~~]</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>[ñö çåţéĝöŕý~~~~]</translation>
    </message>
    <message>
        <source>skills: {list}</source>
        <translation>[šķîļļš: {list}~~~~~~]</translation>
    </message>
    <message>
        <source>words: {list}</source>
        <translation>[ŵöŕðš: {list}~~~~~]</translation>
    </message>
    <message>
        <source>close: {pairs}</source>
        <translation>[çļöšé: {pairs}~~~~~~]</translation>
    </message>
    <message>
        <source>today</source>
        <translation>[ţöðåý~~]</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>[1 ðåý~~]</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>[{count} ðåýš~~~~~]</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>[{count} möñţĥš~~~~~~]</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>[{count} ýéåŕš~~~~~]</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>[Ñéŵ mééţîñĝ~~~~]</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>[Éðîţ mééţîñĝ~~~~~]</translation>
    </message>
    <message>
        <source>Partner name or the start of it</source>
        <translation>[Påŕţñéŕ ñåmé öŕ ţĥé šţåŕţ öf îţ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>[&amp;Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source> min</source>
        <translation>[ mîñ~~]</translation>
    </message>
    <message>
        <source>At &amp;their premises</source>
        <translation>[Åţ &amp;ţĥéîŕ pŕémîšéš~~~~~~~]</translation>
    </message>
    <message>
        <source>Their people</source>
        <translation>[Ţĥéîŕ péöpļé~~~~~]</translation>
    </message>
    <message>
        <source>Our people</source>
        <translation>[Öüŕ péöpļé~~~~]</translation>
    </message>
    <message>
        <source>T&amp;heirs</source>
        <translation>[Ţ&amp;ĥéîŕš~~~]</translation>
    </message>
    <message>
        <source>O&amp;urs</source>
        <translation>[Ö&amp;üŕš~~]</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>[&amp;Ŵĥéñ~~]</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>[&amp;Ðüŕåţîöñ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>[&amp;Möðé~~]</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>[P&amp;ļåçé~~]</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>[Ţ&amp;îţļé~~]</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>[Åţţéñðééš~~~~]</translation>
    </message>
    <message>
        <source>Name the partner the meeting is with.</source>
        <translation>[Ñåmé ţĥé påŕţñéŕ ţĥé mééţîñĝ îš ŵîţĥ.~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>[(üñţîţļéð)~~~~]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Ðåţé~~]</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>[Möðé~~]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>[Ţîţļé~~]</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>In person</source>
        <translation>[Îñ péŕšöñ~~~~]</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>[Vîðéö~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Pĥöñé~~]</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>[É-måîļ~~]</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>[Évéñţ~~]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñöţé~~]</translation>
    </message>
</context>
<context>
    <name>MeetingTemplate</name>
    <message>
        <source>Their needs and concerns</source>
        <translation>[Ţĥéîŕ ñééðš åñð çöñçéŕñš~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Talent and skills they seek</source>
        <translation>[Ţåļéñţ åñð šķîļļš ţĥéý šééķ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>What we can offer</source>
        <translation>[Ŵĥåţ ŵé çåñ öfféŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>Commitments — ours</source>
        <translation>[Çömmîţméñţš — öüŕš~~~~~~~]</translation>
    </message>
    <message>
        <source>Commitments — theirs</source>
        <translation>[Çömmîţméñţš — ţĥéîŕš~~~~~~~~]</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>[Ñéxţ šţépš~~~~]</translation>
    </message>
</context>
<context>
    <name>MeetingTitle</name>
    <message>
        <source>Meeting with {partner}</source>
        <translation>[Mééţîñĝ ŵîţĥ {partner}~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Video call with {partner}</source>
        <translation>[Vîðéö çåļļ ŵîţĥ {partner}~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Phone call with {partner}</source>
        <translation>[Pĥöñé çåļļ ŵîţĥ {partner}~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>E-mail exchange with {partner}</source>
        <translation>[É-måîļ éxçĥåñĝé ŵîţĥ {partner}~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Event with {partner}</source>
        <translation>[Évéñţ ŵîţĥ {partner}~~~~~~~~]</translation>
    </message>
    <message>
        <source>Note on {partner}</source>
        <translation>[Ñöţé öñ {partner}~~~~~~~]</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>[Mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>[Vîðéö çåļļ~~~~]</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>[Pĥöñé çåļļ~~~~]</translation>
    </message>
    <message>
        <source>E-mail exchange</source>
        <translation>[É-måîļ éxçĥåñĝé~~~~~~]</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>[Évéñţ~~]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñöţé~~]</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>[Mééţîñĝš~~~]</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>[&amp;Ñéŵ mééţîñĝ…~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>[&amp;Éðîţ…~~]</translation>
    </message>
    <message>
        <source>Edit the meeting's date, mode, place and attendees</source>
        <translation>[Éðîţ ţĥé mééţîñĝ'š ðåţé, möðé, pļåçé åñð åţţéñðééš~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>[Mövé ţö &amp;Ţŕåšĥ~~~~~~]</translation>
    </message>
    <message>
        <source>Move meeting to Trash</source>
        <translation>[Mövé mééţîñĝ ţö Ţŕåšĥ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation>[Ŵŕîţé îñ ţĥé ñöţéš~~~~~~~]</translation>
    </message>
    <message>
        <source>Meeting not deleted</source>
        <translation>[Mééţîñĝ ñöţ ðéļéţéð~~~~~~~~]</translation>
    </message>
    <message>
        <source>No meetings yet. Press New meeting to log one.</source>
        <translation>[Ñö mééţîñĝš ýéţ. Pŕéšš Ñéŵ mééţîñĝ ţö ļöĝ öñé.~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>[{minutes} mîñ~~~~~]</translation>
    </message>
    <message>
        <source>at their premises</source>
        <translation>[åţ ţĥéîŕ pŕémîšéš~~~~~~~]</translation>
    </message>
    <message>
        <source>Attendees: none recorded</source>
        <translation>[Åţţéñðééš: ñöñé ŕéçöŕðéð~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Theirs: {names}</source>
        <translation>[Ţĥéîŕš: {names}~~~~~~]</translation>
    </message>
    <message>
        <source>Ours: {names}</source>
        <translation>[Öüŕš: {names}~~~~~]</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;Fîļé~~]</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>[Öpéñ &amp;Ŕéçéñţ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>[&amp;Împöŕţ~~~]</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>[&amp;Éxpöŕţ~~~]</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>[&amp;Éðîţ~~]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>[&amp;Vîéŵ~~]</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>[&amp;Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>[&amp;Mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Ĥéļp~~]</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>[Méŕĝé “%1” îñţö “%2”~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>[Méŕĝé péöpļé~~~~~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñåmé~~]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>[Ţîţļé~~]</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>[É-måîļ~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Pĥöñé~~]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>[Ŕöļé~~]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Ñöţéš~~]</translation>
    </message>
    <message>
        <source>Keep one record. The other goes to the Trash once its meetings, commitments, initiatives and pairings have moved to the one kept. Edit ▸ Undo puts everything back.</source>
        <translation>[Ķéép öñé ŕéçöŕð. Ţĥé öţĥéŕ ĝöéš ţö ţĥé Ţŕåšĥ öñçé îţš mééţîñĝš, çömmîţméñţš, îñîţîåţîvéš åñð påîŕîñĝš ĥåvé mövéð ţö ţĥé öñé ķépţ. Éðîţ ▸ Üñðö püţš évéŕýţĥîñĝ båçķ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>[&amp;Ķéép~~]</translation>
    </message>
    <message>
        <source>Both records hold the same details.</source>
        <translation>[Böţĥ ŕéçöŕðš ĥöļð ţĥé šåmé ðéţåîļš.~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>[&amp;Méŕĝé~~]</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>[(émpţý)~~~]</translation>
    </message>
</context>
<context>
    <name>NeedCapture</name>
    <message>
        <source>Record as N&amp;eed…</source>
        <translation>[Ŕéçöŕð åš Ñ&amp;ééð…~~~~~~]</translation>
    </message>
    <message>
        <source>Records the selected text or the current line in the partner's needs</source>
        <translation>[Ŕéçöŕðš ţĥé šéļéçţéð ţéxţ öŕ ţĥé çüŕŕéñţ ļîñé îñ ţĥé påŕţñéŕ'š ñééðš~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Need from the notes</source>
        <translation>[Ñééð fŕöm ţĥé ñöţéš~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>NeedCategory</name>
    <message>
        <source>Talent</source>
        <translation>[Ţåļéñţ~~]</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>[Šķîļļš~~]</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>[Ŕéšéåŕçĥ~~~]</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>[Füñðîñĝ~~~]</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>[Fåçîļîţîéš~~~~]</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>[Vîšîbîļîţý~~~~]</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>[Öţĥéŕ~~]</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>New need</source>
        <translation>[Ñéŵ ñééð~~~]</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>[Éðîţ ñééð~~~~]</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>[Ñöñé ýéţ~~~]</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>[&amp;Çåţéĝöŕý~~~~]</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>[&amp;Ñééð~~]</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>[&amp;Pŕîöŕîţý~~~~]</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>[&amp;Šţåţüš~~~]</translation>
    </message>
    <message>
        <source>&amp;Addressed by</source>
        <translation>[&amp;Åððŕéššéð bý~~~~~]</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>[Ñö mééţîñĝ~~~~]</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>[Fŕöm mééţîñĝ~~~~~]</translation>
    </message>
</context>
<context>
    <name>NeedMatchesPanel</name>
    <message>
        <source>Offer</source>
        <translation>[Öfféŕ~~]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķîñð~~]</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>[Ŵĥý~]</translation>
    </message>
    <message>
        <source>Offers that could fill this need</source>
        <translation>[Öfféŕš ţĥåţ çöüļð fîļļ ţĥîš ñééð~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Select a talent or skills need to see our offers.</source>
        <translation>[Šéļéçţ å ţåļéñţ öŕ šķîļļš ñééð ţö šéé öüŕ öfféŕš.~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Offers are matched to open talent and skills needs.</source>
        <translation>[Öfféŕš åŕé måţçĥéð ţö öpéñ ţåļéñţ åñð šķîļļš ñééðš.~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Offers that could fill this need, best first ({count}):</source>
        <translation>[Öfféŕš ţĥåţ çöüļð fîļļ ţĥîš ñééð, béšţ fîŕšţ ({count}):~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No offer of ours fills this need yet: it is a gap (View ▸ Gaps).</source>
        <translation>[Ñö öfféŕ öf öüŕš fîļļš ţĥîš ñééð ýéţ: îţ îš å ĝåp (Vîéŵ ▸ Ĝåpš).~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>NeedStatus</name>
    <message>
        <source>Open</source>
        <translation>[Öpéñ~~]</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>[Îñ pŕöĝŕéšš~~~~]</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>[Méţ~]</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>[Ðéçļîñéð~~~]</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Priority</source>
        <translation>[Pŕîöŕîţý~~~]</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>[Çåţéĝöŕý~~~]</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>[Ñééð~~]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Šţåţüš~~]</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>[Fŕöm mééţîñĝ~~~~~]</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>[Åððŕéššéð bý~~~~~]</translation>
    </message>
</context>
<context>
    <name>NotebookRecovery</name>
    <message>
        <source>PartnerDesk</source>
        <translation>[PåŕţñéŕÐéšķ~~~~]</translation>
    </message>
    <message>
        <source>Restore the backup of {when} ({partners} partners, {meetings} meetings)? This file is moved aside first: it is kept beside the notebook, not deleted.</source>
        <translation>[Ŕéšţöŕé ţĥé båçķüp öf {when} ({partners} påŕţñéŕš, {meetings} mééţîñĝš)? Ţĥîš fîļé îš mövéð åšîðé fîŕšţ: îţ îš ķépţ béšîðé ţĥé ñöţébööķ, ñöţ ðéļéţéð.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Restore the Backup of {when}</source>
        <translation>[Ŕéšţöŕé ţĥé Båçķüp öf {when}~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>There is no sound backup of this notebook to restore.</source>
        <translation>[Ţĥéŕé îš ñö šöüñð båçķüp öf ţĥîš ñöţébööķ ţö ŕéšţöŕé.~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open Another Notebook…</source>
        <translation>[Öpéñ Åñöţĥéŕ Ñöţébööķ…~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>[Qüîţ~~]</translation>
    </message>
    <message>
        <source>Open notebook</source>
        <translation>[Öpéñ ñöţébööķ~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk notebooks (*.partnerdesk);;All files (*)</source>
        <translation>[PåŕţñéŕÐéšķ ñöţébööķš (*.påŕţñéŕðéšķ);;Åļļ fîļéš (*)~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Restored the backup {backup}.</source>
        <translation>[Ŕéšţöŕéð ţĥé båçķüp {backup}.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The file it replaced was moved aside to {path}.</source>
        <translation>[Ţĥé fîļé îţ ŕépļåçéð ŵåš mövéð åšîðé ţö {path}.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The notebook as it was is backed up in {name}.</source>
        <translation>[Ţĥé ñöţébööķ åš îţ ŵåš îš båçķéð üp îñ {name}.~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Meeting notes</source>
        <translation>[Mééţîñĝ ñöţéš~~~~~]</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>[Föŕmåţţîñĝ~~~~]</translation>
    </message>
    <message>
        <source>Choose or create a meeting to take notes.</source>
        <translation>[Çĥööšé öŕ çŕéåţé å mééţîñĝ ţö ţåķé ñöţéš.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>[&amp;Böļð~~]</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>[Böļð~~]</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>[&amp;Îţåļîç~~~]</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>[Îţåļîç~~]</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>[&amp;Ĥéåðîñĝ~~~]</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>[Ĥéåðîñĝ~~~]</translation>
    </message>
    <message>
        <source>Body &amp;text</source>
        <translation>[Böðý &amp;ţéxţ~~~~]</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>[Böðý ţéxţ~~~~]</translation>
    </message>
    <message>
        <source>B&amp;ullet list</source>
        <translation>[B&amp;üļļéţ ļîšţ~~~~~]</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>[Büļļéţ ļîšţ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>[&amp;Ñümbéŕéð ļîšţ~~~~~~]</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>[Ñümbéŕéð ļîšţ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>[&amp;Çĥéçķļîšţ~~~~]</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>[Çĥéçķļîšţ~~~~]</translation>
    </message>
    <message>
        <source>Ctrl+Return ticks or unticks the item at the cursor</source>
        <translation>[Çţŕļ+Ŕéţüŕñ ţîçķš öŕ üñţîçķš ţĥé îţém åţ ţĥé çüŕšöŕ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>[&amp;Ļîñķ…~~]</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>[Ļîñķ~~]</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>[{action} ({shortcut})~~~~~~~~]</translation>
    </message>
    <message>
        <source>Web or e-mail address (empty removes the link):</source>
        <translation>[Ŵéb öŕ é-måîļ åððŕéšš (émpţý ŕémövéš ţĥé ļîñķ):~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>NotesTextEdit</name>
    <message>
        <source>Ctrl+click to open the link</source>
        <translation>[Çţŕļ+çļîçķ ţö öpéñ ţĥé ļîñķ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>[&amp;Öpéñ Ļîñķ~~~~]</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>New offer</source>
        <translation>[Ñéŵ öfféŕ~~~~]</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>[Éðîţ öfféŕ~~~~]</translation>
    </message>
    <message>
        <source>e.g. Data Science Certificate</source>
        <translation>[é.ĝ. Ðåţå Šçîéñçé Çéŕţîfîçåţé~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>comma-separated: Python, SQL, machine learning</source>
        <translation>[çömmå-šépåŕåţéð: Pýţĥöñ, ŠQĻ, måçĥîñé ļéåŕñîñĝ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>[Ñöţ šéţ~~~]</translation>
    </message>
    <message>
        <source>How many places or people; 0 when full</source>
        <translation>[Ĥöŵ måñý pļåçéš öŕ péöpļé; 0 ŵĥéñ füļļ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>e.g. Fall and Spring, Year-round</source>
        <translation>[é.ĝ. Fåļļ åñð Špŕîñĝ, Ýéåŕ-ŕöüñð~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Ñåmé~~]</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>[&amp;Ķîñð~~]</translation>
    </message>
    <message>
        <source>Fills &amp;needs of</source>
        <translation>[Fîļļš &amp;ñééðš öf~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>[&amp;Šķîļļš~~~]</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>[&amp;Çåpåçîţý~~~~]</translation>
    </message>
    <message>
        <source>S&amp;eason</source>
        <translation>[Š&amp;éåšöñ~~~]</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>[&amp;Ðéšçŕîpţîöñ~~~~~]</translation>
    </message>
</context>
<context>
    <name>OfferKind</name>
    <message>
        <source>Program</source>
        <translation>[Pŕöĝŕåm~~~]</translation>
    </message>
    <message>
        <source>Student cohort</source>
        <translation>[Šţüðéñţ çöĥöŕţ~~~~~~]</translation>
    </message>
    <message>
        <source>Internship scheme</source>
        <translation>[Îñţéŕñšĥîp šçĥémé~~~~~~~]</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>[Ļåb~]</translation>
    </message>
    <message>
        <source>Faculty expertise</source>
        <translation>[Fåçüļţý éxpéŕţîšé~~~~~~~]</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>[Öţĥéŕ~~]</translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <source>Our offers</source>
        <translation>[Öüŕ öfféŕš~~~~]</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>[Öfféŕ~~]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķîñð~~]</translation>
    </message>
    <message>
        <source>Fills needs of</source>
        <translation>[Fîļļš ñééðš öf~~~~~~]</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>[Šķîļļš~~]</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>[Çåpåçîţý~~~]</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>[Šéåšöñ~~]</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>[Öfféŕš~~]</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>[Pŕîöŕîţý~~~]</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>[Ñééð~~]</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>[Ŵĥý~]</translation>
    </message>
    <message>
        <source>Partners who need this offer</source>
        <translation>[Påŕţñéŕš ŵĥö ñééð ţĥîš öfféŕ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>[&amp;Ñéŵ…~~]</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>[&amp;Éðîţ…~~]</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>[&amp;Ðéļéţé~~~]</translation>
    </message>
    <message>
        <source>Move the offer to the Trash (Ctrl+Z brings it back)</source>
        <translation>[Mövé ţĥé öfféŕ ţö ţĥé Ţŕåšĥ (Çţŕļ+Ž bŕîñĝš îţ båçķ)~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open Partner</source>
        <translation>[&amp;Öpéñ Påŕţñéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Open the partner with the selected need (Enter)</source>
        <translation>[Öpéñ ţĥé påŕţñéŕ ŵîţĥ ţĥé šéļéçţéð ñééð (Éñţéŕ)~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Looking for the needs “{offer}” could fill…</source>
        <translation>[Ļööķîñĝ föŕ ţĥé ñééðš “{offer}” çöüļð fîļļ…~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>The needs could not be read: {reason}</source>
        <translation>[Ţĥé ñééðš çöüļð ñöţ bé ŕéåð: {reason}~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Select an offer to see who needs it.</source>
        <translation>[Šéļéçţ åñ öfféŕ ţö šéé ŵĥö ñééðš îţ.~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No open talent or skills need matches “{offer}” yet.</source>
        <translation>[Ñö öpéñ ţåļéñţ öŕ šķîļļš ñééð måţçĥéš “{offer}” ýéţ.~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{count} open needs “{offer}” could fill; the best {shown} shown:</source>
        <translation>[{count} öpéñ ñééðš “{offer}” çöüļð fîļļ; ţĥé béšţ {shown} šĥöŵñ:~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open needs “{offer}” could fill, best first ({count}):</source>
        <translation>[Öpéñ ñééðš “{offer}” çöüļð fîļļ, béšţ fîŕšţ ({count}):~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>OnTimeChart</name>
    <message>
        <source>{month}: {kept} of {counted}</source>
        <translation>[{month}: {kept} öf {counted}~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{month}: nothing due</source>
        <translation>[{month}: ñöţĥîñĝ ðüé~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>OurPromisesDialog</name>
    <message>
        <source>Our promises</source>
        <translation>[Öüŕ pŕömîšéš~~~~~]</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>[Öŵñéŕ~~]</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>[Ñöböðý~~]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Öpéñ~~]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>[Övéŕðüé~~~]</translation>
    </message>
    <message>
        <source>Our open commitments by owner</source>
        <translation>[Öüŕ öpéñ çömmîţméñţš bý öŵñéŕ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Our promises kept on time, by the month they were due</source>
        <translation>[Öüŕ pŕömîšéš ķépţ öñ ţîmé, bý ţĥé möñţĥ ţĥéý ŵéŕé ðüé~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue. In the last 12 months we kept {kept} of {counted} on time.</source>
        <translation>[{open} öpéñ, {overdue} övéŕðüé. Îñ ţĥé ļåšţ 12 möñţĥš ŵé ķépţ {kept} öf {counted} öñ ţîmé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Nobody yet</source>
        <translation>[Ñöböðý ýéţ~~~~]</translation>
    </message>
    <message>
        <source>comma-separated: internships, research</source>
        <translation>[çömmå-šépåŕåţéð: îñţéŕñšĥîpš, ŕéšéåŕçĥ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Who they are and why they matter (Markdown)</source>
        <translation>[Ŵĥö ţĥéý åŕé åñð ŵĥý ţĥéý måţţéŕ (Måŕķðöŵñ)~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>What we offer them (Markdown)</source>
        <translation>[Ŵĥåţ ŵé öfféŕ ţĥém (Måŕķðöŵñ)~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>[&amp;Šåvé~~]</translation>
    </message>
    <message>
        <source>Save the partner's details (Ctrl+S)</source>
        <translation>[Šåvé ţĥé påŕţñéŕ'š ðéţåîļš (Çţŕļ+Š)~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>[&amp;Ŕévéŕţ~~~]</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Ñåmé~~]</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>[Šţåĝé~~]</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>[&amp;Ķîñð~~]</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>[Šé&amp;çţöŕ~~~]</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>[&amp;Ŵébšîţé~~~]</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>[&amp;Åððŕéšš~~~]</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>[Çîţý, çöüñţŕý~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>[&amp;Öŵñéŕ~~]</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>[&amp;Ţåĝš~~]</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>[Š&amp;ümmåŕý~~~]</translation>
    </message>
    <message>
        <source>What we o&amp;ffer</source>
        <translation>[Ŵĥåţ ŵé ö&amp;fféŕ~~~~~~]</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>[Ñöţ šåvéð: {reason}~~~~~~~~]</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>[Šåvéð~~]</translation>
    </message>
</context>
<context>
    <name>PairingMap</name>
    <message>
        <source>Pairing map</source>
        <translation>[Påîŕîñĝ måp~~~~]</translation>
    </message>
    <message>
        <source>Our person to pair</source>
        <translation>[Öüŕ péŕšöñ ţö påîŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>Their person to pair</source>
        <translation>[Ţĥéîŕ péŕšöñ ţö påîŕ~~~~~~~~]</translation>
    </message>
    <message>
        <source>P&amp;air</source>
        <translation>[P&amp;åîŕ~~]</translation>
    </message>
    <message>
        <source>Pair the two people chosen on the left</source>
        <translation>[Påîŕ ţĥé ţŵö péöpļé çĥöšéñ öñ ţĥé ļéfţ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>[&amp;Üñpåîŕ~~~]</translation>
    </message>
    <message>
        <source>Unpair the selected pair (Delete)</source>
        <translation>[Üñpåîŕ ţĥé šéļéçţéð påîŕ (Ðéļéţé)~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>[Üñpåîŕ~~]</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>[Påîŕ~~]</translation>
    </message>
    <message>
        <source>with</source>
        <translation>[ŵîţĥ~~]</translation>
    </message>
    <message>
        <source>Select an initiative to see who works with whom.</source>
        <translation>[Šéļéçţ åñ îñîţîåţîvé ţö šéé ŵĥö ŵöŕķš ŵîţĥ ŵĥöm.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>(in the Trash)</source>
        <translation>[(îñ ţĥé Ţŕåšĥ)~~~~~~]</translation>
    </message>
    <message>
        <source>Pairing map — {name}</source>
        <translation>[Påîŕîñĝ måp — {name}~~~~~~~~]</translation>
    </message>
    <message>
        <source>No members yet: add people from both sides with Edit….</source>
        <translation>[Ñö mémbéŕš ýéţ: åðð péöpļé fŕöm böţĥ šîðéš ŵîţĥ Éðîţ….~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{ours} of ours, {theirs} of theirs, {pairs} paired</source>
        <translation>[{ours} öf öüŕš, {theirs} öf ţĥéîŕš, {pairs} påîŕéð~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>nobody of ours is on it yet</source>
        <translation>[ñöböðý öf öüŕš îš öñ îţ ýéţ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>our side: {names} without a counterpart</source>
        <translation>[öüŕ šîðé: {names} ŵîţĥöüţ å çöüñţéŕpåŕţ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>nobody of theirs is on it yet</source>
        <translation>[ñöböðý öf ţĥéîŕš îš öñ îţ ýéţ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>their side: {names} without a counterpart</source>
        <translation>[ţĥéîŕ šîðé: {names} ŵîţĥöüţ å çöüñţéŕpåŕţ~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PairingMapModel</name>
    <message>
        <source>Our person</source>
        <translation>[Öüŕ péŕšöñ~~~~]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>[Ŕöļé~~]</translation>
    </message>
    <message>
        <source>Their person</source>
        <translation>[Ţĥéîŕ péŕšöñ~~~~~]</translation>
    </message>
    <message>
        <source>paired with</source>
        <translation>[påîŕéð ŵîţĥ~~~~]</translation>
    </message>
    <message>
        <source>nobody of theirs paired</source>
        <translation>[ñöböðý öf ţĥéîŕš påîŕéð~~~~~~~~~]</translation>
    </message>
    <message>
        <source>nobody of ours paired</source>
        <translation>[ñöböðý öf öüŕš påîŕéð~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>[Ñéŵ påŕţñéŕ~~~~]</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>[Éðîţ påŕţñéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>[Öŕĝåñîžåţîöñ ñåmé~~~~~~~]</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>[Ñöböðý ýéţ~~~~]</translation>
    </message>
    <message>
        <source>internships, research, board</source>
        <translation>[îñţéŕñšĥîpš, ŕéšéåŕçĥ, böåŕð~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Ñåmé~~]</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>[&amp;Ķîñð~~]</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>[&amp;Šţåĝé~~]</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>[Šé&amp;çţöŕ~~~]</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>[Ç&amp;îţý~~]</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>[Çö&amp;üñţŕý~~~]</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>[&amp;Ŵébšîţé~~~]</translation>
    </message>
    <message>
        <source>&amp;Owner (ours)</source>
        <translation>[&amp;Öŵñéŕ (öüŕš)~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>[&amp;Ţåĝš~~]</translation>
    </message>
</context>
<context>
    <name>PartnerHeader</name>
    <message>
        <source>owner: {name}</source>
        <translation>[öŵñéŕ: {name}~~~~~]</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>[ñö öŵñéŕ ýéţ~~~~~]</translation>
    </message>
    <message>
        <source>No face-to-face meeting yet</source>
        <translation>[Ñö fåçé-ţö-fåçé mééţîñĝ ýéţ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Last face-to-face: {day} ({days} days ago)</source>
        <translation>[Ļåšţ fåçé-ţö-fåçé: {day} ({days} ðåýš åĝö)~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>We kept {ours_kept} of {ours_counted} on time · They kept {theirs_kept} of {theirs_counted}</source>
        <translation>[Ŵé ķépţ {ours_kept} öf {ours_counted} öñ ţîmé · Ţĥéý ķépţ {theirs_kept} öf {theirs_counted}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Last 12 months: we {ours_kept} of {ours_counted} {ours_trend} · they {theirs_kept} of {theirs_counted} {theirs_trend}</source>
        <translation>[Ļåšţ 12 möñţĥš: ŵé {ours_kept} öf {ours_counted} {ours_trend} · ţĥéý {theirs_kept} öf {theirs_counted} {theirs_trend}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Arrows compare with the 12 months before: ↑ better, ↓ worse, → about the same.</source>
        <translation>[Åŕŕöŵš çömpåŕé ŵîţĥ ţĥé 12 möñţĥš béföŕé: ↑ béţţéŕ, ↓ ŵöŕšé, → åböüţ ţĥé šåmé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{last} · no meetings in the last 12 months</source>
        <translation>[{last} · ñö mééţîñĝš îñ ţĥé ļåšţ 12 möñţĥš~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>{last} · {in_person} of {meetings} meetings in person in 12 months ({percent}%) · {premises} at their premises</source>
        <translation>[{last} · {in_person} öf {meetings} mééţîñĝš îñ péŕšöñ îñ 12 möñţĥš ({percent}%) · {premises} åţ ţĥéîŕ pŕémîšéš~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <source>Company</source>
        <translation>[Çömpåñý~~~]</translation>
    </message>
    <message>
        <source>University</source>
        <translation>[Üñîvéŕšîţý~~~~]</translation>
    </message>
    <message>
        <source>School</source>
        <translation>[Šçĥööļ~~]</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>[Ñöñpŕöfîţ~~~~]</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>[Ĝövéŕñméñţ~~~~]</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>[Öţĥéŕ~~]</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>Name</source>
        <translation>[Ñåmé~~]</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>[Šţåĝé~~]</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>[Ļåšţ çöñţåçţ~~~~~]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Öpéñ~~]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>[Övéŕðüé~~~]</translation>
    </message>
    <message>
        <source>The partner's name</source>
        <translation>[Ţĥé påŕţñéŕ'š ñåmé~~~~~~~]</translation>
    </message>
    <message>
        <source>Where the partnership stands</source>
        <translation>[Ŵĥéŕé ţĥé påŕţñéŕšĥîp šţåñðš~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Date of the latest meeting, call or message, today or earlier</source>
        <translation>[Ðåţé öf ţĥé ļåţéšţ mééţîñĝ, çåļļ öŕ méššåĝé, ţöðåý öŕ éåŕļîéŕ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open commitments, ours and theirs</source>
        <translation>[Öpéñ çömmîţméñţš, öüŕš åñð ţĥéîŕš~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open commitments past their due date, ours and theirs</source>
        <translation>[Öpéñ çömmîţméñţš påšţ ţĥéîŕ ðüé ðåţé, öüŕš åñð ţĥéîŕš~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>[Pŕöšpéçţ~~~]</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>[Éxpļöŕîñĝ~~~~]</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>[Åçţîvé~~]</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>[Šţŕåţéĝîç~~~~]</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>[Ðöŕmåñţ~~~]</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>[Éñðéð~~]</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>[Çömpåñý~~~]</translation>
    </message>
    <message>
        <source>University</source>
        <translation>[Üñîvéŕšîţý~~~~]</translation>
    </message>
    <message>
        <source>School</source>
        <translation>[Šçĥööļ~~]</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>[Ñöñpŕöfîţ~~~~]</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>[Ĝövéŕñméñţ~~~~]</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>[Öţĥéŕ~~]</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>[Ñévéŕ~~]</translation>
    </message>
    <message>
        <source>⚠ {count}</source>
        <translation>[⚠ {count}~~~~]</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>[{name} ({kind})~~~~~~]</translation>
    </message>
    <message>
        <source>No meeting recorded yet</source>
        <translation>[Ñö mééţîñĝ ŕéçöŕðéð ýéţ~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s), ours and theirs</source>
        <translation><numerusform>[%n öpéñ çömmîţméñţ(š), öüŕš åñð ţĥéîŕš~~~~~~~~~~~~~~~]</numerusform><numerusform>[%n öpéñ çömmîţméñţ(š), öüŕš åñð ţĥéîŕš~~~~~~~~~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <source>Last met today</source>
        <translation>[Ļåšţ méţ ţöðåý~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Last met %n day(s) ago</source>
        <translation><numerusform>[Ļåšţ méţ %n ðåý(š) åĝö~~~~~~~~~]</numerusform><numerusform>[Ļåšţ méţ %n ðåý(š) åĝö~~~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>[Ñöţĥîñĝ övéŕðüé~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s) past their due date</source>
        <translation><numerusform>[%n öpéñ çömmîţméñţ(š) påšţ ţĥéîŕ ðüé ðåţé~~~~~~~~~~~~~~~~]</numerusform><numerusform>[%n öpéñ çömmîţméñţ(š) påšţ ţĥéîŕ ðüé ðåţé~~~~~~~~~~~~~~~~]</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerListPane</name>
    <message>
        <source>Filter partners (Ctrl+F)</source>
        <translation>[Fîļţéŕ påŕţñéŕš (Çţŕļ+F)~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>[Fîļţéŕ påŕţñéŕš~~~~~~]</translation>
    </message>
    <message>
        <source>Shows the partners whose name, city or sector contains every word typed. Down moves into the list, Escape clears.</source>
        <translation>[Šĥöŵš ţĥé påŕţñéŕš ŵĥöšé ñåmé, çîţý öŕ šéçţöŕ çöñţåîñš évéŕý ŵöŕð ţýpéð. Ðöŵñ mövéš îñţö ţĥé ļîšţ, Éšçåpé çļéåŕš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>[Åñý šţåĝé~~~~]</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>[Šţåĝé fîļţéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Show only partners at this stage</source>
        <translation>[Šĥöŵ öñļý påŕţñéŕš åţ ţĥîš šţåĝé~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>[Åñý ķîñð~~~]</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>[Ķîñð fîļţéŕ~~~~]</translation>
    </message>
    <message>
        <source>Show only partners of this kind</source>
        <translation>[Šĥöŵ öñļý påŕţñéŕš öf ţĥîš ķîñð~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>[Åñý ţåĝ~~~]</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>[Ţåĝ fîļţéŕ~~~~]</translation>
    </message>
    <message>
        <source>Show only partners with this tag</source>
        <translation>[Šĥöŵ öñļý påŕţñéŕš ŵîţĥ ţĥîš ţåĝ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>[Påŕţñéŕš~~~]</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>[Ñévéŕ~~]</translation>
    </message>
</context>
<context>
    <name>PartnerStage</name>
    <message>
        <source>Prospect</source>
        <translation>[Pŕöšpéçţ~~~]</translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation>[Éxpļöŕîñĝ~~~~]</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>[Åçţîvé~~]</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>[Šţŕåţéĝîç~~~~]</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>[Ðöŕmåñţ~~~]</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>[Éñðéð~~]</translation>
    </message>
</context>
<context>
    <name>PartnerWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation>[&amp;Övéŕvîéŵ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>[&amp;Mééţîñĝš~~~~]</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>[&amp;Çömmîţméñţš~~~~~]</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>[Péöp&amp;ļé~~~]</translation>
    </message>
    <message>
        <source>Nee&amp;ds</source>
        <translation>[Ñéé&amp;ðš~~]</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>[&amp;Îñîţîåţîvéš~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>[&amp;Föļļöŵ-üpš~~~~]</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>[Ñåmé~~]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>[Ţîţļé~~]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>[Ŕöļé~~]</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>[É-måîļ~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Pĥöñé~~]</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>[Îñîţîåţîvéš~~~~]</translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation>[Méŕ&amp;ĝé…~~~]</translation>
    </message>
    <message>
        <source>Merge the two selected records of one person</source>
        <translation>[Méŕĝé ţĥé ţŵö šéļéçţéð ŕéçöŕðš öf öñé péŕšöñ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>[Ñéŵ péŕšöñ~~~~]</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>[Éðîţ péŕšöñ~~~~]</translation>
    </message>
    <message>
        <source>champion, decision maker, HR lead…</source>
        <translation>[çĥåmpîöñ, ðéçîšîöñ måķéŕ, ĤŔ ļéåð…~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Ñåmé~~]</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>[&amp;Ţîţļé~~]</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>[&amp;É-måîļ~~~]</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>[&amp;Pĥöñé~~]</translation>
    </message>
    <message>
        <source>&amp;Role in the partnership</source>
        <translation>[&amp;Ŕöļé îñ ţĥé påŕţñéŕšĥîp~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>[Ñ&amp;öţéš~~]</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>[Pŕéféŕéñçéš~~~~]</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>[Ţĥé šýšţém'š ļåñĝüåĝé~~~~~~~~]</translation>
    </message>
    <message>
        <source>Pseudo-locale (longer text, to check layouts)</source>
        <translation>[Pšéüðö-ļöçåļé (ļöñĝéŕ ţéxţ, ţö çĥéçķ ļåýöüţš)~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>A new language applies the next time PartnerDesk starts.</source>
        <translation>[Å ñéŵ ļåñĝüåĝé åppļîéš ţĥé ñéxţ ţîmé PåŕţñéŕÐéšķ šţåŕţš.~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>[&amp;Ļåñĝüåĝé:~~~~]</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>[Ĥîĝĥ~~]</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>[Méðîüm~~]</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>[Ļöŵ~]</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>[&amp;Ñéŵ…~~]</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>[&amp;Éðîţ…~~]</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>[&amp;Ðéļéţé~~~]</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>[Ŕéšçĥéðüļé~~~~]</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>[Ñéŵ ðüé ðåţé:~~~~~]</translation>
    </message>
</context>
<context>
    <name>SaveFailureBanner</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation>[&amp;Ŕéţŕý Ñöŵ~~~~]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>[ţĥé ðîšķ îš füļļ~~~~~~]</translation>
    </message>
    <message>
        <source>the disk or the notebook file is read-only</source>
        <translation>[ţĥé ðîšķ öŕ ţĥé ñöţébööķ fîļé îš ŕéåð-öñļý~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>the notebook cannot be written</source>
        <translation>[ţĥé ñöţébööķ çåññöţ bé ŵŕîţţéñ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Your notes are not being saved: {why}. PartnerDesk keeps them on screen and retries every few seconds.</source>
        <translation>[Ýöüŕ ñöţéš åŕé ñöţ béîñĝ šåvéð: {why}. PåŕţñéŕÐéšķ ķéépš ţĥém öñ šçŕééñ åñð ŕéţŕîéš évéŕý féŵ šéçöñðš.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Notes save status</source>
        <translation>[Ñöţéš šåvé šţåţüš~~~~~~~]</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>[Šåvîñĝ…~~~]</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>[Šåvéð {time}~~~~~]</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>[Ñöţ šåvéð: {reason}~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search partners, people, meetings, commitments and needs…</source>
        <translation>[Šéåŕçĥ påŕţñéŕš, péöpļé, mééţîñĝš, çömmîţméñţš åñð ñééðš…~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>[Šéåŕçĥ évéŕýţĥîñĝ~~~~~~~]</translation>
    </message>
    <message>
        <source>All</source>
        <translation>[Åļļ~]</translation>
    </message>
    <message>
        <source>Search {what} ({keys})</source>
        <translation>[Šéåŕçĥ {what} ({keys})~~~~~~~~~]</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>[évéŕýţĥîñĝ~~~~]</translation>
    </message>
    <message>
        <source>Meetings and commitments from this day</source>
        <translation>[Mééţîñĝš åñð çömmîţméñţš fŕöm ţĥîš ðåý~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Meetings and commitments up to this day</source>
        <translation>[Mééţîñĝš åñð çömmîţméñţš üp ţö ţĥîš ðåý~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>[Åñý ðåţé~~~]</translation>
    </message>
    <message>
        <source>From</source>
        <translation>[Fŕöm~~]</translation>
    </message>
    <message>
        <source>to</source>
        <translation>[ţö~]</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>[Šéåŕçĥ ŕéšüļţš~~~~~~]</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>[åñý ðåý~~~]</translation>
    </message>
    <message>
        <source>Type a few letters of any name or word in your notes.</source>
        <translation>[Ţýpé å féŵ ļéţţéŕš öf åñý ñåmé öŕ ŵöŕð îñ ýöüŕ ñöţéš.~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words, or another kind or date.</source>
        <translation>[Ñöţĥîñĝ föüñð. Ţŕý féŵéŕ öŕ šĥöŕţéŕ ŵöŕðš, öŕ åñöţĥéŕ ķîñð öŕ ðåţé.~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>[1 ŕéšüļţ~~~]</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>[{n} ŕéšüļţš~~~~]</translation>
    </message>
    <message>
        <source>{found} · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>[{found} · ↑↓ ţö çĥööšé · Éñţéŕ ţö öpéñ · Éšç ţö çļöšé~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Partners</source>
        <translation>[Påŕţñéŕš~~~]</translation>
    </message>
    <message>
        <source>People</source>
        <translation>[Péöpļé~~]</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>[Mééţîñĝš~~~]</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>[Çömmîţméñţš~~~~]</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>[Ñééðš~~]</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>[Mééţîñĝ~~~]</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>[Ķéýböåŕð Šĥöŕţçüţš~~~~~~~]</translation>
    </message>
    <message>
        <source>Bold, italic in notes</source>
        <translation>[Böļð, îţåļîç îñ ñöţéš~~~~~~~~]</translation>
    </message>
    <message>
        <source>Commitment from the line of notes</source>
        <translation>[Çömmîţméñţ fŕöm ţĥé ļîñé öf ñöţéš~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Need from the line of notes</source>
        <translation>[Ñééð fŕöm ţĥé ļîñé öf ñöţéš~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>[Ñéxţ fîéļð~~~~]</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>[Åçţîöñ~~]</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>[Ķéýš~~]</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Ours</source>
        <translation>[Öüŕš~~]</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>[Ţĥéîŕš~~]</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>[É-måîļ ţémpļåţéš~~~~~~]</translation>
    </message>
    <message>
        <source>Kinds of e-mail</source>
        <translation>[Ķîñðš öf é-måîļ~~~~~~]</translation>
    </message>
    <message>
        <source>Variables you may use</source>
        <translation>[Våŕîåbļéš ýöü måý üšé~~~~~~~~]</translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert into the body</source>
        <translation>[Pŕéšš Éñţéŕ öŕ ðöübļé-çļîçķ ţö îñšéŕţ îñţö ţĥé böðý~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>[&amp;Šåvé~~]</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>[&amp;Ŕéšéţ ţö ðéfåüļţ~~~~~~~]</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>[Š&amp;übĵéçţ:~~~~]</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>[&amp;Böðý:~~]</translation>
    </message>
    <message>
        <source>&amp;Variables you may use:</source>
        <translation>[&amp;Våŕîåbļéš ýöü måý üšé:~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Unsaved templates</source>
        <translation>[Üñšåvéð ţémpļåţéš~~~~~~~]</translation>
    </message>
    <message>
        <source>Some templates have changes that were not saved. Close and lose them?</source>
        <translation>[Šömé ţémpļåţéš ĥåvé çĥåñĝéš ţĥåţ ŵéŕé ñöţ šåvéð. Çļöšé åñð ļöšé ţĥém?~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Ŵĥåţ~~]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Ðåţé~~]</translation>
    </message>
    <message>
        <source>Overdue — ours</source>
        <translation>[Övéŕðüé — öüŕš~~~~~~]</translation>
    </message>
    <message>
        <source>Overdue — theirs</source>
        <translation>[Övéŕðüé — ţĥéîŕš~~~~~~]</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>[Ðüé îñ ţĥé ñéxţ 7 ðåýš~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Going cold (no contact for {days})</source>
        <translation>[Ĝöîñĝ çöļð (ñö çöñţåçţ föŕ {days})~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Active initiative, no face-to-face meeting for 6 months</source>
        <translation>[Åçţîvé îñîţîåţîvé, ñö fåçé-ţö-fåçé mééţîñĝ föŕ 6 möñţĥš~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation>[Mééţîñĝš ţĥîš ŵééķ~~~~~~~]</translation>
    </message>
    <message>
        <source>{title} ({count}+)</source>
        <translation>[{title} ({count}+)~~~~~~~]</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>[{title} ({count})~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing overdue — every promise on track.</source>
        <translation>[Ñöţĥîñĝ övéŕðüé — évéŕý pŕömîšé öñ ţŕåçķ.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing overdue from partners.</source>
        <translation>[Ñöţĥîñĝ övéŕðüé fŕöm påŕţñéŕš.~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 7 days.</source>
        <translation>[Ñöţĥîñĝ fåļļš ðüé îñ ţĥé ñéxţ 7 ðåýš.~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Every partner has been in touch recently.</source>
        <translation>[Évéŕý påŕţñéŕ ĥåš bééñ îñ ţöüçĥ ŕéçéñţļý.~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Every partner with an active initiative was met in person recently.</source>
        <translation>[Évéŕý påŕţñéŕ ŵîţĥ åñ åçţîvé îñîţîåţîvé ŵåš méţ îñ péŕšöñ ŕéçéñţļý.~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>No meetings this week.</source>
        <translation>[Ñö mééţîñĝš ţĥîš ŵééķ.~~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>[1 ðåý~~]</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>[{count} ðåýš~~~~~]</translation>
    </message>
    <message>
        <source>“{initiative}” is active; never met in person</source>
        <translation>[“{initiative}” îš åçţîvé; ñévéŕ méţ îñ péŕšöñ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>“{initiative}” is active; last face-to-face {days} ago</source>
        <translation>[“{initiative}” îš åçţîvé; ļåšţ fåçé-ţö-fåçé {days} åĝö~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>[Ñévéŕ méţ~~~~]</translation>
    </message>
    <message>
        <source>Last met {days} ago</source>
        <translation>[Ļåšţ méţ {days} åĝö~~~~~~~~]</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>[Mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>[{day} {time}~~~~~]</translation>
    </message>
    <message>
        <source>They owe: {what}</source>
        <translation>[Ţĥéý öŵé: {what}~~~~~~]</translation>
    </message>
    <message>
        <source>We owe: {what}</source>
        <translation>[Ŵé öŵé: {what}~~~~~~]</translation>
    </message>
    <message>
        <source>{day} ({days} late)</source>
        <translation>[{day} ({days} ļåţé)~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>[Ţöðåý~~]</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>[&amp;Öpéñ~~]</translation>
    </message>
    <message>
        <source>Open the selected row (Enter)</source>
        <translation>[Öpéñ ţĥé šéļéçţéð ŕöŵ (Éñţéŕ)~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>[Måŕķ &amp;ðöñé~~~~]</translation>
    </message>
    <message>
        <source>Mark the selected commitment done today (Ctrl+D)</source>
        <translation>[Måŕķ ţĥé šéļéçţéð çömmîţméñţ ðöñé ţöðåý (Çţŕļ+Ð)~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Follow-ups to send</source>
        <translation>[Föļļöŵ-üpš ţö šéñð~~~~~~~]</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>[Ţöðåý — {date}~~~~~~]</translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <source>We kept {ours_kept} of {ours_counted} on time · They kept {theirs_kept} of {theirs_counted}</source>
        <translation>[Ŵé ķépţ {ours_kept} öf {ours_counted} öñ ţîmé · Ţĥéý ķépţ {theirs_kept} öf {theirs_counted}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>[Ðéļéţé “%1”~~~~]</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>[Ţŕåšĥ~~]</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>[Påŕţñéŕ~~~]</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>[Péŕšöñ~~]</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>[Mééţîñĝ~~~]</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>[Çömmîţméñţ~~~~]</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>[Ñééð~~]</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>[Öfféŕ~~]</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>[Îñîţîåţîvé~~~~]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Ŵĥåţ~~]</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>[(üñţîţļéð)~~~~]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķîñð~~]</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>[Ðéļéţéð~~~]</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>[Ðéļéţéð îţémš~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>[&amp;Ŕéšţöŕé~~~]</translation>
    </message>
    <message>
        <source>&amp;Delete Forever…</source>
        <translation>[&amp;Ðéļéţé Föŕévéŕ…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>[&amp;Émpţý Ţŕåšĥ…~~~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çļöšé~~]</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>[Ţĥé Ţŕåšĥ îš émpţý.~~~~~~~~]</translation>
    </message>
    <message>
        <source>{count} deleted items.</source>
        <translation>[{count} ðéļéţéð îţémš.~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete “{label}” forever? This cannot be undone.</source>
        <translation>[Ðéļéţé “{label}” föŕévéŕ? Ţĥîš çåññöţ bé üñðöñé.~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete all {count} items in the Trash forever? This cannot be undone.</source>
        <translation>[Ðéļéţé åļļ {count} îţémš îñ ţĥé Ţŕåšĥ föŕévéŕ? Ţĥîš çåññöţ bé üñðöñé.~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>[Ðéļéţé föŕévéŕ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>user-guide.md</source>
        <translation>[üšéŕ-ĝüîðé.mð~~~~~]</translation>
    </message>
    <message>
        <source>PartnerDesk User Guide</source>
        <translation>[PåŕţñéŕÐéšķ Üšéŕ Ĝüîðé~~~~~~~~~]</translation>
    </message>
</context>
</TS>