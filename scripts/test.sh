#!/usr/bin/env bash
# Install everything the tests need, from scratch, and run the whole suite:
# Debian packages (Dovecot for the IMAP tests), a virtualenv with nextround and
# its test tools, then ruff, mypy and pytest. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "nextround needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
    exit 2
fi

# Debian packages the tests use. A missing one is installed, never skipped.
packages=()
command -v dovecot >/dev/null 2>&1 || packages+=(dovecot-imapd)
command -v openssl >/dev/null 2>&1 || packages+=(openssl)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || packages+=(postgresql)
command -v tmux >/dev/null 2>&1 || packages+=(tmux)
command -v systemd-analyze >/dev/null 2>&1 || packages+=(systemd)
if ((${#packages[@]})); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing Debian packages: ${packages[*]}"
    $sudo apt-get update -qq
    # the man-db trigger costs seconds and nothing here reads man pages
    echo "man-db man-db/auto-update boolean false" | $sudo debconf-set-selections
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
# A newer pip is welcome, not needed: a bad download of it (the registry once served
# one that failed its hash) must not stop the tests.
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip \
    || echo "pip could not be upgraded; going on with the pip the venv has" >&2
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

# Tests that need Dovecot or PostgreSQL fail instead of skipping when it is missing.
export NEXTROUND_REQUIRE_DOVECOT=1
export NEXTROUND_REQUIRE_POSTGRES=1

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"

# Not when pytest was given arguments (a chosen test, say): the runs below.
[ $# -eq 0 ] || exit 0

# The classifier as users install it: `pip install .` compiles its hot modules with
# mypyc (setup.py), where the suite above ran them as Python (an editable install never
# compiles). Its tests run again on that build, which must compile here.
compiled=.venv/compiled
echo "== pytest, the classifier compiled as \`pip install .\` builds it"
rm -rf "$compiled" build
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --target "$compiled" .
# -P: the checkout's own (Python) modules must not come first on the path.
PYTHONPATH="$compiled" .venv/bin/python -P -c \
    'import sys, tracker.classify.classifier as c; sys.exit(c.__file__.endswith(".py"))' \
    || { echo "pip install . did not compile the classifier" >&2; exit 1; }
PYTHONPATH="$compiled" .venv/bin/python -P -m pytest -q -p no:cacheprovider \
    tests/test_classify.py tests/test_languages.py tests/test_native.py tests/test_anchors.py \
    tests/test_reading.py tests/test_parse.py tests/test_hostile_mail.py

# The IMAP connector's fast FETCH path repeats imapclient's private steps, and
# pyproject allows imapclient from 3.0: its tests also run on the oldest allowed
# release, installed apart (the venv keeps the newest).
oldest=.venv/oldest-imapclient
echo "== pytest, IMAP tests on imapclient 3.0.1"
if [ -d "$oldest/imapclient" ] || .venv/bin/python -m pip install -q --disable-pip-version-check \
    --no-deps --target "$oldest" 'imapclient==3.0.1'; then
    PYTHONPATH="$oldest" .venv/bin/python -c \
        'import imapclient, sys; sys.exit(imapclient.__version__ != "3.0.1")'
    PYTHONPATH="$oldest" .venv/bin/python -m pytest -q -p no:cacheprovider \
        tests/test_imap.py tests/test_imap_fetch.py tests/test_imap_unit.py tests/test_fetcher.py
else
    echo "imapclient 3.0.1 could not be downloaded: its IMAP tests did not run" >&2
fi
