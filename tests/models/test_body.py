import pytest

import vnadmin_docs as vn
from vnadmin_docs.models.body import roman, vietnamese_letter


def test_plain_strings_are_paragraphs():
    item = vn.ListItem.model_validate({"text": "x", "blocks": ["a paragraph"]})
    assert isinstance(item.blocks[0], vn.Paragraph)
    assert item.blocks[0].text == "a paragraph"


@pytest.mark.parametrize(
    ("style", "start", "expected"),
    [
        ("decimal", 1, ("1.", "2.", "3.")),
        ("letter", 4, ("d)", "đ)", "e)")),
        ("roman", 3, ("III.", "IV.", "V.")),
        ("dash", 1, ("-", "-", "-")),
        ("plus", 1, ("+", "+", "+")),
        ("star", 1, ("*", "*", "*")),
    ],
)
def test_list_markers(style, start, expected):
    block = vn.ListBlock(style=style, start=start, items=["a", "b", "c"])
    assert block.markers() == expected


def test_lists_nest_to_any_depth():
    data: dict = {"kind": "list", "items": ["leaf"]}
    for _ in range(6):
        data = {"kind": "list", "style": "letter", "items": [{"text": "x", "blocks": [data]}]}
    block = vn.ListBlock.model_validate(data)
    depth = 0
    while block.items[0].blocks:
        block = block.items[0].blocks[0]
        depth += 1
    assert depth == 6


def test_vietnamese_letters_skip_f_j_w_z():
    letters = [vietnamese_letter(i) for i in range(1, 24)]
    assert "đ" in letters and not {"f", "j", "w", "z"} & set(letters)
    with pytest.raises(ValueError, match="điểm"):
        vietnamese_letter(24)


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994)] == [
        "I", "IV", "IX", "XIV", "XL", "XC", "CD", "MCMXCIV",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("level", "number", "label"),
    [
        ("part", "I", "Phần I"),
        ("chapter", "II", "Chương II"),
        ("section", "1", "Mục 1"),
        ("subsection", "2", "Tiểu mục 2"),
        ("article", "3", "Điều 3."),
        ("clause", "4", "4."),
        ("point", "đ", "đ)"),
    ],
)
def test_heading_labels(level, number, label):
    assert vn.Heading(level=level, number=number, title="x").label == label


def test_runs_keep_formatting_and_dump_keeps_block_kind():
    paragraph = vn.Paragraph(runs=[vn.Run(text="Điều 1. ", bold=True), vn.Run(text="Nội dung")])
    assert paragraph.text == "Điều 1. Nội dung"
    assert paragraph.model_dump(exclude_defaults=True)["kind"] == "paragraph"


def test_table_rows_must_be_rectangular():
    table = vn.Table(rows=[["STT", "Nội dung"], ["1", "Báo cáo"]], header_rows=1)
    assert table.rows[1] == ("1", "Báo cáo")
    with pytest.raises(ValueError, match="row 2 has 1 cells"):
        vn.Table(rows=[["a", "b"], ["c"]])
