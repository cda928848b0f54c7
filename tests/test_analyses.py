"""What the rules work out about their patterns is kept on disk, and read back the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.classify import analyses, load_rules, triggers

SAMPLES = [
    r"we (?:have )?decided not to (?:move|proceed) forward",
    r"\d+ new jobs",
    r"(?:unfortunately|regret)\b",
    r"boards\.greenhouse\.io/[\w-]+/jobs/(\d+)",
    r"n't be moving forward",
]


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts as a new process would: nothing read from the file yet."""
    monkeypatch.setattr(analyses, "_known", None)
    monkeypatch.setattr(analyses, "_added", False)
    yield


def worked_out() -> list[object]:
    return [
        (triggers.trigger(p, word_start=start), triggers.needle(p))
        for p in SAMPLES
        for start in (True, False)
    ]


def remembered() -> list[object]:
    return [
        (analyses.trigger(p, word_start=start), analyses.needle(p))
        for p in SAMPLES
        for start in (True, False)
    ]


def forbid_working_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any answer worked out again fail the test: they must come from the file."""

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("worked out again")

    monkeypatch.setattr(triggers, "trigger", fail)
    monkeypatch.setattr(triggers, "needle", fail)


def test_answers_are_saved_and_a_new_process_reads_them_without_working_them_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = worked_out()
    assert remembered() == expected
    analyses.save()
    assert analyses._file().is_file()
    monkeypatch.setattr(analyses, "_known", None)  # a new process
    forbid_working_out(monkeypatch)
    assert remembered() == expected


@pytest.mark.parametrize(
    "damage", ["", "{not json", "[1, 2]", '{"needle\\u0000\\\\d+ new jobs": [3, "x"]}']
)
def test_a_damaged_file_gives_the_answers_worked_out_again(damage: str) -> None:
    path = analyses._file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(damage, encoding="utf-8")
    assert remembered() == worked_out()
    analyses.save()  # and is replaced by a good one
    analyses._known = None
    assert remembered() == worked_out()


def test_another_python_or_other_analysing_code_keeps_a_file_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    here = analyses._file()
    monkeypatch.setattr("sys.version", "3.99.0 (elsewhere)")
    assert analyses._file() != here
    monkeypatch.undo()
    changed = tmp_path / "triggers.py"
    changed.write_bytes(Path(triggers.__file__).read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(triggers, "__file__", str(changed))
    assert analyses._file() != here


def test_an_unwritable_cache_costs_only_the_time(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Path(analyses._file()).parent.parent
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "patterns").write_text("a file where the directory should be")
    assert remembered() == worked_out()
    analyses.save()  # logs, does not raise
    assert load_rules() is not None


def test_the_answers_are_let_go_once_saved_and_read_again_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Built rules hold what they need: the answers about every pattern (megabytes) are not
    # kept in each process that loads the rules, and a later question reads the file.
    expected = worked_out()
    assert remembered() == expected
    analyses.save()
    assert analyses._known is None
    forbid_working_out(monkeypatch)
    assert remembered() == expected
