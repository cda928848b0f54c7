"""The classifier: a parsed message in, a label with confidence, company, role and reasons out.

Pure and deterministic. Cues (phrases from the data files) are found in the subject
and in the new text of the body (quoted replies, forwarded mail and signatures never
decide), voided by guards ("if you are not selected"), and weighed:

- a label is decided by its strongest cue; a strong (3) cue decides with high
  confidence, a medium (2) one with medium confidence, weak (1) ones never alone;
- between labels with equally strong cues, rejection (or paused) beats offer,
  offer beats interview, interview beats applied: a rejection padded with
  "thank you for applying" stays a rejection;
- a withdrawal acknowledgement is never a rejection;
- cues of mail that is no application event (job alerts, codes, receipts, cold
  outreach) win over job cues that are not stronger and come later;
- replies, forwards, bulk mail and mail the user sent need a strong cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.classify.body import normalize, split_body, tidy
from tracker.classify.extract import (
    Candidate,
    alias,
    best_company,
    company_candidates,
    find_job_id,
    find_role,
)
from tracker.classify.rules import CueGroup, CueLabel, CuePattern, Rules, load_rules
from tracker.classify.senders import SenderFacts, sender_facts
from tracker.classify.triggers import SEPARATORS, words
from tracker.classify.types import Classification, Label, ParsedMessage

STRONG, MEDIUM, WEAK = 3, 2, 1
_PRECEDENCE: dict[str, int] = {"rejection": 4, "offer": 3, "interview": 2, "applied": 1}
_JOB_LABELS: tuple[CueLabel, ...] = ("rejection", "paused", "offer", "interview", "applied")

_REPLY = re.compile(
    r"^\s*(?:(?:re|aw|sv|antw|ref|rif|odp|vs|r)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_FORWARD = re.compile(r"^\s*(?:(?:fwd?|fw|wg|tr|rv|doorst)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_PREFIXES = re.compile(
    r"^\s*(?:(?:re|aw|sv|antw|ref|rif|odp|vs|fwd?|fw|wg|tr|rv|doorst)\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?;] ")
_CONDITIONAL = re.compile(
    r"\b(?:if|should (?:you|your|we|the)|in case|in the event|unless|whether|only when)\b"
)
_FORWARD_CONDITIONAL = re.compile(r"\b(?:if|should (?:you|your|we)|unless|provided that|once we)\b")
_NEGATION = re.compile(
    r"\b(?:not|no|never|unable|cannot|can't|won't|wouldn't|couldn't|isn't|aren't|don't|didn't|nor|without)\b"
)
_NOT_A_NEGATION = re.compile(
    r"\b(?:don't|do not|please do not|never) hesitate\b|\bno later than\b|\bnot only\b"
)
_HEDGE = re.compile(
    r"\b(?:we|i|they|team|you) (?:can|may|might|could)\b|\bmay be able\b|\bpossibly\b|\bperhaps\b"
)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
_WINDOW = 140
_NEGATION_WINDOW = 45


@dataclass(frozen=True)
class Hit:
    """One cue found in one place."""

    label: CueLabel
    kind: str
    weight: int
    where: str
    phrase: str
    position: int
    """Where it starts; subject hits come before every body hit."""


@dataclass(frozen=True)
class _Evidence:
    hits: tuple[Hit, ...]
    voided: tuple[str, ...]


def classify(message: ParsedMessage, rules: Rules | None = None) -> Classification:
    """Give the label, confidence, company, role, job id and reasons for one message."""
    rules = rules if rules is not None else load_rules()
    sender = sender_facts(message.from_name, message.from_address, rules)
    body = split_body(message.text)
    subject = _PREFIXES.sub("", message.subject)
    is_reply = bool(_REPLY.match(message.subject))
    is_forward = bool(_FORWARD.match(message.subject))
    body_text = tidy(body.new)
    evidence = _find_cues(normalize(subject), _normalize_body(body.new), rules)

    reasons: list[str] = []
    if sender.relay is not None:
        reasons.append(f"sender is an ATS relay: {sender.relay_domain}")
    ignored = _ignored(sender.address, rules)
    if ignored:
        return _with_extraction(
            Classification(
                label="other",
                confidence=0.95,
                reasons=(f"sender is ignored by your config: {ignored}",),
            ),
            message,
            subject,
            body_text,
            body.signature,
            sender,
            rules,
        )
    label, confidence, outcome, decided = _decide(evidence, message, is_reply, is_forward, sender)
    reasons.extend(decided)
    if body.quoted:
        reasons.append("quoted or forwarded text ignored")
    reasons.extend(evidence.voided[:3])
    verdict = Classification(
        label=label, confidence=round(confidence, 2), outcome=outcome, reasons=tuple(reasons)
    )
    return _with_extraction(verdict, message, subject, body_text, body.signature, sender, rules)


def _normalize_body(text: str) -> str:
    # A paragraph break ends a sentence even without a full stop ("Hi Sam,\n\nWe ..."),
    # so guards never look across it.
    return normalize(text.replace("\r", "").replace("\n\n", "\n . \n"))


def _find_cues(subject: str, body: str, rules: Rules) -> _Evidence:
    hits: list[Hit] = []
    voided: list[str] = []
    index = rules.index
    for where, text, offset in (("subject", subject, -1000), ("body", body, 0)):
        if not text:
            continue
        for position in index.candidates(words(text), text.isascii()):
            group, cue = index.cues[position]
            if group.where == "both" or group.where == where:
                _scan(group, cue, text, where, offset, hits, voided)
    return _Evidence(tuple(hits), tuple(voided))


def _scan(
    group: CueGroup, cue: CuePattern, text: str, where: str, offset: int, hits: list[Hit], voided: list[str]
) -> None:
    """Add the first match of `cue` in `text` that starts a word and that no guard voids."""
    for match in cue.regex.finditer(text):
        start = match.start()
        if cue.word_start and start and text[start - 1] not in SEPARATORS:
            continue
        phrase = match.group(0).strip()
        guard = _guarded(group, text, start, match.end())
        weight = group.weight
        if guard == "hedge" and weight > WEAK:
            weight = WEAK
        elif guard is not None:
            if group.weight >= MEDIUM:
                voided.append(f"ignored {group.kind} cue '{phrase}' ({guard})")
            continue
        hits.append(Hit(group.label, group.kind, weight, where, phrase, offset + start))
        return


def _guarded(group: CueGroup, text: str, start: int, end: int) -> str | None:
    """Give the guard that voids a match ("conditional", "negation", "hedge"), None if none does."""
    if not group.guards:
        return None
    window = text[max(0, start - _WINDOW) : start]
    boundaries = list(_SENTENCE_END.finditer(window))
    if boundaries:
        window = window[boundaries[-1].end() :]
    if "conditional" in group.guards:
        if _CONDITIONAL.search(window):
            return "conditional"
        if group.label == "interview":
            after = text[end : end + _WINDOW]
            stop = _SENTENCE_END.search(after)
            if _FORWARD_CONDITIONAL.search(after[: stop.start()] if stop else after):
                return "conditional"
    if "negation" in group.guards:
        near = window[-_NEGATION_WINDOW:]
        but = near.rfind(" but ")
        if but >= 0:
            near = near[but:]
        near = _NOT_A_NEGATION.sub(" ", near)
        if _NEGATION.search(near):
            return "negation"
    if "hedge" in group.guards and _HEDGE.search(window[-40:]):
        return "hedge"
    return None


def _strength(hits: list[Hit]) -> int:
    """Give a label's strength: its strongest cue, two medium cues count as strong, two weak as medium."""
    if not hits:
        return 0
    strongest = max(h.weight for h in hits)
    medium = {h.phrase for h in hits if h.weight >= MEDIUM}
    weak = {h.phrase for h in hits if h.weight == WEAK}
    if strongest < STRONG and len(medium) >= 2:
        return STRONG
    if strongest < MEDIUM and len(weak) >= 2:
        return MEDIUM
    return strongest


def _decide(
    evidence: _Evidence,
    message: ParsedMessage,
    is_reply: bool,
    is_forward: bool,
    sender: SenderFacts,
) -> tuple[Label, float, str | None, list[str]]:
    """Give label, confidence, outcome and the reasons that decided them."""
    by_label: dict[str, list[Hit]] = {}
    for hit in evidence.hits:
        by_label.setdefault(hit.label, []).append(hit)
    strength = {label: _strength(by_label.get(label, [])) for label in (*_JOB_LABELS, "withdrawal")}

    withdrawal = by_label.get("withdrawal", [])
    if strength["withdrawal"] >= STRONG:
        return (
            "other",
            0.85,
            None,
            [
                f"withdrawal acknowledgement in {withdrawal[0].where}: '{withdrawal[0].phrase}' (not a rejection)"
            ],
        )

    # Paused is a kind of rejection: it takes the rejection's place when at least as strong.
    paused = strength["paused"] >= MEDIUM and strength["paused"] >= strength["rejection"]
    job = {
        "rejection": max(strength["rejection"], strength["paused"]),
        "offer": strength["offer"],
        "interview": strength["interview"],
        "applied": strength["applied"],
    }
    best = max(job, key=lambda label: (job[label], _PRECEDENCE[label]))
    best_strength = job[best]
    decisive = [
        h
        for h in by_label.get(best, [])
        + (by_label.get("paused", []) if best == "rejection" else [])
    ]
    decisive.sort(key=lambda h: (-h.weight, h.position))

    others = sorted(by_label.get("other", []), key=lambda h: (-h.weight, h.position))
    other_strength = others[0].weight if others else 0
    gates = _gates(message, is_reply, is_forward)
    reasons: list[str] = []

    if best_strength < MEDIUM:
        return _other(others, best_strength, decisive, reasons)
    if gates and best_strength < STRONG:
        reasons.append(f"{' and '.join(gates)}: a {best} cue must be strong to count")
        return _other(others, best_strength, decisive, reasons, base=0.6)
    if others and (
        other_strength > best_strength
        or (
            other_strength == best_strength
            and others[0].position < min(h.position for h in decisive)
        )
    ):
        reasons.append(f"{best} cue '{decisive[0].phrase}' outweighed")
        return _other(others, best_strength, decisive, reasons)

    label: Label = best  # type: ignore[assignment]
    outcome = "paused" if best == "rejection" and paused else None
    for hit in decisive[:2]:
        kind = "paused" if hit.label == "paused" else hit.label
        reasons.append(f"{kind} cue in {hit.where}: '{hit.phrase}'")
    confidence = _confidence(best, best_strength, decisive, job, gates, sender)
    if outcome:
        reasons.append(
            "outcome paused: a hiring freeze or a role on hold is not a rejection of you"
        )
    if message.sent_by_user:
        confidence = min(confidence, 0.7)
        reasons.append("you sent this mail: left for review")
    return label, confidence, outcome, reasons


def _confidence(
    best: str,
    best_strength: int,
    decisive: list[Hit],
    job: dict[str, int],
    gates: list[str],
    sender: SenderFacts,
) -> float:
    in_subject = any(h.where == "subject" for h in decisive)
    in_body = any(h.where == "body" for h in decisive)
    distinct = len({h.phrase for h in decisive if h.weight >= MEDIUM})
    rivals = [s for label, s in job.items() if label != best]
    rival = max(rivals, default=0)
    job_sender = sender.relay is not None or sender.company is not None
    if best_strength >= STRONG:
        confidence = 0.84
        if in_subject and in_body:
            confidence += 0.06
        confidence += min(0.06, 0.03 * (distinct - 1))
        cap = 0.97
    else:
        confidence = 0.66
        if in_subject and in_body:
            confidence += 0.05
        confidence += min(0.04, 0.02 * (distinct - 1))
        cap = 0.78
    if job_sender:
        confidence += 0.02
    if rival >= STRONG:
        confidence -= 0.12
    elif rival >= MEDIUM:
        confidence -= 0.05
    if gates:
        confidence -= 0.1
    return max(0.5, min(cap, confidence))


def _other(
    others: list[Hit],
    best_strength: int,
    decisive: list[Hit],
    reasons: list[str],
    base: float = 0.55,
) -> tuple[Label, float, str | None, list[str]]:
    if others:
        top = others[0]
        reasons.append(f"{top.kind} cue in {top.where}: '{top.phrase}'")
        return "other", min(0.92, 0.6 + 0.1 * top.weight), None, reasons
    if decisive:
        reasons.append(f"only a weak {decisive[0].label} cue: '{decisive[0].phrase}'")
        return "other", 0.5 if best_strength else base, None, reasons
    reasons.append("no application cue")
    return "other", base, None, reasons


def _gates(message: ParsedMessage, is_reply: bool, is_forward: bool) -> list[str]:
    """Give why this mail needs a strong cue: sent by the user, a reply or forward, bulk mail."""
    gates = []
    if message.sent_by_user:
        gates.append("sent by you")
    if is_reply:
        gates.append("a reply")
    if is_forward:
        gates.append("a forward")
    headers = message.headers
    if "list-unsubscribe" in headers or "list-id" in headers:
        gates.append("bulk mail (List-Unsubscribe)")
    elif headers.get("precedence", "").strip().lower() in _BULK_PRECEDENCE:
        gates.append("bulk mail (Precedence)")
    return gates


def _ignored(address: str, rules: Rules) -> str | None:
    if not address or not rules.ignore_senders:
        return None
    domain = address.rpartition("@")[2]
    for entry in rules.ignore_senders:
        if entry.startswith("@"):
            own = entry[1:]
            if domain == own or domain.endswith("." + own):
                return entry
        elif address == entry:
            return entry
    return None


def _with_extraction(
    verdict: Classification,
    message: ParsedMessage,
    subject: str,
    body_text: str,
    signature: str,
    sender: SenderFacts,
    rules: Rules,
) -> Classification:
    """Give the verdict with company, role and job id filled in."""
    subject = tidy(subject)
    candidates = list(company_candidates(subject, body_text, tidy(signature)))
    if sender.company:
        score = {"display name": 5.0, "ats tenant": 3.0, "domain": 1.5}.get(
            sender.company_source, 1.0
        )
        candidates.append(Candidate(sender.company, score, sender.company_source))
    company, source = best_company(candidates, rules)
    reasons = list(verdict.reasons)
    if company:
        company = alias(company, rules)
        reasons.append(f"company from {source}: {company}")
    role = find_role(subject, body_text)
    job_id = find_job_id(f"{subject}\n{body_text}", rules)
    return Classification(
        label=verdict.label,
        confidence=verdict.confidence,
        company=company,
        role=role,
        job_id=job_id,
        outcome=verdict.outcome,
        reasons=tuple(reasons),
    )
