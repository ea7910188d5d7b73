<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>Despre SmallCRM</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versiunea %1</translation>
    </message>
    <message>
        <source>The offline CRM for small businesses: contacts, activities, quotes, invoices and payments, all in one file on this computer.</source>
        <translation>CRM-ul offline pentru firme mici: contacte, activități, oferte, facturi și plăți, totul într-un singur fișier pe acest calculator.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza de date: %1</translation>
    </message>
    <message>
        <source>License: %1. Python %2, Qt for Python %3, on %4.</source>
        <translation>Licență: %1. Python %2, Qt for Python %3, pe %4.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Copii de rezervă: %1</translation>
    </message>
</context>
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
        <source>Open %1</source>
        <translation>Deschide %1</translation>
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
    <name>AttachMailDialog</name>
    <message>
        <source>Add the message to a contact</source>
        <translation>Adaugă mesajul la un contact</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De la %1: %2</translation>
    </message>
    <message>
        <source>Add %1 to the contact&apos;s e-mails, so its next messages are logged there directly</source>
        <translation>Adaugă %1 la adresele de e-mail ale contactului, ca următoarele mesaje să fie înregistrate direct acolo</translation>
    </message>
    <message>
        <source>Add to this contact</source>
        <translation>Adaugă la acest contact</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persoană sau firmă</translation>
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
    <name>CommunicationActions</name>
    <message>
        <source>%1 “%2” moved to the trash.</source>
        <translation>Mutat în coș: %1 „%2”.</translation>
    </message>
    <message>
        <source>%1 moved to the trash.</source>
        <translation>Mutat în coș: %1.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>Adaugă consimțământ</translation>
    </message>
    <message>
        <source>e.g. newsletter</source>
        <translation>ex. newsletter</translation>
    </message>
    <message>
        <source>web form, signed paper, phone call…</source>
        <translation>formular web, hârtie semnată, apel telefonic…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Temei legal</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dat la</translation>
    </message>
    <message>
        <source>How and where</source>
        <translation>Cum și unde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
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
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Notă de credit</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturat</translation>
    </message>
    <message>
        <source>Left to credit</source>
        <translation>Rămas de creditat</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>De creditat</translation>
    </message>
    <message>
        <source>All that is left</source>
        <translation>Tot ce a rămas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Rânduri de creditat</translation>
    </message>
    <message>
        <source>An amount (an allowance, a discount given afterwards)</source>
        <translation>O sumă (o reducere acordată ulterior)</translation>
    </message>
    <message>
        <source>before VAT</source>
        <translation>fără TVA</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Why (printed on the credit note)</source>
        <translation>Motivul (tipărit pe nota de credit)</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Creează nota de credit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Notă de credit pentru factura %1</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 · total %3 · still creditable %4</source>
        <translation>Factura %1 pentru %2 · total %3 · încă de creditat %4</translation>
    </message>
    <message>
        <source>%1 × %2, VAT %3</source>
        <translation>%1 × %2, TVA %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rândul %1: %2</translation>
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
        <source>Verified</source>
        <translation>Verificat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Criptat</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Checked when it was taken, and checked in full again before a restore</source>
        <translation>Verificat când a fost făcut și din nou complet înainte de o restaurare</translation>
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
        <source>Daily</source>
        <translation>Zilnic</translation>
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
        <source>Replace the whole database with the backup of %1?

The backup is checked first; the data it replaces is kept as a backup too (&quot;Before a restore&quot;).</source>
        <translation>Înlocuiți întreaga bază de date cu copia de siguranță din %1?

Copia este verificată mai întâi; datele pe care le înlocuiește sunt păstrate și ele ca o copie (&quot;Înainte de o restaurare&quot;).</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Se restaurează…</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Restaurarea unei copii de siguranță</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>A fost restaurată copia de siguranță din %1.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in %1.</source>
        <translation>Datele înlocuite sunt păstrate în %1.</translation>
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
    <name>DialogButtons</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvează (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Type to search customers…</source>
        <translation>Tastați pentru a căuta clienți…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
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
        <source>Choose the customer from the list</source>
        <translation>Alegeți clientul din listă</translation>
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
        <source>This document has changes that are not saved. Close it anyway?</source>
        <translation>Acest document are modificări nesalvate. Îl închideți oricum?</translation>
    </message>
    <message>
        <source>The unsaved changes could not be kept as a draft: %1</source>
        <translation>Modificările nesalvate nu au putut fi păstrate ca ciornă: %1</translation>
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
    <message>
        <source>Invoiced as</source>
        <translation>Facturat ca</translation>
    </message>
    <message>
        <source>Owed to them</source>
        <translation>Datorat clientului</translation>
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
    <name>EraseDialog</name>
    <message>
        <source>E-mails, phones and web sites</source>
        <translation>E-mailuri, telefoane și site-uri web</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicări</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fișiere atașate</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consimțăminte</translation>
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
        <source>Draft invoices</source>
        <translation>Facturi ciornă</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes</source>
        <translation>Facturi și note de credit emise</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Plăți</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonimizează %1</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Șterge %1</translation>
    </message>
    <message>
        <source>%1 stays as an anonymous record for the statistics (stage, tags, deals, dates of communications). Everything that says who it is goes: names, contact points, addresses, notes, the texts of communications, files and consents.</source>
        <translation>%1 rămâne ca fișă anonimă pentru statistici (etapă, etichete, oportunități, datele comunicărilor). Tot ce arată cine este dispare: nume, date de contact, adrese, note, textele comunicărilor, fișiere și consimțăminte.</translation>
    </message>
    <message>
        <source>Everything SmallCRM holds about %1 is deleted for good, also from the search index and the free space of the file. This cannot be undone.</source>
        <translation>Tot ce păstrează SmallCRM despre %1 se șterge definitiv, inclusiv din indexul de căutare și din spațiul liber al fișierului. Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Erased:</source>
        <translation>Șterse:</translation>
    </message>
    <message>
        <source>Removed or blanked:</source>
        <translation>Eliminate sau golite:</translation>
    </message>
    <message>
        <source>• only the record itself</source>
        <translation>• doar fișa însăși</translation>
    </message>
    <message>
        <source>Kept, as tax law requires (the record stays in the trash as an anonymous entry these documents point to):</source>
        <translation>Păstrate, cum cere legea fiscală (fișa rămâne în coș ca intrare anonimă la care trimit aceste documente):</translation>
    </message>
    <message>
        <source>Backups taken before now keep the data until they are rotated out; restoring one erases it again.</source>
        <translation>Copiile de rezervă făcute înainte de acum păstrează datele până sunt înlocuite; la restaurarea uneia, datele se șterg din nou.</translation>
    </message>
    <message>
        <source>e.g. asked by e-mail on 3 March; retention period over</source>
        <translation>ex. cerere prin e-mail pe 3 martie; perioada de păstrare a expirat</translation>
    </message>
    <message>
        <source>Why (kept in the erasure log: no names, e-mails or phones)</source>
        <translation>Motiv (rămâne în registrul ștergerilor: fără nume, e-mailuri sau telefoane)</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizează</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Șterge definitiv</translation>
    </message>
    <message>
        <source>Clearing the write-ahead log…</source>
        <translation>Golirea jurnalului WAL…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Ștergere…</translation>
    </message>
    <message>
        <source>Compacting the search index…</source>
        <translation>Compactarea indexului de căutare…</translation>
    </message>
    <message>
        <source>Clearing free space (VACUUM)…</source>
        <translation>Curățarea spațiului liber (VACUUM)…</translation>
    </message>
    <message>
        <source>Anonymising personal data</source>
        <translation>Anonimizarea datelor personale</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Ștergerea datelor personale</translation>
    </message>
    <message>
        <source>Erased. A copy of the old data stays in the database&apos;s write-ahead log until SmallCRM is closed.</source>
        <translation>Șters. O copie a datelor vechi rămâne în jurnalul WAL al bazei de date până la închiderea SmallCRM.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografii</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>one row per month</source>
        <translation>un rând pe lună</translation>
    </message>
    <message>
        <source>one row per quarter</source>
        <translation>un rând pe trimestru</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Deschide dosarul</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Sinteza TVA</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Limba fișierului</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvează ca</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportă în</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Alege unde se salvează fișierul.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Se exportă %1</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>Scris: %1 (%n rând)</numerusform>
            <numerusform>Scris: %1 (%n rânduri)</numerusform>
            <numerusform>Scris: %1 (%n de rânduri)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Anulat: nu a fost scris niciun fișier.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Registru Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for other programs (comma, ISO dates)</source>
        <translation>CSV pentru alte programe (virgulă, date ISO)</translation>
    </message>
    <message>
        <source>CSV for Italian Excel (semicolon, decimal comma)</source>
        <translation>CSV pentru Excel în italiană (punct și virgulă, virgulă zecimală)</translation>
    </message>
    <message>
        <source>iCalendar for calendar apps (.ics)</source>
        <translation>iCalendar pentru aplicații de calendar (.ics)</translation>
    </message>
    <message>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard pentru agende (.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard (address books)</source>
        <translation>Contacte ca vCard (agende)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacte</translation>
    </message>
    <message>
        <source>Contacts and companies</source>
        <translation>Contacte și companii</translation>
    </message>
    <message>
        <source>Contacts created in the period.</source>
        <translation>Contacte create în perioadă.</translation>
    </message>
    <message>
        <source>Communications (calls, e-mails, meetings…)</source>
        <translation>Comunicări (apeluri, e-mailuri, întâlniri…)</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>comunicari</translation>
    </message>
    <message>
        <source>Quotes with their lines</source>
        <translation>Oferte cu liniile lor</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>oferte</translation>
    </message>
    <message>
        <source>Invoices and credit notes with their lines</source>
        <translation>Facturi și note de credit cu liniile lor</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturi</translation>
    </message>
    <message>
        <source>Issued invoices dated in the period, no drafts.</source>
        <translation>Facturi emise cu data în perioadă, fără ciorne.</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Plăți primite</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>plati</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Creanțe după vechime</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>creante</translation>
    </message>
    <message>
        <source>Aged as of the last day of the period.</source>
        <translation>Vechime la ultima zi a perioadei.</translation>
    </message>
    <message>
        <source>VAT by rate and period</source>
        <translation>TVA pe cote și perioade</translation>
    </message>
    <message>
        <source>vat</source>
        <translation>tva</translation>
    </message>
    <message>
        <source>Tasks and meetings (calendar)</source>
        <translation>Sarcini și întâlniri (calendar)</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendar</translation>
    </message>
    <message>
        <source>Tasks due and meetings held in the period.</source>
        <translation>Sarcini scadente și întâlniri ținute în perioadă.</translation>
    </message>
    <message>
        <source>Tasks only (calendar)</source>
        <translation>Doar sarcini (calendar)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>sarcini</translation>
    </message>
    <message>
        <source>Meetings only (calendar)</source>
        <translation>Doar întâlniri (calendar)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>intalniri</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestrul trecut</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>De la… până la…</translation>
    </message>
    <message>
        <source>Zip of the XML files and receipts (.zip)</source>
        <translation>Zip cu fișierele XML și confirmările (.zip)</translation>
    </message>
    <message>
        <source>E-invoices: XML files and SdI receipts</source>
        <translation>Facturi electronice: fișiere XML și confirmări SdI</translation>
    </message>
    <message>
        <source>e-invoices</source>
        <translation>facturi-electronice</translation>
    </message>
    <message>
        <source>The e-invoice files sent for invoices dated in the period, with their receipts, named as the SdI names them, and an index.</source>
        <translation>Fișierele facturilor electronice trimise pentru facturile datate în perioadă, cu confirmările lor, numite ca la SdI, și un index.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message numerus="yes">
        <source>%n quote(s) to follow up</source>
        <translation>
            <numerusform>%n ofertă de urmărit</numerusform>
            <numerusform>%n oferte de urmărit</numerusform>
            <numerusform>%n de oferte de urmărit</numerusform>
        </translation>
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
        <source>Saved. Restart SmallCRM to see it in %1.</source>
        <translation>Salvat. Reporniți SmallCRM pentru a-l vedea în %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>end of month (30 days end of month)</source>
        <translation>sfârșitul lunii (30 de zile, sfârșitul lunii)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Modalitate de plată</translation>
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
    <name>ImapSettingsForm</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>E-mail primite (IMAP)</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>ex. imap.example.com</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>de obicei adresa ta de e-mail</translation>
    </message>
    <message>
        <source>Separate folder names with commas, e.g. INBOX, Clienti</source>
        <translation>Separă numele dosarelor prin virgule, ex. INBOX, Clienti</translation>
    </message>
    <message>
        <source>Larger attachments are left out; the timeline says so</source>
        <translation>Atașamentele mai mari nu sunt păstrate; cronologia o menționează</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>doar la cerere</translation>
    </message>
    <message>
        <source>Keep a copy of the mail sent from SmallCRM in the Sent folder</source>
        <translation>Păstrează o copie a mesajelor trimise din SmallCRM în dosarul Trimise</translation>
    </message>
    <message>
        <source>So your mail program shows it among your sent mail</source>
        <translation>Astfel programul de e-mail le arată printre mesajele trimise</translation>
    </message>
    <message>
        <source>New mail is fetched in the background this often while SmallCRM is open; 0: only with the Fetch button</source>
        <translation>Cât timp SmallCRM este deschis, mesajele noi sunt descărcate în fundal la acest interval; 0: doar cu butonul Descarcă</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Folders to read</source>
        <translation>Dosare de citit</translation>
    </message>
    <message>
        <source>Largest attachment kept</source>
        <translation>Cel mai mare atașament păstrat</translation>
    </message>
    <message>
        <source>Check for new mail every</source>
        <translation>Verifică mesajele noi la fiecare</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Conectat. %1</translation>
    </message>
    <message>
        <source>Testing the mail connection</source>
        <translation>Testarea conexiunii de e-mail</translation>
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
        <source>Save report of rejected rows…</source>
        <translation>Salvează raportul rândurilor respinse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
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
    <message>
        <source>Values that could not be read, kept in the contacts' notes for review (the report lists them): %1</source>
        <translation>Valori care nu au putut fi citite, păstrate în notițele contactelor pentru verificare (raportul le listează): %1</translation>
    </message>
    <message>
        <source>Put every contact back as it was before this import? The contacts it created are removed for good, unless they were used since.</source>
        <translation>Readuceți fiecare contact la starea dinaintea acestui import? Contactele create sunt șterse definitiv, cu excepția celor folosite între timp.</translation>
    </message>
    <message>
        <source>Left as they are, since they were used after the import: %1</source>
        <translation>Lăsate așa cum sunt, deoarece au fost folosite după import: %1</translation>
    </message>
    <message>
        <source>Import the contacts' photos (vCard)</source>
        <translation>Importă fotografiile contactelor (vCard)</translation>
    </message>
    <message>
        <source>Leave out a row with any value that cannot be read (otherwise the row comes in and the value waits in its notes for review)</source>
        <translation>Omite un rând cu orice valoare care nu poate fi citită (altfel rândul intră, iar valoarea rămâne în notele lui de verificat)</translation>
    </message>
    <message>
        <source>Rows without a country whose numbers without a country code are read as numbers of %1 (the default region in Settings): %2</source>
        <translation>Rânduri fără țară ale căror numere fără prefix de țară sunt citite ca numere ale țării implicite din Setări (%1): %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… și încă %1</translation>
    </message>
    <message>
        <source>(Columns separated by %1.)</source>
        <translation>(Coloane separate prin %1.)</translation>
    </message>
    <message>
        <source>%1 (%2 members, %3 of them in this file)</source>
        <translation>%1 (%2 membri, %3 în acest fișier)</translation>
    </message>
    <message>
        <source>Contact groups, not imported as contacts (their members in this file get the group's name as a tag): %1</source>
        <translation>Grupuri de contacte, neimportate ca contacte (membrii lor din acest fișier primesc numele grupului ca etichetă): %1</translation>
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
    <message>
        <source>Title (Dr., Mr.)</source>
        <translation>Titlu (Dr., Dl.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Al doilea prenume</translation>
    </message>
    <message>
        <source>Name suffix (Jr.)</source>
        <translation>Sufixul numelui (Jr.)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Poreclă</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversare</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Type of the next phone</source>
        <translation>Tipul telefonului următor</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Strada (acasă)</translation>
    </message>
    <message>
        <source>Home postal code</source>
        <translation>Cod poștal (acasă)</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Localitate (acasă)</translation>
    </message>
    <message>
        <source>Home province</source>
        <translation>Județ (acasă)</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Țară (acasă)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Type of the address (home, work)</source>
        <translation>Tipul adresei (acasă, serviciu)</translation>
    </message>
    <message>
        <source>Second address: type</source>
        <translation>A doua adresă: tip</translation>
    </message>
    <message>
        <source>Second address: street</source>
        <translation>A doua adresă: stradă</translation>
    </message>
    <message>
        <source>Second address: postal code</source>
        <translation>A doua adresă: cod poștal</translation>
    </message>
    <message>
        <source>Second address: city</source>
        <translation>A doua adresă: localitate</translation>
    </message>
    <message>
        <source>Second address: province</source>
        <translation>A doua adresă: județ</translation>
    </message>
    <message>
        <source>Second address: country</source>
        <translation>A doua adresă: țară</translation>
    </message>
    <message>
        <source>Role at the company</source>
        <translation>Rol în companie</translation>
    </message>
    <message>
        <source>SdI recipient code</source>
        <translation>Cod destinatar SdI</translation>
    </message>
    <message>
        <source>SdI PEC</source>
        <translation>PEC SdI</translation>
    </message>
    <message>
        <source>Chat (Skype, Jabber…)</source>
        <translation>Chat (Skype, Jabber…)</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Profil social</translation>
    </message>
    <message>
        <source>Chat service of the next column</source>
        <translation>Serviciul de chat al coloanei următoare</translation>
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
    <message>
        <source>New, possible duplicate of</source>
        <translation>Nou, posibil duplicat al</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posibil duplicat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>%1 «%2» kept for review: %3</source>
        <translation>%1 «%2» păstrat de verificat: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… și încă %1</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Note tipărite sub rânduri</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termen de plată</translation>
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
        <source>The date the invoice is issued on</source>
        <translation>Data emiterii facturii</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emite</translation>
    </message>
    <message>
        <source>Issue on</source>
        <translation>Emite la</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
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
        <source>due %1 if issued on the date above</source>
        <translation>scadentă la %1 dacă este emisă la data aleasă</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvat</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Emisă cu numărul %1</translation>
    </message>
    <message>
        <source>The customer withholds tax on the fees</source>
        <translation>Clientul reține impozitul la sursă din onorarii</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto: a business customer keeps it and pays it to the State; a private person does not</source>
        <translation>Ritenuta d'acconto: un client persoană juridică o reține și o plătește statului; o persoană fizică nu</translation>
    </message>
    <message>
        <source>VAT due now</source>
        <translation>TVA exigibilă imediat</translation>
    </message>
    <message>
        <source>VAT due when paid (deferred)</source>
        <translation>TVA exigibilă la încasare</translation>
    </message>
    <message>
        <source>Split payment: the public body pays the VAT</source>
        <translation>Plată defalcată: TVA o plătește instituția publică</translation>
    </message>
    <message>
        <source>The customer has a foreign VAT number and is charged VAT: a sale to a business in another EU country is N3.2 (goods) or N2.1 (services).</source>
        <translation>Clientul are un cod de TVA străin și i se facturează TVA: o vânzare către o firmă din altă țară UE este N3.2 (bunuri) sau N2.1 (servicii).</translation>
    </message>
    <message>
        <source>A company in the regime forfettario invoices at N2.2.</source>
        <translation>O firmă în regim forfetar facturează cu N2.2.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>instalments if issued on the date above: %1</source>
        <translation>rate dacă este emisă la data de mai sus: %1</translation>
    </message>
    <message>
        <source>Lei for one unit of the invoice's currency (BNR's rate of the day): the VAT is stated in lei too</source>
        <translation>Lei pentru o unitate din moneda facturii (cursul BNR al zilei): TVA se indică și în lei</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
</context>
<context>
    <name>InvoiceWindow</name>
    <message>
        <source>Issue</source>
        <translation>Emite</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Înregistrează plata…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Notă de credit…</translation>
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
        <source>Send by e-mail…</source>
        <translation>Trimite prin e-mail…</translation>
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
    <message>
        <source>(paid)</source>
        <translation>(achitată)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(rămân %1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Înregistrează o rambursare…</translation>
    </message>
    <message>
        <source>Money paid back to the customer against this credit note</source>
        <translation>Bani restituiți clientului pentru această notă de credit</translation>
    </message>
    <message>
        <source>Credit note %1 of %2: %3</source>
        <translation>Nota de credit %1 din %2: %3</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <source>No refunds yet</source>
        <translation>Nicio rambursare deocamdată</translation>
    </message>
    <message>
        <source>Can still be refunded</source>
        <translation>Se mai poate rambursa</translation>
    </message>
    <message>
        <source>Owed to the customer</source>
        <translation>Datorat clientului</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Rambursare înregistrată</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rambursat</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Creditat</translation>
    </message>
    <message>
        <source>E-invoice…</source>
        <translation>Factură electronică…</translation>
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
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Invoices and credit notes to Excel or CSV for the accountant</source>
        <translation>Facturi și note de credit în Excel sau CSV pentru contabil</translation>
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
    <message>
        <source>Credited or refunded</source>
        <translation>Creditate sau rambursate</translation>
    </message>
    <message>
        <source>You owe the customer</source>
        <translation>Datorezi clientului</translation>
    </message>
    <message>
        <source>you owe %1</source>
        <translation>datorezi %1</translation>
    </message>
    <message>
        <source>E-invoice messages</source>
        <translation>Mesaje SdI</translation>
    </message>
    <message>
        <source>The SdI's receipts read, and those that could not be used, with the reason</source>
        <translation>Confirmările SdI citite și cele care nu au putut fi folosite, cu motivul</translation>
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
        <source>Edit what was logged for %1</source>
        <translation>Modifică înregistrarea pentru %1</translation>
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
</context>
<context>
    <name>LookAlikesPanel</name>
    <message>
        <source>Merge into the one selected</source>
        <translation>Unește cu cel selectat</translation>
    </message>
    <message>
        <source>The imported record is folded into this one: its e-mails, phones, addresses and tags move over, empty fields are filled</source>
        <translation>Înregistrarea importată este contopită în aceasta: e-mailurile, telefoanele, adresele și etichetele sunt mutate, câmpurile goale sunt completate</translation>
    </message>
    <message>
        <source>%1 (row %2) looks like:</source>
        <translation>%1 (rândul %2) seamănă cu:</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) look like ones you already have. If one is the same, select it and merge:</source>
        <translation>
            <numerusform>%n înregistrare nouă seamănă cu una pe care o aveți deja. Dacă este aceeași, selectați-o și uniți:</numerusform>
            <numerusform>%n înregistrări noi seamănă cu unele pe care le aveți deja. Dacă una este aceeași, selectați-o și uniți:</numerusform>
            <numerusform>%n de înregistrări noi seamănă cu unele pe care le aveți deja. Dacă una este aceeași, selectați-o și uniți:</numerusform>
        </translation>
    </message>
    <message>
        <source>No other new record looks like one you already have.</source>
        <translation>Nicio altă înregistrare nouă nu seamănă cu una pe care o aveți deja.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Unit cu %1.</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>Fetching mail</source>
        <translation>Se descarcă mesajele</translation>
    </message>
    <message numerus="yes">
        <source>Mail not fetched: %1 It will be tried again in %n minute(s).</source>
        <translation>
            <numerusform>Mesajele nu au fost descărcate: %1 Se va încerca din nou peste %n minut.</numerusform>
            <numerusform>Mesajele nu au fost descărcate: %1 Se va încerca din nou peste %n minute.</numerusform>
            <numerusform>Mesajele nu au fost descărcate: %1 Se va încerca din nou peste %n de minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailInSummary</name>
    <message numerus="yes">
        <source>%n message(s) logged on timelines</source>
        <translation>
            <numerusform>%n mesaj înregistrat în cronologii</numerusform>
            <numerusform>%n mesaje înregistrate în cronologii</numerusform>
            <numerusform>%n de mesaje înregistrate în cronologii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n de verificat</numerusform>
            <numerusform>%n de verificat</numerusform>
            <numerusform>%n de verificat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n deja cunoscut</numerusform>
            <numerusform>%n deja cunoscute</numerusform>
            <numerusform>%n deja cunoscute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not readable as mail</source>
        <translation>
            <numerusform>%n care nu poate fi citit ca e-mail</numerusform>
            <numerusform>%n care nu pot fi citite ca e-mail</numerusform>
            <numerusform>%n care nu pot fi citite ca e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Oprit înainte de final.</translation>
    </message>
</context>
<context>
    <name>MailReviewPage</name>
    <message>
        <source>Fetch mail now</source>
        <translation>Descarcă e-mailurile acum</translation>
    </message>
    <message>
        <source>Import .eml/mbox…</source>
        <translation>Importă .eml/mbox…</translation>
    </message>
    <message>
        <source>Choose a message to see its first lines.</source>
        <translation>Alege un mesaj pentru a-i vedea primele rânduri.</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Creează contact</translation>
    </message>
    <message>
        <source>Make a contact of the sender and log the message on it</source>
        <translation>Creează un contact din expeditor și înregistrează mesajul la el</translation>
    </message>
    <message>
        <source>Add to…</source>
        <translation>Adaugă la…</translation>
    </message>
    <message>
        <source>Log the message on a contact or company you already have</source>
        <translation>Înregistrează mesajul la un contact sau o firmă pe care o ai deja</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>Drop the message from this list for good</source>
        <translation>Scoate definitiv mesajul din această listă</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from senders who are not contacts yet</source>
        <translation>
            <numerusform>%n mesaj de la un expeditor care nu este încă un contact</numerusform>
            <numerusform>%n mesaje de la expeditori care nu sunt încă contacte</numerusform>
            <numerusform>%n de mesaje de la expeditori care nu sunt încă contacte</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages to review: every sender is a contact.</source>
        <translation>Niciun mesaj de verificat: fiecare expeditor este un contact.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De la: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subiect: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>%1 is now a contact; the message is on the timeline.</source>
        <translation>%1 este acum un contact; mesajul este în cronologie.</translation>
    </message>
    <message>
        <source>The message is on the contact&apos;s timeline.</source>
        <translation>Mesajul este în cronologia contactului.</translation>
    </message>
    <message>
        <source>Message ignored.</source>
        <translation>Mesaj ignorat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Fetching mail</source>
        <translation>Descărcarea e-mailurilor</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Importă e-mailuri</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Fișiere de e-mail (*.eml *.mbox *.mbx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Importing mail</source>
        <translation>Importarea e-mailurilor</translation>
    </message>
</context>
<context>
    <name>MailReviewTableModel</name>
    <message>
        <source>(no sender)</source>
        <translation>(fără expeditor)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>e.g. Anna Bianchi – Bottega Bianchi</source>
        <translation>ex. Ana Popescu – Atelier Popescu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expeditor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresă de e-mail</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Server de e-mail de ieșire (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Așteptare după server</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <source>Suggest a call back after</source>
        <translation>Propune un apel după</translation>
    </message>
    <message>
        <source>List quotes expiring within</source>
        <translation>Arată ofertele care expiră în</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Trimite un e-mail de test</translation>
    </message>
    <message>
        <source>Saves, then sends a short mail to the sender&apos;s address</source>
        <translation>Salvează, apoi trimite un scurt e-mail la adresa expeditorului</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>păstrată în portcheiul sistemului</translation>
    </message>
    <message>
        <source>the password of the mail account</source>
        <translation>parola contului de e-mail</translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept until SmallCRM closes, never in the database.</source>
        <translation>Niciun portchei de sistem aici: parola e păstrată până se închide SmallCRM, niciodată în baza de date.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Saved. The password is kept for this session only: no system keyring here.</source>
        <translation>Salvat. Parola e păstrată doar pentru această sesiune: aici nu există un portchei de sistem.</translation>
    </message>
    <message>
        <source>Sending a test mail…</source>
        <translation>Se trimite e-mailul de test…</translation>
    </message>
    <message>
        <source>Test mail</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <source>Test mail sent to %1: the settings work.</source>
        <translation>E-mailul de test a fost trimis la %1: setările funcționează.</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
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
        <source>Texts of the mails</source>
        <translation>Textele e-mailurilor</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Câmpuri înlocuite: %1</translation>
    </message>
    <message>
        <source>Restore the built-in text</source>
        <translation>Revino la textul implicit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;Despre SmallCRM</translation>
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
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(doar citire)</translation>
    </message>
</context>
<context>
    <name>OpenTasks</name>
    <message>
        <source>Open tasks</source>
        <translation>Sarcini deschise</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nimic de făcut deocamdată.</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Sarcini deschise (%1)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — termen %2</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Mesaje de trimis</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Trimite acum</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>A fost trimis</translation>
    </message>
    <message>
        <source>You found this mail in the Sent folder of your mail program: write it on the timeline without sending it again</source>
        <translation>Ați găsit acest e-mail în dosarul Trimise al programului de e-mail: înregistrați-l în cronologie fără a-l retrimite</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Show sent mails</source>
        <translation>Arată e-mailurile trimise</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nimic de trimis.</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail trimis</numerusform>
            <numerusform>%n e-mailuri trimise</numerusform>
            <numerusform>%n de e-mailuri trimise</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Trimiteți din nou?</translation>
    </message>
    <message>
        <source>This mail may have gone already. Send it again only if it is not in the Sent folder of your mail program.</source>
        <translation>Este posibil ca acest e-mail să fi plecat deja. Retrimiteți-l doar dacă nu este în dosarul Trimise al programului de e-mail.</translation>
    </message>
    <message>
        <source>Delete the mail?</source>
        <translation>Ștergeți e-mailul?</translation>
    </message>
    <message>
        <source>“%1” will not be sent.</source>
        <translation>„%1” nu va fi trimis.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Sending mail</source>
        <translation>Trimiterea e-mailurilor</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail trimis</numerusform>
            <numerusform>%n e-mailuri trimise</numerusform>
            <numerusform>%n de e-mailuri trimise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>%n mail(s) in the outbox</source>
        <translation>
            <numerusform>%n e-mail de trimis</numerusform>
            <numerusform>%n e-mailuri de trimis</numerusform>
            <numerusform>%n de e-mailuri de trimis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scris</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Netrimis</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>Poate trimis</translation>
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
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>work</source>
        <translation>serviciu</translation>
    </message>
    <message>
        <source>home</source>
        <translation>acasă</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Poreclă</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversare</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Rețele sociale</translation>
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
        <source>Choose a company from the list, or leave the field empty</source>
        <translation>Alegeți o companie din listă sau lăsați câmpul gol</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Păstrează ambele</translation>
    </message>
    <message>
        <source>Title (Dott.)</source>
        <translation>Titlu (Dr.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Al doilea prenume</translation>
    </message>
    <message>
        <source>Suffix (Jr.)</source>
        <translation>Sufix (Jr.)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Poreclă</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversare</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Not a date: write it as 17/05/1980</source>
        <translation>Nu este o dată: scrieți-o ca 17/05/1980</translation>
    </message>
    <message>
        <source>Title, middle, suffix</source>
        <translation>Titlu, al doilea prenume, sufix</translation>
    </message>
    <message>
        <source>7 characters, e.g. M5UXCR1</source>
        <translation>7 caractere, de ex. M5UXCR1</translation>
    </message>
    <message>
        <source>or a PEC address</source>
        <translation>sau o adresă PEC</translation>
    </message>
    <message>
        <source>SdI code</source>
        <translation>Cod destinatar SdI</translation>
    </message>
    <message>
        <source>SdI PEC</source>
        <translation>PEC SdI</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Rețele sociale</translation>
    </message>
    <message>
        <source>User name or number</source>
        <translation>Nume de utilizator sau număr</translation>
    </message>
    <message>
        <source>+ Add chat</source>
        <translation>+ Adaugă chat</translation>
    </message>
    <message>
        <source>Profile link or user name</source>
        <translation>Linkul profilului sau nume de utilizator</translation>
    </message>
    <message>
        <source>+ Add social profile</source>
        <translation>+ Adaugă profil social</translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation>Chat și rețele sociale</translation>
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
    <name>PartyHistory</name>
    <message>
        <source>created</source>
        <translation>creat</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificat</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>mutat în coș</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurat</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emisă</translation>
    </message>
    <message>
        <source>expired (validity over)</source>
        <translation>expirată (valabilitate încheiată)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>șters</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonimizat</translation>
    </message>
    <message>
        <source>merged with another record</source>
        <translation>unit cu o altă fișă</translation>
    </message>
    <message>
        <source>merged into another record</source>
        <translation>unit într-o altă fișă</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fișă</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nicio modificare înregistrată.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>această fișă</translation>
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
        <source>Nothing logged yet: log a call or add a note.</source>
        <translation>Nimic înregistrat încă: înregistrați un apel sau adăugați o notă.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidențialitate</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
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
        <source>This record was erased.</source>
        <translation>Această fișă a fost ștearsă.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been merged).</source>
        <translation>Această înregistrare nu mai există (poate a fost unită cu alta).</translation>
    </message>
    <message>
        <source>Open attached files…</source>
        <translation>Deschide fișierele atașate…</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore it later.</source>
        <translation>Mutați %1 în coș? Îl puteți restaura mai târziu.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>PartyPrivacy</name>
    <message>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Temei legal</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retras</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Niciun consimțământ înregistrat.</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Adaugă consimțământ…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retrage…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>fără dată</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setează</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Sursa datelor</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>De revizuit la</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportă datele personale…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizează…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consimțăminte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not recorded (set it with Edit)</source>
        <translation>neînregistrată (setați-o cu Modifică)</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retrage consimțământul</translation>
    </message>
    <message>
        <source>How was the consent for %1 withdrawn?</source>
        <translation>Cum a fost retras consimțământul pentru %1?</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportă datele personale</translation>
    </message>
    <message>
        <source>JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>JSON (*.json);;Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Exportarea datelor personale</translation>
    </message>
    <message>
        <source>Personal data saved to %1</source>
        <translation>Datele personale au fost salvate în %1</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Bază de date criptată</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 este criptată. Tastați fraza de acces pentru a o deschide.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Try again.</source>
        <translation>Această frază de acces nu deschide baza de date. Încercați din nou.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
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
        <source>Paid on</source>
        <translation>Plătit la</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Înregistrează plata</translation>
    </message>
    <message>
        <source>Paid before the invoice was issued (%1)</source>
        <translation>Plătit înainte de emiterea facturii (%1)</translation>
    </message>
    <message>
        <source>Keep what exceeds the balance due as a credit on account</source>
        <translation>Păstrează ce depășește restul de plată ca avans în contul clientului</translation>
    </message>
    <message>
        <source>The customer paid more than this invoice asks: the excess shows as what you owe them, in the receivables</source>
        <translation>Clientul a plătit mai mult decât cere factura: diferența apare la creanțe, ca sumă datorată clientului</translation>
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
    <name>PrivacySettings</name>
    <message>
        <source>Leads</source>
        <translation>Lead-uri</translation>
    </message>
    <message>
        <source> months</source>
        <translation> luni</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Clienți potențiali</translation>
    </message>
    <message>
        <source>Lost contacts</source>
        <translation>Contacte pierdute</translation>
    </message>
    <message>
        <source>Dormant contacts</source>
        <translation>Contacte inactive</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Issued invoices (tax law)</source>
        <translation>Facturi emise (legea fiscală)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ani</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Salvează perioadele</translation>
    </message>
    <message>
        <source>Counted from the last activity: a change to the record, a communication, a quote or a deal. Whoever has issued invoices is kept for the years tax law asks after the last one.</source>
        <translation>Numărate de la ultima activitate: o modificare a fișei, o comunicare, o ofertă sau o oportunitate. Cine are facturi emise este păstrat câți ani cere legea fiscală după ultima.</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>Cât timp se păstrează datele</translation>
    </message>
    <message>
        <source>Find records to review</source>
        <translation>Găsește fișele de revizuit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima activitate</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Păstrat până la</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Issued invoices</source>
        <translation>Facturi emise</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>Keep the data: the record is reviewed again after its stage&apos;s period</source>
        <translation>Păstrează datele: fișa va fi revizuită din nou după perioada etapei sale</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizează…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Lista de revizuit</translation>
    </message>
    <message>
        <source>Finding records to review</source>
        <translation>Căutarea fișelor de revizuit</translation>
    </message>
    <message>
        <source>review date reached</source>
        <translation>data de revizuire a sosit</translation>
    </message>
    <message>
        <source>past its period</source>
        <translation>peste perioada sa</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (în coș)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n fișă de revizuit</numerusform>
            <numerusform>%n fișe de revizuit</numerusform>
            <numerusform>%n de fișe de revizuit</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Nimeni nu a depășit perioada de păstrare.</translation>
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
        <source>What the quote is for</source>
        <translation>Obiectul ofertei</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Note tipărite sub rânduri</translation>
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
        <source>Send by e-mail…</source>
        <translation>Trimite prin e-mail…</translation>
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
        <source>Saved</source>
        <translation>Salvat</translation>
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
        <source>Invoiced as</source>
        <translation>Facturat ca</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ciornă</translation>
    </message>
    <message>
        <source>Another invoice…</source>
        <translation>Încă o factură…</translation>
    </message>
    <message>
        <source>Already invoiced</source>
        <translation>Deja facturat</translation>
    </message>
    <message>
        <source>This quote was already invoiced (%1). Make another invoice from it? Only for an order invoiced in parts: otherwise the customer is billed twice.</source>
        <translation>Această ofertă a fost deja facturată (%1). Faceți încă o factură din ea? Doar pentru o comandă facturată în tranșe: altfel clientul plătește de două ori.</translation>
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
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Receivables by age to Excel or CSV</source>
        <translation>Creanțe după vechime în Excel sau CSV</translation>
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
    <message>
        <source>Every open balance</source>
        <translation>Toate soldurile deschise</translation>
    </message>
    <message>
        <source>Only those you owe</source>
        <translation>Doar cei cărora le datorezi</translation>
    </message>
    <message numerus="yes">
        <source>you owe %n customer(s) %1</source>
        <translation>
            <numerusform>datorezi %1 la %n client</numerusform>
            <numerusform>datorezi %1 la %n clienți</numerusform>
            <numerusform>datorezi %1 la %n de clienți</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Plan a call back</source>
        <translation>Planifică un apel</translation>
    </message>
    <message>
        <source>Add a task due today: call the customer about this quote</source>
        <translation>Adaugă o sarcină pentru azi: sunați clientul despre această ofertă</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Tasks due today or overdue</source>
        <translation>Sarcini scadente azi sau restante</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nimic scadent azi.</translation>
    </message>
    <message>
        <source>Quotes without an answer</source>
        <translation>Oferte fără răspuns</translation>
    </message>
    <message numerus="yes">
        <source>sent %n day(s) ago</source>
        <translation>
            <numerusform>trimisă acum %n zi</numerusform>
            <numerusform>trimisă acum %n zile</numerusform>
            <numerusform>trimisă acum %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sent quote has had an answer or a call planned.</source>
        <translation>Fiecare ofertă trimisă a primit un răspuns sau are un apel planificat.</translation>
    </message>
    <message>
        <source>Quotes about to expire</source>
        <translation>Oferte pe cale să expire</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expiră azi</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expiră în %n zi</numerusform>
            <numerusform>expiră în %n zile</numerusform>
            <numerusform>expiră în %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>No quote expires soon.</source>
        <translation>Nicio ofertă nu expiră în curând.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>azi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>întârziată cu %n zi</numerusform>
            <numerusform>întârziată cu %n zile</numerusform>
            <numerusform>întârziată cu %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the list</source>
        <translation>
            <numerusform>… și încă %n element: deschideți lista</numerusform>
            <numerusform>… și încă %n elemente: deschideți lista</numerusform>
            <numerusform>… și încă %n de elemente: deschideți lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back about quote %1</source>
        <translation>Sunați despre oferta %1</translation>
    </message>
    <message>
        <source>Call back planned for today.</source>
        <translation>Apel planificat pentru azi.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>A random key kept in the system keyring (nothing to type)</source>
        <translation>O cheie aleatoare păstrată în portcheiul sistemului (nimic de tastat)</translation>
    </message>
    <message>
        <source>A passphrase (asked at start where the keyring does not have the key; it also opens the file on another computer)</source>
        <translation>O frază de acces (cerută la pornire când portcheiul nu are cheia; deschide fișierul și pe alt calculator)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repetați-o</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Criptează baza de date</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>Decriptează baza de date</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Criptarea datelor stocate</translation>
    </message>
    <message>
        <source>Encrypted, the database file and its backups cannot be read without the key: if this computer is stolen, the customers&apos; data does not go with it.</source>
        <translation>Criptate, fișierul bazei de date și copiile sale nu pot fi citite fără cheie: dacă acest calculator este furat, datele clienților nu pleacă odată cu el.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher library (the sqlcipher3-binary package) is not installed.</source>
        <translation>Criptarea nu este disponibilă pe acest calculator: biblioteca SQLCipher (pachetul sqlcipher3-binary) nu este instalată.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept in the system keyring.</source>
        <translation>Baza de date este criptată; cheia ei este păstrată în portcheiul sistemului.</translation>
    </message>
    <message>
        <source>The database is encrypted; its passphrase is asked at each start.</source>
        <translation>Baza de date este criptată; fraza de acces este cerută la fiecare pornire.</translation>
    </message>
    <message>
        <source>The database is not encrypted: anyone who copies the file can read it.</source>
        <translation>Baza de date nu este criptată: oricine copiază fișierul îl poate citi.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: an encrypted database needs a passphrase, asked each time SmallCRM starts.</source>
        <translation>Pe acest calculator nu există un portchei al sistemului: o bază de date criptată are nevoie de o frază de acces, cerută la fiecare pornire a SmallCRM.</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Cele două fraze de acces diferă</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups now? SmallCRM pauses its work while it converts them.</source>
        <translation>Criptați acum baza de date și copiile ei? SmallCRM își întrerupe lucrul cât timp le convertește.</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>Se criptează baza de date</translation>
    </message>
    <message>
        <source>Store the database and its backups unencrypted again? Anyone who copies the files can then read them.</source>
        <translation>Stocați din nou baza de date și copiile ei necriptate? Oricine copiază fișierele le va putea citi.</translation>
    </message>
    <message>
        <source>Decrypting the database</source>
        <translation>Se decriptează baza de date</translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are encrypted.</source>
        <translation>
            <numerusform>Gata: baza de date și %n copie de siguranță sunt criptate.</numerusform>
            <numerusform>Gata: baza de date și %n copii de siguranță sunt criptate.</numerusform>
            <numerusform>Gata: baza de date și %n de copii de siguranță sunt criptate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are encrypted. There is no system keyring here: SmallCRM will ask for the passphrase at each start.</source>
        <translation>
            <numerusform>Gata: baza de date și %n copie de siguranță sunt criptate. Aici nu există un portchei al sistemului: SmallCRM va cere fraza de acces la fiecare pornire.</numerusform>
            <numerusform>Gata: baza de date și %n copii de siguranță sunt criptate. Aici nu există un portchei al sistemului: SmallCRM va cere fraza de acces la fiecare pornire.</numerusform>
            <numerusform>Gata: baza de date și %n de copii de siguranță sunt criptate. Aici nu există un portchei al sistemului: SmallCRM va cere fraza de acces la fiecare pornire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are plain files again.</source>
        <translation>
            <numerusform>Gata: baza de date și %n copie de siguranță sunt din nou fișiere necriptate.</numerusform>
            <numerusform>Gata: baza de date și %n copii de siguranță sunt din nou fișiere necriptate.</numerusform>
            <numerusform>Gata: baza de date și %n de copii de siguranță sunt din nou fișiere necriptate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged backup(s) could not be converted and were left as they were.</source>
        <translation>
            <numerusform>%n copie deteriorată nu a putut fi convertită și a rămas cum era.</numerusform>
            <numerusform>%n copii deteriorate nu au putut fi convertite și au rămas cum erau.</numerusform>
            <numerusform>%n de copii deteriorate nu au putut fi convertite și au rămas cum erau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Criptare</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Trimite prin e-mail</translation>
    </message>
    <message>
        <source>name@example.com; more addresses separated by ;</source>
        <translation>nume@exemplu.ro; mai multe adrese separate prin ;</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Atașat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Save to outbox</source>
        <translation>Pune la trimis</translation>
    </message>
    <message>
        <source>Keep it in the outbox: it goes when the mail server answers</source>
        <translation>Îl păstrează printre mesajele de trimis: pleacă atunci când răspunde serverul</translation>
    </message>
    <message>
        <source>Open in my mail program…</source>
        <translation>Deschide în programul meu de e-mail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message numerus="yes">
        <source>Remind me to call back in %n day(s) if there is no answer</source>
        <translation>
            <numerusform>Amintește-mi să sun peste %n zi dacă nu răspunde</numerusform>
            <numerusform>Amintește-mi să sun peste %n zile dacă nu răspunde</numerusform>
            <numerusform>Amintește-mi să sun peste %n de zile dacă nu răspunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 by e-mail</source>
        <translation>Trimite %1 prin e-mail</translation>
    </message>
    <message>
        <source>Sending needs the outgoing mail server in Settings → Mail. Without it, open the mail in your own mail program.</source>
        <translation>Pentru trimitere e nevoie de serverul de ieșire din Setări → E-mail. Fără el, deschideți e-mailul în propriul program de e-mail.</translation>
    </message>
    <message>
        <source>This customer has no e-mail address yet: type one.</source>
        <translation>Acest client nu are încă o adresă de e-mail: scrieți una.</translation>
    </message>
    <message>
        <source>Call back about quote %1</source>
        <translation>Sunați despre oferta %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Trimiterea e-mailurilor</translation>
    </message>
    <message>
        <source>The mail is in the outbox.</source>
        <translation>E-mailul așteaptă printre mesajele de trimis.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Trimis la %1.</translation>
    </message>
    <message>
        <source>Not sent: %1 The mail is kept in the outbox.</source>
        <translation>Netrimis: %1 E-mailul rămâne printre mesajele de trimis.</translation>
    </message>
    <message>
        <source>Not sent yet: %1 The mail is kept in the outbox and goes as soon as the server answers.</source>
        <translation>Încă netrimis: %1 E-mailul rămâne printre mesajele de trimis și pleacă de îndată ce răspunde serverul.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Where to save the PDF to attach</source>
        <translation>Unde se salvează PDF-ul de atașat</translation>
    </message>
    <message>
        <source>Attach %1 in your mail program.</source>
        <translation>Atașați %1 în programul de e-mail.</translation>
    </message>
    <message>
        <source>Save the quote before sending it</source>
        <translation>Salvați oferta înainte de a o trimite</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it</source>
        <translation>Emiteți factura înainte de a o trimite</translation>
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
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>E-mail primite</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Date și copii de rezervă</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidențialitate</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>Facturare electronică</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
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
        <translation>Alege pe cineva din listă sau lasă gol</translation>
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
    <message numerus="yes">
        <source>%n attached file(s): double-click to open</source>
        <translation>
            <numerusform>%n fișier atașat: dublu clic pentru a-l deschide</numerusform>
            <numerusform>%n fișiere atașate: dublu clic pentru a le deschide</numerusform>
            <numerusform>%n de fișiere atașate: dublu clic pentru a le deschide</numerusform>
        </translation>
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
    <message>
        <source>Stamp duty</source>
        <translation>Taxă de timbru</translation>
    </message>
    <message>
        <source>Net to pay</source>
        <translation>Net de plată</translation>
    </message>
    <message>
        <source>Contribution %1 %2%</source>
        <translation>Contribuție %1 %2%</translation>
    </message>
    <message>
        <source>Withholding tax %1% on %2</source>
        <translation>Impozit reținut %1% din %2</translation>
    </message>
    <message>
        <source>VAT paid by the customer (split payment)</source>
        <translation>TVA plătită de client (split payment)</translation>
    </message>
    <message>
        <source>Rivalsa INPS %1%</source>
        <translation>Contribuție INPS (rivalsa) %1%</translation>
    </message>
    <message>
        <source>VAT in %1</source>
        <translation>TVA în %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Închide</translation>
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
    <message>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <source>until</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>În vigoare</translation>
    </message>
    <message>
        <source>A 0% code starts with its Natura: N4, or N4-18 for a second exempt reason.</source>
        <translation>Un cod de 0% începe cu natura sa: N4, sau N4-18 pentru un al doilea motiv de scutire.</translation>
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
    <message>
        <source>In force</source>
        <translation>În vigoare</translation>
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
        <source>Something went wrong</source>
        <translation>Ceva nu a mers bine</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valoare nevalidă</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s present state</source>
        <translation>Nu se poate face în starea actuală a înregistrării</translation>
    </message>
    <message>
        <source>The database cannot be read or written</source>
        <translation>Baza de date nu poate fi citită sau scrisă</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted or merged</source>
        <translation>Negăsit: poate a fost șters sau unit</translation>
    </message>
    <message>
        <source>Not a two-letter country code (IT, RO, DE…)</source>
        <translation>Nu este un cod de țară din două litere (IT, RO, DE…)</translation>
    </message>
    <message>
        <source>Up to 10 letters, digits or dashes, no spaces or slashes</source>
        <translation>Cel mult 10 litere, cifre sau cratime, fără spații sau bare oblice</translation>
    </message>
    <message>
        <source>Not a known kind of contact</source>
        <translation>Tip de contact necunoscut</translation>
    </message>
    <message>
        <source>Not one of the values offered</source>
        <translation>Nu este una dintre valorile oferite</translation>
    </message>
    <message>
        <source>Not the right kind of value</source>
        <translation>Tip de valoare greșit</translation>
    </message>
    <message>
        <source>Not a known setting</source>
        <translation>Setare necunoscută</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Prea mic</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Prea mare</translation>
    </message>
    <message>
        <source>Out of the allowed range</source>
        <translation>În afara intervalului permis</translation>
    </message>
    <message>
        <source>Already used by another record</source>
        <translation>Folosit deja de altă înregistrare</translation>
    </message>
    <message>
        <source>The logo must be a PNG image</source>
        <translation>Logoul trebuie să fie o imagine PNG</translation>
    </message>
    <message>
        <source>That folder does not exist</source>
        <translation>Acest dosar nu există</translation>
    </message>
    <message>
        <source>A person cannot become a company, nor a company a person</source>
        <translation>O persoană nu poate deveni companie, nici o companie persoană</translation>
    </message>
    <message>
        <source>Only a person can work for a company</source>
        <translation>Doar o persoană poate lucra pentru o companie</translation>
    </message>
    <message>
        <source>This record was merged into another one</source>
        <translation>Această înregistrare a fost unită cu alta</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself</source>
        <translation>O înregistrare nu poate fi unită cu ea însăși</translation>
    </message>
    <message>
        <source>A person and a company cannot be merged</source>
        <translation>O persoană și o companie nu pot fi unite</translation>
    </message>
    <message>
        <source>Earlier than the document&apos;s date</source>
        <translation>Anterior datei documentului</translation>
    </message>
    <message>
        <source>Only a draft quote can be changed: make a new revision</source>
        <translation>Doar o ofertă ciornă poate fi modificată: creați o revizie nouă</translation>
    </message>
    <message>
        <source>The quote cannot go to that status from its present one</source>
        <translation>Oferta nu poate trece în acea stare din starea actuală</translation>
    </message>
    <message>
        <source>Only an accepted quote becomes an invoice</source>
        <translation>Doar o ofertă acceptată devine factură</translation>
    </message>
    <message>
        <source>Only an issued invoice can take payments or credit notes</source>
        <translation>Doar o factură emisă poate primi plăți sau note de credit</translation>
    </message>
    <message>
        <source>An invoice needs at least one line</source>
        <translation>O factură trebuie să aibă cel puțin un rând</translation>
    </message>
    <message>
        <source>The total must be more than zero</source>
        <translation>Totalul trebuie să fie mai mare decât zero</translation>
    </message>
    <message>
        <source>This date is in the future</source>
        <translation>Această dată este în viitor</translation>
    </message>
    <message>
        <source>A later invoice of this series has an earlier date: numbers must follow the dates</source>
        <translation>O factură ulterioară din această serie are o dată anterioară: numerele trebuie să urmeze datele</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects</source>
        <translation>O notă de credit nu poate fi datată înaintea facturii pe care o corectează</translation>
    </message>
    <message>
        <source>More than is left to credit on this line</source>
        <translation>Mai mult decât a rămas de creditat pe acest rând</translation>
    </message>
    <message>
        <source>Choose what to credit: a quantity on a line, or an amount</source>
        <translation>Alegeți ce creditați: o cantitate pe un rând sau o sumă</translation>
    </message>
    <message>
        <source>Cancelled: no file was written</source>
        <translation>Anulat: nu a fost scris niciun fișier</translation>
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
        <source>The database is encrypted: its passphrase is needed</source>
        <translation>Baza de date este criptată: este nevoie de fraza de acces</translation>
    </message>
    <message>
        <source>That passphrase does not open the database</source>
        <translation>Această frază de acces nu deschide baza de date</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters</source>
        <translation>O frază de acces trebuie să aibă cel puțin 8 caractere</translation>
    </message>
    <message>
        <source>There is no system keyring here: choose a passphrase</source>
        <translation>Aici nu există un portchei al sistemului: alegeți o frază de acces</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer</source>
        <translation>Criptarea nu este disponibilă pe acest calculator</translation>
    </message>
    <message>
        <source>The mail server cannot be reached</source>
        <translation>Serverul de e-mail nu poate fi contactat</translation>
    </message>
    <message>
        <source>The mail server does not answer</source>
        <translation>Serverul de e-mail nu răspunde</translation>
    </message>
    <message>
        <source>The mail server refused the user name or the password</source>
        <translation>Serverul de e-mail a refuzat numele de utilizator sau parola</translation>
    </message>
    <message>
        <source>The mail server closed the connection</source>
        <translation>Serverul de e-mail a închis conexiunea</translation>
    </message>
    <message>
        <source>No secure connection to the mail server</source>
        <translation>Nicio conexiune securizată cu serverul de e-mail</translation>
    </message>
    <message>
        <source>The mail server answered with an error</source>
        <translation>Serverul de e-mail a răspuns cu o eroare</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only)</source>
        <translation>Baza de date nu poate fi scrisă (doar citire)</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>Fișierul lipsește</translation>
    </message>
    <message>
        <source>The database&apos;s folder does not exist</source>
        <translation>Dosarul bazei de date nu există</translation>
    </message>
    <message>
        <source>This file is not a SmallCRM database</source>
        <translation>Acest fișier nu este o bază de date SmallCRM</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Fișierul nu poate fi citit</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <source>The database was written by a newer SmallCRM: please update</source>
        <translation>Baza de date a fost scrisă de un SmallCRM mai nou: actualizați programul</translation>
    </message>
    <message>
        <source>The backup failed its integrity check</source>
        <translation>Copia de rezervă nu a trecut verificarea integrității</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>Copia de rezervă nu a putut fi scrisă</translation>
    </message>
    <message>
        <source>The database is already encrypted</source>
        <translation>Baza de date este deja criptată</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>Baza de date nu este criptată</translation>
    </message>
    <message>
        <source>The converted copy failed its integrity check: the database was left as it was</source>
        <translation>Copia convertită nu a trecut verificarea de integritate: baza de date a rămas neschimbată</translation>
    </message>
    <message>
        <source>The database could not be converted: it was left as it was</source>
        <translation>Baza de date nu a putut fi convertită: a rămas neschimbată</translation>
    </message>
    <message>
        <source>The system keyring did not accept the key: choose a passphrase instead</source>
        <translation>Portcheiul sistemului nu a acceptat cheia: alegeți în schimb o frază de acces</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Cele două fraze de acces diferă</translation>
    </message>
    <message>
        <source>This import was already undone</source>
        <translation>Acest import a fost deja anulat</translation>
    </message>
    <message>
        <source>Some records changed since the preview: preview the import again</source>
        <translation>Unele înregistrări s-au schimbat după previzualizare: previzualizați din nou importul</translation>
    </message>
    <message>
        <source>No column is imported: choose a field for at least one</source>
        <translation>Nicio coloană nu este importată: alegeți un câmp pentru cel puțin una</translation>
    </message>
    <message>
        <source>The column mapping cannot be read</source>
        <translation>Corespondența coloanelor nu poate fi citită</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file&apos;s columns</source>
        <translation>Corespondența coloanelor nu se potrivește cu coloanele fișierului</translation>
    </message>
    <message>
        <source>These columns are not a known layout: confirm the mapping first</source>
        <translation>Aceste coloane nu sunt un format cunoscut: confirmați mai întâi corespondența</translation>
    </message>
    <message>
        <source>Not a date (use 17/05/1980 or 1980-05-17)</source>
        <translation>Nu este o dată (folosiți 17/05/1980 sau 1980-05-17)</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Fișierul nu există</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Fișierul este prea mare</translation>
    </message>
    <message>
        <source>Choose a .json or an .xlsx file</source>
        <translation>Alegeți un fișier .json sau .xlsx</translation>
    </message>
    <message>
        <source>No contacts to export</source>
        <translation>Niciun contact de exportat</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given</source>
        <translation>Un consimțământ nu poate fi retras înainte de a fi fost dat</translation>
    </message>
    <message>
        <source>There is already an active consent for this purpose: withdraw it first</source>
        <translation>Există deja un consimțământ activ pentru acest scop: retrageți-l mai întâi</translation>
    </message>
    <message>
        <source>This consent was already withdrawn</source>
        <translation>Acest consimțământ a fost deja retras</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Prea lung</translation>
    </message>
    <message>
        <source>This record was erased: only what tax law keeps is left of it</source>
        <translation>Această înregistrare a fost ștearsă: a rămas doar ce cere legea fiscală</translation>
    </message>
    <message>
        <source>The reason is kept: it must not repeat the name, e-mail or phone</source>
        <translation>Motivul se păstrează: nu trebuie să repete numele, e-mailul sau telefonul</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it</source>
        <translation>Emiteți factura înainte de a o trimite</translation>
    </message>
    <message>
        <source>Set the sender&apos;s address in Settings → Mail first</source>
        <translation>Setați mai întâi adresa expeditorului în Setări → E-mail</translation>
    </message>
    <message>
        <source>Only a mail that may have been sent can be marked sent</source>
        <translation>Doar un e-mail care poate a fost trimis poate fi marcat ca trimis</translation>
    </message>
    <message>
        <source>This mail is being sent right now</source>
        <translation>Acest e-mail se trimite chiar acum</translation>
    </message>
    <message>
        <source>No password is kept for this account: enter it in the settings</source>
        <translation>Nicio parolă păstrată pentru acest cont: introduceți-o în setări</translation>
    </message>
    <message>
        <source>This message has no sender to make a contact of</source>
        <translation>Acest mesaj nu are un expeditor din care să se creeze un contact</translation>
    </message>
    <message>
        <source>This file is not an e-mail message</source>
        <translation>Acest fișier nu este un mesaj e-mail</translation>
    </message>
    <message>
        <source>This file is not an mbox file</source>
        <translation>Acest fișier nu este un fișier mbox</translation>
    </message>
    <message>
        <source>This message was already decided</source>
        <translation>Pentru acest mesaj s-a decis deja</translation>
    </message>
    <message>
        <source>Too small: at least %1</source>
        <translation>Prea mic: cel puțin %1</translation>
    </message>
    <message>
        <source>Too large: at most %1</source>
        <translation>Prea mare: cel mult %1</translation>
    </message>
    <message>
        <source>More than is left to credit on this line (%1)</source>
        <translation>Mai mult decât a rămas de creditat pe acest rând (%1)</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). The details are in the log.</source>
        <translation>A apărut o eroare ({name}). Detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <source>Could be read two ways: write %1</source>
        <translation>Se poate citi în două feluri: scrieți %1</translation>
    </message>
    <message>
        <source>This number could be read two ways</source>
        <translation>Acest număr se poate citi în două feluri</translation>
    </message>
    <message>
        <source>No value of tax law is known for that day</source>
        <translation>Nu se cunoaște nicio valoare fiscală pentru acea zi</translation>
    </message>
    <message>
        <source>Reverse charge (N6) needs a customer with a VAT number</source>
        <translation>Taxarea inversă (N6) cere un client cu cod de TVA</translation>
    </message>
    <message>
        <source>An intra-EU sale (N3.2) needs the customer's valid VAT number of another EU country</source>
        <translation>O livrare intracomunitară (N3.2) cere un cod de TVA valid al clientului dintr-o altă țară UE</translation>
    </message>
    <message>
        <source>Not payment terms: write e.g. 30, 30 fm, 30/60/90 fm or 30:500/60</source>
        <translation>Termeni de plată nevalizi: scrieți de ex. 30, 30 fm, 30/60/90 fm sau 30:500/60</translation>
    </message>
    <message>
        <source>Instalments fall due one after the other</source>
        <translation>Ratele scad una după alta</translation>
    </message>
    <message>
        <source>The instalments do not add up to what the invoice asks for</source>
        <translation>Ratele nu însumează suma de plată a facturii</translation>
    </message>
    <message>
        <source>Give the exchange rate of the day: the VAT is stated in lei too</source>
        <translation>Introduceți cursul de schimb al zilei: TVA se exprimă și în lei</translation>
    </message>
    <message>
        <source>The REA office is the province's two letters (MI)</source>
        <translation>Oficiul REA este codul de două litere al provinciei (MI)</translation>
    </message>
    <message>
        <source>This VAT rate is not in force on the document's date</source>
        <translation>Această cotă de TVA nu este în vigoare la data documentului</translation>
    </message>
    <message>
        <source>A 0% code starts with its Natura (N1 … N7, e.g. N4 or N4-18)</source>
        <translation>Un cod de 0% începe cu natura sa (N1 … N7, de ex. N4 sau N4-18)</translation>
    </message>
    <message>
        <source>This quote was already invoiced</source>
        <translation>Această ofertă a fost deja facturată</translation>
    </message>
    <message>
        <source>Some details the law wants on it are missing</source>
        <translation>Lipsesc unele date cerute de lege</translation>
    </message>
    <message>
        <source>This could name two documents</source>
        <translation>Ar putea desemna două documente</translation>
    </message>
    <message>
        <source>Not a document number</source>
        <translation>Nu este un număr de document</translation>
    </message>
    <message>
        <source>This quote was already invoiced (%1)</source>
        <translation>Această ofertă a fost deja facturată (%1)</translation>
    </message>
    <message>
        <source>This could name two documents: write %1</source>
        <translation>Ar putea desemna două documente: scrieți %1</translation>
    </message>
    <message>
        <source>A line cannot take off more than the document charges at its VAT rate</source>
        <translation>O linie nu poate scădea mai mult decât facturează documentul la cota sa de TVA</translation>
    </message>
    <message>
        <source>A line cannot take off more than the document charges at VAT %1</source>
        <translation>O linie nu poate scădea mai mult decât facturează documentul cu TVA %1</translation>
    </message>
    <message>
        <source>More than is left to credit at this VAT rate</source>
        <translation>Mai mult decât a rămas de creditat la această cotă de TVA</translation>
    </message>
    <message>
        <source>The invoice has no line at this VAT rate</source>
        <translation>Factura nu are linii la această cotă de TVA</translation>
    </message>
    <message>
        <source>More than can be refunded</source>
        <translation>Mai mult decât se poate rambursa</translation>
    </message>
    <message>
        <source>Refunds are recorded against issued credit notes only</source>
        <translation>Rambursările se înregistrează doar pe note de credit emise</translation>
    </message>
    <message>
        <source>More than is left to credit at this VAT rate (%1 before VAT)</source>
        <translation>Mai mult decât a rămas de creditat la această cotă de TVA (%1 fără TVA)</translation>
    </message>
    <message>
        <source>The database is missing, but backups of it are here: restore one, or start anew</source>
        <translation>Baza de date lipsește, dar copiile ei de siguranță sunt aici: restaurați una sau începeți de la zero</translation>
    </message>
    <message>
        <source>That is the database itself: choose a backup</source>
        <translation>Acesta este chiar baza de date: alegeți o copie de siguranță</translation>
    </message>
    <message>
        <source>The erasures of the damaged database cannot be read: restoring could bring erased persons back, so nothing was restored</source>
        <translation>Ștergerile din baza de date deteriorată nu pot fi citite: restaurarea ar putea readuce persoane șterse, așa că nu s-a restaurat nimic</translation>
    </message>
    <message>
        <source>The erasure ledger beside the database is damaged: nothing was opened, so that no erased person comes back</source>
        <translation>Registrul ștergerilor de lângă baza de date este deteriorat: nu s-a deschis nimic, ca nicio persoană ștearsă să nu revină</translation>
    </message>
    <message>
        <source>The file's extension does not match what is written into it</source>
        <translation>Extensia fișierului nu corespunde cu ceea ce se scrie în el</translation>
    </message>
    <message>
        <source>The image file is too large</source>
        <translation>Fișierul imaginii este prea mare</translation>
    </message>
    <message>
        <source>The image has too many pixels</source>
        <translation>Imaginea are prea mulți pixeli</translation>
    </message>
    <message>
        <source>The image file is too large (at most %1 MB)</source>
        <translation>Fișierul imaginii este prea mare (cel mult %1 MB)</translation>
    </message>
    <message>
        <source>The image has too many pixels (at most %1 on a side)</source>
        <translation>Imaginea are prea mulți pixeli (cel mult %1 pe latură)</translation>
    </message>
    <message>
        <source>The erasure is saved, but the disk is too full to clear the space it freed: free some space; SmallCRM clears it at its next start</source>
        <translation>Ștergerea este salvată, dar discul este prea plin pentru a curăța spațiul eliberat: eliberați puțin spațiu; SmallCRM îl curăță la următoarea pornire</translation>
    </message>
    <message>
        <source>The database's -wal file is missing: its last changes would be lost. Put it back, or restore a backup</source>
        <translation>Lipsește fișierul -wal al bazei de date: ultimele ei modificări s-ar pierde. Puneți-l la loc sau restaurați o copie de siguranță</translation>
    </message>
    <message>
        <source>An attachment cannot be decrypted (damaged, or its key is gone)</source>
        <translation>Un atașament nu poate fi decriptat (deteriorat sau cheia lui nu mai există)</translation>
    </message>
    <message>
        <source>The database's -wal file is not its own (another copy's?): opening would mix them. Put the right one back, or restore a backup</source>
        <translation>Fișierul -wal al bazei de date nu este al ei (al altei copii?): deschiderea le-ar amesteca. Puneți-l înapoi pe cel corect sau restaurați o copie de rezervă</translation>
    </message>
    <message>
        <source>Not a picture that can be read (JPEG, PNG, GIF or WebP)</source>
        <translation>Nu este o imagine care poate fi citită (JPEG, PNG, GIF sau WebP)</translation>
    </message>
    <message>
        <source>The photo is on another server and was not fetched</source>
        <translation>Fotografia se află pe alt server și nu a fost descărcată</translation>
    </message>
    <message>
        <source>Not a country SmallCRM knows (IT, ITA, Italia, Italy…)</source>
        <translation>Nu este o țară pe care SmallCRM o cunoaște (IT, ITA, Italia, Italy…)</translation>
    </message>
    <message>
        <source>The e-invoice is not a readable XML file</source>
        <translation>Factura electronică nu este un fișier XML lizibil</translation>
    </message>
    <message>
        <source>Required in the e-invoice and missing</source>
        <translation>Obligatoriu în factura electronică și lipsește</translation>
    </message>
    <message>
        <source>Empty: the e-invoice needs a value here</source>
        <translation>Gol: factura electronică are nevoie de o valoare aici</translation>
    </message>
    <message>
        <source>Not written as the e-invoice wants it (digits, capitals, length)</source>
        <translation>Nu este scris cum cere factura electronică (cifre, majuscule, lungime)</translation>
    </message>
    <message>
        <source>Too long for the e-invoice</source>
        <translation>Prea lung pentru factura electronică</translation>
    </message>
    <message>
        <source>Has characters the e-invoice does not allow</source>
        <translation>Conține caractere pe care factura electronică nu le permite</translation>
    </message>
    <message>
        <source>Not a code of the e-invoice's list</source>
        <translation>Nu este un cod din lista facturii electronice</translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <translation>Nu este o dată validă</translation>
    </message>
    <message>
        <source>A line at 0% VAT needs its Natura (why it bears no VAT) (SdI 00400)</source>
        <translation>Un rând cu TVA 0% are nevoie de Natura (de ce nu are TVA) (SdI 00400)</translation>
    </message>
    <message>
        <source>A line that bears VAT has no Natura (SdI 00401)</source>
        <translation>Un rând cu TVA nu are Natura (SdI 00401)</translation>
    </message>
    <message>
        <source>Natura N2, N3 and N6 need their sub-code since 2021 (SdI 00445)</source>
        <translation>Natura N2, N3 și N6 au nevoie de subcod din 2021 (SdI 00445)</translation>
    </message>
    <message>
        <source>The line's total is not its price times its quantity, less its discount (SdI 00423)</source>
        <translation>Totalul rândului nu este prețul înmulțit cu cantitatea, minus reducerea (SdI 00423)</translation>
    </message>
    <message>
        <source>Lines are subject to withholding tax but the withholding data are missing (SdI 00411)</source>
        <translation>Rânduri supuse reținerii la sursă fără datele reținerii (SdI 00411)</translation>
    </message>
    <message>
        <source>The pension fund contribution is subject to withholding tax but the withholding data are missing (SdI 00415)</source>
        <translation>Contribuția la casa de pensii este supusă reținerii, dar lipsesc datele reținerii (SdI 00415)</translation>
    </message>
    <message>
        <source>The customer needs a VAT number or a codice fiscale (SdI 00417)</source>
        <translation>Clientul are nevoie de un cod de TVA sau un codice fiscale (SdI 00417)</translation>
    </message>
    <message>
        <source>The corrected invoice is dated after this document (SdI 00418)</source>
        <translation>Factura corectată are o dată ulterioară acestui document (SdI 00418)</translation>
    </message>
    <message>
        <source>Lines at a VAT rate or Natura without their summary (SdI 00419)</source>
        <translation>Rânduri cu o cotă de TVA sau Natura fără rezumatul lor (SdI 00419)</translation>
    </message>
    <message>
        <source>A reverse charge (N6) is never a split payment (SdI 00420)</source>
        <translation>O taxare inversă (N6) nu este niciodată plată defalcată (SdI 00420)</translation>
    </message>
    <message>
        <source>The VAT of a summary is not its taxable times its rate (SdI 00421)</source>
        <translation>TVA din rezumat nu este baza înmulțită cu cota (SdI 00421)</translation>
    </message>
    <message>
        <source>The summary's taxable is not the sum of its lines (SdI 00422)</source>
        <translation>Baza din rezumat nu este suma rândurilor (SdI 00422)</translation>
    </message>
    <message>
        <source>A summary at 0% needs its Natura (SdI 00429)</source>
        <translation>Un rezumat la 0% are nevoie de Natura (SdI 00429)</translation>
    </message>
    <message>
        <source>A summary with VAT has no Natura (SdI 00430)</source>
        <translation>Un rezumat cu TVA nu are Natura (SdI 00430)</translation>
    </message>
    <message>
        <source>The document is dated in the future (SdI 00403)</source>
        <translation>Documentul are o dată din viitor (SdI 00403)</translation>
    </message>
    <message>
        <source>The document number has no digit (SdI 00425)</source>
        <translation>Numărul documentului nu conține nicio cifră (SdI 00425)</translation>
    </message>
    <message>
        <source>A PEC address goes only with the recipient code 0000000 (SdI 00426)</source>
        <translation>O adresă PEC merge doar cu codul destinatar 0000000 (SdI 00426)</translation>
    </message>
    <message>
        <source>A public administration has a 6-character office code, anyone else 7 characters (SdI 00427)</source>
        <translation>O administrație publică are un cod de birou de 6 caractere, ceilalți de 7 (SdI 00427)</translation>
    </message>
    <message>
        <source>The transmission format differs from the file's version (SdI 00428)</source>
        <translation>Formatul de transmitere diferă de versiunea fișierului (SdI 00428)</translation>
    </message>
    <message>
        <source>Our VAT number is not valid (SdI 00301)</source>
        <translation>Codul nostru de TVA nu este valid (SdI 00301)</translation>
    </message>
    <message>
        <source>The customer's VAT number is not valid (SdI 00305)</source>
        <translation>Codul de TVA al clientului nu este valid (SdI 00305)</translation>
    </message>
    <message>
        <source>The customer's codice fiscale is not valid (SdI 00306)</source>
        <translation>Codice fiscale al clientului nu este valid (SdI 00306)</translation>
    </message>
    <message>
        <source>A deferred invoice (TD24) names its delivery notes (DDT)</source>
        <translation>O factură amânată (TD24) indică avizele sale de însoțire (DDT)</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects</source>
        <translation>O notă de credit indică factura pe care o corectează</translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note has an e-invoice</source>
        <translation>Doar o factură sau o notă de credit emisă are factură electronică</translation>
    </message>
    <message>
        <source>This e-invoice has already been sent: it cannot be made again</source>
        <translation>Această factură electronică a fost deja trimisă: nu poate fi refăcută</translation>
    </message>
    <message>
        <source>The e-invoice file numbers of this sender are used up</source>
        <translation>Numerele de fișier ale acestui expeditor s-au epuizat</translation>
    </message>
    <message>
        <source>The SdI's flow does not allow this change of the e-invoice's status</source>
        <translation>Fluxul SdI nu permite această schimbare a stării facturii electronice</translation>
    </message>
    <message>
        <source>Not a recipient code: 7 letters or digits (6 for a public administration's office)</source>
        <translation>Nu este un cod destinatar: 7 litere sau cifre (6 pentru un birou al administrației publice)</translation>
    </message>
    <message>
        <source>A FatturaPA e-invoice is issued by a seller established in Italy</source>
        <translation>Factura electronică FatturaPA este emisă de un furnizor stabilit în Italia</translation>
    </message>
    <message>
        <source>The file's name is not as the SdI wants it (SdI 00001)</source>
        <translation>Numele fișierului nu este cel cerut de SdI (SdI 00001)</translation>
    </message>
    <message>
        <source>A file with this name was already sent (SdI 00002)</source>
        <translation>Un fișier cu acest nume a fost deja trimis (SdI 00002)</translation>
    </message>
    <message>
        <source>The file's signature is not valid (SdI 00102)</source>
        <translation>Semnătura fișierului nu este validă (SdI 00102)</translation>
    </message>
    <message>
        <source>The file does not follow the FatturaPA format (SdI 00200)</source>
        <translation>Fișierul nu respectă formatul FatturaPA (SdI 00200)</translation>
    </message>
    <message>
        <source>This invoice was already sent: same seller, number and date (SdI 00404)</source>
        <translation>Această factură a fost deja trimisă: același vânzător, număr și dată (SdI 00404)</translation>
    </message>
    <message>
        <source>The e-invoice has problems to correct before it is sent</source>
        <translation>Factura electronică are probleme de corectat înainte de trimitere</translation>
    </message>
    <message>
        <source>This e-invoice already waits in the outbox</source>
        <translation>Această factură electronică așteaptă deja în mesajele de trimis</translation>
    </message>
    <message>
        <source>The PEC mailbox for e-invoices is not set up</source>
        <translation>Căsuța PEC pentru facturile electronice nu este configurată</translation>
    </message>
    <message>
        <source>More than 5 days have passed since the rejection: cancel the invoice with a credit note and issue a new one</source>
        <translation>Au trecut mai mult de 5 zile de la respingere: anulați factura cu o notă de credit și emiteți una nouă</translation>
    </message>
    <message>
        <source>The SdI rejected this invoice for what it holds as issued (the parties, the lines, the amounts): a corrected file would be rejected again. Cancel it with a credit note and issue a new invoice</source>
        <translation>SdI a respins această factură pentru ce conține așa cum a fost emisă (părțile, rândurile, sumele): un fișier corectat ar fi respins din nou. Anulați-o cu o notă de credit și emiteți o factură nouă</translation>
    </message>
    <message>
        <source>A day without a year: kept in the notes for review</source>
        <translation>O zi fără an: păstrată în note, de verificat</translation>
    </message>
    <message>
        <source>The file has no line of column names: its first line is a contact. Choose what each column holds</source>
        <translation>Fișierul nu are un rând cu numele coloanelor: primul rând este un contact. Alegeți ce conține fiecare coloană</translation>
    </message>
    <message>
        <source>The team's server cannot be reached: working offline</source>
        <translation>Serverul echipei nu poate fi accesat: se lucrează fără rețea</translation>
    </message>
    <message>
        <source>The team's server answered with an error</source>
        <translation>Serverul echipei a răspuns cu o eroare</translation>
    </message>
    <message>
        <source>This laptop is not in team mode: sign in to the team's server first</source>
        <translation>Acest laptop nu este în modul echipă: conectați-vă mai întâi la serverul echipei</translation>
    </message>
    <message>
        <source>The team's server does not know this laptop any more: sign in again</source>
        <translation>Serverul echipei nu mai recunoaște acest laptop: conectați-vă din nou</translation>
    </message>
    <message>
        <source>The team's server is newer than this SmallCRM: update SmallCRM</source>
        <translation>Serverul echipei este mai nou decât acest SmallCRM: actualizați SmallCRM</translation>
    </message>
    <message>
        <source>This database has records of its own and the team's server has its own: to join the team, sign in from a new, empty database</source>
        <translation>Această bază de date are înregistrări proprii, iar serverul echipei le are pe ale sale: pentru a vă alătura echipei, conectați-vă dintr-o bază de date nouă, goală</translation>
    </message>
    <message>
        <source>Not a server address (https://...)</source>
        <translation>Nu este o adresă de server (https://...)</translation>
    </message>
    <message>
        <source>Plain http is for this computer only: use https://</source>
        <translation>Http simplu este doar pentru acest calculator: folosiți https://</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nume de utilizator sau parolă greșite</translation>
    </message>
    <message>
        <source>This laptop's device suffix in the team is past what e-invoice file names can tell apart (350 devices): it cannot name e-invoice files</source>
        <translation>Sufixul de dispozitiv al acestui laptop în echipă depășește ce pot deosebi numele fișierelor facturilor electronice (350 de dispozitive): nu poate numi fișierele</translation>
    </message>
    <message>
        <source>This credit note is for the books only: the SdI rejected the invoice it corrects, which for the tax rules was then not issued</source>
        <translation>Această notă de credit este doar pentru evidența contabilă: SdI a respins factura pe care o corectează, care pentru regulile fiscale nu a fost deci emisă</translation>
    </message>
    <message>
        <source>Not a known text encoding (e.g. utf-8, cp1252, iso8859_2)</source>
        <translation>Codificare a textului necunoscută (de ex. utf-8, cp1252, iso8859_2)</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in a minute</source>
        <translation>Prea multe autentificări eșuate: încercați din nou peste un minut</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in %1 seconds</source>
        <translation>Prea multe autentificări eșuate: încercați din nou peste %1 secunde</translation>
    </message>
    <message>
        <source>The sync was cancelled: what it had received is kept</source>
        <translation>Sincronizarea a fost anulată: ce primise deja se păstrează</translation>
    </message>
    <message>
        <source>Write the address: a user name, a number or a profile's link</source>
        <translation>Scrieți adresa: un nume de utilizator, un număr sau linkul profilului</translation>
    </message>
    <message>
        <source>Write the address on %1: a user name, a number or a profile's link</source>
        <translation>Scrieți adresa de pe %1: un nume de utilizator, un număr sau linkul profilului</translation>
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
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilare</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <translation>Transmitere către terți</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consimțământ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligație legală</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interese vitale</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Misiune de interes public</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Interes legitim</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fișă</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicare</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
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
        <source>Stage</source>
        <translation>Etapă</translation>
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
        <source>VAT number</source>
        <translation>Cod de TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mailuri</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoane</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Site-uri web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data revizuirii</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadență</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cec</translation>
    </message>
    <message>
        <source>Banker's draft</source>
        <translation>Cec bancar</translation>
    </message>
    <message>
        <source>Cash at the Treasury</source>
        <translation>Numerar la Trezorerie</translation>
    </message>
    <message>
        <source>Promissory note</source>
        <translation>Cambie</translation>
    </message>
    <message>
        <source>Bank payment slip</source>
        <translation>Formular de plată bancar</translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation>Card de plată</translation>
    </message>
    <message>
        <source>Direct debit (RID)</source>
        <translation>Debit direct (RID)</translation>
    </message>
    <message>
        <source>Utility direct debit (RID)</source>
        <translation>Debit direct pentru utilități (RID)</translation>
    </message>
    <message>
        <source>Fast direct debit (RID)</source>
        <translation>Debit direct rapid (RID)</translation>
    </message>
    <message>
        <source>Bank receipt (Ri.Ba.)</source>
        <translation>Chitanță bancară (Ri.Ba.)</translation>
    </message>
    <message>
        <source>Payment notice (MAV)</source>
        <translation>Aviz de plată (MAV)</translation>
    </message>
    <message>
        <source>Treasury receipt</source>
        <translation>Chitanță a Trezoreriei</translation>
    </message>
    <message>
        <source>Transfer to a special account</source>
        <translation>Virament în cont special</translation>
    </message>
    <message>
        <source>Bank direct debit</source>
        <translation>Domiciliere bancară</translation>
    </message>
    <message>
        <source>Postal direct debit</source>
        <translation>Domiciliere poștală</translation>
    </message>
    <message>
        <source>Postal payment slip</source>
        <translation>Mandat poștal</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Debit direct SEPA</translation>
    </message>
    <message>
        <source>SEPA direct debit (Core)</source>
        <translation>Debit direct SEPA (Core)</translation>
    </message>
    <message>
        <source>SEPA direct debit (B2B)</source>
        <translation>Debit direct SEPA (B2B)</translation>
    </message>
    <message>
        <source>Deduction from sums already collected</source>
        <translation>Reținere din sume deja încasate</translation>
    </message>
    <message>
        <source>PagoPA</source>
        <translation>PagoPA</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Creditată</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rambursată</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <source>Recipient code (SdI)</source>
        <translation>Cod destinatar (SdI)</translation>
    </message>
    <message>
        <source>PEC for e-invoices</source>
        <translation>PEC pentru facturi electronice</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat-uri</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Profiluri sociale</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>No outgoing mail server is set: see Settings → Mail.</source>
        <translation>Nu este setat niciun server de ieșire: vedeți Setări → E-mail.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s address in Settings → Mail first.</source>
        <translation>Setați întâi adresa expeditorului în Setări → E-mail.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Serverul de e-mail a refuzat numele de utilizator sau parola.</translation>
    </message>
    <message>
        <source>The mail server does not offer what was asked: check the security setting.</source>
        <translation>Serverul de e-mail nu oferă ce s-a cerut: verificați setarea de securitate.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1.</source>
        <translation>Serverul de e-mail a refuzat adresa %1.</translation>
    </message>
    <message>
        <source>The mail server refused the sender&apos;s address.</source>
        <translation>Serverul de e-mail a refuzat adresa expeditorului.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Serverul de e-mail a refuzat mesajul.</translation>
    </message>
    <message>
        <source>The mail server closed the connection.</source>
        <translation>Serverul de e-mail a închis conexiunea.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>Serverul de e-mail nu a răspuns la timp.</translation>
    </message>
    <message>
        <source>Nothing answers at the mail server&apos;s address: it is down, there is no connection, or the port is wrong.</source>
        <translation>Nu răspunde nimic la adresa serverului de e-mail: este oprit, nu există conexiune sau portul e greșit.</translation>
    </message>
    <message>
        <source>The mail server cannot be found: no connection, or a wrong name.</source>
        <translation>Serverul de e-mail nu poate fi găsit: nu există conexiune sau numele e greșit.</translation>
    </message>
    <message>
        <source>The secure connection failed: check the security setting and the port.</source>
        <translation>Conexiunea securizată a eșuat: verificați setarea de securitate și portul.</translation>
    </message>
    <message>
        <source>The mail server cannot be reached.</source>
        <translation>Serverul de e-mail nu poate fi contactat.</translation>
    </message>
    <message>
        <source>The mail server answered unexpectedly.</source>
        <translation>Serverul de e-mail a răspuns neașteptat.</translation>
    </message>
    <message>
        <source>SmallCRM stopped while this mail was being sent: it may have gone. Look in the Sent folder of your mail program, then mark it sent or send it again.</source>
        <translation>SmallCRM s-a oprit în timp ce acest e-mail era trimis: poate a plecat. Uitați-vă în dosarul Trimise al programului de e-mail, apoi marcați-l ca trimis sau retrimiteți-l.</translation>
    </message>
    <message>
        <source>Sent, but it could not be written on the timeline.</source>
        <translation>Trimis, dar nu a putut fi înregistrat în cronologie.</translation>
    </message>
    <message>
        <source>The customer is in the trash.</source>
        <translation>Clientul este în coșul de gunoi.</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it.</source>
        <translation>Emiteți factura înainte de a o trimite.</translation>
    </message>
    <message>
        <source>No copy was kept in the Sent folder: %1</source>
        <translation>Nu s-a păstrat nicio copie în dosarul Trimise: %1</translation>
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
        <source>Outbox</source>
        <translation>Mesaje de trimis</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>E-mail primite</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
</context>
<context>
    <name>TaxGroup</name>
    <message>
        <source>Tax</source>
        <translation>Fiscalitate</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regim fiscal</translation>
    </message>
    <message>
        <source>Charge the stamp duty (2 €) to the customer</source>
        <translation>Refacturează taxa de timbru (2 €) clientului</translation>
    </message>
    <message>
        <source>Documents charge no VAT (N2.2) and carry the regime's legal wording; the stamp duty is added when more than 77,47 € is not subject to VAT.</source>
        <translation>Documentele nu conțin TVA (N2.2) și poartă mențiunea legală a regimului; taxa de timbru se adaugă când peste 77,47 € nu sunt supuși TVA.</translation>
    </message>
    <message>
        <source>The stamp duty is added when more than 77,47 € of a document is exempt or not subject to VAT.</source>
        <translation>Taxa de timbru se adaugă când peste 77,47 € dintr-un document sunt scutiți sau nesupuși TVA.</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinar</translation>
    </message>
    <message>
        <source>Contribuenti minimi</source>
        <translation>Contribuabili minimi (contribuenti minimi)</translation>
    </message>
    <message>
        <source>Agriculture and fishing</source>
        <translation>Agricultură și pescuit</translation>
    </message>
    <message>
        <source>Salt and tobacco</source>
        <translation>Sare și tutun</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Chibrituri</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Editură</translation>
    </message>
    <message>
        <source>Public telephony</source>
        <translation>Telefonie publică</translation>
    </message>
    <message>
        <source>Transport and parking tickets</source>
        <translation>Bilete de transport și de parcare</translation>
    </message>
    <message>
        <source>Entertainment and games</source>
        <translation>Divertisment și jocuri</translation>
    </message>
    <message>
        <source>Travel agencies</source>
        <translation>Agenții de turism</translation>
    </message>
    <message>
        <source>Agritourism</source>
        <translation>Agroturism</translation>
    </message>
    <message>
        <source>Door-to-door sales</source>
        <translation>Vânzări la domiciliu</translation>
    </message>
    <message>
        <source>Second-hand goods, art and antiques</source>
        <translation>Bunuri second-hand, artă și antichități</translation>
    </message>
    <message>
        <source>Auctions of art and antiques</source>
        <translation>Licitații de artă și antichități</translation>
    </message>
    <message>
        <source>VAT on cash basis (public bodies)</source>
        <translation>TVA la încasare (instituții publice)</translation>
    </message>
    <message>
        <source>VAT on cash basis</source>
        <translation>TVA la încasare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>Flat-rate scheme (forfettario)</source>
        <translation>Regim forfetar (forfettario)</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto of a person</source>
        <translation>Impozit reținut la sursă, persoană fizică (ritenuta d'acconto)</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto of a company</source>
        <translation>Impozit reținut la sursă, persoană juridică (ritenuta d'acconto)</translation>
    </message>
    <message>
        <source>INPS contribution</source>
        <translation>Contribuție INPS</translation>
    </message>
    <message>
        <source>ENASARCO contribution</source>
        <translation>Contribuție ENASARCO</translation>
    </message>
    <message>
        <source>ENPAM contribution</source>
        <translation>Contribuție ENPAM</translation>
    </message>
    <message>
        <source>Other pension contribution</source>
        <translation>Altă contribuție de pensie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>The reason of the payment in the customer's CU form (A: professional fees)</source>
        <translation>Motivul plății în formularul CU al clientului (A: onorarii profesionale)</translation>
    </message>
    <message>
        <source>subject to the withholding tax</source>
        <translation>supusă impozitului reținut la sursă</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>Impozit reținut la sursă</translation>
    </message>
    <message>
        <source>% on</source>
        <translation>% din</translation>
    </message>
    <message>
        <source>% of the fees</source>
        <translation>% din onorarii</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motiv</translation>
    </message>
    <message>
        <source>Pension fund</source>
        <translation>Casă de pensii</translation>
    </message>
</context>
<context>
    <name>PaymentTermsEditor</name>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>end of month</source>
        <translation>sfârșitul lunii</translation>
    </message>
    <message>
        <source>in </source>
        <translation>în </translation>
    </message>
    <message>
        <source> instalments</source>
        <translation> rate</translation>
    </message>
    <message>
        <source>Instalments 30 days apart: 30 days in 3 instalments is 30/60/90</source>
        <translation>Rate la 30 de zile una de alta: 30 de zile în 3 rate înseamnă 30/60/90</translation>
    </message>
    <message>
        <source>custom: %1</source>
        <translation>personalizate: %1</translation>
    </message>
</context>
<context>
    <name>RegistryGroup</name>
    <message>
        <source>Company register</source>
        <translation>Registrul comerțului</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>neindicat</translation>
    </message>
    <message>
        <source>one shareholder (socio unico)</source>
        <translation>asociat unic (socio unico)</translation>
    </message>
    <message>
        <source>several shareholders</source>
        <translation>mai mulți asociați</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <translation>în lichidare</translation>
    </message>
    <message>
        <source>REA office</source>
        <translation>Oficiul REA</translation>
    </message>
    <message>
        <source>REA number</source>
        <translation>Număr REA</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>Shareholders</source>
        <translation>Asociați</translation>
    </message>
    <message>
        <source>Nr. Reg. Com. (Romania)</source>
        <translation>Nr. Reg. Com. (România)</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <source>Legal name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Strada și numărul</translation>
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
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <source>VAT number or tax code</source>
        <translation>Cod de TVA sau cod fiscal</translation>
    </message>
    <message>
        <source>IBAN, for the bank transfer</source>
        <translation>IBAN, pentru transferul bancar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Tax code (codice fiscale): a private customer in Italy</source>
        <translation>Codul fiscal (codice fiscale): o persoană fizică din Italia</translation>
    </message>
    <message>
        <source>VAT number: a business abroad</source>
        <translation>Cod de TVA: o firmă din străinătate</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regim fiscal</translation>
    </message>
</context>
<context>
    <name>MissingItemsDialog</name>
    <message>
        <source>Before it gets a number</source>
        <translation>Înainte de a primi un număr</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Emite din nou</translation>
    </message>
    <message>
        <source>Everything the law wants on it is there now: it can be issued.</source>
        <translation>Acum sunt toate datele cerute de lege: se poate emite.</translation>
    </message>
    <message>
        <source>An invoice is frozen for good once it has its number. These details the law wants on it are missing; fill them in, then issue it again.</source>
        <translation>O factură cu număr nu mai poate fi modificată. Lipsesc aceste date cerute de lege: completați-le, apoi emiteți-o din nou.</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Firma noastră</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Fill in…</source>
        <translation>Completează…</translation>
    </message>
    <message>
        <source>Issue now</source>
        <translation>Emite acum</translation>
    </message>
</context>
<context>
    <name>IssueConfirmation</name>
    <message>
        <source>It will be issued as number %1, dated %2, to %3, for %4.

Once issued it cannot be changed (a credit note corrects it).</source>
        <translation>Va fi emisă cu numărul %1, la data de %2, către %3, pentru %4.

Odată emisă nu mai poate fi modificată (o corectează o notă de credit).</translation>
    </message>
    <message>
        <source>Issue %1?</source>
        <translation>Emiteți %1?</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emite</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Our company</source>
        <translation>Firma noastră</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to SmallCRM</source>
        <translation>Bun venit în SmallCRM</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in one file.</source>
        <translation>Datele rămân pe acest calculator, într-un singur fișier.</translation>
    </message>
    <message>
        <source>My own business: set it up now (a minute), then enter my customers</source>
        <translation>Firma mea: o configurez acum (un minut), apoi introduc clienții</translation>
    </message>
    <message>
        <source>Demo data (an Italian shop with 300 contacts), to look around</source>
        <translation>Date demonstrative (un magazin italian cu 300 de contacte), pentru a explora</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Cum doriți să începeți?</translation>
    </message>
    <message>
        <source>Everything asked here can be changed later in Settings.</source>
        <translation>Tot ce se cere aici se poate schimba mai târziu în Setări.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Firma dumneavoastră</translation>
    </message>
    <message>
        <source>As it heads every quote and invoice; an invoice needs the name, the address and a VAT number or a tax code.</source>
        <translation>Așa cum apare în antetul fiecărei oferte și facturi; o factură cere denumirea, adresa și codul de TVA sau codul fiscal.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod de TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Strada și numărul</translation>
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
        <translation>Țara</translation>
    </message>
    <message>
        <source>Payments and logo</source>
        <translation>Plăți și logo</translation>
    </message>
    <message>
        <source>The IBAN customers pay to by bank transfer (an invoice paid so needs it), and the logo printed on documents.</source>
        <translation>IBAN-ul în care clienții plătesc prin transfer bancar (o factură plătită așa îl cere) și logoul tipărit pe documente.</translation>
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
        <source>No logo</source>
        <translation>Fără logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Alegeți logoul…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Numbering and language</source>
        <translation>Numerotare și limbă</translation>
    </message>
    <message>
        <source>How invoices are numbered, and the language new documents are written in.</source>
        <translation>Cum sunt numerotate facturile și în ce limbă se scriu documentele noi.</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Seria facturilor</translation>
    </message>
    <message>
        <source>empty: the main series</source>
        <translation>goală: seria principală</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Limba documentelor</translation>
    </message>
    <message>
        <source>The first invoice will be number %1</source>
        <translation>Prima factură va avea numărul %1</translation>
    </message>
    <message>
        <source>This file is not an image SmallCRM can read</source>
        <translation>Acest fișier nu este o imagine pe care SmallCRM o poate citi</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regim fiscal</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund on credit note %1</source>
        <translation>Rambursare pe nota de credit %1</translation>
    </message>
    <message>
        <source>%1 · credit note of %2 on invoice %3 · can still be refunded %4</source>
        <translation>%1 · notă de credit de %2 la factura %3 · se mai pot rambursa %4</translation>
    </message>
    <message>
        <source>Why, to whom, how it was agreed…</source>
        <translation>De ce, cui, cum s-a convenit…</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Rambursat la</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Înregistrează rambursarea</translation>
    </message>
    <message>
        <source>Refunded before the credit note was issued (%1)</source>
        <translation>Rambursat înainte de emiterea notei de credit (%1)</translation>
    </message>
</context>
<context>
    <name>LostDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>Baza de date lipsește</translation>
    </message>
    <message>
        <source>There is no database at %1, but there was one: its backups are still here.</source>
        <translation>Nu există nicio bază de date la %1, dar a existat una: copiile ei de siguranță sunt încă aici.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, or start with an empty database? Erased persons stay erased either way.</source>
        <translation>Restaurați cea mai recentă copie de siguranță intactă sau începeți cu o bază de date goală? Persoanele șterse rămân șterse în ambele cazuri.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurați cea mai recentă copie</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Începeți cu o bază de date goală</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Alegeți o imagine</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Imagini (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>SmallCRM closed unexpectedly</source>
        <translation>SmallCRM s-a închis neașteptat</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly the last time. Nothing saved was lost; documents being edited are offered back if they were kept.

A report was saved in %1: please send it with a description of what you were doing.</source>
        <translation>Ultima dată SmallCRM s-a închis neașteptat. Nimic din ce era salvat nu s-a pierdut; documentele în lucru sunt oferite din nou dacă au fost păstrate.

Un raport a fost salvat în %1: trimiteți-l împreună cu o descriere a ce făceați.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>Unsaved documents</source>
        <translation>Documente nesalvate</translation>
    </message>
    <message>
        <source>These documents had changes that were not saved when SmallCRM last closed:
%1

Open them again with those changes?</source>
        <translation>Aceste documente aveau modificări nesalvate când SmallCRM s-a închis ultima dată:
%1

Le redeschideți cu acele modificări?</translation>
    </message>
</context>
<context>
    <name>PartySales</name>
    <message>
        <source>%1 of %2 · balance due %3</source>
        <translation>%1 din %2 · de încasat %3</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Înregistrează plata</translation>
    </message>
    <message>
        <source>Which invoice of %1 was paid?</source>
        <translation>Ce factură a lui %1 a fost plătită?</translation>
    </message>
    <message>
        <source>%1 has no issued invoice with a balance due.</source>
        <translation>%1 nu are facturi emise cu sold de încasat.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Search everything (contacts, companies, documents)</source>
        <translation>Caută peste tot (contacte, firme, documente)</translation>
    </message>
    <message>
        <source>New record of the page's kind (contact, company, task, deal, quote)</source>
        <translation>Înregistrare nouă de tipul paginii (contact, firmă, sarcină, oportunitate, ofertă)</translation>
    </message>
    <message>
        <source>Go to the page's filter</source>
        <translation>Mergi la filtrul paginii</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Deschide rândul selectat</translation>
    </message>
    <message>
        <source>Go to a section of the sidebar</source>
        <translation>Mergi la o secțiune din bara laterală</translation>
    </message>
    <message>
        <source>Log a call (on a contact's page)</source>
        <translation>Înregistrează un apel (pe pagina unui contact)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <source>Save the quote or invoice being edited</source>
        <translation>Salvează oferta sau factura în lucru</translation>
    </message>
    <message>
        <source>Close the quote or invoice window</source>
        <translation>Închide fereastra ofertei sau a facturii</translation>
    </message>
    <message>
        <source>Save a form (contact, task, call)</source>
        <translation>Salvează un formular (contact, sarcină, apel)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Baza de date este deteriorată</translation>
    </message>
    <message>
        <source>The database at %1 is damaged: some of what it holds cannot be read.</source>
        <translation>Baza de date din %1 este deteriorată: o parte din ce conține nu poate fi citită.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, taken on %1? The damaged file is kept aside. Or open it read-only to look at and export what still reads first. Erased persons stay erased either way.</source>
        <translation>Restaurați cea mai recentă copie de rezervă intactă, din %1? Fișierul deteriorat este păstrat deoparte. Sau deschideți-l doar pentru citire, ca să vedeți și să exportați mai întâi ce se mai poate citi. Persoanele șterse rămân șterse în orice caz.</translation>
    </message>
    <message>
        <source>There is no sound backup to restore. Open it read-only to look at and export what still reads; nothing can be changed in it.</source>
        <translation>Nu există nicio copie de rezervă intactă de restaurat. Deschideți-o doar pentru citire, ca să vedeți și să exportați ce se mai poate citi; nu se poate modifica nimic în ea.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurați copia de rezervă</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Deschideți doar pentru citire</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce fac</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>&amp;Persoană…</translation>
    </message>
    <message>
        <source>&amp;Company…</source>
        <translation>&amp;Companie…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Ofertă</translation>
    </message>
    <message>
        <source>&amp;Task…</source>
        <translation>&amp;Sarcină…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importă contacte…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fă o copie de &amp;rezervă acum</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Deschide altă bază de date…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Baze de date &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Deschide altă bază de date</translation>
    </message>
    <message>
        <source>SmallCRM databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Baze de date SmallCRM (*.sqlite3 *.db);;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>left on %n invoice(s) past due</source>
        <translation>
            <numerusform>rămas pe %n factură restantă</numerusform>
            <numerusform>rămas pe %n facturi restante</numerusform>
            <numerusform>rămas pe %n de facturi restante</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Nothing here yet. Start by adding a contact (Contacts → New person, or Ctrl+N) or by importing your address book (File → Import contacts); quotes, invoices and deals follow from there.</source>
        <translation>Încă nu e nimic aici. Începeți adăugând un contact (Contacte → Persoană nouă, sau Ctrl+N) sau importând agenda (Fișier → Importă contacte); ofertele, facturile și oportunitățile urmează de acolo.</translation>
    </message>
    <message>
        <source>Open deals by stage</source>
        <translation>Oportunități deschise pe etape</translation>
    </message>
    <message>
        <source>tasks due today or overdue</source>
        <translation>sarcini scadente azi sau restante</translation>
    </message>
    <message>
        <source>quotes to follow up</source>
        <translation>oferte de urmărit</translation>
    </message>
    <message>
        <source>invoiced this month</source>
        <translation>facturat luna aceasta</translation>
    </message>
    <message>
        <source>collected this month</source>
        <translation>încasat luna aceasta</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n oportunitate: %1</numerusform>
            <numerusform>%n oportunități: %1</numerusform>
            <numerusform>%n de oportunități: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the tasks</source>
        <translation>Deschide sarcinile</translation>
    </message>
    <message>
        <source>Open the quotes</source>
        <translation>Deschide ofertele</translation>
    </message>
    <message>
        <source>Open the receivables</source>
        <translation>Deschide creanțele</translation>
    </message>
    <message>
        <source>Open the invoices</source>
        <translation>Deschide facturile</translation>
    </message>
    <message>
        <source>Open the deals</source>
        <translation>Deschide oportunitățile</translation>
    </message>
    <message>
        <source>Import an address book…</source>
        <translation>Importă o agendă…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Adaugă un contact</translation>
    </message>
</context>
<context>
    <name>EInvoiceWindow</name>
    <message>
        <source>E-invoice %1</source>
        <translation>Factură electronică %1</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>File %1 · %2</source>
        <translation>Fișier %1 · %2</translation>
    </message>
    <message>
        <source>Problems to correct before it is sent: %1</source>
        <translation>Probleme de corectat înainte de trimitere: %1</translation>
    </message>
    <message>
        <source>Save e-invoice</source>
        <translation>Salvează factura electronică</translation>
    </message>
    <message>
        <source>FatturaPA (*.xml)</source>
        <translation>FatturaPA (*.xml)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvată în %1</translation>
    </message>
    <message>
        <source>%1 was rejected by the SdI. Below, the corrected file: the same number and date, a new progressive when it is saved or sent</source>
        <translation>%1 a fost respins de SdI. Mai jos, fișierul corectat: același număr și aceeași dată, un progresiv nou când este salvat sau trimis</translation>
    </message>
    <message>
        <source>Preview: the file gets its name and progressive number when it is saved or sent</source>
        <translation>Previzualizare: fișierul primește numele și numărul progresiv când este salvat sau trimis</translation>
    </message>
    <message>
        <source>File %1 as the SdI rejected it: a corrected file cannot be sent (the way out is beside)</source>
        <translation>Fișierul %1 așa cum l-a respins SdI: nu se poate trimite un fișier corectat (soluția este alături)</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>netrimis încă</translation>
    </message>
    <message>
        <source>sent to the SdI, waiting for its answer</source>
        <translation>trimis la SdI, se așteaptă răspunsul</translation>
    </message>
    <message>
        <source>delivered to the customer</source>
        <translation>livrat clientului</translation>
    </message>
    <message>
        <source>not delivered: it waits in the customer's cassetto fiscale, and it is issued all the same</source>
        <translation>nelivrat: așteaptă în cassetto fiscale al clientului și este emis oricum</translation>
    </message>
    <message>
        <source>accepted by the public administration</source>
        <translation>acceptat de administrația publică</translation>
    </message>
    <message>
        <source>refused by the public administration</source>
        <translation>refuzat de administrația publică</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>Our company</source>
        <translation>Compania noastră</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SdI address</source>
        <translation>Adresa SdI</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Corrected invoice</source>
        <translation>Factura corectată</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Rezumat TVA</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rândul %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod de TVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regim fiscal</translation>
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
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Recipient code</source>
        <translation>Cod destinatar</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Adresă PEC</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tip document</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Preț total</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Cota de TVA</translation>
    </message>
    <message>
        <source>Natura (why no VAT)</source>
        <translation>Natura (de ce fără TVA)</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Bază impozabilă</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>Reținere la sursă</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Avize de însoțire (DDT)</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Modalitate de plată</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only: the database is damaged, nothing can be changed. Export what you need, then restore a backup.</source>
        <translation>Doar citire: baza de date este deteriorată, nu se poate modifica nimic. Exportați ce vă trebuie, apoi restaurați o copie de rezervă.</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Copii de rezervă…</translation>
    </message>
    <message>
        <source>Read-only: this database cannot be written (a write-protected file or folder, read-only media). Copy it to a writable folder to work on it.</source>
        <translation>Doar citire: această bază de date nu poate fi scrisă (fișier sau folder protejat la scriere, suport doar pentru citire). Copiați-o într-un folder în care se poate scrie pentru a lucra cu ea.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>zz/ll/aaaa</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Alegeți ziua din calendar</translation>
    </message>
    <message>
        <source>Not a date: type it as 17/05/2026</source>
        <translation>Nu este o dată: scrieți-o ca 17/05/2026</translation>
    </message>
    <message>
        <source>Type a date, as 17/05/2026</source>
        <translation>Scrieți o dată, de exemplu 17/05/2026</translation>
    </message>
</context>
<context>
    <name>OpenDeals</name>
    <message>
        <source>Open deals</source>
        <translation>Oportunități deschise</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>închidere estimată %1</translation>
    </message>
    <message>
        <source>Open deals (%1)</source>
        <translation>Oportunități deschise (%1)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear the filter</source>
        <translation>Șterge filtrul</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nimic nu corespunde filtrului</translation>
    </message>
    <message>
        <source>Change the filter or clear it to see the whole list.</source>
        <translation>Schimbă filtrul sau șterge-l pentru a vedea toată lista.</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>No contacts yet</source>
        <translation>Încă nu există contacte</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Încă nu există firme</translation>
    </message>
    <message>
        <source>Import an address book or add a contact.</source>
        <translation>Importă o agendă sau adaugă un contact.</translation>
    </message>
    <message>
        <source>Import an address book or add a company.</source>
        <translation>Importă o agendă sau adaugă o firmă.</translation>
    </message>
    <message>
        <source>Import an address book…</source>
        <translation>Importă o agendă…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Adaugă un contact</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Adaugă o firmă</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Încă nu există activități</translation>
    </message>
    <message>
        <source>Log a call, a meeting or a note on a contact's page (Ctrl+L): every one is listed here.</source>
        <translation>Înregistrează un apel, o întâlnire sau o notă pe pagina unui contact (Ctrl+L): toate apar aici.</translation>
    </message>
    <message>
        <source>Open the contacts</source>
        <translation>Deschide contactele</translation>
    </message>
    <message>
        <source>No tasks here</source>
        <translation>Nicio sarcină aici</translation>
    </message>
    <message>
        <source>Add a task for a call back, a visit or a deadline: it comes back on the day it is due.</source>
        <translation>Adaugă o sarcină pentru un apel, o vizită sau un termen: îți este amintită în ziua scadentă.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <translation>Încă nu există oferte</translation>
    </message>
    <message>
        <source>Make a quote for a customer; once accepted, it becomes an invoice in one click.</source>
        <translation>Fă o ofertă pentru un client; odată acceptată, devine factură dintr-un clic.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Ofertă nouă</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Încă nu există facturi</translation>
    </message>
    <message>
        <source>An invoice is made from an accepted quote, or from a customer's page.</source>
        <translation>O factură se face dintr-o ofertă acceptată sau din pagina unui client.</translation>
    </message>
    <message>
        <source>Open the quotes</source>
        <translation>Deschide ofertele</translation>
    </message>
    <message>
        <source>Nobody owes you anything</source>
        <translation>Nimeni nu îți datorează nimic</translation>
    </message>
    <message>
        <source>Issued invoices that are not paid yet are listed here, the oldest due first.</source>
        <translation>Aici apar facturile emise și neplătite încă, cele mai vechi scadențe întâi.</translation>
    </message>
    <message>
        <source>Open the invoices</source>
        <translation>Deschide facturile</translation>
    </message>
    <message>
        <source>No mail to review</source>
        <translation>Niciun e-mail de revizuit</translation>
    </message>
    <message>
        <source>Mail from senders who are not contacts yet comes here. Fetch it now, or import .eml or mbox files; the account is set in Settings → Mail.</source>
        <translation>Aici ajung e-mailurile de la expeditori care nu sunt încă contacte. Descarcă-le acum sau importă fișiere .eml ori mbox; contul se configurează în Setări → E-mail.</translation>
    </message>
    <message>
        <source>Fetch mail now</source>
        <translation>Descarcă e-mailurile acum</translation>
    </message>
    <message>
        <source>Import .eml/mbox…</source>
        <translation>Importă .eml/mbox…</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Nu sunt mesaje de trimis</translation>
    </message>
    <message>
        <source>Every mail has gone. A quote or an invoice sent by e-mail waits here while the mail server cannot be reached: open one and choose Send by e-mail.</source>
        <translation>Toate mesajele au plecat. O ofertă sau o factură trimisă prin e-mail așteaptă aici cât timp serverul de e-mail nu răspunde: deschide una și alege Trimite prin e-mail.</translation>
    </message>
    <message>
        <source>Set up mail</source>
        <translation>Configurează e-mailul</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Încă nu există oportunități</translation>
    </message>
    <message>
        <source>A deal is a sale you are working on: with whom, what it may be worth and how likely it is. Move it from stage to stage until it is won or lost; the forecast adds up the open ones.</source>
        <translation>O oportunitate este o vânzare la care lucrezi: cu cine, cât poate valora și cât de probabilă este. Mut-o din etapă în etapă până când este câștigată sau pierdută; prognoza le adună pe cele deschise.</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Not a time: type it as 09:30</source>
        <translation>Nu este o oră: scrieți-o ca 09:30</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The database is open read-only: nothing can be changed</source>
        <translation>Baza de date este deschisă doar pentru citire: nu se poate modifica nimic</translation>
    </message>
</context>
<context>
    <name>ReceiptWords</name>
    <message>
        <source>Delivery receipt (RC)</source>
        <translation>Confirmare de livrare (RC)</translation>
    </message>
    <message>
        <source>Rejection (NS)</source>
        <translation>Respingere (NS)</translation>
    </message>
    <message>
        <source>Not delivered (MC)</source>
        <translation>Nelivrată (MC)</translation>
    </message>
    <message>
        <source>Public administration's outcome (NE)</source>
        <translation>Răspunsul administrației publice (NE)</translation>
    </message>
    <message>
        <source>Terms elapsed (DT)</source>
        <translation>Termen expirat (DT)</translation>
    </message>
    <message>
        <source>Attestation of transmission (AT)</source>
        <translation>Atestare de transmitere (AT)</translation>
    </message>
    <message>
        <source>PEC: accepted by the provider</source>
        <translation>PEC: acceptat de furnizor</translation>
    </message>
    <message>
        <source>PEC: delivered to the SdI</source>
        <translation>PEC: livrat la SdI</translation>
    </message>
    <message>
        <source>PEC: not delivered</source>
        <translation>PEC: nelivrat</translation>
    </message>
    <message>
        <source>Invoice from a supplier</source>
        <translation>Factură de la un furnizor</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nerecunoscut</translation>
    </message>
    <message>
        <source>Delivered to the customer</source>
        <translation>Livrată clientului</translation>
    </message>
    <message>
        <source>Not delivered: the invoice waits in the customer's cassetto fiscale. It is issued all the same: tell the customer to download it there</source>
        <translation>Nelivrată: factura așteaptă în cassetto fiscale al clientului. Este totuși emisă: spuneți clientului să o descarce de acolo</translation>
    </message>
    <message>
        <source>Accepted by the public administration</source>
        <translation>Acceptată de administrația publică</translation>
    </message>
    <message>
        <source>Refused by the public administration</source>
        <translation>Refuzată de administrația publică</translation>
    </message>
    <message>
        <source>The public administration gave no outcome within 15 days: the file stays delivered</source>
        <translation>Administrația publică nu a răspuns în 15 zile: fișierul rămâne livrat</translation>
    </message>
    <message>
        <source>The public administration could not be reached: the SdI attests that the file was sent</source>
        <translation>Administrația publică nu a putut fi contactată: SdI atestă că fișierul a fost trimis</translation>
    </message>
    <message>
        <source>Your PEC provider accepted the message</source>
        <translation>Furnizorul PEC a acceptat mesajul</translation>
    </message>
    <message>
        <source>The message reached the SdI's mailbox</source>
        <translation>Mesajul a ajuns în căsuța SdI</translation>
    </message>
    <message>
        <source>The message could not be delivered to the SdI: send it again</source>
        <translation>Mesajul nu a putut fi livrat la SdI: trimiteți-l din nou</translation>
    </message>
    <message>
        <source>Listed only: received invoices are not handled yet</source>
        <translation>Doar listată: facturile primite nu sunt încă gestionate</translation>
    </message>
    <message>
        <source>Already read: nothing changed</source>
        <translation>Deja citit: nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>About a file that is not here: nothing changed</source>
        <translation>Privește un fișier care nu există aici: nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>Contradicts the file's status: nothing changed</source>
        <translation>Contrazice starea fișierului: nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>Cannot be read: nothing changed</source>
        <translation>Nu poate fi citit: nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>Not a PEC message: nothing changed</source>
        <translation>Nu este un mesaj PEC: nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>Not an SdI message: nothing changed</source>
        <translation>Nu este un mesaj SdI: nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>Rejected by the SdI: for the tax rules the invoice has not been issued</source>
        <translation>Respinsă de SdI: din punct de vedere fiscal factura nu a fost emisă</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Fișierul este gol</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be read</source>
        <translation>Fișierul este deteriorat: nu poate fi citit</translation>
    </message>
    <message>
        <source>Neither an XML file nor a signed (.p7m) one</source>
        <translation>Nu este nici fișier XML, nici fișier semnat (.p7m)</translation>
    </message>
    <message>
        <source>A .p7m file that is not a signed file</source>
        <translation>Un fișier .p7m care nu este un fișier semnat</translation>
    </message>
    <message>
        <source>A signature without the file it signs</source>
        <translation>O semnătură fără fișierul pe care îl semnează</translation>
    </message>
    <message>
        <source>A kind of signature that is not checked here</source>
        <translation>Un tip de semnătură care nu este verificat aici</translation>
    </message>
    <message>
        <source>The file was changed after it was signed</source>
        <translation>Fișierul a fost modificat după semnare</translation>
    </message>
    <message>
        <source>The signature does not verify</source>
        <translation>Semnătura nu se verifică</translation>
    </message>
    <message>
        <source>The signer's certificate is not in the file</source>
        <translation>Certificatul semnatarului nu este în fișier</translation>
    </message>
    <message>
        <source>The signer's certificate is not issued by a trusted authority, or has expired</source>
        <translation>Certificatul semnatarului nu este emis de o autoritate de încredere sau a expirat</translation>
    </message>
    <message>
        <source>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) are not PEM certificates: correct the setting and import the message again</source>
        <translation>Certificatele setate pentru verificarea semnăturilor (SMALLCRM_SDI_CA_BUNDLE) nu sunt certificate PEM: corectați setarea și importați din nou mesajul</translation>
    </message>
    <message>
        <source>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) cannot be read: correct the setting and import the message again</source>
        <translation>Certificatele setate pentru verificarea semnăturilor (SMALLCRM_SDI_CA_BUNDLE) nu pot fi citite: corectați setarea și importați din nou mesajul</translation>
    </message>
    <message>
        <source>The XML is cut short or damaged</source>
        <translation>XML-ul este trunchiat sau deteriorat</translation>
    </message>
    <message>
        <source>The XML declares entities or a DTD, which are not read, for safety</source>
        <translation>XML-ul declară entități sau un DTD, care din motive de siguranță nu sunt citite</translation>
    </message>
    <message>
        <source>An XML file that is none of the SdI's messages</source>
        <translation>Un fișier XML care nu este niciunul dintre mesajele SdI</translation>
    </message>
    <message>
        <source>Not an e-mail message</source>
        <translation>Nu este un mesaj e-mail</translation>
    </message>
    <message>
        <source>An ordinary e-mail, not a certified (PEC) one: import the message as it arrived in the PEC mailbox, or the SdI's file attached to it</source>
        <translation>Un e-mail obișnuit, nu unul certificat (PEC): importați mesajul așa cum a sosit în căsuța PEC sau fișierul SdI atașat</translation>
    </message>
    <message>
        <source>A certified envelope without the original message in it (postacert.eml)</source>
        <translation>Un plic certificat fără mesajul original (postacert.eml)</translation>
    </message>
    <message>
        <source>The certified envelope's data (daticert.xml) cannot be read</source>
        <translation>Datele plicului certificat (daticert.xml) nu pot fi citite</translation>
    </message>
    <message>
        <source>A PEC message without an SdI file: %1</source>
        <translation>Un mesaj PEC fără fișier SdI: %1</translation>
    </message>
    <message>
        <source>The PEC provider says: %1</source>
        <translation>Furnizorul PEC spune: %1</translation>
    </message>
    <message>
        <source>The file is %1: this receipt cannot make it %2</source>
        <translation>Fișierul este %1: această chitanță nu îl poate face %2</translation>
    </message>
    <message>
        <source>still to send</source>
        <translation>încă de trimis</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>trimis</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrat</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nelivrat</translation>
    </message>
    <message>
        <source>rejected by the SdI</source>
        <translation>respins de SdI</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptat</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refuzat</translation>
    </message>
</context>
<context>
    <name>EInvoiceHistory</name>
    <message>
        <source>Make the corrected file</source>
        <translation>Creează fișierul corectat</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Notă de credit…</translation>
    </message>
    <message>
        <source>No e-invoice file made yet: once it is saved and sent, its history with the SdI (delivered, rejected…) shows here.</source>
        <translation>Niciun fișier de factură electronică creat încă: după ce este salvat și trimis, aici apare istoricul său cu SdI (livrat, respins…).</translation>
    </message>
    <message>
        <source>History with the SdI</source>
        <translation>Istoric cu SdI</translation>
    </message>
    <message>
        <source>%1 · made %2 · %3</source>
        <translation>%1 · creat la %2 · %3</translation>
    </message>
    <message>
        <source>SdI id %1</source>
        <translation>Id SdI %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Nicio confirmare încă</translation>
    </message>
    <message>
        <source>Correct what is wrong, then make the corrected file: it keeps the invoice's number and date and gets a new progressive. The rules allow this until %1 (5 days after the rejection).</source>
        <translation>Corectați ce este greșit, apoi creați fișierul corectat: păstrează numărul și data facturii și primește un nou număr progresiv. Regulile permit acest lucru până la %1 (5 zile de la respingere).</translation>
    </message>
    <message>
        <source>The SdI rejected %1 on %2: for the tax rules the invoice has not been issued.</source>
        <translation>SdI a respins %1 pe %2: din punct de vedere fiscal factura nu a fost emisă.</translation>
    </message>
    <message>
        <source>More than 5 days have passed since the rejection (the limit was %1): cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</source>
        <translation>Au trecut mai mult de 5 zile de la respingere (termenul era %1): anulați această factură cu o notă de credit păstrată doar în evidențele proprii (nu o trimiteți la SdI), apoi emiteți o factură nouă cu număr și dată noi.</translation>
    </message>
    <message>
        <source>The rule: Agenzia delle Entrate, circolare 13/E of 2 July 2018.</source>
        <translation>Regula: Agenzia delle Entrate, circulara 13/E din 2 iulie 2018.</translation>
    </message>
    <message>
        <source>These errors are about what the issued invoice holds (the customer's or our data, its lines and amounts), which a corrected file cannot change: it would be rejected again. Correct the contact if need be, cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</source>
        <translation>Aceste erori privesc ce conține factura emisă (datele clientului sau ale noastre, rândurile și sumele), pe care un fișier corectat nu le poate schimba: ar fi respins din nou. Corectați contactul dacă e nevoie, anulați această factură cu o notă de credit păstrată doar în evidențele proprii (nu o trimiteți la SdI), apoi emiteți o factură nouă cu număr și dată noi.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Trimite oricum…</translation>
    </message>
    <message>
        <source>For your books only: this credit note is not sent to the SdI</source>
        <translation>Doar pentru evidența contabilă: această notă de credit nu se trimite la SdI</translation>
    </message>
    <message>
        <source>The SdI rejected invoice %1 (%2): for the tax rules that invoice was not issued, so this credit note has nothing to correct at the SdI. Keep it in your books beside the rejected invoice; the new invoice, with a new number and date, is the one to send.</source>
        <translation>SdI a respins factura %1 (%2): pentru regulile fiscale acea factură nu a fost emisă, deci această notă de credit nu are nimic de corectat la SdI. Păstrați-o în evidența contabilă alături de factura respinsă; factura nouă, cu număr și dată noi, este cea care se trimite.</translation>
    </message>
    <message>
        <source>Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again).</source>
        <translation>Trimiteți-o doar dacă factura %1 a ajuns totuși la SdI pe altă cale (de exemplu, contabilul a trimis-o din nou).</translation>
    </message>
</context>
<context>
    <name>EInvoiceMessagesWindow</name>
    <message>
        <source>E-invoice messages</source>
        <translation>Mesajele facturilor electronice</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>Importă confirmări…</translation>
    </message>
    <message>
        <source>Read the SdI's receipts saved as .eml (the whole PEC message), .xml or .p7m</source>
        <translation>Citește confirmările SdI salvate ca .eml (mesajul PEC întreg), .xml sau .p7m</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>SdI file</source>
        <translation>Fișier SdI</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce s-a făcut</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n mesaj citit</numerusform>
            <numerusform>%n mesaje citite</numerusform>
            <numerusform>%n de mesaje citite</numerusform>
        </translation>
    </message>
    <message>
        <source>No message read yet: import the SdI's receipts, or fetch them from the PEC mailbox.</source>
        <translation>Niciun mesaj citit încă: importați confirmările SdI sau descărcați-le din căsuța PEC.</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Importă confirmări</translation>
    </message>
    <message>
        <source>SdI receipts (*.eml *.xml *.p7m)</source>
        <translation>Confirmări SdI (*.eml *.xml *.p7m)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n fișier citit</numerusform>
            <numerusform>%n fișiere citite</numerusform>
            <numerusform>%n de fișiere citite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not used (see the reason)</source>
        <translation>
            <numerusform>%n fișier nefolosit (vedeți motivul)</numerusform>
            <numerusform>%n fișiere nefolosite (vedeți motivul)</numerusform>
            <numerusform>%n de fișiere nefolosite (vedeți motivul)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>No e-invoice file here is named %1</source>
        <translation>Aici nu există niciun fișier de factură electronică numit %1</translation>
    </message>
    <message>
        <source>SdI id %1</source>
        <translation>Id SdI %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <source>Double-click or Enter opens invoice %1</source>
        <translation>Dublu clic sau Enter deschide factura %1</translation>
    </message>
    <message>
        <source>This message is about no invoice here</source>
        <translation>Acest mesaj nu privește nicio factură de aici</translation>
    </message>
</context>
<context>
    <name>PecSettingsForm</name>
    <message>
        <source>PEC mailbox for e-invoices</source>
        <translation>Căsuța PEC pentru facturile electronice</translation>
    </message>
    <message>
        <source>e.g. bottega@pec.it</source>
        <translation>de ex. bottega@pec.it</translation>
    </message>
    <message>
        <source>usually the PEC address</source>
        <translation>de obicei adresa PEC</translation>
    </message>
    <message>
        <source>e.g. smtps.pec.aruba.it</source>
        <translation>de ex. smtps.pec.aruba.it</translation>
    </message>
    <message>
        <source>e.g. imaps.pec.aruba.it</source>
        <translation>de ex. imaps.pec.aruba.it</translation>
    </message>
    <message>
        <source>Separate folder names with commas, e.g. INBOX</source>
        <translation>Separă numele dosarelor prin virgule, de ex. INBOX</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Adresa PEC</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Server de ieșire (SMTP)</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Server de intrare (IMAP)</translation>
    </message>
    <message>
        <source>Folders with the SdI's answers</source>
        <translation>Dosarele cu răspunsurile SdI</translation>
    </message>
    <message>
        <source>SdI address</source>
        <translation>Adresa SdI</translation>
    </message>
    <message>
        <source>%1 (assigned by the SdI)</source>
        <translation>%1 (atribuită de SdI)</translation>
    </message>
    <message>
        <source>%1 (the SdI's first address: its first answer gives the one kept from then on)</source>
        <translation>%1 (prima adresă a SdI: primul său răspuns o indică pe cea folosită de atunci înainte)</translation>
    </message>
    <message>
        <source>Testing the PEC mailbox</source>
        <translation>Testarea căsuței PEC</translation>
    </message>
    <message>
        <source>Connected: the outgoing server took the login; %1</source>
        <translation>Conectat: serverul de ieșire a acceptat autentificarea; %1</translation>
    </message>
</context>
<context>
    <name>PecSetupDialog</name>
    <message>
        <source>PEC mailbox for e-invoices</source>
        <translation>Căsuța PEC pentru facturile electronice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>PEC mailbox…</source>
        <translation>Căsuța PEC…</translation>
    </message>
    <message>
        <source>The PEC mailbox e-invoices are sent from</source>
        <translation>Căsuța PEC din care pleacă facturile electronice</translation>
    </message>
    <message>
        <source>Send to the SdI</source>
        <translation>Trimite la SdI</translation>
    </message>
    <message>
        <source>Not sent: %1 See the outbox.</source>
        <translation>Netrimisă: %1 Vezi mesajele de trimis.</translation>
    </message>
    <message>
        <source>Waiting in the outbox: the PEC server could not be reached; it leaves by itself when the server answers</source>
        <translation>Așteaptă în mesajele de trimis: serverul PEC nu a putut fi contactat; pleacă singură când serverul răspunde</translation>
    </message>
    <message>
        <source>In the outbox, leaving for the SdI (%1)</source>
        <translation>În mesajele de trimis, pleacă spre SdI (%1)</translation>
    </message>
    <message>
        <source>Correct the problems listed below before sending</source>
        <translation>Corectează problemele de mai jos înainte de trimitere</translation>
    </message>
    <message>
        <source>Set up the PEC mailbox to send e-invoices: %1</source>
        <translation>Configurează căsuța PEC pentru a trimite facturi electronice: %1</translation>
    </message>
    <message>
        <source>the PEC address is missing</source>
        <translation>lipsește adresa PEC</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>lipsește numele de utilizator</translation>
    </message>
    <message>
        <source>the outgoing server is missing</source>
        <translation>lipsește serverul de ieșire</translation>
    </message>
    <message>
        <source>the incoming server is missing</source>
        <translation>lipsește serverul de intrare</translation>
    </message>
    <message>
        <source>no password is kept</source>
        <translation>nicio parolă păstrată</translation>
    </message>
    <message>
        <source>Rejected by the SdI: send the corrected file again (a new progressive, the same number), to %1</source>
        <translation>Respinsă de SdI: trimite din nou fișierul corectat (progresiv nou, același număr) la %1</translation>
    </message>
    <message>
        <source>Ready to send to the SdI (%1) from the PEC mailbox</source>
        <translation>Gata de trimis la SdI (%1) din căsuța PEC</translation>
    </message>
    <message>
        <source>Sending the e-invoice</source>
        <translation>Trimiterea facturii electronice</translation>
    </message>
    <message>
        <source>Read the SdI's answers</source>
        <translation>Citește răspunsurile SdI</translation>
    </message>
    <message>
        <source>Read the new messages of the PEC mailbox: the SdI's receipts</source>
        <translation>Citește mesajele noi din căsuța PEC: confirmările SdI</translation>
    </message>
    <message>
        <source>Reading the SdI's answers</source>
        <translation>Citirea răspunsurilor SdI</translation>
    </message>
    <message>
        <source>No new answer from the SdI</source>
        <translation>Niciun răspuns nou de la SdI</translation>
    </message>
    <message>
        <source>Rejected by the SdI: a corrected file cannot be sent. Cancel the invoice with a credit note and issue a new one (see beside)</source>
        <translation>Respinsă de SdI: nu se poate trimite un fișier corectat. Anulați factura cu o notă de credit și emiteți una nouă (vedeți alături)</translation>
    </message>
    <message>
        <source>Sent to the SdI: its answer will arrive in the PEC mailbox</source>
        <translation>Trimisă la SdI: răspunsul va sosi în căsuța PEC</translation>
    </message>
    <message>
        <source>Nothing more to send: the SdI has answered (%1)</source>
        <translation>Nimic altceva de trimis: SdI a răspuns (%1)</translation>
    </message>
    <message>
        <source>The SdI rejected invoice %1: for the tax rules it was not issued, so this credit note is kept in your books only.

Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again). Otherwise the customer would receive a credit note for an invoice they never had, and it would lower the VAT you owe.

Send the credit note to the SdI?</source>
        <translation>SdI a respins factura %1: pentru regulile fiscale nu a fost emisă, deci această notă de credit rămâne doar în evidența dumneavoastră contabilă.

Trimiteți-o doar dacă factura %1 a ajuns totuși la SdI pe altă cale (de exemplu, contabilul a trimis-o din nou). Altfel clientul ar primi o notă de credit pentru o factură pe care nu a avut-o niciodată, iar ea ar micșora TVA-ul datorat.

Trimiteți nota de credit la SdI?</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Trimiteți oricum?</translation>
    </message>
    <message>
        <source>For your books only: this credit note is not sent to the SdI (why beside)</source>
        <translation>Doar pentru evidența contabilă: această notă de credit nu se trimite la SdI (motivul este alături)</translation>
    </message>
</context>
<context>
    <name>ReceiptsFetcher</name>
    <message>
        <source>Reading the SdI's answers</source>
        <translation>Citirea răspunsurilor SdI</translation>
    </message>
    <message>
        <source>The SdI's answers were not read: %1</source>
        <translation>Răspunsurile SdI nu au fost citite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the SdI read</source>
        <translation>
            <numerusform>%n răspuns al SdI citit</numerusform>
            <numerusform>%n răspunsuri ale SdI citite</numerusform>
            <numerusform>%n de răspunsuri ale SdI citite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modificare în așteptare</numerusform>
            <numerusform>%n modificări în așteptare</numerusform>
            <numerusform>%n de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n modificare în așteptare</numerusform>
            <numerusform>Offline: %n modificări în așteptare</numerusform>
            <numerusform>Offline: %n de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet: %n change(s) waiting</source>
        <translation>
            <numerusform>Nesincronizat încă: %n modificare în așteptare</numerusform>
            <numerusform>Nesincronizat încă: %n modificări în așteptare</numerusform>
            <numerusform>Nesincronizat încă: %n de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n modificare refuzată</numerusform>
            <numerusform>%n modificări refuzate</numerusform>
            <numerusform>%n de modificări refuzate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicte</numerusform>
            <numerusform>%n de conflicte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizează acum</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizat la %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message>
        <source>Syncing with the team</source>
        <translation>Sincronizare cu echipa</translation>
    </message>
    <message>
        <source>This laptop differs from the server in: %1</source>
        <translation>Acest laptop diferă de server la: %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronizare anulată</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflicte de sincronizare</translation>
    </message>
    <message>
        <source>These fields were changed on two laptops before they synced. The later change is in use; choose the value to keep.</source>
        <translation>Aceste câmpuri au fost modificate pe două laptopuri înainte de sincronizare. Este folosită modificarea cea mai recentă; alegeți valoarea de păstrat.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>În uz</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Cealaltă valoare</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Păstrează aceasta</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Păstrează cealaltă</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Niciun conflict.</translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation>Refuzate de server:</translation>
    </message>
    <message>
        <source>Settling a conflict</source>
        <translation>Rezolvarea unui conflict</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
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
        <source>Notes</source>
        <translation>Note</translation>
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
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>e.g. https://crm.example.it</source>
        <translation>ex. https://crm.example.it</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Conectare</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serverul echipei</translation>
    </message>
    <message>
        <source>With a team server, every laptop of the shop shares the customers, quotes, invoices and payments, and keeps working offline: changes are sent when the server can be reached. A laptop used alone needs none of this.</source>
        <translation>Cu un server al echipei, fiecare laptop al magazinului împarte clienții, ofertele, facturile și plățile și lucrează în continuare fără rețea: modificările sunt trimise când serverul poate fi accesat. Un laptop folosit singur nu are nevoie de acestea.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). This laptop's documents are numbered with /%4.</source>
        <translation>Conectat la %1 ca %2 (%3). Documentele acestui laptop sunt numerotate cu /%4.</translation>
    </message>
    <message>
        <source>This laptop works alone.</source>
        <translation>Acest laptop lucrează singur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <source>Signing in to the team server</source>
        <translation>Conectare la serverul echipei</translation>
    </message>
    <message>
        <source>Signed in: the first sync starts now.</source>
        <translation>Conectat: prima sincronizare începe acum.</translation>
    </message>
    <message>
        <source>Signing out of the team server</source>
        <translation>Deconectare de la serverul echipei</translation>
    </message>
    <message>
        <source>Signed out: this laptop works alone; changes not sent yet are kept.</source>
        <translation>Deconectat: acest laptop lucrează singur; modificările netrimise încă sunt păstrate.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>proprietar</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>vânzări</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>contabil</translation>
    </message>
</context>
<context>
    <name>ServerRow</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Fără criptare</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
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
        <source>Bank transfer reference (CRO/TRN), receipt number…</source>
        <translation>Ref. transfer bancar, nr. chitanță…</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>kept in the keyring: type to change it</source>
        <translation>păstrată în portchei: scrie pentru a o schimba</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nesetată</translation>
    </message>
    <message>
        <source>Saved. There is no keyring on this computer: the password is kept only until SmallCRM closes.</source>
        <translation>Salvat. Pe acest calculator nu există portchei: parola este păstrată doar până la închiderea SmallCRM.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectare…</translation>
    </message>
    <message>
        <source>%1 (%2 messages)</source>
        <translation>%1 (%2 mesaje)</translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <source>Automatic</source>
        <translation>Automată</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codificarea textului:</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europa de Vest (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15)</source>
        <translation>Europa de Vest (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europa Centrală (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Europa Centrală (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Chirilic (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Chirilic (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Greacă (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Turcă (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Baltică (Windows-1257)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>Japoneză (Shift_JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Chineză simplificată (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Chineză tradițională (Big5)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>Coreeană (EUC-KR)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Europa de Vest (Mac Roman)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>found: %1 (if the names look wrong, choose another)</source>
        <translation>găsită: %1 (dacă numele nu arată corect, alegeți alta)</translation>
    </message>
</context>
<context>
    <name>HandleListEditor</name>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
</context>
<context>
    <name>einvoice_status</name>
    <message>
        <source>To send</source>
        <translation>De trimis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrată</translation>
    </message>
    <message>
        <source>Not delivered (in the customer's cassetto fiscale)</source>
        <translation>Nelivrată (în cassetto fiscale al clientului)</translation>
    </message>
    <message>
        <source>Rejected by the SdI</source>
        <translation>Respinsă de SdI</translation>
    </message>
    <message>
        <source>Accepted by the public administration</source>
        <translation>Acceptată de administrația publică</translation>
    </message>
    <message>
        <source>Refused by the public administration</source>
        <translation>Refuzată de administrația publică</translation>
    </message>
</context>
</TS>
