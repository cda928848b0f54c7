"""Measure Gmail scans against the loopback Gmail API server: round trips, time, bytes.

Puts N generated messages (job and non-job mail from varied senders; some HTML,
some with attachments, some sent by the user) into tests/gmail_server.py running
in its own process, then prints, in one run:

1. a nextround full scan through tracker.sync.scan_account (fetch, parse,
   classify, match, store in a fresh SQLite database);
2. the connector's full scan alone (fetch only), format "full" and format "raw";
3. a loop of one messages.get per message, what per-message trackers do (fetch only);
4. an incremental scan_account after 10 new messages arrive;
5. whether format "full" classifies every message as format "raw" does.

Quota pacing is off: the loopback server has no quota. At Gmail's 250 units/s a
messages.get costs 5, so real full scans are bounded by N / 50 seconds.

The server waits --latency-ms before each answer to stand in for a network
round trip (real Gmail answers a messages.get in tens to hundreds of ms). On pure
loopback (0 ms) every approach is CPU-bound and batching saves little time;
batching pays off as soon as there is a network in between.

Usage: .venv/bin/python bench/gmail_scan.py [--messages 10000] [--latency-ms 10]
       .venv/bin/python bench/gmail_scan.py --messages 2000 --latency-ms 50   (~3 min)
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import httplib2  # noqa: E402
from google.oauth2.credentials import Credentials  # noqa: E402
from google_auth_httplib2 import AuthorizedHttp  # noqa: E402
from googleapiclient.discovery import build  # noqa: E402

from connectors.gmail import GmailConnector, full_scan_query, open_gmail  # noqa: E402
from tracker.classify import classify, parse_message  # noqa: E402
from tracker.config import GmailAccount, Settings  # noqa: E402
from tracker.store import open_store  # noqa: E402
from tracker.sync import scan_account  # noqa: E402

DAY = 86400

ATS = [
    ("Greenhouse", "no-reply@us.greenhouse-mail.io", "{company} via Greenhouse"),
    ("Lever", "no-reply@hire.lever.co", "{company} Recruiting"),
    ("Workday", "{tenant}@myworkday.com", "{company} Careers"),
    ("Ashby", "no-reply@ashbyhq.com", "{company} Hiring Team"),
    ("SmartRecruiters", "jobs@smartrecruiters.com", "{company} via SmartRecruiters"),
    ("iCIMS", "careers-noreply@icims.com", "{company} Talent Acquisition"),
]
COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark Industries",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Vandelay",
    "Pied Piper",
    "Aperture",
    "Oscorp",
]
ROLES = [
    "Backend Engineer",
    "Data Analyst",
    "Product Designer",
    "Site Reliability Engineer",
    "Engineering Manager",
    "QA Engineer",
    "Python Developer",
    "Technical Writer",
]
JOB_MAIL = {
    "applied": (
        "Thank you for applying to {company}",
        "Hi Sam,\n\nThank you for applying for the {role} position at {company}. "
        "Our team will review your application and get back to you if your "
        "qualifications match our needs.\n\nBest,\n{company} Recruiting",
    ),
    "interview": (
        "Interview invitation: {role} at {company}",
        "Hi Sam,\n\nWe enjoyed reading your application for {role} and would like "
        "to invite you to a 30 minute interview with the hiring manager. Please "
        "pick a time that suits you.\n\nThanks,\n{company}",
    ),
    "rejection": (
        "Your application to {company}",
        "Dear Sam,\n\nThank you for your interest in the {role} role at {company}. "
        "After careful consideration, we have decided not to move forward with "
        "your application at this time.\n\nWe wish you the best,\n{company}",
    ),
    "offer": (
        "Offer for the {role} position",
        "Dear Sam,\n\nWe are delighted to offer you the position of {role} at "
        "{company}. Please find the offer letter attached.\n\nWarm regards,\n{company}",
    ),
}
OTHER_MAIL = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30 new jobs for Python Developer",
        "Jobs you may be interested in: Backend Engineer at Hooli, Data Analyst at Globex.",
        True,
    ),
    (
        "The Weekly Digest <news@digest.example>",
        "This week in tech",
        "Top stories of the week, curated for you.",
        True,
    ),
    ("Shop <orders@shop.example>", "Your order has shipped", "Your parcel is on its way.", False),
    ("Mum <mum@family.example>", "Sunday lunch?", "Are you coming on Sunday? Love, Mum", False),
    ("Bank <alerts@bank.example>", "Your statement is ready", "Your monthly statement.", False),
    ("GitHub <noreply@github.com>", "[repo] New issue opened", "A new issue was opened.", True),
]
PDF = b"%PDF-1.4\n" + bytes(random.Random(7).getrandbits(8) for _ in range(60_000))


def _mail(rng: random.Random, number: int) -> tuple[bytes, list[str], float]:
    """Give one generated message, its labels and its internal date."""
    when = time.time() - rng.uniform(0, 360) * DAY
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(when))
    labels = ["INBOX"]
    attachment = None
    if rng.random() < 0.35:
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        kind = rng.choices(list(JOB_MAIL), weights=[50, 15, 30, 5])[0]
        _vendor, address, display = rng.choice(ATS)
        tenant = company.lower().replace(" ", "")
        sender = f'"{display.format(company=company)}" <{address.format(tenant=tenant)}>'
        subject, text = (s.format(company=company, role=role) for s in JOB_MAIL[kind])
        html = rng.random() < 0.6
        bulk = False
        if kind == "offer":
            attachment = PDF
    else:
        sender, subject, text, bulk = rng.choice(OTHER_MAIL)
        html = bulk
        if rng.random() < 0.05:
            sender, subject = "Sam Doe <sam.doe@example.com>", "Re: " + subject
            labels = ["SENT"]
        elif rng.random() < 0.03:
            attachment = PDF[:20_000]
    headers = [
        f"From: {sender}",
        "To: Sam Doe <sam.doe@example.com>",
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: <bench{number}.{rng.getrandbits(32):x}@mail.example>",
        "MIME-Version: 1.0",
    ]
    if bulk:
        headers += ["List-Unsubscribe: <mailto:unsubscribe@list.example>", "Precedence: bulk"]
    text_part = f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    body = text_part
    if html:
        paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n") if line)
        style = "<style>p{font-family:sans-serif}</style>" * 20  # newsletters are heavy
        html_part = (
            f"Content-Type: text/html; charset=utf-8\r\n\r\n<html>{style}{paragraphs}</html>\r\n"
        )
        body = _multipart("alternative", [text_part, html_part], number)
        if attachment is None:
            headers.append(body.split("\r\n", 1)[0])
            body = body.split("\r\n", 1)[1]
    if attachment is not None:
        encoded = base64.encodebytes(attachment).decode().replace("\n", "\r\n")
        pdf_part = (
            "Content-Type: application/pdf; name=letter.pdf\r\n"
            "Content-Disposition: attachment; filename=letter.pdf\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}"
        )
        body = _multipart("mixed", [body, pdf_part], number)
        headers.append(body.split("\r\n", 1)[0])
        body = body.split("\r\n", 1)[1]
    elif not html:
        headers.append("Content-Type: text/plain; charset=utf-8")
        body = text + "\r\n"
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode(), labels, when


def _multipart(kind: str, parts: list[str], number: int) -> str:
    boundary = f"b{kind}{number}"
    inner = "".join(f"--{boundary}\r\n{part}" for part in parts)
    return f'Content-Type: multipart/{kind}; boundary="{boundary}"\r\n{inner}--{boundary}--\r\n'


class Server:
    """tests/gmail_server.py in a child process, driven by its /_control endpoints."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "gmail_server.py")],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()

    def control(self, path: str, data: Any = None) -> Any:
        body = None if data is None else json.dumps(data).encode()
        request = urllib.request.Request(self.url + "_control/" + path, data=body)
        with urllib.request.urlopen(request, timeout=120) as answer:  # loopback only
            return json.loads(answer.read())

    def add(self, mails: list[tuple[bytes, list[str], float]]) -> None:
        for start in range(0, len(mails), 1000):
            chunk = mails[start : start + 1000]
            self.control(
                "messages",
                [
                    {
                        "raw": base64.urlsafe_b64encode(raw).decode(),
                        "labels": labels,
                        "internal_date": when,
                    }
                    for raw, labels, when in chunk
                ],
            )

    def measure(self, run: Callable[[], Any]) -> tuple[Any, float, dict[str, Any]]:
        self.control("reset", {})
        started = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - started
        return result, elapsed, self.control("stats")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def _connector(server: Server, token: str, **options: Any) -> GmailConnector:
    account = GmailAccount(name="bench", kind="gmail", api_endpoint=server.url)
    return open_gmail(
        account,
        data_dir=Path(tempfile.gettempdir()),
        http=httplib2.Http(timeout=60),
        credentials=Credentials(token=token),  # type: ignore[no-untyped-call]
        quota_units_per_second=None,
        **options,
    )


def _all_messages(connector: GmailConnector) -> dict[str, Any]:
    return {m.provider_id: m for batch in connector.scan(None) for m in batch.messages}


def _per_message_loop(server: Server, token: str) -> int:
    """Fetch like a per-message tracker: list pages, then one messages.get per id."""
    http = AuthorizedHttp(Credentials(token=token), http=httplib2.Http(timeout=60))  # type: ignore[no-untyped-call]
    service = build(
        "gmail",
        "v1",
        http=http,
        client_options={"api_endpoint": server.url},
        static_discovery=True,
        cache_discovery=False,
    )
    messages = service.users().messages()
    ids: list[str] = []
    page: str | None = None
    while True:
        listing = messages.list(
            userId="me", q=full_scan_query("newer_than:365d"), maxResults=500, pageToken=page
        ).execute()
        ids += [m["id"] for m in listing.get("messages", [])]
        page = listing.get("nextPageToken")
        if not page:
            break
    for message_id in ids:
        messages.get(userId="me", id=message_id, format="full").execute()
    return len(ids)


def _labels(messages: dict[str, Any]) -> dict[str, str]:
    return {
        key: classify(parse_message(m.raw, text=m.text, sent_by_user=m.sent_by_user)).label
        for key, m in messages.items()
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=10.0,
        help="simulated network round trip per HTTP request (default 10)",
    )
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    count = args.messages
    latency = args.latency_ms / 1000
    rng = random.Random(args.seed)

    started = time.perf_counter()
    mails = [_mail(rng, i) for i in range(count)]
    server = Server()
    try:
        server.add(mails)
        token = server.control("stats")["access_token"]
        print(
            f"loopback Gmail server with {count} messages "
            f"({sum(len(m[0]) for m in mails) / 1e6:.1f} MB raw), ready in "
            f"{time.perf_counter() - started:.1f} s"
        )
        rows: list[tuple[str, float, int, float, int]] = []

        def row(name: str, delay: float, run: Callable[[], Any]) -> tuple[Any, float, Any]:
            server.control("latency", {"seconds": delay})
            result, seconds, stats = server.measure(run)
            rows.append((name, delay, stats["round_trips"], seconds, stats["bytes_out"]))
            return result, seconds, stats

        # Warm the server's per-message cache first so no row pays for it alone.
        _all_messages(_connector(server, token))

        fetched_full, fetch0, _ = row(
            "connector full scan, fetch only, format full",
            0.0,
            lambda: _all_messages(_connector(server, token)),
        )
        fetched_raw, _, _ = row(
            "connector full scan, fetch only, format raw",
            0.0,
            lambda: _all_messages(_connector(server, token, message_format="raw")),
        )
        fetched_count, loop0, _ = row(
            "per-message loop, fetch only", 0.0, lambda: _per_message_loop(server, token)
        )
        _, fetch_l, _ = row(
            "connector full scan, fetch only, format full",
            latency,
            lambda: _all_messages(_connector(server, token)),
        )
        _, loop_l, _ = row(
            "per-message loop, fetch only", latency, lambda: _per_message_loop(server, token)
        )
        with tempfile.TemporaryDirectory() as folder:
            engine = open_store(f"sqlite:///{folder}/bench.db")
            settings = Settings()
            report, full_l, stats = row(
                "nextround full scan (scan_account: fetch, parse, classify, store)",
                latency,
                lambda: scan_account(
                    engine, _connector(server, token), settings=settings, workers=True
                ),
            )
            full_trips, sizes = stats["round_trips"], stats["batch_sizes"]
            server.add([_mail(rng, count + i) for i in range(10)])
            report2, _, stats = row(
                "incremental scan_account after 10 new messages",
                latency,
                lambda: scan_account(engine, _connector(server, token), settings=settings),
            )
            inc_trips, inc_calls = stats["round_trips"], stats["calls"]

        print(f"scan_account: {report.summary()}")
        print()
        width = max(len(r[0]) for r in rows)
        print(f"{'':{width}}  {'RTT ms':>6}  {'round trips':>11}  {'seconds':>8}  {'MB sent':>8}")
        for name, delay, trips, seconds, sent in rows:
            print(
                f"{name:{width}}  {delay * 1000:>6.0f}  {trips:>11}  {seconds:>8.2f}  "
                f"{sent / 1e6:>8.1f}"
            )
        print()
        budget = count // 50 + count // 500 + 5
        verdict = "OK" if full_trips <= budget else "MISSED"
        print(
            f"full scan round trips: {full_trips} (target <= N/50 + N/500 + 5 = {budget}): "
            f"{verdict}; batch sizes {min(sizes)}..{max(sizes)}"
        )
        verdict = "OK" if loop_l >= 3 * full_l else "MISSED"
        print(
            f"per-message loop / nextround full scan, time at {args.latency_ms:.0f} ms RTT: "
            f"{loop_l / full_l:.1f}x (target >= 3x): {verdict}"
        )
        print(
            f"per-message loop / connector fetch, both fetch only: {loop_l / fetch_l:.1f}x at "
            f"{args.latency_ms:.0f} ms RTT, {loop0 / fetch0:.1f}x at 0 ms (loopback is CPU-bound)"
        )
        verdict = "OK" if inc_trips <= 4 else "MISSED"
        print(
            f"incremental: {inc_trips} round trips, calls {inc_calls} "
            f"(target <= 3 plus one batch): {verdict}; {report2.fetched} messages read"
        )
        full_row, raw_row = rows[0], rows[1]
        print(
            f"format full vs raw: {raw_row[4] / full_row[4]:.1f}x fewer bytes with full "
            f"({full_row[4] / 1e6:.1f} MB vs {raw_row[4] / 1e6:.1f} MB), "
            f"{raw_row[3] / full_row[3]:.1f}x the speed"
        )
        labels_full, labels_raw = _labels(fetched_full), _labels(fetched_raw)
        differ = [k for k in labels_raw if labels_full.get(k) != labels_raw[k]]
        print(
            f"labels with format full vs raw: {len(labels_raw) - len(differ)} of "
            f"{len(labels_raw)} agree ({len(differ)} differ); loop fetched {fetched_count}"
        )
        print(
            f"at Gmail's quota (250 units/s, 5 per get) a real full scan of {count} "
            f"messages needs at least {count * 5 / 250:.0f} s"
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
