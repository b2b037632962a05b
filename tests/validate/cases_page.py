"""Cases for the page, font, encoding and page-number rules (PG…, FT…, PN…).

Fail cases break one rule in our compliant dispatch and, where the rule allows, in a real
Word-saved file of the shared corpus; some corpus files break a rule as they are.
"""

from __future__ import annotations

from tests.validate import builders as b
from tests.validate import builders_page as bp
from tests.validate.cases import case

ND30 = "nd30-2020"
TT01 = "tt01-2011"
QD = b.QD_CORPUS
BODY = "Thực hiện Hướng dẫn"  # a body paragraph of the compliant dispatch
QD_BASIS = "Căn cứ Luật"  # a basis paragraph of the corpus Quyết định
ND30_FILE = "vanbanplus__30_2020_ND_CP.docx"
PHULUC1 = "vanbanplus__Phuluc1.docx"
REPORT_2025 = "vbai__BAO_CAO_CCHC_NAM_2025.docx"
TALLY = "vbai__2_Tong_hop_DS_y_kien_thanh_vien_ub_quy_che_an_toan_ANTTM.docx"
FORM = "qlxdvbpl__TP-CC-36.docx"
PLAN = "vanbanbot__Ke_hoach_to_chuc_sinh_hoat_Lich_su_theo_cum_truong-2026.docx"
NOTICE = "vbstreamlit__mau_6_thong_bao_bao_cao.docx"
RULES_DRAFT = "vbstreamlit__mau_4_qd_ban_hanh.docx"
TEMPLATE = "vbstreamlit__mau_cong_van.docx"
REPORT_VNI_STYLE = "vbai__Bao_cao_nam_2025.docx"
CONCLUSION = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"


def corpus(name: str):
    return lambda: b.corpus(name)


def compliant():
    return b.compliant_docx(ND30)


# --------------------------------------------------------------------- page setup

case("PG001", "pass", "our A4 dispatch", compliant)
case("PG001", "pass", "the decree itself (Word, A4)", corpus(ND30_FILE), ND30)
case(
    "PG001",
    "fail",
    "our dispatch on US Letter",
    lambda: bp.set_page_size(compliant(), 215.9, 279.4),
)
case(
    "PG001",
    "fail",
    "the corpus Quyết định on A5",
    lambda: bp.set_page_size(b.corpus(QD), 148, 210),
    ND30,
)
case(
    "PG001",
    "fail",
    "corpus report with Letter landscape appendices (as saved)",
    corpus(REPORT_2025),
    ND30,
)

case("PG002", "pass", "our portrait dispatch", compliant)
case("PG002", "pass", "corpus landscape form holding tables (as saved)", corpus(FORM), ND30)
case(
    "PG002", "pass", "corpus report whose landscape sections hold tables", corpus(REPORT_2025), ND30
)
case("PG002", "fail", "our dispatch turned landscape", lambda: bp.landscape(compliant()))
case(
    "PG002",
    "fail",
    "the corpus Quyết định turned landscape",
    lambda: bp.landscape(b.corpus(QD)),
    ND30,
)
case(
    "PG002",
    "fail",
    "Phụ lục I: a landscape section with a heading only (as saved)",
    corpus(PHULUC1),
    ND30,
)

for _code, _side, _bad, _real in (
    ("PG003", "top", 15, FORM),
    ("PG004", "bottom", 30, b.CV_CORPUS),
    ("PG005", "left", 20, TALLY),
    ("PG006", "right", 25, "vbai__Phieu_trinh_TTr_156.docx"),
):
    case(_code, "pass", f"our dispatch's {_side} margin", compliant)
    case(_code, "pass", "the decree itself (Word)", corpus(ND30_FILE), ND30)
    case(_code, "fail", f"our dispatch with a {_bad} mm {_side} margin",
         lambda side=_side, bad=_bad: b.set_margin(compliant(), side, bad))  # fmt: skip
    case(_code, "fail", f"the corpus Quyết định with a {_bad} mm {_side} margin",
         lambda side=_side, bad=_bad: b.set_margin(b.corpus(QD), side, bad), ND30)  # fmt: skip
    case(_code, "fail", f"a corpus file's own {_side} margin", corpus(_real), ND30)
case("PG005", "fail", "our dispatch, 20 mm left margin under Circular 01/2011",
     lambda: b.set_margin(b.compliant_docx(TT01), "left", 20))  # fmt: skip

case("PG007", "pass", "our dispatch: header 10 mm in a 20 mm top margin", compliant)
case("PG007", "pass", "the decree itself (Word)", corpus(ND30_FILE), ND30)
case("PG007", "fail", "our dispatch with the header 18 mm from the edge",
     lambda: b.set_margin(compliant(), "header", 18))  # fmt: skip
case(
    "PG007",
    "fail",
    "corpus form: 8 mm header in a 12.5 mm top margin (as saved)",
    corpus(FORM),
    ND30,
)
case("PG007", "fail", "corpus công văn: footer number in a 5 mm bottom margin (as saved)",
     corpus(b.CV_CORPUS), TT01)  # fmt: skip

# --------------------------------------------------------------------- fonts

for _code in ("FT001", "FT002", "FT004", "FT006", "FT007", "FT008", "FT009", "FT010", "FT012",
              "FT013"):  # fmt: skip
    case(_code, "pass", "our dispatch", compliant)
    case(_code, "pass", "the corpus Quyết định (Word)", corpus(QD), ND30)

case("FT001", "fail", "our dispatch with an Arial body paragraph",
     lambda: b.set_runs(compliant(), BODY, font="Arial"))  # fmt: skip
case("FT001", "fail", "the corpus Quyết định with an Arial basis",
     lambda: b.set_runs(b.corpus(QD), QD_BASIS, font="Arial"), ND30)  # fmt: skip
case(
    "FT001",
    "fail",
    "corpus tally: table text in the theme's Calibri Light (as saved)",
    corpus(TALLY),
    ND30,
)

case("FT002", "fail", "our dispatch: Times New Roman in ascii, Calibri in hAnsi",
     lambda: bp.set_fonts(compliant(), BODY, ascii="Times New Roman", hAnsi="Calibri",
                          eastAsia="Times New Roman", cs="Times New Roman"))  # fmt: skip
case("FT002", "fail", "the corpus Quyết định: Calibri in hAnsi",
     lambda: bp.set_fonts(b.corpus(QD), QD_BASIS, ascii="Times New Roman", hAnsi="Calibri"),
     ND30)  # fmt: skip

case(
    "FT003",
    "pass",
    "Phụ lục I: East-Asian hints with Times New Roman in every slot",
    corpus(PHULUC1),
    ND30,
)
case("FT003", "pass", "our dispatch: a hint, Times New Roman in eastAsia",
     lambda: bp.set_fonts(compliant(), BODY, ascii="Times New Roman", hAnsi="Times New Roman",
                          eastAsia="Times New Roman", hint="eastAsia"))  # fmt: skip
case("FT003", "fail", "our dispatch: Times New Roman only in ascii/hAnsi, East-Asian hint",
     lambda: b.set_runs(compliant(), BODY, ascii_font="Times New Roman"))  # fmt: skip
case("FT003", "fail", "the corpus Quyết định: Times New Roman only in ascii/hAnsi, East-Asian hint",
     lambda: b.set_runs(b.corpus(QD), QD_BASIS, ascii_font="Times New Roman"), ND30)  # fmt: skip
case(
    "FT003",
    "fail",
    "corpus draft: «Điều» with a hint and MS Mincho (as saved)",
    corpus(RULES_DRAFT),
    ND30,
)

case("FT004", "fail", "our dispatch with Arial in the cs slot",
     lambda: bp.set_fonts(compliant(), BODY, ascii="Times New Roman", hAnsi="Times New Roman",
                          eastAsia="Times New Roman", cs="Arial"))  # fmt: skip
case("FT004", "fail", "corpus tally (as saved)", corpus(TALLY), ND30)

case(
    "FT005",
    "pass",
    "Phụ lục I: East-Asian hints with the same font in every slot",
    corpus(PHULUC1),
    ND30,
)
case("FT005", "pass", "same, judged by Circular 01/2011", corpus(PHULUC1), TT01)
case("FT005", "fail", "our dispatch: SimSun in eastAsia with an East-Asian hint",
     lambda: b.set_runs(compliant(), BODY, ascii_font="Times New Roman"))  # fmt: skip
case("FT005", "fail", "the corpus Quyết định: SimSun in eastAsia with a hint",
     lambda: b.set_runs(b.corpus(QD), QD_BASIS, ascii_font="Times New Roman"), ND30)  # fmt: skip
case("FT005", "fail", "our dispatch under Circular 01/2011",
     lambda: b.set_runs(b.compliant_docx(TT01), BODY, ascii_font="Times New Roman"))  # fmt: skip

case("FT006", "fail", "the corpus Quyết định with its basis in the theme's heading font",
     lambda: bp.set_fonts(b.corpus(QD), QD_BASIS, asciiTheme="majorHAnsi", hAnsiTheme="majorHAnsi"),
     ND30)  # fmt: skip
case("FT006", "fail", "our dispatch with theme references",
     lambda: bp.set_fonts(compliant(), BODY, asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi"))  # fmt: skip
case("FT006", "fail", "corpus tally (as saved)", corpus(TALLY), ND30)

case("FT007", "fail", "our dispatch with a red paragraph",
     lambda: b.set_runs(compliant(), BODY, color="FF0000"))  # fmt: skip
case("FT007", "fail", "the corpus Quyết định with a grey basis",
     lambda: b.set_runs(b.corpus(QD), QD_BASIS, color="808080"), ND30)  # fmt: skip
case("FT007", "fail", "corpus template with red placeholders (as saved)", corpus(TEMPLATE), ND30)
case("FT007", "pass", "near-black #101010", lambda: b.set_runs(compliant(), BODY, color="101010"))

case("FT008", "fail", "our dispatch with a .VnTime paragraph",
     lambda: b.set_runs(compliant(), BODY, font=".VnTime"))  # fmt: skip
case("FT008", "fail", "the corpus Quyết định with a .VnTime basis",
     lambda: b.set_runs(b.corpus(QD), QD_BASIS, font=".VnTime"), ND30)  # fmt: skip
case("FT008", "fail", "our dispatch under Circular 01/2011 with .VnTimeH",
     lambda: b.set_runs(b.compliant_docx(TT01), BODY, font=".VnTimeH"))  # fmt: skip
case(
    "FT008",
    "pass",
    "corpus notice: .VnTime only on a page number Word never prints",
    corpus(NOTICE),
    ND30,
)
case(
    "FT008",
    "pass",
    "corpus notice: .VnTime only on a hidden even-page number",
    corpus(CONCLUSION),
    ND30,
)

case("FT009", "fail", "our dispatch with a VNI-Times paragraph",
     lambda: b.set_runs(compliant(), BODY, font="VNI-Times"))  # fmt: skip
case("FT009", "fail", "the corpus Quyết định with a VNI-Times basis",
     lambda: b.set_runs(b.corpus(QD), QD_BASIS, font="VNI-Times"), ND30)  # fmt: skip
case("FT009", "pass", "corpus report: VNI-Times Normal style, overridden on every run",
     corpus(REPORT_VNI_STYLE), ND30)  # fmt: skip

case("FT010", "fail", "our dispatch with an unused .VnTime style",
     lambda: bp.declare_style_font(compliant(), ".VnTime"))  # fmt: skip
case(
    "FT010",
    "fail",
    "corpus report: VNI-Times Normal style (as saved)",
    corpus(REPORT_VNI_STYLE),
    ND30,
)
case("FT010", "fail", "our dispatch with a VNI-Times paragraph",
     lambda: b.set_runs(compliant(), BODY, font="VNI-Times"))  # fmt: skip

case("FT011", "pass", "our dispatch", compliant)
case("FT011", "pass", "corpus tờ trình (Word, precomposed)", corpus(b.TTR_CORPUS), ND30)
case("FT011", "fail", "our dispatch with a paragraph in NFD",
     lambda: bp.decompose(compliant(), BODY))  # fmt: skip
case("FT011", "fail", "corpus tờ trình with a paragraph in NFD",
     lambda: bp.decompose(b.corpus(b.TTR_CORPUS), "Sở Nội vụ nhận được"), ND30)  # fmt: skip
case("FT011", "fail", "corpus notice typed in Unicode tổ hợp (as saved)", corpus(CONCLUSION), ND30)

case("FT012", "fail", "our dispatch with TCVN3 text",
     lambda: bp.set_text(compliant(), BODY, bp.TCVN3_MOTTO))  # fmt: skip
case("FT012", "fail", "the corpus Quyết định with VNI text",
     lambda: bp.set_text(b.corpus(QD), QD_BASIS, bp.VNI_MOTTO), ND30)  # fmt: skip
case("FT012", "fail", "TCVN3 text in .VnTime (the real legacy document)",
     lambda: b.set_runs(bp.set_text(compliant(), BODY, bp.TCVN3_MOTTO), "Céng", font=".VnTime"))  # fmt: skip
case("FT012", "pass", "corpus Party guide (Arial, Unicode)", corpus("vbai__36-HD_VPTW_380096.docx"))
case("FT012", "pass", "the decree itself (Word)", corpus(ND30_FILE), ND30)

case("FT013", "fail", "our dispatch with Ð (eth) for Đ",
     lambda: b.replace_text(compliant(), "ĐỀ CƯƠNG", "ÐỀ CƯƠNG"))  # fmt: skip
case("FT013", "fail", "the corpus Quyết định with ð for đ",
     lambda: b.replace_text(b.corpus(QD), "địa phương", "ðịa phương"), ND30)  # fmt: skip

# --------------------------------------------------------------------- page numbers

case("PN001", "pass", "our dispatch (two pages, numbered)", compliant)
case("PN001", "pass", "our long dispatch", bp.long_docx)
case("PN001", "pass", "the decree itself (Word, 20 pages)", corpus(ND30_FILE), ND30)
case("PN001", "fail", "our long dispatch with no header or footer",
     lambda: bp.drop_headers(bp.long_docx()))  # fmt: skip
case("PN001", "fail", "the decree itself with no header or footer",
     lambda: bp.drop_headers(b.corpus(ND30_FILE)), ND30)  # fmt: skip
case("PN001", "fail", "corpus plan: 2 pages, no header (as saved)", corpus(PLAN), ND30)

case("PN002", "pass", "our long dispatch", bp.long_docx)
case("PN002", "pass", "corpus plan: a number in the default and in an unused even header",
     corpus("vbai__Ke_hoach_tuyen_truyen_CCHC_tinh_Lam_Dong_nam_2026.docx"), ND30)  # fmt: skip
case("PN002", "fail", "our long dispatch: the number only in an even header, odd/even off",
     lambda: bp.retype_references(bp.long_docx(), "default", "even"))  # fmt: skip
case("PN002", "fail", "the decree itself: its header made an even header",
     lambda: bp.retype_references(b.corpus(ND30_FILE), "default", "even"), ND30)  # fmt: skip
case(
    "PN002",
    "fail",
    "corpus notice: the only PAGE in an unused even footer (as saved)",
    corpus(NOTICE),
    ND30,
)

case("PN003", "pass", "our dispatch: header, Decree 30/2020", compliant)
case("PN003", "pass", "our dispatch: footer, Circular 01/2011", lambda: b.compliant_docx(TT01))
case(
    "PN003",
    "pass",
    "corpus công văn: footer, judged by Circular 01/2011",
    corpus(b.CV_CORPUS),
    TT01,
)
case("PN003", "fail", "our footer-numbered dispatch judged by Decree 30/2020",
     lambda: b.rich_docx(TT01), ND30)  # fmt: skip
case("PN003", "fail", "our header-numbered dispatch judged by Circular 01/2011", compliant, TT01)
case(
    "PN003",
    "fail",
    "corpus công văn: number in the footer, right (as saved)",
    corpus(b.CV_CORPUS),
    ND30,
)

case("PN004", "pass", "our dispatch (different first page)", compliant)
case("PN004", "pass", "the decree itself (Word)", corpus(ND30_FILE), ND30)
case("PN004", "fail", "our dispatch without a different first page",
     lambda: bp.drop_title_page(compliant()))  # fmt: skip
case("PN004", "fail", "the decree itself without a different first page",
     lambda: bp.drop_title_page(b.corpus(ND30_FILE)), ND30)  # fmt: skip
case(
    "PN004",
    "fail",
    "corpus draft: footer number on every page (as saved)",
    corpus(RULES_DRAFT),
    ND30,
)

case("PN005", "pass", "our dispatch (start 1)", compliant)
case("PN005", "pass", "the decree itself (no start: from 1)", corpus(ND30_FILE), ND30)
case("PN005", "fail", "our dispatch numbered from 0",
     lambda: bp.set_page_start(compliant(), 0, first_only=True))  # fmt: skip
case("PN005", "fail", "the decree itself numbered from 5",
     lambda: bp.set_page_start(b.corpus(ND30_FILE), 5), ND30)  # fmt: skip

case("PN006", "pass", "our dispatch with two appendices, each restarting", b.rich_docx)
case("PN006", "pass", "same under Circular 01/2011", lambda: b.rich_docx(TT01))
case("PN006", "fail", "our appendices continuing the numbering",
     lambda: bp.set_page_start(b.rich_docx(ND30), None))  # fmt: skip
case("PN006", "fail", "corpus report: the appendix continues the numbering (as saved)",
     corpus(REPORT_2025), ND30)  # fmt: skip
case("PN006", "fail", "corpus report with the appendix restarting at 3",
     lambda: bp.set_page_start(b.corpus(REPORT_2025), 3), ND30)  # fmt: skip

case("PN007", "pass", "our dispatch", compliant)
case("PN007", "pass", "the decree itself (Word)", corpus(ND30_FILE), ND30)
case("PN007", "fail", "our dispatch: PAGE \\* ROMAN",
     lambda: bp.set_field(compliant(), "word/header1.xml", "PAGE", "PAGE \\* ROMAN"))  # fmt: skip
case("PN007", "fail", "the decree itself: PAGE \\* alphabetic",
     lambda: bp.set_field(b.corpus(ND30_FILE), "word/header1.xml", "PAGE", "PAGE \\* alphabetic"),
     ND30)  # fmt: skip

case("PN008", "pass", "our dispatch", compliant)
case("PN008", "pass", "the decree itself (Word)", corpus(ND30_FILE), ND30)
case("PN008", "fail", "our dispatch: «Trang 2»",
     lambda: b.replace_text(compliant(), "2", "Trang 2", "word/header1.xml"))  # fmt: skip
case("PN008", "fail", "our dispatch: «- 2 -»",
     lambda: b.replace_text(compliant(), "2", "- 2 -", "word/header1.xml"))  # fmt: skip
