"""The reference documents: our renderer's output breaks no rule; the Kon Tum dispatch
breaks exactly the rules its real text deviates from."""

from __future__ import annotations

import pytest

from tests.validate import builders as b
from vnadmin_docs.validate import Status, validate


@pytest.mark.parametrize("standard", ["nd30-2020", "tt01-2011"])
def test_a_compliant_model_breaks_no_rule(standard):
    report = validate(b.compliant_model(), standard)
    assert report.failures == [], report.to_text()


@pytest.mark.parametrize("standard", ["nd30-2020", "tt01-2011"])
def test_every_file_our_renderer_writes_passes_every_rule(standard):
    for data in (b.compliant_docx(standard), b.rich_docx(standard)):
        report = validate(data)
        assert report.standard == standard  # recorded in the file's properties
        assert report.failures == [], report.to_text()


def test_kontum_is_judged_by_circular_01_and_shows_its_real_deviations():
    report = validate(b.kontum_model())
    assert report.standard == "tt01-2011"
    assert "01/10/2018" in report.standard_reason
    failed = {f.code: f for f in report.failures}
    assert set(failed) == {"NB001", "NB003", "SG001", "DS012"}, report.to_text()
    assert "UBND - TH" in failed["NB003"].message
    assert failed["SG001"].found == "K."
    assert all(
        f.status is not Status.FAIL or f.locator.startswith("Circular 01/2011")
        for f in report.findings
    )
