"""Scheduled scans: the watch loop, and systemd, launchd and cron entries."""

from __future__ import annotations

import plistlib
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from mailfactory import deliver, job_mail, make_maildir

from tracker.cli import main
from tracker.schedule import (
    CRON_MARKER,
    AccountWatch,
    apply_install,
    apply_remove,
    cron_line,
    launchd_plist,
    plan_install,
    plan_remove,
    systemd_units,
    watch,
)

COMMAND = [sys.executable, "-m", "tracker.cli", "--config", "/tmp/my config.toml", "scan"]


def test_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.fail(
            "systemd-analyze is missing: scripts/test.sh installs it (Debian package systemd)"
        )
    units = systemd_units(COMMAND, timedelta(minutes=15))
    for name, text in units.items():
        (tmp_path / name).write_text(text)
    assert "OnUnitActiveSec=900s" in units["nextround-scan.timer"]
    assert (
        f'ExecStart={sys.executable} -m tracker.cli --config "/tmp/my config.toml" scan'
        in units["nextround-scan.service"]
    )
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(str(tmp_path / n) for n in units)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr


def test_launchd_plist_is_a_valid_agent(tmp_path: Path) -> None:
    text = launchd_plist(COMMAND, timedelta(hours=1), log_path=tmp_path / "log & more.txt")
    agent = plistlib.loads(text.encode())
    assert agent["Label"] == "org.nextround.scan"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["StartInterval"] == 3600
    assert agent["StandardOutPath"].endswith("log & more.txt")


@pytest.mark.parametrize(
    ("every", "schedule"),
    [("1m", "* * * * *"), ("15m", "*/15 * * * *"), ("7m", "*/10 * * * *"), ("45m", "*/30 * * * *"),
     ("1h", "0 * * * *"), ("6h", "0 */6 * * *")],
)  # fmt: skip
def test_cron_lines(every: str, schedule: str) -> None:
    from tracker.config import parse_duration

    line = cron_line(COMMAND, parse_duration(every))
    assert line.startswith(schedule + " ")
    assert "'/tmp/my config.toml'" in line and line.endswith(CRON_MARKER)
    logged = cron_line(COMMAND, parse_duration(every), log_path=Path("/home/me/my logs/scan.log"))
    assert ">>'/home/me/my logs/scan.log' 2>&1" in logged


class FakeCrontab:
    """Stands in for the crontab program: tests must not change the machine's real crontab."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def __call__(self, argv: list[str], stdin: str | None) -> str:
        assert argv[0] == "crontab"
        if argv[1] == "-l":
            return "".join(f"{line}\n" for line in self.lines)
        assert stdin is not None
        self.lines = stdin.splitlines()
        return ""


def test_cron_install_keeps_other_lines_and_replaces_its_own(tmp_path: Path) -> None:
    crontab = FakeCrontab(["MAILTO=me", "0 3 * * * backup.sh"])
    for every in (timedelta(minutes=15), timedelta(minutes=30)):
        plan = plan_install(
            "cron", command=COMMAND, every=every, home=tmp_path, log_path=tmp_path / "l"
        )
        apply_install(plan, run=crontab)
    assert crontab.lines[:2] == ["MAILTO=me", "0 3 * * * backup.sh"]
    assert len([line for line in crontab.lines if line.endswith(CRON_MARKER)]) == 1
    assert crontab.lines[2].startswith("*/30 ")
    apply_remove(plan_remove("cron", home=tmp_path), run=crontab)
    assert crontab.lines == ["MAILTO=me", "0 3 * * * backup.sh"]


def test_systemd_install_writes_user_units_and_enables_the_timer(tmp_path: Path) -> None:
    ran: list[list[str]] = []
    plan = plan_install(
        "systemd", command=COMMAND, every=timedelta(minutes=15), home=tmp_path, log_path=tmp_path
    )
    apply_install(plan, run=lambda argv, _stdin: ran.append(argv) or "")
    unit_dir = tmp_path / ".config" / "systemd" / "user"
    assert sorted(p.name for p in unit_dir.iterdir()) == [
        "nextround-scan.service",
        "nextround-scan.timer",
    ]
    assert ran[-1] == ["systemctl", "--user", "enable", "--now", "nextround-scan.timer"]
    apply_remove(
        plan_remove("systemd", home=tmp_path), run=lambda argv, _stdin: ran.append(argv) or ""
    )
    assert list(unit_dir.iterdir()) == []


def test_schedule_install_dry_run_prints_and_writes_nothing(isolated_home: Path) -> None:
    result = CliRunner().invoke(
        main, ["schedule", "install", "--dry-run", "--kind", "systemd", "--every", "20m"]
    )
    assert result.exit_code == 0, result.output
    assert "would write" in result.output and "OnUnitActiveSec=1200s" in result.output
    assert not (isolated_home / ".config" / "systemd").exists()
    cron = CliRunner().invoke(main, ["schedule", "install", "--dry-run", "--kind", "cron"])
    assert "*/15 * * * *" in cron.output
    bad = CliRunner().invoke(main, ["schedule", "install", "--dry-run", "--every", "often"])
    assert bad.exit_code == 2 and "--every: a duration" in bad.output


def test_watch_keeps_scanning_when_one_account_fails_and_stops_on_request() -> None:
    scans: dict[str, int] = {"good": 0, "bad": 0}
    stop = threading.Event()

    def good() -> str:
        scans["good"] += 1
        if scans["good"] >= 3:
            stop.set()
        return "ok"

    def bad() -> str:
        scans["bad"] += 1
        raise RuntimeError("server down")

    thread = threading.Thread(
        target=watch,
        args=([AccountWatch("good", good), AccountWatch("bad", bad)],),
        kwargs={"every": timedelta(seconds=0.05), "stop": stop},
    )
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert scans["good"] == 3 and scans["bad"] >= 1


class Idle:
    """A waiter whose mail arrives on the second wait."""

    def __init__(self) -> None:
        self.waits = 0
        self.closed = False

    def wait_for_change(self, timeout: float) -> bool:
        self.waits += 1
        return self.waits == 2

    def close(self) -> None:
        self.closed = True


def test_watch_scans_early_when_idle_reports_mail() -> None:
    idle = Idle()
    stop = threading.Event()
    scans: list[float] = []

    def scan() -> str:
        scans.append(time.monotonic())
        if len(scans) == 2:
            stop.set()
        return "ok"

    started = time.monotonic()
    watch([AccountWatch("imap", scan, waiter=lambda: idle)], every=timedelta(hours=1), stop=stop)
    assert len(scans) == 2 and scans[1] - started < 5  # not an hour later
    assert idle.closed


def test_watch_command_scans_logs_and_stops_on_sigterm(tmp_path: Path, isolated_home: Path) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", key="w1"))
    config = tmp_path / "c.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "w.db"}"\n'
        f'[[accounts]]\nname = "home"\nkind = "maildir"\npath = "{tmp_path / "Mail"}"\n'
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker.cli", "--config", str(config), "watch", "--every", "1m"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "home: 1 messages read" in line:
                break
        assert any("home: 1 messages read" in line for line in lines), lines
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        process.kill()
    log = isolated_home / ".local" / "share" / "nextround" / "logs" / "watch.log"
    assert "home: 1 messages read" in log.read_text()
