"""Company, role and job id found in a message's subject and text.

Speed matters here as much as in the cues: every pattern starts with a literal or
rare text (re scans for that quickly), the wider context is checked only around
its matches, and a pattern whose words are missing from the message is not tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.classify.rules import Rules, variants
from tracker.classify.senders import folded


class _WordPattern:
    """A pattern searched as literal-first variants, whose matches start a word.

    re scans fast for a literal start but slowly for a leading "\\b" or "(?:a|b)";
    the word start is checked here instead.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        body = pattern.removeprefix("\\b")
        self.regexes = tuple(re.compile(variant, flags) for variant in variants(body))

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = [
            match
            for regex in self.regexes
            for match in regex.finditer(text)
            if match.start() == 0 or not text[match.start() - 1].isalnum()
        ]
        found.sort(key=lambda match: match.start())
        return found


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
# One pattern per preposition: re finds a literal start fast, " (?:at|with|...)" slowly.
_PREPOSITION_NAMES = tuple(
    re.compile(rf" ({word}) (?:the )?(?:joining |working at |working for )?({NAME})")
    for word in ("at", "with", "to", "in", "for")
)
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
_JOIN = _WordPattern(rf"(?:join|joining|part of) (the |our )?({NAME})( team| family| community)?")
_FROM_TEAM = _WordPattern(
    rf"from (?:the |everyone at |all of us at |us at )?({NAME}) (?:[Tt]eam|[Rr]ecruiting)\b"
)
_SUBJECT_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:application|applying|applied|apply|interest|interested|candidacy) "
        rf"(?:to|at|with|in|for joining) (?:the )?({NAME})",
        r"\b(?:interview|offer|update|news|invitation|message|invite|call|chat) "
        rf"(?:with|from|at) (?:the )?({NAME})",
        rf"\b(?:application was sent to|application was viewed by|sent to) ({NAME})",
        rf"\b(?:at|with) ({NAME})(?:\s*[!.]?$|\s+[-–—|:]\s)",
        rf"^Your ({NAME}) (?:application|interview|offer)",
    )
)

_ROLE = r"((?:[A-Z0-9]|[a-z]{1,3}[A-Z])[^.\n!?;:\"<>\[\]{}]{1,80}?)"
_ROLE_NOUNS = tuple(
    re.compile(rf" {noun}\b")
    for noun in ("position", "role", "opening", "job", "vacancy", "post", "opportunity")
)
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
_SUBJECT_ROLE_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\bJob Application: {_ROLE}\s*$",
        rf"\b(?:Application|Applying|Interview|Invitation|Offer) (?:for|to interview for) "
        rf"(?:the |our )?{_ROLE}(?: [Pp]osition| [Rr]ole)?(?= at | with | - | – |\s*$)",
        rf"\bthe {_ROLE} (?:position|role)\b",
        rf"\bYour {_ROLE} application\b",
    )
)
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
# Workday-style requisition ids standing alone ("Software Engineer, R-0012345").
_BARE_REQUISITION = re.compile(r"(?<![\w/-])((?:JR|R|REQ)-?\d{4,}[A-Z]?)(?![\w-])")

_SOURCE_ORDER = {
    "subject": 0,
    "display name": 1,
    "body": 2,
    "ats tenant": 3,
    "signature": 4,
    "domain": 5,
    "closing": 6,
}


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
    yield from _subject_candidates(subject)
    # Names and titles run across wrapped lines; signatures are read line by line.
    yield from _body_candidates(text.replace("\n", " "), present)
    if not text.isascii():
        for match in _CHINESE_COMPANY.finditer(text):
            yield Candidate(match.group(0), 3.0, "body")
    lines = [line.strip() for line in text.split("\n")[-_TAIL_LINES:]]
    if signature:
        lines += [line.strip() for line in signature.split("\n")[:_TAIL_LINES]]
    yield from _signature_candidates(lines)


def _subject_candidates(subject: str) -> Iterator[Candidate]:
    for pattern in _SUBJECT_RULES:
        for match in pattern.finditer(subject):
            name = clean_company(match.group(1))
            if name:
                yield Candidate(name, 4.0, "subject")
    # "Acme - Senior Engineer", "Senior Engineer | Acme": the side without a role word.
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|:\s+", subject) if p.strip()]
    if len(parts) == 2:
        roles = [_has_role_word(p) for p in parts]
        names = [re.fullmatch(NAME, p) is not None for p in parts]
        side: str | None = None
        if roles[0] != roles[1]:
            side = parts[1] if roles[0] else parts[0]
        elif names[0] != names[1]:
            side = parts[0] if names[0] else parts[1]  # "Acme: let's schedule your interview"
        whole = re.fullmatch(NAME, side) if side else None
        name = clean_company(whole.group(0)) if whole else None
        if name:
            yield Candidate(name, 3.0, "subject")


def _body_candidates(text: str, present: frozenset[str]) -> Iterator[Candidate]:
    if not present.isdisjoint({"has", "have"}):
        for match in _DECIDED.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            name = clean_company(before.group(1)) if before else None
            if name:
                yield Candidate(name, 3.0, "body")
    matches = [m for pattern in _PREPOSITION_NAMES for m in pattern.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        start = match.start()
        sentence = _sentence_before(text, start)
        previous = sentence.rsplit(" ", 1)[-1]
        if match.group(1) in ("for", "in", "to") and previous[:1].isupper() and previous.isalpha():
            continue  # "Institute for AI": the preposition is inside a name
        # The words before the name: "position at", "applying to", "career with".
        lead = f"{sentence} {match.group(1)}"
        if _NOUN_BEFORE.search(lead) or _ROLE_CONTEXT.search(sentence):
            name = clean_company(match.group(2))
            if name:
                yield Candidate(name, 3.0, "body")
    if not present.isdisjoint({"join", "joining", "part"}):
        for match in _JOIN.finditer(text):
            if match.group(1) == "our ":
                continue  # "join our Talent Community": a program, not the employer
            name = clean_company(match.group(2))
            if name:
                tail = match.group(3) or ""
                yield Candidate(name, 1.0 if tail in (" family", " community") else 2.0, "body")
    if "from" in present:
        for match in _FROM_TEAM.finditer(text):
            name = clean_company(match.group(1))
            if name:
                yield Candidate(name, 2.0, "body")


def _sentence_before(text: str, position: int) -> str:
    """Give the text of the sentence before `position` (at most 120 characters)."""
    start = max(0, position - 120)
    window = text[start:position]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window[cut + 1 :] if cut >= 0 else window


def _signature_candidates(lines: list[str]) -> Iterator[Candidate]:
    """Give one name per closing line: team signatures, the line after "Regards,", ..."""
    after_closing = 0
    previous = ""
    for line in lines:
        if not line or len(line) > 80:
            if line:
                after_closing = 0
            continue
        found: Candidate | None = None
        if _TEAM_ONLY_LINE.fullmatch(line):
            # "YourCompany" above "The HR Team": the line before names the company.
            name = _line_name(previous)
            found = Candidate(name, 2.0, "signature") if name else None
        elif _TEAM_HINT.search(line) and (match := _SIGNATURE_TEAM.fullmatch(line)):
            name = clean_company(match.group(1), keep_the=False)
            found = Candidate(name, 3.0, "signature") if name else None
        elif "The " in line and (match := _SIGNATURE_THE_TEAM.fullmatch(line)):
            name = clean_company(match.group(1), keep_the=False)
            found = Candidate(name, 2.0, "signature") if name else None
        elif after_closing:
            name = _line_name(line)
            found = Candidate(name, 1.0 if after_closing == 2 else 0.5, "closing") if name else None
        if found:
            yield found
        after_closing = 2 if _CLOSING.fullmatch(line) else max(0, after_closing - 1)
        previous = line


def _has_role_word(text: str) -> bool:
    return any(w.lower().strip(".,()") in _ROLE_WORDS for w in text.split())


def _line_name(line: str) -> str | None:
    match = _LINE_NAME.fullmatch(line)
    return clean_company(match.group(1)) if match else None


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
    if any(word in _ROLE_WORDS or word in _NOT_EMPLOYER_WORDS for word in lowered):
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
    standalone: set[str] = set()
    for candidate in candidates:
        key = _key(candidate.name)
        totals[key] = totals.get(key, 0.0) + candidate.score
        if candidate.source != "closing":
            standalone.add(key)
        held = first.get(key)
        if held is None or _rank(candidate) < _rank(held):
            first[key] = candidate
            spaced[key] = _spaced_key(candidate.name)
    if not standalone:
        return None, ""
    # Support from a longer or shorter form of the same name ("Acme" in "Acme Corp") counts half.
    boosted = {key: totals[key] for key in standalone}
    for key in standalone:
        for other in totals:
            longer = spaced[other].startswith(spaced[key] + " ")
            if other != key and (longer or spaced[key].startswith(spaced[other] + " ")):
                boosted[key] += totals[other] / 2
    best_key = min(standalone, key=lambda k: (-boosted[k], -totals[k], _rank(first[k])))
    best = first[best_key]
    return alias(best.name, rules), best.source


def _rank(candidate: Candidate) -> tuple[float, int]:
    return (-candidate.score, _SOURCE_ORDER.get(candidate.source, 9))


def alias(name: str, rules: Rules) -> str:
    """Give the company name an alias maps to in the config, else the name itself."""
    return rules.company_aliases.get(name.casefold(), name)


def _key(name: str) -> str:
    """Give the identity of a name: "Juniper Ledger" and the domain's "Juniperledger" are one,
    and so are "Müller & Söhne" and "Mueller Soehne"."""
    return re.sub(r"[^a-z0-9]", "", folded(name.casefold())[1 if not name.isascii() else 0])


def _spaced_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s&]", " ", name.casefold()).split())


def find_role(subject: str, text: str, present: frozenset[str]) -> str | None:
    """Give the job title the message names, None when it names none."""
    lines = text[:MAX_EXTRACT_CHARS]
    text = lines.replace("\n", " ")
    nouns = [m for pattern in _ROLE_NOUNS for m in pattern.finditer(text)]
    for match in sorted(nouns, key=lambda m: m.start()):
        # A title ends in a capitalised word ("the Data Analyst position"); other nouns
        # ("new roles are posted") need no closer look.
        space = text.rfind(" ", max(0, match.start() - 40), match.start())
        previous = text[space + 1 : space + 2] if space >= 0 else text[:1]
        if not (previous.isupper() or previous.isdigit()):
            continue
        window = text[max(0, match.start() - 100) : match.start()]
        # The determiner closest to the noun: "a 45-minute screen for the Data Analyst role".
        for lead in reversed(list(_ROLE_LEAD.finditer(window))):
            title = window[lead.end() :]
            role = _clean_role(title) if _ROLE_START.match(title) else None
            if role:
                return role
    for rule, needs in _ROLE_RULES:
        if needs.isdisjoint(present):
            continue
        for found in rule.finditer(text):
            role = _clean_role(found.group(1))
            if role:
                return role
    if ":" in lines:
        for found in _ROLE_LINE.finditer(lines):
            role = _clean_role(found.group(1))
            if role:
                return role
    for pattern in _SUBJECT_ROLE_RULES:
        for found in pattern.finditer(subject):
            role = _clean_role(found.group(1))
            if role:
                return role
    return _role_from_dashed_subject(subject)


_ROLE_CONNECTORS = frozenset(
    ["of", "and", "for", "in", "&", "the", "to", "de", "/", "-", "–", "i", "ii"]
)


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
    role = re.sub(
        r"\s*\([^()]*\d[^()]*\)$", "", role
    )  # "Analyst (R-0042817)": the id is no part of it
    role = re.sub(
        r"\s*\((?:open to remote|remote|hybrid|on-?site|open)\)$", "", role, flags=re.IGNORECASE
    )
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
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+", subject) if p.strip()]
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
    for cue in rules.job_urls:
        if all(not needed.isdisjoint(present) for needed in cue.triggers):
            match = cue.regex.search(text)
            if match:
                return match.group(1)
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() kept every position: ids are read from `text`
        for pattern, needs in _JOB_ID_RULES:
            if needs.isdisjoint(present):
                continue
            for match in pattern.finditer(lowered):
                job_id = text[match.start(1) : match.end(1)].strip("-_.")
                if any(ch.isdigit() for ch in job_id) and len(job_id) >= 3:
                    return job_id
    if "R-" in text or "JR" in text or "REQ" in text:
        match = _BARE_REQUISITION.search(text)
        if match:
            return match.group(1)
    return None
