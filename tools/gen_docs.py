"""Regenerate the documentation pages that are made from the library's own data.

python tools/gen_docs.py          # write docs/standards.md, docs/rules/*.md and the
                                  # field tables of docs/forms.md
python tools/gen_docs.py --check  # exit 1 if a page is out of date (a test runs this)
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

from pydantic import BaseModel

from vnadmin_docs.standards import STANDARDS, UNHELD, Standard, UnheldStandard

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _flag(value: bool | None, yes: str, no: str) -> str:
    return "–" if value is None else (yes if value else no)


def standard_section(table: Standard) -> str:
    page = table.page
    until = f" until {table.effective_to:%d/%m/%Y}" if table.effective_to else ""
    lines = [
        f"## {table.title} (`{table.id}`)",
        "",
        f"In force from {table.effective_from:%d/%m/%Y}{until}.",
        "",
        "| item | rule | locator |",
        "|---|---|---|",
        f"| paper | {page.width_mm:g} × {page.height_mm:g} mm, {page.orientation} "
        f"| {page.locator} |",
        f"| margins | top {page.top_mm.describe('mm')}, bottom {page.bottom_mm.describe('mm')}, "
        f"left {page.left_mm.describe('mm')}, right {page.right_mm.describe('mm')} "
        f"(defaults {page.top_mm.default:g}/{page.bottom_mm.default:g}/{page.left_mm.default:g}/"
        f"{page.right_mm.default:g}) | {page.margins_locator} |",
        f"| font | {page.font_rule} | {page.font_locator} |",
        f"| page numbers | {table.page_numbers.position}, "
        f"{'shown' if table.page_numbers.first_page_shown else 'not shown'} on page 1, "
        f"{'restarting' if table.page_numbers.restart_per_appendix else 'continuing'} in each "
        f"appendix | {table.page_numbers.locator} |",
        f"| body | first-line indent {' or '.join(f'{v:g}' for v in table.body_indent_cm)} cm; "
        f"line spacing {table.body_line_spacing.describe('lines')} (default "
        f"{table.body_line_spacing.default:g})"
        + (
            f" or exactly ≥ {table.body_exact_line_pt_min:g} pt"
            if table.body_exact_line_pt_min
            else ""
        )
        + f"; ≥ {table.body_space_after_min_pt:g} pt between paragraphs | {table.body_locator} |",
        f"| Quốc hiệu, Tiêu ngữ | {table.national_name} / {table.national_motto} | "
        f"{table.national_locator} |",
        f"| numbers and dates | a leading zero for serial numbers and days below "
        f"{table.zero_pad_below} and for the months "
        f"{', '.join(str(m) for m in table.zero_padded_months)} only | {table.date_locator} |",
        "",
        "| component | ô | size (default) | weight | slant | case | alignment | locator |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in table.components:
        case = "–" if row.case is None else ("CAPITALS" if row.case.value == "upper" else "normal")
        note = f" ({row.note})" if row.note else ""
        lines.append(
            f"| {row.name_vi} `{row.key}` | {row.cell or '–'} | {row.size.describe('pt')} "
            f"({row.size.default:g}) | {_flag(row.bold, 'bold', 'regular')} | "
            f"{_flag(row.italic, 'italic', 'upright')} | {case} | {row.align} | "
            f"{row.locator}{note} |"
        )
    lines += [
        "",
        "| rule | under | length | clear of the ink above | locator |",
        "|---|---|---|---|---|",
    ]
    for rule in table.rules:
        whole = "the text area's width" if rule.spans == "text_area" else "the text line"
        if rule.fraction.low == rule.fraction.high:
            length = f"exactly {whole}"
        else:
            sized = f" of `{rule.sized_by}`" if rule.sized_by else ""
            length = (
                f"{rule.fraction.low:.3g}–{rule.fraction.high:.3g} of {whole}{sized}, as it "
                f"wraps (default {rule.fraction.default:.3g})"
            )
        gap = (
            rule.gap_mm.describe("mm") + f" (default {rule.gap_mm.default:g})"
            if rule.gap_mm
            else "–"
        )
        note = f" ({rule.note})" if rule.note else ""
        lines.append(f"| `{rule.key}` | `{rule.under}` | {length} | {gap} | {rule.locator}{note} |")
    if table.stamps:
        lines += ["", "| mark | words | stamp (w × h) | locator |", "|---|---|---|---|"]
        for stamp in table.stamps:
            note = f" ({stamp.note})" if stamp.note else ""
            lines.append(
                f"| `{stamp.key}` | {stamp.words} | {stamp.width_mm:g} × {stamp.height_mm:g} mm "
                f"| {stamp.locator}{note} |"
            )
    if table.spacings:
        lines += ["", "| spacing | measured | range (default) | source |", "|---|---|---|---|"]
        for row in table.spacings:
            lines.append(
                f"| `{row.key}` {row.name_vi} | {row.measured} | {row.mm.describe('mm')} "
                f"({row.mm.default:g}) | {row.locator} |"
            )
    return "\n".join(lines) + "\n"


def standards_page() -> str:
    head = (
        "# The standards as data\n\n"
        "<!-- Generated by tools/gen_docs.py from vnadmin_docs/standards; do not edit. -->\n\n"
        "The renderer and the validator read these tables and nothing else: no size, margin "
        "or rule length of a decree is written anywhere else in the code. A house style "
        "(`vnadmin_docs.standards.HouseStyle`) picks other values inside the ranges.\n\n"
        "Where our summary of the rules (`shared/spec`) and the decree disagree, the decree "
        "wins. Defaults are the values of the decree's own sample table. The article numbers "
        "given for Circular 01/2011 come from secondary sources.\n\n"
    )
    return head + "\n".join(
        [standard_section(t) for t in STANDARDS.values()] + [unheld_section(u) for u in UNHELD]
    )


def unheld_section(unheld: UnheldStandard) -> str:
    """A standard that governed a period but whose table is not held."""
    from vnadmin_docs.vietnamese import format_short_date

    found = "\n".join(f"- {line}" for line in unheld.found)
    return (
        f"## {unheld.title}: not held\n\n"
        f"Signed {format_short_date(unheld.signed)}; replaced on "
        f"{format_short_date(unheld.effective_to)}. "
        f"No table is held: {unheld.why.removesuffix(': see docs/standards.md')}. A document "
        "of its period is named as falling under it and judged for reference only by the "
        "earliest table held (see [validate.md](validate.md#which-standard-judges-a-document))."
        f"\n\nWhat its text was seen to say:\n\n{found}\n"
    )


def _rules() -> list[type]:
    from vnadmin_docs.validate import REGISTRY

    return sorted(REGISTRY.values(), key=lambda rule: rule.code)


def rule_page(rule: type) -> str:
    from vnadmin_docs.standards import STANDARDS as TABLES

    doc = inspect.cleandoc(rule.__doc__ or "")
    title, _, rest = doc.partition("\n")
    locators = "\n".join(
        f"| {table.title} | {rule.legal_locator(table) or '–'} |"
        for key, table in TABLES.items()
        if key in rule.standards
    )
    return (
        f"# {rule.code} {rule.name}\n\n"
        "<!-- Generated by tools/gen_docs.py from the rule's class; do not edit. -->\n\n"
        f"**{title}**\n\n"
        f"Severity: {rule.severity.value}. Applies to: {', '.join(rule.standards)}.\n\n"
        f"{rest.strip()}\n\n"
        "| standard | legal basis |\n|---|---|\n"
        f"{locators}\n\n"
        f"Message: `{rule.message}`\n\n"
        f"Thông báo: `{rule.message_vi}`\n"
    )


def rules_index() -> str:
    rules = _rules()
    lines = [
        "# Validation rules",
        "",
        "<!-- Generated by tools/gen_docs.py from the rule registry; do not edit. -->",
        "",
        f"{len(rules)} rules. Each page says what the rule checks, its legal basis under each "
        "standard, and a wrong and a right example. See [the validator](../validate.md).",
        "",
        "| code | name | severity | what it checks |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        lines.append(
            f"| [{rule.code}]({rule.code}.md) | `{rule.name}` | {rule.severity.value} | "
            f"{rule.title()} |"
        )
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ docs/forms.md: field tables

FORMS_PAGE = "forms.md"
FORM_EXAMPLES = DOCS.parent / "examples" / "forms"
_BLOCK = re.compile(
    r"(<!-- BEGIN (?P<what>fields|example) (?P<name>\w+) \(tools/gen_docs.py\) -->\n).*?"
    r"(?P<end><!-- END (?P=what) (?P=name) -->)",
    re.DOTALL,
)


def _form_fields(name: str) -> tuple[type[BaseModel], list[str], set[str]]:
    """The model, the fields to list and the required ones, for a block of forms.md.

    ``name`` is a document type (its own fields: those its base lacks or describes
    otherwise; required as its JSON Schema says) or a part (every field).
    """
    from vnadmin_docs import models
    from vnadmin_docs.serialization import DOCUMENT_CLASSES, json_schema

    parts: dict[str, type[BaseModel]] = {
        "article": models.Article,
        "clause": models.Clause,
        "point": models.Point,
        "copy": models.DocumentCopy,
        "co_issuer": models.CoIssuer,
        "attachment": models.Attachment,
    }
    if name in parts:
        part = parts[name]
        required = {field for field, info in part.model_fields.items() if info.is_required()}
        return part, list(part.model_fields), required
    cls = DOCUMENT_CLASSES[models.DocumentType(name)]
    base = models.TypedDocument if issubclass(cls, models.TypedDocument) else models.Document
    if cls is base:  # every other type (Mẫu 1.4): what it adds to the công văn's parts
        base = models.Document
    own = base.model_fields
    new = [field for field in cls.model_fields if field not in own]
    changed = [
        field
        for field, info in cls.model_fields.items()
        if field in own and field != "type" and info.description != own[field].description
    ]
    bases = ["bases"] if name in ("quyet_dinh", "nghi_quyet") else []
    return cls, new + bases + changed, set(json_schema(name)["required"])


def fields_table(name: str) -> str:
    """The table of a form's fields: name, Vietnamese key, required, what it is."""
    cls, fields, required = _form_fields(name)
    vietnamese: dict[str, list[str]] = {}
    for vi_key, field in getattr(cls, "vietnamese_keys", {}).items():
        vietnamese.setdefault(field, []).append(f"`{vi_key}`")
    lines = ["| field | Vietnamese key | required | what it is |", "|---|---|---|---|"]
    for field in fields:
        text = " ".join((cls.model_fields[field].description or "").split())
        text = text.replace("``", "`").replace("|", "\\|")
        keys = ", ".join(vietnamese.get(field, [])) or "–"
        lines.append(f"| `{field}` | {keys} | {'yes' if field in required else ''} | {text} |")
    return "\n".join(lines) + "\n"


def example_block(name: str) -> str:
    """examples/forms/NAME.yaml as a YAML block, without its opening comment lines."""
    lines = (FORM_EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "```yaml\n" + "\n".join(lines) + "\n```\n"


def forms_page(current: str) -> str:
    """docs/forms.md with each block between ``BEGIN fields X`` (or ``example X``) and its
    ``END`` made afresh: a table of the fields of X, or the example X."""

    def block(match: re.Match[str]) -> str:
        make = fields_table if match["what"] == "fields" else example_block
        return match.group(1) + make(match["name"]) + match["end"]

    return _BLOCK.sub(block, current)


def _pages() -> dict[str, str]:
    pages = {"standards.md": standards_page(), "rules/index.md": rules_index()}
    if (DOCS / FORMS_PAGE).exists():
        pages[FORMS_PAGE] = forms_page((DOCS / FORMS_PAGE).read_text(encoding="utf-8"))
    for rule in _rules():
        pages[f"rules/{rule.code}.md"] = rule_page(rule)
    return pages


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    pages = _pages()
    existing = {str(p.relative_to(DOCS)) for p in (DOCS / "rules").glob("*.md")}
    for name in sorted(existing - set(pages)):
        if check:
            stale.append(f"{name} (no such rule)")
        else:
            (DOCS / name).unlink()
    for name, text in pages.items():
        path = DOCS / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        names = ", ".join(stale[:10])
        print(f"out of date: {names}; run python tools/gen_docs.py", file=sys.stderr)
        return 1
    if not check:
        print(f"wrote {len(pages)} pages under {DOCS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
