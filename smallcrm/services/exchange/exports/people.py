"""Exports of the people and what was said with them: contacts and communications."""

from __future__ import annotations

from decimal import Decimal

from smallcrm.db.models import database
from smallcrm.documents.export_labels import Labels
from smallcrm.documents.tables import Column, Sheet
from smallcrm.domain import CellKind, ContactKind, Stage
from smallcrm.services.exchange.exports.common import ExportOptions, as_local, between, query


def _points(kind: ContactKind) -> str:
    return (f"(SELECT group_concat(value, '; ') FROM (SELECT value FROM contact_point WHERE party_id = p.id "
            f"AND kind = '{kind}' AND deleted_at IS NULL ORDER BY is_primary DESC, id))")


def _handles(kind: ContactKind) -> str:
    """Chat or social addresses, each with its service as the import reads it back: "skype: joe; aim: joe2"
    (``handles.handle_text``), one a line."""
    return (f"(SELECT group_concat(CASE WHEN label = '' THEN value ELSE label || ': ' || value END, char(10)) "
            f"FROM (SELECT label, value FROM contact_point WHERE party_id = p.id AND kind = '{kind}' "
            f"AND deleted_at IS NULL ORDER BY is_primary DESC, id))")


_CONTACTS = f"""p.id, p.kind, p.name, p.first_name, p.last_name,
  (SELECT c.name FROM affiliation a JOIN party c ON c.id = a.company_id WHERE a.person_id = p.id
     AND a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.is_primary DESC, a.id LIMIT 1),
  p.job_title, (SELECT a.role FROM affiliation a JOIN party c ON c.id = a.company_id WHERE a.person_id = p.id
     AND a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.is_primary DESC, a.id LIMIT 1),
  {_points(ContactKind.EMAIL)}, {_points(ContactKind.PHONE)}, {_points(ContactKind.WEB)},
  {_handles(ContactKind.IM)}, {_handles(ContactKind.SOCIAL)},
  ad.street, ad.postal_code, ad.city, ad.province, COALESCE(ad.country, p.country), p.vat_number, p.tax_code,
  p.sdi_code, p.sdi_pec, p.stage,
  (SELECT group_concat(name, ', ') FROM (SELECT t.name FROM party_tag pt JOIN tag t ON t.id = pt.tag_id
     WHERE pt.party_id = p.id AND pt.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.key)),
  p.owner, p.source, p.name_prefix, p.middle_name, p.name_suffix, p.nickname, p.department, p.birthday,
  p.anniversary, p.notes, p.created_at"""


# the contacts sheet's columns (in English: Labels translates them); the import recognises them in each language
CONTACT_HEADERS = ("ID", "Kind", "Name", "First name", "Last name", "Company", "Job title", "Role", "E-mails", "Phones",
                   "Web", "Chat", "Social profiles", "Street", "Postal code", "City", "Province", "Country",
                   "VAT number", "Tax code", "SdI code", "SdI PEC", "Stage", "Tags", "Owner", "Source", "Name prefix",
                   "Middle name", "Name suffix", "Nickname", "Department", "Birthday", "Anniversary", "Notes",
                   "Created")
_KINDS = {"ID": CellKind.INT, "Birthday": CellKind.ISO_DATE, "Anniversary": CellKind.ISO_DATE,
          "Created": CellKind.DATETIME}


def contact_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    where, params = between("p.created_at", options, utc_times=True)
    body = (f"FROM party p LEFT JOIN address ad ON ad.id = (SELECT id FROM address WHERE party_id = p.id AND "
            f"deleted_at IS NULL ORDER BY is_primary DESC, id LIMIT 1) WHERE p.deleted_at IS NULL {where}")
    rows, count = query(_CONTACTS, body, "p.sort_key, p.id", params)
    columns = [Column(h, _KINDS[h]) if h in _KINDS else Column(h) for h in CONTACT_HEADERS]
    stage = CONTACT_HEADERS.index("Stage")
    data = ((r[0], labels.value(r[1]), *r[2:stage], labels.value(r[stage]), *r[stage + 1:-1], as_local(r[-1]))
            for r in rows)
    per_stage = {stage: (p, c) for stage, p, c in database.execute_sql(
        "SELECT stage, SUM(kind = 'person'), SUM(kind = 'company') FROM party p "
        f"WHERE p.deleted_at IS NULL {where} GROUP BY stage", params)}
    order = [str(s) for s in Stage] + sorted(set(per_stage) - {str(s) for s in Stage})
    summary = [(labels.value(s), *per_stage[s], sum(per_stage[s])) for s in order if s in per_stage]
    return [Sheet("Contacts", columns, data, count),
            Sheet("Summary", [Column("Stage"), *(Column(h, CellKind.INT, total=True) for h in ("Persons", "Companies",
                                                                                       "All"))],
                  summary, len(summary), data=False)]


def communication_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    where, params = between("c.occurred_at", options, utc_times=True)
    body = (f"FROM communication c JOIN party p ON p.id = c.party_id LEFT JOIN party w ON w.id = c.person_id "
            f"WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL {where}")
    rows, count = query("c.occurred_at, p.name, w.name, c.kind, c.direction, c.subject, c.duration_seconds, "
                         "c.outcome, c.owner", body, "c.occurred_at, c.id", params)

    def data():
        for at, party, person, kind, direction, subject, seconds, outcome, owner in rows:
            minutes = None if seconds is None else (seconds // 60 if seconds % 60 == 0 else round(seconds / 60, 2))
            yield (as_local(at), party, person, labels.value(kind), labels.value(direction), subject, minutes,
                   outcome, owner)

    columns = [Column("Date and time", CellKind.DATETIME), Column("Party"), Column("Person"), Column("Channel"),
               Column("Direction"), Column("Subject"), Column("Duration (min)", CellKind.NUMBER, total=True),
               Column("Outcome"), Column("Owner")]
    summary = [(labels.value(kind), n, n_in, n_out, Decimal(seconds or 0) / 60) for kind, n, n_in, n_out, seconds in
               database.execute_sql(f"SELECT c.kind, COUNT(*), SUM(c.direction = 'in'), SUM(c.direction = 'out'), "
                                    f"SUM(c.duration_seconds) {body} GROUP BY c.kind ORDER BY c.kind", params)]
    summary_columns = [Column("Channel"), Column("Count", CellKind.INT, total=True),
                       Column("Incoming", CellKind.INT, total=True),
                       Column("Outgoing", CellKind.INT, total=True), Column("Minutes", CellKind.NUMBER, total=True)]
    return [Sheet("Communications", columns, data(), count),
            Sheet("Summary", summary_columns, [(*r[:4], round(r[4], 2)) for r in summary], len(summary),
                  data=False)]
