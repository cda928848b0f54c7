"""The IMAP connector against a real Dovecot on loopback (see tests/dovecot.py).

One Dovecot serves the whole session; every test logs in as a new user and so
starts from an empty mailbox.
"""

from __future__ import annotations

import email
import email.policy
import logging
import os
import re
import signal
import socket
import threading
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import imapclient.tls
import pytest
from dovecot import PASSWORD, Dovecot, make_certificate
from imapclient import IMAPClient

from connectors.base import (
    AuthError,
    ConfigurationError,
    DraftReply,
    FetchedMessage,
    ProtocolError,
    ScanBatch,
    UnavailableError,
)
from connectors.imap import ImapConnector, open_imap
from tracker.config import ImapAccount

pytestmark = pytest.mark.dovecot


@pytest.fixture
def server(dovecot_server: Dovecot) -> Dovecot:
    return dovecot_server


@pytest.fixture
def user(server: Dovecot) -> str:
    return server.new_user()


def connect(
    server: Dovecot, user: str, *, batch_size: int = 500, factory: Any = None, **settings: Any
) -> ImapConnector:
    return open_imap(
        server.account(user, **settings),
        data_dir=Path("/nonexistent"),
        client_factory=factory,
        batch_size=batch_size,
    )


def job_mail(number: int, *, subject: str | None = None, body: str | None = None) -> bytes:
    # Formatted by hand: EmailMessage takes about 2 ms a message, too slow for thousands.
    text = body or f"We received your application number {number}.\n"
    return (
        f"From: Acme via Greenhouse <no-reply@greenhouse-mail.io>\r\n"
        f"To: sam@example.com\r\n"
        f"Subject: {subject or f'Thank you for applying to Acme ({number})'}\r\n"
        f"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
        f"Message-ID: <seed-{number}@test.invalid>\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n")
    ).encode()


def scan_all(
    connector: ImapConnector, cursor: Any = None
) -> tuple[list[FetchedMessage], list[ScanBatch]]:
    batches = list(connector.scan(cursor))
    return [message for batch in batches for message in batch.messages], batches


def subject_of(message: FetchedMessage) -> str:
    return str(email.message_from_bytes(message.raw, policy=email.policy.default)["Subject"])


def message_id_of(message: FetchedMessage) -> str:
    return str(email.message_from_bytes(message.raw, policy=email.policy.default)["Message-ID"])


# -- scanning -----------------------------------------------------------------------


def test_full_scan_then_incremental_scan_finds_only_new_mail(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, (job_mail(n) for n in range(1, 2501)))
    connector = connect(server, user, batch_size=400)
    messages, batches = scan_all(connector)

    assert len(messages) == 2500
    assert [len(batch.messages) for batch in batches] == [400] * 6 + [100]
    assert [batch.done for batch in batches] == [400, 800, 1200, 1600, 2000, 2400, 2500]
    assert {batch.total for batch in batches} == {2500}
    assert len({m.provider_id for m in messages}) == 2500
    assert all(re.fullmatch(r"INBOX:\d+:\d+", m.provider_id) for m in messages)
    assert {message_id_of(m) for m in messages} == {
        f"<seed-{n}@test.invalid>" for n in range(1, 2501)
    }
    cursor = batches[-1].cursor
    assert cursor["folders"]["INBOX"]["last_uid"] == 2500
    assert all(m.text and "We received your application" in m.text for m in messages)
    assert not any(m.sent_by_user or m.thread_key for m in messages)

    with server.client(user) as other:
        for n in (9001, 9002, 9003):
            other.append("INBOX", job_mail(n))
    new, new_batches = scan_all(connector, cursor)
    assert sorted(message_id_of(m) for m in new) == [
        f"<seed-{n}@test.invalid>" for n in (9001, 9002, 9003)
    ]
    assert new_batches[-1].cursor["folders"]["INBOX"]["last_uid"] == 2503

    # Nothing new: UID SEARCH 2504:* would answer 2503; the connector must not hand it out.
    again, _ = scan_all(connector, new_batches[-1].cursor)
    assert again == []
    connector.close()


def test_imaplib_formats_its_debug_lines_only_when_they_are_logged(
    server: Dovecot, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    # imapclient turns imaplib's debugging on; built for a logger that drops them, its
    # lines (the repr of every message read) cost a fifth of the fetching CPU.
    server.seed_maildir(user, [job_mail(1)])
    connector = connect(server, user)
    messages, _ = scan_all(connector)
    assert len(messages) == 1
    assert connector._client is not None and connector._client._imap.debug == 0
    connector.close()

    # Someone debugging a server asks for them: then they come, the password still hidden.
    with caplog.at_level(logging.DEBUG, logger="imapclient.imaplib"):
        connector = connect(server, user)
        messages, _ = scan_all(connector)
        connector.close()
    assert len(messages) == 1
    lines = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
    assert any("FETCH" in line for line in lines)
    assert not any(PASSWORD in line for line in lines)


def test_first_scan_of_an_empty_mailbox_records_the_folder(server: Dovecot, user: str) -> None:
    connector = connect(server, user)
    messages, batches = scan_all(connector)
    assert messages == []
    assert len(batches) == 1
    state = batches[0].cursor["folders"]["INBOX"]
    assert state["last_uid"] == 0 and state["uidvalidity"] > 0
    assert scan_all(connector, batches[0].cursor) == ([], [])
    connector.close()


def test_raw_holds_the_headers_and_text_the_first_fetch_bytes_of_the_body(
    server: Dovecot, user: str
) -> None:
    long_body = "Thank you for your application. " * 400  # about 12.8 KB
    server.seed_maildir(user, [job_mail(1, body=long_body), job_mail(2)])
    connector = connect(server, user, fetch_bytes=1024)
    messages, _ = scan_all(connector)
    big, small = sorted(messages, key=lambda m: m.provider_id)
    assert big.raw.startswith(b"From: Acme via Greenhouse")
    head, _, text = big.raw.partition(b"\r\n\r\n")
    assert b"Subject: Thank you for applying to Acme (1)" in head
    assert text == b""  # the body is in `text`, decoded
    assert big.truncated and not small.truncated
    assert big.text is not None and len(big.text) == 1024
    assert long_body.startswith(big.text)
    connector.close()


def test_mail_in_the_sent_folder_is_marked_as_sent_by_the_user(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, [job_mail(1)])
    server.seed_maildir(user, [job_mail(2, subject="Re: Thank you")], folder="Sent")
    connector = connect(server, user, folders=["INBOX", "Sent"])
    messages, batches = scan_all(connector)
    by_folder = {m.folder: m for m in messages}
    assert by_folder["INBOX"].sent_by_user is False
    assert by_folder["Sent"].sent_by_user is True
    assert set(batches[-1].cursor["folders"]) == {"INBOX", "Sent"}
    assert batches[-1].total == 2
    connector.close()


def test_a_missing_folder_is_named_with_folders_that_exist(server: Dovecot, user: str) -> None:
    connector = connect(server, user, folders=["Jobz"])
    with pytest.raises(ProtocolError, match=r"'Jobz' does not exist.*INBOX"):
        scan_all(connector)
    connector.close()


def test_uidvalidity_change_rescans_the_folder_and_finds_the_same_messages(
    server: Dovecot, user: str
) -> None:
    with server.client(user) as setup:
        setup.create_folder("Jobs")
        setup.multiappend("Jobs", [job_mail(n) for n in range(1, 6)])
    connector = connect(server, user, folders=["Jobs"])
    first, batches = scan_all(connector)
    cursor = batches[-1].cursor
    old_validity = cursor["folders"]["Jobs"]["uidvalidity"]

    with server.client(user) as setup:
        setup.delete_folder("Jobs")
        setup.create_folder("Jobs")
        setup.multiappend("Jobs", [job_mail(n) for n in range(1, 6)])
    again, batches = scan_all(connector, cursor)

    new_validity = batches[-1].cursor["folders"]["Jobs"]["uidvalidity"]
    assert new_validity != old_validity
    assert sorted(map(message_id_of, again)) == sorted(map(message_id_of, first))
    assert all(m.provider_id.startswith(f"Jobs:{new_validity}:") for m in again)
    connector.close()


def test_a_dropped_connection_keeps_earlier_batches_and_the_next_scan_resumes(
    server: Dovecot, user: str
) -> None:
    server.seed_maildir(user, (job_mail(n) for n in range(1, 1001)))
    connector = connect(server, user, batch_size=200)
    received: list[FetchedMessage] = []
    committed: Any = None
    scan = connector.scan(None)
    with pytest.raises(UnavailableError, match=r"dropped|failed"):
        for batch in scan:
            received.extend(batch.messages)
            committed = batch.cursor
            if len(received) == 400:
                for pid in server.imap_process_ids(user):
                    os.kill(pid, signal.SIGKILL)
    assert len(received) == 400
    assert committed["folders"]["INBOX"]["last_uid"] == 400

    rest, _ = scan_all(connector, committed)  # the same connector reconnects
    ids = [message_id_of(m) for m in received + rest]
    assert len(ids) == 1000
    assert set(ids) == {f"<seed-{n}@test.invalid>" for n in range(1, 1001)}
    connector.close()


def test_connection_refused_is_unavailable(server: Dovecot, user: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    connector = connect(server, user, port=closed_port)
    with pytest.raises(UnavailableError, match="refused the connection"):
        scan_all(connector)


def test_flags_are_unchanged_after_a_full_scan(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, (job_mail(n) for n in range(1, 51)))
    server.seed_maildir(user, (job_mail(n) for n in range(51, 101)), flags="S")
    server.seed_maildir(user, (job_mail(n) for n in range(101, 111)), flags="FS")

    def flags() -> dict[int, set[bytes]]:
        with server.client(user) as observer:
            observer.select_folder("INBOX", readonly=True)
            found = observer.get_flags(observer.search(["ALL"]))
        return {uid: set(value) - {b"\\Recent"} for uid, value in found.items()}

    before = flags()
    assert sum(b"\\Seen" not in value for value in before.values()) == 50
    connector = connect(server, user)
    messages, _ = scan_all(connector)
    assert len(messages) == 110
    connector.close()
    assert flags() == before


# -- read-only proof ----------------------------------------------------------------


class CommandLog:
    """Records the name of every tagged IMAP command a client sends (and STORE lines whole)."""

    def __init__(self) -> None:
        self.commands: list[str] = []
        self.lines: list[bytes] = []

    def factory(
        self, host: str, port: int, *, ssl: bool, ssl_context: Any, timeout: float
    ) -> IMAPClient:
        client = IMAPClient(host, port=port, ssl=ssl, ssl_context=ssl_context, timeout=timeout)
        imap = client._imap
        tag = re.compile(re.escape(imap.tagpre) + rb"\d+ ([A-Za-z]+)(?: ([A-Za-z]+))?")
        send = imap.send

        def recording_send(data: bytes) -> None:
            match = tag.match(data)
            if match:
                name = match.group(1).decode().upper()
                if name == "UID" and match.group(2):
                    name += " " + match.group(2).decode().upper()
                self.commands.append(name)
                self.lines.append(data)
            send(data)

        imap.send = recording_send
        return client


SCAN_COMMANDS = {
    "CAPABILITY", "LOGIN", "ID", "ENABLE", "LIST", "EXAMINE", "UID SEARCH", "UID FETCH",
    "STATUS", "NOOP", "LOGOUT",
}  # fmt: skip


def test_a_scan_and_a_draft_save_send_only_read_only_commands(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, (job_mail(n) for n in range(1, 301)))
    log = CommandLog()
    connector = connect(server, user, batch_size=100, factory=log.factory)
    messages, batches = scan_all(connector)
    assert len(messages) == 300
    scan_all(connector, batches[-1].cursor)
    assert set(log.commands) <= SCAN_COMMANDS
    assert log.commands.count("UID FETCH") == 3  # one per batch of 100: single-part mail
    assert "EXAMINE" in log.commands and "SELECT" not in log.commands

    log.commands.clear()
    first = connector.save_draft(reply())
    assert set(log.commands) <= SCAN_COMMANDS | {"APPEND"}

    log.commands.clear()
    log.lines.clear()
    connector.save_draft(reply(replaces=first))
    assert set(log.commands) <= SCAN_COMMANDS | {"APPEND", "SELECT", "UID STORE", "UID EXPUNGE"}
    old_uid = first.rsplit(":", 1)[1]
    stores = [line for line in log.lines if b" UID STORE " in line or b" UID EXPUNGE " in line]
    assert [line.split()[3] for line in stores] == [old_uid.encode()] * 2
    assert "EXPUNGE" not in log.commands and "STORE" not in log.commands
    connector.close()


# -- connection security and login ---------------------------------------------------


def test_tls_with_the_self_signed_certificate_as_ca_file(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, [job_mail(1)])
    connector = connect(server, user)
    assert len(scan_all(connector)[0]) == 1
    connector.close()
    connector.close()  # idempotent


def test_a_wrong_ca_file_is_a_configuration_error_naming_it(server: Dovecot, user: str) -> None:
    other_ca, _ = make_certificate(server.state, "someone-else")
    connector = connect(server, user, ca_file=str(other_ca))
    with pytest.raises(ConfigurationError) as caught:
        scan_all(connector)
    assert str(other_ca) in str(caught.value)
    assert "did not verify" in str(caught.value)


def test_no_ca_file_for_a_self_signed_server_says_to_set_one(server: Dovecot, user: str) -> None:
    connector = connect(server, user, ca_file=None)
    with pytest.raises(ConfigurationError, match="set ca_file"):
        scan_all(connector)


def test_a_missing_ca_file_is_refused_before_connecting(server: Dovecot, user: str) -> None:
    with pytest.raises(ConfigurationError, match="does not exist"):
        connect(server, user, ca_file="/nonexistent/ca.pem")


def test_starttls_on_the_plain_port(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, [job_mail(1)])
    log = CommandLog()
    connector = connect(
        server, user, security="starttls", port=server.imap_port, factory=log.factory
    )
    assert len(scan_all(connector)[0]) == 1
    assert log.commands.index("STARTTLS") < log.commands.index("LOGIN")
    connector.close()


def test_implicit_tls_against_the_plain_port_is_unavailable(server: Dovecot, user: str) -> None:
    connector = connect(server, user, port=server.imap_port)
    with pytest.raises(UnavailableError, match="TLS handshake"):
        scan_all(connector)


def test_plain_text_is_allowed_only_to_loopback_when_asked_for(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, [job_mail(1)])
    plain = connect(
        server, user, security="plain", port=server.imap_port, allow_plain_loopback=True
    )
    assert len(scan_all(plain)[0]) == 1
    plain.close()
    with pytest.raises(ConfigurationError, match="allow_plain_loopback"):
        connect(server, user, security="plain", port=server.imap_port)


def test_plain_text_to_a_remote_host_is_refused_before_any_connection() -> None:
    def no_network(*args: object, **kwargs: object) -> IMAPClient:
        raise AssertionError("must not connect")

    account = ImapAccount(
        name="work",
        kind="imap",
        host="imap.example.com",
        security="plain",
        allow_plain_loopback=True,
        username="sam",
        password_env="NEXTROUND_TEST_UNUSED",
    )
    with pytest.raises(ConfigurationError, match=r"unencrypted to imap\.example\.com"):
        open_imap(account, data_dir=Path("/nonexistent"), client_factory=no_network)


class _TlsFromOtherAddress(imapclient.tls.IMAP4_TLS):  # type: ignore[misc]
    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        plain = socket.create_connection(
            (self.host, self.port),
            timeout=timeout or self._timeout,
            source_address=(OTHER_SOURCE, 0),
        )
        wrapped: socket.socket = imapclient.tls.wrap_socket(plain, self.ssl_context, self.host)
        return wrapped


class FromOtherAddressClient(IMAPClient):  # type: ignore[misc]
    """Connects from 127.0.0.2: Dovecot delays the next logins from an address after a
    failed one (its auth penalty, about 4 s), which would slow every later test."""

    def _create_IMAP4(self) -> imapclient.tls.IMAP4_TLS:
        return _TlsFromOtherAddress(self.host, self.port, self.ssl_context, self._timeout.connect)


OTHER_SOURCE = "127.0.0.2"


def test_a_wrong_password_is_an_auth_error_without_the_password(server: Dovecot, user: str) -> None:
    wrong = "Wr0ng-S3cret-value"
    connector = connect(server, user, password=wrong, factory=FromOtherAddressClient)
    with pytest.raises(AuthError, match="check username and password_command") as caught:
        scan_all(connector)
    assert wrong not in str(caught.value) and PASSWORD not in str(caught.value)
    assert wrong not in repr(connector)


def test_a_password_source_that_fails_is_a_configuration_error(
    server: Dovecot, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEXTROUND_TEST_PASSWORD", raising=False)
    connector = connect(server, user, password=None, password_env="NEXTROUND_TEST_PASSWORD")
    with pytest.raises(ConfigurationError, match="NEXTROUND_TEST_PASSWORD is not set"):
        scan_all(connector)


# -- multipart text -----------------------------------------------------------------

REJECTION = (
    "Dear Sam,\n\nThank you for your interest in the Platform Engineer role at Acme. "
    "After careful consideration, we have decided not to move forward with your "
    "application at this time. We wish you the best in your search. Ünïcödé.\n"
)


def multipart_rejection() -> bytes:
    message = EmailMessage()
    message["From"] = "Acme Recruiting <jobs@acme.example>"
    message["To"] = "sam@example.com"
    message["Subject"] = "Your application to Acme"
    message["Date"] = "Tue, 03 Nov 2026 09:00:00 +0000"
    message["Message-ID"] = "<multipart-1@acme.example>"
    message.set_content(REJECTION, cte="base64")
    message.add_alternative(
        f"<html><body><p>{REJECTION}</p></body></html>", subtype="html", cte="quoted-printable"
    )
    message.add_attachment(
        b"%PDF-1.4 " * 50, maintype="application", subtype="pdf", filename="a.pdf"
    )
    return message.as_bytes(policy=email.policy.SMTP)


def html_only_rejection() -> bytes:
    message = EmailMessage()
    message["From"] = "Initech Talent <talent@initech.example>"
    message["Subject"] = "Update on your application"
    message["Message-ID"] = "<html-1@initech.example>"
    message.set_content(
        "<p>We regret&nbsp;to inform you</p><p>" + REJECTION + "</p>",
        subtype="html",
        cte="quoted-printable",
    )
    return message.as_bytes(policy=email.policy.SMTP)


def test_multipart_base64_and_quoted_printable_text_is_decoded(server: Dovecot, user: str) -> None:
    server.seed_maildir(user, [multipart_rejection(), html_only_rejection()])
    connector = connect(server, user)
    messages, _ = scan_all(connector)
    by_subject = {subject_of(m): m for m in messages}
    multipart = by_subject["Your application to Acme"]
    assert multipart.text == REJECTION  # the text/plain part, decoded
    assert multipart.raw.partition(b"\r\n\r\n")[2] == b""  # raw: the headers alone
    html = by_subject["Update on your application"]
    assert html.text is not None
    assert "We regret to inform you" in html.text  # &nbsp; became a space
    assert "decided not to move forward" in " ".join(html.text.split())
    assert "<p>" not in html.text
    connector.close()


def test_multipart_rejection_classifies_as_rejection(server: Dovecot, user: str) -> None:
    classify_module = pytest.importorskip("tracker.classify")
    if not hasattr(classify_module, "parse_message"):
        pytest.skip("tracker.classify.parse_message is not written yet")
    server.seed_maildir(user, [multipart_rejection(), html_only_rejection()])
    connector = connect(server, user)
    messages, _ = scan_all(connector)
    for message in messages:
        parsed = classify_module.parse_message(
            message.raw, text=message.text, sent_by_user=message.sent_by_user
        )
        assert "decided not to move forward" in " ".join(parsed.text.split())
        assert classify_module.classify(parsed).label == "rejection"
    connector.close()


# -- drafts -------------------------------------------------------------------------


def reply(
    *, replaces: str | None = None, subject: str = "Re: Re: Your application to Acme"
) -> DraftReply:
    return DraftReply(
        subject=subject,
        body="Dear Alex,\n\nThank you for letting me know.\n\nBest,\nSam\n",
        to="Alex Doe <alex@acme.example>",
        in_reply_to="<rejection-1@acme.example>",
        references=("<applied-1@acme.example>",),
        from_address="Sam Doe <sam@example.com>",
        replaces_draft_id=replaces,
    )


def drafts_in(
    server: Dovecot, user: str, folder: str = "Drafts"
) -> dict[int, tuple[set[bytes], Any]]:
    with server.client(user) as observer:
        observer.select_folder(folder, readonly=True)
        found = observer.fetch(observer.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
    return {
        uid: (
            set(data[b"FLAGS"]) - {b"\\Recent"},
            email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default),
        )
        for uid, data in found.items()
    }


def test_a_draft_has_threading_headers_a_single_re_and_the_draft_flag(
    server: Dovecot, user: str
) -> None:
    connector = connect(server, user)
    assert connector.describe_draft_location() == f"Drafts folder of test ({server.host})"
    draft_id = connector.save_draft(reply())
    folder, validity, uid = draft_id.rsplit(":", 2)
    assert folder == "Drafts" and validity.isdigit()
    drafts = drafts_in(server, user)
    assert list(drafts) == [int(uid)]
    flags, message = drafts[int(uid)]
    assert flags == {b"\\Draft", b"\\Seen"}
    assert message["Subject"] == "Re: Your application to Acme"
    assert message["In-Reply-To"] == "<rejection-1@acme.example>"
    assert message["References"] == "<applied-1@acme.example> <rejection-1@acme.example>"
    assert message["From"] == "Sam Doe <sam@example.com>"
    assert message["To"] == "Alex Doe <alex@acme.example>"
    assert message["Message-ID"].endswith("@example.com>")
    assert message["Date"]
    assert "Thank you for letting me know." in message.get_content()
    connector.close()


def test_header_injection_is_stripped_from_every_header(server: Dovecot, user: str) -> None:
    connector = connect(server, user)
    evil = DraftReply(
        subject="Re: Hello\r\nBcc: victim@example.com",
        body="hi",
        to="alex@acme.example\nBcc: victim2@example.com",
        in_reply_to="<a@b>\r\nX-Evil: 1",
        extra_headers={"X-Nextround": "followup\r\nBcc: victim3@example.com"},
    )
    connector.save_draft(evil)
    ((_, message),) = drafts_in(server, user).values()
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["Subject"] == "Re: Hello Bcc: victim@example.com"
    assert message["X-Nextround"] == "followup Bcc: victim3@example.com"
    connector.close()


def test_replacing_a_draft_leaves_only_the_new_one(server: Dovecot, user: str) -> None:
    connector = connect(server, user)
    first = connector.save_draft(reply())
    second = connector.save_draft(reply(replaces=first, subject="Re: Your application (v2)"))
    assert second != first
    drafts = drafts_in(server, user)
    assert list(drafts) == [int(second.rsplit(":", 1)[1])]
    assert drafts[int(second.rsplit(":", 1)[1])][1]["Subject"] == "Re: Your application (v2)"
    # Scanning INBOX after a draft save still works on the same connection.
    assert scan_all(connector)[0] == []
    connector.close()


class NoUidplusClient(IMAPClient):  # type: ignore[misc]
    def capabilities(self) -> tuple[bytes, ...]:
        return tuple(c for c in super().capabilities() if c not in (b"UIDPLUS", b"IDLE"))


def test_without_uidplus_the_old_draft_is_left_and_logged(
    server: Dovecot, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    connector = connect(server, user, factory=NoUidplusClient)
    first = connector.save_draft(reply())
    with caplog.at_level(logging.WARNING, logger="connectors.imap"):
        second = connector.save_draft(reply(replaces=first))
    assert len(drafts_in(server, user)) == 2  # nothing expunged
    assert f"earlier draft {first} is left" in caplog.text
    assert second != first
    connector.close()


class NoAppendUidClient(IMAPClient):  # type: ignore[misc]
    """A server that answers APPEND without [APPENDUID ...] (no UIDPLUS)."""

    def append(self, *args: Any, **kwargs: Any) -> bytes:
        super().append(*args, **kwargs)
        return b"Append completed."


def test_without_appenduid_the_draft_is_found_by_its_message_id(server: Dovecot, user: str) -> None:
    connector = connect(server, user, factory=NoAppendUidClient)
    draft_id = connector.save_draft(reply())
    (uid,) = drafts_in(server, user)
    assert draft_id.startswith("Drafts:") and draft_id.endswith(f":{uid}")
    connector.close()


def test_drafts_without_special_use_go_to_the_folder_named_drafts(server: Dovecot) -> None:
    user = server.new_user("plain", special_use=False)
    connector = connect(server, user)
    with pytest.raises(ConfigurationError, match="set drafts_folder"):
        connector.save_draft(reply())
    with server.client(user) as setup:
        folders = setup.list_folders()
        assert not any(b"\\Drafts" in flags for flags, _, _ in folders)
        setup.create_folder("Drafts")
    connector.close()
    connector = connect(server, user)  # a new connection lists the folders again
    draft_id = connector.save_draft(reply())
    assert draft_id.startswith("Drafts:")
    assert connector.describe_draft_location().startswith("Drafts folder of test")
    assert len(drafts_in(server, user)) == 1
    connector.close()


def test_a_configured_drafts_folder_that_does_not_exist_is_named(
    server: Dovecot, user: str
) -> None:
    connector = connect(server, user, drafts_folder="Entwürfe")
    with pytest.raises(ProtocolError, match=r"'Entwürfe' does not exist.*Drafts"):
        connector.save_draft(reply())
    connector.close()


# -- waiting for mail ---------------------------------------------------------------


def append_later(server: Dovecot, user: str, delay: float) -> threading.Thread:
    def deliver() -> None:
        time.sleep(delay)
        with server.client(user) as other:
            other.append("INBOX", job_mail(4242))

    thread = threading.Thread(target=deliver)
    thread.start()
    return thread


def test_wait_for_change_returns_soon_after_mail_arrives(server: Dovecot, user: str) -> None:
    connector = connect(server, user)
    scan_all(connector)
    thread = append_later(server, user, 0.5)
    started = time.monotonic()
    assert connector.wait_for_change(timeout=10) is True
    waited = time.monotonic() - started
    thread.join()
    assert waited < 3
    new, _ = scan_all(connector)
    assert [message_id_of(m) for m in new] == ["<seed-4242@test.invalid>"]
    connector.close()


def test_idle_is_renewed_and_still_sees_mail_after_a_renewal(
    server: Dovecot, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Servers drop an IDLE after 30 minutes (RFC 2177): it is ended and issued again before."""
    monkeypatch.setattr("connectors.imap.IDLE_RENEW", 0.3)
    log = CommandLog()
    connector = connect(server, user, factory=log.factory)
    scan_all(connector)
    log.commands.clear()
    thread = append_later(server, user, 1.2)  # after three or four renewals
    assert connector.wait_for_change(timeout=10) is True
    thread.join()
    assert log.commands.count("IDLE") >= 3
    assert set(log.commands) <= {"CAPABILITY", "EXAMINE", "IDLE", "NOOP"}
    connector.close()


def test_wait_for_change_gives_false_when_nothing_arrives(server: Dovecot, user: str) -> None:
    connector = connect(server, user)
    cursor = scan_all(connector)[1][-1].cursor
    assert connector.wait_for_change(timeout=0.5) is False
    assert scan_all(connector, cursor)[0] == []  # the connection is usable after IDLE
    connector.close()


def test_wait_for_change_polls_when_the_server_has_no_idle(
    server: Dovecot, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("connectors.imap.POLL_INTERVAL", 0.2)
    connector = connect(server, user, factory=NoUidplusClient)
    scan_all(connector)
    thread = append_later(server, user, 0.5)
    assert connector.wait_for_change(timeout=10) is True
    thread.join()
    connector.close()


def test_mail_that_arrived_since_the_last_scan_counts_as_a_change(
    server: Dovecot, user: str
) -> None:
    connector = connect(server, user)
    scan_all(connector)
    with server.client(user) as other:
        other.append("INBOX", job_mail(1))
    assert connector.wait_for_change(timeout=0.1) is True
    connector.close()
