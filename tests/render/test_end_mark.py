"""The end mark (dấu kết thúc) after a text that ends with a full stop: ``…này./.``.

The decree's samples and real files print the text's own full stop as the first character
of ``./.``; the writers never print ``…này../.``. A text without a final stop gets the whole
mark, and a heading or a table the mark on a line of its own, as before. Our own .docx
files record in the hidden property that the stop was shared (``end_mark.shared``,
``attachments.end_mark.shared``), so they read back exactly; a file without that record
reads ``…này./.`` as the text ``…này`` and the mark ``./.``. Plain text cannot tell the two
apart and reads ``…này`` (see ``tests/read/test_text_reader.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import vnadmin_docs as vn
from tests.support.docx_xml import Docx
from tests.validate import builders as b
from vnadmin_docs.read.text import read_text
from vnadmin_docs.render.docx import HIDDEN_PROPERTY, docx_bytes

FORMS = Path(__file__).resolve().parents[2] / "examples" / "forms"
CUS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


def _para(text: str) -> vn.Paragraph:
    return vn.Paragraph.model_validate(text)


def _ending(stop: bool, text: str = "Đề nghị các đơn vị thực hiện") -> str:
    return text + "." if stop else text


def dispatch(stop: bool) -> vn.OfficialDispatch:
    kontum = b.kontum_model()
    return kontum.model_copy(update={"body": (*kontum.body[:-1], _para(_ending(stop)))})


def typed(stop: bool) -> vn.Document:
    document = vn.load(FORMS / "ban_sao_y.yaml")  # a TypedDocument with a copy's block after
    assert isinstance(document, vn.TypedDocument)
    return document.model_copy(update={"body": (*document.body[:-1], _para(_ending(stop)))})


def decision(stop: bool) -> vn.Decision:
    """The example quyết định: its last article ends with ``stop``, its issued text too."""
    document = vn.load(FORMS / "quyet_dinh.yaml")
    assert isinstance(document, vn.Decision)
    last = document.articles[-1]
    text = _ending(stop, last.text.rstrip(".") if last.text else "Thi hành")
    issued = document.attachments[0]
    attachment = issued.model_copy(
        update={"body": (*issued.body[:-1], _para(_ending(stop))), "end_mark": "./."}
    )
    return document.model_copy(
        update={
            "articles": (*document.articles[:-1], last.model_copy(update={"text": text})),
            "attachments": (attachment,),
        }
    )


def printed_marks(data: bytes) -> list[str]:
    """The paragraphs of ``word/document.xml`` that print an end mark, as printed."""
    docx = Docx(data)
    return [text for p in docx.paragraphs() if "/." in (text := Docx.text(p))]


def hidden(data: bytes) -> dict[str, Any]:
    root = Docx(data).xml("docProps/custom.xml")
    for prop in root.iter(f"{CUS}property"):
        if prop.get("name") == HIDDEN_PROPERTY:
            value: dict[str, Any] = json.loads("".join(prop.itertext()))
            return value
    raise AssertionError("no hidden property")


def without_shared_record(data: bytes) -> bytes:
    """``data`` as a file that does not record a shared stop (an older writer's, say)."""

    def drop(root: etree._Element) -> None:
        for prop in root.iter(f"{CUS}property"):
            if prop.get("name") == HIDDEN_PROPERTY:
                value = prop[0]
                fields = json.loads(value.text or "{}")
                fields.pop("end_mark.shared", None)
                fields.pop("attachments.end_mark.shared", None)
                value.text = json.dumps(fields, ensure_ascii=False)

    return b.edit(data, drop, part="docProps/custom.xml")


# ----------------------------------------------------------------------------- printing


def test_a_body_ending_with_a_stop_shares_it_with_the_mark():
    data = docx_bytes(dispatch(stop=True))
    assert printed_marks(data) == ["Đề nghị các đơn vị thực hiện./."]
    assert hidden(data).get("end_mark.shared") is True


def test_a_body_without_a_final_stop_gets_the_whole_mark():
    data = docx_bytes(dispatch(stop=False))
    assert printed_marks(data) == ["Đề nghị các đơn vị thực hiện./."]
    assert "end_mark.shared" not in hidden(data)


def test_trailing_spaces_before_a_shared_stop_go():
    document = vn.load(FORMS / "quyet_dinh.yaml")
    assert isinstance(document, vn.Decision)
    last = document.articles[-1].model_copy(update={"text": "Thi hành Quyết định này.  "})
    data = docx_bytes(document.model_copy(update={"articles": (*document.articles[:-1], last)}))
    assert printed_marks(data)[0] == "Điều 3. Thi hành Quyết định này./."  # then the quy chế's


def test_a_stop_in_its_own_run_is_shared_across_runs():
    runs = (vn.Run(text="Đề nghị các đơn vị thực hiện"), vn.Run(text=".", bold=True))
    kontum = b.kontum_model()
    document = kontum.model_copy(update={"body": (*kontum.body[:-1], vn.Paragraph(runs=runs))})
    data = docx_bytes(document)
    assert printed_marks(data) == ["Đề nghị các đơn vị thực hiện./."]
    assert vn.read(data).document == document


@pytest.mark.parametrize("stop", [True, False])
def test_a_decision_ending_on_an_article(stop):
    data = docx_bytes(decision(stop))
    marks = printed_marks(data)
    assert len(marks) == 2  # the articles', the issued text's
    assert marks[0].startswith("Điều 3. ") and marks[0].endswith("Quyết định này./.")
    assert marks[1] == "Đề nghị các đơn vị thực hiện./."
    assert not any("../." in mark for mark in marks)
    fields = hidden(data)
    assert fields.get("end_mark.shared") is (True if stop else None)
    assert fields.get("attachments.end_mark.shared") == ([True] if stop else None)


def test_a_giay_gioi_thieu_ends_on_its_generated_line():
    """Its last line (``Giấy này có giá trị đến hết ngày …``) has no stop: the whole mark."""
    document = vn.load(FORMS / "giay_gioi_thieu.yaml")
    document = document.model_copy(update={"body": (_para("Đề nghị Quý cơ quan hỗ trợ."),)})
    data = docx_bytes(document)
    assert printed_marks(data) == ["Giấy này có giá trị đến hết ngày 31 tháng 12 năm 2026./."]
    assert "end_mark.shared" not in hidden(data)
    assert vn.read(data).document == document


def test_a_form_line_ending_with_a_stop_shares_it():
    document = vn.load(FORMS / "giay_moi.yaml")
    assert isinstance(document, vn.Invitation)
    document = document.model_copy(update={"body": (), "place": "Hội trường Sở Nội vụ, tầng 2."})
    data = docx_bytes(document)
    assert printed_marks(data) == ["Địa điểm: Hội trường Sở Nội vụ, tầng 2./."]
    assert vn.read(data).document == document


def test_an_attachment_ending_with_a_stop_shares_it():
    kontum = b.kontum_model()
    outline = kontum.attachments[0].model_copy(update={"end_mark": "./."})
    document = kontum.model_copy(update={"attachments": (outline,)})
    data = docx_bytes(document)
    marks = printed_marks(data)
    # the outline ends on a list item that ends with a stop
    assert marks[-1].endswith("điển hình tiên tiến trong Phong trào thi đua./.")
    assert not any("../." in mark for mark in marks)
    assert hidden(data).get("attachments.end_mark.shared") == [True]
    assert vn.read(data).document == document


def test_a_heading_or_table_still_gets_the_mark_on_its_own_line():
    kontum = b.kontum_model()
    table = vn.Table(rows=(("STT", "Nội dung."), ("1", "Khai mạc.")))
    document = kontum.model_copy(update={"body": (*kontum.body, table)})
    data = docx_bytes(document)
    assert printed_marks(data) == ["./."]
    assert vn.read(data).document == document


# ----------------------------------------------------------------------------- reading back


@pytest.mark.parametrize("stop", [True, False], ids=["stop", "no-stop"])
@pytest.mark.parametrize("make", [dispatch, typed, decision])
def test_docx_round_trip(make, stop):
    document = make(stop)
    assert vn.read(docx_bytes(document)).document == document


def test_a_file_without_the_record_reads_the_stop_as_the_marks():
    """Today's reading of a file we did not write: ``…hiện./.`` is ``…hiện`` and ``./.``."""
    data = without_shared_record(docx_bytes(dispatch(stop=True)))
    document = vn.read(data).document
    assert document == dispatch(stop=False)
    assert document.end_mark == "./."


def test_a_decision_without_the_record_reads_the_stop_as_the_marks():
    data = without_shared_record(docx_bytes(decision(stop=True)))
    got = vn.read(data).document
    assert isinstance(got, vn.Decision)
    assert got == decision(stop=False)


def test_plain_text_shares_the_stop_and_reads_the_text_without_it():
    text = vn.render_text(dispatch(stop=True))
    assert "Đề nghị các đơn vị thực hiện./." in text and "../." not in text
    assert read_text(text).document == dispatch(stop=False)  # the limit of plain text
    assert read_text(vn.render_text(dispatch(stop=False))).document == dispatch(stop=False)


def test_plain_text_of_a_decision_and_its_attachment():
    text = vn.render_text(decision(stop=True))
    assert "Quyết định này./." in text and "Đề nghị các đơn vị thực hiện./." in text
    assert "../." not in text
