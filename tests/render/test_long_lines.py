"""Heading lines too wide for their column: broken evenly at words, or refused; read back."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

import vnadmin_docs as vn
from tests.support.docx_xml import Docx, w
from vnadmin_docs.errors import InputError
from vnadmin_docs.metrics import balanced_lines, descends, text_width_twips, wrap_lines
from vnadmin_docs.render.docx import docx_bytes

AGENCY = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
YAML = f"""
type: quyet_dinh
agency:
  name: Sở Thông tin và Truyền thông tỉnh Kon Tum
  lines: [{AGENCY}]
  place: Kon Tum
number: "Số: 07/QĐ-STTTT"
date: 2025-02-03
subject: [Về việc ban hành Quy chế làm việc]
body: [Nội dung.]
signature: {{lines: [GIÁM ĐỐC], signer: Trần Thị B}}
distribution: {{entries: [Như Điều 3], archive: [VT]}}
"""


def _lines_of(docx: Docx, text: str) -> list[str]:
    """The lines of the paragraph starting with ``text``, split at its line breaks."""
    paragraph = docx.find(text)
    out = [""]
    for node in paragraph.iter(w("t"), w("br")):
        if node.tag == w("br"):
            out.append("")
        else:
            out[-1] += node.text or ""
    return out


def test_a_wide_agency_line_is_broken_evenly_and_read_back_as_written():
    document = vn.loads(YAML)
    data = docx_bytes(document)
    assert _lines_of(Docx(data), "SỞ THÔNG TIN") == ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]
    assert vn.read(data).document.agency.lines == (AGENCY,)


def test_an_edit_made_on_the_page_wins_over_the_kept_lines():
    data = docx_bytes(vn.loads(YAML))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        "VÀ TRUYỀN THÔNG".encode(), "VÀ DU LỊCH".encode()
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, raw in parts.items():
            package.writestr(name, raw)
    assert vn.read(buffer.getvalue()).document.agency.lines == ("SỞ THÔNG TIN", "VÀ DU LỊCH")


def test_a_word_wider_than_its_column_is_refused_naming_the_field():
    document = vn.loads(YAML.replace(AGENCY, "SỞ " + "X" * 60))
    with pytest.raises(InputError, match=r"agency\.lines\[0\].*wider than its column"):
        docx_bytes(document)


def test_no_line_ends_on_a_word_that_leads_into_the_next():
    for text in (AGENCY, "BAN CHỈ ĐẠO CÔNG TÁC THI ĐUA KHEN THƯỞNG CỦA TỈNH KON TUM"):
        for width_mm in (45, 60, 75):
            width = round(width_mm * 1440 / 25.4)
            lines = balanced_lines(text, width, 12, bold=True)
            assert lines is not None and " ".join(lines) == text
            assert len(lines) == len(wrap_lines(text, width, 12, bold=True))
            assert all(text_width_twips(line, 12, bold=True) <= width for line in lines)
            assert not any(line.split()[-1] in ("VÀ", "CỦA") for line in lines[:-1]), lines
            if len(lines) > 1:
                assert len(lines[-1].split()) > 1, lines  # no orphan word


def test_long_texts_are_broken_in_linear_time():
    text = "từ " * 200_000
    start = time.perf_counter()
    assert len(wrap_lines(text, 9000, 14)) > 1000
    lines = balanced_lines(text, 9000, 14)  # beyond the balanced search: greedy
    assert lines is not None and len(lines) > 1000
    assert time.perf_counter() - start < 5


def test_ink_depth_tells_descending_lines_from_capitals():
    assert not descends("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    assert not descends("SỞ TƯ PHÁP")  # marks above and beside the letters only
    assert descends("BỘ NỘI VỤ")  # the dot below Ộ, Ụ
    assert descends("Độc lập - Tự do - Hạnh phúc")
