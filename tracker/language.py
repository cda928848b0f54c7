"""Which language a piece of mail is written in, among those nextround writes follow-ups in.

A follow-up answers in the rejection's language. The stored start of a rejection
(subject and snippet, a few hundred characters) is enough to tell English, German,
French, Spanish and Dutch apart by their most common short words; anything unclear
is English, the language of every template a user has not chosen otherwise.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "de", "fr", "es", "nl")

# Words frequent in business mail of one language and rare in the others' (so not
# "en", "die", "de", "a", shared by two of them).
_COMMON_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["the", "and", "you", "your", "we", "our", "for", "with", "this", "that", "have", "has",
         "been", "will", "would", "thank"]
    ),
    "de": frozenset(
        ["und", "der", "ihre", "ihr", "ihnen", "sie", "wir", "uns", "nicht", "mit", "für", "bei",
         "dass", "eine", "einen", "ist", "haben", "vielen", "dank", "leider", "bewerbung"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "vous", "votre", "vos", "nous", "notre", "pour", "avec", "dans", "une",
         "est", "pas", "que", "merci", "candidature"]
    ),
    "es": frozenset(
        ["el", "los", "las", "tu", "su", "tus", "nuestro", "nuestra", "para", "con", "una", "es",
         "por", "que", "gracias", "hemos", "candidatura"]
    ),
    "nl": frozenset(
        ["het", "een", "je", "jouw", "uw", "wij", "we", "ons", "niet", "met", "voor", "bij", "dat",
         "is", "hebben", "bedankt", "helaas", "sollicitatie"]
    ),
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 3
"""Another language needs at least this many of its words, and more than English has."""


def language_of(text: str) -> str:
    """Give the language of `text` as a code of LANGUAGES; "en" when unsure."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(text.lower()):
        for language, common in _COMMON_WORDS.items():
            if word in common:
                counts[language] += 1
    best = max(LANGUAGES[1:], key=lambda language: counts[language])
    if counts[best] >= _MIN_WORDS and counts[best] > counts["en"]:
        return best
    return "en"
