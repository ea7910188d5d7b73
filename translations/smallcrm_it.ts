<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n attività</numerusform>
            <numerusform>%n attività</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1: scroll for more</source>
        <translation>Le ultime %1: scorri per vederne altre</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Add VAT rate…</source>
        <translation>Aggiungi aliquota IVA…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>Aliquote IVA</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>Filtra per codice o nome…</translation>
    </message>
    <message>
        <source>Show products no longer on sale</source>
        <translation>Mostra anche i prodotti non più in vendita</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Aggiungi prodotto…</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Prodotti e servizi</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nazione</translation>
    </message>
    <message>
        <source>Bank, for payments</source>
        <translation>Banca, per i pagamenti</translation>
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
        <translation>Recapiti sui documenti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Scegli logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Rimuovi logo</translation>
    </message>
    <message>
        <source>Save company profile</source>
        <translation>Salva dati aziendali</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>These details head every quote and invoice.</source>
        <translation>Questi dati compaiono nell&apos;intestazione di ogni preventivo e fattura.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Not a valid IBAN: check the letters and digits</source>
        <translation>IBAN non valido: controlla lettere e cifre</translation>
    </message>
    <message>
        <source>Not a valid BIC: 8 or 11 letters and digits</source>
        <translation>BIC non valido: servono 8 o 11 lettere e cifre</translation>
    </message>
    <message>
        <source>Not a valid VAT number: check the digits</source>
        <translation>Partita IVA non valida: controlla le cifre</translation>
    </message>
    <message>
        <source>Not a valid tax code</source>
        <translation>Codice fiscale non valido</translation>
    </message>
    <message>
        <source>The logo must be an image</source>
        <translation>Il logo deve essere un&apos;immagine</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Scegli il logo dell&apos;azienda</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image SmallCRM can read</source>
        <translation>SmallCRM non riesce a leggere questo file come immagine</translation>
    </message>
    <message>
        <source>New logo chosen: save to keep it.</source>
        <translation>Nuovo logo scelto: salva per mantenerlo.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search a company…</source>
        <translation>Scrivi per cercare un&apos;azienda…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Filter by name, e-mail, phone, tag…</source>
        <translation>Filtra per nome, e-mail, telefono, etichetta…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Contacts from a CSV, Excel or vCard file</source>
        <translation>Contatti da un file CSV, Excel o vCard</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Esporta vCard…</translation>
    </message>
    <message>
        <source>The selected contacts (or all those listed) to a vCard file</source>
        <translation>I contatti selezionati (o tutti quelli in elenco) in un file vCard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Esporta vCard</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting vCard</source>
        <translation>Esportazione vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contatto scritto in %1</numerusform>
            <numerusform>%n contatti scritti in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>All your data is in this one file. To use another file, start SmallCRM with --db PATH or set SMALLCRM_DB.</source>
        <translation>Tutti i tuoi dati sono in questo unico file. Per usare un altro file, avvia SmallCRM con --db PERCORSO oppure imposta SMALLCRM_DB.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Esegui un backup ora</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Verifica il database</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Backup salvato: %1 (%2)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Verifica del database</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Problemi trovati: %1</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Il database è integro.</translation>
    </message>
    <message>
        <source>A backup replaces the whole database, so it cannot be restored while SmallCRM has it open.

1. Close SmallCRM.
2. In a terminal, run:

%1

The backup is checked first; the data it replaces is kept beside the database. 3. Start SmallCRM again.</source>
        <translation>Un backup sostituisce l&apos;intero database, quindi non si può ripristinare mentre SmallCRM lo tiene aperto.

1. Chiudi SmallCRM.
2. In un terminale, esegui:

%1

Il backup viene prima verificato; i dati che sostituisce restano conservati accanto al database. 3. Riavvia SmallCRM.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Closes %1</source>
        <translation>Chiusura %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Nessuna data di chiusura</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Modifica trattativa</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <source>Expected to close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Valore (€)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Usual for the stage (%1 %)</source>
        <translation>Standard per la fase (%1 %)</translation>
    </message>
    <message>
        <source>Choose the customer from the list</source>
        <translation>Scegli il cliente dall&apos;elenco</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the deal; double-click to edit it.</source>
        <translation>Trascina una scheda in un&apos;altra colonna per spostare la trattativa; doppio clic per modificarla.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt; (open deals by expected close, weighted by probability)</source>
        <translation>&lt;b&gt;Previsione&lt;/b&gt; (trattative aperte per chiusura prevista, ponderate per probabilità)</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast: %1 out of %2 in %n open deal(s)</source>
        <translation>
            <numerusform>Previsione ponderata: %1 su %2 in %n trattativa aperta</numerusform>
            <numerusform>Previsione ponderata: %1 su %2 in %n trattative aperte</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals: nothing to forecast</source>
        <translation>Nessuna trattativa aperta: niente da prevedere</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Senza data</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Sposta in</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(bozza)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo da pagare</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Non ancora scaduto</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 giorni</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 giorni</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 giorni</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Oltre 90 giorni</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; It looks like a record you already have:</source>
        <translation>&lt;b&gt;Salvato.&lt;/b&gt; Sembra una scheda che hai già:</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Apri l&apos;esistente</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Unisci all&apos;esistente</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to SmallCRM</source>
        <translation>Benvenuto in SmallCRM</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in one file. How would you like to start?</source>
        <translation>I tuoi dati restano su questo computer, in un solo file. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>With demo data (an Italian shop with 300 contacts), to look around</source>
        <translation>Con dati di prova (un negozio italiano con 300 contatti), per dare un&apos;occhiata</translation>
    </message>
    <message>
        <source>Empty, to enter my own customers</source>
        <translation>Vuoto, per inserire i miei clienti</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>empty: the main series</source>
        <translation>vuoto: la serie principale</translation>
    </message>
    <message>
        <source>e.g. B on the second laptop</source>
        <translation>es. B sul secondo portatile</translation>
    </message>
    <message>
        <source>Numbering and terms</source>
        <translation>Numerazione e termini</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Serie fatture</translation>
    </message>
    <message>
        <source>This device&apos;s suffix</source>
        <translation>Suffisso di questo dispositivo</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termini di pagamento</translation>
    </message>
    <message>
        <source>Quotes valid for</source>
        <translation>Validità dei preventivi</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valori predefiniti</translation>
    </message>
    <message>
        <source>Region of phone numbers</source>
        <translation>Paese dei numeri di telefono</translation>
    </message>
    <message>
        <source>Country of new contacts</source>
        <translation>Nazione dei nuovi contatti</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>Responsabile delle nuove schede</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Backup automatici conservati</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Language of new documents</source>
        <translation>Lingua dei nuovi documenti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>A new window language shows the next time SmallCRM starts.</source>
        <translation>La nuova lingua dell&apos;interfaccia sarà attiva al prossimo avvio di SmallCRM.</translation>
    </message>
    <message>
        <source>Invoices will be numbered like %1</source>
        <translation>Le fatture saranno numerate come %1</translation>
    </message>
    <message>
        <source>Up to 5 letters or digits, no spaces or slashes</source>
        <translation>Al massimo 5 lettere o cifre, senza spazi né barre</translation>
    </message>
    <message>
        <source>Two letters, like IT or RO</source>
        <translation>Due lettere, come IT o RO</translation>
    </message>
    <message>
        <source>Saved. Restart SmallCRM to see it in %1.</source>
        <translation>Salvato. Riavvia SmallCRM per vederlo in %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search contacts, companies, quotes, invoices…</source>
        <translation>Cerca contatti, aziende, preventivi, fatture…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ per spostarti · Invio per aprire · Esc per chiudere</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx) or vCard (.vcf) file. Exports of Google Contacts, Outlook and SmallCRM are recognised by their columns; for any other file you check which field each column goes into.

Contacts already here (same e-mail, phone, VAT number or vCard UID) are updated, not doubled. Nothing is changed before you confirm, and a finished import can be undone as a whole.</source>
        <translation>Scegli un file CSV, Excel (.xlsx) o vCard (.vcf). Le esportazioni di Google Contatti, Outlook e SmallCRM vengono riconosciute dalle colonne; per qualsiasi altro file indichi tu in quale campo va ogni colonna.

I contatti già presenti (stessa e-mail, telefono, partita IVA o UID vCard) vengono aggiornati, non duplicati. Nulla cambia prima della tua conferma, e un&apos;importazione conclusa si può annullare per intero.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save report of rejected rows…</source>
        <translation>Salva il resoconto delle righe scartate…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annulla questa importazione</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Contatti (*.csv *.txt *.xlsx *.vcf *.vcard);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save report of rejected rows</source>
        <translation>Salva il resoconto delle righe scartate</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Interrotto: non è cambiato nulla.</translation>
    </message>
    <message>
        <source>a SmallCRM export</source>
        <translation>un&apos;esportazione di SmallCRM</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>un&apos;esportazione di Google Contatti</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>un&apos;esportazione di Outlook</translation>
    </message>
    <message>
        <source>Recognised as %1: the columns are already matched.</source>
        <translation>Riconosciuto come %1: le colonne sono già abbinate.</translation>
    </message>
    <message>
        <source>These columns were imported before: the fields you chose then are proposed.</source>
        <translation>Queste colonne sono già state importate: ti proponiamo i campi scelti allora.</translation>
    </message>
    <message>
        <source>Check which field each column goes into; unknown columns are not imported. Your choice is remembered for files with the same columns.</source>
        <translation>Controlla in quale campo va ogni colonna; le colonne sconosciute non vengono importate. La scelta viene ricordata per i file con le stesse colonne.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>(Text encoding %1, separated by %2.)</source>
        <translation>(Codifica del testo %1, separato da %2.)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Lettura e controllo di %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Skipped: %3 · Rejected: %4</source>
        <translation>Nuovi: %1 · Aggiornati: %2 · Saltati: %3 · Scartati: %4</translation>
    </message>
    <message>
        <source>Companies added for the Company column: %1</source>
        <translation>Aziende aggiunte dalla colonna Azienda: %1</translation>
    </message>
    <message>
        <source>New contacts that look like ones you have (merge them later if they are the same): %1</source>
        <translation>Nuovi contatti simili a contatti esistenti (uniscili poi, se sono gli stessi): %1</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Niente da importare.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Importati: %1 nuovi, %2 aggiornati, %3 saltati, %4 scartati.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Resoconto salvato: %1</translation>
    </message>
    <message>
        <source>Put every contact back as it was before this import? The contacts it created go to the trash.</source>
        <translation>Riportare ogni contatto com&apos;era prima di questa importazione? I contatti creati finiscono nel cestino.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Person or company</source>
        <translation>Persona o azienda</translation>
    </message>
    <message>
        <source>Full name / company name</source>
        <translation>Nome completo / ragione sociale</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nazione</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Unique ID (vCard UID)</source>
        <translation>Identificativo univoco (UID vCard)</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Riga intera</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importata come</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importata</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Scartata</translation>
    </message>
    <message>
        <source>Updates #%1</source>
        <translation>Aggiorna #%1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <source>New, looks like</source>
        <translation>Nuovo, simile a</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>già aggiornato</translation>
    </message>
    <message>
        <source>the same contact as an earlier row of the file</source>
        <translation>lo stesso contatto di una riga precedente del file</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <source>Issue</source>
        <translation>Emetti</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registra pagamento…</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Apri PDF</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
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
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(bozza)</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emessa il %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>non ancora emessa</translation>
    </message>
    <message>
        <source>From quote %1</source>
        <translation>Dal preventivo %1</translation>
    </message>
    <message>
        <source>Corrects invoice %1</source>
        <translation>Rettifica la fattura %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo da pagare</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Nessun pagamento</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Emessa con numero %1</translation>
    </message>
    <message>
        <source>Draft credit note created</source>
        <translation>Bozza di nota di credito creata</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>fattura</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>All invoices</source>
        <translation>Tutte le fatture</translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation>Da incassare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagate in parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagate</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Note di credito</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Fatture e note di credito</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message>
        <source>balance due %1</source>
        <translation>saldo da pagare %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>scaduto %1</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unit.</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Sconto %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>— free text —</source>
        <translation>— testo libero —</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter by number or customer…</source>
        <translation>Filtra per numero o cliente…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log for %1</source>
        <translation>Registra per %1</translation>
    </message>
    <message>
        <source>↙ Incoming</source>
        <translation>↙ In entrata</translation>
    </message>
    <message>
        <source>↗ Outgoing</source>
        <translation>↗ In uscita</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nessuno in particolare</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Di cosa si è parlato</translation>
    </message>
    <message>
        <source>What was said, agreed, promised…</source>
        <translation>Cosa è stato detto, concordato, promesso…</translation>
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
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Lasciato un messaggio</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Da richiamare</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessato</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Non interessato</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Lascia vuoto se non serve</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Promemoria successivo</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
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
        <translation>Backup giornaliero</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Il backup automatico di oggi non è riuscito: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today or overdue</source>
        <translation>
            <numerusform>%n promemoria per oggi o scaduto</numerusform>
            <numerusform>%n promemoria per oggi o scaduti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Niente in scadenza oggi</translation>
    </message>
</context>
<context>
    <name>PartyDetails</name>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo da pagare</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e %n altro</numerusform>
            <numerusform>…e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Niente da pagare</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>Some invoices are past their due date</source>
        <translation>Alcune fatture sono scadute</translation>
    </message>
    <message>
        <source>Open invoices, not yet due</source>
        <translation>Fatture aperte, non ancora scadute</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation>+ Aggiungi e-mail</translation>
    </message>
    <message>
        <source>+39 02 1234 5678</source>
        <translation>+39 02 1234 5678</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Aggiungi telefono</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.esempio.it</translation>
    </message>
    <message>
        <source>+ Add website</source>
        <translation>+ Aggiungi sito web</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>MI</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>VIP, newsletter, fair 2025</source>
        <translation>VIP, newsletter, fiera 2025</translation>
    </message>
    <message>
        <source>Where the contact comes from</source>
        <translation>Da dove arriva il contatto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Località</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nazione</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Dati fiscali</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Choose a company from the list, or leave the field empty</source>
        <translation>Scegli un&apos;azienda dall&apos;elenco o lascia vuoto il campo</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tieni entrambi</translation>
    </message>
</context>
<context>
    <name>PartyHeader</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 presso %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Type a name to search…</source>
        <translation>Scrivi un nome per cercare…</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Collegato a %1</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>← Back</source>
        <translation>← Indietro</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Registra chiamata</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nuovo preventivo</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>Registra una chiamata (Ctrl+L)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Promemoria aperti</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Niente da fare per ora.</translation>
    </message>
    <message>
        <source>Nothing logged yet: log a call or add a note.</source>
        <translation>Ancora nessuna registrazione: registra una chiamata o aggiungi una nota.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>%1 is in the trash.</source>
        <translation>%1 è nel cestino.</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n comunicazione</numerusform>
            <numerusform>%n comunicazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been merged).</source>
        <translation>Questa scheda non esiste più (potrebbe essere stata unita a un&apos;altra).</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Promemoria aperti (%1)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — scadenza %2</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore it later.</source>
        <translation>Spostare %1 nel cestino? Potrai ripristinarlo in seguito.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for invoice %1</source>
        <translation>Pagamento della fattura %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance due %3</source>
        <translation>%1 · totale %2 · saldo da pagare %3</translation>
    </message>
    <message>
        <source>Bank transfer reference (CRO/TRN), receipt number…</source>
        <translation>Rif. bonifico (CRO/TRN), n. ricevuta…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Paid before the invoice was issued (%1)</source>
        <translation>Pagato prima dell&apos;emissione della fattura (%1)</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation>Esportazione del PDF</translation>
    </message>
    <message>
        <source>Preparing PDF</source>
        <translation>Preparazione del PDF</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Modifica prodotto</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>On sale (offered in new quotes)</source>
        <translation>In vendita (proposto nei nuovi preventivi)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità di misura</translation>
    </message>
    <message>
        <source>Price (€, VAT excluded)</source>
        <translation>Prezzo (€, IVA esclusa)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
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
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Type to search customers…</source>
        <translation>Scrivi per cercare i clienti…</translation>
    </message>
    <message>
        <source>What the quote is for</source>
        <translation>Oggetto del preventivo</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Note stampate sotto le righe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Sposta la riga in su</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Sposta la riga in giù</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Apri PDF</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Segna come inviato</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Converti in fattura</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Nuova revisione</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nuovo preventivo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Riga %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %3</source>
        <translation>Riga %1: %3</translation>
    </message>
    <message>
        <source>Choose a customer to see the preview</source>
        <translation>Scegli un cliente per vedere l&apos;anteprima</translation>
    </message>
    <message>
        <source>The preview shows the last valid version: %1</source>
        <translation>L&apos;anteprima mostra l&apos;ultima versione valida: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Choose the customer from the list</source>
        <translation>Scegli il cliente dall&apos;elenco</translation>
    </message>
    <message>
        <source>Draft invoice created</source>
        <translation>Bozza di fattura creata</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>preventivo</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>This quote has changes that are not saved. Close it anyway?</source>
        <translation>Questo preventivo ha modifiche non salvate. Chiuderlo comunque?</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Filter by number, customer or title…</source>
        <translation>Filtra per numero, cliente od oggetto…</translation>
    </message>
    <message>
        <source>All quotes</source>
        <translation>Tutti i preventivi</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nuovo preventivo</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n preventivo</numerusform>
            <numerusform>%n preventivi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>Filter by customer…</source>
        <translation>Filtra per cliente…</translation>
    </message>
    <message>
        <source>Everyone who owes</source>
        <translation>Tutti i debitori</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Solo scaduti</translation>
    </message>
    <message>
        <source>Open invoices — %1</source>
        <translation>Fatture aperte — %1</translation>
    </message>
    <message>
        <source>Nobody owes you anything</source>
        <translation>Nessuno ti deve nulla</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) owe %1</source>
        <translation>
            <numerusform>%n cliente deve %1</numerusform>
            <numerusform>%n clienti devono %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 scaduti</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>VAT and products</source>
        <translation>IVA e prodotti</translation>
    </message>
    <message>
        <source>Numbering and languages</source>
        <translation>Numerazione e lingue</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Dati e backup</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n trattativa</numerusform>
            <numerusform>%n trattative</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifica promemoria</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>Edit task</source>
        <translation>Modifica promemoria</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose someone from the list, or leave it empty</source>
        <translation>Scegli qualcuno dall&apos;elenco o lascia vuoto</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Click to open the task again</source>
        <translation>Clic per riaprire il promemoria</translation>
    </message>
    <message>
        <source>Click to mark it done</source>
        <translation>Clic per segnarlo come fatto</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>All open</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Per oggi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prossimi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completati</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>The first %1 tasks</source>
        <translation>I primi %1 promemoria</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n promemoria</numerusform>
            <numerusform>%n promemoria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Task done</source>
        <translation>Promemoria completato</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Taxable</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>IVA %1 su %2</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>VatRateDialog</name>
    <message>
        <source>Edit VAT rate</source>
        <translation>Modifica aliquota IVA</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>Nuova aliquota IVA</translation>
    </message>
    <message>
        <source>e.g. 22, 10, N2.2</source>
        <translation>es. 22, 10, N2.2</translation>
    </message>
    <message>
        <source>e.g. Art. 10 DPR 633/72</source>
        <translation>es. Art. 10 DPR 633/72</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Aliquota (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Exemption (for 0%)</source>
        <translation>Esenzione (per 0%)</translation>
    </message>
</context>
<context>
    <name>VatRateTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Exemption (for 0%)</source>
        <translation>Esenzione (per 0%)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This field is required</source>
        <translation>Campo obbligatorio</translation>
    </message>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>Indirizzo e-mail non valido</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Numero di telefono non valido</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Indirizzo web non valido</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Numero non valido</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>Troppi decimali</translation>
    </message>
    <message>
        <source>Unknown VAT rate</source>
        <translation>Aliquota IVA sconosciuta</translation>
    </message>
    <message>
        <source>More than the balance due</source>
        <translation>Supera il saldo da pagare</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed: correct it with a credit note</source>
        <translation>Una fattura emessa non si può modificare: correggila con una nota di credito</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <source>The database is open in another SmallCRM</source>
        <translation>Il database è aperto in un&apos;altra finestra di SmallCRM</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved</source>
        <translation>Il disco è pieno: non è stato salvato nulla</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). The details are in the log.</source>
        <translation>Si è verificato un errore ({name}). I dettagli sono nel log.</translation>
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
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Cliente chiave</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
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
        <translation>Social</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emessa</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagata in parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagata</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bonifico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificato</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinto</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Preventivi</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
</TS>
