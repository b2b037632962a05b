"""``reissue()`` and ``vnadmin reissue``: read → model → render under the current standard.

The corpus files are real office files (../shared/corpus/docx, see its README); the tests
that need them are skipped with the reason stated when the shared folder is absent.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections import Counter

import pytest

import vnadmin_docs as vn
from tests.support.shared import require_shared
from vnadmin_docs.cli import main
from vnadmin_docs.examples import kontum_2452
from vnadmin_docs.ooxml.read import read_docx
from vnadmin_docs.reissue import KINDS, _words
from vnadmin_docs.render.docx import docx_bytes

CORPUS = "corpus/docx/"
CONG_VAN = "vbai__CV_xin_y_kien_ngoai_Bo.docx"
QUYET_DINH = "vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx"
WITH_IMAGE = "tdkt__1668482344tailieukhac.docx"  # one picture; a biên bản
KE_HOACH = "vanbanbot__Ke_hoach_to_chuc_sinh_hoat_Lich_su_theo_cum_truong-2026.docx"
TRACKED = "vbstreamlit__mau_4_qd_ban_hanh.docx"  # a tracked insertion, 7 sections, a picture
BAO_CAO = "vbai__BAO_CAO_CCHC_NAM_2025.docx"  # 17 footnotes, 8 landscape sections of 9
APPENDIX = "egov__cong_van_4622_bgddt_cntt.docx"  # 17 hyperlinks; a Phụ lục after the signature
FILES = [CONG_VAN, QUYET_DINH, WITH_IMAGE, KE_HOACH, TRACKED, BAO_CAO, APPENDIX]

LAYOUT_FAMILIES = ("PG", "FT", "RL", "HD", "PN", "FO", "MK")
"""Rule families the renderer alone decides: a re-issued file never fails them."""
CONTENT_FORMAT_RULES = {"FM047", "FM075"}
"""FM rules the content can still break: italic runs the author typed in the body (FM047)
and an appendix title typed in lower case (FM075); the model keeps both as written."""


def corpus(name: str) -> str:
    return str(require_shared(CORPUS + name))


def kinds(report: vn.ReissueReport) -> Counter[str]:
    return Counter(item.kind for item in report.lost)


def words_of(data: bytes) -> set[str]:
    info = read_docx(data)
    return {w for p in info.paragraphs for w in _words(p.visible_text)}


@pytest.fixture(scope="module")
def reports() -> dict[str, vn.ReissueReport]:
    return {name: vn.reissue(corpus(name)) for name in FILES}


@pytest.fixture
def english(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


# ----------------------------------------------------------------------------- the API


@pytest.mark.parametrize("name", FILES)
def test_the_new_file_passes_every_layout_rule_of_decree_30(name, reports):
    report = reports[name]
    assert report.standard == "nd30-2020"
    assert report.data is not None
    again = vn.validate(report.data, "nd30-2020")
    assert [f.code for f in again.failures] == [f.code for f in report.failures]
    layout = [f.code for f in report.failures if f.code.startswith(LAYOUT_FAMILIES)]
    assert layout == []
    formats = {f.code for f in report.failures if f.code.startswith("FM")}
    assert formats <= CONTENT_FORMAT_RULES


@pytest.mark.parametrize("name", FILES)
def test_every_word_of_the_model_is_in_the_new_file(name, reports):
    report = reports[name]
    assert report.data is not None
    model_words = set(_words(vn.render_text(report.document)))
    assert model_words - words_of(report.data) == set()


def test_what_the_model_cannot_hold_is_listed(reports):
    assert kinds(reports[WITH_IMAGE])["image"] == 1
    assert kinds(reports[KE_HOACH])["image"] == 1
    tracked = [item for item in reports[TRACKED].lost if item.kind == "tracked-change"]
    assert [(t.where, t.detail) for t in tracked] == [("word/document.xml", "1 text, 0 format")]
    bao_cao = {item.kind: item.detail for item in reports[BAO_CAO].lost}
    assert bao_cao["footnote"].startswith("17: «Thường trực Tỉnh ủy")
    assert bao_cao["section"] == "9 → 2"  # the new file keeps one landscape table's section
    assert bao_cao["landscape"] == "8 → 1"
    links = [item for item in reports[APPENDIX].lost if item.kind == "hyperlink"]
    assert [link.detail for link in links] == ["17"]
    # a file without these lists none of them
    assert not {"image", "tracked-change", "footnote", "comment"} & set(kinds(reports[CONG_VAN]))


def test_paragraphs_the_reader_dropped_are_quoted(reports):
    text = [item for item in reports[APPENDIX].lost if item.kind == "text"]
    summary, *passages = text
    words, _ = summary.detail.split(" word(s) in ")
    assert int(words) > 400 and summary.detail_vi.startswith(words + " chữ trong ")
    assert len(passages) == 5  # the first few, quoted
    assert any("PHỤ LỤC I" in p.detail for p in passages)
    assert all(
        p.where.startswith("paragraph ") and p.where_vi.startswith("đoạn ") for p in passages
    )


def test_every_item_is_described_in_both_languages(reports):
    items = [item for report in reports.values() for item in report.lost]
    assert {item.kind for item in items} <= set(KINDS)
    for item in items:
        assert item.description("en") and item.description("vi")
        assert item.description("en") != item.description("vi")
        data = item.to_dict()
        assert data["description_vi"] == item.description("vi")
        assert item.text("vi").startswith(item.where_vi or item.where)


def test_our_own_file_reissues_to_an_equal_model(tmp_path):
    old = tmp_path / "kontum.docx"
    vn.render_docx(kontum_2452(), old)
    target = tmp_path / "again.docx"
    report = vn.reissue(old, target)
    assert report.target == str(target) and report.data is None
    assert report.lost == []
    assert vn.read(target).document == vn.read(old).document
    # the letter's own faults as printed, nothing of the layout
    assert [f.code for f in report.failures] == ["NB001", "NB003", "SG001", "DS012"]


def test_comments_are_listed(tmp_path):
    comments = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:comment w:id="0" w:author="A"><w:p><w:r><w:t>Xem lại</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="1" w:author="B"><w:p><w:r><w:t>Sửa số</w:t></w:r></w:p></w:comment>'
        "</w:comments>"
    )
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_bytes(kontum_2452()))) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package,
    ):
        for info in source.infolist():
            package.writestr(info, source.read(info))
        package.writestr("word/comments.xml", comments)
    report = vn.reissue(buffer.getvalue())
    assert [(i.kind, i.where, i.detail) for i in report.lost] == [
        ("comment", "word/comments.xml", "2")
    ]


def test_an_unknown_standard_is_an_input_error():
    with pytest.raises(vn.InputError, match="unknown standard"):
        vn.reissue(docx_bytes(kontum_2452()), standard="nd99")


def _zip(member: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(member, data)
    return buffer.getvalue()


ENTITIES = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"PK\x03\x04 not really a zip", vn.ReadError),
        (_zip("word/document.xml", ENTITIES), vn.UnsafeDocumentError),
        (_zip("word/document.xml", b"<" + b"a" * 20_000_000 + b"/>"), vn.BudgetExceededError),
        (_zip("../../etc/passwd", b"x"), vn.UnsafeDocumentError),
    ],
    ids=["damaged", "entities", "zip-bomb", "path-traversal"],
)
def test_hostile_input_ends_in_our_own_error_quickly(data, error, tmp_path):
    start = time.monotonic()
    with pytest.raises(error):
        vn.reissue(data, tmp_path / "out.docx")
    assert time.monotonic() - start < 5
    assert not (tmp_path / "out.docx").exists()


# ----------------------------------------------------------------------------- the CLI


def test_cli_lists_what_was_not_carried_over(tmp_path, capsys, english):
    target = tmp_path / "new.docx"
    assert main(["reissue", corpus(WITH_IMAGE), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "not carried over: word/document.xml: images (not in the model): 1" in out
    assert "note: agency: no issuing agency" in out
    assert out.rstrip().endswith(f"failure(s) in the new file (the content's own); wrote {target}")
    assert vn.validate(target).standard == "nd30-2020"


def test_cli_json_report(tmp_path, capsys, english):
    target = tmp_path / "new.docx"
    assert main(["reissue", corpus(TRACKED), "-o", str(target), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["standard"] == "nd30-2020" and payload["target"] == str(target)
    assert payload["type"] == "quyet_dinh"
    lost = {item["kind"]: item for item in payload["lost"]}
    assert lost["tracked-change"]["description_vi"].startswith("theo dõi thay đổi")
    assert lost["image"]["detail"] == "1"
    assert {f["code"] for f in payload["failures"]} >= {"BD008", "BD009"}
    assert len(payload["notes_vi"]) == len(payload["notes"]) > 0  # both languages, in order
    assert payload["notes"][0] != payload["notes_vi"][0]


def test_the_notes_and_what_was_lost_are_vietnamese_throughout(reports):
    from tests.validate.test_messages_vi import english_words

    for name, report in reports.items():
        assert report.notes_in("vi") == [note.vi for note in report.notes]
        assert report.to_dict()["notes_vi"] == report.notes_in("vi")
        for text in [*report.notes_in("vi"), *(item.text("vi") for item in report.lost)]:
            assert english_words(text) == [], (name, text)


def test_cli_speaks_vietnamese(tmp_path, capsys, english):
    target = tmp_path / "moi.docx"
    assert main(["--lang", "vi", "reissue", corpus(WITH_IMAGE), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "không chuyển được: nội dung: hình ảnh (mô hình không chứa): 1" in out
    assert "ghi chú: Tên cơ quan ban hành: phần đầu văn bản không ghi tên cơ quan" in out
    assert "note:" not in out and "agency:" not in out
    assert "không chuyển được: đoạn 2: chữ không được chuyển sang tệp mới" in out
    assert "DS001 Cuối văn bản (đoạn" in out
    assert f"lỗi trong tệp mới (do chính nội dung); đã ghi {target}" in out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["reissue", "missing.docx", "-o", "out.docx"], "no such file"),
        (["reissue", "in.docx", "-o", "out.pdf"], "the re-issued file is a .docx"),
        (["reissue", "in.docx"], "required: -o/--output"),
    ],
)
def test_cli_bad_usage_exits_2(args, says, tmp_path, monkeypatch, capsys, english):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    assert says in capsys.readouterr().err


def test_cli_hostile_file_is_our_own_error(tmp_path, capsys, english):
    hostile = tmp_path / "hostile.docx"
    hostile.write_bytes(_zip("word/document.xml", ENTITIES))
    assert main(["reissue", str(hostile), "-o", str(tmp_path / "out.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vnadmin: error: {hostile}: ") and "DTD or entities" in err
    assert "Traceback" not in err
