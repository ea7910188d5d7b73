<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activitate</numerusform>
            <numerusform>%n activități</numerusform>
            <numerusform>%n de activități</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1: scroll for more</source>
        <translation>Ultimele %1: derulați pentru mai multe</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Cu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Add VAT rate…</source>
        <translation>Adaugă cotă TVA…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Cote TVA</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>Filtrează după cod sau nume…</translation>
    </message>
    <message>
        <source>Show products no longer on sale</source>
        <translation>Afișează și produsele scoase din vânzare</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Adaugă produs…</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produse și servicii</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Denumire legală</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Stradă și număr</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Bank, for payments</source>
        <translation>Bancă, pentru plăți</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Contacts shown on documents</source>
        <translation>Date de contact pe documente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Alege logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Elimină logo</translation>
    </message>
    <message>
        <source>Save company profile</source>
        <translation>Salvează datele companiei</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>These details head every quote and invoice.</source>
        <translation>Aceste date apar în antetul fiecărei oferte și facturi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Not a valid IBAN: check the letters and digits</source>
        <translation>IBAN nevalid: verificați literele și cifrele</translation>
    </message>
    <message>
        <source>Not a valid BIC: 8 or 11 letters and digits</source>
        <translation>BIC nevalid: sunt necesare 8 sau 11 litere și cifre</translation>
    </message>
    <message>
        <source>Not a valid VAT number: check the digits</source>
        <translation>Cod TVA nevalid: verificați cifrele</translation>
    </message>
    <message>
        <source>Not a valid tax code</source>
        <translation>Cod fiscal nevalid</translation>
    </message>
    <message>
        <source>The logo must be an image</source>
        <translation>Logoul trebuie să fie o imagine</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Alegeți logoul companiei</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image SmallCRM can read</source>
        <translation>SmallCRM nu poate citi acest fișier ca imagine</translation>
    </message>
    <message>
        <source>New logo chosen: save to keep it.</source>
        <translation>Logo nou ales: salvați pentru a-l păstra.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Fără logo</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search a company…</source>
        <translation>Tastați pentru a căuta o companie…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Filter by name, e-mail, phone, tag…</source>
        <translation>Filtrează după nume, e-mail, telefon, etichetă…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toate etapele</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toate etichetele</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Persoană nouă</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importă…</translation>
    </message>
    <message>
        <source>Contacts from a CSV, Excel or vCard file</source>
        <translation>Contacte dintr-un fișier CSV, Excel sau vCard</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Exportă vCard…</translation>
    </message>
    <message>
        <source>The selected contacts (or all those listed) to a vCard file</source>
        <translation>Contactele selectate (sau toate cele din listă) într-un fișier vCard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Exportă vCard</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting vCard</source>
        <translation>Export vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contact scris în %1</numerusform>
            <numerusform>%n contacte scrise în %1</numerusform>
            <numerusform>%n de contacte scrise în %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Open folder</source>
        <translation>Deschide dosarul</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <source>All your data is in this one file. To use another file, start SmallCRM with --db PATH or set SMALLCRM_DB.</source>
        <translation>Toate datele dumneavoastră sunt în acest singur fișier. Pentru a folosi alt fișier, porniți SmallCRM cu --db CALE sau setați SMALLCRM_DB.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Creează o copie de rezervă acum</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Verifică baza de date</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurează…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Înainte de o restaurare</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Înainte de o actualizare</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Se creează copia de rezervă…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Copiere de rezervă a bazei de date</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Copie de rezervă salvată: %1 (%2)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Verificarea bazei de date</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Probleme găsite: %1</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Baza de date este în regulă.</translation>
    </message>
    <message>
        <source>A backup replaces the whole database, so it cannot be restored while SmallCRM has it open.

1. Close SmallCRM.
2. In a terminal, run:

%1

The backup is checked first; the data it replaces is kept beside the database. 3. Start SmallCRM again.</source>
        <translation>O copie de rezervă înlocuiește întreaga bază de date, deci nu poate fi restaurată cât timp SmallCRM o ține deschisă.

1. Închideți SmallCRM.
2. Într-un terminal, rulați:

%1

Copia de rezervă este verificată mai întâi; datele pe care le înlocuiește sunt păstrate lângă baza de date. 3. Porniți din nou SmallCRM.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurarea unei copii de rezervă</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Closes %1</source>
        <translation>Închidere %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Fără dată de închidere</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Modifică oportunitatea</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>Expected to close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Valoare (€)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Usual for the stage (%1 %)</source>
        <translation>Implicită pentru etapă (%1 %)</translation>
    </message>
    <message>
        <source>Choose the customer from the list</source>
        <translation>Alegeți clientul din listă</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <source>New deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the deal; double-click to edit it.</source>
        <translation>Trageți un card în altă coloană pentru a muta oportunitatea; dublu clic pentru a o modifica.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt; (open deals by expected close, weighted by probability)</source>
        <translation>&lt;b&gt;Prognoză&lt;/b&gt; (oportunități deschise după închiderea estimată, ponderate cu probabilitatea)</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast: %1 out of %2 in %n open deal(s)</source>
        <translation>
            <numerusform>Prognoză ponderată: %1 din %2 în %n oportunitate deschisă</numerusform>
            <numerusform>Prognoză ponderată: %1 din %2 în %n oportunități deschise</numerusform>
            <numerusform>Prognoză ponderată: %1 din %2 în %n de oportunități deschise</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals: nothing to forecast</source>
        <translation>Nicio oportunitate deschisă: nimic de prognozat</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Fără dată</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Deschide %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mută în</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabilă până la</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(ciornă)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Rest de plată</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Încă nescadent</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 zile</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 de zile</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 de zile</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Peste 90 de zile</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; It looks like a record you already have:</source>
        <translation>&lt;b&gt;Salvat.&lt;/b&gt; Pare să existe deja o înregistrare asemănătoare:</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Deschide existenta</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Unește cu existenta</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to SmallCRM</source>
        <translation>Bun venit în SmallCRM</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in one file. How would you like to start?</source>
        <translation>Datele dumneavoastră rămân pe acest calculator, într-un singur fișier. Cum doriți să începeți?</translation>
    </message>
    <message>
        <source>With demo data (an Italian shop with 300 contacts), to look around</source>
        <translation>Cu date demonstrative (un magazin italian cu 300 de contacte), pentru a explora</translation>
    </message>
    <message>
        <source>Empty, to enter my own customers</source>
        <translation>Gol, pentru a introduce propriii clienți</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>empty: the main series</source>
        <translation>gol: seria principală</translation>
    </message>
    <message>
        <source>e.g. B on the second laptop</source>
        <translation>ex. B pe al doilea laptop</translation>
    </message>
    <message>
        <source>Numbering and terms</source>
        <translation>Numerotare și termene</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Serie facturi</translation>
    </message>
    <message>
        <source>This device&apos;s suffix</source>
        <translation>Sufixul acestui dispozitiv</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termen de plată</translation>
    </message>
    <message>
        <source>Quotes valid for</source>
        <translation>Valabilitatea ofertelor</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valori implicite</translation>
    </message>
    <message>
        <source>Region of phone numbers</source>
        <translation>Țara numerelor de telefon</translation>
    </message>
    <message>
        <source>Country of new contacts</source>
        <translation>Țara contactelor noi</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>Responsabilul înregistrărilor noi</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Copii de rezervă automate păstrate</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Limba interfeței</translation>
    </message>
    <message>
        <source>Language of new documents</source>
        <translation>Limba documentelor noi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>A new window language shows the next time SmallCRM starts.</source>
        <translation>Noua limbă a interfeței se aplică la următoarea pornire a SmallCRM.</translation>
    </message>
    <message>
        <source>Invoices will be numbered like %1</source>
        <translation>Facturile vor fi numerotate astfel: %1</translation>
    </message>
    <message>
        <source>Up to 5 letters or digits, no spaces or slashes</source>
        <translation>Cel mult 5 litere sau cifre, fără spații sau bare oblice</translation>
    </message>
    <message>
        <source>Two letters, like IT or RO</source>
        <translation>Două litere, de exemplu IT sau RO</translation>
    </message>
    <message>
        <source>Saved. Restart SmallCRM to see it in %1.</source>
        <translation>Salvat. Reporniți SmallCRM pentru a-l vedea în %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search contacts, companies, quotes, invoices…</source>
        <translation>Caută contacte, companii, oferte, facturi…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Niciun rezultat</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ pentru navigare · Enter pentru deschidere · Esc pentru închidere</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importă contacte</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx) or vCard (.vcf) file. Exports of Google Contacts, Outlook and SmallCRM are recognised by their columns; for any other file you check which field each column goes into.

Contacts already here (same e-mail, phone, VAT number or vCard UID) are updated, not doubled. Nothing is changed before you confirm, and a finished import can be undone as a whole.</source>
        <translation>Alegeți un fișier CSV, Excel (.xlsx) sau vCard (.vcf). Exporturile din Google Contacts, Outlook și SmallCRM sunt recunoscute după coloane; pentru orice alt fișier alegeți în ce câmp merge fiecare coloană.

Contactele deja existente (același e-mail, telefon, cod TVA sau UID vCard) sunt actualizate, nu dublate. Nimic nu se schimbă înainte de confirmare, iar un import încheiat poate fi anulat în întregime.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Alegeți fișierul…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Save report of rejected rows…</source>
        <translation>Salvează raportul rândurilor respinse…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Anulează acest import</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Contacte (*.csv *.txt *.xlsx *.vcf *.vcard);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save report of rejected rows</source>
        <translation>Salvează raportul rândurilor respinse</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Oprit: nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>a SmallCRM export</source>
        <translation>un export SmallCRM</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>un export Google Contacts</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>un export Outlook</translation>
    </message>
    <message>
        <source>Recognised as %1: the columns are already matched.</source>
        <translation>Recunoscut ca %1: coloanele sunt deja potrivite.</translation>
    </message>
    <message>
        <source>These columns were imported before: the fields you chose then are proposed.</source>
        <translation>Aceste coloane au mai fost importate: sunt propuse câmpurile alese atunci.</translation>
    </message>
    <message>
        <source>Check which field each column goes into; unknown columns are not imported. Your choice is remembered for files with the same columns.</source>
        <translation>Verificați în ce câmp merge fiecare coloană; coloanele necunoscute nu se importă. Alegerea este reținută pentru fișierele cu aceleași coloane.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgulă</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>(Text encoding %1, separated by %2.)</source>
        <translation>(Codificare text %1, separat prin %2.)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Se citește și se verifică %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Se citește %1</translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Skipped: %3 · Rejected: %4</source>
        <translation>Noi: %1 · Actualizate: %2 · Omise: %3 · Respinse: %4</translation>
    </message>
    <message>
        <source>Companies added for the Company column: %1</source>
        <translation>Companii adăugate din coloana Companie: %1</translation>
    </message>
    <message>
        <source>New contacts that look like ones you have (merge them later if they are the same): %1</source>
        <translation>Contacte noi care seamănă cu unele existente (uniți-le ulterior dacă sunt aceleași): %1</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nimic de importat.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Se importă %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Importate: %1 noi, %2 actualizate, %3 omise, %4 respinse.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Raport salvat: %1</translation>
    </message>
    <message>
        <source>Put every contact back as it was before this import? The contacts it created go to the trash.</source>
        <translation>Readuceți fiecare contact cum era înainte de acest import? Contactele create de el ajung în coș.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Importul a fost anulat.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Person or company</source>
        <translation>Persoană sau companie</translation>
    </message>
    <message>
        <source>Full name / company name</source>
        <translation>Nume complet / denumirea companiei</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Stradă</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>Unique ID (vCard UID)</source>
        <translation>Identificator unic (UID vCard)</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Rândul întreg</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplu</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importată ca</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(fără nume)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nu se importă</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce se întâmplă</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respins</translation>
    </message>
    <message>
        <source>Updates #%1</source>
        <translation>Actualizează #%1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>New, looks like</source>
        <translation>Nou, seamănă cu</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>deja la zi</translation>
    </message>
    <message>
        <source>the same contact as an earlier row of the file</source>
        <translation>același contact ca un rând anterior din fișier</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <source>Issue</source>
        <translation>Emite</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Înregistrează plata…</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Notă de credit</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportă PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Deschide PDF</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(ciornă)</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emisă la %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadentă la %1</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>neemisă încă</translation>
    </message>
    <message>
        <source>From quote %1</source>
        <translation>Din oferta %1</translation>
    </message>
    <message>
        <source>Corrects invoice %1</source>
        <translation>Corectează factura %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Rest de plată</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Plăți</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Nicio plată încă</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Emisă cu numărul %1</translation>
    </message>
    <message>
        <source>Draft credit note created</source>
        <translation>Ciornă de notă de credit creată</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>All invoices</source>
        <translation>Toate facturile</translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation>De încasat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Plătite parțial</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătite</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Ciorne</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Note de credit</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Facturi și note de credit</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documente</numerusform>
            <numerusform>%n de documente</numerusform>
        </translation>
    </message>
    <message>
        <source>balance due %1</source>
        <translation>rest de plată %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>restant %1</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Red. %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>— free text —</source>
        <translation>— text liber —</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter by number or customer…</source>
        <translation>Filtrează după număr sau client…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documente</numerusform>
            <numerusform>%n de documente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log for %1</source>
        <translation>Înregistrare pentru %1</translation>
    </message>
    <message>
        <source>↙ Incoming</source>
        <translation>↙ Primit</translation>
    </message>
    <message>
        <source>↗ Outgoing</source>
        <translation>↗ Trimis</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nimeni anume</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Despre ce a fost vorba</translation>
    </message>
    <message>
        <source>What was said, agreed, promised…</source>
        <translation>Ce s-a spus, convenit, promis…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactat</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Mesaj lăsat</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>De sunat înapoi</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesat</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Neinteresat</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Lăsați gol dacă nu e nevoie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Cu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Sarcină ulterioară</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvează (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmallCRM — %1</source>
        <translation>SmallCRM — %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copie de siguranță zilnică</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Copia de siguranță automată de azi a eșuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today or overdue</source>
        <translation>
            <numerusform>%n sarcină scadentă azi sau restantă</numerusform>
            <numerusform>%n sarcini scadente azi sau restante</numerusform>
            <numerusform>%n de sarcini scadente azi sau restante</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nimic scadent azi</translation>
    </message>
</context>
<context>
    <name>PartyDetails</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Rest de plată</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…și încă %n</numerusform>
            <numerusform>…și încă %n</numerusform>
            <numerusform>…și încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nimic de plată</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>restant</translation>
    </message>
    <message>
        <source>Some invoices are past their due date</source>
        <translation>Unele facturi au depășit scadența</translation>
    </message>
    <message>
        <source>Open invoices, not yet due</source>
        <translation>Facturi neachitate, încă nescadente</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>New person</source>
        <translation>Persoană nouă</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nume@exemplu.ro</translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation>+ Adaugă e-mail</translation>
    </message>
    <message>
        <source>+39 02 1234 5678</source>
        <translation>+40 21 123 4567</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Adaugă telefon</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.exemplu.ro</translation>
    </message>
    <message>
        <source>+ Add website</source>
        <translation>+ Adaugă site web</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>CJ</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>RO</translation>
    </message>
    <message>
        <source>VIP, newsletter, fair 2025</source>
        <translation>VIP, newsletter, târg 2025</translation>
    </message>
    <message>
        <source>Where the contact comes from</source>
        <translation>De unde provine contactul</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Date de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Stradă</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Date fiscale</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvează (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a company from the list, or leave the field empty</source>
        <translation>Alegeți o companie din listă sau lăsați câmpul gol</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Păstrează ambele</translation>
    </message>
</context>
<context>
    <name>PartyHeader</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 la %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Type a name to search…</source>
        <translation>Tastați un nume pentru căutare…</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Asociat cu %1</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>← Back</source>
        <translation>← Înapoi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifică</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mută în coș</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Înregistrează apel</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adaugă notă</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Ofertă nouă</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Înregistrează plata</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>Înregistrează un apel (Ctrl+L)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Sarcini deschise</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nimic de făcut deocamdată.</translation>
    </message>
    <message>
        <source>Nothing logged yet: log a call or add a note.</source>
        <translation>Nimic înregistrat încă: înregistrați un apel sau adăugați o notă.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>%1 is in the trash.</source>
        <translation>%1 este în coș.</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n comunicare</numerusform>
            <numerusform>%n comunicări</numerusform>
            <numerusform>%n de comunicări</numerusform>
        </translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been merged).</source>
        <translation>Această înregistrare nu mai există (poate a fost unită cu alta).</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Sarcini deschise (%1)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — termen %2</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore it later.</source>
        <translation>Mutați %1 în coș? Îl puteți restaura mai târziu.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for invoice %1</source>
        <translation>Plată pentru factura %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance due %3</source>
        <translation>%1 · total %2 · rest de plată %3</translation>
    </message>
    <message>
        <source>Bank transfer reference (CRO/TRN), receipt number…</source>
        <translation>Ref. transfer bancar, nr. chitanță…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Plătit la</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Înregistrează plata</translation>
    </message>
    <message>
        <source>Paid before the invoice was issued (%1)</source>
        <translation>Plătit înainte de emiterea facturii (%1)</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation>Se exportă PDF-ul</translation>
    </message>
    <message>
        <source>Preparing PDF</source>
        <translation>Se pregătește PDF-ul</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Modifică produsul</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produs nou</translation>
    </message>
    <message>
        <source>On sale (offered in new quotes)</source>
        <translation>În vânzare (propus în ofertele noi)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate de măsură</translation>
    </message>
    <message>
        <source>Price (€, VAT excluded)</source>
        <translation>Preț (€, fără TVA)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Type to search customers…</source>
        <translation>Tastați pentru a căuta clienți…</translation>
    </message>
    <message>
        <source>What the quote is for</source>
        <translation>Obiectul ofertei</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Note tipărite sub rânduri</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabilă până la</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Adaugă rând</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Mută rândul în sus</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Mută rândul în jos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportă PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Deschide PDF</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marchează trimisă</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Transformă în factură</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplică</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Revizie nouă</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Ofertă nouă</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Rândul %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %3</source>
        <translation>Rândul %1: %3</translation>
    </message>
    <message>
        <source>Choose a customer to see the preview</source>
        <translation>Alegeți un client pentru a vedea previzualizarea</translation>
    </message>
    <message>
        <source>The preview shows the last valid version: %1</source>
        <translation>Previzualizarea arată ultima versiune validă: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvat</translation>
    </message>
    <message>
        <source>Choose the customer from the list</source>
        <translation>Alegeți clientul din listă</translation>
    </message>
    <message>
        <source>Draft invoice created</source>
        <translation>Ciornă de factură creată</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>This quote has changes that are not saved. Close it anyway?</source>
        <translation>Această ofertă are modificări nesalvate. O închideți oricum?</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Filter by number, customer or title…</source>
        <translation>Filtrează după număr, client sau titlu…</translation>
    </message>
    <message>
        <source>All quotes</source>
        <translation>Toate ofertele</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Ofertă nouă</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n ofertă</numerusform>
            <numerusform>%n oferte</numerusform>
            <numerusform>%n de oferte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>Filter by customer…</source>
        <translation>Filtrează după client…</translation>
    </message>
    <message>
        <source>Everyone who owes</source>
        <translation>Toți debitorii</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Doar restanți</translation>
    </message>
    <message>
        <source>Open invoices — %1</source>
        <translation>Facturi neachitate — %1</translation>
    </message>
    <message>
        <source>Nobody owes you anything</source>
        <translation>Nimeni nu vă datorează nimic</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) owe %1</source>
        <translation>
            <numerusform>%n client datorează %1</numerusform>
            <numerusform>%n clienți datorează %1</numerusform>
            <numerusform>%n de clienți datorează %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 restanți</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>VAT and products</source>
        <translation>TVA și produse</translation>
    </message>
    <message>
        <source>Numbering and languages</source>
        <translation>Numerotare și limbi</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Date și copii de rezervă</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifică sarcina</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce trebuie făcut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvează (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>Edit task</source>
        <translation>Modifică sarcina</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose someone from the list, or leave it empty</source>
        <translation>Alegeți pe cineva din listă sau lăsați gol</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mâine</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Click to open the task again</source>
        <translation>Clic pentru a redeschide sarcina</translation>
    </message>
    <message>
        <source>Click to mark it done</source>
        <translation>Clic pentru a o marca drept finalizată</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>All open</source>
        <translation>De făcut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pentru azi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Următoare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizate</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>The first %1 tasks</source>
        <translation>Primele %1 sarcini</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n sarcină</numerusform>
            <numerusform>%n sarcini</numerusform>
            <numerusform>%n de sarcini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Task done</source>
        <translation>Sarcină finalizată</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Taxable</source>
        <translation>Bază impozabilă</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>TVA %1 la %2</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
</context>
<context>
    <name>VatRateDialog</name>
    <message>
        <source>Edit VAT rate</source>
        <translation>Modifică cota TVA</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>Cotă TVA nouă</translation>
    </message>
    <message>
        <source>e.g. 22, 10, N2.2</source>
        <translation>ex. 21, 11, 0</translation>
    </message>
    <message>
        <source>e.g. Art. 10 DPR 633/72</source>
        <translation>ex. art. 292 Cod fiscal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Cotă (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Exemption (for 0%)</source>
        <translation>Scutire (pentru 0%)</translation>
    </message>
</context>
<context>
    <name>VatRateTableModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cotă</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Exemption (for 0%)</source>
        <translation>Scutire (pentru 0%)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This field is required</source>
        <translation>Câmp obligatoriu</translation>
    </message>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>Adresă de e-mail nevalidă</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Număr de telefon nevalid</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Adresă web nevalidă</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Număr nevalid</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>Prea multe zecimale</translation>
    </message>
    <message>
        <source>Unknown VAT rate</source>
        <translation>Cotă TVA necunoscută</translation>
    </message>
    <message>
        <source>More than the balance due</source>
        <translation>Depășește restul de plată</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed: correct it with a credit note</source>
        <translation>O factură emisă nu poate fi modificată: corectați-o cu o notă de credit</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Baza de date este deteriorată</translation>
    </message>
    <message>
        <source>The database is open in another SmallCRM</source>
        <translation>Baza de date este deschisă în altă instanță SmallCRM</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved</source>
        <translation>Discul este plin: nu s-a salvat nimic</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). The details are in the log.</source>
        <translation>A apărut o eroare ({name}). Detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Client potențial</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Client cheie</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactiv</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Notă de credit</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirată</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisă</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Neplătită</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Plătită parțial</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătită</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restantă</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bancar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificat</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propunere</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociere</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Oferte</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Creanțe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
</context>
</TS>
