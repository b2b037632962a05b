"""The reader's notes in two languages (ghi chú khi đọc, tiếng Anh và tiếng Việt).

Every note a reader writes is a :class:`Note`: a ``str`` — its English text, so that
``print(note)``, ``"left in the body" in note`` and JSON keep working — that carries its
Vietnamese text in :attr:`Note.vi`. The Vietnamese names the component concerned as a clerk
names it (Tên cơ quan ban hành, Số, ký hiệu, Nơi nhận …) and quotes the document's own text
in «…», which is never translated.

>>> note = Note("date: '…' is left blank", "Ngày tháng: «…» để trống")
>>> note, note.vi, note.text("vi")
("date: '…' is left blank", 'Ngày tháng: «…» để trống', 'Ngày tháng: «…» để trống')
>>> in_language(["a plain string note", note], "vi")
['a plain string note', 'Ngày tháng: «…» để trống']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from vnadmin_docs.errors import InputError

__all__ = [
    "COMPONENTS_VI",
    "Note",
    "characters_removed",
    "component_vi",
    "in_language",
    "nfd_converted",
    "quote",
    "quotes",
]


class Note(str):
    """A reader's note (ghi chú khi đọc): the English text, with its Vietnamese in ``vi``.

    A ``str`` subclass, equal to its English text: code written when notes were plain
    strings keeps working. Copies and pickles keep the Vietnamese.
    """

    vi: str
    """The note in Vietnamese (tiếng Việt), NFC."""

    def __new__(cls, en: str, vi: str) -> Note:
        """A note whose English text is ``en`` and Vietnamese text ``vi`` (both required)."""
        if not en or not vi:
            raise InputError("a reader's note (Note) needs its English and its Vietnamese text")
        note = super().__new__(cls, en)
        note.vi = unicodedata.normalize("NFC", vi)
        return note

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (str(self), self.vi)

    def text(self, lang: str = "en") -> str:
        """The note in ``"en"`` or ``"vi"`` (nội dung ghi chú theo ngôn ngữ)."""
        return self.vi if lang == "vi" else str(self)


def in_language(notes: Iterable[str], lang: str) -> list[str]:
    """``notes`` in ``lang`` (``"en"``/``"vi"``); a plain ``str`` note stays as it is.

    A note is known by its ``vi`` text, not by its class: a module imported twice (as a
    doctest runner may) makes two classes of the same notes.
    """
    out = []
    for note in notes:
        vi = getattr(note, "vi", None) if lang == "vi" else None
        out.append(vi if isinstance(vi, str) and vi else str(note))
    return out


def quote(text: object) -> str:
    """The document's own text quoted for a Vietnamese note: ``«…»`` (trích nguyên văn).

    A ``»`` inside is written ``›`` so that the quotation ends where the text does.
    """
    return "«" + str(text).replace("»", "›") + "»"


def quotes(texts: Iterable[object]) -> str:
    """Several quoted texts, apart by commas: ``«a», «b»``."""
    return ", ".join(quote(text) for text in texts)


COMPONENTS_VI: dict[str, str] = {
    "agency": "Tên cơ quan ban hành",
    "parent agency": "Tên cơ quan chủ quản",
    "parent_agency": "Tên cơ quan chủ quản",
    "agency abbreviation": "Chữ viết tắt tên cơ quan",
    "place": "Địa danh",
    "place_date": "Địa danh, ngày tháng",
    "number": "Số, ký hiệu",
    "date": "Ngày tháng năm ban hành",
    "type": "Tên loại văn bản",
    "subject": "Trích yếu",
    "dispatch_subject": "Trích yếu công văn (ô 5b)",
    "national_name": "Quốc hiệu",
    "signature": "Chữ ký",
    "distribution": "Nơi nhận",
    "attachment": "Phụ lục",
    "attachments": "Phụ lục",
    "articles": "Điều, khoản, điểm",
    "body": "Nội dung",
    "form": "Biểu mẫu",
    "layout": "Cách trình bày",
    "text": "Văn bản",
    "html": "Trang HTML",
    "copying": "Bản sao",
    "copying.agency": "Tên cơ quan sao",
    "co_issuers": "Cơ quan cùng ban hành",
    "introduction": "Giấy giới thiệu",
}
"""The components the notes name, as a clerk names them (thành phần thể thức)."""

_INDEXED = re.compile(r"^(\w+)\[(\d+)\]$")


def component_vi(key: str) -> str:
    """The Vietnamese name of the component ``key`` (``co_issuers[0]`` → the first co-issuer).

    A key the vocabulary does not know is quoted: ``Thành phần «key»`` (the tests find it).

    >>> component_vi("co_issuers[0]")
    'Cơ quan cùng ban hành thứ 1'
    """
    if key in COMPONENTS_VI:
        return COMPONENTS_VI[key]
    indexed = _INDEXED.match(key)
    if indexed is not None and indexed[1] in COMPONENTS_VI:
        return f"{COMPONENTS_VI[indexed[1]]} thứ {int(indexed[2]) + 1}"
    return f"Thành phần {quote(key)}"


def nfd_converted() -> Note:
    """The note on a text in NFD (Unicode tổ hợp) converted to NFC (dựng sẵn)."""
    return Note(
        "text: converted to Unicode NFC (TCVN 6909:2001) from NFD",
        "Văn bản: đã chuyển từ Unicode tổ hợp (NFD) sang Unicode dựng sẵn NFC (TCVN 6909:2001)",
    )


_PROBLEM = re.compile(r"U\+([0-9A-F]+) \(([^()]*)\)")
_CHARACTERS_VI = {
    "a control character": "ký tự điều khiển",
    "a lone surrogate, half of a UTF-16 pair": "nửa cặp thay thế UTF-16 đứng lẻ",
    "a Unicode noncharacter": "mã Unicode không dùng làm ký tự",
}


def characters_removed(count: int, problem: str) -> Note:
    """The note on ``count`` characters a Word file cannot hold, removed from a text.

    ``problem`` is :func:`~vnadmin_docs.models.base.character_problem`'s description of the
    first one.

    >>> characters_removed(2, "contains U+0007 (a control character), which a Word "
    ...                    "document cannot hold").vi
    'Văn bản: đã bỏ 2 ký tự; ký tự đầu tiên là U+0007 (ký tự điều khiển), tệp Word không chứa được'
    """
    found = _PROBLEM.search(problem)
    code, what = (found[1], found[2]) if found else ("?", "")
    return Note(
        f"text: {count} character(s) removed; the first " + problem.removeprefix("contains "),
        f"Văn bản: đã bỏ {count} ký tự; ký tự đầu tiên là U+{code} "
        f"({_CHARACTERS_VI.get(what, 'ký tự không hợp lệ')}), tệp Word không chứa được",
    )
