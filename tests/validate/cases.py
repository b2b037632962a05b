"""The rule cases: for every rule, inputs where it must pass and inputs where it must fail.

Each family of rules has its module ``cases_<family>.py`` that calls :func:`case`; the
runner (``test_rules.py``) imports them all, validates each input once, and checks the
rule's status. A test enforces that every registered rule has at least one case of each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vnadmin_docs.validate import Status


@dataclass(frozen=True)
class Case:
    code: str
    expect: Status
    label: str
    build: Callable[[], Any]
    standard: str | None = None

    @property
    def id(self) -> str:
        return f"{self.code}-{self.expect.value}-{self.label}"


CASES: list[Case] = []


def case(
    code: str, expect: str, label: str, build: Callable[[], Any], standard: str | None = None
) -> None:
    """Register a case: ``expect`` is ``"pass"`` or ``"fail"``."""
    CASES.append(Case(code, Status(expect), label, build, standard))
