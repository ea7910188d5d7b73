"""The words of the exports (sheet titles, column headers, notes, vocabulary values) in Italian and Romanian.

English is the key: the builders write English, and :func:`translated_sheet` turns titles and headers into
the chosen language in one place; values (a channel, a payment status...) are looked up by their code, since
one English word can need two words in Italian ("Paid": the amount is "Pagato", the invoice is "Pagata").
Like the PDF labels these follow the document language setting, not the window's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from smallcrm.documents.tables import Sheet
from smallcrm.text import fold

LANGUAGES = ("it", "en", "ro")

# English -> (Italian, Romanian)
TEXTS: dict[str, tuple[str, str]] = {
    # sheet titles
    "Contacts": ("Contatti", "Contacte"),
    "Summary": ("Riepilogo", "Sinteză"),
    "Communications": ("Comunicazioni", "Comunicări"),
    "Quotes": ("Preventivi", "Oferte"),
    "Lines": ("Righe", "Linii"),
    "Invoices": ("Fatture", "Facturi"),
    "Payments": ("Pagamenti", "Plăți"),
    "Receivables": ("Crediti", "Creanțe"),
    "Open invoices": ("Fatture aperte", "Facturi neachitate"),
    "VAT": ("IVA", "TVA"),
    "Documents": ("Documenti", "Documente"),
    "Total": ("Totale", "Total"),
    # contacts
    "ID": ("ID", "ID"),
    "Kind": ("Tipo", "Tip"),
    "Name": ("Nominativo", "Denumire"),
    "First name": ("Nome", "Prenume"),
    "Last name": ("Cognome", "Nume"),
    "Company": ("Azienda", "Companie"),
    "Job title": ("Ruolo", "Funcție"),
    "Role": ("Incarico in azienda", "Rol în companie"),
    "E-mails": ("E-mail", "E-mailuri"),
    "Phones": ("Telefoni", "Telefoane"),
    "Web": ("Web", "Web"),
    "Chat": ("Chat", "Chat"),
    "Social profiles": ("Profili social", "Profiluri sociale"),
    "Street": ("Indirizzo", "Stradă"),
    "Postal code": ("CAP", "Cod poștal"),
    "City": ("Città", "Localitate"),
    "Province": ("Provincia", "Județ"),
    "Country": ("Paese", "Țară"),
    "VAT number": ("Partita IVA", "Cod TVA"),
    "Tax code": ("Codice fiscale", "Cod fiscal"),
    "SdI code": ("Codice destinatario SdI", "Cod destinatar SdI"),
    "SdI PEC": ("PEC SdI", "PEC SdI"),
    "Stage": ("Fase", "Etapă"),
    "Tags": ("Etichette", "Etichete"),
    "Owner": ("Responsabile", "Responsabil"),
    "Source": ("Fonte", "Sursă"),
    "Created": ("Creato il", "Creat la"),
    "Birthday": ("Data di nascita", "Data nașterii"),
    "Name prefix": ("Titolo", "Titlu"),
    "Middle name": ("Secondo nome", "Al doilea prenume"),
    "Name suffix": ("Suffisso", "Sufix"),
    "Nickname": ("Soprannome", "Poreclă"),
    "Department": ("Reparto", "Departament"),
    "Anniversary": ("Anniversario", "Aniversare"),
    "Photo": ("Foto", "Fotografie"),
    "Imported values to review:": ("Valori importati da controllare:", "Valori importate de verificat:"),
    "Persons": ("Persone", "Persoane"),
    "Companies": ("Aziende", "Companii"),
    "All": ("Tutti", "Toate"),
    # communications
    "Date and time": ("Data e ora", "Data și ora"),
    "Party": ("Contatto", "Contact"),
    "Person": ("Persona", "Persoană"),
    "Channel": ("Canale", "Canal"),
    "Direction": ("Direzione", "Direcție"),
    "Subject": ("Oggetto", "Subiect"),
    "Duration (min)": ("Durata (min)", "Durată (min)"),
    "Outcome": ("Esito", "Rezultat"),
    "Count": ("Numero", "Număr"),
    "Incoming": ("In entrata", "Primite"),
    "Outgoing": ("In uscita", "Trimise"),
    "Minutes": ("Minuti", "Minute"),
    # documents and their lines
    "Position": ("Pos.", "Poz."),
    "Description": ("Descrizione", "Descriere"),
    "Quantity": ("Quantità", "Cantitate"),
    "Unit": ("U.M.", "U.M."),
    "Unit price": ("Prezzo unitario", "Preț unitar"),
    "Discount %": ("Sconto %", "Reducere %"),
    "VAT code": ("Codice IVA", "Cod cotă TVA"),
    "VAT %": ("IVA %", "TVA %"),
    "Net": ("Netto", "Net"),
    "Number": ("Numero", "Număr"),
    "Revision": ("Revisione", "Revizie"),
    "Status": ("Stato", "Stare"),
    "Date": ("Data", "Data"),
    "Valid until": ("Valido fino al", "Valabilă până la"),
    "Customer": ("Cliente", "Client"),
    "Title": ("Titolo", "Titlu"),
    "Taxable": ("Imponibile", "Bază impozabilă"),
    "Currency": ("Valuta", "Monedă"),
    "Quote": ("Preventivo", "Ofertă"),
    "Section": ("Sezione", "Secțiune"),
    "Item": ("Voce", "Element"),
    "Type": ("Tipo", "Tip"),
    "VAT rate": ("Aliquota IVA", "Cotă TVA"),
    "Due date": ("Scadenza", "Scadență"),
    "Corrects": ("Rettifica", "Corectează"),
    "Paid": ("Pagato", "Achitat"),
    "Credited": ("Stornato", "Creditat"),
    "Refunded": ("Rimborsato", "Rambursat"),
    "Owed to customer": ("Dovuto al cliente", "Datorat clientului"),
    "Owed to customers": ("Dovuto ai clienti", "Datorat clienților"),
    "Balance due": ("Da incassare", "Rest de plată"),
    "Stamp duty": ("Imposta di bollo", "Taxă de timbru"),
    "Pension fund": ("Contributo previdenziale", "Contribuție de pensie"),
    "Withholding tax": ("Ritenuta d'acconto", "Impozit reținut la sursă"),
    "Net to pay": ("Netto a pagare", "Net de plată"),
    "Payment status": ("Stato pagamento", "Stare plată"),
    "Days overdue": ("Giorni di ritardo", "Zile de întârziere"),
    "Document": ("Documento", "Document"),
    # payments, receivables, VAT
    "Invoice": ("Fattura", "Factură"),
    "Credit note": ("Nota di credito", "Notă de credit"),
    "Refunds": ("Rimborsi", "Rambursări"),
    "Amount": ("Importo", "Sumă"),
    "Method": ("Metodo", "Metodă"),
    "Reference": ("Riferimento", "Referință"),
    "Notes": ("Note", "Mențiuni"),
    "Not due": ("Non scaduto", "Nescadent"),
    "0-30 days": ("0-30 giorni", "0-30 zile"),
    "31-60 days": ("31-60 giorni", "31-60 zile"),
    "61-90 days": ("61-90 giorni", "61-90 zile"),
    "90+ days": ("Oltre 90 giorni", "Peste 90 de zile"),
    "Oldest days overdue": ("Ritardo massimo (giorni)", "Întârziere maximă (zile)"),
    "Age": ("Anzianità", "Vechime"),
    "Period": ("Periodo", "Perioadă"),
    "From": ("Dal", "De la"),
    "To": ("Al", "Până la"),
    "Exemption": ("Esenzione", "Scutire"),
    # calendars
    "Tasks": ("Promemoria", "Sarcini"),
    "Meetings": ("Incontri", "Întâlniri"),
    "month": ("mese", "lună"),
    "quarter": ("trimestre", "trimestru"),
    # notes under the tables
    "Credit notes are negative (taxable, VAT, total, net), so that column sums are net of credits.": (
        "Le note di credito sono negative (imponibile, IVA, totale, netto): le somme delle colonne sono al netto "
        "degli storni.",
        "Notele de credit sunt negative (bază, TVA, total, net): totalurile coloanelor sunt nete de stornări."),
    "Only issued invoices and credit notes; drafts are not documents yet.": (
        "Solo fatture e note di credito emesse; le bozze non sono ancora documenti.",
        "Doar facturile și notele de credit emise; ciornele nu sunt încă documente."),
    "Paid, balance due and payment status as of {day}.": (
        "Pagato, da incassare e stato pagamento al {day}.",
        "Achitat, rest de plată și stare plată la data de {day}."),
    "Aged as of {day}, in days past the due date.": (
        "Anzianità al {day}, in giorni dopo la scadenza.",
        "Vechime la data de {day}, în zile după scadență."),
    "Owed to customers as of {day}: paid, then credited and not yet refunded, or paid on account; not taken off "
    "what they owe.": (
        "Dovuto ai clienti al {day}: pagato e poi stornato, non ancora rimborsato, o pagato in acconto; non è "
        "sottratto da quanto devono.",
        "Datorat clienților la data de {day}: plătit, apoi creditat și încă nerambursat, sau plătit în avans; nu "
        "se scade din ce datorează ei."),
    "Issued invoices minus credit notes dated {start} to {end}, by {period}.": (
        "Fatture emesse meno note di credito datate dal {start} al {end}, per {period}.",
        "Facturi emise minus note de credit datate între {start} și {end}, pe {period}."),
}

# code -> (English, Italian, Romanian)
VALUES: dict[str, tuple[str, str, str]] = {
    # parties and their lifecycle stages
    "person": ("Person", "Persona", "Persoană"),
    "company": ("Company", "Azienda", "Companie"),
    "lead": ("Lead", "Lead", "Lead"),
    "prospect": ("Prospect", "Potenziale", "Client potențial"),
    "customer": ("Customer", "Cliente", "Client"),
    "key_customer": ("Key customer", "Cliente chiave", "Client cheie"),
    "advocate": ("Advocate", "Promotore", "Promotor"),
    "dormant": ("Dormant", "Inattivo", "Inactiv"),
    "lost": ("Lost", "Perso", "Pierdut"),
    # communication channels and directions
    "call": ("Call", "Chiamata", "Apel"),
    "email": ("E-mail", "E-mail", "E-mail"),
    "meeting": ("Meeting", "Incontro", "Întâlnire"),
    "letter": ("Letter", "Lettera", "Scrisoare"),
    "sms": ("SMS", "SMS", "SMS"),
    "chat": ("Chat", "Chat", "Chat"),
    "social": ("Social", "Social", "Social media"),
    "note": ("Note", "Nota", "Notă"),
    "in": ("Incoming", "In entrata", "Primit"),
    "out": ("Outgoing", "In uscita", "Trimis"),
    # quote statuses
    "draft": ("Draft", "Bozza", "Ciornă"),
    "sent": ("Sent", "Inviato", "Trimisă"),
    "accepted": ("Accepted", "Accettato", "Acceptată"),
    "rejected": ("Rejected", "Rifiutato", "Respinsă"),
    "expired": ("Expired", "Scaduto", "Expirată"),
    # invoices: kinds and payment statuses
    "invoice": ("Invoice", "Fattura", "Factură"),
    "credit_note": ("Credit note", "Nota di credito", "Notă de credit"),
    "unpaid": ("Unpaid", "Da pagare", "Neplătită"),
    "partly_paid": ("Partly paid", "Pagata in parte", "Plătită parțial"),
    "paid": ("Paid", "Pagata", "Plătită"),
    "overdue": ("Overdue", "Scaduta", "Restantă"),
    "credited": ("Credited", "Stornata", "Creditată"),
    "refunded": ("Refunded", "Rimborsata", "Rambursată"),
    # payment methods
    "cash": ("Cash", "Contanti", "Numerar"),
    "card": ("Card", "Carta", "Card"),
    "bank_transfer": ("Bank transfer", "Bonifico", "Transfer bancar"),
    "other": ("Other", "Altro", "Altele"),
}


def untranslated(language: str, text: str) -> None:
    """Called for a text that has no translation (it is written in English); tests hook in here."""


class Labels:
    """The export's words in one language: ``labels("Date")`` for a text, ``labels.value("call")`` for a code."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"exports are written in {', '.join(LANGUAGES)}, not {language}")
        self.language = language
        self._text = {"it": 0, "ro": 1}.get(language)  # None: English, the key itself
        self._value = ("en", "it", "ro").index(language)

    def __call__(self, text: str, **params) -> str:
        if self._text is not None:
            found = TEXTS.get(text)
            if found is None:
                untranslated(self.language, text)
            else:
                text = found[self._text]
        return text.format(**params) if params else text

    def value(self, code: str | None) -> str | None:
        """The name of a vocabulary value (a stage, a channel...); an unknown code as it is."""
        found = VALUES.get(code) if code else None
        return code if found is None else found[self._value]


def value_code(text: str, codes: Iterable[str]) -> str | None:
    """The code among ``codes`` whose name is ``text`` in any of our languages (case and accents ignored):
    reading back a value an export wrote ("Azienda" -> company)."""
    wanted = fold(text)
    for code in codes:
        if wanted == fold(code) or any(wanted == fold(name) for name in VALUES.get(code, ())):
            return code
    return None


def translated_sheet(sheet: Sheet, labels: Labels) -> Sheet:
    """``sheet`` with its title, totals label, headers and header notes in the labels' language."""
    columns = [replace(c, header=labels(c.header), note=labels(c.note) if c.note else "") for c in sheet.columns]
    return replace(sheet, title=labels(sheet.title), totals_label=labels(sheet.totals_label), columns=columns)
