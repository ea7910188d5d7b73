"""Realistic, deterministic demo data for an Italian small business, fast enough for a million rows.

Rows are generated in Python from a seeded random generator and loaded with prepared bulk inserts in one
transaction; the search index is rebuilt at the end. Same seed and same ``today``: same data.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from stdnum import luhn
from stdnum.it import codicefiscale

from smallcrm.db.bulk import bulk_insert
from smallcrm.db.models import Address, Affiliation, Communication, ContactPoint, Party, PartyTag, Tag, Task
from smallcrm.db.search_index import rebuild_search_index
from smallcrm.demo import words
from smallcrm.demo.sales import generate_sales
from smallcrm.domain import Channel, ContactKind, Direction, PartyKind, Stage
from smallcrm.text import fold

Progress = Callable[[str, int, int], None]
CHUNK = 50_000
STAGES = ((Stage.LEAD, 20), (Stage.PROSPECT, 20), (Stage.CUSTOMER, 35), (Stage.KEY_CUSTOMER, 8),
          (Stage.ADVOCATE, 4), (Stage.DORMANT, 9), (Stage.LOST, 4))
CHANNELS = ((Channel.CALL, 35), (Channel.EMAIL, 35), (Channel.MEETING, 8), (Channel.NOTE, 8), (Channel.SMS, 5),
            (Channel.CHAT, 4), (Channel.LETTER, 2), (Channel.SOCIAL, 3))
PARTY_FIELDS = ("id", "uid", "created_at", "updated_at", "kind", "first_name", "last_name", "name", "sort_key",
                "job_title", "stage", "source", "owner", "notes", "vat_number", "tax_code", "country")
OWNED = ("uid", "created_at", "updated_at")


@dataclass(frozen=True)
class DemoStats:
    persons: int
    companies: int
    communications: int
    tasks: int
    quotes: int
    invoices: int
    seconds: float


class _Maker:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        # what the data gained later (everyone's address and codice fiscale) is drawn apart, so that the data
        # drawn from ``rng`` stays what it was for a seed
        self.more = random.Random(seed * 7919 + 1)
        self.now = datetime.combine(today, datetime.min.time()) + timedelta(hours=11)
        self.stages = [s for s, w in STAGES for _ in range(w)]
        self.channels = [c for c, w in CHANNELS for _ in range(w)]

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def past(self, days: int = 730) -> datetime:
        return self.now - timedelta(seconds=self.rng.randrange(days * 86400))

    def stamps(self) -> tuple[str, datetime, datetime]:
        created = self.past()
        return self.uid(), created, created

    def vat(self) -> str:
        base = f"{self.rng.randrange(1, 9_999_999):07d}{self.rng.randrange(1, 100):03d}"
        return "IT" + base + luhn.calc_check_digit(base)

    def more_stamps(self) -> tuple[str, datetime, datetime]:
        """``stamps`` drawn from ``more``."""
        created = self.now - timedelta(seconds=self.more.randrange(730 * 86400))
        return str(uuid.UUID(int=self.more.getrandbits(128), version=4)), created, created

    def tax_code(self, first: str, last: str) -> str:
        """A valid codice fiscale for the name: surname and name letters, a birth date between 1950 and 1999,
        the code of a town (Milano, Roma, Torino...), its check letter."""
        def letters(name: str, is_first: bool) -> str:
            plain = "".join(ch for ch in fold(name).upper() if ch.isalpha())
            consonants = [ch for ch in plain if ch not in "AEIOU"]
            if is_first and len(consonants) >= 4:
                consonants = [consonants[0], consonants[2], consonants[3]]
            return ("".join(consonants) + "".join(ch for ch in plain if ch in "AEIOU") + "XXX")[:3]

        rng = self.more
        born = (f"{rng.randrange(50, 100):02d}{'ABCDEHLMPRST'[rng.randrange(12)]}{rng.randrange(1, 29):02d}"
                f"{rng.choice(words.TOWN_CODES)}")
        code = letters(last, False) + letters(first, True) + born
        return code + codicefiscale.calc_check_digit(code)

    def mobile(self, country: str) -> str:
        if country == "RO":
            return f"+407{self.rng.choice('2345'):s}{self.rng.randrange(10_000_000):07d}"
        return f"+39{self.rng.choice(words.MOBILE_PREFIXES)}{self.rng.randrange(1_000_000, 10_000_000)}"

    def landline(self, area: str) -> str:
        rest = 10 - len(area)
        return f"+39{area}{self.rng.randrange(10 ** (rest - 1), 10 ** rest)}"


def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def generate_demo(db, contacts: int = 300, seed: int = 1, communications_per_contact: int = 10,
                  today: date | None = None, progress: Progress | None = None) -> DemoStats:
    """Add ``contacts`` persons (and about one company for eight persons) with their history."""
    started = time.perf_counter()
    report = progress or (lambda step, done, total: None)
    make = _Maker(seed, today or datetime.now(UTC).date())
    rng = make.rng
    with db.atomic():
        first_id = (Party.select(Party.id).order_by(Party.id.desc()).scalar() or 0) + 1
        n_companies = max(1, contacts // 8)
        companies = list(range(first_id, first_id + n_companies))
        persons = list(range(first_id + n_companies, first_id + n_companies + contacts))
        party_rows, points, addresses, affiliations = [], [], [], []
        company_names: dict[int, str] = {}
        emails_seen: set[str] = set()

        report("companies", 0, n_companies)
        for pid in companies:
            city, postal, province, area = rng.choice(words.CITIES)
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
            form = rng.choice(words.COMPANY_FORMS).format(first=first, last=last)
            name = f"{rng.choice(words.COMPANY_TRADES)} {last} {form}"
            company_names[pid] = name
            domain = f"{_slug(name)[:24]}.it"
            party_rows.append((pid, *make.stamps(), PartyKind.COMPANY, "", "", name, fold(name), "",
                               rng.choice(make.stages), "demo", rng.choice(words.OWNERS), "", make.vat(), "", "IT"))
            points.append((*make.stamps(), pid, ContactKind.PHONE, "", (tel := make.landline(area)), tel[1:], True))
            points.append((*make.stamps(), pid, ContactKind.EMAIL, "", f"info@{domain}", f"info@{domain}", True))
            points.append((*make.stamps(), pid, ContactKind.WEB, "", f"https://www.{domain}", domain, True))
            addresses.append((*make.stamps(), pid, "", f"{rng.choice(words.STREETS)} {rng.randrange(1, 200)}",
                              postal, city, province, "IT", True))

        report("persons", 0, contacts)
        for pid in persons:
            romanian = rng.random() < 0.05
            first = rng.choice(words.RO_FIRST_NAMES if romanian else words.FIRST_NAMES)
            last = rng.choice(words.RO_LAST_NAMES if romanian else words.LAST_NAMES)
            country = "RO" if romanian else "IT"
            party_rows.append((pid, *make.stamps(), PartyKind.PERSON, first, last, f"{first} {last}",
                               fold(f"{last} {first}"),
                               rng.choice(words.JOB_TITLES), rng.choice(make.stages), "demo",
                               rng.choice(words.OWNERS), "", "", "" if romanian else make.tax_code(first, last),
                               country))
            if rng.random() < 0.9:
                email = f"{_slug(first)}.{_slug(last)}@{rng.choice(words.DOMAINS)}"
                while email in emails_seen:
                    email = email.replace("@", f"{rng.randrange(10)}@", 1)
                emails_seen.add(email)
                points.append((*make.stamps(), pid, ContactKind.EMAIL, "", email, email, True))
            if rng.random() < 0.75:
                mobile = make.mobile(country)
                points.append((*make.stamps(), pid, ContactKind.PHONE, "mobile", mobile, mobile[1:], True))
            # every customer can be invoiced: an Italian with an address and a codice fiscale, a Romanian
            # (a private person abroad) with an address in Romania
            if rng.random() < 0.3:
                city, postal, province, _ = rng.choice(words.CITIES)
                stamps, street = make.stamps(), f"{rng.choice(words.STREETS)} {rng.randrange(1, 200)}"
            else:
                city, postal, province, _ = make.more.choice(words.CITIES)
                stamps, street = make.more_stamps(), f"{make.more.choice(words.STREETS)} {make.more.randrange(1, 200)}"
            if romanian:
                city, postal, province = make.more.choice(words.RO_CITIES)
                street = f"{make.more.choice(words.RO_STREETS)} {make.more.randrange(1, 120)}"
            addresses.append((*stamps, pid, "", street, postal, city, province, country, True))
            if rng.random() < 0.7:
                affiliations.append((*make.stamps(), pid, rng.choice(companies), rng.choice(words.JOB_TITLES), True))

        bulk_insert(Party, PARTY_FIELDS, party_rows)
        bulk_insert(ContactPoint, (*OWNED, "party", "kind", "label", "value", "match_key", "is_primary"), points)
        bulk_insert(Address, (*OWNED, "party", "label", "street", "postal_code", "city", "province", "country",
                              "is_primary"), addresses)
        bulk_insert(Affiliation, (*OWNED, "person", "company", "role", "is_primary"), affiliations)
        report("persons", contacts, contacts)

        tag_ids = []
        for name in words.TAGS:
            tag = Tag.get_or_none(Tag.key == fold(name)) or Tag.create(name=name, key=fold(name))
            tag_ids.append(tag.id)
        everyone = companies + persons
        tagged = [(*make.stamps(), pid, tag) for pid in everyone if rng.random() < 0.25
                  for tag in rng.sample(tag_ids, rng.choice((1, 1, 2)))]
        bulk_insert(PartyTag, (*OWNED, "party", "tag"), tagged)

        total_comms = contacts * communications_per_contact
        members = {pid: company for _, _, _, pid, company, _, _ in affiliations}
        for start in range(0, total_comms, CHUNK):
            report("communications", start, total_comms)
            bulk_insert(Communication, (*OWNED, "party", "person", "kind", "direction", "occurred_at", "subject",
                                        "body", "duration_seconds", "outcome", "owner"),
                        _communications(make, everyone, members, min(CHUNK, total_comms - start)))
        report("communications", total_comms, total_comms)

        n_tasks = max(1, contacts // 4)
        bulk_insert(Task, (*OWNED, "title", "notes", "party", "due_at", "priority", "done_at", "owner"),
                    _tasks(make, everyone, n_tasks))
        _demo_company_profile(db)
        report("sales", 0, contacts // 2)
        n_quotes, n_invoices = generate_sales(make, everyone, max(1, contacts // 2))
        report("search index", 0, len(everyone))
        rebuild_search_index(Party._meta.database)
        report("search index", len(everyone), len(everyone))
    return DemoStats(contacts, n_companies, total_comms, n_tasks, n_quotes, n_invoices, time.perf_counter() - started)


def _communications(make: _Maker, parties: list[int], members: dict[int, int], count: int) -> Iterator[tuple]:
    rng = make.rng
    for _ in range(count):
        party = rng.choice(parties)
        kind = rng.choice(make.channels)
        when = make.past()
        direction = Direction.NONE if kind == Channel.NOTE else rng.choice((Direction.IN, Direction.OUT))
        duration = rng.randrange(60, 1800) if kind in (Channel.CALL, Channel.MEETING) else None
        company = members.get(party)
        if company is not None and rng.random() < 0.3:  # logged on the company, naming whom we spoke to
            party, person = company, party
        else:
            person = None
        body = rng.choice(words.BODIES) if kind != Channel.NOTE else ""
        outcome = rng.choice(words.OUTCOMES[kind]) if kind in words.OUTCOMES else ""
        yield (make.uid(), when, when, party, person, kind, direction, when, rng.choice(words.SUBJECTS[kind]),
               body, duration, outcome, rng.choice(words.OWNERS))


def _tasks(make: _Maker, parties: list[int], count: int) -> Iterator[tuple]:
    rng = make.rng
    for _ in range(count):
        due = make.now + timedelta(days=rng.randrange(-20, 30), hours=rng.randrange(-3, 6))
        done = due - timedelta(hours=rng.randrange(1, 48)) if due < make.now and rng.random() < 0.6 else None
        created = due - timedelta(days=rng.randrange(1, 30))
        yield (make.uid(), created, done or created, rng.choice(words.TASK_TITLES), "", rng.choice(parties), due,
               rng.choice((1, 2, 2, 3)), done, rng.choice(words.OWNERS))


def _demo_company_profile(db) -> None:
    """Our own (demo) shop, so that demo quotes and invoices print with a full heading and a payment QR."""
    from smallcrm.services.admin.company import get_company_profile, update_company_profile
    from smallcrm.services.sales.views import CompanyProfile

    if get_company_profile().name:
        return  # never overwrite a real profile
    update_company_profile(db, CompanyProfile(
        name="Ferramenta Nicolò S.r.l.", street="Via Garibaldi 12", postal_code="20121", city="Milano",
        province="MI", country="IT", vat_number="IT00743110157", tax_code="00743110157",
        iban="IT60X0542811101000000123456", email="info@ferramentanicolo.it", phone="+39 02 1234 5678",
        website="www.ferramentanicolo.it"))
