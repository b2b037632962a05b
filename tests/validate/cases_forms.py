"""Cases for the form rules (FO001–FO014) and for the rules the forms taught exceptions.

Passing inputs are our rendered examples of each form (``examples/forms``), the decree's
own samples (Phụ lục III, cut out one by one) and real files that are right; failing inputs
are the examples, or a real file, with one thing taken out or changed the way a clerk might.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.validate import builders_forms as fm
from tests.validate import builders_layout as lay
from tests.validate.builders_forms import drop, insert_after, of, real, replace, restyle, retext
from tests.validate.cases import case


def sample(label: str) -> Callable[[], bytes]:
    return lambda: lay.decree_sample(label)


ND30 = "nd30-2020"
QD_ENACTING = fm.text("quyet_dinh", "enacting")  # "QUYẾT ĐỊNH:"
NQ_ENACTING = fm.text("nghi_quyet", "enacting")  # "QUYẾT NGHỊ:"

# ----------------------------------------------------------------------------- FO001 căn cứ

case("FO001", "pass", "our quyết định (Mẫu 1.3)", of("quyet_dinh"))
case("FO001", "pass", "our nghị quyết (Mẫu 1.1)", of("nghi_quyet"))
case("FO001", "pass", "the decree's Mẫu 1.2", sample("Mẫu 1.2"))
case("FO001", "pass", "a real quyết định tặng Bằng khen (5 căn cứ)", real(fm.QD_REAL))
case(
    "FO001", "fail", "our quyết định without its căn cứ", of("quyet_dinh", drop("Basis", "Căn cứ"))
)
case(
    "FO001", "fail", "our nghị quyết without its căn cứ", of("nghi_quyet", drop("Basis", "Căn cứ"))
)
case("FO001", "fail", "the real quyết định with its căn cứ deleted",
     real(fm.QD_REAL, drop(None, "Căn cứ")), ND30)  # fmt: skip

# ----------------------------------------------------------------------------- FO002 enacting

case("FO002", "pass", "our quyết định", of("quyet_dinh"))
case("FO002", "pass", "our nghị quyết", of("nghi_quyet"))
case("FO002", "pass", "the decree's Mẫu 1.1", sample("Mẫu 1.1"))
case("FO002", "pass", "a real quyết định («QUYẾT ĐỊNH:» centred, bold)", real(fm.QD_VBAI))
case("FO002", "fail", "our quyết định without «QUYẾT ĐỊNH:»", of("quyet_dinh", drop("Enacting")))
case("FO002", "fail", "«QUYẾT NGHỊ:» in a quyết định",
     of("quyet_dinh", retext("Enacting", NQ_ENACTING)))  # fmt: skip
case("FO002", "fail", "«QUYẾT ĐỊNH» without its colon",
     of("quyet_dinh", retext("Enacting", QD_ENACTING.rstrip(":"))))  # fmt: skip
case("FO002", "fail", "«QUYẾT NGHỊ:» set left", of("nghi_quyet", restyle("Enacting", align="left")))
case("FO002", "fail", "«QUYẾT ĐỊNH:» not bold", of("quyet_dinh", restyle("Enacting", bold=False)))
case("FO002", "fail", "the real quyết định with «QUYẾT ĐỊNH:» set left",
     real(fm.QD_REAL, restyle(None, QD_ENACTING, align="left")), ND30)  # fmt: skip

# ----------------------------------------------------------------------------- FO003 articles

case("FO003", "pass", "our quyết định (Điều 1–3; the attached quy chế restarts at Điều 1)",
     of("quyet_dinh"))  # fmt: skip
case("FO003", "pass", "our nghị quyết", of("nghi_quyet"))
case("FO003", "pass", "the decree's Mẫu 1.3", sample("Mẫu 1.3"))
case("FO003", "pass", "a real quyết định (Điều 1, Điều 2)", real(fm.QD_REAL), ND30)
case("FO003", "fail", "a repeated «Điều 2»", of("quyet_dinh", replace("Điều 3.", "Điều 2.")))
case("FO003", "fail", "«Điều 3» after «Điều 1» (Điều 2 left out)",
     of("nghi_quyet", replace("Điều 2.", "Điều 3.")))  # fmt: skip
case("FO003", "fail", "articles that start at «Điều 2»",
     of("quyet_dinh", replace("Điều 1.", "Điều 2."), replace("Điều 3.", "Điều 4.")))  # fmt: skip
case("FO003", "fail", "a quyết định without articles",
     of("quyet_dinh", drop("Body", "Điều ")))  # fmt: skip
case("FO003", "fail", "the real quyết định with «Điều 2» renumbered «Điều 3»",
     real(fm.QD_REAL, replace("Điều 2.", "Điều 3.")), ND30)  # fmt: skip

# ----------------------------------------------------------------------------- FO004 công điện

case("FO004", "pass", "our công điện (Mẫu 1.6)", of("cong_dien"))
case("FO004", "pass", "the decree's Mẫu 1.6", sample("Mẫu 1.6"))
case(
    "FO004", "fail", "our công điện without its «… điện:» line", of("cong_dien", drop("Addressed"))
)
case("FO004", "fail", "the «… điện:» line without «điện:»",
     of("cong_dien", replace(" " + fm.text("cong_dien", "addressed"), "", "Addressed")))  # fmt: skip

# ----------------------------------------------------------------------------- FO005 giấy mời

TIME, PLACE = fm.text("giay_moi", "time"), fm.text("giay_moi", "place")
case("FO005", "pass", "our giấy mời (Mẫu 1.7)", of("giay_moi"))
case("FO005", "pass", "the decree's Mẫu 1.7", sample("Mẫu 1.7"))
case("FO005", "fail", "our giấy mời without «Thời gian:»", of("giay_moi", drop(None, TIME)))
case("FO005", "fail", "our giấy mời without «Địa điểm:»", of("giay_moi", drop(None, PLACE)))
case("FO005", "fail", "our giấy mời without either",
     of("giay_moi", drop(None, TIME), drop(None, PLACE)))  # fmt: skip

# ----------------------------------------------------------------------------- FO006 no trích yếu

case("FO006", "pass", "our giấy giới thiệu (Mẫu 1.8)", of("giay_gioi_thieu"))
case("FO006", "pass", "our giấy nghỉ phép (Mẫu 1.10)", of("giay_nghi_phep"))
case("FO006", "pass", "the decree's Mẫu 1.8", sample("Mẫu 1.8"))
case("FO006", "pass", "the decree's Mẫu 1.10", sample("Mẫu 1.10"))
case("FO006", "fail", "a trích yếu under «GIẤY GIỚI THIỆU»",
     of("giay_gioi_thieu", insert_after("TypeName", "Về việc liên hệ công tác")))  # fmt: skip
case("FO006", "fail", "a trích yếu under «GIẤY NGHỈ PHÉP»",
     of("giay_nghi_phep", insert_after("TypeName", "Nghỉ phép năm 2026")))  # fmt: skip

# ----------------------------------------------------------------------------- FO007 biên bản

CHAIR, SECRETARY = fm.text("bien_ban", "chair"), fm.text("bien_ban", "secretary")
case("FO007", "pass", "our biên bản (Mẫu 1.9)", of("bien_ban"))
case("FO007", "pass", "the decree's Mẫu 1.9", sample("Mẫu 1.9"))
case("FO007", "fail", "our biên bản without its chair", of("bien_ban", drop(None, CHAIR)))
case("FO007", "fail", "our biên bản without its secretary", of("bien_ban", drop(None, SECRETARY)))

# ----------------------------------------------------------------------------- FO008 signatures

CHAIR_TITLE = fm.text("bien_ban", "chair_title")
SECRETARY_TITLE = fm.text("bien_ban", "secretary_title")
case("FO008", "pass", "our biên bản: THƯ KÝ and CHỦ TỌA side by side", of("bien_ban"))
case("FO008", "pass", "the decree's Mẫu 1.9", sample("Mẫu 1.9"))
case("FO008", "pass", "the chair titled CHỦ TRÌ",
     of("bien_ban", retext("SignatureTitle", "CHỦ TRÌ", CHAIR_TITLE)))  # fmt: skip
case("FO008", "fail", "our biên bản without the secretary's signature",
     of("bien_ban", retext("SignatureTitle", "", SECRETARY_TITLE)))  # fmt: skip
case("FO008", "fail", "our biên bản without the chair's name",
     of("bien_ban", retext("Signer", "", nth=1)))  # fmt: skip

# ----------------------------------------------------------------------------- FO009–FO011 copy

case("FO009", "pass", "our bản sao y (Mẫu 3.1): «Số: 15/SY-SNV»", of("ban_sao_y"))
case("FO009", "pass", "a trích sao numbered «TrS»",
     of("ban_sao_y", retext("CopyKind", "TRÍCH SAO"), replace("/SY-", "/TrS-")))  # fmt: skip
case("FO009", "fail", "a sao y numbered without «SY»", of("ban_sao_y", replace("/SY-", "/")))
case("FO009", "fail", "a sao y numbered «SL»", of("ban_sao_y", replace("/SY-", "/SL-")))
case("FO009", "fail", "a trích sao numbered «TRS»",
     of("ban_sao_y", retext("CopyKind", "TRÍCH SAO"), replace("/SY-", "/TRS-")))  # fmt: skip
case("FO009", "fail", "a sao y without its own number", of("ban_sao_y", drop("Number", nth=1)))

case("FO010", "pass", "our bản sao y", of("ban_sao_y"))
case("FO010", "pass", "a sao lục", of("ban_sao_y", retext("CopyKind", "SAO LỤC"),
                                      replace("/SY-", "/SL-")))  # fmt: skip
case("FO010", "fail", "a sao y without its place and date",
     of("ban_sao_y", drop("PlaceDate", nth=1)))  # fmt: skip

case("FO011", "pass", "our bản sao y", of("ban_sao_y"))
case("FO011", "fail", "a sao y whose signature has no name",
     of("ban_sao_y", retext("Signer", "", nth=-1)))  # fmt: skip
case("FO011", "fail", "a sao y without its signature block",
     of("ban_sao_y", retext("Signer", "", nth=-1), retext("SignatureTitle", "", nth=-1)))  # fmt: skip

case("FO013", "pass", "our bản sao y: a bottom border across the text area", of("ban_sao_y"))
case("FO013", "fail", "a sao y without the rule above it", of("ban_sao_y", fm.drop_copy_rule))
case("FO013", "fail", "a sao y under a rule a third of the width",
     of("ban_sao_y", fm.shorten_copy_rule))  # fmt: skip

# ----------------------------------------------------------------------------- FO012 joint

case("FO012", "pass", "our kế hoạch liên tịch: two issuers, two signatures", of("lien_tich"))
case("FO012", "fail", "the second issuer does not sign",
     of("lien_tich", retext("Signer", "", nth=0), retext("SignatureTitle", "", nth=0)))  # fmt: skip
case("FO012", "fail", "three issuers in the header, two signatures",
     of("lien_tich", replace(" - SỞ TÀI CHÍNH", " - SỞ TÀI CHÍNH - SỞ TƯ PHÁP", "Agency")))  # fmt: skip

# ----------------------------------------------------------------------------- rules taught by the forms

# SG002: the biên bản (Mẫu 1.9) and the joint document sign side by side above Nơi nhận.
case("SG002", "pass", "our biên bản, signed above its Nơi nhận", of("bien_ban"))
case("SG002", "pass", "our kế hoạch liên tịch, signed above its Nơi nhận", of("lien_tich"))
# BD004: the công điện's recipients stand in a column of their own (Mẫu 1.6), not as body.
case("BD004", "pass", "our công điện, its recipients indented under «… điện:»", of("cong_dien"))

# ----------------------------------------------------------------------------- FO014 e-copy line

case("FO014", "pass", "our bản sao điện tử (Mẫu 3.2)", of("ban_sao_dien_tu"))
case("FO014", "fail", "the line centred",
     of("ban_sao_dien_tu", restyle("ElectronicCopy", align="center")))  # fmt: skip
case("FO014", "fail", "the line in bold",
     of("ban_sao_dien_tu", restyle("ElectronicCopy", bold=True)))  # fmt: skip
case("FO014", "fail", "only «SAO Y;» with no agency and time",
     of("ban_sao_dien_tu", retext("ElectronicCopy", "SAO Y; Sở Nội vụ tỉnh Kon Tum")))  # fmt: skip
