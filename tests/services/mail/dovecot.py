"""A real Dovecot IMAP server for the tests: its own configuration in a temporary folder, plain IMAP on
127.0.0.1 and a free port, users in a passwd-file (added while it runs), mail in maildirs; started in the
foreground (``dovecot -F``) as a child process and stopped by its pid."""

from __future__ import annotations

import grp
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USERS = 300
CONFIG = """\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
mail_location = maildir:{folder}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={folder}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
{imaps}
  }}
}}
# no chroot (an ordinary user may not), no growing delay on the logins that follow the wrong-password tests
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    user = {internal_user}
  }}
  unix_listener stats-writer {{
    user = {internal_user}
  }}
}}
"""


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or next((p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
                                            if Path(p).is_file()), None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Dovecot:
    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.folder = Path(tempfile.mkdtemp(prefix="smallcrm-dovecot-"))
        self.port = free_port()
        self.tls_port = 0  # SSL from the first byte; with ``certificate`` also STARTTLS on ``port``
        self.certificate: Path | None = None  # self-signed for 127.0.0.1, made when openssl is there
        self.host = "127.0.0.1"
        self.process: subprocess.Popen | None = None
        self._users = 0

    def _accounts(self) -> dict[str, object]:
        if os.geteuid() != 0:  # an ordinary user runs everything as itself
            me, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
            return dict(login_user=me, internal_user=me, internal_group=group, mail_uid=os.getuid(),
                        mail_gid=os.getgid())
        # root (CI): Dovecot refuses to log in or deliver as root; it uses the users its package made
        nobody = pwd.getpwnam("nobody")
        return dict(login_user="dovenull", internal_user="dovecot", internal_group="dovecot",
                    mail_uid=nobody.pw_uid, mail_gid=nobody.pw_gid)

    def start(self) -> None:
        accounts = self._accounts()
        for name in ("run", "state", "mail"):
            (self.folder / name).mkdir()
        # every mailbox a session may need, made before the start: Dovecot re-reads a changed passwd-file only
        # when its modification time moves on a whole second
        self.passwords = [secrets.token_urlsafe(12) for _ in range(USERS)]
        (self.folder / "passwd").write_text("".join(f"user{n}@example.test:{{PLAIN}}{password}::::::\n"
                                                    for n, password in enumerate(self.passwords)))
        if os.geteuid() == 0:
            self.folder.chmod(0o755)
            os.chown(self.folder / "mail", accounts["mail_uid"], accounts["mail_gid"])
        ssl, imaps = "ssl = no", "    port = 0"
        if self._make_certificate():
            self.tls_port = free_port()
            ssl = f"ssl = yes\nssl_cert = <{self.certificate}\nssl_key = <{self.folder / 'key.pem'}"
            imaps = f"    address = 127.0.0.1\n    port = {self.tls_port}\n    ssl = yes"
        config = self.folder / "dovecot.conf"
        config.write_text(CONFIG.format(folder=self.folder, port=self.port, ssl=ssl, imaps=imaps, **accounts))
        output = (self.folder / "stdout.log").open("wb")
        self.process = subprocess.Popen([self.binary, "-F", "-c", str(config)], stdout=output,
                                        stderr=subprocess.STDOUT, stdin=subprocess.PIPE)
        output.close()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot stopped at start:\n{self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5) as line:
                    if line.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"dovecot did not answer on port {self.port}:\n{self.log()}")

    def _make_certificate(self) -> bool:
        openssl = shutil.which("openssl")
        if openssl is None:
            return False
        certificate, key = self.folder / "cert.pem", self.folder / "key.pem"
        made = subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                               "-keyout", str(key), "-out", str(certificate)],
                              input=b"", capture_output=True)
        if made.returncode != 0:
            return False
        self.certificate = certificate
        return True

    def log(self) -> str:
        files = (self.folder / "stdout.log", self.folder / "dovecot.log")
        return "\n".join(p.read_text(errors="replace") for p in files if p.exists())

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.folder, ignore_errors=True)

    def add_user(self) -> tuple[str, str]:
        """A new mailbox of its own for one test: (user, password)."""
        if self._users >= USERS:
            raise RuntimeError(f"the test Dovecot has only {USERS} mailboxes: raise USERS")
        self._users += 1
        return f"user{self._users - 1}@example.test", self.passwords[self._users - 1]

    def client(self, user: str, password: str):
        from imapclient import IMAPClient  # (the server alone needs only the standard library)

        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(user, password)
        return client
