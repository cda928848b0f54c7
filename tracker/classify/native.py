"""One native pass over a text: which cue patterns may match it, and which words it holds.

The classifier spent most of its time choosing and running its regular expressions
one by one. Hyperscan (a multi-pattern regex engine) reads a text once and reports
every pattern that may match; only those are then searched by Python's `re`, exactly
as before. The patterns are compiled in Hyperscan's prefilter mode, which never
misses a match (it may report a pattern that `re` then does not match), so verdicts
are the same with or without it.

- Only ASCII texts are read natively: there Python's and Hyperscan's classes (\\w,
  \\b, \\s) agree. Other texts, and every text while the engine is not ready or not
  installed, take the pure Python path (`index.TriggerIndex`).
- Compiling the shipped patterns takes seconds, so it happens once per machine: on a
  thread (Hyperscan releases the GIL) the first time rules are used, then saved in
  the user's cache directory. A process that finds the compiled form there loads it
  in milliseconds.
- Patterns Hyperscan cannot compile (a user's phrase may use syntax it lacks) are
  tried on every text, as untriggered patterns are.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import logging
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs


def _hyperscan() -> Any:
    # Imported by name: mypyc compiles this module where hyperscan may not be installed
    # yet (setup.py), and a typed import with a fallback would not type-check there.
    try:
        return importlib.import_module("hyperscan")
    except ImportError:  # pragma: no cover - a platform without a wheel: the Python path serves
        return None


_hs: Any = _hyperscan()

log = logging.getLogger(__name__)

_CACHE_FORMAT = "2"
"""Part of every cache key: raise it when the way patterns are compiled changes."""
_OPEN_REPEAT = re.compile(r"(?<!\\)\{,(\d+)\}")
"""Python reads "{,3}" as "{0,3}"; Hyperscan (PCRE syntax) would read it literally."""
_INLINE_FLAGS = ((re.IGNORECASE, "i"), (re.DOTALL, "s"), (re.MULTILINE, "m"), (re.VERBOSE, "x"))
_SCOPED_IGNORECASE = re.compile(r"\(\?[a-zA-Z-]*i")
"""An inline flag group that ignores case ("(?i:...)", "(?si)")."""
_POSIX_CLASS = ("[:", "[=", "[.")
"""Python reads "[[:alpha:]]" as a set of characters, PCRE as a class: never the same."""
# Bounded repeats of a class, or of a word of one ("(?:[^ .,;!?]+ ){0,8}?", "[^.;!?]{0,80}?"),
# are what make the compiled engine big: Hyperscan unrolls them into states, and the engine
# read back for every message no longer fits a core's cache. The native pass only chooses
# patterns that may match, so each is read unbounded ("[^.,;!?]*"): that matches wherever
# the bounded one does, and Python's `re` then searches the pattern as it is written.
_WORDS_REPEAT = re.compile(r"(?<!\\)\(\?:\[(\^?)([^\]\\]*)\]\+ \)\{\d+,\d+\}\??")
_SPACED_WORDS_REPEAT = re.compile(r"(?<!\\)\(\?: \[(\^?)([^\]\\]*)\]\+\)\{\d+,\d+\}\??")
_CLASS_REPEAT = re.compile(r"(?<!\\)\[(\^?)([^\]\\]*)\]\{\d*,\d+\}\??")


def source(regex: re.Pattern[str]) -> str | None:
    """Give `regex` as Hyperscan should read it, or None when its reading might differ
    from Python's on an ASCII text (then the pattern is tried on every text)."""
    pattern = regex.pattern
    if any(mark in pattern for mark in _POSIX_CLASS):
        return None
    if not pattern.isascii() and (
        regex.flags & re.IGNORECASE or _SCOPED_IGNORECASE.search(pattern)
    ):
        return None  # Python folds some non-ASCII letters to ASCII ones ("\u017f" is "s")
    flags = "".join(letter for flag, letter in _INLINE_FLAGS if regex.flags & flag)
    pattern = _OPEN_REPEAT.sub(r"{0,\1}", pattern)
    if not regex.flags & re.VERBOSE:  # where a space is a character, not layout
        pattern = unbounded(pattern)
    return f"(?{flags}){pattern}" if flags else pattern


def unbounded(pattern: str) -> str:
    """Give `pattern` with its bounded repeats of a class, or of words of a class, made
    unbounded repeats of one class: a pattern that matches wherever `pattern` does."""

    def words(match: re.Match[str]) -> str:
        negated, members = match.groups()
        # The words and the spaces between them: one class that holds both.
        return f"[^{members.replace(' ', '')}]*" if negated else f"[ {members}]*"

    pattern = _WORDS_REPEAT.sub(words, pattern)
    pattern = _SPACED_WORDS_REPEAT.sub(words, pattern)
    return _CLASS_REPEAT.sub(lambda match: f"[{match.group(1)}{match.group(2)}]*", pattern)


def available() -> bool:
    """Give whether the native engine is installed (the `hyperscan` package)."""
    return _hs is not None


@dataclass(frozen=True)
class Part:
    """Patterns whose bits start at `offset`: pattern i of the part is bit offset + i."""

    offset: int
    patterns: tuple[str | None, ...]
    """Hyperscan sources (see `source`); None for a pattern to try on every text."""
    exact: bool = False
    """Report exact matches (words), not those that may match (cue patterns)."""
    every: bool = False
    """Report every match of an exact pattern (where each ends), not only its first."""


class NativeScan:
    """Cue patterns (as bits, pattern i at bit i) and words found in one pass over a text.

    `shared` are the shipped patterns, the same for every user: compiled with the words
    into one database that every rule set shares. `own` are a user's extra phrases,
    compiled apart (they are few, so that takes little time).
    """

    def __init__(
        self, shared: Part, own: Part, words: Sequence[str], separators: frozenset[str]
    ) -> None:
        self._word_base = max(shared.offset + len(shared.patterns), own.offset + len(own.patterns))
        word_part = Part(self._word_base, _word_patterns(words, separators), exact=True)
        self._words = tuple(words)
        self._groups = [(shared, word_part), (own,)] if own.patterns else [(shared, word_part)]
        self._databases: list[_Database] | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def scan(self, text: str) -> tuple[int, frozenset[str]] | None:
        """Give the patterns that may match `text` and which of our words it holds whole;
        None when the text takes the Python path (not ASCII, engine not ready or missing)."""
        databases = self._databases if self._databases is not None else self._start()
        if databases is None or not text.isascii():
            return None
        for database in databases:
            if not database.ready:
                return None
        found: list[int] = []
        add = found.append

        def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
            add(pattern)

        data = text.encode("ascii")
        for database, scratch in zip(databases, self._scratches(databases), strict=True):
            database.compiled.scan(data, match_event_handler=on_match, scratch=scratch)
        chosen = 0
        words = self._words
        word_base = self._word_base
        present: list[str] = []
        for pattern in found:
            if pattern >= word_base:
                present.append(words[pattern - word_base])
            else:
                chosen |= 1 << pattern
        for database in databases:
            chosen |= database.always
        return chosen, frozenset(present)

    def wait(self, timeout: float | None = None) -> bool:
        """Start the engine if it is not started, wait until it is ready (or cannot be),
        and give whether it is ready: for tests and benchmarks, which measure it."""
        databases = self._databases if self._databases is not None else self._start()
        if databases is None:
            return False
        for database in databases:
            database.settled.wait(timeout)
        return all(database.ready for database in databases)

    def _start(self) -> list[_Database] | None:
        if _hs is None:
            return None
        with self._lock:
            if self._databases is None:
                self._databases = [_database(group) for group in self._groups]
            return self._databases

    def _scratches(self, databases: list[_Database]) -> list[Any]:
        """Give this thread's scratch space per database (Hyperscan's is not shared)."""
        scratches: list[Any] | None = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = [_hs.Scratch(database.compiled) for database in databases]
            self._local.scratches = scratches
        return scratches


class NativeFinder:
    """Exact patterns (pattern i has id i) found in one pass over a text, every match."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self._part = Part(0, tuple(patterns), exact=True, every=True)
        self._database: _Database | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def find(self, text: str) -> list[tuple[int, int]] | None:
        """Give (pattern, end) of every match in `text`, in order of where they end; None
        when the text takes the Python path (not ASCII, engine not ready or missing)."""
        database = self._database if self._database is not None else self._start()
        if database is None or not database.ready or not text.isascii():
            return None
        found: list[tuple[int, int]] = []
        add = found.append

        def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
            add((pattern, end))

        scratch: Any = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _hs.Scratch(database.compiled)
        database.compiled.scan(text.encode("ascii"), match_event_handler=on_match, scratch=scratch)
        return found

    def wait(self, timeout: float | None = None) -> bool:
        """Start the engine if it is not started, wait until it is ready (or cannot be),
        and give whether it is ready: for tests and benchmarks, which measure it."""
        database = self._database if self._database is not None else self._start()
        if database is None:
            return False
        database.settled.wait(timeout)
        return database.ready

    def _start(self) -> _Database | None:
        if _hs is None:
            return None
        with self._lock:
            if self._database is None:
                self._database = _database((self._part,))
            return self._database


def _word_patterns(words: Sequence[str], separators: frozenset[str]) -> tuple[str, ...]:
    """Give patterns that match each word as a whole word, split as `triggers.words` splits."""
    # A normalized text has no other whitespace; str.split() also splits on \x1c-\x1f.
    spaces = sorted({c for c in separators if c.isascii()} | {chr(c) for c in range(0x1C, 0x20)})
    klass = "[" + "".join(f"\\x{ord(c):02x}" for c in spaces) + "]"
    return tuple(f"(?:^|{klass}){_escaped(word)}(?:{klass}|$)" for word in words)


def _escaped(word: str) -> str:
    """Give `word` as a pattern of its UTF-8 bytes, each written as \\xNN."""
    return "".join(f"\\x{byte:02x}" for byte in word.encode("utf-8"))


class _Database:
    """Parts compiled into one database, on a thread the first time; `ready` once it can scan."""

    def __init__(self, parts: tuple[Part, ...]) -> None:
        self.parts = parts
        self.compiled: Any = None
        self.always = 0
        """Bits of patterns that did not compile: tried on every text."""
        self.ready = False
        self.settled = threading.Event()
        """Set once compiling (or loading) has ended, ready or not."""


_memo: dict[str, _Database] = {}
_memo_lock = threading.Lock()


def _database(parts: tuple[Part, ...]) -> _Database:
    """Give the database of `parts`: compiled once per process, and once per machine."""
    key = _key(parts)
    with _memo_lock:
        database = _memo.get(key)
        if database is not None:
            if database.ready and not _cache_file(key).exists():
                # Another cache directory (a test's, a changed XDG_CACHE_HOME): worker
                # processes look there, so they need not compile it again.
                _save(key, database.always, database.compiled)
            return database
        database = _Database(parts)
        _memo[key] = database
    if not _load(database, key):
        compiling = threading.Thread(
            target=_compile, args=(database, key), name="nextround-native", daemon=True
        )
        compiling.start()
        if not _compiling:
            atexit.register(_finish_compiling)
        _compiling.append(compiling)
    return database


_compiling: list[threading.Thread] = []


def _finish_compiling() -> None:
    """When a compile is still running at exit, compile the shipped rules in a process
    of its own, so that they are cached: a short command (a scan of a few new messages)
    would otherwise start it every time and never keep it. Nobody waits for it; only a
    first run starts it. (A user's own phrases compile in a moment, at any next run.)"""
    if not any(thread.is_alive() for thread in _compiling):
        return
    try:
        subprocess.Popen(
            [sys.executable, "-m", "tracker.classify.native"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not stopped by the terminal's Ctrl-C
        )
    except OSError as error:
        log.info("native engine not compiled this time: %s", error)


def _key(parts: tuple[Part, ...]) -> str:
    digest = hashlib.sha256()
    version = getattr(_hs, "__version__", "?")
    digest.update(f"{_CACHE_FORMAT}\0{version}\0{platform.machine()}\0".encode())
    for part in parts:
        digest.update(f"{part.offset}\0{len(part.patterns)}\0{part.every}\0".encode())
        for pattern in part.patterns:
            digest.update((pattern or "").encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:32]


def _cache_file(key: str) -> Path:
    return Path(platformdirs.user_cache_dir("nextround")) / "native" / f"{key}.hsdb"


def _load(database: _Database, key: str) -> bool:
    """Load the compiled database from the cache; False when it is not there or unusable."""
    path = _cache_file(key)
    try:
        # The header line, then the engine: read apart, so that the megabytes of the
        # engine are held once, not twice (a whole file, then its part), at the peak of
        # a process's memory.
        with path.open("rb") as handle:
            head = handle.readline()
            body = handle.read()
    except OSError:
        return False
    try:
        always = int(head, 16)
        compiled = _hs.loadb(body, _hs.HS_MODE_BLOCK)
        _hs.Scratch(compiled)  # fails on a database built for another CPU
    except Exception:  # noqa: BLE001 - a stale or damaged cache file is only a cache miss
        log.info("native cache %s unusable: compiling again", path.name)
        return False
    database.compiled = compiled
    database.always = always
    database.ready = True
    database.settled.set()
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: see `_prune`
    return True


def _compile(database: _Database, key: str) -> None:
    try:
        _compile_now(database, key)
    finally:
        database.settled.set()


def _compile_now(database: _Database, key: str) -> None:
    ids: list[int] = []
    expressions: list[bytes] = []
    flags: list[int] = []
    exact: list[bool] = []
    for part in database.parts:
        for place, pattern in enumerate(part.patterns):
            if pattern is None:
                continue
            ids.append(part.offset + place)
            expressions.append(pattern.encode("utf-8", "surrogatepass"))
            # Prefilter mode: a pattern that may match is reported, one that matches never missed.
            if part.every:
                flags.append(0)
            else:
                flags.append(_hs.HS_FLAG_SINGLEMATCH | (0 if part.exact else _hs.HS_FLAG_PREFILTER))
            exact.append(part.exact)
    chosen = list(range(len(ids)))
    compiled = _try_compile(expressions, ids, flags, chosen)
    if compiled is None:
        # Find the patterns it cannot compile, one by one (only a user's phrase should).
        chosen = [i for i in chosen if _try_compile(expressions, ids, flags, [i]) is not None]
        if any(exact[i] for i in set(range(len(ids))) - set(chosen)):
            chosen = []  # a word it cannot find would be missed: no native pass at all
        compiled = _try_compile(expressions, ids, flags, chosen)
    if compiled is None:
        log.warning("native engine unavailable: the classifier runs on Python alone")
        return
    kept = {ids[i] for i in chosen}
    always = sum(
        1 << (part.offset + place)
        for part in database.parts
        for place in range(len(part.patterns))
        if part.offset + place not in kept
    )
    database.compiled = compiled
    database.always = always
    database.ready = True
    _save(key, always, compiled)


def _try_compile(
    expressions: list[bytes], ids: list[int], flags: list[int], chosen: list[int]
) -> Any:
    if not chosen:
        return None
    compiled = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    try:
        compiled.compile(
            expressions=[expressions[i] for i in chosen],
            ids=[ids[i] for i in chosen],
            flags=[flags[i] for i in chosen],
        )
    except _hs.error:
        return None
    return compiled


def _save(key: str, always: int, compiled: Any) -> None:
    """Write the compiled database to the cache, atomically; a failure costs a compile later."""
    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = f"{always:x}\n".encode() + _hs.dumpb(compiled)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            handle.write(blob)
        try:
            os.replace(handle.name, path)
        except OSError:
            os.unlink(handle.name)
            raise
    except OSError as error:
        log.info("native cache not written: %s", error)
        return
    _prune(path.parent)


STALE_AFTER_DAYS = 30


def _prune(folder: Path) -> None:
    """Remove compiled engines no process has loaded for a month (each upgrade, and each
    change to a user's phrases, compiles a new one; the old ones would pile up), and
    temporary files a crash left behind."""
    now = time.time()
    for path in folder.iterdir():
        try:
            age = now - path.stat().st_mtime
            if (path.suffix == ".hsdb" and age > STALE_AFTER_DAYS * 86400) or (
                path.name.startswith("tmp") and age > 86400
            ):
                path.unlink()
        except OSError:
            continue  # another process removed or replaced it: nothing to do


def _compile_shipped() -> int:
    """Compile the shipped rules' engines into the cache (run by `_finish_compiling`)."""
    # Both import this module.
    from tracker.classify import anchors
    from tracker.classify.rules import load_rules

    scan = load_rules().index.body.native
    return 0 if scan is not None and scan.wait() and anchors.wait() else 1


if __name__ == "__main__":
    raise SystemExit(_compile_shipped())
