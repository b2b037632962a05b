"""Cases for the closing rules: the signature block (SG…) and the Nơi nhận list (DS…).

SG001 and DS012 have their cases elsewhere.
"""

from __future__ import annotations

from tests.validate import builders as b
from tests.validate import builders_closing as c
from tests.validate.cases import case

QD = b.QD_CORPUS
CV = b.CV_CORPUS


def corpus(name: str):
    return lambda: b.corpus(name)


# ------------------------------------------------------------------------- signature block

# SG002 signature-block-missing
case("SG002", "pass", "compliant dispatch", b.compliant_model)
case("SG002", "pass", "compliant dispatch, Circular 01", b.compliant_model, "tt01-2011")
case("SG002", "pass", "corpus quyết định", corpus(QD))
case("SG002", "pass", "corpus: name in a lower row, spacer column", corpus(c.BAO_CAO_NAM))
case("SG002", "fail", "our dispatch, signature cell emptied",
     lambda: c.blank(b.compliant_docx(), "TM. ỦY BAN", "Nguyễn Hữu Tháp"))  # fmt: skip
case("SG002", "fail", "corpus quyết định, signature cell emptied",
     lambda: c.blank(b.corpus(QD), "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hồng Hải"))  # fmt: skip

# SG003 kt-without-deputy-title
case("SG003", "pass", "compliant dispatch", b.compliant_model)
case("SG003", "pass", "corpus KT. BỘ TRƯỞNG / THỨ TRƯỞNG", corpus(CV))
case("SG003", "fail", "KT. CHỦ TỊCH directly above the name",
     lambda: c.signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]))  # fmt: skip
case("SG003", "fail", "corpus KT. CHỦ TỊCH / ỦY VIÊN",
     lambda: c.retext(b.corpus(QD), "PHÓ CHỦ TỊCH", "ỦY VIÊN"))  # fmt: skip

# SG004 tm-before-individual-title
case("SG004", "pass", "compliant dispatch", b.compliant_model)
case("SG004", "pass", "corpus TM. CHÍNH PHỦ", corpus(c.ND30))
case("SG004", "fail", "TM. GIÁM ĐỐC", lambda: c.signature(["TM. GIÁM ĐỐC"]))
case("SG004", "fail", "corpus TM. THỦ TƯỚNG",
     lambda: c.retext(b.corpus(c.ND30), "TM. CHÍNH PHỦ", "TM. THỦ TƯỚNG"))  # fmt: skip

# SG005 authority-before-deputy-title
case("SG005", "pass", "compliant dispatch", b.compliant_model)
case("SG005", "pass", "corpus TL. / KT. / PHÓ CHÁNH VĂN PHÒNG", corpus(c.TB_KET_LUAN))
case("SG005", "fail", "TL. PHÓ CHỦ TỊCH",
     lambda: c.signature(["TL. PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]))  # fmt: skip
case("SG005", "fail", "corpus KT. PHÓ CHỦ TỊCH",
     lambda: c.retext(b.corpus(QD), "KT. CHỦ TỊCH", "KT. PHÓ CHỦ TỊCH"))  # fmt: skip

# SG006 authority-prefix-without-dot
case("SG006", "pass", "compliant dispatch", b.compliant_model)
case("SG006", "pass", "corpus công văn", corpus(CV))
case("SG006", "fail", "KT CHỦ TỊCH",
     lambda: c.signature(["TM. ỦY BAN NHÂN DÂN", "KT CHỦ TỊCH", "PHÓ CHỦ TỊCH"]))  # fmt: skip
case("SG006", "fail", "corpus KT BỘ TRƯỞNG",
     lambda: c.retext(b.corpus(CV), "KT. BỘ TRƯỞNG", "KT BỘ TRƯỞNG"))  # fmt: skip

# SG007 signer-degree-before-name
case("SG007", "pass", "compliant dispatch", b.compliant_model)
case("SG007", "pass", "corpus: a military rank is allowed", corpus(c.TO_TRINH_MA_TUY))
case("SG007", "fail", "TS. before the name", lambda: c.signer("TS. Nguyễn Hữu Tháp"))
case("SG007", "fail", "corpus GS.TS before the name", corpus(c.MAU_4))

# SG008 signer-name-missing
case("SG008", "pass", "compliant dispatch", b.compliant_model)
case("SG008", "pass", "corpus: the name in a lower row of the column", corpus(c.KE_HOACH))
case("SG008", "pass", "our dispatch, the name in capitals (FM057 reports the case)",
     lambda: b.set_case(b.compliant_docx(), "Nguyễn Hữu Tháp", to_upper=True))  # fmt: skip
case("SG008", "pass", "corpus công văn, the name in capitals",
     lambda: b.set_case(b.corpus(CV), "Cao Anh Tuấn", to_upper=True))  # fmt: skip
case("SG008", "fail", "our dispatch, name deleted",
     lambda: c.blank(b.compliant_docx(), "Nguyễn Hữu Tháp"))  # fmt: skip
case("SG008", "fail", "corpus công văn, name deleted",
     lambda: c.blank(b.corpus(CV), "Cao Anh Tuấn"))  # fmt: skip

# SG009 signature-lines-in-different-cells
case("SG009", "pass", "compliant dispatch", b.compliant_model)
case("SG009", "pass", "corpus: title and name in rows of one column", corpus(c.KE_HOACH))
case("SG009", "fail", "our dispatch, name typed under the table",
     lambda: c.move_below_table(b.compliant_docx(), "Nguyễn Hữu Tháp"))  # fmt: skip
case("SG009", "fail", "corpus quyết định, name typed under the table",
     lambda: c.move_below_table(b.corpus(QD), "Nguyễn Hồng Hải"))  # fmt: skip

# SG010 signature-block-not-on-right
case("SG010", "pass", "compliant dispatch", b.compliant_model)
case("SG010", "pass", "corpus: typed beside the list with tabs", corpus(c.GIAO_427))
case("SG010", "fail", "our dispatch, closing cells swapped",
     lambda: c.swap_closing_cells(b.compliant_docx()))  # fmt: skip
case("SG010", "fail", "corpus công văn, closing cells swapped",
     lambda: c.swap_closing_cells(b.corpus(c.CV_CONG_NHAN)))  # fmt: skip

# SG011 tm-line-not-first
case("SG011", "pass", "compliant dispatch", b.compliant_model)
case("SG011", "pass", "corpus TM. CHÍNH PHỦ / THỦ TƯỚNG", corpus(c.ND30))
case("SG011", "fail", "KT. line above the TM. line",
     lambda: c.signature(["KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"]))  # fmt: skip
case("SG011", "fail", "KT. line above the TM. line, Circular 01",
     lambda: c.signature(["KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"]),
     "tt01-2011")  # fmt: skip

# SG012 authority-prefix-without-space
case("SG012", "pass", "compliant dispatch", b.compliant_model)
case("SG012", "pass", "corpus quyết định", corpus(QD))
case("SG012", "fail", "KT.CHỦ TỊCH",
     lambda: c.signature(["TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH"]))  # fmt: skip
case("SG012", "fail", "corpus KT.HIỆU TRƯỞNG", corpus(c.KE_HOACH))

# SG013 signer-name-not-capitalised
case("SG013", "pass", "compliant dispatch", b.compliant_model)
case("SG013", "pass", "corpus: rank in normal case before the name", corpus(c.TO_TRINH_MA_TUY))
case("SG013", "fail", "name in lower case", lambda: c.signer("Nguyễn hữu tháp"))
case("SG013", "fail", "corpus name in lower case",
     lambda: c.retext(b.corpus(CV), "Cao Anh Tuấn", "Cao anh tuấn"))  # fmt: skip

# ------------------------------------------------------------------------- Nơi nhận

# DS001 distribution-label-missing
case("DS001", "pass", "compliant dispatch", b.compliant_model)
case("DS001", "pass", "corpus thông báo", corpus(c.TB_KET_LUAN))
case("DS001", "fail", "our dispatch, Nơi nhận cell emptied",
     lambda: c.clear_cell(b.compliant_docx(), "Nơi nhận"))  # fmt: skip
case("DS001", "fail", "corpus thông báo, Nơi nhận cell emptied",
     lambda: c.clear_cell(b.corpus(c.TB_KET_LUAN), "Nơi nhận"))  # fmt: skip

# DS002 distribution-label-without-colon
case("DS002", "pass", "compliant dispatch", b.compliant_model)
case("DS002", "pass", "corpus quyết định", corpus(QD))
case("DS002", "fail", "our dispatch, «Nơi nhận» without colon",
     lambda: b.replace_text(b.compliant_docx(), "Nơi nhận:", "Nơi nhận"))  # fmt: skip
case("DS002", "fail", "corpus quyết định, «Nơi nhận» without colon",
     lambda: c.retext(b.corpus(QD), "Nơi nhận:", "Nơi nhận"))  # fmt: skip

# DS003 distribution-entry-without-dash
case("DS003", "pass", "compliant dispatch", b.compliant_model)
case("DS003", "pass", "corpus: entries wrapped onto indented lines", corpus(c.ND30))
case("DS003", "fail", "our dispatch, an entry without its dash",
     lambda: b.replace_text(b.compliant_docx(), "- Thường trực", "Thường trực"))  # fmt: skip
case("DS003", "fail", "corpus công văn, an entry without its dash",
     lambda: c.retext(b.corpus(c.CV_CONG_NHAN), "- Sở Nội vụ", "Sở Nội vụ;"))  # fmt: skip

# DS004 distribution-entry-without-semicolon
case("DS004", "pass", "compliant dispatch", b.compliant_model)
case("DS004", "pass", "corpus: an entry ending in a comma wraps on", corpus(c.ND30))
case("DS004", "fail", "an entry without its semicolon",
     lambda: c.distribution(entries=["Như trên",
                                     {"name": "Thường trực Tỉnh ủy", "punctuation": ""},
                                     "Văn phòng UBND tỉnh"]))  # fmt: skip
case("DS004", "fail", "corpus thông báo, an entry ending in a comma",
     lambda: c.retext(b.corpus(c.TB_KET_LUAN), "- LĐVP;", "- LĐVP,"))  # fmt: skip

# DS005 distribution-last-line-without-period
case("DS005", "pass", "compliant dispatch", b.compliant_model)
case("DS005", "pass", "corpus: drafter's name after the period", corpus(c.CV_CONG_NHAN))
case("DS005", "fail", "our dispatch, archive line without its period",
     lambda: b.replace_text(b.compliant_docx(), "TH3.", "TH3"))  # fmt: skip
case("DS005", "fail", "corpus tờ trình, archive line without its period",
     lambda: c.retext(b.corpus(c.TO_TRINH_MA_TUY), "- Lưu:", "- Lưu: VT, PC04"))  # fmt: skip

# DS006 archive-line-missing: the fixture "Nơi nhận without the archive line"
case("DS006", "pass", "compliant dispatch", b.compliant_model)
case("DS006", "pass", "corpus công văn", corpus(c.CV_CONG_NHAN))
case("DS006", "fail", "Nơi nhận without the archive line (model)",
     lambda: c.distribution(archive=()))  # fmt: skip
case("DS006", "fail", "Nơi nhận without the archive line (model), Circular 01",
     lambda: c.distribution(archive=()), "tt01-2011")  # fmt: skip
case("DS006", "fail", "Nơi nhận without the archive line (corpus công văn)",
     lambda: c.delete(b.corpus(c.CV_CONG_NHAN), "- Lưu:"))  # fmt: skip

# DS007 archive-line-not-last
case("DS007", "pass", "compliant dispatch", b.compliant_model)
case("DS007", "pass", "corpus quyết định", corpus(QD))
case("DS007", "fail", "our dispatch, archive line moved up",
     lambda: c.move_before(b.compliant_docx(), "- Lưu:", "- Văn phòng UBND"))  # fmt: skip
case("DS007", "fail", "corpus quyết định, archive line moved up",
     lambda: c.move_before(b.corpus(QD), "- Lưu:", "- Phó CT UBND"))  # fmt: skip

# DS008 archive-line-without-vt
case("DS008", "pass", "compliant dispatch", b.compliant_model)
case("DS008", "pass", "corpus tờ trình", corpus(c.TO_TRINH_MA_TUY))
case("DS008", "fail", "archive line without VT", lambda: c.distribution(archive=("TH3",)))
case("DS008", "fail", "corpus tờ trình, archive line without VT",
     lambda: c.retext(b.corpus(c.TO_TRINH_MA_TUY), "- Lưu:", "- Lưu: PC04."))  # fmt: skip

# DS009 archive-line-without-colon
case("DS009", "pass", "compliant dispatch", b.compliant_model)
case("DS009", "pass", "corpus quyết định", corpus(QD))
case("DS009", "fail", "our dispatch, «Lưu VT»",
     lambda: b.replace_text(b.compliant_docx(), "Lưu: VT", "Lưu VT"))  # fmt: skip
case("DS009", "fail", "corpus thông báo «- Lưu VT, KHCN»", corpus(c.MAU_6))

# DS010 dispatch-distribution-without-nhu-tren
case("DS010", "pass", "compliant dispatch", b.compliant_model)
case("DS010", "pass", "corpus công văn", corpus(c.CV_CONG_NHAN))
case("DS010", "pass", "corpus tờ trình «Như trên (Báo cáo)»", corpus(c.TO_TRINH_MA_TUY))
case("DS010", "fail", "công văn whose list does not begin with Như trên",
     lambda: c.distribution(entries=["Thường trực Tỉnh ủy (b/c)", "Văn phòng UBND tỉnh"]))  # fmt: skip
case("DS010", "fail", "corpus báo cáo with Kính gửi, «- Như kính gửi;»", corpus(c.BAO_CAO_NAM))

# DS011 nhu-tren-without-kinh-gui
case("DS011", "pass", "corpus quyết định «- Như Điều 3;»", corpus(QD))
case("DS011", "pass", "corpus báo cáo without Kính gửi", corpus(c.BAO_CAO_CCHC))
case("DS011", "fail", "corpus quyết định «- Như trên;»",
     lambda: c.retext(b.corpus(QD), "- Như Điều 3", "- Như trên;"))  # fmt: skip
case("DS011", "fail", "corpus thông báo «- Như trên;»",
     lambda: c.retext(b.corpus(c.TB_KET_LUAN), "- LĐVP", "- Như trên;"))  # fmt: skip

# DS013 distribution-label-not-level-with-signature
case("DS013", "pass", "compliant dispatch", b.compliant_model)
case("DS013", "pass", "corpus: typed side by side with tabs", corpus(c.GIAO_427))
case("DS013", "fail", "our dispatch, Nơi nhận in a row below the signature",
     lambda: c.distribution_to_new_row(b.compliant_docx()))  # fmt: skip
case("DS013", "fail", "corpus công văn, Nơi nhận in a row below the signature",
     lambda: c.distribution_to_new_row(b.corpus(c.CV_CONG_NHAN)))  # fmt: skip

# DS014 distribution-entry-all-capitals
case("DS014", "pass", "compliant dispatch", b.compliant_model)
case("DS014", "pass", "corpus: abbreviations in capitals", corpus(c.ND30))
case("DS014", "fail", "an entry in capitals",
     lambda: c.distribution(entries=["Như trên", "SỞ TÀI CHÍNH TỈNH KON TUM"]))  # fmt: skip
case("DS014", "fail", "corpus công văn, an entry in capitals",
     lambda: b.set_case(b.corpus(c.CV_CONG_NHAN), "- Sở Tài chính", to_upper=True))  # fmt: skip

# DS015 distribution-label-not-alone
case("DS015", "pass", "compliant dispatch", b.compliant_model)
case("DS015", "pass", "corpus: tabs after the label", corpus(c.BAO_CAO_NAM))
case("DS015", "fail", "our dispatch, an entry on the label's line",
     lambda: b.replace_text(b.compliant_docx(), "Nơi nhận:", "Nơi nhận: - Sở Nội vụ;"))  # fmt: skip
case("DS015", "fail", "corpus công văn, an entry on the label's line",
     lambda: c.retext(b.corpus(c.CV_CONG_NHAN), "Nơi nhận:", "Nơi nhận: - UBND tỉnh;"))  # fmt: skip

# DS016 distribution-label-indented
case("DS016", "pass", "compliant dispatch", b.compliant_model)
case(
    "DS016",
    "pass",
    "corpus: one leading space",
    corpus("vbai__Ke_hoach_tuyen_truyen_CCHC_tinh_Lam_Dong_nam_2026.docx"),
)
case("DS016", "fail", "our dispatch, label indented 1 cm",
     lambda: b.set_paragraph(b.compliant_docx(), "Nơi nhận", first_line=567))  # fmt: skip
case("DS016", "fail", "corpus quyết định, label typed after spaces", corpus(c.MAU_4))

# DS017 distribution-entry-indented
case("DS017", "pass", "compliant dispatch", b.compliant_model)
case("DS017", "pass", "corpus: a small indent of 2.5 mm", corpus(CV))
case("DS017", "fail", "our dispatch, an entry indented 1 cm",
     lambda: b.set_paragraph(b.compliant_docx(), "- Thường trực", first_line=567))  # fmt: skip
case("DS017", "fail", "corpus công văn, an entry indented 1 cm",
     lambda: b.set_paragraph(b.corpus(c.CV_CONG_NHAN), "- Sở Nội vụ", first_line=567))  # fmt: skip

# DS018 distribution-list-empty
case("DS018", "pass", "compliant dispatch", b.compliant_model)
case("DS018", "pass", "corpus quyết định", corpus(QD))
case("DS018", "fail", "Nơi nhận with nothing under it",
     lambda: c.distribution(entries=(), archive=(), drafter=None))  # fmt: skip
case("DS018", "fail", "corpus quyết định, the list deleted",
     lambda: c.delete(b.corpus(QD), "- Như Điều 3", "- Phó CT UBND", "- Lưu:"))  # fmt: skip

# DS019 distribution-entry-repeated
case("DS019", "pass", "compliant dispatch", b.compliant_model)
case("DS019", "pass", "corpus nghị định, 21 entries", corpus(c.ND30))
case("DS019", "fail", "a recipient twice",
     lambda: c.distribution(entries=["Như trên", "Sở Tài chính", "Sở Nội vụ", "Sở Tài chính"]))  # fmt: skip
case("DS019", "fail", "corpus công văn, a recipient twice",
     lambda: c.retext(b.corpus(c.CV_CONG_NHAN), "- Sở Tài chính", "- Sở Nội vụ;"))  # fmt: skip
