# ruff: noqa: E501  (one row per component: the table reads best unwrapped)
"""Circular 01/2011/TT-BNV on the format of administrative documents, as data. No logic here.

In force until Decree 30/2020 took over on 05/03/2020. Where it differs from Decree 30:
any Vietnamese Unicode font (Times New Roman in its samples), page numbers at the bottom
right, exact line spacing of at least 15 pt allowed. Article numbers follow our secondary
sources (see docs/standards.md); sizes are those both texts share.
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

_T = "Circular 01/2011/TT-BNV"
U, N = Case.UPPER, Case.NORMAL
_GAP = Range(1.0, 6.0, 3.0)
_GAP_NOTE = (
    "No gap is given; as under Decree 30/2020, whose samples stand rules 2.8–3.9 mm below the ink."
)

STANDARD = Standard(
    id="tt01-2011",
    title="Circular 01/2011/TT-BNV",
    effective_from=date(2011, 3, 5),
    effective_to=date(2020, 3, 5),
    page=PageSpec(
        width_mm=210, height_mm=297, orientation="portrait",
        top_mm=Range(20, 25, 20), bottom_mm=Range(20, 25, 20),
        left_mm=Range(30, 35, 30), right_mm=Range(15, 20, 15),
        header_mm=10, font="Times New Roman", color="000000",
        font_rule="any Vietnamese Unicode font of TCVN 6909:2001 (Times New Roman in its samples), black",
        locator=f"{_T}, Điều 5, khoản 1 and 2", margins_locator=f"{_T}, Điều 5, khoản 3",
        font_locator=f"{_T}, Điều 4",
    ),
    page_numbers=PageNumbering("footer-right", False, True, f"{_T}, Điều 15"),
    body_indent_cm=(1.0, 1.27),
    body_line_spacing=Range(1.0, 1.5, 1.15),
    body_exact_line_pt_min=15,
    body_space_after_min_pt=6,
    body_locator=f"{_T}, Điều 11",
    zero_pad_below=10,
    zero_padded_months=(1, 2),
    date_locator=f"{_T}, Điều 8 and 9",
    national_name="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    national_motto="Độc lập - Tự do - Hạnh phúc",
    national_locator=f"{_T}, Điều 6",
    components=(
        ComponentStyle("national_name", "Quốc hiệu", "1", Range(12, 13, 12), True, False, U, "center", f"{_T}, Điều 6"),
        ComponentStyle("national_motto", "Tiêu ngữ", "1", Range(13, 14, 13), True, False, None, "center", f"{_T}, Điều 6"),
        ComponentStyle("parent_agency", "Tên cơ quan chủ quản", "2", Range(12, 13, 12), False, False, U, "center", f"{_T}, Điều 7"),
        ComponentStyle("agency", "Tên cơ quan ban hành", "2", Range(12, 13, 12), True, False, U, "center", f"{_T}, Điều 7"),
        ComponentStyle("number", "Số, ký hiệu", "3", Range(13, 13, 13), False, False, None, "center", f"{_T}, Điều 8"),
        ComponentStyle("place_date", "Địa danh và ngày, tháng, năm", "4", Range(13, 14, 13), False, True, None, "center", f"{_T}, Điều 9"),
        ComponentStyle("type_name", "Tên loại văn bản", "5a", Range(14, 14, 14), True, False, U, "center", f"{_T}, Điều 10", space_before=6),
        ComponentStyle("subject", "Trích yếu nội dung", "5a", Range(14, 14, 14), True, False, N, "center", f"{_T}, Điều 10"),
        ComponentStyle("dispatch_subject", "Trích yếu nội dung công văn", "5b", Range(12, 13, 12), False, False, N, "center", f"{_T}, Điều 10", space_before=6),
        ComponentStyle("recipients", "Kính gửi", "9a", Range(14, 14, 14), False, False, None, "left", f"{_T}, Điều 14", space_before=6, space_after=6),
        ComponentStyle("basis", "Căn cứ ban hành", "6", Range(13, 14, 14), False, True, None, "justify", f"{_T}, Điều 11", space_after=6),
        ComponentStyle("body", "Nội dung văn bản", "6", Range(13, 14, 14), False, False, None, "justify", f"{_T}, Điều 11", space_after=6),
        ComponentStyle("heading_label", "Phần, Chương, Mục", "6", Range(13, 14, 14), True, False, N, "center", f"{_T}, Điều 11", space_before=6),
        ComponentStyle("heading_title", "Tên phần, chương, mục", "6", Range(13, 14, 14), True, False, U, "center", f"{_T}, Điều 11", space_after=6),
        ComponentStyle("article", "Điều", "6", Range(13, 14, 14), True, False, N, "justify", f"{_T}, Điều 11", space_after=6),
        ComponentStyle("authority", "Thẩm quyền ban hành", "6", Range(13, 14, 14), True, False, U, "center", f"{_T}, Phụ lục II (mẫu quyết định)", space_before=6, space_after=6),
        ComponentStyle("enacting", "QUYẾT ĐỊNH: / QUYẾT NGHỊ:", "6", Range(13, 14, 14), True, False, U, "center", f"{_T}, Phụ lục II (mẫu quyết định)", space_before=6, space_after=6),
        ComponentStyle("addressed", "Dòng người gửi (… điện:, … trân trọng giới thiệu:)", "6", Range(13, 14, 14), False, False, None, "center", f"{_T}, Phụ lục II", space_before=6, space_after=6),
        ComponentStyle("copy_kind", "Hình thức sao", None, Range(13, 14, 14), True, False, U, "center", f"{_T}, Điều 16"),
        ComponentStyle("electronic_copy", "Thông tin bản sao điện tử", None, Range(10, 10, 10), False, False, N, "right", "Not in the circular; as Decree 30/2020, Phụ lục I, Phần II"),
        ComponentStyle("confirmation_title", "Xác nhận nơi nghỉ phép", None, Range(11, 14, 11), False, True, N, "center", f"{_T}, Phụ lục II"),
        ComponentStyle("table", "Bảng trong nội dung", "6", Range(12, 14, 13), None, False, None, "left", f"{_T}, Điều 11", note="No size is set for table text."),
        ComponentStyle("signature_title", "Quyền hạn, chức vụ người ký", "7a", Range(13, 14, 14), True, False, U, "center", f"{_T}, Điều 12"),
        ComponentStyle("signer", "Họ tên người ký", "7b", Range(13, 14, 14), True, False, N, "center", f"{_T}, Điều 12"),
        ComponentStyle("distribution_label", "Nơi nhận", "9b", Range(12, 12, 12), True, True, N, "left", f"{_T}, Điều 14"),
        ComponentStyle("distribution", "Danh sách nơi nhận", "9b", Range(11, 11, 11), False, False, None, "left", f"{_T}, Điều 14"),
        ComponentStyle("confidentiality", "Dấu chỉ mức độ mật", "10a", Range(13, 14, 13), True, False, U, "center", f"{_T}, Điều 15"),
        ComponentStyle("urgency", "Dấu chỉ mức độ khẩn", "10b", Range(13, 14, 13), True, False, U, "center", f"{_T}, Điều 15"),
        ComponentStyle("circulation", "Chỉ dẫn về phạm vi lưu hành", "11", Range(13, 14, 13), True, False, U, "center", f"{_T}, Điều 15"),
        ComponentStyle("drafter", "Ký hiệu người đánh máy, số lượng bản", "13", Range(11, 11, 11), False, False, None, "left", f"{_T}, Điều 15"),
        ComponentStyle("contact", "Địa chỉ cơ quan", "14", Range(11, 12, 11), False, False, N, "center", f"{_T}, Điều 15"),
        ComponentStyle("appendix_label", "Phụ lục (số)", None, Range(14, 14, 14), True, False, N, "center", f"{_T}, Điều 15"),
        ComponentStyle("appendix_title", "Tên phụ lục", None, Range(13, 14, 14), True, False, U, "center", f"{_T}, Điều 15"),
        ComponentStyle("appendix_reference", "Dòng (Kèm theo …)", None, Range(13, 14, 14), False, True, N, "center", f"{_T}, Điều 15", space_after=6),
        ComponentStyle("page_number", "Số trang", None, Range(13, 14, 14), False, False, None, "right", f"{_T}, Điều 15"),
    ),
    rules=(
        RuleLine("motto_rule", "national_motto", Range(1, 1, 1), 0.75, f"{_T}, Điều 6", gap_mm=_GAP, note=_GAP_NOTE),
        RuleLine("agency_rule", "agency", Range(1 / 3, 1 / 2, 5 / 12), 0.75, f"{_T}, Điều 7", gap_mm=_GAP, note=_GAP_NOTE),
        RuleLine("subject_rule", "subject", Range(1 / 3, 1 / 2, 5 / 12), 0.75, f"{_T}, Điều 10", gap_mm=_GAP, note=_GAP_NOTE),
        RuleLine("appendix_rule", "appendix_reference", Range(1 / 3, 1 / 2, 5 / 12), 0.75, f"{_T}, Điều 15", gap_mm=_GAP, sized_by="appendix_title", note="Set as under Decree 30/2020's samples."),
        RuleLine("contact_rule", "contact", Range(1, 1, 1), 0.75, f"{_T}, Điều 15", spans="text_area"),
    ),
    stamps=(
        Stamp("urgency", "HOẢ TỐC", 30, 8, f"{_T}, Điều 15"),
        Stamp("urgency", "THƯỢNG KHẨN", 40, 8, f"{_T}, Điều 15"),
        Stamp("urgency", "KHẨN", 20, 8, f"{_T}, Điều 15"),
    ),
    spacings=(
        Spacing("header_to_type_name", "Khoảng cách từ dòng địa danh đến tên loại văn bản", "baseline of the place-and-date line to baseline of the type name", Range(11, 22, 17), "No number in the circular; as in Decree 30/2020's samples (Phụ lục III)"),
        Spacing("subject_rule_to_text", "Khoảng cách dưới đường kẻ trích yếu", "rule under the trích yếu to the top of the next ink", Range(6, 10.5, 8.5), "No number in the circular; as in Decree 30/2020's samples (Phụ lục III)"),
        Spacing(
            "appendix_rule_to_text", "Khoảng cách dưới đường kẻ của phụ lục",
            "rule under an appendix's heading to the top of the next ink",
            Range(4, 12, 6), "No number in the circular; as in Decree 30/2020's samples (Phụ lục III)",
        ),
    ),
)  # fmt: skip
