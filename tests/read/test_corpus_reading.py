"""The .docx reader on real files: the Word-saved documents of the shared corpus.

Every expected value below was checked by hand against the file (its paragraphs dumped with
their table cell, bold/italic and alignment, and read as text), not copied from the reader's
output. The files are read in place from ``<shared>/corpus/docx`` (see its README); none is
copied into the project.

Layouts covered:

- header in a borderless table: 1×2 (CV 3083, QĐ 1424, TTr 2114, TTr 409, TB Sơn Hải,
  TB 875a), 2×2 (QĐ Thủy lợi, BC CCHC), 3×2 with a spacer row (KH Cao Lãnh 2, BC hội,
  KH tuyên truyền), 3×2 with Kính gửi and its recipients in the third row, after a blank
  paragraph (CV Bộ Tài chính);
- header typed as plain paragraphs with spaces and a tab, no table (CV 427);
- signature and Nơi nhận side by side in a table (most files), with an empty spacer column
  (BC hội), with the signer's name in a lower row of the signature's column (KH Cao Lãnh 2),
  typed side by side with tabs and spaces (CV 427), and one after the other (CV 3083 with its
  closing table taken apart in memory, both orders).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import vnadmin_docs as vn
from tests.support.shared import require_shared
from vnadmin_docs.errors import UnsupportedDocumentType
from vnadmin_docs.models.components import PartialDate
from vnadmin_docs.models.documents import DocumentType, OfficialDispatch, TypedDocument
from vnadmin_docs.models.forms import Decision
from vnadmin_docs.ooxml.read import read_docx
from vnadmin_docs.read import Reading
from vnadmin_docs.read.components import recognise
from vnadmin_docs.read.docx import read_docx_document

CV_3083 = "vbai__CV_cong_nhan_ket_qua_dai_hoi_cua_Hoi_Nu_doanh_nhan_tinh.docx"
CV_BTC = "vbai__CV_xin_y_kien_ngoai_Bo.docx"
CV_427 = "vbai__giao_427_BCA_-_CAT_chuong_trinh_MTQGMT.docx"
QD_1424 = "vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx"
QD_TLU = "vbstreamlit__mau_4_qd_ban_hanh.docx"
TTR_2114 = "vbai__2114_SNV_To_trinh_cong_nhan_ket_qua_Dai_hoi_va_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh.docx"
TTR_409 = "vbai__TO_TRINH_XET_DUYET_XA_PHUONG_KHONG_MA_TUY.docx"
TB_SON_HAI = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"
TB_875A = "vbstreamlit__mau_6_thong_bao_bao_cao.docx"
BC_HOI = "vbai__Bao_cao_nam_2025.docx"
BC_CCHC = "vbai__BAO_CAO_CCHC_NAM_2025.docx"
KH_CCHC = "vbai__Ke_hoach_tuyen_truyen_CCHC_tinh_Lam_Dong_nam_2026.docx"
KH_CAO_LANH = "vanbanbot__Ke_hoach_to_chuc_sinh_hoat_Lich_su_theo_cum_truong-2026.docx"
ND_30 = "vanbanplus__30_2020_ND_CP.docx"

UBND_LAM_DONG = ("Ủy ban nhân dân tỉnh Lâm Đồng", ("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"))
UBND_BINH_THUAN = ("Ủy ban nhân dân tỉnh Bình Thuận", ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"))


def _path(name: str) -> Path:
    return require_shared("corpus/docx") / name


_READINGS: dict[str, Reading] = {}


def _read(name: str) -> Reading:
    if name not in _READINGS:
        _READINGS[name] = read_docx_document(_path(name))
    return _READINGS[name]


def _plain(text: str) -> str:
    return " ".join(text.split())


def _contents(document: Any) -> list[str]:
    """The text in order: a quyết định's authority and articles (its form's fields), then
    the body's blocks."""
    texts = []
    if isinstance(document, Decision):
        if document.authority:
            texts.append(" ".join(document.authority))
        texts += [_plain(f"{a.label} {a.title or a.text}") for a in document.articles]
    return texts + [_block_text(b) for b in document.body]


def _block_text(block: Any) -> str:
    """A body block's own text: a paragraph's, or a list's first item's."""
    if block.kind == "paragraph":
        return _plain(block.text)
    if block.kind == "list":
        return _plain(block.items[0].text)
    return f"<{block.kind}>"


# ----------------------------------------------------------------------------- expectations
#
# Per file: type; agency (normal-case name, header lines) and parent; number (serial,
# notation, the printed line where the model's form differs); date (a PartialDate: the day,
# maybe the month, left blank for Văn thư); place; subject lines; Kính gửi; signature title lines (as printed) and signer;
# distribution entries (labels) with the archive units and ô 12; body: number of blocks,
# first and last block's text (the end mark "./." taken off); attachments.

EXPECTED: dict[str, dict[str, Any]] = {
    CV_3083: {
        "type": DocumentType.CONG_VAN,
        "agency": UBND_BINH_THUAN,
        "parent": None,
        "serial": 3083, "notation": "UBND-NCKS", "printed": None,
        "date": date(2025, 6, 30), "place": "Bình Thuận",
        "subject": ("kết quả đại hội Hiệp hội Doanh nghiệp tỉnh Bình Thuận",),
        "recipients": ["Hiệp hội Doanh nghiệp tỉnh Bình Thuận"],
        "titles": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer": "Nguyễn Hồng Hải",
        "entries": ["Như trên", "Phó CT UBND tỉnh (Đ/c Hải)", "Sở Nội vụ", "Sở Tài chính"],
        "archive": ("VT", "NCKS"), "drafter": "Châu", "copies": None,
        "blocks": 4,
        "first": "Ủy ban nhân dân tỉnh nhận được Văn bản số 01/BC-HHDN-K5 ngày 28/6/2025 của "
                 "Hiệp hội Doanh nghiệp tỉnh về việc báo cáo kết quả đại hội",
        "last": "Ủy ban nhân dân tỉnh thông báo để Hiệp hội Doanh nghiệp tỉnh Bình Thuận biết",
        "end_mark": "./.",
        "attachments": [],
    },
    CV_BTC: {
        "type": DocumentType.CONG_VAN,
        "agency": ("Bộ Tài chính", ("BỘ TÀI CHÍNH",)),
        "parent": None,
        "serial": None, "notation": "BTC-CST", "printed": None,
        "date": PartialDate(year=2025), "place": "Hà Nội",
        "subject": ("dự thảo Thông tư thay thế Thông tư số 244/2016/TT-BTC ngày 11/11/2016",),
        "recipients": [
            "Các Bộ, cơ quan ngang Bộ; cơ quan thuộc Chính phủ",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            "Liên đoàn Thương mại và Công nghiệp Việt Nam",
        ],
        "titles": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "signer": "Cao Anh Tuấn",
        "entries": ["Như trên", "Cổng thông tin điện tử Chính phủ",
                    "Cổng thông tin điện tử Bộ Tài chính"],
        "archive": ("VT", "CST (PLP)"), "drafter": None, "copies": None,
        "blocks": 4,
        "first": "Thực hiện ý kiến chỉ đạo tại Công văn số 656/TTg-KSTT ngày 24/8/2024",
        "last": "Trân trọng cảm ơn sự phối hợp công tác của quý cơ quan",
        "end_mark": "./.",
        "attachments": [],
    },
    CV_427: {
        "type": DocumentType.CONG_VAN,
        "agency": UBND_LAM_DONG,
        "parent": None,
        "serial": None, "notation": "UBND-NC", "printed": None,
        "date": PartialDate(year=2026, month=2), "place": "Lâm Đồng",
        "subject": ("triển khai thực hiện", "Công văn số 427/BCA-C04", "của Bộ Công an"),
        "recipients": ["Công an tỉnh"],
        "titles": ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "signer": "Đỗ Tấn Sương",
        "entries": ["Như trên", "Chủ tịch UBND tỉnh", "LĐVP"],
        "archive": ("VT", "NC"), "drafter": "Châu", "copies": None,
        "blocks": 2,
        "first": "Ủy ban nhân dân tỉnh nhận được Công văn số 427/BCA-C04 ngày 02/02/2026 của "
                 "Bộ Công an",
        "last": "Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu, triển khai rà "
                "soát, đề xuất theo yêu cầu tại Công văn số 427/BCA-C04 ngày 02/02/2026 và gửi "
                "trực tiếp văn bản cho Bộ Công an theo thời gian quy định; đồng thời gửi Ủy ban "
                "nhân dân tỉnh biết, theo dõi",
        "end_mark": "./.",
        "attachments": [],
    },
    QD_1424: {
        "type": DocumentType.QUYET_DINH,
        "agency": UBND_BINH_THUAN,
        "parent": None,
        "serial": 1424, "notation": "QĐ-UBND", "printed": None,
        "date": date(2025, 6, 30), "place": "Bình Thuận",
        "subject": ("Phê duyệt Điều lệ (sửa đổi, bổ sung)",
                    "Hiệp hội Doanh nghiêp tỉnh Bình Thuận"),  # "nghiêp" as typed
        "recipients": [],
        "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                  "Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024"],
        "proposal": "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bình Thuận tại Văn bản số",
        "titles": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer": "Nguyễn Hồng Hải",
        "entries": ["Như Điều 3", "Phó CT UBND tỉnh (Đ/c Hải)"],
        "archive": ("VT", "NCKS"), "drafter": "Châu", "copies": None,
        # read as its form (Decision): the authority line and the three articles; the
        # "QUYẾT ĐỊNH:" line is the form's, not stored
        "blocks": 4,
        "first": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
        "last": "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở "
                "Tài chính, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bình Thuận, Thủ trưởng các cơ "
                "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này",
        "end_mark": "./.",
        "attachments": [],
    },
    QD_TLU: {
        "type": DocumentType.QUYET_DINH,
        "agency": ("Trường Đại học Thủy lợi", ("TRƯỜNG ĐẠI HỌC THỦY LỢI",)),
        "parent": ("Bộ Nông nghiệp và Môi trường", ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",)),
        "serial": None, "notation": "QĐ-ĐHTL", "printed": None,
        "date": PartialDate(year=2025, month=8), "place": "Hà Nội",
        "subject": ("Ban hành Quy định về việc xây dựng, sử dụng và quản lý",
                    "Ngân hàng câu hỏi thi/ Ngân hàng đề thi của Trường Đại học Thủy lợi"),
        "recipients": [],
        "bases": ["Căn cứ Quy chế tổ chức và hoạt động của Trường Đại học Thuỷ lợi",
                  "Căn cứ Thông tư số 08/2021/TT-BGDĐT",
                  "Căn cứ Quyết định số 1226/QĐ-ĐHTL",
                  "Căn cứ Quyết định số 1369/QĐ-ĐHTL",
                  "Xét đề nghị của Trưởng phòng Khảo thí và ĐBCL, Trưởng các Bộ môn."],
        "titles": ["HIỆU TRƯỞNG"], "signer": "GS.TS Nguyễn Trung Việt",
        "entries": ["Như điều 3"],
        "archive": ("VT", "KT&ĐBCL"), "drafter": "ĐM", "copies": 6,  # "(ĐM.6b)"
        "blocks": 4,  # the authority line and the three articles (Decision)
        "first": "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC THỦY LỢI",
        "last": "Điều 3. Trưởng các Phòng Khảo thí và Đảm bảo chất lượng, Đào tạo, Chính trị "
                "và Công tác sinh viên, Hành chính - Tổng hợp, các đơn vị và cá nhân có liên "
                "quan chịu trách nhiệm thi hành quyết định này",
        "end_mark": "./.",
        "attachments": [
            (None, ("QUY ĐỊNH VỀ VIỆC XÂY DỰNG, SỬ DỤNG, QUẢN LÝ",
                    "NGÂN HÀNG CÂU HỎI THI VÀ NGÂN HÀNG ĐỀ THI")),
            ("Phụ lục 01", ("Cấu trúc đề thi",)),
            ("PHỤ LỤC 03", ("CÁC BIỂU MẪU",)),
            ("Phụ lục đi kèm biểu mẫu KT04",
             ("PHÊ DUYỆT DANH SÁCH CÁC HỌC PHẦN XÂY DỰNG, HIỆU CHỈNH, BỔ SUNG NHCHT ĐỢT……..",)),
        ],
    },
    TTR_2114: {
        "type": DocumentType.TO_TRINH,
        "agency": ("Sở Nội vụ", ("SỞ NỘI VỤ",)),
        "parent": ("Ủy ban nhân dân tỉnh Bình Thuận", ("UBND TỈNH BÌNH THUẬN",)),
        "serial": 2114, "notation": "TTr-SNV", "printed": None,
        "date": date(2025, 6, 28), "place": "Bình Thuận",
        "subject": ("Về việc thông báo kết quả đại hội và phê duyệt Điều lệ (sửa đổi, bổ sung)",
                    "Hiệp hội Doanh nghiệp tỉnh Bình Thuận"),
        "recipients": ["Chủ tịch Ủy ban nhân dân tỉnh"],
        "bases": [],
        "titles": ["GIÁM ĐỐC"], "signer": "Đỗ Văn Chung",
        "entries": ["Như trên", "Sở Tài chính", "Giám đốc, Phó Giám đốc Sở (đ/c Bông)"],
        "archive": ("VT", "CCVC(Thuận)"), "drafter": None, "copies": None,
        "blocks": 8,  # lists nested under their parent item
        "first": "Sở Nội vụ nhận được Văn bản số 01/BC-HHDN-K5 ngày 28/6/2025 của Hiệp hội "
                 "Doanh nghiệp tỉnh về việc báo cáo kết quả Đại hội.",
        "last": "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định",
        "end_mark": "./.",
        "attachments": [],
    },
    TTR_409: {
        "type": DocumentType.TO_TRINH,
        "agency": ("Công an tỉnh Lâm Đồng", ("CÔNG AN TỈNH LÂM ĐỒNG",)),
        "parent": ("Bộ Công an", ("BỘ CÔNG AN",)),
        # "(PC04)", the drafting unit in brackets, does not fit the model's notation
        "serial": 409, "notation": "TTr-CAT", "printed": "Số: 409 /TTr-CAT(PC04)",
        "date": date(2025, 11, 26), "place": "Lâm Đồng",
        "subject": ("Về việc thành lập hội đồng cấp tỉnh xét duyệt địa bàn cấp xã không",
                    "ma túy và đề nghị xét duyệt địa bàn cấp tỉnh không ma túy"),
        "recipients": ["Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"],
        "bases": [],
        "titles": ["GIÁM ĐỐC"], "signer": "Thiếu tướng Trương Minh Đương",
        "entries": ["Như trên (Báo cáo)"],
        "archive": ("VT", "PC04"), "drafter": None, "copies": None,
        "blocks": 3,
        "first": "Thực hiện Kết luận số 132-KL/TW, ngày 18/3/2025 của Bộ Chính trị",
        "last": "Kính đề nghị Văn phòng UBND tỉnh thẩm định, trình Chủ tịch UBND tỉnh ký "
                "duyệt, ban hành",
        "end_mark": "./.",
        "attachments": [],
    },
    TB_SON_HAI: {
        "type": DocumentType.THONG_BAO,
        "agency": UBND_LAM_DONG,
        "parent": None,
        "serial": None, "notation": "TB-UBND", "printed": None,
        "date": PartialDate(year=2026, month=4), "place": "Lâm Đồng",
        "subject": ("Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy,",
                    "Phó Chủ tịch UBND tỉnh họp nghe Công ty TNHH Tập đoàn Sơn Hải báo cáo một "
                    "số vấn đề liên quan đến dự án đường bộ cao tốc Tân Phú – Bảo Lộc"),
        "recipients": [],
        "bases": [],
        "titles": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
        "signer": "Nguyễn Ngọc Nam",
        "entries": ["Chủ tịch, các PCT UBND tỉnh", "Thành phần tham dự họp", "LĐVP"],
        "archive": ("VT", "XDCT(Sơn)"), "drafter": None, "copies": None,
        "blocks": 9,  # lists nested under their parent item
        "first": "Ngày 21/4/2026, đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy",
        "last": "Trân trọng thông báo kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban "
                "Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh đến các sở, ban, ngành và cơ quan, "
                "đơn vị liên quan biết, thực hiện",
        "end_mark": "./.",
        "attachments": [],
    },
    TB_875A: {
        "type": DocumentType.THONG_BAO,
        "agency": ("Trường Đại học Thủy lợi", ("TRƯỜNG ĐẠI HỌC THUỶ LỢI",)),
        "parent": ("Bộ Nông nghiệp và PTNT", ("BỘ NÔNG NGHIỆP VÀ PTNT",)),
        "serial": 875, "notation": "TB-ĐHTL", "printed": "Số: 875a/TB-ĐHTL",
        "date": date(2024, 10, 16), "place": "Hà Nội",
        "subject": ("Về việc triển khai thực hiện nghiên cứu khoa học sinh viên",
                    "Trường Đại học Thủy lợi", "Năm học 2024 - 2025"),
        "recipients": [],
        "bases": [],
        "titles": ["TL. HIỆU TRƯỞNG", "TRƯỞNG PHÒNG KHCN&HTQT"], "signer": "PGS.TS Hồ Sỹ Tâm",
        "entries": ["BGH (để báo cáo)", "Các đơn vị liên quan"],
        "archive": ("VT", "KHCN"), "drafter": "NA", "copies": 15,  # "Lưu VT, KHCN (NA.15b)."
        "blocks": 8,
        "first": "Thực hiện kế hoạch năm học 2024-2025 về hoạt động nghiên cứu khoa học sinh "
                 "viên, Trường Đại học Thủy lợi dự kiến tổ chức Hội nghị Khoa học sinh viên lần "
                 "thứ 38 như sau:",
        "last": "Nhà trường đề nghị các Khoa, Phòng Chính trị và Công tác sinh viên",
        "end_mark": None,  # the file has no "./."
        "attachments": [],
    },
    BC_HOI: {
        "type": DocumentType.BAO_CAO,
        "agency": UBND_LAM_DONG,
        "parent": None,
        "serial": None, "notation": "BC-UBND", "printed": None,
        "date": PartialDate(year=2025, month=12), "place": "Lâm Đồng",
        "subject": ("Tổ chức, hoạt động và quản lý hội năm 2025",),  # in a 1×1 table
        "recipients": ["Bộ Nội vụ"],
        "bases": [],
        "titles": ["CHỦ TỊCH"], "signer": "Hồ Văn Mười",  # beside an empty spacer column
        "entries": ["Như kính gửi", "CT, PCT UBND tỉnh", "Sở Nội vụ"],
        "archive": ("VT", "NC"), "drafter": None, "copies": None,
        "blocks": 20,  # lists nested under their parent item
        "first": "Thực hiện quy định tại Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của "
                 "Chính phủ quy định về tổ chức, hoạt động và quản lý hội",
        "last": "UBND tỉnh Lâm Đồng kính báo cáo Bộ Nội vụ về tình hình tổ chức, hoạt động và "
                "quản lý Hội năm 2025 trên địa bàn tỉnh Lâm Đồng",
        "end_mark": "./.",
        "attachments": [],
    },
    BC_CCHC: {
        "type": DocumentType.BAO_CAO,
        "agency": UBND_LAM_DONG,
        "parent": None,
        "serial": None, "notation": "BC-UBND", "printed": None,
        "date": PartialDate(year=2025, month=12), "place": "Lâm Đồng",
        "subject": ("Công tác cải cách hành chính năm 2025 và",
                    "phương hướng, nhiệm vụ năm 2026 của tỉnh Lâm Đồng"),
        "recipients": [],
        "bases": [],
        "titles": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer": "Nguyễn Ngọc Phúc",
        "entries": ["Bộ Nội vụ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                    "Chủ tịch, PCT UBND tỉnh (Đ/c Phúc)", "Các sở, ban, ngành tỉnh",
                    "UBND các xã, phường, đặc khu", "Chánh, các PCVP UBND tỉnh"],
        "archive": ("VT", "NC"), "drafter": "Châu", "copies": None,
        "blocks": 116,  # lists nested under their parent item
        "first": "Thực hiện Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ",
        "last": "Trên đây là báo cáo công tác cải cách hành chính năm 2025 và phương hướng, "
                "nhiệm vụ năm 2026 của Ủy ban nhân dân tỉnh Lâm Đồng, gửi Bộ Nội vụ để tổng hợp",
        "end_mark": "./.",
        "attachments": [
            ("PHỤ LỤC", ("BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2025",
                         "CỦA ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")),
        ],
    },
    KH_CCHC: {
        "type": DocumentType.KE_HOACH,
        "agency": UBND_LAM_DONG,
        "parent": None,
        "serial": None, "notation": "KH-UBND", "printed": None,
        "date": PartialDate(year=2026, month=1), "place": "Lâm Đồng",
        "subject": ("Tuyên truyền Cải cách hành chính năm 2026",),
        "recipients": [],
        "bases": [],
        "titles": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer": "Nguyễn Ngọc Phúc",
        "entries": ["Bộ Nội vụ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                    "Chủ tịch, PCT UBND tỉnh (Đ/c Phúc)",
                    "Văn phòng Tỉnh ủy và các Ban xây dựng Đảng", "Ủy ban MTTQVN tỉnh",
                    "Các sở, ban, ngành thuộc tỉnh", "Các ĐVSNCL thuộc UBND tỉnh",
                    "UBND các xã, phường, đặc khu"],
        "archive": ("VT", "NC"), "drafter": "Châu", "copies": None,
        "blocks": 20,  # lists nested under their parent item
        "first": "Tiếp tục thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
        "last": "Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 của UBND tỉnh "
                "Lâm Đồng; trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc, các "
                "cơ quan, đơn vị, địa phương kịp thời báo cáo UBND tỉnh (qua Sở Nội vụ) để được "
                "xem xét, giải quyết",
        "end_mark": "./.",
        "attachments": [],
    },
    KH_CAO_LANH: {
        "type": DocumentType.KE_HOACH,
        "agency": ("Trường THPT Cao Lãnh 2", ("TRƯỜNG THPT CAO LÃNH 2",)),
        "parent": ("Sở GDĐT tỉnh Đồng Tháp", ("SỞ GDĐT TỈNH ĐỒNG THÁP",)),
        "serial": 58, "notation": "KH-THPTCL2", "printed": None,
        "date": date(2026, 4, 15), "place": "Đồng Tháp",
        "subject": ("Tổ chức sinh hoạt chuyên môn môn Lịch sử", "Cụm 2 năm học 2025 - 2026"),
        "recipients": [],
        "bases": [],
        # the name stands three rows below the titles, in the same column
        "titles": ["KT.HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "signer": "Trần Thanh Vũ",
        "entries": ["Sở GDĐT (bc)", "Các đơn vị Cụm 2 (ph/h)"],
        "archive": ("VT", "V"), "drafter": None, "copies": None,
        "blocks": 11,  # lists nested under their parent item
        "first": "Căn cứ Kế hoạch 620/KH-SGDĐT ngày 26/12/2025 của Sở Giáo dục và Đào tạo "
                 "Đồng Tháp",
        "last": "Trên đây là Kế hoạch phối hợp tổ chức sinh hoạt chuyên môn môn Lịch sử theo "
                "cụm trường (Cụm 2) năm học 2025-2026",
        "end_mark": "./.",
        "attachments": [],
    },
}  # fmt: skip


def test_at_least_ten_files_are_covered():
    assert len(EXPECTED) >= 10
    assert {e["type"] for e in EXPECTED.values()} >= {
        DocumentType.CONG_VAN, DocumentType.QUYET_DINH, DocumentType.TO_TRINH,
        DocumentType.THONG_BAO, DocumentType.BAO_CAO, DocumentType.KE_HOACH,
    }  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_header(name: str):
    expected, document = EXPECTED[name], _read(name).document
    assert document.type is expected["type"]
    assert isinstance(
        document, OfficialDispatch if expected["type"] is DocumentType.CONG_VAN else TypedDocument
    )
    agency = document.agency
    assert (agency.name, agency.header_lines) == expected["agency"]
    if expected["parent"] is None:
        assert agency.parent is None
    else:
        assert agency.parent is not None
        assert (agency.parent.name, agency.parent.header_lines) == expected["parent"]
    number = document.number
    assert (number.serial, number.notation, number.printed) == (
        expected["serial"], expected["notation"], expected["printed"]
    )  # fmt: skip
    assert document.date == expected["date"]
    assert agency.place == expected["place"]
    assert document.subject == expected["subject"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recipients_and_bases(name: str):
    expected, document = EXPECTED[name], _read(name).document
    assert [r.label for r in document.recipients] == expected["recipients"]
    if "bases" in expected:
        assert isinstance(document, TypedDocument)
        assert len(document.bases) == len(expected["bases"])
        for base, start in zip(document.bases, expected["bases"], strict=True):
            assert _plain(base).startswith(start), base
    if "proposal" in expected:
        assert isinstance(document, Decision) and document.proposal is not None
        assert _plain(document.proposal).startswith(expected["proposal"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_closing(name: str):
    expected, document = EXPECTED[name], _read(name).document
    assert [line.text for line in document.signature.lines] == expected["titles"]
    assert document.signature.signer == expected["signer"]
    distribution = document.distribution
    assert [e.label for e in distribution.entries] == expected["entries"]
    assert distribution.archive == expected["archive"]
    assert (distribution.drafter, distribution.copies) == (expected["drafter"], expected["copies"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_and_attachments(name: str):
    expected, document = EXPECTED[name], _read(name).document
    content = _contents(document)
    assert len(content) == expected["blocks"]
    assert content[0].startswith(expected["first"])
    assert content[-1].startswith(expected["last"])
    if expected["end_mark"] == "./.":  # taken off the last paragraph
        assert content[-1] == expected["last"]
    assert document.end_mark == expected["end_mark"]
    assert [(a.label, a.title) for a in document.attachments] == expected["attachments"]


# ----------------------------------------------------------------------------- details


def test_the_signature_title_typed_without_a_space_keeps_its_printed_form():
    line = _read(KH_CAO_LANH).document.signature.lines[0]
    assert (line.authority and line.authority.value, line.title) == ("KT.", "HIỆU TRƯỞNG")
    assert line.printed == "KT.HIỆU TRƯỞNG"


def test_a_quyet_dinh_keeps_its_article_paragraphs_in_order():
    document = _read(QD_1424).document
    assert isinstance(document, Decision)  # read as its form: the articles are its own
    assert [a.label for a in document.articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert document.articles[0].text.startswith("Phê duyệt Điều lệ (sửa đổi, bổ sung)")
    assert document.body == ()


def test_a_list_in_the_body_keeps_its_numbering():
    body = _read(CV_3083).document.body
    numbered = body[2]
    assert numbered.kind == "list"
    assert (numbered.style.value, numbered.start, len(numbered.items)) == ("decimal", 1, 4)
    assert numbered.items[-1].text.startswith("Hiệp hội Doanh nghiệp tỉnh đã tổ chức đại hội")


def test_an_appendix_after_the_closing_is_an_attachment_with_its_tables():
    appendix = _read(BC_CCHC).document.attachments[0]
    assert appendix.kind.value == "appendix"
    assert _block_text(appendix.body[0]) == "Biểu mẫu 1"
    assert any(b.kind == "table" for b in appendix.body)


# ----------------------------------------------------------------------------- notes, confidence


def test_every_correction_and_guess_is_noted():
    notes = "\n".join(_read(TB_875A).notes)
    assert "'Số: 875a/TB-ĐHTL'" in notes and "'a' only there" in notes
    assert "'(đã ký)'" in notes  # the note in the signature block, left out of the model
    assert "(NA.15b)" in notes  # read as the drafter's mark and the copies
    assert "guessed from the header lines: 'Bộ Nông nghiệp và PTNT'" in notes

    notes = "\n".join(_read(CV_BTC).notes)
    assert "side note 'Để đăng dự thảo'" in notes
    assert "side note 'Thông tư xin ý kiến'" in notes
    assert "count of copies '( b)' is left blank" in notes
    assert "'Hà Nội, ngày tháng năm 2025' leaves the day and month blank (a draft); read as " \
        "the partial date 2025" in notes

    notes = "\n".join(_read(CV_427).notes)
    assert "typed in two columns" in notes

    notes = "\n".join(_read(TTR_409).notes)
    assert "'(PC04)' only there" in notes


def test_confidence_says_what_was_found_and_what_was_guessed():
    found = _read(CV_BTC).confidence
    assert found["number"] == found["recipients"] == found["signature"] == 1.0
    assert found["agency"] == 0.9  # "Bộ Tài chính" found written in the body
    assert found["agency_abbreviation"] == 0.8  # by convention, from the notation
    assert _read(TB_SON_HAI).confidence["agency"] == 0.5  # only guessed from the capitals
    assert _read(CV_3083).confidence["agency"] == 0.7  # "Ủy ban nhân dân tỉnh" + a guess
    assert _read(TB_875A).confidence["number"] == 0.8  # read with a correction
    assert _read(TB_875A).confidence["parent_agency"] == 0.5


def test_nothing_in_the_closing_is_dropped_silently():
    for name in EXPECTED:
        layout = recognise(read_docx(_path(name)))
        assert layout.unrecognised == [], name


# ----------------------------------------------------------------------------- not read


def test_the_decree_itself_is_not_an_administrative_document():
    with pytest.raises(UnsupportedDocumentType) as raised:
        read_docx_document(_path(ND_30))
    message = str(raised.value)
    assert "«NGHỊ ĐỊNH» is not one of the 29 types of administrative document" in message
    assert "văn bản quy phạm pháp luật" in message


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("vbai__36-HD_VPTW_380096.docx", "a Party document"),
        ("vbai__Phieu_trinh_TTr_156.docx", "«PHIẾU TRÌNH» is not one of the 29 types"),
        ("vbai__2_Tong_hop_DS_y_kien_thanh_vien_ub_quy_che_an_toan_ANTTM.docx",
         "«DANH SÁCH» is not one of the 29 types"),
        ("vbai__Phu_luc_kem_BC_CCHC_nam_2025.docx", "an appendix standing alone"),
    ],
)  # fmt: skip
def test_other_documents_are_refused_with_a_reason(name: str, says: str):
    with pytest.raises(UnsupportedDocumentType, match=re.escape(says)):
        read_docx_document(_path(name))


# ----------------------------------------------------------------------------- variants
#
# The corpus has no file whose signature and Nơi nhận stand one after the other, nor one with
# prose that begins with "Nơi nhận": CV 3083 is changed in memory to make them.

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _edit(name: str, change: Any) -> bytes:
    source = _path(name).read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as package, zipfile.ZipFile(out, "w") as target:
        for item in package.infolist():
            data = package.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(data)
                change(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            target.writestr(item, data)
    return out.getvalue()


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))


def _blank() -> etree._Element:
    return etree.Element(f"{{{W}}}p")


def _unwrap_closing(signature_first: bool, flush: bool) -> Any:
    """Take the closing table apart: its two cells one after the other.

    ``flush``: the signature's lines lose the spaces that pushed them right, and no blank
    paragraph stands between the list and the signature.
    """

    def change(root: etree._Element) -> None:
        table = next(t for t in root.iter(f"{{{W}}}tbl")
                     if any(_text(p).startswith("Nơi nhận") for p in t.iter(f"{{{W}}}p")))  # fmt: skip
        cells = [list(tc.iter(f"{{{W}}}p")) for tc in table.iter(f"{{{W}}}tc")]
        distribution, signature = cells
        if flush:
            for t in (t for p in signature for t in p.iter(f"{{{W}}}t")):
                t.text = (t.text or "").lstrip()
        gap = [] if flush else [_blank()]
        order = [*signature, *gap, *distribution] if signature_first else [
            *distribution, *gap, *signature]  # fmt: skip
        for p in order:
            table.addprevious(p)
        table.getparent().remove(table)

    return change


@pytest.mark.parametrize(
    ("signature_first", "flush"),
    [(True, False), (False, False), (False, True)],
    ids=["signature-above", "list-above", "list-above-flush"],
)
def test_signature_and_distribution_one_after_the_other(signature_first: bool, flush: bool):
    data = _edit(CV_3083, _unwrap_closing(signature_first, flush))
    label = next(p for p in read_docx(data).paragraphs if p.visible_text == "Nơi nhận:")
    assert label.table is None  # the closing is plain paragraphs now
    document = read_docx_document(data).document
    expected = EXPECTED[CV_3083]
    assert [line.text for line in document.signature.lines] == expected["titles"]
    assert document.signature.signer == expected["signer"]
    assert [e.label for e in document.distribution.entries] == expected["entries"]
    assert document.distribution.archive == expected["archive"]
    assert len(document.body) == expected["blocks"]
    assert _block_text(document.body[-1]) == expected["last"]


def test_prose_that_begins_with_noi_nhan_stays_in_the_body():
    prose = "Nơi nhận hồ sơ là Văn phòng Ủy ban nhân dân tỉnh, trước ngày 15/7/2025."

    def change(root: etree._Element) -> None:
        first = next(p for p in root.iter(f"{{{W}}}p") if _text(p).startswith("Ủy ban nhân dân"))
        added = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>{prose}</w:t></w:r></w:p>')
        first.addnext(added)

    document = read_docx_document(_edit(CV_3083, change)).document
    assert len(document.body) == EXPECTED[CV_3083]["blocks"] + 1
    assert _block_text(document.body[1]) == prose
    assert [e.label for e in document.distribution.entries] == EXPECTED[CV_3083]["entries"]


def test_a_real_quyet_dinh_says_where_its_article_structure_ends():
    """A 2018 quyết định: Điều 1–3 read as structure; from Điều 4 on (a clause holding points
    and a paragraph the model's clauses cannot hold) the text stays in the body, in order, and
    a note says so. The typed rule under the trích yếu is not read as the authority line."""
    reading = _read("csdlgia2018__KNTC1570419955_1.docx")
    document = reading.document
    assert isinstance(document, vn.Decision)
    assert document.authority == ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",)
    assert [a.label for a in document.articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert document.articles[0].title == "Phạm vi điều chỉnh"
    assert len(document.articles[0].clauses) == 2
    texts = [b.text for b in document.body if isinstance(b, vn.Paragraph)]
    assert any(t.startswith("Điều 4.") for t in texts)
    assert any(n.startswith("articles: read 3 article(s)") and "Điều 4." in n
               for n in reading.notes)  # fmt: skip


# ----------------------------------------------------------------------------- real files once refused
#
# Administrative documents that leave out a part the model needs (a number, a signer, the
# agency) are read, the part left blank and a note saying so; a type name line that begins
# with a type's name is that type. Checked by hand against each file.

BB_GIA_LAI = "motcuasn__Bien_ban_hop_THUB_2009.docx"
BB_QUANG_BINH = "tdkt__1668482344tailieukhac.docx"
BC_HA_NOI = "csdlgia2018__TTQD20181.docx"
QD_QUANG_BINH = "tdkt__1668482344_bienban.docx"
TTR_NENH = "qlvbsn__totring_nenh.docx"


def _notes(name: str) -> str:
    return "\n".join(_read(name).notes)


def test_a_type_name_line_that_begins_with_a_type_name_is_that_type():
    reading = _read(BB_GIA_LAI)
    document = reading.document
    assert document.type is DocumentType.BIEN_BAN
    assert document.subject == ("LÀM VIỆC",)  # the rest of the line: the trích yếu's first
    assert document.date == date(2012, 9, 20) and document.agency.place == "Gia Lai"
    assert _block_text(document.body[0]).startswith("Căn cứ Công văn số 636/TTTH-VP")
    notes = _notes(BB_GIA_LAI)
    assert (
        "'BIÊN BẢN LÀM VIỆC' begins with «BIÊN BẢN»; read as that type, 'LÀM VIỆC' kept "
        "as the first line of the subject" in notes
    )
    # not the Mẫu 1.9 minutes (no chair, secretary, time): the general form, text in the body
    assert "does not fill the fields of the Minutes form" in notes
    assert "no issuing agency (tên cơ quan ban hành) printed" in notes
    assert reading.confidence["agency"] == 0.0


def test_an_unfinished_bien_ban_keeps_its_second_title_line_and_its_text():
    document = _read(BB_QUANG_BINH).document
    assert document.type is DocumentType.BIEN_BAN
    assert document.subject == ("LÀM VIỆC",
                                "TỔNG HỢP TÌNH HÌNH TRIỂN KHAI, ĐÀO TẠO HƯỚNG DẪN SỬ DỤNG")  # fmt: skip
    assert _block_text(document.body[0]).startswith("Hôm nay ngày… tháng… năm 2022")
    assert document.signature.signer == "…"  # no signature block: left to be filled in
    notes = _notes(BB_QUANG_BINH)
    assert "place: no place-and-date line (địa danh) printed" in notes
    assert "no signer's title (chức vụ) and name (họ tên) found" in notes


def test_a_report_without_number_line_or_signer_is_read_with_them_blank():
    reading = _read(BC_HA_NOI)
    document = reading.document
    assert document.type is DocumentType.BAO_CAO
    assert (document.agency.name, document.agency.place) == ("Sở Công Thương", "Hà Nội")
    assert (document.number.serial, document.number.notation) == (None, "BC")
    assert document.date == date(2015, 11, 17)
    assert document.subject[0].startswith("Tình hình triển khai công tác Bình ổn giá cả")
    # signed with the agency's name only, on the text's last line
    assert [line.text for line in document.signature.lines] == ["SỞ CÔNG THƯƠNG HÀ NỘI"]
    assert document.signature.signer == "…"
    assert _block_text(document.body[-1]).startswith("Trên đây là báo cáo của Sở Công Thương")
    notes = _notes(BC_HA_NOI)
    assert (
        "number: no number line (Số, ký hiệu) printed; read as a number without serial and "
        "the type's notation 'BC'" in notes
    )
    assert "signature: no signer's name (họ tên) found" in notes
    assert reading.confidence["number"] == 0.0


def test_a_signer_title_above_noi_nhan_and_the_name_under_it_is_one_signature():
    document = _read(QD_QUANG_BINH).document
    assert isinstance(document, Decision)
    assert [line.text for line in document.signature.lines] == ["CHỦ TỊCH"]
    assert document.signature.signer == "Trần Thắng"
    assert [e.label for e in document.distribution.entries] == ["Như Điều 2", "Sở Tài chính"]
    assert document.distribution.archive == ("VT", "NCVX")
    assert [a.label for a in document.articles] == ["Điều 1.", "Điều 2."]
    assert not any("no signer" in n for n in _read(QD_QUANG_BINH).notes)


def test_kinh_gui_typed_in_the_subjects_paragraph_is_read_as_the_recipients():
    document = _read(TTR_NENH).document
    assert document.type is DocumentType.TO_TRINH
    # printed "(V/v xin kinh phí …)": the brackets and «V/v» of a công văn are not the trích yếu
    assert document.subject == (
        "xin kinh phí tư vấn đầu tư xây dựng công trình: Khu dân cư dịch vụ thôn Ninh "
        "Khánh, thị trấn Nếnh, huyện Việt Yên",
    )
    assert "with «V/v» in brackets as a công văn's; read without them" in _notes(TTR_NENH)
    assert [r.label for r in document.recipients] == [
        "UBND huyện Việt Yên, tỉnh Bắc Giang", "Phòng Công Thương huyện Việt Yên"]  # fmt: skip
    assert _block_text(document.body[0]).startswith("Căn cứ nghị quyết của UBND tỉnh Bắc Giang")
    assert "«Kính gửi» is typed in the subject's paragraph" in _notes(TTR_NENH)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("egov__thongtu28.docx", "a Thông tư is a legal normative document"),
        ("egov__105584_tt1btttt1.docx", "a Thông tư is a legal normative document"),
        ("qlvbsn__Ban_tu_khai.docx", "«BẢN TỰ KHAI» is not one of the 29 types"),
        ("tdkt__1667016817_quyetdinh.docx", "«PHÂN CÔNG NHIỆM VỤ» is not one of the 29 types"),
        # a title over two lines in capitals is named by its first line, not the short last
        ("egov__105585_tt1btttt2.docx", "«DANH MỤC TIÊU CHUẨN KỸ THUẬT VỀ ỨNG DỤNG CÔNG NGHỆ "
         "THÔNG TIN» is not one of the 29 types"),
        # a guide issued with a công văn, without a header of its own
        ("egov__huongdanbotieuchiportal.docx", "though it begins with «HƯỚNG DẪN»"),
    ],
)
def test_legal_texts_and_other_kinds_are_still_refused(name: str, says: str):
    with pytest.raises(UnsupportedDocumentType, match=re.escape(says)):
        read_docx_document(_path(name))


def _move_subject(change_text: Any = None, into_box: bool = False) -> Any:
    """CV 3083's «V/v» line: reworded (``change_text``) or moved into a text box."""

    def change(root: etree._Element) -> None:
        line = next(p for p in root.iter(f"{{{W}}}p") if _text(p).startswith("V/v"))
        if change_text is not None:
            texts = list(line.iter(f"{{{W}}}t"))
            whole = change_text(_text(line))
            texts[0].text = whole
            for t in texts[1:]:
                t.text = ""
        if into_box:
            from tests.read.textbox_header import _box

            table = next(t for t in root.iter(f"{{{W}}}tbl"))
            anchor = etree.Element(f"{{{W}}}p")
            anchor.append(_box(7, 0, 2_500_000, [line]))
            line.getparent().remove(line)
            table.addnext(anchor)

    return change


def test_a_cong_van_whose_subject_is_written_ve_viec():
    reword = _move_subject(lambda t: "Về việc " + t.removeprefix("V/v").strip())
    reading = read_docx_document(_edit(CV_3083, reword))
    assert reading.document.type is DocumentType.CONG_VAN
    assert reading.document.subject == EXPECTED[CV_3083]["subject"]
    assert any("is written «Về việc» without «V/v»" in n for n in reading.notes)


def test_a_cong_van_whose_v_v_line_stands_in_a_text_box():
    reading = read_docx_document(_edit(CV_3083, _move_subject(into_box=True)))
    document = reading.document
    assert document.type is DocumentType.CONG_VAN
    assert document.subject == EXPECTED[CV_3083]["subject"]
    assert (document.number.serial, document.number.notation) == (3083, "UBND-NCKS")
    assert any("stands in a text box" in n for n in reading.notes)
