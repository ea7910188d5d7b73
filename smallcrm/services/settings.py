"""Business settings kept in the database, each declared here with its default."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.models import Setting
from smallcrm.errors import ValidationError


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str


OPTIONS = {
    option.key: option
    for option in (
        Option("default_region", "IT", "Region for phone numbers typed without a country code"),
        Option("default_country", "IT", "Country of new contacts and addresses"),
        Option("default_owner", "", "Owner given to new records"),
        Option("language", "it", "Language of documents"),
        Option("backups_kept", 10, "How many automatic backups to keep"),
    )
}


def _option(key: str) -> Option:
    if key not in OPTIONS:
        raise ValidationError("key", f"Unknown setting: {key}", code="unknown_setting", key=key)
    return OPTIONS[key]


def get_setting(key: str) -> Any:
    option = _option(key)
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else option.default


def set_setting(db, key: str, value: Any) -> Changes:
    option = _option(key)
    # bool is an int to isinstance: True must not pass for a number of backups
    if not isinstance(value, type(option.default)) or isinstance(value, bool) != isinstance(option.default, bool):
        raise ValidationError(key, f"Expected a {type(option.default).__name__}", code="type_invalid")
    with db.atomic():
        Setting.insert(key=key, value=json.dumps(value), updated_at=utcnow()).on_conflict_replace().execute()
    return Changes(settings={key})


def all_settings() -> dict[str, Any]:
    return {key: get_setting(key) for key in OPTIONS}
