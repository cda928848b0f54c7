"""Builds nextround with the classifier's hot modules compiled to C by mypyc, when it can.

pyproject.toml holds the project's metadata; this file only adds the compiled modules.
mypyc (part of mypy) turns these type-annotated modules into C extensions that run
the same code about a third faster (bench/classify_speed.py). Compiling is optional:

- without a C compiler, or when mypyc fails for any reason, the install goes on with
  every module as Python, which gives the same verdicts, a little slower;
- an editable install (`pip install -e .`, what the tests use) never compiles, so that
  an edited .py file is never shadowed by a stale compiled one;
- NEXTROUND_PURE_PYTHON=1 installs it as Python alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

COMPILED = [
    "anchors",
    "body",
    "classifier",
    "company",
    "company_body",
    "company_choice",
    "company_signature",
    "cues",
    "job_ids",
    "names",
    "native",
    "role",
    "triggers",
    "word_pattern",
]
"""Modules of tracker/classify that classifying a message spends its time in."""


class FreshBuildPy(build_py):
    """Copies the Python modules, first removing compiled ones an earlier build left in
    the build dir: the wheel would take a module compiled then and not now, and it would
    shadow the .py. (build_ext, which runs after, links this build's again.)"""

    def run(self) -> None:
        built = Path(self.build_lib)
        for pattern in ("tracker/**/*.so", "tracker/**/*.pyd", "nextround_classify__mypyc*"):
            for stale in built.glob(pattern):
                stale.unlink()
        super().run()


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them when one fails: the modules share
    one compiled library, and the .py files are installed either way."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # noqa: BLE001 - any failure leaves the Python modules
            self._give_up(error)

    def _give_up(self, error: BaseException) -> None:
        for output in self.get_outputs():
            Path(output).unlink(missing_ok=True)
        self.extensions = []
        print(
            f"nextround: the classifier is not compiled ({type(error).__name__}); "
            "installing it as Python, which gives the same verdicts, a little slower",
            file=sys.stderr,
        )


BUILDS = {"bdist_wheel", "build", "build_ext", "install"}
"""Commands that build the package: asked for its metadata or for an editable install
(`editable_wheel`, `develop`), setuptools builds nothing to compile."""


def compiled_modules() -> list[Any]:
    if os.environ.get("NEXTROUND_PURE_PYTHON") == "1" or not BUILDS & set(sys.argv):
        return []
    try:
        from mypyc.build import mypycify

        return list(
            mypycify(
                [
                    # mypyc type-checks what it compiles; the build environment holds
                    # mypy alone, not the packages these modules import.
                    "--config-file=",
                    "--ignore-missing-imports",
                    *(f"tracker/classify/{name}.py" for name in COMPILED),
                ],
                group_name="nextround_classify",
            )
        )
    # mypyc exits (SystemExit) when the modules do not type-check
    except (Exception, SystemExit) as error:  # noqa: BLE001 - any failure leaves the Python modules
        print(
            f"nextround: the classifier is not compiled ({type(error).__name__}: {error})",
            file=sys.stderr,
        )
        return []


setup(
    ext_modules=compiled_modules(),
    cmdclass={"build_py": FreshBuildPy, "build_ext": OptionalBuildExt},
)
