"""`nextround classify`: JSON lines or .eml files in, one JSON verdict per message out.

Other tools rely on this interface: each output object has exactly label,
confidence, company, role and reasons, in input order.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from tracker.classify import Rules, classify, message_from_fields, parse_message
from tracker.classify.types import Classification


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


def classify_record(record: Mapping[str, Any], rules: Rules | None) -> dict[str, Any]:
    """Classify one input object (subject, from, body, optional date and headers)."""
    headers = record.get("headers")
    if headers is not None and not (
        isinstance(headers, dict) and all(isinstance(v, str) for v in headers.values())
    ):
        raise ValueError("headers must be an object of strings")
    message = message_from_fields(
        subject=_text_or_none(record.get("subject"), "subject"),
        sender=_text_or_none(record.get("from"), "from"),
        body=_text_or_none(record.get("body"), "body"),
        date=_text_or_none(record.get("date"), "date"),
        headers=headers,
    )
    return verdict_record(classify(message, rules))


def classify_jsonl(
    path: str, rules: Rules | None, problems: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    """Yield a verdict per non-blank line; a bad line yields an "other" verdict naming the problem."""
    with contextlib.ExitStack() as stack:
        handle = (
            sys.stdin
            if path == "-"
            else stack.enter_context(Path(path).open(encoding="utf-8", errors="replace"))
        )
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
                yield classify_record(record, rules)
            except ValueError as error:
                reason = f"line {number}: {error}"
                if problems is not None:
                    problems.append(reason)
                yield _unreadable(reason)


def classify_eml_files(
    files: Sequence[str], rules: Rules | None, problems: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    for name in files:
        try:
            raw = Path(name).read_bytes()
        except OSError as error:
            reason = f"{name}: {error.strerror}"
            if problems is not None:
                problems.append(reason)
            yield _unreadable(reason)
            continue
        yield verdict_record(classify(parse_message(raw), rules))
