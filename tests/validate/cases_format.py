"""Cases for the generated typography rules (FM…): each component, each property."""

from __future__ import annotations

from collections.abc import Callable

from tests.validate import builders as b
from tests.validate.cases import case
from vnadmin_docs.standards import Case as LetterCase
from vnadmin_docs.standards import get
from vnadmin_docs.validate.rules.format import FORMAT_RULES

# component → (source, the text its paragraphs start with, part)
SOURCES: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "national_name": (b.compliant_docx, "CỘNG HÒA XÃ HỘI", "word/document.xml"),
    "national_motto": (b.compliant_docx, "Độc lập - Tự do", "word/document.xml"),
    "parent_agency": (b.rich_docx, "UBND TỈNH KON TUM", "word/document.xml"),
    "agency": (b.compliant_docx, "ỦY BAN NHÂN DÂN", "word/document.xml"),
    "number": (b.compliant_docx, "Số: 2452/UBND-TH", "word/document.xml"),
    "place_date": (b.compliant_docx, "Kon Tum, ngày", "word/document.xml"),
    "type_name": (lambda: b.corpus(b.QD_CORPUS), "QUYẾT ĐỊNH", "word/document.xml"),
    "subject": (lambda: b.corpus(b.QD_CORPUS), "Phê duyệt Điều lệ", "word/document.xml"),
    "dispatch_subject": (b.compliant_docx, "V/v sơ kết", "word/document.xml"),
    "recipients": (b.compliant_docx, "Kính gửi", "word/document.xml"),
    "basis": (lambda: b.corpus(b.QD_CORPUS), "Căn cứ", "word/document.xml"),
    "body": (b.compliant_docx, "Thực hiện Hướng dẫn", "word/document.xml"),
    "signature_title": (b.compliant_docx, "TM. ỦY BAN", "word/document.xml"),
    "signer": (b.compliant_docx, "Nguyễn Hữu Tháp", "word/document.xml"),
    "distribution_label": (b.compliant_docx, "Nơi nhận", "word/document.xml"),
    "distribution": (b.compliant_docx, "- Như trên", "word/document.xml"),
    "urgency": (b.rich_docx, "KHẨN", "word/document.xml"),
    "circulation": (b.rich_docx, "XEM XONG", "word/document.xml"),
    "appendix_label": (b.rich_docx, "Phụ lục I", "word/document.xml"),
    "appendix_title": (b.rich_docx, "BIỂU TỔNG HỢP", "word/document.xml"),
    "appendix_reference": (b.compliant_docx, "(Kèm theo", "word/document.xml"),
    "page_number": (b.compliant_docx, "2", "word/header1.xml"),
}


def _breaker(key: str, prop: str) -> Callable[[], bytes]:
    source, starts, part = SOURCES[key]
    row = get().component(key)

    def build() -> bytes:
        data = source()
        if prop == "size":
            return b.set_runs(data, starts, part, size=row.size.high + 2)
        if prop in ("bold", "italic"):
            return b.set_runs(data, starts, part, **{prop: not getattr(row, prop)})
        if prop == "case":
            return b.set_case(data, starts, to_upper=row.case is not LetterCase.UPPER, part=part)
        align = "center" if row.align == "right" else "right"
        return b.set_paragraph(data, starts, part, align=align)

    return build


for _code, _key, _prop in FORMAT_RULES:
    case(_code, "pass", f"{_key} as the standard says", SOURCES[_key][0])
    case(_code, "fail", f"{_key} with its {_prop} changed", _breaker(_key, _prop))
