"""fix(): mend a real Word file's formatting in place, keeping every word (issue 11, item 1).

The corpus files are real office files (see the corpus README); the tests skip with the
reason stated when the shared folder is missing.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from functools import cache
from pathlib import Path

import pytest

import vnadmin_docs as vn
from tests.support.shared import require_shared
from vnadmin_docs.errors import InputError, ReadError
from vnadmin_docs.fix import FixReport, fix
from vnadmin_docs.legacy import looks_legacy, to_unicode
from vnadmin_docs.ooxml.read import read_docx
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.render.pdf import soffice
from vnadmin_docs.validate.rules.page import reads_as_legacy

REPO = Path(__file__).resolve().parents[1]

# One file of each kind the corpus README describes (name → what it shows).
SAMPLES = {
    "tdkt__1667016817_quyetdinh.docx": "quyết định, header laid out with tabs",
    "tdkt__1668011054_baocao.docx": "báo cáo",
    "tdkt__1668482344_bienban.docx": "biên bản with several signers",
    "egov__cong_van_4622_bgddt_cntt.docx": "công văn from 2011 (Circular 01/2011)",
    "qlvbsn__totring_nenh.docx": "tờ trình",
    "qlvbsn__Ban_tu_khai.docx": "body truly in TCVN3",
    "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx": "thông báo",
    "vbai__Ke_hoach_tuyen_truyen_CCHC_tinh_Lam_Dong_nam_2026.docx": "kế hoạch",
    "vbai__2_Tong_hop_DS_y_kien_thanh_vien_ub_quy_che_an_toan_ANTTM.docx": "no page numbers",
    "egov__thongtu28.docx": "legal normative text with Symbol-font rules",
    "vbstreamlit__mau_6_thong_bao_bao_cao.docx": "marks typed apart from their letters",
}

# Parts fix may rewrite; every other member stays byte-identical.
_MAY_CHANGE = re.compile(
    r"\[Content_Types\]\.xml|word/(document|styles|settings|fontTable|footnotes|endnotes"
    r"|header\d*|footer\d*)\.xml|(.*/)?_rels/.*\.rels"
)
_SYMBOL = ("«Wingdings", "«Symbol", "«Webdings")


def _corpus(name: str) -> Path:
    path = require_shared("corpus/docx") / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus any more (see its README)")
    return path


@cache
def _fixed(path: Path) -> FixReport:
    return fix(path)


def _words(data: bytes) -> list[str]:
    """The words of every body and text-box paragraph, in order, as a reader sees them.

    Text stage 1 decodes from a legacy font is already Unicode; a paragraph that reads as
    TCVN3/VNI bytes in a Unicode font is decoded here as the fix decodes it.
    """
    info = read_docx(data)
    paragraphs = [*info.paragraphs, *info.parts.get("textboxes", [])]
    out: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.text
        if not any(r.legacy for r in paragraph.runs) and reads_as_legacy(text):
            encoding = looks_legacy(text)
            if encoding is not None:
                text = to_unicode(text, encoding)
        out += unicodedata.normalize("NFC", text).split()
    return out


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _check_claims(report: FixReport) -> None:
    """Every rule the fix claims passes on re-validation, but for symbol fonts it leaves."""
    for finding in report.remaining:
        if finding.code not in report.codes:
            continue
        assert finding.code in ("FT001", "FT002", "FT003", "FT004"), finding.message
        assert finding.found.startswith(_SYMBOL), finding.message
    if report.unmended:
        assert report.data is not None
        info = read_docx(report.data)
        fonts = {
            font
            for p in info.paragraphs
            for r in p.text_runs()
            for font in r.fonts.values()
            if font != "Times New Roman"
        }
        assert all(f.startswith(("Wingdings", "Symbol", "Webdings")) for f in fonts), fonts


@pytest.mark.parametrize("name", sorted(SAMPLES), ids=lambda n: n[:30])
def test_fix_mends_what_it_claims_and_keeps_the_words(name: str) -> None:
    path = _corpus(name)
    original = path.read_bytes()
    report = _fixed(path)
    assert report.changes, f"{name}: nothing to fix? ({SAMPLES[name]})"
    assert report.data is not None and report.data != original
    _check_claims(report)
    assert _words(report.data) == _words(original)
    before, after = _members(original), _members(report.data)
    for member, data in before.items():
        assert member in after, member
        if not _MAY_CHANGE.fullmatch(member):
            assert after[member] == data, f"{member} changed"
    for member in set(after) - set(before):
        assert re.fullmatch(r"word/(header|footer)\d+\.xml|word/_rels/.*\.rels", member), member


@pytest.mark.parametrize("name", sorted(SAMPLES), ids=lambda n: n[:30])
def test_fixing_twice_changes_nothing(name: str) -> None:
    report = _fixed(_corpus(name))
    assert report.data is not None
    again = fix(report.data)
    assert again.changes == []
    assert again.data == report.data


# Every corpus file, with and without text=True, and its honest exceptions (data with their
# reasons): tests/test_fix_corpus.py.


def test_fix_reports_the_rules_it_mends() -> None:
    report = _fixed(_corpus("qlvbsn__totring_nenh.docx"))
    codes = set(report.codes)
    # the Quốc hiệu (14 pt, normal case) and the Tiêu ngữ (not bold) share one paragraph,
    # split by a line break: each line is mended by its own component's rules
    assert {"PG003", "PG004", "PG005", "FT001", "FM001", "FM004", "FM007"} <= codes
    margin = next(c for c in report.changes if c.rule_code == "PG005")
    assert margin.after == "30 mm" and margin.before.endswith("mm")
    assert all(c.rule_code not in {f.code for f in report.remaining} for c in report.changes)


def test_legacy_text_is_converted_to_unicode() -> None:
    report = _fixed(_corpus("qlvbsn__Ban_tu_khai.docx"))
    assert "FT012" in report.codes and "FT008" in report.codes
    assert report.data is not None
    info = read_docx(report.data)
    assert not any(r.legacy for p in info.paragraphs for r in p.runs)
    assert "Thông báo" in " ".join(p.visible_text for p in info.paragraphs)


def test_page_numbers_are_added_from_page_two() -> None:
    report = _fixed(_corpus("vbai__2_Tong_hop_DS_y_kien_thanh_vien_ub_quy_che_an_toan_ANTTM.docx"))
    assert "PN001" in report.codes
    assert report.data is not None
    info = read_docx(report.data)
    assert all(s.title_page for s in info.sections)
    shown = [p for ps in info.parts.values() for p in ps if "PAGE" in " ".join(p.fields)]
    assert shown and all(p.align == "center" for p in shown)


def test_our_own_file_needs_no_change() -> None:
    document = vn.load(REPO / "examples" / "kontum_2452" / "kontum_2452.yaml")
    data = docx_bytes(document)
    report = fix(data)
    assert report.changes == []
    assert report.data == data


def test_fix_writes_the_target_atomically(tmp_path: Path) -> None:
    source = _corpus("tdkt__1668482344_bienban.docx")
    target = tmp_path / "fixed.docx"
    report = fix(source, target)
    assert report.target == str(target) and report.data is None
    assert [p.name for p in tmp_path.iterdir()] == ["fixed.docx"]
    assert fix(target).changes == []


def test_hostile_and_wrong_input_end_in_our_errors(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        fix(b"PK\x03\x04 not a zip at all")
    with pytest.raises(ReadError):
        fix(tmp_path / "missing.docx")
    with pytest.raises(InputError):
        fix(12)  # type: ignore[arg-type]
    with pytest.raises(ReadError):
        fix(b"", text=True)
    with pytest.raises(InputError):
        fix(docx_bytes(vn.load(REPO / "examples" / "kontum_2452" / "kontum_2452.yaml")),
            standard="nd99")  # fmt: skip


@pytest.mark.office
def test_fixed_file_opens_in_libreoffice(tmp_path: Path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    target = tmp_path / "fixed.docx"
    fix(_corpus("vbai__2_Tong_hop_DS_y_kien_thanh_vien_ub_quy_che_an_toan_ANTTM.docx"), target)
    pdf = vn.convert_to_pdf(target, tmp_path / "fixed.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_text_changes_only_when_asked_and_inside_the_runs() -> None:
    data = docx_bytes(vn.load(REPO / "examples" / "kontum_2452" / "kontum_2452.yaml"))
    assert fix(data).changes == []  # «Số 2452/UBND - TH» is the original's: kept
    report = fix(data, text=True)
    assert [(c.rule_code, c.before, c.after) for c in report.changes] == [
        ("NB001", "Số 2452/UBND - TH", "Số: 2452/UBND - TH"),
        ("NB003", "Số: 2452/UBND - TH", "Số: 2452/UBND-TH"),
    ]
    assert all(c.text for c in report.changes)
    assert report.data is not None
    before, after = _members(data), _members(report.data)
    assert {m for m in before if before[m] != after[m]} == {"word/document.xml"}
    number = next(p for p in read_docx(report.data).paragraphs if p.text.startswith("Số"))
    assert number.text == "Số: 2452/UBND-TH" and len(number.runs) == 1
    assert not {"NB001", "NB003"} & {f.code for f in report.remaining}


def _typed(data: bytes, old: str, new: str) -> bytes:
    """The package with ``old`` typed as ``new`` in its body (once)."""
    members = _members(data)
    document = members["word/document.xml"].decode()
    assert old in document
    members["word/document.xml"] = document.replace(old, new, 1).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for member, content in members.items():
            package.writestr(member, content)
    return out.getvalue()


def test_date_padding_follows_the_standard_row() -> None:
    import dataclasses

    from vnadmin_docs.standards import get

    data = docx_bytes(vn.load(REPO / "examples" / "kontum_2452" / "kontum_2452.yaml"))
    data = _typed(data, "Kon Tum, ngày 01 tháng 10", "Kon Tum, ngày 1 tháng 10")
    report = fix(data, text=True)
    assert [c.after for c in report.changes if c.rule_code == "DT003"] == [
        "Kon Tum, ngày 01 tháng 10 năm 2018"
    ]
    # a standard that pads nothing: the fix reads its row, not a number of its own
    table = dataclasses.replace(get("nd30-2020"), zero_pad_below=1, zero_padded_months=())
    fixed = fix(data, text=True, standard=table)
    assert not [c for c in fixed.changes if c.rule_code.startswith("DT")]
