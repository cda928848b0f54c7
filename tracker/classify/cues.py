"""Cues found in a message: each cue pattern's first match that no guard voids.

Running every pattern over every message is what made the classifier slow: the
rules index their patterns per place (subject or body) by the words that trigger
them (see `rules.CueIndex`). A message is split into words once; only the patterns
whose trigger words all occur are searched, each until its first unvoided match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress, repeat
from operator import call, itemgetter
from typing import NamedTuple

from tracker.classify.index import IndexedCue, PlaceIndex
from tracker.classify.literals import presence
from tracker.classify.rules import CueGroup, CueLabel
from tracker.classify.triggers import SEPARATORS

MEDIUM = 2
_GUARD_WINDOW = 140
_NEGATION_WINDOW = 45
_HEDGE_WINDOW = 40
_HEADLINE_SPAN = 64
"""Characters a question spans at most to be read as a headline (see `guard_of`)."""

_MONTHS = "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
_GERMAN_MONTH = re.compile(rf"(?:{_MONTHS})\b")
# A sentence's end, looking ahead: as `guard_of` finds one looking back, a German date's
# "20." before its month ("bis zum 20. Juni") is none.
_SENTENCE_END = re.compile(rf"(?<!\d)[.!?;](?: |$)|(?<=\d)\.(?: (?!(?:{_MONTHS})\b)|$)")
_SENTENCE_MARK = re.compile("[.!?;]")
"""Where every `_SENTENCE_END` match starts."""
_CONDITIONAL = re.compile(
    r"\b(?:if|should (?:you|your|we|the)|in case|in the event|unless)\b"
    # "Whether" asks only within its clause: "as we cannot say whether the campaign will
    # resume, all applications have been closed" is news.
    r"|\bwhether\b(?=[^,]*$)"
    # Others described are a condition on you: "applicants who are not shortlisted will be
    # notified" (not across a comma: "applicants who were shortlisted had more experience,
    # so you were not selected").
    r"|\b(?:applicants|candidates|those|anyone|people) (?:who|that)\b(?=[^,]*$)"
    # A time still to come: "until the position has been filled", "once the role is filled".
    r"|\b(?:until|till|as soon as)\b(?! now\b)|\bonce\b(?! again\b| more\b)"
    # No news as the condition: "absent a reply within 30 days, please assume ...",
    # "no news within 21 days means ...". "Without" and "no" only before a word for news,
    # so that "without going into detail, we have decided not to ..." stays a rejection.
    r"|\babsent (?:a|any)\b|\babsence of\b|\bnot hearing\b|\bfailing (?:a|any)\b"
    # ... or a date: "after this date, you may consider that we have decided not to ...".
    # What the reader is asked to assume is no news yet: "please assume", "you may consider".
    r"|\b(?:after|beyond|past) (?:this|that|the) (?:date|period|time|deadline)\b|\b(?:assume|presume)\b"
    r"|\b(?:may|can|should|please) consider (?:that|your|their|it)\b|^otherwise\b|\botherwise,"
    r"|\bwithout (?:hearing|a reply|a response|any reply|any response|further (?:word|contact|communication))\b"
    r"|\bno (?:news|word|reply|response|further (?:word|contact|communication)) (?:from us )?(?:within|by|after|in the next|means|will mean)\b"
    # A rule for some applications is a condition on yours: "incomplete applications will
    # not be considered".
    r"|\b(?:incomplete|late) applications\b"
)
# The same in the languages the phrases cover besides English: German, French,
# Spanish, Dutch. Apart, so that English text pays only for a search of its literals.
# "Even if" and "although" in them ("auch wenn", "wenn auch", "même si", "incluso si",
# "si bien") set no condition on the news; a bare word that is English too ("falls")
# counts only before its subject.
_CONDITIONAL_ELSEWHERE = re.compile(
    r"\b(?:sofern|im falle?)\b|\bfalls (?:sie|du|wir|ihr|ihre|ihnen|dir|es|uns|keine?|innerhalb)\b"
    # ... and the time still to come: "sobald die Stelle besetzt ist", "bis die Stelle ...",
    # "dès que le poste sera pourvu", "hasta que la vacante sea cubierta", "zodra de vacature ..."
    r"|\bsobald\b|\bbis (?:die|der|das|eine?|wir|sie)\b|\bdès que?\b|\bune fois que?\b"
    r"|\bjusqu'à ce que?\b|\ben cuanto\b|\bhasta que\b|\buna vez que\b|\b(?:zodra|totdat)\b"
    r"|(?<!auch )(?<!selbst )\bwenn\b(?! auch\b)|\bsollten? (?:wir|sie|du|ihr|ihre|dein|deine|es|sich|ich)\b"
    r"|(?<!même )(?<!incluso )\bsi (?!bien\b)|\bs'il\b|\bau cas où\b|\bdans le cas où\b|\bà moins\b"
    r"|\ben caso de\b|\ba menos que\b"
    r"|\b(?:indien|mocht|mochten|tenzij)\b|\b(?:als|wanneer) (?:je|jij|u|we|wij|jouw|uw|er|het)\b"
    # No news as the condition, as in English: "ohne Rückmeldung innerhalb von drei Wochen",
    # "sans réponse de notre part", "de no recibir respuesta", "zonder bericht binnen ...".
    r"|\bohne (?:eine |jede |weitere )?(?:rückmeldung|antwort|nachricht|bescheid)\b"
    r"|\bbei (?:ausbleibender|fehlender|keiner) (?:rückmeldung|antwort|nachricht)\b"
    r"|\b(?:sans|faute de|à défaut de) (?:réponse|retour|nouvelles?)\b|\babsence d"
    r"|\bpassée? (?:un|une|ce|cette|le|la) (?:délai|date|période)\b"
    r"|\bde no (?:recibir|tener|haber|ser)\b|\bsin (?:noticias|respuesta|recibir|tener)\b"
    r"|\bausencia de\b|\b(?:transcurrid|pasad)[oa]s? (?:\w+ ){1,2}?(?:plazo|mes|meses|semanas?|días?)\b"
    r"|\bzonder (?:bericht|reactie|antwoord|nieuws|iets)\b|\bbij (?:het uitblijven|uitblijven|geen reactie)\b"
    r"|\bin het geval\b|\bingeval\b"
    # "Otherwise" and "assume that", as in English.
    r"|\ba(?:nder|ndere)nfalls\b|\bde lo contrario\b|\ben caso contrario\b|\bsinon\b|\bzo niet\b"
    r"|\bdavon aus(?:gehen)?\b|\bconsidér(?:er|ez) que\b|\b(?:entiende|entienda|considera|considere) que\b"
    r"|\bervan uit(?:gaan)?\b|\ber (?:dan )?van uit(?:gaan)?\b"
    # Whether: "Wir melden uns, ob wir Sie einladen", "we laten weten of we je uitnodigen".
    r"|\bob (?:wir|sie|du|ihr)\b|\bof (?:we|wij) (?:je|jou|u)\b"
    # "Unvollständige Bewerbungen können leider nicht berücksichtigt werden", as in English.
    r"|\b(?:unvollständige|verspätete|verspätet eingegangene) (?:bewerbungen|unterlagen)\b"
    r"|\bcandidatures (?:incomplètes|tardives)\b|\bsolicitudes (?:incompletas|fuera de plazo)\b"
    r"|\bonvolledige (?:sollicitaties|dossiers)\b"
)
# A sentence that opens with its verb (German, Dutch; not with "we", which is English too):
# its first clause is a condition when it is negated ("Hören Sie vier Wochen nichts von
# uns, ...", "Melden wir uns nicht bei Ihnen, ...", "Heb je niets gehoord, ...") or when
# "so"/"dann"/"dan" opens the clause after it; only from the start of a sentence (a date's
# "20." is no sentence end), and the comma must come before the news: "Haben Sie bitte
# Verständnis dafür, dass wir Ihnen keine Zusage geben können" is a request.
_GERMAN_VERB_FIRST = r"\w+ (?:sie|du|wir|ihr)\b"
_DUTCH_VERB_FIRST = r"\w+ (?:je|jij|u|wij)\b"
_VERB_FIRST = re.compile(f"{_GERMAN_VERB_FIRST}|{_DUTCH_VERB_FIRST}")
_VERB_FIRST_CONDITION = re.compile(
    rf"{_GERMAN_VERB_FIRST}[^,]{{0,60}}\b(?:nicht|nichts|keine?n?)\b[^,]{{0,40}},"
    rf"|{_DUTCH_VERB_FIRST}[^,]{{0,60}}\b(?:niet|niets|niks|geen)\b[^,]{{0,40}},"
    rf"|{_GERMAN_VERB_FIRST}[^,]{{0,80}}, (?:so|dann)\b|{_DUTCH_VERB_FIRST}[^,]{{0,80}}, dan\b"
)
# So is one whose news comes inside its first clause when a comma closes that clause
# ("Wordt u niet geselecteerd, dan ...", "Werden Sie nicht berücksichtigt, ..."), not
# when a question mark does ("Haben Sie Zeit für ein Gespräch?"); "dass", "ob", "dat", ...
# open no such clause.
_VERB_FIRST_OPEN = re.compile(
    r"(?!(?:dass|ob|weil|da|wie|was|wenn|dat|omdat|hoe|wat|of|als)\b)"
    rf"(?:{_GERMAN_VERB_FIRST}|{_DUTCH_VERB_FIRST})[^,;:?]{{0,60}}$"
)
# "Even if we must turn you down, you will hear from us either way": a concession inside a
# promise of news ("Auch wenn wir Ihnen eine Absage erteilen müssen, erhalten Sie in jedem
# Fall eine Nachricht"; "Sie erhalten in jedem Fall Nachricht, auch wenn wir Sie nicht in
# die engere Auswahl nehmen können"). "Auch wenn" alone is as often "even though" in a
# real rejection ("Auch wenn es uns schwerfällt, ..."), so the promise must be there.
_EVEN_IF = re.compile(r"\b(?:auch|selbst) wenn\b")
_EVEN_IF_CLAUSE = re.compile(r"\b(?:auch|selbst) wenn\b[^,]*$")
_NEWS_EITHER_WAY = re.compile(
    r"\b(?:in jedem fall|auf jeden fall|so oder so)\b[^.;!?]{0,30}?"
    r"\b(?:nachricht|bescheid|rückmeldung|antwort|informiert|informieren|melden)"
)
_CONDITIONAL_AFTER = re.compile(r"\b(?:if|should (?:you|your|we)|unless|provided that)\b")
_NEGATION = re.compile(
    r"\b(?:not|no|never|unable|cannot|can't|won't|wouldn't|couldn't|isn't|aren't|don't|didn't|nor"
    r"|without)\b"
)
# German, French, Dutch ("no" is Spanish too): "Leider können wir Sie nicht zu einem
# Gespräch einladen", "nous ne pouvons pas vous proposer", "we kunnen je geen aanbod doen".
_NEGATION_ELSEWHERE = re.compile(
    r"\b(?:nicht|kein|keine|keinen|keinem|keiner|niet|geen|nunca|jamais)\b|\bn(?:e |')"
)
_NOT_A_NEGATION = re.compile(
    r"\b(?:don't|do not|please do not|never) hesitate\b|\bno later than\b|\bnot only\b"
    r"|\bno (?:problem|worries)\b|\bnot a problem\b"
)
# "We can schedule an interview later", "steps may include an interview", and the
# third person: "what hiring managers look for when they invite you to an interview".
_HEDGE = re.compile(
    r"\b(?:we|i|they|team|you) (?:can|could)\b|\b(?:may|might|could) (?:include|involve|also)\b"
    # The process described, not you invited: "shortlisted candidates will be called for a
    # personal interview", "only candidates selected for further consideration ..."
    r"|\b(?:candidates|applicants|those) (?:[a-z]+ ){0,3}?(?:will|would|may|might|can) (?:be|receive|get|hear)\b"
    # ... and who will hear: "we are only able to contact candidates selected for interview"
    r"|\bonly (?:(?:be )?(?:able to )?(?:contact|respond to|reply to|notify|get back to|invite|reach out to) )?"
    r"(?:the )?(?:candidates|applicants|those)\b"
    # "we will contact shortlisted candidates to arrange a first interview"
    r"|\b(?:contact|invite|call|email|notify) (?:the )?(?:shortlisted|successful|selected) (?:candidates|applicants)\b"
)
_HEDGE_NEAR = re.compile(r"\b(?:may|might|perhaps|possibly|they)\b")
# Text that every match of each guard pattern above holds: re scans for these
# literals fast, and for a pattern that starts with "\b" slowly.
_CONDITIONAL_TEXT = re.compile(
    "if|should |in case|in the event|unless|whether|absen|not hearing|failing |otherwise"
    "|until|till|as soon as|once"
    "|without hearing|without a|without any|without further|no news|no word|no reply"
    "|no response|no further|after th|beyond th|past th|assum|presum|consider th"
    "|consider your|consider it|incomplete applications|late applications|applicants who"
    "|candidates who|those who|anyone who|people who|applicants that|candidates that"
    "|those that|anyone that|people that"
)
_CONDITIONAL_ELSEWHERE_TEXT = re.compile(
    "sofern|im fall|falls |wenn|sollte|si |s'il|au cas|dans le cas|moins|en caso|a menos"
    "|sobald|bis |dès qu|une fois qu|jusqu'à ce qu|en cuanto|hasta que|una vez que|zodra|totdat"
    "|indien|mocht|tenzij|als (?:je|jij|u|we|wij|jouw|uw|er|het)|wanneer |ohne |bei |bij |sans "
    "|faute |défaut |absence"
    "|passé|de no |sin |ausencia|transcurrid|pasad|zonder |in het geval|ingeval|nfalls"
    "|contrario|sinon|zo niet|davon aus|considér|entiend|considera que|considere que|van uit"
    "|ob (?:wir|sie|du|ihr)|of we|of wij|unvollständige |verspätet|candidatures incompl"
    "|candidatures tardi|solicitudes incompl|solicitudes fuera|onvolledige "
)
_CONDITIONAL_AFTER_TEXT = re.compile("if|should |unless|provided that")
_NEGATION_TEXT = re.compile("no|ne|n't|unable|without")
_NEGATION_ELSEWHERE_TEXT = re.compile("nicht|kein|niet|geen|nunca|jamais|ne |n'")
_HEDGE_TEXT = re.compile("can|could|may |might |candidates|applicants|those")
_HEDGE_NEAR_TEXT = re.compile("may|might|perhaps|possibly|they")
# The same searches, faster: each finds a match in a text exactly when the patterns it
# stands for do (see `literals.presence`), and a window without any of a guard's texts
# is searched once for them all. (When one stops being plain text, it is searched as it is.)
_ALWAYS = re.compile("")
_ANY_CONDITIONAL_TEXT = presence(_CONDITIONAL_TEXT, _CONDITIONAL_ELSEWHERE_TEXT) or _ALWAYS
_CONDITIONAL_TEXT_FOUND = presence(_CONDITIONAL_TEXT) or _CONDITIONAL_TEXT
_CONDITIONAL_ELSEWHERE_TEXT_FOUND = (
    presence(_CONDITIONAL_ELSEWHERE_TEXT) or _CONDITIONAL_ELSEWHERE_TEXT
)
_CONDITIONAL_AFTER_TEXT_FOUND = presence(_CONDITIONAL_AFTER_TEXT) or _CONDITIONAL_AFTER_TEXT
_ANY_HEDGE_TEXT = presence(_HEDGE_TEXT, _HEDGE_NEAR_TEXT) or _ALWAYS
_HEDGE_TEXT_FOUND = presence(_HEDGE_TEXT) or _HEDGE_TEXT
_HEDGE_NEAR_TEXT_FOUND = presence(_HEDGE_NEAR_TEXT) or _HEDGE_NEAR_TEXT


class Hit(NamedTuple):
    """One cue found in one place."""

    label: CueLabel
    kind: str
    weight: int
    where: str
    phrase: str
    position: int
    """Where it starts; subject hits come before every body hit."""


def find_in(
    place: PlaceIndex,
    text: str,
    present: frozenset[str],
    where: str,
    offset: int,
    hits: list[Hit],
    voided: list[str],
    candidates: int | None = None,
) -> None:
    """Add to `hits` the first unvoided match of every pattern that may match `text`.

    `candidates`: those patterns as bits when a native pass found them; else they are
    told by the words `present`.
    """
    if candidates is None:
        chosen = place.triggers.selection(present, text.isascii())
        if not chosen:
            return
        # The searches run from C (compress, map, filter): Python sees only the matches.
        firsts: Iterable[re.Match[str] | None] = map(
            call, compress(place.searches, chosen), repeat(text)
        )
        cues: Iterable[IndexedCue] = compress(place.cues, chosen)
    else:
        # A native pass leaves a few candidates: take them bit by bit, in rule order.
        positions = []
        while candidates:
            lowest = candidates & -candidates
            positions.append(lowest.bit_length() - 1)
            candidates ^= lowest
        searches = place.searches
        firsts = (searches[position](text) for position in positions)
        cues = map(place.cues.__getitem__, positions)
    for cue, match in filter(itemgetter(1), zip(cues, firsts, strict=True)):
        regex = cue.regex
        group = cue.group
        while match is not None:
            start = match.start()
            end = match.end()
            if cue.word_start and start and text[start - 1] not in SEPARATORS:
                match = regex.search(text, end if end > start else start + 1)
                continue
            phrase = match.group(0).strip()
            guard = guard_of(group, text, start, end) if cue.guarded else None
            if guard is not None:
                # A hedged cue ("we can schedule an interview later") is no cue at all, but a
                # later match of the same pattern may be a real one.
                if group.weight >= MEDIUM:
                    voided.append(f"ignored {group.kind} cue '{phrase}' ({guard})")
                match = regex.search(text, end if end > start else start + 1)
                continue
            hits.append(Hit(group.label, group.kind, group.weight, where, phrase, offset + start))
            break


def guard_of(group: CueGroup, text: str, start: int, end: int) -> str | None:
    """Give the guard that voids a match ("conditional", "negation", "hedge", "question",
    and for every cue "quoted"), None if none does."""
    if _quoted(text, start, end):
        return "quoted"
    guards = group.guards
    window = text[max(0, start - _GUARD_WINDOW) : start]
    # Only the sentence the match is in: after the last ". " (or "! ", "? ", "; ").
    boundary = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("; "))
    if (
        boundary > 0
        and window[boundary - 1].isdigit()
        and _GERMAN_MONTH.match(window, boundary + 2)
    ):
        # "Melden wir uns bis zum 20. Juni nicht, ...": a German date, not a sentence's end.
        boundary = max(window.rfind(". ", 0, boundary), window.rfind("; ", 0, boundary))
    if boundary >= 0:
        window = window[boundary + 2 :]
    # Each pattern is searched only when the window holds text that every match holds.
    if "conditional" in guards:
        if _ANY_CONDITIONAL_TEXT.search(window):
            if _CONDITIONAL_TEXT_FOUND.search(window) and _CONDITIONAL.search(window):
                return "conditional"
            if _CONDITIONAL_ELSEWHERE_TEXT_FOUND.search(window) and _CONDITIONAL_ELSEWHERE.search(
                window
            ):
                return "conditional"
            if "wenn" in window and _concedes_within_news(window, text, end):
                return "conditional"
        if _VERB_FIRST.match(window):
            if _VERB_FIRST_CONDITION.match(window):
                return "conditional"
            if _VERB_FIRST_OPEN.match(window):
                after, stop = _rest_of_sentence(text, end)
                if "," in after and stop != "?":
                    return "conditional"
        if group.label == "interview":
            # "We will contact you to schedule an interview if your profile matches."
            after, _ = _rest_of_sentence(text, end)
            if _CONDITIONAL_AFTER_TEXT_FOUND.search(after) and _CONDITIONAL_AFTER.search(after):
                return "conditional"
    if "negation" in guards:
        near = window[-_NEGATION_WINDOW:]
        but = near.rfind(" but ")
        if but >= 0:
            near = near[but:]
        if _NEGATION_TEXT.search(near) and _NEGATION.search(_NOT_A_NEGATION.sub(" ", near)):
            return "negation"
        if _NEGATION_ELSEWHERE_TEXT.search(near) and _NEGATION_ELSEWHERE.search(near):
            return "negation"
    if (
        "hedge" in guards
        and _ANY_HEDGE_TEXT.search(window)
        and (
            (_HEDGE_TEXT_FOUND.search(window) and _HEDGE.search(window))
            or (
                _HEDGE_NEAR_TEXT_FOUND.search(window)
                and _HEDGE_NEAR.search(window[-_HEDGE_WINDOW:])
            )
        )
    ):
        return "hedge"
    if "question" in guards and (span := _headline_span(window) + end - start) < _HEADLINE_SPAN:
        # A short question is a headline, not a verdict: "Rejected after the final
        # interview? Here's what to do", "Absage erhalten? So holen Sie sich Feedback".
        after, stop = _rest_of_sentence(text, end)
        if stop == "?" and span + len(after) < _HEADLINE_SPAN:
            return "question"
    return None


_QUOTED_WORDS = 6
"""Words a quotation holds at least for a cue in it to be a mention: a newsletter quotes
whole sentences ("getting a 'we've decided to move forward with other candidates' email
stings"); an ATS quotes a status of a few words ("changed to 'Not Selected'"), which is news."""
_QUOTE_REACH = 160
_OPENING = {"'": "'", '"': '"', "\u00ab": "\u00bb"}
"""The marks that open a quotation (text is normalized: curly quotes made straight), and the
mark that closes each."""


def _quoted(text: str, start: int, end: int) -> bool:
    """Give whether the match at `start:end` lies inside a quoted sentence (see `_QUOTED_WORDS`)."""
    low = max(0, start - _QUOTE_REACH)
    if not any(mark in text[low:start] for mark in _OPENING):
        return False
    for opening_mark, closing_mark in _OPENING.items():
        opening = _quote_opening(text, low, start, opening_mark, closing_mark)
        if opening < 0:
            continue
        closing = _quote_closing(text, end, min(len(text), end + _QUOTE_REACH), closing_mark)
        if closing >= 0 and len(text[opening + 1 : closing].split()) >= _QUOTED_WORDS:
            return True
    return False


def _quote_opening(text: str, low: int, start: int, mark: str, closing_mark: str) -> int:
    """Give where a quotation that is still open at `start` opens, -1 if none is."""
    position = start
    while True:
        position = max(text.rfind(mark, low, position), text.rfind(closing_mark, low, position))
        if position < 0:
            return -1
        before = text[position - 1] if position > 0 else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: "we've", "l'avant"
        if text[position] == mark and not before.isalnum() and (mark == "\u00ab" or after != " "):
            return position  # opens: after a space, before a word (French: "« nous")
        return -1  # a quotation closed before the match


def _quote_closing(text: str, end: int, high: int, mark: str) -> int:
    """Give where the quotation around a match closes, -1 if it does not close near."""
    position = end - 1
    while True:
        position = text.find(mark, position + 1, high)
        if position < 0:
            return -1
        before = text[position - 1]
        after = text[position + 1] if position + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe
        if before != " " or mark == "\u00bb":
            return position


def _concedes_within_news(window: str, text: str, end: int) -> bool:
    """Give whether a match is conceded inside a promise of news either way: "Sie erhalten
    in jedem Fall Nachricht, auch wenn wir Sie nicht ...", "Auch wenn wir Ihnen eine Absage
    erteilen müssen, erhalten Sie in jedem Fall eine Nachricht" (see `_EVEN_IF`)."""
    if not _EVEN_IF.search(window):
        return False
    if _NEWS_EITHER_WAY.search(window):
        return True
    return bool(
        _EVEN_IF_CLAUSE.search(window) and _NEWS_EITHER_WAY.search(_rest_of_sentence(text, end)[0])
    )


def _headline_span(window: str) -> int:
    """Give how much of a sentence's `window` (before a match) a headline would hold:
    a colon starts one ("Karriere-Briefing: Absage nach dem Gespräch - und jetzt?")."""
    colon = window.rfind(": ")
    return len(window) - colon - 2 if colon >= 0 else len(window)


def _rest_of_sentence(text: str, end: int) -> tuple[str, str]:
    """Give the text after a match up to its sentence's end, and the mark that ends it
    ("." "!" "?" or ";"; "" when no end is near)."""
    after = text[end : end + _GUARD_WINDOW]
    # What `_SENTENCE_END.search(after)` finds: each of its matches starts at a mark
    # (its look-behinds take no text), and re finds a mark fast where it would try the
    # pattern's branches at every character.
    mark = _SENTENCE_MARK.search(after)
    while mark is not None:
        start = mark.start()
        stop = _SENTENCE_END.match(after, start)
        if stop is not None:
            return after[:start], stop.group()[0]
        mark = _SENTENCE_MARK.search(after, start + 1)
    return after, ""
