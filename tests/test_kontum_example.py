"""The reference example: Công văn 2452/UBND-TH of Kon Tum, reproduced word for word."""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from datetime import date

import pytest

import vnadmin_docs as vn
from tests.conftest import EXAMPLE_YAML, REPO, words


def build_script_model() -> vn.OfficialDispatch:
    path = REPO / "examples" / "kontum_2452" / "build_kontum_2452.py"
    spec = importlib.util.spec_from_file_location("build_kontum_2452", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.build()


def test_yaml_and_script_give_equal_models(kontum):
    assert build_script_model() == kontum


def test_the_model_keeps_what_the_document_says(kontum):
    assert kontum.number.text == "Số 2452/UBND - TH"
    assert kontum.number.value == "2452/UBND-TH"
    assert kontum.number.line == "Số: 2452/UBND-TH"
    assert kontum.agency.header_lines == ("ỦY BAN NHÂN DÂN", "TỈNH KON TUM")
    assert kontum.agency.parent is None  # two lines of one name, not parent and child
    assert [line.text for line in kontum.signature.lines] == [
        "TM. ỦY BAN NHÂN DÂN",
        "K. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]
    assert kontum.signature.authorities == (vn.Authority.TM, vn.Authority.KT)
    assert kontum.date == date(2018, 10, 1)
    assert kontum.place_date_line == "Kon Tum, ngày 01 tháng 10 năm 2018"
    assert len(kontum.subject) == 3
    assert kontum.subject_lines[0] == "V/v sơ kết Phong trào thi đua"


def test_the_reference_line_is_derived_from_the_parent(kontum):
    assert kontum.reference_line() == (
        "Kèm theo Công văn số 2452/UBND-TH ngày 01 tháng 10 năm 2018 "
        "của Ủy ban nhân dân tỉnh Kon Tum"
    )
    changed = kontum.model_copy(update={"date": date(2019, 2, 3)})
    assert "ngày 03 tháng 02 năm 2019" in changed.reference_line()


def test_the_outline_has_five_parts(kontum):
    (outline,) = kontum.attachments
    assert outline.kind is vn.AttachmentKind.OUTLINE
    (numbered,) = outline.body
    assert isinstance(numbered, vn.ListBlock)
    assert numbered.markers() == ("1.", "2.", "3.", "4.", "5.")
    nested = numbered.items[1].blocks
    assert [block.style for block in nested] == [vn.ListStyle.DASH, vn.ListStyle.STAR]
    assert len(nested[0].items) == 4


def test_plain_text_has_every_word_of_the_seed_in_order(kontum, seed_text):
    assert words(vn.render_text(kontum)) == words(seed_text)


def test_markup_text_matches_the_seed_apart_from_the_italic_date(kontum, seed_text):
    # The seed marks bold and italic like Markdown; our markup is the same, except that the
    # date line is italic (as Decree 30 prescribes) where the seed leaves it unmarked.
    ours = vn.render_text(kontum, markup=True).split()
    start = ours.index("*Kon")
    assert ours[start : start + 8] == "*Kon Tum, ngày 01 tháng 10 năm 2018*".split()
    ours[start], ours[start + 7] = "Kon", "2018"
    assert ours == seed_text.split()


def test_seed_and_rendering_are_nfc(kontum, seed_text):
    text = vn.render_text(kontum)
    assert unicodedata.is_normalized("NFC", text)
    assert unicodedata.is_normalized("NFC", seed_text)


def test_blocks_are_laid_out_like_the_seed(kontum):
    text = vn.render_text(kontum)
    assert "Kính gửi:\n\n- Các Sở, ban, ngành, đoàn thể cấp tỉnh;\n" in text
    assert "- Ủy ban nhân dân các huyện, thành phố.\n" in text
    assert "triển khai thực hiện./.\n" in text
    assert "- Lưu: VT, TH3. nl\n" in text
    assert "PHÓ CHỦ TỊCH\n\n\n\nNguyễn Hữu Tháp" in text
    assert "(Kèm theo Công văn số 2452/UBND-TH ngày 01 tháng 10 năm 2018\ncủa Ủy ban" in text


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_dump_and_load_round_trip(tmp_path, kontum, suffix):
    path = tmp_path / f"kontum{suffix}"
    vn.dump(kontum, path)
    assert vn.load(path) == kontum
    assert vn.loads(vn.dumps(kontum, suffix[1:]), suffix[1:]) == kontum


def test_json_schema_describes_fields_in_both_languages():
    schema = vn.json_schema("cong_van")
    properties = schema["properties"]
    assert {"agency", "number", "date", "subject", "recipients", "body", "signature"} <= set(
        properties
    )
    assert "trích yếu" in properties["subject"]["description"]
    assert "Kính gửi" in properties["recipients"]["description"]
    assert set(schema["required"]) >= {"agency", "number", "subject", "recipients", "signature"}


def test_the_example_loader_finds_the_shipped_yaml():
    from vnadmin_docs.examples import example_dir, kontum_2452

    assert example_dir("kontum_2452") == EXAMPLE_YAML.parent
    assert kontum_2452().number.value == "2452/UBND-TH"
