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
- a paused role (hiring freeze, role on hold) is a rejection with outcome paused,
  unless the pause keeps you in play (temporary wording, no release or closure
  cue): then it is "other" with outcome paused, the role left open;
- cues of mail that is no application event (job alerts, codes, receipts, cold
  outreach) win over job cues that are not stronger, unless those come first;
- replies, forwards, bulk mail and mail the user sent need a strong cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tracker.classify.anchors import Anchors
from tracker.classify.body import Body, normalize, split_body, tidy
from tracker.classify.cues import Hit, find_in
from tracker.classify.extract import (
    MAX_EXTRACT_CHARS,
    Candidate,
    alias,
    best_company,
    company_candidates,
    find_anchors,
    find_job_id,
    find_role,
)
from tracker.classify.index import CueIndex
from tracker.classify.rules import Rules, load_rules
from tracker.classify.senders import SenderFacts, sender_facts
from tracker.classify.triggers import words_in
from tracker.classify.types import Classification, Label, Outcome, ParsedMessage

STRONG, MEDIUM, WEAK = 3, 2, 1
_JOB_LABELS: tuple[Label, ...] = ("rejection", "offer", "interview", "applied")
"""In order of precedence: the first beats the others when equally strong."""
_SUBJECT_OFFSET = -10_000
"""Positions of subject hits: before every body hit."""

_REPLY = re.compile(
    r"^\s*(?:(?:re|aw|sv|antw|ref|rif|odp|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)
_FORWARD = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_PREFIXES = re.compile(
    r"^\s*(?:(?:re|aw|sv|antw|ref|rif|odp|vs|fwd?|fw|wg|tr|rv|doorst)\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


@dataclass(frozen=True, slots=True)
class _Texts:
    """A message's texts, prepared once for cues (extraction prepares the rest: `_Named`)."""

    subject: str
    """Without Re:/Fwd: prefixes, quotes and dashes made plain."""
    subject_norm: str
    new: str
    """What the sender wrote now, as split_body gives it."""
    body_norm: str
    raw_signature: str
    subject_words: frozenset[str]
    """Words of the subject that the rules look for; so is the one below."""
    body_words: frozenset[str]
    body_cues: int | None
    """The body's cue patterns that may match, as bits, when a native pass found them;
    then `body_words` holds only the words extraction checks."""
    quoted: bool
    is_reply: bool
    is_forward: bool


@dataclass(frozen=True, slots=True)
class _Named:
    """What company, role and job id extraction reads besides the subject."""

    body: str
    """What the sender wrote now, quotes and dashes made plain."""
    signature: str
    all_words: frozenset[str]
    """Words the rules look for in the subject, the body and the signature."""
    head: str
    """The body's start, where company and role are looked for."""
    flat: str
    """The same, its line breaks made spaces."""


def classify(
    message: ParsedMessage, rules: Rules | None = None, *, name_other_mail: bool = True
) -> Classification:
    """Give the label, confidence, company, role, job id and reasons for one message.

    With `name_other_mail` False, mail labelled "other" without the paused outcome
    (mail a scan does not keep, unless its thread is known) is not named: its verdict
    has `named` False and no company, role or job id; `named` adds them later.
    """
    return classify_all((message,), rules, name_other_mail=name_other_mail)[0]


def classify_all(
    messages: Sequence[ParsedMessage], rules: Rules | None = None, *, name_other_mail: bool = True
) -> list[Classification]:
    """Give the verdicts of `messages`, each as `classify` gives it, in their order.

    Faster than one by one (a third, in bench/classify_speed.py): each stage (the native
    pass, finding cues, deciding, each step of naming) runs over all of them in a row,
    while what it reads (Hyperscan's tables, the patterns, its code) stays in the core's
    caches; one message at a time, the other stages evict it in between.
    """
    rules = rules if rules is not None else load_rules()
    if len(messages) > _CHUNK:
        return [
            verdict
            for start in range(0, len(messages), _CHUNK)
            for verdict in _classify_chunk(messages[start : start + _CHUNK], rules, name_other_mail)
        ]
    return _classify_chunk(messages, rules, name_other_mail)


_CHUNK = 64
"""Messages classified stage by stage at most: more would fill the caches with their texts."""


def _classify_chunk(
    messages: Sequence[ParsedMessage], rules: Rules, name_other_mail: bool
) -> list[Classification]:
    senders = [_sender(message, rules) for message in messages]
    prepared = _prepare_all(messages, rules.index)
    ignored = [_ignored(message.from_address, rules) for message in messages]
    cues = [
        None if ignoring else _find_cues(texts, rules)
        for texts, ignoring in zip(prepared, ignored, strict=True)
    ]
    decided = [
        _label(*each, rules, name_other_mail)
        for each in zip(messages, prepared, senders, ignored, cues, strict=True)
    ]
    waiting = [(i, verdict) for i, verdict in enumerate(decided) if isinstance(verdict, _Unnamed)]
    named_now = iter(
        _name_all(
            [verdict for _, verdict in waiting],
            [prepared[i] for i, _ in waiting],
            [senders[i] for i, _ in waiting],
            rules,
        )
    )
    return [
        verdict if isinstance(verdict, Classification) else next(named_now) for verdict in decided
    ]


@dataclass(frozen=True, slots=True)
class _Unnamed:
    """A verdict decided, its company, role and job id still to be looked for."""

    label: Label
    confidence: float
    outcome: Outcome | None
    reasons: tuple[str, ...]


def _label(
    message: ParsedMessage,
    texts: _Texts,
    sender: SenderFacts,
    ignored: str | None,
    cues: tuple[list[Hit], list[str]] | None,
    rules: Rules,
    name_other_mail: bool,
) -> Classification | _Unnamed:
    """Give the verdict of a message from its cues (None for an ignored sender), to be
    named unless it is final without a name."""
    reasons: list[str] = []
    if sender.relay is not None:
        reasons.append(f"sender is an ATS relay: {sender.relay_domain}")
    if cues is None:
        reasons.append(f"sender is ignored by your config: {ignored}")
        if not name_other_mail:
            return Classification("other", 0.95, reasons=tuple(reasons), named=False)
        return _Unnamed("other", 0.95, None, tuple(reasons))
    hits, voided = cues
    label, confidence, paused, decided = _decide(hits, message, texts, sender)
    reasons.extend(decided)
    if texts.quoted:
        reasons.append("quoted or forwarded text ignored")
    reasons.extend(voided[:3])
    outcome: Outcome | None = "paused" if paused else None
    if not name_other_mail and label == "other" and outcome is None:
        return Classification(label, round(confidence, 2), reasons=tuple(reasons), named=False)
    return _Unnamed(label, round(confidence, 2), outcome, tuple(reasons))


def _name_all(
    unnamed: list[_Unnamed],
    prepared: list[_Texts],
    senders: list[SenderFacts],
    rules: Rules,
    *,
    native: bool = True,
) -> list[Classification]:
    """Give the verdicts with company, role and job id filled in, each step for all of
    them in a row (with `native`, naming's searches start where its native pass finds
    them: see `anchors`)."""
    vocabulary = rules.index.vocabulary
    extras = [_prepare_naming(texts, vocabulary) for texts in prepared]
    found = [find_anchors(extra.flat) if native else None for extra in extras]
    companies = [
        _company(texts, sender, rules, extra, anchors)
        for texts, sender, extra, anchors in zip(prepared, senders, extras, found, strict=True)
    ]
    roles = [
        find_role(texts.subject, extra.head, extra.flat, extra.all_words, anchors)
        for texts, extra, anchors in zip(prepared, extras, found, strict=True)
    ]
    job_ids = [
        find_job_id(f"{texts.subject}\n{extra.body}", extra.all_words, rules)
        for texts, extra in zip(prepared, extras, strict=True)
    ]
    return [
        Classification(
            label=verdict.label,
            confidence=verdict.confidence,
            company=company,
            role=role,
            job_id=job_id,
            outcome=verdict.outcome,
            # The company's reason comes last, after those that decided the label.
            reasons=(*verdict.reasons, *reason),
        )
        for verdict, (company, reason), role, job_id in zip(
            unnamed, companies, roles, job_ids, strict=True
        )
    ]


def named(
    verdict: Classification, message: ParsedMessage, rules: Rules | None = None
) -> Classification:
    """Give the verdict with company, role and job id looked for, as `classify` would have.

    A no-op for a named verdict. `message` and `rules` must be those it was classified
    with; its label, confidence, outcome and reasons are kept (a sender rule may have
    changed them), and the company's reason comes last, as in `classify`.
    """
    if verdict.named:
        return verdict
    rules = rules if rules is not None else load_rules()
    unnamed = _Unnamed(verdict.label, verdict.confidence, verdict.outcome, verdict.reasons)
    # Naming needs the words, not the cue patterns: the Python path finds them. So a
    # scan's own process, which names the mail its workers read, never loads the
    # native engines (megabytes of memory) for the few messages it keeps.
    texts = _prepare_all((message,), rules.index, native=False)
    return _name_all([unnamed], texts, [_sender(message, rules)], rules, native=False)[0]


def _sender(message: ParsedMessage, rules: Rules) -> SenderFacts:
    """Give what the sender's name and address say (relay, company), remembered per sender."""
    if message.sent_by_user and message.to:
        # In mail the user sent, the employer is the recipient.
        name, address = "", message.to[0]
    else:
        name, address = message.from_name, message.from_address
    return rules.remembered(
        (sender_facts, name, address), lambda: sender_facts(name, address, rules)
    )


def _prepare_all(
    messages: Sequence[ParsedMessage], index: CueIndex, *, native: bool = True
) -> list[_Texts]:
    """Give the messages' texts prepared for cues; the native pass reads them in a row."""
    vocabulary = index.vocabulary
    bodies = [split_body(message.text) for message in messages]
    # A paragraph break ends a sentence even without a full stop ("Hi Sam,\n\nWe ..."),
    # so guards never look across one. (split_body leaves no "\r".)
    norms = [normalize(body.new.replace("\n\n", " . ")) for body in bodies]
    engine = index.body.native if native else None
    scan = engine.scan if engine is not None else None
    found = [scan(norm) if scan is not None and norm else None for norm in norms]
    return [
        _texts(message.subject, body, norm, native_found, vocabulary)
        for message, body, norm, native_found in zip(messages, bodies, norms, found, strict=True)
    ]


def _texts(
    subject: str,
    body: Body,
    body_norm: str,
    found: tuple[int, frozenset[str]] | None,
    vocabulary: frozenset[str],
) -> _Texts:
    prepared_subject, subject_norm, subject_words, is_reply, is_forward = _prepare_subject(
        subject, vocabulary
    )
    if found is None:
        body_cues = None
        body_words = words_in(body_norm, vocabulary)
    else:
        body_cues, body_words = found
    return _Texts(
        subject=prepared_subject,
        subject_norm=subject_norm,
        new=body.new,
        body_norm=body_norm,
        raw_signature=body.signature,
        subject_words=subject_words,
        body_words=body_words,
        body_cues=body_cues,
        quoted=body.quoted,
        is_reply=is_reply,
        is_forward=is_forward,
    )


def _prepare_naming(texts: _Texts, vocabulary: frozenset[str]) -> _Named:
    """Give the texts extraction reads: only mail that is named needs them."""
    signature = tidy(texts.raw_signature)
    all_words = texts.subject_words | texts.body_words
    if signature:
        all_words |= _signature_words(signature, vocabulary)
    body = tidy(texts.new)
    head = body[:MAX_EXTRACT_CHARS]
    return _Named(
        body=body,
        signature=signature,
        all_words=all_words,
        head=head,
        flat=head.replace("\n", " "),
    )


@lru_cache(maxsize=1024)
def _prepare_subject(
    subject: str, vocabulary: frozenset[str]
) -> tuple[str, str, frozenset[str], bool, bool]:
    """Give a subject prepared as `_Texts` holds it: tidied, normalized, its words, and
    whether it is a reply or a forward. Subjects recur (one per ATS template and company)."""
    tidied = tidy(_PREFIXES.sub("", subject))
    normalized = normalize(tidied)
    return (
        tidied,
        normalized,
        words_in(normalized, vocabulary),
        bool(_REPLY.match(subject)),
        bool(_FORWARD.match(subject)),
    )


@lru_cache(maxsize=1024)
def _signature_words(signature: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """Give the words of `vocabulary` a signature holds: a sender signs every mail alike."""
    return words_in(signature.lower(), vocabulary)


def _find_cues(texts: _Texts, rules: Rules) -> tuple[list[Hit], list[str]]:
    hits: list[Hit] = []
    voided: list[str] = []
    index = rules.index
    if texts.subject_norm:
        subject_hits, subject_voided = rules.remembered(
            (_subject_cues, texts.subject_norm), lambda: _subject_cues(texts, index)
        )
        hits.extend(subject_hits)
        voided.extend(subject_voided)
    if texts.body_norm:
        find_in(
            index.body,
            texts.body_norm,
            texts.body_words,
            "body",
            0,
            hits,
            voided,
            texts.body_cues,
        )
    if texts.is_reply or texts.is_forward:
        # A reply keeps the subject of the mail it answers ("Re: Your offer from
        # Acme"): there the subject says what the thread was, not what this mail is.
        hits = [h._replace(weight=WEAK) if h.where == "subject" else h for h in hits]
    return hits, voided


def _subject_cues(texts: _Texts, index: CueIndex) -> tuple[tuple[Hit, ...], tuple[str, ...]]:
    """Give the cues of a subject and the cues guards voided there. Subjects recur (one
    per ATS template, company and role): the rules remember them per subject."""
    hits: list[Hit] = []
    voided: list[str] = []
    find_in(
        index.subject,
        texts.subject_norm,
        texts.subject_words,
        "subject",
        _SUBJECT_OFFSET,
        hits,
        voided,
    )
    return tuple(hits), tuple(voided)


def _strength(hits: list[Hit]) -> int:
    """Give a label's strength: its strongest cue; two medium cues are strong, two weak medium."""
    if not hits:
        return 0
    strongest = max(h.weight for h in hits)
    if strongest < STRONG and len({h.phrase for h in hits if h.weight >= MEDIUM}) >= 2:
        return STRONG
    if strongest < MEDIUM and len({h.phrase for h in hits if h.weight == WEAK}) >= 2:
        return MEDIUM
    return strongest


def _decide(
    hits: list[Hit], message: ParsedMessage, texts: _Texts, sender: SenderFacts
) -> tuple[Label, float, bool, list[str]]:
    """Give label, confidence, whether the outcome is paused, and the reasons that decided."""
    by_label: dict[str, list[Hit]] = {}
    for hit in hits:
        by_label.setdefault(hit.label, []).append(hit)
    for found in by_label.values():
        found.sort(key=lambda h: (-h.weight, h.position))

    withdrawal = by_label.get("withdrawal", [])
    if _strength(withdrawal) >= STRONG:
        first = withdrawal[0]
        return (
            "other",
            0.85,
            False,
            [f"withdrawal acknowledgement in {first.where}: '{first.phrase}' (not a rejection)"],
        )

    rejection = _strength(by_label.get("rejection", []))
    paused_strength = _strength(by_label.get("paused", []))
    # Paused is a kind of rejection: it takes the rejection's place when at least as strong.
    paused = paused_strength >= MEDIUM and paused_strength >= rejection
    strength = {
        "rejection": max(rejection, paused_strength),
        "offer": _strength(by_label.get("offer", [])),
        "interview": _strength(by_label.get("interview", [])),
        "applied": _strength(by_label.get("applied", [])),
    }
    best: Label = max(_JOB_LABELS, key=lambda label: strength[label])  # first wins a tie
    best_strength = strength[best]
    decisive = list(by_label.get(best, []))
    if best == "rejection" and paused:
        decisive = by_label.get("paused", []) + decisive
    others = by_label.get("other", [])
    gates = _gates(message, texts)
    reasons: list[str] = []

    if best_strength < MEDIUM:
        return _other(others, decisive, reasons)
    if gates and best_strength < STRONG:
        reasons.append(f"{' and '.join(gates)}: a {best} cue must be strong to count")
        return _other(others, decisive, reasons, base=0.6)
    if others:
        other_strength = others[0].weight
        # The first cue that gives the label its strength: a medium or strong one, or
        # when two weak cues make it medium, the first of those.
        first_job = min(
            (h.position for h in decisive if h.weight >= MEDIUM),
            default=min(h.position for h in decisive),
        )
        first_other = min(h.position for h in others if h.weight == other_strength)
        if other_strength > best_strength or (
            other_strength == best_strength and first_other < first_job
        ):
            reasons.append(f"{best} cue '{decisive[0].phrase}' outweighed")
            return _other(others, decisive, reasons)

    for hit in decisive[:2]:
        reasons.append(f"{hit.label} cue in {hit.where}: '{hit.phrase}'")
    if gates:
        reasons.append(f"{' and '.join(gates)}: decided on a strong cue")
    confidence = _confidence(best, best_strength, decisive, strength, gates, sender)
    label: Label = best
    if best == "rejection" and paused:
        temporary = by_label.get("temporary", [])
        if temporary and not by_label.get("closure"):
            # A pause that keeps you in play ("temporarily on hold", "I'll reach out as
            # soon as there's an update") is no rejection; one that releases you is.
            first = temporary[0]
            reasons.append(f"temporary hold cue in {first.where}: '{first.phrase}'")
            reasons.append("role on hold, not a verdict: left open")
            label = "other"
        else:
            reasons.append("outcome paused: a hiring freeze or a role on hold is no verdict on you")
    if message.sent_by_user:
        confidence = min(confidence, 0.7)
        reasons.append("you sent this mail: left for review")
    return label, confidence, best == "rejection" and paused, reasons


def _confidence(
    best: str,
    best_strength: int,
    decisive: list[Hit],
    strength: dict[str, int],
    gates: list[str],
    sender: SenderFacts,
) -> float:
    """Give a confidence on the store's scale: >= 0.8 high, 0.6-0.8 medium, below for review."""
    in_subject = any(h.where == "subject" for h in decisive)
    in_body = any(h.where == "body" for h in decisive)
    distinct = len({h.phrase for h in decisive if h.weight >= MEDIUM})
    if best_strength >= STRONG:
        confidence, cap = 0.84, 0.97
        if in_subject and in_body:
            confidence += 0.06
        confidence += min(0.06, 0.03 * (distinct - 1))
    else:
        confidence, cap = 0.66, 0.78
        if in_subject and in_body:
            confidence += 0.05
        confidence += min(0.04, 0.02 * (distinct - 1))
    if sender.relay is not None or sender.company is not None:
        confidence += 0.02
    for label, rival in strength.items():
        if label == best or rival < STRONG:
            continue
        # A strong rival label makes the verdict less sure; confirmation padding
        # ("thank you for applying") in a later-stage mail hardly does.
        confidence -= 0.03 if label == "applied" else 0.1
    if gates:
        confidence -= 0.1
    return max(0.5, min(cap, confidence))


def _other(
    others: list[Hit], decisive: list[Hit], reasons: list[str], base: float = 0.55
) -> tuple[Label, float, bool, list[str]]:
    if others:
        top = others[0]
        reasons.append(f"{top.kind} cue in {top.where}: '{top.phrase}'")
        return "other", min(0.9, 0.6 + 0.1 * top.weight), False, reasons
    if decisive:
        reasons.append(f"only a weak {decisive[0].label} cue: '{decisive[0].phrase}'")
        return "other", 0.5, False, reasons
    reasons.append("no application cue")
    return "other", base, False, reasons


def _gates(message: ParsedMessage, texts: _Texts) -> list[str]:
    """Give why this mail needs a strong cue: sent by the user, a reply or forward, bulk mail."""
    gates = []
    if message.sent_by_user:
        gates.append("sent by you")
    if texts.is_reply:
        gates.append("a reply")
    elif texts.is_forward:
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


_SOURCE_SCORES = {"display name": 5.0, "ats tenant": 3.0, "domain": 1.5}


def _company(
    texts: _Texts,
    sender: SenderFacts,
    rules: Rules,
    extra: _Named,
    anchors: Anchors | None,
) -> tuple[str | None, tuple[str, ...]]:
    """Give the company, and the reason that names it (none when there is none)."""
    candidates = company_candidates(
        texts.subject, extra.head, extra.flat, extra.signature, extra.all_words, anchors
    )
    if sender.company:
        score = _SOURCE_SCORES.get(sender.company_source, 1.0)
        candidates.append(Candidate(sender.company, score, sender.company_source))
    company, source = best_company(candidates, rules)
    if not company:
        return company, ()
    company = alias(company, rules)
    return company, (f"company from {source}: {company}",)
