"""Users, devices and their tokens, and what each role may do.

Passwords are kept as argon2 hashes (argon2-cffi). A device token is a random secret shown once at sign-in; the
server keeps its SHA-256 only (a token has 256 bits of randomness, so a fast hash is enough and can be looked up
by index, which an argon2 hash with its salt could not). Every device gets its own series suffix at sign-in, so
invoices issued offline on two laptops never collide (docs/TEAM-MODE.md, "Merge rules").
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from smallcrm.server.wire import ApiError
from smallcrm.sync.kinds import Role

_HASHER = PasswordHasher()
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class Principal:
    """Who sends a request: the user, their role and the device the token belongs to."""

    user_id: int
    user: str
    role: Role
    device: int


@dataclass(frozen=True)
class SignedIn:
    """What a sign-in hands back: the token is shown this once."""

    token: str
    device: int
    device_suffix: str
    user: str
    role: Role


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def suffix_for(number: int) -> str:
    """The series suffix of the ``number``-th device (1: A, 26: Z, 27: AA ...): short, readable, never reused."""
    text = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        text = _LETTERS[rest] + text
    return text


def check_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ApiError(400, "bad_role", f"Unknown role: {value!r} (owner, sales, accountant)") from None


def add_user(conn: psycopg.Connection, name: str, password: str, role: str) -> None:
    """A new user; refused when the name is taken or the password empty."""
    checked = check_role(role)
    if not name.strip() or not password:
        raise ApiError(400, "bad_user", "A user needs a name and a password")
    with conn.transaction():
        if conn.execute("SELECT 1 FROM app_user WHERE name = %s", (name,)).fetchone():
            raise ApiError(409, "user_exists", f"There is already a user named {name!r}")
        conn.execute("INSERT INTO app_user (name, role, password_hash) VALUES (%s, %s, %s)",
                     (name, checked.value, hash_password(password)))


def list_users(conn: psycopg.Connection) -> list[dict]:
    rows = conn.execute("SELECT u.name, u.role, count(d.id) FROM app_user u LEFT JOIN device d ON d.user_id = u.id "
                        "GROUP BY u.id ORDER BY u.name").fetchall()
    return [{"name": name, "role": role, "devices": devices} for name, role, devices in rows]


def remove_user(conn: psycopg.Connection, name: str) -> None:
    """Remove a user and their devices (their tokens stop working); the last owner stays."""
    with conn.transaction():
        row = conn.execute("SELECT id, role FROM app_user WHERE name = %s FOR UPDATE", (name,)).fetchone()
        if row is None:
            raise ApiError(404, "not_found", f"No user named {name!r}")
        if row[1] == Role.OWNER:
            owners = conn.execute("SELECT count(*) FROM app_user WHERE role = %s", (Role.OWNER.value,)).fetchone()
            if owners and owners[0] <= 1:
                raise ApiError(409, "last_owner", "The last owner cannot be removed")
        conn.execute("DELETE FROM app_user WHERE id = %s", (row[0],))


def sign_in(conn: psycopg.Connection, user: str, password: str, device_name: str,
            device_key: str = "") -> SignedIn:
    """Check the password and give the device a new token. The device is the laptop's file (``device_key``, made
    once per file): signing in again from it keeps its suffix; another file is another device, whatever its name.
    A laptop that sends no key is found by its name, as before keys existed."""
    row = conn.execute("SELECT id, password_hash, role FROM app_user WHERE name = %s", (user,)).fetchone()
    try:
        if row is None:
            _HASHER.hash(password)  # as slow as a real check, so a wrong name is not told apart by its speed
            raise VerificationError
        _HASHER.verify(row[1], password)
    except (VerificationError, InvalidHashError):
        raise ApiError(401, "bad_credentials", "Wrong user name or password") from None
    token = secrets.token_urlsafe(32)
    with conn.transaction():
        if device_key:
            found = conn.execute("SELECT id, series_suffix FROM device WHERE user_id = %s AND device_key = %s "
                                 "FOR UPDATE", (row[0], device_key)).fetchone()
        else:
            found = conn.execute("SELECT id, series_suffix FROM device WHERE user_id = %s AND name = %s AND "
                                 "device_key IS NULL ORDER BY id DESC LIMIT 1 FOR UPDATE",
                                 (row[0], device_name)).fetchone()
        if found:
            device, suffix = found
            conn.execute("UPDATE device SET token_hash = %s, name = %s WHERE id = %s",
                         (token_hash(token), device_name, device))
        else:
            number = conn.execute("SELECT nextval('device_suffix_seq')").fetchone()
            suffix = suffix_for(int(number[0]))  # type: ignore[index]
            made = conn.execute("INSERT INTO device (user_id, name, token_hash, series_suffix, device_key) VALUES "
                                "(%s, %s, %s, %s, %s) RETURNING id",
                                (row[0], device_name, token_hash(token), suffix, device_key or None))
            device = made.fetchone()[0]  # type: ignore[index]
    return SignedIn(token, device, suffix, user, Role(row[2]))


def principal(conn: psycopg.Connection, authorization: str | None) -> Principal:
    """Who the bearer token belongs to; 401 when there is none or it is unknown (e.g. the user was removed)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "no_token", "Sign in first: the request carries no device token")
    row = conn.execute("SELECT u.id, u.name, u.role, d.id FROM device d JOIN app_user u ON u.id = d.user_id "
                       "WHERE d.token_hash = %s", (token_hash(token.strip()),)).fetchone()
    if row is None:
        raise ApiError(401, "bad_token", "This device's token is not valid any more: sign in again")
    return Principal(row[0], row[1], Role(row[2]), row[3])


def require_owner(who: Principal) -> None:
    if who.role is not Role.OWNER:
        raise ApiError(403, "owner_only", "Only the owner can manage users")
