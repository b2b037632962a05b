"""Cases for the layout rules of issue 9: the gap under a rule (RL012), rules sized from the
wrapped line (RL006), orphan words in the header (HD013), off-centre centred lines (BD012),
mark boxes at the stamps' sizes (MK008–MK011) and the contact block (PG008, PG009).

Passing inputs are our renderer's output, the decree's own samples (Phụ lục III, cut out of
the decree's file one sample at a time) and real Word files that are right; failing inputs
are real files that carry the fault, and edits of ours or of a real file that bring it in
the way an office (or our old renderer) did.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.validate import builders as b
from tests.validate import builders_header as h
from tests.validate import builders_layout as lay
from tests.validate.builders_layout import on
from tests.validate.cases import case

MOTTO = "Độc lập - Tự do"
AGENCY = "ỦY BAN NHÂN DÂN"
TTR_HUGGING = b.TTR_CORPUS  # Tờ trình 2114/TTr-SNV: shapes 0.4–0.5 mm under the ink
BC_HUGGING = "vbai__BAO_CAO_CCHC_NAM_2025.docx"  # the Tiêu ngữ's rule 0.3 mm under it
KNTC_FAR = "csdlgia2018__KNTC1570419955_1.docx"  # underscores 6.8 mm under the trích yếu
CV_CLEAR = "vbai__CV_cong_nhan_ket_qua_dai_hoi_cua_Hoi_Nu_doanh_nhan_tinh.docx"  # 1.3–1.4 mm
KH_CLEAR = "vanbanbot__Ke_hoach_to_chuc_sinh_hoat_Lich_su_theo_cum_truong-2026.docx"
TB_TWO_PAGES = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"
QD_SECTIONS = "vbstreamlit__mau_4_qd_ban_hanh.docx"  # a quyết định and its 6 appendix sections
PL5 = "vanbanplus__Phuluc5.docx"  # "DANH MỤC HỒ SƠ" centred with a 1.27 cm first-line indent


def ours() -> bytes:
    return b.compliant_docx()


def rich() -> bytes:
    return b.rich_docx()


def qd() -> bytes:
    return b.corpus(b.QD_CORPUS)


def real(name: str) -> Callable[[], bytes]:
    return lambda: b.corpus(name)


def sample(label: str) -> Callable[[], bytes]:
    return lambda: lay.decree_sample(label)


# ----------------------------------------------------------------------------- RL012

case("RL012", "pass", "our compliant dispatch", ours)
case(
    "RL012",
    "pass",
    "our compliant dispatch under Circular 01",
    lambda: b.compliant_docx("tt01-2011"),
)
case("RL012", "pass", "our dispatch with marks and appendices", rich)
case("RL012", "pass", "a 200-character trích yếu (our quyết định)", lay.typed_docx)
for label in ("Mẫu 1.1", "Mẫu 1.2", "Mẫu 1.3", "Mẫu 1.5", "Mẫu 1.7"):
    case("RL012", "pass", f"the decree's {label} (superscript underscores, 2.8–4.0 mm)",
         sample(label))  # fmt: skip
case("RL012", "pass", "the decree's Phụ lục III (the appendix rules, 3.0 mm)", real(lay.P3))
case("RL012", "pass", "the Nghị định itself (2.9–3.7 mm)", real("vanbanplus__30_2020_ND_CP.docx"))
case("RL012", "pass", "a real công văn whose shapes stand 1.3–1.4 mm under", real(CV_CLEAR))
case("RL012", "pass", "a real kế hoạch whose shapes stand 1.4–1.7 mm under", real(KH_CLEAR))
case("RL012", "pass", "our agency rule as a bottom border 6 pt away",
     on(ours, lambda d: lay.rule_as_bottom_border(d, AGENCY, 6)))  # fmt: skip

case("RL012", "fail", "our Tiêu ngữ's rule with no space before (0.1 mm)",
     on(ours, lambda d: lay.set_rule_spacing(d, MOTTO, 0)))  # fmt: skip
case("RL012", "fail", "our Tiêu ngữ ruled by its bottom border 1 pt away (0.4 mm)",
     on(ours, lambda d: lay.rule_as_bottom_border(d, MOTTO, 1)))  # fmt: skip
case("RL012", "fail", "our Tiêu ngữ's rule 30 pt down (10.7 mm)",
     on(ours, lambda d: lay.set_rule_spacing(d, MOTTO, 600)))  # fmt: skip
case("RL012", "fail", "a real tờ trình whose shapes hug the text (0.5 mm)", real(TTR_HUGGING))
case("RL012", "fail", "a real báo cáo whose Tiêu ngữ rule touches the «p» (0.3 mm)",
     real(BC_HUGGING))  # fmt: skip
case("RL012", "fail", "a real quyết định whose Tiêu ngữ rule is 0.9 mm under", qd)
case("RL012", "fail", "a real quyết định whose trích yếu rule is typed 6.8 mm under",
     real(KNTC_FAR))  # fmt: skip

# ----------------------------------------------------------------------------- RL006, RL004


def qd_200(fraction: float) -> Callable[[], bytes]:
    def build() -> bytes:
        data = h.set_text(qd(), "Phê duyệt Điều lệ", lay.SUBJECT_200)
        return lay.set_subject_rule_shape(data, "Về việc phê duyệt", "Hiệp hội Doanh", fraction)

    return build


case("RL006", "pass", "a 200-character trích yếu, our rule sized from its wrapped lines",
     lay.typed_docx)  # fmt: skip
case("RL006", "pass", "a 200-character trích yếu with a rule 0.42 of its longest wrapped line",
     on(lay.typed_docx, lambda d: lay.subject_rule_fraction(d, "Về việc phê duyệt", 0.42)))  # fmt: skip
case("RL006", "pass", "a real quyết định's 200-character trích yếu, shape 0.42 of the wrapped line",
     qd_200(0.42))  # fmt: skip
case("RL006", "fail", "a 200-character trích yếu under a 165 mm rule (the whole width)",
     on(lay.typed_docx, lambda d: lay.subject_rule_fraction(d, "Về việc phê duyệt", 1.0001)))  # fmt: skip
case("RL006", "fail", "a real quyết định's 200-character trích yếu under a 160 mm shape",
     qd_200(1.0001))  # fmt: skip
case("RL004", "pass", "the decree's Mẫu 1.1", sample("Mẫu 1.1"))


def ours_long_agency(rule_mm: float) -> Callable[[], bytes]:
    def build() -> bytes:
        data = h.set_text(ours(), AGENCY, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
        indent = round((4120 - rule_mm * lay.TWIPS_PER_MM) / 2)
        return h.set_rule_after(data, "SỞ THÔNG TIN", left=indent, right=indent)

    return build


# the name wraps in its 73 mm column: «SỞ THÔNG TIN VÀ TRUYỀN» (57 mm) / «THÔNG»; half of the
# unwrapped 76 mm line would allow a 38 mm rule, half of the longest printed line 28.6 mm
case("RL004", "pass", "a wrapped agency name under a 22 mm rule", ours_long_agency(22))
case("RL004", "fail", "a wrapped agency name under a 36 mm rule (sized from the unwrapped line)",
     ours_long_agency(36))  # fmt: skip

# ----------------------------------------------------------------------------- HD013

ORPHAN = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"


def ours_orphan() -> bytes:
    return h.set_text(ours(), AGENCY, ORPHAN)


case("HD013", "pass", "our compliant dispatch", ours)
case("HD013", "pass", "the agency broken by hand: SỞ THÔNG TIN / VÀ TRUYỀN THÔNG",
     on(ours_orphan, lambda d: h.break_line(d, "SỞ THÔNG TIN", "VÀ TRUYỀN")))  # fmt: skip
case("HD013", "pass", "a real quyết định", qd)
case("HD013", "pass", "the decree's Mẫu 1.1", sample("Mẫu 1.1"))
case("HD013", "pass", "a 200-character trích yếu (our quyết định)", lay.typed_docx)
case("HD013", "fail", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG in our 73 mm column (… / THÔNG)",
     ours_orphan)  # fmt: skip
case("HD013", "fail", "a real quyết định's agency: SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN (… / THÔN)",
     on(qd, lambda d: h.set_text(d, "TỈNH BÌNH THUẬN", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")))  # fmt: skip

# ----------------------------------------------------------------------------- BD012

case("BD012", "pass", "our compliant dispatch", ours)
case("BD012", "pass", "our dispatch with marks and appendices", rich)
case("BD012", "pass", "a real quyết định", qd)
case("BD012", "pass", "the Nghị định itself", real("vanbanplus__30_2020_ND_CP.docx"))
case("BD012", "pass", "the decree's Mẫu 1.2", sample("Mẫu 1.2"))
case("BD012", "pass", "a one-line right-aligned paragraph with a first-line indent",
     on(ours, lambda d: b.set_paragraph(d, "Yêu cầu các đơn vị", align="right", first_line=720)))  # fmt: skip
case("BD012", "fail", "our Quốc hiệu centred with a 1.27 cm first-line indent (6.4 mm)",
     on(ours, lambda d: b.set_paragraph(d, "CỘNG HÒA", first_line=720)))  # fmt: skip
case("BD012", "fail", "a real quyết định's «QUYẾT ĐỊNH:» with the body's first-line indent",
     on(qd, lambda d: b.set_paragraph(d, "QUYẾT ĐỊNH:", first_line=720)))  # fmt: skip
case("BD012", "fail", "a wrapped right-aligned paragraph with a first-line indent",
     on(ours, lambda d: b.set_paragraph(d, "Thực hiện Hướng dẫn", align="right", first_line=720)))  # fmt: skip
case("BD012", "fail", "the decree's Phụ lục V: «DANH MỤC HỒ SƠ» 6.3 mm right of centre", real(PL5))
case("BD012", "fail", "a real quyết định's table title 6.3 mm right of centre", real(QD_SECTIONS))

# ----------------------------------------------------------------------------- MK008–MK011


def rich_bordered(*words: str, touching: bool = False) -> Callable[[], bytes]:
    def build() -> bytes:
        data = rich()
        for word in words:
            data = lay.mark_as_bordered_paragraph(data, word, spacer=not touching)
        return data

    return build


def qd_marks(*, tables: bool) -> bytes:
    size = (20.0, 8.0) if tables else None
    data = lay.add_mark(qd(), "Số:", "KHẨN", table=size)
    return lay.add_mark(data, "Số:", "MẬT", table=size)


case("MK008", "pass", "our 20 × 8 mm table around KHẨN", rich)
case("MK008", "pass", "THƯỢNG KHẨN in a 40 × 8 mm table",
     on(rich, lambda d: lay.resize_mark_table(h.set_text(d, "KHẨN", "THƯỢNG KHẨN"),
                                              "THƯỢNG KHẨN", 40, 8)))  # fmt: skip
case("MK008", "pass", "a real quyết định with KHẨN in a 20 × 8 mm table",
     lambda: lay.add_mark(qd(), "Số:", "KHẨN", table=(20, 8)))  # fmt: skip
case("MK008", "fail", "KHẨN in paragraph borders across the agency's column (72 × 7 mm)",
     rich_bordered("KHẨN"))  # fmt: skip
case(
    "MK008",
    "fail",
    "KHẨN in a 30 × 8 mm table",
    on(rich, lambda d: lay.resize_mark_table(d, "KHẨN", 30, 8)),
)
case("MK008", "fail", "a real quyết định with KHẨN bordered across its column (51 × 6 mm)",
     lambda: lay.add_mark(qd(), "Số:", "KHẨN"))  # fmt: skip

case("MK009", "pass", "our 20 × 8 mm table around MẬT", rich)
case("MK009", "pass", "a real quyết định with MẬT in a 20 × 8 mm table",
     lambda: lay.add_mark(qd(), "Số:", "MẬT", table=(20, 8)))  # fmt: skip
case("MK009", "fail", "MẬT in paragraph borders across the agency's column", rich_bordered("MẬT"))
case("MK009", "fail", "a real quyết định with MẬT bordered across its column",
     lambda: lay.add_mark(qd(), "Số:", "MẬT"))  # fmt: skip

case("MK010", "pass", "MẬT and KHẨN in two tables", rich)
case("MK010", "pass", "a real quyết định with MẬT and KHẨN in two tables",
     lambda: qd_marks(tables=True))  # fmt: skip
case("MK010", "fail", "MẬT and KHẨN as touching bordered paragraphs (one 12 mm box)",
     rich_bordered("MẬT", "KHẨN", touching=True))  # fmt: skip
case("MK010", "fail", "a real quyết định with MẬT and KHẨN as touching bordered paragraphs",
     lambda: qd_marks(tables=False))  # fmt: skip

case("MK011", "pass", "ô 11 in a first row of its own", rich)
case("MK011", "pass", "a real quyết định with ô 11 in a first row of its own",
     on(qd, lambda d: lay.add_circulation(d, "XEM XONG TRẢ LẠI", own_row=True)))  # fmt: skip
case("MK011", "fail", "ô 11 above the Quốc hiệu in its cell (8.3 mm lower than the agency)",
     on(rich, lay.circulation_above_name))  # fmt: skip
case("MK011", "fail", "a real quyết định with ô 11 bordered above its Quốc hiệu (6.5 mm)",
     on(qd, lambda d: lay.add_circulation(d, "XEM XONG TRẢ LẠI", own_row=False)))  # fmt: skip

# the placement rules read a mark's 1×1 table nested in the header's cell by that cell
case("MK005", "fail", "KHẨN's 1×1 table moved into the Quốc hiệu's cell, above the date",
     on(rich, lambda d: lay.move_mark_table(d, "KHẨN", "Kon Tum, ngày")))  # fmt: skip
case("MK007", "fail", "ô 11's 1×1 table in the agency's column of its own row",
     on(rich, lay.circulation_to_left_cell))  # fmt: skip

# ----------------------------------------------------------------------------- PG008, PG009

case("PG008", "pass", "our contact lines in the main text's first-page footer", rich)
case("PG008", "pass", "a real two-page thông báo with the contact lines in a first-page footer",
     on(real(TB_TWO_PAGES), lambda d: lay.add_footer(d, "first")))  # fmt: skip
case("PG008", "fail", "our contact lines in the default footer (every page, the appendices')",
     on(rich, lambda d: lay.retype_footer(d, "rIdFirstFooter", "default")))  # fmt: skip
case("PG008", "fail", "our appendices without an empty first footer (they inherit ô 13)",
     on(rich, lambda d: lay.drop_footer_references(d, "rIdEmptyFooter")))  # fmt: skip
case("PG008", "fail", "a real two-page thông báo with the contact lines in its default footer",
     on(real(TB_TWO_PAGES), lambda d: lay.add_footer(d, "default")))  # fmt: skip
case("PG008", "fail", "a real quyết định whose appendix sections inherit its first footer",
     on(real(QD_SECTIONS), lambda d: lay.add_footer(d, "first", only_first=True)))  # fmt: skip

case("PG009", "pass", "our contact lines under a 165 mm top border", rich)
case("PG009", "pass", "a real thông báo with a full-width rule over its contact lines",
     on(real(TB_TWO_PAGES), lambda d: lay.add_footer(d, "first")))  # fmt: skip
case("PG009", "fail", "our contact lines indented 25.4 mm each side (114 mm rule)",
     on(rich, lambda d: lay.set_contact(d, left=1440, right=1440)))  # fmt: skip
case(
    "PG009",
    "fail",
    "our contact lines with no rule",
    on(rich, lambda d: lay.set_contact(d, border=0)),
)
case("PG009", "fail", "a real quyết định with a 90 mm rule over its contact lines",
     on(qd, lambda d: lay.add_footer(d, "first", indent=2000)))  # fmt: skip

# RL013: the text under the trích yếu's rule (ô 5a spacing of the samples)
case("RL013", "pass", "our quyết định: 8.2 mm computed (8.6 mm in LibreOffice's PDF)", lay.typed_docx)
case("RL013", "fail", "the rule's paragraph with no space after (our renderer before issue 9)",
     on(lay.typed_docx, lambda d: lay.set_rule_spacing(d, "Về việc phê duyệt", 0, "after")))  # fmt: skip
