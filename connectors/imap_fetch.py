"""A fast parser for the untagged FETCH responses of a scan, with imapclient's exact output.

imapclient's parse_fetch_response lexes one character at a time in Python (90 to
170 µs a message of a scan, mostly BODYSTRUCTURE), under the same GIL as storing.
This module tokenizes each line with one compiled regular expression, 3 to 4 times
faster, and builds the same values: a defaultdict(dict) of message id -> {item:
value} with ints for numbers, bytes for strings, None for NIL, tuples for lists,
BodyData for BODY/BODYSTRUCTURE and datetimes for INTERNALDATE.

It only takes what it fully understands. Anything else (a token shape imapclient
would treat oddly, unbalanced parentheses, a literal that is not the last token of
its line, ENVELOPE, ...) gives None and the caller parses the whole response with
imapclient instead, which then gives its own result or its own error.

fetch() sends a FETCH the way IMAPClient.fetch does and parses its answer here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient import imapclient as imapclient_module
from imapclient.datetime_util import parse_to_datetime
from imapclient.response_parser import parse_fetch_response
from imapclient.response_types import BodyData

FetchResponse = defaultdict[int, dict[bytes, Any]]
"""What parse_fetch_response gives: message id (UID when keyed by UID) -> item -> value."""

# imapclient's lexer: whitespace is space, tab, CR and LF; an atom is a run of bytes
# other than controls (0-31), space, ( ) % " [, where "[" opens a part that runs to
# the next "]" whatever it holds (BODY[HEADER.FIELDS (FROM)] is one atom). A quoted
# string ends at the first unescaped quote. Each match gives (inside of a quoted
# string, other token, bad byte). What imapclient would reject or split differently
# (an atom running into a quote, "%", a control byte, an unclosed "[" or quote) ends
# up in the third group, and the response is refused. Quoted strings come first:
# they are the most common token of a BODYSTRUCTURE.
_TOKEN = re.compile(
    rb"""
    [ \t\r\n]*+
    (?:
        "([^"\\]*+(?:\\.[^"\\]*+)*+)"
      | (
            [()]
          | (?=[^\x00-\x20()%"])
            [^\x00-\x20()%"\[]*+ (?:\[[^\]]*+\][^\x00-\x20()%"\[]*+)*+
            (?!["\[])
        )
      | (.)
    )
    """,
    re.VERBOSE | re.DOTALL,
)
_LITERAL_MARKER = re.compile(rb"\{([0-9]+)\}")
_ESCAPE = re.compile(rb'\\([\\"])')
_BRACE, _ZERO = b"{0"
_MAX_DEPTH = 100
"""Nesting deeper than any real BODYSTRUCTURE: refused rather than risk a RecursionError."""

Tokens = list[tuple[bytes, bytes, bytes]]


def _line_tokens(element: object) -> tuple[Tokens, bytes | None] | None:
    """Give the tokens of one element imaplib gave and its literal, or None if odd.

    imaplib gives a line that ends in a literal marker "{n}" as (line, literal); the
    marker must be the line's last token and n the literal's length. imapclient would
    give the same literal for any "{n}" on that line, or drop it if none ends the line:
    such lines are refused.
    """
    if type(element) is bytes:
        return _TOKEN.findall(element), None
    if type(element) is not tuple or len(element) != 2:
        return None
    line, literal = element
    if type(line) is not bytes or type(literal) is not bytes or not line.endswith(b"}"):
        return None
    tokens: Tokens = _TOKEN.findall(line)
    marker = _LITERAL_MARKER.fullmatch(tokens[-1][1]) if tokens else None
    if marker is None or int(marker.group(1)) != len(literal):
        return None
    tokens.pop()
    return tokens, literal


def _values(data: list[Any]) -> list[Any] | None:
    """Give the top-level values of the response lines (lists as tuples), or None if odd.

    The elements of `data` are lexed one by one, but a list may span several of them.
    This loop runs for every token of a scan: it keeps to local names and the most
    common cases first.
    """
    top: list[Any] = []
    current = top
    append = top.append
    stack: list[list[Any]] = []
    for element in data:
        lexed = _line_tokens(element)
        if lexed is None:
            return None
        tokens, literal = lexed
        for quoted, token, bad in tokens:
            if token:
                if token == b"NIL":
                    append(None)
                elif token == b"(":
                    if len(stack) >= _MAX_DEPTH:
                        return None  # imapclient's recursive parser would fail somewhere deeper
                    stack.append(current)
                    current = []
                    append = current.append
                elif token == b")":
                    if not stack:
                        return None  # imapclient would take a stray ")" as an atom
                    finished = tuple(current)
                    current = stack.pop()
                    append = current.append
                    append(finished)
                elif token.isdigit() and (token[0] != _ZERO or len(token) == 1):
                    append(int(token))  # "0123" stays bytes, as in imapclient
                elif token[0] == _BRACE:
                    return None  # a literal marker that does not end its line
                else:
                    append(token)
            elif bad:
                return None  # a byte imapclient lexes differently
            elif b"\\" in quoted:
                # As in imapclient, only \\ and \" are escapes; "\a" stays as it is.
                append(_ESCAPE.sub(rb"\1", quoted))
            else:
                append(quoted)
        if literal is not None:
            append(literal)
    if stack:
        return None
    return top


def _item_value(name: bytes, value: Any, normalise_times: bool) -> tuple[bool, Any]:
    """Give (understood?, value as imapclient types it) for one FETCH item."""
    if name == b"INTERNALDATE":
        if value is None:
            return True, None
        if type(value) is not bytes:
            return False, None
        try:
            return True, parse_to_datetime(value, normalise=normalise_times)
        except ValueError:
            return True, None  # imapclient gives None for a date it cannot read
    if name in (b"BODY", b"BODYSTRUCTURE"):
        if type(value) is not tuple or not value:
            return False, None
        try:
            return True, BodyData.create(value)
        except (TypeError, IndexError):
            return False, None
    if name == b"ENVELOPE":
        return False, None  # never asked for by the connector: leave it to imapclient
    return True, value


def parse_fetch_fast(
    data: list[Any], normalise_times: bool = True, uid_is_key: bool = True
) -> FetchResponse | None:
    """Give what imapclient's parse_fetch_response gives for `data`, or None to say "use it".

    `data` is the list imaplib gives for the untagged FETCH responses of one command.
    """
    if data == [None]:
        return defaultdict()  # what imapclient gives when there was no FETCH response
    values = _values(data)
    if values is None or len(values) % 2:
        return None
    parsed: FetchResponse = defaultdict(dict)
    for position in range(0, len(values), 2):
        seq, items = values[position], values[position + 1]
        if type(seq) is not int or type(items) is not tuple or len(items) % 2:
            return None
        message_id = seq
        message: dict[bytes, Any] = {b"SEQ": seq}
        for index in range(0, len(items), 2):
            key, value = items[index], items[index + 1]
            if type(key) is not bytes:
                return None
            name = key.upper()
            if name == b"UID":
                if type(value) is not int:
                    return None
                if uid_is_key:
                    message_id = value
                else:
                    message[name] = value
                continue
            understood, typed = _item_value(name, value, normalise_times)
            if not understood:
                return None
            message[name] = typed
        parsed[message_id].update(message)
    return parsed


def fetch(client: IMAPClient, uids: Sequence[int], items: Sequence[str]) -> dict[int, Any]:
    """Give what client.fetch(uids, items) gives, parsed by the fast path when it can be.

    Errors are imapclient's and imaplib's, as from client.fetch: the connector's
    boundary translates them.
    """
    raw = _raw_fetch(client, uids, items)
    if raw is None:
        answer: dict[int, Any] = client.fetch(list(uids), list(items))
        return answer
    normalise, uid_is_key = bool(client.normalise_times), bool(client.use_uid)
    parsed = parse_fetch_fast(raw, normalise, uid_is_key)
    if parsed is None:
        parsed = parse_fetch_response(raw, normalise, uid_is_key)
    # As IMAPClient.fetch: drop unsolicited FETCH responses about other messages.
    return {uid: parsed[uid] for uid in uids if uid in parsed}


def _raw_fetch(client: IMAPClient, uids: Sequence[int], items: Sequence[str]) -> list[Any] | None:
    """Give imaplib's untagged FETCH data for `uids`, sent as IMAPClient.fetch sends it.

    This is the one place that calls imapclient's and imaplib's private methods: it
    repeats IMAPClient.fetch (as in imapclient 3.0.1 to 4.1, both tested) up to its parse step, the
    slow part. It gives None, before sending anything, when the client does not look
    like the IMAPClient it mirrors (a subclass with its own fetch, a test double, an
    imapclient without these methods): the caller then uses client.fetch.
    """
    if not uids or getattr(type(client), "fetch", None) is not IMAPClient.fetch:
        return None
    imap: Any = getattr(client, "_imap", None)
    needed = [
        (imap, ("_command", "_command_complete", "_untagged_response")),
        (client, ("_checkok", "use_uid", "normalise_times")),
        (imapclient_module, ("join_message_ids", "seq_to_parenstr_upper")),
    ]
    if not all(hasattr(owner, name) for owner, names in needed for name in names):
        return None
    args = [
        "FETCH",
        imapclient_module.join_message_ids(list(uids)),
        imapclient_module.seq_to_parenstr_upper(list(items)),
    ]
    if client.use_uid:
        args.insert(0, "UID")
    tag = imap._command(*args)
    kind, data = imap._command_complete("FETCH", tag)
    client._checkok("fetch", kind, data)
    kind, data = imap._untagged_response(kind, data, "FETCH")
    # From here on a None would send the FETCH again: imaplib always gives a list.
    lines: list[Any] = data
    return lines
