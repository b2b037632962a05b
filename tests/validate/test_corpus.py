"""The validator on every real file of the shared corpus (its README lists them)."""

from __future__ import annotations

import pytest

from tests.support.shared import corpus_files, require_shared
from vnadmin_docs.validate import Status, validate


def _corpus():
    return corpus_files()


def test_it_never_crashes_and_always_reports_every_rule():
    files = _corpus()
    assert files, "the corpus README lists no file"
    for path in files:
        report = validate(path)
        assert len(report.findings) >= 120, path.name
        assert report.standard in ("nd30-2020", "tt01-2011")


def test_rules_are_evaluated_on_real_files():
    """At least 120 rules give a pass or a fail (not "not evaluated") on some real file."""
    evaluated: set[str] = set()
    for path in _corpus():
        for finding in validate(path).findings:
            if finding.status is not Status.NOT_EVALUATED:
                evaluated.add(finding.code)
    assert len(evaluated) >= 120, sorted(evaluated)


# Checked by hand against the files' XML (sizes in half-points, margins in twips) and the
# corpus README; each entry says what was seen.
HAND_CHECKED = {
    # Bộ Tài chính công văn, draft: pgMar top 907 (16.0 mm), bottom 284 (5.0 mm); the page
    # number sits in the footer, right-aligned, 12 pt; body "exactly 15 pt"; a rule shape
    # floats (its gap, 0.97 mm computed, 1.06 mm in LibreOffice's PDF, just passes); .VnFree
    # declared in the styles; the V/v line centred in its cell between indents of 165 and
    # 255 twips (0.8 mm left of the cell's centre).
    "vbai__CV_xin_y_kien_ngoai_Bo.docx": {
        "BD003", "BD012", "FM080", "FM083", "PG003", "PG004", "PG007", "PN003", "RL008",
        "FT010", "DT010",  # a draft: «ngày     tháng    năm 2025»
    },
    # UBND Bình Thuận quyết định 1424: "Số:" line at sz 28 (14 pt) with the number bold;
    # bottom margin 709 (12.5 mm); "NCKS.Châu" after the Lưu line; floating rules, the
    # Tiêu ngữ's 0.9 mm under its descenders (0.8 mm in LibreOffice's PDF); one căn cứ line
    # typed in NFD.
    "vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx": {
        "DS012", "FM020", "FM021", "PG004", "RL008", "RL012", "FT011",
    },
    # Sở Nội vụ tờ trình 2114: the Tiêu ngữ uses en dashes (U+2013); floating rules 0.2–0.5
    # mm under the ink (0.1–0.5 mm in LibreOffice's PDF).
    "vbai__2114_SNV_To_trinh_cong_nhan_ket_qua_Dai_hoi_va_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh.docx": {
        "HD007", "RL008", "RL012",
    },
    # UBND Lâm Đồng thông báo: "Nơi nhận:" at sz 22 (11 pt), "(Sơn)" at sz 14 (7 pt);
    # 3 pt before each body paragraph and 0 after; agency rule 30.2 mm under a 43.2 mm
    # line; margins top 993 (17.5 mm), bottom 709 (12.5 mm); page number 12 pt; .VnTime
    # and VNI-Times declared; NFD text; the Tiêu ngữ's shape 0.7 mm under its descenders
    # (0.55 mm in LibreOffice's PDF); the centred title with a right indent of -142 twips,
    # 1.3 mm right of the text area's centre (1.25 mm in the PDF).
    "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx": {
        "BD001", "BD012", "FM059", "FM062", "FM080", "RL004", "RL006", "RL008", "RL012",
        "PG003", "PG004", "FT010", "FT011", "DT010",  # a draft: «ngày        tháng 4 năm 2026»
    },
    # UBND Bình Thuận công văn 3083: "Số:" line with a bold number at 14 pt (docDefaults
    # sz 28); signature lines with no w:jc (left); en dashes in the Tiêu ngữ.
    "vbai__CV_cong_nhan_ket_qua_dai_hoi_cua_Hoi_Nu_doanh_nhan_tinh.docx": {
        "DS012", "FM020", "FM021", "FM053", "FM058", "HD007", "RL008",
    },
    # The decree itself (LibreOffice re-save): rules typed as underscores; a white "["
    # before "(Đã ký)"; NFD text in paragraph 260.
    "vanbanplus__30_2020_ND_CP.docx": {"RL007", "FT007", "FT011"},
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(HAND_CHECKED))
def test_findings_checked_by_hand(name):
    report = validate(require_shared("corpus/docx") / name)
    assert report.standard == "nd30-2020"
    assert {f.code for f in report.failures} == HAND_CHECKED[name], report.to_text()
