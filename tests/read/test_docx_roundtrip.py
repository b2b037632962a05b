"""read(render(model)) == model, for the examples and for models hypothesis makes up."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnadmin_docs as vn
from tests.read.test_text_reader import nests  # the readers' nesting rule, written once
from tests.validate import builders as b
from vnadmin_docs.read.docx import read_docx_document
from vnadmin_docs.render.docx import docx_bytes

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
    st.tuples(st.sampled_from(["", " ", "  ", "\n"]), text, st.sampled_from(["", " ", "\t", "\n"])).map("".join),
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
block = st.one_of(paragraph, numbered, heading, table)


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
        date=draw(st.one_of(st.none(), st.dates(date(2020, 3, 5), date(2030, 12, 31)))),
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
                st.tuples(
                    st.sampled_from(list(vn.AttachmentKind)),
                    st.sampled_from([None, "Phụ lục I"]),
                    st.lists(upper_line, min_size=1, max_size=2),
                    st.lists(paragraph, min_size=1, max_size=2),
                ).map(lambda t: vn.Attachment(kind=t[0], label=t[1], title=t[2], body=t[3])),
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
