"""Gmail scans through the real google-api-python-client against the loopback server."""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Iterator

import pytest
from gmail_server import GmailServer, connect, make_mail, quick_mail

from connectors.gmail import LIST_PAGE_SIZE, full_scan_query
from tracker.connector import Connector, ScanBatch

DAY = 86400.0


@pytest.fixture
def server() -> Iterator[GmailServer]:
    running = GmailServer().start()
    yield running
    running.stop()


def _ids(batches: list[ScanBatch]) -> list[str]:
    return [m.provider_id for b in batches for m in b.messages]


def test_the_connector_satisfies_the_protocol(server: GmailServer) -> None:
    connector = connect(server)
    assert isinstance(connector, Connector)
    assert connector.describe_draft_location() == "Gmail drafts of personal"
    connector.close()
    connector.close()  # idempotent


def test_full_scan_fetches_the_query_in_batches_and_commits_the_cursor_last(
    server: GmailServer,
) -> None:
    delivered = [server.add_message(make_mail(subject=f"Application {i}")) for i in range(7)]
    profile_history = server.history_id
    server.add_message(make_mail(subject="ancient"), internal_date=time.time() - 400 * DAY)
    server.add_message(make_mail(subject="draft"), labels=["DRAFT"])
    server.add_message(make_mail(subject="chat"), labels=["CHAT"])
    server.add_message(make_mail(subject="spam"), labels=["SPAM"])
    sent = server.add_message(make_mail(subject="Re: hello", sender="me <sam@x>"), labels=["SENT"])

    batches = list(connect(server, batch_size=3).scan(None))

    assert sorted(_ids(batches)) == sorted([m.id for m in delivered] + [sent.id])
    assert [len(b.messages) for b in batches] == [3, 3, 2]
    assert server.stats.batch_sizes == [3, 3, 2]
    # Only the last batch may move the cursor; earlier ones make a rerun start over.
    assert [b.cursor for b in batches[:-1]] == [{"history_id": None}] * 2
    assert batches[-1].cursor == {"history_id": str(server.history_id)}
    assert int(batches[-1].cursor["history_id"]) >= profile_history
    assert [b.done for b in batches] == [3, 6, 8]
    assert batches[-1].total == 8
    flagged = {m.provider_id: m.sent_by_user for b in batches for m in b.messages}
    assert flagged[sent.id] is True
    assert flagged[delivered[0].id] is False
    # profile + one list page + three batches: every get went inside a batch
    assert server.stats.round_trips == 5
    assert server.stats.calls["messages.get"] == 8


def test_full_scan_pages_through_more_than_one_list_page(server: GmailServer) -> None:
    count = LIST_PAGE_SIZE + 20
    for i in range(count):
        server.add_message(quick_mail(i), internal_date=time.time() - i)

    batches = list(connect(server, batch_size=100).scan(None))

    assert len(set(_ids(batches))) == count
    assert server.stats.calls["messages.list"] == 2
    assert server.stats.round_trips == 1 + 2 + 6  # profile, two pages, 5 + 1 batches
    assert batches[0].total == count  # resultSizeEstimate from the first page
    assert batches[-1].done == count
    assert sum(1 for b in batches if b.cursor.get("history_id")) == 1


def test_query_and_spam_settings_reach_the_server(server: GmailServer) -> None:
    jobs = server.add_message(make_mail(subject="Interview"), labels=["INBOX", "jobs"])
    server.add_message(make_mail(subject="Newsletter"), labels=["INBOX"])
    spam = server.add_message(make_mail(subject="Offer!!!"), labels=["SPAM", "jobs"])

    only_jobs = list(connect(server, query="label:jobs").scan(None))
    with_spam = list(connect(server, query="label:jobs", include_spam_trash=True).scan(None))

    assert _ids(only_jobs) == [jobs.id]
    assert sorted(_ids(with_spam)) == sorted([jobs.id, spam.id])


def test_full_scan_query_excludes_drafts_and_chats_unless_asked() -> None:
    assert full_scan_query("newer_than:365d") == "newer_than:365d -in:drafts -in:chats"
    assert full_scan_query("in:drafts") == "in:drafts -in:chats"
    assert full_scan_query("-in:chats label:jobs") == "-in:chats label:jobs -in:drafts"


def test_an_empty_mailbox_still_gives_a_cursor(server: GmailServer) -> None:
    batches = list(connect(server).scan(None))
    assert [(len(b.messages), b.cursor) for b in batches] == [
        (0, {"history_id": str(server.history_id)})
    ]


def test_incremental_scan_gets_only_new_mail_in_one_history_call_and_one_batch(
    server: GmailServer,
) -> None:
    server.add_message(make_mail(subject="old"))
    connector = connect(server)
    cursor = list(connector.scan(None))[-1].cursor
    new = [server.add_message(make_mail(subject=f"new {i}")) for i in range(3)]
    server.label_change(new[0].id, ["STARRED"])  # not a new message: ignored
    server.add_message(make_mail(subject="my draft"), labels=["DRAFT"])
    server.stats.round_trips = 0

    batches = list(connector.scan(cursor))

    assert _ids(batches) == [m.id for m in new]
    assert batches[-1].cursor == {"history_id": str(server.history_id)}
    assert server.stats.round_trips == 2  # history.list + one batch
    assert server.stats.calls["history.list"] == 1


def test_incremental_scan_with_nothing_new_advances_the_cursor(server: GmailServer) -> None:
    connector = connect(server)
    server.add_message(make_mail(subject="draft"), labels=["DRAFT"])
    batches = list(connector.scan({"history_id": "1000"}))
    assert [(len(b.messages), b.cursor) for b in batches] == [
        (0, {"history_id": str(server.history_id)})
    ]


def test_incremental_scan_pages_history_and_commits_per_page(server: GmailServer) -> None:
    start = str(server.history_id)
    added = [server.add_message(quick_mail(i)).id for i in range(520)]

    batches = list(connect(server, batch_size=100).scan({"history_id": start}))

    assert _ids(batches) == added
    assert server.stats.calls["history.list"] == 2
    first_page_end = server.history[499]["id"]
    cursors = [b.cursor["history_id"] for b in batches]
    # page 1: four batches keep the start, the fifth commits the page; page 2 commits the rest
    assert cursors == [start] * 4 + [first_page_end, str(server.history_id)]


def test_expired_history_id_falls_back_to_a_full_scan(server: GmailServer) -> None:
    old = server.add_message(make_mail(subject="before"))
    connector = connect(server)
    cursor = list(connector.scan(None))[-1].cursor
    new = server.add_message(make_mail(subject="after"))
    server.expire_history()

    batches = list(connector.scan(cursor))

    assert sorted(_ids(batches)) == sorted([old.id, new.id])
    assert batches[-1].cursor == {"history_id": str(server.history_id)}
    assert server.stats.calls["profile"] == 2


def test_a_message_deleted_between_list_and_get_is_skipped(server: GmailServer) -> None:
    kept = server.add_message(make_mail(subject="kept"))
    gone = server.add_message(make_mail(subject="gone"))
    server.inject("messages.get", 404, message_id=gone.id)

    batches = list(connect(server).scan(None))

    assert _ids(batches) == [kept.id]
    assert batches[-1].done == 2


def _parsed(raw: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def _text(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    assert part is not None
    return str(part.get_content())


@pytest.mark.parametrize(
    "mail",
    [
        make_mail(subject="Plain", text="We have decided not to move forward.\n"),
        make_mail(
            subject="Entretien — Zoë",
            sender='"Ärger, Zoë" <zoe@acme.example>',
            text="Nous avons le plaisir de vous inviter.\n",
            html="<p>Nous avons le plaisir</p>",
        ),
        make_mail(
            subject="Offer", text="Please find the offer attached.\n", attachment=b"%PDF" * 5000
        ),
        make_mail(
            subject="Digest",
            text="x" * 20000,
            extra_headers={"List-Unsubscribe": "<mailto:u@x>", "Precedence": "bulk"},
        ),
    ],
    ids=["plain", "non-ascii-alternative", "attachment", "long-bulk"],
)
def test_format_full_rebuilds_what_the_parser_needs(server: GmailServer, mail: bytes) -> None:
    stored = server.add_message(mail)
    [full] = [m for b in connect(server).scan(None) for m in b.messages]
    [raw] = [m for b in connect(server, message_format="raw").scan(None) for m in b.messages]
    original = _parsed(stored.raw)
    rebuilt = _parsed(full.raw)

    assert raw.raw == stored.raw  # format raw: the message itself
    for header in ("Subject", "From", "To", "Message-ID", "Date", "List-Unsubscribe", "Precedence"):
        assert str(rebuilt[header] or "") == str(original[header] or ""), header
    from_header = rebuilt["From"]
    assert from_header.addresses == original["From"].addresses
    expected = _text(original)
    assert _text(rebuilt) == expected[: len(_text(rebuilt))]
    assert full.text is not None and expected.startswith(full.text)
    assert full.truncated == (len(expected) > 8192)
    assert full.thread_key == stored.thread_id
    # The attachment stayed on the server: the rebuilt message is small.
    assert len(full.raw) < 10_000


def test_html_only_mail_keeps_its_html_for_the_parser(server: GmailServer) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Update on your application"
    message["From"] = "jobs@acme.example"
    message.set_content("<p>We regret to inform you</p>", subtype="html")
    server.add_message(message.as_bytes())

    [fetched] = [m for b in connect(server).scan(None) for m in b.messages]

    rebuilt = _parsed(fetched.raw)
    assert rebuilt.get_content_type() == "text/html"
    assert "We regret to inform you" in _text(rebuilt)
    assert fetched.text is None  # the parser converts HTML itself
