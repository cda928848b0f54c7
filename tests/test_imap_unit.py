"""The IMAP connector's pure parts: body-part choice, decoding, drafts, cursor, settings.

No server: BODYSTRUCTURE values are parsed by imapclient's own parser from the
bytes Dovecot sends, so they have the exact shape the connector sees.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import quopri
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from imapclient.response_parser import parse_fetch_response

from connectors.base import ConfigurationError, Connector, DraftReply
from connectors.imap import check_security, is_loopback, open_imap, read_cursor, write_cursor
from connectors.imap_drafts import (
    DraftId,
    build_draft,
    one_line,
    parse_appenduid,
    pick_drafts_folder,
    some_folders,
)
from connectors.imap_parts import (
    TextPart,
    chunked,
    decode_part,
    decode_transfer,
    find_text_part,
    group_by_section,
    html_to_text,
)
from tracker.config import ImapAccount


def bodystructure(text: bytes) -> Any:
    """Give imapclient's parsed BODYSTRUCTURE for the wire form `text`."""
    response = parse_fetch_response([b"1 (UID 7 BODYSTRUCTURE " + text + b")"])
    return response[7][b"BODYSTRUCTURE"]


SINGLE_QP = (
    b'("text" "plain" ("charset" "iso-8859-1") NIL NIL "quoted-printable" 120 4 NIL NIL NIL NIL)'
)
MIXED = (
    b'((("text" "plain" ("charset" "utf-8") NIL NIL "base64" 206 3 NIL NIL NIL NIL)'
    b'("text" "html" ("charset" "utf-8") NIL NIL "quoted-printable" 32 1 NIL NIL NIL NIL)'
    b' "alternative" ("boundary" "b1") NIL NIL NIL)'
    b'("application" "pdf" NIL NIL NIL "base64" 140 NIL ("attachment" ("filename" "a.pdf")) NIL NIL)'
    b' "mixed" ("boundary" "b0") NIL NIL NIL)'
)
ATTACHED_TEXT_FIRST = (
    b'(("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 10 1 NIL ("attachment" ("filename" "cv.txt")) NIL NIL)'
    b'("text" "html" ("charset" "windows-1252") NIL NIL "8bit" 50 2 NIL ("inline" NIL) NIL NIL)'
    b' "mixed" ("boundary" "b0") NIL NIL NIL)'
)
ONLY_PDF = b'("application" "pdf" NIL NIL NIL "base64" 140 NIL NIL NIL NIL)'


def test_a_single_part_message_is_read_from_body_text() -> None:
    assert find_text_part(bodystructure(SINGLE_QP)) == TextPart(
        section="TEXT", subtype="plain", encoding="quoted-printable", charset="iso-8859-1"
    )


def test_the_plain_part_inside_alternative_inside_mixed_is_section_1_1() -> None:
    assert find_text_part(bodystructure(MIXED)) == TextPart(
        section="1.1", subtype="plain", encoding="base64", charset="utf-8"
    )


def test_an_attached_text_file_is_skipped_for_the_inline_html() -> None:
    assert find_text_part(bodystructure(ATTACHED_TEXT_FIRST)) == TextPart(
        section="2", subtype="html", encoding="8bit", charset="windows-1252"
    )


def test_a_message_without_text_has_no_text_part() -> None:
    assert find_text_part(bodystructure(ONLY_PDF)) is None
    assert find_text_part(None) is None


def test_base64_cut_mid_quantum_decodes_its_complete_start() -> None:
    encoded = base64.encodebytes("Wir bedauern, Ihnen mitteilen zu müssen".encode())
    assert decode_transfer(encoded, "base64").decode() == "Wir bedauern, Ihnen mitteilen zu müssen"
    partial = decode_transfer(encoded[:30], "base64")
    assert "Wir bedauern, Ihnen mitteilen zu müssen".encode().startswith(partial)
    assert len(partial) == 21  # 28 base64 characters before the cut (newlines aside)


def test_quoted_printable_cut_mid_escape_drops_the_partial_escape() -> None:
    encoded = quopri.encodestring("Leider müssen wir".encode())
    cut = encoded[: encoded.index(b"=") + 2]  # "=C3" cut to "=C"
    assert decode_transfer(cut, "quoted-printable") == b"Leider m"
    assert decode_transfer(encoded, "quoted-printable").decode() == "Leider müssen wir"


@given(data=st.binary(max_size=40) | st.text("AZaz09+/=\r\n =Fx-", max_size=40).map(str.encode))
@example(data=b"Leider m=C3=B=\n")
@example(data=b"Leider m=C\n")
def test_a_cut_off_part_decodes_as_the_plain_regular_expressions_would(data: bytes) -> None:
    # Cleaning base64 and a cut-off quoted-printable end skip regex passes over the
    # whole part, for speed: they must drop exactly what these patterns drop.
    cleaned = re.sub(rb"[^A-Za-z0-9+/=]", b"", data)
    padding = cleaned.find(b"=")
    if padding >= 0:
        cleaned = cleaned[: padding + (-padding % 4)]
    cleaned = cleaned[: len(cleaned) - len(cleaned) % 4]
    try:
        expected = binascii.a2b_base64(cleaned)
    except binascii.Error:
        expected = b""
    assert decode_transfer(data, "base64") == expected
    quoted = binascii.a2b_qp(re.sub(rb"=[0-9A-Fa-f]?$", b"", data))
    assert decode_transfer(data, "quoted-printable") == quoted


def test_decode_part_applies_the_charset_and_survives_unknown_ones() -> None:
    latin = TextPart("TEXT", "plain", "8bit", "iso-8859-1")
    assert decode_part("Désolé".encode("latin-1"), latin) == "Désolé"
    unknown = TextPart("TEXT", "plain", "8bit", "x-no-such-charset")
    assert decode_part("naïve".encode(), unknown) == "naïve"
    mislabelled = TextPart("TEXT", "plain", "7bit", "us-ascii")
    assert decode_part("café".encode(), mislabelled) == "café"


def test_html_becomes_visible_text() -> None:
    html = (
        "<html><head><style>p {color: red}</style><title>x</title></head><body>"
        "<p>We have decided&nbsp;not to move forward.</p><script>track()</script>"
        "<div>Best,<br>Acme &amp; Co</div></body>"
    )
    assert html_to_text(html) == "We have decided not to move forward.\n\nBest,\nAcme & Co"
    assert html_to_text("<p>cut off in the mid") == "cut off in the mid"


def test_chunks_and_sections_group_uids_for_batched_fetches() -> None:
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    plain = TextPart("1", "plain", "7bit", "utf-8")
    nested = TextPart("1.1", "plain", "base64", "utf-8")
    assert group_by_section([(1, plain), (2, nested), (3, plain)]) == {"1": [1, 3], "1.1": [2]}


# -- drafts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "is_reply", "expected"),
    [
        ("Your application", True, "Re: Your application"),
        ("Re: Your application", True, "Re: Your application"),
        ("RE: re: Re[2]: Your application", True, "Re: Your application"),
        ("AW: Ihre Bewerbung", True, "Re: Ihre Bewerbung"),
        ("Thank you", False, "Thank you"),
        ("Re: Thank you", False, "Re: Thank you"),
        ("Re: Hello\r\nBcc: x@example.com", True, "Re: Hello Bcc: x@example.com"),
    ],
)
def test_draft_subject_has_one_re_and_one_line(subject: str, is_reply: bool, expected: str) -> None:
    reply = DraftReply(
        subject=subject, body="x", to=None, in_reply_to="<p@x>" if is_reply else None
    )
    built = email.message_from_bytes(build_draft(reply).data, policy=email.policy.default)
    assert built["Subject"] == expected


def test_one_line_removes_every_line_break() -> None:
    assert one_line("a\r\nb\rc\nd") == "a b c d"


def test_build_draft_threads_the_reply_and_strips_injection() -> None:
    reply = DraftReply(
        subject="Re: Re: Your application",
        body="Thank you.\n",
        to="Alex <alex@acme.example>\r\nBcc: evil@example.com",
        in_reply_to="<parent@acme.example>",
        references=("<root@acme.example>", "<parent@acme.example>"),
        extra_headers={
            "X-Nextround-Followup": "7\nBcc: evil@example.com",
            "Bad Name": "x",
            "From": "z",
        },
    )
    built = build_draft(reply, default_from="sam@example.com")
    assert b"\r\n" in built.data and b"\n\n" not in built.data.replace(b"\r\n", b"")
    message = email.message_from_bytes(built.data, policy=email.policy.default)
    assert message["From"] == "sam@example.com"
    assert message["Subject"] == "Re: Your application"
    assert message["In-Reply-To"] == "<parent@acme.example>"
    assert message["References"] == "<root@acme.example> <parent@acme.example>"
    assert message["Message-ID"] == built.message_id and built.message_id.endswith("@example.com>")
    assert message["Bcc"] is None and message["Bad Name"] is None
    assert message.get_all("From") == ["sam@example.com"]
    assert message["X-Nextround-Followup"] == "7 Bcc: evil@example.com"
    assert message.get_content().replace("\r\n", "\n") == "Thank you.\n"


def test_build_draft_without_a_recipient_or_parent() -> None:
    built = build_draft(
        DraftReply(subject="Hello", body="x", to=None, in_reply_to=None), default_from="sam"
    )
    message = email.message_from_bytes(built.data, policy=email.policy.default)
    assert (
        message["To"] is None and message["In-Reply-To"] is None and message["References"] is None
    )
    assert message["Subject"] == "Hello"
    assert built.message_id.endswith("@nextround.invalid>")


def test_appenduid_and_draft_ids_round_trip() -> None:
    assert parse_appenduid(b"[APPENDUID 1795632597 12] Append completed.") == (1795632597, 12)
    assert parse_appenduid(b"Append completed.") is None
    assert parse_appenduid(None) is None
    draft = DraftId.parse("[Gmail]/Drafts:99:5")
    assert draft == DraftId("[Gmail]/Drafts", 99, 5) and str(draft) == "[Gmail]/Drafts:99:5"
    assert DraftId.parse("a:b:c") is None and DraftId.parse("12") is None


LISTING = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\HasNoChildren",), b"/", "Drafts"),
    ((b"\\HasNoChildren", b"\\Drafts"), b"/", "Entwürfe"),
]


def test_the_drafts_folder_is_configured_then_special_use_then_a_common_name() -> None:
    assert pick_drafts_folder(LISTING, "Mine") == "Mine"
    assert pick_drafts_folder(LISTING, None) == "Entwürfe"
    assert pick_drafts_folder(LISTING[:2], None) == "Drafts"
    assert (
        pick_drafts_folder([((), b".", "INBOX"), ((), b".", "INBOX.drafts")], None)
        == "INBOX.drafts"
    )
    assert pick_drafts_folder(LISTING[:1], None) is None
    assert some_folders(["b", "INBOX", "a"]) == "INBOX, a, b"


# -- cursor and settings ------------------------------------------------------------


def test_cursor_round_trips_and_ignores_what_is_not_ours() -> None:
    states = read_cursor({"folders": {"INBOX": {"uidvalidity": 5, "last_uid": 9}}})
    assert write_cursor(states) == {"folders": {"INBOX": {"uidvalidity": 5, "last_uid": 9}}}
    assert read_cursor(None) == {}
    assert read_cursor({"historyId": "1"}) == {}
    assert read_cursor({"folders": {"A": {"uidvalidity": "x"}, "B": 3}}) == {}


def account(**settings: Any) -> ImapAccount:
    base: dict[str, Any] = {
        "name": "work",
        "kind": "imap",
        "host": "imap.example.com",
        "username": "sam",
    }
    return ImapAccount.model_validate(base | settings)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["imap.example.com", "10.0.0.1", "localhost.example.com"])
def test_remote_hosts(host: str) -> None:
    assert not is_loopback(host)


def test_plain_needs_loopback_and_the_explicit_setting() -> None:
    with pytest.raises(ConfigurationError, match="unencrypted"):
        check_security(account(security="plain", allow_plain_loopback=True))
    with pytest.raises(ConfigurationError, match="allow_plain_loopback"):
        check_security(account(security="plain", host="127.0.0.1"))
    check_security(account(security="plain", host="127.0.0.1", allow_plain_loopback=True))
    check_security(account(security="starttls"))


def test_open_imap_refuses_a_missing_ca_file_without_connecting(tmp_path: Path) -> None:
    def no_network(*args: object, **kwargs: object) -> Any:
        raise AssertionError("must not connect")

    with pytest.raises(ConfigurationError, match="does not exist"):
        open_imap(
            account(ca_file=str(tmp_path / "nope.pem")),
            data_dir=tmp_path,
            client_factory=no_network,
        )
    connector = open_imap(account(), data_dir=tmp_path, client_factory=no_network)
    assert connector.describe_draft_location() == "Drafts folder of work (imap.example.com)"
    assert "password" not in repr(connector).lower()
    connector.close()
    connector.close()


# -- the Dovecot fixture's policy -----------------------------------------------------


def test_a_missing_dovecot_fails_under_ci_and_skips_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dovecot

    monkeypatch.setattr(dovecot, "dovecot_binary", lambda: None)
    monkeypatch.setenv(dovecot.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="dovecot is not installed"):
        dovecot.require_dovecot()
    monkeypatch.delenv(dovecot.REQUIRE_ENV)
    with pytest.raises(pytest.skip.Exception, match="apt-get install"):
        dovecot.require_dovecot()


# -- a fake Gmail-like server: what Dovecot cannot show --------------------------------


class FakeGmailClient:
    """Just enough of IMAPClient for one scan of a server with X-GM-EXT-1."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.fetched_items: list[list[str]] = []

    def capabilities(self) -> tuple[bytes, ...]:
        return (b"IMAP4REV1", b"X-GM-EXT-1", b"IDLE")

    def login(self, username: str, password: str) -> bytes:
        return b"OK"

    def list_folders(self) -> list[tuple[tuple[bytes, ...], bytes, str]]:
        return [((b"\\HasNoChildren",), b"/", "INBOX"), ((b"\\Sent",), b"/", "[Gmail]/Sent Mail")]

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]:
        assert readonly
        return {b"UIDVALIDITY": 11, b"UIDNEXT": 3, b"EXISTS": 2}

    def search(self, criteria: list[str]) -> list[int]:
        assert criteria == ["UID", "1:*"]
        return [1, 2]

    def fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        self.fetched_items.append(items)
        header = b"Subject: Your application\r\nMessage-ID: <g@x>\r\n\r\n"
        structure = bodystructure(SINGLE_QP)
        return {
            uid: {
                b"BODY[HEADER]": header,
                b"BODY[TEXT]<0>": b"caf=E9 ",
                b"BODYSTRUCTURE": structure,
                b"RFC822.SIZE": len(header) + 7,
                b"X-GM-THRID": 1780000000000000000 + uid,
            }
            for uid in uids
        }

    def logout(self) -> bytes:
        return b"BYE"


def test_gmail_thread_ids_become_thread_keys() -> None:
    fake = FakeGmailClient()
    account_settings = account(password="x", folders=["INBOX", "[Gmail]/Sent Mail"])
    connector = open_imap(
        account_settings, data_dir=Path("/nonexistent"), client_factory=lambda *a, **k: fake
    )
    messages = [m for batch in connector.scan(None) for m in batch.messages]
    assert [m.thread_key for m in messages] == [
        "1780000000000000001", "1780000000000000002", "1780000000000000001", "1780000000000000002",
    ]  # fmt: skip
    assert [m.sent_by_user for m in messages] == [False, False, True, True]
    assert messages[0].text == "café "  # quoted-printable, iso-8859-1
    assert messages[2].provider_id == "[Gmail]/Sent Mail:11:1"
    assert all("X-GM-THRID" in items for items in fake.fetched_items)
    assert isinstance(connector, Connector)
    connector.close()
