"""The reader's notes in Vietnamese (ghi chú khi đọc bằng tiếng Việt).

Every note a reader writes is a :class:`~vnadmin_docs.read.notes.Note`: its English text, and
its Vietnamese in ``note.vi``, which must hold no English word (the detector of
``tests/validate/test_messages_vi.py``; the document's own text is quoted «…»).

Checked three ways:

- statically: every place in ``vnadmin_docs/read/*.py`` that writes a note gives two texts,
  and the Vietnamese one's own words (its literal parts, values left out) are Vietnamese —
  so a note no input here produces is checked too;
- on real readings: every corpus file (../shared/corpus/docx) as .docx, as the two texts
  built from its XML (Word's layouts) and as LibreOffice's txt and html exports; our
  examples rendered to .docx and text; crafted inputs that make the rarer notes;
- the command line: ``vnadmin --lang vi read`` and ``reissue`` print the notes in Vietnamese.
"""

from __future__ import annotations

import ast
import copy
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import vnadmin_docs as vn
from tests.read.test_real_text import LEFT, RIGHT, _dispatch, convert_corpus, word_style
from tests.support.shared import require_shared, shared_dir
from tests.validate.test_messages_vi import english_words
from vnadmin_docs.cli import main
from vnadmin_docs.errors import InputError, ReadError, UnsupportedDocumentType
from vnadmin_docs.read import Reading
from vnadmin_docs.read.notes import COMPONENTS_VI, Note, component_vi, in_language
from vnadmin_docs.render.docx import docx_bytes

ROOT = Path(__file__).resolve().parents[2]
READERS = sorted((ROOT / "vnadmin_docs" / "read").glob("*.py"))
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))

NOTE_MAKERS = {"Note", "note", "nfd_converted", "characters_removed"}
"""What a reader may append to its notes: a :class:`Note`, or a function that makes one."""
QUOTING = {"quote", "quotes", "_clip", "_collapse", "str", "len"}
"""Calls whose result is the document's text or a number: not the note's own words."""


def _problems(reading: Reading) -> list[str]:
    """What is wrong with a reading's notes: a plain string note, English in the Vietnamese."""
    out = []
    for note in reading.notes:
        if not isinstance(note, Note):
            out.append(f"no Vietnamese: {note!r}")
        elif english_words(note.vi) or not unicodedata.is_normalized("NFC", note.vi):
            out.append(f"{english_words(note.vi)} in {note.vi!r}")
        elif "Thành phần «" in note.vi:  # component_vi's fallback: a component not named
            out.append(f"an unnamed component in {note.vi!r}")
    return out


# ----------------------------------------------------------------------------- the Note value


def test_a_note_is_its_english_text_and_carries_its_vietnamese():
    note = Note("date: left blank", "Ngày tháng: để trống")
    assert note == "date: left blank" and isinstance(note, str)
    assert "blank" in note and note.startswith("date:") and f"{note}" == "date: left blank"
    assert note.vi == "Ngày tháng: để trống" and note.text("vi") == note.vi
    assert note.text("en") == "date: left blank" and note.text() == note
    for again in (copy.copy(note), copy.deepcopy(note), pickle.loads(pickle.dumps(note))):
        assert again == note and again.vi == note.vi
    assert in_language([note, "plain"], "vi") == ["Ngày tháng: để trống", "plain"]
    assert Note("x", unicodedata.normalize("NFD", "Ngày")).vi == "Ngày"  # NFC
    with pytest.raises(InputError, match="Vietnamese"):
        Note("date: left blank", "")


def test_components_are_named_in_vietnamese():
    for key, name in COMPONENTS_VI.items():
        assert not english_words(name), (key, name)
    assert component_vi("co_issuers[1]") == "Cơ quan cùng ban hành thứ 2"
    assert component_vi("unheard_of") == "Thành phần «unheard_of»"


# ----------------------------------------------------------------------------- every producer


def _words_of(node: ast.AST | None) -> str:
    """The literal words of a note's Vietnamese text: its values (quoted text, numbers,
    names looked up in a table) are left out."""
    if node is None:
        return " "
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else " "
    if isinstance(node, ast.JoinedStr):
        return "".join(_words_of(value) for value in node.values)
    if isinstance(node, ast.FormattedValue):
        return _words_of(node.value)
    if isinstance(node, ast.BinOp):
        return _words_of(node.left) + _words_of(node.right)
    if isinstance(node, ast.IfExp):
        return _words_of(node.body) + " " + _words_of(node.orelse)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in QUOTING:
            return " "
        head = _words_of(func.value) if isinstance(func, ast.Attribute) else ""
        return head + " " + " ".join(_words_of(arg) for arg in node.args)
    return " "  # a name, a table's value, a generator: values


def _note_calls() -> Iterator[tuple[str, int, ast.Call]]:
    for path in READERS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                yield path.name, node.lineno, node


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_every_note_the_readers_write_has_a_vietnamese_text():
    writers = 0
    for name, line, call in _note_calls():
        if _name(call) in ("note", "Note"):
            if name == "notes.py" and _name(call) == "Note" and len(call.args) != 2:
                continue
            assert len(call.args) == 2, f"{name}:{line}: a note without its Vietnamese text"
            if all(isinstance(arg, ast.Name) for arg in call.args):
                continue  # ``note(en, vi)`` passing its texts on to ``Note``
            english, vietnamese = (_words_of(arg) for arg in call.args)
            assert english_words(vietnamese) == [], f"{name}:{line}: {vietnamese!r}"
            assert english.strip() != vietnamese.strip(), f"{name}:{line}"
            writers += 1
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in ("append", "extend", "insert"):
            target = ast.unparse(func.value)
            if target.endswith("notes"):
                (value,) = call.args[-1:]
                made = value.func if isinstance(value, ast.Call) else None
                called = made.id if isinstance(made, ast.Name) else getattr(made, "attr", "")
                assert called in NOTE_MAKERS, f"{name}:{line}: {ast.unparse(value)} is no Note"
    assert writers >= 65  # the readers write 69 kinds of note today


def test_the_vocabularies_of_the_notes_are_vietnamese():
    from vnadmin_docs.read import docx, notes, plain

    tables = [docx._BLANKS_VI, plain._HEADER_PARTS_VI, notes._CHARACTERS_VI, COMPONENTS_VI]
    for table in tables:
        for key, value in table.items():
            assert english_words(value) == [], (key, value)
    problem = "contains U+D800 (a lone surrogate, half of a UTF-16 pair), which a Word …"
    assert english_words(notes.characters_removed(1, problem).vi) == []


# ----------------------------------------------------------------------------- real readings


def _corpus() -> list[Path]:
    return sorted(require_shared("corpus/docx").glob("*.docx"))


def _read_all(sources: dict[str, Callable[[], Reading]]) -> tuple[int, int, list[str]]:
    """Read each source; how many were read, how many notes, and what is wrong."""
    read = notes = 0
    problems: list[str] = []
    for label, reading in sources.items():
        try:
            result = reading()
        except (ReadError, UnsupportedDocumentType):
            continue  # refused with our error: no notes to check
        read += 1
        notes += len(result.notes)
        problems += [f"{label}: {problem}" for problem in _problems(result)]
    return read, notes, problems


def test_corpus_docx_notes_are_vietnamese():
    files = _corpus()
    sources = {path.name: (lambda p=path: vn.read(p)) for path in files}
    read, notes, problems = _read_all(sources)
    assert problems == []
    assert read >= 20 and notes >= 100  # 22 of 43 files read today, 109 notes


def test_corpus_as_words_texts_notes_are_vietnamese():
    sources: dict[str, Callable[[], Reading]] = {}
    for path in _corpus():
        for interleaved in (True, False):
            text = word_style(path, interleaved=interleaved).encode("utf-8")
            sources[f"{path.name} ({interleaved})"] = lambda t=text: vn.read(t, fmt="text")
    read, notes, problems = _read_all(sources)
    assert problems == []
    assert read >= 30 and notes >= 200


@pytest.mark.office
@pytest.mark.parametrize(("target", "fmt"), [("txt:Text (encoded):UTF8", "text"),
                                             ("html", "html")])  # fmt: skip
def test_corpus_as_libreoffice_exports_notes_are_vietnamese(target, fmt, tmp_path):
    converted = convert_corpus(target, tmp_path)
    assert len(converted) >= 40
    sources = {f"{stem}.{fmt}": (lambda p=path: vn.read(p.read_bytes(), fmt=fmt))
               for stem, path in converted.items()}  # fmt: skip
    read, notes, problems = _read_all(sources)
    assert problems == []
    assert read >= 10 and notes >= 40


def test_our_examples_notes_are_vietnamese():
    assert EXAMPLES, "no examples found"
    sources: dict[str, Callable[[], Reading]] = {}
    for path in EXAMPLES:
        document = vn.load(path)
        data = docx_bytes(document)
        text = vn.render_text(document).encode("utf-8")
        sources[f"{path.name}.docx"] = lambda d=data: vn.read(d)
        sources[f"{path.name}.txt"] = lambda t=text: vn.read(t, fmt="text")
    read, _notes, problems = _read_all(sources)
    assert problems == []
    assert read == 2 * len(EXAMPLES)  # our own files always read


# ----------------------------------------------------------------------------- crafted cases


def _plain(header: str, closing: str | None = None) -> Reading:
    text = _dispatch(header) if closing is None else _dispatch(header, closing)
    return vn.read(text.encode("utf-8"), fmt="text")


def _hand_written() -> str:
    from tests.read.test_text_reader import HAND_WRITTEN

    return HAND_WRITTEN


def _portal() -> bytes:
    from tests.read.test_html_reader import PORTAL

    return PORTAL.encode("utf-8")


def _legacy() -> Reading:
    from tests.validate import builders as b
    from vnadmin_docs.legacy import to_tcvn3, to_vni

    data = docx_bytes(b.compliant_model())
    data = b.set_runs(data, "Kính gửi", font=".VnTime")
    data = b.replace_text(data, "Kính gửi:", to_tcvn3("Kính gửi:"))
    data = b.set_runs(data, "Nơi nhận", font="VNI-Times")
    data = b.replace_text(data, "Nơi nhận:", to_vni("Nơi nhận:"))
    return vn.read(data)


HEADER = "\n".join(LEFT + RIGHT)
CRAFTED: dict[str, tuple[Callable[[], Reading], str, str]] = {
    "a control character and NFD in real text": (
        lambda: vn.read(
            unicodedata.normalize(
                "NFD", _dispatch(HEADER).replace("Thực hiện", "Thực\x07 hiện")
            ).encode("utf-8"),
            fmt="text",
        ),
        "character(s) removed; the first U+0007",
        "ký tự đầu tiên là U+0007 (ký tự điều khiển)",
    ),
    "a subject written «Về việc»": (
        lambda: _plain("\n".join([*LEFT[:3], "Về việc tổ chức hội nghị", *RIGHT])),
        "is written «Về việc» without «V/v»",
        "thay cho «V/v»",
    ),
    "a partial date": (
        lambda: _plain("\n".join([*LEFT, *RIGHT[:2], "Đăk Hà, ngày      tháng 4 năm 2026"])),
        "read as the partial date 2026-04",
        "để trống ngày (bản dự thảo); đọc là ngày chưa đầy đủ 2026-04",
    ),
    "the header in capitals split into parent and agency": (
        lambda: _plain("\n".join(["UBND TỈNH KON TUM", "SỞ NỘI VỤ", *LEFT[2:], *RIGHT])),
        "split at the word that names a body",
        "cơ quan chủ quản «UBND TỈNH KON TUM», cơ quan ban hành «SỞ NỘI VỤ»",
    ),
    "a line that fits no component (our text layout)": (
        lambda: vn.read(
            _hand_written().replace("**KHẨN**", "Bản dự thảo lần 2").encode(), fmt="text"
        ),
        "'Bản dự thảo lần 2', fits no component of the header; kept in the body",
        "«Bản dự thảo lần 2», không thuộc thành phần nào của phần đầu văn bản",
    ),
    "a control character in our text layout": (
        lambda: vn.read(_hand_written().replace("KHẨN", "KH\x0bẨN").encode(), fmt="text"),
        "1 character(s) removed; the first U+000B",
        "Văn bản: đã bỏ 1 ký tự; ký tự đầu tiên là U+000B",
    ),
    "a portal page with the site's own lines": (
        lambda: vn.read(_portal()),
        "line(s) above the header's table left out",
        "Trang HTML: bỏ",
    ),
    "runs in TCVN3 and VNI fonts": (
        _legacy,
        "run(s) in a TCVN3 font stored in legacy bytes, converted to Unicode",
        "đoạn chữ dùng phông VNI lưu bằng mã cũ, đã chuyển sang Unicode",
    ),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_crafted_notes_are_vietnamese(case):
    make, english, vietnamese = CRAFTED[case]
    reading = make()
    assert _problems(reading) == []
    assert any(english in note for note in reading.notes), reading.notes
    assert any(vietnamese in note.vi for note in reading.notes), reading.notes_in("vi")
    assert reading.notes_in("vi") == [note.vi for note in reading.notes]
    assert reading.notes_in("en") == list(reading.notes)


def test_a_biên_bản_signed_by_four_parties_is_noted_in_vietnamese():
    path = require_shared("corpus/docx/motcuasn__Bien_ban_hop_THUB_2009.docx")
    (note,) = [n for n in vn.read(path).notes if "parties sign" in n]
    assert note.startswith("signature: 4 parties sign each for their side")
    assert note.vi.startswith("Chữ ký: 4 bên ký, mỗi bên ký cho phía mình")
    assert "«Đại diện Chủ đầu tư»: «Phan Đình Hiếu»" in note.vi
    assert not english_words(note.vi)


# ----------------------------------------------------------------------------- the CLI


def _note_lines(text: str) -> list[str]:
    return [line.removeprefix("ghi chú: ") for line in text.splitlines()
            if line.startswith("ghi chú: ")]  # fmt: skip


def test_cli_read_prints_the_notes_in_vietnamese(tmp_path, capsys):
    path = tmp_path / "cong_van.txt"
    path.write_text(_dispatch("\n".join([*LEFT[:3], "Về việc tổ chức hội nghị", *RIGHT])),
                    encoding="utf-8")  # fmt: skip
    assert main(["--lang", "vi", "read", str(path), "-o", str(tmp_path / "out.yaml")]) == 0
    captured = capsys.readouterr()
    notes = _note_lines(captured.err)
    assert notes and any(n.startswith("Trích yếu: «Về việc tổ chức hội nghị»") for n in notes)
    assert [english_words(n) for n in notes if english_words(n)] == []
    assert "note:" not in captured.err
    assert main(["--lang", "en", "read", str(path), "-o", str(tmp_path / "out.yaml")]) == 0
    english = capsys.readouterr().err
    assert "note: subject: 'Về việc tổ chức hội nghị' is written «Về việc»" in english
    assert "ghi chú" not in english


def test_cli_read_of_corpus_files_in_vietnamese(tmp_path, capsys):
    if shared_dir() is None:
        require_shared("corpus/docx")
    checked = 0
    for path in _corpus()[:12]:
        code = main(["--lang", "vi", "read", str(path), "-o", str(tmp_path / "out.json")])
        err = capsys.readouterr().err
        if code != 0:
            continue
        notes = _note_lines(err)
        checked += len(notes)
        assert [n for n in notes if english_words(n)] == []
    assert checked >= 20


def test_cli_reissue_prints_everything_in_vietnamese(tmp_path, capsys):
    path = require_shared("corpus/docx/tdkt__1668482344_bienban.docx")
    assert main(["--lang", "vi", "reissue", str(path), "-o", str(tmp_path / "moi.docx")]) == 0
    out = capsys.readouterr().out.replace(str(tmp_path / "moi.docx"), "«tệp»")
    lines = [re.sub(r"^[A-Z]{2}\d{3} ", "", line) for line in out.splitlines()]
    assert _note_lines(out), out
    assert [line for line in lines if english_words(line)] == []
    assert "không chuyển được: nội dung: hình vẽ" in out


def test_the_notes_patterns_take_linear_time():
    import time

    from vnadmin_docs.read import notes

    start = time.monotonic()
    for text in ("U+" + "0" * 20_000, "U+0007 (" + "(" * 20_000, "a[" + "1" * 20_000):
        notes.characters_removed(1, text)
        notes.component_vi(text)
    assert time.monotonic() - start < 1
