"""Hardening: every rule and the recogniser take time linear in the input (thời gian tuyến tính).

No loop runs by a number read from the file (a font size, a serial, «Chương 99999999999»), no
regular expression backtracks over a long run of one character, and no rule scans all the
paragraphs for each paragraph.
"""

from __future__ import annotations

import functools
import io
import re
import time
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import escape

import pytest

from vnadmin_docs import fix as fix_module
from vnadmin_docs import legacy, metrics, serialization, vietnamese
from vnadmin_docs import reissue as reissue_module
from vnadmin_docs.examples import kontum_2452
from vnadmin_docs.models import base, body, documents
from vnadmin_docs.models import components as model_components
from vnadmin_docs.models import forms as form_models
from vnadmin_docs.ooxml import read as ooxml_read
from vnadmin_docs.read import components
from vnadmin_docs.read import docx as docx_reader
from vnadmin_docs.read import forms as form_reader
from vnadmin_docs.read import html as html_reader
from vnadmin_docs.read import notes as note_module
from vnadmin_docs.read import plain as plain_reader
from vnadmin_docs.read import text as text_reader
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.validate import Status, engine, geometry, typeset, validate, vi
from vnadmin_docs.validate.rules import (
    closing,
    content,
    format,
    forms,
    header,
    number_date,
    page,
)
from vnadmin_docs.vietnamese import bounded_int

_BODY_START = "Ủy ban nhân dân tỉnh đề nghị"


@functools.lru_cache(maxsize=1)
def _kontum() -> bytes:
    return docx_bytes(kontum_2452())


def _patch(part: str, change: Callable[[str], str]) -> bytes:
    """The Kon Tum file with one part's XML changed."""
    source = zipfile.ZipFile(io.BytesIO(_kontum()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)
    return out.getvalue()


def _paragraph(text: str) -> str:
    return (
        '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{escape(text)}</w:t></w:r></w:p>"
    )


def _with_body(paragraphs: list[str]) -> bytes:
    """The Kon Tum file with ``paragraphs`` inserted at the start of its body."""

    def change(xml: str) -> str:
        at = xml.rfind("<w:p>", 0, xml.index(_BODY_START))
        return xml[:at] + "".join(_paragraph(t) for t in paragraphs) + xml[at:]

    return _patch("word/document.xml", change)


def _timed(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


# ----------------------------------------------------------------------------- numbers from the file


@pytest.mark.parametrize("size", ["999999999", "1638", "1"])
def test_a_huge_font_size_in_a_style_ends_quickly(size: str) -> None:
    data = _patch(
        "word/styles.xml", lambda xml: re.sub(r'w:sz w:val="\d+"', f'w:sz w:val="{size}"', xml)
    )
    elapsed = _timed(lambda: validate(data))
    assert elapsed < 5


def test_a_huge_font_size_in_a_narrow_cell_ends_quickly() -> None:
    def change(xml: str) -> str:
        xml = re.sub(r'w:sz w:val="\d+"', 'w:sz w:val="3276"', xml)
        return re.sub(r'<w:tcW w:w="\d+"', '<w:tcW w:w="1"', xml)

    data = _patch("word/document.xml", change)
    elapsed = _timed(lambda: validate(data))
    assert elapsed < 5


def test_wrapped_lines_take_time_linear_in_the_words() -> None:
    # a line never wraps into more lines than it has words, whatever the size and width
    words = " ".join(["ngân"] * 20_000)
    lines = metrics.wrap_lines(words, 1, 1638)
    assert len(lines) == 20_000
    assert _timed(lambda: metrics.wrap_lines(words, 1, 1638)) < 2
    assert _timed(lambda: metrics.wrap_lines("x" * 100_000, 1, 1638)) < 2
    assert metrics.wrap_lines("ab cd", 10**9, 13) == ["ab cd"]


def test_a_huge_subject_in_a_tiny_cell_ends_quickly() -> None:
    def change(xml: str) -> str:
        xml = xml.replace("Thực hiện Hướng dẫn", " ".join(["Thực"] * 5_000) + " Hướng dẫn")
        return re.sub(r'<w:tcW w:w="\d+"', '<w:tcW w:w="1"', xml)

    data = _patch("word/document.xml", change)
    elapsed = _timed(lambda: validate(data))
    assert elapsed < 10


@pytest.mark.parametrize(
    "text",
    [
        "Chương 99999999999999999999",
        "Chương " + "9" * 5000,
        "Điều 5000000000. Phạm vi",
        "Điều " + "7" * 5000 + ". Phạm vi",
        "Phần 4000",
        "(Kèm theo Công văn số " + "1" * 5000 + "/UBND-TH ngày 99999999999 tháng 1 năm 2018)",
    ],
)
def test_absurd_numbers_in_the_text_end_in_a_report(text: str) -> None:
    report = validate(_with_body([text]))
    assert report.findings


def test_an_absurd_serial_ends_in_a_report() -> None:
    data = _patch(
        "word/document.xml", lambda xml: xml.replace("Số 2452/", "Số " + "9" * 5000 + "/")
    )
    report = validate(data)
    assert report.findings


def test_bounded_int_never_raises() -> None:
    assert bounded_int("0042") == 42
    assert bounded_int("9" * 5000) is None
    assert bounded_int("1" + "0" * 9) == 10**9
    assert bounded_int("1" + "0" * 9 + "1") is None
    assert bounded_int("²") is None  # a digit that is not a decimal
    assert bounded_int("") is None
    assert bounded_int("٤٢") == 42  # Arabic-Indic digits are decimal digits


def test_roman_numerals_are_arithmetic() -> None:
    assert content._roman(1994) == "MCMXCIV"
    assert content._roman(0) == ""
    assert content._roman(10**18) == ""
    assert content._as_roman("9" * 5000) == "a Roman numeral"


@pytest.mark.parametrize(
    "line",
    [
        "Hà Nội, ngày 99999999999999 tháng 1 năm 2020",
        "Hà Nội, ngày 31 tháng 2 năm 2020",
        "Hà Nội, ngày 1 tháng 99 năm 2020",
        "Hà Nội, ngày 00 tháng 00 năm 0000",
        "ngày " + "9" * 5000 + " tháng 1 năm 2020",
        "ngày 1 tháng 1 năm " + "9" * 5000,
    ],
)
def test_parse_date_gives_none_for_absurd_dates(line: str) -> None:
    assert vietnamese.parse_date(line) is None


# ----------------------------------------------------------------------------- long runs


def test_cross_reference_rule_on_a_long_run_of_non_spaces() -> None:
    data = _with_body(["x" * 12_000, "theo " + "a" * 12_000 + " Khoản 2 Điều 3"])
    elapsed = _timed(lambda: validate(data))
    assert elapsed < 2


_MODULES = (closing, content, format, forms, header, number_date, page, engine, components, vietnamese,
            metrics, legacy, serialization, base, body, model_components, documents, ooxml_read,
            docx_reader, text_reader, geometry, typeset, vi, fix_module, reissue_module,
            form_reader, form_models, plain_reader, html_reader, note_module)  # fmt: skip
_PATTERNS = {
    f"{module.__name__.removeprefix('vnadmin_docs.')}.{name}": value
    for module in _MODULES
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern)
}
_UNITS = (
    "a", " ", "\t", "\n", "\u00a0", "1", "a.", "a ", "ư", "Đ", "-", "_", ".", "…", "/", "(", ")",
    "{", "}", "Số ", "số ", "Số:  ", "ngày ", "tháng ", "năm ", "ngày 1 tháng 2 ", "ngày tháng ",
    "Điều 1 ", "điều 1 ", "Chương ", "Khoản ", "a Khoản 1", "a)", "IV ", "TM. ", "PHÓ ", "GS. ",
    "BSCKI ", "Nơi nhận ", "Lưu ", "kèm theo a ", "(kèm theo ", "PHỤ LỤC ", "Độc lập ", "a;  ",
    "a  b", "a   b", "  \t", "1/", "1.", "ngày 1/",
)  # fmt: skip
_LENGTH = 20_000


def _adversarial() -> list[str]:
    texts: list[str] = []
    for unit in _UNITS:
        run = (unit * (_LENGTH // len(unit) + 1))[:_LENGTH]
        texts += [run, run + "!", "Số: " + run, "ngày " + run]
    return texts


@pytest.mark.parametrize("name", sorted(_PATTERNS))
def test_no_regular_expression_backtracks_on_long_runs(name: str) -> None:
    pattern = _PATTERNS[name]
    binary = isinstance(pattern.pattern, bytes)  # patterns run over a part's raw bytes
    for text in _adversarial():
        subject = text.encode() if binary else text
        for operation in (pattern.search, pattern.match, pattern.findall):
            elapsed = _timed(lambda: operation(subject))  # noqa: B023
            assert elapsed < 0.5, (
                f"{name}.{operation.__name__} took {elapsed:.2f} s on {text[:12]!r}…"
            )


# ----------------------------------------------------------------------------- many paragraphs


_LINES = (
    "Theo Khoản 2 Điều 3 của Luật này, các cơ quan, đơn vị thực hiện nhiệm vụ được giao;",
    "1. Ủy Ban Nhân Dân Tỉnh đề nghị Sở Tài Chính phối hợp với các đơn vị liên quan.",
    "a) tại điểm a khoản 1 Điều 5 và theo quy định tại khoản 2 điều 3;",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Báo cáo kết quả thực hiện gửi về Sở Nội vụ trước ngày 15 tháng 11 năm 2018.",
)


def _validate_seconds(paragraphs: int) -> float:
    data = _with_body([_LINES[i % len(_LINES)] for i in range(paragraphs)])
    return min(_timed(lambda: validate(data)) for _ in range(3))


def test_validation_time_grows_linearly_with_the_paragraphs() -> None:
    small, large = _validate_seconds(1_000), _validate_seconds(10_000)
    assert large / small < 15, f"1,000 paragraphs: {small:.2f} s; 10,000: {large:.2f} s"


def test_the_long_documents_are_still_judged() -> None:
    report = validate(_with_body([_LINES[i % len(_LINES)] for i in range(2_000)]))
    assert report.by_code("CP002").status is Status.FAIL
