"""Every file our renderer writes passes every rule of its standard (issue 9).

A property test over generated models, not a handful of examples: every document type in
its form's own model (công văn through :class:`vn.OfficialDispatch`; quyết định, nghị quyết,
công điện, giấy mời, giấy giới thiệu, giấy nghỉ phép, biên bản through theirs, with their
form's fields drawn; the others through :class:`vn.TypedDocument`), every combination of marks (none, each urgency, each
confidentiality level, circulation, all of them), subjects up to 200 characters, agency lines
long enough to wrap in their column, with and without a parent agency, appendices and a
contact block. The content is what a careful clerk would type — a correct notation, a
well-formed date, a signature block of the right authority — so that whatever the validator
finds is the layout's fault, not the input's: ``vn.validate`` of the .docx bytes must report
no failed rule of severity error.

The test runs once per document type, each with one of the mark combinations in turn and,
for every other type, a subject of exactly 200 characters; hypothesis draws the rest, two
examples a type (58 in all), without a deadline. Under CI (``CI`` set) the run is
derandomized, so that a red build is reproducible.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

import vnadmin_docs as vn
from tests.support.shared import in_ci
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.validate import Severity

# The issuing agencies: (name, lines as printed, abbreviation, parent lines). Long ones wrap
# in the header's left column, as "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" does at 12–13 pt.
AGENCIES = (
    ("Ủy ban nhân dân tỉnh Kon Tum", ("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"), "UBND", None),
    (
        "Sở Thông tin và Truyền thông tỉnh Kon Tum",
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG",),
        "STTTT",
        ("UBND TỈNH KON TUM",),
    ),
    ("Sở Tài chính tỉnh Kon Tum", ("SỞ TÀI CHÍNH",), "STC", ("ỦY BAN NHÂN DÂN TỈNH KON TUM",)),
    (
        "Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh Bà Rịa - Vũng Tàu",
        ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ",),
        "BQL",
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",),
    ),
    (
        "Trung tâm Công nghệ thông tin và Truyền thông",
        ("TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG",),
        "TTCNTT",
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG",),
    ),
    ("Bộ Nội vụ", None, "BNV", None),
)
PLACES = ("Kon Tum", "Hà Nội", "Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Đà Nẵng")

# Words of running text: lower case, so that no body name is written in a wrong case.
WORDS = (
    "triển khai", "thực hiện", "kế hoạch", "cải cách", "hành chính", "năm", "2025", "các",
    "đơn vị", "phối hợp", "báo cáo", "kết quả", "nhiệm vụ", "giải pháp", "nâng cao", "chất lượng",
    "hiệu quả", "công tác", "quản lý", "nhà nước", "trên", "địa bàn", "tỉnh", "theo", "quy định",
    "chuyển đổi số", "dịch vụ", "công", "trực tuyến", "người dân", "doanh nghiệp", "và",
)  # fmt: skip
phrase = st.lists(st.sampled_from(WORDS), min_size=2, max_size=14).map(" ".join)


@st.composite
def subjects(draw: st.DrawFn, exact: bool) -> str:
    """A trích yếu cut at a word: exactly 200 characters, or 10–80 or 150–200."""
    limit = 200 if exact else draw(st.one_of(st.integers(10, 80), st.integers(150, 200)))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=40, max_size=60))
    text = words[0]
    for word in words[1:]:
        if len(text) + len(word) + 1 > limit:
            break
        text = f"{text} {word}"
    missing = 200 - len(text)
    if exact and missing >= 2:  # a number of the right length closes it
        text = f"{text} {10 ** (missing - 2)}"
    assert len(text) <= 200 and (not exact or len(text) >= 199), text
    return text[0].upper() + text[1:]


CIRCULATION = ("XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ")
# none / each urgency / each confidentiality / circulation / all three: each document type
# is given one of these in turn, so that a run covers every type and every combination.
MARKS: tuple[dict[str, object], ...] = (
    {},
    *({"urgency": u} for u in vn.Urgency),
    *({"confidentiality": c} for c in vn.Confidentiality),
    {"circulation": CIRCULATION[0]},
    {"urgency": vn.Urgency.HOA_TOC, "confidentiality": vn.Confidentiality.TUYET_MAT,
     "circulation": CIRCULATION[1]},
)  # fmt: skip


def _marks_id(marks: dict[str, object]) -> str:
    """``no-marks``, ``THUONG_KHAN``, ``MAT+circulation``: ASCII, for the test's id."""
    parts = [getattr(v, "name", k) for k, v in marks.items()]
    return "+".join(parts) or "no-marks"


CASES = [
    (kind, MARKS[i % len(MARKS)], i % 2 == 0)  # every other type has a 200-character subject
    for i, kind in enumerate(vn.DocumentType)
]


SIGNATURES = (
    (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Nguyễn Văn An"),
    (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Trần Thị Bình"),
    (("GIÁM ĐỐC",), "Lê Văn Cường"),
    (("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Phạm Thị Dung"),
    (("TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"), "Hoàng Văn Em"),
)


@st.composite
def bodies(draw: st.DrawFn, kind: vn.DocumentType) -> list[vn.Block]:
    return [
        vn.Paragraph.model_validate(draw(phrase).capitalize())
        for _ in range(draw(st.integers(1, 4)))
    ]


@st.composite
def documents(
    draw: st.DrawFn, kind: vn.DocumentType, marks: dict[str, object], exact: bool
) -> vn.Document:
    """A document of ``kind`` with ``marks``, its other parts drawn."""
    name, lines, abbreviation, parent = draw(st.sampled_from(AGENCIES))
    agency = vn.Agency(
        name=name,
        lines=lines,
        parent=None if parent is None else vn.ParentAgency(name=parent[0].title(), lines=parent),
        abbreviation=abbreviation,
        place=draw(st.sampled_from(PLACES)),
        contact=draw(
            st.sampled_from(
                [
                    None,
                    ("Số 12 đường Trần Hưng Đạo, thành phố Kon Tum; ĐT: 0260.3862 000",),
                    (
                        "Số 12 đường Trần Hưng Đạo, thành phố Kon Tum; ĐT: 0260.3862 000",
                        "E-mail: vanphong@kontum.gov.vn; Website: kontum.gov.vn",
                    ),
                ]
            )
        ),
    )
    type_part = kind.abbreviation
    notation = f"{type_part}-{abbreviation}" if type_part else f"{abbreviation}-VP"
    number = vn.DocumentNumber(serial=draw(st.integers(1, 9999)), notation=notation)
    day = draw(st.dates(date(2021, 1, 1), date(2030, 12, 31)))
    titles, signer = draw(st.sampled_from(SIGNATURES))
    signature = vn.SignatureBlock.model_validate({"lines": list(titles), "signer": signer})
    distribution = vn.Distribution(
        entries=[vn.Addressee(name="Như trên")] if kind is vn.DocumentType.CONG_VAN else [],
        archive=("VT", "VP"),
        drafter=draw(st.sampled_from([None, "NVA"])),
        copies=draw(st.sampled_from([None, 20])),
    )
    appendices = draw(st.integers(0, 2))
    numerals = ("I", "II")
    attachments = [
        vn.Attachment(
            kind=vn.AttachmentKind.APPENDIX,
            label=f"Phụ lục {numerals[i]}" if appendices > 1 else "Phụ lục",
            title=[draw(phrase).upper()],
            body=[vn.Paragraph.model_validate(draw(phrase).capitalize())],
        )
        for i in range(appendices)
    ]
    fields = {
        "agency": agency,
        "number": number,
        "date": day,
        "subject": [draw(subjects(exact))],
        "body": draw(bodies(kind)),
        "signature": signature,
        "distribution": distribution,
        "marks": vn.Marks.model_validate(marks),
        "attachments": attachments,
    }
    if kind is vn.DocumentType.CONG_VAN:
        recipients = draw(st.lists(phrase, min_size=1, max_size=3, unique=True))
        return vn.OfficialDispatch(
            recipients=[vn.Addressee(name=r[0].upper() + r[1:]) for r in recipients], **fields
        )
    return _form(draw, kind, fields)


def _sentence(draw: st.DrawFn) -> str:
    return draw(phrase).capitalize()


def _form(draw: st.DrawFn, kind: vn.DocumentType, fields: dict[str, object]) -> vn.Document:
    """The document in its form's own model (Phụ lục III), its form's fields drawn."""
    T = vn.DocumentType
    moment = st.datetimes(datetime(2021, 1, 1), datetime(2030, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    )
    if kind in (T.QUYET_DINH, T.NGHI_QUYET):
        articles = [
            {"title": _sentence(draw)} if draw(st.booleans()) else {"text": _sentence(draw)}
            for _ in range(draw(st.integers(1, 3)))
        ]
        articles[0]["clauses"] = [
            {"text": _sentence(draw), "points": [_sentence(draw)] * draw(st.integers(0, 2))}
            for _ in range(draw(st.integers(0, 2)))
        ]
        cls = vn.Decision if kind is T.QUYET_DINH else vn.Resolution
        proposal = draw(st.sampled_from([None, "Giám đốc Sở Nội vụ"]))
        end = ";" if proposal else "."  # the last line of the căn cứ block ends with "."
        return cls.model_validate({
            **fields,
            "body": [],
            "authority": draw(st.sampled_from([None, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM"])),
            "bases": [f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025{end}"],
            "proposal": proposal,
            "articles": articles,
        })  # fmt: skip
    if kind is T.CONG_DIEN:
        recipients = draw(st.lists(phrase, min_size=1, max_size=3, unique=True))
        return vn.Telegram.model_validate({
            **fields,
            "sender": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "recipients": [r[0].upper() + r[1:] for r in recipients],
        })  # fmt: skip
    if kind is T.GIAY_MOI:
        return vn.Invitation.model_validate({
            **fields,
            "invitee": _sentence(draw), "event": _sentence(draw),
            "chair": draw(st.sampled_from([None, "Giám đốc Sở Nội vụ"])),
            "time": draw(moment), "place": "Hội trường Sở Nội vụ",
        })  # fmt: skip
    if kind is T.GIAY_GIOI_THIEU:
        return vn.Introduction.model_validate({
            **fields, "subject": [], "body": [],
            "person": "Nguyễn Văn E", "position": "Chuyên viên",
            "sent_to": _sentence(draw), "purpose": _sentence(draw),
            "valid_until": draw(st.dates(date(2021, 1, 1), date(2030, 12, 31))),
        })  # fmt: skip
    if kind is T.GIAY_NGHI_PHEP:
        start = draw(st.dates(date(2021, 1, 1), date(2030, 12, 1)))
        return vn.LeaveCertificate.model_validate({
            **fields, "subject": [], "body": [],
            "request_date": start, "person": "Nguyễn Văn E", "duration": "10 ngày",
            "start": start, "end": start, "place": "xã Ngọc Hồi",
            "counted_as": "nghỉ phép năm",
            "confirmation": draw(st.sampled_from([None, {"signer": "Trần Văn F"}])),
        })  # fmt: skip
    if kind is T.BIEN_BAN:
        started = draw(moment)
        return vn.Minutes.model_validate({
            **{k: v for k, v in fields.items() if k != "signature"},
            "date": draw(st.sampled_from([None, fields["date"]])),
            "started": started, "place": "Phòng họp số 2",
            "attendees": [_sentence(draw) for _ in range(draw(st.integers(1, 3)))],
            "chair": "Nguyễn Văn An", "secretary": "Trần Thị Bình",
        })  # fmt: skip
    return vn.TypedDocument(type=kind, **fields)


@pytest.mark.parametrize(
    ("kind", "marks", "exact"),
    CASES,
    ids=[f"{k.value}-{_marks_id(m)}{'-200' if e else ''}" for k, m, e in CASES],
)
@settings(
    max_examples=2,  # × 29 document types: 58 examples
    deadline=None,
    derandomize=in_ci(),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # no shrinking: one render and validation takes 50–100 ms and a failing case would shrink
    # for minutes per document type; the failing model is printed whole, as YAML, instead
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(data=st.data())
def test_every_file_we_write_passes_its_standard(kind, marks, exact, data):
    document = data.draw(documents(kind, marks, exact), label="document")
    report = vn.validate(docx_bytes(document))
    errors = [f for f in report.failures if f.severity is Severity.ERROR]
    if errors:
        note(vn.dumps(document, "yaml"))
    assert not errors, (
        f"our {document.type.value} breaks {len(errors)} rule(s) of {report.standard_title}:\n"
        + "\n".join(f"  {f.code} {f.name}: {f.message} ({f.locator})" for f in errors)
    )
