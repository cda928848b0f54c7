"""Small job mails written for the tests, and Maildirs to put them in."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def job_mail(
    kind: str,
    company: str = "Acme",
    role: str = "Data Engineer",
    *,
    key: str,
    days_ago: int = 1,
    sender: str | None = None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    now: datetime = NOW,
) -> bytes:
    """Give an RFC 5322 message of the given kind: applied, interview, rejection, offer, hold, other."""
    subjects = {
        "applied": f"Thank you for applying to {company}",
        "interview": f"Interview invitation: {role} at {company}",
        "rejection": f"Your application to {company}",
        "offer": f"Offer letter: {role} at {company}",
        "other": "Your weekly job alert: 25 new jobs",
        "hold": f"Update on the {role} role at {company}",
    }
    bodies = {
        "applied": (
            f"Hi Sam,\n\nThank you for applying for the {role} position at {company}. "
            "We have received your application and our team will review it carefully. "
            "If your experience matches our needs, we will be in touch.\n\n"
            f"Best,\nThe {company} Recruiting Team"
        ),
        "interview": (
            f"Hi Sam,\n\nThanks for your interest in the {role} role at {company}. We would like to invite you "
            "to a 45-minute video interview with the hiring manager. Please use the link below to schedule "
            f"a time that works for you: https://calendly.com/{company.lower()}/interview\n\nBest,\n{company} Recruiting"
        ),
        "rejection": (
            f"Hi Sam,\n\nThank you for your interest in the {role} position at {company} and for the time "
            "you invested in the process. After careful consideration, we have decided not to move forward "
            "with your application at this time.\n\nWe wish you the best in your search.\n\n"
            f"The {company} Talent Team"
        ),
        "offer": (
            f"Dear Sam,\n\nWe are delighted to offer you the position of {role} at {company}. "
            "Please find your offer letter attached; we would love to hear back by Friday.\n\n"
            f"Warm regards,\n{company} People Team"
        ),
        "hold": (
            f"Hi Sam,\n\nI wanted to let you know that the {role} position has been temporarily placed "
            "on hold while we finalize next year's budget. You were progressing well, and I'd like to "
            "keep you in mind once it is reactivated. I'll reach out as soon as there's an update.\n\n"
            f"Thanks for your patience,\n{company} Recruiting"
        ),
        "other": (
            "New jobs matching your search: Data Engineer at Initech, Analyst at Globex. "
            "Apply now! Manage your alerts or unsubscribe here."
        ),
    }
    message = EmailMessage()
    domain = company.lower().replace(" ", "") + ".com"
    message["From"] = sender or (
        f"{company} Recruiting <jobs@{domain}>"
        if kind != "other"
        else "Job Alerts <alerts@jobboard.example>"
    )
    message["To"] = "Sam Doe <sam.doe@example.net>"
    message["Subject"] = subjects[kind]
    message["Date"] = format_datetime(now - timedelta(days=days_ago))
    message["Message-ID"] = f"<{key}@test.nextround.invalid>"
    if reply_to:
        message["Reply-To"] = reply_to
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    if kind == "other":
        message["List-Unsubscribe"] = "<https://jobboard.example/unsubscribe>"
    message.set_content(bodies[kind])
    return message.as_bytes()


def make_maildir(path: Path) -> mailbox.Maildir:
    box = mailbox.Maildir(path, create=True)
    box.add_folder("Drafts")
    return box


def deliver(box: mailbox.Maildir, raw: bytes) -> str:
    return box.add(mailbox.MaildirMessage(raw))
