"""The reader of real plain text (vnadmin_docs.read.plain) and its place in ``read``.

Small texts written here cover the orders a header's two columns come in (LibreOffice's one
after the other, either column first; side by side with a tab or with spaces, as Word and a
browser copy a table; a portal's one part per line, with Markdown bold), the trích yếu with
``V/v``, ``Về việc`` or none, the closing's two columns in both orders, and the forms.

The measurement reads every file of the shared corpus as text three ways, made at test time
and never stored: LibreOffice's own export (``soffice --convert-to "txt:Text (encoded):UTF8"``,
the table's cells one after the other), a "Word-style" text (each table row's cells side by
side, line by line, apart by a tab: the columns interleaved) and Word's own layout (a cell's
paragraphs in turn, a tab before the next cell). Number, date, subject and signer are compared
with what the .docx reader reads from the same file and with the hand-checked truth of
``tests/data/corpus_truth.toml``; ``pytest -s`` prints the accuracy.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import tomllib

import vnadmin_docs as vn
from tests.support.office import _kill_group, _profile_dir, _profile_lock, require_soffice
from tests.support.shared import require_shared, shared_dir
from vnadmin_docs.errors import ReadError, UnsupportedDocumentType
from vnadmin_docs.examples import kontum_2452
from vnadmin_docs.models.components import PartialDate
from vnadmin_docs.ooxml.read import read_docx
from vnadmin_docs.read import Reading
from vnadmin_docs.read.docx import read_docx_document
from vnadmin_docs.read.plain import issue_date, read_plain

TRUTH = Path(__file__).resolve().parents[1] / "data" / "corpus_truth.toml"
FIELDS = ("number", "date", "subject", "signer")

# ----------------------------------------------------------------------------- fixtures

LEFT = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN ĐĂK HÀ",
    "Số: 38/UBND-VX",
    "V/v tổ chức hội nghị tổng kết",
    "công tác năm 2024",
]
RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Đăk Hà, ngày 09 tháng 02 năm 2025",
]
BODY = """
Kính gửi: Các phòng, ban chuyên môn thuộc huyện.

Thực hiện chương trình công tác năm 2025, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết.
1. Thời gian: 08 giờ 00, ngày 14 tháng 02 năm 2025.
2. Địa điểm: Hội trường Ủy ban nhân dân huyện.
Đề nghị các đơn vị dự họp đúng thành phần./.
"""
CLOSING_SEQUENTIAL = """
Nơi nhận:
- Như trên;
- Thường trực Huyện ủy (b/c);
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



(Đã ký)

Trần Thị Bích
"""
CLOSING_SIDE_BY_SIDE = (
    "Nơi nhận:\tKT. CHỦ TỊCH\n- Như trên;\tPHÓ CHỦ TỊCH\n- Thường trực Huyện ủy (b/c);\n"
    "- Lưu: VT, VX.\n\n\n\tTrần Thị Bích\n"
)


def _dispatch(header: str, closing: str = CLOSING_SEQUENTIAL) -> str:
    return header.strip("\n") + "\n" + BODY + closing


HEADERS = {
    "libreoffice: left column, then right": "\n".join(LEFT + RIGHT),
    "right column first": "\n".join(RIGHT + LEFT),
    "side by side, tab": "\n".join(
        "\t".join(pair).rstrip("\t") for pair in itertools.zip_longest(LEFT, RIGHT, fillvalue="")
    ),
    "side by side, spaces": "\n".join(
        f"{a:<40}{b}".rstrip() for a, b in itertools.zip_longest(LEFT, RIGHT, fillvalue="")
    ),
    "word: a cell's lines, a tab, the next cell": "\n".join(LEFT) + "\t" + "\n".join(RIGHT),
    "portal: agency, number, Quốc hiệu, Tiêu ngữ, date, V/v": "\n\n".join(
        [*LEFT[:3], *RIGHT, "\n".join(LEFT[3:])]
    ),
    "portal with Markdown bold": (
        "**ỦY BAN NHÂN DÂN**\n**HUYỆN ĐĂK HÀ**\n\nSố: 38/UBND-VX\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Đăk Hà, ngày 09 tháng 02 năm 2025*\n\nV/v tổ chức hội nghị tổng kết\ncông tác năm 2024"
    ),
}


def _read(text: str) -> Reading:
    return vn.read(text.encode("utf-8"), fmt="text")


@pytest.mark.parametrize("order", list(HEADERS))
@pytest.mark.parametrize("closing", ["sequential", "side by side"])
def test_a_cong_van_in_every_order(order, closing):
    text = _dispatch(
        HEADERS[order], CLOSING_SEQUENTIAL if closing == "sequential" else CLOSING_SIDE_BY_SIDE
    )
    reading = _read(text)
    document = reading.document
    assert isinstance(document, vn.OfficialDispatch)
    assert document.agency.lines == ("ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ")
    assert document.agency.name.casefold() == "ủy ban nhân dân huyện đăk hà"  # a guess
    assert (document.number.serial, document.number.notation) == (38, "UBND-VX")
    assert document.date == date(2025, 2, 9)
    assert document.agency.place == "Đăk Hà"
    assert document.subject == ("tổ chức hội nghị tổng kết", "công tác năm 2024")
    assert [r.name for r in document.recipients] == ["Các phòng, ban chuyên môn thuộc huyện"]
    assert document.signature.signer == "Trần Thị Bích"
    assert [line.title for line in document.signature.lines] == ["CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert document.signature.lines[0].authority.value == "KT."
    assert [e.name for e in document.distribution.entries] == ["Như trên", "Thường trực Huyện ủy"]
    assert document.distribution.archive == ("VT", "VX")
    assert document.body[0].text.startswith("Thực hiện chương trình")
    assert any(note.startswith("text: read as real plain text") for note in reading.notes)


def test_the_parent_body_is_split_at_the_word_that_names_a_body():
    header = "\n".join(["UBND TỈNH KON TUM", "SỞ NỘI VỤ", *LEFT[2:], *RIGHT])
    document = _read(_dispatch(header)).document
    assert document.agency.name == "Sở Nội vụ"
    assert document.agency.parent is not None
    assert document.agency.parent.lines == ("UBND TỈNH KON TUM",)


@pytest.mark.parametrize(
    "about", ["Về việc tổ chức hội nghị tổng kết", "V/v: tổ chức hội nghị tổng kết"]
)
def test_a_cong_van_subject_written_otherwise(about):
    header = "\n".join([*LEFT[:3], about, "công tác năm 2024", *RIGHT])
    document = _read(_dispatch(header)).document
    assert document.subject[-1] == "công tác năm 2024"
    assert "tổ chức hội nghị tổng kết" in document.subject[0]


def test_a_partial_date_is_read_as_printed():
    header = "\n".join([*LEFT, *RIGHT[:2], "Đăk Hà, ngày      tháng 4 năm 2026"])
    document = _read(_dispatch(header)).document
    assert document.date == PartialDate(year=2026, month=4)
    assert issue_date("Đăk Hà, ngày      tháng 4 năm 2026") == PartialDate(year=2026, month=4)
    assert issue_date("Đăk Hà, ngày 01 tháng 10 năm 2018") == date(2018, 10, 1)


DECISION = """\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON TUM\tĐộc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND\tKon Tum, ngày 05 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:\tCHỦ TỊCH
- Như Điều 2;
- Lưu: VT.


\tNguyễn Văn A
"""


def test_a_quyet_dinh_read_as_its_form():
    document = _read(DECISION).document
    assert isinstance(document, vn.Decision)
    assert document.subject == ("Về việc thành lập Tổ công tác",)
    assert document.authority == ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM",)
    assert [a.text for a in document.articles] == [
        "Thành lập Tổ công tác.",
        "Quyết định này có hiệu lực kể từ ngày ký",
    ]
    assert document.signature.signer == "Nguyễn Văn A"


TYPED = """\
UBND TỈNH KON TUM
SỞ NỘI VỤ
Số: 15/TTr-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 20 tháng 5 năm 2025

{type_line}
{subject}

Kính gửi: Ủy ban nhân dân tỉnh.

Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét./.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC

Lê Văn C
"""


@pytest.mark.parametrize(
    ("type_line", "subject", "kind", "expected"),
    [
        (
            "TỜ TRÌNH",
            "Về việc đề nghị khen thưởng",
            vn.DocumentType.TO_TRINH,
            ("Về việc đề nghị khen thưởng",),
        ),
        (
            "BÁO CÁO",
            "Kết quả công tác năm 2024",
            vn.DocumentType.BAO_CAO,
            ("Kết quả công tác năm 2024",),
        ),
        ("KẾ HOẠCH", "Tổ chức hội nghị", vn.DocumentType.KE_HOACH, ("Tổ chức hội nghị",)),
        ("BIÊN BẢN LÀM VIỆC", "", vn.DocumentType.BIEN_BAN, ("LÀM VIỆC",)),
    ],
)
def test_typed_documents(type_line, subject, kind, expected):
    text = TYPED.format(type_line=type_line, subject=subject)
    document = _read(text).document
    assert document.type is kind
    assert document.subject[: len(expected)] == expected
    assert str(document.number.notation).endswith("SNV")
    assert document.signature.signer == "Lê Văn C"


def test_our_own_text_still_reads_back_exactly():
    dispatch = kontum_2452()
    for markup in (False, True):
        reading = _read(vn.render_text(dispatch, markup=markup))
        assert reading.document == dispatch
        assert not any(note.startswith("text: read as real plain text") for note in reading.notes)


def test_the_kon_tum_seed_as_real_text():
    seed = require_shared("seed") / "000_e63cb8dbe47f42a9.txt"
    expected = kontum_2452()
    document = read_plain(seed.read_text(encoding="utf-8"), source=seed.name).document
    assert document.number == expected.number
    assert document.date == expected.date
    assert document.subject == expected.subject
    assert document.signature.signer == expected.signature.signer
    assert document.agency.lines == expected.agency.lines


def test_prose_is_refused_by_both_readers():
    with pytest.raises((ReadError, UnsupportedDocumentType)) as caught:
        _read("Xin chào.\n\nĐây không phải là một văn bản hành chính.\n")
    assert "document" in str(caught.value)


def test_a_party_document_is_refused_as_text():
    text = "ĐẢNG BỘ TỈNH KON TUM\tĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-HD/TU\tKon Tum, ngày 05 tháng 3 năm 2025\n\nHƯỚNG DẪN\nVề việc tổ chức\n"
    with pytest.raises(UnsupportedDocumentType, match="Party"):
        _read(text)


# ----------------------------------------------------------------------------- hostile


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\xff" * 5000,
        ("A" * 200_000 + "\t" + " " * 100_000 + "B").encode(),
        ("Số:" + " " * 100_000 + "/" + "\t" * 50_000).encode(),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" * 15_000).encode(),
        ("- " * 100_000 + "\nNơi nhận:" + "\t" * 10_000 + "KT. " * 10_000).encode(),
        ("ngày " * 50_000 + "tháng " * 50_000 + "năm").encode(),
    ],
    ids=["binary", "huge line", "number and gaps", "many Quốc hiệu", "closing", "date words"],
)
def test_hostile_text_ends_in_our_error_quickly(data):
    started = time.monotonic()
    with pytest.raises((ReadError, UnsupportedDocumentType)):
        vn.read(data, fmt="text")
    assert time.monotonic() - started < 10


def test_a_text_over_the_line_budget_is_refused_before_reading():
    with pytest.raises(vn.BudgetExceededError) as caught:
        vn.read(b"x\n" * 30_000, fmt="text")
    assert caught.value.budget == "paragraphs"


# ----------------------------------------------------------------------------- corpus


def word_style(path: Path, *, interleaved: bool = True) -> str:
    """The text of a .docx with each table row's cells side by side, apart by a tab.

    ``interleaved``: line by line (``ỦY BAN NHÂN DÂN⇥CỘNG HÒA …``), as a table copied from a
    browser or laid out by a text renderer; otherwise Word's own "Plain text" layout: a cell's
    paragraphs in turn, a tab, then the next cell's.
    """
    info = read_docx(path)
    out: list[str] = []
    row: tuple[int, int] | None = None
    cells: dict[int, list[str]] = {}

    def flush() -> None:
        columns = [cells[k] for k in sorted(cells)]
        if interleaved:
            for parts in itertools.zip_longest(*columns, fillvalue=""):
                out.append("\t".join(parts).rstrip("\t"))
        elif columns:
            out.extend("\t".join("\n".join(c) for c in columns).split("\n"))
        cells.clear()

    for p in info.paragraphs:
        key = (p.table[0], p.table[1]) if p.table is not None else None
        if key != row:
            flush()
            row = key
        if p.table is None:
            out.extend(p.text.split("\n"))
        else:
            cells.setdefault(p.table[2], []).extend(p.text.split("\n"))
    flush()
    return "\n".join(out)


def convert_corpus(target: str, out: Path) -> dict[str, Path]:
    """Convert every corpus file with one LibreOffice run; file stem → converted file."""
    soffice = require_soffice()
    corpus = require_shared("corpus/docx")
    files = sorted(corpus.glob("*.docx"))
    with _profile_lock:
        command = [soffice, f"-env:UserInstallation={_profile_dir().as_uri()}", "--headless",
                   "--norestore", "--convert-to", target, "--outdir", str(out),
                   *map(str, files)]  # fmt: skip
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True, text=True)  # fmt: skip
        try:
            proc.communicate(timeout=600)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            proc.communicate()
            pytest.fail("LibreOffice took more than 10 minutes to convert the corpus")
    suffix = ".txt" if target.startswith("txt") else ".html"
    return {f.stem: out / (f.stem + suffix) for f in files if (out / (f.stem + suffix)).exists()}


@pytest.fixture(scope="session")
def corpus_references() -> dict[str, Reading | Exception]:
    """What the .docx reader reads from each corpus file (the reference), or why it refuses."""
    found: dict[str, Reading | Exception] = {}
    for path in sorted(require_shared("corpus/docx").glob("*.docx")):
        try:
            found[path.stem] = read_docx_document(path)
        except (ReadError, UnsupportedDocumentType) as error:
            found[path.stem] = error
    return found


@pytest.fixture(scope="session")
def corpus_texts(tmp_path_factory) -> dict[str, dict[str, str]]:
    """Each corpus file as text, three ways: kind → file stem → text."""
    out = tmp_path_factory.mktemp("corpus-txt")
    converted = convert_corpus("txt:Text (encoded):UTF8", out)
    corpus = require_shared("corpus/docx")
    texts: dict[str, dict[str, str]] = {
        "libreoffice": {s: p.read_text(encoding="utf-8-sig") for s, p in converted.items()},
        "word-style": {},
        "word": {},
    }
    for path in sorted(corpus.glob("*.docx")):
        texts["word-style"][path.stem] = word_style(path)
        texts["word"][path.stem] = word_style(path, interleaved=False)
    return texts


def _number(reading: Reading) -> str:
    if reading.confidence.get("number") == 0.0:
        return ""
    number = reading.document.number
    shown = number.printed or f"{number.serial or ''}/{number.notation}"
    return re.sub(r"\s+", "", shown.removeprefix("Số").lstrip(" :")).replace("–", "-")


def _date(value: Any) -> tuple[int, int | None, int | None] | None:
    if value is None or value == "none":
        return None
    if isinstance(value, date):
        return (value.year, value.month, value.day)
    if isinstance(value, dict):
        return (value["year"], value.get("month"), value.get("day"))
    return (value.year, value.month, value.day)


def fields(reading: Reading) -> dict[str, Any]:
    """Number, date, subject and signer of a reading, in the truth file's form."""
    document = reading.document
    signer = document.signature.signer if document.signature else None
    return {
        "number": _number(reading),
        "date": _date(document.date),
        "subject": " ".join(" ".join(getattr(document, "subject", ()) or ()).split()),
        "signer": "" if signer in (None, "…") else signer,
    }


def truth() -> dict[str, dict[str, Any]]:
    """The hand-checked values of the administrative files (stem → field → value)."""
    if not TRUTH.exists():
        return {}
    data = tomllib.loads(TRUTH.read_text(encoding="utf-8"))
    found = {}
    for entry in data.get("file", []):
        if not entry.get("administrative"):
            continue
        found[Path(entry["name"]).stem] = {
            "number": re.sub(r"\s+", "", entry["number"]).replace("–", "-"),
            "date": _date(entry["date"]),
            "subject": " ".join(entry["subject"].split()),
            "signer": entry["signer"],
        }
    return found


def measure(
    readings: dict[str, Reading | Exception], expected: dict[str, dict[str, Any]]
) -> tuple[int, int, list[str]]:
    right = total = 0
    misses: list[str] = []
    for stem, want in expected.items():
        got = readings.get(stem)
        values = fields(got) if isinstance(got, Reading) else {}
        for name in FIELDS:
            total += 1
            if values.get(name) == want[name]:
                right += 1
            else:
                misses.append(f"{stem[:40]}.{name}: {values.get(name, got)!r} ≠ {want[name]!r}")
    return right, total, misses


def _read_all(texts: dict[str, str]) -> dict[str, Reading | Exception]:
    found: dict[str, Reading | Exception] = {}
    for stem, text in texts.items():
        try:
            found[stem] = _read(text)
        except (ReadError, UnsupportedDocumentType) as error:
            found[stem] = error
    return found


def check_accuracy(kind: str, readings, corpus_references, capsys) -> None:
    """Number, date, subject and signer against the .docx reader and the hand-checked truth:
    printed (``pytest -s``), ≥ 95 % each way, and no file the .docx reader reads refused."""
    references = {s: fields(r) for s, r in corpus_references.items() if isinstance(r, Reading)}
    assert len(references) >= 15
    refused = [f"{s}: {readings.get(s)}" for s in references
               if not isinstance(readings.get(s), Reading)]  # fmt: skip
    assert not refused, refused  # no file the .docx reader reads is refused as text
    right, total, misses = measure(readings, references)
    report = [f"{kind}: {right}/{total} fields as the .docx reader reads them "
              f"({right / total:.1%})", *(f"  {m}" for m in misses)]  # fmt: skip
    hand = truth()
    if hand:
        not_read = [s for s in hand if not isinstance(readings.get(s), Reading)]
        assert not not_read, f"administrative files refused as {kind}: {not_read}"
        t_right, t_total, t_misses = measure(readings, hand)
        report += [f"{kind}: {t_right}/{t_total} fields as corpus_truth.toml has them "
                   f"({t_right / t_total:.1%})", *(f"  {m}" for m in t_misses)]  # fmt: skip
    with capsys.disabled():
        print("\n" + "\n".join(report))
    assert right / total >= 0.95, report
    if hand:
        assert t_right / t_total >= 0.95, report


@pytest.mark.office
@pytest.mark.parametrize("kind", ["libreoffice", "word-style", "word"])
def test_corpus_as_real_text(kind, corpus_texts, corpus_references, capsys):
    check_accuracy(kind, _read_all(corpus_texts[kind]), corpus_references, capsys)


def test_shared_corpus_is_where_the_tests_look():
    if shared_dir() is None:
        pytest.skip("no shared folder")
    assert (shared_dir() / "corpus" / "docx").is_dir()
