"""Document types and documents (văn bản hành chính): the base model and the công văn."""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime as DateTime
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from vnadmin_docs.models.base import VnModel
from vnadmin_docs.models.body import Blocks
from vnadmin_docs.models.components import (
    Addressees,
    Agency,
    Distribution,
    DocumentNumber,
    IssueDate,
    Lines,
    Marks,
    ParentAgency,
    SignatureBlock,
    Text,
)
from vnadmin_docs.vietnamese import format_date, upper

__all__ = [
    "Attachment",
    "AttachmentKind",
    "CoIssuer",
    "CopyKind",
    "Document",
    "DocumentCopy",
    "DocumentType",
    "OfficialDispatch",
    "TypedDocument",
]


class DocumentType(str, Enum):
    """The 29 types of administrative document (tên loại văn bản), Decree 30/2020, Điều 7.

    The value is an ASCII key for files; :attr:`title` is the Vietnamese name and
    :attr:`abbreviation` the official abbreviation of Phụ lục III, Mục I (case matters:
    ``QyĐ``, ``TTr``). Công văn and thư công have none.
    """

    NGHI_QUYET = "nghi_quyet"
    QUYET_DINH = "quyet_dinh"
    CHI_THI = "chi_thi"
    QUY_CHE = "quy_che"
    QUY_DINH = "quy_dinh"
    THONG_CAO = "thong_cao"
    THONG_BAO = "thong_bao"
    HUONG_DAN = "huong_dan"
    CHUONG_TRINH = "chuong_trinh"
    KE_HOACH = "ke_hoach"
    PHUONG_AN = "phuong_an"
    DE_AN = "de_an"
    DU_AN = "du_an"
    BAO_CAO = "bao_cao"
    BIEN_BAN = "bien_ban"
    TO_TRINH = "to_trinh"
    HOP_DONG = "hop_dong"
    CONG_VAN = "cong_van"
    CONG_DIEN = "cong_dien"
    BAN_GHI_NHO = "ban_ghi_nho"
    BAN_THOA_THUAN = "ban_thoa_thuan"
    GIAY_UY_QUYEN = "giay_uy_quyen"
    GIAY_MOI = "giay_moi"
    GIAY_GIOI_THIEU = "giay_gioi_thieu"
    GIAY_NGHI_PHEP = "giay_nghi_phep"
    PHIEU_GUI = "phieu_gui"
    PHIEU_CHUYEN = "phieu_chuyen"
    PHIEU_BAO = "phieu_bao"
    THU_CONG = "thu_cong"

    @property
    def vietnamese_name(self) -> str:
        """The Vietnamese name in normal case: ``Quyết định``, ``Công văn``."""
        return _TYPE_TABLE[self][0]

    @property
    def abbreviation(self) -> str | None:
        """The official abbreviation (chữ viết tắt tên loại), or ``None`` for công văn, thư công."""
        return _TYPE_TABLE[self][1]


# Decree 30/2020, Điều 7 (the list) and Phụ lục III, Mục I (the abbreviations).
_TYPE_TABLE: dict[DocumentType, tuple[str, str | None]] = {
    DocumentType.NGHI_QUYET: ("Nghị quyết", "NQ"),
    DocumentType.QUYET_DINH: ("Quyết định", "QĐ"),
    DocumentType.CHI_THI: ("Chỉ thị", "CT"),
    DocumentType.QUY_CHE: ("Quy chế", "QC"),
    DocumentType.QUY_DINH: ("Quy định", "QyĐ"),
    DocumentType.THONG_CAO: ("Thông cáo", "TC"),
    DocumentType.THONG_BAO: ("Thông báo", "TB"),
    DocumentType.HUONG_DAN: ("Hướng dẫn", "HD"),
    DocumentType.CHUONG_TRINH: ("Chương trình", "CTr"),
    DocumentType.KE_HOACH: ("Kế hoạch", "KH"),
    DocumentType.PHUONG_AN: ("Phương án", "PA"),
    DocumentType.DE_AN: ("Đề án", "ĐA"),
    DocumentType.DU_AN: ("Dự án", "DA"),
    DocumentType.BAO_CAO: ("Báo cáo", "BC"),
    DocumentType.BIEN_BAN: ("Biên bản", "BB"),
    DocumentType.TO_TRINH: ("Tờ trình", "TTr"),
    DocumentType.HOP_DONG: ("Hợp đồng", "HĐ"),
    DocumentType.CONG_VAN: ("Công văn", None),
    DocumentType.CONG_DIEN: ("Công điện", "CĐ"),
    DocumentType.BAN_GHI_NHO: ("Bản ghi nhớ", "BGN"),
    DocumentType.BAN_THOA_THUAN: ("Bản thỏa thuận", "BTT"),
    DocumentType.GIAY_UY_QUYEN: ("Giấy ủy quyền", "GUQ"),
    DocumentType.GIAY_MOI: ("Giấy mời", "GM"),
    DocumentType.GIAY_GIOI_THIEU: ("Giấy giới thiệu", "GGT"),
    DocumentType.GIAY_NGHI_PHEP: ("Giấy nghỉ phép", "GNP"),
    DocumentType.PHIEU_GUI: ("Phiếu gửi", "PG"),
    DocumentType.PHIEU_CHUYEN: ("Phiếu chuyển", "PC"),
    DocumentType.PHIEU_BAO: ("Phiếu báo", "PB"),
    DocumentType.THU_CONG: ("Thư công", None),
}


class CopyKind(str, Enum):
    """Kinds of copy (hình thức bản sao), Decree 30/2020, Điều 25 and Phụ lục III, Mục I."""

    SAO_Y = "SY"
    """Bản sao y: a copy of the original."""
    TRICH_SAO = "TrS"
    """Bản trích sao: an extract, re-typed."""
    SAO_LUC = "SL"
    """Bản sao lục: a copy made from a sao y."""

    @property
    def words(self) -> str:
        """The words printed on the copy (hình thức sao): ``SAO Y``, ``TRÍCH SAO``, ``SAO LỤC``."""
        return _COPY_WORDS[self]

    @classmethod
    def _missing_(cls, value: object) -> CopyKind | None:
        if isinstance(value, str):
            wanted = " ".join(value.split()).upper()
            for kind in cls:
                if wanted in (kind.value.upper(), kind.words, kind.name.replace("_", " ")):
                    return kind
        return None


_COPY_WORDS = {
    CopyKind.SAO_Y: "SAO Y",
    CopyKind.TRICH_SAO: "TRÍCH SAO",
    CopyKind.SAO_LUC: "SAO LỤC",
}


def _parse_date(value: Any) -> Any:
    """Accept ``dd/mm/yyyy`` as Vietnamese writers do, beside ISO ``yyyy-mm-dd``."""
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", value)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return Date(year, month, day)
            except ValueError as error:
                raise ValueError(
                    f"{value.strip()!r} is not a date of the calendar ({error})"
                ) from None
    return value


class AttachmentKind(str, Enum):
    """What an attached text is (loại văn bản kèm theo)."""

    OUTLINE = "outline"
    """Đề cương: an outline the recipients are to follow."""
    APPENDIX = "appendix"
    """Phụ lục: an appendix."""
    ISSUED = "issued"
    """Văn bản được ban hành kèm theo: the quy chế, quy định, đề án… a quyết định issues
    (Phụ lục III, Mẫu 1.3): its own header, type name and trích yếu, no signature."""


class Attachment(VnModel):
    """A text attached to a document (văn bản kèm theo): an outline (đề cương) or appendix.

    Its reference line ``(Kèm theo Công văn số … ngày … của …)`` is not stored: renderers
    derive it from the parent document with :meth:`Document.reference_line`.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "loai": "kind",
        "nhan": "label",
        "tieu_de": "title",
        "noi_dung": "body",
        "kho_ngang": "landscape",
        "ten_loai": "type",
    }

    kind: AttachmentKind = AttachmentKind.APPENDIX
    """Outline (đề cương), appendix (phụ lục) or issued text (văn bản ban hành kèm theo)."""
    type: DocumentType | None = None
    """The issued text's type (tên loại: quy chế, quy định, đề án…); only for ``issued``."""
    label: str | None = None
    """Label line above the title (số phụ lục), e.g. ``Phụ lục I``."""
    title: Lines
    """Title (tên phụ lục, đề cương) in capitals, each line as the author broke it; for an
    issued text, its trích yếu in normal case."""
    body: Blocks = ()
    """Content (nội dung)."""
    end_mark: str | None = None
    """Mark that ends the text (dấu kết thúc), if any: ``./.``."""
    landscape: bool = False
    """Set on landscape pages (trình bày theo chiều ngang), for a wide table: Decree 30
    allows it for tables and charts (Phụ lục I, Phần I, Mục I, khoản 2)."""

    @field_validator("type", mode="before")
    @classmethod
    def _type_by_name(cls, value: Any) -> Any:
        return _document_type(value)

    @model_validator(mode="after")
    def _issued_has_type(self) -> Attachment:
        if self.kind is AttachmentKind.ISSUED:
            if self.type is None:
                raise ValueError(
                    "an issued text (văn bản ban hành kèm theo) needs its type (ten_loai: "
                    "quy_che, quy_dinh, de_an…), printed as its type name"
                )
            if self.label is not None:
                raise ValueError("an issued text has a type name, not a label (nhan)")
        elif self.type is not None:
            raise ValueError(
                f"only an issued text (loai: issued) has a type, not an {self.kind.value}"
            )
        return self

    @property
    def type_name(self) -> str | None:
        """The issued text's type name as printed (``QUY CHẾ``), else ``None``."""
        return None if self.type is None else upper(self.type.vietnamese_name)


def _document_type(value: Any) -> Any:
    """Accept a type's key or its Vietnamese name (``quy_che``, ``Quy chế``)."""
    if isinstance(value, str) and not isinstance(value, DocumentType):
        folded = " ".join(value.split()).casefold()
        for doc_type in DocumentType:
            if folded in (doc_type.value, doc_type.vietnamese_name.casefold()):
                return doc_type
    return value


class DocumentCopy(VnModel):
    """What makes a document a copy (bản sao): Decree 30/2020, Điều 25–27 and Phụ lục I, Phần II.

    The copied document is the one that holds this block: it keeps its own number, date and
    signature; the copy adds its kind (SAO Y, TRÍCH SAO, SAO LỤC), the copying agency, the
    copy's own number (``05/SY-VP``), place and date, signature and Nơi nhận (Mẫu 3.1). An
    electronic copy (Mẫu 3.2) prints only a line at the top right of the first page: the
    kind, the copying agency and the time of its digital signature.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "hinh_thuc": "kind",
        "co_quan": "agency",
        "so_ky_hieu": "number",
        "ngay": "date",
        "chu_ky": "signature",
        "noi_nhan": "distribution",
        "dien_tu": "electronic",
        "thoi_gian_ky": "signed_at",
    }

    kind: CopyKind
    """Kind of copy (hình thức sao): SY (sao y), TrS (trích sao), SL (sao lục)."""
    agency: Agency
    """The agency that makes the copy (cơ quan, tổ chức sao văn bản)."""
    number: DocumentNumber | None = None
    """The copy's number (số, ký hiệu bản sao): ``05/SY-VP``; for a paper copy."""
    date: IssueDate | None = None
    """Date of the copy (thời gian sao); a ``PartialDate`` while the day (or month) is left
    blank; ``None`` until Văn thư dates it."""
    signature: SignatureBlock | None = None
    """Who signs the copy (người có thẩm quyền sao văn bản); for a paper copy."""
    distribution: Distribution = Field(default_factory=Distribution)
    """Where the copy goes (nơi nhận bản sao)."""
    electronic: bool = False
    """An electronic copy (bản sao sang định dạng điện tử, Mẫu 3.2) instead of paper."""
    signed_at: DateTime | None = None
    """When the copying agency signed digitally (thời gian ký số): electronic copies."""

    @model_validator(mode="after")
    def _complete(self) -> DocumentCopy:
        if self.electronic:
            return self
        missing = [name for name in ("number", "signature") if getattr(self, name) is None]
        if missing:
            raise ValueError(
                f"a paper copy (bản sao giấy) carries its own {' and '.join(missing)} "
                "(số, ký hiệu bản sao; chữ ký của người có thẩm quyền sao)"
            )
        assert self.number is not None
        if self.number.groups[0].casefold() != self.kind.value.casefold():
            raise ValueError(
                f"the copy's notation {self.number.notation!r} starts with its kind's "
                f"abbreviation, e.g. '{self.kind.value}-{self.agency.abbreviation or 'VP'}'"
            )
        return self

    @property
    def place_date_line(self) -> str:
        """The copy's place-and-date line (địa danh và thời gian sao)."""
        from vnadmin_docs.vietnamese import format_place_date

        return format_place_date(self.agency.place, self.date)


class CoIssuer(VnModel):
    """Another issuer of a joint document (cơ quan liên tịch, bên ký kết), with its signature.

    A văn bản liên tịch prints every issuer in the header and one signature block per issuer
    side by side; a hợp đồng or bản ghi nhớ between two parties signs side by side too (set
    ``in_header`` false when only the first party's name heads the page).
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "ten": "name",
        "dong": "lines",
        "co_quan_chu_quan": "parent",
        "viet_tat": "abbreviation",
        "chu_ky": "signature",
        "o_dau_trang": "in_header",
    }

    name: Text
    """Full name of the issuer (tên cơ quan, tổ chức)."""
    lines: Lines | None = None
    """The name as printed in the header (dòng tên trong phần đầu), as the author broke it."""
    parent: ParentAgency | None = None
    """Its governing body (cơ quan chủ quản), if printed."""
    abbreviation: Annotated[str, Field(pattern=r"^[^\W_]+$")] | None = None
    """Abbreviation (chữ viết tắt tên cơ quan) used in the joint notation: ``BNV``."""
    signature: SignatureBlock
    """The issuer's signature block (chữ ký của cơ quan liên tịch)."""
    in_header: bool = True
    """Whether the issuer's name stands in the header (phần đầu) beside the first issuer's."""

    @property
    def header_lines(self) -> tuple[str, ...]:
        """The name's lines as printed in the header."""
        return self.lines if self.lines is not None else (upper(self.name),)


class Document(VnModel):
    """The parts every administrative document has (thể thức văn bản hành chính).

    Concrete classes (:class:`OfficialDispatch`, and the other types to come) fix ``type``
    and add the parts of their own layout.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "loai": "type",
        "co_quan": "agency",
        "so_ky_hieu": "number",
        "ngay": "date",
        "trich_yeu": "subject",
        "noi_dung": "body",
        "dau_ket_thuc": "end_mark",
        "chu_ky": "signature",
        "noi_nhan": "distribution",
        "dau_chi_dan": "marks",
        "phu_luc": "attachments",
        "ban_sao": "copying",
        "copy": "copying",
        "lien_tich": "co_issuers",
    }

    type: DocumentType
    """Document type (tên loại văn bản)."""
    agency: Agency
    """Issuing agency (cơ quan, tổ chức ban hành), ô 2; its place name goes in ô 4."""
    number: DocumentNumber
    """Number and notation (số, ký hiệu), ô 3."""
    date: IssueDate | None
    """Date of issue (thời gian ban hành), ô 4: a date; a ``PartialDate`` (the year, maybe
    the month) while a draft leaves the day blank; ``None`` before Văn thư dates it."""
    subject: Lines
    """Subject (trích yếu nội dung), ô 5, each line as the author broke it."""
    body: Blocks
    """Content (nội dung văn bản), ô 6."""
    end_mark: str | None = "./."
    """Mark after the last word of the body (dấu kết thúc): ``./.``; ``None`` if not printed."""
    signature: SignatureBlock
    """Signature block (chức vụ, họ tên và chữ ký), ô 7 and 8."""
    distribution: Distribution = Field(default_factory=Distribution)
    """Distribution list (nơi nhận), ô 9b, with the archive line and ô 12."""
    marks: Marks = Field(default_factory=Marks)
    """Confidentiality, urgency and circulation marks (ô 10a, 10b, 11)."""
    attachments: tuple[Attachment, ...] = ()
    """Attached texts (văn bản kèm theo): outlines, appendices, issued texts."""
    copying: DocumentCopy | None = None
    """Set when this is a copy (bản sao) of the document: the copy's own block. Input may
    call it ``copy`` or ``ban_sao``."""
    co_issuers: tuple[CoIssuer, ...] = ()
    """The other issuers of a joint document (văn bản liên tịch), each with its signature."""

    @model_validator(mode="after")
    def _copy_names_the_original(self) -> Document:
        if self.copying is not None and (self.number.serial is None or self.date is None):
            what = "number (số)" if self.number.serial is None else "date (ngày ban hành)"
            raise ValueError(
                f"copying: a copy (bản sao) is made of an issued document, but the original has "
                f"no {what}; give the original's number and date"
            )
        return self

    @property
    def place_date_line(self) -> str:
        """The place-and-date line (địa danh và thời gian ban hành), ô 4."""
        from vnadmin_docs.vietnamese import format_place_date

        return format_place_date(self.agency.place, self.date)

    def reference_line(self) -> str:
        """The line that ties an attachment to this document, without its brackets.

        >>> from vnadmin_docs.examples import kontum_2452
        >>> print(kontum_2452().reference_line())
        Kèm theo Công văn số 2452/UBND-TH ngày 01 tháng 10 năm 2018 của Ủy ban nhân dân tỉnh Kon Tum
        """
        when = "" if self.date is None else f" {format_date(self.date)}"
        kind = self.type.vietnamese_name
        return f"Kèm theo {kind} số {self.number.value}{when} của {self.agency.name}"

    @property
    def subject_lines(self) -> tuple[str, ...]:
        """The subject's lines as printed (the công văn adds its ``V/v``)."""
        return self.subject


class OfficialDispatch(Document):
    """An official dispatch (công văn), Decree 30/2020, Phụ lục III, Mẫu 1.5.

    It has no type name in its header: the subject is the ``V/v …`` line under the number
    (ô 5b), and the recipients stand after ``Kính gửi:`` (ô 9a).
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **Document.vietnamese_keys,
        "kinh_gui": "recipients",
    }

    type: Literal[DocumentType.CONG_VAN] = DocumentType.CONG_VAN
    """Document type (tên loại văn bản): always công văn."""
    recipients: Annotated[Addressees, Field(min_length=1)]
    """Recipients after ``Kính gửi:`` (ô 9a): one, or several."""

    @model_validator(mode="after")
    def _canonical(self) -> OfficialDispatch:
        first, *rest = self.subject
        if first.startswith("V/v "):  # the "V/v" is printed by the layout, not stored
            object.__setattr__(self, "subject", (first.removeprefix("V/v ").strip(), *rest))
        several = len(self.recipients) > 1
        last = len(self.recipients) - 1
        recipients = tuple(
            r.model_copy(update={"punctuation": None})
            if several and r.punctuation == ("." if i == last else ";")
            else r
            for i, r in enumerate(self.recipients)
        )
        if recipients != self.recipients:
            object.__setattr__(self, "recipients", recipients)
        return self

    @property
    def subject_lines(self) -> tuple[str, ...]:
        """The subject's lines as printed, the first starting with ``V/v``."""
        first, *rest = self.subject
        if not first.startswith("V/v"):
            first = f"V/v {first}"
        return (first, *rest)


class TypedDocument(Document):
    """A document with a type name (văn bản có tên loại): quyết định, tờ trình, báo cáo.

    Decree 30/2020, Phụ lục III, Mẫu 1.4: the type name in capitals and the subject under it
    (ô 5a) with a short rule, then the bases (căn cứ) where the type has them, the body.
    Tờ trình and báo cáo sent upward may have a Kính gửi (ô 9a).
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        **Document.vietnamese_keys,
        "kinh_gui": "recipients",
        "can_cu": "bases",
    }

    recipients: Addressees = ()
    """Recipients after ``Kính gửi:`` (ô 9a), for a tờ trình or báo cáo sent upward."""
    bases: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    """The bases (căn cứ ban hành), one per line, italic, under the subject."""

    @field_validator("type")
    @classmethod
    def _not_a_dispatch(cls, value: DocumentType) -> DocumentType:
        if value is DocumentType.CONG_VAN:
            raise ValueError("a công văn has no type name: use OfficialDispatch")
        return value

    @property
    def type_name(self) -> str:
        """The type name as printed: ``QUYẾT ĐỊNH``."""
        return upper(self.type.vietnamese_name)
