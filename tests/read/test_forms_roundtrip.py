"""read(render(form)) == form: every form of Phụ lục III, copies and joint documents.

The examples of ``examples/forms`` and models hypothesis makes up for each form class are
rendered to .docx and read back with :func:`vnadmin_docs.read`; the reading must give the
model back exactly, fields the page prints (labels of ``templates/forms.toml``) and fields
it does not (kept in the file's hidden property) alike.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnadmin_docs as vn
from vnadmin_docs.render.docx import docx_bytes

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "forms").glob("*.yaml"))
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["Sở", "Tài", "chính", "Ủy", "ban", "nhân", "dân", "tỉnh", "Kon", "Tum", "kế", "hoạch",
         "triển", "khai", "thực", "hiện", "nông", "thôn", "mới", "báo", "cáo", "năm", "2026",
         "các", "đơn", "vị", "phối", "hợp", "“Đổi", "mới”", "&", "<b>"]  # fmt: skip
UNITS = ["Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân tỉnh Kon Tum", "Văn phòng Chính phủ"]
PLACES = ["Kon Tum", "Hà Nội", "Đà Nẵng"]
TITLES = ["GIÁM ĐỐC", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]

text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)
sentence = text.map(lambda t: t[:1].upper() + t[1:] + ".")
upper_line = st.lists(st.sampled_from(["SỞ", "TÀI", "CHÍNH", "ỦY", "BAN", "NHÂN", "DÂN", "TỈNH",
                                       "KON", "TUM"]), min_size=1, max_size=5).map(" ".join)  # fmt: skip
days = st.dates(date(2021, 1, 1), date(2030, 12, 31))
moments = st.datetimes(datetime(2021, 1, 1), datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
paragraphs = st.lists(sentence.map(lambda t: vn.Paragraph(runs=[vn.Run(text=t)])), min_size=1,
                      max_size=2)  # fmt: skip
body = st.one_of(st.just([]), paragraphs)


def read_back(model: vn.Document) -> vn.Document:
    return vn.read(docx_bytes(model)).document


@st.composite
def agencies(draw: st.DrawFn, place: bool = True) -> vn.Agency:
    return vn.Agency(
        name=draw(st.sampled_from(UNITS)),
        lines=draw(st.one_of(st.none(), st.lists(upper_line, min_size=1, max_size=2))),
        parent=draw(st.one_of(st.none(), st.sampled_from(UNITS).map(
            lambda n: vn.ParentAgency(name=n)))),
        abbreviation=draw(st.sampled_from([None, "STC", "SNV"])),
        place=draw(st.sampled_from(PLACES)),
    )  # fmt: skip


@st.composite
def signatures(draw: st.DrawFn) -> vn.SignatureBlock:
    authority = draw(st.sampled_from([None, vn.Authority.KT, vn.Authority.TL]))
    title = draw(st.sampled_from(TITLES))
    lines = [vn.TitleLine(authority=authority, title=title)]
    if authority is vn.Authority.KT:
        lines.append(vn.TitleLine(title="PHÓ " + title))
    return vn.SignatureBlock(
        lines=lines,
        signer=draw(st.sampled_from(["Nguyễn Văn A", "Trần Thị Bình"])),
        seal=draw(st.booleans()),
        digital_signature=draw(st.booleans()),
    )


distributions = st.builds(
    vn.Distribution,
    entries=st.lists(text, max_size=2),
    archive=st.sampled_from([("VT",), ("VT", "TH")]),
)


@st.composite
def common(draw: st.DrawFn, kind: str, dated: bool = True) -> dict[str, object]:
    """The parts every document has, for a form of type ``kind``."""
    doc_type = vn.DocumentType(kind)
    return {
        "agency": draw(agencies()),
        "number": vn.DocumentNumber(
            serial=draw(st.integers(1, 999)), notation=f"{doc_type.abbreviation}-SNV"
        ),
        "date": draw(days) if dated else None,
        "signature": draw(signatures()),
        "distribution": draw(distributions),
        "end_mark": draw(st.sampled_from(["./.", None])),
    }


# ---------------------------------------------------------------------------- the examples


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_reads_back_exactly(path: Path) -> None:
    model = vn.load(path)
    reading = vn.read(docx_bytes(model))
    assert type(reading.document) is type(model)
    assert reading.document == model


def test_the_examples_cover_every_form() -> None:
    kinds = {type(vn.load(path)).__name__ for path in EXAMPLES}
    assert {"Decision", "Resolution", "Telegram", "Invitation", "Introduction",
            "LeaveCertificate", "Minutes"} <= kinds  # fmt: skip


# ---------------------------------------------------------------------------- properties

points = st.lists(text, min_size=1, max_size=3)


@st.composite
def clauses(draw: st.DrawFn) -> vn.Clause:
    title = draw(st.one_of(st.none(), text))
    words = draw(st.one_of(st.none(), sentence))
    found = draw(st.one_of(st.just([]), points))
    if not (title or words or found):
        words = "Nội dung khoản."
    return vn.Clause(title=title, text=words, points=[vn.Point(text=p) for p in found])


@st.composite
def articles(draw: st.DrawFn) -> vn.Article:
    title = draw(st.one_of(st.none(), text))
    words = draw(st.one_of(st.none(), sentence))
    found = draw(st.lists(clauses(), max_size=3))
    if not (title or words or found):
        words = "Nội dung điều."
    return vn.Article(title=title, text=words, clauses=found)


issued = st.builds(
    vn.Attachment,
    kind=st.just(vn.AttachmentKind.ISSUED),
    type=st.sampled_from([vn.DocumentType.QUY_CHE, vn.DocumentType.QUY_DINH]),
    title=st.lists(text, min_size=1, max_size=2),
    body=paragraphs,
)


@st.composite
def enacting(draw: st.DrawFn, cls: type[vn.Decision] | type[vn.Resolution]) -> vn.Document:
    kind = "quyet_dinh" if cls is vn.Decision else "nghi_quyet"
    return cls(
        **draw(common(kind)),
        subject=draw(st.lists(text, min_size=1, max_size=2)),
        authority=draw(st.one_of(st.none(), st.lists(upper_line, min_size=1, max_size=2))),
        bases=draw(st.lists(text.map(lambda t: f"Căn cứ {t};"), max_size=3)),
        proposal=draw(st.one_of(st.none(), text)),
        articles=draw(st.lists(articles(), min_size=1, max_size=4)),
        body=draw(body),  # free content after the articles
        attachments=draw(st.lists(issued, max_size=1)),  # Mẫu 1.3: the text it issues
    )


@FAST
@given(enacting(vn.Decision))
def test_any_decision_round_trips(model: vn.Decision) -> None:
    assert read_back(model) == model


@FAST
@given(enacting(vn.Resolution))
def test_any_resolution_round_trips(model: vn.Resolution) -> None:
    assert read_back(model) == model


@st.composite
def telegrams(draw: st.DrawFn) -> vn.Telegram:
    return vn.Telegram(
        **draw(common("cong_dien")),
        subject=draw(st.lists(text, min_size=1, max_size=2)),
        sender=draw(upper_line),
        recipients=draw(st.lists(st.tuples(text, st.sampled_from([None, "t/h"])).map(
            lambda t: vn.Addressee(name=t[0], purpose=t[1])), min_size=1, max_size=3)),
        body=draw(body),
    )  # fmt: skip


def test_a_decision_whose_body_holds_the_enacting_line_reads_back() -> None:
    model = vn.Decision.model_validate({
        "agency": {"name": "Sở Nội vụ", "place": "Kon Tum"},
        "number": "12/QĐ-SNV", "date": "2026-12-01", "subject": "Về việc thử",
        "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương;"],
        "body": ["QUYẾT ĐỊNH:", "Điều 1. Nội dung viết tay, không theo mẫu."],
        "signature": {"lines": ["GIÁM ĐỐC"], "signer": "Phạm Văn D"},
    })  # fmt: skip
    assert read_back(model) == model
    model = model.model_copy(update={"body": model.body[1:]})  # "Điều 1." in the body only
    assert read_back(model) == model
    # after the articles, a body that opens with what looks like a clause and a point
    model = vn.Decision.model_validate({
        **model.model_dump(exclude={"body", "articles"}),
        "articles": [{"text": "Nội dung.", "clauses": [{"text": "Một.", "points": ["x"]}]}],
        "body": ["a) Không phải điểm.", "2. Không phải khoản."],
    })  # fmt: skip
    read = read_back(model)
    assert isinstance(read, vn.Decision)
    assert read.articles == model.articles  # the body reads them as lists: its own rule
    assert len(read.body) == 2


@FAST
@given(telegrams())
def test_any_telegram_round_trips(model: vn.Telegram) -> None:
    assert read_back(model) == model


@st.composite
def invitations(draw: st.DrawFn) -> vn.Invitation:
    return vn.Invitation(
        **draw(common("giay_moi")),
        subject=draw(st.lists(text, min_size=1, max_size=2)),
        inviter=draw(st.one_of(st.none(), st.sampled_from(UNITS))),
        invitee=draw(text),
        event=draw(text),
        chair=draw(st.one_of(st.none(), text)),
        time=draw(moments),
        place=draw(text),
        body=draw(body),
    )


@FAST
@given(invitations())
def test_any_invitation_round_trips(model: vn.Invitation) -> None:
    assert read_back(model) == model


@st.composite
def introductions(draw: st.DrawFn) -> vn.Introduction:
    return vn.Introduction(
        **draw(common("giay_gioi_thieu")),
        introducer=draw(st.one_of(st.none(), st.sampled_from(UNITS))),
        person=draw(text),
        position=draw(st.one_of(st.none(), text)),
        sent_to=draw(text),
        purpose=draw(text),
        valid_until=draw(days),
        body=draw(body),
    )


@FAST
@given(introductions())
def test_any_introduction_round_trips(model: vn.Introduction) -> None:
    assert read_back(model) == model


@st.composite
def leave_certificates(draw: st.DrawFn) -> vn.LeaveCertificate:
    start = draw(days)
    confirmation = draw(st.one_of(
        st.none(),
        st.builds(dict, signer=st.sampled_from(["Họ và tên người xác nhận", "Lê Văn C"])),
        signatures(),
    ))  # fmt: skip
    return vn.LeaveCertificate(
        **draw(common("giay_nghi_phep")),
        request_date=draw(days),
        person=draw(text),
        position=draw(st.one_of(st.none(), text)),
        duration=draw(st.integers(1, 30).map(lambda n: f"{n:02d} ngày")),
        start=start,
        end=start + timedelta(days=draw(st.integers(0, 30))),
        place=draw(text),
        counted_as=draw(text),
        confirmation=confirmation,
        body=draw(body),
    )


@FAST
@given(leave_certificates())
def test_any_leave_certificate_round_trips(model: vn.LeaveCertificate) -> None:
    assert read_back(model) == model


@st.composite
def minutes(draw: st.DrawFn) -> vn.Minutes:
    started = draw(moments)
    given_signatures = draw(st.booleans())
    extra: dict[str, object] = {}
    if given_signatures:
        extra = {"signature": draw(signatures()), "secretary_signature": draw(signatures())}
    data = draw(common("bien_ban", dated=draw(st.booleans())))
    data.pop("signature")  # from ``extra``, or made from chair and secretary
    return vn.Minutes(
        **data,
        **extra,
        subject=draw(st.lists(text, min_size=1, max_size=2)),
        started=started,
        place=draw(text),
        attendees=draw(st.lists(text, min_size=1, max_size=3)),
        chair=draw(text),
        secretary=draw(text),
        ended=draw(st.one_of(st.none(), st.integers(0, 600).map(
            lambda m: started + timedelta(minutes=m)))),
        body=draw(body),
    )  # fmt: skip


@FAST
@given(minutes())
def test_any_minutes_round_trip(model: vn.Minutes) -> None:
    assert read_back(model) == model


@st.composite
def copies(draw: st.DrawFn) -> vn.Document:
    """A thông báo that is a paper or electronic copy (bản sao, Mẫu 3.1 and 3.2)."""
    kind = draw(st.sampled_from(list(vn.CopyKind)))
    agency = draw(agencies())
    if draw(st.booleans()):
        copy = vn.DocumentCopy(
            kind=kind,
            agency=agency,
            electronic=True,
            signed_at=draw(st.one_of(st.none(), moments, moments.map(
                lambda d: d.replace(tzinfo=timezone(timedelta(hours=7)))))),
        )  # fmt: skip
    else:
        copy = vn.DocumentCopy(
            kind=kind,
            agency=agency,
            number=f"{draw(st.integers(1, 99))}/{kind.value}-VP",
            date=draw(st.one_of(st.none(), days)),
            signature=draw(signatures()),
            distribution=draw(distributions),
        )
    return vn.TypedDocument(
        **draw(common("thong_bao")),
        type="thong_bao",
        subject=draw(st.lists(text, min_size=1, max_size=2)),
        body=draw(paragraphs),
        copying=copy,
    )


@FAST
@given(copies())
def test_any_copy_round_trips(model: vn.Document) -> None:
    assert read_back(model) == model


@st.composite
def joint_documents(draw: st.DrawFn) -> vn.Document:
    """A kế hoạch liên tịch: every issuer in the header, one signature each."""
    issuers = [
        vn.CoIssuer(
            name=name,
            lines=draw(st.one_of(st.none(), st.lists(upper_line, min_size=1, max_size=2))),
            abbreviation=draw(st.sampled_from([None, "STC", "BNV"])),
            signature=draw(signatures()),
            in_header=draw(st.booleans()),
        )
        for name in draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=2))
    ]
    return vn.TypedDocument(
        **draw(common("ke_hoach")),
        type="ke_hoach",
        subject=draw(st.lists(text, min_size=1, max_size=2)),
        body=draw(paragraphs),
        co_issuers=issuers,
    )


@FAST
@given(joint_documents())
def test_any_joint_document_round_trips(model: vn.Document) -> None:
    assert read_back(model) == model


def test_a_memorandum_between_two_parties_reads_back_and_passes() -> None:
    """A bản ghi nhớ whose second party signs beside the first but is not in the header."""
    from tests.validate.builders_forms import memorandum

    data = memorandum()
    document = vn.read(data).document
    assert document.type is vn.DocumentType.BAN_GHI_NHO
    assert [i.in_header for i in document.co_issuers] == [False]
    assert document.co_issuers[0].signature.lines[0].title == "ĐẠI DIỆN SỞ TÀI CHÍNH"
    assert not vn.validate(data).failures
