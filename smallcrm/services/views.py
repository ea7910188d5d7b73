"""Plain values that services hand out: no peewee objects leave the core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from smallcrm.domain import Channel, ContactKind, Direction, InvoiceKind, PartyKind, Priority, Stage, TimelineSource


@dataclass(frozen=True)
class PartyRef:
    id: int
    kind: PartyKind
    name: str


@dataclass(frozen=True)
class ContactPointView:
    id: int
    kind: ContactKind
    label: str
    value: str
    display: str
    is_primary: bool


@dataclass(frozen=True)
class AddressView:
    id: int
    label: str
    street: str
    postal_code: str
    city: str
    province: str
    country: str
    is_primary: bool

    def one_line(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        if self.province:
            place += f" ({self.province})"
        return ", ".join(p for p in (self.street, place, self.country) if p)


@dataclass(frozen=True)
class AffiliationView:
    person: PartyRef
    company: PartyRef
    role: str
    is_primary: bool


@dataclass(frozen=True)
class PartyView:
    id: int
    uid: str
    kind: PartyKind
    name: str
    first_name: str
    last_name: str
    job_title: str
    stage: Stage
    source: str
    owner: str
    notes: str
    vat_number: str
    tax_code: str
    country: str
    birthday: date | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    contact_points: tuple[ContactPointView, ...] = ()
    addresses: tuple[AddressView, ...] = ()
    tags: tuple[str, ...] = ()
    companies: tuple[AffiliationView, ...] = ()  # for a person: where they work
    members: tuple[AffiliationView, ...] = ()  # for a company: who works there
    likely_duplicates: tuple[PartyRef, ...] = ()
    review_on: date | None = None  # GDPR: when the data kept is to be reviewed
    name_prefix: str = ""
    middle_name: str = ""
    name_suffix: str = ""
    nickname: str = ""
    department: str = ""
    anniversary: date | None = None
    has_photo: bool = False  # the picture itself is read on its own (``parties.photos.get_photo``)
    sdi_code: str = ""  # where the SdI delivers e-invoices: Codice Destinatario (7; 6 a public office)
    sdi_pec: str = ""  # or this PEC address (with "0000000")

    def points(self, kind: ContactKind) -> list[ContactPointView]:
        return [p for p in self.contact_points if p.kind == kind]

    @property
    def full_name(self) -> str:
        """A person's name with all its parts ("Dott. Mario Giuseppe Rossi Jr."); a company's name."""
        parts = (self.name_prefix, self.first_name, self.middle_name, self.last_name, self.name_suffix)
        return " ".join(p for p in parts if p) or self.name

    @property
    def emails(self) -> list[str]:
        return [p.value for p in self.points(ContactKind.EMAIL)]

    @property
    def phones(self) -> list[str]:
        return [p.value for p in self.points(ContactKind.PHONE)]

    @property
    def ref(self) -> PartyRef:
        return PartyRef(self.id, self.kind, self.name)


@dataclass(slots=True)
class PartyRow:
    """One line of a party list: what a table shows, loaded by id for a lazy model.

    Not frozen: a frozen dataclass sets each field through ``object.__setattr__``, which made building the
    rows of a page about a quarter of the list's time (bench/RESULTS.md, "list"); nothing changes a row.
    """

    id: int
    kind: PartyKind
    name: str
    company: str
    email: str
    phone: str
    city: str
    stage: Stage
    owner: str
    tags: str
    updated_at: datetime


@dataclass(frozen=True)
class CommunicationView:
    id: int
    uid: str
    party: PartyRef
    person: PartyRef | None
    kind: Channel
    direction: Direction
    occurred_at: datetime  # UTC
    subject: str
    body: str
    duration_seconds: int | None
    outcome: str
    owner: str


@dataclass(frozen=True)
class TaskView:
    id: int
    uid: str
    title: str
    notes: str
    party: PartyRef | None
    due_at: datetime | None  # UTC
    priority: Priority
    done_at: datetime | None
    owner: str
    communication_id: int | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the 360° timeline, whatever its source (communication, task, later quotes...)."""

    kind: Channel | InvoiceKind | TimelineSource  # a communication's channel, an invoice's kind, else the source
    source: TimelineSource
    id: int
    at: datetime  # UTC
    title: str
    detail: str = ""
    direction: Direction = Direction.NONE
    attachments: int = 0  # files on a communication (a sent quote's PDF, a mail's attachments)


@dataclass(frozen=True)
class PartyOverview:
    """The 360° view of a party."""

    party: PartyView
    timeline: tuple[TimelineEntry, ...]
    open_tasks: tuple[TaskView, ...]
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchHit:
    id: int
    kind: PartyKind
    name: str
    detail: str  # company, e-mail or phone: what tells two hits apart
    stage: Stage
    rank: int  # 0 whole name, 1 name words start with the query, 2 other words do, 3 substring
