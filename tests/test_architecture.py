"""The import direction of DESIGN.md: tui -> tracker, connectors; connectors -> tracker; tracker -> neither."""

from __future__ import annotations

import ast
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "tracker": {"connectors", "tui", "textual"},
    "connectors": {"tui", "textual"},
}


def modules_of(package: str) -> list[str]:
    names = []
    for path in sorted((ROOT / package).rglob("*.py")):
        relative = path.relative_to(ROOT).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        if "migrations" in parts and parts[-1] != "migrations":
            continue  # alembic scripts are loaded by alembic, not imported
        names.append(".".join(parts))
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_forbidden_import_statements(package: str) -> None:
    offenders = []
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}"
                for n in names
                if n.split(".")[0] in FORBIDDEN[package]
            ]
    assert offenders == []


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_importing_every_module_loads_nothing_forbidden(package: str) -> None:
    """A fresh interpreter imports every module of the package; the forbidden ones stay unloaded."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules_of(package)!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    assert loaded & FORBIDDEN[package] == set()


def test_the_imap_fetcher_process_loads_no_config_models_classifier_or_store() -> None:
    """A big IMAP scan fetches in a process of its own, started with the connector's
    opener: that process needs imapclient, not the config models, the classifier or the
    store (each costs it memory: together about 25 MB)."""
    from connectors.imap import ImapConnector
    from tracker.config import ImapAccount

    account = ImapAccount.model_validate(
        {"name": "work", "kind": "imap", "host": "imap.example.org", "username": "sam",
         "password_env": "NEXTROUND_TEST_UNSET", "folders": ["INBOX", "Archive"]}
    )  # fmt: skip
    opener = ImapConnector(account).opener()
    assert opener is not None
    script = (
        "import json, pickle, sys\n"
        "connector = pickle.loads(sys.stdin.buffer.read())()\n"
        "print(json.dumps([repr(connector), connector._folders_to_scan(), sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=pickle.dumps(opener),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    shown, folders, loaded = json.loads(done.stdout)
    assert "host='imap.example.org'" in shown and "port=993" in shown
    assert folders == ["INBOX", "Archive"]
    heavy = {"tracker.config", "tracker.classify", "tracker.store", "sqlalchemy", "hyperscan"}
    assert heavy & set(loaded) == set()
