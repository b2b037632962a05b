import pytest

import vnadmin_docs as vn


@pytest.mark.parametrize(
    ("printed", "serial", "notation", "kept"),
    [
        ("Số 2452/UBND - TH", 2452, "UBND-TH", "Số 2452/UBND - TH"),
        ("Số: 05/QĐ-UBND", 5, "QĐ-UBND", None),
        ("Số: 5/QĐ-UBND", 5, "QĐ-UBND", "Số: 5/QĐ-UBND"),
        ("Số:   /UBND-VP", None, "UBND-VP", None),
        ("Số:  12/TTr-UBND", 12, "TTr-UBND", None),
        ("Số 123 / BC-SNV", 123, "BC-SNV", "Số 123 / BC-SNV"),
        ("2452/UBND-TH", 2452, "UBND-TH", None),
    ],
)
def test_number_parser_keeps_the_printed_form_and_the_value(printed, serial, notation, kept):
    number = vn.DocumentNumber.model_validate(printed)
    assert (number.serial, number.notation, number.printed) == (serial, notation, kept)
    assert number.text == (kept or number.line)


def test_number_renders_with_leading_zero_and_colon():
    assert vn.DocumentNumber(serial=5, notation="QĐ-UBND").line == "Số: 05/QĐ-UBND"
    assert vn.DocumentNumber(serial=2452, notation="UBND-TH").value == "2452/UBND-TH"
    assert vn.DocumentNumber(serial=2452, notation="UBND-TH").groups == ("UBND", "TH")


def test_notation_case_is_kept():
    assert vn.DocumentNumber.model_validate("Số: 01/QyĐ-UBND").notation == "QyĐ-UBND"


def test_title_lines_read_the_authority_prefix():
    block = vn.SignatureBlock(
        lines="TM. ỦY BAN NHÂN DÂN\nK. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer="Nguyễn Hữu Tháp"
    )
    assert [line.authority for line in block.lines] == [vn.Authority.TM, vn.Authority.KT, None]
    assert [line.text for line in block.lines] == [
        "TM. ỦY BAN NHÂN DÂN",
        "K. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]
    assert block.lines[1].printed == "K. CHỦ TỊCH"
    assert block.lines[1].line == "KT. CHỦ TỊCH"
    assert block.authorities == (vn.Authority.TM, vn.Authority.KT)


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("T/M ỦY BAN NHÂN DÂN", vn.Authority.TM),
        ("K/T GIÁM ĐỐC", vn.Authority.KT),
        ("TL. BỘ TRƯỞNG", vn.Authority.TL),
        ("TUQ. GIÁM ĐỐC", vn.Authority.TUQ),
        ("Q. GIÁM ĐỐC", vn.Authority.Q),
        ("GIÁM ĐỐC", None),
        ("PHÓ GIÁM ĐỐC", None),
    ],
)
def test_authority_spellings(text, authority):
    assert vn.TitleLine.model_validate(text).authority == authority


def test_addressee_reads_dash_purpose_and_punctuation():
    entry = vn.Addressee.model_validate("- Thường trực Tỉnh ủy (b/c);")
    assert (entry.name, entry.purpose, entry.punctuation) == ("Thường trực Tỉnh ủy", "b/c", ";")
    assert entry.text(".") == "Thường trực Tỉnh ủy (b/c);"
    plain = vn.Addressee.model_validate("Văn phòng UBND tỉnh")
    assert plain.text(".") == "Văn phòng UBND tỉnh."


def test_distribution_archive_and_drafter():
    dist = vn.Distribution(archive="Lưu: VT, HC", archive_copies=2, drafter="PL", copies=300)
    assert dist.archive == ("VT", "HC")
    assert dist.archive_line == "Lưu: VT, HC (2)."
    assert dist.drafter_mark == "PL.(300)"
    assert vn.Distribution(archive=()).archive_line is None


def test_marks_accept_tone_variants():
    marks = vn.Marks(urgency="HỎA TỐC", confidentiality="mật")
    assert marks.urgency is vn.Urgency.HOA_TOC
    assert marks.confidentiality is vn.Confidentiality.MAT
    assert vn.Marks().empty


def test_agency_header_lines_default_to_the_name_in_capitals():
    agency = vn.Agency(name="Sở Nội vụ tỉnh Kon Tum", place="Kon Tum")
    assert agency.header_lines == ("SỞ NỘI VỤ TỈNH KON TUM",)


def test_vietnamese_keys_are_accepted():
    agency = vn.Agency.model_validate({"ten": "Bộ Nội vụ", "viet_tat": "BNV", "dia_danh": "Hà Nội"})
    assert (agency.name, agency.abbreviation, agency.place) == ("Bộ Nội vụ", "BNV", "Hà Nội")


def test_every_string_is_nfc():
    agency = vn.Agency(name="Sở Nội vụ tỉnh Kho\u0301a", place="Kho\u0301a")
    assert agency.name == "Sở Nội vụ tỉnh Khóa"
    assert agency.place == "Khóa"


def test_models_are_frozen():
    agency = vn.Agency(name="Bộ Nội vụ", place="Hà Nội")
    with pytest.raises(Exception, match="frozen"):
        agency.name = "Bộ Tài chính"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("doc_type", "abbreviation"),
    [
        ("quyet_dinh", "QĐ"),
        ("quy_dinh", "QyĐ"),
        ("to_trinh", "TTr"),
        ("chuong_trinh", "CTr"),
        ("hop_dong", "HĐ"),
        ("huong_dan", "HD"),
        ("de_an", "ĐA"),
        ("du_an", "DA"),
        ("phieu_bao", "PB"),
        ("cong_van", None),
        ("thu_cong", None),
    ],
)
def test_document_type_abbreviations(doc_type, abbreviation):
    assert vn.DocumentType(doc_type).abbreviation == abbreviation


def test_there_are_29_document_types_and_three_copy_kinds():
    assert len(vn.DocumentType) == 29
    assert sum(t.abbreviation is None for t in vn.DocumentType) == 2
    assert [c.value for c in vn.CopyKind] == ["SY", "TrS", "SL"]
