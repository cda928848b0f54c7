"""How fast nextround scans an IMAP mailbox, against the floor and a naive per-message loop.

Seeds 20,000 generated job and non-job messages (several ATS vendors, 1-8 KiB,
plain, quoted-printable, multipart/alternative with base64, HTML-only, some
with attachments) into a throwaway Dovecot on loopback (tests/dovecot.py) and
prints, in one run:

  (a) the floor: imapclient sending the connector's own batched FETCHes, doing nothing
      (also with imaplib's debug lines off, as the connector turns them off)
  (b) a nextround full scan end to end: fetch, decode, parse, classify, match, store
      (tracker.sync.scan_account into a fresh SQLite database)
  (c) a per-message loop fetching whole messages (one UID FETCH RFC822 each)
  (c2) the same loop end to end, as a naive tracker runs it: each whole message
      parsed, classified and stored in a transaction of its own (scan_account
      fed one message per batch), so that (b) is compared with like work
  (d) an incremental scan with no new mail, (e) one with 10 new messages
  and the peak RSS of the process after (b);
  (b') `nextround scan` itself, in a fresh process into an empty database: its time,
      and the peak of its memory with its helper processes (readers, fetcher) summed.

Run as root (Dovecot runs mail as nobody):
`.venv/bin/python bench/imap_scan.py [--messages N] [--loop-messages M] [--pairs P]` (M:
messages for the per-message loops, extrapolated to N; P: pairs of (a) and (b) measured
again, one right after the other, for the median of their ratios, default 3).

With `--rtt-ms R` (R > 0) it then measures (a), (b) and (c) again through a loopback
delay proxy (bench/latency_proxy.py) that adds R ms to every round trip, as a real
network does (5-50 ms): on bare loopback a round trip costs about 0.1 ms, which hides
what batching saves.
"""

from __future__ import annotations

import argparse
import base64
import os
import quopri
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from dovecot import PASSWORD, Dovecot, dovecot_binary  # noqa: E402
from imapclient import IMAPClient  # noqa: E402
from latency_proxy import spawned_proxy  # noqa: E402
from sqlmodel import Session  # noqa: E402

from connectors.imap import DEFAULT_BATCH_SIZE, ImapConnector, open_imap  # noqa: E402
from connectors.imap_parts import chunked, find_text_part, group_by_section  # noqa: E402
from tracker.config import Settings  # noqa: E402
from tracker.connector import Cursor, FetchedMessage, ScanBatch  # noqa: E402
from tracker.store import load_cursor, open_store  # noqa: E402
from tracker.sync import scan_account  # noqa: E402

BATCH = DEFAULT_BATCH_SIZE
FETCH_BYTES = 8192

VENDORS = [
    ("{company} via Greenhouse", "no-reply@greenhouse-mail.io"),
    ("{company} Recruiting", "no-reply@hire.lever.co"),
    ("{company} Careers", "{slug}@myworkday.com"),
    ("{company} Talent", "no-reply@ashbyhq.com"),
    ("{company} Hiring Team", "noreply@smartrecruiters.com"),
    ("{company}", "careers-{slug}@icims.com"),
    ("Jordan Lee", "jordan.lee@{slug}.example"),
]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Tech",
             "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Black Mesa", "Vandelay"]  # fmt: skip
ROLES = ["Platform Engineer", "Backend Developer", "Data Scientist", "SRE", "Product Manager",
         "Staff Engineer", "QA Analyst", "Security Engineer"]  # fmt: skip
JOB_MAIL = {
    "applied": (
        "Thank you for applying to {company}",
        "Hi Sam,\n\nThank you for applying for the {role} position at {company}. We have "
        "received your application and our team will review it. If your background is a "
        "match, we will be in touch about next steps.\n",
    ),
    "rejection": (
        "Your application to {company}",
        "Dear Sam,\n\nThank you for your interest in the {role} role at {company}. After "
        "careful consideration, we have decided not to move forward with your application "
        "at this time. We wish you the best in your search.\n",
    ),
    "interview": (
        "Interview invitation: {role} at {company}",
        "Hi Sam,\n\nWe enjoyed reading your application for {role} and would like to invite "
        "you to an interview with the hiring manager. Please pick a time that suits you "
        "using the scheduling link below.\n",
    ),
    "offer": (
        "Your offer from {company}",
        "Dear Sam,\n\nWe are delighted to extend you an offer for the {role} position at "
        "{company}. Please find the offer letter attached and let us know by Friday.\n",
    ),
}
OTHER_MAIL = [
    ("Weekly digest: 12 new jobs for you", "news@jobalerts.example", True),
    ("Your receipt from Coffee Co", "receipts@coffee.example", False),
    ("Lunch on Friday?", "alex@friends.example", False),
    ("Product updates for November", "newsletter@saas.example", True),
    ("Your verification code is 482913", "security@accounts.example", False),
]
FILLER = (
    "About the team: we build reliable systems for millions of people, value kindness, "
    "written communication and sustainable pace. Benefits include flexible hours, learning "
    "budget and a yearly team retreat. "
)


def _qp(text: str) -> bytes:
    return quopri.encodestring(text.replace("\n", "\r\n").encode())


def _b64(text: str) -> bytes:
    return base64.encodebytes(text.encode()).replace(b"\n", b"\r\n")


def _html(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n") if line)
    return f"<html><head><style>p{{margin:0}}</style></head><body>{paragraphs}</body></html>"


def generate(count: int, seed: int = 7) -> Iterator[bytes]:
    """Give `count` realistic messages, deterministic for a given seed."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        headers = [f"Date: Mon, 02 Nov 2026 {number % 24:02d}:{number % 60:02d}:00 +0000"]
        if rng.random() < 0.55:
            company, role = rng.choice(COMPANIES), rng.choice(ROLES)
            slug = company.lower().replace(" ", "")
            label = rng.choices(list(JOB_MAIL), weights=[45, 35, 15, 5])[0]
            subject, text = (part.format(company=company, role=role) for part in JOB_MAIL[label])
            name, address = (
                part.format(company=company, slug=slug) for part in rng.choice(VENDORS)
            )
            headers += [f"From: {name} <{address}>", f"Subject: {subject}"]
        else:
            subject, address, bulk = rng.choice(OTHER_MAIL)
            text = f"Hello,\n\n{subject}.\n"
            headers += [f"From: {address}", f"Subject: {subject}"]
            if bulk:
                headers += [f"List-Unsubscribe: <mailto:unsubscribe@{address.split('@')[1]}>",
                            "Precedence: bulk"]  # fmt: skip
        headers += ["To: sam@example.com", f"Message-ID: <bench-{number}@bench.invalid>",
                    "MIME-Version: 1.0"]  # fmt: skip
        target = rng.randint(1024, 8192)
        while len(text) < target - 600:
            text += "\n" + FILLER * rng.randint(1, 3)
        text += "\nBest regards,\nThe team\n"
        shape = rng.random()
        if shape < 0.45:
            headers += [
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
            ]
            body = text.replace("\n", "\r\n").encode()
        elif shape < 0.60:
            headers += ["Content-Type: text/plain; charset=utf-8",
                        "Content-Transfer-Encoding: quoted-printable"]  # fmt: skip
            body = _qp(text)
        elif shape < 0.85:
            boundary = f"alt-{number}"
            headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
            body = (
                f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n".encode() + _b64(text)
                + f"\r\n--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Transfer-Encoding: quoted-printable\r\n\r\n".encode() + _qp(_html(text))
                + f"\r\n--{boundary}--\r\n".encode()
            )  # fmt: skip
        elif shape < 0.95:
            headers += ["Content-Type: text/html; charset=utf-8",
                        "Content-Transfer-Encoding: quoted-printable"]  # fmt: skip
            body = _qp(_html(text))
        else:
            boundary = f"mix-{number}"
            headers.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
            body = (
                f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Transfer-Encoding: quoted-printable\r\n\r\n".encode() + _qp(text)
                + f"\r\n--{boundary}\r\nContent-Type: application/pdf\r\n"
                f'Content-Disposition: attachment; filename="offer.pdf"\r\n'
                f"Content-Transfer-Encoding: base64\r\n\r\n".encode()
                + _b64("%PDF-1.4 " * 80) + f"\r\n--{boundary}--\r\n".encode()
            )  # fmt: skip
        yield ("\r\n".join(headers) + "\r\n\r\n").encode() + body


def timed(label: str, action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    print(f"  {label:<58} {elapsed:8.3f} s", flush=True)
    return elapsed, result


def tls_client(server: Dovecot, user: str, port: int | None = None) -> IMAPClient:
    # `port` is a latency proxy's; Dovecot's certificate names 127.0.0.1, so TLS still verifies.
    client = IMAPClient(
        server.host, port=port or server.imaps_port, ssl_context=server.verify_tls(), timeout=30
    )
    client.login(user, PASSWORD)
    return client


def floor_fetch(
    server: Dovecot, user: str, *, parts: bool, port: int | None = None, quiet: bool = False
) -> int:
    """(a) The connector's FETCH commands through imapclient, results thrown away.

    `quiet`: with imaplib's debug lines off, as the connector runs it (imapclient turns
    them on and imaplib then formats every line it reads for a logger that drops it).
    """
    client = tls_client(server, user, port)
    if quiet:
        client._imap.debug = 0
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["UID", "1:*"])
    items = [
        "BODY.PEEK[HEADER]",
        f"BODY.PEEK[TEXT]<0.{FETCH_BYTES}>",
        "BODYSTRUCTURE",
        "RFC822.SIZE",
    ]
    seen = 0
    for chunk in chunked(uids, BATCH):
        response = client.fetch(chunk, items)
        seen += len(response)
        if parts:
            found = (
                (uid, find_text_part(data.get(b"BODYSTRUCTURE"))) for uid, data in response.items()
            )
            inner = [(uid, part) for uid, part in found if part and part.section != "TEXT"]
            for section, section_uids in group_by_section(inner).items():
                client.fetch(section_uids, [f"BODY.PEEK[{section}]<0.{FETCH_BYTES}>"])
    client.logout()
    return seen


def per_message_loop(server: Dovecot, user: str, limit: int, port: int | None = None) -> int:
    """(c) What many trackers do: one UID FETCH RFC822 per message."""
    client = tls_client(server, user, port)
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["UID", "1:*"])[:limit]
    for uid in uids:
        client.fetch([uid], ["RFC822"])
    client.logout()
    return len(uids)


class PerMessageConnector:
    """(c2) A naive tracker end to end: each message fetched whole, then parsed, classified
    and stored on its own (one RFC822 FETCH and one transaction per message)."""

    def __init__(self, server: Dovecot, user: str, limit: int) -> None:
        self.account = "naive"
        self._server, self._user, self._limit = server, user, limit

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        client = tls_client(self._server, self._user)
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["UID", "1:*"])[: self._limit]
        for number, uid in enumerate(uids, 1):
            data = client.fetch([uid], ["RFC822"])[uid]
            message = FetchedMessage(provider_id=f"INBOX:{uid}", raw=data[b"RFC822"])
            yield ScanBatch(messages=[message], cursor={"uid": uid}, done=number)
        client.logout()

    def save_draft(self, reply: object) -> str:  # pragma: no cover - never called
        raise NotImplementedError

    def describe_draft_location(self) -> str:  # pragma: no cover
        return ""

    def close(self) -> None:
        pass


def per_message_end_to_end(server: Dovecot, user: str, limit: int, workdir: Path) -> int:
    engine = open_store(f"sqlite:///{workdir / 'naive.db'}")
    report = scan_account(engine, PerMessageConnector(server, user, limit), settings=Settings())
    return report.fetched


def _status_fields(status: Path) -> dict[str, str]:
    """Give the fields of a /proc/PID/status file by name ("VmRSS" -> "  1234 kB")."""
    return dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)


class WorkerPeak:
    """The largest peak RSS (VmHWM) of this process's worker children, sampled until stopped."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        me = str(os.getpid())
        while not self._stop.wait(0.2):
            for status in Path("/proc").glob("[0-9]*/status"):
                try:
                    fields = _status_fields(status)
                    cmdline = (status.parent / "cmdline").read_bytes()
                except OSError:
                    continue
                if fields.get("PPid", "").strip() == me and b"spawn_main" in cmdline:
                    peak = int(fields.get("VmHWM", "0 kB").split()[0])
                    self.peak_kb = max(self.peak_kb, peak)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


class TreePeak:
    """The peak of the summed RSS of a process and all its descendants, sampled until it ends."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kb = 0
        self.pss_peak_kb = 0
        """The peak of the summed PSS: shared pages (the interpreter, libraries) counted once
        across the processes, as the machine pays for them; RSS counts them in each."""
        self.by_role: dict[str, int] = {}
        self._roles: dict[int, str] = {}
        """Each process's role, once known: /proc reads cost the scan a core's time."""
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _table(self) -> dict[int, tuple[int, int, str]]:
        """Give pid -> (parent pid, RSS in kB, role) for every process now."""
        table: dict[int, tuple[int, int, str]] = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            pid = int(status.parent.name)
            try:
                fields = _status_fields(status)
                role = self._roles.get(pid) or self._role(status.parent)
            except OSError:
                continue
            rss = int(fields.get("VmRSS", "0 kB").split()[0] or 0)
            table[pid] = (int(fields.get("PPid", "0")), rss, role)
        return table

    def _role(self, process: Path) -> str:
        """Give what a process does in the scan; a helper that has not yet loaded the
        classifier's native engine is not known to be a reader and is asked again."""
        cmdline = (process / "cmdline").read_bytes()
        if b"resource_tracker" in cmdline:
            role = "resource tracker"
        elif b"spawn_main" not in cmdline:
            role = "scan"
        elif _maps_hyperscan(process):
            role = "reader"
        else:
            return "fetcher/reader"
        self._roles[int(process.name)] = role
        return role

    def _sample(self) -> None:
        while True:
            table = self._table()
            if self.pid not in table:
                return
            members = {self.pid}
            grew = True
            while grew:
                grew = False
                for pid, (parent, _, _) in table.items():
                    if parent in members and pid not in members:
                        members.add(pid)
                        grew = True
            self.peak_kb = max(self.peak_kb, sum(table[pid][1] for pid in members))
            self.pss_peak_kb = max(self.pss_peak_kb, sum(map(_pss_kb, members)))
            for pid in members:
                _, rss, role = table[pid]
                self.by_role[role] = max(self.by_role.get(role, 0), rss)
            time.sleep(0.2)

    def join(self) -> float:
        self._thread.join()
        return self.peak_kb / 1024


def _pss_kb(pid: int) -> int:
    """Give a process's proportional set size in kB (0 once it has ended)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _maps_hyperscan(process: Path) -> bool:
    """Give whether a process has the classifier's native engine loaded: a reader does,
    the fetcher never (a reader that has not yet loaded it counts as either)."""
    try:
        return b"hyperscan" in (process / "maps").read_bytes()
    except OSError:
        return False


def cli_scan(
    server: Dovecot, user: str, workdir: Path
) -> tuple[float, float, float, dict[str, int]]:
    """Run `nextround scan` in a fresh process on the mailbox, into an empty database (made
    first, as `nextround init` or any earlier command would have); give its wall time, the
    peak of its RSS and its helpers' summed, the same of their PSS, and each role's own peak."""
    open_store(f"sqlite:///{workdir / 'cli.db'}").dispose()
    config = workdir / "config.toml"
    config.write_text(
        "[database]\n"
        f'url = "sqlite:///{workdir / "cli.db"}"\n\n'
        "[[accounts]]\n"
        'name = "bench"\nkind = "imap"\n'
        f'host = "{server.host}"\nport = {server.imaps_port}\nsecurity = "tls"\n'
        f'ca_file = "{server.ca_file}"\nusername = "{user}"\n'
        'password_env = "NEXTROUND_BENCH_PASSWORD"\n'
        f'timeout = "60s"\nfetch_bytes = {FETCH_BYTES}\n'
    )
    environment = {**os.environ, "NEXTROUND_BENCH_PASSWORD": PASSWORD}
    command = [sys.executable, "-m", "tracker.cli", "--config", str(config), "scan"]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
    peak = TreePeak(process.pid)
    if process.wait() != 0:
        raise SystemExit(f"`nextround scan` failed with exit code {process.returncode}")
    wall = time.perf_counter() - started
    return wall, peak.join(), peak.pss_peak_kb / 1024, peak.by_role


def connector_only(connector: ImapConnector) -> int:
    return sum(len(batch.messages) for batch in connector.scan(None))


def noop_round_trip(server: Dovecot, user: str, port: int, tries: int = 20) -> tuple[float, float]:
    """Give (median, min) seconds of one NOOP round trip through `port`."""
    client = tls_client(server, user, port)
    times = []
    for _ in range(tries):
        started = time.perf_counter()
        client.noop()
        times.append(time.perf_counter() - started)
    client.logout()
    return statistics.median(times), min(times)


def full_scan(
    label: str, server: Dovecot, user: str, directory: Path, port: int | None, workers: bool
) -> tuple[float, Any]:
    """Give (seconds, report) of (b)'s full scan into a fresh database in `directory`."""
    directory.mkdir()
    account = server.account(
        user, port=port or server.imaps_port, fetch_bytes=FETCH_BYTES, timeout=60
    )
    engine = open_store(f"sqlite:///{directory / 'bench.db'}")
    connector = open_imap(account, data_dir=directory, batch_size=BATCH)
    try:
        return timed(
            label,
            lambda: scan_account(engine, connector, settings=Settings(), workers=workers),
        )
    finally:
        connector.close()
        engine.dispose()


def measure_at_rtt(
    server: Dovecot, user: str, count: int, limit: int, rtt_ms: float, workdir: Path, workers: bool
) -> None:
    """Print (a), (b), (c) and their ratios measured through a proxy adding `rtt_ms`.

    `count` is what the mailbox holds now: the seeded messages and the 10 that (e) added.
    """
    print()
    print(f"at {rtt_ms:g} ms RTT, through a loopback delay proxy ({rtt_ms / 2:g} ms each way), "
          f"{count} messages (seeded + (e)'s 10):")  # fmt: skip
    # The first (b) above also paid this process's one-time warm-up (imports, compiled
    # patterns, caches): run it once more here so that the figure at RTT has a like baseline.
    warm, _ = full_scan(
        "    control: (b) again on bare loopback, this warm process",
        server, user, workdir / "warm", None, workers,
    )  # fmt: skip
    with spawned_proxy(server.imaps_port, rtt_ms) as port:
        median, fastest = noop_round_trip(server, user, port)
        print(
            f"  {'proxy check: one NOOP round trip (median of 20)':<58} "
            f"{median * 1000:8.2f} ms (min {fastest * 1000:.2f}, asked {rtt_ms:g})"
        )
        floor1, _ = timed(
            "(a) floor: one FETCH round per batch, nothing done",
            lambda: floor_fetch(server, user, parts=False, port=port),
        )
        floor, _ = timed(
            "(a) floor: the connector's FETCHes (+ text-part round)",
            lambda: floor_fetch(server, user, parts=True, port=port),
        )
        # Same settings as the (b) above, but a fresh database and the proxy's port.
        full, report = full_scan(
            "(b) nextround full scan end to end", server, user, workdir / "rtt", port, workers
        )
        print(f"      {report.summary()}")
        assert report.fetched == count, report.fetched
        loop, looped = timed(
            f"(c) per-message RFC822 loop ({limit} messages)",
            lambda: per_message_loop(server, user, limit, port=port),
        )
    loop_full = loop * count / looped
    print()
    print(f"at {rtt_ms:g} ms RTT: floor {count / floor:,.0f} msg/s, full scan {count / full:,.0f} msg/s, "
          f"per-message loop {looped / loop:,.0f} msg/s   (floor with one round: {floor1:.2f} s)")  # fmt: skip
    print(f"(b) full scan / (a) floor = {full / floor:5.2f}x   at {rtt_ms:g} ms RTT")
    print(f"(b) at {rtt_ms:g} ms RTT / (b) warm on loopback = {full / warm:5.2f}x   "
          f"(what the round trips add to a full scan)")  # fmt: skip
    print(f"(c) loop / (b) full scan  = {loop_full / full:5.2f}x   at {rtt_ms:g} ms RTT, target >= 3x"
          + ("" if looped == count else f" (loop extrapolated from {looped}: {loop_full:.1f} s)"))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--loop-messages", type=int, default=None,
                        help="messages for the per-message loop (c); default: all")  # fmt: skip
    parser.add_argument("--no-workers", dest="workers", action="store_false",
                        help="read (parse, classify) in the scan's own process only")  # fmt: skip
    parser.add_argument("--pairs", type=int, default=3,
                        help="measure (a) and (b) this many times more, each (b) right after "
                        "its (a), and print the median of their ratios: a shared machine's "
                        "speed drifts between measurements further apart")  # fmt: skip
    parser.add_argument("--rtt-ms", type=float, default=0.0,
                        help="also measure (a), (b), (c) with this round-trip time added "
                        "by a loopback delay proxy; default 0: loopback only")  # fmt: skip
    options = parser.parse_args()
    binary = dovecot_binary()
    if binary is None:
        sys.exit(
            "dovecot is not installed: apt-get install -y --no-install-recommends dovecot-imapd"
        )
    count = options.messages
    server = Dovecot()
    server.start(binary)
    workdir = Path(tempfile.mkdtemp(prefix="nextround-bench-"))
    try:
        user = server.new_user("bench")
        started = time.perf_counter()
        server.seed_maildir(user, generate(count))
        size = sum(p.stat().st_size for p in (server.maildir(user) / "cur").iterdir())
        print(
            f"seeded {count} messages ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s"
        )
        print(f"batches of {BATCH} UIDs, fetch_bytes {FETCH_BYTES}, TLS on loopback")

        timed(
            "warm-up: Dovecot indexes and caches BODYSTRUCTURE",
            lambda: floor_fetch(server, user, parts=True),
        )
        floor1, _ = timed(
            "(a) floor: one FETCH round per batch, nothing done",
            lambda: floor_fetch(server, user, parts=False),
        )
        floor, _ = timed(
            "(a) floor: the connector's FETCHes (+ text-part round)",
            lambda: floor_fetch(server, user, parts=True),
        )
        quiet_floor, _ = timed(
            "    the same with imaplib's debug lines off",
            lambda: floor_fetch(server, user, parts=True, quiet=True),
        )

        account = server.account(user, fetch_bytes=FETCH_BYTES, timeout=60)
        plain_connector = open_imap(account, data_dir=Path("/nonexistent"), batch_size=BATCH)
        connector_time, fetched = timed(
            "    connector scan alone (fetch + decode)", lambda: connector_only(plain_connector)
        )
        plain_connector.close()
        assert fetched == count, fetched

        engine = open_store(f"sqlite:///{workdir / 'bench.db'}")
        settings = Settings()
        connector = open_imap(account, data_dir=workdir, batch_size=BATCH)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        watcher = WorkerPeak()
        full, report = timed(
            "(b) nextround full scan end to end",
            lambda: scan_account(engine, connector, settings=settings, workers=options.workers),
        )
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rss_worker = watcher.stop()
        print(f"      {report.summary()}")
        cli_wall, cli_peak, cli_pss, cli_roles = cli_scan(server, user, workdir)
        print(f"  (b') `nextround scan` in a fresh process, empty database {cli_wall:9.3f} s")

        limit = options.loop_messages or count
        loop, looped = timed(
            f"(c) per-message RFC822 loop ({limit} messages)",
            lambda: per_message_loop(server, user, limit),
        )
        loop_full = loop * count / looped
        naive, naive_count = timed(
            f"(c2) the same loop end to end: parse, classify, store each ({limit})",
            lambda: per_message_end_to_end(server, user, limit, workdir),
        )
        naive_full = naive * count / naive_count

        idle, report_d = timed(
            "(d) incremental scan, no new mail",
            lambda: scan_account(engine, connector, settings=settings),
        )
        with Session(engine) as session:
            cursor = load_cursor(session, account=connector.account)
        idle_connector, _ = timed(
            "    connector alone, no new mail", lambda: list(connector.scan(cursor))
        )
        with server.client(user) as other:
            for message in generate(10, seed=99):
                other.append("INBOX", message.replace(b"<bench-", b"<bench-new-"))
        ten, report_e = timed(
            "(e) incremental scan, 10 new messages",
            lambda: scan_account(engine, connector, settings=settings),
        )
        connector.close()
        assert report_d.fetched == 0 and report_e.fetched == 10, (
            report_d.fetched,
            report_e.fetched,
        )
        # The first (a) and (b) are half a minute apart; these pairs are not.
        ratios = [full / floor]
        for pair in range(1, options.pairs + 1):
            again_floor, _ = timed(
                f"(a) again, pair {pair}", lambda: floor_fetch(server, user, parts=True)
            )
            again_full, _ = full_scan(
                f"(b) again, pair {pair}", server, user, workdir / f"pair{pair}", None,
                options.workers,
            )  # fmt: skip
            ratios.append(again_full / again_floor)

        print()
        print(f"throughput: floor {count / floor:,.0f} msg/s, connector alone {count / connector_time:,.0f} msg/s, "
              f"full scan {count / full:,.0f} msg/s, per-message loop {looped / loop:,.0f} msg/s")  # fmt: skip
        print(
            f"connector alone / floor   = {connector_time / floor:5.2f}x   (floor with one round: {floor1:.2f} s)"
        )
        print(f"(b) full scan / (a) floor = {full / floor:5.2f}x   target <= 1.5x   "
              f"({full / quiet_floor:.2f}x the floor with imaplib's debug lines off)")  # fmt: skip
        if len(ratios) > 1:
            listed = ", ".join(f"{ratio:.2f}" for ratio in ratios)
            print(f"(b) / (a), median of {len(ratios)} = {statistics.median(ratios):5.2f}x   "
                  f"target <= 1.5x   (each: {listed}; all but the first right after their (a))")  # fmt: skip
        print(f"(c) loop / (b) full scan  = {loop_full / full:5.2f}x   target >= 3x"
              + ("" if looped == count else f" (loop extrapolated from {looped})"))  # fmt: skip
        print(
            f"(c2) loop end to end / (b) = {naive_full / full:5.2f}x   (both fetch, parse, classify, store)"
        )
        print(
            f"(d) no new mail           = {idle:.3f} s   target < 0.2 s"
            f"   (connector alone: {idle_connector * 1000:.1f} ms)"
        )
        print(f"(e) 10 new messages       = {ten:.3f} s")
        print(
            f"peak RSS after (b)        = {rss_after:.0f} MB (before (b): {rss_before:.0f} MB)   target < 200 MB"
        )
        print(f"peak RSS of a worker      = {rss_worker:.0f} MB (0: (b) read in its own process)")
        roles = ", ".join(f"{role} {kb / 1024:.0f} MB" for role, kb in sorted(cli_roles.items()))
        print(
            f"(b') peak RSS, summed     = {cli_peak:.0f} MB   target < 200 MB"
            f"   (each process's peak: {roles})"
        )
        print(
            f"(b') peak PSS, summed     = {cli_pss:.0f} MB   (shared pages counted once, "
            "as the machine holds them)"
        )
        if options.rtt_ms > 0:
            mailbox = count + report_e.fetched
            measure_at_rtt(
                server, user, mailbox, limit, options.rtt_ms, workdir, workers=options.workers
            )
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
