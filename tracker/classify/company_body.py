"""Company names in a message's body: before " has decided", after " at " when a job
noun or a role sentence leads there, after "join", before "team" in "from the ... team".

The anchors are found fast, and the wider context is checked only around them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.classify.names import NAME, Candidate, clean_company
from tracker.classify.word_pattern import Gate, WordPattern, is_word_character

if TYPE_CHECKING:
    from tracker.classify.anchors import Anchors

# Body anchors: fast to find, checked in their context (see also `anchors`, which
# finds them all in one native pass).
DECIDED_AUXILIARIES = ("has", "have")
DECIDED_VERBS = ("decided", "moved", "chosen", "selected", "opted", "reviewed", "filled")
_DECIDED = re.compile(rf" (?:{'|'.join(DECIDED_AUXILIARIES)}) (?:{'|'.join(DECIDED_VERBS)})\b")
_NAME_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|\n|Unfortunately,? |However,? |At this time,? |Sadly,? )({NAME})$"
)
# A name after a preposition (" at Acme"): one pattern per preposition, as re finds a
# literal start fast and " (?:at|with|...)" slowly. Rather than scan once for each,
# one pass finds where a name may follow a preposition (a capital, a digit or
# camel case after it), and only there is the preposition's own pattern tried.
PREPOSITIONS = ("at", "with", "to", "in", "for")
NAME_LEADS = ("joining ", "working at ", "working for ")
"""What may stand between a preposition (and "the ") and the name after it."""
_LEAD = rf"(?:the )?(?:{'|'.join(NAME_LEADS)})?"
_PREPOSITION_NAMES = {word: re.compile(rf" ({word}) {_LEAD}({NAME})") for word in PREPOSITIONS}
_NAME_START = r"(?:[A-Z0-9À-ÖØ-Þ]|[a-z]{1,3}[A-Z])"
_NAME_START_AT = re.compile(_NAME_START)
"""How every word of a name starts (see `names.NAME`): its legal suffixes ("Inc") too."""
# Only " at" is consumed: the next preposition may start at the space after it.
_PREPOSITION_BEFORE_NAME = re.compile(rf" ({'|'.join(PREPOSITIONS)})(?= {_LEAD}{_NAME_START})")
_TITLE_THEN_EMPLOYER = tuple(
    f" {noun} {word} " for noun in ("role", "position", "job", "opening", "vacancy", "post")
    for word in ("at", "with")
)  # fmt: skip
"""What follows a job title, not a company: its job noun, then where it is."""
_NOUN_BEFORE_SPAN = 32
"""Characters the words before a name and its preposition span at most, the preposition
and the space before it included ("opportunities with us for")."""
# The words before a preposition that show the name after it is the employer:
# "position at", "applying to", "opportunities with us for".
_NOUNS_BEFORE = (
    "position", "role", "opening", "job", "opportunity", "opportunities", "vacancy",
    "internship", "career", "careers", "employment", "work", "working", "roles", "openings",
    "positions", "candidacy", "application", "applying", "applied", "apply", "interest",
    "interested", "considering", "considered", "us", "team", "journey",
)  # fmt: skip
_NOUN_TAILS = ("", " here", " with us", " there")
_NOUN_ENDINGS = tuple(noun + tail for tail in _NOUN_TAILS for noun in _NOUNS_BEFORE)
_SPACED_NOUN_ENDINGS = tuple(f" {ending}" for ending in _NOUN_ENDINGS)
_NOUNS_BY_END = {
    end: tuple(noun for noun in _NOUNS_BEFORE if noun.endswith(end))
    for end in {noun[-2:] for noun in _NOUNS_BEFORE}
}
"""The nouns by their last two letters: a sentence's last two show which it may end in."""
_ROLE_CONTEXT = re.compile(
    r"\b(?:role|position|post|opening|interest in|applying for|applied for|application for|"
    r"apply for|applying to|applied to)\b"
)
_ROLE_CONTEXT_TEXT = ("role", "position", "post", "opening", "interest in", "appl")
"""Text that every `_ROLE_CONTEXT` match holds: a sentence without it is not searched."""
JOIN_GATE = Gate(
    rf"join(?:ing)? (?:the |our )?{_NAME_START}", rf"part of (?:the |our )?{_NAME_START}"
)
"""Found in every text `_JOIN` matches: "join us" and "joining" alone are common, a name
after them is not."""
_JOIN = WordPattern(
    rf"(?:join|joining|part of) (the |our )?({NAME})( team| family| community)?", gate=JOIN_GATE
)
_FROM_TEAM = WordPattern(
    rf"from (?:the |everyone at |all of us at |us at )?({NAME}) (?:[Tt]eam|[Rr]ecruiting)\b"
)
COMPANY_WORDS = frozenset({"has", "have", "join", "joining", "part", "from"})
"""Every word whose presence `company_candidates` checks: each match holds one whole."""


def body_candidates(
    text: str, present: frozenset[str], found: list[Candidate], anchors: Anchors | None = None
) -> None:
    """Add the names the body `text` offers (its line breaks made spaces); `present`
    holds the message's words the rules look for (see `triggers.words_in`), `anchors`
    where the searches below may start, when a native pass found them."""
    if not present.isdisjoint(DECIDED_AUXILIARIES):
        decided = (
            anchors.decided
            if anchors is not None
            else [match.start() for match in _DECIDED.finditer(text)]
        )
        for start in decided:
            window = max(0, start - 80)
            # The name ends at the match, and its last word follows a space: "we have
            # decided" names no one, and the slower search for a whole name is spared.
            last = text[window:start].rsplit(None, 1)[-1:]
            if not last or not _NAME_START_AT.match(last[0]):
                continue
            before = _NAME_BEFORE.search(text, window, start)
            name = clean_company(before.group(1)) if before else None
            if name:
                found.append(Candidate(name, 3.0, "body"))
    _preposition_candidates(
        text,
        found,
        anchors.prepositions
        if anchors is not None
        else [(match.start(), match.group(1)) for match in _PREPOSITION_BEFORE_NAME.finditer(text)],
    )
    if not present.isdisjoint(("join", "joining", "part")):
        if anchors is not None:
            JOIN_GATE.know(text, anchors.join)
        for match in _JOIN.finditer(text):
            if match.group(1) == "our ":
                continue  # "join our Talent Community": a program, not the employer
            name = clean_company(match.group(2))
            if name:
                tail = match.group(3) or ""
                score = 1.0 if tail in (" family", " community") else 2.0
                found.append(Candidate(name, score, "body"))
    if "from" in present:
        for match in _FROM_TEAM.finditer(text):
            name = clean_company(match.group(1))
            if name:
                found.append(Candidate(name, 2.0, "body"))


def _preposition_candidates(
    text: str, found: list[Candidate], prepositions: list[tuple[int, str]]
) -> None:
    """Add the names after a preposition that a job noun or a role sentence leads to
    ("the position at Acme", "applying for the Analyst role with Acme"); `prepositions`
    are where one may lead to a name and which, in order (`_PREPOSITION_BEFORE_NAME`)."""
    # Each preposition's name is matched as a pattern of its own would be by finditer:
    # a hit inside the name after the same preposition is skipped. That name's end is
    # only needed then, so a hit that leads to no name is matched only when one follows.
    ends: dict[str, int] = {}
    waiting: dict[str, int] = {}
    for start, word in prepositions:
        held = waiting.pop(word, None)
        if held is not None and (named := _PREPOSITION_NAMES[word].match(text, held)):
            ends[word] = named.end()
        if start < ends.get(word, 0):
            continue  # inside the name after the same preposition, as finditer skips it
        # Most names that count follow a job noun and a space ("the position at"): that
        # is checked in place; the sentence is cut out only for the other cases.
        room = _NOUN_BEFORE_SPAN - 1 - len(word)
        if not text.endswith(_SPACED_NOUN_ENDINGS, max(0, start - room - 1), start) and (
            not _leads_to_employer(_sentence_before(text, start), word)
        ):
            waiting[word] = start
            continue
        named = _PREPOSITION_NAMES[word].match(text, start)
        if named is None:
            continue
        ends[word] = named.end()
        if text.startswith(_TITLE_THEN_EMPLOYER, named.end()):
            continue  # "for the Barista and Front of House role at Fern Coffee": a title
        name = clean_company(named.group(2))
        if name:
            found.append(Candidate(name, 3.0, "body"))


def _leads_to_employer(sentence: str, word: str) -> bool:
    """Give whether the name after `sentence` and its preposition `word` is the employer."""
    if word in ("for", "in", "to"):
        previous = sentence.rsplit(" ", 1)[-1]
        if previous[:1].isupper() and previous.isalpha():
            return False  # "Institute for AI": the preposition is inside a name
    if sentence.endswith(_NOUN_ENDINGS) and _after_job_noun(sentence, word):
        return True
    return any(part in sentence for part in _ROLE_CONTEXT_TEXT) and bool(
        _ROLE_CONTEXT.search(sentence)
    )


def _after_job_noun(sentence: str, word: str) -> bool:
    """Give whether `sentence` ends in a job noun ("position", "career with us") that
    starts a word, and that noun, the rest and `word` span `_NOUN_BEFORE_SPAN` at most."""
    room = _NOUN_BEFORE_SPAN - 1 - len(word)
    for tail in _NOUN_TAILS:
        if not sentence.endswith(tail):
            continue
        end = len(sentence) - len(tail)
        for noun in _NOUNS_BY_END.get(sentence[end - 2 : end], ()) if end >= 2 else ():
            start = end - len(noun)
            if (
                len(noun) + len(tail) <= room
                and start >= 0
                and sentence.startswith(noun, start)
                # The noun starts a word ("network with" is no "work with").
                and (start == 0 or not is_word_character(sentence[start - 1]))
            ):
                return True
    return False


def _sentence_before(text: str, position: int) -> str:
    """Give the text of the sentence before `position` (at most 120 characters)."""
    start = max(0, position - 120)
    window = text[start:position]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window[cut + 1 :] if cut >= 0 else window
