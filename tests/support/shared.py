"""Locate the shared, read-only test material that lives next to the repository.

The folder is ``<repo>/../shared`` (``/work/shared`` for a checkout at ``/work/main``); the
environment variable ``VNADMIN_SHARED`` overrides it. When it is absent, tests that need it are
skipped with the reason stated -- except under CI (the ``CI`` environment variable set to a true
value, as GitHub Actions and most CI services do), where a missing fixture is a failure, so that
a misconfigured runner cannot go green by skipping everything.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

__all__ = [
    "ENV_VAR",
    "corpus_files",
    "corpus_listing",
    "default_shared_dir",
    "in_ci",
    "require_shared",
    "shared_dir",
]

#: Environment variable that overrides the location of the shared folder.
ENV_VAR = "VNADMIN_SHARED"

# This file is <repo>/tests/support/shared.py, so parents[2] is the repository root.
_REPO_ROOT = Path(__file__).resolve().parents[2]

_FALSY = frozenset({"", "0", "false", "no", "off"})


def default_shared_dir() -> Path:
    """Return the conventional location, ``<repo>/../shared``, whether or not it exists."""
    return _REPO_ROOT.parent / "shared"


def _configured_dir() -> Path:
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else default_shared_dir()


def in_ci() -> bool:
    """Return True when the ``CI`` environment variable is set to a true value."""
    return os.environ.get("CI", "").strip().lower() not in _FALSY


def shared_dir() -> Path | None:
    """Return the shared folder (``$VNADMIN_SHARED`` or ``<repo>/../shared``), None if absent."""
    path = _configured_dir()
    return path if path.is_dir() else None


def require_shared(sub: str) -> Path:
    """Return ``shared_dir() / sub``; skip the calling test if it is missing (fail under CI).

    ``sub`` is a path relative to the shared folder, e.g. ``"ooxml-xsd"`` or ``"corpus/docx"``.
    """
    base = shared_dir()
    if base is None:
        origin = f"${ENV_VAR}" if os.environ.get(ENV_VAR, "").strip() else "default location"
        reason = f"shared test material not found: {_configured_dir()} ({origin}) does not exist"
    else:
        path = base / sub
        if path.exists():
            return path
        reason = f"shared test material not found: {path} does not exist"
    if in_ci():
        pytest.fail(f"{reason}; CI is set, so this is an error rather than a skip", pytrace=False)
    pytest.skip(f"{reason}; set {ENV_VAR} to the shared folder to run this test")


_LISTED = re.compile(r"^\|\s*(\d+)\s*\|\s*`([^`]+\.docx)`\s*\|", re.M)


def corpus_listing() -> dict[int, str]:
    """The corpus README's table of files: number → file name (skip/fail as require_shared).

    Tests that count or pick corpus files follow this table, not a number written in the test:
    the corpus grows in batches, and its README is where each file is described.
    """
    readme = require_shared("corpus/README.md")
    return {int(n): name for n, name in _LISTED.findall(readme.read_text(encoding="utf-8"))}


def corpus_files() -> list[Path]:
    """Every .docx of the corpus that its README lists, in the README's order.

    Fails when the folder and the README disagree (a file listed but absent, or present but
    not described), so that a test never silently runs on fewer files than documented.
    """
    folder = require_shared("corpus/docx")
    listed = corpus_listing()
    present = {path.name for path in folder.glob("*.docx")}
    missing = sorted(set(listed.values()) - present)
    undescribed = sorted(present - set(listed.values()))
    assert not missing and not undescribed, (
        f"corpus README and folder disagree: listed but absent {missing}, "
        f"present but not listed {undescribed}"
    )
    return [folder / listed[number] for number in sorted(listed)]
