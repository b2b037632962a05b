"""The command line ``vnadmin`` (also ``python -m vnadmin_docs``): a thin layer over the API.

Exit status (mã thoát): 0 on success; 1 only when ``validate`` finds that a document breaks
a rule; 2 for everything else: bad usage, an unreadable or invalid input (a model that fails
its own validation is an input error), a budget exceeded, a file that cannot be written, and
any unexpected error. Errors are one line on standard error, ``vnadmin: error: FILE: what
(where)``, without a traceback (``--debug`` or ``VNADMIN_DEBUG=1`` print one too).

``-`` stands for standard input or output wherever a stream makes sense: ``render - -o
out.docx`` (a model on standard input, JSON if it starts with ``{``, else YAML), ``render
in.yaml -o - --to docx``, ``validate -`` (.docx bytes or a model), ``read -`` and
``read -o -``, ``schema -o -``.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

from pydantic import ValidationError

from vnadmin_docs._version import __version__
from vnadmin_docs.errors import VnadminError
from vnadmin_docs.examples import EXAMPLES, example_dir, load_example
from vnadmin_docs.models.documents import Document, DocumentType
from vnadmin_docs.render.docx import render_docx
from vnadmin_docs.render.pdf import convert_to_pdf, soffice
from vnadmin_docs.render.text import render_text
from vnadmin_docs.serialization import (
    MAX_TEXT_BYTES,
    atomic_write,
    dump,
    dumps,
    json_schema,
    load,
    loads,
)
from vnadmin_docs.standards import STANDARDS
from vnadmin_docs.validate.engine import Report, Status

__all__ = ["LANGS", "STDIN_LIMIT", "default_lang", "describe_validation_error", "main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

STDIN = "-"
"""The name that stands for standard input or output."""

STDIN_LIMIT = 64 * 1024 * 1024
"""The most bytes read from standard input (64 MiB); a model is further held to 10 MiB."""

_FORMATS = ("docx", "pdf", "txt", "md", "yaml", "json")
_MODEL_SUFFIXES = (".yaml", ".yml", ".json")


LANGS = ("vi", "en")
"""The languages of what the command line prints (``--lang``)."""


def default_lang(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language of messages by default: ``"vi"`` for a Vietnamese locale, else ``"en"``.

    The locale is the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set; it is
    Vietnamese when it starts with ``vi`` (``vi_VN.UTF-8``).
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


_WORDS = {
    "wrote": {"en": "wrote", "vi": "đã ghi"},
    "note": {"en": "note", "vi": "ghi chú"},
    "error": {"en": "error", "vi": "lỗi"},
    "internal": {"en": "internal error", "vi": "lỗi nội bộ"},
    "report": {"en": "(run with --debug and report it)",
               "vi": "(chạy lại với --debug và báo lỗi này)"},
    "interrupted": {"en": "interrupted", "vi": "đã dừng"},
    "changes": {"en": "change(s)", "vi": "thay đổi"},
    "remaining": {"en": "failure(s) the fix does not mend remain; run vnadmin validate",
                  "vi": "lỗi không thuộc phạm vi sửa vẫn còn; xem bằng lệnh «vnadmin validate»"},
    "unmended": {"en": "still failing after the fix", "vi": "vẫn chưa đạt sau khi sửa"},
    "lost": {"en": "not carried over", "vi": "không chuyển được"},
    "lost_count": {"en": "item(s) not carried over", "vi": "mục không chuyển được"},
    "failures": {"en": "failure(s) in the new file (the content's own)",
                 "vi": "lỗi trong tệp mới (do chính nội dung)"},
    "no_pdf": {"en": "LibreOffice (soffice) is not installed: no PDF made",
               "vi": "chưa cài LibreOffice (soffice): không tạo được PDF"},
}  # fmt: skip
_LANG = ["en"]
"""The language of the command being run (set by :func:`main`)."""


def _t(key: str) -> str:
    return _WORDS[key][_LANG[0]]


class _UsageError(Exception):
    pass


class _Failure(Exception):
    """An input or output problem already described, with the file it concerns."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"vnadmin: error: {message} (see '{self.prog} --help')\n")


def describe_validation_error(error: ValidationError) -> str:
    """Describe a pydantic ValidationError on one line: ``field.path: message; …``."""
    parts = []
    for item in error.errors(include_url=False):
        location = ".".join(str(part) for part in item["loc"]) or "document"
        message = str(item["msg"]).removeprefix("Value error, ")
        parts.append(f"{location}: {message}")
    count = len(parts)
    noun = "problem" if count == 1 else "problems"
    return f"invalid document ({count} {noun}): " + "; ".join(parts)


def _named(name: str, message: str) -> str:
    """``message`` with the file name in front, unless it already starts with it."""
    return message if message.startswith(f"{name}:") else f"{name}: {message}"


def _read_stdin(limit: int = STDIN_LIMIT) -> bytes:
    data: bytes = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise _Failure(f"<stdin>: more than {limit:,} bytes; not read")
    return data


def _model_from_bytes(data: bytes, name: str) -> Document:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Failure(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    if len(text) > MAX_TEXT_BYTES:  # before looking for the first character
        return loads(text, source=name)
    fmt = "json" if text.lstrip()[:1] == "{" else "yaml"
    return loads(text, fmt, source=name)


def _load(name: str) -> Document:
    """Load a model from a file, or from standard input for ``-``; name the file on error."""
    try:
        if name == STDIN:
            return _model_from_bytes(_read_stdin(MAX_TEXT_BYTES + 3), "<stdin>")
        return load(name)
    except ValidationError as error:
        label = "<stdin>" if name == STDIN else name
        raise _Failure(f"{label}: {describe_validation_error(error)}") from error


def _write_stdout(data: bytes | str) -> None:
    if isinstance(data, str):
        sys.stdout.write(data)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _write_text(path: Path, text: str) -> None:
    with atomic_write(path, "w") as stream:
        stream.write(text)


def _format_of_output(output: str, to: str | None) -> str:
    if output == STDIN:
        if to is None:
            raise _UsageError(
                f"-o -: name the format of standard output with --to {{{','.join(_FORMATS)}}}"
            )
        return to
    suffix = Path(output).suffix.lower()
    kind = {".yml": "yaml"}.get(suffix, suffix.removeprefix("."))
    if kind not in _FORMATS:
        raise _UsageError(
            f"{output}: cannot render to {suffix or 'a file without extension'!r}; "
            "use .docx, .pdf, .txt, .md, .yaml or .json"
        )
    if to is not None and to != kind:
        raise _UsageError(f"{output}: --to {to} does not match the extension {suffix}")
    return kind


def _rendered(document: Document, kind: str, standard: str | None) -> bytes:
    """The document in format ``kind`` as bytes (for standard output)."""
    if kind in ("docx", "pdf"):
        buffer = io.BytesIO()
        render_docx(document, buffer, standard=standard)
        if kind == "docx":
            return buffer.getvalue()
        with tempfile.TemporaryDirectory(prefix="vnadmin-") as work:
            docx = Path(work, "document.docx")
            docx.write_bytes(buffer.getvalue())
            return convert_to_pdf(docx, Path(work, "document.pdf")).read_bytes()
    if kind in ("txt", "md"):
        return render_text(document, markup=kind == "md").encode("utf-8")
    return dumps(document, kind).encode("utf-8")


def _render(document: Document, output: Path, standard: str | None = None) -> list[Path]:
    """Write ``document`` to ``output`` in the format its extension names; return the files."""
    kind = _format_of_output(str(output), None)
    if kind == "docx":
        render_docx(document, output, standard=standard)
    elif kind == "pdf":
        with tempfile.TemporaryDirectory(prefix="vnadmin-") as work:
            docx = Path(work, output.with_suffix(".docx").name)
            render_docx(document, docx, standard=standard)
            convert_to_pdf(docx, output)
    elif kind in ("txt", "md"):
        _write_text(output, render_text(document, markup=kind == "md"))
    else:
        dump(document, output)
    return [output]


def _cmd_render(args: argparse.Namespace) -> int:
    kind = _format_of_output(args.output, args.to)
    if args.pdf and (args.output == STDIN or kind != "docx"):
        raise _UsageError("--pdf goes with a .docx output; to get only a PDF, use -o X.pdf")
    document = _load(args.input)
    if args.output == STDIN:
        _write_stdout(_rendered(document, kind, args.standard))
        return EXIT_OK
    output = Path(args.output)
    written = _render(document, output, args.standard)
    if args.pdf:
        written.append(convert_to_pdf(output, output.with_suffix(".pdf")))
    for path in written:
        print(f"{_t('wrote')} {path}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    if args.type is not None and args.type_option is not None and args.type != args.type_option:
        raise _UsageError(f"schema: two types given ({args.type}, {args.type_option}); give one")
    doc_type = args.type or args.type_option or DocumentType.CONG_VAN.value
    text = json.dumps(json_schema(doc_type), ensure_ascii=False, indent=2) + "\n"
    if args.output and args.output != STDIN:
        _write_text(Path(args.output), text)
        print(f"{_t('wrote')} {args.output}")
    else:
        _write_stdout(text)
    return EXIT_OK


def _cmd_example(args: argparse.Namespace) -> int:
    source = example_dir(args.name)
    target = Path(args.output)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _Failure(f"{target}: cannot make the folder ({error.strerror or error})") from None
    for file in sorted(source.iterdir()):
        if file.is_file() and file.suffix in (".yaml", ".py", ".md"):
            content = file.read_bytes()
            with atomic_write(target / file.name, "wb") as stream:
                stream.write(content)
            print(f"{_t('wrote')} {target / file.name}")
    document = load_example(args.name)
    outputs = [target / f"{args.name}.txt", target / f"{args.name}.docx"]
    for output in outputs:
        _render(document, output)
        print(f"{_t('wrote')} {output}")
    if soffice() is not None:
        pdf = convert_to_pdf(outputs[-1], target / f"{args.name}.pdf")
        print(f"{_t('wrote')} {pdf}")
    else:
        print(_t("no_pdf"), file=sys.stderr)
    return EXIT_OK


def _validate_one(name: str, standard: str | None) -> Report:
    from vnadmin_docs.validate import validate

    try:
        if name == STDIN:
            data = _read_stdin()
            if data[:2] == b"PK":
                return validate(data, standard)
            return validate(_model_from_bytes(data, "<stdin>"), standard)
        path = Path(name)  # read and validate refuse what is not a regular file
        if path.suffix.lower() in _MODEL_SUFFIXES:
            return validate(_load(name), standard)
        return validate(path, standard)
    except ValidationError as error:
        raise _Failure(_named(name, describe_validation_error(error))) from error
    except VnadminError as error:
        raise _Failure(_named("<stdin>" if name == STDIN else name, str(error))) from error


def _cmd_validate(args: argparse.Namespace) -> int:
    if args.files.count(STDIN) > 1:
        raise _UsageError("standard input (-) can be read only once")
    worst = EXIT_OK
    reports = []
    for name in args.files:
        report = _validate_one(name, args.standard)
        reports.append(report)
        if not report.ok:
            worst = EXIT_INVALID
    if args.format == "json":
        payload = [r.to_dict() for r in reports]
        _write_stdout(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        shown = [Status.FAIL] + ([Status.NOT_EVALUATED] if args.verbose else [])
        for report in reports:
            print(report.to_text(show=shown, lang=_LANG[0]))
    return worst


R = TypeVar("R")


def _docx_job(args: argparse.Namespace, what: str, job: Callable[[bytes | Path, Path], R]) -> R:
    """Run ``job(source, output)`` for a command that writes a .docx from a .docx.

    For ``fix`` and ``reissue``: the output's extension checked, standard input read, our
    errors named after the input.
    """
    name = "<stdin>" if args.file == STDIN else args.file
    output = Path(args.output)
    if output.suffix.lower() != ".docx":
        raise _UsageError(f"{output}: the {what} file is a .docx")
    try:
        source: bytes | Path = _read_stdin() if args.file == STDIN else Path(args.file)
        return job(source, output)
    except ValidationError as error:
        raise _Failure(_named(name, describe_validation_error(error))) from error
    except VnadminError as error:
        raise _Failure(_named(name, str(error))) from error


def _cmd_fix(args: argparse.Namespace) -> int:
    from vnadmin_docs.fix import fix

    output = Path(args.output)
    report = _docx_job(
        args, "fixed", lambda source, out: fix(source, out, standard=args.standard, text=args.text)
    )
    if args.format == "json":
        payload = {
            "source": report.source, "target": str(output), "standard": report.standard,
            "changes": [dataclasses.asdict(change) for change in report.changes],
            "unmended": report.unmended,
            "remaining": [finding.to_dict() for finding in report.remaining],
        }  # fmt: skip
        _write_stdout(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for change in report.changes:
            print(_one_line(change.describe(_LANG[0])))
        print(f"{len(report.changes)} {_t('changes')}; {_t('wrote')} {output}")
        if report.unmended:
            print(f"{', '.join(report.unmended)}: {_t('unmended')}")
        if report.remaining:
            print(f"{len(report.remaining)} {_t('remaining')}")
    return EXIT_OK


def _cmd_reissue(args: argparse.Namespace) -> int:
    from vnadmin_docs.reissue import reissue

    output = Path(args.output)
    report = _docx_job(
        args, "re-issued", lambda source, out: reissue(source, out, standard=args.standard)
    )
    lang = _LANG[0]
    if args.format == "json":
        _write_stdout(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for note in report.notes_in(lang):
        print(f"{_t('note')}: {_one_line(note)}")
    for item in report.lost:
        print(_one_line(f"{_t('lost')}: {item.text(lang)}"))
    for finding in report.failures:
        message = finding.message_vi if lang == "vi" else finding.message
        print(_one_line(f"{finding.code} {message}"))
    print(f"{len(report.lost)} {_t('lost_count')}; {len(report.failures)} {_t('failures')}; "
          f"{_t('wrote')} {output}")  # fmt: skip
    return EXIT_OK


def _cmd_read(args: argparse.Namespace) -> int:
    from vnadmin_docs.read import read

    name = "<stdin>" if args.file == STDIN else args.file
    if args.output and args.output != STDIN:
        output = Path(args.output)
        if output.suffix.lower() not in _MODEL_SUFFIXES:
            raise _UsageError(f"{output}: write the model as .yaml or .json")
    try:
        reading = read(_read_stdin()) if args.file == STDIN else read(Path(args.file))
    except ValidationError as error:
        raise _Failure(_named(name, describe_validation_error(error))) from error
    except VnadminError as error:
        raise _Failure(_named(name, str(error))) from error
    for note in reading.notes_in(_LANG[0]):
        print(f"{_t('note')}: {_one_line(note)}", file=sys.stderr)
    if args.output and args.output != STDIN:
        dump(reading.document, Path(args.output))
        print(f"{_t('wrote')} {args.output}")
    else:
        _write_stdout(dumps(reading.document, "yaml" if args.format == "yaml" else "json"))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    debug = _Parser(add_help=False)
    debug.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="on an error, print the traceback too (also: VNADMIN_DEBUG=1)",
    )
    debug.add_argument(
        "--lang",
        choices=LANGS,
        default=argparse.SUPPRESS,
        help="the language of messages and reports: vi (tiếng Việt) or en; default: vi when "
        "the locale (LC_ALL, LC_MESSAGES, LANG) is Vietnamese, else en",
    )
    parser = _Parser(
        prog="vnadmin",
        description="Vietnamese administrative documents (văn bản hành chính, Decree 30/2020).",
        epilog="Exit status: 0 success; 1 validate found a broken rule; 2 any other error. "
        "'-' stands for standard input or output.",
        parents=[debug],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    render = commands.add_parser(
        "render",
        help="render a document from YAML or JSON",
        description="Render a document; the output's extension chooses the format "
        "(.docx Word, .pdf through LibreOffice, .txt plain text, .md text with Markdown "
        "emphasis, .yaml/.json the model). '-' reads the model from standard input "
        "(JSON if it starts with '{', else YAML); '-o -' writes to standard output in the "
        "format --to names.",
        parents=[debug],
    )
    render.add_argument("input", help="the document, .yaml/.yml or .json; - for standard input")
    render.add_argument(
        "-o", "--output", required=True, help="the file to write; - for standard output"
    )
    render.add_argument(
        "--to", choices=_FORMATS, help="the output format (needed with -o -; else the extension)"
    )
    render.add_argument(
        "--standard",
        choices=sorted(STANDARDS),
        help="lay out by this standard (default: nd30-2020, the one in force)",
    )
    render.add_argument(
        "--pdf", action="store_true", help="with a .docx output, also write a PDF beside it"
    )
    render.set_defaults(run=_cmd_render)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a document type",
        description="Print the JSON Schema of a document type's input (default: cong_van).",
        parents=[debug],
    )
    schema.add_argument(
        "type",
        nargs="?",
        help="document type key (cong_van, quyet_dinh, giay_moi, …) or Vietnamese name",
    )
    schema.add_argument("--type", dest="type_option", metavar="TYPE", help="the same, as an option")
    schema.add_argument("-o", "--output", help="write to this file instead of standard output (-)")
    schema.set_defaults(run=_cmd_schema)

    example = commands.add_parser(
        "example",
        help="copy a reference example into a folder",
        description="Copy a shipped example (its YAML and build script) into a folder and "
        "render it there: .txt, .docx, and .pdf where LibreOffice is installed.",
        parents=[debug],
    )
    example.add_argument("name", choices=EXAMPLES, help="the example")
    example.add_argument("-o", "--output", required=True, help="the folder to write into")
    example.set_defaults(run=_cmd_example)

    check = commands.add_parser(
        "validate",
        help="check documents against Decree 30/2020 or Circular 01/2011",
        description="Check .docx files (or YAML/JSON models) against the standard: by "
        "default the one recorded in the file, else the one in force on the document's date. "
        "Exit 0 when no error is found, 1 when one is, 2 on bad usage or unreadable input. "
        "'-' reads standard input: .docx bytes, or a model in YAML or JSON.",
        parents=[debug],
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help=".docx, .yaml or .json files; - for standard input"
    )
    check.add_argument("--standard", choices=sorted(STANDARDS), help="judge by this standard")
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    check.add_argument(
        "-v", "--verbose", action="store_true", help="also list the rules not evaluated"
    )
    check.set_defaults(run=_cmd_validate)

    mender = commands.add_parser(
        "fix",
        help="mend a .docx's format in place, without touching its words",
        description="Write a copy of a .docx with its page, margins, fonts (legacy TCVN3/VNI "
        "text converted), the format of each recognised component and page numbers mended "
        "to the standard; every change is listed with the rule it mends. The words, tables, "
        "images, comments and tracked changes stay as they are. Exit 0 when the file was "
        "fixed, 2 on bad usage or unreadable input.",
        parents=[debug],
    )
    mender.add_argument("file", help="the .docx to fix; - for standard input")
    mender.add_argument("-o", "--output", required=True, help="the fixed .docx to write")
    mender.add_argument("--standard", choices=sorted(STANDARDS), help="fix to this standard")
    mender.add_argument("--text", action="store_true",
                        help="also mend the text the rules judge: date zeros, «Số:», the "
                        "notation's spaces, the Tiêu ngữ's hyphens, «Kính gửi:», the "
                        "punctuation of Kính gửi and Nơi nhận lines, the end mark «./.»; "
                        "no word is changed")  # fmt: skip
    mender.add_argument("--format", choices=("text", "json"), default="text",
                        help="report format")  # fmt: skip
    mender.set_defaults(run=_cmd_fix)

    again = commands.add_parser(
        "reissue",
        help="read a .docx and issue it again under the current standard",
        description="Read a document into the model and render it anew under the current "
        "standard (Decree 30/2020 unless --standard names another). The report lists the "
        "reader's notes, everything the old file holds that the new one does not carry "
        "(images, comments, tracked changes, notes, fields, colours, sections, words the "
        "reader did not take) and the validator's failures on the new file. Exit 0 when "
        "the file was written, 2 on bad usage or unreadable input.",
        parents=[debug],
    )
    again.add_argument("file", help="the .docx (or .txt) to re-issue; - for standard input")
    again.add_argument("-o", "--output", required=True, help="the new .docx to write")
    again.add_argument("--standard", choices=sorted(STANDARDS), help="lay out by this standard")
    again.add_argument("--format", choices=("text", "json"), default="text",
                       help="report format")  # fmt: skip
    again.set_defaults(run=_cmd_reissue)

    reader = commands.add_parser(
        "read",
        help="read a .docx, text or HTML file into the model",
        description="Read a document (.docx made by any office suite, or plain text laid out "
        "like the reference text) into the model; notes on what was converted or guessed go "
        "to standard error.",
        parents=[debug],
    )
    reader.add_argument("file", help="the .docx, .txt or .html file; - for standard input")
    reader.add_argument(
        "-o", "--output", help="write the model to this .yaml or .json file (- or none: stdout)"
    )
    reader.add_argument("--format", choices=("yaml", "json"), default="yaml",
                        help="format on standard output (default yaml)")  # fmt: skip
    reader.set_defaults(run=_cmd_read)
    return parser


def _one_line(message: str) -> str:
    """``message`` on one printable line: line breaks and control characters escaped."""
    flat = " ".join(message.split())
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in flat)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 a broken rule, 2 an error)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error already printed
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    debug = bool(getattr(args, "debug", False) or os.environ.get("VNADMIN_DEBUG"))
    _LANG[0] = getattr(args, "lang", None) or default_lang()
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ValidationError as error:  # a model built outside _load: name the input if known
        source = getattr(args, "input", "") or getattr(args, "file", "")
        return _report(_named(source, describe_validation_error(error)) if source
                       else describe_validation_error(error), debug)  # fmt: skip
    except (VnadminError, _UsageError, _Failure) as error:
        return _report(str(error), debug)
    except BrokenPipeError:  # the reader of standard output went away: nothing to say
        _silence_stdout()
        return EXIT_USAGE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return _report(f"{where}{error.strerror or error}", debug)
    except KeyboardInterrupt:
        print(f"vnadmin: {_t('interrupted')}", file=sys.stderr)
        return 130
    except Exception as error:
        if debug:
            traceback.print_exc()
        print(
            f"vnadmin: {_t('internal')}: {type(error).__name__}: {_one_line(str(error))} "
            f"{_t('report')}",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _report(message: str, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(f"vnadmin: {_t('error')}: {_one_line(message)}", file=sys.stderr)
    return EXIT_USAGE
