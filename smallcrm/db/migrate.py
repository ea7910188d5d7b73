"""The migration runner: numbered, forward-only steps, each in its own transaction, after a backup.

A step is a module ``smallcrm/migrations/NNNN_name.py`` with ``upgrade(db)`` (a peewee database). It
declares frozen copies of the models it needs and never imports ``smallcrm.db.models``.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType

from peewee import Database as PeeweeDatabase

from smallcrm import migrations as migrations_package
from smallcrm.clock import utcnow
from smallcrm.db import backup as backups
from smallcrm.errors import StorageError


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    module: ModuleType


def available_steps() -> list[Step]:
    steps = []
    for info in pkgutil.iter_modules(migrations_package.__path__):
        number, _, name = info.name.partition("_")
        if number.isdigit():
            module = importlib.import_module(f"{migrations_package.__name__}.{info.name}")
            steps.append(Step(int(number), name, module))
    steps.sort(key=lambda s: s.version)
    if [s.version for s in steps] != list(range(1, len(steps) + 1)):
        raise RuntimeError("migrations must be numbered 0001, 0002, ... without gaps")
    return steps


def head_version() -> int:
    return len(available_steps())


def current_version(pw: PeeweeDatabase) -> int:
    if not pw.table_exists("schema_version"):
        return 0
    row = pw.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def too_new(path, version: int, head: int) -> StorageError:
    return StorageError(
        f"{path} was written by a newer SmallCRM (schema {version}, this one knows {head}); "
        "please update SmallCRM", code="too_new", version=version, head=head)


def _drop_sync_triggers(pw: PeeweeDatabase) -> None:
    """Team mode's capture triggers (``sync_*``, made from the tables as they are) go before any step: a step that
    rebuilds a table would lose them and one that drops a column would be refused; the next open makes them
    again from the migrated tables (``smallcrm/sync/triggers.py``). A step's own rewrites are not sent: every
    laptop runs the same step."""
    names = pw.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' "
                           "ESCAPE '\\'").fetchall()
    for (name,) in names:
        pw.execute_sql(f'DROP TRIGGER "{name}"')


def upgrade(db, target: int | None = None, backup: bool = True) -> list[int]:
    """Apply pending steps up to ``target`` (default: head); returns the versions applied."""
    pw = db.pw
    steps = available_steps()
    target = len(steps) if target is None else target
    version = current_version(pw)
    if version > len(steps):
        raise too_new(db.path, version, len(steps))
    pending = [s for s in steps if version < s.version <= target]
    if pending and version > 0 and backup:
        backups.make_backup(db.path, reason=f"before-migration-{pending[0].version:04d}",
                           key=getattr(db, "key", None))
    if pending:
        _drop_sync_triggers(pw)
    for step in pending:
        with pw.atomic():
            step.module.upgrade(pw)
            pw.execute_sql("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                           (step.version, step.name, utcnow()))
    return [s.version for s in pending]


def upgrade_to_head(db, backup: bool = True) -> list[int]:
    applied = upgrade(db, backup=backup)
    from smallcrm.db.search_index import rebuild_if_stale

    rebuild_if_stale(db.pw)
    return applied
