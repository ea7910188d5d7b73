"""A small in-process stand-in for the team's server, speaking the wire of docs/TEAM-MODE.md to the laptop's
client through its ``Transport``: enough of the server's rules (the op log, per-field versions, conflicts, roles,
erasure scrubbing the log) for the client's own tests. The real server is tested in tests/server/."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from smallcrm.erased_records import placeholder
from smallcrm.services.sales.seal import erased_customer
from smallcrm.sync.kinds import DOCUMENT_STATUS_FIELD, ERASED_WITH, ISSUED, OpKind, OpOutcome, Role, may_write

PAID_BY = {"payment": "invoice_id", "refund": "credit_note_id"}  # as server/erasure.py's (no psycopg here)


@dataclass
class Record:
    fields: dict = field(default_factory=dict)
    versions: dict = field(default_factory=dict)
    deleted: bool = False
    seq: int = 0
    deleted_at: str | None = None  # the first trash time sent, which every laptop writes (as the server does)


@dataclass
class FakeServer:
    users: dict[str, tuple[str, Role]] = field(default_factory=dict)  # name -> (password, role)
    log: list[dict] = field(default_factory=list)
    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)
    tokens: dict[str, tuple[str, str]] = field(default_factory=dict)  # token -> (user, device)
    erased: set[str] = field(default_factory=set)
    placeholders: set[str] = field(default_factory=set)  # erased, but kept in the trash for issued documents
    blobs: dict[str, bytes] = field(default_factory=dict)
    offline: bool = False

    def transport(self, method: str, path: str, body: dict | None, headers: dict[str, str]) -> tuple[int, dict]:
        from smallcrm.errors import ServerError

        if self.offline:
            raise ServerError("The team's server cannot be reached: working offline", code="team_unreachable")
        parts = urlsplit(path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/sign-in":
            return self.sign_in(body or {})
        who = self.tokens.get(headers.get("Authorization", "").removeprefix("Bearer "))
        if who is None:
            return 401, {"error": "unauthorized", "message": "no or bad token"}
        if parts.path == "/ops":
            return 200, {"results": [self.apply(op, *who) for op in (body or {}).get("ops", [])]}
        if parts.path == "/changes":
            after, limit = int(query.get("after", 0)), int(query.get("limit", 500))
            page = [c for c in self.log if c["seq"] > after][:limit]
            more = len([c for c in self.log if c["seq"] > after]) > limit
            return 200, {"changes": page, "cursor": page[-1]["seq"] if page else after, "more": more}
        if parts.path.startswith("/blobs/"):
            sha = parts.path.removeprefix("/blobs/")
            if method == "PUT":
                if hashlib.sha256(body).hexdigest() != sha:
                    return 400, {"error": "blob_hash", "message": "the bytes do not have this hash"}
                self.blobs[sha] = body
                return 200, {"sha256": sha, "size": len(body)}
            if sha not in self.blobs:
                return 404, {"error": "not_found", "message": "no such blob"}
            return 200, {"bytes": self.blobs[sha]}
        if parts.path == "/snapshot":
            table, after, limit = query.get("table"), query.get("after_uid", ""), int(query.get("limit", 500))
            found = sorted((uid, r) for (t, uid), r in self.records.items() if t == table and uid > after)
            rows = [{"uid": uid, "fields": r.fields, "versions": r.versions, "deleted": r.deleted,
                     "erased": uid in self.erased - self.placeholders} for uid, r in found[:limit]]
            return 200, {"rows": rows, "cursor": len(self.log), "more": len(found) > limit}
        if parts.path.startswith("/conflicts/") and parts.path.endswith("/settle"):
            number = int(parts.path.split("/")[2])
            conflict = next(c for c in self.conflicts if c["id"] == number)
            self.conflicts.remove(conflict)
            if (body or {}).get("keep") != "other":
                return 200, {}
            op = {"op_id": secrets.token_hex(16), "kind": OpKind.PATCH, "table": conflict["table"],
                  "uid": conflict["uid"], "fields": {conflict["field"]: conflict["other"]},
                  "base": {conflict["field"]: len(self.log)}, "at": None}
            self.apply(op, *who)
            return 200, self.log[-1]
        if parts.path == "/conflicts":
            return 200, {"conflicts": self.conflicts}
        if parts.path == "/check":
            return 200, {"tables": self.check(), "cursor": len(self.log)}
        return 404, {"error": "not_found", "message": path}

    def sign_in(self, body: dict) -> tuple[int, dict]:
        password, role = self.users.get(body.get("user"), (None, None))
        if password is None or password != body.get("password"):
            return 401, {"error": "sign_in_refused", "message": "wrong user or password"}
        token, device = secrets.token_hex(16), str(len(self.tokens) + 1)
        self.tokens[token] = (body["user"], device)
        return 200, {"token": token, "device": device, "device_suffix": "ABCDEFGH"[len(self.tokens) - 1],
                     "user": body["user"], "role": str(role), "cursor": 0}

    def apply(self, op: dict, user: str, device: str) -> dict:
        done = next((c for c in self.log if c["op_id"] == op["op_id"]), None)
        if done:
            return {"op_id": op["op_id"], "status": OpOutcome.DUPLICATE, "seq": done["seq"], "reason": None,
                    "message": None}
        role = self.users[user][1]
        if not may_write(role, op["table"]):
            return {"op_id": op["op_id"], "status": OpOutcome.REFUSED, "seq": None, "reason": "role_forbidden",
                    "message": f"An {role} cannot change a contact"}
        if op["uid"] in self.erased:
            return {"op_id": op["op_id"], "status": OpOutcome.REFUSED, "seq": None, "reason": "erased",
                    "message": "this person was erased"}
        seq = len(self.log) + 1
        record = self.records.setdefault((op["table"], op["uid"]), Record())
        kind = OpKind(op["kind"])
        for name, value in (op.get("fields") or {}).items():
            if kind != OpKind.PATCH:
                break
            base = (op.get("base") or {}).get(name, 0)
            current = record.versions.get(name, 0)
            if current > base and record.fields.get(name) != value:
                self.conflicts.append({"id": len(self.conflicts) + 1, "table": op["table"], "uid": op["uid"],
                                       "field": name, "kept": value, "other": record.fields.get(name),
                                       "seq_kept": seq, "seq_other": current})
        if kind in (OpKind.INSERT, OpKind.PATCH):
            record.fields.update(op.get("fields") or {})
            record.versions.update({name: seq for name in op.get("fields") or {}})
        record.deleted = kind in (OpKind.DELETE, OpKind.MERGE, OpKind.ERASE) or (
            record.deleted and kind != OpKind.RESTORE)
        fields = dict(op.get("fields") or {})
        if kind in (OpKind.DELETE, OpKind.MERGE):
            record.deleted_at = record.deleted_at or fields.get("deleted_at")
            fields["deleted_at"] = record.deleted_at
        elif kind == OpKind.RESTORE:
            record.deleted_at = None
        record.seq = seq
        if kind == OpKind.ERASE:
            sent = fields.get("placeholders") or {}
            made = self._made_placeholders(op["uid"], sent)
            if made:
                fields["placeholders"] = {**made, **sent}
            self.erased.add(op["uid"])
            self._erase_with(op["uid"])
            for change in self.log:  # a laptop that starts again from zero never receives them
                if change["uid"] in self.erased:
                    change["fields"] = {}
            self._keep_placeholders(fields.get("placeholders") or {}, seq)
        self.log.append({"seq": seq, "op_id": op["op_id"], "kind": op["kind"], "table": op["table"],
                         "uid": op["uid"], "fields": fields, "device": device, "user": user,
                         "at": op.get("at")})
        return {"op_id": op["op_id"], "status": OpOutcome.APPLIED, "seq": seq, "reason": None, "message": None}

    def _erase_with(self, uid: str) -> None:
        """What goes with the person (kinds.ERASED_WITH, to a fixed point; issued documents stay), as the server."""
        frontier = {uid}
        while frontier:
            found = {u for (t, u), r in self.records.items() if u not in self.erased
                     and any(r.fields.get(name) in frontier for name in ERASED_WITH.get(t, ()))
                     and r.fields.get(DOCUMENT_STATUS_FIELD) != ISSUED}
            for (_t, u), record in self.records.items():
                if u in found:
                    record.fields, record.versions, record.deleted = {}, {}, True
            self.erased |= found
            frontier = found

    def _made_placeholders(self, uid: str, sent: dict) -> dict[str, dict]:
        """The person's "Erased" record, when issued documents the eraser did not know of point to it (as the
        server makes it: server/erasure.py)."""
        record = self.records.get(("party", uid))
        if uid in sent or record is None or not any(
                t == "invoice" and r.fields.get("party_id") == uid and r.fields.get(DOCUMENT_STATUS_FIELD) == ISSUED
                for (t, _u), r in self.records.items()):
            return {}
        return {uid: placeholder(dict(record.fields), uid[:8], datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"))}

    def _keep_placeholders(self, placeholders: dict[str, dict], seq: int) -> None:
        """The "Erased" records the eraser kept, as it sent them, in the trash; the person's issued documents keep
        of the customer what the seal covers, their payments and refunds lose their notes (as the server does)."""
        for uid, kept in placeholders.items():
            self.records[("party", uid)] = Record(dict(kept), {}, True, seq, kept.get("deleted_at"))
            self.placeholders.add(uid)
            for change in self.log:  # the insert that made it, scrubbed above, as the server keeps it
                if change["uid"] == uid and change["kind"] == OpKind.INSERT:
                    change["fields"] = dict(kept)
        documents = {uid for (t, uid), r in self.records.items()
                     if t == "invoice" and r.fields.get("party_id") in placeholders}
        paid = set()
        for (table, _uid), record in self.records.items():
            if table == "invoice" and _uid in documents:
                record.fields["customer_snapshot"] = erased_customer(record.fields.get("customer_snapshot") or "")
            elif record.fields.get(PAID_BY.get(table, "")) in documents:
                record.fields["notes"] = ""
                paid.add(_uid)
        for change in self.log:  # and in every past operation, as the server clears them
            if change["uid"] in paid and "notes" in change["fields"]:
                change["fields"] = {**change["fields"], "notes": ""}

    def check(self) -> dict:
        tables: dict[str, list[str]] = {}
        for (table, uid), record in self.records.items():
            if not record.deleted and uid not in self.erased:
                tables.setdefault(table, []).append(f"{uid}:{record.seq}")
        return {t: {"count": len(lines), "checksum": hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()}
                for t, lines in tables.items()}
