"""Typography of each component (kỹ thuật trình bày): size, weight, slant, case, alignment.

One rule per component and property, generated from one table below; every number they
check comes from the standard's row for the component, and every rule cites that row's
locator. A component that cannot be found in the document leaves its rules not evaluated.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from vnadmin_docs.ooxml.read import ParaInfo, RunInfo
from vnadmin_docs.read.components import Layout
from vnadmin_docs.standards import Case, ComponentStyle, get
from vnadmin_docs.templates import form_layouts
from vnadmin_docs.validate.engine import Context, Outcome, Rule, where
from vnadmin_docs.validate.vi import to_vi
from vnadmin_docs.vietnamese import format_number, upper

__all__ = ["FORMAT_RULES", "FormatRule", "component_paragraphs"]

# (code, component key, property). Codes are stable: never renumber, only append.
FORMAT_RULES: tuple[tuple[str, str, str], ...] = (
    ("FM001", "national_name", "size"), ("FM002", "national_name", "bold"),
    ("FM003", "national_name", "italic"), ("FM004", "national_name", "case"),
    ("FM005", "national_name", "align"),
    ("FM006", "national_motto", "size"), ("FM007", "national_motto", "bold"),
    ("FM008", "national_motto", "italic"), ("FM009", "national_motto", "align"),
    ("FM010", "parent_agency", "size"), ("FM011", "parent_agency", "bold"),
    ("FM012", "parent_agency", "italic"), ("FM013", "parent_agency", "case"),
    ("FM014", "parent_agency", "align"),
    ("FM015", "agency", "size"), ("FM016", "agency", "bold"), ("FM017", "agency", "italic"),
    ("FM018", "agency", "case"), ("FM019", "agency", "align"),
    ("FM020", "number", "size"), ("FM021", "number", "bold"), ("FM022", "number", "italic"),
    ("FM023", "number", "align"),
    ("FM024", "place_date", "size"), ("FM025", "place_date", "bold"),
    ("FM026", "place_date", "italic"), ("FM027", "place_date", "align"),
    ("FM028", "type_name", "size"), ("FM029", "type_name", "bold"),
    ("FM030", "type_name", "italic"), ("FM031", "type_name", "case"),
    ("FM032", "type_name", "align"),
    ("FM033", "subject", "size"), ("FM034", "subject", "bold"), ("FM035", "subject", "italic"),
    ("FM036", "subject", "align"),
    ("FM037", "dispatch_subject", "size"), ("FM038", "dispatch_subject", "bold"),
    ("FM039", "dispatch_subject", "italic"), ("FM040", "dispatch_subject", "align"),
    ("FM041", "recipients", "size"), ("FM042", "recipients", "bold"),
    ("FM043", "recipients", "italic"),
    ("FM044", "basis", "size"), ("FM045", "basis", "italic"),
    ("FM046", "body", "size"), ("FM047", "body", "italic"), ("FM048", "body", "align"),
    ("FM049", "signature_title", "size"), ("FM050", "signature_title", "bold"),
    ("FM051", "signature_title", "italic"), ("FM052", "signature_title", "case"),
    ("FM053", "signature_title", "align"),
    ("FM054", "signer", "size"), ("FM055", "signer", "bold"), ("FM056", "signer", "italic"),
    ("FM057", "signer", "case"), ("FM058", "signer", "align"),
    ("FM059", "distribution_label", "size"), ("FM060", "distribution_label", "bold"),
    ("FM061", "distribution_label", "italic"),
    ("FM062", "distribution", "size"), ("FM063", "distribution", "bold"),
    ("FM064", "distribution", "italic"),
    ("FM065", "urgency", "size"), ("FM066", "urgency", "bold"), ("FM067", "urgency", "case"),
    ("FM068", "circulation", "size"), ("FM069", "circulation", "bold"),
    ("FM070", "circulation", "case"),
    ("FM071", "appendix_label", "size"), ("FM072", "appendix_label", "bold"),
    ("FM073", "appendix_title", "size"), ("FM074", "appendix_title", "bold"),
    ("FM075", "appendix_title", "case"), ("FM076", "appendix_title", "align"),
    ("FM077", "appendix_reference", "size"), ("FM078", "appendix_reference", "italic"),
    ("FM079", "appendix_reference", "align"),
    ("FM080", "page_number", "size"), ("FM081", "page_number", "bold"),
    ("FM082", "page_number", "italic"), ("FM083", "page_number", "align"),
)  # fmt: skip

_ALIGN = {"center": ("center",), "justify": ("both", "distribute"), "left": (None, "left"),
          "right": ("right",)}  # fmt: skip


def component_paragraphs(layout: Layout, key: str) -> list[ParaInfo]:
    """The paragraphs that hold a component, by the standard's key."""
    if key == "recipients":
        label = [layout.recipients_label] if layout.recipients_label else []
        return label + [p for p in layout.recipients if p is not layout.recipients_label]
    if key == "page_number":
        return [n.paragraph for n in layout.page_numbers if n.kind == "default"]
    if key.startswith("appendix_"):
        part = key.removeprefix("appendix_")
        found: list[ParaInfo] = []
        for attachment in layout.attachments:
            if part == "label" and attachment.label is not None:
                found.append(attachment.label)
            elif part == "title" and getattr(attachment, "type_name", None) is None:
                # an issued text (Mẫu 1.3) has a type name and a trích yếu, not a title
                found.extend(attachment.title)
            elif part == "reference" and attachment.reference is not None:
                found.append(attachment.reference)
        return found
    if key == "body":  # prose paragraphs; bases (căn cứ) are often italic even in a công văn
        centred = _centred_form_lines()  # "… điện:", "… trân trọng giới thiệu:"
        return [
            p for p in layout.body
            if len(p.visible_text) >= 80 and not p.visible_text.isupper()
            and not p.visible_text.startswith(("Căn cứ", "Theo đề nghị", "Xét đề nghị"))
            and not p.visible_text.rstrip().endswith(centred)
        ]  # fmt: skip
    return layout.component(key)


@cache
def _centred_form_lines() -> tuple[str, ...]:
    """The endings of the lines a form centres above its text (Phụ lục III, Mẫu 1.6, 1.8).

    They are not prose, so they are not judged as the body's paragraphs.
    """
    return tuple(
        form.texts[role]
        for form in form_layouts().values()
        for role in ("addressed", "introduces")
        if role in form.texts
    )


def _letters_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and "".join(letters) == upper("".join(letters))


class FormatRule(Rule):
    """Base of the generated typography rules.

    Wrong: a component set in another size, weight, slant, case or alignment.
    Right: the component as its row of the standard's table says.
    """

    abstract: ClassVar[bool] = True
    prop: ClassVar[str]
    component_key: ClassVar[str]

    def check(self, ctx: Context) -> Iterator[Outcome]:
        row = ctx.row(self.component_key)
        paragraphs = component_paragraphs(ctx.layout, self.component_key)
        if not paragraphs:
            yield self.skip(f"no {row.name_vi} found in the document")
            return
        for paragraph in paragraphs:
            runs = ctx.layout.runs(self.component_key, paragraph)  # its side of a typed line
            text = " ".join(ctx.layout.text(self.component_key, paragraph).split())
            yield from self._check_one(row, paragraph, runs, text)

    def _check_one(
        self, row: ComponentStyle, paragraph: ParaInfo, runs: list[RunInfo], text: str
    ) -> Iterator[Outcome]:
        place = where(paragraph, row.name_vi)
        if self.prop == "size":
            expected = row.size.describe("pt")
            for run in runs:
                if run.size is None or run.size not in row.size:
                    found = "Word's default 10 pt" if run.size is None else f"{run.size:g} pt"
                    found_vi = (
                        "cỡ chữ mặc định của Word (10 pt)"
                        if run.size is None
                        else f"cỡ chữ {format_number(run.size)} pt"
                    )
                    yield self.fail(place, found, expected,
                                    vi=("", found_vi, f"cỡ chữ {to_vi(expected)}"))  # fmt: skip
                    return
            yield self.ok(place)
        elif self.prop in ("bold", "italic"):
            wanted = getattr(row, self.prop)
            word = {"bold": ("bold", "not bold"), "italic": ("italic", "upright")}[self.prop]
            for run in runs:
                if getattr(run, self.prop) != wanted:
                    yield self.fail(place, word[0] if not wanted else word[1],
                                    word[0] if wanted else word[1])  # fmt: skip
                    return
            yield self.ok(place)
        elif self.prop == "case":
            if (
                row.case is Case.UPPER
                and not _letters_upper(text)
                and not all(r.caps for r in runs)
            ):
                yield self.fail(place, "normal case", "capitals (chữ in hoa)")
            elif row.case is Case.NORMAL and _letters_upper(text) and len(text.split()) > 1:
                yield self.fail(place, "all capitals", "normal case (chữ in thường)")
            else:
                yield self.ok(place)
        elif self.prop == "align":
            allowed = _ALIGN[row.align]
            if paragraph.align not in allowed:
                yield self.fail(place, paragraph.align or "left", row.align)
            else:
                yield self.ok(place)


_WORDS = {
    "size": "size-out-of-range",
    "case": "case",
    "align": "misaligned",
}


def _name(key: str, prop: str, row: ComponentStyle) -> str:
    base = key.replace("_", "-")
    if prop in ("bold", "italic"):
        return f"{base}-{'not-' if getattr(row, prop) else ''}{prop}"
    if prop == "case":
        return f"{base}-{'not-capitals' if row.case is Case.UPPER else 'all-capitals'}"
    return f"{base}-{_WORDS[prop]}"


def _doc(key: str, prop: str, row: ComponentStyle) -> str:
    capitals = row.case is Case.UPPER
    what = {
        "size": f"{row.name_vi} is set in {row.size.describe('pt')}",
        "bold": f"{row.name_vi} is {'bold (đậm)' if row.bold else 'not bold'}",
        "italic": f"{row.name_vi} is {'italic (nghiêng)' if row.italic else 'upright (đứng)'}",
        "case": f"{row.name_vi} is in "
        + ("capitals (in hoa)" if capitals else "normal case (in thường)"),
        "align": f"{row.name_vi} is aligned {row.align}",
    }[prop]  # fmt: skip
    wrong = {
        "size": f"{row.name_vi} in {row.size.high + 2:g} pt, or in Word's default size",
        "bold": f"{row.name_vi} {'not bold' if row.bold else 'in bold'}",
        "italic": f"{row.name_vi} {'upright' if row.italic else 'in italics'}",
        "case": f"{row.name_vi} {'in normal case' if capitals else 'all in capitals'}",
        "align": f"{row.name_vi} aligned otherwise than {row.align}",
    }[prop]  # fmt: skip
    return (
        f"{what}.\n\n"
        f"Checks every paragraph recognised as {row.name_vi} (`{key}`"
        + (f", ô {row.cell}" if row.cell else "")
        + f"), run by run, against the standard's row: {row.locator}.\n\n"
        f"Wrong: {wrong}.\n\nRight: {what}."
    )


def _make() -> None:
    table = get()
    for code, key, prop in FORMAT_RULES:
        row = table.component(key)
        type(
            f"Rule{code}",
            (FormatRule,),
            {
                "__doc__": _doc(key, prop, row),
                "__module__": __name__,
                "abstract": False,
                "code": code,
                "name": _name(key, prop, row),
                "component": key,
                "component_key": key,
                "prop": prop,
                "message": "{where}: {found}; the standard requires {expected}",
                "message_vi": "{where}: đang là {found}; quy định {expected}",
            },
        )


_make()
