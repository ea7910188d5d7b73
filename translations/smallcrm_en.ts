<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>About SmallCRM</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The offline CRM for small businesses: contacts, activities, quotes, invoices and payments, all in one file on this computer.</source>
        <translation>The offline CRM for small businesses: contacts, activities, quotes, invoices and payments, all in one file on this computer.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>License: %1. Python %2, Qt for Python %3, on %4.</source>
        <translation>License: %1. Python %2, Qt for Python %3, on %4.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Backups: %1</translation>
    </message>
</context>
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
        <source>Open %1</source>
        <translation>Open %1</translation>
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
    <name>AttachMailDialog</name>
    <message>
        <source>Add the message to a contact</source>
        <translation>Add the message to a contact</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>Add %1 to the contact&apos;s e-mails, so its next messages are logged there directly</source>
        <translation>Add %1 to the contact&apos;s e-mails, so its next messages are logged there directly</translation>
    </message>
    <message>
        <source>Add to this contact</source>
        <translation>Add to this contact</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person or company</translation>
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
    <name>CommunicationActions</name>
    <message>
        <source>%1 “%2” moved to the trash.</source>
        <translation>%1 “%2” moved to the trash.</translation>
    </message>
    <message>
        <source>%1 moved to the trash.</source>
        <translation>%1 moved to the trash.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>e.g. newsletter</source>
        <translation>e.g. newsletter</translation>
    </message>
    <message>
        <source>web form, signed paper, phone call…</source>
        <translation>web form, signed paper, phone call…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>How and where</source>
        <translation>How and where</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Left to credit</source>
        <translation>Left to credit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>All that is left</source>
        <translation>All that is left</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Lines to credit</translation>
    </message>
    <message>
        <source>An amount (an allowance, a discount given afterwards)</source>
        <translation>An amount (an allowance, a discount given afterwards)</translation>
    </message>
    <message>
        <source>before VAT</source>
        <translation>before VAT</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why (printed on the credit note)</source>
        <translation>Why (printed on the credit note)</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Make the credit note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Credit note for invoice %1</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 · total %3 · still creditable %4</source>
        <translation>Invoice %1 of %2 · total %3 · still creditable %4</translation>
    </message>
    <message>
        <source>%1 × %2, VAT %3</source>
        <translation>%1 × %2, VAT %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
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
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Checked when it was taken, and checked in full again before a restore</source>
        <translation>Checked when it was taken, and checked in full again before a restore</translation>
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
        <source>Daily</source>
        <translation>Daily</translation>
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
        <source>Replace the whole database with the backup of %1?

The backup is checked first; the data it replaces is kept as a backup too (&quot;Before a restore&quot;).</source>
        <translation>Replace the whole database with the backup of %1?

The backup is checked first; the data it replaces is kept as a backup too (&quot;Before a restore&quot;).</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Restored the backup of %1.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in %1.</source>
        <translation>The data it replaced is kept in %1.</translation>
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
    <name>DialogButtons</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Type to search customers…</source>
        <translation>Type to search customers…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Choose the customer from the list</source>
        <translation>Choose the customer from the list</translation>
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
        <source>This document has changes that are not saved. Close it anyway?</source>
        <translation>This document has changes that are not saved. Close it anyway?</translation>
    </message>
    <message>
        <source>The unsaved changes could not be kept as a draft: %1</source>
        <translation>The unsaved changes could not be kept as a draft: %1</translation>
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
    <message>
        <source>Invoiced as</source>
        <translation>Invoiced as</translation>
    </message>
    <message>
        <source>Owed to them</source>
        <translation>Owed to them</translation>
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
    <name>EraseDialog</name>
    <message>
        <source>E-mails, phones and web sites</source>
        <translation>E-mails, phones and web sites</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
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
        <source>Draft invoices</source>
        <translation>Draft invoices</translation>
    </message>
    <message>
        <source>Issued invoices and credit notes</source>
        <translation>Issued invoices and credit notes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonymise %1</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <source>%1 stays as an anonymous record for the statistics (stage, tags, deals, dates of communications). Everything that says who it is goes: names, contact points, addresses, notes, the texts of communications, files and consents.</source>
        <translation>%1 stays as an anonymous record for the statistics (stage, tags, deals, dates of communications). Everything that says who it is goes: names, contact points, addresses, notes, the texts of communications, files and consents.</translation>
    </message>
    <message>
        <source>Everything SmallCRM holds about %1 is deleted for good, also from the search index and the free space of the file. This cannot be undone.</source>
        <translation>Everything SmallCRM holds about %1 is deleted for good, also from the search index and the free space of the file. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erased:</source>
        <translation>Erased:</translation>
    </message>
    <message>
        <source>Removed or blanked:</source>
        <translation>Removed or blanked:</translation>
    </message>
    <message>
        <source>• only the record itself</source>
        <translation>• only the record itself</translation>
    </message>
    <message>
        <source>Kept, as tax law requires (the record stays in the trash as an anonymous entry these documents point to):</source>
        <translation>Kept, as tax law requires (the record stays in the trash as an anonymous entry these documents point to):</translation>
    </message>
    <message>
        <source>Backups taken before now keep the data until they are rotated out; restoring one erases it again.</source>
        <translation>Backups taken before now keep the data until they are rotated out; restoring one erases it again.</translation>
    </message>
    <message>
        <source>e.g. asked by e-mail on 3 March; retention period over</source>
        <translation>e.g. asked by e-mail on 3 March; retention period over</translation>
    </message>
    <message>
        <source>Why (kept in the erasure log: no names, e-mails or phones)</source>
        <translation>Why (kept in the erasure log: no names, e-mails or phones)</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Clearing the write-ahead log…</source>
        <translation>Clearing the write-ahead log…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Compacting the search index…</source>
        <translation>Compacting the search index…</translation>
    </message>
    <message>
        <source>Clearing free space (VACUUM)…</source>
        <translation>Clearing free space (VACUUM)…</translation>
    </message>
    <message>
        <source>Anonymising personal data</source>
        <translation>Anonymising personal data</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Erasing personal data</translation>
    </message>
    <message>
        <source>Erased. A copy of the old data stays in the database&apos;s write-ahead log until SmallCRM is closed.</source>
        <translation>Erased. A copy of the old data stays in the database&apos;s write-ahead log until SmallCRM is closed.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
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
        <translation>one row per month</translation>
    </message>
    <message>
        <source>one row per quarter</source>
        <translation>one row per quarter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>VAT summary</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Language of the file</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n row(s))</source>
        <translation>
            <numerusform>Written: %1 (%n row)</numerusform>
            <numerusform>Written: %1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for other programs (comma, ISO dates)</source>
        <translation>CSV for other programs (comma, ISO dates)</translation>
    </message>
    <message>
        <source>CSV for Italian Excel (semicolon, decimal comma)</source>
        <translation>CSV for Italian Excel (semicolon, decimal comma)</translation>
    </message>
    <message>
        <source>iCalendar for calendar apps (.ics)</source>
        <translation>iCalendar for calendar apps (.ics)</translation>
    </message>
    <message>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard for address books (.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard (address books)</source>
        <translation>Contacts as vCard (address books)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Contacts and companies</source>
        <translation>Contacts and companies</translation>
    </message>
    <message>
        <source>Contacts created in the period.</source>
        <translation>Contacts created in the period.</translation>
    </message>
    <message>
        <source>Communications (calls, e-mails, meetings…)</source>
        <translation>Communications (calls, e-mails, meetings…)</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>Quotes with their lines</source>
        <translation>Quotes with their lines</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>quotes</translation>
    </message>
    <message>
        <source>Invoices and credit notes with their lines</source>
        <translation>Invoices and credit notes with their lines</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>invoices</translation>
    </message>
    <message>
        <source>Issued invoices dated in the period, no drafts.</source>
        <translation>Issued invoices dated in the period, no drafts.</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>payments</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Receivables by age</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>receivables</translation>
    </message>
    <message>
        <source>Aged as of the last day of the period.</source>
        <translation>Aged as of the last day of the period.</translation>
    </message>
    <message>
        <source>VAT by rate and period</source>
        <translation>VAT by rate and period</translation>
    </message>
    <message>
        <source>vat</source>
        <translation>vat</translation>
    </message>
    <message>
        <source>Tasks and meetings (calendar)</source>
        <translation>Tasks and meetings (calendar)</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendar</translation>
    </message>
    <message>
        <source>Tasks due and meetings held in the period.</source>
        <translation>Tasks due and meetings held in the period.</translation>
    </message>
    <message>
        <source>Tasks only (calendar)</source>
        <translation>Tasks only (calendar)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>Meetings only (calendar)</source>
        <translation>Meetings only (calendar)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>From… to…</translation>
    </message>
    <message>
        <source>Zip of the XML files and receipts (.zip)</source>
        <translation>Zip of the XML files and receipts (.zip)</translation>
    </message>
    <message>
        <source>E-invoices: XML files and SdI receipts</source>
        <translation>E-invoices: XML files and SdI receipts</translation>
    </message>
    <message>
        <source>e-invoices</source>
        <translation>e-invoices</translation>
    </message>
    <message>
        <source>The e-invoice files sent for invoices dated in the period, with their receipts, named as the SdI names them, and an index.</source>
        <translation>The e-invoice files sent for invoices dated in the period, with their receipts, named as the SdI names them, and an index.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message numerus="yes">
        <source>%n quote(s) to follow up</source>
        <translation>
            <numerusform>%n quote to follow up</numerusform>
            <numerusform>%n quotes to follow up</numerusform>
        </translation>
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
        <source>Saved. Restart SmallCRM to see it in %1.</source>
        <translation>Saved. Restart SmallCRM to see it in %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>end of month (30 days end of month)</source>
        <translation>end of month (30 days end of month)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
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
    <name>ImapSettingsForm</name>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Incoming mail (IMAP)</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>e.g. imap.example.com</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>usually your e-mail address</translation>
    </message>
    <message>
        <source>Separate folder names with commas, e.g. INBOX, Clienti</source>
        <translation>Separate folder names with commas, e.g. INBOX, Clienti</translation>
    </message>
    <message>
        <source>Larger attachments are left out; the timeline says so</source>
        <translation>Larger attachments are left out; the timeline says so</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>only when asked</translation>
    </message>
    <message>
        <source>Keep a copy of the mail sent from SmallCRM in the Sent folder</source>
        <translation>Keep a copy of the mail sent from SmallCRM in the Sent folder</translation>
    </message>
    <message>
        <source>So your mail program shows it among your sent mail</source>
        <translation>So your mail program shows it among your sent mail</translation>
    </message>
    <message>
        <source>New mail is fetched in the background this often while SmallCRM is open; 0: only with the Fetch button</source>
        <translation>New mail is fetched in the background this often while SmallCRM is open; 0: only with the Fetch button</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Folders to read</source>
        <translation>Folders to read</translation>
    </message>
    <message>
        <source>Largest attachment kept</source>
        <translation>Largest attachment kept</translation>
    </message>
    <message>
        <source>Check for new mail every</source>
        <translation>Check for new mail every</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Connected. %1</translation>
    </message>
    <message>
        <source>Testing the mail connection</source>
        <translation>Testing the mail connection</translation>
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
        <source>Save report of rejected rows…</source>
        <translation>Save report of rejected rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <source>Values that could not be read, kept in the contacts' notes for review (the report lists them): %1</source>
        <translation>Values that could not be read, kept in the contacts' notes for review (the report lists them): %1</translation>
    </message>
    <message>
        <source>Put every contact back as it was before this import? The contacts it created are removed for good, unless they were used since.</source>
        <translation>Put every contact back as it was before this import? The contacts it created are removed for good, unless they were used since.</translation>
    </message>
    <message>
        <source>Left as they are, since they were used after the import: %1</source>
        <translation>Left as they are, since they were used after the import: %1</translation>
    </message>
    <message>
        <source>Import the contacts' photos (vCard)</source>
        <translation>Import the contacts' photos (vCard)</translation>
    </message>
    <message>
        <source>Leave out a row with any value that cannot be read (otherwise the row comes in and the value waits in its notes for review)</source>
        <translation>Leave out a row with any value that cannot be read (otherwise the row comes in and the value waits in its notes for review)</translation>
    </message>
    <message>
        <source>Rows without a country whose numbers without a country code are read as numbers of %1 (the default region in Settings): %2</source>
        <translation>Rows without a country whose numbers without a country code are read as numbers of %1 (the default region in Settings): %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>(Columns separated by %1.)</source>
        <translation>(Columns separated by %1.)</translation>
    </message>
    <message>
        <source>%1 (%2 members, %3 of them in this file)</source>
        <translation>%1 (%2 members, %3 of them in this file)</translation>
    </message>
    <message>
        <source>Contact groups, not imported as contacts (their members in this file get the group's name as a tag): %1</source>
        <translation>Contact groups, not imported as contacts (their members in this file get the group's name as a tag): %1</translation>
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
    <message>
        <source>Title (Dr., Mr.)</source>
        <translation>Title (Dr., Mr.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Name suffix (Jr.)</source>
        <translation>Name suffix (Jr.)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Type of the next phone</source>
        <translation>Type of the next phone</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Home street</translation>
    </message>
    <message>
        <source>Home postal code</source>
        <translation>Home postal code</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Home city</translation>
    </message>
    <message>
        <source>Home province</source>
        <translation>Home province</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Home country</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Type of the address (home, work)</source>
        <translation>Type of the address (home, work)</translation>
    </message>
    <message>
        <source>Second address: type</source>
        <translation>Second address: type</translation>
    </message>
    <message>
        <source>Second address: street</source>
        <translation>Second address: street</translation>
    </message>
    <message>
        <source>Second address: postal code</source>
        <translation>Second address: postal code</translation>
    </message>
    <message>
        <source>Second address: city</source>
        <translation>Second address: city</translation>
    </message>
    <message>
        <source>Second address: province</source>
        <translation>Second address: province</translation>
    </message>
    <message>
        <source>Second address: country</source>
        <translation>Second address: country</translation>
    </message>
    <message>
        <source>Role at the company</source>
        <translation>Role at the company</translation>
    </message>
    <message>
        <source>SdI recipient code</source>
        <translation>SdI recipient code</translation>
    </message>
    <message>
        <source>SdI PEC</source>
        <translation>SdI PEC</translation>
    </message>
    <message>
        <source>Chat (Skype, Jabber…)</source>
        <translation>Chat (Skype, Jabber…)</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Social profile</translation>
    </message>
    <message>
        <source>Chat service of the next column</source>
        <translation>Chat service of the next column</translation>
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
    <message>
        <source>New, possible duplicate of</source>
        <translation>New, possible duplicate of</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 «%2» kept for review: %3</source>
        <translation>%1 «%2» kept for review: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Notes printed under the lines</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
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
        <source>The date the invoice is issued on</source>
        <translation>The date the invoice is issued on</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Issue on</source>
        <translation>Issue on</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>invoice</translation>
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
        <source>due %1 if issued on the date above</source>
        <translation>due %1 if issued on the date above</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Issued as %1</translation>
    </message>
    <message>
        <source>The customer withholds tax on the fees</source>
        <translation>The customer withholds tax on the fees</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto: a business customer keeps it and pays it to the State; a private person does not</source>
        <translation>Ritenuta d'acconto: a business customer keeps it and pays it to the State; a private person does not</translation>
    </message>
    <message>
        <source>VAT due now</source>
        <translation>VAT due now</translation>
    </message>
    <message>
        <source>VAT due when paid (deferred)</source>
        <translation>VAT due when paid (deferred)</translation>
    </message>
    <message>
        <source>Split payment: the public body pays the VAT</source>
        <translation>Split payment: the public body pays the VAT</translation>
    </message>
    <message>
        <source>The customer has a foreign VAT number and is charged VAT: a sale to a business in another EU country is N3.2 (goods) or N2.1 (services).</source>
        <translation>The customer has a foreign VAT number and is charged VAT: a sale to a business in another EU country is N3.2 (goods) or N2.1 (services).</translation>
    </message>
    <message>
        <source>A company in the regime forfettario invoices at N2.2.</source>
        <translation>A company in the regime forfettario invoices at N2.2.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>instalments if issued on the date above: %1</source>
        <translation>instalments if issued on the date above: %1</translation>
    </message>
    <message>
        <source>Lei for one unit of the invoice's currency (BNR's rate of the day): the VAT is stated in lei too</source>
        <translation>Lei for one unit of the invoice's currency (BNR's rate of the day): the VAT is stated in lei too</translation>
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
        <translation>Issue</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Credit note…</translation>
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
        <source>Send by e-mail…</source>
        <translation>Send by e-mail…</translation>
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
    <message>
        <source>(paid)</source>
        <translation>(paid)</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Record refund…</translation>
    </message>
    <message>
        <source>Money paid back to the customer against this credit note</source>
        <translation>Money paid back to the customer against this credit note</translation>
    </message>
    <message>
        <source>Credit note %1 of %2: %3</source>
        <translation>Credit note %1 of %2: %3</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>No refunds yet</source>
        <translation>No refunds yet</translation>
    </message>
    <message>
        <source>Can still be refunded</source>
        <translation>Can still be refunded</translation>
    </message>
    <message>
        <source>Owed to the customer</source>
        <translation>Owed to the customer</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Refund recorded</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>E-invoice…</source>
        <translation>E-invoice…</translation>
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
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Invoices and credit notes to Excel or CSV for the accountant</source>
        <translation>Invoices and credit notes to Excel or CSV for the accountant</translation>
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
    <message>
        <source>Credited or refunded</source>
        <translation>Credited or refunded</translation>
    </message>
    <message>
        <source>You owe the customer</source>
        <translation>You owe the customer</translation>
    </message>
    <message>
        <source>you owe %1</source>
        <translation>you owe %1</translation>
    </message>
    <message>
        <source>E-invoice messages</source>
        <translation>E-invoice messages</translation>
    </message>
    <message>
        <source>The SdI's receipts read, and those that could not be used, with the reason</source>
        <translation>The SdI's receipts read, and those that could not be used, with the reason</translation>
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
        <source>Edit what was logged for %1</source>
        <translation>Edit what was logged for %1</translation>
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
</context>
<context>
    <name>LookAlikesPanel</name>
    <message>
        <source>Merge into the one selected</source>
        <translation>Merge into the one selected</translation>
    </message>
    <message>
        <source>The imported record is folded into this one: its e-mails, phones, addresses and tags move over, empty fields are filled</source>
        <translation>The imported record is folded into this one: its e-mails, phones, addresses and tags move over, empty fields are filled</translation>
    </message>
    <message>
        <source>%1 (row %2) looks like:</source>
        <translation>%1 (row %2) looks like:</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) look like ones you already have. If one is the same, select it and merge:</source>
        <translation>
            <numerusform>%n new record looks like one you already have. If it is the same, select it and merge:</numerusform>
            <numerusform>%n new records look like ones you already have. If one is the same, select it and merge:</numerusform>
        </translation>
    </message>
    <message>
        <source>No other new record looks like one you already have.</source>
        <translation>No other new record looks like one you already have.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Merged into %1.</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>Fetching mail</source>
        <translation>Fetching mail</translation>
    </message>
    <message numerus="yes">
        <source>Mail not fetched: %1 It will be tried again in %n minute(s).</source>
        <translation>
            <numerusform>Mail not fetched: %1 It will be tried again in %n minute.</numerusform>
            <numerusform>Mail not fetched: %1 It will be tried again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailInSummary</name>
    <message numerus="yes">
        <source>%n message(s) logged on timelines</source>
        <translation>
            <numerusform>%n message logged on timelines</numerusform>
            <numerusform>%n messages logged on timelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n is waiting for review</numerusform>
            <numerusform>%n are waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n was already known</numerusform>
            <numerusform>%n were already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not readable as mail</source>
        <translation>
            <numerusform>%n is not readable as mail</numerusform>
            <numerusform>%n are not readable as mail</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
</context>
<context>
    <name>MailReviewPage</name>
    <message>
        <source>Fetch mail now</source>
        <translation>Fetch mail now</translation>
    </message>
    <message>
        <source>Import .eml/mbox…</source>
        <translation>Import .eml/mbox…</translation>
    </message>
    <message>
        <source>Choose a message to see its first lines.</source>
        <translation>Choose a message to see its first lines.</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Create contact</translation>
    </message>
    <message>
        <source>Make a contact of the sender and log the message on it</source>
        <translation>Make a contact of the sender and log the message on it</translation>
    </message>
    <message>
        <source>Add to…</source>
        <translation>Add to…</translation>
    </message>
    <message>
        <source>Log the message on a contact or company you already have</source>
        <translation>Log the message on a contact or company you already have</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Drop the message from this list for good</source>
        <translation>Drop the message from this list for good</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from senders who are not contacts yet</source>
        <translation>
            <numerusform>%n message from a sender who is not a contact yet</numerusform>
            <numerusform>%n messages from senders who are not contacts yet</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages to review: every sender is a contact.</source>
        <translation>No messages to review: every sender is a contact.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 is now a contact; the message is on the timeline.</source>
        <translation>%1 is now a contact; the message is on the timeline.</translation>
    </message>
    <message>
        <source>The message is on the contact&apos;s timeline.</source>
        <translation>The message is on the contact&apos;s timeline.</translation>
    </message>
    <message>
        <source>Message ignored.</source>
        <translation>Message ignored.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Fetching mail</source>
        <translation>Fetching mail</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Import mail</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Mail files (*.eml *.mbox *.mbx);;All files (*)</translation>
    </message>
    <message>
        <source>Importing mail</source>
        <translation>Importing mail</translation>
    </message>
</context>
<context>
    <name>MailReviewTableModel</name>
    <message>
        <source>(no sender)</source>
        <translation>(no sender)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>e.g. Anna Bianchi – Bottega Bianchi</source>
        <translation>e.g. Anna Bianchi – Bottega Bianchi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Outgoing mail server (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Wait for the server</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Suggest a call back after</source>
        <translation>Suggest a call back after</translation>
    </message>
    <message>
        <source>List quotes expiring within</source>
        <translation>List quotes expiring within</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Send test mail</translation>
    </message>
    <message>
        <source>Saves, then sends a short mail to the sender&apos;s address</source>
        <translation>Saves, then sends a short mail to the sender&apos;s address</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <source>the password of the mail account</source>
        <translation>the password of the mail account</translation>
    </message>
    <message>
        <source>No system keyring here: the password is kept until SmallCRM closes, never in the database.</source>
        <translation>No system keyring here: the password is kept until SmallCRM closes, never in the database.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved. The password is kept for this session only: no system keyring here.</source>
        <translation>Saved. The password is kept for this session only: no system keyring here.</translation>
    </message>
    <message>
        <source>Sending a test mail…</source>
        <translation>Sending a test mail…</translation>
    </message>
    <message>
        <source>Test mail</source>
        <translation>Test mail</translation>
    </message>
    <message>
        <source>Test mail sent to %1: the settings work.</source>
        <translation>Test mail sent to %1: the settings work.</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
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
        <source>Texts of the mails</source>
        <translation>Texts of the mails</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>Restore the built-in text</source>
        <translation>Restore the built-in text</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;About SmallCRM</translation>
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
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
</context>
<context>
    <name>OpenTasks</name>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nothing to do for now.</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>Open tasks (%1)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — due %2</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>It was sent</translation>
    </message>
    <message>
        <source>You found this mail in the Sent folder of your mail program: write it on the timeline without sending it again</source>
        <translation>You found this mail in the Sent folder of your mail program: write it on the timeline without sending it again</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Show sent mails</source>
        <translation>Show sent mails</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nothing to send.</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n mail sent</numerusform>
            <numerusform>%n mails sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Send again?</translation>
    </message>
    <message>
        <source>This mail may have gone already. Send it again only if it is not in the Sent folder of your mail program.</source>
        <translation>This mail may have gone already. Send it again only if it is not in the Sent folder of your mail program.</translation>
    </message>
    <message>
        <source>Delete the mail?</source>
        <translation>Delete the mail?</translation>
    </message>
    <message>
        <source>“%1” will not be sent.</source>
        <translation>“%1” will not be sent.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Sending mail</source>
        <translation>Sending mail</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent</source>
        <translation>
            <numerusform>%n mail sent</numerusform>
            <numerusform>%n mails sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>%n mail(s) in the outbox</source>
        <translation>
            <numerusform>%n mail in the outbox</numerusform>
            <numerusform>%n mails in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>Maybe sent</translation>
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
        <translation>work</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
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
        <source>Choose a company from the list, or leave the field empty</source>
        <translation>Choose a company from the list, or leave the field empty</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Title (Dott.)</source>
        <translation>Title (Dott.)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Suffix (Jr.)</source>
        <translation>Suffix (Jr.)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Not a date: write it as 17/05/1980</source>
        <translation>Not a date: write it as 17/05/1980</translation>
    </message>
    <message>
        <source>Title, middle, suffix</source>
        <translation>Title, middle, suffix</translation>
    </message>
    <message>
        <source>7 characters, e.g. M5UXCR1</source>
        <translation>7 characters, e.g. M5UXCR1</translation>
    </message>
    <message>
        <source>or a PEC address</source>
        <translation>or a PEC address</translation>
    </message>
    <message>
        <source>SdI code</source>
        <translation>SdI code</translation>
    </message>
    <message>
        <source>SdI PEC</source>
        <translation>SdI PEC</translation>
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
        <translation>User name or number</translation>
    </message>
    <message>
        <source>+ Add chat</source>
        <translation>+ Add chat</translation>
    </message>
    <message>
        <source>Profile link or user name</source>
        <translation>Profile link or user name</translation>
    </message>
    <message>
        <source>+ Add social profile</source>
        <translation>+ Add social profile</translation>
    </message>
    <message>
        <source>Chat and social</source>
        <translation>Chat and social</translation>
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
    <name>PartyHistory</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>moved to the trash</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>expired (validity over)</source>
        <translation>expired (validity over)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>merged with another record</source>
        <translation>merged with another record</translation>
    </message>
    <message>
        <source>merged into another record</source>
        <translation>merged into another record</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>this record</translation>
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
        <source>Nothing logged yet: log a call or add a note.</source>
        <translation>Nothing logged yet: log a call or add a note.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
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
        <source>This record was erased.</source>
        <translation>This record was erased.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been merged).</source>
        <translation>This record no longer exists (it may have been merged).</translation>
    </message>
    <message>
        <source>Open attached files…</source>
        <translation>Open attached files…</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore it later.</source>
        <translation>Move %1 to the trash? You can restore it later.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PartyPrivacy</name>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not recorded (set it with Edit)</source>
        <translation>not recorded (set it with Edit)</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>How was the consent for %1 withdrawn?</source>
        <translation>How was the consent for %1 withdrawn?</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>JSON (*.json);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Exporting personal data</translation>
    </message>
    <message>
        <source>Personal data saved to %1</source>
        <translation>Personal data saved to %1</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 is encrypted. Type its passphrase to open it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Try again.</source>
        <translation>That passphrase does not open the database. Try again.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Paid before the invoice was issued (%1)</source>
        <translation>Paid before the invoice was issued (%1)</translation>
    </message>
    <message>
        <source>Keep what exceeds the balance due as a credit on account</source>
        <translation>Keep what exceeds the balance due as a credit on account</translation>
    </message>
    <message>
        <source>The customer paid more than this invoice asks: the excess shows as what you owe them, in the receivables</source>
        <translation>The customer paid more than this invoice asks: the excess shows as what you owe them, in the receivables</translation>
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
    <name>PrivacySettings</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Lost contacts</source>
        <translation>Lost contacts</translation>
    </message>
    <message>
        <source>Dormant contacts</source>
        <translation>Dormant contacts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Issued invoices (tax law)</source>
        <translation>Issued invoices (tax law)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>Save periods</translation>
    </message>
    <message>
        <source>Counted from the last activity: a change to the record, a communication, a quote or a deal. Whoever has issued invoices is kept for the years tax law asks after the last one.</source>
        <translation>Counted from the last activity: a change to the record, a communication, a quote or a deal. Whoever has issued invoices is kept for the years tax law asks after the last one.</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>How long data is kept</translation>
    </message>
    <message>
        <source>Find records to review</source>
        <translation>Find records to review</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Issued invoices</source>
        <translation>Issued invoices</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep the data: the record is reviewed again after its stage&apos;s period</source>
        <translation>Keep the data: the record is reviewed again after its stage&apos;s period</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Review list</translation>
    </message>
    <message>
        <source>Finding records to review</source>
        <translation>Finding records to review</translation>
    </message>
    <message>
        <source>review date reached</source>
        <translation>review date reached</translation>
    </message>
    <message>
        <source>past its period</source>
        <translation>past its period</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (in the trash)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to review</source>
        <translation>
            <numerusform>%n record to review</numerusform>
            <numerusform>%n records to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Nobody is past the retention period.</translation>
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
        <source>What the quote is for</source>
        <translation>What the quote is for</translation>
    </message>
    <message>
        <source>Notes printed under the lines</source>
        <translation>Notes printed under the lines</translation>
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
        <source>Send by e-mail…</source>
        <translation>Send by e-mail…</translation>
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
        <source>Saved</source>
        <translation>Saved</translation>
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
        <source>Invoiced as</source>
        <translation>Invoiced as</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Another invoice…</source>
        <translation>Another invoice…</translation>
    </message>
    <message>
        <source>Already invoiced</source>
        <translation>Already invoiced</translation>
    </message>
    <message>
        <source>This quote was already invoiced (%1). Make another invoice from it? Only for an order invoiced in parts: otherwise the customer is billed twice.</source>
        <translation>This quote was already invoiced (%1). Make another invoice from it? Only for an order invoiced in parts: otherwise the customer is billed twice.</translation>
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
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Receivables by age to Excel or CSV</source>
        <translation>Receivables by age to Excel or CSV</translation>
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
    <message>
        <source>Every open balance</source>
        <translation>Every open balance</translation>
    </message>
    <message>
        <source>Only those you owe</source>
        <translation>Only those you owe</translation>
    </message>
    <message numerus="yes">
        <source>you owe %n customer(s) %1</source>
        <translation>
            <numerusform>you owe %n customer %1</numerusform>
            <numerusform>you owe %n customers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Plan a call back</source>
        <translation>Plan a call back</translation>
    </message>
    <message>
        <source>Add a task due today: call the customer about this quote</source>
        <translation>Add a task due today: call the customer about this quote</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tasks due today or overdue</source>
        <translation>Tasks due today or overdue</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <source>Quotes without an answer</source>
        <translation>Quotes without an answer</translation>
    </message>
    <message numerus="yes">
        <source>sent %n day(s) ago</source>
        <translation>
            <numerusform>sent %n day ago</numerusform>
            <numerusform>sent %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sent quote has had an answer or a call planned.</source>
        <translation>Every sent quote has had an answer or a call planned.</translation>
    </message>
    <message>
        <source>Quotes about to expire</source>
        <translation>Quotes about to expire</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No quote expires soon.</source>
        <translation>No quote expires soon.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the list</source>
        <translation>
            <numerusform>… and %n more: open the list</numerusform>
            <numerusform>… and %n more: open the list</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back about quote %1</source>
        <translation>Call back about quote %1</translation>
    </message>
    <message>
        <source>Call back planned for today.</source>
        <translation>Call back planned for today.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>A random key kept in the system keyring (nothing to type)</source>
        <translation>A random key kept in the system keyring (nothing to type)</translation>
    </message>
    <message>
        <source>A passphrase (asked at start where the keyring does not have the key; it also opens the file on another computer)</source>
        <translation>A passphrase (asked at start where the keyring does not have the key; it also opens the file on another computer)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>Decrypt the database</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Encryption at rest</translation>
    </message>
    <message>
        <source>Encrypted, the database file and its backups cannot be read without the key: if this computer is stolen, the customers&apos; data does not go with it.</source>
        <translation>Encrypted, the database file and its backups cannot be read without the key: if this computer is stolen, the customers&apos; data does not go with it.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer: the SQLCipher library (the sqlcipher3-binary package) is not installed.</source>
        <translation>Encryption is not available on this computer: the SQLCipher library (the sqlcipher3-binary package) is not installed.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept in the system keyring.</source>
        <translation>The database is encrypted; its key is kept in the system keyring.</translation>
    </message>
    <message>
        <source>The database is encrypted; its passphrase is asked at each start.</source>
        <translation>The database is encrypted; its passphrase is asked at each start.</translation>
    </message>
    <message>
        <source>The database is not encrypted: anyone who copies the file can read it.</source>
        <translation>The database is not encrypted: anyone who copies the file can read it.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: an encrypted database needs a passphrase, asked each time SmallCRM starts.</source>
        <translation>There is no system keyring on this computer: an encrypted database needs a passphrase, asked each time SmallCRM starts.</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups now? SmallCRM pauses its work while it converts them.</source>
        <translation>Encrypt the database and its backups now? SmallCRM pauses its work while it converts them.</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>Encrypting the database</translation>
    </message>
    <message>
        <source>Store the database and its backups unencrypted again? Anyone who copies the files can then read them.</source>
        <translation>Store the database and its backups unencrypted again? Anyone who copies the files can then read them.</translation>
    </message>
    <message>
        <source>Decrypting the database</source>
        <translation>Decrypting the database</translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are encrypted.</source>
        <translation>
            <numerusform>Done: the database and %n backup are encrypted.</numerusform>
            <numerusform>Done: the database and %n backups are encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are encrypted. There is no system keyring here: SmallCRM will ask for the passphrase at each start.</source>
        <translation>
            <numerusform>Done: the database and %n backup are encrypted. There is no system keyring here: SmallCRM will ask for the passphrase at each start.</numerusform>
            <numerusform>Done: the database and %n backups are encrypted. There is no system keyring here: SmallCRM will ask for the passphrase at each start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the database and %n backup(s) are plain files again.</source>
        <translation>
            <numerusform>Done: the database and %n backup are plain files again.</numerusform>
            <numerusform>Done: the database and %n backups are plain files again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged backup(s) could not be converted and were left as they were.</source>
        <translation>
            <numerusform>%n damaged backup could not be converted and was left as it was.</numerusform>
            <numerusform>%n damaged backups could not be converted and were left as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <source>name@example.com; more addresses separated by ;</source>
        <translation>name@example.com; more addresses separated by ;</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Save to outbox</source>
        <translation>Save to outbox</translation>
    </message>
    <message>
        <source>Keep it in the outbox: it goes when the mail server answers</source>
        <translation>Keep it in the outbox: it goes when the mail server answers</translation>
    </message>
    <message>
        <source>Open in my mail program…</source>
        <translation>Open in my mail program…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Remind me to call back in %n day(s) if there is no answer</source>
        <translation>
            <numerusform>Remind me to call back in %n day if there is no answer</numerusform>
            <numerusform>Remind me to call back in %n days if there is no answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 by e-mail</source>
        <translation>Send %1 by e-mail</translation>
    </message>
    <message>
        <source>Sending needs the outgoing mail server in Settings → Mail. Without it, open the mail in your own mail program.</source>
        <translation>Sending needs the outgoing mail server in Settings → Mail. Without it, open the mail in your own mail program.</translation>
    </message>
    <message>
        <source>This customer has no e-mail address yet: type one.</source>
        <translation>This customer has no e-mail address yet: type one.</translation>
    </message>
    <message>
        <source>Call back about quote %1</source>
        <translation>Call back about quote %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Sending mail</translation>
    </message>
    <message>
        <source>The mail is in the outbox.</source>
        <translation>The mail is in the outbox.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>Not sent: %1 The mail is kept in the outbox.</source>
        <translation>Not sent: %1 The mail is kept in the outbox.</translation>
    </message>
    <message>
        <source>Not sent yet: %1 The mail is kept in the outbox and goes as soon as the server answers.</source>
        <translation>Not sent yet: %1 The mail is kept in the outbox and goes as soon as the server answers.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Where to save the PDF to attach</source>
        <translation>Where to save the PDF to attach</translation>
    </message>
    <message>
        <source>Attach %1 in your mail program.</source>
        <translation>Attach %1 in your mail program.</translation>
    </message>
    <message>
        <source>Save the quote before sending it</source>
        <translation>Save the quote before sending it</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it</source>
        <translation>Issue the invoice before sending it</translation>
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
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Incoming mail</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>E-invoicing</translation>
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
    <message numerus="yes">
        <source>%n attached file(s): double-click to open</source>
        <translation>
            <numerusform>%n attached file: double-click to open</numerusform>
            <numerusform>%n attached files: double-click to open</numerusform>
        </translation>
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
    <message>
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <source>Net to pay</source>
        <translation>Net to pay</translation>
    </message>
    <message>
        <source>Contribution %1 %2%</source>
        <translation>Contribution %1 %2%</translation>
    </message>
    <message>
        <source>Withholding tax %1% on %2</source>
        <translation>Withholding tax %1% on %2</translation>
    </message>
    <message>
        <source>VAT paid by the customer (split payment)</source>
        <translation>VAT paid by the customer (split payment)</translation>
    </message>
    <message>
        <source>Rivalsa INPS %1%</source>
        <translation>Rivalsa INPS %1%</translation>
    </message>
    <message>
        <source>VAT in %1</source>
        <translation>VAT in %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
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
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>A 0% code starts with its Natura: N4, or N4-18 for a second exempt reason.</source>
        <translation>A 0% code starts with its Natura: N4, or N4-18 for a second exempt reason.</translation>
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
    <message>
        <source>In force</source>
        <translation>In force</translation>
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
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Not a valid value</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s present state</source>
        <translation>This cannot be done in the record&apos;s present state</translation>
    </message>
    <message>
        <source>The database cannot be read or written</source>
        <translation>The database cannot be read or written</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted or merged</source>
        <translation>Not found: it may have been deleted or merged</translation>
    </message>
    <message>
        <source>Not a two-letter country code (IT, RO, DE…)</source>
        <translation>Not a two-letter country code (IT, RO, DE…)</translation>
    </message>
    <message>
        <source>Up to 10 letters, digits or dashes, no spaces or slashes</source>
        <translation>Up to 10 letters, digits or dashes, no spaces or slashes</translation>
    </message>
    <message>
        <source>Not a known kind of contact</source>
        <translation>Not a known kind of contact</translation>
    </message>
    <message>
        <source>Not one of the values offered</source>
        <translation>Not one of the values offered</translation>
    </message>
    <message>
        <source>Not the right kind of value</source>
        <translation>Not the right kind of value</translation>
    </message>
    <message>
        <source>Not a known setting</source>
        <translation>Not a known setting</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Too small</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Too large</translation>
    </message>
    <message>
        <source>Out of the allowed range</source>
        <translation>Out of the allowed range</translation>
    </message>
    <message>
        <source>Already used by another record</source>
        <translation>Already used by another record</translation>
    </message>
    <message>
        <source>The logo must be a PNG image</source>
        <translation>The logo must be a PNG image</translation>
    </message>
    <message>
        <source>That folder does not exist</source>
        <translation>That folder does not exist</translation>
    </message>
    <message>
        <source>A person cannot become a company, nor a company a person</source>
        <translation>A person cannot become a company, nor a company a person</translation>
    </message>
    <message>
        <source>Only a person can work for a company</source>
        <translation>Only a person can work for a company</translation>
    </message>
    <message>
        <source>This record was merged into another one</source>
        <translation>This record was merged into another one</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself</source>
        <translation>A record cannot be merged with itself</translation>
    </message>
    <message>
        <source>A person and a company cannot be merged</source>
        <translation>A person and a company cannot be merged</translation>
    </message>
    <message>
        <source>Earlier than the document&apos;s date</source>
        <translation>Earlier than the document&apos;s date</translation>
    </message>
    <message>
        <source>Only a draft quote can be changed: make a new revision</source>
        <translation>Only a draft quote can be changed: make a new revision</translation>
    </message>
    <message>
        <source>The quote cannot go to that status from its present one</source>
        <translation>The quote cannot go to that status from its present one</translation>
    </message>
    <message>
        <source>Only an accepted quote becomes an invoice</source>
        <translation>Only an accepted quote becomes an invoice</translation>
    </message>
    <message>
        <source>Only an issued invoice can take payments or credit notes</source>
        <translation>Only an issued invoice can take payments or credit notes</translation>
    </message>
    <message>
        <source>An invoice needs at least one line</source>
        <translation>An invoice needs at least one line</translation>
    </message>
    <message>
        <source>The total must be more than zero</source>
        <translation>The total must be more than zero</translation>
    </message>
    <message>
        <source>This date is in the future</source>
        <translation>This date is in the future</translation>
    </message>
    <message>
        <source>A later invoice of this series has an earlier date: numbers must follow the dates</source>
        <translation>A later invoice of this series has an earlier date: numbers must follow the dates</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects</source>
        <translation>A credit note cannot be dated before the invoice it corrects</translation>
    </message>
    <message>
        <source>More than is left to credit on this line</source>
        <translation>More than is left to credit on this line</translation>
    </message>
    <message>
        <source>Choose what to credit: a quantity on a line, or an amount</source>
        <translation>Choose what to credit: a quantity on a line, or an amount</translation>
    </message>
    <message>
        <source>Cancelled: no file was written</source>
        <translation>Cancelled: no file was written</translation>
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
        <source>The database is encrypted: its passphrase is needed</source>
        <translation>The database is encrypted: its passphrase is needed</translation>
    </message>
    <message>
        <source>That passphrase does not open the database</source>
        <translation>That passphrase does not open the database</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters</source>
        <translation>A passphrase needs at least 8 characters</translation>
    </message>
    <message>
        <source>There is no system keyring here: choose a passphrase</source>
        <translation>There is no system keyring here: choose a passphrase</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer</source>
        <translation>Encryption is not available on this computer</translation>
    </message>
    <message>
        <source>The mail server cannot be reached</source>
        <translation>The mail server cannot be reached</translation>
    </message>
    <message>
        <source>The mail server does not answer</source>
        <translation>The mail server does not answer</translation>
    </message>
    <message>
        <source>The mail server refused the user name or the password</source>
        <translation>The mail server refused the user name or the password</translation>
    </message>
    <message>
        <source>The mail server closed the connection</source>
        <translation>The mail server closed the connection</translation>
    </message>
    <message>
        <source>No secure connection to the mail server</source>
        <translation>No secure connection to the mail server</translation>
    </message>
    <message>
        <source>The mail server answered with an error</source>
        <translation>The mail server answered with an error</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only)</source>
        <translation>The database cannot be written (read-only)</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>The file is missing</translation>
    </message>
    <message>
        <source>The database&apos;s folder does not exist</source>
        <translation>The database&apos;s folder does not exist</translation>
    </message>
    <message>
        <source>This file is not a SmallCRM database</source>
        <translation>This file is not a SmallCRM database</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>The database was written by a newer SmallCRM: please update</source>
        <translation>The database was written by a newer SmallCRM: please update</translation>
    </message>
    <message>
        <source>The backup failed its integrity check</source>
        <translation>The backup failed its integrity check</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>The backup could not be written</translation>
    </message>
    <message>
        <source>The database is already encrypted</source>
        <translation>The database is already encrypted</translation>
    </message>
    <message>
        <source>The database is not encrypted</source>
        <translation>The database is not encrypted</translation>
    </message>
    <message>
        <source>The converted copy failed its integrity check: the database was left as it was</source>
        <translation>The converted copy failed its integrity check: the database was left as it was</translation>
    </message>
    <message>
        <source>The database could not be converted: it was left as it was</source>
        <translation>The database could not be converted: it was left as it was</translation>
    </message>
    <message>
        <source>The system keyring did not accept the key: choose a passphrase instead</source>
        <translation>The system keyring did not accept the key: choose a passphrase instead</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>This import was already undone</source>
        <translation>This import was already undone</translation>
    </message>
    <message>
        <source>Some records changed since the preview: preview the import again</source>
        <translation>Some records changed since the preview: preview the import again</translation>
    </message>
    <message>
        <source>No column is imported: choose a field for at least one</source>
        <translation>No column is imported: choose a field for at least one</translation>
    </message>
    <message>
        <source>The column mapping cannot be read</source>
        <translation>The column mapping cannot be read</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file&apos;s columns</source>
        <translation>The column mapping does not fit the file&apos;s columns</translation>
    </message>
    <message>
        <source>These columns are not a known layout: confirm the mapping first</source>
        <translation>These columns are not a known layout: confirm the mapping first</translation>
    </message>
    <message>
        <source>Not a date (use 17/05/1980 or 1980-05-17)</source>
        <translation>Not a date (use 17/05/1980 or 1980-05-17)</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>The file does not exist</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>The file is too large</translation>
    </message>
    <message>
        <source>Choose a .json or an .xlsx file</source>
        <translation>Choose a .json or an .xlsx file</translation>
    </message>
    <message>
        <source>No contacts to export</source>
        <translation>No contacts to export</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given</source>
        <translation>A consent cannot be withdrawn before it was given</translation>
    </message>
    <message>
        <source>There is already an active consent for this purpose: withdraw it first</source>
        <translation>There is already an active consent for this purpose: withdraw it first</translation>
    </message>
    <message>
        <source>This consent was already withdrawn</source>
        <translation>This consent was already withdrawn</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <source>This record was erased: only what tax law keeps is left of it</source>
        <translation>This record was erased: only what tax law keeps is left of it</translation>
    </message>
    <message>
        <source>The reason is kept: it must not repeat the name, e-mail or phone</source>
        <translation>The reason is kept: it must not repeat the name, e-mail or phone</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it</source>
        <translation>Issue the invoice before sending it</translation>
    </message>
    <message>
        <source>Set the sender&apos;s address in Settings → Mail first</source>
        <translation>Set the sender&apos;s address in Settings → Mail first</translation>
    </message>
    <message>
        <source>Only a mail that may have been sent can be marked sent</source>
        <translation>Only a mail that may have been sent can be marked sent</translation>
    </message>
    <message>
        <source>This mail is being sent right now</source>
        <translation>This mail is being sent right now</translation>
    </message>
    <message>
        <source>No password is kept for this account: enter it in the settings</source>
        <translation>No password is kept for this account: enter it in the settings</translation>
    </message>
    <message>
        <source>This message has no sender to make a contact of</source>
        <translation>This message has no sender to make a contact of</translation>
    </message>
    <message>
        <source>This file is not an e-mail message</source>
        <translation>This file is not an e-mail message</translation>
    </message>
    <message>
        <source>This file is not an mbox file</source>
        <translation>This file is not an mbox file</translation>
    </message>
    <message>
        <source>This message was already decided</source>
        <translation>This message was already decided</translation>
    </message>
    <message>
        <source>Too small: at least %1</source>
        <translation>Too small: at least %1</translation>
    </message>
    <message>
        <source>Too large: at most %1</source>
        <translation>Too large: at most %1</translation>
    </message>
    <message>
        <source>More than is left to credit on this line (%1)</source>
        <translation>More than is left to credit on this line (%1)</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). The details are in the log.</source>
        <translation>Something went wrong ({name}). The details are in the log.</translation>
    </message>
    <message>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <source>Could be read two ways: write %1</source>
        <translation>Could be read two ways: write %1</translation>
    </message>
    <message>
        <source>This number could be read two ways</source>
        <translation>This number could be read two ways</translation>
    </message>
    <message>
        <source>No value of tax law is known for that day</source>
        <translation>No value of tax law is known for that day</translation>
    </message>
    <message>
        <source>Reverse charge (N6) needs a customer with a VAT number</source>
        <translation>Reverse charge (N6) needs a customer with a VAT number</translation>
    </message>
    <message>
        <source>An intra-EU sale (N3.2) needs the customer's valid VAT number of another EU country</source>
        <translation>An intra-EU sale (N3.2) needs the customer's valid VAT number of another EU country</translation>
    </message>
    <message>
        <source>Not payment terms: write e.g. 30, 30 fm, 30/60/90 fm or 30:500/60</source>
        <translation>Not payment terms: write e.g. 30, 30 fm, 30/60/90 fm or 30:500/60</translation>
    </message>
    <message>
        <source>Instalments fall due one after the other</source>
        <translation>Instalments fall due one after the other</translation>
    </message>
    <message>
        <source>The instalments do not add up to what the invoice asks for</source>
        <translation>The instalments do not add up to what the invoice asks for</translation>
    </message>
    <message>
        <source>Give the exchange rate of the day: the VAT is stated in lei too</source>
        <translation>Give the exchange rate of the day: the VAT is stated in lei too</translation>
    </message>
    <message>
        <source>The REA office is the province's two letters (MI)</source>
        <translation>The REA office is the province's two letters (MI)</translation>
    </message>
    <message>
        <source>This VAT rate is not in force on the document's date</source>
        <translation>This VAT rate is not in force on the document's date</translation>
    </message>
    <message>
        <source>A 0% code starts with its Natura (N1 … N7, e.g. N4 or N4-18)</source>
        <translation>A 0% code starts with its Natura (N1 … N7, e.g. N4 or N4-18)</translation>
    </message>
    <message>
        <source>This quote was already invoiced</source>
        <translation>This quote was already invoiced</translation>
    </message>
    <message>
        <source>Some details the law wants on it are missing</source>
        <translation>Some details the law wants on it are missing</translation>
    </message>
    <message>
        <source>This could name two documents</source>
        <translation>This could name two documents</translation>
    </message>
    <message>
        <source>Not a document number</source>
        <translation>Not a document number</translation>
    </message>
    <message>
        <source>This quote was already invoiced (%1)</source>
        <translation>This quote was already invoiced (%1)</translation>
    </message>
    <message>
        <source>This could name two documents: write %1</source>
        <translation>This could name two documents: write %1</translation>
    </message>
    <message>
        <source>A line cannot take off more than the document charges at its VAT rate</source>
        <translation>A line cannot take off more than the document charges at its VAT rate</translation>
    </message>
    <message>
        <source>A line cannot take off more than the document charges at VAT %1</source>
        <translation>A line cannot take off more than the document charges at VAT %1</translation>
    </message>
    <message>
        <source>More than is left to credit at this VAT rate</source>
        <translation>More than is left to credit at this VAT rate</translation>
    </message>
    <message>
        <source>The invoice has no line at this VAT rate</source>
        <translation>The invoice has no line at this VAT rate</translation>
    </message>
    <message>
        <source>More than can be refunded</source>
        <translation>More than can be refunded</translation>
    </message>
    <message>
        <source>Refunds are recorded against issued credit notes only</source>
        <translation>Refunds are recorded against issued credit notes only</translation>
    </message>
    <message>
        <source>More than is left to credit at this VAT rate (%1 before VAT)</source>
        <translation>More than is left to credit at this VAT rate (%1 before VAT)</translation>
    </message>
    <message>
        <source>The database is missing, but backups of it are here: restore one, or start anew</source>
        <translation>The database is missing, but backups of it are here: restore one, or start anew</translation>
    </message>
    <message>
        <source>That is the database itself: choose a backup</source>
        <translation>That is the database itself: choose a backup</translation>
    </message>
    <message>
        <source>The erasures of the damaged database cannot be read: restoring could bring erased persons back, so nothing was restored</source>
        <translation>The erasures of the damaged database cannot be read: restoring could bring erased persons back, so nothing was restored</translation>
    </message>
    <message>
        <source>The erasure ledger beside the database is damaged: nothing was opened, so that no erased person comes back</source>
        <translation>The erasure ledger beside the database is damaged: nothing was opened, so that no erased person comes back</translation>
    </message>
    <message>
        <source>The file's extension does not match what is written into it</source>
        <translation>The file's extension does not match what is written into it</translation>
    </message>
    <message>
        <source>The image file is too large</source>
        <translation>The image file is too large</translation>
    </message>
    <message>
        <source>The image has too many pixels</source>
        <translation>The image has too many pixels</translation>
    </message>
    <message>
        <source>The image file is too large (at most %1 MB)</source>
        <translation>The image file is too large (at most %1 MB)</translation>
    </message>
    <message>
        <source>The image has too many pixels (at most %1 on a side)</source>
        <translation>The image has too many pixels (at most %1 on a side)</translation>
    </message>
    <message>
        <source>The erasure is saved, but the disk is too full to clear the space it freed: free some space; SmallCRM clears it at its next start</source>
        <translation>The erasure is saved, but the disk is too full to clear the space it freed: free some space; SmallCRM clears it at its next start</translation>
    </message>
    <message>
        <source>The database's -wal file is missing: its last changes would be lost. Put it back, or restore a backup</source>
        <translation>The database's -wal file is missing: its last changes would be lost. Put it back, or restore a backup</translation>
    </message>
    <message>
        <source>An attachment cannot be decrypted (damaged, or its key is gone)</source>
        <translation>An attachment cannot be decrypted (damaged, or its key is gone)</translation>
    </message>
    <message>
        <source>The database's -wal file is not its own (another copy's?): opening would mix them. Put the right one back, or restore a backup</source>
        <translation>The database's -wal file is not its own (another copy's?): opening would mix them. Put the right one back, or restore a backup</translation>
    </message>
    <message>
        <source>Not a picture that can be read (JPEG, PNG, GIF or WebP)</source>
        <translation>Not a picture that can be read (JPEG, PNG, GIF or WebP)</translation>
    </message>
    <message>
        <source>The photo is on another server and was not fetched</source>
        <translation>The photo is on another server and was not fetched</translation>
    </message>
    <message>
        <source>Not a country SmallCRM knows (IT, ITA, Italia, Italy…)</source>
        <translation>Not a country SmallCRM knows (IT, ITA, Italia, Italy…)</translation>
    </message>
    <message>
        <source>The e-invoice is not a readable XML file</source>
        <translation>The e-invoice is not a readable XML file</translation>
    </message>
    <message>
        <source>Required in the e-invoice and missing</source>
        <translation>Required in the e-invoice and missing</translation>
    </message>
    <message>
        <source>Empty: the e-invoice needs a value here</source>
        <translation>Empty: the e-invoice needs a value here</translation>
    </message>
    <message>
        <source>Not written as the e-invoice wants it (digits, capitals, length)</source>
        <translation>Not written as the e-invoice wants it (digits, capitals, length)</translation>
    </message>
    <message>
        <source>Too long for the e-invoice</source>
        <translation>Too long for the e-invoice</translation>
    </message>
    <message>
        <source>Has characters the e-invoice does not allow</source>
        <translation>Has characters the e-invoice does not allow</translation>
    </message>
    <message>
        <source>Not a code of the e-invoice's list</source>
        <translation>Not a code of the e-invoice's list</translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <translation>Not a valid date</translation>
    </message>
    <message>
        <source>A line at 0% VAT needs its Natura (why it bears no VAT) (SdI 00400)</source>
        <translation>A line at 0% VAT needs its Natura (why it bears no VAT) (SdI 00400)</translation>
    </message>
    <message>
        <source>A line that bears VAT has no Natura (SdI 00401)</source>
        <translation>A line that bears VAT has no Natura (SdI 00401)</translation>
    </message>
    <message>
        <source>Natura N2, N3 and N6 need their sub-code since 2021 (SdI 00445)</source>
        <translation>Natura N2, N3 and N6 need their sub-code since 2021 (SdI 00445)</translation>
    </message>
    <message>
        <source>The line's total is not its price times its quantity, less its discount (SdI 00423)</source>
        <translation>The line's total is not its price times its quantity, less its discount (SdI 00423)</translation>
    </message>
    <message>
        <source>Lines are subject to withholding tax but the withholding data are missing (SdI 00411)</source>
        <translation>Lines are subject to withholding tax but the withholding data are missing (SdI 00411)</translation>
    </message>
    <message>
        <source>The pension fund contribution is subject to withholding tax but the withholding data are missing (SdI 00415)</source>
        <translation>The pension fund contribution is subject to withholding tax but the withholding data are missing (SdI 00415)</translation>
    </message>
    <message>
        <source>The customer needs a VAT number or a codice fiscale (SdI 00417)</source>
        <translation>The customer needs a VAT number or a codice fiscale (SdI 00417)</translation>
    </message>
    <message>
        <source>The corrected invoice is dated after this document (SdI 00418)</source>
        <translation>The corrected invoice is dated after this document (SdI 00418)</translation>
    </message>
    <message>
        <source>Lines at a VAT rate or Natura without their summary (SdI 00419)</source>
        <translation>Lines at a VAT rate or Natura without their summary (SdI 00419)</translation>
    </message>
    <message>
        <source>A reverse charge (N6) is never a split payment (SdI 00420)</source>
        <translation>A reverse charge (N6) is never a split payment (SdI 00420)</translation>
    </message>
    <message>
        <source>The VAT of a summary is not its taxable times its rate (SdI 00421)</source>
        <translation>The VAT of a summary is not its taxable times its rate (SdI 00421)</translation>
    </message>
    <message>
        <source>The summary's taxable is not the sum of its lines (SdI 00422)</source>
        <translation>The summary's taxable is not the sum of its lines (SdI 00422)</translation>
    </message>
    <message>
        <source>A summary at 0% needs its Natura (SdI 00429)</source>
        <translation>A summary at 0% needs its Natura (SdI 00429)</translation>
    </message>
    <message>
        <source>A summary with VAT has no Natura (SdI 00430)</source>
        <translation>A summary with VAT has no Natura (SdI 00430)</translation>
    </message>
    <message>
        <source>The document is dated in the future (SdI 00403)</source>
        <translation>The document is dated in the future (SdI 00403)</translation>
    </message>
    <message>
        <source>The document number has no digit (SdI 00425)</source>
        <translation>The document number has no digit (SdI 00425)</translation>
    </message>
    <message>
        <source>A PEC address goes only with the recipient code 0000000 (SdI 00426)</source>
        <translation>A PEC address goes only with the recipient code 0000000 (SdI 00426)</translation>
    </message>
    <message>
        <source>A public administration has a 6-character office code, anyone else 7 characters (SdI 00427)</source>
        <translation>A public administration has a 6-character office code, anyone else 7 characters (SdI 00427)</translation>
    </message>
    <message>
        <source>The transmission format differs from the file's version (SdI 00428)</source>
        <translation>The transmission format differs from the file's version (SdI 00428)</translation>
    </message>
    <message>
        <source>Our VAT number is not valid (SdI 00301)</source>
        <translation>Our VAT number is not valid (SdI 00301)</translation>
    </message>
    <message>
        <source>The customer's VAT number is not valid (SdI 00305)</source>
        <translation>The customer's VAT number is not valid (SdI 00305)</translation>
    </message>
    <message>
        <source>The customer's codice fiscale is not valid (SdI 00306)</source>
        <translation>The customer's codice fiscale is not valid (SdI 00306)</translation>
    </message>
    <message>
        <source>A deferred invoice (TD24) names its delivery notes (DDT)</source>
        <translation>A deferred invoice (TD24) names its delivery notes (DDT)</translation>
    </message>
    <message>
        <source>A credit note names the invoice it corrects</source>
        <translation>A credit note names the invoice it corrects</translation>
    </message>
    <message>
        <source>Only an issued invoice or credit note has an e-invoice</source>
        <translation>Only an issued invoice or credit note has an e-invoice</translation>
    </message>
    <message>
        <source>This e-invoice has already been sent: it cannot be made again</source>
        <translation>This e-invoice has already been sent: it cannot be made again</translation>
    </message>
    <message>
        <source>The e-invoice file numbers of this sender are used up</source>
        <translation>The e-invoice file numbers of this sender are used up</translation>
    </message>
    <message>
        <source>The SdI's flow does not allow this change of the e-invoice's status</source>
        <translation>The SdI's flow does not allow this change of the e-invoice's status</translation>
    </message>
    <message>
        <source>Not a recipient code: 7 letters or digits (6 for a public administration's office)</source>
        <translation>Not a recipient code: 7 letters or digits (6 for a public administration's office)</translation>
    </message>
    <message>
        <source>A FatturaPA e-invoice is issued by a seller established in Italy</source>
        <translation>A FatturaPA e-invoice is issued by a seller established in Italy</translation>
    </message>
    <message>
        <source>The file's name is not as the SdI wants it (SdI 00001)</source>
        <translation>The file's name is not as the SdI wants it (SdI 00001)</translation>
    </message>
    <message>
        <source>A file with this name was already sent (SdI 00002)</source>
        <translation>A file with this name was already sent (SdI 00002)</translation>
    </message>
    <message>
        <source>The file's signature is not valid (SdI 00102)</source>
        <translation>The file's signature is not valid (SdI 00102)</translation>
    </message>
    <message>
        <source>The file does not follow the FatturaPA format (SdI 00200)</source>
        <translation>The file does not follow the FatturaPA format (SdI 00200)</translation>
    </message>
    <message>
        <source>This invoice was already sent: same seller, number and date (SdI 00404)</source>
        <translation>This invoice was already sent: same seller, number and date (SdI 00404)</translation>
    </message>
    <message>
        <source>The e-invoice has problems to correct before it is sent</source>
        <translation>The e-invoice has problems to correct before it is sent</translation>
    </message>
    <message>
        <source>This e-invoice already waits in the outbox</source>
        <translation>This e-invoice already waits in the outbox</translation>
    </message>
    <message>
        <source>The PEC mailbox for e-invoices is not set up</source>
        <translation>The PEC mailbox for e-invoices is not set up</translation>
    </message>
    <message>
        <source>More than 5 days have passed since the rejection: cancel the invoice with a credit note and issue a new one</source>
        <translation>More than 5 days have passed since the rejection: cancel the invoice with a credit note and issue a new one</translation>
    </message>
    <message>
        <source>The SdI rejected this invoice for what it holds as issued (the parties, the lines, the amounts): a corrected file would be rejected again. Cancel it with a credit note and issue a new invoice</source>
        <translation>The SdI rejected this invoice for what it holds as issued (the parties, the lines, the amounts): a corrected file would be rejected again. Cancel it with a credit note and issue a new invoice</translation>
    </message>
    <message>
        <source>A day without a year: kept in the notes for review</source>
        <translation>A day without a year: kept in the notes for review</translation>
    </message>
    <message>
        <source>The file has no line of column names: its first line is a contact. Choose what each column holds</source>
        <translation>The file has no line of column names: its first line is a contact. Choose what each column holds</translation>
    </message>
    <message>
        <source>The team's server cannot be reached: working offline</source>
        <translation>The team's server cannot be reached: working offline</translation>
    </message>
    <message>
        <source>The team's server answered with an error</source>
        <translation>The team's server answered with an error</translation>
    </message>
    <message>
        <source>This laptop is not in team mode: sign in to the team's server first</source>
        <translation>This laptop is not in team mode: sign in to the team's server first</translation>
    </message>
    <message>
        <source>The team's server does not know this laptop any more: sign in again</source>
        <translation>The team's server does not know this laptop any more: sign in again</translation>
    </message>
    <message>
        <source>The team's server is newer than this SmallCRM: update SmallCRM</source>
        <translation>The team's server is newer than this SmallCRM: update SmallCRM</translation>
    </message>
    <message>
        <source>This database has records of its own and the team's server has its own: to join the team, sign in from a new, empty database</source>
        <translation>This database has records of its own and the team's server has its own: to join the team, sign in from a new, empty database</translation>
    </message>
    <message>
        <source>Not a server address (https://...)</source>
        <translation>Not a server address (https://...)</translation>
    </message>
    <message>
        <source>Plain http is for this computer only: use https://</source>
        <translation>Plain http is for this computer only: use https://</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>This laptop's device suffix in the team is past what e-invoice file names can tell apart (350 devices): it cannot name e-invoice files</source>
        <translation>This laptop's device suffix in the team is past what e-invoice file names can tell apart (350 devices): it cannot name e-invoice files</translation>
    </message>
    <message>
        <source>This credit note is for the books only: the SdI rejected the invoice it corrects, which for the tax rules was then not issued</source>
        <translation>This credit note is for the books only: the SdI rejected the invoice it corrects, which for the tax rules was then not issued</translation>
    </message>
    <message>
        <source>Not a known text encoding (e.g. utf-8, cp1252, iso8859_2)</source>
        <translation>Not a known text encoding (e.g. utf-8, cp1252, iso8859_2)</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in a minute</source>
        <translation>Too many failed sign-ins: try again in a minute</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in %1 seconds</source>
        <translation>Too many failed sign-ins: try again in %1 seconds</translation>
    </message>
    <message>
        <source>The sync was cancelled: what it had received is kept</source>
        <translation>The sync was cancelled: what it had received is kept</translation>
    </message>
    <message>
        <source>Write the address: a user name, a number or a profile's link</source>
        <translation>Write the address: a user name, a number or a profile's link</translation>
    </message>
    <message>
        <source>Write the address on %1: a user name, a number or a profile's link</source>
        <translation>Write the address on %1: a user name, a number or a profile's link</translation>
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
        <translation>Profiling</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <translation>Sharing with third parties</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vital interests</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Public task</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legitimate interests</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
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
        <source>Stage</source>
        <translation>Stage</translation>
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
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Web sites</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Banker's draft</source>
        <translation>Banker's draft</translation>
    </message>
    <message>
        <source>Cash at the Treasury</source>
        <translation>Cash at the Treasury</translation>
    </message>
    <message>
        <source>Promissory note</source>
        <translation>Promissory note</translation>
    </message>
    <message>
        <source>Bank payment slip</source>
        <translation>Bank payment slip</translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation>Payment card</translation>
    </message>
    <message>
        <source>Direct debit (RID)</source>
        <translation>Direct debit (RID)</translation>
    </message>
    <message>
        <source>Utility direct debit (RID)</source>
        <translation>Utility direct debit (RID)</translation>
    </message>
    <message>
        <source>Fast direct debit (RID)</source>
        <translation>Fast direct debit (RID)</translation>
    </message>
    <message>
        <source>Bank receipt (Ri.Ba.)</source>
        <translation>Bank receipt (Ri.Ba.)</translation>
    </message>
    <message>
        <source>Payment notice (MAV)</source>
        <translation>Payment notice (MAV)</translation>
    </message>
    <message>
        <source>Treasury receipt</source>
        <translation>Treasury receipt</translation>
    </message>
    <message>
        <source>Transfer to a special account</source>
        <translation>Transfer to a special account</translation>
    </message>
    <message>
        <source>Bank direct debit</source>
        <translation>Bank direct debit</translation>
    </message>
    <message>
        <source>Postal direct debit</source>
        <translation>Postal direct debit</translation>
    </message>
    <message>
        <source>Postal payment slip</source>
        <translation>Postal payment slip</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>SEPA direct debit</translation>
    </message>
    <message>
        <source>SEPA direct debit (Core)</source>
        <translation>SEPA direct debit (Core)</translation>
    </message>
    <message>
        <source>SEPA direct debit (B2B)</source>
        <translation>SEPA direct debit (B2B)</translation>
    </message>
    <message>
        <source>Deduction from sums already collected</source>
        <translation>Deduction from sums already collected</translation>
    </message>
    <message>
        <source>PagoPA</source>
        <translation>PagoPA</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Recipient code (SdI)</source>
        <translation>Recipient code (SdI)</translation>
    </message>
    <message>
        <source>PEC for e-invoices</source>
        <translation>PEC for e-invoices</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Social profiles</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>No outgoing mail server is set: see Settings → Mail.</source>
        <translation>No outgoing mail server is set: see Settings → Mail.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s address in Settings → Mail first.</source>
        <translation>Set the sender&apos;s address in Settings → Mail first.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>The mail server refused the user name or password.</translation>
    </message>
    <message>
        <source>The mail server does not offer what was asked: check the security setting.</source>
        <translation>The mail server does not offer what was asked: check the security setting.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1.</source>
        <translation>The mail server refused the address %1.</translation>
    </message>
    <message>
        <source>The mail server refused the sender&apos;s address.</source>
        <translation>The mail server refused the sender&apos;s address.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>The mail server refused the message.</translation>
    </message>
    <message>
        <source>The mail server closed the connection.</source>
        <translation>The mail server closed the connection.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>The mail server did not answer in time.</translation>
    </message>
    <message>
        <source>Nothing answers at the mail server&apos;s address: it is down, there is no connection, or the port is wrong.</source>
        <translation>Nothing answers at the mail server&apos;s address: it is down, there is no connection, or the port is wrong.</translation>
    </message>
    <message>
        <source>The mail server cannot be found: no connection, or a wrong name.</source>
        <translation>The mail server cannot be found: no connection, or a wrong name.</translation>
    </message>
    <message>
        <source>The secure connection failed: check the security setting and the port.</source>
        <translation>The secure connection failed: check the security setting and the port.</translation>
    </message>
    <message>
        <source>The mail server cannot be reached.</source>
        <translation>The mail server cannot be reached.</translation>
    </message>
    <message>
        <source>The mail server answered unexpectedly.</source>
        <translation>The mail server answered unexpectedly.</translation>
    </message>
    <message>
        <source>SmallCRM stopped while this mail was being sent: it may have gone. Look in the Sent folder of your mail program, then mark it sent or send it again.</source>
        <translation>SmallCRM stopped while this mail was being sent: it may have gone. Look in the Sent folder of your mail program, then mark it sent or send it again.</translation>
    </message>
    <message>
        <source>Sent, but it could not be written on the timeline.</source>
        <translation>Sent, but it could not be written on the timeline.</translation>
    </message>
    <message>
        <source>The customer is in the trash.</source>
        <translation>The customer is in the trash.</translation>
    </message>
    <message>
        <source>Issue the invoice before sending it.</source>
        <translation>Issue the invoice before sending it.</translation>
    </message>
    <message>
        <source>No copy was kept in the Sent folder: %1</source>
        <translation>No copy was kept in the Sent folder: %1</translation>
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
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Incoming mail</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>TaxGroup</name>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Tax regime</translation>
    </message>
    <message>
        <source>Charge the stamp duty (2 €) to the customer</source>
        <translation>Charge the stamp duty (2 €) to the customer</translation>
    </message>
    <message>
        <source>Documents charge no VAT (N2.2) and carry the regime's legal wording; the stamp duty is added when more than 77,47 € is not subject to VAT.</source>
        <translation>Documents charge no VAT (N2.2) and carry the regime's legal wording; the stamp duty is added when more than 77,47 € is not subject to VAT.</translation>
    </message>
    <message>
        <source>The stamp duty is added when more than 77,47 € of a document is exempt or not subject to VAT.</source>
        <translation>The stamp duty is added when more than 77,47 € of a document is exempt or not subject to VAT.</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Contribuenti minimi</source>
        <translation>Contribuenti minimi</translation>
    </message>
    <message>
        <source>Agriculture and fishing</source>
        <translation>Agriculture and fishing</translation>
    </message>
    <message>
        <source>Salt and tobacco</source>
        <translation>Salt and tobacco</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Public telephony</source>
        <translation>Public telephony</translation>
    </message>
    <message>
        <source>Transport and parking tickets</source>
        <translation>Transport and parking tickets</translation>
    </message>
    <message>
        <source>Entertainment and games</source>
        <translation>Entertainment and games</translation>
    </message>
    <message>
        <source>Travel agencies</source>
        <translation>Travel agencies</translation>
    </message>
    <message>
        <source>Agritourism</source>
        <translation>Agritourism</translation>
    </message>
    <message>
        <source>Door-to-door sales</source>
        <translation>Door-to-door sales</translation>
    </message>
    <message>
        <source>Second-hand goods, art and antiques</source>
        <translation>Second-hand goods, art and antiques</translation>
    </message>
    <message>
        <source>Auctions of art and antiques</source>
        <translation>Auctions of art and antiques</translation>
    </message>
    <message>
        <source>VAT on cash basis (public bodies)</source>
        <translation>VAT on cash basis (public bodies)</translation>
    </message>
    <message>
        <source>VAT on cash basis</source>
        <translation>VAT on cash basis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Flat-rate scheme (forfettario)</source>
        <translation>Flat-rate scheme (forfettario)</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto of a person</source>
        <translation>Ritenuta d'acconto of a person</translation>
    </message>
    <message>
        <source>Ritenuta d'acconto of a company</source>
        <translation>Ritenuta d'acconto of a company</translation>
    </message>
    <message>
        <source>INPS contribution</source>
        <translation>INPS contribution</translation>
    </message>
    <message>
        <source>ENASARCO contribution</source>
        <translation>ENASARCO contribution</translation>
    </message>
    <message>
        <source>ENPAM contribution</source>
        <translation>ENPAM contribution</translation>
    </message>
    <message>
        <source>Other pension contribution</source>
        <translation>Other pension contribution</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The reason of the payment in the customer's CU form (A: professional fees)</source>
        <translation>The reason of the payment in the customer's CU form (A: professional fees)</translation>
    </message>
    <message>
        <source>subject to the withholding tax</source>
        <translation>subject to the withholding tax</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>Withholding tax</translation>
    </message>
    <message>
        <source>% on</source>
        <translation>% on</translation>
    </message>
    <message>
        <source>% of the fees</source>
        <translation>% of the fees</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Pension fund</source>
        <translation>Pension fund</translation>
    </message>
</context>
<context>
    <name>PaymentTermsEditor</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>end of month</source>
        <translation>end of month</translation>
    </message>
    <message>
        <source>in </source>
        <translation>in </translation>
    </message>
    <message>
        <source> instalments</source>
        <translation> instalments</translation>
    </message>
    <message>
        <source>Instalments 30 days apart: 30 days in 3 instalments is 30/60/90</source>
        <translation>Instalments 30 days apart: 30 days in 3 instalments is 30/60/90</translation>
    </message>
    <message>
        <source>custom: %1</source>
        <translation>custom: %1</translation>
    </message>
</context>
<context>
    <name>RegistryGroup</name>
    <message>
        <source>Company register</source>
        <translation>Company register</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>one shareholder (socio unico)</source>
        <translation>one shareholder (socio unico)</translation>
    </message>
    <message>
        <source>several shareholders</source>
        <translation>several shareholders</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <translation>in liquidation</translation>
    </message>
    <message>
        <source>REA office</source>
        <translation>REA office</translation>
    </message>
    <message>
        <source>REA number</source>
        <translation>REA number</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <source>Shareholders</source>
        <translation>Shareholders</translation>
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
        <translation>Legal name</translation>
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
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>VAT number or tax code</source>
        <translation>VAT number or tax code</translation>
    </message>
    <message>
        <source>IBAN, for the bank transfer</source>
        <translation>IBAN, for the bank transfer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tax code (codice fiscale): a private customer in Italy</source>
        <translation>Tax code (codice fiscale): a private customer in Italy</translation>
    </message>
    <message>
        <source>VAT number: a business abroad</source>
        <translation>VAT number: a business abroad</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Tax regime</translation>
    </message>
</context>
<context>
    <name>MissingItemsDialog</name>
    <message>
        <source>Before it gets a number</source>
        <translation>Before it gets a number</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Issue again</translation>
    </message>
    <message>
        <source>Everything the law wants on it is there now: it can be issued.</source>
        <translation>Everything the law wants on it is there now: it can be issued.</translation>
    </message>
    <message>
        <source>An invoice is frozen for good once it has its number. These details the law wants on it are missing; fill them in, then issue it again.</source>
        <translation>An invoice is frozen for good once it has its number. These details the law wants on it are missing; fill them in, then issue it again.</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Fill in…</source>
        <translation>Fill in…</translation>
    </message>
    <message>
        <source>Issue now</source>
        <translation>Issue now</translation>
    </message>
</context>
<context>
    <name>IssueConfirmation</name>
    <message>
        <source>It will be issued as number %1, dated %2, to %3, for %4.

Once issued it cannot be changed (a credit note corrects it).</source>
        <translation>It will be issued as number %1, dated %2, to %3, for %4.

Once issued it cannot be changed (a credit note corrects it).</translation>
    </message>
    <message>
        <source>Issue %1?</source>
        <translation>Issue %1?</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to SmallCRM</source>
        <translation>Welcome to SmallCRM</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in one file.</source>
        <translation>Your data stays on this computer, in one file.</translation>
    </message>
    <message>
        <source>My own business: set it up now (a minute), then enter my customers</source>
        <translation>My own business: set it up now (a minute), then enter my customers</translation>
    </message>
    <message>
        <source>Demo data (an Italian shop with 300 contacts), to look around</source>
        <translation>Demo data (an Italian shop with 300 contacts), to look around</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <source>Everything asked here can be changed later in Settings.</source>
        <translation>Everything asked here can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>As it heads every quote and invoice; an invoice needs the name, the address and a VAT number or a tax code.</source>
        <translation>As it heads every quote and invoice; an invoice needs the name, the address and a VAT number or a tax code.</translation>
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
        <source>Payments and logo</source>
        <translation>Payments and logo</translation>
    </message>
    <message>
        <source>The IBAN customers pay to by bank transfer (an invoice paid so needs it), and the logo printed on documents.</source>
        <translation>The IBAN customers pay to by bank transfer (an invoice paid so needs it), and the logo printed on documents.</translation>
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
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Numbering and language</source>
        <translation>Numbering and language</translation>
    </message>
    <message>
        <source>How invoices are numbered, and the language new documents are written in.</source>
        <translation>How invoices are numbered, and the language new documents are written in.</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Invoice series</translation>
    </message>
    <message>
        <source>empty: the main series</source>
        <translation>empty: the main series</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Language of documents</translation>
    </message>
    <message>
        <source>The first invoice will be number %1</source>
        <translation>The first invoice will be number %1</translation>
    </message>
    <message>
        <source>This file is not an image SmallCRM can read</source>
        <translation>This file is not an image SmallCRM can read</translation>
    </message>
    <message>
        <source>Tax regime</source>
        <translation>Tax regime</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund on credit note %1</source>
        <translation>Refund on credit note %1</translation>
    </message>
    <message>
        <source>%1 · credit note of %2 on invoice %3 · can still be refunded %4</source>
        <translation>%1 · credit note of %2 on invoice %3 · can still be refunded %4</translation>
    </message>
    <message>
        <source>Why, to whom, how it was agreed…</source>
        <translation>Why, to whom, how it was agreed…</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Refunded on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Record refund</translation>
    </message>
    <message>
        <source>Refunded before the credit note was issued (%1)</source>
        <translation>Refunded before the credit note was issued (%1)</translation>
    </message>
</context>
<context>
    <name>LostDatabaseDialog</name>
    <message>
        <source>The database is missing</source>
        <translation>The database is missing</translation>
    </message>
    <message>
        <source>There is no database at %1, but there was one: its backups are still here.</source>
        <translation>There is no database at %1, but there was one: its backups are still here.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, or start with an empty database? Erased persons stay erased either way.</source>
        <translation>Restore the newest sound backup, or start with an empty database? Erased persons stay erased either way.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>SmallCRM closed unexpectedly</source>
        <translation>SmallCRM closed unexpectedly</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly the last time. Nothing saved was lost; documents being edited are offered back if they were kept.

A report was saved in %1: please send it with a description of what you were doing.</source>
        <translation>SmallCRM closed unexpectedly the last time. Nothing saved was lost; documents being edited are offered back if they were kept.

A report was saved in %1: please send it with a description of what you were doing.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>Unsaved documents</source>
        <translation>Unsaved documents</translation>
    </message>
    <message>
        <source>These documents had changes that were not saved when SmallCRM last closed:
%1

Open them again with those changes?</source>
        <translation>These documents had changes that were not saved when SmallCRM last closed:
%1

Open them again with those changes?</translation>
    </message>
</context>
<context>
    <name>PartySales</name>
    <message>
        <source>%1 of %2 · balance due %3</source>
        <translation>%1 of %2 · balance due %3</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Which invoice of %1 was paid?</source>
        <translation>Which invoice of %1 was paid?</translation>
    </message>
    <message>
        <source>%1 has no issued invoice with a balance due.</source>
        <translation>%1 has no issued invoice with a balance due.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Search everything (contacts, companies, documents)</source>
        <translation>Search everything (contacts, companies, documents)</translation>
    </message>
    <message>
        <source>New record of the page's kind (contact, company, task, deal, quote)</source>
        <translation>New record of the page's kind (contact, company, task, deal, quote)</translation>
    </message>
    <message>
        <source>Go to the page's filter</source>
        <translation>Go to the page's filter</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>Go to a section of the sidebar</source>
        <translation>Go to a section of the sidebar</translation>
    </message>
    <message>
        <source>Log a call (on a contact's page)</source>
        <translation>Log a call (on a contact's page)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the quote or invoice being edited</source>
        <translation>Save the quote or invoice being edited</translation>
    </message>
    <message>
        <source>Close the quote or invoice window</source>
        <translation>Close the quote or invoice window</translation>
    </message>
    <message>
        <source>Save a form (contact, task, call)</source>
        <translation>Save a form (contact, task, call)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database at %1 is damaged: some of what it holds cannot be read.</source>
        <translation>The database at %1 is damaged: some of what it holds cannot be read.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, taken on %1? The damaged file is kept aside. Or open it read-only to look at and export what still reads first. Erased persons stay erased either way.</source>
        <translation>Restore the newest sound backup, taken on %1? The damaged file is kept aside. Or open it read-only to look at and export what still reads first. Erased persons stay erased either way.</translation>
    </message>
    <message>
        <source>There is no sound backup to restore. Open it read-only to look at and export what still reads; nothing can be changed in it.</source>
        <translation>There is no sound backup to restore. Open it read-only to look at and export what still reads; nothing can be changed in it.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
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
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>&amp;Person…</translation>
    </message>
    <message>
        <source>&amp;Company…</source>
        <translation>&amp;Company…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <source>&amp;Task…</source>
        <translation>&amp;Task…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>SmallCRM databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>SmallCRM databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>left on %n invoice(s) past due</source>
        <translation>
            <numerusform>left on %n invoice past due</numerusform>
            <numerusform>left on %n invoices past due</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Nothing here yet. Start by adding a contact (Contacts → New person, or Ctrl+N) or by importing your address book (File → Import contacts); quotes, invoices and deals follow from there.</source>
        <translation>Nothing here yet. Start by adding a contact (Contacts → New person, or Ctrl+N) or by importing your address book (File → Import contacts); quotes, invoices and deals follow from there.</translation>
    </message>
    <message>
        <source>Open deals by stage</source>
        <translation>Open deals by stage</translation>
    </message>
    <message>
        <source>tasks due today or overdue</source>
        <translation>tasks due today or overdue</translation>
    </message>
    <message>
        <source>quotes to follow up</source>
        <translation>quotes to follow up</translation>
    </message>
    <message>
        <source>invoiced this month</source>
        <translation>invoiced this month</translation>
    </message>
    <message>
        <source>collected this month</source>
        <translation>collected this month</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n deal: %1</numerusform>
            <numerusform>%n deals: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the tasks</source>
        <translation>Open the tasks</translation>
    </message>
    <message>
        <source>Open the quotes</source>
        <translation>Open the quotes</translation>
    </message>
    <message>
        <source>Open the receivables</source>
        <translation>Open the receivables</translation>
    </message>
    <message>
        <source>Open the invoices</source>
        <translation>Open the invoices</translation>
    </message>
    <message>
        <source>Open the deals</source>
        <translation>Open the deals</translation>
    </message>
    <message>
        <source>Import an address book…</source>
        <translation>Import an address book…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
</context>
<context>
    <name>EInvoiceWindow</name>
    <message>
        <source>E-invoice %1</source>
        <translation>E-invoice %1</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>File %1 · %2</source>
        <translation>File %1 · %2</translation>
    </message>
    <message>
        <source>Problems to correct before it is sent: %1</source>
        <translation>Problems to correct before it is sent: %1</translation>
    </message>
    <message>
        <source>Save e-invoice</source>
        <translation>Save e-invoice</translation>
    </message>
    <message>
        <source>FatturaPA (*.xml)</source>
        <translation>FatturaPA (*.xml)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>%1 was rejected by the SdI. Below, the corrected file: the same number and date, a new progressive when it is saved or sent</source>
        <translation>%1 was rejected by the SdI. Below, the corrected file: the same number and date, a new progressive when it is saved or sent</translation>
    </message>
    <message>
        <source>Preview: the file gets its name and progressive number when it is saved or sent</source>
        <translation>Preview: the file gets its name and progressive number when it is saved or sent</translation>
    </message>
    <message>
        <source>File %1 as the SdI rejected it: a corrected file cannot be sent (the way out is beside)</source>
        <translation>File %1 as the SdI rejected it: a corrected file cannot be sent (the way out is beside)</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>sent to the SdI, waiting for its answer</source>
        <translation>sent to the SdI, waiting for its answer</translation>
    </message>
    <message>
        <source>delivered to the customer</source>
        <translation>delivered to the customer</translation>
    </message>
    <message>
        <source>not delivered: it waits in the customer's cassetto fiscale, and it is issued all the same</source>
        <translation>not delivered: it waits in the customer's cassetto fiscale, and it is issued all the same</translation>
    </message>
    <message>
        <source>accepted by the public administration</source>
        <translation>accepted by the public administration</translation>
    </message>
    <message>
        <source>refused by the public administration</source>
        <translation>refused by the public administration</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>SdI address</source>
        <translation>SdI address</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Corrected invoice</source>
        <translation>Corrected invoice</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>VAT summary</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Tax regime</source>
        <translation>Tax regime</translation>
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
        <source>Recipient code</source>
        <translation>Recipient code</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>PEC address</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Total price</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Natura (why no VAT)</source>
        <translation>Natura (why no VAT)</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Taxable amount</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>Withholding tax</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Delivery notes</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only: the database is damaged, nothing can be changed. Export what you need, then restore a backup.</source>
        <translation>Read-only: the database is damaged, nothing can be changed. Export what you need, then restore a backup.</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Read-only: this database cannot be written (a write-protected file or folder, read-only media). Copy it to a writable folder to work on it.</source>
        <translation>Read-only: this database cannot be written (a write-protected file or folder, read-only media). Copy it to a writable folder to work on it.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Pick the day on a calendar</translation>
    </message>
    <message>
        <source>Not a date: type it as 17/05/2026</source>
        <translation>Not a date: type it as 17/05/2026</translation>
    </message>
    <message>
        <source>Type a date, as 17/05/2026</source>
        <translation>Type a date, as 17/05/2026</translation>
    </message>
</context>
<context>
    <name>OpenDeals</name>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>closing %1</translation>
    </message>
    <message>
        <source>Open deals (%1)</source>
        <translation>Open deals (%1)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nothing matches the filter</translation>
    </message>
    <message>
        <source>Change the filter or clear it to see the whole list.</source>
        <translation>Change the filter or clear it to see the whole list.</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <source>No contacts yet</source>
        <translation>No contacts yet</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>No companies yet</translation>
    </message>
    <message>
        <source>Import an address book or add a contact.</source>
        <translation>Import an address book or add a contact.</translation>
    </message>
    <message>
        <source>Import an address book or add a company.</source>
        <translation>Import an address book or add a company.</translation>
    </message>
    <message>
        <source>Import an address book…</source>
        <translation>Import an address book…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Add a company</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>No activities yet</translation>
    </message>
    <message>
        <source>Log a call, a meeting or a note on a contact's page (Ctrl+L): every one is listed here.</source>
        <translation>Log a call, a meeting or a note on a contact's page (Ctrl+L): every one is listed here.</translation>
    </message>
    <message>
        <source>Open the contacts</source>
        <translation>Open the contacts</translation>
    </message>
    <message>
        <source>No tasks here</source>
        <translation>No tasks here</translation>
    </message>
    <message>
        <source>Add a task for a call back, a visit or a deadline: it comes back on the day it is due.</source>
        <translation>Add a task for a call back, a visit or a deadline: it comes back on the day it is due.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>No quotes yet</source>
        <translation>No quotes yet</translation>
    </message>
    <message>
        <source>Make a quote for a customer; once accepted, it becomes an invoice in one click.</source>
        <translation>Make a quote for a customer; once accepted, it becomes an invoice in one click.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>No invoices yet</translation>
    </message>
    <message>
        <source>An invoice is made from an accepted quote, or from a customer's page.</source>
        <translation>An invoice is made from an accepted quote, or from a customer's page.</translation>
    </message>
    <message>
        <source>Open the quotes</source>
        <translation>Open the quotes</translation>
    </message>
    <message>
        <source>Nobody owes you anything</source>
        <translation>Nobody owes you anything</translation>
    </message>
    <message>
        <source>Issued invoices that are not paid yet are listed here, the oldest due first.</source>
        <translation>Issued invoices that are not paid yet are listed here, the oldest due first.</translation>
    </message>
    <message>
        <source>Open the invoices</source>
        <translation>Open the invoices</translation>
    </message>
    <message>
        <source>No mail to review</source>
        <translation>No mail to review</translation>
    </message>
    <message>
        <source>Mail from senders who are not contacts yet comes here. Fetch it now, or import .eml or mbox files; the account is set in Settings → Mail.</source>
        <translation>Mail from senders who are not contacts yet comes here. Fetch it now, or import .eml or mbox files; the account is set in Settings → Mail.</translation>
    </message>
    <message>
        <source>Fetch mail now</source>
        <translation>Fetch mail now</translation>
    </message>
    <message>
        <source>Import .eml/mbox…</source>
        <translation>Import .eml/mbox…</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>The outbox is empty</translation>
    </message>
    <message>
        <source>Every mail has gone. A quote or an invoice sent by e-mail waits here while the mail server cannot be reached: open one and choose Send by e-mail.</source>
        <translation>Every mail has gone. A quote or an invoice sent by e-mail waits here while the mail server cannot be reached: open one and choose Send by e-mail.</translation>
    </message>
    <message>
        <source>Set up mail</source>
        <translation>Set up mail</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>No deals yet</translation>
    </message>
    <message>
        <source>A deal is a sale you are working on: with whom, what it may be worth and how likely it is. Move it from stage to stage until it is won or lost; the forecast adds up the open ones.</source>
        <translation>A deal is a sale you are working on: with whom, what it may be worth and how likely it is. Move it from stage to stage until it is won or lost; the forecast adds up the open ones.</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
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
        <translation>Not a time: type it as 09:30</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The database is open read-only: nothing can be changed</source>
        <translation>The database is open read-only: nothing can be changed</translation>
    </message>
</context>
<context>
    <name>ReceiptWords</name>
    <message>
        <source>Delivery receipt (RC)</source>
        <translation>Delivery receipt (RC)</translation>
    </message>
    <message>
        <source>Rejection (NS)</source>
        <translation>Rejection (NS)</translation>
    </message>
    <message>
        <source>Not delivered (MC)</source>
        <translation>Not delivered (MC)</translation>
    </message>
    <message>
        <source>Public administration's outcome (NE)</source>
        <translation>Public administration's outcome (NE)</translation>
    </message>
    <message>
        <source>Terms elapsed (DT)</source>
        <translation>Terms elapsed (DT)</translation>
    </message>
    <message>
        <source>Attestation of transmission (AT)</source>
        <translation>Attestation of transmission (AT)</translation>
    </message>
    <message>
        <source>PEC: accepted by the provider</source>
        <translation>PEC: accepted by the provider</translation>
    </message>
    <message>
        <source>PEC: delivered to the SdI</source>
        <translation>PEC: delivered to the SdI</translation>
    </message>
    <message>
        <source>PEC: not delivered</source>
        <translation>PEC: not delivered</translation>
    </message>
    <message>
        <source>Invoice from a supplier</source>
        <translation>Invoice from a supplier</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Delivered to the customer</source>
        <translation>Delivered to the customer</translation>
    </message>
    <message>
        <source>Not delivered: the invoice waits in the customer's cassetto fiscale. It is issued all the same: tell the customer to download it there</source>
        <translation>Not delivered: the invoice waits in the customer's cassetto fiscale. It is issued all the same: tell the customer to download it there</translation>
    </message>
    <message>
        <source>Accepted by the public administration</source>
        <translation>Accepted by the public administration</translation>
    </message>
    <message>
        <source>Refused by the public administration</source>
        <translation>Refused by the public administration</translation>
    </message>
    <message>
        <source>The public administration gave no outcome within 15 days: the file stays delivered</source>
        <translation>The public administration gave no outcome within 15 days: the file stays delivered</translation>
    </message>
    <message>
        <source>The public administration could not be reached: the SdI attests that the file was sent</source>
        <translation>The public administration could not be reached: the SdI attests that the file was sent</translation>
    </message>
    <message>
        <source>Your PEC provider accepted the message</source>
        <translation>Your PEC provider accepted the message</translation>
    </message>
    <message>
        <source>The message reached the SdI's mailbox</source>
        <translation>The message reached the SdI's mailbox</translation>
    </message>
    <message>
        <source>The message could not be delivered to the SdI: send it again</source>
        <translation>The message could not be delivered to the SdI: send it again</translation>
    </message>
    <message>
        <source>Listed only: received invoices are not handled yet</source>
        <translation>Listed only: received invoices are not handled yet</translation>
    </message>
    <message>
        <source>Already read: nothing changed</source>
        <translation>Already read: nothing changed</translation>
    </message>
    <message>
        <source>About a file that is not here: nothing changed</source>
        <translation>About a file that is not here: nothing changed</translation>
    </message>
    <message>
        <source>Contradicts the file's status: nothing changed</source>
        <translation>Contradicts the file's status: nothing changed</translation>
    </message>
    <message>
        <source>Cannot be read: nothing changed</source>
        <translation>Cannot be read: nothing changed</translation>
    </message>
    <message>
        <source>Not a PEC message: nothing changed</source>
        <translation>Not a PEC message: nothing changed</translation>
    </message>
    <message>
        <source>Not an SdI message: nothing changed</source>
        <translation>Not an SdI message: nothing changed</translation>
    </message>
    <message>
        <source>Rejected by the SdI: for the tax rules the invoice has not been issued</source>
        <translation>Rejected by the SdI: for the tax rules the invoice has not been issued</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be read</source>
        <translation>The file is damaged: it cannot be read</translation>
    </message>
    <message>
        <source>Neither an XML file nor a signed (.p7m) one</source>
        <translation>Neither an XML file nor a signed (.p7m) one</translation>
    </message>
    <message>
        <source>A .p7m file that is not a signed file</source>
        <translation>A .p7m file that is not a signed file</translation>
    </message>
    <message>
        <source>A signature without the file it signs</source>
        <translation>A signature without the file it signs</translation>
    </message>
    <message>
        <source>A kind of signature that is not checked here</source>
        <translation>A kind of signature that is not checked here</translation>
    </message>
    <message>
        <source>The file was changed after it was signed</source>
        <translation>The file was changed after it was signed</translation>
    </message>
    <message>
        <source>The signature does not verify</source>
        <translation>The signature does not verify</translation>
    </message>
    <message>
        <source>The signer's certificate is not in the file</source>
        <translation>The signer's certificate is not in the file</translation>
    </message>
    <message>
        <source>The signer's certificate is not issued by a trusted authority, or has expired</source>
        <translation>The signer's certificate is not issued by a trusted authority, or has expired</translation>
    </message>
    <message>
        <source>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) are not PEM certificates: correct the setting and import the message again</source>
        <translation>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) are not PEM certificates: correct the setting and import the message again</translation>
    </message>
    <message>
        <source>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) cannot be read: correct the setting and import the message again</source>
        <translation>The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) cannot be read: correct the setting and import the message again</translation>
    </message>
    <message>
        <source>The XML is cut short or damaged</source>
        <translation>The XML is cut short or damaged</translation>
    </message>
    <message>
        <source>The XML declares entities or a DTD, which are not read, for safety</source>
        <translation>The XML declares entities or a DTD, which are not read, for safety</translation>
    </message>
    <message>
        <source>An XML file that is none of the SdI's messages</source>
        <translation>An XML file that is none of the SdI's messages</translation>
    </message>
    <message>
        <source>Not an e-mail message</source>
        <translation>Not an e-mail message</translation>
    </message>
    <message>
        <source>An ordinary e-mail, not a certified (PEC) one: import the message as it arrived in the PEC mailbox, or the SdI's file attached to it</source>
        <translation>An ordinary e-mail, not a certified (PEC) one: import the message as it arrived in the PEC mailbox, or the SdI's file attached to it</translation>
    </message>
    <message>
        <source>A certified envelope without the original message in it (postacert.eml)</source>
        <translation>A certified envelope without the original message in it (postacert.eml)</translation>
    </message>
    <message>
        <source>The certified envelope's data (daticert.xml) cannot be read</source>
        <translation>The certified envelope's data (daticert.xml) cannot be read</translation>
    </message>
    <message>
        <source>A PEC message without an SdI file: %1</source>
        <translation>A PEC message without an SdI file: %1</translation>
    </message>
    <message>
        <source>The PEC provider says: %1</source>
        <translation>The PEC provider says: %1</translation>
    </message>
    <message>
        <source>The file is %1: this receipt cannot make it %2</source>
        <translation>The file is %1: this receipt cannot make it %2</translation>
    </message>
    <message>
        <source>still to send</source>
        <translation>still to send</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <source>rejected by the SdI</source>
        <translation>rejected by the SdI</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>EInvoiceHistory</name>
    <message>
        <source>Make the corrected file</source>
        <translation>Make the corrected file</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Credit note…</translation>
    </message>
    <message>
        <source>No e-invoice file made yet: once it is saved and sent, its history with the SdI (delivered, rejected…) shows here.</source>
        <translation>No e-invoice file made yet: once it is saved and sent, its history with the SdI (delivered, rejected…) shows here.</translation>
    </message>
    <message>
        <source>History with the SdI</source>
        <translation>History with the SdI</translation>
    </message>
    <message>
        <source>%1 · made %2 · %3</source>
        <translation>%1 · made %2 · %3</translation>
    </message>
    <message>
        <source>SdI id %1</source>
        <translation>SdI id %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>No receipt yet</translation>
    </message>
    <message>
        <source>Correct what is wrong, then make the corrected file: it keeps the invoice's number and date and gets a new progressive. The rules allow this until %1 (5 days after the rejection).</source>
        <translation>Correct what is wrong, then make the corrected file: it keeps the invoice's number and date and gets a new progressive. The rules allow this until %1 (5 days after the rejection).</translation>
    </message>
    <message>
        <source>The SdI rejected %1 on %2: for the tax rules the invoice has not been issued.</source>
        <translation>The SdI rejected %1 on %2: for the tax rules the invoice has not been issued.</translation>
    </message>
    <message>
        <source>More than 5 days have passed since the rejection (the limit was %1): cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</source>
        <translation>More than 5 days have passed since the rejection (the limit was %1): cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</translation>
    </message>
    <message>
        <source>The rule: Agenzia delle Entrate, circolare 13/E of 2 July 2018.</source>
        <translation>The rule: Agenzia delle Entrate, circolare 13/E of 2 July 2018.</translation>
    </message>
    <message>
        <source>These errors are about what the issued invoice holds (the customer's or our data, its lines and amounts), which a corrected file cannot change: it would be rejected again. Correct the contact if need be, cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</source>
        <translation>These errors are about what the issued invoice holds (the customer's or our data, its lines and amounts), which a corrected file cannot change: it would be rejected again. Correct the contact if need be, cancel this invoice with a credit note kept in your books only (do not send it to the SdI), then issue a new invoice with a new number and date.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Send anyway…</translation>
    </message>
    <message>
        <source>For your books only: this credit note is not sent to the SdI</source>
        <translation>For your books only: this credit note is not sent to the SdI</translation>
    </message>
    <message>
        <source>The SdI rejected invoice %1 (%2): for the tax rules that invoice was not issued, so this credit note has nothing to correct at the SdI. Keep it in your books beside the rejected invoice; the new invoice, with a new number and date, is the one to send.</source>
        <translation>The SdI rejected invoice %1 (%2): for the tax rules that invoice was not issued, so this credit note has nothing to correct at the SdI. Keep it in your books beside the rejected invoice; the new invoice, with a new number and date, is the one to send.</translation>
    </message>
    <message>
        <source>Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again).</source>
        <translation>Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again).</translation>
    </message>
</context>
<context>
    <name>EInvoiceMessagesWindow</name>
    <message>
        <source>E-invoice messages</source>
        <translation>E-invoice messages</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>Import receipts…</translation>
    </message>
    <message>
        <source>Read the SdI's receipts saved as .eml (the whole PEC message), .xml or .p7m</source>
        <translation>Read the SdI's receipts saved as .eml (the whole PEC message), .xml or .p7m</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>SdI file</source>
        <translation>SdI file</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message>
        <source>No message read yet: import the SdI's receipts, or fetch them from the PEC mailbox.</source>
        <translation>No message read yet: import the SdI's receipts, or fetch them from the PEC mailbox.</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <source>SdI receipts (*.eml *.xml *.p7m)</source>
        <translation>SdI receipts (*.eml *.xml *.p7m)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not used (see the reason)</source>
        <translation>
            <numerusform>%n file not used (see the reason)</numerusform>
            <numerusform>%n files not used (see the reason)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No e-invoice file here is named %1</source>
        <translation>No e-invoice file here is named %1</translation>
    </message>
    <message>
        <source>SdI id %1</source>
        <translation>SdI id %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Double-click or Enter opens invoice %1</source>
        <translation>Double-click or Enter opens invoice %1</translation>
    </message>
    <message>
        <source>This message is about no invoice here</source>
        <translation>This message is about no invoice here</translation>
    </message>
</context>
<context>
    <name>PecSettingsForm</name>
    <message>
        <source>PEC mailbox for e-invoices</source>
        <translation>PEC mailbox for e-invoices</translation>
    </message>
    <message>
        <source>e.g. bottega@pec.it</source>
        <translation>e.g. bottega@pec.it</translation>
    </message>
    <message>
        <source>usually the PEC address</source>
        <translation>usually the PEC address</translation>
    </message>
    <message>
        <source>e.g. smtps.pec.aruba.it</source>
        <translation>e.g. smtps.pec.aruba.it</translation>
    </message>
    <message>
        <source>e.g. imaps.pec.aruba.it</source>
        <translation>e.g. imaps.pec.aruba.it</translation>
    </message>
    <message>
        <source>Separate folder names with commas, e.g. INBOX</source>
        <translation>Separate folder names with commas, e.g. INBOX</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>PEC address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Outgoing server (SMTP)</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Incoming server (IMAP)</translation>
    </message>
    <message>
        <source>Folders with the SdI's answers</source>
        <translation>Folders with the SdI's answers</translation>
    </message>
    <message>
        <source>SdI address</source>
        <translation>SdI address</translation>
    </message>
    <message>
        <source>%1 (assigned by the SdI)</source>
        <translation>%1 (assigned by the SdI)</translation>
    </message>
    <message>
        <source>%1 (the SdI's first address: its first answer gives the one kept from then on)</source>
        <translation>%1 (the SdI's first address: its first answer gives the one kept from then on)</translation>
    </message>
    <message>
        <source>Testing the PEC mailbox</source>
        <translation>Testing the PEC mailbox</translation>
    </message>
    <message>
        <source>Connected: the outgoing server took the login; %1</source>
        <translation>Connected: the outgoing server took the login; %1</translation>
    </message>
</context>
<context>
    <name>PecSetupDialog</name>
    <message>
        <source>PEC mailbox for e-invoices</source>
        <translation>PEC mailbox for e-invoices</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>PEC mailbox…</source>
        <translation>PEC mailbox…</translation>
    </message>
    <message>
        <source>The PEC mailbox e-invoices are sent from</source>
        <translation>The PEC mailbox e-invoices are sent from</translation>
    </message>
    <message>
        <source>Send to the SdI</source>
        <translation>Send to the SdI</translation>
    </message>
    <message>
        <source>Not sent: %1 See the outbox.</source>
        <translation>Not sent: %1 See the outbox.</translation>
    </message>
    <message>
        <source>Waiting in the outbox: the PEC server could not be reached; it leaves by itself when the server answers</source>
        <translation>Waiting in the outbox: the PEC server could not be reached; it leaves by itself when the server answers</translation>
    </message>
    <message>
        <source>In the outbox, leaving for the SdI (%1)</source>
        <translation>In the outbox, leaving for the SdI (%1)</translation>
    </message>
    <message>
        <source>Correct the problems listed below before sending</source>
        <translation>Correct the problems listed below before sending</translation>
    </message>
    <message>
        <source>Set up the PEC mailbox to send e-invoices: %1</source>
        <translation>Set up the PEC mailbox to send e-invoices: %1</translation>
    </message>
    <message>
        <source>the PEC address is missing</source>
        <translation>the PEC address is missing</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>the user name is missing</translation>
    </message>
    <message>
        <source>the outgoing server is missing</source>
        <translation>the outgoing server is missing</translation>
    </message>
    <message>
        <source>the incoming server is missing</source>
        <translation>the incoming server is missing</translation>
    </message>
    <message>
        <source>no password is kept</source>
        <translation>no password is kept</translation>
    </message>
    <message>
        <source>Rejected by the SdI: send the corrected file again (a new progressive, the same number), to %1</source>
        <translation>Rejected by the SdI: send the corrected file again (a new progressive, the same number), to %1</translation>
    </message>
    <message>
        <source>Ready to send to the SdI (%1) from the PEC mailbox</source>
        <translation>Ready to send to the SdI (%1) from the PEC mailbox</translation>
    </message>
    <message>
        <source>Sending the e-invoice</source>
        <translation>Sending the e-invoice</translation>
    </message>
    <message>
        <source>Read the SdI's answers</source>
        <translation>Read the SdI's answers</translation>
    </message>
    <message>
        <source>Read the new messages of the PEC mailbox: the SdI's receipts</source>
        <translation>Read the new messages of the PEC mailbox: the SdI's receipts</translation>
    </message>
    <message>
        <source>Reading the SdI's answers</source>
        <translation>Reading the SdI's answers</translation>
    </message>
    <message>
        <source>No new answer from the SdI</source>
        <translation>No new answer from the SdI</translation>
    </message>
    <message>
        <source>Rejected by the SdI: a corrected file cannot be sent. Cancel the invoice with a credit note and issue a new one (see beside)</source>
        <translation>Rejected by the SdI: a corrected file cannot be sent. Cancel the invoice with a credit note and issue a new one (see beside)</translation>
    </message>
    <message>
        <source>Sent to the SdI: its answer will arrive in the PEC mailbox</source>
        <translation>Sent to the SdI: its answer will arrive in the PEC mailbox</translation>
    </message>
    <message>
        <source>Nothing more to send: the SdI has answered (%1)</source>
        <translation>Nothing more to send: the SdI has answered (%1)</translation>
    </message>
    <message>
        <source>The SdI rejected invoice %1: for the tax rules it was not issued, so this credit note is kept in your books only.

Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again). Otherwise the customer would receive a credit note for an invoice they never had, and it would lower the VAT you owe.

Send the credit note to the SdI?</source>
        <translation>The SdI rejected invoice %1: for the tax rules it was not issued, so this credit note is kept in your books only.

Send it only if invoice %1 did reach the SdI another way (for instance, your accountant sent it again). Otherwise the customer would receive a credit note for an invoice they never had, and it would lower the VAT you owe.

Send the credit note to the SdI?</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Send anyway?</translation>
    </message>
    <message>
        <source>For your books only: this credit note is not sent to the SdI (why beside)</source>
        <translation>For your books only: this credit note is not sent to the SdI (why beside)</translation>
    </message>
</context>
<context>
    <name>ReceiptsFetcher</name>
    <message>
        <source>Reading the SdI's answers</source>
        <translation>Reading the SdI's answers</translation>
    </message>
    <message>
        <source>The SdI's answers were not read: %1</source>
        <translation>The SdI's answers were not read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the SdI read</source>
        <translation>
            <numerusform>%n answer of the SdI read</numerusform>
            <numerusform>%n answers of the SdI read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n change waiting</numerusform>
            <numerusform>Offline: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet: %n change(s) waiting</source>
        <translation>
            <numerusform>Not synced yet: %n change waiting</numerusform>
            <numerusform>Not synced yet: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n refused change</numerusform>
            <numerusform>%n refused changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing with the team</source>
        <translation>Syncing with the team</translation>
    </message>
    <message>
        <source>This laptop differs from the server in: %1</source>
        <translation>This laptop differs from the server in: %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sync cancelled</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>These fields were changed on two laptops before they synced. The later change is in use; choose the value to keep.</source>
        <translation>These fields were changed on two laptops before they synced. The later change is in use; choose the value to keep.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Keep the other</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation>Refused by the server:</translation>
    </message>
    <message>
        <source>Settling a conflict</source>
        <translation>Settling a conflict</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
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
        <translation>e.g. https://crm.example.it</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>With a team server, every laptop of the shop shares the customers, quotes, invoices and payments, and keeps working offline: changes are sent when the server can be reached. A laptop used alone needs none of this.</source>
        <translation>With a team server, every laptop of the shop shares the customers, quotes, invoices and payments, and keeps working offline: changes are sent when the server can be reached. A laptop used alone needs none of this.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). This laptop's documents are numbered with /%4.</source>
        <translation>Signed in to %1 as %2 (%3). This laptop's documents are numbered with /%4.</translation>
    </message>
    <message>
        <source>This laptop works alone.</source>
        <translation>This laptop works alone.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signing in to the team server</source>
        <translation>Signing in to the team server</translation>
    </message>
    <message>
        <source>Signed in: the first sync starts now.</source>
        <translation>Signed in: the first sync starts now.</translation>
    </message>
    <message>
        <source>Signing out of the team server</source>
        <translation>Signing out of the team server</translation>
    </message>
    <message>
        <source>Signed out: this laptop works alone; changes not sent yet are kept.</source>
        <translation>Signed out: this laptop works alone; changes not sent yet are kept.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>accountant</translation>
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
        <translation>None (unencrypted)</translation>
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
        <translation>Amount</translation>
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
        <source>Bank transfer reference (CRO/TRN), receipt number…</source>
        <translation>Bank transfer reference (CRO/TRN), receipt number…</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>kept in the keyring: type to change it</source>
        <translation>kept in the keyring: type to change it</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Saved. There is no keyring on this computer: the password is kept only until SmallCRM closes.</source>
        <translation>Saved. There is no keyring on this computer: the password is kept only until SmallCRM closes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1 (%2 messages)</source>
        <translation>%1 (%2 messages)</translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Western European (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15)</source>
        <translation>Western European (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Central European (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Central European (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillic (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillic (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Greek (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Turkish (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Baltic (Windows-1257)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>Japanese (Shift_JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation>Chinese, simplified (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Chinese, traditional (Big5)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>Korean (EUC-KR)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Western European (Mac Roman)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>found: %1 (if the names look wrong, choose another)</source>
        <translation>found: %1 (if the names look wrong, choose another)</translation>
    </message>
</context>
<context>
    <name>HandleListEditor</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>einvoice_status</name>
    <message>
        <source>To send</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Not delivered (in the customer's cassetto fiscale)</source>
        <translation>Not delivered (in the customer's cassetto fiscale)</translation>
    </message>
    <message>
        <source>Rejected by the SdI</source>
        <translation>Rejected by the SdI</translation>
    </message>
    <message>
        <source>Accepted by the public administration</source>
        <translation>Accepted by the public administration</translation>
    </message>
    <message>
        <source>Refused by the public administration</source>
        <translation>Refused by the public administration</translation>
    </message>
</context>
</TS>
