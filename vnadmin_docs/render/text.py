"""The plain-text writer (kết xuất văn bản thuần): the document laid out as lines of text.

The layout follows the reading order of the printed page, the form of the reference file
``000_e63cb8dbe47f42a9.txt``: agency, national name and motto, number and subject, place
and date, Kính gửi, body, Nơi nhận, signature, then each attachment. Blocks are separated
by a blank line. A table is a line per row, its cells joined by `` | ``: a merged cell's
text is repeated in every place it covers (so every line has the table's number of cells
and reads back as a table), and a numbered table shows its STT column. With
``markup=True``, bold and italic parts are wrapped in Markdown's
``**…**`` and ``*…*`` as in that file.
"""

from __future__ import annotations

from collections.abc import Iterable

from vnadmin_docs.errors import InputError
from vnadmin_docs.models.body import Block, Heading, ListBlock, Paragraph, Run, Table
from vnadmin_docs.models.documents import Attachment, Document, OfficialDispatch, TypedDocument
from vnadmin_docs.standards import national_motto, national_name

__all__ = ["render_text"]

_SIGNATURE_SPACE = 3  # blank lines left for the handwritten signature and seal


class _Writer:
    def __init__(self, markup: bool) -> None:
        self.markup = markup
        self.blocks: list[str] = []

    def strong(self, text: str) -> str:
        return f"**{text}**" if self.markup else text

    def emphasis(self, text: str) -> str:
        return f"*{text}*" if self.markup else text

    def runs(self, runs: Iterable[Run]) -> str:
        parts = []
        for run in runs:
            text = run.text
            if run.bold:
                text = self.strong(text)
            if run.italic:
                text = self.emphasis(text)
            parts.append(text)
        return "".join(parts)

    def add(self, *lines: str) -> None:
        self.blocks.append("\n".join(lines))

    def body(self, blocks: Iterable[Block], end_mark: str | None) -> None:
        items = list(blocks)
        start = len(self.blocks)
        for block in items:
            self.block(block)
        if end_mark and len(self.blocks) > start:
            self.blocks[-1] += end_mark

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.add(self.runs(block.runs))
        elif isinstance(block, ListBlock):
            for marker, item in zip(block.markers(), block.items, strict=True):
                self.add(f"{marker} {self.runs(item.runs)}")
                for child in item.blocks:
                    self.block(child)
        elif isinstance(block, Heading):
            if block.title_on_own_line:
                lines = [self.strong(block.label)]
                if block.title:
                    lines.append(self.strong(block.title))
                self.add(*lines)
            else:
                label = f"{block.label} {block.title}" if block.title else block.label
                self.add(self.strong(label))
        elif isinstance(block, Table):
            # a merged cell's text is repeated in each place it covers (Table.text_grid)
            grid = block.text_grid()
            self.add(*(" | ".join(cell.replace("\n", " ") for cell in row) for row in grid))

    def header(self, document: Document) -> None:
        agency = document.agency
        if agency.parent is not None:
            self.add(*agency.parent.header_lines)
        self.add(self.strong("\n".join(agency.header_lines)))
        self.add(self.strong(f"{national_name()}\n{national_motto()}"))
        marks = document.marks
        if marks.circulation:
            self.add(self.strong(marks.circulation))
        subject = document.subject_lines if isinstance(document, OfficialDispatch) else ()
        self.add(document.number.text, *subject)
        self.add(self.emphasis(document.place_date_line))
        for mark in (marks.confidentiality, marks.urgency):
            if mark is not None:
                self.add(self.strong(mark.value))

    def recipients(self, document: OfficialDispatch | TypedDocument) -> None:
        recipients = document.recipients
        if len(recipients) == 1:
            self.add(f"Kính gửi: {recipients[0].text('')}")
            return
        self.add("Kính gửi:")
        last = len(recipients) - 1
        self.add(*(f"- {r.text('.' if i == last else ';')}" for i, r in enumerate(recipients)))

    def closing(self, document: Document) -> None:
        distribution = document.distribution
        lines = []
        archive = distribution.archive_line
        last = len(distribution.entries) - 1
        for i, entry in enumerate(distribution.entries):
            end = "." if i == last and archive is None else ";"
            lines.append(f"- {entry.text(end)}")
        if archive is not None:
            mark = distribution.drafter_mark
            lines.append(f"- {archive}" + (f" {self.emphasis(mark)}" if mark else ""))
        elif distribution.drafter_mark:
            lines.append(distribution.drafter_mark)
        self.add("Nơi nhận:")
        if lines:
            self.add(*lines)
        signature = document.signature
        self.add(self.strong("\n".join(line.text for line in signature.lines)))
        self.add("\n" * (_SIGNATURE_SPACE - 1) + signature.signer)

    def attachment(self, document: Document, attachment: Attachment) -> None:
        gap = "\n" * (_SIGNATURE_SPACE - 1)
        if attachment.label:
            self.add(gap + self.strong(attachment.label))
            gap = ""
        self.add(gap + self.strong("\n".join(attachment.title)))
        reference = document.reference_line()
        head, sep, tail = reference.partition(" của ")
        self.add(self.emphasis(f"({head}\n{sep.strip()} {tail})" if sep else f"({reference})"))
        self.body(attachment.body, attachment.end_mark)


def render_text(document: Document, *, markup: bool = False) -> str:
    """Lay a document out as plain text (văn bản thuần), in the order of the printed page.

    Args:
        document: the document to write.
        markup: wrap bold parts in ``**`` and italic parts in ``*`` (Markdown emphasis).

    Returns:
        The text, blocks separated by blank lines, ending with a newline.

    Raises:
        InputError: ``document`` is not a document model.
    """
    if not isinstance(document, Document):
        raise InputError(
            f"render_text(document=…): document must be a document model (e.g. "
            f"OfficialDispatch), not {type(document).__name__}; load YAML or JSON with "
            f"vnadmin_docs.load() first"
        )
    writer = _Writer(bool(markup))
    writer.header(document)
    if isinstance(document, TypedDocument):
        writer.add(writer.strong(document.type_name + "\n" + "\n".join(document.subject)))
        if document.bases:
            writer.add(*(writer.emphasis(base) for base in document.bases))
    if isinstance(document, OfficialDispatch | TypedDocument) and document.recipients:
        writer.recipients(document)
    writer.body(document.body, document.end_mark)
    writer.closing(document)
    for attachment in document.attachments:
        writer.attachment(document, attachment)
    return "\n\n".join(writer.blocks) + "\n"
