"""The forms of Decree 30/2020, Phụ lục III (mẫu trình bày văn bản) as typed models.

Each form is a :class:`~vnadmin_docs.models.documents.TypedDocument` with the fields its
sample shows: a quyết định (Mẫu 1.2, 1.3) has its issuing authority, căn cứ, "Theo đề nghị
của …" and articles; a giấy mời (Mẫu 1.7) who is invited, to what, when and where. Fixed
words (labels, set sentences) are not fields: they come from the form's row in
``templates/forms.toml`` so that the renderer, reader and validator print and look for the
same words. Articles, clauses and points are structure, numbered by the model.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime as DateTime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, PositiveInt, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from vnadmin_docs.models.base import VnModel
from vnadmin_docs.models.body import Blocks, vietnamese_letter
from vnadmin_docs.models.components import (
    Addressees,
    IssueDate,
    Lines,
    SignatureBlock,
    Text,
)
from vnadmin_docs.models.documents import DocumentType, TypedDocument, _parse_date
from vnadmin_docs.templates import form_layout
from vnadmin_docs.vietnamese import format_date, format_time_date

__all__ = [
    "Article",
    "Clause",
    "Decision",
    "Introduction",
    "Invitation",
    "LeaveCertificate",
    "Minutes",
    "Point",
    "Resolution",
    "Telegram",
]

_Para = Annotated[str, Field(min_length=1)]


def _text_shorthand(data: Any) -> Any:
    return {"text": data} if isinstance(data, str) else data


def _renumber(items: tuple[Any, ...], word: str, field: str) -> tuple[Any, ...]:
    """Number ``items`` 1, 2, 3… where the author gave no number; refuse a wrong number.

    Decree 30 numbers articles, clauses and points continuously (Phụ lục I, Phần I,
    Mục II, khoản 6.đ); a number given in the input must be the one its place gives.
    """
    out = []
    seen: dict[int, int] = {}
    for index, item in enumerate(items):
        expected = index + 1
        given = item.number
        if given is not None and given != expected:
            if given in seen:
                problem = (
                    f"{word} {given} is numbered twice (first at {field}.{seen[given]}); "
                    f"{field} ({word.lower()}) are numbered 1, 2, 3… in order"
                )
            else:
                problem = (
                    f"{word} {given} stands where {word} {expected} belongs; {field} "
                    f"({word.lower()}) are numbered 1, 2, 3… in order, without gaps"
                )
            # located at the item's number (articles.1.number), not at the whole list
            raise ValidationError.from_exception_data(
                word,
                [
                    InitErrorDetails(
                        type=PydanticCustomError("numbering", problem),
                        loc=(index, "number"),
                        input=given,
                    )
                ],
            )
        seen[expected] = index
        out.append(item if given is not None else item.model_copy(update={"number": expected}))
    return tuple(out)


class _Part(VnModel):
    """A part of an enacting text (điều, khoản, điểm): a bare string is its text."""

    needs: ClassVar[tuple[str, ...]] = ("text",)
    """The fields of which the part needs at least one (as named in the error)."""
    what: ClassVar[str] = "a part"

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return _text_shorthand(data)

    @model_validator(mode="after")
    def _not_empty(self) -> _Part:
        if not any(getattr(self, name) for name in self.needs):
            *first, last = self.needs
            wanted = f"{', '.join(first)} or {last}" if first else last
            raise ValueError(f"{self.what} needs its {wanted}")
        return self


class Point(_Part):
    """A point (điểm) of a clause: ``a)``, ``b)``, ``đ)``…, lettered by its place."""

    vietnamese_keys: ClassVar[dict[str, str]] = {"noi_dung": "text"}
    what: ClassVar[str] = "a point (điểm)"

    text: _Para
    """The point's text (nội dung điểm), without its letter."""


class Clause(_Part):
    """A clause (khoản) of an article: ``1.``, ``2.``…, with optional title and points."""

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "so": "number",
        "ten": "title",
        "noi_dung": "text",
        "diem": "points",
    }

    number: PositiveInt | None = None
    """The clause's number (số thứ tự khoản); given by its place when left out."""
    title: str | None = None
    """The clause's title (tên khoản), printed bold on a line of its own."""
    text: str | None = None
    """The clause's text (nội dung khoản)."""
    points: tuple[Point, ...] = ()
    """Its points (các điểm), lettered a), b), c)…"""

    needs: ClassVar[tuple[str, ...]] = ("title", "text", "points")
    what: ClassVar[str] = "a clause (khoản)"

    @field_validator("points")
    @classmethod
    def _letters_exist(cls, value: tuple[Point, ...]) -> tuple[Point, ...]:
        if value:
            vietnamese_letter(len(value))  # raises past "y"
        return value

    @property
    def letters(self) -> tuple[str, ...]:
        """The letters of the points, in order: ``("a", "b", …)``."""
        return tuple(vietnamese_letter(i + 1) for i in range(len(self.points)))


class Article(_Part):
    """An article (điều): ``Điều 1.``, with optional title, text and clauses.

    Printed as the decree sets it (Phụ lục I, Phần I, Mục II, khoản 6.đ): ``Điều 1.`` and the
    title bold; an article without a title bolds only ``Điều 1.``, its text follows upright
    on the same line.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "so": "number",
        "ten": "title",
        "noi_dung": "text",
        "khoan": "clauses",
    }

    number: PositiveInt | None = None
    """The article's number (số thứ tự điều); given by its place when left out."""
    title: str | None = None
    """The article's title (tên điều), if it has one."""
    text: str | None = None
    """The article's text (nội dung điều) before its clauses."""
    clauses: tuple[Clause, ...] = ()
    """Its clauses (các khoản), numbered 1., 2., 3…"""

    needs: ClassVar[tuple[str, ...]] = ("title", "text", "clauses")
    what: ClassVar[str] = "an article (điều)"

    @field_validator("clauses")
    @classmethod
    def _number_clauses(cls, value: tuple[Clause, ...]) -> tuple[Clause, ...]:
        return _renumber(value, "Khoản", "clauses")

    @property
    def label(self) -> str:
        """The label as printed: ``Điều 1.``."""
        return f"Điều {self.number}."


Articles = tuple[Article, ...]


class _Enacting(TypedDocument):
    """What a quyết định and a nghị quyết share: authority, căn cứ, proposal, articles."""

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **TypedDocument.vietnamese_keys,
        "tham_quyen": "authority",
        "theo_de_nghi": "proposal",
        "dieu": "articles",
    }

    authority: Lines | None = None
    """The issuing authority (thẩm quyền ban hành), in capitals above the căn cứ:
    ``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM``, or the collective body."""
    proposal: Text | None = None
    """Who proposed it, printed ``Theo đề nghị của …`` after the căn cứ (đề nghị)."""
    articles: Articles = ()
    """The articles (các điều) after ``QUYẾT ĐỊNH:`` / ``QUYẾT NGHỊ:``, numbered 1, 2, 3…"""
    body: Blocks = ()
    """Free content (nội dung) after the articles, or instead of them."""

    @field_validator("proposal", mode="before")
    @classmethod
    def _bare_proposal(cls, value: Any) -> Any:
        if isinstance(value, str):
            words = " ".join(value.split())
            lead = form_layout(cls.form_key()).text("proposal")
            if words.casefold().startswith(lead.casefold()):
                words = words[len(lead) :].strip()
            return words.rstrip(" .;") or value
        return value

    @field_validator("articles")
    @classmethod
    def _number_articles(cls, value: Articles) -> Articles:
        return _renumber(value, "Điều", "articles")

    @model_validator(mode="after")
    def _has_content(self) -> _Enacting:
        if not self.articles and not self.body:
            name = self.type.vietnamese_name.lower()
            raise ValueError(
                f"articles: a {name} needs its articles (điều) or its content (noi_dung); "
                "give at least one"
            )
        return self

    @classmethod
    def form_key(cls) -> str:
        """The key of this form's row in ``templates/forms.toml``."""
        raise NotImplementedError

    @property
    def proposal_line(self) -> str | None:
        """``Theo đề nghị của Giám đốc Sở Nội vụ.``, or ``None``."""
        if self.proposal is None:
            return None
        return f"{form_layout(self.form_key()).text('proposal')} {self.proposal}."

    @property
    def enacting_line(self) -> str:
        """``QUYẾT ĐỊNH:`` or ``QUYẾT NGHỊ:``."""
        return form_layout(self.form_key()).text("enacting")


class Decision(_Enacting):
    """A decision (quyết định cá biệt), Phụ lục III, Mẫu 1.2 (direct) and 1.3 (indirect).

    The indirect form issues or approves another text (quy chế, quy định, đề án…): give it
    as an attachment of kind ``issued`` and Điều 1 says so.
    """

    type: Literal[DocumentType.QUYET_DINH] = DocumentType.QUYET_DINH
    """Document type (tên loại văn bản): always quyết định."""

    @classmethod
    def form_key(cls) -> str:
        """The key of this form's row in ``templates/forms.toml``."""
        return "quyet_dinh"


class Resolution(_Enacting):
    """A resolution (nghị quyết cá biệt), Phụ lục III, Mẫu 1.1."""

    type: Literal[DocumentType.NGHI_QUYET] = DocumentType.NGHI_QUYET
    """Document type (tên loại văn bản): always nghị quyết."""

    @classmethod
    def form_key(cls) -> str:
        """The key of this form's row in ``templates/forms.toml``."""
        return "nghi_quyet"


class Telegram(TypedDocument):
    """An official telegram (công điện), Phụ lục III, Mẫu 1.6.

    Under the trích yếu, the line ``<sender> điện:`` and the recipients, one per line.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **TypedDocument.vietnamese_keys,
        "nguoi_dien": "sender",
    }

    type: Literal[DocumentType.CONG_DIEN] = DocumentType.CONG_DIEN
    """Document type (tên loại văn bản): always công điện."""
    sender: Text
    """Who sends it (cơ quan hoặc chức danh người đứng đầu điện): ``CHỦ TỊCH ỦY BAN NHÂN
    DÂN TỈNH``, printed before ``điện:``."""
    recipients: Annotated[Addressees, Field(min_length=1)]
    """The recipients (cơ quan, tổ chức nhận điện), one per line under ``… điện:``."""

    @property
    def addressed_line(self) -> str:
        """The line above the recipients: ``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:``."""
        return f"{self.sender} {form_layout('cong_dien').text('addressed')}"


class Invitation(TypedDocument):
    """An invitation (giấy mời), Phụ lục III, Mẫu 1.7: who is invited, to what, when, where."""

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **TypedDocument.vietnamese_keys,
        "nguoi_moi": "inviter",
        "kinh_moi": "invitee",
        "toi_du": "event",
        "chu_tri": "chair",
        "thoi_gian": "time",
        "dia_diem": "place",
    }

    type: Literal[DocumentType.GIAY_MOI] = DocumentType.GIAY_MOI
    """Document type (tên loại văn bản): always giấy mời."""
    inviter: Text | None = None
    """Who invites (cơ quan mời); the issuing agency's name when left out."""
    invitee: Text
    """Who is invited (người, cơ quan được mời), after ``trân trọng kính mời:``."""
    event: Text
    """The meeting or conference (tên, nội dung cuộc họp), after ``Tới dự``."""
    chair: Text | None = None
    """Who chairs it (chủ trì)."""
    time: DateTime
    """When it starts (thời gian), printed ``08 giờ 00, thứ Ba, ngày 15 tháng 12 năm 2026``."""
    place: Text
    """Where (địa điểm)."""
    body: Blocks = ()
    """Points to note (các vấn đề cần lưu ý), after the place."""

    @field_validator("time", mode="before")
    @classmethod
    def _written_time(cls, value: Any) -> Any:
        return _parse_time(value)

    def field_lines(self) -> tuple[str, ...]:
        """The lines the form prints for its fields (Mẫu 1.7), before the notes."""
        t = form_layout("giay_moi").texts
        lines = [
            f"{self.inviter or self.agency.name} {t['invites']} {self.invitee}",
            f"{t['event']} {self.event}",
            f"{t['chair']} {self.chair}" if self.chair else "",
            f"{t['time']} {format_time_date(self.time)}",
            f"{t['place']} {self.place}",
        ]
        return tuple(line for line in lines if line)


class Introduction(TypedDocument):
    """A letter of introduction (giấy giới thiệu), Phụ lục III, Mẫu 1.8: no trích yếu."""

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **TypedDocument.vietnamese_keys,
        "nguoi_gioi_thieu": "introducer",
        "ong_ba": "person",
        "chuc_vu": "position",
        "duoc_cu_den": "sent_to",
        "ve_viec": "purpose",
        "gia_tri_den": "valid_until",
    }

    type: Literal[DocumentType.GIAY_GIOI_THIEU] = DocumentType.GIAY_GIOI_THIEU
    """Document type (tên loại văn bản): always giấy giới thiệu."""
    subject: tuple[str, ...] = ()
    """Subject (trích yếu): the form has none, so it stays empty."""
    introducer: Text | None = None
    """Who introduces (cơ quan giới thiệu); the issuing agency's name when left out."""
    person: Text
    """Who is introduced (họ và tên người được giới thiệu)."""
    position: Text | None = None
    """Their position and unit (chức vụ, đơn vị công tác)."""
    sent_to: Text
    """Where they are sent (được cử đến: cơ quan, tổ chức)."""
    purpose: Text
    """What for (về việc)."""
    valid_until: Date
    """The last day the letter is valid (có giá trị đến hết ngày)."""
    body: Blocks = ()
    """Anything else the letter says (nội dung khác), before the closing sentences."""

    @field_validator("valid_until", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        return _parse_date(value)

    @field_validator("subject", mode="before")
    @classmethod
    def _no_subject(cls, value: Any) -> Any:
        return _no_subject(value, "giay_gioi_thieu")

    @property
    def introducer_line(self) -> str:
        """``Sở Nội vụ trân trọng giới thiệu:``, centred above the fields (Mẫu 1.8)."""
        t = form_layout("giay_gioi_thieu").texts
        return f"{self.introducer or self.agency.name} {t['introduces']}"

    def field_lines(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The lines the form prints before its free content, and the set lines after it."""
        t = form_layout("giay_gioi_thieu").texts
        before = [
            f"{t['person']} {self.person}",
            f"{t['position']} {self.position}" if self.position else "",
            f"{t['sent_to']} {self.sent_to}",
            f"{t['purpose']} {self.purpose}",
        ]
        after = (t["request"], f"{t['valid_until']} {format_date(self.valid_until)}")
        return tuple(line for line in before if line), after


class LeaveCertificate(TypedDocument):
    """A leave certificate (giấy nghỉ phép), Phụ lục III, Mẫu 1.10.

    It has no trích yếu, and a second signature where the place of leave confirms it
    (``confirmation``).
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **TypedDocument.vietnamese_keys,
        "ngay_don": "request_date",
        "ong_ba": "person",
        "chuc_vu": "position",
        "thoi_gian_nghi": "duration",
        "tu_ngay": "start",
        "den_ngay": "end",
        "noi_nghi": "place",
        "tinh_vao": "counted_as",
        "xac_nhan": "confirmation",
    }

    type: Literal[DocumentType.GIAY_NGHI_PHEP] = DocumentType.GIAY_NGHI_PHEP
    """Document type (tên loại văn bản): always giấy nghỉ phép."""
    subject: tuple[str, ...] = ()
    """Subject (trích yếu): the form has none, so it stays empty."""
    request_date: Date
    """The date of the request (ngày của đơn đề nghị nghỉ phép)."""
    person: Text
    """Who is granted leave (họ và tên người được cấp giấy)."""
    position: Text | None = None
    """Their position and unit (chức vụ, đơn vị công tác)."""
    duration: Text
    """How long (thời gian nghỉ): ``12 ngày``."""
    start: Date
    """First day of leave (kể từ ngày)."""
    end: Date
    """Last day of leave (đến hết ngày)."""
    place: Text
    """Where the leave is spent (nơi nghỉ phép)."""
    counted_as: Text
    """What the days count as (được tính vào thời gian): ``nghỉ phép năm 2026``."""
    confirmation: SignatureBlock | None = None
    """The second signature (xác nhận của cơ quan hoặc chính quyền địa phương nơi nghỉ
    phép), under the first, if needed; its title lines default to the sample's."""
    body: Blocks = ()
    """Anything else the certificate says (nội dung khác)."""

    @field_validator("request_date", "start", "end", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        return _parse_date(value)

    @field_validator("subject", mode="before")
    @classmethod
    def _no_subject(cls, value: Any) -> Any:
        return _no_subject(value, "giay_nghi_phep")

    def field_lines(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The lines the form prints before its free content, and the line after it."""
        t = form_layout("giay_nghi_phep").texts
        before = [
            f"{t['request']} {format_date(self.request_date)} {t['of_person']} {self.person}, "
            f"{self.agency.name} {t['grants']}",
            f"{t['person']} {self.person}",
            f"{t['position']} {self.position}" if self.position else "",
            f"{t['period']} {self.duration} {t['since']} {format_date(self.start)} "
            f"{t['until']} {format_date(self.end)} {t['at']} {self.place}.",
        ]
        return tuple(line for line in before if line), (f"{t['counted']} {self.counted_as}",)

    @field_validator("confirmation", mode="before")
    @classmethod
    def _default_title(cls, value: Any) -> Any:
        if isinstance(value, dict) and not any(k in value for k in ("lines", "dong")):
            title = form_layout("giay_nghi_phep").text("confirmation")
            return {"lines": [title], "seal": True, **value}
        return value

    @model_validator(mode="after")
    def _in_order(self) -> LeaveCertificate:
        if self.end < self.start:
            raise ValueError(
                f"end: the leave ends ({self.end.isoformat()}) before it starts "
                f"({self.start.isoformat()})"
            )
        return self


class Minutes(TypedDocument):
    """Minutes (biên bản), Phụ lục III, Mẫu 1.9.

    The sample prints no place-and-date line (``date`` may be left out); the secretary (THƯ
    KÝ) and the chair (CHỦ TỌA) sign side by side, Nơi nhận stands under the signatures.
    ``signature`` is the chair's and ``secretary_signature`` the secretary's; both default to
    the sample's title over the name given in ``chair`` and ``secretary``.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **TypedDocument.vietnamese_keys,
        "bat_dau": "started",
        "dia_diem": "place",
        "thanh_phan": "attendees",
        "chu_tri": "chair",
        "thu_ky": "secretary",
        "ket_thuc": "ended",
        "chu_ky_thu_ky": "secretary_signature",
    }

    type: Literal[DocumentType.BIEN_BAN] = DocumentType.BIEN_BAN
    """Document type (tên loại văn bản): always biên bản."""
    date: IssueDate | None = None
    """Date of the minutes (thời gian, ô 4), complete or a ``PartialDate``; the sample prints
    none, so it is printed only when given."""
    started: DateTime
    """When the meeting began (thời gian bắt đầu)."""
    place: Text
    """Where (địa điểm)."""
    attendees: Lines
    """Who attended (thành phần tham dự), one line each."""
    chair: Text
    """Who chaired (chủ trì, chủ tọa)."""
    secretary: Text
    """Who took the minutes (thư ký, người ghi biên bản)."""
    ended: DateTime | None = None
    """When the meeting ended (thời gian kết thúc)."""
    signature: SignatureBlock
    """The chair's signature block (chữ ký của chủ tọa), right; from ``chair`` if left out."""
    secretary_signature: SignatureBlock
    """The secretary's signature block (chữ ký của thư ký), left; from ``secretary``."""

    @field_validator("started", "ended", mode="before")
    @classmethod
    def _written_time(cls, value: Any) -> Any:
        return _parse_time(value)

    @model_validator(mode="before")
    @classmethod
    def _default_signatures(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        texts = form_layout("bien_ban").texts
        for field, vi_field, person, vi_person, title in (
            ("signature", "chu_ky", "chair", "chu_tri", texts["chair_title"]),
            ("secretary_signature", "chu_ky_thu_ky", "secretary", "thu_ky",
             texts["secretary_title"]),
        ):  # fmt: skip
            given = data.get(field, data.get(vi_field))
            name = data.get(person, data.get(vi_person))
            if given is None and isinstance(name, str):
                data[field] = {"lines": [title], "signer": name, "seal": field == "signature"}
            elif given is None:
                # No name to sign under: the missing (or wrong) chair or secretary is the
                # error to report, not the signature made from it. This stand-in never
                # reaches a model: without a str name, that field fails on its own.
                data[field] = {"lines": [title], "signer": title}
        return data

    @model_validator(mode="after")
    def _chair_and_secretary(self) -> Minutes:
        if self.ended is not None and self.ended < self.started:
            raise ValueError("ended: the meeting ends before it starts")
        return self

    def field_lines(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The opening lines of the minutes (Mẫu 1.9), in three groups.

        Time, place and the attendees' label (with the one attendee); the attendees as a
        dashed list when there are several; chair, secretary and the content's label.
        """
        t = form_layout("bien_ban").texts
        attendees = self.attendees
        label = f"{t['attendees']} {attendees[0]}" if len(attendees) == 1 else t["attendees"]
        head = (f"{t['started']} {format_time_date(self.started)}", f"{t['place']} {self.place}",
                label)  # fmt: skip
        listed = tuple(f"- {line}" for line in attendees) if len(attendees) > 1 else ()
        tail = (f"{t['chair']} {self.chair}", f"{t['secretary']} {self.secretary}", t["content"])
        return head, listed, tail

    @property
    def end_line(self) -> str | None:
        """``Cuộc họp kết thúc vào 16 giờ 30, ngày …``, or ``None`` without an end time."""
        if self.ended is None:
            return None
        t = form_layout("bien_ban").texts
        return f"{t['meeting']} {t['ended']} {format_time_date(self.ended, with_weekday=False)}"

    @property
    def place_date_line(self) -> str:
        """The place-and-date line, or ``""`` when the minutes print none (no date)."""
        return "" if self.date is None else super().place_date_line


def _no_subject(value: Any, key: str) -> Any:
    """Refuse a trích yếu given as a string or as lines; an empty one is dropped."""
    lines = value.splitlines() if isinstance(value, str) else value
    if isinstance(lines, list | tuple) and all(isinstance(line, str) for line in lines):
        if any(line.strip() for line in lines):
            form = form_layout(key)
            raise ValueError(
                f"a {form.title.lower()} has no trích yếu (its form, {form.sample}, prints "
                "none); leave subject out"
            )
        return ()
    return value


def _parse_time(value: Any) -> Any:
    """Accept ``dd/mm/yyyy hh:mm`` and the written ``08 giờ 00, ngày …`` beside ISO."""
    if isinstance(value, str):
        from vnadmin_docs.vietnamese import parse_time_date

        parsed = parse_time_date(value)
        if parsed is not None:
            return parsed
    return value
