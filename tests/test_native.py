"""The native pass (Hyperscan): the same verdicts as the Python path, found faster.

The native pass only chooses which cue patterns Python's `re` then searches, and
finds the words extraction checks. These tests hold it to the Python path: every
pattern that matches must be chosen, every word found, every verdict the same;
and its compiled form must be cached, survive a damaged cache, and skip what it
cannot compile.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.classify import classifier, classify, load_rules, named, native, parse_message
from tracker.classify.body import normalize
from tracker.classify.native import NativeScan, Part, source
from tracker.classify.rules import Rules
from tracker.classify.triggers import SEPARATORS, words_in
from tracker.config import ClassifierSettings
from tracker.demo_mailbox import write_demo_maildir

FIXTURES = Path(__file__).parent / "fixtures" / "eml"

pytestmark = pytest.mark.skipif(not native.available(), reason="hyperscan is not installed")


def python_only(rules: Rules) -> Rules:
    """Give the same rules without the native pass: every text takes the Python path."""
    twin = dataclasses.replace(rules)
    object.__setattr__(twin.index, "body", dataclasses.replace(twin.index.body, native=None))
    return twin


def ready(rules: Rules) -> NativeScan:
    scan = rules.index.body.native
    assert scan is not None
    assert scan.wait(120), "the native engine did not become ready"
    return scan


@pytest.fixture(scope="module")
def raws(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The .eml fixtures and the demo mailbox: every kind of job mail the tests know."""
    demo = write_demo_maildir(tmp_path_factory.mktemp("demo") / "mail")
    paths = sorted(FIXTURES.glob("*.eml")) + sorted(p for p in demo.rglob("*") if p.is_file())
    return [path.read_bytes() for path in paths]


@pytest.fixture(scope="module")
def rules() -> Rules:
    shipped = load_rules()
    ready(shipped)
    return shipped


def test_verdicts_are_the_same_as_on_the_python_path(rules: Rules, raws: list[bytes]) -> None:
    slow = python_only(rules)
    count = native_count = 0
    for raw in raws:
        parsed = parse_message(raw)
        assert classify(parsed, rules) == classify(parsed, slow)
        count += 1
        native_count += rules.index.body.native.scan(normalize(parsed.text)) is not None  # type: ignore[union-attr]
    assert count > 50
    assert native_count > count // 2, "most of these texts should take the native pass"


def test_every_pattern_that_matches_is_chosen_and_every_word_found(
    rules: Rules, raws: list[bytes]
) -> None:
    place = rules.index.body
    scan = ready(rules)
    for raw in raws:
        text = normalize(parse_message(raw).text)
        found = scan.scan(text)
        if found is None:
            continue
        chosen, present = found
        for position, cue in enumerate(place.cues):
            if cue.regex.search(text):
                assert chosen >> position & 1, (position, cue.regex.pattern)
        wanted = words_in(text, frozenset(scan._words))
        assert present == wanted


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "we",
                "have",
                "decided",
                "not",
                "to",
                "move",
                "forward",
                "with",
                "your",
                "application",
                "unfortunately",
                "interview",
                "schedule",
                "offer",
                "you",
                "position",
                "has",
                "been",
                "filled",
                "if",
                "are",
                "selected",
                "thank",
                "for",
                "applying",
                "role",
                "on",
                "hold",
                "join",
                "acme",
                "from",
                "the",
                "team",
                ".",
                ",",
                "-",
                "req",
                "#",
                "123",
                "'",
                "would",
                "like",
                "invite",
            ]
        ),
        max_size=60,
    )
)
def test_any_word_salad_gets_the_python_verdict(rules: Rules, words: list[str]) -> None:
    body = " ".join(words)
    parsed = parse_message(f"Subject: Your application\r\n\r\n{body}".encode())
    assert classify(parsed, rules) == classify(parsed, python_only(rules))


def test_texts_that_are_not_ascii_take_the_python_path(rules: Rules) -> None:
    scan = ready(rules)
    assert scan.scan("we have decided not to move forward") is not None
    assert scan.scan("wir haben uns für eine andere kandidatin entschieden") is None


def test_a_users_phrases_are_found_natively_too() -> None:
    extra = load_rules(ClassifierSettings(extra_phrases={"rejection": ["The door is closed"]}))
    ready(extra)
    parsed = parse_message(b"Subject: News\r\n\r\nSadly the door is closed for this role.")
    verdict = classify(parsed, extra)
    assert verdict.label == "rejection"
    assert verdict == classify(parsed, python_only(extra))


def test_python_and_hyperscan_read_a_pattern_alike_or_it_always_runs() -> None:
    assert source(re.compile(r"a{,3}b")) == "a{0,3}b"  # PCRE would read "{,3}" literally
    with pytest.warns(FutureWarning):  # Python itself warns that it reads it otherwise
        posix = re.compile(r"[[:alpha:]]+")
    assert source(posix) is None
    assert source(re.compile("(?i)stra\u00dfe")) is None  # case folding may reach ASCII
    assert source(re.compile(r"offer", re.IGNORECASE)) == "(?i)offer"


@pytest.mark.parametrize(
    ("pattern", "native_form"),
    [
        (r"application (?:[^ .,;!?]+ ){0,12}?(?:has )?landed", r"application [^.,;!?]*(?:has )?landed"),
        (r"for a (?:[a-z-]+ ){0,2}?role", r"for a [ a-z-]*role"),
        (r"come in(?: [^ .,;!?]+){0,4}? for", r"come in[^.,;!?]* for"),
        (r"closing[^.;!?]{0,80}?including yours", r"closing[^.;!?]*including yours"),
        # What is not a class's repeat stays as written: escaped, or of a group.
        (r"\\(?:[a-z]+ ){0,2}", r"\\(?:[a-z]+ ){0,2}"),
        (r"(?:\w+ ){1,2}?plazo", r"(?:\w+ ){1,2}?plazo"),
    ],
)  # fmt: skip
def test_bounded_repeats_are_read_unbounded_natively(pattern: str, native_form: str) -> None:
    assert source(re.compile(pattern)) == native_form


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_pattern_read_unbounded_matches_wherever_the_pattern_does(data: st.DataObject) -> None:
    # The native pass may choose more patterns, never fewer: each pattern read unbounded
    # (as Python reads it too) finds a match in every text its bounded self matches.
    pattern = data.draw(
        st.sampled_from(
            [
                r"your application (?:[^ .,;!?]+ ){1,8}?(?:has|was) received",
                r"ihnen (?:[^ .,;!?]+ ){0,4}?die stelle (?:[^ ,;!?]+ ){0,10}?anbieten",
                r"(?:could|can) you come in(?: [^ .,;!?]+){0,4}? for a (?:[a-z-]+ ){0,2}?chat",
                r"candidatures?[^.;!?]{0,30}?y compris la vôtre",
            ]
        )
    )
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    native_form = source(re.compile(pattern))
    assert native_form is not None and re.search(native_form, text)


@pytest.mark.python_classifier
def test_naming_reads_without_the_engine(
    rules: Rules, raws: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A scan's own process names the mail its workers read: it must not load the engine
    # (megabytes) for that, and must name it as classify does.
    parsed = [parse_message(raw) for raw in raws]
    unnamed = [classify(message, rules, name_other_mail=False) for message in parsed]
    whole = [classify(message, rules) for message in parsed]
    assert any(not verdict.named for verdict in unnamed)
    scan = rules.index.body.native
    assert scan is not None
    monkeypatch.setattr(scan, "scan", lambda text: pytest.fail("naming used the engine"))
    monkeypatch.setattr(
        classifier, "find_anchors", lambda text: pytest.fail("naming used its native pass")
    )
    for message, verdict, expected in zip(parsed, unnamed, whole, strict=True):
        assert named(verdict, message, rules) == expected


def test_patterns_it_cannot_compile_run_on_every_text() -> None:
    # "\u00e9" is Python syntax Hyperscan lacks: that pattern must be tried everywhere.
    scan = NativeScan(
        shared=Part(0, ("alpha", r"caf\u00e9 \d+", "gamma")),
        own=Part(3, ()),
        words=("beta",),
        separators=SEPARATORS,
    )
    assert scan.wait(60)
    assert scan.scan("alpha beta") == (0b011, frozenset({"beta"}))
    assert scan.scan("nothing here") == (0b010, frozenset())


@pytest.mark.python_classifier
def test_the_compiled_engine_is_cached_and_a_damaged_cache_is_rebuilt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parts = dict(own=Part(2, ()), words=("delta",), separators=SEPARATORS)
    first = NativeScan(shared=Part(0, ("alpha beta", "gamma")), **parts)  # type: ignore[arg-type]
    assert first.wait(60)
    files = list(native._cache_file("x").parent.glob("*.hsdb"))
    assert files and all(f.stat().st_mode & 0o777 == 0o600 for f in files)

    # A new process (no memo) loads it from the cache instead of compiling.
    monkeypatch.setattr(native, "_memo", {})

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(native, "_compile_now", no_compiling)
    second = NativeScan(shared=Part(0, ("alpha beta", "gamma")), **parts)  # type: ignore[arg-type]
    assert second.wait(5)
    assert second.scan("say alpha beta, delta") == (0b01, frozenset({"delta"}))

    # A damaged file is a cache miss: compiled again, with the same answers.
    monkeypatch.undo()
    monkeypatch.setattr(native, "_memo", {})
    for path in files:
        path.write_bytes(b"0\nnot a database")
    third = NativeScan(shared=Part(0, ("alpha beta", "gamma")), **parts)  # type: ignore[arg-type]
    assert third.wait(60)
    assert third.scan("gamma rays") == (0b10, frozenset())


def test_engines_unused_for_a_month_are_removed_from_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def engine(*patterns: str) -> NativeScan:
        scan = NativeScan(
            shared=Part(0, patterns), own=Part(len(patterns), ()), words=(), separators=SEPARATORS
        )
        assert scan.wait(60)
        return scan

    folder = native._cache_file("x").parent
    before = set(folder.glob("*.hsdb")) if folder.exists() else set()
    engine("epsilon zeta")
    (in_use,) = set(folder.glob("*.hsdb")) - before
    stale, crashed = folder / "0stale.hsdb", folder / "tmp0"
    stale.write_bytes(b"0\nold")
    crashed.write_bytes(b"half a file")
    month_ago = time.time() - (native.STALE_AFTER_DAYS + 1) * 86400
    for path in (in_use, stale, crashed):
        os.utime(path, (month_ago, month_ago))

    monkeypatch.setattr(native, "_memo", {})  # a new process loads it: it is in use
    engine("epsilon zeta")
    engine("eta theta")  # compiling a new engine saves it, and prunes the folder
    assert not stale.exists() and not crashed.exists()
    assert in_use.exists() and in_use.stat().st_mtime > month_ago + 86400


def test_every_shipped_pattern_is_compiled(rules: Rules) -> None:
    # A pattern left out is searched on every text: correct, but it costs every message.
    scan = ready(rules)
    assert scan._databases is not None
    assert [database.always for database in scan._databases] == [0]


def test_a_short_command_leaves_the_compile_to_a_process_that_caches_it(tmp_path: Path) -> None:
    # A command that ends before the engine is compiled must not lose the work.
    cache = tmp_path / "cache"
    script = (
        "from tracker.classify import classify, parse_message\n"
        "print(classify(parse_message(b'Subject: x\\n\\nWe regret to inform you.')).label)\n"
    )
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    folder = cache / "nextround" / "native"
    deadline = time.monotonic() + 120
    while not list(folder.glob("*.hsdb")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert list(folder.glob("*.hsdb")), "nothing compiled the engine into the cache"
