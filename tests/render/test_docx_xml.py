"""The rendered .docx, read back from its XML: page, fonts, sizes, layout, sections."""

from __future__ import annotations

import io
import zipfile

import pytest

import vnadmin_docs as vn
from tests.support.docx_xml import Docx, w
from vnadmin_docs.metrics import text_width_twips
from vnadmin_docs.render.docx import STANDARD_PROPERTY, docx_bytes
from vnadmin_docs.standards import get

ND30 = get("nd30-2020")
TWIPS_PER_MM = 1440 / 25.4


@pytest.fixture(scope="module")
def kontum_docx(kontum) -> Docx:
    return Docx(docx_bytes(kontum))


@pytest.fixture(scope="module")
def rich_docx(rich) -> Docx:
    return Docx(docx_bytes(rich))


def test_page_is_a4_portrait_with_the_default_margins(kontum_docx):
    sections = list(kontum_docx.body.iter(w("sectPr")))
    assert len(sections) == 2  # the dispatch and its outline
    for sect in sections:
        size = sect.find(w("pgSz"))
        assert (int(size.get(w("w"))), int(size.get(w("h")))) == (11906, 16838)
        assert size.get(w("orient")) in (None, "portrait")
        margins = sect.find(w("pgMar"))
        got = {
            side: int(margins.get(w(side))) / TWIPS_PER_MM
            for side in ("top", "bottom", "left", "right")
        }
        assert got == pytest.approx({"top": 20, "bottom": 20, "left": 30, "right": 15}, abs=0.05)


def test_times_new_roman_in_all_four_slots_and_no_theme_fonts(kontum_docx):
    defaults = kontum_docx.styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    fonts = defaults.find(w("rFonts"))
    assert {k.split("}")[1]: v for k, v in fonts.attrib.items()} == {
        "ascii": "Times New Roman",
        "hAnsi": "Times New Roman",
        "eastAsia": "Times New Roman",
        "cs": "Times New Roman",
    }
    lang = defaults.find(w("lang"))
    assert lang.get(w("val")) == "vi-VN" and lang.get(w("eastAsia")) == "vi-VN"
    assert defaults.find(w("color")).get(w("val")) == "000000"
    for name in kontum_docx.names():
        if name.endswith(".xml"):
            xml = kontum_docx.zip.read(name).decode()
            assert "Theme" not in xml and "w:hint" not in xml, name
    assert not [n for n in kontum_docx.names() if "theme" in n]
    for rfonts in kontum_docx.styles.iter(w("rFonts")):
        assert len(set(rfonts.attrib.values())) == 1
        assert len(rfonts.attrib) == 4


@pytest.mark.parametrize(
    ("starts", "key", "bold", "italic"),
    [
        ("ỦY BAN NHÂN DÂN", "agency", True, False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "national_name", True, False),
        ("Độc lập - Tự do - Hạnh phúc", "national_motto", True, False),
        ("Số 2452/UBND - TH", "number", False, False),
        ("V/v sơ kết", "dispatch_subject", False, False),
        ("Kon Tum, ngày 01 tháng 10 năm 2018", "place_date", False, True),
        ("Kính gửi:", "recipients", False, False),
        ("Thực hiện Hướng dẫn", "body", False, False),
        ("Nơi nhận:", "distribution_label", True, True),
        ("- Như trên;", "distribution", False, False),
        ("- Lưu: VT, TH3.", "distribution", False, False),
        ("TM. ỦY BAN NHÂN DÂN", "signature_title", True, False),
        ("Nguyễn Hữu Tháp", "signer", True, False),
        ("ĐỀ CƯƠNG BÁO CÁO", "appendix_title", True, False),
        ("(Kèm theo Công văn số 2452/UBND-TH", "appendix_reference", False, True),
    ],
)
def test_each_component_has_the_standards_size_weight_and_slant(
    kontum_docx, starts, key, bold, italic
):
    row = ND30.component(key)
    effective = kontum_docx.effective(kontum_docx.find(starts))
    assert effective.size == row.size.default
    assert effective.size in row.size
    assert (effective.bold, effective.italic) == (bold, italic)
    assert effective.fonts.get("ascii") == "Times New Roman"


def test_sizes_are_those_of_the_decrees_sample_table(kontum_docx):
    sizes = {text: kontum_docx.effective(kontum_docx.find(text)).size for text in (
        "CỘNG HÒA", "Độc lập", "ỦY BAN", "Số 2452", "V/v", "Kon Tum, ngày", "Thực hiện",
        "Nơi nhận:", "- Như trên;", "TM. ỦY BAN", "Nguyễn Hữu Tháp",
    )}  # fmt: skip
    assert list(sizes.values()) == [12, 13, 12, 13, 12, 13, 14, 12, 11, 14, 14]


def test_body_is_justified_with_first_line_indent_and_space_after(kontum_docx):
    for start in ("Thực hiện Hướng dẫn", "1. Căn cứ chức năng", "Yêu cầu các đơn vị"):
        effective = kontum_docx.effective(kontum_docx.find(start))
        assert effective.align == "both"
        assert effective.first_line == 720  # 1.27 cm
        assert effective.space_after >= 120  # at least 6 pt
    spacing = kontum_docx._styles["Body"].find(f"{w('pPr')}/{w('spacing')}")
    line = int(spacing.get(w("line"))) / 240
    assert line in ND30.body_line_spacing and spacing.get(w("lineRule")) == "auto"


def test_dispatch_subject_has_six_points_before_and_keeps_its_line_breaks(kontum_docx):
    paragraph = kontum_docx.find("V/v sơ kết")
    assert kontum_docx.effective(paragraph).space_before == 120
    assert kontum_docx.text(paragraph) == (
        "V/v sơ kết Phong trào thi đua\n“Kon Tum chung sức xây dựng\nnông thôn mới” giai đoạn 2016-2020"
    )
    assert kontum_docx.text(kontum_docx.find("ỦY BAN")) == "ỦY BAN NHÂN DÂN\nTỈNH KON TUM"
    assert (
        kontum_docx.text(kontum_docx.find("TM. ỦY BAN"))
        == "TM. ỦY BAN NHÂN DÂN\nK. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    )


def _borderless(table) -> bool:
    borders = table.find(f"{w('tblPr')}/{w('tblBorders')}")
    return (
        borders is not None and all(b.get(w("val")) == "nil" for b in borders) and len(borders) == 6
    )


def test_header_and_closing_are_borderless_fixed_two_column_tables(kontum_docx):
    tables = kontum_docx.body.findall(w("tbl"))
    assert len(tables) == 2
    for table in tables:
        assert _borderless(table)
        assert table.find(f"{w('tblPr')}/{w('tblLayout')}").get(w("type")) == "fixed"
        widths = [int(c.get(w("w"))) for c in table.iter(w("gridCol"))]
        assert len(widths) == 2
        assert sum(widths) == round(165 * TWIPS_PER_MM)
    header = tables[0]
    right = int(list(header.iter(w("gridCol")))[1].get(w("w")))
    assert right > text_width_twips(ND30.national_name, 12, bold=True)  # Quốc hiệu on one line


def _rule_after(docx: Docx, text: str):
    paragraph = docx.find(text)
    rule = paragraph.getnext()
    top = rule.find(f"{w('pPr')}/{w('pBdr')}/{w('top')}")
    assert top is not None and top.get(w("val")) == "single"
    assert docx.text(rule) == ""
    ind = rule.find(f"{w('pPr')}/{w('ind')}")
    cell_width = int(rule.getparent().find(f"{w('tcPr')}/{w('tcW')}").get(w("w")))
    return cell_width - int(ind.get(w("left"))) - int(ind.get(w("right")))


def test_rule_under_the_motto_is_as_long_as_the_motto(kontum_docx):
    length = _rule_after(kontum_docx, "Độc lập - Tự do - Hạnh phúc")
    assert length == pytest.approx(text_width_twips(ND30.national_motto, 13, bold=True), abs=2)


def test_rule_under_the_agency_is_a_third_to_a_half_of_its_line(kontum_docx):
    length = _rule_after(kontum_docx, "ỦY BAN NHÂN DÂN")
    line = text_width_twips("ỦY BAN NHÂN DÂN", 12, bold=True)
    assert line / 3 <= length <= line / 2


def test_no_rules_are_drawn_with_underscores_underline_or_shapes(kontum_docx):
    xml = kontum_docx.zip.read("word/document.xml").decode()
    assert "___" not in xml and "<w:drawing" not in xml and "<w:pict" not in xml
    header = kontum_docx.body.find(w("tbl"))
    assert header.find(f".//{w('u')}") is None


def test_recipients_dashes_stand_under_the_colon(kontum_docx):
    label = kontum_docx.find("Kính gửi:")
    label_left = int(label.find(f"{w('pPr')}/{w('ind')}").get(w("left")))
    colon_x = label_left + text_width_twips("Kính gửi", 14)
    lines = [
        kontum_docx.find(f"- {name}") for name in ("Các Sở", "Ban Thi đua", "Ủy ban nhân dân các")
    ]
    for line in lines:
        ind = line.find(f"{w('pPr')}/{w('ind')}")
        dash_x = int(ind.get(w("left"))) - int(ind.get(w("hanging")))
        assert dash_x == pytest.approx(colon_x, abs=2)
    assert [kontum_docx.text(p)[-1] for p in lines] == [";", ";", "."]


def test_a_single_recipient_stands_on_the_kinh_gui_line(rich_docx):
    assert rich_docx.text(rich_docx.find("Kính gửi:")) == "Kính gửi: Bộ Tài chính"


def test_end_mark_closes_the_body(kontum_docx):
    assert kontum_docx.text(kontum_docx.find("Yêu cầu các đơn vị")).endswith(
        "triển khai thực hiện./."
    )


def test_page_numbers_centred_in_the_header_not_on_page_one(kontum_docx):
    rels = kontum_docx.xml("word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    for sect in kontum_docx.body.iter(w("sectPr")):
        assert sect.find(w("titlePg")) is not None
        refs = {
            r.get(w("type")): targets[
                r.get(
                    f"{{{'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}}}id"
                )
            ]
            for r in sect.findall(w("headerReference"))
        }
        assert set(refs) == {"default", "first"}
        default = kontum_docx.xml(f"word/{refs['default']}")
        first = kontum_docx.xml(f"word/{refs['first']}")
        instr = "".join(t.text for t in default.iter(w("instrText")))
        assert instr.strip() == "PAGE"
        paragraph = default.find(w("p"))
        effective = kontum_docx.effective(paragraph)
        assert effective.align == "center" and effective.size in ND30.component("page_number").size
        assert not list(first.iter(w("instrText"))) and not list(first.iter(w("fldSimple")))


def test_each_attachment_is_a_new_section_restarting_page_numbers(rich_docx):
    sections = list(rich_docx.body.iter(w("sectPr")))
    assert len(sections) == 3
    for sect in sections[1:]:
        assert sect.find(w("type")).get(w("val")) == "nextPage"
        assert sect.find(w("pgNumType")).get(w("start")) == "1"
    texts = [rich_docx.text(p) for p in rich_docx.paragraphs()]
    assert texts.index("Phụ lục II") > texts.index("Nội dung phụ lục một")
    reference = rich_docx.find("(Kèm theo Công văn số 07/STC-NS")
    assert "ngày 03 tháng 02 năm 2025" in rich_docx.text(reference)


def test_tt01_puts_page_numbers_bottom_right(kontum):
    docx = Docx(docx_bytes(kontum, "tt01-2011"))
    sect = docx.body.find(w("sectPr"))
    assert sect.find(w("headerReference")) is None or all(
        r.get(w("type")) != "default" for r in sect.findall(w("headerReference"))
    )
    default = [r for r in sect.findall(w("footerReference")) if r.get(w("type")) == "default"]
    assert len(default) == 1
    footer = docx.xml("word/footer1.xml")
    assert "PAGE" in "".join(t.text for t in footer.iter(w("instrText")))
    assert docx.effective(footer.find(w("p"))).align == "right"


def _box_of(paragraph):
    """The one-cell table a mark stands in, with its width and row height in mm."""
    table = paragraph.getparent().getparent().getparent()
    assert table.tag == w("tbl") and len(table.findall(w("tr"))) == 1
    borders = table.find(f"{w('tblPr')}/{w('tblBorders')}")
    sides = {
        side: borders.find(w(side)).get(w("val")) for side in ("top", "left", "bottom", "right")
    }
    assert set(sides.values()) == {"single"}, sides
    height = table.find(f"{w('tr')}/{w('trPr')}/{w('trHeight')}")
    assert height.get(w("hRule")) == "exact"
    width = int(table.find(f"{w('tblPr')}/{w('tblW')}").get(w("w")))
    return table, width / 1440 * 25.4, int(height.get(w("val"))) / 1440 * 25.4


def test_marks_stand_in_boxes_of_their_stamp_size(rich_docx):
    std = ND30
    tables = []
    for text, key in (("KHẨN", "urgency"), ("MẬT", "confidentiality")):
        paragraph = rich_docx.find(text)
        assert rich_docx.effective(paragraph).bold
        table, width, height = _box_of(paragraph)
        stamp = std.stamp(key, text)
        assert (width, height) == pytest.approx((stamp.width_mm, stamp.height_mm), abs=0.05)
        tables.append(table)
    assert tables[0] is not tables[1]  # two boxes, never one
    _box_of(rich_docx.find("XEM XONG TRẢ LẠI"))


def test_circulation_has_a_row_of_its_own_above_the_national_name(rich_docx):
    header_table = rich_docx.body.find(w("tbl"))
    first, second = header_table.findall(w("tr"))[:2]
    left, right = first.findall(w("tc"))
    assert "".join(left.itertext()) == ""
    assert "XEM XONG TRẢ LẠI" in "".join(right.itertext())
    second_left, second_right = second.findall(w("tc"))
    assert "".join(second_right.itertext()).startswith("CỘNG HÒA")
    assert "".join(second_left.itertext()).startswith("UBND TỈNH KON TUM")


def test_contact_only_on_the_main_texts_first_page(rich_docx):
    sections = list(rich_docx.body.iter(w("sectPr")))
    firsts = [
        next(r for r in s.findall(w("footerReference")) if r.get(w("type")) == "first")
        for s in sections
    ]
    rels = {
        rel.get("Id"): rel.get("Target") for rel in rich_docx.xml("word/_rels/document.xml.rels")
    }
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    targets = [rels[r.get(r_id)] for r in firsts]
    assert targets[0] == "footer2.xml" and set(targets[1:]) == {"footer3.xml"}
    assert "".join(rich_docx.xml("word/footer3.xml").itertext()) == ""
    assert all(
        r.get(w("type")) != "default" for s in sections for r in s.findall(w("footerReference"))
    )


def test_marks_and_contact_are_in_their_cells(rich_docx):
    footer = rich_docx.xml("word/footer2.xml")
    assert "stc@kontum.gov.vn" in "".join(footer.itertext())
    assert rich_docx.text(rich_docx.find("UBND TỈNH KON TUM")) == "UBND TỈNH KON TUM"
    assert not rich_docx.effective(rich_docx.find("UBND TỈNH KON TUM")).bold  # parent agency


def test_body_blocks_render_with_their_formatting(rich_docx):
    assert rich_docx.text(rich_docx.find("Chương I")) == "Chương I"
    assert rich_docx.text(rich_docx.find("QUY ĐỊNH CHUNG")) == "QUY ĐỊNH CHUNG"
    article = rich_docx.find("Điều 1. Phạm vi điều chỉnh")
    assert rich_docx.effective(article).bold
    mixed = rich_docx.find("Chữ đậm")
    assert [rich_docx.effective(mixed, i).bold for i in range(3)] == [True, False, False]
    assert [rich_docx.effective(mixed, i).italic for i in range(3)] == [False, True, False]
    assert mixed.findall(w("r"))[2].find(f"{w('rPr')}/{w('u')}") is not None
    assert rich_docx.text(rich_docx.find("a) Điểm thứ nhất")) == "a) Điểm thứ nhất"
    assert rich_docx.text(rich_docx.find("b) Điểm thứ hai")) == "b) Điểm thứ hai"
    assert rich_docx.effective(rich_docx.find("Căn giữa")).align == "center"
    table = rich_docx.body.findall(w("tbl"))[1]
    assert table.find(f"{w('tr')}/{w('trPr')}/{w('tblHeader')}") is not None
    assert table.find(f"{w('tblPr')}/{w('tblStyle')}").get(w("val")) == "BodyTable"
    assert rich_docx.text(rich_docx.find("- Lưu: VT, NS (2).")) == "- Lưu: VT, NS (2). TTB.(25)"


def test_styles_are_named_after_the_components(kontum_docx):
    names = {s.find(w("name")).get(w("val")) for s in kontum_docx.styles.iter(w("style"))}
    assert {"Quốc hiệu (ô 1)", "Tiêu ngữ (ô 1)", "Nơi nhận (ô 9b)", "Tên cơ quan ban hành (ô 2)",
            "Số, ký hiệu (ô 3)", "Họ tên người ký (ô 7b)", "Đường kẻ ngang"} <= names  # fmt: skip
    used = {
        p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
        for p in kontum_docx.paragraphs()
        if p.find(f"{w('pPr')}/{w('pStyle')}") is not None
    }
    assert used <= set(kontum_docx._styles)


def test_the_standard_is_recorded_in_the_properties(kontum, kontum_docx):
    custom = kontum_docx.xml("docProps/custom.xml")
    values = {p.get("name"): "".join(p.itertext()) for p in custom}
    assert values[STANDARD_PROPERTY] == "nd30-2020"
    tt01 = Docx(docx_bytes(kontum, "tt01-2011")).xml("docProps/custom.xml")
    assert {p.get("name"): "".join(p.itertext()) for p in tt01}[STANDARD_PROPERTY] == "tt01-2011"
    core = kontum_docx.zip.read("docProps/core.xml").decode()
    assert "2018-10-01T00:00:00Z" in core and "Ủy ban nhân dân tỉnh Kon Tum" in core


def test_output_is_deterministic_and_lean(kontum, rich):
    first, second = docx_bytes(kontum), docx_bytes(kontum)
    assert first == second
    assert len(first) < 20 * 1024
    assert docx_bytes(rich) == docx_bytes(rich)
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert package.namelist()[0] == "[Content_Types].xml"


def test_python_docx_opens_the_file(kontum, tmp_path):
    import docx

    path = tmp_path / "k.docx"
    vn.render_docx(kontum, path)
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Yêu cầu các đơn vị" in text
    assert len(document.tables) == 2
    assert document.sections[0].page_width.mm == pytest.approx(210, abs=0.1)


def test_render_to_a_stream_equals_render_to_a_path(kontum, tmp_path):
    stream = io.BytesIO()
    vn.render_docx(kontum, stream)
    vn.render_docx(kontum, tmp_path / "k.docx")
    assert stream.getvalue() == (tmp_path / "k.docx").read_bytes()


def test_house_style_changes_sizes_and_margins_within_range(kontum):
    house = vn.HouseStyle(sizes=(("national_name", 13), ("body", 13)), margins_mm=(("left", 35),))
    docx = Docx(docx_bytes(kontum, house_style=house))
    assert docx.effective(docx.find("CỘNG HÒA")).size == 13
    assert docx.effective(docx.find("Thực hiện")).size == 13
    left = int(docx.body.find(f".//{w('pgMar')}").get(w("left")))
    assert left / TWIPS_PER_MM == pytest.approx(35, abs=0.05)


@pytest.mark.parametrize(
    ("house", "message"),
    [
        ({"sizes": (("national_name", 15),)}, "outside 12–13 pt"),
        ({"margins_mm": (("left", 20),)}, "outside 30–35 mm"),
        ({"sizes": (("nonsense", 12),)}, "unknown components"),
        ({"body_line_spacing": 2.0}, "outside 1–1.5 lines"),
    ],
)
def test_house_style_out_of_range_is_refused(kontum, house, message):
    with pytest.raises(vn.InputError, match=message):
        docx_bytes(kontum, house_style=vn.HouseStyle(**house))


def test_bad_input_to_the_renderer(kontum, tmp_path):
    with pytest.raises(vn.InputError, match="document must be a document model"):
        vn.render_docx({"type": "cong_van"}, tmp_path / "x.docx")  # type: ignore[arg-type]
    with pytest.raises(vn.InputError, match="unknown standard"):
        vn.render_docx(kontum, tmp_path / "x.docx", standard="nd99")
    with pytest.raises(vn.InputError, match="does not exist"):
        vn.render_docx(kontum, tmp_path / "absent" / "x.docx")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda doc, tmp: vn.render_docx("string", tmp / "x.docx"), "document"),
        (lambda doc, tmp: vn.render_docx(None, tmp / "x.docx"), "document"),
        (lambda doc, tmp: vn.render_docx(doc, 123), "target"),
        (lambda doc, tmp: vn.render_docx(doc, None), "target"),
        (lambda doc, tmp: vn.render_docx(doc, ""), "target"),
        (lambda doc, tmp: vn.render_docx(doc, "a\x00b.docx"), "target"),
        (lambda doc, tmp: vn.render_docx(doc, tmp / "x.docx", standard=30), "standard"),
        (lambda doc, tmp: vn.render_docx(doc, tmp / "x.docx", house_style={}), "house_style"),
        (lambda doc, tmp: vn.render_text(None), "document"),
        (lambda doc, tmp: vn.render_text("string"), "document"),
        (lambda doc, tmp: vn.convert_to_pdf(123, tmp / "x.pdf"), "docx"),
        (lambda doc, tmp: vn.convert_to_pdf(tmp / "x.docx", None), "pdf"),
        (lambda doc, tmp: vn.convert_to_pdf(tmp / "absent.docx", tmp / "x.pdf"), "docx"),
        (lambda doc, tmp: vn.convert_to_pdf(tmp, tmp / "x.pdf"), "docx"),
    ],
)
def test_wrong_arguments_are_input_errors_naming_the_argument(kontum, tmp_path, call, argument):
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(vn.InputError, match=rf"\b{argument}\b"):
        call(kontum, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.docx"]


def test_unwritable_targets_are_our_errors_naming_the_file(kontum, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises((vn.InputError, vn.RenderError), match="folder"):
        vn.render_docx(kontum, folder)
    with pytest.raises(vn.InputError, match="absent"):
        vn.convert_to_pdf(tmp_path / "absent.docx", tmp_path / "x.pdf")
    docx = tmp_path / "k.docx"
    vn.render_docx(kontum, docx)
    with pytest.raises(vn.InputError, match="does not exist"):
        vn.convert_to_pdf(docx, tmp_path / "absent" / "k.pdf")
    with pytest.raises(vn.InputError, match="a folder"):
        vn.convert_to_pdf(docx, folder)


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root writes into read-only folders",
)
def test_read_only_folder_is_a_render_error(kontum, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(vn.RenderError, match="ro"):
            vn.render_docx(kontum, folder / "k.docx")
    finally:
        folder.chmod(0o700)


def test_a_failing_stream_is_a_render_error(kontum):
    stream = io.BytesIO()
    stream.close()
    with pytest.raises(vn.RenderError, match="render_docx"):
        vn.render_docx(kontum, stream)


def test_a_failed_render_leaves_the_previous_file_untouched(kontum, tmp_path, monkeypatch):
    target = tmp_path / "k.docx"
    target.write_bytes(b"previous")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("vnadmin_docs.ooxml.build.zipfile.ZipInfo", explode)
    with pytest.raises(RuntimeError):
        vn.render_docx(kontum, target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["k.docx"]


def test_a_standard_without_spacings_stamps_or_appendix_rule_still_renders(rich):
    """A caller's own Standard built before these rows existed lays out with fallbacks."""
    import dataclasses

    bare = dataclasses.replace(
        ND30,
        id="bare",
        spacings=(),
        stamps=(),
        rules=tuple(r for r in ND30.rules if r.key in ("motto_rule", "agency_rule", "subject_rule")),
        _index={},
    )
    docx = Docx(docx_bytes(rich, bare))
    assert docx.find("KHẨN") is not None and docx.find("Phụ lục I") is not None
