#!/usr/bin/env bash
# The README's main command: install the library in .venv and render the Kon Tum reference
# example (Công văn 2452/UBND-TH with its outline) into out/kontum_2452/.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[yaml]"
.venv/bin/vnadmin example kontum_2452 -o out/kontum_2452
