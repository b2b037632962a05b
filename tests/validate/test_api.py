"""The validator's public surface: validate(), the report, assert_compliant, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import vnadmin_docs as vn
from tests.conftest import EXAMPLE_YAML
from tests.validate import builders as b
from vnadmin_docs.testing import assert_compliant


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnadmin_docs", *args], capture_output=True, text=True, check=False
    )


def test_report_counts_statuses_and_never_counts_not_evaluated_as_pass():
    report = vn.validate(b.compliant_docx())
    counts = report.counts()
    assert counts["fail"] == 0
    assert counts["pass"] + counts["not-evaluated"] == len(report.findings)
    for finding in report.with_status(vn.Status.NOT_EVALUATED):
        assert finding.message.startswith("not evaluated: ")
        assert finding.status is not vn.Status.PASS


def test_every_finding_carries_code_severity_status_messages_and_locator():
    report = vn.validate(b.kontum_model())
    for finding in report.findings:
        data = finding.to_dict()
        assert set(data) >= {
            "code",
            "severity",
            "status",
            "message",
            "message_vi",
            "location",
            "locator",
        }
        assert finding.locator, finding.code
    failed = report.failures[0]
    assert failed.location and failed.message != failed.message_vi


def test_standard_by_date_and_by_name():
    assert vn.validate(b.kontum_model()).standard == "tt01-2011"
    assert vn.validate(b.compliant_model()).standard == "nd30-2020"  # dated 2021
    report = vn.validate(b.kontum_model(), "nd30-2020")
    assert report.standard == "nd30-2020" and report.standard_reason == "named by the caller"
    with pytest.raises(vn.InputError, match="unknown standard"):
        vn.validate(b.kontum_model(), "nd99")


def test_the_standard_recorded_by_our_renderer_wins_over_the_date():
    data = vn.render.docx.docx_bytes(b.kontum_model(), "nd30-2020")
    report = vn.validate(data)
    assert report.standard == "nd30-2020"
    assert "recorded in the file" in report.standard_reason


def test_assert_compliant_passes_and_fails_with_the_list(tmp_path):
    assert assert_compliant(b.compliant_model()).ok
    with pytest.raises(AssertionError) as caught:
        assert_compliant(b.kontum_model())
    text = str(caught.value)
    for code in ("NB001", "NB003", "SG001", "DS012"):
        assert code in text
    assert assert_compliant(b.kontum_model(), ignore=["NB001", "NB003", "SG001", "DS012"]).standard


def test_unreadable_input_is_our_error(tmp_path):
    bad = tmp_path / "not.docx"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(vn.ReadError, match=r"not a \.docx"):
        vn.validate(bad)


def test_cli_validate_text_and_exit_codes(tmp_path):
    good = tmp_path / "good.docx"
    good.write_bytes(b.compliant_docx())
    result = run("validate", str(good))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout
    result = run("validate", str(EXAMPLE_YAML))
    assert result.returncode == 1
    assert "NB003" in result.stdout and "Circular 01/2011" in result.stdout


def test_cli_validate_json(tmp_path):
    result = run("validate", str(EXAMPLE_YAML), "--format", "json", "--standard", "nd30-2020")
    assert result.returncode == 1
    (report,) = json.loads(result.stdout)
    assert report["standard"] == "nd30-2020"
    codes = {f["code"] for f in report["findings"] if f["status"] == "fail"}
    assert codes == {"NB001", "NB003", "SG001", "DS012"}
    for finding in report["findings"]:
        assert {"code", "severity", "status", "message", "location"} <= set(finding)


def test_cli_validate_bad_usage_and_unreadable_files(tmp_path):
    assert run("validate").returncode == 2
    assert run("validate", "x.docx", "--standard", "nd99").returncode == 2
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 renamed .doc")
    result = run("validate", str(bad))
    assert result.returncode == 2
    assert ".doc" in result.stderr and "Traceback" not in result.stderr


def test_a_report_pickles_and_copies_with_its_vietnamese_messages():
    """Findings compose their Vietnamese message lazily; a pickled report still carries it."""
    import copy
    import pickle

    from vnadmin_docs.examples import kontum_2452

    report = vn.validate(kontum_2452())
    for again in (pickle.loads(pickle.dumps(report)), copy.deepcopy(report)):
        assert [f.to_dict() for f in again.findings] == [f.to_dict() for f in report.findings]
        assert again.by_code("NB001").message_vi == report.by_code("NB001").message_vi
        assert "thiếu dấu hai chấm" in again.by_code("NB001").message_vi
