"""The company a message is most likely from, out of the names found in it."""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.classify.names import Candidate
from tracker.classify.rules import Rules
from tracker.classify.senders import folded

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
