"""Every form of Phụ lục III out as plain text and back: ``read_text(render_text(x)) == x``.

The examples (``examples/forms/*.yaml``) round-trip with and without Markdown emphasis,
except for the fields the text does not print, listed per file in ``NOT_PRINTED``: the
reader takes them from what the page does show and says so in a note. The property tests
generate small models of each form (hypothesis, 20 examples each).

What plain text cannot carry, besides what ``test_text_reader`` lists for the công văn
(agency identifier and contact, seals, alignment…):

- Normal-case names printed only in capitals (``SỞ NỘI VỤ``): the agency's name, unless an
  attachment's reference line, the giấy nghỉ phép's first line or an inviter/introducer
  equal to it prints it; the other issuers of a joint document; a paper copy's agency.
  They are guessed by title-casing (``Sở nội vụ``), with a note. Header lines equal to the
  guessed name in capitals then read as the default (``lines=None``).
- A joint document's header joins each issuer's lines into one line, so multi-line names
  come back as one line; a paper copy's block prints no parent agency; an electronic copy's
  line prints only the kind, the agency's name and the signing time (its place is taken
  from the document's, with a note; a naive signing time is printed at +07:00).
- A biên bản without a date prints no place: the place is taken from the agency's (or its
  parent's) name after its unit word (``… tỉnh Kon Tum`` → ``Kon Tum``), with a note.
- Titles of articles and clauses are told from their text only by bold (``markup=True``);
  plain text reads ``Điều 1. Phạm vi`` as an article whose text is ``Phạm vi``.
- Fields a form does not print: ``bases`` and ``recipients`` outside the forms that print
  them (Mẫu 1.4, quyết định, nghị quyết), ``subject`` of the forms without a trích yếu.
- Defaults printed as values: an ``inviter``/``introducer`` equal to the agency's name
  reads back as ``None`` (the default the page prints the same way); a biên bản's
  secretary signs without a seal.
- A quyết định's body written the old way, its first paragraph the enacting line itself
  (``QUYẾT ĐỊNH:``), prints like the enacting line and reads back without that paragraph.
- A text whose last line ends with a full stop (an article's, a paragraph's) shares it with
  the end mark, ``…này./.``, and reads back without it; the property tests map their models
  through ``without_shared_stop`` (such a text has no end mark).
- The generators keep to what reads back unambiguously: bodies of plain runs (formatting is
  covered by ``test_text_reader``), a quyết định's body only without articles and only of
  paragraphs (after the articles, a ``1.`` would read as a clause), names the title-casing
  guess gives back wherever the text prints a name only in capitals.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnadmin_docs as vn
from tests.read.test_text_reader import (
    GUESSABLE_AGENCIES,
    PARAGRAPHS,
    PLACES,
    RECIPIENTS,
    REFERENCED_AGENCIES,
    SIGNERS,
    TITLE_LINES,
    addressees,
    distribution,
    without_shared_stop,
)
from tests.read.test_text_reader import body as body_blocks
from vnadmin_docs.read.text import guess_name, read_text
from vnadmin_docs.render.text import COPY_RULE
from vnadmin_docs.templates import form_layout

REPO = Path(__file__).resolve().parents[2]
FORMS = sorted((REPO / "examples" / "forms").glob("*.yaml"))

NOT_PRINTED: dict[str, dict[str, str]] = {
    # path in the model → why the text cannot carry it
    "bien_ban.yaml": {
        "agency.name": "printed only in capitals (SỞ NỘI VỤ); guessed",
    },
    "ban_sao_y.yaml": {
        "copying.agency.name": "the copy's block prints it only in capitals; guessed",
        "copying.agency.parent": "the copy's block prints no parent agency",
    },
    "lien_tich.yaml": {
        "agency.name": "printed only in capitals, joined with the other issuer's; guessed",
        "agency.lines": "equal to the guessed name in capitals: the default (None)",
        "co_issuers.0.name": "printed only in capitals in the joint header; guessed",
        "co_issuers.0.lines": "equal to the guessed name in capitals: the default (None)",
    },
}


def _pop(data: Any, path: str) -> Any:
    *head, last = path.split(".")
    for key in head:
        data = data[int(key)] if isinstance(data, list | tuple) else data[key]
    return data.pop(last)


def test_every_form_has_an_example():
    assert {p.name for p in FORMS} >= {f"{key}.yaml" for key in (
        "quyet_dinh", "nghi_quyet", "cong_dien", "giay_moi", "giay_gioi_thieu",
        "giay_nghi_phep", "bien_ban", "ban_sao_y", "ban_sao_dien_tu", "lien_tich",
    )}  # fmt: skip


@pytest.mark.parametrize("markup", [False, True])
@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_examples_round_trip(path: Path, markup: bool):
    document = vn.load(path)
    reading = read_text(vn.render_text(document, markup=markup), source=path.name)
    got = reading.document
    assert type(got) is type(document)
    missing = NOT_PRINTED.get(path.name, {})
    if not missing:
        assert got == document
        return
    want, have = document.model_dump(), got.model_dump()
    for field in missing:
        _pop(want, field)
        _pop(have, field)
    assert have == want
    # what was not printed was guessed, and the reader says so
    for field in missing:
        if field.endswith(".name"):
            owner = field.removesuffix(".name")
            assert any(note.startswith(owner.replace(".0", "[0]")) and "guessed" in note
                       for note in reading.notes), (field, reading.notes)  # fmt: skip


def test_guessed_names_are_the_title_cased_capitals():
    reading = read_text(vn.render_text(vn.load(REPO / "examples/forms/lien_tich.yaml")))
    document = reading.document
    assert document.agency.name == guess_name(["SỞ NỘI VỤ"]) == "Sở nội vụ"
    assert document.co_issuers[0].name == "Sở tài chính"
    assert document.co_issuers[0].abbreviation == "STC"  # from the notation KHLT-SNV-STC
    assert reading.confidence["agency"] < 1.0


def test_minutes_without_a_date_take_the_place_from_the_name():
    reading = read_text(vn.render_text(vn.load(REPO / "examples/forms/bien_ban.yaml")))
    assert reading.document.agency.place == "Kon Tum"  # ỦY BAN NHÂN DÂN TỈNH KON TUM
    assert any(note.startswith("place_date:") for note in reading.notes)


def test_electronic_copy_place_is_the_documents():
    reading = read_text(vn.render_text(vn.load(REPO / "examples/forms/ban_sao_dien_tu.yaml")))
    copy = reading.document.copying
    assert copy is not None and copy.electronic
    assert copy.signed_at == datetime(2026, 11, 25, 9, 15, 30, tzinfo=timezone(timedelta(hours=7)))
    assert any(note.startswith("copying:") and "place" in note for note in reading.notes)


# ----------------------------------------------------------------------------- the layout


def _lines(text: str) -> list[str]:
    return [line.strip("*") for line in text.splitlines() if line.strip()]


def _in_order(lines: list[str], wanted: list[str]) -> None:
    at = 0
    for want in wanted:
        found = next((i for i in range(at, len(lines)) if lines[i].startswith(want)), None)
        assert found is not None, (want, lines[at:])
        at = found + 1


def test_decision_prints_its_parts_in_the_forms_order():
    document = vn.load(REPO / "examples/forms/quyet_dinh.yaml")
    t = form_layout("quyet_dinh").texts
    lines = _lines(vn.render_text(document, markup=True))
    _in_order(lines, [
        "ỦY BAN NHÂN DÂN TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 1025/QĐ-UBND", "Kon Tum, ngày 01 tháng 12 năm 2026", "QUYẾT ĐỊNH", "Ban hành",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM", "Căn cứ Luật", "Căn cứ Nghị định",
        f"{t['proposal']} Chánh Văn phòng Ủy ban nhân dân tỉnh.", t["enacting"],
        "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3;", "CHỦ TỊCH",
        "Nguyễn Văn A", "ỦY BAN NHÂN DÂN TỈNH KON TUM", "CỘNG HÒA", "QUY CHẾ",
        "Làm việc của", "(Kèm theo Quyết định số 1025/QĐ-UBND", "Chương I",
    ])  # fmt: skip


def test_minutes_sign_side_by_side_above_the_distribution():
    document = vn.load(REPO / "examples/forms/bien_ban.yaml")
    t = form_layout("bien_ban").texts
    text = vn.render_text(document)
    _in_order(_lines(text), [
        "BIÊN BẢN", t["started"], t["place"], t["attendees"], "- Ông Phạm Văn D",
        t["chair"], t["secretary"], t["content"], "Các phòng báo cáo",
        f"{t['meeting']} {t['ended']} 16 giờ 30, ngày 30 tháng 11 năm 2026./.",
        t["secretary_title"], "Đỗ Thị G", t["chair_title"], "Phạm Văn D", "Nơi nhận:",
    ])  # fmt: skip
    assert ", ngày" not in text.split("BIÊN BẢN")[0]  # no place-and-date line


def test_copies_print_their_blocks():
    paper = vn.render_text(vn.load(REPO / "examples/forms/ban_sao_y.yaml"))
    head, rule, block = paper.partition(f"\n{COPY_RULE}\n")
    assert rule and "Hoàng Văn H" in head
    _in_order(
        _lines(block),
        [
            "SỞ NỘI VỤ",
            "SAO Y",
            "Số: 15/SY-SNV",
            "Kon Tum, ngày 25 tháng 11 năm 2026",
            "Nơi nhận:",
            "Đỗ Thị G",
        ],
    )
    electronic = vn.render_text(vn.load(REPO / "examples/forms/ban_sao_dien_tu.yaml"))
    assert electronic.splitlines()[0] == (
        "SAO Y; Sở Nội vụ tỉnh Kon Tum; 25/11/2026; 09:15:30 +07:00"
    )


def test_leave_certificate_and_telegram_lines():
    leave = vn.render_text(vn.load(REPO / "examples/forms/giay_nghi_phep.yaml"))
    t = form_layout("giay_nghi_phep").texts
    assert (
        f"{t['request']} ngày 01 tháng 12 năm 2026 của ông (bà) Nguyễn Văn E, Sở Nội vụ "
        f"{t['grants']}"
    ) in leave
    assert leave.rstrip().endswith(f"*{t['confirmation']}*\n\n\n\nHọ và tên người xác nhận") or (
        leave.rstrip().endswith(f"{t['confirmation']}\n\n\n\nHọ và tên người xác nhận")
    )
    telegram = vn.render_text(vn.load(REPO / "examples/forms/cong_dien.yaml"))
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\n- Giám đốc" in telegram


def test_end_mark_after_a_table_stands_alone():
    document = vn.load(REPO / "examples/forms/giay_moi.yaml")
    table = vn.Table(rows=(("STT", "Nội dung"), ("1", "Khai mạc")))
    with_table = document.model_copy(update={"body": (table,)})
    text = vn.render_text(with_table)
    assert "1 | Khai mạc\n\n./.\n" in text
    assert read_text(text).document == with_table


# ----------------------------------------------------------------------------- property

PROPERTY = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TEXTS = [
    "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện",
    "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
    "Thành lập Tổ công tác cải cách hành chính của tỉnh",
    "Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành",
]
TITLES = ["Phạm vi điều chỉnh", "Đối tượng áp dụng", "Tổ chức thực hiện"]
BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV.",
]
AUTHORITIES = [("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM",), ("ỦY BAN NHÂN DÂN", "TỈNH KON TUM")]
PEOPLE = ["Nguyễn Văn E", "Ông Trần Văn Bình", "Bà Lê Thị Hoa"]
POSITIONS = [None, "Chuyên viên Phòng Văn thư - Lưu trữ", "Phó Chánh Văn phòng"]
WHERE = ["Hội trường Sở Nội vụ", "Phòng họp số 2, Ủy ban nhân dân tỉnh", "xã Ngọc Hồi"]
EVENTS = ["Hội nghị tập huấn công tác văn thư", "Họp giao ban tháng 12"]
OTHERS = [None, "Ban Tổ chức hội nghị", "Giám đốc Sở Nội vụ"]  # an inviter or introducer
MOMENTS = st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
DAYS = st.dates(date(2020, 1, 1), date(2030, 12, 31))
BODY_PARAGRAPHS = [p for p in PARAGRAPHS if not p.startswith(("Thời gian", "Địa điểm"))]

PLAIN_AGENCIES = [(name, lines) for name, lines in GUESSABLE_AGENCIES]
_UNIT = r"(?:tỉnh|thành phố|thị xã|thị trấn|huyện|quận|xã|phường) (.+)$"


def _signature(draw: st.DrawFn) -> vn.SignatureBlock:
    return vn.SignatureBlock(
        lines=tuple(
            vn.TitleLine.model_validate(line)
            for line in draw(st.lists(st.sampled_from(TITLE_LINES), min_size=1, max_size=2))
        ),
        signer=draw(st.sampled_from(SIGNERS)),
    )


def _base(draw: st.DrawFn, type_key: str, *, referenced: bool = False) -> dict[str, Any]:
    """What every form has: agency, number, date, signature, distribution, marks."""
    name, lines = draw(st.sampled_from(REFERENCED_AGENCIES if referenced else PLAIN_AGENCIES))
    abbreviation = draw(st.sampled_from(["UBND", "SNV", "STC"]))
    kind = vn.DocumentType(type_key).abbreviation
    return {
        "agency": vn.Agency(
            name=name, lines=lines, abbreviation=abbreviation,
            place=draw(st.sampled_from(PLACES)),
        ),
        "number": vn.DocumentNumber.model_validate(
            f"Số: {draw(st.integers(1, 999)):02d}/{kind}-{abbreviation}"
        ),
        "date": draw(DAYS),
        "signature": _signature(draw),
        "distribution": draw(distribution()),
        "end_mark": draw(st.sampled_from(["./.", None])),
    }  # fmt: skip


def _plain_body(draw: st.DrawFn, *, min_size: int = 0) -> tuple[Any, ...]:
    return (
        tuple(draw(body_blocks(False, min_size=min_size)))
        if min_size or draw(st.booleans())
        else ()
    )


@st.composite
def decisions(draw: st.DrawFn, titled: bool) -> vn.Decision | vn.Resolution:
    cls = draw(st.sampled_from([vn.Decision, vn.Resolution]))
    key = cls.form_key()
    attachments = ()
    if cls is vn.Decision and draw(st.booleans()):
        content = _plain_body(draw)
        attachments = (
            vn.Attachment(
                kind="issued", type=draw(st.sampled_from(["quy_che", "quy_dinh"])),
                title=("Làm việc của Ủy ban nhân dân tỉnh",), body=content,
                end_mark=draw(st.sampled_from(["./.", None])) if content else None,
            ),
        )  # fmt: skip
    articles = []
    for _ in range(draw(st.integers(0, 3))):
        clauses = []
        for _ in range(draw(st.integers(0, 2))):
            points = tuple(draw(st.lists(st.sampled_from(TEXTS), max_size=2)))
            title = draw(st.none() | st.sampled_from(TITLES)) if titled else None
            text = draw(st.none() | st.sampled_from(TEXTS))
            if not (title or text or points):
                text = TEXTS[0]
            clauses.append(vn.Clause(title=title, text=text, points=points))
        title = draw(st.none() | st.sampled_from(TITLES)) if titled else None
        text = draw(st.none() | st.sampled_from(TEXTS))
        if not (title or text or clauses):
            text = TEXTS[1]
        articles.append(vn.Article(title=title, text=text, clauses=tuple(clauses)))
    content: tuple[Any, ...] = ()
    if not articles:  # a quyết định has its articles, or its content instead
        content = tuple(
            vn.Paragraph(runs=(vn.Run(text=p),))
            for p in draw(st.lists(st.sampled_from(BODY_PARAGRAPHS), min_size=1, max_size=2))
        )
    base = _base(draw, key, referenced=bool(attachments))
    return cls(
        **base,
        subject=(draw(st.sampled_from(TEXTS)),),
        authority=draw(st.none() | st.sampled_from(AUTHORITIES)),
        bases=tuple(draw(st.lists(st.sampled_from(BASES), max_size=2))),
        proposal=draw(st.none() | st.sampled_from(["Giám đốc Sở Nội vụ", "Chánh Văn phòng"])),
        articles=tuple(articles),
        body=content,
        attachments=attachments,
    )


@st.composite
def telegrams(draw: st.DrawFn) -> vn.Telegram:
    count = draw(st.integers(1, 3))
    return vn.Telegram(
        **_base(draw, "cong_dien"),
        subject=("Về việc chủ động ứng phó với bão",),
        sender=draw(st.sampled_from(["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "THỦ TƯỚNG CHÍNH PHỦ"])),
        recipients=draw(addressees(RECIPIENTS, count, lambda i: "." if i == count - 1 else ";")),
        body=_plain_body(draw),
    )


@st.composite
def invitations(draw: st.DrawFn) -> vn.Invitation:
    base = _base(draw, "giay_moi")
    inviter = draw(st.sampled_from(OTHERS))
    return vn.Invitation(
        **base,
        subject=(draw(st.sampled_from(EVENTS)),),
        inviter=inviter,
        invitee=draw(st.sampled_from(RECIPIENTS)),
        event=draw(st.sampled_from(EVENTS)),
        chair=draw(st.none() | st.sampled_from(PEOPLE)),
        time=draw(MOMENTS),
        place=draw(st.sampled_from(WHERE)),
        body=_plain_body(draw),
    )


@st.composite
def introductions(draw: st.DrawFn) -> vn.Introduction:
    return vn.Introduction(
        **_base(draw, "giay_gioi_thieu"),
        introducer=draw(st.sampled_from(OTHERS)),
        person=draw(st.sampled_from(PEOPLE)),
        position=draw(st.sampled_from(POSITIONS)),
        sent_to=draw(st.sampled_from(RECIPIENTS)),
        purpose=draw(st.sampled_from(EVENTS)),
        valid_until=draw(DAYS),
        body=_plain_body(draw),
    )


@st.composite
def leave_certificates(draw: st.DrawFn) -> vn.LeaveCertificate:
    start = draw(DAYS)
    confirmation = draw(st.sampled_from([None, "default", "custom"]))
    return vn.LeaveCertificate(
        **_base(draw, "giay_nghi_phep", referenced=True),  # its first line names the agency
        request_date=draw(DAYS),
        person=draw(st.sampled_from(PEOPLE)),
        position=draw(st.sampled_from(POSITIONS)),
        duration=f"{draw(st.integers(1, 30))} ngày",
        start=start,
        end=start + timedelta(days=draw(st.integers(0, 30))),
        place=draw(st.sampled_from(WHERE)),
        counted_as=f"nghỉ phép năm {start.year}",
        confirmation=None if confirmation is None else (
            {"signer": draw(st.sampled_from(SIGNERS))} if confirmation == "default"
            else _signature(draw)
        ),
        body=_plain_body(draw),
    )  # fmt: skip


@st.composite
def minutes(draw: st.DrawFn) -> vn.Minutes:
    base = _base(draw, "bien_ban")
    if draw(st.booleans()):  # no date, no place printed: the place comes from the name
        base["date"] = None
        place = re.search(_UNIT, base["agency"].name)
        assert place is not None
        base["agency"] = base["agency"].model_copy(update={"place": place[1]})
    started = draw(MOMENTS)
    chair, secretary = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(PEOPLE))
    return vn.Minutes(
        **base,
        subject=(draw(st.sampled_from(EVENTS)),),
        started=started,
        ended=draw(st.none() | st.just(started + timedelta(minutes=draw(st.integers(0, 600))))),
        place=draw(st.sampled_from(WHERE)),
        attendees=tuple(draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3))),
        chair=chair,
        secretary=secretary,
        secretary_signature=vn.SignatureBlock(
            lines=("THƯ KÝ",), signer=draw(st.sampled_from(SIGNERS)), seal=False
        ),
        body=_plain_body(draw),
    )


@st.composite
def typed_documents(draw: st.DrawFn) -> vn.TypedDocument:
    """The general form (Mẫu 1.4), with copies and joint issuers."""
    key = draw(st.sampled_from(["thong_bao", "ke_hoach", "to_trinh", "bao_cao"]))
    base = _base(draw, key)
    count = draw(st.integers(0, 3))
    data: dict[str, Any] = {
        **base,
        "type": key,
        "subject": (draw(st.sampled_from(TEXTS)),),
        "bases": tuple(draw(st.lists(st.sampled_from(BASES), max_size=2))),
        "recipients": draw(addressees(
            RECIPIENTS, count, lambda i: "" if count == 1 else ("." if i == count - 1 else ";")
        )),
        "body": tuple(draw(body_blocks(False))),
        "marks": vn.Marks(
            confidentiality=draw(st.none() | st.sampled_from(vn.Confidentiality)),
            urgency=draw(st.none() | st.sampled_from(vn.Urgency)),
        ),
    }  # fmt: skip
    extra = draw(st.sampled_from(["none", "paper", "electronic", "joint"]))
    if extra == "paper":
        name, lines = draw(st.sampled_from(PLAIN_AGENCIES))
        kind = draw(st.sampled_from(vn.CopyKind))
        data["copying"] = vn.DocumentCopy(
            kind=kind,
            agency=vn.Agency(name=name, lines=lines, abbreviation="VP",
                             place=draw(st.sampled_from(PLACES))),
            number=f"{draw(st.integers(1, 99))}/{kind.value}-VP",
            date=draw(st.none() | DAYS),
            signature=_signature(draw),
            distribution=draw(distribution()),
        )  # fmt: skip
    elif extra == "electronic":
        signed = draw(st.none() | st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)))
        data["copying"] = vn.DocumentCopy(
            kind=draw(st.sampled_from(vn.CopyKind)),
            electronic=True,
            agency=vn.Agency(name=draw(st.sampled_from(RECIPIENTS)), place=base["agency"].place),
            signed_at=None if signed is None else signed.replace(
                microsecond=0, tzinfo=timezone(timedelta(hours=7))
            ),
        )  # fmt: skip
    elif extra == "joint":
        agencies = draw(st.lists(
            st.sampled_from([n for n, lines in PLAIN_AGENCIES if lines is None]),
            min_size=2, max_size=3, unique=True,
        ))  # fmt: skip
        abbreviations = ["UBA", "UBB", "UBC"][: len(agencies)]
        data["agency"] = base["agency"].model_copy(
            update={"name": agencies[0], "lines": None, "abbreviation": abbreviations[0]}
        )
        data["number"] = vn.DocumentNumber.model_validate(
            f"Số: 07/{vn.DocumentType(key).abbreviation}LT-{'-'.join(abbreviations)}"
        )
        data["co_issuers"] = tuple(
            vn.CoIssuer(name=name, abbreviation=abbreviation, signature=_signature(draw))
            for name, abbreviation in zip(agencies[1:], abbreviations[1:], strict=True)
        )
    return vn.TypedDocument(**data)


def _round_trip(document: vn.Document, markups: tuple[bool, ...] = (False, True)) -> None:
    for markup in markups:
        text = vn.render_text(document, markup=markup)
        assert read_text(text).document == document, text


@PROPERTY
@given(decisions(titled=False).map(without_shared_stop))
def test_decisions_round_trip(document):
    _round_trip(document)


@PROPERTY
@given(decisions(titled=True).map(without_shared_stop))
def test_titled_articles_round_trip_with_markup(document):
    _round_trip(document, (True,))


@PROPERTY
@given(telegrams().map(without_shared_stop))
def test_telegrams_round_trip(document):
    _round_trip(document)


@PROPERTY
@given(invitations().map(without_shared_stop))
def test_invitations_round_trip(document):
    _round_trip(document)


@PROPERTY
@given(introductions().map(without_shared_stop))
def test_introductions_round_trip(document):
    _round_trip(document)


@PROPERTY
@given(leave_certificates().map(without_shared_stop))
def test_leave_certificates_round_trip(document):
    _round_trip(document)


@PROPERTY
@given(minutes().map(without_shared_stop))
def test_minutes_round_trip(document):
    _round_trip(document)


@PROPERTY
@given(typed_documents().map(without_shared_stop))
def test_typed_documents_copies_and_joint_documents_round_trip(document):
    _round_trip(document)
