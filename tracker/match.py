"""Which application a message belongs to: thread, then job id, then company and role.

A pure function over candidates the caller loads, so it is easy to test and to
reason about. When two applications fit equally, it says so instead of guessing:
the message goes to the review queue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from tracker.store import normalize_company

MatchKind = Literal["existing", "new", "ambiguous", "unknown"]


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of an application."""

    application_id: int
    company: str
    role: str
    job_id: str | None
    active: bool
    """Still in play (not rejected, withdrawn, accepted or archived)."""
    company_aliases: tuple[str, ...] = ()
    company_keys: frozenset[str] = frozenset()
    """Filled from the name and aliases: what a message's company is compared with."""

    def __post_init__(self) -> None:
        if not self.company_keys:
            keys = {
                normalize_company(self.company),
                *(normalize_company(a) for a in self.company_aliases),
            }
            object.__setattr__(self, "company_keys", frozenset(k for k in keys if k))


@dataclass(frozen=True)
class MatchResult:
    kind: MatchKind
    application_id: int | None = None
    reason: str = ""
    candidates: tuple[int, ...] = ()


_SENIORITY = {
    "intern": 0, "junior": 1, "jr": 1, "associate": 1, "mid": 2, "senior": 3, "sr": 3,
    "staff": 4, "lead": 4, "principal": 5, "director": 6, "head": 6, "vp": 7,
}  # fmt: skip
_ROLE_NOISE = {
    "the",
    "a",
    "an",
    "role",
    "position",
    "of",
    "for",
    "job",
    "opening",
    "remote",
    "hybrid",
}


@functools.lru_cache(maxsize=4096)
def role_words(role: str) -> tuple[frozenset[str], int | None]:
    """Give a role's meaningful words and its seniority level (None when unstated).

    Cached: a scan compares every job mail with each application of its company.
    """
    words = [w for w in re.split(r"[^a-z0-9+#]+", role.lower()) if w and w not in _ROLE_NOISE]
    levels = [_SENIORITY[w] for w in words if w in _SENIORITY]
    core = frozenset(
        w
        for w in words
        if w not in _SENIORITY and not w.isdigit() and w not in {"i", "ii", "iii", "iv"}
    )
    return core, (max(levels) if levels else None)


def roles_compatible(left: str, right: str) -> bool:
    """Tell whether two role names could be the same job (unknown roles fit anything)."""
    left_words, left_level = role_words(left)
    right_words, right_level = role_words(right)
    if not left_words or not right_words:
        return True
    if left_level is not None and right_level is not None and left_level != right_level:
        return False
    overlap = len(left_words & right_words) / min(len(left_words), len(right_words))
    return overlap >= 0.6


def roles_equal(left: str, right: str) -> bool:
    left_words, left_level = role_words(left)
    right_words, right_level = role_words(right)
    return bool(left_words) and left_words == right_words and left_level == right_level


def match_message(
    *,
    company: str | None,
    role: str | None,
    job_id: str | None,
    thread_ids: Sequence[str],
    thread_index: Mapping[str, int],
    candidates: Sequence[Candidate],
    proposes_new: bool,
) -> MatchResult:
    """Give the application a message belongs to, or say it is new, ambiguous or unknown.

    `thread_ids` are the message's thread key and the Message-IDs it replies to;
    `thread_index` maps those of stored messages to their application.
    """
    for key in thread_ids:
        if key in thread_index:
            return MatchResult("existing", thread_index[key], "same thread as an earlier message")

    company_key = normalize_company(company) if company else ""
    same_company = [c for c in candidates if company_key and company_key in c.company_keys]

    if job_id:
        by_job = [c for c in candidates if c.job_id and c.job_id.lower() == job_id.lower()]
        if by_job and (not company_key or any(c in same_company for c in by_job)):
            return MatchResult("existing", by_job[0].application_id, f"same job id {job_id}")

    if not company_key:
        return MatchResult("unknown", reason="no company found in the message")

    # A different job id or a clearly different role or seniority is another application.
    fitting = [
        c
        for c in same_company
        if not (job_id and c.job_id and c.job_id.lower() != job_id.lower())
        and (not role or not c.role or roles_compatible(role, c.role))
    ]
    if role:
        exact = [c for c in fitting if c.role and roles_equal(role, c.role)]
        if len(exact) == 1:
            return MatchResult("existing", exact[0].application_id, "same company and role")
        named = [c for c in fitting if c.role]
        if len(named) == 1:
            return MatchResult("existing", named[0].application_id, "same company, similar role")
        if len(exact) > 1 or len(named) > 1:
            ids = tuple(c.application_id for c in (exact or named))
            return MatchResult(
                "ambiguous",
                reason="several applications at this company fit the role",
                candidates=ids,
            )

    active = [c for c in fitting if c.active]
    if len(active) == 1:
        return MatchResult(
            "existing", active[0].application_id, "the only open application at this company"
        )
    if len(active) > 1:
        ids = tuple(c.application_id for c in active)
        return MatchResult(
            "ambiguous", reason="several open applications at this company", candidates=ids
        )
    if proposes_new:
        return MatchResult("new", reason="no application at this company fits yet")
    if len(fitting) == 1:
        return MatchResult(
            "existing", fitting[0].application_id, "the one application at this company"
        )
    if fitting:
        ids = tuple(c.application_id for c in fitting)
        return MatchResult(
            "ambiguous", reason="only closed applications at this company fit", candidates=ids
        )
    return MatchResult("new", reason="first mail from this company")
