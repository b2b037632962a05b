"""Decree 30/2020/NĐ-CP on clerical work (công tác văn thư), Phụ lục I, as data. No logic here.

Sizes are in points, lengths in millimetres. Each range's default is the value of the
decree's own sample table (Phụ lục I, Phần I, Mục IV) where it gives one. Locators cite
Phụ lục I unless they say otherwise.
"""

from __future__ import annotations

from datetime import date

from vnadmin_docs.standards.schema import (
    Case,
    ComponentStyle,
    PageNumbering,
    PageSpec,
    Range,
    RuleLine,
    Spacing,
    Stamp,
    Standard,
)

_P = "Decree 30/2020, Phụ lục I, Phần I"
_S = "Decree 30/2020, Phụ lục III, Mục II (sample forms)"
_GAP = Range(1.0, 6.0, 3.0)
_GAP_NOTE = (
    "The decree's text gives no gap; its samples (Phụ lục III, mẫu 1.1–1.3, 1.5–1.8, 2.1) "
    "stand every rule 2.8–3.9 mm below the ink. Under 1 mm a rule reads as underlining."
)
_SECRET = (
    "Law on Protection of State Secrets 2018; Circular 24/2020/TT-BCA, mẫu 01–03 "
    "(Decree 30/2020, Phụ lục I, Phần I, Mục III, khoản 2.a refers to them)"
)
_SECRET_NOTE = (
    "Not in the decree's own text: the sizes of the state-secret forms as we read them "
    "(UNCONFIRMED against the circular); the validator only warns on them."
)

STANDARD = Standard(
    id="nd30-2020",
    title="Decree 30/2020/NĐ-CP",
    effective_from=date(2020, 3, 5),
    effective_to=None,
    page=PageSpec(
        width_mm=210,
        height_mm=297,
        orientation="portrait",
        top_mm=Range(20, 25, 20),
        bottom_mm=Range(20, 25, 20),
        left_mm=Range(30, 35, 30),
        right_mm=Range(15, 20, 15),
        header_mm=10,
        font="Times New Roman",
        font_rule="Times New Roman, Unicode character set of TCVN 6909:2001, black",
        color="000000",
        locator=f"{_P}, Mục I, khoản 1 and 2",
        margins_locator=f"{_P}, Mục I, khoản 3",
        font_locator=f"{_P}, Mục I, khoản 4",
    ),
    page_numbers=PageNumbering(
        position="header-center",
        first_page_shown=False,
        restart_per_appendix=True,
        locator=f"{_P}, Mục I, khoản 7; Mục III, khoản 1.đ",
    ),
    body_indent_cm=(1.0, 1.27),
    body_line_spacing=Range(1.0, 1.5, 1.15),
    body_exact_line_pt_min=None,
    body_space_after_min_pt=6,
    body_locator=f"{_P}, Mục II, khoản 6.e",
    zero_pad_below=10,
    zero_padded_months=(1, 2),
    date_locator=f"{_P}, Mục II, khoản 3.c and 4.b",
    national_name="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    national_motto="Độc lập - Tự do - Hạnh phúc",
    national_locator=f"{_P}, Mục II, khoản 1.a and 1.b",
    components=(
        ComponentStyle(
            "national_name", "Quốc hiệu", "1", Range(12, 13, 12), True, False, Case.UPPER,
            "center", f"{_P}, Mục II, khoản 1.a",
        ),
        ComponentStyle(
            "national_motto", "Tiêu ngữ", "1", Range(13, 14, 13), True, False, None,
            "center", f"{_P}, Mục II, khoản 1.b",
        ),
        ComponentStyle(
            "parent_agency", "Tên cơ quan chủ quản", "2", Range(12, 13, 12), False, False,
            Case.UPPER, "center", f"{_P}, Mục II, khoản 2.b",
        ),
        ComponentStyle(
            "agency", "Tên cơ quan ban hành", "2", Range(12, 13, 12), True, False, Case.UPPER,
            "center", f"{_P}, Mục II, khoản 2.b",
        ),
        ComponentStyle(
            "number", "Số, ký hiệu", "3", Range(13, 13, 13), False, False, None, "center",
            f"{_P}, Mục II, khoản 3.c",
        ),
        ComponentStyle(
            "place_date", "Địa danh và thời gian ban hành", "4", Range(13, 14, 13), False, True,
            None, "center", f"{_P}, Mục II, khoản 4.c",
        ),
        ComponentStyle(
            "type_name", "Tên loại văn bản", "5a", Range(13, 14, 14), True, False, Case.UPPER,
            "center", f"{_P}, Mục II, khoản 5.b", space_before=6,
        ),
        ComponentStyle(
            "subject", "Trích yếu nội dung", "5a", Range(13, 14, 14), True, False, Case.NORMAL,
            "center", f"{_P}, Mục II, khoản 5.b",
        ),
        ComponentStyle(
            "dispatch_subject", "Trích yếu nội dung công văn", "5b", Range(12, 13, 12), False,
            False, Case.NORMAL, "center", f"{_P}, Mục II, khoản 5.b", space_before=6,
        ),
        ComponentStyle(
            "recipients", "Kính gửi", "9a", Range(13, 14, 14), False, False, None, "left",
            f"{_P}, Mục II, khoản 9.d", space_before=6, space_after=6,
            note="The decree fixes that the dashes stand under the colon; where the block "
            "starts across the page is our choice (centred, within the diagram's ô 9a).",
        ),
        ComponentStyle(
            "basis", "Căn cứ ban hành", "6", Range(13, 14, 14), False, True, None, "justify",
            f"{_P}, Mục II, khoản 6.a", space_after=6,
        ),
        ComponentStyle(
            "body", "Nội dung văn bản", "6", Range(13, 14, 14), False, False, None, "justify",
            f"{_P}, Mục II, khoản 6.e", space_after=6,
        ),
        ComponentStyle(
            "heading_label", "Phần, Chương, Mục, Tiểu mục", "6", Range(13, 14, 14), True, False,
            Case.NORMAL, "center", f"{_P}, Mục II, khoản 6.đ", space_before=6,
        ),
        ComponentStyle(
            "heading_title", "Tên phần, chương, mục", "6", Range(13, 14, 14), True, False,
            Case.UPPER, "center", f"{_P}, Mục II, khoản 6.đ", space_after=6,
        ),
        ComponentStyle(
            "article", "Điều", "6", Range(13, 14, 14), True, False, Case.NORMAL, "justify",
            f"{_P}, Mục II, khoản 6.đ", space_after=6,
        ),
        ComponentStyle(
            "authority", "Thẩm quyền ban hành", "6", Range(13, 14, 14), True, False, Case.UPPER,
            "center", f"{_S}, mẫu 1.1–1.3", space_before=6, space_after=6,
            note="The decree's text sets no format; its samples print the authority centred, "
            "bold, in capitals, at the body's size, above the căn cứ.",
        ),
        ComponentStyle(
            "enacting", "QUYẾT ĐỊNH: / QUYẾT NGHỊ:", "6", Range(13, 14, 14), True, False,
            Case.UPPER, "center", f"{_S}, mẫu 1.1–1.3", space_before=6, space_after=6,
            note="As the samples print it: centred, bold, at the body's size.",
        ),
        ComponentStyle(
            "addressed", "Dòng người gửi (… điện:, … trân trọng giới thiệu:)", "6",
            Range(13, 14, 14), False, False, None, "center", f"{_S}, mẫu 1.6 and 1.8",
            space_before=6, space_after=6,
            note="The samples centre the line naming who sends the telegram or introduces.",
        ),
        ComponentStyle(
            "copy_kind", "Hình thức sao", None, Range(13, 14, 14), True, False, Case.UPPER,
            "center", "Decree 30/2020, Phụ lục I, Phần II, Mục II, khoản 2.b",
        ),
        ComponentStyle(
            "electronic_copy", "Thông tin bản sao điện tử", "14", Range(10, 10, 10), False,
            False, Case.NORMAL, "right", "Decree 30/2020, Phụ lục I, Phần II, Mục I, khoản 3",
        ),
        ComponentStyle(
            "confirmation_title", "Xác nhận nơi nghỉ phép", None, Range(11, 14, 11), False, True,
            Case.NORMAL, "center", f"{_S}, mẫu 1.10",
            note="The sample prints the second signature's title in italic 11 pt.",
        ),
        ComponentStyle(
            "table", "Bảng trong nội dung", "6", Range(12, 14, 13), None, False, None, "left",
            f"{_P}, Mục II, khoản 6.e",
            note="The decree sets no size for table text; 13 pt is common practice.",
        ),
        ComponentStyle(
            "signature_title", "Quyền hạn, chức vụ người ký", "7a", Range(13, 14, 14), True,
            False, Case.UPPER, "center", f"{_P}, Mục II, khoản 7.đ",
        ),
        ComponentStyle(
            "signer", "Họ tên người ký", "7b", Range(13, 14, 14), True, False, Case.NORMAL,
            "center", f"{_P}, Mục II, khoản 7.đ",
        ),
        ComponentStyle(
            "distribution_label", "Nơi nhận", "9b", Range(12, 12, 12), True, True, Case.NORMAL,
            "left", f"{_P}, Mục II, khoản 9.d",
        ),
        ComponentStyle(
            "distribution", "Danh sách nơi nhận", "9b", Range(11, 11, 11), False, False, None,
            "left", f"{_P}, Mục II, khoản 9.d",
        ),
        ComponentStyle(
            "confidentiality", "Dấu chỉ độ mật", "10a", Range(13, 14, 13), True, False,
            Case.UPPER, "center", f"{_P}, Mục III, khoản 2.a",
            note="Stamped by hand under the state-secret law; the text stands for the stamp.",
        ),
        ComponentStyle(
            "urgency", "Dấu chỉ mức độ khẩn", "10b", Range(13, 14, 13), True, False, Case.UPPER,
            "center", f"{_P}, Mục III, khoản 2.b",
        ),
        ComponentStyle(
            "circulation", "Chỉ dẫn về phạm vi lưu hành", "11", Range(13, 14, 13), True, False,
            Case.UPPER, "center", f"{_P}, Mục III, khoản 2.c",
        ),
        ComponentStyle(
            "drafter", "Ký hiệu người soạn thảo, số lượng bản phát hành", "12", Range(11, 11, 11),
            False, False, None, "left", f"{_P}, Mục III, khoản 3",
        ),
        ComponentStyle(
            "contact", "Địa chỉ, thông tin liên hệ", "13", Range(11, 12, 11), False, False,
            Case.NORMAL, "center", f"{_P}, Mục III, khoản 4",
        ),
        ComponentStyle(
            "appendix_label", "Phụ lục (số)", None, Range(14, 14, 14), True, False, Case.NORMAL,
            "center", f"{_P}, Mục III, khoản 1.b",
        ),
        ComponentStyle(
            "appendix_title", "Tên phụ lục", None, Range(13, 14, 14), True, False, Case.UPPER,
            "center", f"{_P}, Mục III, khoản 1.b",
        ),
        ComponentStyle(
            "appendix_reference", "Dòng (Kèm theo …)", None, Range(13, 14, 14), False, True,
            Case.NORMAL, "center", f"{_P}, Mục III, khoản 1.c", space_after=6,
        ),
        ComponentStyle(
            "page_number", "Số trang", None, Range(13, 14, 14), False, False, None, "center",
            f"{_P}, Mục I, khoản 7",
        ),
    ),
    rules=(
        RuleLine(
            "motto_rule", "national_motto", Range(1, 1, 1), 0.75, f"{_P}, Mục II, khoản 1.b",
            gap_mm=_GAP, note=_GAP_NOTE,
        ),
        RuleLine(
            "agency_rule", "agency", Range(1 / 3, 1 / 2, 5 / 12), 0.75, f"{_P}, Mục II, khoản 2.b",
            gap_mm=_GAP, note=_GAP_NOTE,
        ),
        RuleLine(
            "subject_rule", "subject", Range(1 / 3, 1 / 2, 5 / 12), 0.75,
            f"{_P}, Mục II, khoản 5.b",
            gap_mm=_GAP, note=_GAP_NOTE,
        ),
        RuleLine(
            "appendix_rule", "appendix_reference", Range(1 / 3, 1 / 2, 5 / 12), 0.75,
            f"{_S}, mẫu 2.1 and 2.2", gap_mm=_GAP, sized_by="appendix_title",
            note="The decree's text sets no rule under an appendix's heading; its samples "
            "draw a short one under the (Kèm theo …) line. We size it as the trích yếu's "
            "rule, from the appendix's title.",
        ),
        RuleLine(
            "contact_rule", "contact", Range(1, 1, 1), 0.75, f"{_P}, Mục III, khoản 4",
            spans="text_area",
            note="Above the contact lines (ô 13), the whole width of the text area.",
        ),
    ),
    stamps=(
        Stamp("urgency", "HOẢ TỐC", 30, 8, f"{_P}, Mục III, khoản 2.b"),
        Stamp("urgency", "THƯỢNG KHẨN", 40, 8, f"{_P}, Mục III, khoản 2.b"),
        Stamp("urgency", "KHẨN", 20, 8, f"{_P}, Mục III, khoản 2.b"),
        Stamp("confidentiality", "TUYỆT MẬT", 40, 8, _SECRET, _SECRET_NOTE),
        Stamp("confidentiality", "TỐI MẬT", 30, 8, _SECRET, _SECRET_NOTE),
        Stamp("confidentiality", "MẬT", 20, 8, _SECRET, _SECRET_NOTE),
    ),
    spacings=(
        Spacing(
            "header_to_type_name", "Khoảng cách từ dòng địa danh đến tên loại văn bản",
            "baseline of the place-and-date line (ô 4) to baseline of the type name (ô 5a)",
            Range(11, 22, 17), f"{_S}, mẫu 1.1–1.8 (11.3–21.3 mm; the decree's text gives none)",
        ),
        Spacing(
            "subject_rule_to_text", "Khoảng cách dưới đường kẻ trích yếu",
            "rule under the trích yếu (ô 5a) to the top of the next ink",
            Range(6, 10.5, 8.5), f"{_S}, mẫu 1.1–1.8 (6.1–10.3 mm; the decree's text gives none)",
        ),
        Spacing(
            "appendix_rule_to_text", "Khoảng cách dưới đường kẻ của phụ lục",
            "rule under an appendix's heading to the top of the next ink",
            Range(6, 12, 8.5), f"{_S}, mẫu 2.1 (10.3 mm; the decree's text gives none)",
        ),
    ),
)  # fmt: skip
