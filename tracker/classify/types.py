"""What goes into the classifier and what comes out of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Label = Literal["rejection", "applied", "interview", "offer", "other"]
LABELS: tuple[Label, ...] = ("rejection", "applied", "interview", "offer", "other")

Outcome = Literal["paused"]
"""An outcome kept apart from its label: a hiring freeze or a role on hold is
labelled "rejection" for outside tools but never moves an application to rejected."""


@dataclass(frozen=True)
class ParsedMessage:
    """A message reduced to what classification, matching and drafting need."""

    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    """Lower-cased address of the sender; "" when missing or unparseable."""
    to: tuple[str, ...] = ()
    reply_to: str | None = None
    date: datetime | None = None
    """Timezone-aware UTC; None when missing or unparseable."""
    message_id: str | None = None
    """With angle brackets, as in the header ("<abc@example.com>")."""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    """Selected headers, names lower-cased (list-unsubscribe, precedence, auto-submitted, ...)."""
    text: str = ""
    """Body as plain text (HTML converted), quoted replies and signatures kept."""
    sent_by_user: bool = False
    problems: tuple[str, ...] = ()
    """What parsing had to work around (bad charset, truncated part); empty when clean."""


@dataclass(frozen=True)
class Classification:
    """The classifier's verdict, with the reasons it decided."""

    label: Label
    confidence: float
    company: str | None = None
    role: str | None = None
    job_id: str | None = None
    """The ATS job or requisition id when the mail shows one."""
    outcome: Outcome | None = None
    reasons: tuple[str, ...] = ()
    named: bool = True
    """Company, role and job id were looked for; False when the scan asked to skip them
    for mail it does not keep (`classify(..., name_other_mail=False)`, undone by `named`)."""

    @property
    def is_paused(self) -> bool:
        return self.outcome == "paused"
