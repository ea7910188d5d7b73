"""`smallcrm server init|run|users` against a real PostgreSQL."""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from smallcrm.cli import main
from smallcrm.server.wire import laptop_schema
from tests.team_server import free_port

pytestmark = pytest.mark.slow


@pytest.fixture
def empty_dsn(postgres, monkeypatch):
    monkeypatch.setenv("SMALLCRM_SERVER_PASSWORD", "first-pass")
    return postgres.new_database(template="template0")


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_tables_and_the_first_owner_then_users_are_managed(empty_dsn, capsys, monkeypatch):
    assert _run(capsys, "server", "init", "--dsn", empty_dsn)[0] == 2  # a new server needs its owner
    code, out, err = _run(capsys, "server", "init", "--dsn", empty_dsn, "--owner", "olga")
    assert code == 0, err
    assert "owner olga added" in out
    assert _run(capsys, "server", "init", "--dsn", empty_dsn)[0] == 0  # again: nothing to do, no owner needed
    monkeypatch.setenv("SMALLCRM_SERVER_DSN", empty_dsn)
    monkeypatch.setenv("SMALLCRM_SERVER_PASSWORD", "sam-pass")
    assert _run(capsys, "server", "users", "add", "sam", "--role", "sales")[0] == 0
    code, out, err = _run(capsys, "server", "users", "add", "sam", "--role", "sales")
    assert code == 5 and "already a user named 'sam'" in err
    code, out, _ = _run(capsys, "--json", "server", "users", "list")
    assert code == 0 and '"name": "sam"' in out and '"role": "sales"' in out
    code, out, _ = _run(capsys, "server", "users", "list")
    assert [line.split()[:2] for line in out.splitlines()] == [["olga", "owner"], ["sam", "sales"]]
    code, _, err = _run(capsys, "server", "users", "remove", "olga")
    assert code == 5 and "last owner" in err
    assert _run(capsys, "server", "users", "remove", "sam")[0] == 0
    assert _run(capsys, "server", "users", "remove", "sam")[0] == 4
    with psycopg.connect(empty_dsn) as conn:
        hashes = conn.execute("SELECT password_hash FROM app_user").fetchall()
    assert [h[0].startswith("$argon2") for h in hashes] == [True]


def test_run_refuses_plain_http_off_loopback_and_without_a_dsn(empty_dsn, capsys, monkeypatch):
    code, _, err = _run(capsys, "server", "run", "--dsn", empty_dsn, "--host", "0.0.0.0")
    assert code == 2 and "--cert and --key" in err
    code, _, err = _run(capsys, "server", "run", "--dsn", empty_dsn)
    assert code == 6 and "smallcrm server init" in err  # tables missing
    monkeypatch.delenv("SMALLCRM_SERVER_DSN", raising=False)
    code, _, err = _run(capsys, "server", "users", "list")
    assert code == 2 and "--dsn" in err


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, as a shop would get one for its server's name."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.mark.parametrize("tls", [False, True], ids=["http on loopback", "https with its own certificate"])
def test_run_serves_the_laptops(empty_dsn, capsys, tmp_path, tls):
    assert _run(capsys, "server", "init", "--dsn", empty_dsn, "--owner", "olga")[0] == 0
    port = free_port()
    # the ready file for new laptops goes to the user's cache folder by default: here, one of the test's own
    env = {**os.environ, "SMALLCRM_SERVER_DSN": empty_dsn, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "smallcrm", "server", "run", "--port", str(port)]
    verify: bool | ssl.SSLContext = False
    if tls:
        cert, key = _certificate(tmp_path)
        command += ["--cert", str(cert), "--key", str(key)]
        verify = ssl.create_default_context(cafile=str(cert))
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}/sign-in"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.post(url, verify=verify, json={
                    "user": "olga", "password": "first-pass", "device_name": "desk"}, headers={
                    "SmallCRM-Protocol": "1", "SmallCRM-Schema": str(laptop_schema())})
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert answer.status_code == 200 and answer.json()["role"] == "owner"
        deadline = time.monotonic() + 60
        while not list((tmp_path / "cache" / "SmallCRM" / "team-seed").glob("seed-*.sqlite3")):
            assert time.monotonic() < deadline, "no ready file in the user's cache folder"
            time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(30)
