"""What every request carries and every error looks like (docs/TEAM-MODE.md, "The wire")."""

from __future__ import annotations

import pkgutil
from collections.abc import Mapping
from typing import Any

from smallcrm import migrations

PROTOCOL = "1"
PROTOCOL_HEADER = "smallcrm-protocol"
SCHEMA_HEADER = "smallcrm-schema"
MAX_OPS = 500
MAX_LIMIT = 5000


class ApiError(Exception):
    """A refusal with its HTTP status, its code and an English message: ``{"error", "message", ...}``."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.extra}


def laptop_schema() -> int:
    """The newest laptop migration this SmallCRM knows (by the steps' file names: nothing is imported)."""
    numbers = [int(info.name[:4]) for info in pkgutil.iter_modules(migrations.__path__) if info.name[:4].isdigit()]
    return max(numbers, default=0)


def check_versions(headers: Mapping[str, str], schema: int, required: bool = True) -> None:
    """Refuse a laptop that speaks another protocol, or whose schema is older (426) or newer (409) than ours."""
    protocol, sent = headers.get(PROTOCOL_HEADER), headers.get(SCHEMA_HEADER)
    if protocol is None and sent is None and not required:
        return
    if protocol != PROTOCOL:
        raise ApiError(400, "bad_protocol", f"This server speaks protocol {PROTOCOL}", protocol=PROTOCOL)
    if sent is None or not sent.strip().isdigit():
        raise ApiError(400, "bad_schema", "The request does not say the laptop's schema version")
    if int(sent) < schema:
        raise ApiError(426, "update_required", "This SmallCRM is older than the server's: update it, then sync",
                       schema=schema)
    if int(sent) > schema:
        raise ApiError(409, "server_update_required",
                       "The server runs an older SmallCRM than this laptop: the changes wait until it is updated",
                       schema=schema)


def int_param(params: Mapping[str, str], name: str, default: int, low: int = 0, high: int | None = None) -> int:
    """A whole-number query parameter within bounds, or 400 naming it."""
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, "bad_request", f"{name} must be a whole number") from None
    if value < low or (high is not None and value > high):
        raise ApiError(400, "bad_request", f"{name} must be between {low} and {high}")
    return value
