"""Company, role and job id found in a message's subject and text.

Each pattern names words one of which must occur in the message before it is tried
(the message's word set is built once): most patterns never run on most mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.classify.rules import Rules

MAX_EXTRACT_CHARS = 6000
"""Only the start of a body is searched: names and ids come early."""

# One word of a company name: capitalised, a number, or camel case ("eBay", "iCIMS").
_WORD = r"(?:[A-Z0-9À-ÖØ-Þ][\w&'.°+@-]*|[a-z]{1,3}[A-Z][\w&'.°+-]*)"
_SUFFIX = (
    r"(?:,? (?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|Corporation|GmbH|AG|SA|SAS|BV|B\.V|NV|PLC|LLP|Limited"
    r"|Pty|S\.A)\b\.?)"
)
_JOINER = r"(?: (?:&|and|of|for|de|du|la|der|y|und|et) " + _WORD + ")"
NAME = rf"(?:The )?{_WORD}(?:{_SUFFIX}|{_JOINER}| {_WORD})*{_SUFFIX}?"
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
# Words that are never a company on their own, or never start one.
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
        "good", "great", "if", "as", "at", "in", "on", "for", "with", "and", "or", "but", "so",
        "my", "me", "he", "she", "his", "her", "its", "an", "any", "each", "every", "new", "next",
        "position", "role", "details", "information", "thank-you", "welcome", "job", "offer",
    ]
)  # fmt: skip
_LEADING_WORDS = frozenset(
    ["our", "your", "this", "that", "dear", "hi", "hello", "thank", "thanks", "unfortunately",
     "please", "we", "you", "if", "as", "at", "in", "on", "for", "with", "and", "or", "but", "my"]
)  # fmt: skip
_TEAM_TAIL = re.compile(
    r"(?:[ ,]+(?:Careers?|Jobs|Team|Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring|HR|"
    r"Family|People))+$"
)
_LEGAL_END = re.compile(r"(?:Inc|Ltd|Co|Corp|L\.L\.C|B\.V|S\.A)\.$")

_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm|warmest|many|with)?\s*regards|sincerely|best(?: wishes)?|thanks|"
    r"thank you|cheers|respectfully|all the best|yours(?: sincerely| truly| faithfully)?|cordially)"
    r"[,.!]?\s*$",
    re.IGNORECASE,
)
_TEAM_LINE = re.compile(
    r"^(?:the )?(?:hr|people|recruiting|recruitment|talent(?: acquisition)?|hiring|human resources)"
    r"(?: team| department)?\.?$",
    re.IGNORECASE,
)
_TEAM_WORDS = (
    r"(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|HR|Human Resources|"
    r"People(?: Team| Ops)?|Careers|Staffing)"
)
_SIGNATURE_TEAM = re.compile(
    rf"^[\s\-–—*]*(?:The |the )?({NAME}) (?:(?:Campus|University|Global|Corporate|Technical|Tech|"
    rf"Graduate|Early Careers) )?{_TEAM_WORDS}(?: (?:and|&) [A-Z]\w+)?"
    r"(?: [Tt]eam| [Dd]epartment| [Gg]roup)?[.!]?\s*$",
    re.MULTILINE,
)
_SIGNATURE_THE_TEAM = re.compile(rf"^[\s\-–—*]*The ({NAME}) [Tt]eam[.!]?\s*$", re.MULTILINE)


@dataclass(frozen=True)
class _Rule:
    """A pattern, the words one of which must occur for it to be tried, and its score."""

    regex: re.Pattern[str]
    needs: frozenset[str]
    score: float = 0.0


def _rule(pattern: str, needs: str, score: float = 0.0, flags: int = 0) -> _Rule:
    return _Rule(re.compile(pattern, flags), frozenset(needs.split()), score)


_NOUNS = (
    "position role opening job opportunity opportunities vacancy internship career careers "
    "employment work working roles openings positions interest interested us team candidacy "
    "application post"
)
# Patterns over the body whose group 1 names the company.
_BODY_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"(?:^|[.!?]\s+|Unfortunately,? |However,? |At this time,? )({NAME}) (?:has|have) "
        r"(?:decided|moved|chosen|selected|opted|reviewed|received|filled)",
        "decided moved chosen selected opted reviewed received filled",
        3.0,
        re.MULTILINE,
    ),
    _rule(
        r"\b(?:position|role|opening|job|opportunit(?:y|ies)|vacancy|internship|careers?|employment|"
        r"work|working|job application|roles|openings|positions|interest|interested|us|team|"
        rf"candidacy|application) (?:here |with us |there )?(?:at|with) (?:the )?({NAME})",
        _NOUNS,
        3.0,
    ),
    _rule(
        r"\b(?:role|position|post|interest in|applying for|applied for|application for|apply for) "
        rf"[^.\n]{{1,80}}? (?:at|with) (?:the )?({NAME})",
        "role position post interest applying applied application apply",
        3.0,
    ),
    _rule(
        r"\b(?:applying|applied|application|apply|interest|interested|considering|considered) "
        rf"(?:to|at|with|for|in) (?:joining |working at |working for )?(?:the )?({NAME})",
        "applying applied application apply interest interested considering considered",
        3.0,
    ),
    _rule(
        rf"\b(?:joining|join|be part of|be a part of) (?:the |our )?({NAME}) "
        r"(?:team|family|community)",
        "joining join part",
        2.0,
    ),
    _rule(
        rf"\b(?:from|by|on behalf of) (?:the |everyone at |all of us at |us at )?({NAME}) "
        r"(?:team|recruiting)",
        "team recruiting",
        2.0,
    ),
    _rule(rf"\bto (?:work at|work for|join) ({NAME})", "work join", 2.0),
)
_SUBJECT_RULES: tuple[_Rule, ...] = (
    _rule(
        r"\b(?:application|applying|applied|apply|interest|interested|candidacy) "
        rf"(?:to|at|with|in) (?:the )?({NAME})",
        "application applying applied apply interest interested candidacy",
    ),
    _rule(
        r"\b(?:interview|offer|update|news|invitation|message|invite|call|chat) "
        rf"(?:with|from|at) (?:the )?({NAME})",
        "interview offer update news invitation message invite call chat",
    ),
    _rule(
        rf"\b(?:application was sent to|application was viewed by|sent to) ({NAME})",
        "sent viewed",
    ),
    _rule(rf"\b(?:at|with) ({NAME})\s*[!.]?$", "at with"),
    _rule(
        rf"^(?:Re: |Fwd?: )*Your ({NAME}) (?:application|interview|offer)",
        "application interview offer",
    ),
)
_ROLE = r"((?:[A-Z0-9]|[a-z]{1,3}[A-Z])[^.\n!?;:\"<>\[\]{}]{1,80}?)"
_ROLE_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"\b(?:for|to|in|about) (?:the|our|this|your|an?) (?:open |current )?{_ROLE} "
        r"(?:position|role|opening|job|vacancy|post|opportunity)\b",
        "position role opening job vacancy post opportunity",
    ),
    _rule(
        rf"\b(?:position|role|post|job title) of (?:an? |the )?{_ROLE}"
        r"(?= (?:at|with|in|here|has|is|was)\b|[.,;!(\n]|$)",
        "position role post title",
        flags=re.MULTILINE,
    ),
    _rule(
        rf"\bapplication (?:for|to) (?:the )?{_ROLE}(?: (?:position|role))?"
        r"(?= (?:at|with|has|was|is)\b|[.,;!\n]|$)",
        "application",
        flags=re.MULTILINE,
    ),
    _rule(
        rf"\b(?:applying|applied|apply|applications?) (?:for|to) (?:the )?{_ROLE} "
        r"(?:position|role|at|with)\b",
        "applying applied apply application applications",
    ),
    _rule(
        rf"^\s*(?:Position|Job Title|Role|Job)\s*:\s*{_ROLE}\s*$",
        "position title role job",
        flags=re.MULTILINE,
    ),
    _rule(r"\bjob \"([^\"\n]{2,80})\"", "job"),
    _rule(
        rf"\breceived your application for (?:the )?{_ROLE}"
        r"(?= (?:at|with|and|position|role)\b|[.,;!\n]|$)",
        "received",
        flags=re.MULTILINE,
    ),
    _rule(
        rf"\binterest in (?:the|our) {_ROLE} (?:position|role|opening|job)\b",
        "interest",
    ),
)
_SUBJECT_ROLE_RULES: tuple[_Rule, ...] = (
    _rule(rf"\bJob Application: {_ROLE}\s*$", "application"),
    _rule(
        rf"\b(?:Application|Applying|Interview|Invitation|Offer) (?:for|to interview for) "
        rf"(?:the |our )?{_ROLE}(?: [Pp]osition| [Rr]ole)?(?= at | with | - | – |\s*$)",
        "application applying interview invitation offer",
    ),
    _rule(rf"\bthe {_ROLE} (?:position|role)\b", "position role"),
    _rule(rf"\bYour {_ROLE} application\b", "application"),
)
_JOB_ID_RULES: tuple[_Rule, ...] = (
    _rule(
        r"\b(?:job|requisition|req|posting|position|vacancy|opening)\s*(?:id|number|no\.?|num|#|"
        r"code|ref(?:erence)?(?:\s*(?:id|no\.?|number))?)\s*[:#.]?\s*([A-Z]{0,5}[-_]?\d[\w-]{1,24})",
        "job requisition req posting position vacancy opening",
        flags=re.IGNORECASE,
    ),
    _rule(
        r"\b(?:req(?:uisition)?)\s*[:#]?\s*([A-Z]{0,5}[-_]?\d[\w-]{1,24})",
        "req requisition",
        flags=re.IGNORECASE,
    ),
)
# Workday-style requisition ids standing alone ("Software Engineer, R-0012345").
_BARE_REQUISITION = re.compile(r"(?<![\w/-])((?:JR|R|REQ)-?\d{4,}[A-Z]?)(?![\w-])")


@dataclass(frozen=True)
class Candidate:
    """A company name found somewhere, with how much that place is trusted."""

    name: str
    score: float
    source: str


def company_candidates(
    subject: str, text: str, signature: str, present: frozenset[str]
) -> Iterator[Candidate]:
    """Give every plausible company name in the subject, body and signature.

    `present` holds the lower-cased words of all three (see `triggers.words`).
    """
    text = text[:MAX_EXTRACT_CHARS]
    for rule in _SUBJECT_RULES:
        if not rule.needs.isdisjoint(present):
            for match in rule.regex.finditer(subject):
                name = clean_company(match.group(1))
                if name:
                    yield Candidate(name, 4.0, "subject")
    yield from _dashed_subject_company(subject)
    for rule in _BODY_RULES:
        if not rule.needs.isdisjoint(present):
            for match in rule.regex.finditer(text):
                name = clean_company(match.group(1))
                if name:
                    yield Candidate(name, rule.score, "body")
    if not text.isascii():
        for match in _CHINESE_COMPANY.finditer(text):
            yield Candidate(match.group(0), 3.0, "body")
    team_words = not present.isdisjoint(
        {"recruiting", "recruitment", "talent", "hiring", "hr", "human", "people", "careers", "staffing"}
    )
    for block in (text, signature):
        if team_words:
            for match in _SIGNATURE_TEAM.finditer(block):
                name = clean_company(match.group(1), keep_the=False)
                if name:
                    yield Candidate(name, 3.0, "signature")
        if "team" in present:
            for match in _SIGNATURE_THE_TEAM.finditer(block):
                name = clean_company(match.group(1), keep_the=False)
                if name:
                    yield Candidate(name, 2.0, "signature")
        yield from _closing_candidates(block)


def _dashed_subject_company(subject: str) -> Iterator[Candidate]:
    """Give the company side of "Acme - Senior Engineer" or "Senior Engineer | Acme"."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|:]\s+|:\s+", subject) if p.strip()]
    if len(parts) != 2:
        return
    roles = [_has_role_word(p) for p in parts]
    if roles[0] == roles[1]:
        return
    other = parts[1] if roles[0] else parts[0]
    match = re.fullmatch(rf"(?:Re: |Fwd?: )*({NAME})", other)
    if match:
        name = clean_company(match.group(1))
        if name:
            yield Candidate(name, 3.0, "subject")


def _has_role_word(text: str) -> bool:
    return any(w.lower().strip(".,()") in _ROLE_WORDS for w in text.split())


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
    name = _TEAM_TAIL.sub("", name).strip(" ,")
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
    if any(word in _ROLE_WORDS for word in lowered):
        return None
    return name


def _closing_candidates(block: str) -> Iterator[Candidate]:
    """Give names on the lines after a closing ("Regards,") or above a bare "The HR Team" line."""
    lines = [line.strip() for line in block.split("\n")]
    for index, line in enumerate(lines):
        if len(line) > 40:
            continue
        if _CLOSING.match(line):
            following = [candidate for candidate in lines[index + 1 : index + 5] if candidate]
            for offset, candidate in enumerate(following[:2]):
                name = _line_name(candidate)
                if name:
                    yield Candidate(name, 1.0 if offset == 0 else 0.5, "closing")
        elif _TEAM_LINE.match(line):
            previous = next((p for p in reversed(lines[:index]) if p), "")
            name = _line_name(previous)
            if name:
                yield Candidate(name, 2.0, "signature")


def _line_name(line: str) -> str | None:
    match = re.fullmatch(rf"[\s\-–—*]*({NAME})[.!]?\s*", line)
    return clean_company(match.group(1)) if match else None


def best_company(candidates: list[Candidate], rules: Rules) -> tuple[str | None, str]:
    """Give the best-supported company and where it came from; names found in several places add up."""
    if not candidates:
        return None, ""
    totals: dict[str, float] = {}
    first: dict[str, Candidate] = {}
    for candidate in candidates:
        key = _key(candidate.name)
        totals[key] = totals.get(key, 0.0) + candidate.score
        if key not in first or candidate.score > first[key].score:
            first[key] = candidate
    # Support from a longer or shorter form of the same name ("Acme" in "Acme Corp") counts half.
    boosted = dict(totals)
    for key in totals:
        for other in totals:
            if other != key and (other.startswith(key + " ") or key.startswith(other + " ")):
                boosted[key] += totals[other] / 2
    best_key = max(totals, key=lambda k: (boosted[k], first[k].score))
    best = first[best_key]
    return alias(best.name, rules), best.source


def alias(name: str, rules: Rules) -> str:
    """Give the company name an alias maps to in the config, else the name itself."""
    return rules.company_aliases.get(name.casefold(), name)


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s&]", " ", name.casefold()).split())


def find_role(subject: str, text: str, present: frozenset[str]) -> str | None:
    """Give the job title the message names, None when it names none."""
    text = text[:MAX_EXTRACT_CHARS]
    for rules, where in ((_ROLE_RULES, text), (_SUBJECT_ROLE_RULES, subject)):
        for rule in rules:
            if rule.needs.isdisjoint(present):
                continue
            for match in rule.regex.finditer(where):
                role = _clean_role(match.group(1))
                if role:
                    return role
    return _role_from_dashed_subject(subject)


def _clean_role(raw: str) -> str | None:
    role = " ".join(raw.strip(" ,-–:\"'").split())
    role = re.sub(r"\s+\((?:open to remote|remote|hybrid|on-?site)\)$", "", role, flags=re.IGNORECASE)
    words = role.split()
    if not words or len(words) > 12 or len(role) < 2:
        return None
    lowered = {w.lower() for w in words}
    if lowered & {"you", "your", "we", "our", "us", "i", "my"}:
        return None
    if words[0].lower() in ("position", "role", "job", "application", "company"):
        return None
    return role


def _role_from_dashed_subject(subject: str) -> str | None:
    """Give the role side of "Acme - Senior Engineer" or "Senior Engineer | Acme" subjects."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+", subject) if p.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        part = re.sub(r"^(?:re|fwd?|aw|wg):\s*", "", part, flags=re.IGNORECASE)
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
    for cue in rules.job_urls:
        if all(not needed.isdisjoint(present) for needed in cue.triggers):
            match = cue.regex.search(text)
            if match:
                return match.group(1)
    for rule in _JOB_ID_RULES:
        if rule.needs.isdisjoint(present):
            continue
        for match in rule.regex.finditer(text):
            job_id = match.group(1).strip("-_.")
            if any(ch.isdigit() for ch in job_id) and len(job_id) >= 3:
                return job_id
    if "R-" in text or "JR" in text or "REQ" in text:
        match = _BARE_REQUISITION.search(text)
        if match:
            return match.group(1)
    return None
