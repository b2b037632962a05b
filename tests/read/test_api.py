"""read(): the public entry, the CLI, legacy text, and hostile files through it."""

from __future__ import annotations

import subprocess
import sys

import pytest

import vnadmin_docs as vn
from tests.validate import builders as b
from vnadmin_docs.legacy import to_tcvn3, to_vni
from vnadmin_docs.render.docx import docx_bytes


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vnadmin_docs", *args], capture_output=True,
                          text=True, check=False)  # fmt: skip


def test_read_a_docx_path_bytes_and_stream(tmp_path, kontum):
    path = tmp_path / "k.docx"
    vn.render_docx(kontum, path)
    assert vn.read(path).document == kontum
    assert vn.read(path.read_bytes()).document == kontum
    with path.open("rb") as stream:
        assert vn.read(stream).document == kontum
    assert vn.read(path).source == str(path)


def test_read_the_seed_text(seed_text, kontum, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert vn.read(path).document == kontum
    assert vn.read(seed_text.encode("utf-8")).document == kontum


def test_legacy_runs_are_converted_and_reported():
    data = docx_bytes(b.compliant_model())
    data = b.set_runs(data, "Kính gửi", font=".VnTime")
    data = b.replace_text(data, "Kính gửi:", to_tcvn3("Kính gửi:"))
    data = b.set_runs(data, "Nơi nhận", font="VNI-Times")
    data = b.replace_text(data, "Nơi nhận:", to_vni("Nơi nhận:"))
    reading = vn.read(data)
    assert any("TCVN3" in note for note in reading.notes), reading.notes
    assert any("VNI" in note for note in reading.notes), reading.notes
    assert reading.document.recipients == b.compliant_model().recipients
    assert reading.document.distribution == b.compliant_model().distribution
    report = vn.validate(data)
    assert report.by_code("FT012").status is vn.Status.FAIL  # and the validator says so


def test_a_typed_document_round_trips():
    # a quyết định reads back as its form (Decision): authority, căn cứ, proposal, articles
    decision = vn.Decision.model_validate({
        "agency": {"name": "Ủy ban nhân dân tỉnh Kon Tum", "lines": ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"],
                   "abbreviation": "UBND", "place": "Kon Tum"},
        "number": "Số: 05/QĐ-UBND",
        "date": "2025-02-03",
        "subject": ["Phê duyệt Kế hoạch cải cách hành chính năm 2025"],
        "authority": ["ỦY BAN NHÂN DÂN TỈNH KON TUM"],
        "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"],
        "proposal": "Giám đốc Sở Nội vụ",
        "articles": [{"title": "Phê duyệt Kế hoạch.", "clauses": ["Giao Sở Nội vụ tổ chức thực hiện."]},
                     "Quyết định này có hiệu lực từ ngày ký"],
        "signature": {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "signer": "Nguyễn Văn A"},
        "distribution": {"entries": ["Như Điều 2", "Bộ Nội vụ (b/c)"], "archive": ["VT", "NC"]},
    })  # fmt: skip
    assert vn.read(docx_bytes(decision)).document == decision
    assert vn.validate(decision).failures == []


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"PK\x03\x04 truncated", vn.ReadError, "not a .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, vn.ReadError, ".doc"),
        (b"\xff\xfe not utf-8 \xff", vn.ReadError, "not UTF-8"),
        (b"", vn.ReadError, "empty|no "),
    ],
)
def test_broken_input_gets_our_error(content, error, message):
    with pytest.raises(error, match=message):
        vn.read(content)


def test_cli_read(tmp_path, kontum, seed_text):
    docx = tmp_path / "k.docx"
    vn.render_docx(kontum, docx)
    result = run("read", str(docx), "-o", str(tmp_path / "k.yaml"))
    assert result.returncode == 0, result.stderr
    assert vn.load(tmp_path / "k.yaml") == kontum
    result = run("read", str(docx), "--format", "json")
    assert result.returncode == 0 and '"notation": "UBND-TH"' in result.stdout
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = run("read", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert run("read", str(docx), "-o", str(tmp_path / "k.txt")).returncode == 2


def test_a_header_laid_out_in_text_boxes():
    from tests.read.textbox_header import header_in_text_boxes
    from vnadmin_docs.ooxml.read import read_docx

    data = header_in_text_boxes()
    info = read_docx(data)  # the header is in two text boxes, not in the body's paragraphs
    assert not any("CỘNG HÒA" in p.text for p in info.paragraphs)
    assert {p.box for p in info.parts["textboxes"]} == {0, 1}
    assert vn.read(data).document == b.compliant_model()
    report = vn.validate(data)
    assert report.failures == [], report.to_text()
    assert report.by_code("RL001").status is vn.Status.PASS  # the rule inside the box is found
