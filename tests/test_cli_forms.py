"""The command line on the forms of Phụ lục III: render every example, print every schema."""

from __future__ import annotations

import json
import zipfile

import pytest
import yaml

import vnadmin_docs as vn
from tests.conftest import REPO
from vnadmin_docs.cli import main
from vnadmin_docs.render.pdf import soffice

FORMS = REPO / "examples" / "forms"
EXAMPLES = sorted(FORMS.glob("*.yaml"))

OWN_FIELDS = {
    "quyet_dinh": {"authority", "bases", "proposal", "articles"},
    "nghi_quyet": {"authority", "bases", "proposal", "articles"},
    "cong_dien": {"sender", "recipients"},
    "giay_moi": {"inviter", "invitee", "event", "chair", "time", "place"},
    "giay_gioi_thieu": {"introducer", "person", "position", "sent_to", "purpose", "valid_until"},
    "giay_nghi_phep": set(
        "request_date person position duration start end place counted_as confirmation".split()
    ),
    "bien_ban": set("started place attendees chair secretary ended secretary_signature".split()),
}


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_render_every_example_to_docx(example, tmp_path, capsys):
    target = tmp_path / f"{example.stem}.docx"
    assert main(["render", str(example), "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"wrote {target}\n"
    with zipfile.ZipFile(target) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    document = vn.load(example)
    assert document.number.value in xml.replace("Số: ", "")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_render_every_example_to_text(example, tmp_path):
    target = tmp_path / f"{example.stem}.txt"
    assert main(["render", str(example), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == vn.render_text(vn.load(example))


@pytest.mark.office
def test_render_a_form_to_pdf(tmp_path):
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    target = tmp_path / "qd.pdf"
    assert main(["render", str(FORMS / "quyet_dinh.yaml"), "-o", str(target)]) == 0
    assert target.read_bytes()[:5] == b"%PDF-"
    assert [p.name for p in tmp_path.iterdir()] == ["qd.pdf"]


def test_an_invalid_form_is_one_line_and_writes_nothing(tmp_path, capsys):
    data = yaml.load((FORMS / "quyet_dinh.yaml").read_text(encoding="utf-8"), yaml.BaseLoader)
    data["articles"][1]["number"] = 1
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "bad.docx")]) == 2
    assert capsys.readouterr().err == (
        f"vnadmin: error: {bad}: invalid document (1 problem): articles.1.number: Điều 1 is "
        "numbered twice (first at articles.0); articles (điều) are numbered 1, 2, 3… in order\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["bad.yaml"]


@pytest.mark.parametrize("doc_type", sorted(OWN_FIELDS))
def test_schema_of_every_form_has_its_own_fields(doc_type, capsys):
    assert main(["schema", doc_type]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert OWN_FIELDS[doc_type] <= set(schema["properties"])
    assert schema["properties"]["type"]["const"] == doc_type
    assert "type" in schema["required"]
    assert main(["schema", "--type", doc_type]) == 0
    assert json.loads(capsys.readouterr().out) == schema
    assert ("articles" in schema["properties"]) == (doc_type in ("quyet_dinh", "nghi_quyet"))
    assert ("invitee" in schema["properties"]) == (doc_type == "giay_moi")


def test_schema_by_vietnamese_name_and_to_a_file(tmp_path, capsys):
    assert main(["schema", "Giấy mời"]) == 0
    assert "invitee" in json.loads(capsys.readouterr().out)["properties"]
    target = tmp_path / "qd.schema.json"
    assert main(["schema", "quyet_dinh", "-o", str(target)]) == 0
    assert "articles" in json.loads(target.read_text(encoding="utf-8"))["properties"]


def test_schema_with_two_different_types_is_a_usage_error(capsys):
    assert main(["schema", "quyet_dinh", "--type", "giay_moi"]) == 2
    assert "two types given" in capsys.readouterr().err


@pytest.mark.parametrize("doc_type", list(vn.DocumentType), ids=lambda t: t.value)
def test_json_schema_of_every_document_type(doc_type):
    schema = vn.json_schema(doc_type.value)
    assert schema["properties"]["type"]["const"] == doc_type.value
    assert schema["required"][0] == "type"
    assert {"agency", "number", "signature"} <= set(schema["properties"])
    assert vn.json_schema(doc_type.vietnamese_name) == schema
    json.dumps(schema)  # plain JSON through and through
