"""The classifier's rules: phrase cues and ATS relays, read from the data files shipped with it.

The shipped rules are parsed and compiled once (`load_rules()` with no settings is
cached); a user's `[classifier]` settings add phrases, ignored senders and company
aliases on top of them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, TypeVar, cast, get_args

from tracker.classify import analyses
from tracker.classify.index import CueIndex, build_index
from tracker.config import ClassifierSettings

CueLabel = Literal[
    "rejection",
    "applied",
    "interview",
    "offer",
    "paused",
    "withdrawal",
    "other",
    "temporary",
    "closure",
]
Where = Literal["both", "subject", "body"]
Guard = Literal["conditional", "negation", "hedge", "question"]

_CUE_LABELS: frozenset[str] = frozenset(get_args(CueLabel))
_WHERE: frozenset[str] = frozenset(get_args(Where))
_GUARDS: frozenset[str] = frozenset(get_args(Guard))
_ASCII_LETTER = re.compile(r"[a-z]")
_LEADING_CLASS = re.compile(r"(\\[dwDW]|\[[^\]\\]+\])\+")
"""A pattern that starts with one character class repeated: "\\d+", "[0-9]+"."""


_T = TypeVar("_T")
_MEMO_SIZE = 4096


class RulesError(ValueError):
    """A data file of the classifier is malformed (a packaging bug, not a user error)."""


@dataclass(frozen=True)
class CuePattern:
    """One regular expression and the words that must occur for it to match."""

    regex: re.Pattern[str]
    triggers: tuple[frozenset[str], ...]
    """Word sets a text must meet, each with a word, for a match; empty: always try it."""
    non_ascii: bool
    """True when the pattern can only match text with non-ASCII characters."""
    word_start: bool
    """True when a match must start a word (the pattern starts with a letter)."""
    needle: str = ""
    """Text every match holds, for patterns re cannot scan fast (see `triggers.needle`);
    lower case when the pattern ignores case. "" when the regex scans fast itself."""
    lead: re.Pattern[str] | None = None
    """For a pattern that starts with a repeated character class ("\\d+ new"), that
    class: it must match the character just before the needle."""


@dataclass(frozen=True)
class CueGroup:
    """Phrases of one label and weight."""

    label: CueLabel
    weight: int
    kind: str
    """What a reason calls a match: the label, or for "other" the kind of mail."""
    where: Where
    guards: frozenset[Guard]
    patterns: tuple[CuePattern, ...]


@dataclass(frozen=True)
class AtsRelay:
    """A system that sends mail on an employer's behalf."""

    name: str
    domains: tuple[str, ...]
    tenant_local: bool = False
    tenant_sub: bool = False


@dataclass(frozen=True)
class Rules:
    """Everything `classify` consults besides the message itself."""

    groups: tuple[CueGroup, ...]
    relays: tuple[AtsRelay, ...]
    job_urls: tuple[CuePattern, ...]
    """Patterns over links whose first group is an ATS job id."""
    generic_names: frozenset[str]
    free_mail: frozenset[str]
    ignore_senders: tuple[str, ...] = ()
    """Lower-cased addresses ("news@jobs.example") and domains ("@jobs.example")."""
    company_aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Lower-cased alias -> the company's name."""
    shipped_groups: int | None = None
    """How many of `groups` (the first) are shipped ones; None: all. The rest are a user's."""
    index: CueIndex = field(init=False, repr=False, compare=False)
    relay_domains: Mapping[str, tuple[int, int, AtsRelay]] = field(
        init=False, repr=False, compare=False
    )
    """Relay domain -> (the relay's place in `relays`, the domain's place in its list, the
    relay), the first in rule order when two relays share a domain."""
    relay_names: frozenset[str] = field(init=False, repr=False, compare=False)
    """Lower-cased names of the relays."""
    memo: dict[object, object] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    """Answers of pure functions of these rules, by their arguments: the facts of a
    sender (the same few ATS addresses write again and again). See `remembered`."""

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "index", build_index(self.groups, self.job_urls, self.shipped_groups)
        )
        domains: dict[str, tuple[int, int, AtsRelay]] = {}
        for relay_place, relay in enumerate(self.relays):
            for domain_place, domain in enumerate(relay.domains):
                domains.setdefault(domain, (relay_place, domain_place, relay))
        object.__setattr__(self, "relay_domains", MappingProxyType(domains))
        object.__setattr__(self, "relay_names", frozenset(r.name.lower() for r in self.relays))

    def remembered(self, key: object, work: Callable[[], _T]) -> _T:
        """Give `work()`, computed once per `key` (a tuple naming the function and its
        arguments) for these rules; at most `_MEMO_SIZE` answers are kept."""
        memo = self.memo
        try:
            return memo[key]  # type: ignore[return-value]
        except KeyError:
            pass
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # mail from ever new senders: start again rather than grow
        answer = memo[key] = work()
        return answer

    def relay_of(self, domain: str) -> tuple[AtsRelay, str] | None:
        """Give the first relay (in rule order) that covers `domain`, and the domain it covers."""
        if not domain:
            return None
        found = self.relay_domains.get(domain)
        dot = domain.find(".")
        while dot >= 0:
            suffix = domain[dot + 1 :]
            other = self.relay_domains.get(suffix)
            if other is not None and (found is None or other[:2] < found[:2]):
                found = other
            dot = domain.find(".", dot + 1)
        if found is None:
            return None
        relay = found[2]
        return relay, relay.domains[found[1]]


def load_rules(settings: ClassifierSettings | None = None) -> Rules:
    """Give the shipped rules, extended by a user's classifier settings when given."""
    if settings is None:
        return _default_rules()
    # Every scan asks (the watch loop, the dashboard every few minutes): build once per settings.
    return _rules_for(settings.model_dump_json())


@lru_cache(maxsize=8)
def _rules_for(settings_json: str) -> Rules:
    settings = ClassifierSettings.model_validate_json(settings_json)
    rules = _default_rules()
    extra = tuple(
        _phrase_group(label, phrases)
        for label, phrases in settings.extra_phrases.items()
        if any(p.strip() for p in phrases)
    )
    aliases = {
        alias.strip().casefold(): name.strip() for alias, name in settings.company_aliases.items()
    }
    analyses.save()  # what was worked out about the user's own phrases
    return Rules(
        groups=rules.groups + extra,
        relays=rules.relays,
        job_urls=rules.job_urls,
        generic_names=rules.generic_names,
        free_mail=rules.free_mail,
        ignore_senders=tuple(_sender_key(s) for s in settings.ignore_senders if s.strip()),
        company_aliases=MappingProxyType(aliases),
        shipped_groups=len(rules.groups),
    )


@cache
def _default_rules() -> Rules:
    phrases = _read_toml("phrases.toml")
    ats = _read_toml("ats.toml")
    groups = tuple(_group(entry, index) for index, entry in enumerate(phrases.get("group", [])))
    relays: list[AtsRelay] = []
    job_urls: list[CuePattern] = []
    for entry in ats.get("ats", []):
        name = str(entry["name"])
        relays.append(
            AtsRelay(
                name=name,
                domains=tuple(str(d).lower() for d in entry["domains"]),
                tenant_local=bool(entry.get("tenant_local", False)),
                tenant_sub=bool(entry.get("tenant_sub", False)),
            )
        )
        job_urls.extend(
            _cue_pattern(str(p), f"ats.toml {name}", flags=re.IGNORECASE)
            for p in entry.get("job_urls", [])
        )
    analyses.save()
    return Rules(
        groups=groups,
        relays=tuple(relays),
        job_urls=tuple(job_urls),
        generic_names=frozenset(str(n).lower() for n in ats.get("generic_names", [])),
        free_mail=frozenset(str(d).lower() for d in ats.get("free_mail", [])),
    )


def _read_toml(name: str) -> dict[str, Any]:
    text = resources.files("tracker.classify").joinpath("data", name).read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RulesError(f"classify/data/{name}: not valid TOML ({error})") from None


def _group(entry: Mapping[str, Any], index: int) -> CueGroup:
    where_found = f"phrases.toml group {index + 1}"
    label = str(entry.get("label", ""))
    if label not in _CUE_LABELS:
        raise RulesError(f"{where_found}: unknown label {label!r}")
    where = str(entry.get("where", "both"))
    if where not in _WHERE:
        raise RulesError(f"{where_found}: where must be both, subject or body")
    guards = frozenset(str(g) for g in entry.get("guards", []))
    if not guards <= _GUARDS:
        raise RulesError(f"{where_found}: unknown guard in {sorted(guards)}")
    weight = int(entry.get("weight", 0))
    if weight not in (1, 2, 3):
        raise RulesError(f"{where_found}: weight must be 1, 2 or 3")
    patterns = [str(p) for p in entry.get("patterns", [])]
    if not patterns:
        raise RulesError(f"{where_found}: no patterns")
    return CueGroup(
        label=cast(CueLabel, label),
        weight=weight,
        kind=str(entry.get("kind", label)),
        where=cast(Where, where),
        guards=cast(frozenset[Guard], guards),
        patterns=tuple(
            _cue_pattern(variant, where_found) for p in patterns for variant in variants(p)
        ),
    )


def variants(pattern: str, limit: int = 64) -> list[str]:
    """Give patterns that together match what `pattern` matches, each starting with a literal.

    re finds a literal prefix fast but tries every branch of a leading "(?:a|b|c)" at
    every position of the text, so leading alternatives become patterns of their own
    (up to `limit` of them; past that the pattern stays whole).
    """
    alternatives = _split_top(pattern)
    if len(alternatives) > 1:
        found = [v for alternative in alternatives for v in variants(alternative, limit)]
        return found if len(found) <= limit else [pattern]
    if not pattern.startswith("(?:"):
        return [pattern]
    close = _closing_paren(pattern)
    if close is None:
        return [pattern]
    inner, rest = pattern[3:close], pattern[close + 1 :]
    heads = _split_top(inner)
    if rest.startswith("?") and not rest.startswith("??") and not rest.startswith("?+"):
        heads.append("")
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{", "?"):
        return [pattern]
    found = [v for head in heads for v in variants(head + rest, limit)]
    return found if len(found) <= limit else [pattern]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Give (index, character, depth) for each "(", ")" and "|" of `pattern` outside
    escapes and character classes; depth counts the groups open before the character."""
    depth = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            yield index, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield index, char, depth
        elif char == "|":
            yield index, char, depth
        index += 1


def _closing_paren(pattern: str) -> int | None:
    """Give the index of the parenthesis closing the group that opens `pattern`."""
    return next((i for i, char, depth in _structure(pattern) if char == ")" and depth == 0), None)


def _split_top(pattern: str) -> list[str]:
    """Give the top-level alternatives of `pattern` ("a|b(?:c|d)" -> ["a", "b(?:c|d)"])."""
    bars = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(pattern)], strict=True)]


def _phrase_group(label: str, phrases: Iterable[str]) -> CueGroup:
    """Give a strong cue group for plain phrases a user added in the config."""
    cue_label: CueLabel = cast(CueLabel, label) if label in _CUE_LABELS else "other"
    # Texts are normalized to single spaces and lower case: so are the phrases.
    patterns = [
        " ".join(re.escape(word) for word in p.lower().split()) for p in phrases if p.strip()
    ]
    return CueGroup(
        label=cue_label,
        weight=3,
        kind="your phrase" if cue_label == "other" else cue_label,
        where="both",
        guards=frozenset({"conditional"}) if cue_label != "other" else frozenset(),
        patterns=tuple(_cue_pattern(p, f"extra_phrases.{label}") for p in patterns),
    )


def _cue_pattern(pattern: str, where_found: str, flags: int = 0) -> CuePattern:
    """Compile one pattern; one ending in a letter (or in a group ending in one) ends a word."""
    # No leading \b or lookbehind: either stops re from scanning for a literal
    # prefix quickly (30 times slower); the classifier checks word starts instead.
    end = pattern.rstrip(")").removesuffix("s?")
    if end and _ASCII_LETTER.match(end[-1]) and not end.endswith("\\b"):
        pattern += r"\b"
    try:
        regex = re.compile(pattern, flags)
    except re.error as error:
        raise RulesError(f"{where_found}: bad pattern {pattern!r} ({error})") from None
    # "n't" ends a word ("haven't"): the one letter start that never starts one.
    word_start = _ASCII_LETTER.match(pattern) is not None and not pattern.startswith("n't")
    source = pattern.lower() if flags & re.IGNORECASE else pattern
    found, lead = _needle(pattern, flags)
    return CuePattern(
        regex=regex,
        triggers=analyses.trigger(
            source, word_start=word_start or not _ASCII_LETTER.match(pattern)
        ),
        non_ascii=not pattern.isascii(),
        word_start=word_start,
        needle=found,
        lead=lead,
    )


def _needle(pattern: str, flags: int) -> tuple[str, re.Pattern[str] | None]:
    """Give the needle (and lead) worth checking before searching `pattern`, else ("", None)."""
    ignore_case = bool(flags & re.IGNORECASE)
    found, before = analyses.needle(pattern)
    if len(found) < 3 or (before <= 0 and not ignore_case):
        return "", None  # re scans for a literal start fast enough itself
    if ignore_case:
        # Checked in lower-cased ASCII text only: there lower() is what IGNORECASE does.
        return (found.lower(), None) if found.isascii() else ("", None)
    leading = _LEADING_CLASS.match(pattern)
    return found, (re.compile(leading.group(1)) if leading and before == 1 else None)


def _sender_key(sender: str) -> str:
    """Give "@domain" for a domain entry (with or without "@"), else the lower-cased address."""
    sender = sender.strip().lower()
    if "@" not in sender:
        return "@" + sender
    return sender
