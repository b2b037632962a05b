"""read(render(model)) == model, for the examples and for models hypothesis makes up."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import vnadmin_docs as vn
from tests.models.test_partial_date import partial_dates
from tests.read.test_text_reader import nests  # the readers' nesting rule, written once
from tests.validate import builders as b
from vnadmin_docs.ooxml import mm_to_twips
from vnadmin_docs.read.docx import read_docx_document
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.render.tables import as_read

WORDS = ["Sở", "Tài", "chính", "Ủy", "ban", "nhân", "dân", "tỉnh", "Kon", "Tum", "Hà", "Nội",
         "kế", "hoạch", "triển", "khai", "thực", "hiện", "nông", "thôn", "mới", "báo", "cáo",
         "đề", "nghị", "năm", "2025", "các", "đơn", "vị", "phối", "hợp", "“Đổi", "mới”", "&", "<b>"]  # fmt: skip
UNITS = ["Sở Tài chính", "Sở Nội vụ", "Bộ Tài chính", "Ủy ban nhân dân tỉnh Kon Tum",
         "Văn phòng Chính phủ", "Sở Giáo dục và Đào tạo"]  # fmt: skip
PLACES = ["Kon Tum", "Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Lâm Đồng"]
TITLES = ["GIÁM ĐỐC", "CHỦ TỊCH", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"]

text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
# texts as users type them: spaces around (the model strips them: a canonical form), a very
# long word, a line break inside
loose_text = st.one_of(
    text,
    st.tuples(
        st.sampled_from(["", " ", "  ", "\n"]), text, st.sampled_from(["", " ", "\t", "\n"])
    ).map("".join),
    st.just("x" * 300),
    st.tuples(text, text).map("\n".join),
)
upper_line = st.lists(st.sampled_from(["SỞ", "TÀI", "CHÍNH", "ỦY", "BAN", "NHÂN", "DÂN",
                                       "TỈNH", "KON", "TUM", "BỘ", "NỘI", "VỤ"]),
                      min_size=1, max_size=5).map(" ".join)  # fmt: skip
run = st.tuples(loose_text, st.booleans(), st.booleans(), st.booleans()).map(
    lambda t: vn.Run(text=t[0], bold=t[1], italic=t[2], underline=t[3]))  # fmt: skip
runs = st.lists(run, min_size=1, max_size=3)
paragraph = st.tuples(runs, st.sampled_from([None, vn.Align.CENTER, vn.Align.RIGHT])).map(
    lambda t: vn.Paragraph(runs=t[0], align=t[1]))  # fmt: skip


@st.composite
def list_block(draw: st.DrawFn, styles: tuple[vn.ListStyle, ...],
               ancestors: tuple[vn.ListStyle, ...] = ()) -> vn.ListBlock:  # fmt: skip
    """A list nested to any depth the nesting rule allows (one sub-list per item)."""
    style = draw(st.sampled_from(styles))
    start = draw(st.integers(1, 3)) if style.numbered and not ancestors else 1
    items = []
    for _ in range(draw(st.integers(1, 3))):
        allowed = tuple(s for s in vn.ListStyle if nests(s, style) and s not in (*ancestors, style))
        children = []
        if allowed and len(ancestors) < 4 and draw(st.integers(0, 2)) == 0:
            children.append(draw(list_block(allowed, (*ancestors, style))))
        items.append(vn.ListItem(runs=draw(runs), blocks=children))
    return vn.ListBlock(style=style, start=start, items=items)


numbered = list_block(tuple(vn.ListStyle))
heading = st.one_of(
    st.tuples(st.sampled_from(["part", "chapter"]), st.sampled_from(["I", "II", "IV"]), text).map(
        lambda t: vn.Heading(level=t[0], number=t[1], title=t[2])),
    st.tuples(st.sampled_from(["1", "2", "12"]), st.one_of(st.none(), text)).map(
        lambda t: vn.Heading(level="article", number=t[0], title=t[1])),
    st.tuples(st.sampled_from(["clause", "point"]), st.one_of(st.none(), text)).map(
        lambda t: vn.Heading(level=t[0], number="2" if t[0] == "clause" else "b", title=t[1])),
)  # fmt: skip
table = st.tuples(st.integers(1, 3).flatmap(
    lambda n: st.lists(st.lists(st.one_of(text, st.just("")), min_size=n, max_size=n).filter(
        any), min_size=1, max_size=3)),  # an empty cell, not an empty row (read back: TODO)
    st.integers(0, 1)).map(lambda t: vn.Table(rows=t[0], header_rows=min(t[1], len(t[0]))))  # fmt: skip


_PAGE = vn.standards.get().page
PORTRAIT = mm_to_twips(_PAGE.width_mm - _PAGE.left_mm.default - _PAGE.right_mm.default)
LANDSCAPE = mm_to_twips(_PAGE.height_mm - _PAGE.left_mm.default - _PAGE.right_mm.default)
aligns = st.sampled_from([None, vn.Align.LEFT, vn.Align.CENTER, vn.Align.RIGHT, vn.Align.JUSTIFY])


@st.composite
def rich_table(draw: st.DrawFn, available: int = PORTRAIT) -> vn.Table:
    """A table with merged cells, columns, numbering and borders, as reading gives it back.

    The cells are laid on a grid: each free place opens a cell spanning what is free to
    its right and below (never from the heading rows into the body). The model is then put
    through :func:`as_read` for the text width it stands in (widths in millimetres).
    """
    count, width = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    header_rows = draw(st.integers(0, count))
    taken = [[False] * width for _ in range(count)]
    rows: list[list[str | vn.TableCell]] = [[] for _ in range(count)]
    for r in range(count):
        for c in range(width):
            if taken[r][c]:
                continue
            free = next((k for k in range(c, width) if taken[r][k]), width) - c
            bottom = header_rows if r < header_rows else count
            colspan = draw(st.integers(1, min(3, free)))
            rowspan = draw(st.integers(1, min(3, bottom - r)))
            if any(taken[rr][cc] for rr in range(r, r + rowspan) for cc in range(c, c + colspan)):
                rowspan = 1
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    taken[rr][cc] = True
            words = draw(st.one_of(text, st.just("")))
            bold = draw(st.sampled_from([None, True, False])) if words else None
            rows[r].append(vn.TableCell(text=words, colspan=colspan, rowspan=rowspan,
                                        align=draw(aligns), bold=bold))  # fmt: skip
    first = next(cell for row in rows for cell in row)
    if isinstance(first, vn.TableCell) and not first.text:
        first_row = next(row for row in rows if row)
        first_row[0] = first.model_copy(update={"text": "Tổng"})  # a table needs text
    numbered = count > header_rows and draw(st.booleans())
    columns: list[vn.TableColumn] = []
    if draw(st.booleans()):
        widths = st.one_of(st.none(), st.integers(80, 400).map(lambda w: w / 10),
                           st.sampled_from(["1*", "2*", "3*"]))  # fmt: skip
        columns = [vn.TableColumn(width=draw(widths), align=draw(aligns)) for _ in range(width)]
        if numbered:
            label = draw(st.sampled_from([None, "TT"]))
            columns.insert(0, vn.TableColumn(stt=True, header=label))
    table = vn.Table(
        rows=rows, header_rows=header_rows, columns=columns, numbered=numbered,
        borders=draw(st.sampled_from(list(vn.TableBorders))),
    )  # fmt: skip
    return as_read(table, available)


block = st.one_of(paragraph, numbered, heading, table, rich_table())


def _body(blocks: list[vn.Block], closing: bool = True) -> list[vn.Block]:
    """Canonical bodies, the shapes a page can tell apart.

    Two lists in a row print as one list, so a paragraph stands between them. With
    ``closing``, the body ends with a paragraph (as every template does), else it may end
    with a list, a heading or a table.
    """
    out: list[vn.Block] = []
    for item in blocks:
        if out and isinstance(out[-1], vn.ListBlock) and isinstance(item, vn.ListBlock):
            out.append(vn.Paragraph.model_validate("Đoạn nối"))
        out.append(item)
    if closing and not isinstance(out[-1], vn.Paragraph):
        out.append(vn.Paragraph.model_validate("Đề nghị thực hiện"))
    return out


addressee = st.tuples(text, st.one_of(st.none(), st.sampled_from(["b/c", "t/h"]))).map(
    lambda t: vn.Addressee(name=t[0], purpose=t[1]))  # fmt: skip


@st.composite
def dispatches(draw: st.DrawFn) -> vn.OfficialDispatch:
    name = draw(st.sampled_from(UNITS))
    agency = vn.Agency(
        name=name,
        lines=draw(st.one_of(st.none(), st.lists(upper_line, min_size=1, max_size=2))),
        parent=draw(st.one_of(st.none(), st.tuples(st.sampled_from(UNITS), st.lists(
            upper_line, min_size=1, max_size=2)).map(lambda t: vn.ParentAgency(name=t[0], lines=t[1])))),
        abbreviation=draw(st.sampled_from([None, "STC", "UBND"])),
        place=draw(st.sampled_from(PLACES)),
        identifier=draw(st.one_of(st.none(), st.just("000.00.12.H34"))),
    )  # fmt: skip
    serial = draw(st.one_of(st.none(), st.integers(1, 9999)))
    number = vn.DocumentNumber(
        serial=serial, notation=draw(st.sampled_from(["STC-NS", "UBND-VX", "BNV-VP"]))
    )
    lines = [vn.TitleLine(authority=draw(st.sampled_from([None, vn.Authority.KT, vn.Authority.TL])),
                          title=draw(st.sampled_from(TITLES)))]  # fmt: skip
    if lines[0].authority is vn.Authority.KT:
        lines.append(vn.TitleLine(title="PHÓ " + lines[0].title))
    archive = draw(st.sampled_from([(), ("VT",), ("VT", "NS")]))
    return vn.OfficialDispatch(
        agency=agency,
        number=number,
        date=draw(st.one_of(st.none(), st.dates(date(2020, 3, 5), date(2030, 12, 31)),
                            partial_dates)),  # a draft's date with blanks too
        subject=draw(st.lists(text, min_size=1, max_size=3)),
        recipients=draw(st.lists(addressee, min_size=1, max_size=3)),
        body=_body(draw(st.lists(block, min_size=1, max_size=5)), draw(st.booleans())),
        end_mark=draw(st.sampled_from(["./.", None])),
        signature=vn.SignatureBlock(
            lines=lines,
            signer=draw(st.sampled_from(["Nguyễn Văn A", "Trần Thị Bình"])),
            seal=draw(st.booleans()),
            digital_signature=draw(st.booleans()),
        ),
        distribution=vn.Distribution(
            entries=draw(st.lists(addressee, max_size=3)),
            archive=archive,
            archive_copies=draw(st.one_of(st.none(), st.integers(1, 5))) if archive else None,
            drafter=draw(st.one_of(st.none(), st.just("NVA"))),
            copies=draw(st.one_of(st.none(), st.integers(1, 300))),
        ),
        marks=vn.Marks(
            urgency=draw(st.sampled_from([None, "KHẨN", "HOẢ TỐC"])),
            circulation=draw(st.sampled_from([None, "XEM XONG TRẢ LẠI"])),
        ),
        attachments=draw(
            st.lists(
                st.one_of(
                    st.tuples(
                        st.sampled_from([vn.AttachmentKind.OUTLINE, vn.AttachmentKind.APPENDIX]),
                        st.sampled_from([None, "Phụ lục I"]),
                        st.lists(upper_line, min_size=1, max_size=2),
                        st.lists(paragraph, min_size=1, max_size=2),
                    ).map(lambda t: vn.Attachment(kind=t[0], label=t[1], title=t[2], body=t[3])),
                    st.tuples(  # a wide phụ lục: a table on a landscape page
                        st.lists(upper_line, min_size=1, max_size=2),
                        rich_table(LANDSCAPE),
                        st.lists(paragraph, max_size=1),
                    ).map(
                        lambda t: vn.Attachment(
                            label="Phụ lục II", title=t[0], body=[t[1], *t[2]], landscape=True
                        )
                    ),
                ),
                max_size=2,
            )
        ),
    )


def test_the_examples_round_trip():
    for model in (b.kontum_model(), b.rich_model(), b.compliant_model()):
        assert read_docx_document(docx_bytes(model)).document == model


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dispatches())
def test_any_dispatch_round_trips(model: vn.OfficialDispatch):
    reading = read_docx_document(docx_bytes(model))
    assert reading.document == model


# ----------------------------------------------------------------------------- examples (issue 11)

_BASE = {
    "agency": {"name": "Sở Nội vụ", "place": "Kon Tum"}, "date": "2026-12-01",
    "subject": ["Công tác văn thư năm 2026"],
    "signature": {"lines": ["GIÁM ĐỐC"], "signer": "Phạm Văn D"},
}  # fmt: skip
_NESTED = vn.ListBlock(style=vn.ListStyle.DECIMAL, items=[
    vn.ListItem(text="Về tổ chức thực hiện:", blocks=[vn.ListBlock(
        style=vn.ListStyle.LETTER,
        items=[vn.ListItem(text="Sở Tài chính chủ trì;"), vn.ListItem(text="Sở Nội vụ phối hợp.")],
    )]),
    vn.ListItem(text="Về kinh phí."),
])  # fmt: skip


def test_a_numbered_item_with_lettered_items_under_it_comes_back_nested():
    for body in ([vn.Paragraph(text="Mở đầu."), _NESTED, vn.Paragraph(text="Kết thúc.")],
                 [_NESTED]):  # fmt: skip
        for kind, notation in (("bao_cao", "BC-SNV"), ("ke_hoach", "KH-SNV")):
            model = vn.TypedDocument.model_validate(
                {**_BASE, "type": kind, "number": f"12/{notation}", "body": body}
            )
            reading = read_docx_document(docx_bytes(model))
            assert reading.document == model
            nested = next(b for b in reading.document.body if b.kind == "list")
            assert nested.items[0].blocks[0].style is vn.ListStyle.LETTER
    dispatch = b.kontum_model()
    dispatch = dispatch.model_copy(update={"body": (*dispatch.body, _NESTED)})
    assert read_docx_document(docx_bytes(dispatch)).document == dispatch


def test_the_end_mark_after_the_last_article_stays_the_end_mark():
    model = vn.Decision.model_validate({
        **_BASE, "number": "12/QĐ-SNV",
        "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương;"],
        "articles": [
            {"text": "Ban hành kèm theo Quyết định này Quy chế công tác văn thư."},
            {"title": "Tổ chức thực hiện", "clauses": [
                {"text": "Sở Nội vụ:", "points": ["chủ trì;", "báo cáo."]},
                {"text": "Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này."}]},
        ],
    })  # fmt: skip
    reading = read_docx_document(docx_bytes(model))
    assert reading.document == model
    assert reading.document.end_mark == "./."
    assert reading.document.articles[-1].clauses[-1].text.endswith("Quyết định này.")
    for body in ([vn.Heading(level="article", number="2", title="Hiệu lực thi hành")],
                 [vn.Heading(level="article", number="1", title=None),
                  vn.Paragraph(text="Quy chế này có hiệu lực từ ngày ký.")]):  # fmt: skip
        typed = vn.TypedDocument.model_validate(
            {**_BASE, "type": "quy_che", "number": "12/QC-SNV", "body": body}
        )
        reading = read_docx_document(docx_bytes(typed))
        assert reading.document == typed and reading.document.end_mark == "./."


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _without(data: bytes, drop: Callable[[str], bool], *, resaved: bool = True) -> bytes:
    """Our file with the paragraphs ``drop`` names taken out; with ``resaved``, as Word saves
    it again (our properties gone, Word as the application)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as package, zipfile.ZipFile(out, "w") as target:
        for item in package.infolist():
            content = package.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(content)
                for p in list(root.iter(f"{{{W}}}p")):
                    if drop("".join(t.text or "" for t in p.iter(f"{{{W}}}t"))):
                        p.getparent().remove(p)
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            elif item.filename == "docProps/custom.xml" and resaved:
                content = re.sub(rb"<property[^>]*>.*?</property>", b"", content, flags=re.S)
            elif item.filename == "docProps/app.xml" and resaved:
                content = re.sub(rb"<Application>.*?</Application>",
                                 b"<Application>Microsoft Office Word</Application>", content)  # fmt: skip
            target.writestr(item, content)
    return out.getvalue()


def test_a_giay_moi_without_trich_yeu_is_read_with_the_subject_left_blank():
    model = vn.load(Path(__file__).parents[2] / "examples" / "forms" / "giay_moi.yaml")
    assert isinstance(model, vn.Invitation)
    subject = model.subject
    data = _without(docx_bytes(model), lambda text: text in subject)
    reading = read_docx_document(data)
    document = reading.document
    assert isinstance(document, vn.Invitation)
    assert document.subject == ("…",)  # the model needs a trích yếu: left to be filled in
    assert (document.invitee, document.event, document.time) == (
        model.invitee, model.event, model.time)  # fmt: skip
    assert "subject: no trích yếu under the type name" in "\n".join(reading.notes)
    with pytest.raises(vn.ReadError, match="no subject"):  # our own file: not silently
        read_docx_document(_without(docx_bytes(model), lambda t: t in subject, resaved=False))
