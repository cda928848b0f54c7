"""`nextround classify`: JSON lines or .eml files in, one JSON verdict per message out.

Other tools rely on this interface: each output object has exactly label,
confidence, company, role and reasons, in input order.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from tracker.classify import (
    Classification,
    ParsedMessage,
    Rules,
    classify_all,
    load_rules,
    message_from_fields,
    parse_message,
)


class InputProblem(Exception):
    """Some input lines or files could not be read; their outputs say why."""


def verdict_record(verdict: Classification) -> dict[str, Any]:
    return {
        "label": verdict.label,
        "confidence": round(float(verdict.confidence), 3),
        "company": verdict.company,
        "role": verdict.role,
        "reasons": list(verdict.reasons),
    }


def _unreadable(reason: str) -> dict[str, Any]:
    return {"label": "other", "confidence": 0.0, "company": None, "role": None, "reasons": [reason]}


def _text_or_none(value: object, key: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"{key} must be a string or null")


def message_of(record: Mapping[str, Any]) -> ParsedMessage:
    """Give the message of one input object (subject, from, body, optional date and
    headers); ValueError when a key holds what it cannot."""
    headers = record.get("headers")
    if headers is not None and not (
        isinstance(headers, dict) and all(isinstance(v, str) for v in headers.values())
    ):
        raise ValueError("headers must be an object of strings")
    return message_from_fields(
        subject=_text_or_none(record.get("subject"), "subject"),
        sender=_text_or_none(record.get("from"), "from"),
        body=_text_or_none(record.get("body"), "body"),
        date=_text_or_none(record.get("date"), "date"),
        headers=headers,
    )


FILE_BATCH = 64
"""Messages of a file classified together (faster: see `classify_all`). From stdin each
line is answered before the next is read, for a script that writes one and waits."""


def classify_jsonl(
    path: str, rules: Rules | None, problems: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    """Yield a verdict per non-blank line; a bad line yields an "other" verdict naming the problem."""
    with contextlib.ExitStack() as stack:
        if path == "-":
            handle, batch = sys.stdin, 1
        else:
            handle = stack.enter_context(Path(path).open(encoding="utf-8", errors="replace"))
            batch = FILE_BATCH
        yield from _classified(_jsonl_messages(handle, problems), rules, batch)


def _jsonl_messages(
    lines: Iterable[str], problems: list[str] | None
) -> Iterator[ParsedMessage | str]:
    """Give each non-blank line's message, or what is wrong with the line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            yield message_of(record)
        except ValueError as error:
            reason = f"line {number}: {error}"
            if problems is not None:
                problems.append(reason)
            yield reason


def classify_eml_files(
    files: Sequence[str], rules: Rules | None, problems: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    yield from _classified(_eml_messages(files, problems), rules, FILE_BATCH)


def _eml_messages(
    files: Sequence[str], problems: list[str] | None
) -> Iterator[ParsedMessage | str]:
    for name in files:
        try:
            raw = Path(name).read_bytes()
        except OSError as error:
            reason = f"{name}: {error.strerror}"
            if problems is not None:
                problems.append(reason)
            yield reason
            continue
        yield parse_message(raw)


def _classified(
    messages: Iterable[ParsedMessage | str], rules: Rules | None, batch: int
) -> Iterator[dict[str, Any]]:
    """Yield the verdict of each message, in order, and for each problem (a str) an
    "other" verdict naming it; `batch` messages are classified at a time."""
    rules = rules if rules is not None else load_rules()
    items = iter(messages)
    while chunk := list(islice(items, batch)):
        verdicts = iter(classify_all([m for m in chunk if not isinstance(m, str)], rules))
        for item in chunk:
            yield _unreadable(item) if isinstance(item, str) else verdict_record(next(verdicts))
