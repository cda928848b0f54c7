"""Applications in and out as CSV or JSON: export everything, import what is valid and report the rest."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dateutil import parser as dateparser
from sqlmodel import Session

from tracker.applications import change_status as record_status
from tracker.applications import create_application, recompute_status
from tracker.models import Application, Company, Status, as_utc
from tracker.store import find_company, list_applications

FIELDS = (
    "id", "company", "role", "status", "applied_at", "location", "source", "url", "job_id",
    "contact_name", "contact_email", "notes", "next_action_at", "archived",
)  # fmt: skip


def application_record(application: Application, company: Company) -> dict[str, Any]:
    """Give one application as a flat record (the shape of export, import and `--json`)."""
    return {
        "id": application.id,
        "company": company.name,
        "role": application.role,
        "status": str(application.status),
        "applied_at": _iso(application.applied_at),
        "location": application.location,
        "source": application.source,
        "url": application.url,
        "job_id": application.job_id or "",
        "contact_name": application.contact_name,
        "contact_email": application.contact_email,
        "notes": application.notes,
        "next_action_at": _iso(application.next_action_at),
        "archived": application.archived,
        "status_at": _iso(application.status_at),
        "last_activity_at": _iso(application.last_activity_at),
    }


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def export_applications(session: Session, *, fmt: str) -> str:
    records = [
        application_record(a, c) for a, c in list_applications(session, include_archived=True)
    ]
    records.sort(key=lambda r: r["id"])
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(record)
    return out.getvalue()


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)


def read_records(text: str, *, fmt: str) -> list[dict[str, Any]]:
    """Give the rows of a CSV or JSON export. Raises ValueError when the file is not that format."""
    if fmt == "json":
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError("a JSON import is a list of application objects")
        return [row if isinstance(row, dict) else {"__invalid__": row} for row in data]
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "company" not in reader.fieldnames:
        raise ValueError("a CSV import needs a header row with at least a 'company' column")
    return [dict(row) for row in reader]


def import_applications(
    session: Session, records: Iterable[dict[str, Any]], *, now: datetime, ghosted_after: Any
) -> ImportReport:
    """Import each valid row; a bad row is reported by number and the rest still go in."""
    report = ImportReport()
    existing = {
        (c.name.lower(), a.role.lower(), _iso(a.applied_at))
        for a, c in list_applications(session, include_archived=True)
    }
    for number, row in enumerate(records, start=1):
        try:
            values = _validate(row)
        except ValueError as error:
            report.problems.append(f"row {number}: {error}")
            continue
        key = (values["company"].lower(), values["role"].lower(), _iso(values["applied_at"]))
        if key in existing:
            report.duplicates += 1
            continue
        existing.add(key)
        with session.begin_nested():
            company = find_company(session, name=values["company"])
            application = create_application(
                session,
                company=company.name if company else values["company"],
                role=values["role"],
                applied_at=values["applied_at"] or now,
                job_id=values["job_id"] or None,
                location=values["location"],
                source=values["source"],
                url=values["url"],
                contact_name=values["contact_name"],
                contact_email=values["contact_email"],
                notes=values["notes"],
                next_action_at=values["next_action_at"],
                archived=values["archived"],
            )
            status = values["status"]
            if status is not None and status is not Status.APPLIED:
                record_status(
                    session,
                    application=application,
                    to_status=status,
                    now=values["status_at"] or values["applied_at"] or now,
                    ghosted_after=ghosted_after,
                    note="imported",
                )
            recompute_status(session, application=application, now=now, ghosted_after=ghosted_after)
        report.imported += 1
    return report


def _validate(row: dict[str, Any]) -> dict[str, Any]:
    if "__invalid__" in row:
        raise ValueError("not an object")
    unknown = set(row) - set(FIELDS) - {"status_at", "last_activity_at"}
    if unknown:
        raise ValueError(f"unknown column(s) {', '.join(sorted(unknown))}")
    company = str(row.get("company") or "").strip()
    if not company:
        raise ValueError("company is empty")
    status_text = str(row.get("status") or "").strip().lower()
    status: Status | None = None
    if status_text:
        try:
            status = Status(status_text)
        except ValueError:
            valid = ", ".join(s.value for s in Status)
            raise ValueError(f"status {status_text!r} is not one of {valid}") from None
    return {
        "company": company,
        "role": str(row.get("role") or "").strip(),
        "status": status,
        "applied_at": parse_when(row.get("applied_at"), "applied_at"),
        "status_at": parse_when(row.get("status_at"), "status_at"),
        "next_action_at": parse_when(row.get("next_action_at"), "next_action_at"),
        "location": str(row.get("location") or ""),
        "source": str(row.get("source") or ""),
        "url": str(row.get("url") or ""),
        "job_id": str(row.get("job_id") or ""),
        "contact_name": str(row.get("contact_name") or ""),
        "contact_email": str(row.get("contact_email") or ""),
        "notes": str(row.get("notes") or ""),
        "archived": _truthy(row.get("archived")),
    }


def parse_when(value: object, name: str) -> datetime | None:
    """Give a UTC datetime from an ISO date or date-time ("2026-03-01"); None when empty."""
    if value is None or value == "":
        return None
    try:
        parsed = dateparser.isoparse(str(value))
    except (ValueError, OverflowError):
        raise ValueError(f"{name} {value!r} is not a date like 2026-03-01") from None
    return as_utc(parsed)


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "0", "false", "no"):
        return False
    if text in ("1", "true", "yes"):
        return True
    raise ValueError(f"archived {value!r} is not true or false")
