<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1: scroll for more</source>
        <translation>The latest %1: scroll for more</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Add VAT rate…</source>
        <translation>Add VAT rate…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>VAT rates</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>Filter by code or name…</translation>
    </message>
    <message>
        <source>Show products no longer on sale</source>
        <translation>Show products no longer on sale</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Add product…</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Products and services</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Bank, for payments</source>
        <translation>Bank, for payments</translation>
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
        <translation>Contacts shown on documents</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Save company profile</source>
        <translation>Save company profile</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>These details head every quote and invoice.</source>
        <translation>These details head every quote and invoice.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not a valid IBAN: check the letters and digits</source>
        <translation>Not a valid IBAN: check the letters and digits</translation>
    </message>
    <message>
        <source>Not a valid BIC: 8 or 11 letters and digits</source>
        <translation>Not a valid BIC: 8 or 11 letters and digits</translation>
    </message>
    <message>
        <source>Not a valid VAT number: check the digits</source>
        <translation>Not a valid VAT number: check the digits</translation>
    </message>
    <message>
        <source>Not a valid tax code</source>
        <translation>Not a valid tax code</translation>
    </message>
    <message>
        <source>The logo must be an image</source>
        <translation>The logo must be an image</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Choose the company logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image SmallCRM can read</source>
        <translation>This file is not an image SmallCRM can read</translation>
    </message>
    <message>
        <source>New logo chosen: save to keep it.</source>
        <translation>New logo chosen: save to keep it.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search a company…</source>
        <translation>Type to search a company…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Filter by name, e-mail, phone, tag…</source>
        <translation>Filter by name, e-mail, phone, tag…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Contacts from a CSV, Excel or vCard file</source>
        <translation>Contacts from a CSV, Excel or vCard file</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Export vCard…</translation>
    </message>
    <message>
        <source>The selected contacts (or all those listed) to a vCard file</source>
        <translation>The selected contacts (or all those listed) to a vCard file</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Export vCard</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting vCard</source>
        <translation>Exporting vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contact written to %1</numerusform>
            <numerusform>%n contacts written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>All your data is in this one file. To use another file, start SmallCRM with --db PATH or set SMALLCRM_DB.</source>
        <translation>All your data is in this one file. To use another file, start SmallCRM with --db PATH or set SMALLCRM_DB.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Backup written: %1 (%2)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Problems found: %1</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>A backup replaces the whole database, so it cannot be restored while SmallCRM has it open.

1. Close SmallCRM.
2. In a terminal, run:

%1

The backup is checked first; the data it replaces is kept beside the database. 3. Start SmallCRM again.</source>
        <translation>A backup replaces the whole database, so it cannot be restored while SmallCRM has it open.

1. Close SmallCRM.
2. In a terminal, run:

%1

The backup is checked first; the data it replaces is kept beside the database. 3. Start SmallCRM again.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Closes %1</source>
        <translation>Closes %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>No close date</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Edit deal</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Expected to close</source>
        <translation>Expected to close</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Value (€)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Usual for the stage (%1 %)</source>
        <translation>Usual for the stage (%1 %)</translation>
    </message>
    <message>
        <source>Choose the customer from the list</source>
        <translation>Choose the customer from the list</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Drag a card to another column to move the deal; double-click to edit it.</source>
        <translation>Drag a card to another column to move the deal; double-click to edit it.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt; (open deals by expected close, weighted by probability)</source>
        <translation>&lt;b&gt;Forecast&lt;/b&gt; (open deals by expected close, weighted by probability)</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast: %1 out of %2 in %n open deal(s)</source>
        <translation>
            <numerusform>Weighted forecast: %1 out of %2 in %n open deal</numerusform>
            <numerusform>Weighted forecast: %1 out of %2 in %n open deals</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals: nothing to forecast</source>
        <translation>No open deals: nothing to forecast</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>&lt;b&gt;Saved.&lt;/b&gt; It looks like a record you already have:</source>
        <translation>&lt;b&gt;Saved.&lt;/b&gt; It looks like a record you already have:</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Merge into existing</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to SmallCRM</source>
        <translation>Welcome to SmallCRM</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in one file. How would you like to start?</source>
        <translation>Your data stays on this computer, in one file. How would you like to start?</translation>
    </message>
    <message>
        <source>With demo data (an Italian shop with 300 contacts), to look around</source>
        <translation>With demo data (an Italian shop with 300 contacts), to look around</translation>
    </message>
    <message>
        <source>Empty, to enter my own customers</source>
        <translation>Empty, to enter my own customers</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>empty: the main series</source>
        <translation>empty: the main series</translation>
    </message>
    <message>
        <source>e.g. B on the second laptop</source>
        <translation>e.g. B on the second laptop</translation>
    </message>
    <message>
        <source>Numbering and terms</source>
        <translation>Numbering and terms</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Invoice series</translation>
    </message>
    <message>
        <source>This device&apos;s suffix</source>
        <translation>This device&apos;s suffix</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Quotes valid for</source>
        <translation>Quotes valid for</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Region of phone numbers</source>
        <translation>Region of phone numbers</translation>
    </message>
    <message>
        <source>Country of new contacts</source>
        <translation>Country of new contacts</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>Owner of new records</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <source>Language of new documents</source>
        <translation>Language of new documents</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>A new window language shows the next time SmallCRM starts.</source>
        <translation>A new window language shows the next time SmallCRM starts.</translation>
    </message>
    <message>
        <source>Invoices will be numbered like %1</source>
        <translation>Invoices will be numbered like %1</translation>
    </message>
    <message>
        <source>Up to 5 letters or digits, no spaces or slashes</source>
        <translation>Up to 5 letters or digits, no spaces or slashes</translation>
    </message>
    <message>
        <source>Two letters, like IT or RO</source>
        <translation>Two letters, like IT or RO</translation>
    </message>
    <message>
        <source>Saved. Restart SmallCRM to see it in %1.</source>
        <translation>Saved. Restart SmallCRM to see it in %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search contacts, companies, quotes, invoices…</source>
        <translation>Search contacts, companies, quotes, invoices…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ to move · Enter to open · Esc to close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx) or vCard (.vcf) file. Exports of Google Contacts, Outlook and SmallCRM are recognised by their columns; for any other file you check which field each column goes into.

Contacts already here (same e-mail, phone, VAT number or vCard UID) are updated, not doubled. Nothing is changed before you confirm, and a finished import can be undone as a whole.</source>
        <translation>Choose a CSV, Excel (.xlsx) or vCard (.vcf) file. Exports of Google Contacts, Outlook and SmallCRM are recognised by their columns; for any other file you check which field each column goes into.

Contacts already here (same e-mail, phone, VAT number or vCard UID) are updated, not doubled. Nothing is changed before you confirm, and a finished import can be undone as a whole.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save report of rejected rows…</source>
        <translation>Save report of rejected rows…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)</translation>
    </message>
    <message>
        <source>Save report of rejected rows</source>
        <translation>Save report of rejected rows</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
    <message>
        <source>a SmallCRM export</source>
        <translation>a SmallCRM export</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>a Google Contacts export</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>an Outlook export</translation>
    </message>
    <message>
        <source>Recognised as %1: the columns are already matched.</source>
        <translation>Recognised as %1: the columns are already matched.</translation>
    </message>
    <message>
        <source>These columns were imported before: the fields you chose then are proposed.</source>
        <translation>These columns were imported before: the fields you chose then are proposed.</translation>
    </message>
    <message>
        <source>Check which field each column goes into; unknown columns are not imported. Your choice is remembered for files with the same columns.</source>
        <translation>Check which field each column goes into; unknown columns are not imported. Your choice is remembered for files with the same columns.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>(Text encoding %1, separated by %2.)</source>
        <translation>(Text encoding %1, separated by %2.)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Skipped: %3 · Rejected: %4</source>
        <translation>New: %1 · Updated: %2 · Skipped: %3 · Rejected: %4</translation>
    </message>
    <message>
        <source>Companies added for the Company column: %1</source>
        <translation>Companies added for the Company column: %1</translation>
    </message>
    <message>
        <source>New contacts that look like ones you have (merge them later if they are the same): %1</source>
        <translation>New contacts that look like ones you have (merge them later if they are the same): %1</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Imported: %1 new, %2 updated, %3 skipped, %4 rejected.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Put every contact back as it was before this import? The contacts it created go to the trash.</source>
        <translation>Put every contact back as it was before this import? The contacts it created go to the trash.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <source>Full name / company name</source>
        <translation>Full name / company name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Unique ID (vCard UID)</source>
        <translation>Unique ID (vCard UID)</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Whole row</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Updates #%1</source>
        <translation>Updates #%1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>New, looks like</source>
        <translation>New, looks like</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>already up to date</translation>
    </message>
    <message>
        <source>the same contact as an earlier row of the file</source>
        <translation>the same contact as an earlier row of the file</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>issued %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>not issued yet</translation>
    </message>
    <message>
        <source>From quote %1</source>
        <translation>From quote %1</translation>
    </message>
    <message>
        <source>Corrects invoice %1</source>
        <translation>Corrects invoice %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>No payments yet</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Issued as %1</translation>
    </message>
    <message>
        <source>Draft credit note created</source>
        <translation>Draft credit note created</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <source>To be paid</source>
        <translation>To be paid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Invoices and credit notes</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>balance due %1</source>
        <translation>balance due %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Disc. %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>— free text —</source>
        <translation>— free text —</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter by number or customer…</source>
        <translation>Filter by number or customer…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log for %1</source>
        <translation>Log for %1</translation>
    </message>
    <message>
        <source>↙ Incoming</source>
        <translation>↙ Incoming</translation>
    </message>
    <message>
        <source>↗ Outgoing</source>
        <translation>↗ Outgoing</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>What it was about</translation>
    </message>
    <message>
        <source>What was said, agreed, promised…</source>
        <translation>What was said, agreed, promised…</translation>
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
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Leave empty for none</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
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
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Today&apos;s automatic backup failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today or overdue</source>
        <translation>
            <numerusform>%n task due today or overdue</numerusform>
            <numerusform>%n tasks due today or overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nothing due today</translation>
    </message>
</context>
<context>
    <name>PartyDetails</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Some invoices are past their due date</source>
        <translation>Some invoices are past their due date</translation>
    </message>
    <message>
        <source>Open invoices, not yet due</source>
        <translation>Open invoices, not yet due</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation>+ Add e-mail</translation>
    </message>
    <message>
        <source>+39 02 1234 5678</source>
        <translation>+39 02 1234 5678</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Add phone</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>+ Add website</source>
        <translation>+ Add website</translation>
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
        <translation>VIP, newsletter, fair 2025</translation>
    </message>
    <message>
        <source>Where the contact comes from</source>
        <translation>Where the contact comes from</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a company from the list, or leave the field empty</source>
        <translation>Choose a company from the list, or leave the field empty</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
</context>
<context>
    <name>PartyHeader</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Type a name to search…</source>
        <translation>Type a name to search…</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Linked to %1</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Log call</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>Log a call (Ctrl+L)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nothing to do for now.</translation>
    </message>
    <message>
        <source>Nothing logged yet: log a call or add a note.</source>
        <translation>Nothing logged yet: log a call or add a note.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>%1 is in the trash.</source>
        <translation>%1 is in the trash.</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n communication</numerusform>
            <numerusform>%n communications</numerusform>
        </translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been merged).</source>
        <translation>This record no longer exists (it may have been merged).</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Open tasks (%1)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — due %2</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore it later.</source>
        <translation>Move %1 to the trash? You can restore it later.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for invoice %1</source>
        <translation>Payment for invoice %1</translation>
    </message>
    <message>
        <source>%1 · total %2 · balance due %3</source>
        <translation>%1 · total %2 · balance due %3</translation>
    </message>
    <message>
        <source>Bank transfer reference (CRO/TRN), receipt number…</source>
        <translation>Bank transfer reference (CRO/TRN), receipt number…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Paid before the invoice was issued (%1)</source>
        <translation>Paid before the invoice was issued (%1)</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation>Exporting PDF</translation>
    </message>
    <message>
        <source>Preparing PDF</source>
        <translation>Preparing PDF</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>On sale (offered in new quotes)</source>
        <translation>On sale (offered in new quotes)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price (€, VAT excluded)</source>
        <translation>Price (€, VAT excluded)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
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
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Type to search customers…</source>
        <translation>Type to search customers…</translation>
    </message>
    <message>
        <source>What the quote is for</source>
        <translation>What the quote is for</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Notes printed under the lines</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Move the line up</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Move the line down</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Convert to invoice</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %3</source>
        <translation>Line %1: %3</translation>
    </message>
    <message>
        <source>Choose a customer to see the preview</source>
        <translation>Choose a customer to see the preview</translation>
    </message>
    <message>
        <source>The preview shows the last valid version: %1</source>
        <translation>The preview shows the last valid version: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Choose the customer from the list</source>
        <translation>Choose the customer from the list</translation>
    </message>
    <message>
        <source>Draft invoice created</source>
        <translation>Draft invoice created</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This quote has changes that are not saved. Close it anyway?</source>
        <translation>This quote has changes that are not saved. Close it anyway?</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <source>Filter by number, customer or title…</source>
        <translation>Filter by number, customer or title…</translation>
    </message>
    <message>
        <source>All quotes</source>
        <translation>All quotes</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>Filter by customer…</source>
        <translation>Filter by customer…</translation>
    </message>
    <message>
        <source>Everyone who owes</source>
        <translation>Everyone who owes</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <source>Open invoices — %1</source>
        <translation>Open invoices — %1</translation>
    </message>
    <message>
        <source>Nobody owes you anything</source>
        <translation>Nobody owes you anything</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) owe %1</source>
        <translation>
            <numerusform>%n customer owes %1</numerusform>
            <numerusform>%n customers owe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>VAT and products</source>
        <translation>VAT and products</translation>
    </message>
    <message>
        <source>Numbering and languages</source>
        <translation>Numbering and languages</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose someone from the list, or leave it empty</source>
        <translation>Choose someone from the list, or leave it empty</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Click to open the task again</source>
        <translation>Click to open the task again</translation>
    </message>
    <message>
        <source>Click to mark it done</source>
        <translation>Click to mark it done</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>The first %1 tasks</source>
        <translation>The first %1 tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Task done</source>
        <translation>Task done</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>VAT %1 on %2</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>VatRateDialog</name>
    <message>
        <source>Edit VAT rate</source>
        <translation>Edit VAT rate</translation>
    </message>
    <message>
        <source>New VAT rate</source>
        <translation>New VAT rate</translation>
    </message>
    <message>
        <source>e.g. 22, 10, N2.2</source>
        <translation>e.g. 22, 10, N2.2</translation>
    </message>
    <message>
        <source>e.g. Art. 10 DPR 633/72</source>
        <translation>e.g. Art. 10 DPR 633/72</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Exemption (for 0%)</source>
        <translation>Exemption (for 0%)</translation>
    </message>
</context>
<context>
    <name>VatRateTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Exemption (for 0%)</source>
        <translation>Exemption (for 0%)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This field is required</source>
        <translation>This field is required</translation>
    </message>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>Not a valid e-mail address</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Not a valid phone number</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Not a web address</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Not a valid number</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>Too many decimals</translation>
    </message>
    <message>
        <source>Unknown VAT rate</source>
        <translation>Unknown VAT rate</translation>
    </message>
    <message>
        <source>More than the balance due</source>
        <translation>More than the balance due</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed: correct it with a credit note</source>
        <translation>An issued invoice cannot be changed: correct it with a credit note</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database is open in another SmallCRM</source>
        <translation>The database is open in another SmallCRM</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved</source>
        <translation>The disk is full: nothing was saved</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). The details are in the log.</source>
        <translation>Something went wrong ({name}). The details are in the log.</translation>
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
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
