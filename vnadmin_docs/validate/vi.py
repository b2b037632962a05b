"""Vietnamese for the clerk (tiếng Việt cho văn thư): places and values of findings.

A rule says where it looked (``where``), what it found and what the standard expects, in
English; its ``message_vi`` template is Vietnamese. So that the Vietnamese message is
Vietnamese throughout, a rule may give the Vietnamese counterparts itself
(:meth:`~vnadmin_docs.validate.engine.Rule.fail` ``vi=``); otherwise the engine renders
the English values through :func:`to_vi`: a small vocabulary of the places and values the
rules use again and again (đoạn, bảng, hàng, cột, đầu trang, chân trang; căn giữa, đậm,
nghiêng, in hoa; "a floating shape" …) and decimal commas for measurements.

What the document itself says — text quoted in «…» — is never translated.

>>> to_vi("Quốc hiệu (paragraph 3, table 1 row 1 column 2) «CỘNG HÒA»")
'Quốc hiệu (đoạn 3, bảng 1 hàng 1 cột 2) «CỘNG HÒA»'
>>> to_vi("12.5 mm (a floating shape)")
'12,5 mm (hình vẽ nổi)'
>>> to_vi("justify")
'căn đều hai bên'
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = [
    "EXACT",
    "FIX_EXACT",
    "FIX_PHRASES",
    "PHRASES",
    "REASONS",
    "change_vi",
    "locator_vi",
    "reason_vi",
    "to_vi",
]

_N = r"(-?\d+(?:\.\d+)?)"
"""A number in the English values (``12``, ``0.91``, ``-3.5``)."""
_Q = r"(⟦\d+⟧)"
"""A quoted span of the document's own text, set aside while translating."""

_BORDERS = {"dashed": "nét đứt", "double": "nét đôi", "dotted": "nét chấm", "thick": "nét đậm",
            "wavy": "nét lượn sóng", "single": "nét đơn"}  # fmt: skip
_PART = {"header": "đầu trang", "footer": "chân trang"}
_KIND = {"first-page": "của trang đầu", "first": "của trang đầu", "default": "mặc định",
         "even-page": "trang chẵn", "even": "trang chẵn"}  # fmt: skip


def _parts_vi(parts: str) -> str:
    """``even footer word/footer2.xml, …`` → ``chân trang trang chẵn, …``."""
    out = []
    for item in parts.split(", "):
        words = item.split()
        if len(words) >= 2 and words[1] in _PART:
            out.append(f"{_PART[words[1]]} {_KIND.get(words[0], words[0])}")
        else:
            out.append(item)
    return ", ".join(dict.fromkeys(out))


EXACT: dict[str, str] = {
    # typography (format rules and others)
    "bold": "in đậm",
    "not bold": "không in đậm",
    "italic": "in nghiêng",
    "upright": "chữ đứng",
    "in bold or italics": "in đậm hoặc in nghiêng",
    "upright, not bold": "chữ đứng, không in đậm",
    "normal case": "chữ in thường",
    "all capitals": "toàn chữ in hoa",
    "capitals (chữ in hoa)": "chữ in hoa",
    "normal case (chữ in thường)": "chữ in thường",
    "center": "căn giữa",
    "centred": "căn giữa",
    "justify": "căn đều hai bên",
    "both": "căn đều hai bên",
    "distribute": "căn đều hai bên",
    "left": "căn trái",
    "right": "căn phải",
    "aligned center": "căn giữa",
    "aligned left": "căn trái",
    "aligned right": "căn phải",
    "none": "không có",
    "missing": "không có",
    "one line": "một dòng",
    "Arabic digits": "chữ số Ả Rập",
    "four digits": "bốn chữ số",
    "a real date": "một ngày có thật",
    "each recipient once": "mỗi nơi nhận ghi một lần",
    "the archive line last": "dòng lưu ở cuối",
    "the recipients and the archive line": "các nơi nhận và dòng lưu",
    "the recipients named in the list": "các nơi nhận được kể tên trong danh sách",
    "flush left (sát lề trái)": "sát lề trái",
    "no Nơi nhận": "không có Nơi nhận",
    "no date line": "không có dòng địa danh, ngày tháng",
    "no reference line": "không có dòng chỉ dẫn",
    "no signature block": "không có phần chữ ký",
    "broken by a line break": "bị ngắt bằng dấu xuống dòng",
    "not boxed": "không có khung",
    "below the Quốc hiệu": "dưới Quốc hiệu",
    "a dashed border": "đường viền nét đứt",
    "a double border": "đường viền nét đôi",
    "a paragraph border": "đường viền đoạn văn",
    "a centred paragraph": "một đoạn căn giữa",
    "a single solid line": "một nét liền đơn",
    "a solid line": "nét liền",
    "a solid rule as long as the line": "đường kẻ nét liền dài bằng dòng chữ",
    "equal left and right indents": "thụt lề trái và phải bằng nhau",
    "a single-line rectangle around it": "khung chữ nhật một nét bao quanh",
    "each mark in a rectangle of its own": "mỗi dấu trong một khung riêng",
    "Unicode fonts only": "chỉ phông chữ Unicode",
    "one font for the whole word": "một phông chữ cho cả từ",
    "the page number alone": "chỉ ghi số trang",
    "the right-hand column": "cột bên phải",
    "all lines of the signature block in one cell": "mọi dòng của phần chữ ký trong một ô",
    "the TM. line above the other title lines": "dòng TM. trên các dòng chức vụ khác",
    "the signer's full name": "họ tên người ký",
    "put each recipient on a line of its own": "mỗi nơi nhận ghi một dòng riêng",
    "the agency on the left, the Quốc hiệu on the right": (
        "tên cơ quan bên trái, Quốc hiệu bên phải"
    ),
    "the issuing agency's name in capitals": "tên cơ quan ban hành viết in hoa",
    "under the Quốc hiệu, in its column": "dưới Quốc hiệu, cùng cột",
    "the Tiêu ngữ on the next line, single-spaced": "Tiêu ngữ ở dòng kế tiếp, giãn dòng đơn",
    "a line break where the sense allows, no word alone on a line": (
        "xuống dòng ở chỗ hợp nghĩa, không để một chữ đứng riêng một dòng"
    ),
    "on the same line as the number (same table row, or same paragraph)": (
        "cùng dòng với số, ký hiệu (cùng hàng bảng hoặc cùng đoạn)"
    ),
    "portrait (landscape only for tables and charts)": (
        "khổ dọc (chỉ trình bày khổ ngang cho bảng, biểu)"
    ),
    "landscape, with no table or chart in the section": (
        "khổ ngang, nhưng phần này không có bảng, biểu"
    ),
    "the contact lines on the main text's first page only": (
        "dòng địa chỉ, liên hệ chỉ ở trang đầu của văn bản"
    ),
    "the page number inside the bottom margin": "số trang nằm trong lề dưới",
    "the page number inside the top margin": "số trang nằm trong lề trên",
    "the PAGE field in the default header or footer": (
        "trường số trang (PAGE) ở đầu trang hoặc chân trang mặc định"
    ),
    "its section continues the numbering": "phần chứa nó đánh số trang tiếp theo",
    "in the footer (chân trang)": "chân trang",
    "in the header (đầu trang)": "đầu trang",
    "no first-line indent on a right-aligned line": "dòng căn phải không lùi đầu dòng",
    "the deputy's title on the next line (PHÓ …, THỨ TRƯỞNG)": (
        "chức vụ của cấp phó ở dòng dưới (PHÓ …, THỨ TRƯỞNG)"
    ),
    "the head's title (CHỦ TỊCH, GIÁM ĐỐC, BỘ TRƯỞNG …)": (
        "chức vụ của người đứng đầu (CHỦ TỊCH, GIÁM ĐỐC, BỘ TRƯỞNG …)"
    ),
    "the name of a collective body or agency (ỦY BAN NHÂN DÂN, HỘI ĐỒNG …)": (
        "tên tập thể lãnh đạo hoặc cơ quan (ỦY BAN NHÂN DÂN, HỘI ĐỒNG …)"
    ),
    "adjacent paragraphs with the same borders and indents (Word draws one box)": (
        "các đoạn liền nhau có cùng đường viền và thụt lề (Word vẽ thành một khung)"
    ),
    "Nơi nhận level with the first line of the signer's title": (
        "Nơi nhận ngang hàng với dòng đầu của chức vụ người ký"
    ),
    # places
    "document": "văn bản",
    "page setup": "khổ giấy và lề trang",
    "styles and font table": "bảng kiểu và bảng phông chữ",
    "header": "phần đầu văn bản",
    "footer": "chân trang",
    "the Tiêu ngữ": "Tiêu ngữ",
    "the agency name": "tên cơ quan",
    "the subject": "trích yếu",
    "the subject (trích yếu)": "trích yếu",
    "before the body": "trước nội dung",
    "first page": "trang đầu",
    # why a standard was chosen (validate.choose_standard)
    "named by the caller": "do người dùng chọn",
    "no date found; judged by the standard in force": (
        "không thấy ngày ban hành; kiểm tra theo quy định đang có hiệu lực"
    ),
}
"""Whole values (and whole places) and their Vietnamese."""

PHRASES: tuple[tuple[str, Any], ...] = (
    # values that name parts of the package, before the parts are named
    (
        r"^in the default footer of section (\d+), printed on its pages$",
        r"ở chân trang mặc định của phần \1, in trên các trang của phần",
    ),
    (
        r"^in the first-page footer of section (\d+), printed on its first page$",
        r"ở chân trang trang đầu của phần \1, in trên trang đầu của phần",
    ),
    (
        r"^in the default footer, printed on every page of the main text "
        r"\((\d+) page\(s\) recorded in the file\)$",
        r"ở chân trang mặc định, in trên mọi trang của văn bản (tệp ghi \1 trang)",
    ),
    (r"\((\d+) page\(s\) recorded in the file\)", r"(tệp ghi \1 trang)"),
    (rf"\(about {_N} page\(s\), estimated\)", r"(ước tính khoảng \1 trang)"),
    (r"\(first footer\)", "(chân trang của trang đầu)"),
    (r"\(first header\)", "(đầu trang của trang đầu)"),
    (r"\(default footer\)", "(chân trang mặc định)"),
    (r"\(default header\)", "(đầu trang mặc định)"),
    (r"\(even footer\)", "(chân trang trang chẵn)"),
    (r"\(even header\)", "(đầu trang trang chẵn)"),
    (
        rf"^{_Q} outside the table, {_Q} table (\d+) column (\d+)$",
        r"\1 ngoài bảng, \2 ở bảng \3 cột \4",
    ),
    # more values, composed by the rules
    (
        r"^aligned (\w+) from the left margin$",
        lambda m: f"{EXACT.get(m[1], m[1])}, tính từ lề trái",
    ),
    (r"^in the right half of the page$", "ở nửa bên phải trang"),
    (
        r"^Nơi nhận and the signature are not side by side$",
        "Nơi nhận và chữ ký không đặt ngang nhau",
    ),
    (
        r"^Nơi nhận and the signature in different tables$",
        "Nơi nhận và chữ ký ở hai bảng khác nhau",
    ),
    (r"^the signature starts on another line$", "chữ ký bắt đầu ở dòng khác"),
    (r"^not both on the first line of their cells$", "không cùng ở dòng đầu của ô"),
    (r"^broken by a line break$", "bị ngắt bằng dấu xuống dòng"),
    (r"^broken by two paragraphs$", "bị tách thành hai đoạn"),
    (r"^broken by (.*)$", r"bị ngắt bởi \1"),
    (r"^the Tiêu ngữ stands above the Quốc hiệu$", "Tiêu ngữ đứng trên Quốc hiệu"),
    (r"^(\d+) line\(s\) between them$", r"\1 dòng ở giữa"),
    (
        r"^the Tiêu ngữ is not in the Quốc hiệu's cell under it$",
        "Tiêu ngữ không nằm dưới Quốc hiệu trong cùng ô",
    ),
    (
        r"^(\d+) empty paragraph\(s\) between the Quốc hiệu and the Tiêu ngữ$",
        r"\1 đoạn trống giữa Quốc hiệu và Tiêu ngữ",
    ),
    (
        r"^(\d+) paragraph\(s\) between the Quốc hiệu and the Tiêu ngữ$",
        r"\1 đoạn giữa Quốc hiệu và Tiêu ngữ",
    ),
    (
        r"^(.*) between the Quốc hiệu and the Tiêu ngữ$",
        lambda m: f"{to_vi(m[1])} giữa Quốc hiệu và Tiêu ngữ",
    ),
    (rf"^line spacing {_N} lines$", r"giãn dòng \1 dòng"),
    (r"^in another paragraph than the number$", "ở đoạn khác với số, ký hiệu"),
    (
        r"^a ((?:dashed|double|dotted|thick|wavy|[a-zA-Z]+)(?:, [a-zA-Z]+)*) border$",
        lambda m: "đường viền " + ", ".join(_BORDERS.get(w, w) for w in m[1].split(", ")),
    ),
    (
        rf"^at least {_N}(?:–{_N})? mm$",
        lambda m: f"tối thiểu {m[1]}" + (f"–{m[2]}" if m[2] else "") + " mm",
    ),
    (
        r"^a paragraph aligned (\w+) under the header$",
        lambda m: f"một đoạn {EXACT.get(m[1], m[1])} dưới phần đầu",
    ),
    (r"^aligned (\w+) above the header$", lambda m: f"{EXACT.get(m[1], m[1])}, trên phần đầu"),
    (r"^typed in one paragraph$", "gõ chung trong một đoạn"),
    (r"^typed in a paragraph aligned (\w+)$", lambda m: f"gõ trong đoạn {EXACT.get(m[1], m[1])}"),
    (
        rf"^the Quốc hiệu stands {_N} mm (below|above) the agency's first line$",
        lambda m: (
            f"Quốc hiệu {'thấp' if m[2] == 'below' else 'cao'} hơn dòng đầu tên cơ quan {m[1]} mm"
        ),
    ),
    (
        r"^page (\d+) shows its number: the first-page part has a PAGE field$",
        r"trang \1 hiện số trang: đầu/chân trang của trang đầu có trường PAGE",
    ),
    (
        r"^in the (first-page|default|even-page) (header|footer) of section (\d+), printed on "
        r"(its first page|its pages)$",
        lambda m: (
            f"ở {_PART[m[2]]} {_KIND[m[1]]} của phần {m[3]}, in trên "
            f"{'trang đầu của phần' if m[4] == 'its first page' else 'các trang của phần'}"
        ),
    ),
    (
        r"^in the (first-page|default|even-page) (header|footer), printed on every page of the "
        r"main text \((.*)\)$",
        lambda m: f"ở {_PART[m[2]]} {_KIND[m[1]]}, in trên mọi trang của văn bản ({to_vi(m[3])})",
    ),
    (
        r"^the page number inside the (bottom|top) margin$",
        lambda m: f"số trang nằm trong lề {'dưới' if m[1] == 'bottom' else 'trên'}",
    ),
    (r"^(\d+) page\(s\) recorded in the file$", r"tệp ghi \1 trang"),
    (rf"^about {_N} page\(s\), estimated$", r"ước tính khoảng \1 trang"),
    (
        r"^the only PAGE fields are in parts Word does not print on pages (\d+) onwards \((.*)\)$",
        lambda m: (
            f"trường PAGE chỉ có ở phần Word không in từ trang {m[1]} trở đi ({_parts_vi(m[2])})"
        ),
    ),
    (r"^rule under the \(Kèm theo …\) line", "đường kẻ dưới dòng (Kèm theo …)"),
    # places: where(), labels and parts of the package
    (r"\bparagraph (\d+)", r"đoạn \1"),
    (r"\btable (\d+) row (\d+) column (\d+)", r"bảng \1 hàng \2 cột \3"),
    (r"\btable (\d+) column (\d+)", r"bảng \1 cột \2"),
    (r"\bword/footer\d*\.xml", "chân trang"),
    (r"\bword/header\d*\.xml", "đầu trang"),
    (r"\bword/footnotes\.xml", "chú thích cuối trang"),
    (r"\bword/endnotes\.xml", "chú thích cuối văn bản"),
    (r"\bword/comments\.xml", "ghi chú"),
    (r"\bword/styles\.xml", "bảng kiểu"),
    (r"\bword/fontTable\.xml", "bảng phông chữ"),
    (r"\bword/document\.xml", "nội dung"),
    (r"#textbox\b", " (hộp văn bản)"),
    (r"\beven-page footer\b", "chân trang trang chẵn"),
    (r"\beven-page header\b", "đầu trang trang chẵn"),
    (r"\bfirst-page footer\b", "chân trang của trang đầu"),
    (r"\bfirst-page header\b", "đầu trang của trang đầu"),
    (r"\bdefault footer\b", "chân trang mặc định"),
    (r"\bdefault header\b", "đầu trang mặc định"),
    (r"^Số trang, footer", "Số trang, chân trang"),
    (r"^Số trang, header", "Số trang, đầu trang"),
    (r"^page setup of section (\d+)", r"khổ giấy và lề trang của phần \1"),
    (r"^Electronic copy line", "Dòng bản sao điện tử"),
    (r"^rule under the Tiêu ngữ", "đường kẻ dưới Tiêu ngữ"),
    (r"^rule under the agency name", "đường kẻ dưới tên cơ quan"),
    (r"^rule under the subject(?: \(trích yếu\))?", "đường kẻ dưới trích yếu"),
    (r"^the line under the trích yếu's rule", "dòng dưới đường kẻ của trích yếu"),
    (r"^the subject \(trích yếu\)", "trích yếu"),
    (r"^the subject\b", "trích yếu"),
    (r"^the agency name\b", "tên cơ quan"),
    (r"^the Tiêu ngữ\b", "Tiêu ngữ"),
    (r"^under the Tiêu ngữ\b", "dưới Tiêu ngữ"),
    (r"^under the agency\b", "dưới tên cơ quan"),
    (r"^under the number\b", "dưới số, ký hiệu"),
    (r"^document \((\d+) page\(s\) recorded in the file\)", r"văn bản (\1 trang theo tệp)"),
    (r"^document \((\d+) pages, estimated\)", r"văn bản (ước tính \1 trang)"),
    (r"^document \((\d+) pages?, estimated\)", r"văn bản (ước tính \1 trang)"),
    (r"^document\b", "văn bản"),
    (r"\(and (\d+) more\)", r"(và \1 chỗ khác)"),
    # sizes and measures
    (r"^Word's default 10 pt$", "cỡ chữ mặc định của Word 10 pt"),
    (rf"^at least {_N} pt$", r"tối thiểu \1 pt"),
    (rf"^at least {_N}–{_N} mm$", r"tối thiểu \1–\2 mm"),
    (rf"^{_N}–{_N} lines$", r"\1–\2 dòng"),
    (rf"^{_N} lines$", r"\1 dòng"),
    (rf"^{_N} cm or {_N} cm$", r"\1 cm hoặc \2 cm"),
    (
        r"^Decree (\S+) allows no fixed line spacing$",
        r"Nghị định \1 không cho phép giãn dòng cố định",
    ),
    (
        rf"^centred {_N} mm (left|right) of the middle",
        lambda m: (
            f"tâm dòng lệch {m[1]} mm về bên {'trái' if m[2] == 'left' else 'phải'} so với giữa"
        ),
    ),
    (rf"\bindents {_N} mm left, {_N} mm right\b", r"thụt lề trái \1 mm, phải \2 mm"),
    (rf"\bfirst-line indent {_N} mm\b", r"lùi đầu dòng \1 mm"),
    (
        rf"^the line's centre within {_N} mm of its cell's or text area's$",
        r"tâm dòng cách giữa ô hoặc vùng chữ không quá \1 mm",
    ),
    (
        rf"^right-aligned with a first-line indent of {_N} mm that breaks its first line early$",
        r"căn phải nhưng lùi đầu dòng \1 mm nên dòng đầu bị ngắt sớm",
    ),
    # rules (đường kẻ)
    (rf"\({_N}% of the {_N} mm line\)", r"(\1% của dòng chữ dài \2 mm)"),
    (rf"\({_N}/{_N}–{_N}/{_N} of the line\)", r"(\1/\2–\3/\4 dòng chữ)"),
    (r"\(as long as the line\)", "(dài bằng dòng chữ)"),
    (
        rf"^a solid rule {_N}/{_N}–{_N}/{_N} of the line, centred$",
        r"đường kẻ nét liền dài \1/\2–\3/\4 dòng chữ, căn giữa",
    ),
    (rf"^{_N}–{_N} mm of clear space$", r"khoảng trống \1–\2 mm"),
    (r"\bdrawn as\b ", ""),
    (r"\ba floating shape\b", "hình vẽ nổi"),
    (r"\ba paragraph border\b", "đường viền đoạn văn"),
    (r"\ba top border\b", "đường viền trên"),
    (r"\btyped underscores\b", "dấu gạch dưới gõ tay"),
    (r"\btyped hyphens\b", "dấu gạch nối gõ tay"),
    (r"\btyped characters\b", "ký tự gõ tay"),
    (r"\bthe rule is typed on the text's own line$", "đường kẻ gõ trên cùng dòng với chữ"),
    (
        r"\bthe rule is typed in characters other than underscores$",
        "đường kẻ gõ bằng ký tự khác dấu gạch dưới, không đo được độ cao",
    ),
    (r"\bunderlined text\b", "chữ gạch chân"),
    (r"^typed as\b", "gõ bằng"),
    (r"^typed in a paragraph aligned left$", "gõ trong đoạn căn trái"),
    (
        r"^the Quốc hiệu in column (\d+), the agency in column (\d+)$",
        r"Quốc hiệu ở cột \1, tên cơ quan ở cột \2",
    ),
    (r"^in column (\d+), the Quốc hiệu in column (\d+)$", r"ở cột \1, Quốc hiệu ở cột \2"),
    (r"^in row (\d+), the number in row (\d+)$", r"ở hàng \1, số, ký hiệu ở hàng \2"),
    (
        r"^(\d+) empty paragraph\(s\) between the Quốc hiệu and the Tiêu ngữ$",
        r"\1 đoạn trống giữa Quốc hiệu và Tiêu ngữ",
    ),
    (rf"^{_N} mm of text in {_N} mm$", r"\1 mm chữ trong \2 mm"),
    (rf"^{_Q} wraps in {_N} mm as {_Q}$", r"\1 bị xuống dòng trong \2 mm thành \3"),
    (rf"^a hyphen {_Q}$", r"dấu gạch nối \1"),
    (r"\(U\+([0-9A-F]{4})\)", r"(mã U+\1)"),
    # marks (dấu chỉ mức độ)
    (rf"^{_N} × {_N} mm \((KHẨN|MẬT)\), ±{_N} mm$", r"\1 × \2 mm (\3), sai số ±\4 mm"),
    (rf"^{_N} × {_N} mm \(a (\d+)×(\d+) table\)$", r"\1 × \2 mm (bảng \3×\4)"),
    (
        rf"^{_N} × {_N} mm \(paragraph borders around (\d+) paragraphs\)$",
        r"\1 × \2 mm (đường viền quanh \3 đoạn)",
    ),
    (rf"^{_N} × {_N} mm \(paragraph borders\)$", r"\1 × \2 mm (đường viền đoạn văn)"),
    (
        r"^the Quốc hiệu level with the agency's first line \(ô (\d+) above both columns\)$",
        r"Quốc hiệu ngang dòng đầu tên cơ quan (ô \1 ở trên cả hai cột)",
    ),
    (
        rf"^the Quốc hiệu stands {_N} mm below the agency's first line$",
        r"Quốc hiệu thấp hơn dòng đầu tên cơ quan \1 mm",
    ),
    (r"^ô (\d+): above the Quốc hiệu, on the right$", r"ô \1: trên Quốc hiệu, bên phải"),
    (r"^ô (\w+): the left column, under the number$", r"ô \1: cột trái, dưới số, ký hiệu"),
    (r"^in column (\d+), not the Quốc hiệu's$", r"ở cột \1, không phải cột của Quốc hiệu"),
    (r"^in the Quốc hiệu's column \(right\)$", "ở cột của Quốc hiệu (bên phải)"),
    # page, margins, page numbers
    (rf"^{_N} mm, the whole text width \(±{_N} mm\)$", r"\1 mm, bằng chiều rộng vùng chữ (±\2 mm)"),
    (
        rf"^the (footer|header) is {_N} mm from the edge and its {_N} pt number needs {_N} mm "
        rf"more, over the {_N} mm (?:bottom|top) margin$",
        lambda m: (
            f"{'chân trang' if m[1] == 'footer' else 'đầu trang'} cách mép giấy {m[2]} mm, "
            f"số trang cỡ {m[3]} pt cần thêm {m[4]} mm, vượt lề "
            f"{'dưới' if m[1] == 'footer' else 'trên'} {m[5]} mm"
        ),
    ),
    (
        r"^(?:page numbers )?in the bottom margin \(footer\), (\w+)$",
        lambda m: f"số trang ở lề dưới (chân trang), {EXACT.get(m[1], m[1])}",
    ),
    (
        r"^(?:page numbers )?in the top margin \(header\), (\w+)$",
        lambda m: f"số trang ở lề trên (đầu trang), {EXACT.get(m[1], m[1])}",
    ),
    (r"^a new section numbered from (\d+)$", r"một phần mới đánh số từ \1"),
    (r"^no number on page (\d+)$", r"không ghi số ở trang \1"),
    (r"^numbering from (\d+)$", r"đánh số từ \1"),
    (r"^numbering restarted at (\d+)$", r"đánh số lại từ \1"),
    (r"^numbering starts at (\d+)$", r"đánh số bắt đầu từ \1"),
    (r"^its section starts at (\d+)$", r"phần chứa nó đánh số từ \1"),
    (
        r"^no page number \(no PAGE field in any header or footer\)$",
        "không có số trang (không có trường PAGE ở đầu trang, chân trang nào)",
    ),
    (
        r"^page (\d+) shows its number: no different first page \(w:titlePg\), so the default "
        r"part prints on it$",
        r"trang \1 hiện số trang: không đặt trang đầu khác (w:titlePg) nên đầu/chân trang mặc "
        r"định được in trên đó",
    ),
    (
        r"^the appendix shares section (\d+) with the text before it, so its pages continue "
        r"that numbering$",
        r"phụ lục chung phần \1 với văn bản trước nó nên các trang của phụ lục đánh số tiếp theo",
    ),
    (r"^the format \\\* (\S+)$", r"định dạng \\* \1"),
    (
        r"^the only PAGE fields are in parts Word does not print on pages (\d+) onwards "
        r"\(even (footer|header) ([^)]*)\)$",
        lambda m: (
            f"trường PAGE chỉ có ở phần Word không in từ trang {m[1]} trở đi "
            f"({'chân trang' if m[2] == 'footer' else 'đầu trang'} trang chẵn)"
        ),
    ),
    # fonts and encoding
    (rf"^{_Q} on {_Q}$", r"\1 ở \2"),
    (r"^Times New Roman$", "Times New Roman"),
    (
        r"^a Unicode font \((.*), TCVN (\S+)\)$",
        r"phông chữ Unicode (\1, TCVN \2)",
    ),
    (r"^Vietnamese in Unicode \(TCVN (\S+)\)$", r"chữ Việt mã Unicode (TCVN \1)"),
    (r"^black \(#(\w+)\)$", r"màu đen (#\1)"),
    (rf"^{_Q} is coloured #(\w+)$", r"\1 có màu #\2"),
    (r"^precomposed letters \(Unicode dựng sẵn, NFC\)$", "Unicode dựng sẵn (NFC)"),
    (
        r"^the font named in the run or its style \((.*)\)$",
        r"phông chữ ghi rõ trong đoạn chữ hoặc kiểu của nó (\1)",
    ),
    (rf"^combining marks \(Unicode tổ hợp\) in {_Q}$", r"dấu tổ hợp ở \1"),
    (r"^legacy fonts named: ", "phông chữ cũ: "),
    (
        rf"^text stored in ([\w-]+) bytes \({_Q}\)$",
        lambda m: f"chữ lưu theo mã {m[1].replace('-upper', ' chữ hoa')} ({m[2]})",
    ),
    (
        r"^text that reads like TCVN3/VNI bytes \(characters ([^)]*)\)$",
        r"chữ trông như mã TCVN3/VNI (các ký tự \1)",
    ),
    (rf"^the eth (\S) \(mã U\+(\w+)\) in {_Q}$", r"chữ \1 (mã U+\2) ở \3"),
    (
        rf"^the theme font (\w+), which the file's theme leaves empty on {_Q}$",
        r"phông chữ chủ đề \1 mà chủ đề của tệp để trống, ở \2",
    ),
    (
        rf"^{_Q} has an East-Asian hint: its Vietnamese letters are drawn in {_Q}, the rest in "
        rf"{_Q}$",
        r"\1 có gợi ý chữ Đông Á: chữ có dấu hiện bằng phông \2, phần còn lại bằng \3",
    ),
    (rf"^{_Q} is set in the (TCVN3|VNI) font {_Q}$", r"\1 dùng phông \2 \3"),
    (
        rf"^{_Q} takes its font from the theme \(the theme font (\w+), which the file's theme "
        r"leaves empty\)$",
        r"\1 lấy phông chữ theo chủ đề (phông chủ đề \2, chủ đề của tệp để trống)",
    ),
    (rf"^{_Q} takes its font from the theme \({_Q}\)$", r"\1 lấy phông chữ theo chủ đề (\2)"),
    # header, number, date
    (
        r"^start with the issuer's abbreviation \((.*)\)$",
        r"bắt đầu bằng chữ viết tắt tên cơ quan ban hành (\1)",
    ),
    (rf"^{_Q} without a colon$", r"\1 thiếu dấu hai chấm"),
    (rf"^no {_Q} line$", r"không có dòng \1"),
    (rf"^no {_Q} and {_Q} line$", r"không có dòng \1 và \2"),
    (rf"^nothing under {_Q}$", r"không có gì dưới \1"),
    (
        r"^Nơi nhận in row (\d+), the signature in row (\d+)$",
        r"Nơi nhận ở hàng \1, chữ ký ở hàng \2",
    ),
    (rf"^{_Q} alone, the entries below$", r"\1 đứng riêng, các nơi nhận ở dưới"),
    (rf"^{_Q} as the last line$", r"\1 ở dòng cuối"),
    (
        rf"^{_Q} at the left, level with the signer's title$",
        r"\1 bên trái, ngang hàng với chức vụ người ký",
    ),
    (rf"^{_Q} first$", r"\1 ở đầu"),
    (rf"^{_Q} above the body$", r"\1 trên nội dung"),
    (rf"^{_Q} under the number$", r"\1 dưới số, ký hiệu"),
    (rf"^only a công văn writes {_Q}; drop it$", r"chỉ công văn mới ghi \1; bỏ đi"),
    # signature
    (
        r"^the signer's authority and title \(ô (\w+)\) and full name \(ô (\w+)\)$",
        r"quyền hạn, chức vụ người ký (ô \1) và họ tên (ô \2)",
    ),
    (r"^in column (\d+) of the closing table$", r"ở cột \1 của bảng cuối văn bản"),
    # why a standard was chosen (validate.choose_standard)
    (r"^recorded in the file's properties \((.*)\)$", r"ghi trong thuộc tính của tệp (\1)"),
    (r"\bDecree (\d+/\d+)", r"Nghị định \1"),
    (r"\bJoint Circular (\d+/\d+)", r"Thông tư liên tịch \1"),
    (r"\bCircular (\d+/\d+)", r"Thông tư \1"),
    (
        r"^dated (\S+( \([^()]*\))?), when (.*) was in force \((.*)\)$",
        r"văn bản ngày \1, khi \3 đang có hiệu lực (\4)",
    ),
    (
        r"^dated (\S+( \([^()]*\))?): (.*) governed that date \(signed (\S+), replaced on "
        r"(\S+)\) and no table of it is held: judged for reference by (.*) \((.*)\), every "
        r"failure reported as information$",
        r"văn bản ngày \1: khi đó \3 đang có hiệu lực (ký ngày \4, được thay thế từ ngày \5) "
        r"nhưng thư viện chưa có bảng tiêu chuẩn của văn bản này: chỉ kiểm tra để tham khảo theo "
        r"\6 (\7), mọi lỗi chỉ là thông tin",
    ),
    (
        r"^dated (\S+( \([^()]*\))?): no standard table applies on that date \(the earliest, "
        r"(.*), in force (.*)\): judged for reference by it, every failure reported as "
        r"information$",
        r"văn bản ngày \1: không có bảng tiêu chuẩn thể thức nào áp dụng cho ngày này (bảng sớm "
        r"nhất là \3, có hiệu lực \4): chỉ kiểm tra để tham khảo theo bảng đó, mọi lỗi chỉ là "
        r"thông tin",
    ),
    (
        r"^dated (\S+( \([^()]*\))?): no standard table applies on that date: judged for "
        r"reference by (.*), every failure reported as information$",
        r"văn bản ngày \1: không có bảng tiêu chuẩn thể thức nào áp dụng cho ngày này: chỉ "
        r"kiểm tra để tham khảo theo \3, mọi lỗi chỉ là thông tin",
    ),
    (
        r"^dated (\S+), an incomplete date( \([^()]*\))? that may fall (.*): judged by the "
        r"later, (.*)$",
        lambda m: (
            f"văn bản ngày {m[1]}, ngày tháng chưa đầy đủ{m[2] or ''}, có thể thuộc "
            + m[3].replace("before any standard table", "thời gian trước mọi bảng tiêu chuẩn")
            .replace(" (no table held)", " (chưa có bảng)")
            .replace("under ", "").replace(" or ", " hoặc ")
            + f": kiểm tra theo bảng sau, {m[4]}"
        ),
    ),
    (r"\(the day and month left blank\)", "(chưa ghi ngày, tháng)"),
    (r"\(the day left blank\)", "(chưa ghi ngày)"),
    (r"\(the month left blank\)", "(chưa ghi tháng)"),
    (r"\bfrom (\d\d/\d\d/\d{4}) to (\d\d/\d\d/\d{4})", r"từ \1 đến \2"),
    (r"\bfrom (\d\d/\d\d/\d{4})", r"từ \1"),
)
"""Patterns of the values and places the rules compose, in the order they are tried."""

_PLACEHOLDERS = {
    "<type>": "<tên loại>",
    "<drafting unit>": "<đơn vị soạn thảo>",
    "<place>": "<địa danh>",
    "<subject>": "<trích yếu>",
    "<number>": "<số>",
}
"""The slots of the samples the rules quote (``«V/v <subject>»``)."""

_QUOTED = re.compile(r"«[^»]*»")
_DECIMAL = re.compile(r"(?<![\d.,])(-?\d+)\.(\d+)(?![\d.,]*\d)")


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], Any], ...]:
    return tuple((re.compile(p), r) for p, r in PHRASES)


def _numbers(text: str) -> str:
    """Decimal commas for measurements (``12.5`` → ``12,5``), the Vietnamese way."""
    return _DECIMAL.sub(r"\1,\2", text)


def to_vi(text: str) -> str:
    """An English place or value of a finding, in Vietnamese.

    Text quoted in «…» is the document's own and is kept as it is; what the vocabulary
    does not know is left as it is (the test ``tests/validate/test_messages_vi.py`` finds
    it).
    """
    if not text:
        return text
    if text in EXACT:
        return EXACT[text]
    quoted: list[str] = []

    def hold(match: re.Match[str]) -> str:
        quoted.append(match[0])
        return f"⟦{len(quoted) - 1}⟧"

    for placeholder, vietnamese in _PLACEHOLDERS.items():  # in the samples the rules quote
        text = text.replace(placeholder, vietnamese)
    work = _QUOTED.sub(hold, text)
    # a place: "Label (paragraph 3, …) ⟦0⟧": translate the label as a whole value
    starts = [m.start() for m in re.finditer(r" \(", work)]
    for start in reversed(starts):  # the longest label the vocabulary knows
        if work[:start] in EXACT:
            work = EXACT[work[:start]] + work[start:]
            break
    for pattern, replacement in _compiled():
        work = pattern.sub(replacement, work)
    if work in EXACT:
        work = EXACT[work]
    work = _numbers(work)
    return re.sub(r"⟦(\d+)⟧", lambda m: quoted[int(m[1])], work)


REASONS: dict[str, str] = {
    "no number line (Số, ký hiệu) found": "không thấy dòng số, ký hiệu",
    "no Nơi nhận label found": "không thấy chữ «Nơi nhận»",
    "no printed text": "không có chữ được in",
    "no page number is printed": "không có số trang được in",
    "no archive line (Lưu) found": "không thấy dòng lưu (Lưu)",
    "the file has no section properties (page setup)": "tệp không có thuộc tính khổ giấy, lề",
    "not a công văn": "không phải công văn",
    "no signature block found": "không thấy phần chữ ký",
    "no running text found": "không thấy đoạn văn nội dung",
    "no place-and-date line found": "không thấy dòng địa danh, ngày tháng",
    "no header of an administrative document found": "không thấy phần đầu văn bản hành chính",
    "no Tiêu ngữ found": "không thấy Tiêu ngữ",
    "no Quốc hiệu found": "không thấy Quốc hiệu",
    "fewer than two recipients": "ít hơn hai nơi nhận",
    "the signature block holds template placeholders": "phần chữ ký còn là chỗ trống của mẫu",
    "the serial is left blank (a draft)": "số văn bản để trống (bản dự thảo)",
    "the serial is left blank (a draft) or zero": "số văn bản để trống (bản dự thảo) hoặc bằng 0",
    "the rule under the trích yếu is not a paragraph border": (
        "đường kẻ dưới trích yếu không phải đường viền đoạn văn"
    ),
    "the header is not laid out as one table": "phần đầu không trình bày trong một bảng",
    "the date line has no place name": "dòng ngày tháng không có địa danh",
    "not an administrative document of a known type": "không phải văn bản hành chính đã biết",
    "no signer's name found": "không thấy họ tên người ký",
    "no page-number field in the document": "văn bản không có trường số trang",
    "no contact lines (ô 13) in a header or footer": (
        "không có dòng địa chỉ, liên hệ (ô 13) ở đầu trang hoặc chân trang"
    ),
    "no TM. line in the signature block": "phần chữ ký không có dòng TM.",
    "no Quốc hiệu and agency found": "không thấy Quốc hiệu và tên cơ quan",
    "the year is left blank (a draft)": "năm để trống (bản dự thảo)",
    "the day is left blank (a draft)": "ngày để trống (bản dự thảo)",
    "the month is left blank (a draft)": "tháng để trống (bản dự thảo)",
    "the text line above the rule has no width": "dòng chữ trên đường kẻ không có độ rộng",
    "the text is a template placeholder": "chữ còn là chỗ trống của mẫu",
    "the rule under the trích yếu is not followed by text on the page": (
        "dưới đường kẻ của trích yếu không có chữ trên trang"
    ),
    "the reference line names no document type": "dòng chỉ dẫn không ghi tên loại văn bản",
    "the recipient lines are a Word list (its bullets are not read)": (
        "các dòng nơi nhận là danh sách của Word (không đọc được dấu đầu dòng)"
    ),
    "the list has a single entry": "danh sách chỉ có một dòng",
    "the header is typed with spaces: its lines are shared": (
        "phần đầu gõ bằng dấu cách: các dòng dùng chung"
    ),
    "the header is typed with spaces: its drawn lines cannot be told apart": (
        "phần đầu gõ bằng dấu cách: không phân biệt được các đường kẻ"
    ),
    "the header is typed on shared lines: its columns are not laid out": (
        "phần đầu gõ trên các dòng dùng chung: không chia cột"
    ),
    "the header is not laid out in a table": "phần đầu không trình bày trong bảng",
    "the form prints no place-and-date line (Phụ lục III, Mẫu 1.9)": (
        "mẫu không có dòng địa danh, ngày tháng (Phụ lục III, Mẫu 1.9)"
    ),
    "the document's type is not known": "không rõ tên loại văn bản",
    "the document has no page setup": "văn bản không có thiết lập khổ giấy, lề",
    "the document has Kính gửi (or is a công văn)": "văn bản có Kính gửi (hoặc là công văn)",
    "the document does not carry both marks": "văn bản không có cả hai dấu",
    "the day and month are not a date": "ngày và tháng không phải ngày có thật",
    "the day and month are left blank (a draft)": "ngày và tháng để trống (bản dự thảo)",
    "the date line is in a text box or frame: its position is not read": (
        "dòng ngày tháng nằm trong hộp văn bản hoặc khung: không đọc được vị trí"
    ),
    "the closing is typed without a table": "phần cuối văn bản gõ không dùng bảng",
    "the body does not end with «./.»": "nội dung không kết thúc bằng «./.»",
    "the Quốc hiệu shares its line with other text (typed with spaces)": (
        "Quốc hiệu chung dòng với chữ khác (gõ bằng dấu cách)"
    ),
    "the Quốc hiệu and the agency are not in one table": (
        "Quốc hiệu và tên cơ quan không cùng một bảng"
    ),
    "the Nơi nhận list is empty": "danh sách Nơi nhận trống",
    "not a single recipient": "không phải chỉ một nơi nhận",
    "not a document with a type name (or its type is not known)": (
        "không phải văn bản có tên loại (hoặc không rõ tên loại)"
    ),
    "no «Kính gửi» line found": "không thấy dòng «Kính gửi»",
    "no «(Kèm theo …)» line found": "không thấy dòng «(Kèm theo …)»",
    "no urgency mark": "không có dấu chỉ mức độ khẩn",
    "no type name found (not a typed document)": "không thấy tên loại văn bản",
    "no two body paragraphs follow each other": "không có hai đoạn nội dung liền nhau",
    "no title lines of a signature block found": "không thấy dòng chức vụ của phần chữ ký",
    "no subject under the type name": "không có trích yếu dưới tên loại",
    "no subject found under the type name": "không thấy trích yếu dưới tên loại",
    "no section (Mục) heading found": "không thấy đề mục (Mục)",
    "no rule under the Tiêu ngữ, the agency, the subject or an appendix": (
        "không có đường kẻ dưới Tiêu ngữ, tên cơ quan, trích yếu hay phụ lục"
    ),
    "no rule under the Tiêu ngữ, the agency or the subject found": (
        "không thấy đường kẻ dưới Tiêu ngữ, tên cơ quan hay trích yếu"
    ),
    "no rule drawn as a border or characters (shape styles are not read)": (
        "không có đường kẻ bằng đường viền hay ký tự (không đọc kiểu của hình vẽ)"
    ),
    "no rule drawn as a border, characters or underline (shapes are not read)": (
        "không có đường kẻ bằng đường viền, ký tự hay gạch chân (không đọc hình vẽ)"
    ),
    "no place-and-date line in the header": "phần đầu không có dòng địa danh, ngày tháng",
    "no part or chapter heading found": "không thấy đề mục phần, chương",
    "no page-number field (see page-numbers-missing)": "không có trường số trang",
    "no number line or agency name: not an administrative document": (
        "không có dòng số, ký hiệu hay tên cơ quan: không phải văn bản hành chính"
    ),
    "no number line found": "không thấy dòng số, ký hiệu",
    "no number line and no header table: a form or a petition": (
        "không có dòng số, ký hiệu và bảng phần đầu: là biểu mẫu hoặc đơn"
    ),
    "no number in the reference line (left blank)": "dòng chỉ dẫn không ghi số (để trống)",
    "no main document with a signature block found": "không thấy văn bản chính có phần chữ ký",
    "no line of text right under the trích yếu's rule": (
        "không có dòng chữ ngay dưới đường kẻ của trích yếu"
    ),
    "no lettered point found": "không thấy điểm đánh bằng chữ cái",
    "no labelled appendix found": "không thấy phụ lục có nhãn",
    "no issuing body in the reference line": "dòng chỉ dẫn không ghi cơ quan ban hành",
    "no issuing body (ô 2) found": "không thấy tên cơ quan ban hành (ô 2)",
    "no drafter's initials after the archive line": (
        "không có ký hiệu người soạn thảo sau dòng lưu"
    ),
    "no date in the reference line": "dòng chỉ dẫn không ghi ngày",
    "no căn cứ lines found": "không thấy dòng căn cứ",
    "no confidentiality mark": "không có dấu chỉ độ mật",
    "no circulation instruction (ô 11) found": "không thấy chỉ dẫn về phạm vi lưu hành (ô 11)",
    "no centred or right-aligned paragraph": "không có đoạn căn giữa hay căn phải",
    "no body paragraphs found": "không thấy đoạn nội dung",
    "no attachment found": "không thấy phụ lục, văn bản kèm theo",
    "no article (Điều) found": "không thấy điều (Điều)",
    "no appendix (Phụ lục) found after the signature": "không thấy phụ lục sau phần chữ ký",
    "no agency name or subject found": "không thấy tên cơ quan hay trích yếu",
    "no Vietnamese text carries an East-Asian hint": "không có chữ Việt mang gợi ý chữ Đông Á",
    "no Quốc hiệu or number line: not an administrative document": (
        "không có Quốc hiệu hay dòng số, ký hiệu: không phải văn bản hành chính"
    ),
    "no Quốc hiệu and place-and-date line found in the header": (
        "phần đầu không có Quốc hiệu và dòng địa danh, ngày tháng"
    ),
    "no Quốc hiệu and Tiêu ngữ found": "không thấy Quốc hiệu và Tiêu ngữ",
    "no Quốc hiệu found: not an administrative document's first page": (
        "không thấy Quốc hiệu: không phải trang đầu của văn bản hành chính"
    ),
    "no Kính gửi and not a công văn": "không có Kính gửi và không phải công văn",
    "no KT., Q., TL. or TUQ. line in the signature block": (
        "phần chữ ký không có dòng KT., Q., TL. hay TUQ."
    ),
    "no KT. line in the signature block": "phần chữ ký không có dòng KT.",
    "fewer than two recipient lines": "ít hơn hai dòng nơi nhận",
    "fewer than two numbered appendices": "ít hơn hai phụ lục được đánh số",
    "every body paragraph is indented with tabs or spaces": (
        "mọi đoạn nội dung đều lùi đầu dòng bằng dấu cách hoặc phím Tab"
    ),
    "a single căn cứ line": "chỉ có một dòng căn cứ",
    "a công văn has no căn cứ block": "công văn không có phần căn cứ",
    "the type of document is not known": "không rõ loại văn bản",
    "no agency name found": "không thấy tên cơ quan",
    "no type name of an administrative document (a công văn's V/v has no rule)": (
        "không có tên loại văn bản hành chính (trích yếu V/v của công văn không có đường kẻ)"
    ),
    "nothing to check": "không có gì để kiểm tra",
    "the mark has no box of its own (MK003, MK004 report it)": (
        "dấu không có khung riêng (MK003, MK004 đã báo)"
    ),
    "several signatures side by side, the Nơi nhận under them": (
        "nhiều chữ ký đặt cạnh nhau, Nơi nhận ở dưới"
    ),
    "a Party document (ĐẢNG CỘNG SẢN VIỆT NAM): not governed by this standard": (
        "văn bản của Đảng (ĐẢNG CỘNG SẢN VIỆT NAM): không thuộc phạm vi quy định này"
    ),
}
"""Why a rule was not evaluated, in Vietnamese (exact reasons)."""

_SIDES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}

_REASON_PATTERNS: tuple[tuple[str, Any], ...] = (
    (r"^no (.+) found$", r"không thấy \1"),
    (r"^does not apply under (.*)$", r"không áp dụng theo \1"),
    (r"^the standard has no row for (.*)$", r"quy định không có hàng cho \1"),
    (r"^no (.+) found in the document$", r"không thấy \1 trong văn bản"),
    (r"^no text drawn with the (\w+)(?: \([\w ]+\))? font$", r"không có chữ hiện bằng phông ô \1"),
    (
        r"^the (day|month|year) is left blank \(a draft\)$",
        lambda m: (
            f"{ {'day': 'ngày', 'month': 'tháng', 'year': 'năm'}[m[1]] } để trống (bản dự thảo)"
        ),
    ),
    (r"^no rule under (.*)$", lambda m: f"không có đường kẻ dưới {to_vi(m[1])}"),
    (
        r"^one page \((.*)\): no page number is needed$",
        lambda m: f"chỉ có một trang ({to_vi(m[1])}): không cần đánh số trang",
    ),
    (r"^one page \((.*)\)$", lambda m: f"chỉ có một trang ({to_vi(m[1])})"),
    (
        r"^section (\d+) does not give its (\w+) margin$",
        lambda m: f"phần {m[1]} không ghi lề {_SIDES.get(m[2], m[2])}",
    ),
    (r"^(.*) shows the number on page 1$", r"\1 ghi số trang ở trang 1"),
    (
        r"^(.*) sets no space under the trích yếu's rule$",
        r"\1 không quy định khoảng cách dưới đường kẻ của trích yếu",
    ),
    (
        r"^(.*) has no rule above the contact lines$",
        r"\1 không quy định đường kẻ trên dòng địa chỉ, liên hệ",
    ),
    (r"^(.*) gives no stamp size for («[^»]*»)$", r"\1 không quy định kích thước dấu \2"),
    (
        r"^(.*) does not number appendices separately$",
        r"\1 không quy định đánh số trang riêng cho phụ lục",
    ),
    (r"^(.*) does not ask for portrait pages$", r"\1 không quy định trang khổ dọc"),
    (r"^a (.*) sets its Nơi nhận under its signatures$", r"\1 trình bày Nơi nhận dưới các chữ ký"),
    (r"^a (.*) names its recipients in its text$", r"\1 nêu nơi nhận trong nội dung"),
    (
        r"^every body paragraph has a fixed line spacing \(see (\w+)\)$",
        r"mọi đoạn nội dung đều giãn dòng cố định (xem \1)",
    ),
)


def reason_vi(reason: str) -> str:
    """Why a rule was not evaluated, in Vietnamese (through :func:`to_vi` when unknown)."""
    if reason in REASONS:
        return REASONS[reason]
    for pattern, replacement in _REASON_PATTERNS:
        match = re.match(pattern, reason)
        if match:
            if isinstance(replacement, str):
                return to_vi(match.expand(replacement))
            return str(replacement(match))
    return to_vi(reason)


_LOCATOR_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bDecree (\d+/\d+)", r"Nghị định \1"),
    (r"\bJoint Circular (\d+/\d+)", r"Thông tư liên tịch \1"),
    (r"\bCircular (\d+/\d+)", r"Thông tư \1"),
    (
        r"^No number in the circular; as in (.*)'s samples \((.*)\)$",
        r"Thông tư không quy định số đo; theo các mẫu của \1 (\2)",
    ),
    (r"\(the gap: (.*?)'s samples, (.*?)\)", r"(khoảng cách: theo các mẫu của \1, \2)"),
    (r"\bappendix: ", "phụ lục: "),
    (r"\(the model layouts\)", "(các mẫu trình bày)"),
    (r"\(sample forms\)", "(các mẫu)"),
    (r"; the decree's text gives none\)", "; nghị định không ghi số đo)"),
    (r"\(the lines set canh giữa, centred: ", "(các dòng canh giữa: "),
    (r"\(the lines set centred\)", "(các dòng canh giữa)"),
    (r" and ", " và "),
)


def locator_vi(locator: str) -> str:
    """A rule's legal locator (căn cứ) as a Vietnamese reader cites it.

    >>> locator_vi("Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 1.b, 2.b and 5.b")
    'Nghị định 30/2020, Phụ lục I, Phần I, Mục II, khoản 1.b, 2.b và 5.b'
    """
    for pattern, replacement in _LOCATOR_PHRASES:
        locator = re.sub(pattern, replacement, locator)
    return locator


# ----------------------------------------------------------------------------- fix's changes

FIX_EXACT: dict[str, str] = {
    "not given": "không ghi",
    "not named": "không ghi tên phông chữ",
    "no font named": "không ghi phông chữ",
    "no hint": "bỏ gợi ý chữ Đông Á",
    "removed (no text uses it)": "đã bỏ (không còn chữ nào dùng)",
    "combining marks (Unicode tổ hợp)": "dấu tổ hợp (Unicode tổ hợp)",
    "capitals (w:caps)": "chữ in hoa (w:caps)",
    "normal case": "chữ in thường",
    "no page number": "không có số trang",
    "PAGE field": "trường số trang (PAGE)",
    "start": "căn trái",
    "end": "căn phải",
    "word/styles.xml: document defaults": "bảng kiểu: định dạng mặc định của văn bản",
}
"""Whole values and places of :func:`vnadmin_docs.fix` changes and their Vietnamese."""

_ENCODINGS = {"tcvn3": "TCVN3", "tcvn3-upper": "TCVN3 chữ hoa", "vni": "VNI"}
_SIDE_VI = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}

FIX_PHRASES: tuple[tuple[str, Any], ...] = (
    (r"^(.*) \((\d+) places\)$", lambda m: f"{change_vi(m[1])} ({m[2]} chỗ)"),
    (r"^section (\d+)$", r"phần \1"),
    (
        r"^section (\d+): (top|bottom|left|right) margin$",
        lambda m: f"phần {m[1]}: lề {_SIDE_VI[m[2]]}",
    ),
    (r"^theme font (\S+)$", r"phông chữ chủ đề «\1»"),
    (
        r"^([\w-]+) bytes in a Unicode font$",
        lambda m: f"mã {_ENCODINGS.get(m[1], m[1])} trong phông chữ Unicode",
    ),
    (r"^([\w-]+) bytes$", lambda m: f"mã {_ENCODINGS.get(m[1], m[1])}"),
    (
        r"^(header|footer), centred, from page (\d+)$",
        lambda m: f"{_PART[m[1]]}, căn giữa, từ trang {m[2]}",
    ),
    (r"^(header|footer), from page (\d+)$", lambda m: f"{_PART[m[1]]}, từ trang {m[2]}"),
    (
        r"^(word/[\w/]+\.xml(?:#textbox)?): (.*)$",
        lambda m: f"{to_vi(m[1])}: {to_vi(m[2])}",
    ),
)
"""Patterns of the places and values :func:`vnadmin_docs.fix` composes."""


def change_vi(text: str) -> str:
    """A place or value of a change :func:`vnadmin_docs.fix` made, in Vietnamese.

    The fix's own vocabulary first (sections, margins, encodings, the page-number header),
    then :func:`to_vi`; the document's text quoted in «…» stays as it is.

    >>> change_vi("section 1: top margin")
    'phần 1: lề trên'
    >>> change_vi("word/document.xml: Quốc hiệu «Cộng hoà» (2 places)")
    'nội dung: Quốc hiệu «Cộng hoà» (2 chỗ)'
    >>> change_vi("15.0 mm")
    '15,0 mm'
    """
    if text in FIX_EXACT:
        return FIX_EXACT[text]
    for pattern, replacement in _fix_compiled():
        match = pattern.match(text)
        if match is not None:
            if isinstance(replacement, str):
                return _numbers(match.expand(replacement))
            return str(replacement(match))
    return to_vi(text)


@cache
def _fix_compiled() -> tuple[tuple[re.Pattern[str], Any], ...]:
    return tuple((re.compile(p), r) for p, r in FIX_PHRASES)


REASONS.setdefault("no content found", "không thấy phần nội dung")
