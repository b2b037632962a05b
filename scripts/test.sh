#!/usr/bin/env bash
# The README's test command (and what CI runs): install everything the tests need, then run
# the whole suite with pytest. Fails when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
