"""What an import will do, row by row, before it does anything: create, update (which fields), skip, reject.

Each row is checked by the same rules as the forms (``parties._clean``). A row is the same contact as an
existing record when they share the vCard UID, an e-mail, a phone or a VAT number; a row with none of those is
the same as a record with exactly its name (and, for a person, company). Such a row updates the record, or is
skipped when it would change nothing, so that importing a file twice creates nothing the second time. A new
row that only looks like an existing record (similar name, same company) is created and listed with its
look-alikes, for a merge the user decides on later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from operator import itemgetter
from typing import Literal

from smallcrm.clock import utcnow
from smallcrm.db.models import uid_maker
from smallcrm.domain import ContactKind, FileKind, ImportAction, PartyKind, stored
from smallcrm.errors import Conflict
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.exchange import import_lookup as lookup
from smallcrm.services.exchange.import_checks import Checked, Defaults, Refused, Rejection, checked_chunks
from smallcrm.services.exchange.import_layouts import Mapping
from smallcrm.services.exchange.import_records import ImportRecord, RecordDraft, uuid_of
from smallcrm.services.parties.parties import AddressDraft
from smallcrm.services.views import PartyRef
from smallcrm.text import fold

_IDENTIFYING = (ContactKind.EMAIL, ContactKind.PHONE)  # contact points that tell one contact from another
_party_kind = stored(PartyKind)
_NAMES = frozenset({"first_name", "last_name", "name"})
# a created row sharing an e-mail or a number with a person of another name: shown, created, merged by the user
POSSIBLE_DUPLICATE = "possible_duplicate"

CHUNK = 1000
PARTY_COLUMNS = ("kind", "first_name", "last_name", "name", "sort_key", "job_title", "stage", "source", "owner",
                 "notes", "vat_number", "tax_code", "country", "name_prefix", "middle_name", "name_suffix", "nickname",
                 "department", "sdi_code", "sdi_pec", "anniversary", "birthday")
# (the two days last: import_apply stores them as text)
_DAYS = ("birthday", "anniversary")
_UPDATED = frozenset({"job_title", "stage", "source", "owner", "vat_number", "tax_code", "country", "birthday",
                      "anniversary", "name_prefix", "middle_name", "name_suffix", "nickname", "department",
                      "sdi_code", "sdi_pec"})
_COLUMN = {name: index for index, name in enumerate(PARTY_COLUMNS)}
_PARTY_VALUES = itemgetter(*PARTY_COLUMNS)
new_uid = uid_maker()
Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass(slots=True)
class Work:
    """What applying a row needs (not shown to anyone). Kept small: a preview of 100k rows holds 100k of them."""

    fields: dict  # an update: the columns it changes; a create: {} (the values are in ``party``)
    points: list[tuple[str, str, str, str]]  # kind, value, match key, label
    tags: list[str]
    addresses: list[AddressDraft]  # the row's addresses, the first the main one (an update: the new ones)
    company: str  # a person's company name
    external_uid: str
    uid: str  # the uid a created party gets
    previous: dict = field(default_factory=dict)  # an update: the values it replaces
    seen_at: object = None  # an update: the record's updated_at when previewed
    party: tuple = ()  # a create: the new party's values, in the order of PARTY_COLUMNS
    photo: tuple[str, bytes] | None = None  # a picture to store (an update: only where the record has none)
    role: str = ""  # the person's role at ``company``

    def value(self, column: str):
        return self.party[_COLUMN[column]]


@dataclass(slots=True)
class PlannedRow:
    row: int
    action: ImportAction
    kind: PartyKind | Literal[""]  # "" for a rejected row
    name: str
    party_id: int | None = None  # the record updated, or the one a skipped row is the same as
    changed: tuple[str, ...] = ()  # what an update changes
    reason: str = ""  # why a row is skipped or rejected
    code: str = ""
    candidates: tuple[PartyRef, ...] = ()  # look-alikes of a created row, for a later merge
    work: Work | None = field(default=None, repr=False, compare=False)


@dataclass
class ImportPlan:
    file_name: str
    file_kind: FileKind
    mapping: Mapping
    encoding: str = ""
    delimiter: str = ""
    rows: list[PlannedRow] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[Rejection] = field(default_factory=list)  # values of imported rows that could not be read
    new_companies: dict[str, str] = field(default_factory=dict)  # sort key -> name, made for people's companies
    # rows whose numbers without a country code were read in the user's region (no country on the row), by region
    read_in: dict[str, int] = field(default_factory=dict)
    # a vCard file's contact groups (no contacts: a tag of their members), by name: (members, members in the file)
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)
    made_at: datetime = field(default_factory=utcnow)

    def count(self, action: ImportAction) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[ImportAction, int]:
        counts = dict.fromkeys(ImportAction, 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts


def _identified(made: RecordDraft, clean) -> bool:
    """Whether a row carries something that identifies a contact: a vCard UID, a VAT number, an e-mail, a phone."""
    return bool(made.external_uid or clean.fields["vat_number"] or
                any(kind in _IDENTIFYING for kind, *_ in clean.points))


@dataclass(frozen=True)
class ImportOptions:
    strict: bool = False  # refuse a row with a value that cannot be read, rather than import it without it
    language: str = "en"  # of the review note a row's notes get


class Planner:
    def __init__(self, plan: ImportPlan, options: ImportOptions = ImportOptions()) -> None:
        self.plan = plan
        self.defaults = Defaults(str(get_setting("default_country")), str(get_setting("default_owner")),
                                 str(get_setting("default_region")), options.strict, options.language)
        self.seen: dict[tuple, tuple[int, str]] = {}  # a key of an earlier row -> its row number and sort key
        self.targets: dict[int, int] = {}  # party id -> the row that updates it
        self.look_alikes = lookup.LookAlikes()
        self._folded: dict[str, str] = {}  # company names: each is folded once, not on every row that names it

    def _fold(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    # -- one chunk -----------------------------------------------------------------------------------------
    def add_chunk(self, records: list[ImportRecord], results: list[Checked]) -> None:
        checked: list[tuple[ImportRecord, tuple | PlannedRow]] = []
        for record, result in zip(records, results, strict=True):
            if isinstance(result, Refused):
                self.plan.rejections.append(result.rejection)
                result = PlannedRow(record.number, ImportAction.REJECT, "", result.display, reason=result.reason,
                                    code=result.rejection.code)
            checked.append((record, result))
        good = [(r, c[0], c[1]) for r, c in checked if not isinstance(c, PlannedRow)]
        self.plan.warnings.extend(Rejection(record.number, p.field, p.value[:200], p.reason, p.code)
                                  for record, made, _ in good for p in made.problems)
        for _, made, _ in good:
            if made.read_in:
                self.plan.read_in[made.read_in] = self.plan.read_in.get(made.read_in, 0) + 1
        points = {kind: lookup.points_owned(kind, [key for _, _, clean in good for k, _, key, _ in clean.points
                                                   if k == kind]) for kind in _IDENTIFYING}
        vats = lookup.vat_owners(clean.fields["vat_number"] for _, _, clean in good if clean.fields["vat_number"])
        uuids = [uuid_of(made.external_uid) for _, made, _ in good if made.external_uid]
        uids = lookup.uid_owners(u for u in uuids if u)
        imported = lookup.imported_uid_owners(made.external_uid for _, made, _ in good if made.external_uid)
        # a name is looked up only for rows with nothing better to go by (common names match many records)
        names = lookup.same_names(clean.fields["sort_key"] for _, made, clean in good if not _identified(made, clean))
        companies = lookup.companies_named(self._fold(made.company) for _, made, _ in good if made.company)
        matches = {}
        for record, made, clean in good:
            matches[record.number] = self._match(made, clean, points, vats, uids, imported, names)
        existing = lookup.load_existing(m for m in matches.values() if m)
        for record, result in checked:
            if isinstance(result, PlannedRow):
                self.plan.rows.append(result)
                continue
            made, clean = result
            self.plan.rows.append(self._plan_row(record, made, clean, matches[record.number], existing, companies,
                                                 uids))

    def _match(self, made: RecordDraft, clean, points, vats, uids, imported, names) -> int | None:
        kind = clean.fields["kind"]
        candidates = []
        uid = uuid_of(made.external_uid) if made.external_uid else ""
        if uid and uid in uids and uids[uid][1]:
            candidates.append(uids[uid][0])
        if made.external_uid in imported:
            candidates.append(imported[made.external_uid])
        for point_kind, _, key, _ in clean.points:
            if point_kind in points and key in points[point_kind]:
                candidates.append(points[point_kind][key])
        if clean.fields["vat_number"] in vats:
            candidates.append(vats[clean.fields["vat_number"]])
        if not candidates and not _identified(made, clean):
            company = self._fold(made.company) if kind == PartyKind.PERSON else ""
            found = names.get((kind, clean.fields["sort_key"], company))
            candidates += [found] if found else []
        return candidates[0] if candidates else None

    def _keys(self, made: RecordDraft, clean) -> list[tuple]:
        keys: list[tuple] = [(kind, key) for kind, _, key, _ in clean.points if kind in _IDENTIFYING]
        if clean.fields["vat_number"]:
            keys.append(("vat", clean.fields["vat_number"]))
        if made.external_uid:
            keys.append(("uid", made.external_uid))
        if not keys:
            keys.append(("name", clean.fields["kind"], clean.fields["sort_key"], self._fold(made.company)))
        return keys

    def _plan_row(self, record: ImportRecord, made: RecordDraft, clean, match: int | None,
                  existing: dict[int, lookup.Existing], companies: dict[str, int], uids) -> PlannedRow:
        fields = clean.fields
        kind, name = _party_kind(fields["kind"]), fields["name"]
        keys = self._keys(made, clean)
        # a row with a name of its own that shares a number or an address with an earlier row of another name
        # is not that row: two people at one switchboard, two companies of a group at one
        named = bool(made.given & _NAMES)
        alike_row = 0
        for key in keys:
            if key in self.seen:
                earlier, sort_key = self.seen[key]
                if named and sort_key != fields["sort_key"] and key[0] in _IDENTIFYING:
                    alike_row = alike_row or earlier  # two people sharing a switchboard or an info@ address
                    continue
                return PlannedRow(record.number, ImportAction.SKIP, kind, name,
                                  reason=f"the same contact as row {earlier}", code="duplicate_in_file")
        if match is not None and match in self.targets:
            earlier = self.targets[match]
            return PlannedRow(record.number, ImportAction.SKIP, kind, name, match,
                              reason=f"the same contact as row {earlier}", code="duplicate_in_file")
        for key in keys:
            self.seen.setdefault(key, (record.number, fields["sort_key"]))
        work = Work(fields, clean.points, clean.tags, list(clean.addresses), made.company, made.external_uid, "",
                    photo=made.photo, role=made.role)
        target = existing.get(match) if match is not None else None
        renames = (named and kind == PartyKind.PERSON and target is not None
                   and target.fields["sort_key"] != fields["sort_key"])
        if target is not None and target.kind == kind and not renames:
            self.targets[match] = record.number
            return self._update_row(record, made, work, target)
        uid = uuid_of(made.external_uid) if made.external_uid else ""
        work.uid = uid if uid and uid not in uids else new_uid()
        work.party, work.fields = _PARTY_VALUES(fields), {}
        candidates: tuple[PartyRef, ...] = ()
        if kind == PartyKind.COMPANY:
            candidates = self.look_alikes.companies_like(fields["sort_key"])
        elif made.company:
            company_id = companies.get(self._fold(made.company))
            if company_id is not None:
                candidates = self.look_alikes.colleagues_like(company_id, fields["sort_key"])
            elif self._fold(made.company) not in self.plan.new_companies:
                self.plan.new_companies[self._fold(made.company)] = made.company
        code = reason = ""
        if target is not None:
            # an e-mail of a company on a person's row: the same address, not the same party; a person of
            # another name sharing a number or an address: maybe the same, which only the user can say
            candidates = (PartyRef(target.id, target.kind, target.fields["name"]), *candidates)
            if renames:
                code, reason = POSSIBLE_DUPLICATE, f"possible duplicate of #{target.id} {target.fields['name']}"
        elif alike_row:
            code, reason = POSSIBLE_DUPLICATE, f"possible duplicate of row {alike_row}"
        return PlannedRow(record.number, ImportAction.CREATE, kind, name, reason=reason, code=code,
                          candidates=candidates, work=work)

    def _update_row(self, record: ImportRecord, made: RecordDraft, work: Work, target: lookup.Existing) -> PlannedRow:
        given = made.given
        fields = work.fields
        names = {"first_name", "last_name"} if fields["kind"] == PartyKind.PERSON else {"name"}
        wanted = _UPDATED & given
        if given & names:
            wanted |= names | {"name", "sort_key"}
        changes = {}
        for column in wanted:
            new, old = fields[column], target.fields[column]
            if column in _DAYS:
                old = str(old) if old else None
                new = str(new) if new else None
            if new != old and (new or column not in ("first_name", "last_name")):
                changes[column] = fields[column]
        if "notes" in given and fields["notes"] and fields["notes"] not in target.fields["notes"]:
            changes["notes"] = "\n\n".join(filter(None, (target.fields["notes"], fields["notes"])))
        work.points = [p for p in work.points if (p[0], p[2]) not in target.points]
        work.tags = [t for t in work.tags if fold(t) not in target.tags]
        work.addresses = [a for a in work.addresses
                          if lookup.address_key(a.street, a.postal_code, a.city) not in target.addresses]
        if not made.company or self._fold(made.company) in target.companies or fields["kind"] != PartyKind.PERSON:
            work.company = ""
        elif self._fold(made.company) not in self.plan.new_companies:
            self.plan.new_companies[self._fold(made.company)] = made.company
        changed = [c for c in changes if c not in ("sort_key", "name") or fields["kind"] == PartyKind.COMPANY]
        changed += sorted({p[0] for p in work.points})
        if target.has_photo:  # the picture the record has stays
            work.photo = None
        changed += ["tags"] * bool(work.tags) + ["address"] * bool(work.addresses) + ["company"] * bool(work.company)
        changed += ["photo"] * bool(work.photo)
        name = target.fields["name"]
        if not changed:
            return PlannedRow(record.number, ImportAction.SKIP, target.kind, name, target.id,
                              reason="already up to date",
                              code="unchanged")
        work.fields = changes
        work.previous = {c: target.fields[c] for c in changes}
        work.seen_at = target.updated_at
        return PlannedRow(record.number, ImportAction.UPDATE, target.kind, name, target.id,
                          tuple(dict.fromkeys(changed)), work=work)


def cancelled() -> Conflict:
    """What a stopped preview or import raises: nothing was changed."""
    return Conflict("The import was cancelled; nothing was changed", code="cancelled")


def plan_records(plan: ImportPlan, records: Iterator[ImportRecord], total: int, progress: Progress | None = None,
                 should_stop: ShouldStop | None = None, options: ImportOptions = ImportOptions()) -> ImportPlan:
    planner = Planner(plan, options)
    done = 0
    chunks = iter(lambda: list(islice(records, CHUNK)), [])
    for chunk, results in checked_chunks(chunks, planner.defaults, total):
        if should_stop is not None and should_stop():
            raise cancelled()
        planner.add_chunk(chunk, results)
        done += len(chunk)
        if progress is not None:
            progress(done, max(total, done))
    in_file = {r.work.value("sort_key") for r in plan.rows
               if r.action == ImportAction.CREATE and r.kind == PartyKind.COMPANY}
    existing = lookup.companies_named(plan.new_companies)
    plan.new_companies = {k: v for k, v in plan.new_companies.items() if k not in in_file and k not in existing}
    return plan
