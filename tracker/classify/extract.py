"""Company, role and job id found in a message's subject and text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.classify.rules import Rules

# One word of a company name: capitalised, a number, or camel case ("eBay", "iCIMS").
_WORD = r"(?:[A-Z0-9À-ÖØ-Þ][\w&'.°+@-]*|[a-z]+[A-Z][\w&'.°+-]*)"
_SUFFIX = r"(?:,? (?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|Corporation|GmbH|AG|SA|SAS|BV|B\.V|NV|PLC|LLP|Limited|Pty|S\.A)\b\.?)"
_JOINER = r"(?: (?:&|and|of|for|de|du|la|der|y|und|et) " + _WORD + ")"
NAME = rf"(?:The )?{_WORD}(?:{_SUFFIX}|{_JOINER}| {_WORD})*{_SUFFIX}?"
_CHINESE_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:有限公司|股份公司|集团|公司)")

# Words that end a role, never a company.
_ROLE_WORDS = frozenset(
    ["engineer", "engineering?", "developer", "manager", "analyst", "designer", "scientist", "intern", "internship", "architect", "specialist", "consultant", "associate", "director", "lead", "administrator", "assistant", "coordinator", "representative", "technician", "officer", "position", "role", "opening", "program", "programme", "graduate", "trainee", "apprentice", "recruiter", "programmer", "tester", "sre", "devops", "head", "vp", "president", "accountant", "writer", "editor", "researcher", "fellow", "student", "executive", "agent", "clerk", "nurse", "teacher", "driver", "operator"]
)
# Words that are never a company on their own.
_NOT_COMPANY = frozenset(
    ["unfortunately", "thank", "thanks", "we", "our", "you", "your", "dear", "hi", "hello", "please", "the", "this", "that", "regards", "sincerely", "best", "team", "job", "jobs", "careers", "career", "greenhouse", "lever", "workday", "linkedin", "indeed", "position", "role", "application", "applications", "company", "inc", "llc", "hr", "talent", "hiring", "recruiting", "recruitment", "us", "it", "they", "there", "here", "following", "candidate", "candidates", "congratulations", "cheers", "all", "interview", "update", "re", "fwd", "fw", "subject", "date", "from", "to", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "kind", "warm", "warmest", "yours", "i", "an", "a", "no", "yes", "note", "ps", "software", "engineer", "developer", "human", "resources", "people", "our-team", "mr", "mrs", "ms", "dr", "sir", "madam", "applicant"]
)  # fmt: skip
_TRAILING_WORDS = re.compile(
    r"(?:[ ,]+(?:Careers?|Jobs|Team|Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring|HR|Family|"
    r"Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.?)?)*$"
)
_ABBREVIATION_END = re.compile(r"(?:Inc|Ltd|Co|Corp|L\.L\.C|B\.V|S\.A|Jr|St)\.$")

_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm|warmest|many|with)?\s*regards|sincerely|best(?: wishes)?|thanks|thank you|"
    r"cheers|respectfully|all the best|yours(?: sincerely| truly| faithfully)?|cordially)[,.!]?\s*$",
    re.IGNORECASE,
)
_TEAM_LINE = re.compile(
    r"^(?:the )?(?:hr|people|recruiting|recruitment|talent(?: acquisition)?|hiring|human resources)"
    r"(?: team| department)?\.?$",
    re.IGNORECASE,
)
_SIGNATURE_TEAM = re.compile(
    rf"^[\s\-–—*]*(?:The |the )?({NAME}) (?:(?:Campus|University|Global|Corporate|Technical|Tech|Graduate|Early Careers) )?"
    r"(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|HR|Human Resources|People(?: Team| Ops)?|"
    r"Careers|Staffing)(?: (?:and|&) [A-Z]\w+)?(?: [Tt]eam| [Dd]epartment| [Gg]roup| [Tt]eam\.)?[.!]?\s*$",
    re.MULTILINE,
)
_SIGNATURE_THE_TEAM = re.compile(rf"^[\s\-–—*]*The ({NAME}) [Tt]eam[.!]?\s*$", re.MULTILINE)

# (pattern, score): patterns over the body whose group 1 names the company.
_BODY_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern), score)
    for pattern, score in (
        (
            rf"(?:^|[.!?]\s+|Unfortunately,? |However,? |At this time,? )({NAME}) (?:has|have) "
            r"(?:decided|moved|chosen|selected|opted|reviewed|received|filled)",
            3.0,
        ),
        (
            r"\b(?:position|role|opening|job|opportunit(?:y|ies)|vacancy|internship|careers?|employment|"
            r"work|working|job application|roles|openings|positions|interest|interested|us|team|"
            rf"candidacy|application) (?:here |with us |there )?(?:at|with) (?:the )?({NAME})",
            3.0,
        ),
        (
            r"\b(?:role|position|post|interest in|applying for|applied for|application for|apply for) "
            rf"[^.\n]{{1,80}}? (?:at|with) (?:the )?({NAME})",
            3.0,
        ),
        (
            r"\b(?:applying|applied|application|apply|interest|interested|considering|considered) "
            rf"(?:to|at|with|for|in) (?:joining |working at |working for )?(?:the )?({NAME})",
            3.0,
        ),
        (
            rf"\b(?:joining|join|be part of|be a part of) (?:the |our )?({NAME}) (?:team|family|community)",
            2.0,
        ),
        (
            rf"\b(?:from|by|on behalf of) (?:the |everyone at |all of us at |us at )?({NAME}) (?:team|recruiting)",
            2.0,
        ),
        (rf"\bto (?:work at|work for|join) ({NAME})", 2.0),
    )
)
_SUBJECT_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:application|applying|applied|apply|interest|interested|candidacy) (?:to|at|with|in) (?:the )?({NAME})",
        rf"\b(?:interview|offer|update|news|invitation|message|invite|call|chat) (?:with|from|at) (?:the )?({NAME})",
        rf"\b(?:application was sent to|application was viewed by|sent to) ({NAME})",
        rf"\b(?:at|with) ({NAME})\s*[!.]?$",
        rf"^(?:Re: |Fwd?: )*Your ({NAME}) (?:application|interview|offer)",
        rf"^(?:\[)?({NAME})(?:\])? ?(?:[-–|:]|—) ",
        rf"(?:[-–|:]|—) ({NAME})\s*$",
    )
)
_ROLE = r"((?:[A-Z0-9]|[a-z]+[A-Z])[^.\n!?;:\"<>\[\]{}]{1,80}?)"
_ROLE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        rf"\b(?:for|to|in|about) (?:the|our|this|your|an?) (?:open |current )?{_ROLE} (?:position|role|opening|job|vacancy|post|opportunity)\b",
        rf"\b(?:position|role|post|job title) of (?:an? |the )?{_ROLE}(?= (?:at|with|in|here|has|is|was)\b|[.,;!(\n]|$)",
        rf"\bapplication (?:for|to) (?:the )?{_ROLE}(?: (?:position|role))?(?= (?:at|with|has|was|is)\b|[.,;!\n]|$)",
        rf"\b(?:applying|applied|apply|applications?) (?:for|to) (?:the )?{_ROLE} (?:position|role|at|with)\b",
        rf"^\s*(?:Position|Job Title|Role|Job)\s*:\s*{_ROLE}\s*$",
        r"\bjob \"([^\"\n]{2,80})\"",
        rf"\breceived your application for (?:the )?{_ROLE}(?= (?:at|with|and|position|role)\b|[.,;!\n]|$)",
        rf"\binterest in (?:the|our) {_ROLE} (?:position|role|opening|job)\b",
    )
)
_SUBJECT_ROLE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\bJob Application: {_ROLE}\s*$",
        rf"\b(?:Application|Applying|Interview|Invitation|Offer) (?:for|to interview for) (?:the |our )?{_ROLE}(?: [Pp]osition| [Rr]ole)?(?= at | with | - | – |\s*$)",
        rf"\bthe {_ROLE} (?:position|role)\b",
        rf"\bYour {_ROLE} application\b",
    )
)
_JOB_ID_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\b(?:job|requisition|req|posting|position|vacancy|opening)\s*(?:id|number|no\.?|num|#|code|"
        r"ref(?:erence)?(?:\s*(?:id|no\.?|number))?)\s*[:#.]?\s*([A-Z]{0,5}[-_]?\d[\w-]{1,24})",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:req(?:uisition)?)\s*[:#]?\s*([A-Z]{0,5}[-_]?\d[\w-]{1,24})", re.IGNORECASE),
    re.compile(r"(?<![\w/-])((?:JR|R|REQ)-?\d{4,}[A-Z]?)(?![\w-])"),
)


@dataclass(frozen=True)
class Candidate:
    """A company name found somewhere, with how much that place is trusted."""

    name: str
    score: float
    source: str


def company_candidates(subject: str, text: str, signature: str) -> Iterator[Candidate]:
    """Give every plausible company name in the subject, body and signature."""
    for pattern in _SUBJECT_PATTERNS:
        for match in pattern.finditer(subject):
            name = clean_company(match.group(1))
            if name:
                yield Candidate(name, 4.0, "subject")
    for pattern, score in _BODY_PATTERNS:
        for match in pattern.finditer(text):
            name = clean_company(match.group(1))
            if name:
                yield Candidate(name, score, "body")
    for match in _CHINESE_COMPANY.finditer(text):
        yield Candidate(match.group(0), 3.0, "body")
    for block in (text, signature):
        for pattern in (_SIGNATURE_TEAM, _SIGNATURE_THE_TEAM):
            for match in pattern.finditer(block):
                name = clean_company(match.group(1), keep_the=False)
                if name:
                    yield Candidate(name, 3.0 if pattern is _SIGNATURE_TEAM else 2.0, "signature")
        yield from _closing_candidates(block)


def clean_company(raw: str, *, keep_the: bool = True) -> str | None:
    """Give a company name tidied (trailing team words and dots off), or None if it is no name."""
    name = raw.strip(" \t,;:!?-–—*\"'")
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    while name.endswith(".") and not _ABBREVIATION_END.search(name):
        name = name[:-1]
    if name.endswith("..") and _ABBREVIATION_END.search(name[:-1]):
        name = name[:-1]
    trimmed = _TRAILING_WORDS.sub("", name).strip(" ,")
    # Keep legal suffixes ("Decentrix Inc."): only trim them when a team word followed.
    if (
        trimmed
        and trimmed != name
        and not re.search(r"(?:Careers?|Jobs|Team|Recruit\w*|Talent\w*|Hiring|HR|Family)", name)
    ):
        trimmed = name
    name = trimmed or name
    if name.startswith("the ") or (not keep_the and name.startswith("The ")):
        name = name[4:]
    words = name.split()
    if not words or len(words) > 7 or len(name) > 60 or len(name) < 2:
        return None
    lowered = [w.lower().strip(".,'") for w in words]
    if lowered[0] in _NOT_COMPANY and (
        len(words) == 1
        or lowered[0]
        in (
            "our",
            "your",
            "this",
            "that",
            "dear",
            "hi",
            "hello",
            "thank",
            "thanks",
            "unfortunately",
            "please",
            "we",
            "you",
        )
    ):
        return None
    if len(words) == 1 and lowered[0] in _NOT_COMPANY:
        return None
    if name.lower().startswith("the ") and len(words) == 2 and lowered[1] in _NOT_COMPANY:
        return None
    if any(word in _ROLE_WORDS for word in lowered):
        return None
    return name


def _closing_candidates(block: str) -> Iterator[Candidate]:
    """Give names on the lines after a closing ("Regards,") or above a bare "The HR Team" line."""
    lines = [line.strip() for line in block.split("\n")]
    for index, line in enumerate(lines):
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
    # Support from a longer or shorter form of the same name ("Acme" inside "Acme Corp") counts half.
    keys = list(totals)
    boosted = dict(totals)
    for key in keys:
        for other in keys:
            if other != key and (other.startswith(key + " ") or key.startswith(other + " ")):
                boosted[key] += totals[other] / 2
    best_key = max(keys, key=lambda k: (boosted[k], first[k].score))
    best = first[best_key]
    return alias(best.name, rules), best.source


def alias(name: str, rules: Rules) -> str:
    """Give the company name an alias maps to in the config, else the name itself."""
    return rules.company_aliases.get(name.casefold(), name)


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s&]", " ", name.casefold()).split())


def find_role(subject: str, text: str) -> str | None:
    """Give the job title the message names, None when it names none."""
    for pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(text):
            role = _clean_role(match.group(1))
            if role:
                return role
    for pattern in _SUBJECT_ROLE_PATTERNS:
        for match in pattern.finditer(subject):
            role = _clean_role(match.group(1))
            if role:
                return role
    return _role_from_dashed_subject(subject)


def _clean_role(raw: str) -> str | None:
    role = " ".join(raw.strip(" ,-–:\"'").split())
    role = re.sub(
        r"\s+\((?:open to remote|remote|hybrid|on-?site)\)$", "", role, flags=re.IGNORECASE
    )
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
        if (
            (words
            and words[-1] in _ROLE_WORDS)
            or (len(words) > 1 and words[-2] in _ROLE_WORDS and len(words[-1]) <= 3)
        ):
            return _clean_role(part)
    return None


def find_job_id(text: str, rules: Rules) -> str | None:
    """Give the ATS job or requisition id the message shows, None when it shows none."""
    for pattern in rules.job_urls:
        match = pattern.search(text)
        if match:
            return match.group(1)
    for pattern in _JOB_ID_PATTERNS:
        for match in pattern.finditer(text):
            job_id = match.group(1).strip("-_.")
            if any(ch.isdigit() for ch in job_id) and len(job_id) >= 3:
                return job_id
    return None
