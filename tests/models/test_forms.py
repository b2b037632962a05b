"""The forms of Phụ lục III: each loads from its example and from Vietnamese keys, round-trips,
and refuses bad input with an error naming the field and the rule."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError

import vnadmin_docs as vn
from tests.conftest import REPO
from vnadmin_docs.models import (
    Agency,
    Article,
    Attachment,
    Clause,
    CoIssuer,
    Decision,
    Distribution,
    DocumentCopy,
    Introduction,
    Invitation,
    LeaveCertificate,
    Minutes,
    Point,
    Resolution,
    SignatureBlock,
    Telegram,
    TypedDocument,
)
from vnadmin_docs.serialization import document_from_data

FORMS = REPO / "examples" / "forms"
EXAMPLES = sorted(FORMS.glob("*.yaml"))
NAMES = [path.stem for path in EXAMPLES]

CLASS_OF: dict[str, type[vn.Document]] = {
    "quyet_dinh": Decision,
    "nghi_quyet": Resolution,
    "cong_dien": Telegram,
    "giay_moi": Invitation,
    "giay_gioi_thieu": Introduction,
    "giay_nghi_phep": LeaveCertificate,
    "bien_ban": Minutes,
    "ban_sao_y": TypedDocument,  # a thông báo, copied on paper (Mẫu 3.1)
    "ban_sao_dien_tu": TypedDocument,  # the same, copied electronically (Mẫu 3.2)
    "lien_tich": TypedDocument,  # a kế hoạch of two agencies
}


def example_data(name: str) -> dict[str, Any]:
    """An example's mapping as read from its YAML (dates as strings, as vn.load keeps them)."""
    data = yaml.load((FORMS / f"{name}.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(data, dict)
    return data


def example(name: str) -> vn.Document:
    return vn.load(FORMS / f"{name}.yaml")


def invalid(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The errors of a document's data, each as pydantic gives it (loc, msg, type)."""
    with pytest.raises(ValidationError) as caught:
        document_from_data(data)
    return caught.value.errors(include_url=False)


def only_error(data: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    errors = invalid(data)
    assert len(errors) == 1, errors
    return tuple(errors[0]["loc"]), str(errors[0]["msg"]).removeprefix("Value error, ")


# ------------------------------------------------------------------------ loading examples


def test_every_form_has_an_example():
    assert set(NAMES) == set(CLASS_OF)
    forms = {Decision, Resolution, Telegram, Invitation, Introduction, LeaveCertificate, Minutes}
    assert forms <= set(CLASS_OF.values())


@pytest.mark.parametrize("name", NAMES)
def test_each_example_loads_into_its_class(name):
    document = example(name)
    assert type(document) is CLASS_OF[name]
    assert vn.render_text(document)


def test_the_examples_hold_what_their_forms_show():
    decision = example("quyet_dinh")
    assert isinstance(decision, Decision)
    assert [a.number for a in decision.articles] == [1, 2, 3]
    assert decision.proposal_line == "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh."
    assert decision.enacting_line == "QUYẾT ĐỊNH:"
    issued = decision.attachments[0]
    assert issued.kind is vn.AttachmentKind.ISSUED and issued.type_name == "QUY CHẾ"
    resolution = example("nghi_quyet")
    assert isinstance(resolution, Resolution) and resolution.enacting_line == "QUYẾT NGHỊ:"
    telegram = example("cong_dien")
    assert isinstance(telegram, Telegram)
    assert telegram.addressed_line == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"
    minutes = example("bien_ban")
    assert isinstance(minutes, Minutes) and minutes.place_date_line == ""
    paper = example("ban_sao_y").copying
    assert paper is not None and paper.kind is vn.CopyKind.SAO_Y and not paper.electronic
    electronic = example("ban_sao_dien_tu").copying
    assert electronic is not None and electronic.electronic and electronic.number is None
    joint = example("lien_tich")
    assert [c.abbreviation for c in joint.co_issuers] == ["STC"]


# ------------------------------------------------------------------- Vietnamese input keys

PARTS: dict[str, type[BaseModel]] = {
    "agency": Agency,
    "articles": Article,
    "clauses": Clause,
    "points": Point,
    "copying": DocumentCopy,
    "co_issuers": CoIssuer,
    "attachments": Attachment,
    "signature": SignatureBlock,
    "secretary_signature": SignatureBlock,
    "confirmation": SignatureBlock,
    "distribution": Distribution,
}


def in_vietnamese(data: Any, cls: type[BaseModel], used: set[str]) -> Any:
    """``data`` with every key that has a Vietnamese alias renamed to it, at every level."""
    if isinstance(data, list):
        return [in_vietnamese(item, cls, used) for item in data]
    if not isinstance(data, dict):
        return data
    aliases: dict[str, str] = {}
    for vi_key, field in getattr(cls, "vietnamese_keys", {}).items():
        aliases.setdefault(field, vi_key)
    out = {}
    for key, value in data.items():
        field = "copying" if key == "copy" else key
        vi_key = aliases.get(field, key)
        used.add(vi_key)
        out[vi_key] = in_vietnamese(value, PARTS[field], used) if field in PARTS else value
    return out


@pytest.mark.parametrize("name", NAMES)
def test_each_example_loads_from_vietnamese_keys(name):
    used: set[str] = set()
    data = in_vietnamese(example_data(name), CLASS_OF[name], used)
    assert "type" not in data and "loai" in data
    assert document_from_data(data) == example(name)


def test_the_vietnamese_keys_of_every_form_are_exercised():
    used: set[str] = set()
    for name in NAMES:
        in_vietnamese(example_data(name), CLASS_OF[name], used)
    assert {
        "tham_quyen", "can_cu", "theo_de_nghi", "dieu", "nguoi_dien", "kinh_gui",
        "kinh_moi", "toi_du", "chu_tri", "thoi_gian", "dia_diem", "ong_ba", "chuc_vu",
        "duoc_cu_den", "ve_viec", "gia_tri_den", "ngay_don", "thoi_gian_nghi", "tu_ngay",
        "den_ngay", "noi_nghi", "tinh_vao", "xac_nhan", "bat_dau", "thanh_phan", "thu_ky",
        "ket_thuc", "chu_ky_thu_ky", "ban_sao", "hinh_thuc", "dien_tu", "thoi_gian_ky",
        "lien_tich", "ten_loai", "phu_luc",
    } <= used  # fmt: skip


def test_a_decision_written_wholly_in_vietnamese():
    text = """
loai: Quyết định
co_quan: {ten: Sở Nội vụ tỉnh Kon Tum, dong: [SỞ NỘI VỤ], viet_tat: SNV, dia_danh: Kon Tum}
so_ky_hieu: 15/QĐ-SNV
ngay: 08/12/2026
trich_yeu: Về việc cử công chức tham gia đoàn kiểm tra
tham_quyen: GIÁM ĐỐC SỞ NỘI VỤ
can_cu:
  - Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
theo_de_nghi: Theo đề nghị của Chánh Văn phòng Sở.
dieu:
  - so: 1
    ten: Cử công chức
    khoan:
      - noi_dung: "Cử các công chức sau:"
        diem:
          - Ông Nguyễn Văn E, Chuyên viên;
          - noi_dung: Bà Đỗ Thị G, Chuyên viên.
      - Thời gian kiểm tra từ ngày 14 đến ngày 18 tháng 12 năm 2026.
  - noi_dung: Quyết định này có hiệu lực kể từ ngày ký.
chu_ky: {dong: [GIÁM ĐỐC], nguoi_ky: Phạm Văn D}
noi_nhan: {danh_sach: [Như Điều 1], luu: [VT]}
"""
    decision = vn.loads(text)
    assert isinstance(decision, Decision)
    assert decision.authority == ("GIÁM ĐỐC SỞ NỘI VỤ",)
    assert decision.proposal == "Chánh Văn phòng Sở"  # the lead words and the stop are printed
    assert decision.proposal_line == "Theo đề nghị của Chánh Văn phòng Sở."
    first, second = decision.articles
    assert (first.number, first.title, second.number) == (1, "Cử công chức", 2)
    assert [c.number for c in first.clauses] == [1, 2]
    assert first.clauses[0].letters == ("a", "b")
    assert first.clauses[0].points[1].text == "Bà Đỗ Thị G, Chuyên viên."
    text_out = vn.render_text(decision)
    assert "Điều 1. Cử công chức" in text_out and "a) Ông Nguyễn Văn E" in text_out


# ------------------------------------------------------------------------------ round trips


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("name", NAMES)
def test_each_example_round_trips(name, fmt, tmp_path):
    document = example(name)
    text = vn.dumps(document, fmt)
    assert vn.loads(text, fmt) == document
    path = tmp_path / f"{name}.{fmt}"
    vn.dump(document, path)
    assert vn.load(path) == document
    assert vn.dumps(vn.load(path), fmt) == text  # and the text is stable


# ---------------------------------------------------------------- errors: field and rule


def with_articles(*numbers: int | None) -> dict[str, Any]:
    data = example_data("quyet_dinh")
    data["articles"] = [
        {"text": f"Nội dung {i}"} | ({} if n is None else {"number": n})
        for i, n in enumerate(numbers)
    ]
    return data


def test_an_article_numbered_twice():
    loc, message = only_error(with_articles(1, 2, 2))
    assert loc == ("articles", 2, "number")
    assert message == (
        "Điều 2 is numbered twice (first at articles.1); articles (điều) are numbered 1, 2, "
        "3… in order"
    )


def test_a_skipped_article_number():
    loc, message = only_error(with_articles(1, 3))
    assert loc == ("articles", 1, "number")
    assert message == (
        "Điều 3 stands where Điều 2 belongs; articles (điều) are numbered 1, 2, 3… in order, "
        "without gaps"
    )


def test_articles_without_numbers_are_numbered_and_a_wrong_clause_number_is_located():
    decision = document_from_data(with_articles(None, 2, None))
    assert isinstance(decision, Decision)
    assert [a.number for a in decision.articles] == [1, 2, 3]
    data = with_articles(None)
    data["articles"][0]["clauses"] = ["Một", {"number": 3, "text": "Ba"}]
    loc, message = only_error(data)
    assert loc == ("articles", 0, "clauses", 1, "number")
    assert message.startswith("Khoản 3 stands where Khoản 2 belongs; clauses (khoản)")


def test_an_empty_article_or_clause():
    data = with_articles(None)
    data["articles"][0] = {"number": 1}
    loc, message = only_error(data)
    assert loc == ("articles", 0)
    assert message == "an article (điều) needs its title, text or clauses"


def test_minutes_without_a_chair():
    data = example_data("bien_ban")
    del data["chair"], data["signature"]
    assert only_error(data) == (("chair",), "Field required")  # not also signature
    data = example_data("bien_ban")
    del data["secretary"], data["secretary_signature"]
    assert only_error(data) == (("secretary",), "Field required")


def test_minutes_take_their_signatures_from_chair_and_secretary():
    data = example_data("bien_ban")
    del data["signature"], data["secretary_signature"]
    minutes = document_from_data(data)
    assert isinstance(minutes, Minutes)
    assert minutes.signature.signer == data["chair"]
    assert minutes.secretary_signature.signer == data["secretary"]
    assert [line.title for line in minutes.signature.lines] == ["CHỦ TỌA"]
    assert [line.title for line in minutes.secretary_signature.lines] == ["THƯ KÝ"]


def test_minutes_ending_before_they_start():
    data = example_data("bien_ban")
    data["ended"] = "2026-11-30T13:00"
    assert only_error(data) == ((), "ended: the meeting ends before it starts")


def copy_data(**changes: Any) -> dict[str, Any]:
    data = example_data("ban_sao_y")
    for key, value in changes.items():
        if value is None:
            data["copy"].pop(key, None)
        else:
            data["copy"][key] = value
    return data


def test_a_copy_of_a_document_without_its_number():
    data = copy_data()
    data["number"] = "Số:    /TB-UBND"
    assert only_error(data) == (
        (),
        "copying: a copy (bản sao) is made of an issued document, but the original has no "
        "number (số); give the original's number and date",
    )


def test_a_copy_of_a_document_without_its_date():
    data = copy_data()
    data["date"] = None
    assert only_error(data) == (
        (),
        "copying: a copy (bản sao) is made of an issued document, but the original has no "
        "date (ngày ban hành); give the original's number and date",
    )


@pytest.mark.parametrize(
    ("missing", "named"),
    [(["number"], "number"), (["signature"], "signature"), (["number", "signature"],
     "number and signature")],
)  # fmt: skip
def test_a_paper_copy_without_its_own_number_or_signature(missing, named):
    loc, message = only_error(copy_data(**dict.fromkeys(missing)))
    assert loc == ("copying",)
    assert message == (
        f"a paper copy (bản sao giấy) carries its own {named} (số, ký hiệu bản sao; chữ ký "
        "của người có thẩm quyền sao)"
    )


def test_an_electronic_copy_needs_neither():
    document = vn.load(FORMS / "ban_sao_dien_tu.yaml")
    assert document.copying is not None and document.copying.signature is None


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        ("SY", "15/TB-SNV", "'TB-SNV' starts with its kind's abbreviation, e.g. 'SY-SNV'"),
        ("TrS", "15/SY-SNV", "'SY-SNV' starts with its kind's abbreviation, e.g. 'TrS-SNV'"),
        ("SAO LỤC", "15/SY-SNV", "'SY-SNV' starts with its kind's abbreviation, e.g. 'SL-SNV'"),
    ],
)
def test_a_copy_notation_starts_with_its_kind(kind, number, expected):
    loc, message = only_error(copy_data(kind=kind, number=number))
    assert loc == ("copying",)
    assert message == f"the copy's notation {expected}"


def test_a_copy_kind_is_sy_trs_or_sl():
    errors = invalid(copy_data(kind="SAO CHỤP"))
    assert errors[0]["loc"] == ("copying", "kind")
    assert "'SY', 'TrS' or 'SL'" in errors[0]["msg"]


@pytest.mark.parametrize("name", ["giay_gioi_thieu", "giay_nghi_phep"])
@pytest.mark.parametrize("subject", ["Về việc liên hệ công tác", ["Về việc", "liên hệ"]])
def test_a_form_without_trich_yeu_refuses_one(name, subject):
    data = example_data(name)
    data["subject"] = subject
    form, sample = {
        "giay_gioi_thieu": ("giấy giới thiệu", "Phụ lục III, Mẫu 1.8"),
        "giay_nghi_phep": ("giấy nghỉ phép", "Phụ lục III, Mẫu 1.10"),
    }[name]
    assert only_error(data) == (
        ("subject",),
        f"a {form} has no trích yếu (its form, {sample}, prints none); leave subject out",
    )


@pytest.mark.parametrize("name", ["giay_gioi_thieu", "giay_nghi_phep"])
def test_an_empty_trich_yeu_is_dropped(name):
    data = example_data(name)
    data["subject"] = ""
    assert document_from_data(data) == example(name)


def test_a_leave_ending_before_it_starts():
    data = example_data("giay_nghi_phep")
    data["start"], data["end"] = "2026-12-14", "10/12/2026"
    assert only_error(data) == (
        (),
        "end: the leave ends (2026-12-10) before it starts (2026-12-14)",
    )


@pytest.mark.parametrize("name", ["ban_sao_y", "ban_sao_dien_tu"])
def test_the_copy_blocks_shown_in_the_docs_are_the_examples(name):
    import re

    page = (REPO / "docs" / "forms.md").read_text(encoding="utf-8")
    shown = [
        yaml.load(block, Loader=yaml.BaseLoader)["copy"]
        for block in re.findall(r"```yaml\n(copy:\n.*?)```", page, re.DOTALL)
    ]
    assert example_data(name)["copy"] in shown


def test_an_issued_attachment_without_a_type():
    data = example_data("quyet_dinh")
    del data["attachments"][0]["type"]
    assert only_error(data) == (
        ("attachments", 0),
        "an issued text (văn bản ban hành kèm theo) needs its type (ten_loai: quy_che, "
        "quy_dinh, de_an…), printed as its type name",
    )


def test_only_an_issued_attachment_has_a_type():
    data = example_data("quyet_dinh")
    data["attachments"][0]["kind"] = "appendix"
    assert only_error(data) == (
        ("attachments", 0),
        "only an issued text (loai: issued) has a type, not an appendix",
    )


def test_an_issued_type_by_its_vietnamese_name():
    data = example_data("quyet_dinh")
    data["attachments"][0]["type"] = "Quy định"
    decision = document_from_data(data)
    assert decision.attachments[0].type_name == "QUY ĐỊNH"


def test_a_telegram_without_recipients_or_sender():
    data = example_data("cong_dien")
    del data["recipients"], data["sender"]
    assert {(tuple(e["loc"]), e["msg"]) for e in invalid(data)} == {
        (("sender",), "Field required"),
        (("recipients",), "Field required"),
    }


def test_an_invitation_time_may_be_written_in_vietnamese():
    data = example_data("giay_moi")
    data["time"] = "08 giờ 00, ngày 15 tháng 12 năm 2026"
    assert document_from_data(data) == example("giay_moi")


# --------------------------------------------------------------- nothing half-written


@pytest.mark.parametrize("name", NAMES)
def test_a_failed_render_leaves_the_previous_file_untouched(name, tmp_path, monkeypatch):
    document = example(name)
    target = tmp_path / f"{name}.docx"
    target.write_bytes(b"previous")

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("vnadmin_docs.ooxml.build.zipfile.ZipInfo", explode)
    with pytest.raises(RuntimeError, match="disk full"):
        vn.render_docx(document, target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == [f"{name}.docx"]


def test_a_failed_dump_leaves_nothing(tmp_path, monkeypatch):
    document = example("bien_ban")

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("vnadmin_docs.serialization.os.replace", explode)
    with pytest.raises(RuntimeError, match="disk full"):
        vn.dump(document, tmp_path / "bb.yaml")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ JSON Schema


def test_the_schema_of_the_minutes_does_not_require_what_the_model_derives():
    schema = vn.json_schema("bien_ban")
    assert {"chair", "secretary", "started", "type"} <= set(schema["required"])
    assert not {"signature", "secretary_signature", "date"} & set(schema["required"])


@pytest.mark.parametrize("name", NAMES)
def test_what_dump_writes_has_the_schemas_keys(name):
    document = example(name)
    schema = vn.json_schema(document.type.value)
    data = json.loads(vn.dumps(document, "json"))
    assert set(data) <= set(schema["properties"])
    assert set(schema["required"]) <= set(data)
