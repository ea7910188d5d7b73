"""The tax cases of Italian shops and professionals (``smallcrm/tax_cases.py``):

- ``tax_value``: values of tax law that change by date, each in force from ``valid_from`` to the next one of its
  name: the stamp duty's threshold (77,47 EUR, 150.000 lire made euro) and amount (1,81 EUR from 1 June 2005,
  2,00 EUR from 26 June 2013, DL 69/2013 art. 7-bis c. 3).
- ``invoice.tax_setup``: the tax cases frozen on a document when it is issued (JSON). A draft's choices:
  ``withholding`` (the customer withholds tax on our fees; NULL: as the customer is), ``vat_collectability``
  (EsigibilitaIVA: I, D, S split payment), ``exchange_rate`` (a Romanian company's invoice in euro states its VAT
  in lei too). The amounts: ``pension_fund_cents`` (the contribution added to the fees), ``withholding_cents``
  (the withholding tax the customer keeps), ``stamp_duty_cents`` (the stamp duty due), ``payable_cents`` (what the
  customer is to pay us, which payments and balances now count: the total, for every document written before).
- The Natura codes in force since 2021 that were missing (N1, N2.1, N3.2 ... N3.6, N5, N6.1 ... N6.9, N7) as 0%
  VAT rates, each with its legal reason (at most 100 characters: FatturaPA's RiferimentoNormativo).
- ``invoice.payment_terms`` (JSON: the instalments as typed, services/sales/payment_terms.py) and
  ``payment_means`` (FatturaPA ModalitaPagamento: MP05 bank transfer for every invoice written before this step);
  ``invoice_instalment``: each instalment's due date and amount, written when an invoice is issued and frozen
  with it by triggers like its lines'; every invoice issued before this step gets one, its due date and all of
  its payable amount; ``invoice.instalment_count`` says how many.
- VAT rates are data with validity dates and a country: ``vat_rate.country`` (IT for every rate written before),
  ``valid_from`` and ``valid_to`` (the last day in force; NULL: open); a code is unique within its country. The
  Natura codes without a sub-code (N2, N3, N6), in force until 31 December 2020, are kept as such; Romania's rates
  are written with their days: 19%, 9% and 5% until 31 July 2025, 21% and 11% since 1 August 2025 (Legea
  141/2025).
- ``invoice_live_by_party`` covers ``payable_cents`` instead of ``total_cents`` and ``instalment_count`` (the
  receivables read them: an invoice of one instalment is aged from the index alone, as before).

The update trigger of issued invoices is dropped while the new column is filled in, and made again.
"""

import uuid

TAX_VALUES = [
    ("stamp_duty_threshold", "2002-01-01", "77.47", "DPR 642/72, tariff art. 13 c. 1 n. 1, note 2 (150.000 lire)"),
    ("stamp_duty_amount", "2005-06-01", "1.81", "DM 24/05/2005"),
    ("stamp_duty_amount", "2013-06-26", "2.00", "DL 69/2013 art. 7-bis c. 3"),
]

NATURE_RATES = [
    ("N1", "Escluso art. 15", "Escluso art. 15 DPR 633/72 (somme anticipate in nome e per conto del cliente)"),
    ("N2.1", "Non soggetta artt. 7-7 septies", "Non soggetta ad IVA ai sensi degli artt. da 7 a 7-septies DPR 633/72"),
    ("N3.2", "Cessione intracomunitaria", "Non imponibile art. 41 DL 331/93 (cessione intracomunitaria)"),
    ("N3.3", "Cessione verso San Marino", "Non imponibile art. 71 DPR 633/72 (cessione verso San Marino)"),
    ("N3.4", "Assimilata all'esportazione",
     "Non imponibile artt. 8-bis e 9 DPR 633/72 (operazioni assimilate alle esportazioni)"),
    ("N3.5", "Dichiarazione d'intento", "Non imponibile art. 8 c. 1 lett. c) DPR 633/72 (dichiarazione d'intento)"),
    ("N3.6", "Non imponibile, fuori plafond",
     "Non imponibile, operazione che non concorre alla formazione del plafond"),
    ("N5", "Regime del margine", "Regime del margine, IVA non esposta in fattura (art. 36 DL 41/95)"),
    ("N6.1", "Reverse charge rottami", "Inversione contabile art. 74 c. 7 e 8 DPR 633/72 (rottami e materiali di "
                                       "recupero)"),
    ("N6.2", "Reverse charge oro e argento", "Inversione contabile art. 17 c. 5 DPR 633/72 (oro e argento)"),
    ("N6.3", "Reverse charge subappalto edile", "Inversione contabile art. 17 c. 6 lett. a) DPR 633/72 (subappalto "
                                                "nel settore edile)"),
    ("N6.4", "Reverse charge fabbricati", "Inversione contabile art. 17 c. 6 lett. a-bis) DPR 633/72 (cessione di "
                                          "fabbricati)"),
    ("N6.5", "Reverse charge cellulari", "Inversione contabile art. 17 c. 6 lett. b) DPR 633/72 (telefoni cellulari)"),
    ("N6.6", "Reverse charge elettronica", "Inversione contabile art. 17 c. 6 lett. c) DPR 633/72 (prodotti "
                                           "elettronici)"),
    ("N6.7", "Reverse charge comparto edile", "Inversione contabile art. 17 c. 6 lett. a-ter) DPR 633/72 (servizi "
                                              "comparto edile)"),
    ("N6.8", "Reverse charge energia", "Inversione contabile art. 17 c. 6 lett. d-bis, d-ter, d-quater) DPR 633/72"),
    ("N6.9", "Reverse charge altri casi", "Inversione contabile art. 17 DPR 633/72 (altri casi)"),
    ("N7", "IVA assolta in altro Stato UE", "IVA assolta in altro Stato UE (vendite a distanza e servizi OSS, art. "
                                            "74-sexies DPR 633/72)"),
]

INSTALMENT_TRIGGERS = [
    f"""CREATE TRIGGER invoice_instalment_issued_no_{action} BEFORE {action.upper()} ON invoice_instalment
       WHEN (SELECT status FROM invoice WHERE id = {row}.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END"""
    for action, row in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD"))]

DATED_RATES = [  # country, code, basis points, description, exemption, valid from, valid to
    ("IT", "N2", 0, "Non soggetta (fino al 2020)", "Operazione non soggetta", None, "2020-12-31"),
    ("IT", "N3", 0, "Non imponibile (fino al 2020)", "Operazione non imponibile", None, "2020-12-31"),
    ("IT", "N6", 0, "Inversione contabile (fino al 2020)", "Inversione contabile", None, "2020-12-31"),
    ("RO", "19", 1900, "TVA 19%", "", None, "2025-07-31"),
    ("RO", "9", 900, "TVA 9%", "", None, "2025-07-31"),
    ("RO", "5", 500, "TVA 5%", "", None, "2025-07-31"),
    ("RO", "21", 2100, "TVA 21%", "", "2025-08-01", None),
    ("RO", "11", 1100, "TVA 11%", "", "2025-08-01", None),
]

UPDATE_TRIGGER = """CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END"""


def upgrade(db):
    db.execute_sql('CREATE TABLE "tax_value" ("name" VARCHAR(255) NOT NULL, "valid_from" DATE NOT NULL, '
                   '"value" VARCHAR(255) NOT NULL, "note" VARCHAR(255) NOT NULL)')
    db.execute_sql('CREATE UNIQUE INDEX "tax_value_name_valid_from" ON "tax_value" ("name", "valid_from")')
    for row in TAX_VALUES:
        db.execute_sql("INSERT INTO tax_value (name, valid_from, value, note) VALUES (?, ?, ?, ?)", row)

    for column in ("tax_setup TEXT NOT NULL DEFAULT ''", "vat_collectability VARCHAR(1) NOT NULL DEFAULT 'I'",
                   "withholding INTEGER", "pension_fund_cents INTEGER NOT NULL "
                   "DEFAULT 0", "withholding_cents INTEGER NOT NULL DEFAULT 0",
                   "stamp_duty_cents INTEGER NOT NULL DEFAULT 0", "payable_cents INTEGER NOT NULL DEFAULT 0",
                   "payment_terms TEXT NOT NULL DEFAULT ''", "payment_means VARCHAR(4) NOT NULL DEFAULT 'MP05'",
                   "exchange_rate VARCHAR(255) NOT NULL DEFAULT ''", "instalment_count INTEGER NOT NULL DEFAULT 1"):
        db.execute_sql(f"ALTER TABLE invoice ADD COLUMN {column}")
    db.execute_sql("DROP TRIGGER invoice_issued_no_update")
    db.execute_sql("UPDATE invoice SET payable_cents = total_cents")
    db.execute_sql(UPDATE_TRIGGER)

    db.execute_sql('CREATE TABLE "invoice_instalment" ("id" INTEGER NOT NULL PRIMARY KEY, "invoice_id" INTEGER NOT '
                   'NULL, "position" INTEGER NOT NULL, "due_date" DATE NOT NULL, "amount_cents" INTEGER NOT NULL, '
                   '"cumulative_cents" INTEGER NOT NULL, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") '
                   'ON DELETE CASCADE)')
    db.execute_sql('CREATE UNIQUE INDEX "invoice_instalment_invoice_id_position" ON "invoice_instalment" '
                   '("invoice_id", "position")')
    db.execute_sql("INSERT INTO invoice_instalment (invoice_id, position, due_date, amount_cents, cumulative_cents) "
                   "SELECT id, 1, COALESCE(due_date, issue_date), payable_cents, payable_cents FROM invoice "
                   "WHERE status = 'issued' AND kind = 'invoice'")
    for trigger in INSTALMENT_TRIGGERS:
        db.execute_sql(trigger)

    for code, description, exemption in NATURE_RATES:
        if not db.execute_sql("SELECT 1 FROM vat_rate WHERE code = ?", (code,)).fetchone():
            db.execute_sql("INSERT INTO vat_rate (uid, created_at, updated_at, code, rate_bp, description, exemption, "
                           "is_active) VALUES (?, datetime('now'), datetime('now'), ?, 0, ?, ?, 1)",
                           (str(uuid.uuid4()), code, description, exemption))

    for column in ("country VARCHAR(2) NOT NULL DEFAULT 'IT'", "valid_from DATE", "valid_to DATE"):
        db.execute_sql(f"ALTER TABLE vat_rate ADD COLUMN {column}")
    db.execute_sql('DROP INDEX "vat_rate_code"')
    db.execute_sql('CREATE UNIQUE INDEX "vat_rate_country_code" ON "vat_rate" ("country", "code")')
    for country, code, rate_bp, description, exemption, valid_from, valid_to in DATED_RATES:
        db.execute_sql("INSERT OR IGNORE INTO vat_rate (uid, created_at, updated_at, country, code, rate_bp, "
                       "description, exemption, is_active, valid_from, valid_to) VALUES (?, datetime('now'), "
                       "datetime('now'), ?, ?, ?, ?, ?, 1, ?, ?)",
                       (str(uuid.uuid4()), country, code, rate_bp, description, exemption, valid_from, valid_to))

    db.execute_sql("DROP INDEX invoice_live_by_party")
    db.execute_sql("CREATE INDEX invoice_live_by_party ON invoice (kind, status, party_id, due_date, payable_cents, "
                   "instalment_count) WHERE deleted_at IS NULL")
