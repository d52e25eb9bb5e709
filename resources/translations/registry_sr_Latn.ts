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
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Search by name (Latin or Cyrillic), JMBG or case number</source>
        <translation>Traži po imenu (latinica ili ćirilica), JMBG-u ili broju predmeta</translation>
    </message>
    <message>
        <source>Type part of a name, a JMBG or a case number; results follow as you type</source>
        <translation>Upišite dio imena, JMBG ili broj predmeta; rezultati se pojavljuju dok kucate</translation>
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
        <extracomment>a new query&apos;s first page is in (after a reset) (count, exact): the number of cases the list has, or how many hits so far when not exact whether a page or a count is being read the last page is in after ``jump_to_end`` rows were put in front of the first row (the view keeps its place by scrolling down by this many)</extracomment>
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
</TS>
