"""A throwaway Dovecot on loopback for the IMAP tests and bench/imap_scan.py.

One `Dovecot` per test session (see `running_dovecot`); each test gets a fresh,
empty mailbox by logging in with a new username, which the static passdb
fallback accepts with `PASSWORD`. Facts behind the settings are in
shared/MAIL-TESTING.md: mail runs as nobody (65534), so the state dir is made
with `tempfile.mkdtemp()` in the system temp dir (pytest's tmp_path is 0700 and
not traversable by nobody), and Dovecot is stopped by the PID in run/master.pid.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from tracker.config import ImapAccount

REQUIRE_ENV = "NEXTROUND_REQUIRE_DOVECOT"
PASSWORD = "let-me-in"  # the static passdb password of every throwaway user
MAIL_UID = 65534  # nobody: Dovecot refuses uid 0 for mail
PLAIN_USERS = 8  # users whose namespace has no SPECIAL-USE folders (see Dovecot.new_user)
_INSTALL_HINT = "install it with `apt-get install -y --no-install-recommends dovecot-imapd`"
_user_numbers = itertools.count(1)
_file_numbers = itertools.count(1)  # Maildir names must be unique across seed calls


def dovecot_binary() -> str | None:
    """Give the path of the dovecot binary, or None when it is not installed."""
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )


def require_dovecot() -> str:
    """Give the dovecot binary; skip the test without it, or fail when CI requires it."""
    binary = dovecot_binary()
    if binary is None:
        reason = f"dovecot is not installed; {_INSTALL_HINT}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    if os.geteuid() != 0:
        reason = "the throwaway Dovecot runs as root (mail as nobody); run the tests as root"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return binary


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def make_certificate(directory: Path, name: str) -> tuple[Path, Path]:
    """Give (cert, key) of a fresh self-signed EC certificate for 127.0.0.1."""
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-days", "2", "-subj", f"/CN={name}",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    return cert, key


_CONFIG = """\
instance_name = nextround-test-{tag}
base_dir = {state}/run
state_dir = {state}/lib
log_path = {state}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1
auth_failure_delay = 0
disable_plaintext_auth = no
mail_max_userip_connections = 200
verbose_proctitle = yes
mail_location = maildir:~/Maildir
mail_fsync = never
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
service imap-login {{
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {state}/users
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {state}/userdb
  skip = found
}}
userdb {{
  driver = static
  args = uid={uid} gid={uid} home={state}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
"""


class Dovecot:
    """A Dovecot instance in its own state dir, listening on free loopback ports."""

    host = "127.0.0.1"

    def __init__(self) -> None:
        # mkdtemp directly in a world-traversable temp dir: every parent must be traversable
        # by nobody. /dev/shm (tmpfs) writes Maildir files about 20x faster than a disk.
        shm = "/dev/shm"
        base = shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None
        self.state = Path(tempfile.mkdtemp(prefix="nextround-dovecot-", dir=base))
        self.state.chmod(0o755)
        self.imap_port = _free_port()
        self.imaps_port = _free_port()
        self.cert, self.key = make_certificate(self.state, "server")
        self._started = False
        self._plain_users: list[str] = []

    @property
    def ca_file(self) -> Path:
        """The self-signed certificate, which is its own CA."""
        return self.cert

    @property
    def log_path(self) -> Path:
        return self.state / "dovecot.log"

    def start(self, binary: str) -> None:
        """Start the server and wait for its greeting (raise RuntimeError if none comes)."""
        (self.state / "mail").mkdir()
        os.chown(self.state / "mail", MAIL_UID, MAIL_UID)
        users = self.state / "users"
        users.write_text("")
        shutil.chown(users, "root", "dovecot")
        users.chmod(0o640)
        # Users listed here get their settings from this file (see new_user).
        renamed = " ".join(
            f"userdb_namespace/inbox/mailbox/{box}/name=Unused-{box} "
            f"userdb_namespace/inbox/mailbox/{box}/auto=no"
            for box in ("Drafts", "Sent", "Trash", "Junk")
        )
        self._plain_users = [f"nospecialuse{n}" for n in range(1, PLAIN_USERS + 1)]
        userdb = self.state / "userdb"
        userdb.write_text(
            "".join(
                f"{name}::{MAIL_UID}:{MAIL_UID}::{self.state / 'mail' / name}::{renamed}\n"
                for name in self._plain_users
            )
        )
        userdb.chmod(0o644)
        config = self.state / "dovecot.conf"
        config.write_text(
            _CONFIG.format(
                tag=self.state.name,
                state=self.state,
                cert=self.cert,
                key=self.key,
                imap_port=self.imap_port,
                imaps_port=self.imaps_port,
                password=PASSWORD,
                uid=MAIL_UID,
            )
        )
        # dovecot daemonizes but keeps the caller's stdio open: send it to files.
        with (self.state / "start.out").open("wb") as out:
            subprocess.run(
                [binary, "-c", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            )
        self._started = True
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.imap_port), timeout=1) as probe,
            ):
                if probe.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not greet within 10 s; see {self.log_path}")

    def master_pid(self) -> int | None:
        """Give the master process id from run/master.pid, when it is running."""
        try:
            return int((self.state / "run" / "master.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self, *, remove: bool = True) -> None:
        """Stop the master by its pid (waiting for it to exit) and remove the state dir."""
        pid = self.master_pid() if self._started else None
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
                time.sleep(0.05)
        self._started = False
        if remove:
            shutil.rmtree(self.state, ignore_errors=True)

    # -- users and mail -------------------------------------------------------------

    def new_user(self, prefix: str = "user", *, special_use: bool = True) -> str:
        """Give a username no test has used yet: it logs in to a fresh, empty mailbox.

        With special_use=False the user's namespace has no SPECIAL-USE folders at all (no
        \\Drafts, \\Sent, ...), as a server without RFC 6154 would look: the userdb file renames
        those mailbox settings to names that never exist. Dovecot notices changes to that file
        only a second later, so those users are written before the start (PLAIN_USERS of them).
        """
        if not special_use:
            if not self._plain_users:
                raise RuntimeError("no user without SPECIAL-USE left; raise PLAIN_USERS")
            return self._plain_users.pop(0)
        return f"{prefix}{os.getpid()}n{next(_user_numbers)}"

    def account(self, username: str, **overrides: Any) -> ImapAccount:
        """Give an ImapAccount for `username` over implicit TLS, with the test CA."""
        settings: dict[str, Any] = {
            "name": "test",
            "kind": "imap",
            "host": self.host,
            "port": self.imaps_port,
            "security": "tls",
            "ca_file": str(self.ca_file),
            "username": username,
            "password": PASSWORD,
            "timeout": 10,
        }
        settings.update(overrides)
        return ImapAccount.model_validate(settings)

    def client(self, username: str) -> IMAPClient:
        """Give a logged-in imapclient over plain loopback, for test setup and checks."""
        client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=10)
        client.login(username, PASSWORD)
        return client

    def maildir(self, username: str, folder: str = "INBOX") -> Path:
        """Give the Maildir directory of `folder` (Maildir++ layout: .Sub for subfolders)."""
        root = self.state / "mail" / username / "Maildir"
        return root if folder == "INBOX" else root / ("." + folder.replace("/", "."))

    def seed_maildir(
        self, username: str, messages: Iterable[bytes], folder: str = "INBOX", flags: str = ""
    ) -> int:
        """Write messages straight into the user's Maildir (owned by nobody); give the count.

        Much faster than APPEND (about 23,000 messages/s). Dovecot assigns UIDs in file-name
        order the next time the folder is opened. `flags` is Maildir info ("S" for \\Seen).
        """
        home = self.state / "mail" / username
        target = self.maildir(username, folder)
        made = [home, home / "Maildir", target, target / "cur", target / "new", target / "tmp"]
        for path in made:
            path.mkdir(exist_ok=True)
        if folder != "INBOX":
            (target / "maildirfolder").touch()
            made.append(target / "maildirfolder")
        stamp = int(time.time())
        count = 0
        for message in messages:
            count += 1
            unique = next(_file_numbers)
            path = target / "cur" / f"{stamp}.M{unique:08d}P{os.getpid()}.seed:2,{flags}"
            path.write_bytes(message.replace(b"\r\n", b"\n"))
            os.chown(path, MAIL_UID, MAIL_UID)
        for path in made:
            os.chown(path, MAIL_UID, MAIL_UID)
        return count

    def imap_process_ids(self, username: str) -> list[int]:
        """Give the pids of the imap processes serving `username` (verbose_proctitle is on)."""
        found: list[int] = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                title = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            # verbose_proctitle: "dovecot-<instance>/imap [<user> 127.0.0.1 ...]"
            if f"/imap [{username} ".encode() in title:
                found.append(int(entry.name))
        return found

    def verify_tls(self) -> ssl.SSLContext:
        """Give an SSL context that trusts this server's certificate."""
        return ssl.create_default_context(cafile=str(self.ca_file))


@contextlib.contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    """Run a Dovecot for the duration of the block (skip or fail when it is missing)."""
    binary = require_dovecot()
    server = Dovecot()
    try:
        server.start(binary)
        yield server
    finally:
        server.stop()
