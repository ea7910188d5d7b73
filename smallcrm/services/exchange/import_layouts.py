"""Which column of an imported file holds which field: known layouts by their headers, a suggestion otherwise.

Known layouts: ours (the contacts CSV/xlsx export, in English, Italian or Romanian), Google Contacts CSV (old
and new headers), Outlook CSV. Any other file gets a suggestion from header names (exact aliases first, then
similar spelling), which the user confirms; a confirmed mapping is remembered per header signature.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from smallcrm.documents.export_labels import LANGUAGES, Labels
from smallcrm.services.exchange.exports.people import CONTACT_HEADERS
from smallcrm.services.parties.handles import known_service
from smallcrm.text import fold

# the fields a column can feed, in the order the mapping table shows them
FIELDS = ("kind", "name", "first_name", "last_name", "company", "job_title", "role", "email", "phone", "web", "street",
          "postal_code", "city", "province", "country", "vat_number", "tax_code", "sdi_code", "sdi_pec", "stage",
          "tags", "owner",
          "source", "notes", "birthday", "uid", "name_prefix", "middle_name", "name_suffix", "nickname", "department",
          "anniversary", "fax", "phone_type", "address_type", "address2_type", "address2_street",
          "address2_postal_code", "address2_city", "address2_province", "address2_country", "im", "social",
          "im_service")
LIST_FIELDS = frozenset({"email", "phone", "web", "tags", "fax", "im", "social"})
HANDLE_FIELDS = frozenset({"im", "social"})  # chat and social addresses: a service each (handles.py)
IM_SERVICE = "im_service"  # Google's "IM 1 - Service" column: the service of the address in the IM's Value column
PHONE_TYPE = "phone_type"  # Google's "Phone 1 - Type" column: the type of the number in the next column
# a second address (Outlook's home address, Google's Address 2): its parts in the order of AddressDraft
SECOND_ADDRESS = ("address2_street", "address2_postal_code", "address2_city", "address2_province",
                  "address2_country")
_ADDRESS_NUMBER = re.compile(r"address\s*(\d+)", re.IGNORECASE)  # Google's "Address 3 - City": the third
FURTHER_ADDRESS = frozenset({*SECOND_ADDRESS, "address2_type"})  # may repeat: Google's Address 2, 3, 4 ...
SIMILAR_HEADER = 85

_NON_WORD = re.compile(r"[^\w]+")


def bare(header: str) -> str:
    """A header folded to words: "P.IVA" -> "p iva", "E-mail 1 - Value" -> "e mail 1 value"."""
    return " ".join(_NON_WORD.sub(" ", fold(header)).split())


def _aliases(**fields: str) -> dict[str, str]:
    table = {}
    for name, spellings in fields.items():
        for spelling in spellings.split("|"):
            table[bare(spelling)] = name
    return table


# our export's headers, in each of our languages (ID and Created are ours but not imported)
OURS = {language: [Labels(language)(header) for header in CONTACT_HEADERS] for language in LANGUAGES}
_OUR_FIELDS = (None, "kind", "name", "first_name", "last_name", "company", "job_title", "role", "email", "phone",
               "web", "im", "social", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code",
               "sdi_code", "sdi_pec", "stage", "tags",
               "owner", "source", "name_prefix", "middle_name", "name_suffix", "nickname", "department", "birthday",
               "anniversary", "notes", None)

ALIASES = _aliases(
    kind="kind|type|tipo|tip|tipo contatto",
    name="name|display name|full name|nome e cognome|nominativo|nome completo|contatto|nume complet|file as",
    first_name="first name|given name|firstname|nome|prenume|vorname|prénom|first",
    last_name="last name|family name|surname|lastname|cognome|nume de familie|nachname|last",
    company="company|organization|organisation|organization name|organization 1 name|azienda|ragione sociale|"
            "denominazione|società|ditta|impresa|cliente|companie|firmă|firma|societate|empresa",
    job_title="job title|title at company|organization title|organization 1 title|position|role|qualifica|"
              "ruolo|mansione|carica|funzione|funcție|functie|post",
    email="email|e mail|e mail address|email address|e mail 2 address|e mail 3 address|mail|posta elettronica|"
          "indirizzo email|pec|e mails|emails|adresă de email|primary email|secondary email|alternate email 1|"
          "alternate email 2|email 2|e mail 2|email home|email work|email other",
    phone="phone|phones|telephone|tel|mobile|mobile phone|cell|cellphone|business phone|business phone 2|"
          "home phone|home phone 2|other phone|primary phone|company main phone|car phone|telefono|telefoni|"
          "cellulare|cell|fisso|numero di telefono|telefon|telefoane|mobil|work phone|mobile number|pager number|"
          "home mobile|pager|cercapersone",
    web="web|website|web site|web page|homepage|url|sito|sito web|sito internet|pagina web|site web|web page 1|"
        "web page 2|personal website|business website|website blog|website home page|website other|"
        "website profile|website work|personal web page|business web page",
    street="street|address|business street|street address|indirizzo|via|sede|stradă|strada|adresă|adresa|"
           "work address|business address street",
    postal_code="postal code|zip|zip code|postcode|business postal code|cap|c a p|cod poștal|cod postal|"
                "work zipcode|work zip code|work post code|work zip|business address postal code",
    city="city|town|business address locality|business city|città|citta|comune|località|localita|oraș|oras|"
         "localitate|work city",
    province="province|state|region|county|business state|provincia|prov|județ|judet|work state|work county|"
             "business address region",
    country="country|business country|business country region|country region|nazione|paese|stato|țară|tara|"
            "work country|business address country",
    fax="fax|fax number|business fax|home fax|other fax|fax ufficio|fax casa",
    address2_street="home address|home street|indirizzo di casa|home address street",
    address2_postal_code="home zipcode|home zip code|home post code|home postal code|home zip|"
                         "home address postal code",
    address2_city="home city|home town|home address locality",
    address2_province="home state|home county|home address region",
    address2_country="home country|home country region|home address country",
    vat_number="vat|vat number|vat id|vat no|tax id|p iva|piva|partita iva|p iva cf|cod tva|cui|cif|cod fiscal tva",
    tax_code="tax code|codice fiscale|cf|c f|cod fiscal|cnp",
    sdi_code="sdi code|sdi|codice sdi|codice destinatario|codice destinatario sdi|codice univoco|codice ufficio|"
             "recipient code|cod destinatar|cod destinatar sdi",
    sdi_pec="sdi pec|pec sdi|pec fatturazione|pec fatture|pec fatturazione elettronica|pec per fatture elettroniche",
    stage="stage|lifecycle stage|status|fase|stato cliente|etapă|etapa",
    tags="tags|tag|labels|categories|group membership|etichette|categorie|gruppi|etichete|categorii",
    owner="owner|account owner|responsabile|commerciale|agente|responsabil",
    source="source|lead source|fonte|origine|sursă|sursa",
    notes="notes|note|comments|description|annotazioni|commenti|observații|observatii|notițe",
    birthday="birthday|birth date|date of birth|data di nascita|compleanno|data nașterii|zi de naștere",
    uid="uid",
    name_prefix="name prefix|honorific prefixes|prefix|salutation|titolo|appellativo|titlu|formula de adresare",
    middle_name="middle name|additional name|additional names|secondo nome|al doilea prenume|middle",
    name_suffix="name suffix|honorific suffixes|suffix|suffisso|sufix",
    nickname="nickname|nick name|soprannome|alias|poreclă|porecla",
    department="department|organization department|organization 1 department|reparto|ufficio|dipartimento|"
               "departament|divizie",
    anniversary="anniversary|anniversario|aniversare|wedding anniversary",
    im="im|im address|im addresses|instant messaging|instant messenger|chat|messenger|skype|skype name|"
       "skype id|jabber|xmpp|icq|aim|msn|yahoo messenger|google talk|telegram|im aim|im icq|im jabber|im msn|"
       "im skype|im yahoo|im gtalk|im google talk|im qq|section 1 im",
    social="social|social profile|social profiles|social network|profilo social|profili social|rețele sociale|"
           "twitter|linkedin|facebook|instagram|mastodon",
)
# the oldest Gmail export: a "Section 1" of details after the name and e-mail (only the first section is read)
ALIASES.update(_aliases(email="section 1 email", phone="section 1 phone|section 1 mobile|section 1 pager",
                        fax="section 1 fax", company="section 1 company", job_title="section 1 title",
                        street="section 1 address"))
for _language, _headers in OURS.items():
    for _header, _field in zip(_headers, _OUR_FIELDS, strict=True):
        if _field and _language == "en":
            ALIASES[bare(_header)] = _field

_GOOGLE_NUMBERED = [
    (re.compile(r"^e mail \d+ value$"), "email"),
    (re.compile(r"^phone \d+ value$"), "phone"),
    (re.compile(r"^website \d+ value$"), "web"),
    (re.compile(r"^address 1 street$"), "street"),
    (re.compile(r"^address 1 city$"), "city"),
    (re.compile(r"^address 1 region$"), "province"),
    (re.compile(r"^address 1 postal code$"), "postal_code"),
    (re.compile(r"^address 1 country$"), "country"),
    (re.compile(r"^address 1 type$"), "address_type"),
    # Address 2, 3, 4 ...: each a further address (the record keeps them apart by their number)
    (re.compile(r"^address (?!1 )\d+ street$"), "address2_street"),
    (re.compile(r"^address (?!1 )\d+ city$"), "address2_city"),
    (re.compile(r"^address (?!1 )\d+ region$"), "address2_province"),
    (re.compile(r"^address (?!1 )\d+ postal code$"), "address2_postal_code"),
    (re.compile(r"^address (?!1 )\d+ country$"), "address2_country"),
    (re.compile(r"^address (?!1 )\d+ type$"), "address2_type"),
    (re.compile(r"^phone \d+ (label|type)$"), PHONE_TYPE),
    (re.compile(r"^im \d+ value$"), "im"),
    (re.compile(r"^im \d+ service$"), IM_SERVICE),
]
_GOOGLE_MARK = re.compile(r"^(e mail|phone) 1 (value|label|type)$")
_GOOGLE_IGNORED = re.compile(r"^(address|e mail|phone|website|organization|relation|event|im|custom field) \d+ ")


@dataclass(frozen=True)
class Mapping:
    """For each column of the file, the field it feeds (None: not imported)."""

    layout: str  # smallcrm | google | outlook | remembered | custom | vcard
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]

    @property
    def signature(self) -> str:
        return header_signature(self.headers)

    def with_fields(self, fields: list[str | None] | tuple[str | None, ...]) -> Mapping:
        from smallcrm.errors import ValidationError

        if len(fields) != len(self.headers):
            raise ValidationError("mapping", f"The mapping names {len(fields)} columns, the file has "
                                             f"{len(self.headers)}", code="mapping_size")
        for field in fields:
            if field is not None and field not in FIELDS:
                raise ValidationError("mapping", f"Unknown field {field}; known: {', '.join(FIELDS)}",
                                      code="choice_invalid", value=field, allowed=", ".join(FIELDS))
        return Mapping("custom" if self.layout in ("custom", "remembered") else self.layout, self.headers,
                       tuple(fields))


def header_signature(headers: tuple[str, ...] | list[str]) -> str:
    return hashlib.sha1("\x1f".join(bare(h) for h in headers).encode()).hexdigest()[:16]


def _our_layout(names: list[str]) -> tuple[str | None, ...] | None:
    for headers in OURS.values():
        table = {bare(h): f for h, f in zip(headers, _OUR_FIELDS, strict=True)}
        known = sum(1 for n in names if n in table)
        if known >= max(len(names) * 0.8, 6) and {"id", bare(headers[1])} <= set(names):
            return tuple(table.get(n) for n in names)
    return None


def _google_field(name: str) -> str | None:
    for pattern, field in _GOOGLE_NUMBERED:
        if pattern.match(name):
            return field
    if name in ALIASES:  # "Organization 1 - Name" of the older export
        return ALIASES[name]
    if name == "organization 1 department":
        return "department"
    if _GOOGLE_IGNORED.match(name) or name in ("photo", "phonetic first name"):
        return None
    return ALIASES.get(name)


_OUTLOOK_HOME = {"home street": "address2_street", "home city": "address2_city", "home state": "address2_province",
                 "home postal code": "address2_postal_code", "home country region": "address2_country",
                 "home country": "address2_country"}


# Outlook's German export: each header with the English one it stands for (same columns, same order)
_OUTLOOK_GERMAN_HEADERS = {
    "Anrede": "Title", "Vorname": "First Name", "Weitere Vornamen": "Middle Name", "Nachname": "Last Name",
    "Firma": "Company", "Abteilung": "Department", "Position": "Job Title",
    "Straße geschäftlich": "Business Street", "Ort geschäftlich": "Business City",
    "Region geschäftlich": "Business State", "Postleitzahl geschäftlich": "Business Postal Code",
    "Land/Region geschäftlich": "Business Country/Region", "Straße privat": "Home Street", "Ort privat": "Home City",
    "Bundesland/Kanton privat": "Home State", "Postleitzahl privat": "Home Postal Code",
    "Land/Region privat": "Home Country/Region", "Telefon Assistent": "Assistant's Phone",
    "Fax geschäftlich": "Business Fax", "Telefon geschäftlich": "Business Phone",
    "Telefon geschäftlich 2": "Business Phone 2", "Rückmeldung": "Callback", "Autotelefon": "Car Phone",
    "Telefon Firma": "Company Main Phone", "Fax privat": "Home Fax", "Telefon (privat)": "Home Phone",
    "Telefon privat": "Home Phone", "Telefon (privat 2)": "Home Phone 2", "Telefon privat 2": "Home Phone 2",
    "Mobiltelefon": "Mobile Phone", "Mobiltelefon 2": "Mobile Phone", "Weiteres Fax": "Other Fax",
    "Weiteres Telefon": "Other Phone", "Haupttelefon": "Primary Phone", "Telefon für Hörbehinderte": "TTY/TDD Phone",
    "E-Mail-Adresse": "E-mail Address", "E-Mail 2: Adresse": "E-mail 2 Address",
    "E-Mail 3: Adresse": "E-mail 3 Address", "Geburtstag": "Birthday", "Jahrestag": "Anniversary",
    "Kategorien": "Categories", "Notizen": "Notes", "Webseite": "Web Page",
}


def _german_spellings(header: str) -> set[str]:
    """A German header folded, and as a file re-encoded badly writes it (each umlaut or ß a U+FFFD)."""
    return {bare(header), bare(re.sub("[äöüÄÖÜß]", "\ufffd", header))}


OUTLOOK_GERMAN = {spelling: bare(english) for german, english in _OUTLOOK_GERMAN_HEADERS.items()
                  for spelling in _german_spellings(german)}


def _outlook_field(name: str) -> str | None:
    """Outlook's columns: the business address is the main one, the home address a second (labelled home);
    faxes and the pager are numbers of their own type (never offered as a call)."""
    if name == "title":  # Outlook's "Title" is the salutation (Mr., Dott.)
        return "name_prefix"
    if name in _OUTLOOK_HOME:
        return _OUTLOOK_HOME[name]
    if name.endswith("fax") or name == "pager":
        return "fax" if name.endswith("fax") else "phone"
    if name.startswith(("home ", "other ")) and not name.endswith("phone") and not name.endswith("phone 2"):
        return None
    if name in ("callback", "telex", "tty tdd phone", "radio phone", "assistant s phone"):
        return None
    return ALIASES.get(name)


def phone_label_of(header: str) -> str:
    """The type of the numbers in a column, from its header ("Home Fax" -> fax, "Mobile Phone" -> mobile)."""
    words = set(bare(header).split())
    for label, hints in (("fax", {"fax"}), ("pager", {"pager", "cercapersone"}), ("whatsapp", {"whatsapp"}),
                         ("mobile", {"mobile", "cell", "cellulare", "mobil", "cellphone", "mobiltelefon"}),
                         ("home", {"home", "casa", "acasa", "privat"}),
                         ("work", {"business", "work", "ufficio", "lavoro", "geschaftlich", "arbeit"})):
        if words & hints:
            return label
    return ""


_NOT_SERVICES = frozenset({"im", "address", "addresses", "chat", "social", "profile", "profiles", "value", "name",
                           "id", "section", "network", "messenger", "instant", "messaging", "username", "user"})


def service_of_header(header: str) -> str:
    """The service a column's addresses are of, from its header ("IM Skype", "Skype name" -> "skype"), or "" when
    it names none we know ("Social profiles", "Profili social")."""
    return known_service(" ".join(w for w in bare(header).split() if w not in _NOT_SERVICES and not w.isdigit()))


def address_number(header: str) -> str:
    """Which further address a column belongs to: Google's "Address 3 - City" says 3; a column without a
    number (Outlook's "Home City") belongs to the one home address."""
    found = _ADDRESS_NUMBER.search(header)
    return found.group(1) if found else ""


def _dedupe_scalars(fields: list[str | None], names: list[str]) -> list[str | None]:
    """One column per field: the first keeps it. Number columns repeat (one type each); further addresses
    (Google's Address 2, 3 ...) repeat once per number in their headers."""
    seen: set[tuple[str, str]] = set()
    for index, field in enumerate(fields):
        if field is None or field in LIST_FIELDS or field in (PHONE_TYPE, IM_SERVICE):
            continue
        key = (field, address_number(names[index]) if field in FURTHER_ADDRESS else "")
        if key in seen:
            fields[index] = None
        seen.add(key)
    return fields


# headers that look like a field's and are not it: Thunderbird's birthday in three columns (a day alone is no date)
_NOT_FIELDS = frozenset({"birth day", "birth month", "birth year"})


def suggest_fields(headers: list[str] | tuple[str, ...]) -> list[str | None]:
    """Fields for unknown headers: an alias of the header, else a similarly spelt alias."""
    keys = list(ALIASES)
    fields: list[str | None] = []
    for header in headers:
        name = bare(header)
        field = ALIASES.get(name)
        if field is None and name and name not in _NOT_FIELDS:
            found = process.extractOne(name, keys, scorer=fuzz.ratio, score_cutoff=SIMILAR_HEADER)
            field = ALIASES[found[0]] if found else None
        fields.append(field)
    return _dedupe_scalars(fields, [bare(h) for h in headers])


def detect_mapping(headers: list[str] | tuple[str, ...], remembered: dict | None = None) -> Mapping:
    """The mapping of a file with these headers: a known layout, a remembered one, or a suggestion."""
    headers = tuple(headers)
    names = [bare(h) for h in headers]
    ours = _our_layout(names)
    if ours is not None:
        return Mapping("smallcrm", headers, ours)
    if any(_GOOGLE_MARK.match(n) for n in names):
        return Mapping("google", headers, tuple(_dedupe_scalars([_google_field(n) for n in names], names)))
    if "e mail adresse" in names and sum(n in OUTLOOK_GERMAN for n in names) >= 10:  # Outlook in German
        names = [OUTLOOK_GERMAN.get(n, "") for n in names]
    if "e mail address" in names and any(n in names for n in ("business phone", "mobile phone", "home phone")):
        return Mapping("outlook", headers, tuple(_dedupe_scalars([_outlook_field(n) if n else None
                                                                  for n in names], names)))
    saved = (remembered or {}).get(header_signature(headers))
    if saved and len(saved) == len(headers) and all(f is None or f in FIELDS for f in saved):
        return Mapping("remembered", headers, tuple(saved))
    return Mapping("custom", headers, tuple(suggest_fields(headers)))
