"""Hostile and broken mail: parsing, classification, scanning and drafting never crash.

A fuzz campaign with hypothesis plus hand-made cases: truncated multipart, wrong
and unknown charsets, 20 MB bodies, deeply nested parts, header injection in
subjects used for replies, NUL bytes, missing Date and Message-ID, duplicate
Message-IDs. Each message is either classified or recorded as skipped with a reason.
"""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mailfactory import NOW, make_maildir

from connectors.drafts import build_draft
from connectors.maildir import MaildirConnector
from tracker.classify import classify, message_from_fields, parse_message
from tracker.classify.types import LABELS
from tracker.config import Settings
from tracker.connector import DraftReply
from tracker.followup import build_reply, choose_recipient, reply_subject
from tracker.store import open_store
from tracker.sync import scan_account

CHARSETS = [
    "utf-8",
    "latin-1",
    "x-unknown",
    "utf-16",
    "koi8-r",
    "shift_jis",
    "",
    "utf-8; evil",
    "gb2312",
    "cp1252",
]


def assert_sane(raw: bytes) -> None:
    parsed = parse_message(raw)
    verdict = classify(parsed)
    assert verdict.label in LABELS
    assert 0.0 <= verdict.confidence <= 1.0
    assert all(isinstance(reason, str) for reason in verdict.reasons)
    assert "\n" not in parsed.subject and "\r" not in parsed.subject


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_any_bytes_parse_and_classify(raw: bytes) -> None:
    assert_sane(raw)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    """Messages shaped like mail, with hostile values in every slot."""
    header_names = st.sampled_from(["Subject", "From", "To", "Reply-To", "Date", "Message-ID", "In-Reply-To",
                                    "References", "Content-Type", "Content-Transfer-Encoding", "List-Unsubscribe"])  # fmt: skip
    values = st.text(max_size=200) | st.sampled_from(
        ["=?utf-8?b?SGVsbG8=?=", "=?x-bogus?q?hi?=", "=?utf-8?q?", "<>", "<<a@b>>", "no-reply@", "@", "Mon, 99 Foo 2026",
         "multipart/mixed; boundary=", "multipart/mixed", "text/html; charset=x-unknown", "base64", "quoted-printable"]
    )  # fmt: skip
    lines = [f"{draw(header_names)}: {draw(values)}" for _ in range(draw(st.integers(0, 12)))]
    charset = draw(st.sampled_from(CHARSETS))
    body = draw(st.text(max_size=2000))
    encoded = (
        body.encode("utf-8", "surrogatepass")
        if draw(st.booleans())
        else body.encode("latin-1", "replace")
    )
    if draw(st.booleans()):
        boundary = draw(st.sampled_from(["b", "==x==", ""]))
        lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        parts = b"".join(
            f"--{boundary}\r\nContent-Type: text/{draw(st.sampled_from(['plain', 'html']))}; charset={charset}\r\n"
            f"Content-Transfer-Encoding: {draw(st.sampled_from(['base64', 'quoted-printable', '8bit', 'bogus']))}\r\n\r\n".encode()
            + encoded
            + b"\r\n"
            for _ in range(draw(st.integers(0, 4)))
        )
        closing = f"--{boundary}--\r\n".encode() if draw(st.booleans()) else b""
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass") + parts + closing
    lines.append(f"Content-Type: text/plain; charset={charset}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass") + encoded


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_mail_shaped_garbage_parses_and_classifies(raw: bytes) -> None:
    assert_sane(raw)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=300)), st.one_of(st.none(), st.text(max_size=100)),
       st.one_of(st.none(), st.text(max_size=2000)), st.one_of(st.none(), st.text(max_size=40)))  # fmt: skip
def test_classify_interface_fields_never_crash(
    subject: str | None, sender: str | None, body: str | None, date: str | None
) -> None:
    verdict = classify(message_from_fields(subject=subject, sender=sender, body=body, date=date))
    assert verdict.label in LABELS


def nested(depth: int) -> bytes:
    head = b"From: a@b.c\r\nSubject: deep\r\n"
    opening = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(depth)
    )
    return (
        head + opening + b"Content-Type: text/plain\r\n\r\nWe have decided not to move forward.\r\n"
    )


HAND_MADE = {
    "truncated multipart": (
        b'From: Acme <jobs@acme.com>\r\nSubject: Update\r\nContent-Type: multipart/alternative; boundary="x"\r\n\r\n'
        b"--x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nV2UgaGF2ZSBkZWNpZGVk"
    ),
    "unknown charset": b"From: a@b.c\r\nSubject: =?x-unknown?q?Hi?=\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n\xff\xfe caf\xe9",
    "wrong charset": "From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nMerci, déçu 日本".encode(),
    "nul bytes": b"From: a@b.c\x00\r\nSubject: Re\x00jected\r\n\r\nBody\x00 with nul\x00",
    "no headers at all": b"\r\n\r\nJust a body",
    "no date or message-id": b"From: Acme <jobs@acme.com>\r\nSubject: Your application\r\n\r\nThank you for applying.",
    "deeply nested": nested(300),
    "very deeply nested": nested(3000),
    "empty": b"",
    "header only": b"Subject: x",
    "binary body": b"From: a@b.c\r\nContent-Type: application/octet-stream\r\n\r\n"
    + bytes(range(256)) * 40,
}


@pytest.mark.parametrize("raw", HAND_MADE.values(), ids=HAND_MADE.keys())
def test_hand_made_cases(raw: bytes) -> None:
    assert_sane(raw)


def test_a_20_mb_body_is_parsed_within_bounds() -> None:
    raw = (
        b"From: a@b.c\r\nSubject: big\r\nContent-Type: text/plain\r\n\r\n"
        + b"We regret to inform you. " * 840_000
    )
    assert len(raw) > 20_000_000
    parsed = parse_message(raw)
    assert len(parsed.text) <= 1_000_000  # only the start is kept
    assert classify(parsed).label in LABELS


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=120))
def test_no_header_injection_into_a_draft(subject: str, to: str) -> None:
    reply = build_reply(
        original_subject=subject,
        original_message_id="<a@b>\r\nBcc: evil@example.com",
        original_references="<r@b>\nCc: evil@example.com",
        thread_key=None,
        to=choose_recipient(reply_to=to, from_header="", contact_name="", contact_email=""),
        body="Thanks",
        from_address="me@example.net",
        replaces_draft_id=None,
    )
    raw = build_draft(reply).data
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    assert len(parsed.get_all("Subject") or []) == 1
    assert reply_subject(subject).startswith("Re: ")


def test_compose_draft_with_hostile_reply_fields() -> None:
    reply = DraftReply(subject="Re: x\r\nBcc: a@b.c", body="hi", to="a@b.c\r\nBcc: evil@x.y", in_reply_to="<m>\nX-Evil: 1",
                       references=("<r>\r\nX-Evil: 2",), extra_headers={"X-Note\r\nBcc": "v\r\nBcc: e@v.l"})  # fmt: skip
    parsed = email.message_from_bytes(build_draft(reply).data, policy=policy.default)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None


def test_a_scan_of_hostile_mail_accounts_for_every_message(tmp_path: Path) -> None:
    box = make_maildir(tmp_path / "Mail")
    duplicate = b"From: Acme <jobs@acme.com>\r\nSubject: Your application to Acme\r\nMessage-ID: <dup@acme.com>\r\n\r\nThank you for applying to Acme for the Data Engineer role. We have received your application.\r\n"
    samples = [*HAND_MADE.values(), duplicate, duplicate.replace(b"Thank you", b"Thanks"),
               b"From: a@b.c\r\nSubject: x\r\n\r\n" + b"y" * 3_000_000]  # fmt: skip
    for raw in samples:
        box.add(raw)  # written as is: MaildirMessage would re-serialise (and choke on) it
    engine = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    report = scan_account(
        engine, MaildirConnector("m", tmp_path / "Mail"), settings=Settings(), now=NOW
    )
    assert report.fetched == len(samples)
    assert report.stored + report.duplicates + report.not_job_mail + len(report.skipped) == len(
        samples
    )
    assert report.duplicates >= 1  # the second copy of <dup@acme.com>
    assert all(reason for _, reason in report.skipped)
