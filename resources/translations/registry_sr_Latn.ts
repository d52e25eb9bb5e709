<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>Administration</name>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Posljednja prijava</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviran</translation>
    </message>
    <message>
        <source>active, must choose a password</source>
        <translation>aktivan, mora izabrati lozinku</translation>
    </message>
    <message>
        <source>active, waiting after wrong passwords</source>
        <translation>aktivan, čeka posle pogrešnih lozinki</translation>
    </message>
    <message>
        <source>End the wait</source>
        <translation>Ukini čekanje</translation>
    </message>
    <message>
        <source>After several wrong passwords each sign-in attempt with this name has to wait; end the wait so the owner can sign in at once.</source>
        <translation>Posle više pogrešnih lozinki svaki pokušaj prijave sa ovim imenom mora da čeka; ukinite čekanje da bi se vlasnik naloga odmah mogao prijaviti.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivan</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Korisnički nalozi zaposlenih</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account keeps its history but cannot sign in or be assigned cases.</source>
        <translation>Nalozi se nikad ne brišu: deaktiviran nalog zadržava svoju istoriju, ali se njime ne može prijaviti niti mu se mogu dodijeliti predmeti.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Novi nalog…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Postavi novu lozinku…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiviraj</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiviraj</translation>
    </message>
    <message>
        <source>the centre&apos;s language</source>
        <translation>jezik centra</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Novi nalog</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Ime i prezime:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Korisničko ime:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Radno mjesto:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Uloga:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jezik:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nova lozinka za: %1</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Početna lozinka:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Ponovite lozinku:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Tell it to the user in person; they must choose their own password when they first sign in.</source>
        <translation>
            <numerusform>Najmanje %n znak. Saopštite je korisniku lično; pri prvoj prijavi mora izabrati svoju lozinku.</numerusform>
            <numerusform>Najmanje %n znaka. Saopštite je korisniku lično; pri prvoj prijavi mora izabrati svoju lozinku.</numerusform>
            <numerusform>Najmanje %n znakova. Saopštite je korisniku lično; pri prvoj prijavi mora izabrati svoju lozinku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Dvije upisane lozinke se razlikuju.</translation>
    </message>
    <message>
        <source>Correct the account…</source>
        <translation>Ispravi nalog…</translation>
    </message>
    <message>
        <source>Correct the name, job title or role</source>
        <translation>Ispravite ime, radno mjesto ili ulogu</translation>
    </message>
    <message>
        <source>Correct the account of %1</source>
        <translation>Ispravka naloga: %1</translation>
    </message>
    <message>
        <source>The change is recorded in the audit trail with the values before and after. A new role takes effect at the user&apos;s next sign-in.</source>
        <translation>Izmjena se bilježi u revizijskom tragu s vrijednostima prije i poslije. Nova uloga važi od sljedeće prijave korisnika.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>When</source>
        <extracomment>where the PDF goes (None: a save dialog); tests put a function here</extracomment>
        <translation>Kada</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>svi</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>svi predmeti</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Korisnik:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Broj predmeta:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>Stariji zapisi</translation>
    </message>
    <message>
        <source>Print access history of this case…</source>
        <translation>Štampaj istorijat pristupa ovom predmetu…</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>bilo koji dan</translation>
    </message>
    <message>
        <source>Events shown: %1</source>
        <translation>Prikazano zapisa: %1</translation>
    </message>
    <message>
        <source>Save access history</source>
        <translation>Sačuvaj istorijat pristupa</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Datoteka nije mogla biti sačuvana: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sačuvano: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revizijski trag</translation>
    </message>
</context>
<context>
    <name>BackupOnClose</name>
    <message>
        <source>Daily backup</source>
        <translation>Dnevna rezervna kopija</translation>
    </message>
    <message>
        <source>Make today&apos;s backup now?</source>
        <translation>Napraviti današnju rezervnu kopiju sada?</translation>
    </message>
    <message>
        <source>The last backup of the register is more than a day old. It takes a moment and is checked before it is kept.</source>
        <translation>Posljednja rezervna kopija registra starija je od jednog dana. Pravljenje traje kratko, a kopija se provjerava prije nego što se sačuva.</translation>
    </message>
    <message>
        <source>Make the backup</source>
        <translation>Napravi kopiju</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ne sada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1</source>
        <translation>Rezervna kopija je napravljena i provjerena: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Pravljenje rezervne kopije nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Pravi se današnja rezervna kopija…</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>Restricted case</source>
        <translation>Predmet sa ograničenim pristupom</translation>
    </message>
    <message>
        <source>Case %1 is restricted: only its assigned workers and supervisors may see it. To open it anyway, say why. Your reason is recorded in the audit trail and shown to the supervisors.</source>
        <translation>Predmet %1 ima ograničen pristup: vide ga samo zaduženi stručni radnici i rukovodioci. Da biste ga ipak otvorili, navedite razlog. Razlog se bilježi u revizorski trag i prikazuje rukovodiocima.</translation>
    </message>
    <message>
        <source>Reason for opening this case</source>
        <translation>Razlog otvaranja ovog predmeta</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Najmanje %1 znakova.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Otvori predmet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmjene</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Ovaj predmet ima izmjene koje još nisu sačuvane.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odbaci izmjene</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Ostani ovdje</translation>
    </message>
    <message>
        <source>No case is open. Open one from a case list (double-click or Enter).</source>
        <translation>Nijedan predmet nije otvoren. Otvorite ga sa liste predmeta (dvoklik ili Enter).</translation>
    </message>
    <message>
        <source>Child and household</source>
        <translation>Dijete i domaćinstvo</translation>
    </message>
    <message>
        <source>Report and incidents</source>
        <translation>Prijava i incidenti</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Procjena i plan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Protocol checklist</source>
        <translation>Kontrolna lista protokola</translation>
    </message>
    <message>
        <source>Measures and placements</source>
        <translation>Mjere i smještaji</translation>
    </message>
    <message>
        <source>Notes and conferences</source>
        <translation>Bilješke i konferencije slučaja</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Saglasnosti</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Zatvaranje</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ograničen pristup</translation>
    </message>
    <message>
        <source>Only the assigned workers and supervisors see a restricted case; anyone else must give a reason to open it</source>
        <translation>Predmet sa ograničenim pristupom vide samo zaduženi radnici i rukovodioci; svi ostali moraju navesti razlog da bi ga otvorili</translation>
    </message>
    <message>
        <source>Save the changes of this case (Ctrl+S)</source>
        <translation>Sačuvaj izmjene ovog predmeta (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Učitaj ponovo</translation>
    </message>
    <message>
        <source>Read the case again from the database (your unsaved changes are lost)</source>
        <translation>Ponovo učitaj predmet iz baze (nesačuvane izmjene se gube)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampaj</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Rezime predmeta…</translation>
    </message>
    <message>
        <source>Protocol checklist…</source>
        <translation>Kontrolna lista protokola…</translation>
    </message>
    <message>
        <source>Case timeline…</source>
        <translation>Hronologija predmeta…</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Prezime:</translation>
    </message>
    <message>
        <source>JMBG:</source>
        <translation>JMBG:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Datum rođenja:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy.</source>
        <translation>dd.mm.gggg.</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Pol:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Opština:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Škola:</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Domaćinstvo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Navodni počinilac</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Zakonski zastupnik</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Uloga:</translation>
    </message>
    <message>
        <source>Add to the household</source>
        <translation>Dodaj u domaćinstvo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Primljeno:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Prijavio:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Hitnost:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Rizik:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Oblici nasilja:</translation>
    </message>
    <message>
        <source>The reporter wants to stay anonymous</source>
        <translation>Prijavilac želi da ostane anoniman</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>Prijavilac:</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact:</source>
        <translation>Kontakt prijavioca:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Odnos prema djetetu:</translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation>Šta je prijavljeno:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mjesto</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Oblici nasilja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Mjesto:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Dodaj incident</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zaduženi</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Vodilac predmeta:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Rukovodilac:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Procjena:</translation>
    </message>
    <message>
        <source>Protection plan:</source>
        <translation>Plan zaštite:</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Odobri plan</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Odobrenje:</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status predmeta</translation>
    </message>
    <message>
        <source>Move the case on</source>
        <translation>Pomjeri predmet dalje</translation>
    </message>
    <message>
        <source>Next status:</source>
        <translation>Sljedeći status:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smjer</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Poslato / primljeno</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Broj protokola</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Rok za odgovor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Označi kao poslato</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Štampaj dopis…</translation>
    </message>
    <message>
        <source>Response to the selected referral</source>
        <translation>Odgovor na izabrano upućivanje</translation>
    </message>
    <message>
        <source>What they answered:</source>
        <translation>Šta su odgovorili:</translation>
    </message>
    <message>
        <source>Record the response</source>
        <translation>Evidentiraj odgovor</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Novo upućivanje</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Smjer:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institucija:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Način:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Razlog:</translation>
    </message>
    <message>
        <source>What is asked:</source>
        <translation>Šta se traži:</translation>
    </message>
    <message>
        <source>Log the referral</source>
        <translation>Evidentiraj upućivanje</translation>
    </message>
    <message>
        <source>Note (when done):</source>
        <translation>Bilješka (kad je urađeno):</translation>
    </message>
    <message>
        <source>Why not applicable:</source>
        <translation>Zašto nije primjenjivo:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Označi kao urađeno</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nije primjenjivo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mjera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Smještaj</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Broj rješenja</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Mjera:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Smještaj:</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>Broj rješenja:</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Dodaj mjeru</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Konferencije slučaja</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Održana</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Zapisnik</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Održana:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Učesnici:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Zapisnik:</translation>
    </message>
    <message>
        <source>Add conference</source>
        <translation>Dodaj konferenciju</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dao/la</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektori</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučena</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Povuci izabranu saglasnost</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Evidentiraj saglasnost</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Dao/la:</translation>
    </message>
    <message>
        <source>Sharing with:</source>
        <translation>Dijeljenje sa:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Svrha:</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>Evidentiraj saglasnost</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Zatvaranje predmeta</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>Razlog zatvaranja:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Napomena:</translation>
    </message>
    <message>
        <source>Why protocol steps stay open:</source>
        <translation>Zašto koraci protokola ostaju otvoreni:</translation>
    </message>
    <message>
        <source>Ask the supervisor to close</source>
        <translation>Zatraži zatvaranje od rukovodioca</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Zatvori predmet</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Ponovno otvaranje</translation>
    </message>
    <message>
        <source>Why it is reopened:</source>
        <translation>Zašto se ponovo otvara:</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Ponovo otvori predmet</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Odobrio/la %1, %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Još nije odobren</translation>
    </message>
    <message>
        <source>Closed on %1 (%2).</source>
        <translation>Zatvoren %1 (%2).</translation>
    </message>
    <message>
        <source>Closure requested (%1); waiting for the supervisor.</source>
        <translation>Zatraženo zatvaranje (%1); čeka rukovodioca.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Predmet je otvoren.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Nacrt, nije poslato</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Čeka odgovor</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sačuvano.</translation>
    </message>
    <message>
        <source>The case was not saved: please correct the marked fields.</source>
        <translation>Predmet nije sačuvan: ispravite označena polja.</translation>
    </message>
    <message>
        <source>Save or reload your changes to the case first.</source>
        <translation>Prvo sačuvajte ili ponovo učitajte izmjene predmeta.</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Nije sačuvano: ispravite označena polja.</translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation>Unesite datum kao dd.mm.gggg.</translation>
    </message>
    <message>
        <source>Added to the household.</source>
        <translation>Dodato u domaćinstvo.</translation>
    </message>
    <message>
        <source>Incident added.</source>
        <translation>Incident dodat.</translation>
    </message>
    <message>
        <source>The plan is approved.</source>
        <translation>Plan je odobren.</translation>
    </message>
    <message>
        <source>The case moved on.</source>
        <translation>Predmet je pomjeren dalje.</translation>
    </message>
    <message>
        <source>The case is now restricted.</source>
        <translation>Predmet sada ima ograničen pristup.</translation>
    </message>
    <message>
        <source>The case is no longer restricted.</source>
        <translation>Predmet više nema ograničen pristup.</translation>
    </message>
    <message>
        <source>Select a referral in the list first.</source>
        <translation>Prvo izaberite upućivanje na listi.</translation>
    </message>
    <message>
        <source>No consent covers this referral</source>
        <translation>Nijedna saglasnost ne pokriva ovo upućivanje</translation>
    </message>
    <message>
        <source>To send it anyway, give the reason; it is recorded.</source>
        <translation>Da biste ga ipak poslali, navedite razlog; on se evidentira.</translation>
    </message>
    <message>
        <source>Referral logged.</source>
        <translation>Upućivanje evidentirano.</translation>
    </message>
    <message>
        <source>The referral is marked as sent.</source>
        <translation>Upućivanje je označeno kao poslato.</translation>
    </message>
    <message>
        <source>The response is recorded.</source>
        <translation>Odgovor je evidentiran.</translation>
    </message>
    <message>
        <source>Select a protocol step first.</source>
        <translation>Prvo izaberite korak protokola.</translation>
    </message>
    <message>
        <source>The step is done.</source>
        <translation>Korak je urađen.</translation>
    </message>
    <message>
        <source>The step is marked not applicable.</source>
        <translation>Korak je označen kao neprimjenjiv.</translation>
    </message>
    <message>
        <source>Measure added.</source>
        <translation>Mjera dodata.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Bilješka dodata.</translation>
    </message>
    <message>
        <source>Conference added.</source>
        <translation>Konferencija dodata.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Saglasnost evidentirana.</translation>
    </message>
    <message>
        <source>Select a consent in the list first.</source>
        <translation>Prvo izaberite saglasnost na listi.</translation>
    </message>
    <message>
        <source>The consent is withdrawn.</source>
        <translation>Saglasnost je povučena.</translation>
    </message>
    <message>
        <source>Closure requested; the supervisor decides.</source>
        <translation>Zatvaranje zatraženo; odlučuje rukovodilac.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Predmet je zatvoren.</translation>
    </message>
    <message>
        <source>The case is reopened.</source>
        <translation>Predmet je ponovo otvoren.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Rezime predmeta</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Hronologija predmeta</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Dopis o upućivanju</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Korak</translation>
    </message>
    <message>
        <source>Lead sector</source>
        <translation>Vodeći sektor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Urađeno</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Nije primjenjivo: %1</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Uradio/la %1</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Rok prekoračen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Državljanstvo:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Razred:</translation>
    </message>
    <message>
        <source>The child has a disability</source>
        <translation>Dijete ima invaliditet</translation>
    </message>
    <message>
        <source>About the disability:</source>
        <translation>O invaliditetu:</translation>
    </message>
    <message>
        <source>Notes about the child:</source>
        <translation>Bilješke o djetetu:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izaberite…</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it, so your changes were not saved yet. Your input is still in the form.</source>
        <translation>Neko drugi je sačuvao ovaj predmet nakon što ste ga otvorili, pa vaše izmjene još nisu sačuvane. Vaš unos je još u obrascu.</translation>
    </message>
    <message>
        <source>Someone else saved this case in the meantime; the form shows their version, which already has your changes.</source>
        <translation>Neko drugi je u međuvremenu sačuvao ovaj predmet; obrazac prikazuje njihovu verziju, u kojoj su već vaše izmjene.</translation>
    </message>
    <message>
        <source>The form shows their version; your changes were dropped.</source>
        <translation>Obrazac prikazuje njihovu verziju; vaše izmjene su odbačene.</translation>
    </message>
    <message>
        <source>Nobody else is editing this case now: you can edit it.</source>
        <translation>Niko drugi sada ne uređuje ovaj predmet: možete ga uređivati.</translation>
    </message>
    <message>
        <source>Someone else saved this case</source>
        <translation>Neko drugi je sačuvao ovaj predmet</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Your changes are not saved yet; the form still shows them.</source>
        <translation>Neko drugi je sačuvao ovaj predmet nakon što ste ga otvorili. Vaše izmjene još nisu sačuvane; obrazac ih i dalje prikazuje.</translation>
    </message>
    <message>
        <source>You both changed: %1. Keep mine saves your value there; take theirs drops your changes.</source>
        <translation>Oboje ste promijenili: %1. „Zadrži moje“ tu čuva vašu vrijednost; „Preuzmi njihovo“ odbacuje vaše izmjene.</translation>
    </message>
    <message>
        <source>You changed different fields. Keep mine saves your changes and keeps theirs in the fields you did not change.</source>
        <translation>Promijenili ste različita polja. „Zadrži moje“ čuva vaše izmjene, a u poljima koja niste mijenjali ostaju njihove.</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Zadrži moje (sačuvaj preko njihovog)</translation>
    </message>
    <message>
        <source>Take theirs (drop my changes)</source>
        <translation>Preuzmi njihovo (odbaci moje izmjene)</translation>
    </message>
    <message>
        <source>Compare field by field…</source>
        <translation>Uporedi polje po polje…</translation>
    </message>
    <message>
        <source>Choose for each field which value stays. Fields you both changed are in red.</source>
        <translation>Za svako polje izaberite koja vrijednost ostaje. Polja koja ste oboje promijenili su crvena.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Njihova verzija</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Vaša verzija</translation>
    </message>
    <message>
        <source>You both changed this field</source>
        <translation>Oboje ste promijenili ovo polje</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Sačuvaj izabrane vrijednosti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>You have this case open in another window (%1) since %2. It is shown here for reading; edit it there, or close it there to edit it here.</source>
        <translation>Ovaj predmet imate otvoren u drugom prozoru (%1) od %2. Ovdje je prikazan samo za čitanje; uređujte ga tamo, ili ga tamo zatvorite da biste ga uređivali ovdje.</translation>
    </message>
    <message>
        <source>Being edited by %1 (%2) since %3. You can read the case; you can edit it once they have left it.</source>
        <translation>Predmet uređuje %1 (%2) od %3. Možete ga čitati; uređivati ga možete kada ga ta osoba napusti.</translation>
    </message>
    <message>
        <source>Print the case summary (Ctrl+P), the checklist or the timeline</source>
        <translation>Štampaj sažetak predmeta (Ctrl+P), kontrolnu listu ili hronologiju</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Search: child or parent (either script), JMBG, case number, address, phone</source>
        <translation>Traži: dijete ili roditelj (latinica ili ćirilica), JMBG, broj predmeta, adresa, telefon</translation>
    </message>
    <message>
        <source>Type part of a child&apos;s or parent&apos;s name, a JMBG, a case number, an address, a phone number or a referral&apos;s registry number; results follow as you type</source>
        <translation>Upišite dio imena djeteta ili roditelja, JMBG, broj predmeta, adresu, broj telefona ili delovodni broj uputnice; rezultati se pojavljuju dok kucate</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Novi predmet…</translation>
    </message>
    <message>
        <source>Search for the child first, then register a new case (Ctrl+N)</source>
        <translation>Najprije potražite dijete, pa upišite novi predmet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Otvoreni predmeti</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Svi nivoi rizika</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Sva hitnost</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Svi vodioci</translation>
    </message>
    <message>
        <source>Any form of violence</source>
        <translation>Svi oblici nasilja</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Samo sa prekoračenim rokom</translation>
    </message>
    <message>
        <source>Open cases with a protocol step past its due date</source>
        <translation>Otvoreni predmeti u kojima je rok nekog koraka protokola prošao</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Poništi filtere</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Print summaries…</source>
        <translation>Štampaj rezimee…</translation>
    </message>
    <message>
        <source>Print the summaries of the selected cases in one document</source>
        <translation>Štampaj rezimee izabranih predmeta u jednom dokumentu</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Brojanje…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>Pronađen %Ln predmet</numerusform>
            <numerusform>Pronađena %Ln predmeta</numerusform>
            <numerusform>Pronađeno %Ln predmeta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln case(s) found, more below</source>
        <translation>
            <numerusform>Prikazan %Ln pronađeni predmet, ima ih još ispod</numerusform>
            <numerusform>Prikazana %Ln pronađena predmeta, ima ih još ispod</numerusform>
            <numerusform>Prikazano %Ln pronađenih predmeta, ima ih još ispod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln predmet</numerusform>
            <numerusform>%Ln predmeta</numerusform>
            <numerusform>%Ln predmeta</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>the orders the database can page through (other columns cannot be sorted over a million rows) a search jump to the end reads pages of hits up to this many rows</extracomment>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Upisan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rizik</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Vodilac predmeta</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Kasni</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <extracomment>a new query&apos;s first page is in (after a reset) (count, exact): the number of cases the list has, or how many hits so far when not exact whether a page or a count is being read the last page is in after ``jump_to_end`` rows were put in front of the first row (the view keeps its place by scrolling down by this many) changes with the query or search only (a jump to the end keeps the count)</extracomment>
        <translation>Kliknite za sortiranje po ovoj koloni</translation>
    </message>
    <message>
        <source>Protocol steps past their due date</source>
        <translation>Koraci protokola kojima je prošao rok</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol step(s) past the due date</source>
        <translation>
            <numerusform>%n korak protokola sa prekoračenim rokom</numerusform>
            <numerusform>%n koraka protokola sa prekoračenim rokom</numerusform>
            <numerusform>%n koraka protokola sa prekoračenim rokom</numerusform>
        </translation>
    </message>
    <message>
        <source>You see the cases you work on: as lead worker or co-worker, as their supervisor, or registered by you. Ask your supervisor about any other case.</source>
        <translation>Vidite predmete na kojima radite: kao vodilac predmeta ili saradnik, kao njihov rukovodilac, ili koje ste vi evidentirali. Za svaki drugi predmet obratite se rukovodiocu.</translation>
    </message>
    <message>
        <source>The list is empty: there is no case to print.</source>
        <translation>Lista je prazna: nema predmeta za štampanje.</translation>
    </message>
    <message>
        <source>Select the cases to print first (click, Shift+click, or Ctrl+A for every case shown).</source>
        <translation>Prvo označite predmete za štampanje (klik, Shift+klik ili Ctrl+A za sve prikazane predmete).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Izvoz…</translation>
    </message>
    <message>
        <source>Save the list as it is filtered to Excel (XLSX) or CSV: only the cases you may see</source>
        <translation>Sačuvaj spisak kako je filtriran u Excel (XLSX) ili CSV: samo predmete koje smijete vidjeti</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel radna sveska (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Izvoz spiska predmeta</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>predmeti</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV za Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2</source>
        <translation>Izvezeno predmeta: %1, u datoteku %2</translation>
    </message>
    <message>
        <source>Exporting the case list…</source>
        <translation>Izvozim spisak predmeta…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no lead worker)</source>
        <translation>(bez vodioca predmeta)</translation>
    </message>
    <message>
        <source>Worker</source>
        <extracomment>asks before approving (None: a question box); tests put an answer here</extracomment>
        <translation>Stručni radnik</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Koraci sa prekoračenim rokom</translation>
    </message>
    <message>
        <source>Unanswered referrals</source>
        <translation>Upućivanja bez odgovora</translation>
    </message>
    <message>
        <source>Of them overdue</source>
        <translation>Od toga sa prekoračenim rokom</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Vodilac predmeta</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Predat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Navedeni razlog</translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation>Odobri plan</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Odobri zatvaranje</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osvježi</translation>
    </message>
    <message>
        <source>Late work by lead worker</source>
        <translation>Zakašnjeli poslovi po vodiocu predmeta</translation>
    </message>
    <message>
        <source>Cases by status and risk</source>
        <translation>Predmeti po statusu i riziku</translation>
    </message>
    <message>
        <source>Plans waiting for approval</source>
        <translation>Planovi koji čekaju odobrenje</translation>
    </message>
    <message>
        <source>Closures waiting for approval</source>
        <translation>Zatvaranja koja čekaju odobrenje</translation>
    </message>
    <message>
        <source>Restricted cases opened by breaking the glass (last 30 days)</source>
        <translation>Predmeti sa ograničenim pristupom otvoreni uz navođenje razloga (posljednjih 30 dana)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Odobri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Approve the protection plan of case %1?</source>
        <translation>Odobriti plan zaštite za predmet %1?</translation>
    </message>
    <message>
        <source>Close case %1 as its worker asked?</source>
        <translation>Zatvoriti predmet %1 kako je predložio stručni radnik?</translation>
    </message>
    <message>
        <source>Approve the protection plan of case %1 (%2)?</source>
        <translation>Odobriti plan zaštite predmeta %1 (%2)?</translation>
    </message>
    <message>
        <source>The protection plan of case %1 is approved.</source>
        <translation>Plan zaštite predmeta %1 je odobren.</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>Predmet %1 je zatvoren.</translation>
    </message>
    <message>
        <source>Deadlines of the last 90 days by sector</source>
        <translation>Rokovi iz posljednjih 90 dana po sektorima</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>uputnice</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>koraci</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>na vrijeme</translation>
    </message>
    <message>
        <source>late</source>
        <translation>sa zakašnjenjem</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>otvoreno, rok prošao</translation>
    </message>
    <message>
        <source>Nothing was due in the last 90 days.</source>
        <translation>Ništa nije imalo rok u posljednjih 90 dana.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The register is locked</source>
        <translation>Registar je zaključan</translation>
    </message>
    <message>
        <source>Nobody used it for a while. %1, enter your password to go on; nothing you typed is lost.</source>
        <translation>Niko ga nije koristio neko vrijeme. %1, unesite lozinku da nastavite; ništa od unesenog nije izgubljeno.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Otključaj</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odjava</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Zaključavanje zbog neaktivnosti</translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input, every user must enter their password again. Nothing they typed is lost.</source>
        <translation>Nakon ovoliko minuta bez korišćenja tastature ili miša svaki korisnik mora ponovo unijeti lozinku. Ništa od unesenog se ne gubi.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Zaključaj nakon:</translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation>&amp;Zaključavanje zbog neaktivnosti…</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Edit institution</source>
        <translation>Izmjena institucije</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nova institucija</translation>
    </message>
    <message>
        <source>Active (offered for new referrals)</source>
        <translation>Aktivna (nudi se za nova upućivanja)</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>institution</comment>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Name in Cyrillic:</source>
        <translation>Naziv ćirilicom:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Opština:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Kontakt osoba:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Napomene:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close this window, find the institution in the list again and repeat your change; copy what you typed first if it is long.</source>
        <translation>Zatvorite ovaj prozor, ponovo pronađite instituciju na spisku i ponovite izmjenu; ako je unos dug, prvo ga kopirajte.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>institution</comment>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>active</source>
        <comment>institution</comment>
        <translation>aktivna</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>institution</comment>
        <translation>deaktivirana</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontakt osoba</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>svi sektori</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Prikaži deaktivirane</translation>
    </message>
    <message>
        <source>New institution…</source>
        <translation>Nova institucija…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Izmijeni…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiviraj</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiviraj</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Centre Case Registry</source>
        <extracomment>the application should end with this exit code a main window was opened (also after a language switch)</extracomment>
        <translation>Registar predmeta centra</translation>
    </message>
    <message>
        <source>The register could not be opened: %1</source>
        <translation>Registar se ne može otvoriti: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case worker</source>
        <translation>Stručni radnik</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Rukovodilac</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation>Revizor (samo čitanje)</translation>
    </message>
    <message>
        <source>Centre Case Registry — %1</source>
        <extracomment>a case should be opened (the case editor connects here) the user picked another interface language the user closed the window (not a rebuild for a language switch or a sign-out)</extracomment>
        <translation>Registar predmeta centra — %1</translation>
    </message>
    <message>
        <source>Centre Case Registry</source>
        <translation>Registar predmeta centra</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigacija</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Novi predmet…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odjava</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Podešavanja</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programu</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>Baza podataka sa kojom ovaj prozor radi</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Radim…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programu</translation>
    </message>
    <message>
        <source>Centre Case Registry, version %1</source>
        <translation>Registar predmeta centra, verzija %1</translation>
    </message>
    <message>
        <source>Case register for child protection in centres for social work in Bosnia and Herzegovina.</source>
        <translation>Registar predmeta zaštite djece u centrima za socijalni rad u Bosni i Hercegovini.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>The operation failed because of an unexpected error: %1</source>
        <translation>Radnja nije uspjela zbog neočekivane greške: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Nešto nije u redu</translation>
    </message>
    <message>
        <source>The database this window works on: %1</source>
        <translation>Baza sa kojom radi ovaj prozor: %1</translation>
    </message>
    <message>
        <source>Register on this computer: %1</source>
        <translation>Registar na ovom računaru: %1</translation>
    </message>
    <message>
        <source>Register in memory (nothing is kept)</source>
        <translation>Registar u memoriji (ništa se ne čuva)</translation>
    </message>
    <message>
        <source>Register on the server %1 (database %2)</source>
        <translation>Registar na serveru %1 (baza %2)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <extracomment>where each navigation entry goes; unregistered entries are skipped modules whose ``register(registry)`` adds pages; part of the application adds itself here</extracomment>
        <translation>Pregled stanja</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Moji predmeti</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Svi predmeti</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Prekoračeni rokovi</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institucije</translation>
    </message>
    <message>
        <source>Protocol templates</source>
        <translation>Šabloni protokola</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracija</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>Same JMBG</source>
        <translation>Isti JMBG</translation>
    </message>
    <message>
        <source>Same name and date of birth</source>
        <translation>Isto ime i datum rođenja</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Slično ime</translation>
    </message>
    <message>
        <source>New case</source>
        <extracomment>the new case&apos;s id, after it was saved</extracomment>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <source>First check whether the child is already in the register: type the name, the date of birth or the JMBG. Possible duplicates appear below as you type.</source>
        <translation>Najprije provjerite da li je dijete već u registru: upišite ime, datum rođenja ili JMBG. Mogući duplikati se pojavljuju ispod dok kucate.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy.</source>
        <translation>dd.mm.gggg.</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Prezime:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Datum rođenja:</translation>
    </message>
    <message>
        <source>JMBG:</source>
        <translation>JMBG:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Predmeti</translation>
    </message>
    <message>
        <source>Why it may be the same child</source>
        <translation>Zašto bi moglo biti isto dijete</translation>
    </message>
    <message>
        <source>Type the family and given name, the date of birth or the JMBG.</source>
        <translation>Upišite prezime i ime, datum rođenja ili JMBG.</translation>
    </message>
    <message>
        <source>New case for the selected child</source>
        <translation>Novi predmet za označeno dijete</translation>
    </message>
    <message>
        <source>Continue with a new child</source>
        <translation>Nastavi sa novim djetetom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Tražim moguće duplikate…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): if the child is listed, select them and start a new case for them.</source>
        <translation>
            <numerusform>%n mogući duplikat: ako je dijete na spisku, označite ga i otvorite mu novi predmet.</numerusform>
            <numerusform>%n moguća duplikata: ako je dijete na spisku, označite ga i otvorite mu novi predmet.</numerusform>
            <numerusform>%n mogućih duplikata: ako je dijete na spisku, označite ga i otvorite mu novi predmet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No child in the register matches. Continue with a new child.</source>
        <translation>Nijedno dijete u registru ne odgovara. Nastavite sa novim djetetom.</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Nazad na pretragu</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>Upiši predmet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Čuvanje…</translation>
    </message>
    <message>
        <source>13 digits; fills in the date of birth and sex. Leave empty if the child has none.</source>
        <translation>13 cifara; popunjava datum rođenja i pol. Ostavite prazno ako dijete nema JMBG.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>The child has a disability or developmental difficulty</source>
        <translation>Dijete ima invaliditet ili smetnje u razvoju</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Pol:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>School or pre-school:</source>
        <translation>Škola ili vrtić:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>izaberite…</translation>
    </message>
    <message>
        <source>What was reported, by whom and how</source>
        <translation>Šta je prijavljeno, ko je prijavio i kako</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>još nije određen</translation>
    </message>
    <message>
        <source>Report received:</source>
        <translation>Prijava primljena:</translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation>Izvor prijave:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Hitnost:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Nivo rizika:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Oblici nasilja:</translation>
    </message>
    <message>
        <source>Summary of the report:</source>
        <translation>Sažetak prijave:</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Vodilac predmeta:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Podnosilac prijave</translation>
    </message>
    <message>
        <source>Anonymous report: the reporter&apos;s identity is protected</source>
        <translation>Anonimna prijava: identitet podnosioca je zaštićen</translation>
    </message>
    <message>
        <source>e.g. teacher, neighbour, aunt</source>
        <translation>npr. učiteljica, komšija, tetka</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ime i prezime:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Odnos prema djetetu:</translation>
    </message>
    <message>
        <source>A new case for %1, already in the register (cases: %2).</source>
        <translation>Novi predmet za dijete %1, koje je već u registru (predmeti: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) were found; you chose to register a new child. Go back if the child is one of them.</source>
        <translation>
            <numerusform>Pronađen je %n mogući duplikat, a izabrali ste upis novog djeteta. Vratite se ako je to isto dijete.</numerusform>
            <numerusform>Pronađena su %n moguća duplikata, a izabrali ste upis novog djeteta. Vratite se ako je dijete jedno od njih.</numerusform>
            <numerusform>Pronađeno je %n mogućih duplikata, a izabrali ste upis novog djeteta. Vratite se ako je dijete jedno od njih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sarajevo time (%1)</source>
        <translation>vrijeme u Sarajevu (%1)</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <extracomment>set on the GUI thread once the outcome was handed over (or dropped, for a superseded job) called with (error, details) for failures a job did not handle itself; set by the main window</extracomment>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Molimo sačekajte</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>(session, language) -&gt; (pdf bytes, pages) (session, language, pages) -&gt; None: record_printed for what was printed</extracomment>
        <translation>Sačuvaj kao PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fajlovi (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <extracomment>replaceable: (printer, parent) -&gt; a dialog whose exec() says whether to print replaceable: (parent, suggested file name) -&gt; chosen path (&quot;&quot; to cancel)</extracomment>
        <translation>Pregled prije štampe — %1</translation>
    </message>
    <message>
        <source>The language and script of the printed document</source>
        <translation>Jezik i pismo štampanog dokumenta</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Štampaj…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Sačuvaj kao PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Jezik dokumenta:</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Priprema dokumenta…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n stranica</numerusform>
            <numerusform>%n stranice</numerusform>
            <numerusform>%n stranica</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Poslato na štampač.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sačuvano kao %1.</translation>
    </message>
    <message numerus="yes">
        <source>Summaries of %n case(s)</source>
        <translation>
            <numerusform>Rezimei %n predmeta</numerusform>
            <numerusform>Rezimei %n predmeta</numerusform>
            <numerusform>Rezimei %n predmeta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing the summaries of %n case(s)…</source>
        <translation>
            <numerusform>Priprema rezimea %n predmeta…</numerusform>
            <numerusform>Priprema rezimea %n predmeta…</numerusform>
            <numerusform>Priprema rezimea %n predmeta…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Datoteka nije mogla biti sačuvana: %1</translation>
    </message>
</context>
<context>
    <name>ProtocolTemplates</name>
    <message>
        <source>report received</source>
        <translation>prijem prijave</translation>
    </message>
    <message>
        <source>case registered</source>
        <translation>evidentiranje predmeta</translation>
    </message>
    <message>
        <source>plan approved</source>
        <translation>odobrenje plana</translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation>nakon koraka %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Korak</translation>
    </message>
    <message>
        <source>no fixed deadline</source>
        <translation>bez utvrđenog roka</translation>
    </message>
    <message>
        <source>hours after the trigger</source>
        <translation>sati nakon početka</translation>
    </message>
    <message>
        <source>hours by urgency</source>
        <translation>sati prema hitnosti</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>ne ponavlja se</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obavezan</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Šifra:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Lead sectors:</source>
        <translation>Nadležni sektori:</translation>
    </message>
    <message>
        <source>Notified sectors:</source>
        <translation>Obavještavaju se:</translation>
    </message>
    <message>
        <source>Starts with:</source>
        <translation>Počinje od:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Rok:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Sati:</translation>
    </message>
    <message>
        <source>Hours by urgency:</source>
        <translation>Sati prema hitnosti:</translation>
    </message>
    <message>
        <source>Repeat every (days):</source>
        <translation>Ponavlja se svakih (dana):</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Pravni osnov:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Važi od</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Koraka</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Šifra</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Nadležni</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Počinje od</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>New version from this one</source>
        <translation>Nova verzija na osnovu ove</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Dodaj korak</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Ukloni korak</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Sačuvaj kao novu verziju</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Odbaci nacrt</translation>
    </message>
    <message>
        <source>A saved version is never changed. Cases keep the checklist of the version they started under; new cases follow the version valid on the day their report came in.</source>
        <translation>Sačuvana verzija se nikad ne mijenja. Predmeti zadržavaju kontrolnu listu verzije po kojoj su započeti; novi predmeti slijede verziju koja važi na dan prijema prijave.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Verzije</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Važi od:</translation>
    </message>
    <message>
        <source>Version %1 saved.</source>
        <translation>Verzija %1 je sačuvana.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Označi sve</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Povećaj</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Smanji</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Isijeci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalijepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Označi sve</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Isijeci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj adresu &amp;veze</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalijepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Označi sve</translation>
    </message>
</context>
<context>
    <name>ReferralLog</name>
    <message>
        <source>Record response</source>
        <translation>Evidentiraj odgovor</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Predmet %1 — %2</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Primljen:</translation>
    </message>
    <message>
        <source>What the answer says:</source>
        <translation>Sadržaj odgovora:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bilo koji</translation>
    </message>
    <message>
        <source>all referrals</source>
        <translation>sva upućivanja</translation>
    </message>
    <message>
        <source>waiting for response</source>
        <translation>čekaju odgovor</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>rok prekoračen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>odgovoreno</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Smjer:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Prikaži:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Vodilac predmeta:</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Evidentiraj odgovor…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Otvori predmet</translation>
    </message>
    <message>
        <source>Red with a warning sign: the response deadline has passed. Brown: sent, waiting for the response.</source>
        <translation>Crveno sa znakom upozorenja: rok za odgovor je istekao. Braon: poslato, čeka se odgovor.</translation>
    </message>
    <message>
        <source>Referrals shown: %1</source>
        <translation>Prikazano upućivanja: %1</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>&quot;overdue&quot;, &quot;unanswered&quot; or the referral&apos;s status</extracomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smjer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Poslato / primljeno</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Rok za odgovor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Delovodni broj</translation>
    </message>
    <message>
        <source>Response overdue</source>
        <translation>Rok prekoračen</translation>
    </message>
    <message>
        <source>Waiting for response</source>
        <translation>Čeka odgovor</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljeno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Traži:</translation>
    </message>
    <message>
        <source>Registry number, child, parent, address or phone</source>
        <translation>Delovodni broj, dijete, roditelj, adresa ili telefon</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Centre Case Registry</source>
        <translation>Registar predmeta centra</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <source>The register has no user accounts yet. Create the administrator&apos;s account; the administrator then adds the centre&apos;s staff.</source>
        <translation>Registar još nema korisničkih naloga. Napravite nalog administratora; administrator zatim dodaje zaposlene u centru.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Ime i prezime:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Korisničko ime:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lozinka:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Ponovite lozinku:</translation>
    </message>
    <message>
        <source>You signed in with a password the administrator set. Choose your own password now; only you will know it.</source>
        <translation>Prijavili ste se lozinkom koju je postavio administrator. Sada izaberite svoju lozinku; znaćete je samo vi.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nova lozinka:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Ponovite novu lozinku:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); not your user name, not only digits.</source>
        <translation>
            <numerusform>Najmanje %n znak; ne vaše korisničko ime, ne samo cifre.</numerusform>
            <numerusform>Najmanje %n znaka; ne vaše korisničko ime, ne samo cifre.</numerusform>
            <numerusform>Najmanje %n znakova; ne vaše korisničko ime, ne samo cifre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Izaberite svoju lozinku</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Sačuvaj i nastavi</translation>
    </message>
    <message>
        <source>First start: create the administrator</source>
        <translation>Prvo pokretanje: nalog administratora</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Napravi i prijavi se</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Prijavi se</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Upišite korisničko ime.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Provjeravam…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Dvije upisane lozinke se razlikuju.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Pravim nalog…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Čuvanje…</translation>
    </message>
    <message>
        <source>Someone has just created the administrator on another computer. Close this window and start the program again to sign in.</source>
        <translation>Neko je upravo napravio administratora na drugom računaru. Zatvorite ovaj prozor i ponovo pokrenite program da biste se prijavili.</translation>
    </message>
    <message>
        <source>Signing in failed because of an unexpected error: %1</source>
        <translation>Prijava nije uspjela zbog neočekivane greške: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>A different child</source>
        <translation>Drugo dijete</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Već u registru</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Upisano u registru</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Prekinuto: ništa nije upisano.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Check the columns, then press Check.</source>
        <translation>Provjerite kolone, zatim pritisnite Provjeri.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Provjeri</translation>
    </message>
    <message>
        <source>Child in the file</source>
        <translation>Dijete u datoteci</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Izaberi datoteku…</translation>
    </message>
    <message>
        <source>Choose the encoding in which the letters read right:</source>
        <translation>Izaberite kodiranje u kojem se slova ispravno čitaju:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Izaberite datoteku za uvoz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolona</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Preuzmi obrazac…</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodiranje:</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Greške</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel radna sveska (*.xlsx)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx), or CSV files: one, or one per sheet of a history (cases, household, referrals).</source>
        <translation>Excel radna sveska (.xlsx) ili CSV datoteke: jedna, ili po jedna za svaki list evidencije (predmeti, domaćinstvo, upućivanja).</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Pronađeno po</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>New case of this child</source>
        <translation>Novi predmet ovog djeteta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ready: %1 cases to write (%2 of children already registered), %3 skipped.</source>
        <translation>Spremno: predmeta za upis %1 (od toga već upisane djece %2), preskočeno %3.</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Nothing will be written until they are corrected in the file.</source>
        <translation>Redova sa greškama: %1. Ništa se ne upisuje dok se ne isprave u datoteci.</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Sačuvaj obrazac za uvoz</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Preskoči red</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tabele (*.xlsx *.csv *.txt *.tsv);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Obrazac sačuvan: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Datoteka se ne može pročitati: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Šta uraditi</translation>
    </message>
    <message>
        <source>Writing the cases…</source>
        <translation>Upisivanje predmeta…</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>imenu i datumu rođenja</translation>
    </message>
    <message>
        <source>read as %1, separated by “%2”</source>
        <translation>pročitano kao %1, odvojeno znakom „%2”</translation>
    </message>
    <message>
        <source>sheets left out: %1</source>
        <translation>izostavljeni listovi: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatski</translation>
    </message>
    <message>
        <source>the same case</source>
        <translation>isti predmet</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— ne uvozi se —</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250</source>
        <translation>Windows-1250</translation>
    </message>
    <message>
        <source>ISO-8859-2</source>
        <translation>ISO-8859-2</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>New in the institution directory: %1.</source>
        <translation>Novo u imeniku institucija: %1.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Reopen…</source>
        <translation>Ponovo otvori…</translation>
    </message>
    <message>
        <source>Open again a step marked done or not applicable by mistake (a reason is asked and kept)</source>
        <translation>Ponovo otvorite korak greškom označen kao završen ili neprimjenjiv (traži se razlog, koji se čuva)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ispravi…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Istorija…</translation>
    </message>
    <message>
        <source>This step is open: there is nothing to reopen.</source>
        <translation>Ovaj korak je otvoren: nema šta da se ponovo otvori.</translation>
    </message>
    <message>
        <source>Reopen the step</source>
        <translation>Ponovo otvorite korak</translation>
    </message>
    <message>
        <source>Why is the step %1 open again? The reason is kept in its history.</source>
        <translation>Zašto je korak %1 ponovo otvoren? Razlog se čuva u njegovoj istoriji.</translation>
    </message>
    <message>
        <source>The step is open again.</source>
        <translation>Korak je ponovo otvoren.</translation>
    </message>
    <message>
        <source>This step is open: mark it done or not applicable instead.</source>
        <translation>Ovaj korak je otvoren: označite ga kao završen ili neprimjenjiv.</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Završeno:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Napomena:</translation>
    </message>
    <message>
        <source>Correct a protocol step</source>
        <translation>Ispravka koraka protokola</translation>
    </message>
    <message>
        <source>The step is corrected.</source>
        <translation>Korak je ispravljen.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Istorija: %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ukloni…</translation>
    </message>
    <message>
        <source>a household member</source>
        <translation>člana domaćinstva</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>Živi u domaćinstvu</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Napomene:</translation>
    </message>
    <message>
        <source>Correct a household member</source>
        <translation>Ispravka člana domaćinstva</translation>
    </message>
    <message>
        <source>The household member is corrected.</source>
        <translation>Član domaćinstva je ispravljen.</translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation>Uklanjanje iz domaćinstva</translation>
    </message>
    <message>
        <source>Why is %1 no longer part of this household? The reason is kept in the history.</source>
        <translation>Zašto %1 više nije dio ovog domaćinstva? Razlog se čuva u istoriji.</translation>
    </message>
    <message>
        <source>Removed from the household.</source>
        <translation>Uklonjeno iz domaćinstva.</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>saglasnost</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Correct a consent</source>
        <translation>Ispravka saglasnosti</translation>
    </message>
    <message>
        <source>The consent is corrected.</source>
        <translation>Saglasnost je ispravljena.</translation>
    </message>
    <message>
        <source>History of the consent</source>
        <translation>Istorija saglasnosti</translation>
    </message>
    <message>
        <source>Change what was entered wrongly. What it said before stays in the record&apos;s history and in the audit trail.</source>
        <translation>Promijenite ono što je pogrešno upisano. Ono što je ranije pisalo ostaje u istoriji zapisa i u revizijskom tragu.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Sačuvaj ispravku</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>dd.mm.yyyy. hh:mm</source>
        <translation>dd.mm.gggg. ss:mm</translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy. (a time as hh:mm may follow).</source>
        <translation>Unesite datum kao dd.mm.gggg. (može slijediti vrijeme kao ss:mm).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Šta se desilo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prije</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Poslije</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Čita se istorija…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Corrections: %1</source>
        <translation>Ispravki: %1</translation>
    </message>
    <message>
        <source>Never corrected.</source>
        <translation>Nije ispravljano.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Navodni počinilac</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Zakonski zastupnik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Date approximate</source>
        <translation>Datum približan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mjesto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Oblici nasilja</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Povrede</translation>
    </message>
    <message>
        <source>Police informed</source>
        <translation>Policija obaviještena</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mjera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Broj rješenja</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Smještaj</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Odlučio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Održano</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Zapisnik</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Odluke</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dao/la</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektori</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Način</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Šta se traži</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Broj protokola</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontakt osoba</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Rok za odgovor</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Odgovor primljen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Poslato / primljeno</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Urađeno</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nije primjenjivo</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>Zašto nije primjenjivo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Radno mjesto</translation>
    </message>
    <message>
        <source>a measure</source>
        <translation>mjeru</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Odlučio:</translation>
    </message>
    <message>
        <source>Correct a measure</source>
        <translation>Ispravka mjere</translation>
    </message>
    <message>
        <source>The measure is corrected.</source>
        <translation>Mjera je ispravljena.</translation>
    </message>
    <message>
        <source>History of the measure</source>
        <translation>Istorija mjere</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Ranije verzije…</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>bilješku</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>konferenciju</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kada:</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Ispravka bilješke</translation>
    </message>
    <message>
        <source>The note is corrected; its earlier text is kept in its history.</source>
        <translation>Bilješka je ispravljena; raniji tekst se čuva u njenoj istoriji.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Odluke:</translation>
    </message>
    <message>
        <source>Correct conference minutes</source>
        <translation>Ispravka zapisnika s konferencije</translation>
    </message>
    <message>
        <source>The minutes are corrected; the earlier text is kept in their history.</source>
        <translation>Zapisnik je ispravljen; raniji tekst se čuva u njegovoj istoriji.</translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation>Ranije verzije bilješke</translation>
    </message>
    <message>
        <source>Earlier versions of the minutes</source>
        <translation>Ranije verzije zapisnika</translation>
    </message>
    <message>
        <source>Select %1 in the list first.</source>
        <translation>Prvo označite %1 u listi.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Cancel the referral…</source>
        <translation>Otkaži upućivanje…</translation>
    </message>
    <message>
        <source>Registry no.:</source>
        <translation>Broj protokola:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Kontakt osoba:</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Rok za odgovor:</translation>
    </message>
    <message>
        <source>Correct a referral</source>
        <translation>Ispravka upućivanja</translation>
    </message>
    <message>
        <source>The referral is corrected.</source>
        <translation>Upućivanje je ispravljeno.</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Otkazivanje upućivanja</translation>
    </message>
    <message>
        <source>Why is this referral cancelled? It stays in the log as cancelled, with the reason.</source>
        <translation>Zašto se ovo upućivanje otkazuje? Ostaje u knjizi kao otkazano, s razlogom.</translation>
    </message>
    <message>
        <source>The referral is cancelled.</source>
        <translation>Upućivanje je otkazano.</translation>
    </message>
    <message>
        <source>History of the referral</source>
        <translation>Istorija upućivanja</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>Istorija incidenta</translation>
    </message>
    <message>
        <source>The date is approximate</source>
        <translation>Datum je približan</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Oblici nasilja:</translation>
    </message>
    <message>
        <source>Correct an incident</source>
        <translation>Ispravka incidenta</translation>
    </message>
    <message>
        <source>The incident is corrected.</source>
        <translation>Incident je ispravljen.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Upisano</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Ispravljeno</translation>
    </message>
    <message>
        <source>Removed from the household</source>
        <translation>Uklonjen iz domaćinstva</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Označeno kao urađeno</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Označeno kao neprimjenjivo</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Ponovo otvoreno</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>Upisan odgovor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučena</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Izmijenjeno</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Month</source>
        <translation>Mjesec</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Tromjesečje</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Polugodište</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Drugi datumi</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Ranije</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Kasnije ▶</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF izvještaj…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Radna sveska…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Anonymised: small counts are hidden, as in every copy that leaves the centre. The export is recorded.</source>
        <translation>Anonimizovano: mali brojevi su skriveni, kao u svakom primjerku koji napušta centar. Izvoz se bilježi.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Izvoz:</translation>
    </message>
    <message>
        <source>The figures of your own cases.</source>
        <translation>Podaci vaših predmeta.</translation>
    </message>
    <message>
        <source>The centre&apos;s own figures, small counts included: for its staff only. Exports hide small counts.</source>
        <translation>Podaci centra sa malim brojevima: samo za njegovo osoblje. Izvozi skrivaju male brojeve.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikoni</translation>
    </message>
    <message>
        <source>Compliance by sector</source>
        <translation>Poštovanje rokova po sektorima</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Kvalitet podataka</translation>
    </message>
    <message>
        <source>Click a figure to list the cases behind it.</source>
        <translation>Kliknite na broj da vidite predmete iza njega.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Prijavljeno</translation>
    </message>
    <message>
        <source>Outgoing referrals whose response was due in the period, and protocol steps due in it, by the sector that owed them: answered or done by the deadline, after it, or still open past it. Days: from sending (or the step&apos;s start) to the answer.</source>
        <translation>Upućene uputnice čiji je rok za odgovor bio u periodu i koraci protokola sa rokom u periodu, po sektoru koji ih je dugovao: odgovoreno ili urađeno do roka, poslije roka, ili još otvoreno a rok je prošao. Dani: od slanja (ili početka koraka) do odgovora.</translation>
    </message>
    <message>
        <source>Records the figures cannot use as they are. Never exported; double-click a case to correct it.</source>
        <translation>Zapisi koje statistika ne može koristiti takve kakvi jesu. Nikad se ne izvoze; dvaput kliknite na predmet da ga ispravite.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Period se završava prije nego što počinje.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s cases…</source>
        <translation>Brojanje predmeta iz perioda…</translation>
    </message>
    <message>
        <source>Click to list the cases behind this figure</source>
        <translation>Kliknite da vidite predmete iza ovog broja</translation>
    </message>
    <message>
        <source>No case here that you may open.</source>
        <translation>Ovdje nema predmeta koje smijete otvoriti.</translation>
    </message>
    <message>
        <source>The first %1 of %2 cases; double-click one to open it.</source>
        <translation>Prvih %1 od %2 predmeta; dvaput kliknite na predmet da ga otvorite.</translation>
    </message>
    <message>
        <source>Cases: %1; double-click one to open it.</source>
        <translation>Predmeta: %1; dvaput kliknite na predmet da ga otvorite.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>U ovom periodu nema ničega.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Sa rokom u periodu</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Na vrijeme</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Sa zakašnjenjem</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Otvoreno, rok prošao</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Otvoreno, rok nije prošao</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Medijana (dani)</translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation>90. percentil (dani)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Uputnica</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Korak protokola</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF dokumenti</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Radne sveske</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV datoteke</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Sačuvaj statistiku</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Priprema izvoza…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Datoteka nije mogla biti sačuvana: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sačuvano: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Restricted cases counted here but not listed: %1 (open them from the case list, giving a reason).</source>
        <translation>Ograničeni predmeti uračunati ovdje, a nenavedeni: %1 (otvaraju se iz liste predmeta, uz navođenje razloga).</translation>
    </message>
</context>
<context>
    <name>DueToday</name>
    <message>
        <source>Response from %1</source>
        <translation>Odgovor: %1</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Danas na redu i kasni</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>kasni od %1</translation>
    </message>
    <message>
        <source>today by %1</source>
        <translation>danas do %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dijete</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>Overdue: %1. Due today: %2.</source>
        <translation>Kasni: %1. Danas na redu: %2.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Otvori predmet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Due &amp;today…</source>
        <translation>&amp;Danas na redu…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>Uputstvo za korisnike</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>A register on a server is backed up by IT on the server.</source>
        <translation>Registar na serveru rezervno kopira IT služba na serveru.</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1 (cases: %2).</source>
        <translation>Rezervna kopija je napravljena i provjerena: %1 (predmeta: %2).</translation>
    </message>
    <message>
        <source>Making a backup of the register…</source>
        <translation>Pravim rezervnu kopiju registra…</translation>
    </message>
    <message>
        <source>A register on a server is restored by IT on the server.</source>
        <translation>Registar na serveru vraća IT služba na serveru.</translation>
    </message>
    <message>
        <source>Restore the register from %1? Everything entered since that backup is replaced by the backup; the current register is kept aside. The program closes when the restore is done.</source>
        <translation>Vratiti registar iz kopije %1? Sve uneseno nakon te kopije zamjenjuje se kopijom; trenutni registar se čuva po strani. Program se zatvara kad vraćanje završi.</translation>
    </message>
    <message>
        <source>The register is restored from %1 (cases: %2). The earlier register is kept as %3. The program closes now; start it again.</source>
        <translation>Registar je vraćen iz kopije %1 (predmeta: %2). Raniji registar je sačuvan kao %3. Program se sada zatvara; pokrenite ga ponovo.</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Vraćam registar…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ništa nije promijenjeno: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Izaberite rezervnu kopiju</translation>
    </message>
    <message>
        <source>Backups of the register (*.sqlite *.db);;All files (*)</source>
        <translation>Rezervne kopije registra (*.sqlite *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vrati kopiju</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uputstvo za korisnike</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Rezervna kopija…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Vrati kopiju…</translation>
    </message>
</context>
</TS>
