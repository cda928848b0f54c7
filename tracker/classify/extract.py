"""Company, role and job id found in a message's subject and text.

Speed matters here as much as in the cues: every pattern starts with a literal or
rare text (re scans for that quickly), the wider context is checked only around
its matches, a pattern whose words are missing from the message is not tried, and
a search for one answer stops at the first good match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, TypeVar

from tracker.classify.rules import Rules, variants
from tracker.classify.senders import folded

_T = TypeVar("_T")


class _WordPattern:
    """A pattern searched as literal-first variants, whose matches start a word.

    re scans fast for a literal start but slowly for a leading "\\b" or "(?:a|b)";
    the word start is checked here instead.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        body = pattern.removeprefix("\\b")
        self.regexes = tuple(re.compile(variant, flags) for variant in variants(body))

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Give every match that starts a word, in order of where it starts."""
        found = [
            match
            for regex in self.regexes
            for match in regex.finditer(text)
            if match.start() == 0 or not text[match.start() - 1].isalnum()
        ]
        if len(self.regexes) > 1:
            found.sort(key=lambda match: match.start())
        return found

    def first(self, text: str, accept: Callable[[re.Match[str]], _T | None]) -> _T | None:
        """Give `accept` of the first match (in `finditer` order) that it accepts, else None.

        Each variant stops at its first accepted match: matches of one variant come
        in order, so the earliest of those firsts is the first of all.
        """
        best: _T | None = None
        best_start = -1
        for regex in self.regexes:
            for match in regex.finditer(text):
                start = match.start()
                if best_start >= 0 and start >= best_start:
                    break  # an earlier variant already gave one at or before here
                if start and text[start - 1].isalnum():
                    continue
                value = accept(match)
                if value is not None:
                    best, best_start = value, start
                    break
        return best


MAX_EXTRACT_CHARS = 6000
"""Only the start of a body is searched: names and ids come early."""
_TAIL_LINES = 14
"""Closing lines searched for a signature ("The Acme Recruiting Team")."""

# One word of a company name: capitalised, a number, or camel case ("eBay", "iCIMS").
# A dot stays inside a word only before a letter ("Nuts.com"), so "Acme. We" is two.
_WORD = r"(?:[A-Z0-9À-ÖØ-Þ]|[a-z]{1,3}[A-Z])(?:[\w&'°+@-]|\.(?=\w))*"
_SUFFIX = (
    r"(?:,? (?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|Corporation|GmbH|AG|SA|SAS|BV|B\.V|NV|PLC|LLP|Limited"
    r"|Pty|S\.A)\b\.?)"
)
_JOINER = r"(?: (?:&|and|of|for|de|du|la|der|y|und|et) " + _WORD + ")"
NAME = rf"(?:The )?{_WORD}(?:{_SUFFIX}|{_JOINER}| {_WORD})*"
_LAZY_NAME = rf"(?:The )?{_WORD}(?:{_SUFFIX}|{_JOINER}| {_WORD})*?"
_CHINESE_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:有限公司|股份公司|集团|公司)")

# Words that mark a job title: a name holding one is a role, not a company.
_ROLE_WORDS = frozenset(
    [
        "engineer", "engineers", "developer", "developers", "manager", "analyst", "designer",
        "scientist", "intern", "internship", "architect", "specialist", "consultant", "associate",
        "director", "lead", "administrator", "assistant", "coordinator", "representative",
        "technician", "officer", "position", "role", "opening", "program", "programme", "graduate",
        "trainee", "apprentice", "recruiter", "programmer", "tester", "sre", "devops", "vp",
        "accountant", "writer", "editor", "researcher", "fellow", "student", "executive", "agent",
        "clerk", "nurse", "teacher", "driver", "operator", "job", "vacancy",
    ]
)  # fmt: skip
# Words that are never a company on their own.
_NOT_COMPANY = frozenset(
    [
        "unfortunately", "thank", "thanks", "we", "our", "you", "your", "dear", "hi", "hello",
        "please", "the", "this", "that", "regards", "sincerely", "best", "team", "jobs", "careers",
        "career", "greenhouse", "lever", "workday", "linkedin", "indeed", "application",
        "applications", "company", "inc", "llc", "hr", "talent", "hiring", "recruiting",
        "recruitment", "us", "it", "they", "there", "here", "following", "candidate", "candidates",
        "congratulations", "cheers", "all", "interview", "update", "re", "fwd", "fw", "subject",
        "date", "from", "to", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "kind", "warm",
        "warmest", "yours", "i", "an", "a", "no", "yes", "note", "ps", "software", "human",
        "resources", "people", "mr", "mrs", "ms", "dr", "sir", "madam", "applicant", "hey",
        "good", "great", "welcome", "job", "offer", "details", "information", "position", "role",
        "corporate", "headquarters", "hq", "remote", "home", "office", "site", "online",
    ]
)  # fmt: skip
# A first word that shows the capitalised run is a sentence, not a name.
_LEADING_WORDS = frozenset(
    [
        "our", "your", "this", "that", "dear", "hi", "hello", "thank", "thanks", "unfortunately",
        "please", "we", "you", "if", "as", "at", "in", "on", "for", "with", "and", "or", "but",
        "my", "i", "it", "after", "while", "although", "however",
    ]
)  # fmt: skip
# Words that show a name is a program or page, never the employer.
_NOT_EMPLOYER_WORDS = frozenset(
    ["community", "network", "newsletter", "portal", "page", "site", "website", "database", "pool"]
)
_TEAM_TAIL = re.compile(
    r"(?:[ ,]+(?:Careers?|Jobs|Team|Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring|HR|"
    r"Family|People|Campus|University|Global|Corporate|Graduate|Early Careers|Human Resources))+$"
)
_TEAM_TAIL_ENDS = (
    "Career", "Careers", "Jobs", "Team", "Recruiting", "Recruitment", "Talent", "Acquisition",
    "Hiring", "HR", "Family", "People", "Campus", "University", "Global", "Corporate",
    "Graduate", "Resources",
)  # fmt: skip
"""How every name `_TEAM_TAIL` cuts ends: others are left alone without a search."""
_NOT_NAME_WORDS = _ROLE_WORDS | _NOT_EMPLOYER_WORDS
_LEGAL_END = re.compile(r"(?:Inc|Ltd|Co|Corp|L\.L\.C|B\.V|S\.A)\.$")

_CLOSING = re.compile(
    r"(?:(?:kind|best|warm|warmest|many|with)?\s*regards|sincerely|best(?: wishes)?|thanks|"
    r"thank you|cheers|respectfully|all the best|yours(?: sincerely| truly| faithfully)?|cordially|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|cordialement|bien à vous|saludos|atentamente|"
    r"met vriendelijke groet(?:en)?|groeten)"
    r"[,.!]?",
    re.IGNORECASE,
)
_TEAM_ONLY_LINE = re.compile(
    r"(?:the )?(?:hr|people|recruiting|recruitment|talent(?: acquisition)?|hiring|human resources)"
    r"(?: team| department)?\.?",
    re.IGNORECASE,
)
_QUALIFIERS = r"(?:Campus|University|Global|Corporate|Technical|Tech|Graduate|Early Careers)"
_SIGNATURE_TEAM = re.compile(
    rf"[\-–—*\s]*(?:The |the )?({_LAZY_NAME}) (?:{_QUALIFIERS} )?"
    r"(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|HR|Human Resources|"
    r"People(?: Team| Ops)?|Careers|Staffing)(?: (?:and|&) [A-Z]\w+)?"
    r"(?: [Tt]eam| [Dd]epartment| [Gg]roup)?[.!]?\s*"
)
_TEAM_HINT = re.compile(r"Recruit|Talent|Hiring|HR\b|Human Resources|People|Careers|Staffing")
_SIGNATURE_THE_TEAM = re.compile(rf"[\-–—*\s]*The ({_LAZY_NAME}) [Tt]eam[.!]?\s*")
_LINE_NAME = re.compile(rf"[\s\-–—*]*({NAME})[.!]?\s*")

# Body anchors: fast to find, checked in their context.
_DECIDED = re.compile(r" (?:has|have) (?:decided|moved|chosen|selected|opted|reviewed|filled)\b")
_NAME_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|\n|Unfortunately,? |However,? |At this time,? |Sadly,? )({NAME})$"
)
# A name after a preposition (" at Acme"): one pattern per preposition, as re finds a
# literal start fast and " (?:at|with|...)" slowly. Rather than scan once for each,
# one pass finds where a name may follow a preposition (a capital, a digit or
# camel case after it), and only there is the preposition's own pattern tried.
_PREPOSITION_NAMES = {
    word: re.compile(rf" ({word}) (?:the )?(?:joining |working at |working for )?({NAME})")
    for word in ("at", "with", "to", "in", "for")
}
_NAME_START = r"(?:[A-Z0-9À-ÖØ-Þ]|[a-z]{1,3}[A-Z])"
# Only " at" is consumed: the next preposition may start at the space after it.
_PREPOSITION_BEFORE_NAME = re.compile(
    rf" (at|with|to|in|for)(?= (?:the )?(?:joining |working at |working for )?{_NAME_START})"
)
_NOUN_BEFORE_SPAN = 32
"""Characters a `_NOUN_BEFORE` match spans at most ("opportunities with us for")."""
_NOUN_BEFORE = re.compile(
    r"\b(?:position|role|opening|job|opportunit(?:y|ies)|vacancy|internship|careers?|employment|"
    r"work|working|roles|openings|positions|candidacy|application|applying|applied|apply|"
    r"interest|interested|considering|considered|us|team|journey)(?: here| with us| there)? "
    r"(?:at|with|to|in|for)$"
)
_ROLE_CONTEXT = re.compile(
    r"\b(?:role|position|post|opening|interest in|applying for|applied for|application for|"
    r"apply for|applying to|applied to)\b"
)
_ROLE_CONTEXT_TEXT = ("role", "position", "post", "opening", "interest in", "appl")
"""Text that every `_ROLE_CONTEXT` match holds: a sentence without it is not searched."""
_JOIN = _WordPattern(rf"(?:join|joining|part of) (the |our )?({NAME})( team| family| community)?")
_FROM_TEAM = _WordPattern(
    rf"from (?:the |everyone at |all of us at |us at )?({NAME}) (?:[Tt]eam|[Rr]ecruiting)\b"
)
# Each with text that every match holds: a subject without it is not searched.
_SUBJECT_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), needs)
    for pattern, needs in (
        (
            r"\b(?:application|applying|applied|apply|interest|interested|candidacy) "
            rf"(?:to|at|with|in|for joining) (?:the )?({NAME})",
            ("appl", "interest", "candidacy"),
        ),
        (
            r"\b(?:interview|offer|update|news|invitation|message|invite|call|chat) "
            rf"(?:with|from|at) (?:the )?({NAME})",
            (" with ", " from ", " at "),
        ),
        (
            rf"\b(?:application was sent to|application was viewed by|sent to) ({NAME})",
            ("sent to", "viewed by"),
        ),
        (rf"\b(?:at|with) ({NAME})(?:\s*[!.]?$|\s+[-–—|:]\s)", ("at ", "with ")),
        (rf"^Your ({NAME}) (?:application|interview|offer)", ("Your ",)),
    )
)
_SUBJECT_SPLIT = re.compile(r"\s+[-–—|]\s+|:\s+")
_WHOLE_NAME = re.compile(NAME)

_ROLE = r"((?:[A-Z0-9]|[a-z]{1,3}[A-Z])[^.\n!?;:\"<>\[\]{}]{1,80}?)"
# No two of these nouns match at one place, so one pattern finds them in order.
_ROLE_NOUN = re.compile(r" (?:position|role|opening|job|vacancy|post|opportunity)\b")
_ROLE_LEAD = re.compile(
    r"(?:^|\s)(?:for|to|in|about|of) (?:the|our|this|your|an?) (?:open |current |advertised )?"
)
_ROLE_START = re.compile(r"[A-Z0-9]|[a-z]{1,3}[A-Z]")
_ROLE_RULES: tuple[tuple[_WordPattern, frozenset[str]], ...] = tuple(
    (_WordPattern(pattern, re.MULTILINE), frozenset(needs.split()))
    for pattern, needs in (
        (
            rf"\b(?:position|role|post|title) of (?:an? |the )?{_ROLE}"
            r"(?= (?:at|with|in|here|has|is|was)\b|[.,;!(\n]|$)",
            "position role post title",
        ),
        (
            rf"\bapplication for (?:the )?{_ROLE}(?: (?:position|role))?"
            r"(?= (?:at|with|has|was|is)\b|[.,;!\n]|$)",
            "application",
        ),
        (
            rf"\b(?:applying|applied|apply|applications?) (?:for|to) (?:the )?{_ROLE} "
            r"(?:position|role|at|with)\b",
            "applying applied apply application applications",
        ),
        (r"\bjob \"([^\"\n]{2,80})\"", "job"),
        (
            rf"\breceived your application for (?:the )?{_ROLE}"
            r"(?= (?:at|with|and|position|role)\b|[.,;!\n]|$)",
            "received",
        ),
        (rf"\binterest in (?:the|our) {_ROLE} (?:position|role|opening|job)\b", "interest"),
    )
)
# "Position: Data Analyst" on a line of its own.
_ROLE_LINE = re.compile(
    rf"(?:Position|Job Title|Role|Job)[ \t]*:[ \t]*{_ROLE}[ \t]*$", re.MULTILINE
)
_ROLE_LINE_LABELS = ("Position", "Job Title", "Role", "Job")
# Each with text that every match holds: a subject without it is not searched.
_SUBJECT_ROLE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), need)
    for pattern, need in (
        (rf"\bJob Application: {_ROLE}\s*$", "Job Application: "),
        (
            rf"\b(?:Application|Applying|Interview|Invitation|Offer) (?:for|to interview for) "
            rf"(?:the |our )?{_ROLE}(?: [Pp]osition| [Rr]ole)?(?= at | with | - | – |\s*$)",
            " for ",
        ),
        (rf"\bthe {_ROLE} (?:position|role)\b", "the "),
        (rf"\bYour {_ROLE} application\b", "Your "),
    )
)
_DASHES = re.compile(r"\s+[-–—|]\s+")
# Job ids, searched in the lower-cased text; the id itself is read from the original.
_ID = r"([a-z]{0,5}[-_]?\d[\w-]{1,24})"
_ID_WORDS = (
    r"\s*(?:id|number|no\.?|num|#|code|ref(?:erence)?(?:\s*(?:id|no\.?|number))?)\s*[:#.]?\s*"
)
_JOB_ID_RULES: tuple[tuple[_WordPattern, frozenset[str]], ...] = tuple(
    (_WordPattern(pattern), frozenset(needs.split()))
    for pattern, needs in (
        (rf"\bjob{_ID_WORDS}{_ID}", "job"),
        (rf"\breq(?:uisition)?(?:{_ID_WORDS}|\s*[:#]?\s*){_ID}", "req requisition"),
        (rf"\brequisition{_ID_WORDS}{_ID}", "requisition"),
        (rf"\bposting{_ID_WORDS}{_ID}", "posting"),
        (rf"\bposition{_ID_WORDS}{_ID}", "position"),
        (rf"\bvacancy{_ID_WORDS}{_ID}", "vacancy"),
        (rf"\bopening{_ID_WORDS}{_ID}", "opening"),
        (
            r"\bref(?:erence)?(?:\.|\s*(?:no\.?|number|#|id)?\s*:)\s*([a-z]{0,5}[-_]?\d[\w-]{1,24})",
            "ref",
        ),
    )
)
_BODY_WORDS = frozenset({"has", "have", "join", "joining", "part", "from"})
EXTRACTION_WORDS: frozenset[str] = frozenset().union(
    _BODY_WORDS, *(needs for _, needs in _ROLE_RULES), *(needs for _, needs in _JOB_ID_RULES)
)
"""Every word whose presence extraction checks (see `triggers.words_in`)."""
# Workday-style requisition ids standing alone ("Software Engineer, R-0012345").
_BARE_REQUISITION = re.compile(r"(?<![\w/-])((?:JR|R|REQ)-?\d{4,}[A-Z]?)(?![\w-])")

_NOT_KEY = re.compile(r"[^a-z0-9]")
_NOT_KEY_BYTES = bytes(c for c in range(128) if _NOT_KEY.match(chr(c)))
_NOT_SPACED_KEY = re.compile(r"[^\w\s&]")
_SOURCE_ORDER = {
    "subject": 0,
    "display name": 1,
    "body": 2,
    "ats tenant": 3,
    "signature": 4,
    "domain": 5,
    "closing": 6,
}


class Candidate(NamedTuple):
    """A company name found somewhere, with how much that place is trusted."""

    name: str
    score: float
    source: str


def company_candidates(
    subject: str, head: str, flat: str, signature: str, present: frozenset[str]
) -> list[Candidate]:
    """Give every plausible company name in the subject, body and signature.

    `head` is the start of the body that extraction reads (`MAX_EXTRACT_CHARS`),
    `flat` the same with line breaks made spaces; `present` holds the words of all
    three that the rules look for (see `triggers.words_in`).
    """
    found = list(_subject_candidates(subject))
    # Names and titles run across wrapped lines; signatures are read line by line.
    _body_candidates(flat, present, found)
    if not head.isascii():
        for match in _CHINESE_COMPANY.finditer(head):
            found.append(Candidate(match.group(0), 3.0, "body"))
    lines = [line.strip() for line in head.rsplit("\n", _TAIL_LINES)[-_TAIL_LINES:]]
    if signature:
        lines += [line.strip() for line in signature.split("\n", _TAIL_LINES)[:_TAIL_LINES]]
    _signature_candidates(lines, found)
    return found


@lru_cache(maxsize=1024)
def _subject_candidates(subject: str) -> tuple[Candidate, ...]:
    """Give the names the subject holds: subjects recur (one per ATS template and company)."""
    found: list[Candidate] = []
    for pattern, needs in _SUBJECT_RULES:
        if not any(need in subject for need in needs):
            continue
        for match in pattern.finditer(subject):
            name = clean_company(match.group(1))
            if name:
                found.append(Candidate(name, 4.0, "subject"))
    # "Acme - Senior Engineer", "Senior Engineer | Acme": the side without a role word.
    if not any(mark in subject for mark in "-–—|:"):
        return tuple(found)
    parts = [p.strip() for p in _SUBJECT_SPLIT.split(subject) if p.strip()]
    if len(parts) == 2:
        roles = [_has_role_word(p) for p in parts]
        names = [_WHOLE_NAME.fullmatch(p) is not None for p in parts]
        side: str | None = None
        if roles[0] != roles[1]:
            side = parts[1] if roles[0] else parts[0]
        elif names[0] != names[1]:
            side = parts[0] if names[0] else parts[1]  # "Acme: let's schedule your interview"
        whole = _WHOLE_NAME.fullmatch(side) if side else None
        name = clean_company(whole.group(0)) if whole else None
        if name:
            found.append(Candidate(name, 3.0, "subject"))
    return tuple(found)


def _body_candidates(text: str, present: frozenset[str], found: list[Candidate]) -> None:
    if not present.isdisjoint(("has", "have")):
        for match in _DECIDED.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            name = clean_company(before.group(1)) if before else None
            if name:
                found.append(Candidate(name, 3.0, "body"))
    ends: dict[str, int] = {}
    for possible in _PREPOSITION_BEFORE_NAME.finditer(text):
        start = possible.start()
        word = possible.group(1)
        if start < ends.get(word, 0):
            continue  # inside the name after the same preposition, as finditer skips it
        named = _PREPOSITION_NAMES[word].match(text, start)
        if named is None:
            continue
        ends[word] = named.end()
        sentence = _sentence_before(text, start)
        if word in ("for", "in", "to"):
            previous = sentence.rsplit(" ", 1)[-1]
            if previous[:1].isupper() and previous.isalpha():
                continue  # "Institute for AI": the preposition is inside a name
        # The words before the name: "position at", "applying to", "career with".
        lead = f"{sentence} {word}"
        if _NOUN_BEFORE.search(lead, max(0, len(lead) - _NOUN_BEFORE_SPAN)) or (
            any(part in sentence for part in _ROLE_CONTEXT_TEXT) and _ROLE_CONTEXT.search(sentence)
        ):
            name = clean_company(named.group(2))
            if name:
                found.append(Candidate(name, 3.0, "body"))
    if not present.isdisjoint(("join", "joining", "part")):
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


def _sentence_before(text: str, position: int) -> str:
    """Give the text of the sentence before `position` (at most 120 characters)."""
    start = max(0, position - 120)
    window = text[start:position]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window[cut + 1 :] if cut >= 0 else window


_TEAM_ONLY_LINE_CHARS = 34
"""The longest line `_TEAM_ONLY_LINE` matches ("The Talent Acquisition Department.")."""


def _signature_candidates(lines: list[str], found: list[Candidate]) -> None:
    """Add one name per closing line: team signatures, the line after "Regards,", ..."""
    after_closing = 0
    previous = ""
    for line in lines:
        if not line or len(line) > 80:
            if line:
                after_closing = 0
            continue
        name: str | None = None
        kind, team, closing = _signature_line(line)
        if kind == _TEAM_ONLY:
            # "YourCompany" above "The HR Team": the line before names the company.
            name = _line_name(previous)
            score, source = 2.0, "signature"
        elif kind == _TEAM_SIGNATURE:
            name = team
            score, source = 3.0, "signature"
        elif kind == _THE_TEAM:
            name = team
            score, source = 2.0, "signature"
        elif after_closing:
            name = _line_name(line)
            score, source = (1.0 if after_closing == 2 else 0.5), "closing"
        if name:
            found.append(Candidate(name, score, source))
        after_closing = 2 if closing else max(0, after_closing - 1)
        previous = line


_TEAM_ONLY, _TEAM_SIGNATURE, _THE_TEAM = 1, 2, 3


@lru_cache(maxsize=4096)
def _signature_line(line: str) -> tuple[int, str | None, bool]:
    """Give what a closing line is (0, `_TEAM_ONLY`, `_TEAM_SIGNATURE` or `_THE_TEAM`), the
    team's company it names, and whether it is a closing ("Best regards,").

    A sender's closing lines come back in every mail it sends: they are read once.
    """
    kind, name = 0, None
    if len(line) <= _TEAM_ONLY_LINE_CHARS and _TEAM_ONLY_LINE.fullmatch(line):
        kind = _TEAM_ONLY
    elif _TEAM_HINT.search(line) and (match := _SIGNATURE_TEAM.fullmatch(line)):
        kind, name = _TEAM_SIGNATURE, clean_company(match.group(1), keep_the=False)
    elif "The " in line and (match := _SIGNATURE_THE_TEAM.fullmatch(line)):
        kind, name = _THE_TEAM, clean_company(match.group(1), keep_the=False)
    return kind, name, _CLOSING.fullmatch(line) is not None


def _has_role_word(text: str) -> bool:
    return any(w.lower().strip(".,()") in _ROLE_WORDS for w in text.split())


@lru_cache(maxsize=4096)
def _line_name(line: str) -> str | None:
    match = _LINE_NAME.fullmatch(line)
    return clean_company(match.group(1)) if match else None


@lru_cache(maxsize=8192)
def clean_company(raw: str, *, keep_the: bool = True) -> str | None:
    """Give a company name tidied (team words and stray dots off), or None if it is no name."""
    name = raw.strip(" \t,;:!?-–—*\"'")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    # "Inc.." at a sentence end: one dot is the abbreviation's, the other the sentence's.
    while name.endswith(".") and not _LEGAL_END.search(name):
        name = name[:-1]
    if name.endswith("..") and _LEGAL_END.search(name[:-1]):
        name = name[:-1]
    if name.endswith(_TEAM_TAIL_ENDS) or name.endswith("\n"):
        name = _TEAM_TAIL.sub("", name)
    name = name.strip(" ,")
    if name.startswith("the ") or (not keep_the and name.startswith("The ")):
        name = name[4:]
    words = name.split()
    if not words or len(words) > 7 or len(name) > 60 or len(name) < 2:
        return None
    lowered = [w.lower().strip(".,'") for w in words]
    if lowered[0] in _LEADING_WORDS:
        return None
    if len(words) == 1 and lowered[0] in _NOT_COMPANY:
        return None
    if len(words) == 2 and lowered[0] == "the" and lowered[1] in _NOT_COMPANY:
        return None
    if not _NOT_NAME_WORDS.isdisjoint(lowered):
        return None
    return name


def best_company(candidates: list[Candidate], rules: Rules) -> tuple[str | None, str]:
    """Give the best-supported company and where it came from; names found in several places add up.

    A name on the line after "Regards," may as well be a person's: it only supports
    a name found elsewhere.
    """
    totals: dict[str, float] = {}
    first: dict[str, Candidate] = {}
    spaced: dict[str, str] = {}
    # A dict, not a set: names equally supported are told apart by the order found,
    # the same in every run (a set's order changes with each interpreter's hash seed).
    standalone: dict[str, None] = {}
    keys: dict[str, str] = {}
    for candidate in candidates:
        name = candidate.name
        key = keys.get(name)
        if key is None:
            key = keys[name] = _key(name)
        totals[key] = totals.get(key, 0.0) + candidate.score
        if candidate.source != "closing":
            standalone[key] = None
        held = first.get(key)
        if held is None or _rank(candidate) < _rank(held):
            first[key] = candidate
            spaced[key] = _spaced_key(name)
    if not standalone:
        return None, ""
    # Support from a longer or shorter form of the same name ("Acme" in "Acme Corp") counts half.
    boosted = {key: totals[key] for key in standalone}
    if len(totals) > 1:
        word_start = {key: form + " " for key, form in spaced.items()}
        for key in standalone:
            mine, mine_start = spaced[key], word_start[key]
            for other, total in totals.items():
                if other != key and (
                    spaced[other].startswith(mine_start) or mine.startswith(word_start[other])
                ):
                    boosted[key] += total / 2
    best_key = min(standalone, key=lambda k: (-boosted[k], -totals[k], _rank(first[k])))
    best = first[best_key]
    return alias(best.name, rules), best.source


def _rank(candidate: Candidate) -> tuple[float, int]:
    return (-candidate.score, _SOURCE_ORDER.get(candidate.source, 9))


def alias(name: str, rules: Rules) -> str:
    """Give the company name an alias maps to in the config, else the name itself."""
    return rules.company_aliases.get(name.casefold(), name) if rules.company_aliases else name


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Give the identity of a name: "Juniper Ledger" and the domain's "Juniperledger" are one,
    and so are "Müller & Söhne" and "Mueller Soehne"."""
    if name.isascii():
        return name.lower().encode("ascii").translate(None, _NOT_KEY_BYTES).decode("ascii")
    return _NOT_KEY.sub("", folded(name.casefold())[1])


@lru_cache(maxsize=8192)
def _spaced_key(name: str) -> str:
    return " ".join(_NOT_SPACED_KEY.sub(" ", name.casefold()).split())


def find_role(subject: str, head: str, flat: str, present: frozenset[str]) -> str | None:
    """Give the job title the message names, None when it names none.

    `head` and `flat` are the start of the body, as for `company_candidates`.
    """
    for match in _ROLE_NOUN.finditer(flat):
        start = match.start()
        # A title ends in a capitalised word ("the Data Analyst position"); other nouns
        # ("new roles are posted") need no closer look.
        space = flat.rfind(" ", max(0, start - 40), start)
        previous = flat[space + 1 : space + 2] if space >= 0 else flat[:1]
        if not (previous.isupper() or previous.isdigit()):
            continue
        window = flat[max(0, start - 100) : start]
        # The determiner closest to the noun: "a 45-minute screen for the Data Analyst role".
        for lead in reversed(list(_ROLE_LEAD.finditer(window))):
            title = window[lead.end() :]
            role = _clean_role(title) if _ROLE_START.match(title) else None
            if role:
                return role
    for rule, needs in _ROLE_RULES:
        if not needs.isdisjoint(present):
            role = rule.first(flat, _role_in)
            if role:
                return role
    if _has_role_label(head):
        for found in _ROLE_LINE.finditer(head):
            role = _clean_role(found.group(1))
            if role:
                return role
    return _subject_role(subject)


@lru_cache(maxsize=1024)
def _subject_role(subject: str) -> str | None:
    """Give the job title the subject names: subjects recur (one per ATS template and role)."""
    for pattern, need in _SUBJECT_ROLE_RULES:
        if need in subject:
            for found in pattern.finditer(subject):
                role = _clean_role(found.group(1))
                if role:
                    return role
    return _role_from_dashed_subject(subject)


def _has_role_label(head: str) -> bool:
    """Give whether a colon in `head` follows a `_ROLE_LINE` label ("Job Title :").

    re would try that pattern's labels at every character; colons are few.
    """
    colon = head.find(":")
    while colon >= 0:
        end = colon
        while end and head[end - 1] in " \t":
            end -= 1
        if head.endswith(_ROLE_LINE_LABELS, 0, end):
            return True
        colon = head.find(":", colon + 1)
    return False


def _role_in(match: re.Match[str]) -> str | None:
    return _clean_role(match.group(1))


_ID_IN_PARENTHESES = re.compile(r"\s*\([^()]*\d[^()]*\)$")
_WHERE_IN_PARENTHESES = re.compile(
    r"\s*\((?:open to remote|remote|hybrid|on-?site|open)\)$", re.IGNORECASE
)
_ROLE_CONNECTORS = frozenset(
    ["of", "and", "for", "in", "&", "the", "to", "de", "/", "-", "–", "i", "ii"]
)


@lru_cache(maxsize=4096)
def _clean_role(raw: str) -> str | None:
    """Give a job title tidied: cut at the first lowercase word that is no connector."""
    words = raw.strip(" ,-–:\"'").split()
    if words and words[0].isdigit() and len(words[0]) >= 4:
        words = words[1:]  # "01406712 Associate Software Engineer": an id, then the title
    kept: list[str] = []
    for word in words:
        if word.startswith("(") and word[1:2].islower():
            break  # "(open to remote)"
        if (
            word[:1].islower()
            and word.lower() not in _ROLE_CONNECTORS
            and not any(c.isupper() for c in word)
        ):
            break
        kept.append(word)
    while kept and kept[-1].lower() in _ROLE_CONNECTORS:
        kept.pop()
    role = " ".join(kept)
    if role.endswith(")"):
        role = _ID_IN_PARENTHESES.sub("", role)  # "Analyst (R-0042817)": the id is no part of it
        role = _WHERE_IN_PARENTHESES.sub("", role)
    words = role.split()
    if not words or len(words) > 10 or len(role) < 2:
        return None
    lowered = {w.lower() for w in words}
    if lowered & {"you", "your", "we", "our", "us", "i", "my", "time"}:
        return None
    if words[0].lower() in ("position", "role", "job", "application", "company"):
        return None
    return role


def _role_from_dashed_subject(subject: str) -> str | None:
    """Give the role side of "Acme - Senior Engineer" or "Senior Engineer | Acme" subjects."""
    if not any(mark in subject for mark in "-–—|"):
        return None
    parts = [p.strip() for p in _DASHES.split(subject) if p.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        words = [w.lower().strip(".,()") for w in part.split()]
        if not words:
            continue
        if words[-1] in _ROLE_WORDS or (
            len(words) > 1 and words[-2] in _ROLE_WORDS and len(words[-1]) <= 3
        ):
            return _clean_role(part)
    return None


def find_job_id(text: str, present: frozenset[str], rules: Rules) -> str | None:
    """Give the ATS job or requisition id the message shows, None when it shows none."""
    text = text[:MAX_EXTRACT_CHARS]
    lowered = text.lower()
    # These patterns ignore case, which keeps re from scanning for their literal text
    # fast: in ASCII text, that text is looked for first.
    plain = text.isascii()
    links = rules.index.job_urls.candidates(present)
    while links:
        lowest = links & -links
        links ^= lowest
        link = rules.job_urls[lowest.bit_length() - 1]
        if plain and link.needle and link.needle not in lowered:
            continue
        match = link.regex.search(text)
        if match:
            return match.group(1)
    if len(lowered) == len(text):  # lower() kept every position: ids are read from `text`

        def job_id_in(match: re.Match[str]) -> str | None:
            job_id = text[match.start(1) : match.end(1)].strip("-_.")
            if any(ch.isdigit() for ch in job_id) and len(job_id) >= 3:
                return job_id
            return None

        for pattern, needs in _JOB_ID_RULES:
            if not needs.isdisjoint(present):
                job_id = pattern.first(lowered, job_id_in)
                if job_id:
                    return job_id
    if "R-" in text or "JR" in text or "REQ" in text:
        match = _BARE_REQUISITION.search(text)
        if match:
            return match.group(1)
    return None
