"""The legal wordings a document carries for its tax cases (``smallcrm.tax_cases`` names them by key), in the
document's language. Italian law asks for them in Italian; a document printed in English or Romanian carries the
same references in its own words. A VAT rate's reason (its Natura: reverse charge, intra-EU ...) is printed with
the VAT summary, not here.

The e-invoice writes the same texts (in Italian) where FatturaPA has no field of its own for them (Causale).
"""

from __future__ import annotations

from decimal import Decimal

from smallcrm.documents import formatting as fmt

TEXTS: dict[str, dict[str, str]] = {
    "it": {
        "split_payment": "Scissione dei pagamenti: l'IVA è versata all'Erario dal cessionario o committente ai sensi "
                         "dell'art. 17-ter del DPR 633/72.",
        "deferred_vat": "IVA a esigibilità differita ai sensi dell'art. 6, comma 5, del DPR 633/72.",
        "reverse_charge": "Operazione soggetta a inversione contabile (reverse charge): l'imposta è dovuta dal "
                          "cessionario o committente ai sensi dell'art. 17 del DPR 633/72.",
        "pension_fund_inps": "Rivalsa del contributo previdenziale INPS ai sensi dell'art. 1, comma 212, della Legge "
                             "n. 662/1996.",
        "regime_RF19": "Operazione effettuata ai sensi dell'art. 1, commi da 54 a 89, della Legge n. 190/2014 (regime "
                       "forfettario): operazione senza applicazione dell'IVA ai sensi dell'art. 1, comma 58, e non "
                       "soggetta a ritenuta d'acconto ai sensi dell'art. 1, comma 67, della Legge n. 190/2014.",
        "regime_RF02": "Operazione effettuata ai sensi dell'art. 1, commi da 96 a 117, della Legge n. 244/2007 (regime "
                       "dei contribuenti minimi): operazione senza applicazione dell'IVA e non soggetta a ritenuta "
                       "d'acconto ai sensi dell'art. 27 del DL n. 98/2011.",
        "stamp_duty": "Imposta di bollo di {stamp_duty} assolta in modo virtuale ai sensi dell'art. 6 del DM 17 giugno "
                      "2014.",
        "stamp_duty_charged": "Imposta di bollo di {stamp_duty} assolta in modo virtuale ai sensi dell'art. 6 del DM "
                              "17 giugno 2014, addebitata al cliente (esclusa dalla base imponibile, art. 15 DPR "
                              "633/72).",
    },
    "en": {
        "split_payment": "Split payment: the VAT is paid to the Italian State by the customer under art. 17-ter of "
                         "DPR 633/72.",
        "deferred_vat": "VAT due when paid (deferred) under art. 6, paragraph 5, of DPR 633/72.",
        "reverse_charge": "Reverse charge (inversione contabile): the VAT is due by the customer under art. 17 of DPR "
                          "633/72.",
        "pension_fund_inps": "INPS pension contribution charged under art. 1, paragraph 212, of Italian Law no. "
                             "662/1996.",
        "regime_RF19": "Transaction under art. 1, paragraphs 54 to 89, of Italian Law no. 190/2014 (flat-rate scheme, "
                       "regime forfettario): no VAT is charged (art. 1, par. 58) and it is not subject to withholding "
                       "tax (art. 1, par. 67, Law no. 190/2014).",
        "regime_RF02": "Transaction under art. 1, paragraphs 96 to 117, of Italian Law no. 244/2007 (scheme of the "
                       "contribuenti minimi): no VAT is charged and it is not subject to withholding tax (art. 27, "
                       "Decree-Law no. 98/2011).",
        "stamp_duty": "Stamp duty of {stamp_duty} paid virtually under art. 6 of the Italian Ministerial Decree of 17 "
                      "June 2014.",
        "stamp_duty_charged": "Stamp duty of {stamp_duty} paid virtually under art. 6 of the Italian Ministerial "
                              "Decree of 17 June 2014, charged to the customer (outside the taxable amount, art. 15 "
                              "DPR 633/72).",
    },
    "ro": {
        "split_payment": "Plată defalcată (scissione dei pagamenti): TVA se plătește statului italian de către client "
                         "conform art. 17-ter din DPR 633/72.",
        "deferred_vat": "TVA exigibilă la încasare conform art. 6 alin. 5 din DPR 633/72.",
        "reverse_charge": "Taxare inversă (inversione contabile): TVA este datorată de client conform art. 17 din DPR "
                          "633/72.",
        "pension_fund_inps": "Contribuție de pensie INPS refacturată în temeiul art. 1 alin. 212 din Legea italiană "
                             "nr. 662/1996.",
        "regime_RF19": "Operațiune efectuată în temeiul art. 1, alin. 54-89 din Legea italiană nr. 190/2014 (regim "
                       "forfetar, regime forfettario): fără aplicarea TVA (art. 1 alin. 58) și nesupusă reținerii la "
                       "sursă (art. 1 alin. 67 din Legea nr. 190/2014).",
        "regime_RF02": "Operațiune efectuată în temeiul art. 1, alin. 96-117 din Legea italiană nr. 244/2007 (regimul "
                       "contribuabililor mici, contribuenti minimi): fără aplicarea TVA și nesupusă reținerii la sursă "
                       "(art. 27 din Decretul-lege nr. 98/2011).",
        "stamp_duty": "Taxă de timbru de {stamp_duty} achitată virtual în temeiul art. 6 din Decretul ministerial "
                      "italian din 17 iunie 2014.",
        "stamp_duty_charged": "Taxă de timbru de {stamp_duty} achitată virtual în temeiul art. 6 din Decretul "
                              "ministerial italian din 17 iunie 2014, refacturată clientului (în afara bazei "
                              "impozabile, art. 15 DPR 633/72).",
    },
}


def legal_note_texts(keys: tuple[str, ...], language: str, currency: str, amounts: dict[str, Decimal]
                     ) -> list[str]:
    """The wordings of ``keys`` in ``language`` (Italian for a language without them), amounts in its format."""
    texts = TEXTS.get(language, TEXTS["it"])
    values = {name: fmt.format_money(amount, currency, language) for name, amount in amounts.items()}
    return [texts.get(key, TEXTS["it"][key]).format(**values) for key in keys]
