"""Reading fetched mail on worker processes gives what reading it here gives, and survives a dead worker."""

from __future__ import annotations

import dataclasses
import io
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mailfactory import job_mail

from tracker.classify import ParsedMessage, load_rules
from tracker.config import ClassifierSettings
from tracker.connector import FetchedMessage, ScanBatch
from tracker.reading import Read, Readers, Unreadable, read_message, read_messages

KINDS = ["applied", "interview", "rejection", "offer", "other"]


def batches(count: int, size: int) -> Iterator[ScanBatch]:
    messages = [
        FetchedMessage(
            provider_id=f"m{n}",
            raw=job_mail(KINDS[n % len(KINDS)], f"Company{n % 7}", key=f"k{n}")
            if n % 50
            else b"\xff\xfe not mail at all \x00",
        )
        for n in range(count)
    ]
    for start in range(0, count, size):
        yield ScanBatch(messages=messages[start : start + size], cursor={"n": start})


def verdicts(outcomes: list[Read | Unreadable]) -> list[tuple[str, str | None]]:
    return [
        (o.verdict.label, o.verdict.company) if isinstance(o, Read) else ("unreadable", o.reason)
        for o in outcomes
    ]


def test_workers_read_big_batches_as_this_process_would() -> None:
    settings = ClassifierSettings(ignore_senders=["@company3.com"])
    rules = load_rules(settings)
    expected = [
        verdicts([read_message(m, rules) for m in batch.messages]) for batch in batches(900, 300)
    ]
    with Readers(lambda: rules, settings=settings, workers=2) as readers:
        got = [
            (batch.cursor, verdicts(outcomes))
            for batch, outcomes in readers.ahead(batches(900, 300))
        ]
        assert readers._pool is not None  # the batches were big enough for workers
    assert [cursor for cursor, _ in got] == [{"n": 0}, {"n": 300}, {"n": 600}]
    assert [found for _, found in got] == expected
    assert {label for found in expected for label, _ in found} >= {"rejection", "other"}


def test_small_batches_and_rules_without_settings_are_read_here() -> None:
    rules = load_rules()
    with Readers(lambda: rules, settings=ClassifierSettings(), workers=2) as readers:
        list(readers.ahead(batches(100, 50)))
        assert readers._pool is None
    with Readers(lambda: rules, settings=None, workers=2) as readers:
        list(readers.ahead(batches(600, 300)))
        assert readers._pool is None


def test_a_worker_that_dies_leaves_the_batch_to_this_process() -> None:
    settings = ClassifierSettings()
    rules = load_rules(settings)
    source = batches(900, 300)
    readers = Readers(lambda: rules, settings=settings, workers=1)
    with readers:
        results = []
        for number, (_, outcomes) in enumerate(readers.ahead(source)):
            results.append(verdicts(outcomes))
            if number == 0:
                assert readers._pool is not None
                for pid in list(readers._pool._processes):  # the way an OOM killer would
                    os.kill(pid, signal.SIGKILL)
        assert readers._pool is None  # given up: the rest was read here
    expected = [verdicts([read_message(m, rules) for m in b.messages]) for b in batches(900, 300)]
    assert results == expected


class CapturedStderr(io.StringIO):
    """What the dashboard makes of sys.stderr: Textual's capture has no file descriptor."""

    def fileno(self) -> int:
        return -1


def test_workers_start_when_stderr_has_no_descriptor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", CapturedStderr())
    settings = ClassifierSettings()
    rules = load_rules(settings)
    with Readers(lambda: rules, settings=settings, workers=1) as readers:
        got = [verdicts(outcomes) for _, outcomes in readers.ahead(batches(400, 200))]
        assert readers._pool is not None and not readers._pool_failed
    expected = [verdicts([read_message(m, rules) for m in b.messages]) for b in batches(400, 200)]
    assert got == expected
    assert isinstance(sys.stderr, CapturedStderr)  # given back


def test_workers_that_cannot_start_leave_the_reading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr("tracker.reading.ProcessPoolExecutor", refuse)
    settings = ClassifierSettings()
    rules = load_rules(settings)
    with Readers(lambda: rules, settings=settings, workers=1) as readers:
        got = [verdicts(outcomes) for _, outcomes in readers.ahead(batches(400, 200))]
        assert readers._pool is None and readers._pool_failed
    assert got == [
        verdicts([read_message(m, rules) for m in b.messages]) for b in batches(400, 200)
    ]


def test_workers_do_not_run_the_callers_main_module_again(tmp_path: Path) -> None:
    """A script without an `if __name__ == "__main__"` guard runs once, not once per worker."""
    runs = tmp_path / "runs.txt"
    script = tmp_path / "unguarded.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(Path(__file__).parent)!r})
            with open({str(runs)!r}, "a") as runs:
                runs.write("ran\\n")
            from test_reading import batches
            from tracker.classify import load_rules
            from tracker.config import ClassifierSettings
            from tracker.reading import Read, Readers
            settings = ClassifierSettings()
            with Readers(lambda: load_rules(settings), settings=settings, workers=1) as readers:
                outcomes = [o for _, found in readers.ahead(batches(400, 200)) for o in found]
                assert readers._pool is not None and not readers._pool_failed
            print(sum(isinstance(o, Read) for o in outcomes))
            """
        )
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "400"
    assert runs.read_text() == "ran\n"


def test_workers_end_when_the_scan_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "killed.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys, time
            sys.path.insert(0, {str(Path(__file__).parent)!r})
            from test_reading import batches
            from tracker.classify import load_rules
            from tracker.config import ClassifierSettings
            from tracker.reading import Readers
            settings = ClassifierSettings()
            readers = Readers(lambda: load_rules(settings), settings=settings, workers=1)
            for _ in readers.ahead(batches(400, 200)):
                pass
            print(*readers._pool._processes, flush=True)
            time.sleep(600)
            """
        )
    )
    scan = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert scan.stdout is not None
    workers = [int(pid) for pid in scan.stdout.readline().split()]
    assert workers
    scan.kill()
    scan.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = (
        Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}").exists() else "X"
    )
    return state != "Z"  # a zombie has ended; its parent (init) reaps it


def test_a_kept_message_that_cannot_be_named_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # No real message is known to break naming; the fault is planted so that the path
    # a hostile one would take is proven: kept unnamed, never raised, and explained.
    import tracker.reading as reading

    rules = load_rules()
    fetched = FetchedMessage(provider_id="m1", raw=job_mail("other", "Quillstone", key="k1"))
    outcome = read_message(fetched, rules)
    assert isinstance(outcome, Read) and not outcome.verdict.named

    def broken(*_args: object) -> None:
        raise ValueError("hostile")

    monkeypatch.setattr(reading, "named", broken)
    kept = reading.named_for_keeping(outcome.verdict, outcome.parsed, rules)
    assert kept.named and kept.company is None and kept.label == outcome.verdict.label
    assert kept.reasons[-1] == "company, role and job id could not be read (ValueError)"
    assert kept.reasons[:-1] == outcome.verdict.reasons


def test_a_batch_is_read_as_its_messages_are_one_by_one() -> None:
    settings = ClassifierSettings(ignore_senders=["@company3.com"])
    rules = load_rules(settings)
    for batch in batches(250, 125):
        alone = verdicts([read_message(m, rules) for m in batch.messages])
        assert verdicts(read_messages(batch.messages, rules)) == alone
        assert {label for label, _ in alone} >= {*KINDS}


class UnreadableText(ParsedMessage):
    """A message whose text cannot be read."""

    def __getattribute__(self, name: str) -> object:
        if name == "text":
            raise RecursionError("hostile")
        return super().__getattribute__(name)


@pytest.mark.parametrize(
    ("step", "error"), [("parsing", "MemoryError"), ("classifying", "RecursionError")]
)
def test_a_message_that_breaks_reading_costs_the_rest_of_its_batch_nothing(
    step: str, error: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No real message is known to break parsing or the classifier; the fault is planted
    # in one message of a batch, which is read together: the others keep their verdicts.
    # (In the message, not in the classifier, whose compiled modules would not see a patch.)
    import tracker.reading as reading

    rules = load_rules()
    messages = list(next(batches(40, 40)).messages)
    expected = verdicts([read_message(m, rules) for m in messages])
    real_parse = reading.parse_message

    def parse(raw: bytes, **kwargs: object) -> ParsedMessage:
        parsed = real_parse(raw, **kwargs)  # type: ignore[arg-type]
        if b"k7@" not in raw:
            return parsed
        if step == "parsing":
            raise MemoryError
        fields = {f.name: getattr(parsed, f.name) for f in dataclasses.fields(parsed)}
        return UnreadableText(**fields)

    monkeypatch.setattr(reading, "parse_message", parse)
    got = verdicts(read_messages(messages, rules))
    assert got[7] == ("unreadable", f"could not be read ({error})")
    assert got[:7] + got[8:] == expected[:7] + expected[8:]
