"""The validator on the 22 real files of the shared corpus (Word and LibreOffice saved)."""

from __future__ import annotations

from tests.support.shared import require_shared
from vnadmin_docs.validate import Status, validate


def _corpus():
    return sorted(require_shared("corpus/docx").glob("*.docx"))


def test_it_never_crashes_and_always_reports_every_rule():
    files = _corpus()
    assert len(files) == 22
    for path in files:
        report = validate(path)
        assert len(report.findings) >= 120, path.name
        assert report.standard in ("nd30-2020", "tt01-2011")


def test_rules_are_evaluated_on_real_files():
    """At least 120 rules give a pass or a fail (not "not evaluated") on some real file."""
    evaluated: set[str] = set()
    for path in _corpus():
        for finding in validate(path).findings:
            if finding.status is not Status.NOT_EVALUATED:
                evaluated.add(finding.code)
    assert len(evaluated) >= 120, sorted(evaluated)
