"""Every rule: its pass cases pass, its fail cases fail; and every rule has both."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import pytest

import tests.validate as package
from tests.validate.cases import CASES, Case
from vnadmin_docs.validate import REGISTRY, Report, Status, validate

for _module in pkgutil.iter_modules(package.__path__):
    if _module.name.startswith("cases_"):
        importlib.import_module(f"tests.validate.{_module.name}")


@cache
def _report(build, standard) -> Report:
    return validate(build(), standard)


@pytest.mark.parametrize("item", CASES, ids=[c.id for c in CASES])
def test_rule_case(item: Case):
    finding = _report(item.build, item.standard).by_code(item.code)
    assert finding.status is item.expect, finding.message


def test_every_rule_has_a_passing_and_a_failing_case():
    kinds = {(c.code, c.expect) for c in CASES}
    missing = [
        f"{code} ({status.value})"
        for code in REGISTRY
        for status in (Status.PASS, Status.FAIL)
        if (code, status) not in kinds
    ]
    assert not missing, f"rules without a case: {missing}"


def test_every_case_names_a_registered_rule():
    assert {c.code for c in CASES} <= set(REGISTRY)


def test_at_least_120_rules():
    assert len(REGISTRY) >= 120
