#!/usr/bin/env bash
# The README's test command (and what CI runs): install everything the tests need, then run
# ruff, mypy and the whole suite with pytest. Fails when a test fails.
#
# System packages: LibreOffice (to prove the layout in a real office suite) with the
# Liberation 2 fonts (metric-compatible with Times New Roman, with the Vietnamese letters),
# and poppler-utils (pdftoppm). They are installed with apt-get when this runs as root on a
# Debian/Ubuntu machine; elsewhere install them yourself, or the office tests skip (except
# under CI, where they fail).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libreoffice-writer-nogui fonts-liberation2 poppler-utils)
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "not root or no apt-get: make sure ${packages[*]} are installed for the office tests"
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
