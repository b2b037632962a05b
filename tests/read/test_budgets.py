"""Budgets (giới hạn xử lý): every input ends in a result or our own error, in bounded time and
memory; numbers read from a file never raise."""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

import vnadmin_docs as vn
from vnadmin_docs.ooxml.read import LIMITS, Limits, number, read_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROOT = Path(__file__).resolve().parents[2]


@functools.lru_cache(maxsize=1)
def _kontum() -> bytes:
    from vnadmin_docs.examples import kontum_2452
    from vnadmin_docs.render.docx import docx_bytes

    return docx_bytes(kontum_2452())


def _replace(data: bytes, member: str, content: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as package:
        for name in source.namelist():
            package.writestr(name, content if name == member else source.read(name))
    return out.getvalue()


def _with_body(xml: str, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The Kon Tum package with ``xml`` put first in the body of its document part."""
    data = _kontum()
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    at = document.index(b"<w:body>") + len(b"<w:body>")
    return _replace(data, "word/document.xml", document[:at] + xml.encode() + document[at:], method)


def _budget_error(fn, budget: str, limit, *fragments: str) -> vn.BudgetExceededError:
    start = time.perf_counter()
    with pytest.raises(vn.BudgetExceededError) as caught:
        fn()
    assert time.perf_counter() - start < 5, "took too long"
    error = caught.value
    assert (error.budget, error.limit) == (budget, limit), str(error)
    message = str(error)
    assert f"budget '{budget}'" in message and f"Limits({budget}=" in message, message
    for fragment in fragments:
        assert fragment in message, message
    return error


# ------------------------------------------------------------------------------ Limits


def test_limits_are_public_frozen_and_checked():
    assert vn.Limits is Limits and isinstance(LIMITS, Limits)
    assert issubclass(vn.BudgetExceededError, vn.UnsafeDocumentError)
    assert LIMITS.paragraphs == 20_000 and LIMITS.seconds == 10
    with pytest.raises(dataclasses.FrozenInstanceError):
        LIMITS.paragraphs = 1  # type: ignore[misc]
    assert Limits(paragraphs=5).runs == LIMITS.runs
    for bad in ({"paragraphs": 0}, {"seconds": -1}, {"runs": "many"}, {"cells": True}):
        with pytest.raises(vn.InputError, match=next(iter(bad))):
            Limits(**bad)


# ------------------------------------------------------------------------------ numbers

BAD_VALUES = (
    "", "-", ".", "+", "²", "½", "١٢", "１２", "1e999", "-1e999", "NaN", "nan", "inf", "-inf",
    "1" * 5000, "9" * 40, "-" + "9" * 40, "-5", "0x10", "1,5", "auto", "12qq", "1.2.3",
    "18446744073709551616", "0" * 200 + "1",
)  # fmt: skip


def test_number_never_raises_and_clamps():
    for value in BAD_VALUES:
        result = number(value, default="default", low=0, high=1000)
        assert result == "default" or 0 <= result <= 1000, (value, result)
    assert number("1" * 5000, default=None, low=0, high=10) is None
    assert number("²", default=None, low=0, high=10) is None
    assert number("-5", default=None, low=0, high=10) is None  # unsigned: no value
    assert number("-5", default=None, low=-10, high=10) == -5
    assert number("99999", default=None, low=0, high=3276) == 3276
    assert number(" 12.5 ", default=None, low=0, high=100) == 12.5
    twips = {"": 1.0, "pt": 20.0, "cm": 1440 / 2.54}
    assert number("12pt", default=None, low=0, high=10**6, units=twips) == 240
    assert number("2.54cm", default=None, low=0, high=10**6, units=twips) == pytest.approx(1440)
    assert number("12pt", default=None, low=0, high=10**6) is None  # no units allowed
    assert number("12em", default=None, low=0, high=10**6, units=twips) is None


_KINDS = {
    "w:sz": "<w:p><w:r><w:rPr><w:sz w:val={v}/></w:rPr><w:t>x</w:t></w:r></w:p>",
    "w:ind": "<w:p><w:pPr><w:ind w:left={v} w:right={v} w:firstLine={v} w:hanging={v}/></w:pPr></w:p>",
    "w:spacing": "<w:p><w:pPr><w:spacing w:before={v} w:after={v} w:line={v}/></w:pPr></w:p>",
    "w:pBdr/@w:sz": '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz={v}/></w:pBdr></w:pPr></w:p>',
    "table": (
        "<w:tbl><w:tblGrid><w:gridCol w:w={v}/><w:gridCol w:w={v}/></w:tblGrid><w:tr><w:tc>"
        '<w:tcPr><w:tcW w:w={v} w:type="dxa"/><w:gridSpan w:val={v}/></w:tcPr><w:p/></w:tc>'
        "<w:tc><w:p/></w:tc></w:tr></w:tbl>"
    ),
    "section": (
        "<w:p><w:pPr><w:sectPr><w:pgSz w:w={v} w:h={v}/>"
        "<w:pgMar w:top={v} w:bottom={v} w:left={v} w:right={v} w:gutter={v}/>"
        "<w:pgNumType w:start={v}/></w:sectPr></w:pPr></w:p>"
    ),
    "wp:extent": (
        '<w:p><w:r><w:drawing xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><wp:inline><wp:extent cx={v} cy={v}/></wp:inline></w:drawing>'
        "</w:r></w:p>"
    ),
    "VML": (
        '<w:p><w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml">'
        "<v:rect style={style}/><v:line from={v} to={pair}/></w:pict></w:r></w:p>"
    ),
}


@pytest.mark.parametrize("kind", sorted(_KINDS))
def test_bad_numbers_in_every_attribute_kind_read_as_defaults(kind):
    for value in (*BAD_VALUES, "12pt", "2.5cm", " 240 ", "-720", "99999999"):
        xml = _KINDS[kind].format(
            v=quoteattr(value),
            style=quoteattr(f"position:absolute;width:{value};height:{value}pt"),
            pair=quoteattr(f"{value},{value}"),
        )
        info = read_docx(_with_body(xml))  # never raises
        first = info.paragraphs[0]
        assert first.size is None or 0 <= first.size <= 1638
        for length in (first.left, first.right, first.first_line, first.space_before):
            assert abs(length) <= 31680 * 4
        assert first.cell_width is None or 0 < first.cell_width <= 2 * 31680 * 4
        for shape in first.shapes:
            assert 0 <= shape.width_mm <= 31680 * 4 / (1440 / 25.4)
        section = info.sections[0]
        assert 0 <= section.width <= 31680 * 4 and 0 <= section.height <= 31680 * 4
        assert section.page_start is None or 0 <= section.page_start <= 1_000_000


def test_bad_numbers_give_the_defaults_and_good_ones_their_value():
    sz = _KINDS["w:sz"]
    assert read_docx(_with_body(sz.format(v='"²"'))).paragraphs[0].runs[0].size == 14  # style's
    assert read_docx(_with_body(sz.format(v='"30"'))).paragraphs[0].runs[0].size == 15
    assert read_docx(_with_body(sz.format(v='"13pt"'))).paragraphs[0].runs[0].size == 13
    assert read_docx(_with_body(sz.format(v='"99999"'))).paragraphs[0].runs[0].size == 1638
    section = _KINDS["section"]
    assert read_docx(_with_body(section.format(v='"NaN"'))).sections[0].width == 11906
    assert (
        read_docx(_with_body(section.format(v=quoteattr("1" * 5000)))).sections[0].height == 16838
    )
    table = _KINDS["table"]
    cells = [p for p in read_docx(_with_body(table.format(v='"1e999"'))).paragraphs if p.table]
    assert [p.table[2] for p in cells[:2]] == [0, 1]  # the bad span counts as 1


def test_bad_page_counts_in_app_xml_are_no_page_count():
    w = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    for value, pages in (("²", None), ("1" * 5000, None), ("-3", None), ("12", 12), ("", None)):
        app = f'<Properties xmlns="{w}"><Pages>{value}</Pages></Properties>'.encode()
        assert read_docx(_replace(_kontum(), "docProps/app.xml", app)).pages == pages


# ------------------------------------------------------------------------------ work budgets


@functools.lru_cache(maxsize=1)
def _million_paragraphs() -> bytes:
    return _with_body("<w:p/>" * 1_000_000, zipfile.ZIP_STORED)


def test_a_million_empty_paragraphs_are_refused_quickly(tmp_path):
    path = tmp_path / "big.docx"
    path.write_bytes(_million_paragraphs())
    for step in (read_docx, vn.read, vn.validate):
        _budget_error(lambda s=step: s(path), "paragraphs", 20_000, str(path), "20,000 paragraphs")
    _budget_error(lambda: vn.read(_million_paragraphs()), "paragraphs", 20_000, "document:")


def test_a_million_paragraphs_stay_within_time_and_memory(tmp_path):
    path = tmp_path / "big.docx"
    path.write_bytes(_million_paragraphs())
    script = (
        "import json, resource, sys, time\n"
        "import vnadmin_docs as vn\n"
        "start = time.perf_counter()\n"
        "try:\n"
        f"    vn.{{step}}({str(path)!r})\n"
        "except vn.BudgetExceededError as error:\n"
        "    budget = error.budget\n"
        "print(json.dumps([budget, time.perf_counter() - start,\n"
        "                  resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))\n"
    )
    for step in ("read", "validate"):
        result = subprocess.run(
            [sys.executable, "-c", script.replace("{step}", step)],
            capture_output=True, text=True, cwd=ROOT, check=True,
        )  # fmt: skip
        budget, seconds, megabytes = json.loads(result.stdout)
        assert budget == "paragraphs"
        assert seconds < 5 and megabytes < 300, (step, seconds, megabytes)


def test_paragraphs_hidden_from_the_byte_count_are_stopped_while_reading():
    # in UTF-16 no byte string "<w:p" is there to count: the reader's own count stops it
    data = _kontum()
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    at = document.index("<w:body>") + len("<w:body>")
    document = document[:at] + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 25_000 + document[at:]
    document = document.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    package = _replace(data, "word/document.xml", document.encode("utf-16"))
    _budget_error(lambda: read_docx(package), "paragraphs", 20_000)


def test_every_budget_can_be_hit_and_raised():
    data = _kontum()  # 40 body paragraphs, 58 runs, 16 cells, 3,888 characters
    cases = [
        ("paragraphs", 10, "paragraphs"),
        ("runs", 20, "runs"),
        ("cells", 5, "table cells"),
        ("characters", 1000, "characters"),
        ("elements", 200, "XML elements in word/"),
        ("depth", 4, "levels of nested XML elements"),
        ("members", 5, "zip members"),
        ("file_bytes", 1000, "1,000 bytes limit for a document"),
        ("part_bytes", 4000, "size limit"),
        ("total_bytes", 20000, "size limit"),
        ("ratio", 2, "compressed"),
        ("seconds", 1e-9, "seconds"),
    ]
    for budget, limit, words in cases:
        limits = Limits(**{budget: limit})
        _budget_error(lambda lim=limits: read_docx(data, limits=lim), budget, limit, words)
        _budget_error(lambda lim=limits: vn.validate(data, limits=lim), budget, limit)
        _budget_error(lambda lim=limits: vn.read(data, limits=lim), budget, limit)
    roomy = Limits(paragraphs=100, runs=100, cells=20, characters=4000)
    assert len(read_docx(data, limits=roomy).paragraphs) == 40
    assert vn.read(data, limits=roomy).document == vn.read(data).document
    assert vn.validate(vn.read(data).document, limits=roomy).findings


def test_a_wide_table_is_stopped_by_the_cell_budget():
    row = "<w:tc><w:p/></w:tc>" * 1000
    tables = f"<w:tbl><w:tr>{row}</w:tr></w:tbl>" * 60  # 60,000 cells, few paragraphs each
    limits = Limits(paragraphs=100_000)
    _budget_error(lambda: read_docx(_with_body(tables), limits=limits), "cells", 50_000)


def test_the_text_reader_is_bounded_before_parsing():
    from vnadmin_docs.examples import kontum_2452

    text = vn.render_text(kontum_2452()).encode()
    _budget_error(
        lambda: vn.read(text, fmt="text", limits=Limits(characters=500)),
        "characters",
        500,
        "document:",
    )
    _budget_error(lambda: vn.read(text, limits=Limits(paragraphs=10)), "paragraphs", 10, "lines")
    huge = b"a" * 6_000_000
    _budget_error(lambda: vn.read(huge), "characters", 5_000_000)


def test_the_corpus_is_read_within_the_default_budgets():
    from tests.support.shared import require_shared

    for path in sorted(require_shared("corpus/docx").glob("*.docx")):
        read_docx(path, limits=LIMITS)
