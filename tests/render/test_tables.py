"""Tables (bảng): column widths, merged cells, repeated headings, STT, borders, landscape.

Read back from the XML, validated against the ECMA-376 schemas, converted by LibreOffice and
measured in its PDF, read back into the model; and the model's errors name the field.
"""

from __future__ import annotations

import io
import itertools
import zipfile

import pdfplumber
import pytest
import yaml
from lxml import etree
from pydantic import ValidationError

import vnadmin_docs as vn
from tests.support.docx_xml import w
from tests.support.office import (
    MM_PER_PT,
    convert_to_pdf,
    find_line,
    page_size_mm,
    require_soffice,
    text_lines,
)
from tests.support.ooxml_schema import validate_docx
from tests.support.shared import require_shared
from tests.validate import builders as b
from vnadmin_docs.ooxml import mm_to_twips
from vnadmin_docs.read.docx import read_docx_document
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.render.tables import (
    STT_WIDTH_MM,
    as_read,
    column_widths,
    equal_widths,
    table_element,
)

PAGE = vn.standards.get().page
PORTRAIT = mm_to_twips(PAGE.width_mm - PAGE.left_mm.default - PAGE.right_mm.default)  # 165 mm
LANDSCAPE = mm_to_twips(PAGE.height_mm - PAGE.left_mm.default - PAGE.right_mm.default)  # 252
TWIPS_PER_MM = 1440 / 25.4

# The phụ lục of a báo cáo: 6 columns, two heading rows, "Kết quả thực hiện" over three.
APPENDIX_TABLE = """
kind: table
so_thu_tu: true
so_dong_tieu_de: 2
cot:
  - {do_rong: 3*}
  - {do_rong: 30mm, can_le: right}
  - {do_rong: 30mm, can_le: right}
  - {do_rong: 3cm, can_le: center}
  - {do_rong: 1*}
dong:
  - [{noi_dung: Đơn vị, gop_dong: 2}, {noi_dung: Kết quả thực hiện, gop_cot: 3},
     {noi_dung: Ghi chú, gop_dong: 2}]
  - [Kế hoạch, Thực hiện, Tỷ lệ (%)]
"""
UNITS = ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo",
         "Sở Xây dựng", "Sở Công Thương", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh",
         "Ban Quản lý Khu kinh tế", "Thanh tra tỉnh", "Sở Nông nghiệp và Môi trường"]  # fmt: skip


def appendix_table(rows: int = 12) -> vn.Table:
    spec = yaml.safe_load(APPENDIX_TABLE)
    for n in range(rows):
        unit = UNITS[n % len(UNITS)]
        planned, done = 20 + n, 18 + n % 5
        spec["dong"].append([unit, str(planned), str(done), f"{100 * done / planned:.1f}", ""])
    return vn.Table.model_validate(spec)


def report_with_appendix(table: vn.Table) -> vn.OfficialDispatch:
    document = b.kontum_model()
    appendix = vn.Attachment(
        label="Phụ lục", title=["KẾT QUẢ THỰC HIỆN NĂM 2025"], body=[table], landscape=True
    )
    return document.model_copy(update={"attachments": (appendix,)})


def xml(element) -> etree._Element:
    """An element built by the renderer, reparsed (so that its namespaces are declared)."""
    return etree.fromstring(etree.tostring(element))


def cells_of(row) -> list:
    return row.findall(w("tc"))


def tc_val(cell, name: str, attr: str = "val") -> str | None:
    found = cell.find(f"{w('tcPr')}/{w(name)}")
    return None if found is None else found.get(w(attr), "")


# ----------------------------------------------------------------------------- widths


def test_weighted_columns_share_what_the_fixed_ones_leave():
    table = vn.Table(
        rows=[["a", "b", "c", "d"]],
        columns=[{"width": "15mm"}, {"width": "1*"}, {"width": "3*"}, {"width": 40}],
    )
    widths = column_widths(table, PORTRAIT)
    assert sum(widths) == PORTRAIT
    assert widths[0] == mm_to_twips(15) and widths[3] == mm_to_twips(40)
    assert widths[2] == pytest.approx(3 * widths[1], abs=2)


def test_numbered_column_is_13_mm_and_plain_tables_share_equally():
    numbered = vn.Table(rows=[["a", "b"]], numbered=True)
    assert column_widths(numbered, PORTRAIT)[0] == mm_to_twips(STT_WIDTH_MM)
    assert sum(column_widths(numbered, PORTRAIT)) == PORTRAIT
    plain = vn.Table(rows=[["a", "b", "c"]])
    assert column_widths(plain, PORTRAIT) == equal_widths(3, PORTRAIT)
    assert sum(equal_widths(3, PORTRAIT)) == PORTRAIT


def test_fixed_widths_that_do_not_fit_are_narrowed_in_proportion():
    fixed = vn.Table(rows=[["a", "b"]], columns=[{"width": 200}, {"width": 100}])
    widths = column_widths(fixed, PORTRAIT)
    assert sum(widths) <= PORTRAIT and widths[0] == pytest.approx(2 * widths[1], abs=2)
    narrow = vn.Table(rows=[["a", "b"]], columns=[{"width": 20}, {"width": 30}])
    assert column_widths(narrow, PORTRAIT) == [mm_to_twips(20), mm_to_twips(30)]  # kept
    crowded = vn.Table(rows=[["a", "b", "c"]], columns=[{"width": 160}, {}, {"width": "2*"}])
    widths = column_widths(crowded, PORTRAIT)
    assert sum(widths) == PORTRAIT
    assert widths[1] + widths[2] == 2 * mm_to_twips(5)  # 5 mm each on average, no less


# ----------------------------------------------------------------------------- XML


def test_grid_spans_merges_headings_and_alignment_in_the_xml():
    table = appendix_table(3)
    tbl = xml(table_element(table, LANDSCAPE))
    grid = [int(c.get(w("w"))) for c in tbl.iter(w("gridCol"))]
    assert grid == column_widths(table, LANDSCAPE)
    assert [round(g / TWIPS_PER_MM, 1) for g in grid] == [13.0, 111.7, 30.0, 30.0, 30.0, 37.3]
    assert tbl.find(f"{w('tblPr')}/{w('tblLayout')}").get(w("type")) == "fixed"
    assert int(tbl.find(f"{w('tblPr')}/{w('tblW')}").get(w("w"))) == sum(grid)
    rows = tbl.findall(w("tr"))
    assert len(rows) == 5
    # heading rows repeat on each page and never split; body rows do neither
    for row in rows[:2]:
        assert row.find(f"{w('trPr')}/{w('tblHeader')}") is not None
        assert row.find(f"{w('trPr')}/{w('cantSplit')}") is not None
    assert all(row.find(w("trPr")) is None for row in rows[2:])
    first, second = cells_of(rows[0]), cells_of(rows[1])
    # row 1: STT (merged down), Đơn vị (merged down), the group over 3 columns, Ghi chú
    assert ["".join(c.itertext()) for c in first] == ["STT", "Đơn vị", "Kết quả thực hiện",
                                                      "Ghi chú"]  # fmt: skip
    assert [tc_val(c, "vMerge") for c in first] == ["restart", "restart", None, "restart"]
    assert [tc_val(c, "gridSpan") for c in first] == [None, None, "3", None]
    assert [int(tc_val(c, "tcW", "w")) for c in first] == [
        grid[0],
        grid[1],
        sum(grid[2:5]),
        grid[5],
    ]
    # row 2: the places merged from above continue the merge, with an empty paragraph
    assert [tc_val(c, "vMerge") for c in second] == ["", "", None, None, None, ""]
    assert ["".join(c.itertext()) for c in second] == ["", "", "Kế hoạch", "Thực hiện",
                                                       "Tỷ lệ (%)", ""]  # fmt: skip
    for cell in first + second:  # heading cells: bold, centred across and down
        assert tc_val(cell, "vAlign") == "center"
        paragraph = cell.find(w("p"))
        assert paragraph.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "Table"
        if "".join(cell.itertext()):
            assert paragraph.find(f"{w('pPr')}/{w('jc')}").get(w("val")) == "center"
            assert paragraph.find(f"{w('r')}/{w('rPr')}/{w('b')}") is not None
    # body: numbers 1, 2, 3 centred; each column's alignment; regular weight
    body = [cells_of(row) for row in rows[2:]]
    assert ["".join(cells[0].itertext()) for cells in body] == ["1", "2", "3"]
    jc = [
        [None if (j := c.find(f"{w('p')}/{w('pPr')}/{w('jc')}")) is None else j.get(w("val"))
         for c in cells]
        for cells in body
    ]  # fmt: skip
    assert jc == [["center", None, "right", "right", "center", None]] * 3
    assert all(c.find(f".//{w('b')}") is None for cells in body for c in cells)
    assert all(tc_val(c, "vAlign") is None for cells in body for c in cells)


@pytest.mark.parametrize(
    ("borders", "drawn"),
    [
        ("all", {"top", "left", "bottom", "right", "insideH", "insideV"}),
        ("none", set()),
        ("outer", {"top", "left", "bottom", "right"}),
        ("horizontal", {"top", "bottom", "insideH"}),
    ],
)
def test_borders(borders, drawn):
    tbl = xml(table_element(vn.Table(rows=[["a", "b"]], borders=borders), PORTRAIT))
    sides = tbl.find(f"{w('tblPr')}/{w('tblBorders')}")
    got = {etree.QName(s).localname: s.get(w("val")) for s in sides}
    assert set(got) == {"top", "left", "bottom", "right", "insideH", "insideV"}
    assert {side for side, value in got.items() if value == "single"} == drawn
    assert {side for side, value in got.items() if value == "nil"} == set(got) - drawn
    for side in sides:
        if side.get(w("val")) == "single":
            assert side.get(w("sz")) == "4"  # ½ pt, in eighths of a point


def test_rowspans_in_the_body_are_merged_and_centred_down():
    table = vn.Table(
        header_rows=1,
        rows=[["Nhóm", "Chỉ tiêu"], [{"text": "Thu", "rowspan": 2}, "Thuế"], ["Phí"]],
    )
    rows = xml(table_element(table, PORTRAIT)).findall(w("tr"))
    assert [tc_val(r.find(w("tc")), "vMerge") for r in rows] == [None, "restart", ""]
    assert tc_val(rows[1].find(w("tc")), "vAlign") == "center"
    assert tc_val(cells_of(rows[1])[1], "vAlign") is None


@pytest.fixture(scope="module")
def appendix_docx() -> bytes:
    return docx_bytes(report_with_appendix(appendix_table(40)))


def test_the_wide_appendix_is_a_landscape_section(appendix_docx):
    document = etree.fromstring(
        zipfile.ZipFile(io.BytesIO(appendix_docx)).read("word/document.xml")
    )
    sizes = [s.find(w("pgSz")) for s in document.iter(w("sectPr"))]
    assert [s.get(w("orient")) for s in sizes] == [None, "landscape"]
    assert (int(sizes[1].get(w("w"))), int(sizes[1].get(w("h")))) == (16838, 11906)


def test_files_with_such_tables_validate_against_the_schemas():
    schemas = require_shared("ooxml-xsd")
    document = report_with_appendix(appendix_table(5))
    extra = [
        vn.Table(rows=[["a", {"text": "b", "rowspan": 2}], ["c"]], borders=borders)
        for borders in vn.TableBorders
    ]
    document = document.model_copy(update={"body": (*document.body, *extra)})
    report = validate_docx(docx_bytes(document), schema_dir=schemas)
    assert report.errors == []
    assert report.skipped == []


# ----------------------------------------------------------------------------- LibreOffice


def _grid_lines(page) -> list[float]:
    """x (mm) of the vertical table lines of a page, merged within 0.3 mm."""
    xs = sorted(
        float(line["x0"]) * MM_PER_PT
        for line in page.lines
        if abs(float(line["x0"]) - float(line["x1"])) < 0.5
        and abs(float(line["top"]) - float(line["bottom"])) > 2
    )
    merged: list[float] = []
    for x in xs:
        if not merged or x - merged[-1] > 0.3:
            merged.append(x)
    return merged


def test_appendix_measured_in_libreoffice(appendix_docx, tmp_path):
    require_soffice()
    source = tmp_path / "phu_luc.docx"
    source.write_bytes(appendix_docx)
    pdf_path = convert_to_pdf(source, tmp_path)
    table = appendix_table(40)
    expected = [w / TWIPS_PER_MM for w in column_widths(table, LANDSCAPE)]
    with pdfplumber.open(pdf_path) as pdf:
        pages = [
            p for p in pdf.pages if find_line(p, "Kết quả thực hiện") is not None
        ]  # the heading, on every page the table runs onto
        assert len(pages) >= 2, "40 rows run onto a second page, under the repeated heading"
        for page in pages:
            assert page_size_mm(page) == pytest.approx((297, 210), abs=0.5)
            edges = _grid_lines(page)
            assert len(edges) == 7  # 6 columns
            assert edges[0] == pytest.approx(PAGE.left_mm.default, abs=1)  # at the margin
            widths = [b - a for a, b in itertools.pairwise(edges)]
            assert widths == pytest.approx(expected, abs=1)
            # the group heading stands centred over its three columns
            group = find_line(page, "Kết quả thực hiện")
            assert group is not None and group.bold
            assert group.centre_x == pytest.approx((edges[2] + edges[5]) / 2, abs=1)
        lines = text_lines(pages[0])
        stt = find_line(lines, "STT")
        assert stt is not None and stt.centre_x == pytest.approx((edges[0] + edges[1]) / 2, abs=1)
        first = next(line for line in lines if line.text.startswith("1 Sở Nội vụ") or
                     line.text == "1")  # fmt: skip
        assert first.x0 < edges[1]


# ----------------------------------------------------------------------------- reading


def test_reading_our_file_gives_the_same_tables(appendix_docx):
    document = read_docx_document(appendix_docx).document
    appendix = document.attachments[0]
    assert appendix.landscape is True
    read = appendix.body[0]
    assert isinstance(read, vn.Table)
    table = appendix_table(40)
    assert read == as_read(table, LANDSCAPE)
    assert read.numbered and read.header_rows == 2
    assert [c.width for c in read.columns] == [13.0, 111.7, 30.0, 30.0, 30.0, 37.3]
    assert read.rows[0][1] == vn.TableCell(text="Kết quả thực hiện", colspan=3)


def test_reading_back_plain_and_merged_tables_in_the_body():
    plain = vn.Table(rows=[["STT", "Nội dung"], ["1", "Báo cáo"]], header_rows=1)
    merged = vn.Table(
        header_rows=1,
        borders="horizontal",
        columns=[{"width": 40}, {"width": "1*", "align": "right"}],
        rows=[["Nhóm", "Số tiền"], [{"text": "Thu", "rowspan": 2}, "1.000"], ["2.000"]],
    )
    document = b.kontum_model()
    document = document.model_copy(
        update={"body": (plain, merged, vn.Paragraph.model_validate("Hết"))}
    )
    read = read_docx_document(docx_bytes(document)).document.body
    assert read[0] == plain  # no columns, not numbered: as it was
    assert read[1] == as_read(merged, PORTRAIT)
    assert read[1].columns[1].align is vn.Align.RIGHT
    assert read[1].borders is vn.TableBorders.HORIZONTAL


def test_reading_a_real_report_keeps_its_merged_headings():
    corpus = require_shared("corpus/docx")
    document = read_docx_document(corpus / "vbai__BAO_CAO_CCHC_NAM_2025.docx").document
    blocks = [*document.body, *(b for a in document.attachments for b in a.body)]
    table = next(block for block in blocks if isinstance(block, vn.Table))
    assert table.header_rows == 2
    heading = [c for c in table.rows[0] if isinstance(c, vn.TableCell)]
    assert vn.TableCell(text="STT", rowspan=2) in heading
    assert vn.TableCell(text="Kết quả thống kê", colspan=2) in heading
    assert table.rows[1] == ("Đơn vị tính", "Số liệu")
    assert document.attachments and document.attachments[0].landscape


# ----------------------------------------------------------------------------- model


@pytest.mark.parametrize(
    ("data", "loc", "words"),
    [
        ({"rows": [["a", "b"], [{"text": "c", "colspan": 3}]]}, ("rows", 1, 0),
         "row 2, cell 1 (column 1): runs past the table's 2 columns"),
        ({"rows": [[{"text": "a", "rowspan": 3}, "b"], ["c"]]}, ("rows", 0, 0),
         "rowspan (gộp dòng) 3 runs past the table's last row"),
        ({"rows": [["a", {"text": "b", "rowspan": 2}, "c"], [{"text": "x", "colspan": 2}, "y"]]},
         ("rows", 1, 0), "row 2, cell 1 (column 1): overlaps column 2"),
        ({"rows": [["a", "b"], ["c"]]}, ("rows", 1), "row 2 has 1 cells covering 1 of"),
        ({"header_rows": 1, "rows": [[{"text": "a", "rowspan": 2}, "b"], ["c"]]},
         ("rows", 0, 0), "cannot merge into the body rows"),
        ({"rows": [["a"]], "columns": [{"width": "rộng"}]}, ("columns", 0, "width"),
         "a column width (độ rộng cột) is millimetres"),
        ({"rows": [["a"]], "columns": [{"width": 0}]}, ("columns", 0, "width"), "above 0"),
        ({"rows": [["a"]], "columns": [{"width": 10}, {"width": 10}]}, ("columns",),
         "columns (cột) lists 2 columns; the rows have 1"),
        ({"rows": [["a"]], "columns": [{}, {"stt": True}]}, ("columns", 1, "stt"),
         "the numbered column (cột số thứ tự, STT) is one column, the first"),
        ({"rows": [["a"]], "columns": [{"stt": True, "align": "right"}, {}]},
         ("columns", 0, "align"), "is centred"),
        ({"rows": [["a"]], "numbered": False, "columns": [{"stt": True}, {}]}, ("numbered",),
         "numbered (số thứ tự) is false"),
        ({"rows": [["STT"]], "header_rows": 1, "numbered": True}, ("numbered",),
         "heading rows only"),
        ({"rows": [["a"]], "header_rows": 2}, ("header_rows",), "header_rows (số dòng tiêu đề)"),
        ({"rows": [["a"]], "borders": "dotted"}, ("borders",), "Input should be"),
        ({"rows": [[{"text": "a", "colspan": 0}]]}, ("rows", 0, 0, "TableCell", "colspan"),
         "greater than or equal to 1"),
    ],
)  # fmt: skip
def test_model_errors_name_the_field(data, loc, words):
    with pytest.raises(ValidationError) as caught:
        vn.Table.model_validate(data)
    errors = caught.value.errors()
    assert any(e["loc"] == loc and words in e["msg"] for e in errors), errors


def test_errors_are_located_inside_a_document():
    document = b.kontum_model().model_dump()
    document["body"] = [{"kind": "table", "rows": [["a", "b"], ["c", "d", "e"]]}]
    with pytest.raises(ValidationError) as caught:
        vn.OfficialDispatch.model_validate(document)
    assert caught.value.errors()[0]["loc"][:4] == ("body", 0, "table", "rows")


def test_vietnamese_keys_and_the_canonical_form():
    vietnamese = vn.Table.model_validate(
        {
            "so_thu_tu": True,
            "vien": "outer",
            "cot": [{"tieu_de": "Họ và tên", "do_rong": "3*"},
                    {"tieu_de": "Đơn vị", "do_rong": "4cm", "can_le": "center"}],
            "dong": [["Nguyễn Văn A", {"noi_dung": "Sở Nội vụ", "can_le": "center"}],
                     [{"noi_dung": "Trần Thị B", "dam": False}, "Sở Tài chính"]],
        }
    )  # fmt: skip
    english = vn.Table(
        header_rows=1,
        numbered=True,
        borders="outer",
        columns=[vn.TableColumn(stt=True), vn.TableColumn(width="3*"),
                 vn.TableColumn(width=40, align="center")],
        rows=[["Họ và tên", "Đơn vị"], ["Nguyễn Văn A", "Sở Nội vụ"],
              ["Trần Thị B", "Sở Tài chính"]],
    )  # fmt: skip
    assert vietnamese == english  # headings of columns: the first heading row
    assert vietnamese.columns[1].width == "3*" and vietnamese.columns[2].width == 40.0
    assert vn.Table.model_validate(vietnamese.model_dump()) == vietnamese
    # defaults are not kept: a centred heading, a bold heading, a left body cell are strings
    table = vn.Table(
        header_rows=1,
        rows=[[{"text": "A", "align": "center", "bold": True}], [{"text": "b", "align": "left"}]],
    )
    assert table.rows == (("A",), ("b",))


def test_old_tables_still_load(rich):
    table = next(block for block in rich.body if isinstance(block, vn.Table))
    assert table.rows[0] == ("STT", "Nội dung", "Số tiền") and table.header_rows == 1
    assert table.columns == () and not table.numbered and table.borders is vn.TableBorders.ALL


def test_plain_text_repeats_merged_cells_and_shows_the_stt_column():
    document = report_with_appendix(appendix_table(2))
    text = vn.render_text(document)
    assert (
        "STT | Đơn vị | Kết quả thực hiện | Kết quả thực hiện | Kết quả thực hiện | Ghi chú" in text
    )
    assert "STT | Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ (%) | Ghi chú" in text
    assert "1 | Sở Nội vụ | 20 | 18 | 90.0 | " in text
