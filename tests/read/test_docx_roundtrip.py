"""read(render(model)) == model, for the examples and for models hypothesis makes up."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnadmin_docs as vn
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
upper_line = st.lists(st.sampled_from(["SỞ", "TÀI", "CHÍNH", "ỦY", "BAN", "NHÂN", "DÂN",
                                       "TỈNH", "KON", "TUM", "BỘ", "NỘI", "VỤ"]),
                      min_size=1, max_size=5).map(" ".join)  # fmt: skip
run = st.tuples(text, st.booleans(), st.booleans(), st.booleans()).map(
    lambda t: vn.Run(text=t[0], bold=t[1], italic=t[2], underline=t[3]))  # fmt: skip
runs = st.lists(run, min_size=1, max_size=3)
paragraph = st.tuples(runs, st.sampled_from([None, vn.Align.CENTER, vn.Align.RIGHT])).map(
    lambda t: vn.Paragraph(runs=t[0], align=t[1]))  # fmt: skip
simple_item = runs.map(lambda r: vn.ListItem(runs=r))
bullets = st.tuples(st.sampled_from([vn.ListStyle.DASH, vn.ListStyle.STAR]),
                    st.lists(simple_item, min_size=1, max_size=3)).map(
    lambda t: vn.ListBlock(style=t[0], items=t[1]))  # fmt: skip
item = st.tuples(runs, st.lists(bullets, max_size=1)).map(
    lambda t: vn.ListItem(runs=t[0], blocks=t[1]))  # fmt: skip
numbered = st.tuples(st.sampled_from([vn.ListStyle.DECIMAL, vn.ListStyle.LETTER]),
                     st.integers(1, 3), st.lists(item, min_size=1, max_size=3)).map(
    lambda t: vn.ListBlock(style=t[0], start=t[1], items=t[2]))  # fmt: skip
heading = st.one_of(
    st.tuples(st.sampled_from(["part", "chapter"]), st.sampled_from(["I", "II", "IV"]), text).map(
        lambda t: vn.Heading(level=t[0], number=t[1], title=t[2])),
    st.tuples(st.sampled_from(["1", "2", "12"]), st.one_of(st.none(), text)).map(
        lambda t: vn.Heading(level="article", number=t[0], title=t[1])),
)  # fmt: skip
table = st.tuples(st.integers(1, 3).flatmap(
    lambda n: st.lists(st.lists(text, min_size=n, max_size=n), min_size=1, max_size=3)),
    st.integers(0, 1)).map(lambda t: vn.Table(rows=t[0], header_rows=min(t[1], len(t[0]))))  # fmt: skip
block = st.one_of(paragraph, numbered, heading, table)


def _body(blocks: list[vn.Block]) -> list[vn.Block]:
    """Canonical bodies, the shapes a page can tell apart.

    Two lists in a row print as one list, so a paragraph stands between them; the end mark
    "./." follows the closing paragraph, so the body ends with one (as every template does).
    """
    out: list[vn.Block] = []
    for item in blocks:
        if out and isinstance(out[-1], vn.ListBlock) and isinstance(item, vn.ListBlock):
            out.append(vn.Paragraph.model_validate("Đoạn nối"))
        out.append(item)
    if not isinstance(out[-1], vn.Paragraph):
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
        body=_body(draw(st.lists(block, min_size=1, max_size=5))),
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


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dispatches())
def test_any_dispatch_round_trips(model: vn.OfficialDispatch):
    reading = read_docx_document(docx_bytes(model))
    assert reading.document == model
