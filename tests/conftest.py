"""Shared fixtures: the Kon Tum reference example and the seed text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vnadmin_docs as vn
from tests.support.shared import require_shared

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_YAML = REPO / "examples" / "kontum_2452" / "kontum_2452.yaml"
SEED_NAME = "seed/000_e63cb8dbe47f42a9.txt"


@pytest.fixture(scope="session")
def kontum() -> vn.OfficialDispatch:
    document = vn.load(EXAMPLE_YAML)
    assert isinstance(document, vn.OfficialDispatch)
    return document


@pytest.fixture(scope="session")
def seed_text() -> str:
    return require_shared(SEED_NAME).read_text(encoding="utf-8")


def words(text: str) -> list[str]:
    """The words of a text, Markdown emphasis markers (``**``, ``*``) removed."""
    return re.sub(r"\*+", " ", text).split()
