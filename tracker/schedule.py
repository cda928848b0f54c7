"""Scans on a schedule: the `watch` loop, and entries for systemd, launchd or cron.

`watch` runs one thread per account: scan, then wait for the next round, or
for IMAP IDLE to report new mail, whichever comes first. A failing account is
logged and retried next round; it never stops the others.
"""

from __future__ import annotations

import logging
import platform
import shlex
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

log = logging.getLogger(__name__)

UNIT_NAME = "nextround-scan"
LAUNCHD_LABEL = "org.nextround.scan"
CRON_MARKER = "# nextround-scan"
IDLE_SLICE = 30.0
"""Longest single IDLE wait, so a stop request is honoured within this many seconds."""


class ScheduleError(Exception):
    """The schedule cannot be installed or read; the message says why."""


class WaitsForMail(Protocol):
    def wait_for_change(self, timeout: float) -> bool: ...


# The watch loop ----------------------------------------------------------------


@dataclass
class AccountWatch:
    """How `watch` scans one account and, when the connector can, waits for its mail."""

    name: str
    scan: Callable[[], str]
    """Scans once and gives a one-line summary; raises on failure."""
    waiter: Callable[[], WaitsForMail | None] = lambda: None
    """Gives an object with wait_for_change (an IMAP connection for IDLE), or None to just sleep."""


def watch(accounts: Sequence[AccountWatch], *, every: timedelta, stop: threading.Event) -> None:
    """Scan every account on the interval until `stop` is set."""
    threads = [
        threading.Thread(
            target=_watch_one,
            args=(account, every, stop),
            name=f"watch-{account.name}",
            daemon=True,
        )
        for account in accounts
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(timeout=0.5)


def _watch_one(account: AccountWatch, every: timedelta, stop: threading.Event) -> None:
    waiter: WaitsForMail | None = None
    while not stop.is_set():
        try:
            log.info("%s", account.scan())
        except Exception as error:  # noqa: BLE001 - one account's failure must not stop the others
            log.error("%s: scan failed: %s", account.name, error)
        waiter = _wait_for_next_round(account, waiter, every, stop)
    _close(waiter)


def _wait_for_next_round(
    account: AccountWatch, waiter: WaitsForMail | None, every: timedelta, stop: threading.Event
) -> WaitsForMail | None:
    """Wait up to `every`, returning early when IDLE reports new mail; give the waiter to reuse."""
    remaining = every.total_seconds()
    if waiter is None:
        try:
            waiter = account.waiter()
        except Exception as error:  # noqa: BLE001 - IDLE is an optimisation: fall back to the timer
            log.info(
                "%s: cannot wait for new mail (%s); scanning every %s", account.name, error, every
            )
            waiter = None
    while remaining > 0 and not stop.is_set():
        if waiter is None:
            stop.wait(remaining)
            return None
        slice_seconds = min(remaining, IDLE_SLICE)
        try:
            if waiter.wait_for_change(slice_seconds):
                log.info("%s: new mail", account.name)
                return waiter
        except Exception as error:  # noqa: BLE001 - a dropped IDLE connection: reconnect next round
            log.info("%s: waiting for mail failed (%s)", account.name, error)
            _close(waiter)
            waiter = None
            continue
        remaining -= slice_seconds
    return waiter


def _close(waiter: object) -> None:
    close = getattr(waiter, "close", None)
    if callable(close):
        try:
            close()
        except Exception as error:  # noqa: BLE001 - closing is best effort
            log.debug("closing the mail connection failed: %s", error)


# Schedule entries ---------------------------------------------------------------


def systemd_units(command: Sequence[str], every: timedelta) -> dict[str, str]:
    """Give the user service and timer that run `command` every `every`."""
    seconds = int(every.total_seconds())
    exec_start = " ".join(_systemd_quote(part) for part in command)
    service = (
        "[Unit]\n"
        "Description=nextround: scan mail accounts for job mail\n"
        "Documentation=https://pypi.org/project/nextround/\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
        "Nice=10\n"
    )
    timer = (
        "[Unit]\n"
        "Description=nextround: scan mail accounts on a schedule\n"
        "\n"
        "[Timer]\n"
        "OnBootSec=2min\n"
        f"OnUnitActiveSec={seconds}s\n"
        "Persistent=true\n"
        f"Unit={UNIT_NAME}.service\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{UNIT_NAME}.service": service, f"{UNIT_NAME}.timer": timer}


def _systemd_quote(part: str) -> str:
    if part and all(c.isalnum() or c in "/._-=:@+," for c in part):
        return part
    return '"' + part.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'


def launchd_plist(command: Sequence[str], every: timedelta, *, log_path: Path) -> str:
    """Give the launchd agent that runs `command` every `every`."""
    arguments = "".join(f"\n    <string>{escape(part)}</string>" for part in command)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        '<plist version="1.0">\n<dict>\n'
        f"  <key>Label</key>\n  <string>{LAUNCHD_LABEL}</string>\n"
        f"  <key>ProgramArguments</key>\n  <array>{arguments}\n  </array>\n"
        f"  <key>StartInterval</key>\n  <integer>{int(every.total_seconds())}</integer>\n"
        "  <key>RunAtLoad</key>\n  <true/>\n"
        f"  <key>StandardOutPath</key>\n  <string>{escape(str(log_path))}</string>\n"
        f"  <key>StandardErrorPath</key>\n  <string>{escape(str(log_path))}</string>\n"
        "</dict>\n</plist>\n"
    )


def cron_line(command: Sequence[str], every: timedelta, *, log_path: Path | None = None) -> str:
    """Give the crontab line; cron can only say whole minutes that divide an hour, or whole hours."""
    minutes = max(1, round(every.total_seconds() / 60))
    if minutes < 60:
        step = min((d for d in (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30) if d >= minutes), default=30)
        schedule = f"*/{step} * * * *" if step > 1 else "* * * * *"
    else:
        hours = max(1, round(minutes / 60))
        schedule = "0 * * * *" if hours == 1 else f"0 */{min(hours, 23)} * * *"
    output = f">>{shlex.quote(str(log_path))} 2>&1" if log_path else ">/dev/null 2>&1"
    return f"{schedule} {shlex.join(command)} {output} {CRON_MARKER}"


@dataclass(frozen=True)
class Plan:
    """What `schedule install` writes (or, with --dry-run, would write)."""

    kind: str
    """systemd, launchd or cron."""
    files: dict[Path, str]
    commands: list[list[str]]
    cron: str | None = None
    log_dir: Path | None = None
    """Created on install: where the scheduled scans write their output."""


def detect_kind() -> str:
    """Give the scheduler this machine has: systemd (Linux), launchd (macOS), else cron."""
    if platform.system() == "Darwin":
        return "launchd"
    if shutil.which("systemctl") and Path("/run/systemd/system").is_dir():
        return "systemd"
    return "cron"


def plan_install(
    kind: str, *, command: Sequence[str], every: timedelta, home: Path, log_path: Path
) -> Plan:
    if kind == "systemd":
        unit_dir = home / ".config" / "systemd" / "user"
        files = {unit_dir / name: text for name, text in systemd_units(command, every).items()}
        commands = [
            ["systemctl", "--user", "daemon-reload"],
            ["systemctl", "--user", "enable", "--now", f"{UNIT_NAME}.timer"],
        ]
        return Plan(kind, files, commands)
    if kind == "launchd":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        return Plan(
            kind,
            {path: launchd_plist(command, every, log_path=log_path)},
            [["launchctl", "load", "-w", str(path)]],
            log_dir=log_path.parent,
        )
    if kind == "cron":
        return Plan(
            kind, {}, [], cron=cron_line(command, every, log_path=log_path), log_dir=log_path.parent
        )
    raise ScheduleError(f"unknown scheduler {kind!r}: systemd, launchd or cron")


def plan_remove(kind: str, *, home: Path) -> Plan:
    if kind == "systemd":
        unit_dir = home / ".config" / "systemd" / "user"
        files = {unit_dir / f"{UNIT_NAME}.service": "", unit_dir / f"{UNIT_NAME}.timer": ""}
        return Plan(kind, files, [["systemctl", "--user", "disable", "--now", f"{UNIT_NAME}.timer"],
                                  ["systemctl", "--user", "daemon-reload"]])  # fmt: skip
    if kind == "launchd":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        return Plan(kind, {path: ""}, [["launchctl", "unload", "-w", str(path)]])
    return Plan("cron", {}, [], cron="")


Runner = Callable[[list[str], str | None], str]


def run_command(argv: list[str], stdin: str | None = None) -> str:
    """Run a scheduler command; give its output. Raises ScheduleError with its message on failure."""
    try:
        done = subprocess.run(
            argv, input=stdin, capture_output=True, text=True, timeout=30, check=False
        )
    except FileNotFoundError:
        raise ScheduleError(f"{argv[0]} is not installed") from None
    except subprocess.TimeoutExpired:
        raise ScheduleError(f"{' '.join(argv)} did not finish in 30 s") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ScheduleError(f"{' '.join(argv)} failed: {detail[0] if detail else done.returncode}")
    return done.stdout


def apply_install(plan: Plan, *, run: Runner = run_command) -> None:
    if plan.log_dir is not None:
        plan.log_dir.mkdir(parents=True, exist_ok=True)
    for path, text in plan.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if plan.cron is not None:
        _write_crontab([*_without_ours(_read_crontab(run)), plan.cron], run)
    for argv in plan.commands:
        run(argv, None)


def apply_remove(plan: Plan, *, run: Runner = run_command) -> None:
    for argv in plan.commands:
        try:
            run(argv, None)
        except ScheduleError as error:
            log.info("%s", error)  # already disabled or never enabled
    for path in plan.files:
        path.unlink(missing_ok=True)
    if plan.cron is not None:
        _write_crontab(_without_ours(_read_crontab(run)), run)


def _read_crontab(run: Runner) -> list[str]:
    try:
        return run(["crontab", "-l"], None).splitlines()
    except ScheduleError as error:
        if "no crontab" in str(error):
            return []
        raise


def _without_ours(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.rstrip().endswith(CRON_MARKER)]


def _write_crontab(lines: list[str], run: Runner) -> None:
    run(["crontab", "-"], "\n".join(lines) + "\n")


def installed_entry(kind: str, *, home: Path, run: Runner = run_command) -> str | None:
    """Give the installed schedule in one line (with the next run where the scheduler says), or None."""
    if kind == "systemd":
        timer = home / ".config" / "systemd" / "user" / f"{UNIT_NAME}.timer"
        if not timer.exists():
            return None
        try:
            nxt = run(
                [
                    "systemctl",
                    "--user",
                    "show",
                    f"{UNIT_NAME}.timer",
                    "--property=NextElapseUSecRealtime",
                    "--value",
                ],
                None,
            ).strip()
        except ScheduleError:
            nxt = ""
        return f"systemd timer {timer}" + (f", next run {nxt}" if nxt else "")
    if kind == "launchd":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        return f"launchd agent {path}" if path.exists() else None
    ours = [line for line in _read_crontab(run) if line.rstrip().endswith(CRON_MARKER)]
    return f"crontab: {ours[0]}" if ours else None
