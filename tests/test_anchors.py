"""Naming's native pass (`anchors`): where its searches start, as Python finds them.

The pass only tells naming where to look; these tests hold it to the Python searches it
stands for, on every kind of mail the tests know and on word salad, and hold every
verdict to the one given without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.classify import anchors, classifier, classify, load_rules, native, parse_message
from tracker.classify.anchors import Anchors, find_anchors
from tracker.classify.body import split_body, tidy
from tracker.classify.company_body import (
    _DECIDED,
    _PREPOSITION_BEFORE_NAME,
    JOIN_GATE,
    NAME_LEADS,
    PREPOSITIONS,
)
from tracker.classify.extract import MAX_EXTRACT_CHARS
from tracker.classify.role import (
    APPLICATION_GATE,
    ROLE_NOUNS,
    ROLE_OF_GATE,
    ROLE_OF_NOUNS,
    _role_nouns,
)
from tracker.classify.rules import Rules
from tracker.demo_mailbox import write_demo_maildir

FIXTURES = Path(__file__).parent / "fixtures" / "eml"
sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
import classify_speed  # noqa: E402

pytestmark = pytest.mark.skipif(not native.available(), reason="hyperscan is not installed")


def searched(text: str) -> Anchors:
    """Give the anchors of `text` as the Python searches find them."""
    return Anchors(
        prepositions=[(m.start(), m.group(1)) for m in _PREPOSITION_BEFORE_NAME.finditer(text)],
        role_nouns=_role_nouns(text),
        decided=[m.start() for m in _DECIDED.finditer(text)],
        role_of=any(regex.search(text) for regex in ROLE_OF_GATE.regexes),
        application=any(regex.search(text) for regex in APPLICATION_GATE.regexes),
        join=any(regex.search(text) for regex in JOIN_GATE.regexes),
    )


def found(text: str) -> Anchors:
    result = find_anchors(text)
    assert result is not None, "an ASCII text should take the native pass"
    return result


@pytest.fixture(scope="module", autouse=True)
def ready() -> None:
    assert anchors.wait(120), "naming's native pass did not become ready"


@pytest.fixture(scope="module")
def raws(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The .eml fixtures, the demo mailbox and the speed benchmark's mail."""
    demo = write_demo_maildir(tmp_path_factory.mktemp("demo") / "mail")
    paths = sorted(FIXTURES.glob("*.eml")) + sorted(p for p in demo.rglob("*") if p.is_file())
    return [path.read_bytes() for path in paths] + classify_speed.generate(150, 3)


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def test_anchors_are_where_the_python_searches_find_them(raws: list[bytes]) -> None:
    native_count = 0
    for raw in raws:
        body = tidy(split_body(parse_message(raw).text).new)[:MAX_EXTRACT_CHARS]
        flat = body.replace("\n", " ")
        if not flat.isascii():
            assert find_anchors(flat) is None
            continue
        native_count += 1
        assert found(flat) == searched(flat), flat[:200]
    assert native_count > len(raws) // 2


def test_each_kind_of_anchor_is_found() -> None:
    text = (
        "Thank you for applying to the Data Analyst position at Acme Corp, and for your "
        "interest in working at eBay. Acme has decided to fill the role of Engineer with "
        "iCIMS; join the Bluefin team, part of our Orchard family. Roles posted: jobs."
    )
    anchors_found = found(text)
    assert anchors_found == searched(text)
    assert [word for _, word in anchors_found.prepositions] == ["to", "at", "in", "at", "with"]
    assert [noun for _, noun in anchors_found.role_nouns] == ["position", "role"]
    assert anchors_found.decided == [text.index(" has decided")]
    assert anchors_found.role_of and anchors_found.application and anchors_found.join
    nothing = found("we will be in touch with you at some point about the roles")
    assert nothing == searched("we will be in touch with you at some point about the roles")
    assert not nothing.prepositions and not nothing.role_nouns and not nothing.join


def test_every_way_a_name_may_follow_a_preposition_or_a_noun_end_a_word() -> None:
    for word in (*PREPOSITIONS, "into", "on"):
        for between in ("", "the ", "our ", *NAME_LEADS, *(f"the {lead}" for lead in NAME_LEADS)):
            for name in ("Acme", "7up", "eBay", "abC", "abcD", "abcdE", "acme", "_x", "ÉCLA"):
                text = f"we{word} {word} {between}{name} ok"
                if text.isascii():
                    assert found(text) == searched(text), text
    for noun in (*ROLE_NOUNS, *ROLE_OF_NOUNS):
        for after in ("", " ", ".", "s", "_", "1", "-", " of ", " of Acme"):
            text = f"the {noun}{after}"
            assert found(text) == searched(text), text


WORDS = [
    "at", "with", "to", "in", "for", "the", "joining", "working", "Acme", "eBay", "iCIMS",
    "aBC", "abC", "abcD", "abcdE", "7Eleven", "position", "post", "posting", "role", "roles", "opening",
    "opportunity", "job", "jobs", "vacancy", "title", "of", "has", "have", "decided",
    "decidedly", "moved", "filled", "applying", "applied", "apply", "application",
    "applications", "join", "part", "our", "us", "x", "_", "Inc",
]  # fmt: skip
GLUE = [" ", " ", " ", "  ", ", ", ". ", "-", "_", "", "'", "(", "\t", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=40))
def test_any_word_salad_has_the_anchors_python_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in pieces)
    assert found(text) == searched(text)


def test_texts_that_are_not_ascii_are_searched_as_before() -> None:
    assert find_anchors("the position at Acme") is not None
    assert find_anchors("the position at Café Müller") is None


@pytest.mark.python_classifier
def test_verdicts_are_the_same_without_the_pass(
    raws: list[bytes], rules: Rules, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = [parse_message(raw) for raw in raws]
    with_pass = [classify(message, rules) for message in parsed]
    monkeypatch.setattr(classifier, "find_anchors", lambda text: None)
    assert [classify(message, rules) for message in parsed] == with_pass
    assert any(verdict.company for verdict in with_pass)
    assert any(verdict.role for verdict in with_pass)
