<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>Informazioni su SmallCRM</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>The offline CRM for small businesses: contacts, activities, quotes, invoices and payments, all in one file on this computer.</source>
        <translation>Il CRM offline per le piccole imprese: contatti, attività, preventivi, fatture e pagamenti, tutto in un solo file su questo computer.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>License: %1. Python %2, Qt for Python %3, on %4.</source>
        <translation>Licenza: %1. Python %2, Qt for Python %3, su %4.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Backup: %1</translation>
    </message>
</context>
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
        <source>Open %1</source>
        <translation>Apri %1</translation>
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
    <name>AttachMailDialog</name>
    <message>
        <source>Add the message to a contact</source>
        <translation>Aggiungi il messaggio a un contatto</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Da %1: %2</translation>
    </message>
    <message>
        <source>Add %1 to the contact&apos;s e-mails, so its next messages are logged there directly</source>
        <translation>Aggiungi %1 alle e-mail del contatto, così i prossimi messaggi vengono registrati direttamente lì</translation>
    </message>
    <message>
        <source>Add to this contact</source>
        <translation>Aggiungi a questo contatto</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o azienda</translation>
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
    <name>CommunicationActions</name>
    <message>
        <source>%1 “%2” moved to the trash.</source>
        <translation>Spostato nel cestino: %1 «%2».</translation>
    </message>
    <message>
        <source>%1 moved to the trash.</source>
        <translation>Spostato nel cestino: %1.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>Aggiungi consenso</translation>
    </message>
    <message>
        <source>e.g. newsletter</source>
        <translation>es. newsletter</translation>
    </message>
    <message>
        <source>web form, signed paper, phone call…</source>
        <translation>modulo web, foglio firmato, telefonata…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>How and where</source>
        <translation>Come e dove</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Left to credit</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Da stornare</translation>
    </message>
    <message>
        <source>All that is left</source>
        <translation>Tutto il residuo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Righe da stornare</translation>
    </message>
    <message>
        <source>An amount (an allowance, a discount given afterwards)</source>
        <translation>Un importo (abbuono, sconto concesso dopo)</translation>
    </message>
    <message>
        <source>before VAT</source>
        <translation>IVA esclusa</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Abbuono</translation>
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
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Why (printed on the credit note)</source>
        <translation>Motivo (stampato sulla nota di credito)</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Crea la nota di credito</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Nota di credito per la fattura %1</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 · total %3 · still creditable %4</source>
        <translation>Fattura %1 di %2 · totale %3 · ancora stornabile %4</translation>
    </message>
    <message>
        <source>%1 × %2, VAT %3</source>
        <translation>%1 × %2, IVA %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
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
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrato</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Checked when it was taken, and checked in full again before a restore</source>
        <translation>Controllato quando è stato fatto, e di nuovo per intero prima di un ripristino</translation>
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
        <source>Daily</source>
        <translation>Giornaliero</translation>
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
        <source>Replace the whole database with the backup of %1?

The backup is checked first; the data it replaces is kept as a backup too (&quot;Before a restore&quot;).</source>
        <translation>Sostituire l&apos;intero database con il backup del %1?

Prima il backup viene controllato; i dati che sostituisce vengono conservati anch&apos;essi come backup (&quot;Prima di un ripristino&quot;).</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Ripristino di un backup</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Ripristinato il backup del %1.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in %1.</source>
        <translation>I dati sostituiti sono conservati in %1.</translation>
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
    <name>DialogButtons</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Type to search customers…</source>
        <translation>Scrivi per cercare i clienti…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
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
        <source>Choose the customer from the list</source>
        <translation>Scegli il cliente dall&apos;elenco</translation>
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
        <source>This document has changes that are not saved. Close it anyway?</source>
        <translation>Questo documento ha modifiche non salvate. Chiuderlo comunque?</translation>
    </message>
    <message>
        <source>The unsaved changes could not be kept as a draft: %1</source>
        <translation>Non è stato possibile conservare le modifiche non salvate come bozza: %1</translation>
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
    <message>
        <source>Invoiced as</source>
        <translation>Fatturato con</translation>
    </message>
    <message>
        <source>Owed to them</source>
        <translation>Dovuto al cliente</translation>
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
    <name>EraseDialog</name>
    <message>
        <source>E-mails, phones and web sites</source>
        <translation>E-mail, telefoni e siti web</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicazioni</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>File allegati</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
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
        <source>Draft invoices</source>
        <translation>Fatture in bozza</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes</source>
        <translation>Fatture e note di credito emesse</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonimizza %1</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Cancella %1</translation>
    </message>
    <message>
        <source>%1 stays as an anonymous record for the statistics (stage, tags, deals, dates of communications). Everything that says who it is goes: names, contact points, addresses, notes, the texts of communications, files and consents.</source>
        <translation>%1 resta come scheda anonima per le statistiche (fase, etichette, trattative, date delle comunicazioni). Tutto ciò che dice chi è viene tolto: nomi, recapiti, indirizzi, note, testi delle comunicazioni, file e consensi.</translation>
    </message>
    <message>
        <source>Everything SmallCRM holds about %1 is deleted for good, also from the search index and the free space of the file. This cannot be undone.</source>
        <translation>Tutto ciò che SmallCRM conserva su %1 viene cancellato definitivamente, anche dall&apos;indice di ricerca e dallo spazio libero del file. Non si può annullare.</translation>
    </message>
    <message>
        <source>Erased:</source>
        <translation>Cancellati:</translation>
    </message>
    <message>
        <source>Removed or blanked:</source>
        <translation>Tolti o svuotati:</translation>
    </message>
    <message>
        <source>• only the record itself</source>
        <translation>• solo la scheda stessa</translation>
    </message>
    <message>
        <source>Kept, as tax law requires (the record stays in the trash as an anonymous entry these documents point to):</source>
        <translation>Conservati, come impone la legge fiscale (la scheda resta nel cestino come voce anonima a cui questi documenti rimandano):</translation>
    </message>
    <message>
        <source>Backups taken before now keep the data until they are rotated out; restoring one erases it again.</source>
        <translation>I backup fatti prima di adesso conservano i dati finché non vengono sostituiti; ripristinandone uno, i dati vengono cancellati di nuovo.</translation>
    </message>
    <message>
        <source>e.g. asked by e-mail on 3 March; retention period over</source>
        <translation>es. richiesta via e-mail il 3 marzo; periodo di conservazione scaduto</translation>
    </message>
    <message>
        <source>Why (kept in the erasure log: no names, e-mails or phones)</source>
        <translation>Motivo (resta nel registro delle cancellazioni: niente nomi, e-mail o telefoni)</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizza</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Cancella definitivamente</translation>
    </message>
    <message>
        <source>Clearing the write-ahead log…</source>
        <translation>Svuotamento del registro WAL…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Cancellazione…</translation>
    </message>
    <message>
        <source>Compacting the search index…</source>
        <translation>Compattazione dell&apos;indice di ricerca…</translation>
    </message>
    <message>
        <source>Clearing free space (VACUUM)…</source>
        <translation>Pulizia dello spazio libero (VACUUM)…</translation>
    </message>
    <message>
        <source>Anonymising personal data</source>
        <translation>Anonimizzazione dei dati personali</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Cancellazione dei dati personali</translation>
    </message>
    <message>
        <source>Erased. A copy of the old data stays in the database&apos;s write-ahead log until SmallCRM is closed.</source>
        <translation>Cancellato. Una copia dei vecchi dati resta nel registro WAL del database finché SmallCRM non viene chiuso.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>one row per month</source>
        <translation>una riga per mese</translation>
    </message>
    <message>
        <source>one row per quarter</source>
        <translation>una riga per trimestre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Riepilogo IVA</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Lingua del file</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Scegli dove salvare il file.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Esportazione di %1</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>Scritto: %1 (%n riga)</numerusform>
            <numerusform>Scritto: %1 (%n righe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annullato: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for other programs (comma, ISO dates)</source>
        <translation>CSV per altri programmi (virgola, date ISO)</translation>
    </message>
    <message>
        <source>CSV for Italian Excel (semicolon, decimal comma)</source>
        <translation>CSV per Excel italiano (punto e virgola, virgola decimale)</translation>
    </message>
    <message>
        <source>iCalendar for calendar apps (.ics)</source>
        <translation>iCalendar per le app di calendario (.ics)</translation>
    </message>
    <message>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard per le rubriche (.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard (address books)</source>
        <translation>Contatti come vCard (rubriche)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contatti</translation>
    </message>
    <message>
        <source>Contacts and companies</source>
        <translation>Contatti e aziende</translation>
    </message>
    <message>
        <source>Contacts created in the period.</source>
        <translation>Contatti creati nel periodo.</translation>
    </message>
    <message>
        <source>Communications (calls, e-mails, meetings…)</source>
        <translation>Comunicazioni (chiamate, e-mail, incontri…)</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>comunicazioni</translation>
    </message>
    <message>
        <source>Quotes with their lines</source>
        <translation>Preventivi con le righe</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>preventivi</translation>
    </message>
    <message>
        <source>Invoices and credit notes with their lines</source>
        <translation>Fatture e note di credito con le righe</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>fatture</translation>
    </message>
    <message>
        <source>Issued invoices dated in the period, no drafts.</source>
        <translation>Fatture emesse con data nel periodo, senza bozze.</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pagamenti ricevuti</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagamenti</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Crediti per anzianità</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>crediti</translation>
    </message>
    <message>
        <source>Aged as of the last day of the period.</source>
        <translation>Anzianità all&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>VAT by rate and period</source>
        <translation>IVA per aliquota e periodo</translation>
    </message>
    <message>
        <source>vat</source>
        <translation>iva</translation>
    </message>
    <message>
        <source>Tasks and meetings (calendar)</source>
        <translation>Promemoria e incontri (calendario)</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>Tasks due and meetings held in the period.</source>
        <translation>Promemoria in scadenza e incontri tenuti nel periodo.</translation>
    </message>
    <message>
        <source>Tasks only (calendar)</source>
        <translation>Solo promemoria (calendario)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>promemoria</translation>
    </message>
    <message>
        <source>Meetings only (calendar)</source>
        <translation>Solo incontri (calendario)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>incontri</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Dal… al…</translation>
    </message>
    <message>
        <source>Zip of the XML files and receipts (.zip)</source>
        <translation>Zip dei file XML e delle ricevute (.zip)</translation>
    </message>
    <message>
        <source>E-invoices: XML files and SdI receipts</source>
        <translation>Fatture elettroniche: file XML e ricevute SdI</translation>
    </message>
    <message>
        <source>e-invoices</source>
        <translation>fatture-elettroniche</translation>
    </message>
    <message>
        <source>The e-invoice files sent for invoices dated in the period, with their receipts, named as the SdI names them, and an index.</source>
        <translation>I file delle fatture elettroniche inviate per le fatture datate nel periodo, con le loro ricevute, con i nomi dati dallo SdI, e un indice.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message numerus="yes">
        <source>%n quote(s) to follow up</source>
        <translation>
            <numerusform>%n preventivo da seguire</numerusform>
            <numerusform>%n preventivi da seguire</numerusform>
        </translation>
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
        <source>Saved. Restart SmallCRM to see it in %1.</source>
        <translation>Salvato. Riavvia SmallCRM per vederlo in %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>end of month (30 days end of month)</source>
        <translation>fine mese (30 giorni fine mese)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Modalità di pagamento</translation>
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
    <name>ImapSettingsForm</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Posta in arrivo (IMAP)</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>es. imap.example.com</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>di solito il tuo indirizzo e-mail</translation>
    </message>
    <message>
        <source>Separate folder names with commas, e.g. INBOX, Clienti</source>
        <translation>Separa i nomi delle cartelle con virgole, es. INBOX, Clienti</translation>
    </message>
    <message>
        <source>Larger attachments are left out; the timeline says so</source>
        <translation>Gli allegati più grandi non vengono salvati; la cronologia lo indica</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>solo a richiesta</translation>
    </message>
    <message>
        <source>Keep a copy of the mail sent from SmallCRM in the Sent folder</source>
        <translation>Conserva una copia della posta inviata da SmallCRM nella cartella Posta inviata</translation>
    </message>
    <message>
        <source>So your mail program shows it among your sent mail</source>
        <translation>Così il tuo programma di posta la mostra tra la posta inviata</translation>
    </message>
    <message>
        <source>New mail is fetched in the background this often while SmallCRM is open; 0: only with the Fetch button</source>
        <translation>Con SmallCRM aperto, la nuova posta viene scaricata in background con questa frequenza; 0: solo con il pulsante Scarica</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Folders to read</source>
        <translation>Cartelle da leggere</translation>
    </message>
    <message>
        <source>Largest attachment kept</source>
        <translation>Allegato più grande salvato</translation>
    </message>
    <message>
        <source>Check for new mail every</source>
        <translation>Controlla la nuova posta ogni</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Connesso. %1</translation>
    </message>
    <message>
        <source>Testing the mail connection</source>
        <translation>Prova della connessione di posta</translation>
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
        <source>Save report of rejected rows…</source>
        <translation>Salva il resoconto delle righe scartate…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
    <message>
        <source>Values that could not be read, kept in the contacts' notes for review (the report lists them): %1</source>
        <translation>Valori non leggibili, conservati nelle note dei contatti da rivedere (il rapporto li elenca): %1</translation>
    </message>
    <message>
        <source>Put every contact back as it was before this import? The contacts it created are removed for good, unless they were used since.</source>
        <translation>Riportare ogni contatto com'era prima di questa importazione? I contatti creati vengono eliminati definitivamente, salvo quelli usati nel frattempo.</translation>
    </message>
    <message>
        <source>Left as they are, since they were used after the import: %1</source>
        <translation>Lasciati come sono, perché usati dopo l'importazione: %1</translation>
    </message>
    <message>
        <source>Import the contacts' photos (vCard)</source>
        <translation>Importa le foto dei contatti (vCard)</translation>
    </message>
    <message>
        <source>Leave out a row with any value that cannot be read (otherwise the row comes in and the value waits in its notes for review)</source>
        <translation>Escludi una riga con un valore illeggibile (altrimenti la riga entra e il valore resta nelle sue note da controllare)</translation>
    </message>
    <message>
        <source>Rows without a country whose numbers without a country code are read as numbers of %1 (the default region in Settings): %2</source>
        <translation>Righe senza paese i cui numeri senza prefisso internazionale sono letti come numeri del paese predefinito nelle Impostazioni (%1): %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e altre %1</translation>
    </message>
    <message>
        <source>(Columns separated by %1.)</source>
        <translation>(Colonne separate da %1.)</translation>
    </message>
    <message>
        <source>%1 (%2 members, %3 of them in this file)</source>
        <translation>%1 (%2 membri, %3 in questo file)</translation>
    </message>
    <message>
        <source>Contact groups, not imported as contacts (their members in this file get the group's name as a tag): %1</source>
        <translation>Gruppi di contatti, non importati come contatti (i loro membri in questo file ricevono il nome del gruppo come etichetta): %1</translation>
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
    <message>
        <source>Title (Dr., Mr.)</source>
        <translation>Titolo (Dott., Sig.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <source>Name suffix (Jr.)</source>
        <translation>Suffisso del nome (Jr.)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversario</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Type of the next phone</source>
        <translation>Tipo del telefono seguente</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Indirizzo di casa</translation>
    </message>
    <message>
        <source>Home postal code</source>
        <translation>CAP di casa</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Città di casa</translation>
    </message>
    <message>
        <source>Home province</source>
        <translation>Provincia di casa</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Paese di casa</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Type of the address (home, work)</source>
        <translation>Tipo dell'indirizzo (casa, lavoro)</translation>
    </message>
    <message>
        <source>Second address: type</source>
        <translation>Secondo indirizzo: tipo</translation>
    </message>
    <message>
        <source>Second address: street</source>
        <translation>Secondo indirizzo: via</translation>
    </message>
    <message>
        <source>Second address: postal code</source>
        <translation>Secondo indirizzo: CAP</translation>
    </message>
    <message>
        <source>Second address: city</source>
        <translation>Secondo indirizzo: città</translation>
    </message>
    <message>
        <source>Second address: province</source>
        <translation>Secondo indirizzo: provincia</translation>
    </message>
    <message>
        <source>Second address: country</source>
        <translation>Secondo indirizzo: paese</translation>
    </message>
    <message>
        <source>Role at the company</source>
        <translation>Incarico in azienda</translation>
    </message>
    <message>
        <source>SdI recipient code</source>
        <translation>Codice destinatario SdI</translation>
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
        <translation>Profilo social</translation>
    </message>
    <message>
        <source>Chat service of the next column</source>
        <translation>Servizio di chat della colonna seguente</translation>
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
    <message>
        <source>New, possible duplicate of</source>
        <translation>Nuovo, possibile doppione di</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possibile doppione</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>%1 «%2» kept for review: %3</source>
        <translation>%1 «%2» tenuto da controllare: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e altri %1</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Note stampate sotto le righe</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termini di pagamento</translation>
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
        <source>The date the invoice is issued on</source>
        <translation>La data di emissione della fattura</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emetti</translation>
    </message>
    <message>
        <source>Issue on</source>
        <translation>Emetti il</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>fattura</translation>
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
        <source>due %1 if issued on the date above</source>
        <translation>scadenza %1 se emessa nella data indicata</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Emessa con numero %1</translation>
    </message>
    <message>
        <source>The customer withholds tax on the fees</source>
        <translation>Il cliente applica la ritenuta d'acconto</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto: a business customer keeps it and pays it to the State; a private person does not</source>
        <translation>Ritenuta d'acconto: un cliente impresa la trattiene e la versa allo Stato; un privato no</translation>
    </message>
    <message>
        <source>VAT due now</source>
        <translation>IVA a esigibilità immediata</translation>
    </message>
    <message>
        <source>VAT due when paid (deferred)</source>
        <translation>IVA a esigibilità differita</translation>
    </message>
    <message>
        <source>Split payment: the public body pays the VAT</source>
        <translation>Scissione dei pagamenti: l'IVA la versa l'ente pubblico</translation>
    </message>
    <message>
        <source>The customer has a foreign VAT number and is charged VAT: a sale to a business in another EU country is N3.2 (goods) or N2.1 (services).</source>
        <translation>Il cliente ha una partita IVA estera e gli viene addebitata l'IVA: una vendita a un'impresa di un altro Paese UE è N3.2 (beni) o N2.1 (servizi).</translation>
    </message>
    <message>
        <source>A company in the regime forfettario invoices at N2.2.</source>
        <translation>Un'azienda in regime forfettario fattura in N2.2.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>instalments if issued on the date above: %1</source>
        <translation>rate se emessa alla data sopra: %1</translation>
    </message>
    <message>
        <source>Lei for one unit of the invoice's currency (BNR's rate of the day): the VAT is stated in lei too</source>
        <translation>Lei per un'unità della valuta della fattura (cambio BNR del giorno): l'IVA va indicata anche in lei</translation>
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
        <translation>Emetti</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registra pagamento…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Nota di credito…</translation>
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
        <source>Send by e-mail…</source>
        <translation>Invia per e-mail…</translation>
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
    <message>
        <source>(paid)</source>
        <translation>(pagata)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(restano %1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Registra rimborso…</translation>
    </message>
    <message>
        <source>Money paid back to the customer against this credit note</source>
        <translation>Denaro restituito al cliente a fronte di questa nota di credito</translation>
    </message>
    <message>
        <source>Credit note %1 of %2: %3</source>
        <translation>Nota di credito %1 del %2: %3</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>No refunds yet</source>
        <translation>Nessun rimborso finora</translation>
    </message>
    <message>
        <source>Can still be refunded</source>
        <translation>Ancora rimborsabile</translation>
    </message>
    <message>
        <source>Owed to the customer</source>
        <translation>Dovuto al cliente</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Rimborso registrato</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Stornato</translation>
    </message>
    <message>
        <source>E-invoice…</source>
        <translation>Fattura elettronica…</translation>
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
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Invoices and credit notes to Excel or CSV for the accountant</source>
        <translation>Fatture e note di credito in Excel o CSV per il commercialista</translation>
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
    <message>
        <source>Credited or refunded</source>
        <translation>Stornate o rimborsate</translation>
    </message>
    <message>
        <source>You owe the customer</source>
        <translation>Devi al cliente</translation>
    </message>
    <message>
        <source>you owe %1</source>
        <translation>devi %1</translation>
    </message>
    <message>
        <source>E-invoice messages</source>
        <translation>Messaggi SdI</translation>
    </message>
    <message>
        <source>The SdI's receipts read, and those that could not be used, with the reason</source>
        <translation>Le ricevute dello SdI lette, e quelle non utilizzabili, con il motivo</translation>
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
        <source>Edit what was logged for %1</source>
        <translation>Modifica la registrazione per %1</translation>
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
</context>
<context>
    <name>LookAlikesPanel</name>
    <message>
        <source>Merge into the one selected</source>
        <translation>Unisci a quello selezionato</translation>
    </message>
    <message>
        <source>The imported record is folded into this one: its e-mails, phones, addresses and tags move over, empty fields are filled</source>
        <translation>Il record importato confluisce in questo: e-mail, telefoni, indirizzi ed etichette vengono spostati, i campi vuoti vengono compilati</translation>
    </message>
    <message>
        <source>%1 (row %2) looks like:</source>
        <translation>%1 (riga %2) somiglia a:</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) look like ones you already have. If one is the same, select it and merge:</source>
        <translation>
            <numerusform>%n nuovo record somiglia a uno che hai già. Se è lo stesso, selezionalo e unisci:</numerusform>
            <numerusform>%n nuovi record somigliano a record che hai già. Se uno è lo stesso, selezionalo e unisci:</numerusform>
        </translation>
    </message>
    <message>
        <source>No other new record looks like one you already have.</source>
        <translation>Nessun altro nuovo record somiglia a uno che hai già.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Unito a %1.</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>Fetching mail</source>
        <translation>Scaricamento della posta</translation>
    </message>
    <message numerus="yes">
        <source>Mail not fetched: %1 It will be tried again in %n minute(s).</source>
        <translation>
            <numerusform>Posta non scaricata: %1 Nuovo tentativo tra %n minuto.</numerusform>
            <numerusform>Posta non scaricata: %1 Nuovo tentativo tra %n minuti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailInSummary</name>
    <message numerus="yes">
        <source>%n message(s) logged on timelines</source>
        <translation>
            <numerusform>%n messaggio registrato nelle cronologie</numerusform>
            <numerusform>%n messaggi registrati nelle cronologie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n da esaminare</numerusform>
            <numerusform>%n da esaminare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n già noto</numerusform>
            <numerusform>%n già noti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not readable as mail</source>
        <translation>
            <numerusform>%n non leggibile come e-mail</numerusform>
            <numerusform>%n non leggibili come e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Interrotto prima della fine.</translation>
    </message>
</context>
<context>
    <name>MailReviewPage</name>
    <message>
        <source>Fetch mail now</source>
        <translation>Scarica la posta ora</translation>
    </message>
    <message>
        <source>Import .eml/mbox…</source>
        <translation>Importa .eml/mbox…</translation>
    </message>
    <message>
        <source>Choose a message to see its first lines.</source>
        <translation>Scegli un messaggio per vederne le prime righe.</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Crea contatto</translation>
    </message>
    <message>
        <source>Make a contact of the sender and log the message on it</source>
        <translation>Crea un contatto dal mittente e registra il messaggio su di esso</translation>
    </message>
    <message>
        <source>Add to…</source>
        <translation>Aggiungi a…</translation>
    </message>
    <message>
        <source>Log the message on a contact or company you already have</source>
        <translation>Registra il messaggio su un contatto o un’azienda che hai già</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Drop the message from this list for good</source>
        <translation>Togli definitivamente il messaggio da questo elenco</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from senders who are not contacts yet</source>
        <translation>
            <numerusform>%n messaggio da un mittente che non è ancora un contatto</numerusform>
            <numerusform>%n messaggi da mittenti che non sono ancora contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages to review: every sender is a contact.</source>
        <translation>Nessun messaggio da esaminare: ogni mittente è un contatto.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>%1 is now a contact; the message is on the timeline.</source>
        <translation>%1 ora è un contatto; il messaggio è nella cronologia.</translation>
    </message>
    <message>
        <source>The message is on the contact&apos;s timeline.</source>
        <translation>Il messaggio è nella cronologia del contatto.</translation>
    </message>
    <message>
        <source>Message ignored.</source>
        <translation>Messaggio ignorato.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Fetching mail</source>
        <translation>Scaricamento della posta</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Importa posta</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>File di posta (*.eml *.mbox *.mbx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Importing mail</source>
        <translation>Importazione della posta</translation>
    </message>
</context>
<context>
    <name>MailReviewTableModel</name>
    <message>
        <source>(no sender)</source>
        <translation>(senza mittente)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>e.g. Anna Bianchi – Bottega Bianchi</source>
        <translation>es. Anna Bianchi – Bottega Bianchi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Server della posta in uscita (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Attesa del server</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Suggest a call back after</source>
        <translation>Proponi una richiamata dopo</translation>
    </message>
    <message>
        <source>List quotes expiring within</source>
        <translation>Elenca i preventivi che scadono entro</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Invia e-mail di prova</translation>
    </message>
    <message>
        <source>Saves, then sends a short mail to the sender&apos;s address</source>
        <translation>Salva, poi invia una breve e-mail all&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>custodita nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>the password of the mail account</source>
        <translation>la password dell&apos;account di posta</translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept until SmallCRM closes, never in the database.</source>
        <translation>Nessun portachiavi di sistema qui: la password è tenuta finché SmallCRM resta aperto, mai nel database.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Saved. The password is kept for this session only: no system keyring here.</source>
        <translation>Salvato. La password è tenuta solo per questa sessione: qui non c&apos;è un portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Sending a test mail…</source>
        <translation>Invio dell&apos;e-mail di prova…</translation>
    </message>
    <message>
        <source>Test mail</source>
        <translation>E-mail di prova</translation>
    </message>
    <message>
        <source>Test mail sent to %1: the settings work.</source>
        <translation>E-mail di prova inviata a %1: le impostazioni funzionano.</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
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
        <source>Texts of the mails</source>
        <translation>Testi delle e-mail</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Segnaposto: %1</translation>
    </message>
    <message>
        <source>Restore the built-in text</source>
        <translation>Ripristina il testo predefinito</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;Informazioni su SmallCRM</translation>
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
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(sola lettura)</translation>
    </message>
</context>
<context>
    <name>OpenTasks</name>
    <message>
        <source>Open tasks</source>
        <translation>Promemoria aperti</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Niente da fare per ora.</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Promemoria aperti (%1)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — scadenza %2</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>È stata inviata</translation>
    </message>
    <message>
        <source>You found this mail in the Sent folder of your mail program: write it on the timeline without sending it again</source>
        <translation>Hai trovato questa e-mail nella cartella Posta inviata del tuo programma di posta: registrala nella cronologia senza inviarla di nuovo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Show sent mails</source>
        <translation>Mostra le e-mail inviate</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Niente da inviare.</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail inviata</numerusform>
            <numerusform>%n e-mail inviate</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Inviare di nuovo?</translation>
    </message>
    <message>
        <source>This mail may have gone already. Send it again only if it is not in the Sent folder of your mail program.</source>
        <translation>Questa e-mail potrebbe essere già partita. Inviala di nuovo solo se non è nella cartella Posta inviata del tuo programma di posta.</translation>
    </message>
    <message>
        <source>Delete the mail?</source>
        <translation>Eliminare l&apos;e-mail?</translation>
    </message>
    <message>
        <source>“%1” will not be sent.</source>
        <translation>«%1» non sarà inviata.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Sending mail</source>
        <translation>Invio della posta</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail inviata</numerusform>
            <numerusform>%n e-mail inviate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>%n mail(s) in the outbox</source>
        <translation>
            <numerusform>%n e-mail in uscita</numerusform>
            <numerusform>%n e-mail in uscita</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scritta</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviata</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>Forse inviata</translation>
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
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>cercapersone</translation>
    </message>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversario</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
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
        <source>Choose a company from the list, or leave the field empty</source>
        <translation>Scegli un&apos;azienda dall&apos;elenco o lascia vuoto il campo</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tieni entrambi</translation>
    </message>
    <message>
        <source>Title (Dott.)</source>
        <translation>Titolo (Dott.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <source>Suffix (Jr.)</source>
        <translation>Suffisso (Jr.)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversario</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Not a date: write it as 17/05/1980</source>
        <translation>Non è una data: scrivila come 17/05/1980</translation>
    </message>
    <message>
        <source>Title, middle, suffix</source>
        <translation>Titolo, secondo nome, suffisso</translation>
    </message>
    <message>
        <source>7 characters, e.g. M5UXCR1</source>
        <translation>7 caratteri, es. M5UXCR1</translation>
    </message>
    <message>
        <source>or a PEC address</source>
        <translation>oppure un indirizzo PEC</translation>
    </message>
    <message>
        <source>SdI code</source>
        <translation>Codice destinatario SdI</translation>
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
        <translation>Social</translation>
    </message>
    <message>
        <source>User name or number</source>
        <translation>Nome utente o numero</translation>
    </message>
    <message>
        <source>+ Add chat</source>
        <translation>+ Aggiungi chat</translation>
    </message>
    <message>
        <source>Profile link or user name</source>
        <translation>Link del profilo o nome utente</translation>
    </message>
    <message>
        <source>+ Add social profile</source>
        <translation>+ Aggiungi profilo social</translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation>Chat e social</translation>
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
    <name>PartyHistory</name>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>spostato nel cestino</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinato</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emessa</translation>
    </message>
    <message>
        <source>expired (validity over)</source>
        <translation>scaduto (validità terminata)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>cancellato</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonimizzato</translation>
    </message>
    <message>
        <source>merged with another record</source>
        <translation>unito con un&apos;altra scheda</translation>
    </message>
    <message>
        <source>merged into another record</source>
        <translation>unito in un&apos;altra scheda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nessuna modifica registrata.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>questa scheda</translation>
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
        <source>Nothing logged yet: log a call or add a note.</source>
        <translation>Ancora nessuna registrazione: registra una chiamata o aggiungi una nota.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Modifiche</translation>
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
        <source>This record was erased.</source>
        <translation>Questa scheda è stata cancellata.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been merged).</source>
        <translation>Questa scheda non esiste più (potrebbe essere stata unita a un&apos;altra).</translation>
    </message>
    <message>
        <source>Open attached files…</source>
        <translation>Apri i file allegati…</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore it later.</source>
        <translation>Spostare %1 nel cestino? Potrai ripristinarlo in seguito.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>PartyPrivacy</name>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Nessun consenso registrato.</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Aggiungi consenso…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Origine dei dati</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Da rivedere il</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Esporta dati personali…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizza…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consensi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not recorded (set it with Edit)</source>
        <translation>non registrata (impostala con Modifica)</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Revoca consenso</translation>
    </message>
    <message>
        <source>How was the consent for %1 withdrawn?</source>
        <translation>Come è stato revocato il consenso per %1?</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Esporta dati personali</translation>
    </message>
    <message>
        <source>JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>JSON (*.json);;Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Esportazione dei dati personali</translation>
    </message>
    <message>
        <source>Personal data saved to %1</source>
        <translation>Dati personali salvati in %1</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Database cifrato</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 è cifrato. Digita la sua passphrase per aprirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Try again.</source>
        <translation>Questa passphrase non apre il database. Riprova.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
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
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Paid before the invoice was issued (%1)</source>
        <translation>Pagato prima dell&apos;emissione della fattura (%1)</translation>
    </message>
    <message>
        <source>Keep what exceeds the balance due as a credit on account</source>
        <translation>Tieni l'eccedenza sul saldo come acconto a credito del cliente</translation>
    </message>
    <message>
        <source>The customer paid more than this invoice asks: the excess shows as what you owe them, in the receivables</source>
        <translation>Il cliente ha pagato più di quanto chiede questa fattura: l'eccedenza compare tra i crediti come dovuto al cliente</translation>
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
    <name>PrivacySettings</name>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Potenziali</translation>
    </message>
    <message>
        <source>Lost contacts</source>
        <translation>Contatti persi</translation>
    </message>
    <message>
        <source>Dormant contacts</source>
        <translation>Contatti inattivi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Issued invoices (tax law)</source>
        <translation>Fatture emesse (legge fiscale)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> anni</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Salva i periodi</translation>
    </message>
    <message>
        <source>Counted from the last activity: a change to the record, a communication, a quote or a deal. Whoever has issued invoices is kept for the years tax law asks after the last one.</source>
        <translation>Contati dall&apos;ultima attività: una modifica alla scheda, una comunicazione, un preventivo o una trattativa. Chi ha fatture emesse è conservato per gli anni richiesti dalla legge fiscale dopo l&apos;ultima.</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>Per quanto tempo si conservano i dati</translation>
    </message>
    <message>
        <source>Find records to review</source>
        <translation>Trova le schede da rivedere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservato fino al</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Issued invoices</source>
        <translation>Fatture emesse</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <source>Keep the data: the record is reviewed again after its stage&apos;s period</source>
        <translation>Conserva i dati: la scheda sarà rivista dopo il periodo della sua fase</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizza…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Elenco da rivedere</translation>
    </message>
    <message>
        <source>Finding records to review</source>
        <translation>Ricerca delle schede da rivedere</translation>
    </message>
    <message>
        <source>review date reached</source>
        <translation>data di revisione raggiunta</translation>
    </message>
    <message>
        <source>past its period</source>
        <translation>oltre il suo periodo</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (nel cestino)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n scheda da rivedere</numerusform>
            <numerusform>%n schede da rivedere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Nessuno ha superato il periodo di conservazione.</translation>
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
        <source>What the quote is for</source>
        <translation>Oggetto del preventivo</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Note stampate sotto le righe</translation>
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
        <source>Send by e-mail…</source>
        <translation>Invia per e-mail…</translation>
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
        <source>Saved</source>
        <translation>Salvato</translation>
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
        <source>Invoiced as</source>
        <translation>Fatturato con</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>Another invoice…</source>
        <translation>Un'altra fattura…</translation>
    </message>
    <message>
        <source>Already invoiced</source>
        <translation>Già fatturato</translation>
    </message>
    <message>
        <source>This quote was already invoiced (%1). Make another invoice from it? Only for an order invoiced in parts: otherwise the customer is billed twice.</source>
        <translation>Questo preventivo è già stato fatturato (%1). Farne un'altra fattura? Solo per un ordine fatturato in più parti: altrimenti il cliente paga due volte.</translation>
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
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Receivables by age to Excel or CSV</source>
        <translation>Crediti per anzianità in Excel o CSV</translation>
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
    <message>
        <source>Every open balance</source>
        <translation>Tutti i saldi aperti</translation>
    </message>
    <message>
        <source>Only those you owe</source>
        <translation>Solo quelli a cui devi</translation>
    </message>
    <message numerus="yes">
        <source>you owe %n customer(s) %1</source>
        <translation>
            <numerusform>devi %1 a %n cliente</numerusform>
            <numerusform>devi %1 a %n clienti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Plan a call back</source>
        <translation>Pianifica una richiamata</translation>
    </message>
    <message>
        <source>Add a task due today: call the customer about this quote</source>
        <translation>Aggiunge un promemoria per oggi: chiamare il cliente per questo preventivo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Tasks due today or overdue</source>
        <translation>Promemoria di oggi o scaduti</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Niente in scadenza oggi.</translation>
    </message>
    <message>
        <source>Quotes without an answer</source>
        <translation>Preventivi senza risposta</translation>
    </message>
    <message numerus="yes">
        <source>sent %n day(s) ago</source>
        <translation>
            <numerusform>inviato %n giorno fa</numerusform>
            <numerusform>inviato %n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sent quote has had an answer or a call planned.</source>
        <translation>Ogni preventivo inviato ha avuto una risposta o una richiamata pianificata.</translation>
    </message>
    <message>
        <source>Quotes about to expire</source>
        <translation>Preventivi in scadenza</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>scade oggi</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>scade tra %n giorno</numerusform>
            <numerusform>scade tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>No quote expires soon.</source>
        <translation>Nessun preventivo scade a breve.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>in ritardo di %n giorno</numerusform>
            <numerusform>in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the list</source>
        <translation>
            <numerusform>… e %n altra voce: apri l&apos;elenco</numerusform>
            <numerusform>… e altre %n voci: apri l&apos;elenco</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back about quote %1</source>
        <translation>Richiamare per il preventivo %1</translation>
    </message>
    <message>
        <source>Call back planned for today.</source>
        <translation>Richiamata pianificata per oggi.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>A random key kept in the system keyring (nothing to type)</source>
        <translation>Una chiave casuale conservata nel portachiavi di sistema (niente da digitare)</translation>
    </message>
    <message>
        <source>A passphrase (asked at start where the keyring does not have the key; it also opens the file on another computer)</source>
        <translation>Una passphrase (chiesta all&apos;avvio se il portachiavi non ha la chiave; apre il file anche su un altro computer)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ripetila</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Cifra il database</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>Decifra il database</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Cifratura dei dati salvati</translation>
    </message>
    <message>
        <source>Encrypted, the database file and its backups cannot be read without the key: if this computer is stolen, the customers&apos; data does not go with it.</source>
        <translation>Cifrati, il file del database e i suoi backup non si possono leggere senza la chiave: se questo computer viene rubato, i dati dei clienti non se ne vanno con lui.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher library (the sqlcipher3-binary package) is not installed.</source>
        <translation>La cifratura non è disponibile su questo computer: la libreria SQLCipher (il pacchetto sqlcipher3-binary) non è installata.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept in the system keyring.</source>
        <translation>Il database è cifrato; la sua chiave è conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The database is encrypted; its passphrase is asked at each start.</source>
        <translation>Il database è cifrato; la sua passphrase viene chiesta a ogni avvio.</translation>
    </message>
    <message>
        <source>The database is not encrypted: anyone who copies the file can read it.</source>
        <translation>Il database non è cifrato: chiunque copi il file può leggerlo.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: an encrypted database needs a passphrase, asked each time SmallCRM starts.</source>
        <translation>Su questo computer non c&apos;è un portachiavi di sistema: un database cifrato richiede una passphrase, chiesta a ogni avvio di SmallCRM.</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Le due passphrase sono diverse</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups now? SmallCRM pauses its work while it converts them.</source>
        <translation>Cifrare ora il database e i suoi backup? SmallCRM sospende il lavoro mentre li converte.</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>Cifratura del database</translation>
    </message>
    <message>
        <source>Store the database and its backups unencrypted again? Anyone who copies the files can then read them.</source>
        <translation>Salvare di nuovo il database e i suoi backup in chiaro? Chiunque copi i file potrà leggerli.</translation>
    </message>
    <message>
        <source>Decrypting the database</source>
        <translation>Decifratura del database</translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are encrypted.</source>
        <translation>
            <numerusform>Fatto: il database e %n backup sono cifrati.</numerusform>
            <numerusform>Fatto: il database e %n backup sono cifrati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are encrypted. There is no system keyring here: SmallCRM will ask for the passphrase at each start.</source>
        <translation>
            <numerusform>Fatto: il database e %n backup sono cifrati. Qui non c&apos;è un portachiavi di sistema: SmallCRM chiederà la passphrase a ogni avvio.</numerusform>
            <numerusform>Fatto: il database e %n backup sono cifrati. Qui non c&apos;è un portachiavi di sistema: SmallCRM chiederà la passphrase a ogni avvio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are plain files again.</source>
        <translation>
            <numerusform>Fatto: il database e %n backup sono di nuovo file in chiaro.</numerusform>
            <numerusform>Fatto: il database e %n backup sono di nuovo file in chiaro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged backup(s) could not be converted and were left as they were.</source>
        <translation>
            <numerusform>%n backup danneggiato non è stato convertito ed è rimasto com&apos;era.</numerusform>
            <numerusform>%n backup danneggiati non sono stati convertiti e sono rimasti com&apos;erano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifratura</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Invia per e-mail</translation>
    </message>
    <message>
        <source>name@example.com; more addresses separated by ;</source>
        <translation>nome@esempio.it; più indirizzi separati da ;</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Save to outbox</source>
        <translation>Metti in uscita</translation>
    </message>
    <message>
        <source>Keep it in the outbox: it goes when the mail server answers</source>
        <translation>La tiene nella posta in uscita: parte quando il server di posta risponde</translation>
    </message>
    <message>
        <source>Open in my mail program…</source>
        <translation>Apri nel mio programma di posta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <source>Remind me to call back in %n day(s) if there is no answer</source>
        <translation>
            <numerusform>Ricordami di richiamare tra %n giorno se non risponde</numerusform>
            <numerusform>Ricordami di richiamare tra %n giorni se non risponde</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 by e-mail</source>
        <translation>Invia %1 per e-mail</translation>
    </message>
    <message>
        <source>Sending needs the outgoing mail server in Settings → Mail. Without it, open the mail in your own mail program.</source>
        <translation>Per inviare serve il server della posta in uscita in Impostazioni → Posta. Senza, apri l&apos;e-mail nel tuo programma di posta.</translation>
    </message>
    <message>
        <source>This customer has no e-mail address yet: type one.</source>
        <translation>Questo cliente non ha ancora un indirizzo e-mail: scrivine uno.</translation>
    </message>
    <message>
        <source>Call back about quote %1</source>
        <translation>Richiamare per il preventivo %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Invio della posta</translation>
    </message>
    <message>
        <source>The mail is in the outbox.</source>
        <translation>L&apos;e-mail è nella posta in uscita.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Inviata a %1.</translation>
    </message>
    <message>
        <source>Not sent: %1 The mail is kept in the outbox.</source>
        <translation>Non inviata: %1 L&apos;e-mail resta nella posta in uscita.</translation>
    </message>
    <message>
        <source>Not sent yet: %1 The mail is kept in the outbox and goes as soon as the server answers.</source>
        <translation>Non ancora inviata: %1 L&apos;e-mail resta nella posta in uscita e parte appena il server risponde.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Where to save the PDF to attach</source>
        <translation>Dove salvare il PDF da allegare</translation>
    </message>
    <message>
        <source>Attach %1 in your mail program.</source>
        <translation>Allega %1 nel tuo programma di posta.</translation>
    </message>
    <message>
        <source>Save the quote before sending it</source>
        <translation>Salva il preventivo prima di inviarlo</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it</source>
        <translation>Emetti la fattura prima di inviarla</translation>
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
        <source>Mail</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Dati e backup</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>Fatturazione elettronica</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
    <message numerus="yes">
        <source>%n attached file(s): double-click to open</source>
        <translation>
            <numerusform>%n file allegato: doppio clic per aprirlo</numerusform>
            <numerusform>%n file allegati: doppio clic per aprirli</numerusform>
        </translation>
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
    <message>
        <source>Stamp duty</source>
        <translation>Imposta di bollo</translation>
    </message>
    <message>
        <source>Net to pay</source>
        <translation>Netto a pagare</translation>
    </message>
    <message>
        <source>Contribution %1 %2%</source>
        <translation>Contributo %1 %2%</translation>
    </message>
    <message>
        <source>Withholding tax %1% on %2</source>
        <translation>Ritenuta d'acconto %1% su %2</translation>
    </message>
    <message>
        <source>VAT paid by the customer (split payment)</source>
        <translation>IVA in scissione dei pagamenti</translation>
    </message>
    <message>
        <source>Rivalsa INPS %1%</source>
        <translation>Rivalsa INPS %1%</translation>
    </message>
    <message>
        <source>VAT in %1</source>
        <translation>IVA in %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
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
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>until</source>
        <translation>al</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>A 0% code starts with its Natura: N4, or N4-18 for a second exempt reason.</source>
        <translation>Un codice allo 0% inizia con la sua Natura: N4, oppure N4-18 per un secondo motivo di esenzione.</translation>
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
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
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
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valore non valido</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s present state</source>
        <translation>Non si può fare nello stato attuale del record</translation>
    </message>
    <message>
        <source>The database cannot be read or written</source>
        <translation>Impossibile leggere o scrivere il database</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted or merged</source>
        <translation>Non trovato: forse è stato eliminato o unito</translation>
    </message>
    <message>
        <source>Not a two-letter country code (IT, RO, DE…)</source>
        <translation>Non è un codice paese di due lettere (IT, RO, DE…)</translation>
    </message>
    <message>
        <source>Up to 10 letters, digits or dashes, no spaces or slashes</source>
        <translation>Fino a 10 lettere, cifre o trattini, senza spazi né barre</translation>
    </message>
    <message>
        <source>Not a known kind of contact</source>
        <translation>Tipo di recapito sconosciuto</translation>
    </message>
    <message>
        <source>Not one of the values offered</source>
        <translation>Non è uno dei valori previsti</translation>
    </message>
    <message>
        <source>Not the right kind of value</source>
        <translation>Tipo di valore non corretto</translation>
    </message>
    <message>
        <source>Not a known setting</source>
        <translation>Impostazione sconosciuta</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Troppo piccolo</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Troppo grande</translation>
    </message>
    <message>
        <source>Out of the allowed range</source>
        <translation>Fuori dall&apos;intervallo consentito</translation>
    </message>
    <message>
        <source>Already used by another record</source>
        <translation>Già usato da un altro record</translation>
    </message>
    <message>
        <source>The logo must be a PNG image</source>
        <translation>Il logo deve essere un&apos;immagine PNG</translation>
    </message>
    <message>
        <source>That folder does not exist</source>
        <translation>Questa cartella non esiste</translation>
    </message>
    <message>
        <source>A person cannot become a company, nor a company a person</source>
        <translation>Una persona non può diventare un&apos;azienda, né un&apos;azienda una persona</translation>
    </message>
    <message>
        <source>Only a person can work for a company</source>
        <translation>Solo una persona può lavorare per un&apos;azienda</translation>
    </message>
    <message>
        <source>This record was merged into another one</source>
        <translation>Questo record è stato unito a un altro</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself</source>
        <translation>Un record non può essere unito a se stesso</translation>
    </message>
    <message>
        <source>A person and a company cannot be merged</source>
        <translation>Una persona e un&apos;azienda non possono essere unite</translation>
    </message>
    <message>
        <source>Earlier than the document&apos;s date</source>
        <translation>Precedente alla data del documento</translation>
    </message>
    <message>
        <source>Only a draft quote can be changed: make a new revision</source>
        <translation>Si può modificare solo un preventivo in bozza: crea una nuova revisione</translation>
    </message>
    <message>
        <source>The quote cannot go to that status from its present one</source>
        <translation>Il preventivo non può passare a quello stato da quello attuale</translation>
    </message>
    <message>
        <source>Only an accepted quote becomes an invoice</source>
        <translation>Solo un preventivo accettato diventa fattura</translation>
    </message>
    <message>
        <source>Only an issued invoice can take payments or credit notes</source>
        <translation>Solo una fattura emessa può ricevere pagamenti o note di credito</translation>
    </message>
    <message>
        <source>An invoice needs at least one line</source>
        <translation>Una fattura deve avere almeno una riga</translation>
    </message>
    <message>
        <source>The total must be more than zero</source>
        <translation>Il totale deve essere maggiore di zero</translation>
    </message>
    <message>
        <source>This date is in the future</source>
        <translation>Questa data è nel futuro</translation>
    </message>
    <message>
        <source>A later invoice of this series has an earlier date: numbers must follow the dates</source>
        <translation>Una fattura successiva di questa serie ha una data precedente: i numeri devono seguire le date</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects</source>
        <translation>Una nota di credito non può avere una data precedente alla fattura che rettifica</translation>
    </message>
    <message>
        <source>More than is left to credit on this line</source>
        <translation>Più di quanto resta da stornare su questa riga</translation>
    </message>
    <message>
        <source>Choose what to credit: a quantity on a line, or an amount</source>
        <translation>Scegli cosa stornare: una quantità su una riga o un importo</translation>
    </message>
    <message>
        <source>Cancelled: no file was written</source>
        <translation>Annullato: nessun file è stato scritto</translation>
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
        <source>The database is encrypted: its passphrase is needed</source>
        <translation>Il database è cifrato: serve la sua passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not open the database</source>
        <translation>Questa passphrase non apre il database</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters</source>
        <translation>Una passphrase deve avere almeno 8 caratteri</translation>
    </message>
    <message>
        <source>There is no system keyring here: choose a passphrase</source>
        <translation>Qui non c&apos;è un portachiavi di sistema: scegli una passphrase</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer</source>
        <translation>La cifratura non è disponibile su questo computer</translation>
    </message>
    <message>
        <source>The mail server cannot be reached</source>
        <translation>Il server di posta non è raggiungibile</translation>
    </message>
    <message>
        <source>The mail server does not answer</source>
        <translation>Il server di posta non risponde</translation>
    </message>
    <message>
        <source>The mail server refused the user name or the password</source>
        <translation>Il server di posta ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <source>The mail server closed the connection</source>
        <translation>Il server di posta ha chiuso la connessione</translation>
    </message>
    <message>
        <source>No secure connection to the mail server</source>
        <translation>Nessuna connessione sicura con il server di posta</translation>
    </message>
    <message>
        <source>The mail server answered with an error</source>
        <translation>Il server di posta ha risposto con un errore</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only)</source>
        <translation>Impossibile scrivere il database (sola lettura)</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>Il file non c&apos;è</translation>
    </message>
    <message>
        <source>The database&apos;s folder does not exist</source>
        <translation>La cartella del database non esiste</translation>
    </message>
    <message>
        <source>This file is not a SmallCRM database</source>
        <translation>Questo file non è un database di SmallCRM</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Il file non è leggibile</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>The database was written by a newer SmallCRM: please update</source>
        <translation>Il database è stato scritto da un SmallCRM più recente: aggiorna il programma</translation>
    </message>
    <message>
        <source>The backup failed its integrity check</source>
        <translation>Il backup non ha superato il controllo di integrità</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>Impossibile scrivere il backup</translation>
    </message>
    <message>
        <source>The database is already encrypted</source>
        <translation>Il database è già cifrato</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>Il database non è cifrato</translation>
    </message>
    <message>
        <source>The converted copy failed its integrity check: the database was left as it was</source>
        <translation>La copia convertita non ha superato il controllo di integrità: il database è rimasto com&apos;era</translation>
    </message>
    <message>
        <source>The database could not be converted: it was left as it was</source>
        <translation>Non è stato possibile convertire il database: è rimasto com&apos;era</translation>
    </message>
    <message>
        <source>The system keyring did not accept the key: choose a passphrase instead</source>
        <translation>Il portachiavi di sistema non ha accettato la chiave: scegli invece una frase segreta</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Le due frasi segrete sono diverse</translation>
    </message>
    <message>
        <source>This import was already undone</source>
        <translation>Questa importazione è già stata annullata</translation>
    </message>
    <message>
        <source>Some records changed since the preview: preview the import again</source>
        <translation>Alcuni record sono cambiati dopo l&apos;anteprima: rifai l&apos;anteprima dell&apos;importazione</translation>
    </message>
    <message>
        <source>No column is imported: choose a field for at least one</source>
        <translation>Nessuna colonna viene importata: scegli un campo per almeno una</translation>
    </message>
    <message>
        <source>The column mapping cannot be read</source>
        <translation>L&apos;abbinamento delle colonne non è leggibile</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file&apos;s columns</source>
        <translation>L&apos;abbinamento delle colonne non corrisponde alle colonne del file</translation>
    </message>
    <message>
        <source>These columns are not a known layout: confirm the mapping first</source>
        <translation>Queste colonne non sono un formato noto: conferma prima l&apos;abbinamento</translation>
    </message>
    <message>
        <source>Not a date (use 17/05/1980 or 1980-05-17)</source>
        <translation>Non è una data (usa 17/05/1980 o 1980-05-17)</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Il file non esiste</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Il file è troppo grande</translation>
    </message>
    <message>
        <source>Choose a .json or an .xlsx file</source>
        <translation>Scegli un file .json o .xlsx</translation>
    </message>
    <message>
        <source>No contacts to export</source>
        <translation>Nessun contatto da esportare</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given</source>
        <translation>Un consenso non può essere revocato prima di essere stato dato</translation>
    </message>
    <message>
        <source>There is already an active consent for this purpose: withdraw it first</source>
        <translation>Esiste già un consenso attivo per questa finalità: revocalo prima</translation>
    </message>
    <message>
        <source>This consent was already withdrawn</source>
        <translation>Questo consenso è già stato revocato</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Troppo lungo</translation>
    </message>
    <message>
        <source>This record was erased: only what tax law keeps is left of it</source>
        <translation>Questo record è stato cancellato: ne resta solo quanto la legge fiscale impone di conservare</translation>
    </message>
    <message>
        <source>The reason is kept: it must not repeat the name, e-mail or phone</source>
        <translation>Il motivo viene conservato: non deve ripetere nome, e-mail o telefono</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it</source>
        <translation>Emetti la fattura prima di inviarla</translation>
    </message>
    <message>
        <source>Set the sender&apos;s address in Settings → Mail first</source>
        <translation>Imposta prima l&apos;indirizzo del mittente in Impostazioni → Posta</translation>
    </message>
    <message>
        <source>Only a mail that may have been sent can be marked sent</source>
        <translation>Solo una mail che potrebbe essere partita può essere segnata come inviata</translation>
    </message>
    <message>
        <source>This mail is being sent right now</source>
        <translation>Questa mail è in invio proprio ora</translation>
    </message>
    <message>
        <source>No password is kept for this account: enter it in the settings</source>
        <translation>Nessuna password salvata per questo account: inseriscila nelle impostazioni</translation>
    </message>
    <message>
        <source>This message has no sender to make a contact of</source>
        <translation>Questo messaggio non ha un mittente da cui creare un contatto</translation>
    </message>
    <message>
        <source>This file is not an e-mail message</source>
        <translation>Questo file non è un messaggio e-mail</translation>
    </message>
    <message>
        <source>This file is not an mbox file</source>
        <translation>Questo file non è un file mbox</translation>
    </message>
    <message>
        <source>This message was already decided</source>
        <translation>Per questo messaggio è già stata presa una decisione</translation>
    </message>
    <message>
        <source>Too small: at least %1</source>
        <translation>Troppo piccolo: almeno %1</translation>
    </message>
    <message>
        <source>Too large: at most %1</source>
        <translation>Troppo grande: al massimo %1</translation>
    </message>
    <message>
        <source>More than is left to credit on this line (%1)</source>
        <translation>Più di quanto resta da stornare su questa riga (%1)</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). The details are in the log.</source>
        <translation>Si è verificato un errore ({name}). I dettagli sono nel log.</translation>
    </message>
    <message>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <source>Could be read two ways: write %1</source>
        <translation>Si può leggere in due modi: scrivi %1</translation>
    </message>
    <message>
        <source>This number could be read two ways</source>
        <translation>Questo numero si può leggere in due modi</translation>
    </message>
    <message>
        <source>No value of tax law is known for that day</source>
        <translation>Nessun valore di legge fiscale è noto per quel giorno</translation>
    </message>
    <message>
        <source>Reverse charge (N6) needs a customer with a VAT number</source>
        <translation>L'inversione contabile (N6) richiede un cliente con partita IVA</translation>
    </message>
    <message>
        <source>An intra-EU sale (N3.2) needs the customer's valid VAT number of another EU country</source>
        <translation>Una cessione intracomunitaria (N3.2) richiede una partita IVA valida del cliente di un altro Paese UE</translation>
    </message>
    <message>
        <source>Not payment terms: write e.g. 30, 30 fm, 30/60/90 fm or 30:500/60</source>
        <translation>Termini di pagamento non validi: scrivi ad es. 30, 30 fm, 30/60/90 fm o 30:500/60</translation>
    </message>
    <message>
        <source>Instalments fall due one after the other</source>
        <translation>Le rate scadono una dopo l'altra</translation>
    </message>
    <message>
        <source>The instalments do not add up to what the invoice asks for</source>
        <translation>Le rate non corrispondono all'importo da pagare della fattura</translation>
    </message>
    <message>
        <source>Give the exchange rate of the day: the VAT is stated in lei too</source>
        <translation>Indica il cambio del giorno: l'IVA va espressa anche in lei</translation>
    </message>
    <message>
        <source>The REA office is the province's two letters (MI)</source>
        <translation>L'ufficio REA è la sigla della provincia (MI)</translation>
    </message>
    <message>
        <source>This VAT rate is not in force on the document's date</source>
        <translation>Questa aliquota IVA non è in vigore alla data del documento</translation>
    </message>
    <message>
        <source>A 0% code starts with its Natura (N1 … N7, e.g. N4 or N4-18)</source>
        <translation>Un codice allo 0% inizia con la sua Natura (N1 … N7, es. N4 o N4-18)</translation>
    </message>
    <message>
        <source>This quote was already invoiced</source>
        <translation>Questo preventivo è già stato fatturato</translation>
    </message>
    <message>
        <source>Some details the law wants on it are missing</source>
        <translation>Mancano alcuni dati richiesti per legge</translation>
    </message>
    <message>
        <source>This could name two documents</source>
        <translation>Potrebbe indicare due documenti</translation>
    </message>
    <message>
        <source>Not a document number</source>
        <translation>Non è un numero di documento</translation>
    </message>
    <message>
        <source>This quote was already invoiced (%1)</source>
        <translation>Questo preventivo è già stato fatturato (%1)</translation>
    </message>
    <message>
        <source>This could name two documents: write %1</source>
        <translation>Potrebbe indicare due documenti: scrivi %1</translation>
    </message>
    <message>
        <source>A line cannot take off more than the document charges at its VAT rate</source>
        <translation>Una riga non può togliere più di quanto il documento addebita alla sua aliquota IVA</translation>
    </message>
    <message>
        <source>A line cannot take off more than the document charges at VAT %1</source>
        <translation>Una riga non può togliere più di quanto il documento addebita con IVA %1</translation>
    </message>
    <message>
        <source>More than is left to credit at this VAT rate</source>
        <translation>Più di quanto resta da stornare a questa aliquota IVA</translation>
    </message>
    <message>
        <source>The invoice has no line at this VAT rate</source>
        <translation>La fattura non ha righe a questa aliquota IVA</translation>
    </message>
    <message>
        <source>More than can be refunded</source>
        <translation>Più di quanto si può rimborsare</translation>
    </message>
    <message>
        <source>Refunds are recorded against issued credit notes only</source>
        <translation>I rimborsi si registrano solo su note di credito emesse</translation>
    </message>
    <message>
        <source>More than is left to credit at this VAT rate (%1 before VAT)</source>
        <translation>Più di quanto resta da stornare a questa aliquota IVA (%1 di imponibile)</translation>
    </message>
    <message>
        <source>The database is missing, but backups of it are here: restore one, or start anew</source>
        <translation>Il database manca, ma qui ci sono i suoi backup: ripristinane uno o ricomincia da capo</translation>
    </message>
    <message>
        <source>That is the database itself: choose a backup</source>
        <translation>Questo è il database stesso: scegli un backup</translation>
    </message>
    <message>
        <source>The erasures of the damaged database cannot be read: restoring could bring erased persons back, so nothing was restored</source>
        <translation>Le cancellazioni del database danneggiato non si possono leggere: il ripristino potrebbe riportare persone cancellate, quindi non è stato ripristinato nulla</translation>
    </message>
    <message>
        <source>The erasure ledger beside the database is damaged: nothing was opened, so that no erased person comes back</source>
        <translation>Il registro delle cancellazioni accanto al database è danneggiato: non è stato aperto nulla, perché nessuna persona cancellata ritorni</translation>
    </message>
    <message>
        <source>The file's extension does not match what is written into it</source>
        <translation>L'estensione del file non corrisponde a ciò che vi viene scritto</translation>
    </message>
    <message>
        <source>The image file is too large</source>
        <translation>Il file dell'immagine è troppo grande</translation>
    </message>
    <message>
        <source>The image has too many pixels</source>
        <translation>L'immagine ha troppi pixel</translation>
    </message>
    <message>
        <source>The image file is too large (at most %1 MB)</source>
        <translation>Il file dell'immagine è troppo grande (al massimo %1 MB)</translation>
    </message>
    <message>
        <source>The image has too many pixels (at most %1 on a side)</source>
        <translation>L'immagine ha troppi pixel (al massimo %1 per lato)</translation>
    </message>
    <message>
        <source>The erasure is saved, but the disk is too full to clear the space it freed: free some space; SmallCRM clears it at its next start</source>
        <translation>La cancellazione è salvata, ma il disco è troppo pieno per ripulire lo spazio liberato: libera un po' di spazio; SmallCRM lo ripulisce al prossimo avvio</translation>
    </message>
    <message>
        <source>The database's -wal file is missing: its last changes would be lost. Put it back, or restore a backup</source>
        <translation>Manca il file -wal del database: le sue ultime modifiche andrebbero perse. Rimettilo al suo posto o ripristina un backup</translation>
    </message>
    <message>
        <source>An attachment cannot be decrypted (damaged, or its key is gone)</source>
        <translation>Un allegato non si può decifrare (danneggiato, o la sua chiave non c'è più)</translation>
    </message>
    <message>
        <source>The database's -wal file is not its own (another copy's?): opening would mix them. Put the right one back, or restore a backup</source>
        <translation>Il file -wal del database non è il suo (di un'altra copia?): aprirlo li mescolerebbe. Rimetti quello giusto, oppure ripristina un backup</translation>
    </message>
    <message>
        <source>Not a picture that can be read (JPEG, PNG, GIF or WebP)</source>
        <translation>Non è un'immagine leggibile (JPEG, PNG, GIF o WebP)</translation>
    </message>
    <message>
        <source>The photo is on another server and was not fetched</source>
        <translation>La foto è su un altro server e non è stata scaricata</translation>
    </message>
    <message>
        <source>Not a country SmallCRM knows (IT, ITA, Italia, Italy…)</source>
        <translation>Non è un paese che SmallCRM conosce (IT, ITA, Italia, Italy…)</translation>
    </message>
    <message>
        <source>The e-invoice is not a readable XML file</source>
        <translation>La fattura elettronica non è un file XML leggibile</translation>
    </message>
    <message>
        <source>Required in the e-invoice and missing</source>
        <translation>Obbligatorio nella fattura elettronica e mancante</translation>
    </message>
    <message>
        <source>Empty: the e-invoice needs a value here</source>
        <translation>Vuoto: la fattura elettronica richiede un valore</translation>
    </message>
    <message>
        <source>Not written as the e-invoice wants it (digits, capitals, length)</source>
        <translation>Non scritto come richiede la fattura elettronica (cifre, maiuscole, lunghezza)</translation>
    </message>
    <message>
        <source>Too long for the e-invoice</source>
        <translation>Troppo lungo per la fattura elettronica</translation>
    </message>
    <message>
        <source>Has characters the e-invoice does not allow</source>
        <translation>Contiene caratteri che la fattura elettronica non ammette</translation>
    </message>
    <message>
        <source>Not a code of the e-invoice's list</source>
        <translation>Non è un codice dell'elenco della fattura elettronica</translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <translation>Non è una data valida</translation>
    </message>
    <message>
        <source>A line at 0% VAT needs its Natura (why it bears no VAT) (SdI 00400)</source>
        <translation>Una riga con IVA 0% richiede la Natura (perché non ha IVA) (SdI 00400)</translation>
    </message>
    <message>
        <source>A line that bears VAT has no Natura (SdI 00401)</source>
        <translation>Una riga con IVA non ha Natura (SdI 00401)</translation>
    </message>
    <message>
        <source>Natura N2, N3 and N6 need their sub-code since 2021 (SdI 00445)</source>
        <translation>Le nature N2, N3 e N6 richiedono il sottocodice dal 2021 (SdI 00445)</translation>
    </message>
    <message>
        <source>The line's total is not its price times its quantity, less its discount (SdI 00423)</source>
        <translation>Il totale della riga non è prezzo per quantità meno lo sconto (SdI 00423)</translation>
    </message>
    <message>
        <source>Lines are subject to withholding tax but the withholding data are missing (SdI 00411)</source>
        <translation>Righe soggette a ritenuta senza i dati della ritenuta (SdI 00411)</translation>
    </message>
    <message>
        <source>The pension fund contribution is subject to withholding tax but the withholding data are missing (SdI 00415)</source>
        <translation>Contributo cassa soggetto a ritenuta senza i dati della ritenuta (SdI 00415)</translation>
    </message>
    <message>
        <source>The customer needs a VAT number or a codice fiscale (SdI 00417)</source>
        <translation>Il cliente deve avere partita IVA o codice fiscale (SdI 00417)</translation>
    </message>
    <message>
        <source>The corrected invoice is dated after this document (SdI 00418)</source>
        <translation>La fattura collegata ha una data successiva a questo documento (SdI 00418)</translation>
    </message>
    <message>
        <source>Lines at a VAT rate or Natura without their summary (SdI 00419)</source>
        <translation>Righe con un'aliquota o Natura senza il loro riepilogo (SdI 00419)</translation>
    </message>
    <message>
        <source>A reverse charge (N6) is never a split payment (SdI 00420)</source>
        <translation>Un'inversione contabile (N6) non è mai scissione dei pagamenti (SdI 00420)</translation>
    </message>
    <message>
        <source>The VAT of a summary is not its taxable times its rate (SdI 00421)</source>
        <translation>L'imposta del riepilogo non è imponibile per aliquota (SdI 00421)</translation>
    </message>
    <message>
        <source>The summary's taxable is not the sum of its lines (SdI 00422)</source>
        <translation>L'imponibile del riepilogo non è la somma delle righe (SdI 00422)</translation>
    </message>
    <message>
        <source>A summary at 0% needs its Natura (SdI 00429)</source>
        <translation>Un riepilogo allo 0% richiede la Natura (SdI 00429)</translation>
    </message>
    <message>
        <source>A summary with VAT has no Natura (SdI 00430)</source>
        <translation>Un riepilogo con IVA non ha Natura (SdI 00430)</translation>
    </message>
    <message>
        <source>The document is dated in the future (SdI 00403)</source>
        <translation>Il documento ha una data futura (SdI 00403)</translation>
    </message>
    <message>
        <source>The document number has no digit (SdI 00425)</source>
        <translation>Il numero del documento non contiene cifre (SdI 00425)</translation>
    </message>
    <message>
        <source>A PEC address goes only with the recipient code 0000000 (SdI 00426)</source>
        <translation>La PEC si indica solo con codice destinatario 0000000 (SdI 00426)</translation>
    </message>
    <message>
        <source>A public administration has a 6-character office code, anyone else 7 characters (SdI 00427)</source>
        <translation>Una pubblica amministrazione ha un codice ufficio di 6 caratteri, gli altri di 7 (SdI 00427)</translation>
    </message>
    <message>
        <source>The transmission format differs from the file's version (SdI 00428)</source>
        <translation>Il formato di trasmissione non corrisponde alla versione del file (SdI 00428)</translation>
    </message>
    <message>
        <source>Our VAT number is not valid (SdI 00301)</source>
        <translation>La nostra partita IVA non è valida (SdI 00301)</translation>
    </message>
    <message>
        <source>The customer's VAT number is not valid (SdI 00305)</source>
        <translation>La partita IVA del cliente non è valida (SdI 00305)</translation>
    </message>
    <message>
        <source>The customer's codice fiscale is not valid (SdI 00306)</source>
        <translation>Il codice fiscale del cliente non è valido (SdI 00306)</translation>
    </message>
    <message>
        <source>A deferred invoice (TD24) names its delivery notes (DDT)</source>
        <translation>Una fattura differita (TD24) indica i suoi DDT</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects</source>
        <translation>Una nota di credito indica la fattura che rettifica</translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note has an e-invoice</source>
        <translation>Solo una fattura o nota di credito emessa ha la fattura elettronica</translation>
    </message>
    <message>
        <source>This e-invoice has already been sent: it cannot be made again</source>
        <translation>Questa fattura elettronica è già stata inviata: non si può rifare</translation>
    </message>
    <message>
        <source>The e-invoice file numbers of this sender are used up</source>
        <translation>I progressivi dei file di questo trasmittente sono esauriti</translation>
    </message>
    <message>
        <source>The SdI's flow does not allow this change of the e-invoice's status</source>
        <translation>Il flusso dello SdI non consente questo cambio di stato della fattura elettronica</translation>
    </message>
    <message>
        <source>Not a recipient code: 7 letters or digits (6 for a public administration's office)</source>
        <translation>Non è un codice destinatario: 7 lettere o cifre (6 per un ufficio della PA)</translation>
    </message>
    <message>
        <source>A FatturaPA e-invoice is issued by a seller established in Italy</source>
        <translation>La fattura elettronica FatturaPA è emessa da un cedente stabilito in Italia</translation>
    </message>
    <message>
        <source>The file's name is not as the SdI wants it (SdI 00001)</source>
        <translation>Il nome del file non è quello richiesto dallo SdI (SdI 00001)</translation>
    </message>
    <message>
        <source>A file with this name was already sent (SdI 00002)</source>
        <translation>Un file con questo nome è già stato inviato (SdI 00002)</translation>
    </message>
    <message>
        <source>The file's signature is not valid (SdI 00102)</source>
        <translation>La firma del file non è valida (SdI 00102)</translation>
    </message>
    <message>
        <source>The file does not follow the FatturaPA format (SdI 00200)</source>
        <translation>Il file non è conforme al formato FatturaPA (SdI 00200)</translation>
    </message>
    <message>
        <source>This invoice was already sent: same seller, number and date (SdI 00404)</source>
        <translation>Questa fattura è già stata inviata: stesso cedente, numero e data (SdI 00404)</translation>
    </message>
    <message>
        <source>The e-invoice has problems to correct before it is sent</source>
        <translation>La fattura elettronica ha problemi da correggere prima dell'invio</translation>
    </message>
    <message>
        <source>This e-invoice already waits in the outbox</source>
        <translation>Questa fattura elettronica è già in attesa nella posta in uscita</translation>
    </message>
    <message>
        <source>The PEC mailbox for e-invoices is not set up</source>
        <translation>La casella PEC per le fatture elettroniche non è configurata</translation>
    </message>
    <message>
        <source>More than 5 days have passed since the rejection: cancel the invoice with a credit note and issue a new one</source>
        <translation>Sono passati più di 5 giorni dallo scarto: annulla la fattura con una nota di credito ed emettine una nuova</translation>
    </message>
    <message>
        <source>The SdI rejected this invoice for what it holds as issued (the parties, the lines, the amounts): a corrected file would be rejected again. Cancel it with a credit note and issue a new invoice</source>
        <translation>Lo SdI ha scartato questa fattura per ciò che contiene così come è stata emessa (le parti, le righe, gli importi): un file corretto verrebbe scartato di nuovo. Annullala con una nota di credito ed emetti una nuova fattura</translation>
    </message>
    <message>
        <source>A day without a year: kept in the notes for review</source>
        <translation>Un giorno senza anno: conservato nelle note da controllare</translation>
    </message>
    <message>
        <source>The file has no line of column names: its first line is a contact. Choose what each column holds</source>
        <translation>Il file non ha una riga con i nomi delle colonne: la prima riga è un contatto. Scegli cosa contiene ogni colonna</translation>
    </message>
    <message>
        <source>The team's server cannot be reached: working offline</source>
        <translation>Il server del team non è raggiungibile: si lavora senza rete</translation>
    </message>
    <message>
        <source>The team's server answered with an error</source>
        <translation>Il server del team ha risposto con un errore</translation>
    </message>
    <message>
        <source>This laptop is not in team mode: sign in to the team's server first</source>
        <translation>Questo portatile non è in modalità team: prima accedi al server del team</translation>
    </message>
    <message>
        <source>The team's server does not know this laptop any more: sign in again</source>
        <translation>Il server del team non riconosce più questo portatile: accedi di nuovo</translation>
    </message>
    <message>
        <source>The team's server is newer than this SmallCRM: update SmallCRM</source>
        <translation>Il server del team è più recente di questo SmallCRM: aggiorna SmallCRM</translation>
    </message>
    <message>
        <source>This database has records of its own and the team's server has its own: to join the team, sign in from a new, empty database</source>
        <translation>Questo database ha dati propri e il server del team ha i suoi: per unirti al team, accedi da un database nuovo e vuoto</translation>
    </message>
    <message>
        <source>Not a server address (https://...)</source>
        <translation>Non è un indirizzo di server (https://...)</translation>
    </message>
    <message>
        <source>Plain http is for this computer only: use https://</source>
        <translation>Il semplice http vale solo per questo computer: usa https://</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nome utente o password errati</translation>
    </message>
    <message>
        <source>This laptop's device suffix in the team is past what e-invoice file names can tell apart (350 devices): it cannot name e-invoice files</source>
        <translation>Il suffisso di dispositivo di questo portatile nel team va oltre quanto i nomi dei file delle fatture elettroniche sanno distinguere (350 dispositivi): non può dare un nome ai file</translation>
    </message>
    <message>
        <source>This credit note is for the books only: the SdI rejected the invoice it corrects, which for the tax rules was then not issued</source>
        <translation>Questa nota di credito è solo per la contabilità: lo SdI ha scartato la fattura che rettifica, che per le norme fiscali non è quindi stata emessa</translation>
    </message>
    <message>
        <source>Not a known text encoding (e.g. utf-8, cp1252, iso8859_2)</source>
        <translation>Codifica del testo sconosciuta (per es. utf-8, cp1252, iso8859_2)</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in a minute</source>
        <translation>Troppi accessi non riusciti: riprova tra un minuto</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in %1 seconds</source>
        <translation>Troppi accessi non riusciti: riprova tra %1 secondi</translation>
    </message>
    <message>
        <source>The sync was cancelled: what it had received is kept</source>
        <translation>La sincronizzazione è stata annullata: quanto già ricevuto è conservato</translation>
    </message>
    <message>
        <source>Write the address: a user name, a number or a profile's link</source>
        <translation>Scrivi l'indirizzo: un nome utente, un numero o il link del profilo</translation>
    </message>
    <message>
        <source>Write the address on %1: a user name, a number or a profile's link</source>
        <translation>Scrivi l'indirizzo su %1: un nome utente, un numero o il link del profilo</translation>
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
        <translation>Profilazione</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <translation>Comunicazione a terzi</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligo di legge</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interessi vitali</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Compito di interesse pubblico</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legittimo interesse</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Trattativa</translation>
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
        <source>Stage</source>
        <translation>Fase</translation>
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
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nazione</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Siti web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data di revisione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Assegno</translation>
    </message>
    <message>
        <source>Banker's draft</source>
        <translation>Assegno circolare</translation>
    </message>
    <message>
        <source>Cash at the Treasury</source>
        <translation>Contanti presso Tesoreria</translation>
    </message>
    <message>
        <source>Promissory note</source>
        <translation>Vaglia cambiario</translation>
    </message>
    <message>
        <source>Bank payment slip</source>
        <translation>Bollettino bancario</translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation>Carta di pagamento</translation>
    </message>
    <message>
        <source>Direct debit (RID)</source>
        <translation>RID</translation>
    </message>
    <message>
        <source>Utility direct debit (RID)</source>
        <translation>RID utenze</translation>
    </message>
    <message>
        <source>Fast direct debit (RID)</source>
        <translation>RID veloce</translation>
    </message>
    <message>
        <source>Bank receipt (Ri.Ba.)</source>
        <translation>Ri.Ba. (ricevuta bancaria)</translation>
    </message>
    <message>
        <source>Payment notice (MAV)</source>
        <translation>MAV</translation>
    </message>
    <message>
        <source>Treasury receipt</source>
        <translation>Quietanza erario</translation>
    </message>
    <message>
        <source>Transfer to a special account</source>
        <translation>Giroconto su conti di contabilità speciale</translation>
    </message>
    <message>
        <source>Bank direct debit</source>
        <translation>Domiciliazione bancaria</translation>
    </message>
    <message>
        <source>Postal direct debit</source>
        <translation>Domiciliazione postale</translation>
    </message>
    <message>
        <source>Postal payment slip</source>
        <translation>Bollettino di c/c postale</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Addebito diretto SEPA</translation>
    </message>
    <message>
        <source>SEPA direct debit (Core)</source>
        <translation>Addebito diretto SEPA Core</translation>
    </message>
    <message>
        <source>SEPA direct debit (B2B)</source>
        <translation>Addebito diretto SEPA B2B</translation>
    </message>
    <message>
        <source>Deduction from sums already collected</source>
        <translation>Trattenuta su somme già riscosse</translation>
    </message>
    <message>
        <source>PagoPA</source>
        <translation>PagoPA</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Stornata</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsata</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Recipient code (SdI)</source>
        <translation>Codice destinatario (SdI)</translation>
    </message>
    <message>
        <source>PEC for e-invoices</source>
        <translation>PEC per fatture elettroniche</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Profili social</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>No outgoing mail server is set: see Settings → Mail.</source>
        <translation>Nessun server della posta in uscita impostato: vedi Impostazioni → Posta.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s address in Settings → Mail first.</source>
        <translation>Prima imposta l&apos;indirizzo del mittente in Impostazioni → Posta.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Il server di posta ha rifiutato nome utente o password.</translation>
    </message>
    <message>
        <source>The mail server does not offer what was asked: check the security setting.</source>
        <translation>Il server di posta non offre quanto richiesto: controlla l&apos;impostazione di sicurezza.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1.</source>
        <translation>Il server di posta ha rifiutato l&apos;indirizzo %1.</translation>
    </message>
    <message>
        <source>The mail server refused the sender&apos;s address.</source>
        <translation>Il server di posta ha rifiutato l&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Il server di posta ha rifiutato il messaggio.</translation>
    </message>
    <message>
        <source>The mail server closed the connection.</source>
        <translation>Il server di posta ha chiuso la connessione.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>Il server di posta non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Nothing answers at the mail server&apos;s address: it is down, there is no connection, or the port is wrong.</source>
        <translation>Nessuna risposta all&apos;indirizzo del server di posta: è spento, manca la connessione o la porta è sbagliata.</translation>
    </message>
    <message>
        <source>The mail server cannot be found: no connection, or a wrong name.</source>
        <translation>Il server di posta non si trova: manca la connessione o il nome è sbagliato.</translation>
    </message>
    <message>
        <source>The secure connection failed: check the security setting and the port.</source>
        <translation>La connessione sicura non è riuscita: controlla la sicurezza e la porta.</translation>
    </message>
    <message>
        <source>The mail server cannot be reached.</source>
        <translation>Il server di posta non è raggiungibile.</translation>
    </message>
    <message>
        <source>The mail server answered unexpectedly.</source>
        <translation>Il server di posta ha risposto in modo inatteso.</translation>
    </message>
    <message>
        <source>SmallCRM stopped while this mail was being sent: it may have gone. Look in the Sent folder of your mail program, then mark it sent or send it again.</source>
        <translation>SmallCRM si è chiuso mentre questa e-mail partiva: potrebbe essere stata inviata. Guarda nella cartella Posta inviata del tuo programma di posta, poi segnala come inviata o inviala di nuovo.</translation>
    </message>
    <message>
        <source>Sent, but it could not be written on the timeline.</source>
        <translation>Inviata, ma non è stato possibile registrarla nella cronologia.</translation>
    </message>
    <message>
        <source>The customer is in the trash.</source>
        <translation>Il cliente è nel cestino.</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it.</source>
        <translation>Emetti la fattura prima di inviarla.</translation>
    </message>
    <message>
        <source>No copy was kept in the Sent folder: %1</source>
        <translation>Nessuna copia conservata nella cartella Posta inviata: %1</translation>
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
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Panoramica</translation>
    </message>
</context>
<context>
    <name>TaxGroup</name>
    <message>
        <source>Tax</source>
        <translation>Fisco</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regime fiscale</translation>
    </message>
    <message>
        <source>Charge the stamp duty (2 €) to the customer</source>
        <translation>Addebita l'imposta di bollo (2 €) al cliente</translation>
    </message>
    <message>
        <source>Documents charge no VAT (N2.2) and carry the regime's legal wording; the stamp duty is added when more than 77,47 € is not subject to VAT.</source>
        <translation>I documenti non addebitano IVA (N2.2) e riportano la dicitura di legge del regime; l'imposta di bollo si aggiunge quando più di 77,47 € non sono soggetti a IVA.</translation>
    </message>
    <message>
        <source>The stamp duty is added when more than 77,47 € of a document is exempt or not subject to VAT.</source>
        <translation>L'imposta di bollo si aggiunge quando più di 77,47 € di un documento sono esenti o non soggetti a IVA.</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinario</translation>
    </message>
    <message>
        <source>Contribuenti minimi</source>
        <translation>Contribuenti minimi</translation>
    </message>
    <message>
        <source>Agriculture and fishing</source>
        <translation>Agricoltura e pesca</translation>
    </message>
    <message>
        <source>Salt and tobacco</source>
        <translation>Sali e tabacchi</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Fiammiferi</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Editoria</translation>
    </message>
    <message>
        <source>Public telephony</source>
        <translation>Telefonia pubblica</translation>
    </message>
    <message>
        <source>Transport and parking tickets</source>
        <translation>Documenti di trasporto e di sosta</translation>
    </message>
    <message>
        <source>Entertainment and games</source>
        <translation>Intrattenimenti e giochi</translation>
    </message>
    <message>
        <source>Travel agencies</source>
        <translation>Agenzie di viaggi</translation>
    </message>
    <message>
        <source>Agritourism</source>
        <translation>Agriturismo</translation>
    </message>
    <message>
        <source>Door-to-door sales</source>
        <translation>Vendite a domicilio</translation>
    </message>
    <message>
        <source>Second-hand goods, art and antiques</source>
        <translation>Beni usati, oggetti d'arte e d'antiquariato</translation>
    </message>
    <message>
        <source>Auctions of art and antiques</source>
        <translation>Aste di oggetti d'arte e d'antiquariato</translation>
    </message>
    <message>
        <source>VAT on cash basis (public bodies)</source>
        <translation>IVA per cassa (P.A.)</translation>
    </message>
    <message>
        <source>VAT on cash basis</source>
        <translation>IVA per cassa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Flat-rate scheme (forfettario)</source>
        <translation>Regime forfettario</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto of a person</source>
        <translation>Ritenuta d'acconto persone fisiche</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto of a company</source>
        <translation>Ritenuta d'acconto persone giuridiche</translation>
    </message>
    <message>
        <source>INPS contribution</source>
        <translation>Contributo INPS</translation>
    </message>
    <message>
        <source>ENASARCO contribution</source>
        <translation>Contributo ENASARCO</translation>
    </message>
    <message>
        <source>ENPAM contribution</source>
        <translation>Contributo ENPAM</translation>
    </message>
    <message>
        <source>Other pension contribution</source>
        <translation>Altro contributo previdenziale</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>The reason of the payment in the customer's CU form (A: professional fees)</source>
        <translation>La causale del pagamento nella Certificazione Unica del cliente (A: compensi professionali)</translation>
    </message>
    <message>
        <source>subject to the withholding tax</source>
        <translation>soggetto a ritenuta d'acconto</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>Ritenuta d'acconto</translation>
    </message>
    <message>
        <source>% on</source>
        <translation>% su</translation>
    </message>
    <message>
        <source>% of the fees</source>
        <translation>% dei compensi</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>causale</translation>
    </message>
    <message>
        <source>Pension fund</source>
        <translation>Cassa previdenziale</translation>
    </message>
</context>
<context>
    <name>PaymentTermsEditor</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>end of month</source>
        <translation>fine mese</translation>
    </message>
    <message>
        <source>in </source>
        <translation>in </translation>
    </message>
    <message>
        <source> instalments</source>
        <translation> rate</translation>
    </message>
    <message>
        <source>Instalments 30 days apart: 30 days in 3 instalments is 30/60/90</source>
        <translation>Rate a 30 giorni l'una dall'altra: 30 giorni in 3 rate è 30/60/90</translation>
    </message>
    <message>
        <source>custom: %1</source>
        <translation>personalizzate: %1</translation>
    </message>
</context>
<context>
    <name>RegistryGroup</name>
    <message>
        <source>Company register</source>
        <translation>Registro delle imprese</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>one shareholder (socio unico)</source>
        <translation>socio unico</translation>
    </message>
    <message>
        <source>several shareholders</source>
        <translation>più soci</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <translation>in liquidazione</translation>
    </message>
    <message>
        <source>REA office</source>
        <translation>Ufficio REA</translation>
    </message>
    <message>
        <source>REA number</source>
        <translation>Numero REA</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capitale sociale</translation>
    </message>
    <message>
        <source>Shareholders</source>
        <translation>Soci</translation>
    </message>
    <message>
        <source>Nr. Reg. Com. (Romania)</source>
        <translation>Nr. Reg. Com. (Romania)</translation>
    </message>
</context>
<context>
    <name>MissingItems</name>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
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
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>VAT number or tax code</source>
        <translation>Partita IVA o codice fiscale</translation>
    </message>
    <message>
        <source>IBAN, for the bank transfer</source>
        <translation>IBAN, per il bonifico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Tax code (codice fiscale): a private customer in Italy</source>
        <translation>Codice fiscale: un privato in Italia</translation>
    </message>
    <message>
        <source>VAT number: a business abroad</source>
        <translation>Partita IVA: un'impresa estera</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regime fiscale</translation>
    </message>
</context>
<context>
    <name>MissingItemsDialog</name>
    <message>
        <source>Before it gets a number</source>
        <translation>Prima di assegnare il numero</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Riprova a emettere</translation>
    </message>
    <message>
        <source>Everything the law wants on it is there now: it can be issued.</source>
        <translation>Ora ci sono tutti i dati richiesti per legge: si può emettere.</translation>
    </message>
    <message>
        <source>An invoice is frozen for good once it has its number. These details the law wants on it are missing; fill them in, then issue it again.</source>
        <translation>Una fattura con il suo numero non si può più modificare. Mancano questi dati richiesti per legge: compilali, poi riprova a emetterla.</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>La nostra azienda</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Fill in…</source>
        <translation>Compila…</translation>
    </message>
    <message>
        <source>Issue now</source>
        <translation>Emetti ora</translation>
    </message>
</context>
<context>
    <name>IssueConfirmation</name>
    <message>
        <source>It will be issued as number %1, dated %2, to %3, for %4.

Once issued it cannot be changed (a credit note corrects it).</source>
        <translation>Sarà emessa con il numero %1, in data %2, a %3, per %4.

Una volta emessa non si può modificare (la corregge una nota di credito).</translation>
    </message>
    <message>
        <source>Issue %1?</source>
        <translation>Emettere %1?</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emetti</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Our company</source>
        <translation>La nostra azienda</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to SmallCRM</source>
        <translation>Benvenuto in SmallCRM</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in one file.</source>
        <translation>I tuoi dati restano su questo computer, in un solo file.</translation>
    </message>
    <message>
        <source>My own business: set it up now (a minute), then enter my customers</source>
        <translation>La mia attività: la imposto ora (un minuto), poi inserisco i miei clienti</translation>
    </message>
    <message>
        <source>Demo data (an Italian shop with 300 contacts), to look around</source>
        <translation>Dati dimostrativi (un negozio italiano con 300 contatti), per dare un'occhiata</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Everything asked here can be changed later in Settings.</source>
        <translation>Tutto ciò che viene chiesto qui si può cambiare in seguito nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>La tua azienda</translation>
    </message>
    <message>
        <source>As it heads every quote and invoice; an invoice needs the name, the address and a VAT number or a tax code.</source>
        <translation>Come appare in testa a ogni preventivo e fattura; una fattura richiede la ragione sociale, l'indirizzo e la partita IVA o il codice fiscale.</translation>
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
        <translation>Paese</translation>
    </message>
    <message>
        <source>Payments and logo</source>
        <translation>Pagamenti e logo</translation>
    </message>
    <message>
        <source>The IBAN customers pay to by bank transfer (an invoice paid so needs it), and the logo printed on documents.</source>
        <translation>L'IBAN su cui i clienti pagano con bonifico (una fattura pagata così lo richiede) e il logo stampato sui documenti.</translation>
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
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Scegli logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Numbering and language</source>
        <translation>Numerazione e lingua</translation>
    </message>
    <message>
        <source>How invoices are numbered, and the language new documents are written in.</source>
        <translation>Come sono numerate le fatture e in che lingua sono scritti i nuovi documenti.</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Serie delle fatture</translation>
    </message>
    <message>
        <source>empty: the main series</source>
        <translation>vuota: la serie principale</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Lingua dei documenti</translation>
    </message>
    <message>
        <source>The first invoice will be number %1</source>
        <translation>La prima fattura avrà il numero %1</translation>
    </message>
    <message>
        <source>This file is not an image SmallCRM can read</source>
        <translation>Questo file non è un'immagine che SmallCRM sa leggere</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Regime fiscale</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund on credit note %1</source>
        <translation>Rimborso sulla nota di credito %1</translation>
    </message>
    <message>
        <source>%1 · credit note of %2 on invoice %3 · can still be refunded %4</source>
        <translation>%1 · nota di credito di %2 sulla fattura %3 · ancora rimborsabili %4</translation>
    </message>
    <message>
        <source>Why, to whom, how it was agreed…</source>
        <translation>Perché, a chi, come è stato concordato…</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Rimborsato il</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Registra rimborso</translation>
    </message>
    <message>
        <source>Refunded before the credit note was issued (%1)</source>
        <translation>Rimborsato prima dell'emissione della nota di credito (%1)</translation>
    </message>
</context>
<context>
    <name>LostDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>Il database manca</translation>
    </message>
    <message>
        <source>There is no database at %1, but there was one: its backups are still here.</source>
        <translation>Non c'è alcun database in %1, ma ce n'era uno: i suoi backup sono ancora qui.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, or start with an empty database? Erased persons stay erased either way.</source>
        <translation>Ripristinare il backup integro più recente o iniziare con un database vuoto? Le persone cancellate restano cancellate in ogni caso.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Ripristina il backup più recente</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Inizia con un database vuoto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Scegli un'immagine</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Immagini (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>SmallCRM closed unexpectedly</source>
        <translation>SmallCRM si è chiuso inaspettatamente</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly the last time. Nothing saved was lost; documents being edited are offered back if they were kept.

A report was saved in %1: please send it with a description of what you were doing.</source>
        <translation>L'ultima volta SmallCRM si è chiuso inaspettatamente. Nulla di ciò che era salvato è andato perso; i documenti in modifica vengono riproposti se sono stati conservati.

Un rapporto è stato salvato in %1: invialo insieme a una descrizione di ciò che stavi facendo.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>Unsaved documents</source>
        <translation>Documenti non salvati</translation>
    </message>
    <message>
        <source>These documents had changes that were not saved when SmallCRM last closed:
%1

Open them again with those changes?</source>
        <translation>Questi documenti avevano modifiche non salvate quando SmallCRM si è chiuso l'ultima volta:
%1

Riaprirli con quelle modifiche?</translation>
    </message>
</context>
<context>
    <name>PartySales</name>
    <message>
        <source>%1 of %2 · balance due %3</source>
        <translation>%1 del %2 · da incassare %3</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Which invoice of %1 was paid?</source>
        <translation>Quale fattura di %1 è stata pagata?</translation>
    </message>
    <message>
        <source>%1 has no issued invoice with a balance due.</source>
        <translation>%1 non ha fatture emesse con un saldo da incassare.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Search everything (contacts, companies, documents)</source>
        <translation>Cerca ovunque (contatti, aziende, documenti)</translation>
    </message>
    <message>
        <source>New record of the page's kind (contact, company, task, deal, quote)</source>
        <translation>Nuovo elemento del tipo della pagina (contatto, azienda, promemoria, trattativa, preventivo)</translation>
    </message>
    <message>
        <source>Go to the page's filter</source>
        <translation>Vai al filtro della pagina</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Apri la riga selezionata</translation>
    </message>
    <message>
        <source>Go to a section of the sidebar</source>
        <translation>Vai a una sezione della barra laterale</translation>
    </message>
    <message>
        <source>Log a call (on a contact's page)</source>
        <translation>Registra una chiamata (nella pagina di un contatto)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Save the quote or invoice being edited</source>
        <translation>Salva il preventivo o la fattura in modifica</translation>
    </message>
    <message>
        <source>Close the quote or invoice window</source>
        <translation>Chiudi la finestra del preventivo o della fattura</translation>
    </message>
    <message>
        <source>Save a form (contact, task, call)</source>
        <translation>Salva un modulo (contatto, promemoria, chiamata)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <source>The database at %1 is damaged: some of what it holds cannot be read.</source>
        <translation>Il database in %1 è danneggiato: una parte di ciò che contiene non si può leggere.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, taken on %1? The damaged file is kept aside. Or open it read-only to look at and export what still reads first. Erased persons stay erased either way.</source>
        <translation>Ripristinare il backup integro più recente, del %1? Il file danneggiato viene conservato a parte. Oppure aprirlo in sola lettura, per consultare ed esportare prima ciò che si legge ancora. Le persone cancellate restano cancellate in ogni caso.</translation>
    </message>
    <message>
        <source>There is no sound backup to restore. Open it read-only to look at and export what still reads; nothing can be changed in it.</source>
        <translation>Non c'è un backup integro da ripristinare. Aprilo in sola lettura per consultare ed esportare ciò che si legge ancora; non vi si può modificare nulla.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Ripristina il backup</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>&amp;Persona…</translation>
    </message>
    <message>
        <source>&amp;Company…</source>
        <translation>&amp;Azienda…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Pre&amp;ventivo</translation>
    </message>
    <message>
        <source>&amp;Task…</source>
        <translation>P&amp;romemoria…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fai un &amp;backup ora</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Apri un altro database…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Database &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Apri un altro database</translation>
    </message>
    <message>
        <source>SmallCRM databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database SmallCRM (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>left on %n invoice(s) past due</source>
        <translation>
            <numerusform>da incassare su %n fattura scaduta</numerusform>
            <numerusform>da incassare su %n fatture scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Nothing here yet. Start by adding a contact (Contacts → New person, or Ctrl+N) or by importing your address book (File → Import contacts); quotes, invoices and deals follow from there.</source>
        <translation>Qui non c'è ancora niente. Inizia aggiungendo un contatto (Contatti → Nuova persona, oppure Ctrl+N) o importando la tua rubrica (File → Importa contatti); preventivi, fatture e trattative vengono dopo.</translation>
    </message>
    <message>
        <source>Open deals by stage</source>
        <translation>Trattative aperte per fase</translation>
    </message>
    <message>
        <source>tasks due today or overdue</source>
        <translation>promemoria per oggi o scaduti</translation>
    </message>
    <message>
        <source>quotes to follow up</source>
        <translation>preventivi da sollecitare</translation>
    </message>
    <message>
        <source>invoiced this month</source>
        <translation>fatturato questo mese</translation>
    </message>
    <message>
        <source>collected this month</source>
        <translation>incassato questo mese</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n trattativa: %1</numerusform>
            <numerusform>%n trattative: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the tasks</source>
        <translation>Apri i promemoria</translation>
    </message>
    <message>
        <source>Open the quotes</source>
        <translation>Apri i preventivi</translation>
    </message>
    <message>
        <source>Open the receivables</source>
        <translation>Apri i crediti</translation>
    </message>
    <message>
        <source>Open the invoices</source>
        <translation>Apri le fatture</translation>
    </message>
    <message>
        <source>Open the deals</source>
        <translation>Apri le trattative</translation>
    </message>
    <message>
        <source>Import an address book…</source>
        <translation>Importa una rubrica…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Aggiungi un contatto</translation>
    </message>
</context>
<context>
    <name>EInvoiceWindow</name>
    <message>
        <source>E-invoice %1</source>
        <translation>Fattura elettronica %1</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>File %1 · %2</source>
        <translation>File %1 · %2</translation>
    </message>
    <message>
        <source>Problems to correct before it is sent: %1</source>
        <translation>Problemi da correggere prima dell'invio: %1</translation>
    </message>
    <message>
        <source>Save e-invoice</source>
        <translation>Salva fattura elettronica</translation>
    </message>
    <message>
        <source>FatturaPA (*.xml)</source>
        <translation>FatturaPA (*.xml)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvata in %1</translation>
    </message>
    <message>
        <source>%1 was rejected by the SdI. Below, the corrected file: the same number and date, a new progressive when it is saved or sent</source>
        <translation>%1 è stato scartato dallo SdI. Qui sotto il file corretto: stesso numero e stessa data, un nuovo progressivo quando viene salvato o inviato</translation>
    </message>
    <message>
        <source>Preview: the file gets its name and progressive number when it is saved or sent</source>
        <translation>Anteprima: il file riceve nome e numero progressivo quando viene salvato o inviato</translation>
    </message>
    <message>
        <source>File %1 as the SdI rejected it: a corrected file cannot be sent (the way out is beside)</source>
        <translation>File %1 come lo SdI lo ha scartato: non si può inviare un file corretto (la soluzione è a lato)</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>non ancora inviato</translation>
    </message>
    <message>
        <source>sent to the SdI, waiting for its answer</source>
        <translation>inviato allo SdI, in attesa della risposta</translation>
    </message>
    <message>
        <source>delivered to the customer</source>
        <translation>consegnato al cliente</translation>
    </message>
    <message>
        <source>not delivered: it waits in the customer's cassetto fiscale, and it is issued all the same</source>
        <translation>non consegnato: è a disposizione nel cassetto fiscale del cliente, ed è comunque emesso</translation>
    </message>
    <message>
        <source>accepted by the public administration</source>
        <translation>accettato dalla pubblica amministrazione</translation>
    </message>
    <message>
        <source>refused by the public administration</source>
        <translation>rifiutato dalla pubblica amministrazione</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>Our company</source>
        <translation>La nostra azienda</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>SdI address</source>
        <translation>Indirizzo SdI</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Corrected invoice</source>
        <translation>Fattura rettificata</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Riepilogo IVA</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
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
        <source>Tax regime</source>
        <translation>Regime fiscale</translation>
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
        <translation>Comune</translation>
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
        <source>Recipient code</source>
        <translation>Codice destinatario</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo documento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Prezzo totale</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>Natura (why no VAT)</source>
        <translation>Natura (perché senza IVA)</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>Ritenuta d'acconto</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>DDT</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Modalità di pagamento</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only: the database is damaged, nothing can be changed. Export what you need, then restore a backup.</source>
        <translation>Sola lettura: il database è danneggiato, non si può modificare nulla. Esporta ciò che ti serve, poi ripristina un backup.</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <source>Read-only: this database cannot be written (a write-protected file or folder, read-only media). Copy it to a writable folder to work on it.</source>
        <translation>Sola lettura: questo database non si può scrivere (file o cartella protetti da scrittura, supporto di sola lettura). Copialo in una cartella scrivibile per lavorarci.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Scegli il giorno sul calendario</translation>
    </message>
    <message>
        <source>Not a date: type it as 17/05/2026</source>
        <translation>Non è una data: scrivila come 17/05/2026</translation>
    </message>
    <message>
        <source>Type a date, as 17/05/2026</source>
        <translation>Scrivi una data, come 17/05/2026</translation>
    </message>
</context>
<context>
    <name>OpenDeals</name>
    <message>
        <source>Open deals</source>
        <translation>Trattative aperte</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>chiusura prevista %1</translation>
    </message>
    <message>
        <source>Open deals (%1)</source>
        <translation>Trattative aperte (%1)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear the filter</source>
        <translation>Togli il filtro</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nessun risultato con questo filtro</translation>
    </message>
    <message>
        <source>Change the filter or clear it to see the whole list.</source>
        <translation>Cambia il filtro o toglilo per vedere tutto l'elenco.</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>No contacts yet</source>
        <translation>Ancora nessun contatto</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Ancora nessuna azienda</translation>
    </message>
    <message>
        <source>Import an address book or add a contact.</source>
        <translation>Importa una rubrica o aggiungi un contatto.</translation>
    </message>
    <message>
        <source>Import an address book or add a company.</source>
        <translation>Importa una rubrica o aggiungi un'azienda.</translation>
    </message>
    <message>
        <source>Import an address book…</source>
        <translation>Importa una rubrica…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Aggiungi un contatto</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Aggiungi un'azienda</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Ancora nessuna attività registrata</translation>
    </message>
    <message>
        <source>Log a call, a meeting or a note on a contact's page (Ctrl+L): every one is listed here.</source>
        <translation>Registra una chiamata, un incontro o una nota dalla scheda di un contatto (Ctrl+L): le trovi tutte qui.</translation>
    </message>
    <message>
        <source>Open the contacts</source>
        <translation>Apri i contatti</translation>
    </message>
    <message>
        <source>No tasks here</source>
        <translation>Nessun promemoria qui</translation>
    </message>
    <message>
        <source>Add a task for a call back, a visit or a deadline: it comes back on the day it is due.</source>
        <translation>Aggiungi un promemoria per una richiamata, una visita o una scadenza: torna il giorno in cui scade.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <translation>Ancora nessun preventivo</translation>
    </message>
    <message>
        <source>Make a quote for a customer; once accepted, it becomes an invoice in one click.</source>
        <translation>Prepara un preventivo per un cliente; una volta accettato, diventa fattura con un clic.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nuovo preventivo</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Ancora nessuna fattura</translation>
    </message>
    <message>
        <source>An invoice is made from an accepted quote, or from a customer's page.</source>
        <translation>Una fattura nasce da un preventivo accettato, o dalla scheda di un cliente.</translation>
    </message>
    <message>
        <source>Open the quotes</source>
        <translation>Apri i preventivi</translation>
    </message>
    <message>
        <source>Nobody owes you anything</source>
        <translation>Nessuno ti deve nulla</translation>
    </message>
    <message>
        <source>Issued invoices that are not paid yet are listed here, the oldest due first.</source>
        <translation>Qui trovi le fatture emesse non ancora pagate, dalla scadenza più vecchia.</translation>
    </message>
    <message>
        <source>Open the invoices</source>
        <translation>Apri le fatture</translation>
    </message>
    <message>
        <source>No mail to review</source>
        <translation>Nessuna e-mail da esaminare</translation>
    </message>
    <message>
        <source>Mail from senders who are not contacts yet comes here. Fetch it now, or import .eml or mbox files; the account is set in Settings → Mail.</source>
        <translation>Qui arriva la posta di mittenti che non sono ancora contatti. Scaricala ora o importa file .eml o mbox; l'account si imposta in Impostazioni → Posta.</translation>
    </message>
    <message>
        <source>Fetch mail now</source>
        <translation>Scarica la posta ora</translation>
    </message>
    <message>
        <source>Import .eml/mbox…</source>
        <translation>Importa .eml/mbox…</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>La posta in uscita è vuota</translation>
    </message>
    <message>
        <source>Every mail has gone. A quote or an invoice sent by e-mail waits here while the mail server cannot be reached: open one and choose Send by e-mail.</source>
        <translation>Tutte le e-mail sono partite. Un preventivo o una fattura inviati per e-mail aspettano qui finché il server di posta non risponde: aprine uno e scegli Invia per e-mail.</translation>
    </message>
    <message>
        <source>Set up mail</source>
        <translation>Configura la posta</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Ancora nessuna trattativa</translation>
    </message>
    <message>
        <source>A deal is a sale you are working on: with whom, what it may be worth and how likely it is. Move it from stage to stage until it is won or lost; the forecast adds up the open ones.</source>
        <translation>Una trattativa è una vendita in corso: con chi, quanto può valere e quanto è probabile. Spostala di fase in fase finché non è vinta o persa; la previsione somma quelle aperte.</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
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
        <translation>Non è un orario: scrivilo come 09:30</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The database is open read-only: nothing can be changed</source>
        <translation>Il database è aperto in sola lettura: non si può modificare nulla</translation>
    </message>
</context>
<context>
    <name>ReceiptWords</name>
    <message>
        <source>Delivery receipt (RC)</source>
        <translation>Ricevuta di consegna (RC)</translation>
    </message>
    <message>
        <source>Rejection (NS)</source>
        <translation>Scarto (NS)</translation>
    </message>
    <message>
        <source>Not delivered (MC)</source>
        <translation>Mancata consegna (MC)</translation>
    </message>
    <message>
        <source>Public administration's outcome (NE)</source>
        <translation>Esito della pubblica amministrazione (NE)</translation>
    </message>
    <message>
        <source>Terms elapsed (DT)</source>
        <translation>Decorrenza termini (DT)</translation>
    </message>
    <message>
        <source>Attestation of transmission (AT)</source>
        <translation>Attestazione di avvenuta trasmissione (AT)</translation>
    </message>
    <message>
        <source>PEC: accepted by the provider</source>
        <translation>PEC: accettazione del gestore</translation>
    </message>
    <message>
        <source>PEC: delivered to the SdI</source>
        <translation>PEC: consegnata allo SdI</translation>
    </message>
    <message>
        <source>PEC: not delivered</source>
        <translation>PEC: mancata consegna</translation>
    </message>
    <message>
        <source>Invoice from a supplier</source>
        <translation>Fattura di un fornitore</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non riconosciuto</translation>
    </message>
    <message>
        <source>Delivered to the customer</source>
        <translation>Consegnata al cliente</translation>
    </message>
    <message>
        <source>Not delivered: the invoice waits in the customer's cassetto fiscale. It is issued all the same: tell the customer to download it there</source>
        <translation>Non consegnata: la fattura è nel cassetto fiscale del cliente. È comunque emessa: avvisate il cliente di scaricarla da lì</translation>
    </message>
    <message>
        <source>Accepted by the public administration</source>
        <translation>Accettata dalla pubblica amministrazione</translation>
    </message>
    <message>
        <source>Refused by the public administration</source>
        <translation>Rifiutata dalla pubblica amministrazione</translation>
    </message>
    <message>
        <source>The public administration gave no outcome within 15 days: the file stays delivered</source>
        <translation>La pubblica amministrazione non ha dato esito entro 15 giorni: il file resta consegnato</translation>
    </message>
    <message>
        <source>The public administration could not be reached: the SdI attests that the file was sent</source>
        <translation>Non è stato possibile recapitare alla pubblica amministrazione: lo SdI attesta che il file è stato trasmesso</translation>
    </message>
    <message>
        <source>Your PEC provider accepted the message</source>
        <translation>Il vostro gestore PEC ha accettato il messaggio</translation>
    </message>
    <message>
        <source>The message reached the SdI's mailbox</source>
        <translation>Il messaggio è arrivato nella casella dello SdI</translation>
    </message>
    <message>
        <source>The message could not be delivered to the SdI: send it again</source>
        <translation>Il messaggio non è stato consegnato allo SdI: inviatelo di nuovo</translation>
    </message>
    <message>
        <source>Listed only: received invoices are not handled yet</source>
        <translation>Solo elencata: le fatture ricevute non sono ancora gestite</translation>
    </message>
    <message>
        <source>Already read: nothing changed</source>
        <translation>Già letto: nulla è cambiato</translation>
    </message>
    <message>
        <source>About a file that is not here: nothing changed</source>
        <translation>Riguarda un file che qui non c'è: nulla è cambiato</translation>
    </message>
    <message>
        <source>Contradicts the file's status: nothing changed</source>
        <translation>In contrasto con lo stato del file: nulla è cambiato</translation>
    </message>
    <message>
        <source>Cannot be read: nothing changed</source>
        <translation>Illeggibile: nulla è cambiato</translation>
    </message>
    <message>
        <source>Not a PEC message: nothing changed</source>
        <translation>Non è un messaggio PEC: nulla è cambiato</translation>
    </message>
    <message>
        <source>Not an SdI message: nothing changed</source>
        <translation>Non è un messaggio dello SdI: nulla è cambiato</translation>
    </message>
    <message>
        <source>Rejected by the SdI: for the tax rules the invoice has not been issued</source>
        <translation>Scartata dallo SdI: ai fini fiscali la fattura non è stata emessa</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Il file è vuoto</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be read</source>
        <translation>Il file è danneggiato: non si può leggere</translation>
    </message>
    <message>
        <source>Neither an XML file nor a signed (.p7m) one</source>
        <translation>Non è un file XML né un file firmato (.p7m)</translation>
    </message>
    <message>
        <source>A .p7m file that is not a signed file</source>
        <translation>Un file .p7m che non è un file firmato</translation>
    </message>
    <message>
        <source>A signature without the file it signs</source>
        <translation>Una firma senza il file che firma</translation>
    </message>
    <message>
        <source>A kind of signature that is not checked here</source>
        <translation>Un tipo di firma che qui non si verifica</translation>
    </message>
    <message>
        <source>The file was changed after it was signed</source>
        <translation>Il file è stato modificato dopo la firma</translation>
    </message>
    <message>
        <source>The signature does not verify</source>
        <translation>La firma non risulta valida</translation>
    </message>
    <message>
        <source>The signer's certificate is not in the file</source>
        <translation>Il certificato del firmatario non è nel file</translation>
    </message>
    <message>
        <source>The signer's certificate is not issued by a trusted authority, or has expired</source>
        <translation>Il certificato del firmatario non è emesso da un'autorità fidata, oppure è scaduto</translation>
    </message>
    <message>
        <source>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) are not PEM certificates: correct the setting and import the message again</source>
        <translation>I certificati impostati per verificare le firme (SMALLCRM_SDI_CA_BUNDLE) non sono certificati PEM: correggi l'impostazione e importa di nuovo il messaggio</translation>
    </message>
    <message>
        <source>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) cannot be read: correct the setting and import the message again</source>
        <translation>I certificati impostati per verificare le firme (SMALLCRM_SDI_CA_BUNDLE) non si possono leggere: correggi l'impostazione e importa di nuovo il messaggio</translation>
    </message>
    <message>
        <source>The XML is cut short or damaged</source>
        <translation>L'XML è troncato o danneggiato</translation>
    </message>
    <message>
        <source>The XML declares entities or a DTD, which are not read, for safety</source>
        <translation>L'XML dichiara entità o un DTD, che per sicurezza non si leggono</translation>
    </message>
    <message>
        <source>An XML file that is none of the SdI's messages</source>
        <translation>Un file XML che non è nessuno dei messaggi dello SdI</translation>
    </message>
    <message>
        <source>Not an e-mail message</source>
        <translation>Non è un messaggio e-mail</translation>
    </message>
    <message>
        <source>An ordinary e-mail, not a certified (PEC) one: import the message as it arrived in the PEC mailbox, or the SdI's file attached to it</source>
        <translation>Un'e-mail ordinaria, non certificata (PEC): importa il messaggio così come è arrivato nella casella PEC, oppure il file dello SdI allegato</translation>
    </message>
    <message>
        <source>A certified envelope without the original message in it (postacert.eml)</source>
        <translation>Una busta certificata senza il messaggio originale (postacert.eml)</translation>
    </message>
    <message>
        <source>The certified envelope's data (daticert.xml) cannot be read</source>
        <translation>I dati della busta certificata (daticert.xml) non si possono leggere</translation>
    </message>
    <message>
        <source>A PEC message without an SdI file: %1</source>
        <translation>Un messaggio PEC senza file dello SdI: %1</translation>
    </message>
    <message>
        <source>The PEC provider says: %1</source>
        <translation>Il gestore PEC dice: %1</translation>
    </message>
    <message>
        <source>The file is %1: this receipt cannot make it %2</source>
        <translation>Il file è %1: questa ricevuta non può renderlo %2</translation>
    </message>
    <message>
        <source>still to send</source>
        <translation>ancora da inviare</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>non consegnato</translation>
    </message>
    <message>
        <source>rejected by the SdI</source>
        <translation>scartato dallo SdI</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
</context>
<context>
    <name>EInvoiceHistory</name>
    <message>
        <source>Make the corrected file</source>
        <translation>Crea il file corretto</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Nota di credito…</translation>
    </message>
    <message>
        <source>No e-invoice file made yet: once it is saved and sent, its history with the SdI (delivered, rejected…) shows here.</source>
        <translation>Nessun file di fattura elettronica ancora creato: quando sarà salvato e inviato, qui comparirà la sua storia con lo SdI (consegnato, scartato…).</translation>
    </message>
    <message>
        <source>History with the SdI</source>
        <translation>Storia con lo SdI</translation>
    </message>
    <message>
        <source>%1 · made %2 · %3</source>
        <translation>%1 · creato il %2 · %3</translation>
    </message>
    <message>
        <source>SdI id %1</source>
        <translation>Id SdI %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Nessuna ricevuta per ora</translation>
    </message>
    <message>
        <source>Correct what is wrong, then make the corrected file: it keeps the invoice's number and date and gets a new progressive. The rules allow this until %1 (5 days after the rejection).</source>
        <translation>Correggete ciò che è sbagliato, poi create il file corretto: mantiene numero e data della fattura e riceve un nuovo progressivo. Le regole lo consentono fino al %1 (5 giorni dallo scarto).</translation>
    </message>
    <message>
        <source>The SdI rejected %1 on %2: for the tax rules the invoice has not been issued.</source>
        <translation>Lo SdI ha scartato %1 il %2: ai fini fiscali la fattura non è stata emessa.</translation>
    </message>
    <message>
        <source>More than 5 days have passed since the rejection (the limit was %1): cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</source>
        <translation>Sono passati più di 5 giorni dallo scarto (il termine era il %1): annulla questa fattura con una nota di credito solo interna (da non inviare allo SdI), poi emetti una nuova fattura con nuovo numero e nuova data.</translation>
    </message>
    <message>
        <source>The rule: Agenzia delle Entrate, circolare 13/E of 2 July 2018.</source>
        <translation>La regola: Agenzia delle Entrate, circolare 13/E del 2 luglio 2018.</translation>
    </message>
    <message>
        <source>These errors are about what the issued invoice holds (the customer's or our data, its lines and amounts), which a corrected file cannot change: it would be rejected again. Correct the contact if need be, cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</source>
        <translation>Questi errori riguardano ciò che la fattura emessa contiene (i dati del cliente o i nostri, le righe e gli importi), che un file corretto non può cambiare: verrebbe scartato di nuovo. Se serve correggi il contatto, annulla questa fattura con una nota di credito solo interna (da non inviare allo SdI), poi emetti una nuova fattura con nuovo numero e nuova data.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Invia comunque…</translation>
    </message>
    <message>
        <source>For your books only: this credit note is not sent to the SdI</source>
        <translation>Solo per la contabilità: questa nota di credito non si invia allo SdI</translation>
    </message>
    <message>
        <source>The SdI rejected invoice %1 (%2): for the tax rules that invoice was not issued, so this credit note has nothing to correct at the SdI. Keep it in your books beside the rejected invoice; the new invoice, with a new number and date, is the one to send.</source>
        <translation>Lo SdI ha scartato la fattura %1 (%2): per le norme fiscali quella fattura non è stata emessa, quindi questa nota di credito non ha nulla da rettificare presso lo SdI. Tienila nella tua contabilità accanto alla fattura scartata; la nuova fattura, con nuovo numero e nuova data, è quella da inviare.</translation>
    </message>
    <message>
        <source>Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again).</source>
        <translation>Inviala solo se la fattura %1 è arrivata allo SdI per un'altra via (per esempio, l'ha inviata di nuovo il tuo commercialista).</translation>
    </message>
</context>
<context>
    <name>EInvoiceMessagesWindow</name>
    <message>
        <source>E-invoice messages</source>
        <translation>Messaggi delle fatture elettroniche</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>Importa ricevute…</translation>
    </message>
    <message>
        <source>Read the SdI's receipts saved as .eml (the whole PEC message), .xml or .p7m</source>
        <translation>Legge le ricevute dello SdI salvate come .eml (il messaggio PEC intero), .xml o .p7m</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SdI file</source>
        <translation>File SdI</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n messaggio letto</numerusform>
            <numerusform>%n messaggi letti</numerusform>
        </translation>
    </message>
    <message>
        <source>No message read yet: import the SdI's receipts, or fetch them from the PEC mailbox.</source>
        <translation>Nessun messaggio letto: importate le ricevute dello SdI o scaricatele dalla casella PEC.</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Importa ricevute</translation>
    </message>
    <message>
        <source>SdI receipts (*.eml *.xml *.p7m)</source>
        <translation>Ricevute SdI (*.eml *.xml *.p7m)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file letto</numerusform>
            <numerusform>%n file letti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not used (see the reason)</source>
        <translation>
            <numerusform>%n file non usato (vedere il motivo)</numerusform>
            <numerusform>%n file non usati (vedere il motivo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>No e-invoice file here is named %1</source>
        <translation>Qui non c'è nessun file di fattura elettronica di nome %1</translation>
    </message>
    <message>
        <source>SdI id %1</source>
        <translation>Id SdI %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Double-click or Enter opens invoice %1</source>
        <translation>Doppio clic o Invio apre la fattura %1</translation>
    </message>
    <message>
        <source>This message is about no invoice here</source>
        <translation>Questo messaggio non riguarda nessuna fattura presente qui</translation>
    </message>
</context>
<context>
    <name>PecSettingsForm</name>
    <message>
        <source>PEC mailbox for e-invoices</source>
        <translation>Casella PEC per le fatture elettroniche</translation>
    </message>
    <message>
        <source>e.g. bottega@pec.it</source>
        <translation>es. bottega@pec.it</translation>
    </message>
    <message>
        <source>usually the PEC address</source>
        <translation>di solito l'indirizzo PEC</translation>
    </message>
    <message>
        <source>e.g. smtps.pec.aruba.it</source>
        <translation>es. smtps.pec.aruba.it</translation>
    </message>
    <message>
        <source>e.g. imaps.pec.aruba.it</source>
        <translation>es. imaps.pec.aruba.it</translation>
    </message>
    <message>
        <source>Separate folder names with commas, e.g. INBOX</source>
        <translation>Separa i nomi delle cartelle con virgole, es. INBOX</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Server in uscita (SMTP)</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Server in entrata (IMAP)</translation>
    </message>
    <message>
        <source>Folders with the SdI's answers</source>
        <translation>Cartelle con le risposte dello SdI</translation>
    </message>
    <message>
        <source>SdI address</source>
        <translation>Indirizzo dello SdI</translation>
    </message>
    <message>
        <source>%1 (assigned by the SdI)</source>
        <translation>%1 (assegnato dallo SdI)</translation>
    </message>
    <message>
        <source>%1 (the SdI's first address: its first answer gives the one kept from then on)</source>
        <translation>%1 (il primo indirizzo dello SdI: la sua prima risposta indica quello da usare da allora in poi)</translation>
    </message>
    <message>
        <source>Testing the PEC mailbox</source>
        <translation>Prova della casella PEC</translation>
    </message>
    <message>
        <source>Connected: the outgoing server took the login; %1</source>
        <translation>Connesso: il server in uscita ha accettato l'accesso; %1</translation>
    </message>
</context>
<context>
    <name>PecSetupDialog</name>
    <message>
        <source>PEC mailbox for e-invoices</source>
        <translation>Casella PEC per le fatture elettroniche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>PEC mailbox…</source>
        <translation>Casella PEC…</translation>
    </message>
    <message>
        <source>The PEC mailbox e-invoices are sent from</source>
        <translation>La casella PEC da cui partono le fatture elettroniche</translation>
    </message>
    <message>
        <source>Send to the SdI</source>
        <translation>Invia allo SdI</translation>
    </message>
    <message>
        <source>Not sent: %1 See the outbox.</source>
        <translation>Non inviata: %1 Vedi la posta in uscita.</translation>
    </message>
    <message>
        <source>Waiting in the outbox: the PEC server could not be reached; it leaves by itself when the server answers</source>
        <translation>In attesa nella posta in uscita: il server PEC non era raggiungibile; partirà da sola quando il server risponde</translation>
    </message>
    <message>
        <source>In the outbox, leaving for the SdI (%1)</source>
        <translation>Nella posta in uscita, in partenza per lo SdI (%1)</translation>
    </message>
    <message>
        <source>Correct the problems listed below before sending</source>
        <translation>Correggi i problemi elencati sotto prima dell'invio</translation>
    </message>
    <message>
        <source>Set up the PEC mailbox to send e-invoices: %1</source>
        <translation>Configura la casella PEC per inviare le fatture elettroniche: %1</translation>
    </message>
    <message>
        <source>the PEC address is missing</source>
        <translation>manca l'indirizzo PEC</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>manca il nome utente</translation>
    </message>
    <message>
        <source>the outgoing server is missing</source>
        <translation>manca il server in uscita</translation>
    </message>
    <message>
        <source>the incoming server is missing</source>
        <translation>manca il server in entrata</translation>
    </message>
    <message>
        <source>no password is kept</source>
        <translation>nessuna password salvata</translation>
    </message>
    <message>
        <source>Rejected by the SdI: send the corrected file again (a new progressive, the same number), to %1</source>
        <translation>Scartata dallo SdI: invia di nuovo il file corretto (nuovo progressivo, stesso numero) a %1</translation>
    </message>
    <message>
        <source>Ready to send to the SdI (%1) from the PEC mailbox</source>
        <translation>Pronta per l'invio allo SdI (%1) dalla casella PEC</translation>
    </message>
    <message>
        <source>Sending the e-invoice</source>
        <translation>Invio della fattura elettronica</translation>
    </message>
    <message>
        <source>Read the SdI's answers</source>
        <translation>Leggi le risposte dello SdI</translation>
    </message>
    <message>
        <source>Read the new messages of the PEC mailbox: the SdI's receipts</source>
        <translation>Legge i nuovi messaggi della casella PEC: le ricevute dello SdI</translation>
    </message>
    <message>
        <source>Reading the SdI's answers</source>
        <translation>Lettura delle risposte dello SdI</translation>
    </message>
    <message>
        <source>No new answer from the SdI</source>
        <translation>Nessuna nuova risposta dallo SdI</translation>
    </message>
    <message>
        <source>Rejected by the SdI: a corrected file cannot be sent. Cancel the invoice with a credit note and issue a new one (see beside)</source>
        <translation>Scartata dallo SdI: non si può inviare un file corretto. Annulla la fattura con una nota di credito ed emettine una nuova (vedi a lato)</translation>
    </message>
    <message>
        <source>Sent to the SdI: its answer will arrive in the PEC mailbox</source>
        <translation>Inviata allo SdI: la risposta arriverà nella casella PEC</translation>
    </message>
    <message>
        <source>Nothing more to send: the SdI has answered (%1)</source>
        <translation>Niente altro da inviare: lo SdI ha risposto (%1)</translation>
    </message>
    <message>
        <source>The SdI rejected invoice %1: for the tax rules it was not issued, so this credit note is kept in your books only.

Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again). Otherwise the customer would receive a credit note for an invoice they never had, and it would lower the VAT you owe.

Send the credit note to the SdI?</source>
        <translation>Lo SdI ha scartato la fattura %1: per le norme fiscali non è stata emessa, quindi questa nota di credito resta solo nella tua contabilità.

Inviala solo se la fattura %1 è arrivata allo SdI per un'altra via (per esempio, l'ha inviata di nuovo il tuo commercialista). Altrimenti il cliente riceverebbe una nota di credito per una fattura che non ha mai avuto, e ridurrebbe l'IVA che devi.

Inviare la nota di credito allo SdI?</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Inviare comunque?</translation>
    </message>
    <message>
        <source>For your books only: this credit note is not sent to the SdI (why beside)</source>
        <translation>Solo per la contabilità: questa nota di credito non si invia allo SdI (il perché è qui accanto)</translation>
    </message>
</context>
<context>
    <name>ReceiptsFetcher</name>
    <message>
        <source>Reading the SdI's answers</source>
        <translation>Lettura delle risposte dello SdI</translation>
    </message>
    <message>
        <source>The SdI's answers were not read: %1</source>
        <translation>Le risposte dello SdI non sono state lette: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the SdI read</source>
        <translation>
            <numerusform>%n risposta dello SdI letta</numerusform>
            <numerusform>%n risposte dello SdI lette</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Non in linea: %n modifica in attesa</numerusform>
            <numerusform>Non in linea: %n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet: %n change(s) waiting</source>
        <translation>
            <numerusform>Non ancora sincronizzato: %n modifica in attesa</numerusform>
            <numerusform>Non ancora sincronizzato: %n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n modifica rifiutata</numerusform>
            <numerusform>%n modifiche rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizzato alle %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Syncing with the team</source>
        <translation>Sincronizzazione con il team</translation>
    </message>
    <message>
        <source>This laptop differs from the server in: %1</source>
        <translation>Questo portatile differisce dal server in: %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronizzazione annullata</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>These fields were changed on two laptops before they synced. The later change is in use; choose the value to keep.</source>
        <translation>Questi campi sono stati modificati su due portatili prima della sincronizzazione. È in uso la modifica più recente; scegli il valore da tenere.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>L'altro valore</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Tieni questo</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Tieni l'altro</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nessun conflitto.</translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation>Rifiutate dal server:</translation>
    </message>
    <message>
        <source>Settling a conflict</source>
        <translation>Risoluzione di un conflitto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
        <source>Notes</source>
        <translation>Note</translation>
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
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>e.g. https://crm.example.it</source>
        <translation>es. https://crm.example.it</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Server del team</translation>
    </message>
    <message>
        <source>With a team server, every laptop of the shop shares the customers, quotes, invoices and payments, and keeps working offline: changes are sent when the server can be reached. A laptop used alone needs none of this.</source>
        <translation>Con un server del team, ogni portatile del negozio condivide clienti, preventivi, fatture e pagamenti e continua a funzionare senza rete: le modifiche partono quando il server è raggiungibile. Un portatile usato da solo non ne ha bisogno.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). This laptop's documents are numbered with /%4.</source>
        <translation>Connesso a %1 come %2 (%3). I documenti di questo portatile sono numerati con /%4.</translation>
    </message>
    <message>
        <source>This laptop works alone.</source>
        <translation>Questo portatile lavora da solo.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Signing in to the team server</source>
        <translation>Accesso al server del team</translation>
    </message>
    <message>
        <source>Signed in: the first sync starts now.</source>
        <translation>Accesso eseguito: la prima sincronizzazione parte ora.</translation>
    </message>
    <message>
        <source>Signing out of the team server</source>
        <translation>Uscita dal server del team</translation>
    </message>
    <message>
        <source>Signed out: this laptop works alone; changes not sent yet are kept.</source>
        <translation>Uscito: questo portatile lavora da solo; le modifiche non ancora inviate restano.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titolare</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>commerciale</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>contabile</translation>
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
        <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
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
        <source>Bank transfer reference (CRO/TRN), receipt number…</source>
        <translation>Rif. bonifico (CRO/TRN), n. ricevuta…</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>kept in the keyring: type to change it</source>
        <translation>salvata nel portachiavi: scrivi per cambiarla</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
    <message>
        <source>Saved. There is no keyring on this computer: the password is kept only until SmallCRM closes.</source>
        <translation>Salvato. Su questo computer non c’è un portachiavi: la password resta solo fino alla chiusura di SmallCRM.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>%1 (%2 messages)</source>
        <translation>%1 (%2 messaggi)</translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codifica del testo:</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europa occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15)</source>
        <translation>Europa occidentale (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europa centrale (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Europa centrale (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cirillico (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cirillico (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Greco (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Turco (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Baltico (Windows-1257)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>Giapponese (Shift_JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Cinese semplificato (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Cinese tradizionale (Big5)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>Coreano (EUC-KR)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Europa occidentale (Mac Roman)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>found: %1 (if the names look wrong, choose another)</source>
        <translation>trovata: %1 (se i nomi non sembrano giusti, scegline un'altra)</translation>
    </message>
</context>
<context>
    <name>HandleListEditor</name>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>einvoice_status</name>
    <message>
        <source>To send</source>
        <translation>Da inviare</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnata</translation>
    </message>
    <message>
        <source>Not delivered (in the customer's cassetto fiscale)</source>
        <translation>Mancata consegna (nel cassetto fiscale del cliente)</translation>
    </message>
    <message>
        <source>Rejected by the SdI</source>
        <translation>Scartata dallo SdI</translation>
    </message>
    <message>
        <source>Accepted by the public administration</source>
        <translation>Accettata dalla pubblica amministrazione</translation>
    </message>
    <message>
        <source>Refused by the public administration</source>
        <translation>Rifiutata dalla pubblica amministrazione</translation>
    </message>
</context>
</TS>
