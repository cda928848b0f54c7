"""Parsing mail into a ParsedMessage: encodings, charsets, HTML, broken structure, never raising.

Fixtures are .eml files written for this project (tests/fixtures/eml); byte-level
oddities that a text file cannot hold are built in the tests themselves.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.classify import message_from_fields, parse, parse_message
from tracker.classify.body import split_body
from tracker.classify.charset import decode_bytes
from tracker.classify.header_block import plain_headers
from tracker.classify.html_text import html_to_text, looks_like_html
from tracker.classify.parse import MAX_TEXT_CHARS, parse_date
from tracker.classify.types import ParsedMessage

FIXTURES = Path(__file__).parent / "fixtures" / "eml"


def fixture(name: str, *, sent_by_user: bool = False) -> ParsedMessage:
    return parse_message((FIXTURES / f"{name}.eml").read_bytes(), sent_by_user=sent_by_user)


# --- headers -----------------------------------------------------------------------


def test_rfc2047_subject_and_display_name_are_decoded() -> None:
    parsed = fixture("rfc2047_subject")
    assert parsed.subject == "Ihre Bewerbung bei Müller & Söhne – Einladung zum Gespräch"
    assert parsed.from_name == "Müller & Söhne"
    assert parsed.from_address == "karriere@mueller-soehne.example"
    assert "Vorstellungsgespräch" in parsed.text
    assert parsed.problems == ()


def test_an_encoded_comma_stays_inside_the_display_name() -> None:
    raw = (
        b"From: =?utf-8?q?Doe=2C_Jane?= <Jane.Doe@Acme.example>\r\n"
        b'To: sam@example.net, "Lee, Jordan" <jordan@example.org>\r\n'
        b"Cc: team@example.org\r\nReply-To: Talent <talent@acme.example>\r\n\r\nHi"
    )
    parsed = parse_message(raw)
    assert parsed.from_name == "Doe, Jane"
    assert parsed.from_address == "jane.doe@acme.example"
    assert parsed.to == ("sam@example.net", "jordan@example.org", "team@example.org")
    assert parsed.reply_to == "talent@acme.example"


def test_message_ids_keep_their_angle_brackets() -> None:
    raw = (
        b"Message-ID: <abc@x.example>\r\nIn-Reply-To: <prev@x.example> (comment)\r\n"
        b"References: <one@x.example>\r\n <two@x.example>\r\n\r\nBody"
    )
    parsed = parse_message(raw)
    assert parsed.message_id == "<abc@x.example>"
    assert parsed.in_reply_to == "<prev@x.example>"
    assert parsed.references == ("<one@x.example>", "<two@x.example>")


def test_selected_headers_are_kept_lower_cased_and_others_are_not() -> None:
    raw = (
        b"List-Unsubscribe: <mailto:u@x.example>\r\nPrecedence: bulk\r\nAuto-Submitted: auto-generated\r\n"
        b"X-Greenhouse-Application-Id: 12345\r\nX-Mailer: Mailer 1.0\r\nReceived: from a by b\r\n"
        b"X-Spam-Score: 3\r\n\r\nBody"
    )
    headers = parse_message(raw).headers
    assert headers["list-unsubscribe"] == "<mailto:u@x.example>"
    assert headers["precedence"] == "bulk"
    assert headers["auto-submitted"] == "auto-generated"
    assert headers["x-greenhouse-application-id"] == "12345"
    assert headers["x-mailer"] == "Mailer 1.0"
    assert "received" not in headers
    assert "x-spam-score" not in headers


def test_missing_date_and_message_id_are_none() -> None:
    parsed = fixture("missing_headers")
    assert parsed.date is None
    assert parsed.message_id is None
    assert parsed.subject == "Thank you for your application to Starling Civic"
    assert "received your application" in parsed.text


def test_dates_become_timezone_aware_utc() -> None:
    assert fixture("greenhouse_rejection").date == datetime(2024, 6, 4, 7, 30, tzinfo=UTC)
    assert parse_date("Tue, 4 Jun 2024 09:30:00 -0000") == datetime(2024, 6, 4, 9, 30, tzinfo=UTC)
    assert parse_date("2024-06-04T09:30:00+02:00") == datetime(2024, 6, 4, 7, 30, tzinfo=UTC)


def _date_as_the_stdlib_reads_it(value: str) -> datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    try:
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(["", "Mon, ", "Foo, "]),
    st.integers(0, 32),
    st.sampled_from(["Jan", "Feb", "Jun", "Nov", "Dec", "NOV", "Xyz"]),
    st.integers(0, 9999),
    st.tuples(st.integers(0, 25), st.integers(0, 61), st.integers(0, 61)),
    st.sampled_from("+-"),
    st.integers(0, 9999),
    st.sampled_from(["", " (UTC)", " (PST)"]),
)
def test_the_usual_date_form_reads_as_the_stdlib_reads_it(
    weekday: str,
    day: int,
    month: str,
    year: int,
    time: tuple[int, int, int],
    sign: str,
    zone: int,
    comment: str,
) -> None:
    """Dates in the usual form skip the stdlib's parser: the same instant, or its path."""
    value = f"{weekday}{day:02d} {month} {year:04d} {time[0]:02d}:{time[1]:02d}:{time[2]:02d} "
    value += f"{sign}{zone:04d}{comment}"
    usual = parse._usual_date(value)
    if usual is not None:
        assert usual == _date_as_the_stdlib_reads_it(value)
        assert usual.tzinfo is UTC
        assert parse_date(value) == usual


def test_common_dates_take_the_usual_path() -> None:
    for value in ("Mon, 02 Nov 2026 04:04:00 +0000", "2 Nov 2026 23:59:59 -0800 (PST)"):
        assert parse._usual_date(value) == _date_as_the_stdlib_reads_it(value)
    assert parse._usual_date("Mon, 02 Nov 0026 04:04:00 +0000") is None  # 2026 to the stdlib
    assert parse._usual_date("Mon, 31 Feb 2026 04:04:00 +0000") is None


def test_problems_of_a_remembered_address_are_noted_on_every_message() -> None:
    raw = b"From: Caf\xe9 <jobs@cafe.example>\r\nSubject: Hi\r\n\r\n"
    first, second = parse_message(raw, text="Hello"), parse_message(raw, text="Hello")
    assert first == second
    assert "8-bit bytes in a header" in second.problems
    assert second.from_address == "jobs@cafe.example"


@pytest.mark.parametrize(
    "value", ["", "   ", "yesterday-ish", "Mon, 99 Foo 2026", "99999-01-01", None]
)
def test_a_bad_date_is_none(value: str | None) -> None:
    assert parse_date(value) is None


# --- bodies ------------------------------------------------------------------------


def test_a_base64_text_part_is_decoded_and_preferred_to_html() -> None:
    parsed = fixture("base64_part")
    assert "We’re pleased to confirm we received your application" in parsed.text
    assert "HTML copy" not in parsed.text


def test_a_quoted_printable_part_is_decoded_with_soft_breaks_joined() -> None:
    parsed = fixture("quoted_printable")
    assert "we’ve decided not to move forward" in parsed.text
    assert "=\n" not in parsed.text and "=E2" not in parsed.text
    assert "needs a soft line break" not in parsed.text  # a soft break joins the line
    assert "need a soft line break in quoted-printable encoding." in parsed.text


def test_html_only_mail_becomes_text_without_script_or_style() -> None:
    parsed = fixture("html_only")
    text = parsed.text
    assert "We’ve received your application for the Site Reliability Engineer role." in text
    assert "Our team will review it & get back to you." in text
    assert "Thanks for applying!" in text  # &nbsp; is a space
    assert "decided not to move forward" not in text  # from a <script>
    assert "color" not in text and "Cobalt Finch</title" not in text
    lines = text.split("\n")
    assert "Step one" in lines and "Step two" in lines  # block elements break lines
    assert (
        "View the job <https://jobs.ashbyhq.com/cobaltfinch/5e0c7a21-8f43-4b9a-b1d2-6c3e9f0a7b54>"
        in text
    )
    assert "> Earlier note that is quoted" in lines


def test_html_conversion_keeps_br_and_pre_and_marks_gmail_quotes() -> None:
    html = (
        "<div>Line one<br>Line two</div><pre>keep   spacing\nhere</pre>"
        '<div class="gmail_quote">On Monday Jane wrote:<blockquote>old text</blockquote></div>'
        "<p>after</p>"
    )
    text = html_to_text(html)
    assert text.split("\n")[:2] == ["Line one", "Line two"]
    assert "keep   spacing\nhere" in text
    assert "> On Monday Jane wrote:" in text and "> > old text" in text
    assert text.endswith("after")


def test_looks_like_html_tells_markup_from_text() -> None:
    assert looks_like_html("<html><body><p>Hi</p></body></html>")
    assert looks_like_html("Hi<br>there")
    assert not looks_like_html("Use a < b and c > d in a sentence")
    assert not looks_like_html("Reply to <jobs@acme.example>")


def test_an_unknown_charset_falls_back_to_utf8_and_says_so() -> None:
    parsed = fixture("unknown_charset")
    assert "received your application — café team." in parsed.text
    assert parsed.problems == ("unknown charset 'x-unknown'",)


def test_a_wrong_declared_charset_falls_back_to_cp1252() -> None:
    parsed = fixture("wrong_charset")
    assert (
        "we’re sorry: we have decided not to move forward. Best wishes from the café."
        in parsed.text
    )
    assert parsed.problems == ("declared 'utf-8' but the text is not",)


def test_utf8_declared_as_latin1_is_read_as_utf8() -> None:
    text, problem = decode_bytes("Grüße from Zürich".encode(), "iso-8859-1")
    assert text == "Grüße from Zürich"
    assert problem == "declared 'iso-8859-1' but the text is UTF-8"


def test_charset_fallback_order() -> None:
    assert decode_bytes(b"caf\xc3\xa9", None) == ("café", None)
    assert decode_bytes(b"caf\xe9", "utf-8") == ("café", "declared 'utf-8' but the text is not")
    assert decode_bytes(b"\x81\x8d", "bogus")[0] == "\x81\x8d"  # latin-1 never fails
    assert decode_bytes(b"abc", "base64") == ("abc", "unknown charset 'base64'")  # not a text codec


def test_a_truncated_multipart_keeps_its_text_and_says_so() -> None:
    parsed = fixture("truncated_multipart")
    assert (
        "we have received your application for the Site Reliability Engineer role." in parsed.text
    )
    assert "truncated multipart (no closing boundary)" in parsed.problems


def test_nul_bytes_are_removed_and_noted() -> None:
    parsed = fixture("nul_bytes")
    assert parsed.subject == "Update on your application"
    assert "\x00" not in parsed.text
    assert "unfortunately we have decided not to move forward with your application." in parsed.text
    assert "NUL bytes removed" in parsed.problems


def test_a_huge_body_is_capped() -> None:
    raw = b"Subject: big\r\nContent-Type: text/plain\r\n\r\n" + b"x" * (20 * 1024 * 1024)
    parsed = parse_message(raw)
    assert len(parsed.text) == MAX_TEXT_CHARS
    assert any("MiB were read" in problem for problem in parsed.problems)


def test_text_fetched_apart_is_used_as_the_body() -> None:
    raw = b"From: Acme <jobs@acme.example>\r\nSubject: Update\r\n\r\n"
    parsed = parse_message(
        raw, text="<p>We would like to invite you<br>to an interview</p>", sent_by_user=True
    )
    assert parsed.text == "We would like to invite you\nto an interview"
    assert parsed.sent_by_user


# --- fields from JSON lines --------------------------------------------------------


def test_message_from_fields_parses_sender_date_headers_and_html() -> None:
    parsed = message_from_fields(
        subject="  Your application\n to Acme ",
        sender='"Acme via Greenhouse" <No-Reply@Greenhouse.io>',
        body="<html><body><p>Thanks for applying</p><p>We will review it</p></body></html>",
        date="Tue, 04 Jun 2024 09:30:00 +0200",
        headers={"List-Unsubscribe": "<mailto:x@y.example>", "Received": "from a"},
    )
    assert parsed.subject == "Your application to Acme"
    assert (parsed.from_name, parsed.from_address) == (
        "Acme via Greenhouse",
        "no-reply@greenhouse.io",
    )
    assert parsed.text == "Thanks for applying\n\nWe will review it"  # paragraphs stay apart
    assert parsed.date == datetime(2024, 6, 4, 7, 30, tzinfo=UTC)
    assert parsed.headers == {"list-unsubscribe": "<mailto:x@y.example>"}


def test_message_from_fields_accepts_nothing() -> None:
    parsed = message_from_fields(subject=None, sender=None, body=None)
    assert parsed == ParsedMessage()


# --- quoted replies and signatures --------------------------------------------------


def test_split_body_cuts_quotes_attribution_and_signature() -> None:
    body = split_body(
        "Thanks, see you then.\n\n> earlier line\n-- \nJane Doe\nAcme Recruiting\n"
        "\nOn Mon, 3 Jun 2024 at 10:00, Jane <jane@acme.example>\nwrote:\n> old text"
    )
    assert body.new == "Thanks, see you then."
    assert body.signature == "Jane Doe\nAcme Recruiting"
    assert body.quoted


def test_split_body_cuts_outlook_and_forwarded_blocks() -> None:
    outlook = split_body(
        "Sounds good.\n\nFrom: Jane Doe <jane@acme.example>\nSent: Monday\nTo: Sam\n\nold"
    )
    assert outlook.new == "Sounds good."
    forwarded = split_body(
        "FYI\n\n---------- Forwarded message ---------\nFrom: a\n\nWe regret to inform you"
    )
    assert forwarded.new == "FYI"
    assert forwarded.quoted


# --- never raises -------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_parse_message_never_raises_on_any_bytes(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert isinstance(parsed.text, str)
    assert "\n" not in parsed.subject


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(FIXTURES.glob("*.eml"))), st.data())
def test_parse_message_never_raises_on_damaged_fixtures(path: Path, data: st.DataObject) -> None:
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    parsed = parse_message(bytes(raw[:cut]))
    assert isinstance(parsed.problems, tuple)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_html_to_text_never_raises(html: str) -> None:
    assert isinstance(html_to_text("<div>" + html), str)


_NAME = st.lists(
    st.sampled_from(
        ["Acme", "Jane", "Doe", "J.", "O'Brien", "via", "=?utf-8?q?Caf=C3=A9?=", " ", "  ", "\t",
         '"', "(x)", ",", ";", ":", "@", "<", "[", "\\", "."]
    ),
    max_size=6,
).map("".join)  # fmt: skip
_ADDRESS = st.sampled_from(
    ["a@b.com", "No-Reply@Hire.Lever.co", "x@y", "a b@c.d", "a@b@c", "@b.com", "a@", "a.b+c@d-e.f"]
)
_ONE_ADDRESS = st.one_of(
    st.builds(lambda n, a: f"{n} <{a}>", _NAME, _ADDRESS),
    st.builds(lambda n, a: f'"{n}" <{a}>', _NAME, _ADDRESS),
    st.builds(lambda a, pad: f"{pad}{a}{pad}", _ADDRESS, st.sampled_from(["", " ", "\t"])),
    st.builds(lambda a: f"<{a}>", _ADDRESS),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ONE_ADDRESS, min_size=1, max_size=3))
def test_the_plain_address_fast_path_agrees_with_the_stdlib(values: list[str]) -> None:
    fast = parse._plain_addresses(values)
    if fast is None:
        return  # left to email.utils.getaddresses
    stdlib = email.utils.getaddresses([v.replace("\n", " ") for v in values])
    assert parse._normalized(fast) == parse._normalized(stdlib)


def test_plain_addresses_take_the_fast_path() -> None:
    assert parse._plain_addresses(["Acme via Greenhouse <no-reply@greenhouse-mail.io>"]) == [
        ("Acme via Greenhouse", "no-reply@greenhouse-mail.io")
    ]
    assert parse._plain_addresses(["a@b.com, c@d.com"]) is None  # two addresses: the stdlib


def test_a_charset_name_with_undecodable_bytes_falls_back() -> None:
    """8-bit bytes in an encoded word's charset name arrive as surrogates: no crash, a fallback."""
    text, problem = decode_bytes(b"abc", "\udc80")
    assert text == "abc" and problem
    parsed = parse_message(b"Subject: =?\x80?q?Hi?=\r\nFrom: a@b.com\r\n\r\nbody\r\n")
    assert parsed.text.strip() == "body"


_HEADER_PIECES = st.sampled_from(
    [
        "From", "Subject", "To", "X-Ats", "Received", ":", ": ", " ", "\t", "\r\n", "\n", "\r",
        "\r\n ", "\n\t", "\x0c", "\x1c", "From ", "a", "=?utf-8?q?caf=C3=A9?=", "<a@b>", ",",
        "\xe9", "Name With Space", "\r\n\r\n", "x", "0",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_HEADER_PIECES, max_size=40))
def test_a_plain_header_block_reads_as_the_stdlib_reads_it(pieces: list[str]) -> None:
    block = "".join(pieces).encode("utf-8")
    fast = plain_headers(block)
    stdlib = BytesParser(policy=policy.compat32).parsebytes(block, headersonly=True)
    if fast is not None:
        # Fast only where the stdlib finds nothing wrong, and then to the same pairs.
        assert fast == list(stdlib.raw_items())
        assert not stdlib.defects


def test_typical_header_blocks_take_the_fast_path() -> None:
    block = (
        b"Return-Path: <no-reply@greenhouse.io>\r\nReceived: from mx.example (mx [10.0.0.1])\r\n"
        b"\tby mail.example; Tue, 4 Jun 2024 09:30:00 +0200\r\nFrom: Acme via Greenhouse "
        b"<no-reply@us.greenhouse-mail.io>\r\nSubject: =?utf-8?q?Your_application_to_Acme?=\r\n\r\n"
    )
    assert plain_headers(block) == list(
        BytesParser(policy=policy.compat32).parsebytes(block, headersonly=True).raw_items()
    )
    assert plain_headers(block.replace(b"\r\n", b"\n")) is not None
    assert (
        plain_headers(b"From someone@example.com Tue Jun  4 09:30:00 2024\nSubject: x\n\n") is None
    )
    assert plain_headers(b" folded first\r\nSubject: x\r\n\r\n") is None
    assert plain_headers(b"Subject x\r\n\r\n") is None
    # A header a line, the usual block: split by str methods, to the stdlib's pairs.
    unfolded = (
        b"Date: Mon, 02 Nov 2026 04:04:00 +0000\r\nFrom: Acme <jobs@acme.example>\r\n"
        b"Subject:Re: a:b\r\nX-Empty:\r\nX-Blank: \t \r\nTo: \xc3\xa9 <a@b.c>\r\n\r\n"
    )
    for block in (unfolded, unfolded.replace(b"\r\n", b"\n"), unfolded[:-2]):
        assert plain_headers(block) == list(
            BytesParser(policy=policy.compat32).parsebytes(block, headersonly=True).raw_items()
        )
    assert plain_headers(b"Bad Name: x\r\n\r\n") is None
    assert plain_headers(b"N\xc3\xa4me: x\r\n\r\n") is None
    mixed = b"A: x\r\nB: y\nC: z\r\n\r\n"  # both kinds of line break: read line by line
    assert plain_headers(mixed) == [("A", "x"), ("B", "y"), ("C", "z")]


def test_the_fast_path_gives_the_same_parsed_message(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "We have decided not to move forward with your application."
    for raw in (
        b"From: Acme <jobs@acme.com>\r\nSubject: Your application\r\nDate: Tue, 04 Jun 2024 "
        b"09:30:00 +0200\r\nMessage-ID: <1@acme.com>\r\nList-Unsubscribe: <https://acme.com/u>\r\n\r\n",
        b"From: =?utf-8?q?Caf=C3=A9?= <cafe@example.fr>\nTo: a@b.c,\n c@d.e\nSubject: x\n\n",
    ):
        assert plain_headers(raw) is not None
        fast = parse_message(raw, text=text)
        with monkeypatch.context() as patch:
            patch.setattr(parse, "plain_headers", lambda block: None)  # the stdlib reads
            slow = parse_message(raw, text=text)
        assert fast == slow
        assert fast.from_address and fast.subject == slow.subject
