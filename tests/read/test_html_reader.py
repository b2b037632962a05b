"""The HTML reader (vnadmin_docs.read.html): Word, LibreOffice and portal pages.

Pages written here cover a portal's layout (the site's navigation above, the header in a
table, the text in paragraphs, the closing in a table), Word's "Web page" markup
(``MsoNormal`` paragraphs, ``<o:p>``, ``&nbsp;``, bold in a ``style``) and hostile pages. The
corpus is measured through LibreOffice's own HTML export, made at test time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import vnadmin_docs as vn
from tests.read.test_real_text import (
    check_accuracy,
    convert_corpus,
    corpus_references,  # noqa: F401  (a fixture)
)
from tests.validate.test_linear import _adversarial, _timed
from vnadmin_docs.cli import main
from vnadmin_docs.errors import ReadError, UnsupportedDocumentType
from vnadmin_docs.models.components import PartialDate
from vnadmin_docs.read import Reading
from vnadmin_docs.read import html as html_reader
from vnadmin_docs.read import plain as plain_reader
from vnadmin_docs.read.html import html_lines, looks_like_html

PORTAL = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Công văn 38/UBND-VX</title>
<script>var x = "<table><tr><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>";</script>
<style>p { margin: 0 }</style></head>
<body>
<div class="menu"><a href="/">TRANG CHỦ</a> | <a href="/vb">VĂN BẢN PHÁP LUẬT</a></div>
<h1>Công văn 38/UBND-VX năm 2025 tổ chức hội nghị tổng kết</h1>
<div class="content1">
<table border="0" cellspacing="0" cellpadding="0">
 <tr><td width="223" valign="top"><p align="center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN ĐĂK HÀ<br>
 -------</b></p></td>
 <td width="367" valign="top"><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
 Độc lập - Tự do - Hạnh phúc <br>---------------</b></p></td></tr>
 <tr><td valign="top"><p align="center">Số: 38/UBND-VX<br>V/v tổ chức hội nghị tổng kết
 công tác năm 2024</p></td>
 <td valign="top"><p align="right"><i>Đăk Hà, ngày &nbsp; &nbsp; tháng 02 năm 2025</i></p></td></tr>
</table>
<p>&nbsp;</p>
<p align="center">Kính gửi: Các phòng, ban chuyên môn thuộc huyện.</p>
<p>Thực hiện chương trình công tác năm 2025, Ủy ban nhân dân huyện tổ chức hội nghị.</p>
<p>1. Thời gian: 08 giờ 00, ngày 14 tháng 02 năm 2025.</p>
<p>2. Địa điểm: Hội trường Ủy ban nhân dân huyện.</p>
<p>Đề nghị các đơn vị dự họp đúng thành phần./.</p>
<p>&nbsp;</p>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td valign="top"><p><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT, VX.</p></td>
 <td valign="top"><p align="center"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>
 Trần Thị Bích</b></p></td></tr>
</table>
</div>
<div class="footer"><p>Bản quyền © Cổng thông tin</p></div>
</body></html>
"""

WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1258"></head>
<body lang=EN-US>
<div class=WordSection1>
<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0>
 <tr>
  <td width=236 valign=top><p class=MsoNormal align=center><span style='font-size:13pt'>UBND
  TỈNH KON TUM<o:p></o:p></span></p>
  <p class=MsoNormal align=center><b>SỞ NỘI VỤ<o:p></o:p></b></p>
  <p class=MsoNormal align=center>Số: 15/TTr-SNV<o:p></o:p></p></td>
  <td width=378 valign=top><p class=MsoNormal align=center><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  NAM<o:p></o:p></b></p>
  <p class=MsoNormal align=center><b>Độc lập - Tự do - Hạnh phúc<o:p></o:p></b></p>
  <p class=MsoNormal align=right><i>Kon Tum, ngày 20 tháng 5 năm 2025<o:p></o:p></i></p></td>
 </tr>
</table>
<p class=MsoNormal align=center><b>TỜ TRÌNH<o:p></o:p></b></p>
<p class=MsoNormal align=center><b>Về việc đề nghị khen thưởng<o:p></o:p></b></p>
<p class=MsoNormal align=center>Kính gửi: Ủy ban nhân dân tỉnh.<o:p></o:p></p>
<p class=MsoNormal>Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét./.<o:p></o:p></p>
<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0>
 <tr>
  <td valign=top><p class=MsoNormal><b><i>Nơi nhận:</i></b></p>
  <p class=MsoNormal>- Như trên;</p><p class=MsoNormal>- Lưu: VT.</p></td>
  <td valign=top><p class=MsoNormal align=center><b>GIÁM ĐỐC</b></p>
  <p class=MsoNormal>&nbsp;</p><p class=MsoNormal>&nbsp;</p>
  <p class=MsoNormal align=center><b>Lê Văn C</b></p></td>
 </tr>
</table>
</div></body></html>
"""


def test_a_portal_page():
    reading = vn.read(PORTAL.encode("utf-8"))
    document = reading.document
    assert isinstance(document, vn.OfficialDispatch)
    assert document.agency.lines == ("ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ")
    assert (document.number.serial, document.number.notation) == (38, "UBND-VX")
    assert document.date == PartialDate(year=2025, month=2)
    assert document.subject == ("tổ chức hội nghị tổng kết công tác năm 2024",)
    assert [r.name for r in document.recipients] == ["Các phòng, ban chuyên môn thuộc huyện"]
    assert document.signature.signer == "Trần Thị Bích"
    assert [e.name for e in document.distribution.entries] == ["Như trên"]
    assert document.body[-1].text.startswith("Đề nghị các đơn vị")
    assert not any("TRANG CHỦ" in str(block) for block in document.body)
    assert any(note.startswith("html: ") and "left out" in note for note in reading.notes)


def test_a_word_web_page_in_its_own_charset(tmp_path):
    page = tmp_path / "to_trinh.htm"
    page.write_bytes(WORD_PAGE.replace("windows-1258", "utf-8").encode("utf-8"))
    document = vn.read(page).document
    assert document.type is vn.DocumentType.TO_TRINH
    assert document.agency.name == "Sở Nội vụ"  # the bold line, not the parent's
    assert document.agency.parent is not None
    assert document.subject == ("Về việc đề nghị khen thưởng",)
    assert document.signature.signer == "Lê Văn C"
    assert (document.number.serial, document.number.notation) == (15, "TTr-SNV")


def test_a_page_not_in_utf8_is_decoded_by_its_meta_charset():
    page = WORD_PAGE.replace("windows-1258", "utf-16").encode("utf-16")
    with pytest.raises(ReadError):  # utf-16 names a charset the bytes before it are not in
        vn.read(page, fmt="html")
    latin = b"<html><head><meta charset='latin-1'></head><body><p>Caf\xe9</p></body></html>"
    lines, _, _ = html_lines(latin)
    assert "Café" in ["".join(p.text for p in line) for line in lines]


def test_bold_and_italics_are_kept():
    lines, bold, _ = html_lines(
        b"<p>a <b>b</b> <em>c</em> <span style='font-weight: 700'>d</span></p>"
    )
    pieces = [(p.text, p.bold, p.italic) for p in lines[0]]
    assert pieces == [
        ("a ", False, False),
        ("b", True, False),
        (" ", False, False),
        ("c", False, True),
        (" ", False, False),
        ("d", True, False),
    ]
    assert bold


def test_table_rows_interleave_their_cells():
    lines, _, _ = html_lines(
        b"<table><tr><td><p>A1</p><p>A2</p></td><td><p>B1</p></td></tr></table>"
    )
    assert ["".join(p.text for p in line) for line in lines if line] == ["A1\tB1", "A2"]


def test_looks_like_html():
    assert looks_like_html(b"\xef\xbb\xbf<!DOCTYPE html>")
    assert looks_like_html(b"\n  <html lang='vi'>")
    assert not looks_like_html("ỦY BAN NHÂN DÂN\nCỘNG HÒA".encode())


def test_the_command_line_reads_a_page(tmp_path, capsys):
    page = tmp_path / "cv38.html"
    page.write_text(PORTAL, encoding="utf-8")
    assert main(["read", str(page), "-o", str(tmp_path / "cv38.yaml")]) == 0
    assert "38" in (tmp_path / "cv38.yaml").read_text(encoding="utf-8")
    text = tmp_path / "cv38.txt"
    text.write_text("\n".join("".join(p.text for p in line) for line in
                              html_lines(PORTAL.encode())[0]), encoding="utf-8")  # fmt: skip
    assert main(["read", str(text), "--format", "json"]) == 0
    assert "UBND-VX" in capsys.readouterr().out


# ----------------------------------------------------------------------------- hostile


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<html><body><p>&d;&d;&d;&d;&d;&d;&d;&d;</p></body></html>"""


@pytest.mark.parametrize(
    ("limits", "data", "budget"),
    [
        (vn.Limits(depth=20), b"<html><body>" + b"<div>" * 50 + b"x" + b"</div>" * 50, "depth"),
        (vn.Limits(elements=1000), b"<html><body>" + b"<span>a</span>" * 2000, "elements"),
        (vn.Limits(elements=1000), b"<html><body>" + b"<p>a" * 1100, "elements"),
    ],
    ids=["depth", "elements counted in the bytes", "elements counted in the tree"],
)
def test_page_budgets(limits, data, budget):
    with pytest.raises(vn.BudgetExceededError) as caught:
        vn.read(data, fmt="html", limits=limits)
    assert caught.value.budget == budget
    assert f"Limits({budget}=" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "error", "budget"),
    [
        (BILLION_LAUGHS, vn.UnsafeDocumentError, None),
        (b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000, ReadError, None),
        (b"<html><body>" + b"<span>a</span>" * 400_000, vn.BudgetExceededError, "characters"),
        (b"<html><body><p>" + b"A" * 5_100_000 + b"</p>", vn.BudgetExceededError, "characters"),
        (b"<html><body>" + b"<p>a</p>" * 30_000, vn.BudgetExceededError, "paragraphs"),
        (b"<html>" + bytes(range(256)) * 2000, ReadError, None),
        (
            b"<html><body><p>Xin ch\xc3\xa0o</p></body></html>",
            (ReadError, UnsupportedDocumentType),
            None,
        ),
        (b"<html></html>", ReadError, None),
    ],
    ids=[
        "billion laughs",
        "deep nesting",
        "many elements",
        "huge line",
        "many lines",
        "binary junk",
        "prose",
        "empty",
    ],
)
def test_hostile_pages_end_in_our_error_quickly(data, error, budget):
    started = time.monotonic()
    with pytest.raises(error) as caught:
        vn.read(data, fmt="html")
    assert time.monotonic() - started < 10
    if budget is not None:
        assert caught.value.budget == budget


_PATTERNS = {
    f"{module.__name__}.{name}": value
    for module in (plain_reader, html_reader)
    for name, value in vars(module).items()
    if hasattr(value, "pattern") and hasattr(value, "search")
}


@pytest.mark.parametrize("name", sorted(_PATTERNS))
def test_no_regular_expression_backtracks(name):
    pattern = _PATTERNS[name]
    for text in _adversarial():
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        for operation in (pattern.search, pattern.match, pattern.findall):
            assert _timed(lambda: operation(subject)) < 0.5, name  # noqa: B023


# ----------------------------------------------------------------------------- corpus


@pytest.fixture(scope="session")
def corpus_pages(tmp_path_factory) -> dict[str, Path]:
    return convert_corpus("html", tmp_path_factory.mktemp("corpus-html"))


@pytest.mark.office
def test_corpus_as_libreoffice_html(corpus_pages, corpus_references, capsys):  # noqa: F811
    readings: dict[str, Reading | Exception] = {}
    for stem, path in corpus_pages.items():
        try:
            readings[stem] = vn.read(path)
        except (ReadError, UnsupportedDocumentType) as error:
            readings[stem] = error
    check_accuracy("html", readings, corpus_references, capsys)
