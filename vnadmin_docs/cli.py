"""The command line ``vnadmin`` (also ``python -m vnadmin_docs``): a thin layer over the API.

Exit status: 0 on success, 1 when a document is invalid, 2 on a usage or input error. Errors
are one line on standard error, without a traceback (set ``VNADMIN_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from vnadmin_docs._version import __version__
from vnadmin_docs.errors import VnadminError
from vnadmin_docs.examples import EXAMPLES, example_dir, load_example
from vnadmin_docs.models.documents import Document, DocumentType
from vnadmin_docs.render.docx import render_docx
from vnadmin_docs.render.pdf import convert_to_pdf, soffice
from vnadmin_docs.render.text import render_text
from vnadmin_docs.serialization import atomic_write, dump, dumps, json_schema, load
from vnadmin_docs.standards import STANDARDS
from vnadmin_docs.validate.engine import Status

__all__ = ["describe_validation_error", "main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


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


def _write_text(path: Path, text: str) -> None:
    with atomic_write(path, "w") as stream:
        stream.write(text)


def _render(document: Document, output: Path, standard: str | None = None) -> list[Path]:
    """Write ``document`` to ``output`` in the format its extension names; return the files."""
    suffix = output.suffix.lower()
    if suffix == ".docx":
        render_docx(document, output, standard=standard)
    elif suffix == ".pdf":
        with tempfile.TemporaryDirectory(prefix="vnadmin-") as work:
            docx = Path(work, output.with_suffix(".docx").name)
            render_docx(document, docx, standard=standard)
            convert_to_pdf(docx, output)
    elif suffix == ".txt":
        _write_text(output, render_text(document))
    elif suffix == ".md":
        _write_text(output, render_text(document, markup=True))
    elif suffix in (".yaml", ".yml", ".json"):
        dump(document, output)
    else:
        raise _UsageError(
            f"{output}: cannot render to {suffix or 'a file without extension'!r}; "
            "use .docx, .pdf, .txt, .md, .yaml or .json"
        )
    return [output]


def _cmd_render(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if args.pdf and output.suffix.lower() != ".docx":
        raise _UsageError("--pdf goes with a .docx output; to get only a PDF, use -o X.pdf")
    document = load(args.input)
    written = _render(document, output, args.standard)
    if args.pdf:
        written.append(convert_to_pdf(output, output.with_suffix(".pdf")))
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(args.type), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        _write_text(Path(args.output), text)
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_example(args: argparse.Namespace) -> int:
    source = example_dir(args.name)
    target = Path(args.output)
    target.mkdir(parents=True, exist_ok=True)
    for file in sorted(source.iterdir()):
        if file.is_file() and file.suffix in (".yaml", ".py", ".md"):
            with atomic_write(target / file.name, "wb") as stream:
                stream.write(file.read_bytes())
            print(f"wrote {target / file.name}")
    document = load_example(args.name)
    outputs = [target / f"{args.name}.txt", target / f"{args.name}.docx"]
    for output in outputs:
        _render(document, output)
        print(f"wrote {output}")
    if soffice() is not None:
        pdf = convert_to_pdf(outputs[-1], target / f"{args.name}.pdf")
        print(f"wrote {pdf}")
    else:
        print("LibreOffice (soffice) is not installed: no PDF made", file=sys.stderr)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from vnadmin_docs.validate import validate

    worst = EXIT_OK
    reports = []
    for name in args.files:
        path = Path(name)
        source = load(path) if path.suffix.lower() in (".yaml", ".yml", ".json") else path
        report = validate(source, args.standard)
        reports.append(report)
        if not report.ok:
            worst = EXIT_INVALID
    if args.format == "json":
        payload = [r.to_dict() for r in reports]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        shown = [Status.FAIL] + ([Status.NOT_EVALUATED] if args.verbose else [])
        for report in reports:
            print(report.to_text(show=shown))
    return worst


def _cmd_read(args: argparse.Namespace) -> int:
    from vnadmin_docs.read import read

    reading = read(args.file)
    for note in reading.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.output:
        output = Path(args.output)
        if output.suffix.lower() not in (".yaml", ".yml", ".json"):
            raise _UsageError(f"{output}: write the model as .yaml or .json")
        dump(reading.document, output)
        print(f"wrote {output}")
    else:
        sys.stdout.write(dumps(reading.document, "yaml" if args.format == "yaml" else "json"))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnadmin",
        description="Vietnamese administrative documents (văn bản hành chính, Decree 30/2020).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    render = commands.add_parser(
        "render",
        help="render a document from YAML or JSON",
        description="Render a document; the output's extension chooses the format "
        "(.docx Word, .pdf through LibreOffice, .txt plain text, .md text with Markdown "
        "emphasis, .yaml/.json the model).",
    )
    render.add_argument("input", help="the document, .yaml/.yml or .json")
    render.add_argument("-o", "--output", required=True, help="the file to write")
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
    )
    schema.add_argument(
        "type",
        nargs="?",
        default=DocumentType.CONG_VAN.value,
        help="document type key (cong_van, …) or Vietnamese name",
    )
    schema.add_argument("-o", "--output", help="write to this file instead of standard output")
    schema.set_defaults(run=_cmd_schema)

    example = commands.add_parser(
        "example",
        help="copy a reference example into a folder",
        description="Copy a shipped example (its YAML and build script) into a folder and "
        "render it there: .txt, .docx, and .pdf where LibreOffice is installed.",
    )
    example.add_argument("name", choices=EXAMPLES, help="the example")
    example.add_argument("-o", "--output", required=True, help="the folder to write into")
    example.set_defaults(run=_cmd_example)

    check = commands.add_parser(
        "validate",
        help="check documents against Decree 30/2020 or Circular 01/2011",
        description="Check .docx files (or YAML/JSON models) against the standard: by "
        "default the one recorded in the file, else the one in force on the document's date. "
        "Exit 0 when no error is found, 1 when one is, 2 on bad usage or unreadable input.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help=".docx, .yaml or .json files")
    check.add_argument("--standard", choices=sorted(STANDARDS), help="judge by this standard")
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    check.add_argument(
        "-v", "--verbose", action="store_true", help="also list the rules not evaluated"
    )
    check.set_defaults(run=_cmd_validate)

    reader = commands.add_parser(
        "read",
        help="read a .docx or text file into the model",
        description="Read a document (.docx made by any office suite, or plain text laid out "
        "like the reference text) into the model; notes on what was converted or guessed go "
        "to standard error.",
    )
    reader.add_argument("file", help="the .docx or .txt file")
    reader.add_argument("-o", "--output", help="write the model to this .yaml or .json file")
    reader.add_argument("--format", choices=("yaml", "json"), default="yaml",
                        help="format on standard output (default yaml)")  # fmt: skip
    reader.set_defaults(run=_cmd_read)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ValidationError as error:
        source = getattr(args, "input", "") or " ".join(getattr(args, "files", []))
        _report(f"{source}: {describe_validation_error(error)}".lstrip(": "))
        return EXIT_INVALID
    except (VnadminError, _UsageError) as error:
        _report(str(error))
        return EXIT_USAGE
    except OSError as error:
        _report(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
        return EXIT_USAGE


def _report(message: str) -> None:
    if os.environ.get("VNADMIN_DEBUG"):
        raise
    print(f"vnadmin: error: {message}", file=sys.stderr)
