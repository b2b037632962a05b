"""Every invalid input raises an error that names the field and the rule."""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest
from pydantic import ValidationError

import vnadmin_docs as vn
from tests.conftest import EXAMPLE_YAML
from vnadmin_docs.serialization import document_from_data

yaml = pytest.importorskip("yaml")


def base() -> dict[str, Any]:
    return copy.deepcopy(
        {
            "type": "cong_van",
            "agency": {"name": "Sở Nội vụ tỉnh Kon Tum", "abbreviation": "SNV", "place": "Kon Tum"},
            "number": "Số: 05/SNV-VP",
            "date": "2025-02-09",
            "subject": ["tổ chức hội nghị"],
            "recipients": ["Các phòng, ban thuộc Sở"],
            "body": ["Đề nghị các phòng chuẩn bị"],
            "signature": {"lines": ["GIÁM ĐỐC"], "signer": "Nguyễn Văn A"},
        }
    )


def with_change(path: str, value: Any) -> dict[str, Any]:
    data = base()
    *parents, last = path.split(".")
    target: Any = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if value is _DELETE:
        del target[last]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return data


_DELETE = object()

CASES = [
    # (case id, change, expected location, words the message must contain)
    ("30 February", ("date", "2025-02-30"), "date", "day"),
    ("30/02 Vietnamese form", ("date", "30/02/2025"), "date", "not a date"),
    ("empty signer", ("signature.signer", "   "), "signature.signer", "at least 1"),
    ("unknown authority prefix", ("signature.lines", ["XY. GIÁM ĐỐC"]), "signature.lines", "quyền hạn ký"),
    ("unknown authority in mapping", ("signature.lines", [{"authority": "KTT.", "title": "GIÁM ĐỐC"}]), "signature.lines.0.authority", "TM."),
    ("serial number 0", ("number", "Số: 0/SNV-VP"), "number", "starts at 01"),
    ("serial 0 in mapping", ("number", {"serial": 0, "notation": "SNV-VP"}), "number.serial", "greater than 0"),
    ("notation with spaces", ("number", {"serial": 5, "notation": "SNV VP"}), "number.notation", "spaces"),
    ("notation with spaces around hyphen", ("number", {"serial": 5, "notation": "SNV - VP"}), "number.notation", "ký hiệu"),
    ("notation with bad characters", ("number", "Số: 05/SNV_VP!"), "number.notation", "letters and digits"),
    ("no number at all", ("number", "Số năm"), "number", "cannot read a document number"),
    ("no recipients", ("recipients", []), "recipients", "at least 1"),
    ("empty subject", ("subject", []), "subject", "at least 1"),
    ("blank subject line", ("subject", ["tổ chức", "  "]), "subject", "line 2 is empty"),
    ("identifier longer than 35", ("agency.identifier", "x" * 36), "agency.identifier", "35"),
    ("unknown field", ("agency.nam", "typo"), "agency.nam", "Extra inputs"),
    ("missing place", ("agency.place", _DELETE), "agency.place", "Field required"),
    ("unknown urgency", ("marks", {"urgency": "RẤT KHẨN"}), "marks.urgency", "KHẨN"),
    ("unknown list style", ("body", [{"kind": "list", "style": "bullet", "items": ["a"]}]), "body.0.list.style", "decimal"),
    ("unknown block kind", ("body", [{"kind": "image"}]), "body.0", "kind"),
    ("ragged table", ("body", [{"kind": "table", "rows": [["a", "b"], ["c"]]}]), "body.0.table", "row 2"),
    ("text and runs together", ("body", [{"text": "a", "runs": [{"text": "b"}]}]), "body.0", "either 'text' or 'runs'"),
    ("both English and Vietnamese key", ("trich_yeu", ["x"]), "", "name the same field"),
    ("heading number with spaces", ("body", [{"kind": "heading", "level": "article", "number": "1 2"}]), "body.0.heading.number", "pattern"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "change", "location", "words"), CASES, ids=[c[0] for c in CASES])
def test_invalid_model_input_names_the_field_and_the_rule(case, change, location, words):
    with pytest.raises(ValidationError) as caught:
        document_from_data(with_change(*change))
    errors = caught.value.errors()
    locations = [".".join(str(p) for p in e["loc"]) for e in errors]
    assert any(loc.startswith(location) for loc in locations), locations
    assert any(words in e["msg"] for e in errors), [e["msg"] for e in errors]


def test_the_base_document_is_valid():
    document = document_from_data(base())
    assert document.number.line == "Số: 05/SNV-VP"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- just\n- a list\n", "must be a mapping"),
        ("plain text", "must be a mapping"),
        ("type: cong_van\nagency: [unclosed\n", "not valid YAML"),
        ("agency: {}\n", "missing 'type'"),
        ("type: van_ban_la\n", "unknown document type"),
    ],
)
def test_bad_files_raise_input_error(tmp_path, content, message):
    path = tmp_path / "doc.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(vn.InputError, match=message):
        vn.load(path)


def test_missing_file_and_wrong_extension(tmp_path):
    with pytest.raises(vn.InputError, match="no such file"):
        vn.load(tmp_path / "absent.yaml")
    other = tmp_path / "doc.docx"
    other.write_bytes(b"PK")
    with pytest.raises(vn.InputError, match="unknown file type"):
        vn.load(other)


def test_bad_json_and_non_utf8(tmp_path):
    path = tmp_path / "doc.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(vn.InputError, match="not valid JSON"):
        vn.load(path)
    path.write_bytes("type: công văn".encode("cp1258", errors="replace") + b"\xff\xfe")
    with pytest.raises(vn.InputError, match="not UTF-8"):
        vn.load(path.with_suffix(".json").rename(tmp_path / "x.json"))


def test_dump_into_missing_folder_fails_cleanly(tmp_path, kontum):
    with pytest.raises(vn.InputError, match="does not exist"):
        vn.dump(kontum, tmp_path / "absent" / "x.yaml")


def test_a_failed_write_leaves_no_file_behind(tmp_path, kontum, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("previous content", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("vnadmin_docs.serialization.dumps", broken)
    with pytest.raises(RuntimeError):
        vn.dump(kontum, target)
    assert target.read_text(encoding="utf-8") == "previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_dates_stay_strings_for_the_model_to_judge():
    text = EXAMPLE_YAML.read_text(encoding="utf-8").replace("2018-10-01", "2018-02-30")
    with pytest.raises(ValidationError, match="date"):
        vn.loads(text)


def test_yaml_without_pyyaml_names_the_extra(tmp_path, monkeypatch, kontum):
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(vn.MissingDependencyError, match=r"vnadmin-docs\[yaml\]"):
        vn.load(EXAMPLE_YAML)
    # JSON needs nothing beyond the core dependencies
    vn.dump(kontum, tmp_path / "k.json")
    assert vn.load(tmp_path / "k.json") == kontum


def test_a_quyet_dinh_needs_its_fields():
    with pytest.raises(ValidationError) as caught:
        vn.loads("type: quyet_dinh\n")
    missing = {e["loc"][0] for e in caught.value.errors()}
    assert {"agency", "number", "subject", "signature"} <= missing


def test_a_quyet_dinh_needs_articles_or_content(kontum):
    data = kontum.model_dump(exclude={"type", "recipients", "body", "attachments"})
    with pytest.raises(ValidationError, match=r"needs its articles \(điều\) or its content"):
        vn.Decision.model_validate({**data, "subject": ["Về việc x"]})


def test_a_typed_document_cannot_be_a_cong_van():
    with pytest.raises(ValidationError, match="no type name"):
        vn.TypedDocument.model_validate({**base(), "type": "cong_van"})


def test_written_files_get_the_usual_permissions(tmp_path, kontum):
    import os
    import stat

    mask = os.umask(0o022)
    try:
        vn.dump(kontum, tmp_path / "k.json")
        vn.render_docx(kontum, tmp_path / "k.docx")
    finally:
        os.umask(mask)
    for name in ("k.json", "k.docx"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644
