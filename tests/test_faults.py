"""Faults a scan must survive: a read-only or full disk, and other processes on the same database."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path

from crashkit import make_mailbox, snapshot
from sqlmodel import Session

from tracker.store import list_applications, open_store


def config_for(directory: Path, database: Path, *accounts: tuple[str, Path]) -> Path:
    config = directory / "config.toml"
    text = f'[database]\nurl = "sqlite:///{database}"\n'
    for name, path in accounts:
        text += f'[[accounts]]\nname = "{name}"\nkind = "maildir"\npath = "{path}"\n'
    config.write_text(text)
    return config


def nextround(
    config: Path, *args: str, limit_bytes: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit_file_size() -> None:
        # Writes past the limit fail with EFBIG instead of killing the process: a full disk, as
        # far as SQLite can tell, for this process only.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        assert limit_bytes is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "tracker.cli", "--config", str(config), *args],
        capture_output=True, text=True, timeout=300, check=False,
        preexec_fn=limit_file_size if limit_bytes else None,
    )  # fmt: skip


def test_a_full_disk_is_one_clear_line_and_the_next_scan_recovers(tmp_path: Path) -> None:
    make_mailbox(tmp_path / "Mail", 600)
    clean_db = tmp_path / "clean.db"
    assert (
        nextround(config_for(tmp_path, clean_db, ("box", tmp_path / "Mail")), "scan").returncode
        == 0
    )

    full_dir = tmp_path / "full"
    full_dir.mkdir()
    database = full_dir / "n.db"
    config = config_for(full_dir, database, ("box", tmp_path / "Mail"))
    assert (
        nextround(config, "apps", "list").returncode == 0
    )  # the schema exists before the disk fills
    size = database.stat().st_size
    failed = nextround(config, "scan", limit_bytes=size + 40_000)
    assert failed.returncode == 2, failed.stdout + failed.stderr
    lines = [line for line in failed.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in failed.stderr
    assert "disk" in lines[0] and "nothing was lost" in lines[0]
    recovered = nextround(config, "scan")
    assert recovered.returncode == 0, recovered.stderr
    assert snapshot(database) == snapshot(clean_db)


def test_a_read_only_database_directory_is_one_clear_line(tmp_path: Path) -> None:
    make_mailbox(tmp_path / "Mail", 30)
    database = tmp_path / "db" / "n.db"
    config = config_for(tmp_path, database, ("box", tmp_path / "Mail"))
    assert nextround(config, "apps", "list").returncode == 0
    # Even root cannot write to a file opened read-only: SQLite's own read-only mode.
    ro = tmp_path / "ro.toml"
    ro.write_text(
        config.read_text().replace(
            f"sqlite:///{database}", f"sqlite:///file:{database}?mode=ro&uri=true"
        )
    )
    result = nextround(ro, "scan")
    assert result.returncode == 2
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1


def test_two_scans_and_a_reader_share_one_sqlite_database(tmp_path: Path) -> None:
    make_mailbox(tmp_path / "A", 700, seed=1)
    make_mailbox(tmp_path / "B", 700, seed=2)
    database = tmp_path / "shared.db"
    configs = []
    for name in ("a", "b"):
        directory = tmp_path / name
        directory.mkdir()
        configs.append(config_for(directory, database, (name, tmp_path / name.upper())))
    assert nextround(configs[0], "apps", "list").returncode == 0
    engine = open_store(f"sqlite:///{database}")
    stop = threading.Event()
    reads: list[int] = []
    errors: list[BaseException] = []

    def read_while_scanning() -> None:
        while not stop.is_set():
            try:
                with Session(engine) as session:
                    reads.append(len(list_applications(session)))
            except BaseException as error:  # noqa: BLE001 - any failure is the finding
                errors.append(error)
                return

    reader = threading.Thread(target=read_while_scanning)
    reader.start()
    scans = [
        subprocess.Popen([sys.executable, "-m", "tracker.cli", "--config", str(c), "scan"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in configs
    ]  # fmt: skip
    results = [scan.communicate(timeout=300) for scan in scans]
    stop.set()
    reader.join()
    for scan, (_out, err) in zip(scans, results, strict=True):
        assert scan.returncode == 0, err
        assert "locked" not in err
    assert errors == []
    assert len(reads) > 5 and reads[-1] >= max(reads)
