"""``vnadmin fix IN.docx -o OUT.docx``: the command over :func:`vnadmin_docs.fix`."""

from __future__ import annotations

import json

import pytest

import vnadmin_docs as vn
from tests.support.shared import require_shared
from vnadmin_docs.cli import main
from vnadmin_docs.examples import kontum_2452

TO_TRINH = "corpus/docx/qlvbsn__totring_nenh.docx"  # margins 15/15/25 mm, Quốc hiệu 14 pt


@pytest.fixture
def english(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


def test_fix_lists_each_change_with_its_rule_and_writes_the_file(tmp_path, capsys, english):
    source = require_shared(TO_TRINH)
    target = tmp_path / "fixed.docx"
    assert main(["fix", str(source), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "PG003 section 1: top margin: 15.0 mm → 20 mm" in out
    assert f"change(s); wrote {target}" in out

    def status(path: object) -> vn.Status:
        return next(f.status for f in vn.validate(path).findings if f.code == "PG003")

    assert status(source) is vn.Status.FAIL
    assert status(target) is vn.Status.PASS


def test_fix_reports_json_and_speaks_vietnamese(tmp_path, capsys, english):
    source = require_shared(TO_TRINH)
    target = tmp_path / "fixed.docx"
    assert main(["fix", str(source), "-o", str(target), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert any(c["rule_code"] == "PG005" and c["after"] == "30 mm" for c in payload["changes"])
    assert payload["unmended"] == []
    assert main(["--lang", "vi", "fix", str(source), "-o", str(tmp_path / "vi.docx")]) == 0
    assert "thay đổi; đã ghi" in capsys.readouterr().out


def test_our_own_file_needs_no_change(tmp_path, capsys, english):
    ours = tmp_path / "kontum.docx"
    vn.render_docx(kontum_2452(), ours)
    assert main(["fix", str(ours), "-o", str(tmp_path / "again.docx")]) == 0
    assert "0 change(s)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["fix", "missing.docx", "-o", "out.docx"], "no such file"),
        (["fix", "in.docx", "-o", "out.pdf"], "the fixed file is a .docx"),
        (["fix", "in.docx", "-o", "out.docx", "--text", "--standard", "nd99"], "invalid choice"),
    ],
)
def test_bad_use_ends_with_a_clear_error(tmp_path, capsys, monkeypatch, english, args, says):
    monkeypatch.chdir(tmp_path)
    vn.render_docx(kontum_2452(), tmp_path / "in.docx")
    assert main(args) == 2
    assert says in capsys.readouterr().err
    assert not (tmp_path / "out.docx").exists()


def test_text_changes_are_listed_with_the_line_before_and_after(tmp_path, capsys, english):
    ours = tmp_path / "kontum.docx"
    vn.render_docx(kontum_2452(), ours)  # the original's «Số 2452/UBND - TH» is kept as typed
    target = tmp_path / "fixed.docx"
    assert main(["fix", str(ours), "-o", str(target), "--text"]) == 0
    out = capsys.readouterr().out
    assert (
        "NB001 Số, ký hiệu (paragraph 6, table 1 row 2 column 1): «Số 2452/UBND - TH» → "
        "«Số: 2452/UBND - TH»" in out
    )
    assert (
        "NB003 Số, ký hiệu (paragraph 6, table 1 row 2 column 1): «Số: 2452/UBND - TH» → "
        "«Số: 2452/UBND-TH»" in out
    )
    assert "2 change(s)" in out
    failing = {f.code for f in vn.validate(target).failures}
    assert not {"NB001", "NB003"} & failing
    assert main(["--lang", "vi", "fix", str(ours), "-o", str(target), "--text"]) == 0
    assert (
        "NB003 Số, ký hiệu (đoạn 6, bảng 1 hàng 2 cột 1): «Số: 2452/UBND - TH» → "
        "«Số: 2452/UBND-TH»" in capsys.readouterr().out
    )
