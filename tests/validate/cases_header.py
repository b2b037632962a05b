"""Cases for the header family: Quốc hiệu, Tiêu ngữ, agency, number/date places (HD…),
the rules under the headings (RL…) and the marks (MK…).

Passing inputs are our renderer's output (rules drawn as measured paragraph borders) and
real Word files of the shared corpus that are right; failing inputs are real files that
carry the defect, and edits of ours or of a real file that introduce it.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.validate import builders as b
from tests.validate import builders_header as h
from tests.validate import builders_layout as lay
from tests.validate.cases import case

ND30_FILE = "vanbanplus__30_2020_ND_CP.docx"
TTR_EN_DASH = b.TTR_CORPUS  # Tờ trình 2114/TTr-SNV: Tiêu ngữ with en dashes
TTR_NO_SUBJECT_RULE = "vbai__TO_TRINH_XET_DUYET_XA_PHUONG_KHONG_MA_TUY.docx"
TB_LONG_RULES = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"
FORM_SHORT_MOTTO_RULE = "qlxdvbpl__TP-CC-36.docx"
BC_SHORT_AGENCY_RULE = "vbai__Bao_cao_nam_2025.docx"

NAME = "CỘNG HÒA"
MOTTO = "Độc lập - Tự do"
AGENCY = "ỦY BAN NHÂN DÂN"  # our compliant dispatch: ỦY BAN NHÂN DÂN / TỈNH KON TUM
QD_AGENCY = "TỈNH BÌNH THUẬN"  # the Quyết định's agency, last line
QD_SUBJECT = "Hiệp hội Doanh"  # the Quyết định's subject, last line
DATE = "Kon Tum, ngày"


def ours() -> bytes:
    return b.compliant_docx()


def rich() -> bytes:
    return b.rich_docx()


def qd() -> bytes:
    return b.corpus(b.QD_CORPUS)


def ours_tt01() -> bytes:
    return b.compliant_docx("tt01-2011")


def real(name: str) -> Callable[[], bytes]:
    return lambda: b.corpus(name)


nd30 = real(ND30_FILE)


def on(source: Callable[[], bytes], fn: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    return lambda: fn(source())


# ----------------------------------------------------------------------------- HD

for code in (f"HD{n:03d}" for n in range(1, 13)):
    case(code, "pass", "our compliant dispatch", ours)
    case(code, "pass", "a real Quyết định (Word)", qd)
for code in ("HD001", "HD002", "HD004", "HD005", "HD009", "HD010", "HD011", "HD012"):
    case(code, "pass", "our compliant dispatch under Circular 01", ours_tt01)
case("HD002", "pass", "CỘNG HOÀ (the decree's own tone placement)",
     on(ours, lambda d: h.set_text(d, NAME, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")))  # fmt: skip
case("HD002", "pass", "the Nghị định itself", nd30)
case("HD007", "pass", "the Nghị định itself", nd30)

case("HD001", "fail", "Quốc hiệu removed from ours", on(ours, lambda d: h.set_text(d, NAME, "")))
case("HD001", "fail", "Quốc hiệu removed from a real Quyết định",
     on(qd, lambda d: h.set_text(d, NAME, "")))  # fmt: skip
case("HD002", "fail", "VIET NAM without diacritics",
     on(ours, lambda d: h.set_text(d, NAME, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM")))  # fmt: skip
case("HD002", "fail", "abbreviated XHCN in a real Quyết định",
     on(qd, lambda d: h.set_text(d, NAME, "CỘNG HÒA XHCN VIỆT NAM")))  # fmt: skip
case("HD003", "fail", "a line break in the Quốc hiệu",
     on(ours, lambda d: h.break_line(d, NAME, "CHỦ NGHĨA")))  # fmt: skip
case("HD003", "fail", "a line break in a real Quyết định's Quốc hiệu",
     on(qd, lambda d: h.break_line(d, NAME, "CHỦ NGHĨA")))  # fmt: skip
case("HD003", "fail", "the Quốc hiệu's column narrowed to 77.6 mm",
     on(ours, lambda d: h.set_column_width(d, 1, 4400)))  # fmt: skip
case("HD004", "fail", "Tiêu ngữ removed", on(ours, lambda d: h.set_text(d, MOTTO, "")))
case("HD004", "fail", "Tiêu ngữ removed from a real Quyết định",
     on(qd, lambda d: h.set_text(d, MOTTO, "")))  # fmt: skip
case("HD005", "fail", "Độc Lập - Tự Do - Hạnh Phúc",
     on(ours, lambda d: h.set_text(d, MOTTO, "Độc Lập - Tự Do - Hạnh Phúc")))  # fmt: skip
case("HD005", "fail", "a full stop after the Tiêu ngữ of a real Quyết định",
     on(qd, lambda d: h.set_text(d, MOTTO, "Độc lập - Tự do - Hạnh phúc.")))  # fmt: skip
case("HD006", "fail", "hyphens without spaces",
     on(ours, lambda d: h.set_text(d, MOTTO, "Độc lập-Tự do-Hạnh phúc")))  # fmt: skip
case("HD006", "fail", "hyphens without spaces in a real Quyết định",
     on(qd, lambda d: h.set_text(d, MOTTO, "Độc lập-Tự do-Hạnh phúc")))  # fmt: skip
case("HD007", "fail", "en dashes in a real Tờ trình", real(TTR_EN_DASH))
case("HD007", "fail", "en dashes in ours",
     on(ours, lambda d: h.set_text(d, MOTTO, "Độc lập – Tự do – Hạnh phúc")))  # fmt: skip
case("HD008", "fail", "an empty paragraph between Quốc hiệu and Tiêu ngữ",
     on(ours, lambda d: h.insert_empty_after(d, NAME)))  # fmt: skip
case("HD008", "fail", "an empty paragraph in a real Quyết định",
     on(qd, lambda d: h.insert_empty_after(d, NAME)))  # fmt: skip
case("HD009", "fail", "agency name removed", on(ours, lambda d: h.clear_paragraph(d, AGENCY)))
case("HD009", "fail", "agency name removed from a real Quyết định",
     on(qd, lambda d: h.clear_paragraph(h.clear_paragraph(d, "ỦY"), QD_AGENCY)))  # fmt: skip
case("HD010", "fail", "the date line moved up under the Tiêu ngữ",
     on(ours, lambda d: h.move_paragraph(d, DATE, MOTTO)))  # fmt: skip
case("HD011", "fail", "header columns swapped", on(ours, lambda d: h.swap_cells(d)))
case("HD011", "fail", "header columns of a real Quyết định swapped",
     on(qd, lambda d: h.swap_cells(d)))  # fmt: skip
case("HD012", "fail", "number and date swapped in their row",
     on(ours, lambda d: h.swap_cells(d, row=1)))  # fmt: skip

# ----------------------------------------------------------------------------- RL

for code in ("RL001", "RL002", "RL003", "RL004", "RL007", "RL008", "RL009", "RL010", "RL011"):
    case(code, "pass", "our compliant dispatch (measured borders)", ours)
    case(code, "pass", "our compliant dispatch under Circular 01", ours_tt01)
for code in ("RL001", "RL002", "RL003", "RL004", "RL005", "RL006", "RL007", "RL009"):
    case(code, "pass", "a real Quyết định (Word shapes)", qd)
for code in ("RL002", "RL004", "RL008", "RL010", "RL011"):
    case(code, "pass", "the Nghị định's superscript underscores", nd30)
ttr = real(b.TTR_CORPUS)
for code in ("RL005", "RL006"):
    case(code, "pass", "a real Tờ trình (Word shapes)", ttr)
case("RL008", "pass", "an inline line shape",
     on(ours, lambda d: h.rule_as_shape(d, MOTTO, 56.0, floating=False)))  # fmt: skip

case("RL001", "fail", "motto rule removed", on(ours, lambda d: h.remove_rule_after(d, MOTTO)))
case("RL001", "fail", "motto rule shape removed from a real Quyết định",
     on(qd, lambda d: h.remove_rule_after(d, MOTTO)))  # fmt: skip
case("RL002", "fail", "a real form's 54 mm rule under a 60.5 mm Tiêu ngữ",
     real(FORM_SHORT_MOTTO_RULE))  # fmt: skip
case("RL002", "fail", "motto rule indented to 29 mm",
     on(ours, lambda d: h.set_rule_after(d, MOTTO, left=1800, right=1800)))  # fmt: skip
case("RL002", "fail", "motto rule of a real Quyết định shortened to 48 mm",
     on(qd, lambda d: h.scale_shape_after(d, MOTTO, 0.8)))  # fmt: skip
case("RL003", "fail", "agency rule removed", on(ours, lambda d: h.remove_rule_after(d, AGENCY)))
case("RL003", "fail", "agency rule shape removed from a real Quyết định",
     on(qd, lambda d: h.remove_rule_after(d, QD_AGENCY)))  # fmt: skip
case("RL004", "fail", "a real Thông báo's 30 mm rule under a 43 mm name", real(TB_LONG_RULES))
case("RL004", "fail", "a real Báo cáo's 10 mm rule under a 41–47 mm name",
     real(BC_SHORT_AGENCY_RULE))  # fmt: skip
case("RL004", "fail", "agency rule across the whole cell",
     on(ours, lambda d: h.set_rule_after(d, AGENCY, left=0, right=0)))  # fmt: skip
case("RL005", "fail", "a real Tờ trình with no rule under its subject",
     real(TTR_NO_SUBJECT_RULE))  # fmt: skip
case("RL005", "fail", "subject rule removed from a real Quyết định",
     on(qd, lambda d: h.remove_rule_after(d, QD_SUBJECT)))  # fmt: skip
case("RL006", "fail", "a real Thông báo's 40 mm rule under a 150–165 mm subject",
     real(TB_LONG_RULES))  # fmt: skip
case("RL006", "fail", "subject rule of a real Quyết định lengthened to 78 mm",
     on(qd, lambda d: h.scale_shape_after(d, QD_SUBJECT, 2.5)))  # fmt: skip
case("RL007", "fail", "rules drawn as underscores in the Nghị định itself", nd30)
case("RL007", "fail", "our motto rule typed as underscores",
     on(ours, lambda d: h.rule_as_underscores(d, MOTTO, 24)))  # fmt: skip
case("RL008", "fail", "a floating-shape rule in a real Quyết định", qd)
case("RL008", "fail", "our motto rule drawn as a floating shape",
     on(ours, lambda d: h.rule_as_shape(d, MOTTO, 56.0)))  # fmt: skip
case("RL009", "fail", "the Tiêu ngữ underlined instead of ruled",
     on(ours, lambda d: b.set_runs(h.remove_rule_after(d, MOTTO), MOTTO, underline=True)))  # fmt: skip
case("RL009", "fail", "the Tiêu ngữ of a real Quyết định underlined",
     on(qd, lambda d: b.set_runs(h.remove_rule_after(d, MOTTO), MOTTO, underline=True)))  # fmt: skip
case("RL010", "fail", "agency rule pushed to the left",
     on(ours, lambda d: h.set_rule_after(d, AGENCY, left=0, right=3178)))  # fmt: skip
case("RL010", "fail", "underscores in a left-aligned paragraph",
     on(ours, lambda d: b.set_paragraph(h.rule_as_underscores(d, MOTTO, 24), "____", align="left")))  # fmt: skip
case("RL011", "fail", "a dashed border",
     on(ours, lambda d: h.set_rule_after(d, MOTTO, style="dashed")))  # fmt: skip
case("RL011", "fail", "a double border under the agency",
     on(ours, lambda d: h.set_rule_after(d, AGENCY, style="double")))  # fmt: skip
case("RL011", "fail", "typed hyphens",
     on(ours, lambda d: b.replace_text(h.rule_as_underscores(d, MOTTO, 24), "_" * 24, "-" * 24)))  # fmt: skip

# ----------------------------------------------------------------------------- MK

for code in (f"MK{n:03d}" for n in range(1, 8)):
    case(code, "pass", "our dispatch with all three marks", rich)
case("MK001", "pass", "HỎA TỐC (tone variant of HOẢ TỐC)",
     on(rich, lambda d: h.set_text(d, "KHẨN", "HỎA TỐC")))  # fmt: skip
case("MK001", "pass", "THƯỢNG KHẨN under Circular 01",
     on(lambda: b.rich_docx("tt01-2011"), lambda d: h.set_text(d, "KHẨN", "THƯỢNG KHẨN")))  # fmt: skip
case("MK002", "pass", "TUYỆT MẬT", on(rich, lambda d: h.set_text(d, "MẬT", "TUYỆT MẬT")))

case("MK001", "fail", "KHẨN CẤP", on(rich, lambda d: h.set_text(d, "KHẨN", "KHẨN CẤP")))
case("MK001", "fail", "HỎA TỐC HẸN GIỜ",
     on(rich, lambda d: h.set_text(d, "KHẨN", "HỎA TỐC HẸN GIỜ")))  # fmt: skip
case("MK002", "fail", "BÍ MẬT", on(rich, lambda d: h.set_text(d, "MẬT", "BÍ MẬT")))
case("MK003", "fail", "KHẨN not boxed", on(rich, lambda d: lay.unbox_mark(d, "KHẨN")))
case("MK003", "fail", "KHẨN as plain text in a real quyết định",
     on(qd, lambda d: lay.add_mark(d, "Số:", "KHẨN", bordered=False)))  # fmt: skip
case("MK004", "fail", "XEM XONG TRẢ LẠI not boxed",
     on(rich, lambda d: lay.unbox_mark(d, "XEM XONG TRẢ LẠI")))  # fmt: skip
case("MK005", "fail", "KHẨN in the right column",
     on(rich, lambda d: h.move_paragraph(d, "KHẨN", "Kon Tum, ngày")))  # fmt: skip
case("MK006", "fail", "MẬT in the right column",
     on(rich, lambda d: h.move_paragraph(d, "MẬT", "Kon Tum, ngày")))  # fmt: skip
case("MK007", "fail", "circulation instruction below the Quốc hiệu",
     on(rich, lambda d: h.move_paragraph(d, "XEM XONG", "Kon Tum, ngày")))  # fmt: skip
