"""Cases for number and notation (NB), the date line (DT), the subject (SB), Kính gửi (RC),
the body (BD), capitalisation (CP) and attachments (AT); and for NB001, NB003, SG001, DS012,
the rules the real Kon Tum dispatch breaks.

Most failing inputs edit the real corpus files (Word-saved); some are corpus files that
break the rule as they are, checked by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import vnadmin_docs as vn
from tests.validate import builders as b
from tests.validate import builders_text as t
from tests.validate.cases import case

TB_CORPUS = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"
QD_DRAFT_CORPUS = "vbstreamlit__mau_4_qd_ban_hanh.docx"
TB_DRAFT_CORPUS = "vbstreamlit__mau_6_thong_bao_bao_cao.docx"
TTR_409_CORPUS = "vbai__TO_TRINH_XET_DUYET_XA_PHUONG_KHONG_MA_TUY.docx"
BC_CORPUS = "vbai__BAO_CAO_CCHC_NAM_2025.docx"
ONE_LINE_HEADER_CORPUS = "vbai__giao_427_BCA_-_CAT_chuong_trinh_MTQGMT.docx"


def _corpus(name: str) -> Callable[[], bytes]:
    @cache
    def build() -> bytes:
        return b.corpus(name)

    return build


qd = _corpus(b.QD_CORPUS)
ttr = _corpus(b.TTR_CORPUS)
cv = _corpus(b.CV_CORPUS)
tb = _corpus(TB_CORPUS)
qd_draft = _corpus(QD_DRAFT_CORPUS)
tb_draft = _corpus(TB_DRAFT_CORPUS)
ttr_409 = _corpus(TTR_409_CORPUS)
bc = _corpus(BC_CORPUS)
giao_427 = _corpus(ONE_LINE_HEADER_CORPUS)


def compliant() -> bytes:
    return b.compliant_docx()


def rich() -> bytes:
    return b.rich_docx()


def qd_number(serial: str) -> Callable[[], bytes]:
    return lambda: t.sub(qd(), "Số: 1424", "1424/", f"{serial}/")


# ----------------------------------------------------------------------------- the Kon Tum four

for _code in ("NB001", "NB003", "SG001", "DS012"):
    case(_code, "pass", "compliant model", b.compliant_model)
    case(_code, "fail", "the real Kon Tum dispatch", b.kontum_model)
case("NB003", "pass", "real công văn, number and date typed on one line", giao_427)
case("NB003", "fail", "quyết định «QĐ - UBND»", lambda: t.sub(qd(), "Số:", "/QĐ-", "/QĐ - "))

# ----------------------------------------------------------------------------- number (NB)

case("NB002", "pass", "compliant model", b.compliant_model)
case("NB002", "pass", "quyết định numbered 05", qd_number("05"))
case("NB002", "fail", "quyết định numbered 5", qd_number("5"))
case("NB004", "pass", "quyết định 1424", qd)
case("NB004", "fail", "quyết định numbered 005", qd_number("005"))
case("NB004", "fail", "quyết định numbered 012", qd_number("012"))
case("NB005", "pass", "quyết định 1424", qd)
case("NB005", "fail", "quyết định numbered 00", qd_number("00"))
case("NB006", "pass", "tờ trình TTr-SNV", ttr)
case("NB006", "pass", "quyết định QĐ-UBND", qd)
case("NB006", "fail", "tờ trình written TTR-SNV", lambda: t.sub(ttr(), "Số:", "TTr-SNV", "TTR-SNV"))
case("NB006", "fail", "quyết định written QD-UBND", lambda: t.sub(qd(), "Số:", "/QĐ-", "/QD-"))
case("NB007", "pass", "compliant model", b.compliant_model)
case("NB007", "pass", "công văn BTC-CST", cv)
case("NB007", "fail", "công văn CV-UBND", lambda: t.sub(compliant(), "Số:", "UBND-TH", "CV-UBND"))
case(
    "NB007",
    "fail",
    "V/v document numbered QĐ-BTC",
    lambda: t.sub(cv(), "Số:", "/BTC-CST", "/QĐ-BTC"),
)
case("NB008", "pass", "tờ trình TTr-SNV (mixed case allowed)", ttr)
case("NB008", "fail", "notation BTC-cst", lambda: t.sub(cv(), "Số:", "BTC-CST", "BTC-cst"))
case("NB009", "pass", "quyết định", qd)
case("NB009", "fail", "quyết định without its number line", lambda: t.blank(qd(), "Số: 1424"))
case("NB010", "pass", "quyết định 1424/QĐ-UBND", qd)
case("NB010", "fail", "real tờ trình «409 /TTr-CAT(PC04)»", ttr_409)
case("NB010", "fail", "quyết định «1424 /QĐ-UBND»", qd_number("1424 "))

# ----------------------------------------------------------------------------- date (DT)

case("DT001", "pass", "quyết định «tháng 6»", qd)
case("DT001", "pass", "compliant model", b.compliant_model)
case("DT001", "fail", "every month zero-padded: «tháng 06»",
     lambda: t.sub(qd(), "Bình Thuận, ngày", r"tháng\s*6", "tháng 06", regex=True))  # fmt: skip
case("DT001", "fail", "our file with «tháng 03»",
     lambda: t.sub(compliant(), "Kon Tum, ngày", "tháng 10", "tháng 03"))  # fmt: skip
case("DT002", "pass", "rich «tháng 02»", rich)
case(
    "DT002", "fail", "rich «tháng 2»", lambda: t.sub(rich(), "Kon Tum, ngày", "tháng 02", "tháng 2")
)
case("DT003", "pass", "rich «ngày 03»", rich)
case("DT003", "fail", "rich «ngày 3»", lambda: t.sub(rich(), "Kon Tum, ngày", "ngày 03", "ngày 3"))
case("DT004", "pass", "quyết định", qd)
case("DT004", "fail", "no comma after the place",
     lambda: t.sub(qd(), "Bình Thuận, ngày", "Bình Thuận,", "Bình Thuận"))  # fmt: skip
case("DT005", "pass", "our file «Kon Tum»", compliant)
case("DT005", "pass", "quyết định «Bình Thuận»", qd)
case(
    "DT005",
    "fail",
    "«kon Tum»",
    lambda: t.sub(compliant(), "Kon Tum, ngày", "Kon Tum,", "kon Tum,"),
)
case(
    "DT005",
    "fail",
    "«Bình thuận»",
    lambda: t.sub(qd(), "Bình Thuận, ngày", "Bình Thuận", "Bình thuận"),
)
case("DT006", "pass", "our file", compliant)
case("DT006", "fail", "«Kon Tum, 01/10/2021»",
     lambda: t.sub(compliant(), "Kon Tum, ngày", "ngày 01 tháng 10 năm 2021", "01/10/2021"))  # fmt: skip
case("DT007", "pass", "rich", rich)
case(
    "DT007",
    "fail",
    "«ngày 30 tháng 02»",
    lambda: t.sub(rich(), "Kon Tum, ngày", "ngày 03", "ngày 30"),
)
case("DT008", "pass", "draft with blanks «ngày   tháng   năm 2025»", cv)
case("DT008", "pass", "quyết định", qd)
case("DT008", "fail", "quyết định without its date line", lambda: t.blank(qd(), "Bình Thuận, ngày"))
case("DT009", "pass", "quyết định", qd)
case("DT009", "fail", "«năm 25»",
     lambda: t.sub(qd(), "Bình Thuận, ngày", r"năm\s*2025", "năm 25", regex=True))  # fmt: skip
case("DT010", "pass", "quyết định «ngày 30 tháng 6 năm 2025»", qd)
case("DT010", "pass", "compliant model", b.compliant_model)
case("DT010", "fail", "real draft «ngày     tháng    năm 2025»", cv)
case("DT010", "fail", "model dated «tháng 4 năm 2026», the day left blank",
     lambda: b.compliant_model().model_copy(update={"date": vn.PartialDate(year=2026, month=4)}))  # fmt: skip
case("DT002", "fail", "draft «ngày      tháng 2 năm 2026»: the month written is judged",
     lambda: t.sub(tb(), "Lâm Đồng, ngày", "tháng 4", "tháng 2"))  # fmt: skip
case("DT002", "pass", "draft «ngày      tháng 02 năm 2026»",
     lambda: t.sub(tb(), "Lâm Đồng, ngày", "tháng 4", "tháng 02"))  # fmt: skip
case("DT001", "fail", "draft «ngày      tháng 04 năm 2026»",
     lambda: t.sub(tb(), "Lâm Đồng, ngày", "tháng 4", "tháng 04"))  # fmt: skip

# ----------------------------------------------------------------------------- subject (SB)

case("SB001", "pass", "quyết định", qd)
case("SB001", "fail", "V/v in a quyết định",
     lambda: t.sub(qd(), "Phê duyệt Điều lệ", "Phê duyệt", "V/v phê duyệt"))  # fmt: skip
case("SB002", "pass", "công văn", cv)
case("SB002", "fail", "công văn without V/v", lambda: t.sub(compliant(), "V/v", "V/v ", ""))

# ----------------------------------------------------------------------------- Kính gửi (RC)

case("RC001", "pass", "our công văn", compliant)
case("RC001", "fail", "công văn without Kính gửi", lambda: t.blank(compliant(), "Kính gửi"))
case("RC002", "pass", "rich «Kính gửi: Bộ Tài chính»", rich)
case("RC002", "pass", "tờ trình", ttr)
case("RC002", "fail", "the only recipient on its own line",
     lambda: t.split(rich(), "Kính gửi", "Kính gửi:", "Bộ Tài chính."))  # fmt: skip
case("RC003", "pass", "công văn to several", cv)
case("RC003", "fail", "first of several on the Kính gửi line",
     lambda: t.blank(t.sub(compliant(), "Kính gửi", "Kính gửi:", "Kính gửi: - Các Sở, ban, ngành, đoàn thể cấp tỉnh;"),
                     "- Các Sở"))  # fmt: skip
case("RC004", "pass", "công văn to several", cv)
case("RC004", "fail", "a recipient without its dash",
     lambda: t.sub(cv(), "- Ủy ban Trung ương", "- Ủy ban", "Ủy ban"))  # fmt: skip
case("RC005", "pass", "công văn to several", cv)
case("RC005", "fail", "a recipient line without «;»",
     lambda: t.sub(cv(), "- Ủy ban Trung ương", "Việt Nam;", "Việt Nam"))  # fmt: skip
case("RC006", "pass", "our công văn", compliant)
case("RC006", "fail", "the last recipient ends with «;»",
     lambda: t.sub(cv(), "- Liên đoàn", r"Nam\.\s*$", "Nam;", regex=True))  # fmt: skip
case("RC007", "pass", "tờ trình", ttr)
case(
    "RC007",
    "fail",
    "«Kính gửi Chủ tịch …»",
    lambda: t.sub(ttr(), "Kính gửi", "Kính gửi:", "Kính gửi"),
)

# ----------------------------------------------------------------------------- body (BD)

case("BD001", "pass", "our file (6 pt after)", compliant)
case("BD001", "fail", "real thông báo with 3 pt", tb)
case("BD001", "fail", "no space between two paragraphs",
     lambda: b.set_paragraph(compliant(), "Thực hiện Hướng dẫn", after=0, line=276))  # fmt: skip
case("BD002", "pass", "our file (1.15 lines)", compliant)
case("BD002", "fail", "double-spaced paragraph",
     lambda: b.set_paragraph(compliant(), "Thực hiện Hướng dẫn", after=120, line=480))  # fmt: skip
case("BD003", "pass", "our file", compliant)
case("BD003", "pass", "exactly 15 pt under Circular 01",
     lambda: b.set_paragraph(b.compliant_docx("tt01-2011"), "Thực hiện Hướng dẫn", after=120,
                             line=300, line_rule="exact"))  # fmt: skip
case("BD003", "fail", "real công văn exactly 15 pt under Decree 30", cv)
case("BD003", "fail", "exactly 13 pt under Circular 01",
     lambda: b.set_paragraph(b.compliant_docx("tt01-2011"), "Thực hiện Hướng dẫn", after=120,
                             line=260, line_rule="exact"))  # fmt: skip
case("BD004", "pass", "our file (1.27 cm)", compliant)
case("BD004", "pass", "quyết định", qd)
case("BD004", "fail", "real thông báo with no indent", tb_draft)
case("BD004", "fail", "a paragraph not indented",
     lambda: b.set_paragraph(compliant(), "Thực hiện Hướng dẫn", first_line=0))  # fmt: skip
case("BD005", "pass", "our file", compliant)
case("BD005", "fail", "the body ends without «./.»",
     lambda: t.sub(compliant(), "Yêu cầu các đơn vị", "./.", "."))  # fmt: skip
case("BD005", "fail", "real thông báo ending «.»", tb_draft)
case("BD006", "pass", "quyết định", qd)
case("BD006", "fail", "a căn cứ line without «;»",
     lambda: t.sub(qd(), "Căn cứ Nghị định", r";\s*$", "", regex=True))  # fmt: skip
case("BD006", "fail", "real quyết định draft", qd_draft)
case("BD007", "pass", "quyết định", qd)
case("BD007", "fail", "the last căn cứ line ends with «;»",
     lambda: t.sub(qd(), "Theo", r"2025\.\s*$", "2025;", regex=True))  # fmt: skip
case("BD008", "pass", "quyết định «Điều 1.»", qd)
case("BD008", "fail", "«Điều 1:»", lambda: t.sub(qd(), "Điều 1", "Điều 1.", "Điều 1:"))
case("BD008", "fail", "real quy định «Điều 15:»", qd_draft)
case("BD009", "pass", "rich «Chương I»", rich)
case("BD009", "fail", "«Chương 1»", lambda: t.sub(rich(), "Chương I", "Chương I", "Chương 1"))
case("BD009", "fail", "real quy định «CHƯƠNG 1:»", qd_draft)
case("BD010", "pass", "«Mục 1»", lambda: t.sub(rich(), "Chương I", "Chương I", "Mục 1"))
case("BD010", "fail", "«Mục I»", lambda: t.sub(rich(), "Chương I", "Chương I", "Mục I"))
case("BD011", "pass", "rich «a)», «b)»", rich)
case("BD011", "pass", "tờ trình «a)», «b)»", ttr)
case("BD011", "fail", "«f)»", lambda: t.sub(rich(), "b) Điểm", "b)", "f)"))

# ----------------------------------------------------------------------------- capitals (CP)

case("CP001", "pass", "our file", compliant)
case("CP001", "pass", "quyết định", qd)
case("CP001", "fail", "«Ủy Ban Nhân Dân Tỉnh đề nghị»",
     lambda: t.sub(compliant(), "Ủy ban nhân dân tỉnh đề nghị", "Ủy ban nhân dân tỉnh",
                   "Ủy Ban Nhân Dân Tỉnh"))  # fmt: skip
case("CP001", "fail", "«Chánh Văn Phòng»",
     lambda: t.sub(qd(), "Điều 3", "Chánh Văn phòng", "Chánh Văn Phòng"))  # fmt: skip
case("CP002", "pass", "tờ trình «khoản 3 Điều 15»", ttr)
case("CP002", "pass", "«1. Khoản 2 …» opening a clause",
     lambda: t.sub(qd(), "Điều 2", "Quyết định này", "1. Khoản 2 Điều 1 Quyết định này"))  # fmt: skip
case("CP002", "fail", "«Theo Khoản 2 Điều 1» at a sentence's start",
     lambda: t.sub(qd(), "Điều 2", "Quyết định này", "Theo Khoản 2 Điều 1, Quyết định này"))  # fmt: skip
case("CP002", "fail", "«Căn cứ Khoản 3 Điều 15»",
     lambda: t.sub(ttr(), "1. Căn cứ khoản 3", "khoản 3", "Khoản 3"))  # fmt: skip
case("CP003", "pass", "tờ trình «khoản 3 Điều 15»", ttr)
case("CP003", "fail", "«khoản 3 điều 15»",
     lambda: t.sub(ttr(), "1. Căn cứ khoản 3", "Điều 15", "điều 15"))  # fmt: skip
case("CP003", "fail", "real quy định «khoản 2 của điều 8»", qd_draft)

# ----------------------------------------------------------------------------- attachments (AT)

case("AT001", "pass", "rich, two appendices", rich)
case("AT001", "fail", "appendices without «(Kèm theo …)»", lambda: t.blank(rich(), "(Kèm theo"))
case("AT001", "fail", "real quy định «Phụ lục 01»", qd_draft)
case("AT002", "pass", "our file", compliant)
case("AT002", "pass", "real báo cáo draft «số /BC-UBND»", bc)
case("AT002", "pass", "Kon Tum «UBND - TH» against «UBND-TH»", b.kontum_model)
case("AT002", "fail", "reference «số 2425/UBND-TH»",
     lambda: t.sub(compliant(), "(Kèm theo", "số 2452/", "số 2425/"))  # fmt: skip
case("AT003", "pass", "our file", compliant)
case("AT003", "pass", "real báo cáo draft with blanks", bc)
case("AT003", "fail", "reference dated 10 tháng 10",
     lambda: t.sub(compliant(), "(Kèm theo", "ngày 01 tháng", "ngày 10 tháng"))  # fmt: skip
case("AT004", "pass", "our file", compliant)
case("AT004", "pass", "real báo cáo «của Chủ tịch Ủy ban nhân dân tỉnh»", bc)
case("AT004", "fail", "reference «của Sở Tài chính tỉnh Kon Tum»",
     lambda: t.sub(compliant(), "(Kèm theo", "của Ủy ban nhân dân tỉnh Kon Tum",
                   "của Sở Tài chính tỉnh Kon Tum"))  # fmt: skip
case("AT005", "pass", "rich «Phụ lục I, II»", rich)
case("AT005", "fail", "«Phụ lục 1, 2»",
     lambda: t.sub(t.sub(rich(), "Phụ lục II", "Phụ lục II", "Phụ lục 2"), "Phụ lục I",
                   "Phụ lục I", "Phụ lục 1"))  # fmt: skip
case("AT005", "fail", "real quy định «Phụ lục 01 … 03»", qd_draft)
case("AT006", "pass", "our file «Kèm theo Công văn»", compliant)
case("AT006", "pass", "real báo cáo «Kèm theo Báo cáo»", bc)
case("AT006", "fail", "a công văn's appendix «Kèm theo Quyết định»",
     lambda: t.sub(compliant(), "(Kèm theo", "Công văn số", "Quyết định số"))  # fmt: skip


# ----------------------------------------------------------------------------- BD013
case("BD013", "pass", "our file", compliant)
case("BD013", "pass", "real quyết định ending «…./.»", qd)
case("BD013", "pass", "an ellipsis before «/.» (the samples' placeholder)",
     lambda: t.sub(compliant(), "Yêu cầu các đơn vị", r"\./\.\s*$", "……./.", regex=True))  # fmt: skip
case("BD013", "fail", "a full stop typed before «./.»",
     lambda: t.sub(compliant(), "Yêu cầu các đơn vị", r"\./\.\s*$", "../.", regex=True))  # fmt: skip
