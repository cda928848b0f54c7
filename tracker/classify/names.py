"""What a company name looks like, and how a found one is tidied or turned down."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# One word of a company name: capitalised, a number, or camel case ("eBay", "iCIMS").
# A dot stays inside a word only before a letter ("Nuts.com"), so "Acme. We" is two.
_WORD = r"(?:[A-Z0-9À-ÖØ-Þ]|[a-z]{1,3}[A-Z])(?:[\w&'°+@-]|\.(?=\w))*"
_SUFFIX = (
    r"(?:,? (?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|Corporation|GmbH|AG|SA|SAS|BV|B\.V|NV|PLC|LLP|Limited"
    r"|Pty|S\.A)\b\.?)"
)
_JOINER = r"(?: (?:&|and|of|for|de|du|la|der|y|und|et) " + _WORD + ")"
NAME = rf"(?:The )?{_WORD}(?:{_SUFFIX}|{_JOINER}| {_WORD})*"
LAZY_NAME = rf"(?:The )?{_WORD}(?:{_SUFFIX}|{_JOINER}| {_WORD})*?"

# Words that mark a job title: a name holding one is a role, not a company.
ROLE_WORDS = frozenset(
    [
        "engineer", "engineers", "developer", "developers", "manager", "analyst", "designer",
        "scientist", "intern", "internship", "architect", "specialist", "consultant", "associate",
        "director", "lead", "administrator", "assistant", "coordinator", "representative",
        "technician", "officer", "position", "role", "opening", "program", "programme", "graduate",
        "trainee", "apprentice", "recruiter", "programmer", "tester", "sre", "devops", "vp",
        "accountant", "writer", "editor", "researcher", "fellow", "student", "executive", "agent",
        "clerk", "nurse", "teacher", "driver", "operator", "job", "vacancy", "handler",
        "merchandiser", "advisor", "adviser", "supervisor", "operative", "attendant",
        "receptionist", "cashier", "barista", "waiter", "waitress", "bartender", "dispatcher",
        "lecturer", "professor", "tutor", "paralegal", "solicitor", "pharmacist",
        "physiotherapist", "therapist", "carer", "auditor", "underwriter", "actuary", "surveyor",
        "electrician", "mechanic", "welder", "housekeeper", "estimator",
        "economist", "statistician", "librarian", "journalist", "illustrator", "copywriter",
        "translator", "instructor", "caregiver", "apprenticeship",
    ]
)  # fmt: skip
# The same in German, French, Spanish and Dutch, and the endings of German and Dutch
# compound titles ("Pflegefachkraft", "Projektingenieur", "Beleidsmedewerker").
ROLE_WORDS_ELSEWHERE = frozenset(
    [
        "fachkraft", "sachbearbeiter", "sachbearbeiterin", "sachbearbeitung", "entwickler",
        "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter", "leiterin",
        "referent", "referentin", "mitarbeiter", "mitarbeiterin", "kaufmann", "kauffrau",
        "assistenz", "praktikant", "praktikantin", "werkstudent", "werkstudentin", "techniker",
        "technikerin", "chargé", "chargée", "technicien", "technicienne", "ingénieur",
        "ingénieure", "développeur", "développeuse", "conseiller", "conseillère", "attaché",
        "attachée", "stagiaire", "alternant", "alternante", "vendeur", "vendeuse", "infirmier",
        "infirmière", "desarrollador", "desarrolladora", "coordinador", "coordinadora", "analista",
        "jefe", "jefa", "ingeniero", "ingeniera", "auxiliar", "asistente", "becario", "becaria",
        "enfermero", "enfermera", "vendedor", "vendedora", "medewerker", "medewerkster", "adviseur",
        "ontwikkelaar", "verpleegkundige", "stagiair", "assistent",
    ]
)  # fmt: skip
_ROLE_ENDINGS = (
    "fachkraft", "ingenieur", "ingenieurin", "entwickler", "entwicklerin", "berater",
    "beraterin", "leiter", "leiterin", "referent", "referentin", "mitarbeiter",
    "mitarbeiterin", "sachbearbeiter", "sachbearbeiterin", "techniker", "technikerin",
    "kaufmann", "kauffrau", "medewerker", "adviseur", "ontwikkelaar", "manager",
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
        # What a subject says the mail is: "Confirmed: Tuesday 10:30", "Aanbod: Studentenjob"
        "confirmed", "confirmation", "reminder", "invitation", "feedback", "status", "outcome",
        "result", "results", "bevestiging", "aanbod", "uitnodiging", "herinnering", "resultaat",
        "einladung", "bestätigung", "erinnerung", "ergebnis", "zusage", "absage", "angebot",
        "convocation", "rappel", "résultat", "offre", "invitación", "recordatorio", "resultado",
        "oferta", "confirmación",
    ]
)  # fmt: skip
# A first word that shows the capitalised run is a sentence, not a name.
_LEADING_WORDS = frozenset(
    [
        "our", "your", "this", "that", "dear", "hi", "hello", "thank", "thanks", "unfortunately",
        "please", "we", "you", "if", "as", "at", "in", "on", "for", "with", "and", "or", "but",
        "my", "i", "it", "after", "while", "although", "however",
        # A subject's first word: "Offer of Employment", "Ihr Vertragsangebot", "Requisition 48812"
        "offer", "invitation", "interview", "update", "confirmation", "reminder", "application",
        "requisition", "opportunity", "newsletter", "ihr", "ihre", "dein", "deine", "einladung",
        "bestätigung", "eingangsbestätigung", "votre", "ton", "sélection", "affichage",
        "opportunité", "convocation", "proposition", "tu", "su", "oportunidad", "propuesta",
        "proceso", "invitación", "oferta", "uw", "jouw", "je", "uitnodiging", "bevestiging",
        "aanbod", "vacature",
    ]
)  # fmt: skip
# Words that show a name is a program or page, never the employer.
_NOT_EMPLOYER_WORDS = frozenset(
    ["community", "network", "newsletter", "portal", "page", "site", "website", "database", "pool"]
)
# Words that show a run of capitals is a subject's phrase in another language, not a name:
# "Eingangsbestätigung Ihrer Bewerbung" (its titles, "Becario de Ciencia de Datos", are
# role words, above).
_SUBJECT_PHRASE_WORDS = frozenset(
    [
        "ihre", "ihrer", "deine", "deiner", "votre", "jouw", "bewerbung", "eingangsbestätigung",
        "sollicitatie", "kandidatuur", "candidature", "candidatura", "postulación", "solicitud",
    ]
)  # fmt: skip
_TEAM_TAIL = re.compile(
    r"(?:[ ,]+(?:Careers?|Jobs|Team|Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring|HR|"
    r"Family|People|Campus|University|Global|Corporate|Graduate|Early Careers|Human Resources|"
    # The same in the other languages the phrases cover (German, French, Spanish, Dutch)
    r"Karriere|Personalabteilung|Recrutement|Carrières|Talento|Empleo|Reclutamiento|Werving))+$"
)
_TEAM_TAIL_ENDS = (
    "Career", "Careers", "Jobs", "Team", "Recruiting", "Recruitment", "Talent", "Acquisition",
    "Hiring", "HR", "Family", "People", "Campus", "University", "Global", "Corporate",
    "Graduate", "Resources", "Karriere", "Personalabteilung", "Recrutement", "Carrières", "Talento",
    "Empleo", "Reclutamiento", "Werving",
)  # fmt: skip
"""How every name `_TEAM_TAIL` cuts ends: others are left alone without a search."""
_NOT_NAME_WORDS = ROLE_WORDS | ROLE_WORDS_ELSEWHERE | _NOT_EMPLOYER_WORDS | _SUBJECT_PHRASE_WORDS
_NOT_A_NAME = re.compile(r"(?:[\d.,:/–-]+k?|Q[1-4]|H[12]|FY\d+)$")
_LEGAL_END = re.compile(r"(?:Inc|Ltd|Co|Corp|L\.L\.C|B\.V|S\.A)\.$")


class Candidate(NamedTuple):
    """A company name found somewhere, with how much that place is trusted."""

    name: str
    score: float
    source: str


def has_role_word(text: str) -> bool:
    """Give whether `text` holds a word that marks a job title ("Senior Engineer",
    "Pflegefachkraft")."""
    return any(is_role_word(w.lower().strip(".,()")) for w in text.split())


def is_role_word(word: str) -> bool:
    """Give whether the lower-case `word` marks a job title, in any language the phrases cover."""
    return (
        word in ROLE_WORDS
        or word in ROLE_WORDS_ELSEWHERE
        or (len(word) > 8 and word.endswith(_ROLE_ENDINGS))
    )


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
    if _NOT_A_NAME.match(name):
        return None  # "at 10:30", "85-95k", "Q3": a time, an amount or a quarter
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
