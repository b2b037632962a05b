"""The plain-text writer (kết xuất văn bản thuần): the document laid out as lines of text.

The layout follows the reading order of the printed page, the form of the reference file
``000_e63cb8dbe47f42a9.txt``: agency, national name and motto, number and subject, place
and date, Kính gửi, body, Nơi nhận, signature, then each attachment. Blocks are separated
by a blank line. A table is a line per row, its cells joined by `` | ``: a merged cell's
text is repeated in every place it covers (so every line has the table's number of cells
and reads back as a table), and a numbered table shows its STT column. With
``markup=True``, bold and italic parts are wrapped in Markdown's
``**…**`` and ``*…*`` as in that file.

Every form of Phụ lục III is laid out by walking its ``components`` in
``templates/forms.toml``, one ``part_*`` method per component, as the DOCX writer does: the
same lines in the same order, with the fixed words of the form's row. Where the page has two
columns (the header, the copy's block, signatures side by side) the text gives the left
column, then the right. A paper copy's block (Mẫu 3.1) follows the copied text after a
line of :data:`COPY_RULE`; an electronic copy's line (Mẫu 3.2) stands on top.
"""

from __future__ import annotations

from collections.abc import Iterable

from vnadmin_docs.errors import InputError
from vnadmin_docs.models.body import Block, Heading, ListBlock, Paragraph, Run, Table
from vnadmin_docs.models.components import Distribution, SignatureBlock
from vnadmin_docs.models.documents import (
    Attachment,
    AttachmentKind,
    Document,
    OfficialDispatch,
    TypedDocument,
)
from vnadmin_docs.models.forms import (
    Article,
    Introduction,
    Invitation,
    LeaveCertificate,
    Minutes,
    Telegram,
    _Enacting,
)
from vnadmin_docs.standards import national_motto, national_name
from vnadmin_docs.templates import form_layout, layout_for
from vnadmin_docs.vietnamese import format_signing_time

__all__ = ["COPY_RULE", "render_text"]

_SIGNATURE_SPACE = 3  # blank lines left for the handwritten signature and seal

COPY_RULE = "_" * 40
"""The line that stands for the full-width rule above a paper copy's block (Mẫu 3.1)."""

_CONTENT_PARTS = frozenset(
    {"articles", "addressed", "invitation", "introduction", "leave", "meeting", "body",
     "meeting_end"}
)  # fmt: skip
"""The parts that hold the text (ô 6): the end mark closes the last of them."""


def _closed(block: str, end_mark: str) -> str:
    """``block`` with ``end_mark`` at its end.

    A block that ends with a full stop shares it with a mark that starts with one: it prints
    ``…này./.``, not ``…này../.`` (the decree's samples), as the DOCX writer does. The text
    reader cannot tell the shared stop from the mark's own: it reads ``…này`` back.
    """
    trimmed = block.rstrip(" ")
    if end_mark.startswith(".") and trimmed.endswith("."):
        return trimmed + end_mark[1:]
    return block + end_mark


class _Writer:
    def __init__(self, document: Document, markup: bool) -> None:
        self.doc = document
        self.markup = markup
        self.blocks: list[str] = []
        self.form = layout_for(document.type.value)
        self.endable = False
        """Whether the end mark may close the last block set (a paragraph or list item, not
        a heading or a table), as the DOCX writer decides it."""

    # ------------------------------------------------------------------ building blocks

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
        """Free content (ô 6), and the end mark after it.

        The end mark closes the last paragraph or list item, and stands on a line of its
        own after a heading or a table.
        """
        start = len(self.blocks)
        for block in blocks:
            self.block(block)
            self.endable = isinstance(block, Paragraph | ListBlock) and self.endable
        if end_mark and len(self.blocks) > start:
            if self.endable:
                self.blocks[-1] = _closed(self.blocks[-1], end_mark)
            else:
                self.add(end_mark)

    def add_text(self, *lines: str) -> None:
        """A block of the text that the end mark may close (a line of a form's fields)."""
        self.add(*lines)
        self.endable = True

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.add_text(self.runs(block.runs))
        elif isinstance(block, ListBlock):
            for marker, item in zip(block.markers(), block.items, strict=True):
                self.add_text(f"{marker} {self.runs(item.runs)}")
                for child in item.blocks:
                    self.block(child)
        elif isinstance(block, Heading):
            self.endable = True  # a paragraph, but the end mark never closes a heading:
            # body() keeps it apart when the heading is the last block of the text
            if block.title_on_own_line:
                lines = [self.strong(block.label)]
                if block.title:
                    lines.append(self.strong(block.title))
                self.add(*lines)
            else:
                label = f"{block.label} {block.title}" if block.title else block.label
                self.add(self.strong(label))
        elif isinstance(block, Table):
            self.endable = False
            # a merged cell's text is repeated in each place it covers (Table.text_grid)
            grid = block.text_grid()
            self.add(*(" | ".join(cell.replace("\n", " ") for cell in row) for row in grid))

    def signature(self, signature: SignatureBlock, *, italic: bool = False) -> None:
        """Titles (ô 7a, 7b), the room for the signature and seal, the signer (ô 7c)."""
        titles = "\n".join(line.text for line in signature.lines)
        self.add(self.emphasis(titles) if italic else self.strong(titles))
        self.add("\n" * (_SIGNATURE_SPACE - 1) + signature.signer)

    def distribution(self, distribution: Distribution) -> None:
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

    # ------------------------------------------------------------------ header

    def header(self, *, numbered: bool = True) -> None:
        """The two columns (ô 1–4, 5b, 10, 11): the left one, then the right one.

        A joint document names every issuer in the agency's place, joined by dashes; an
        issued text (văn bản ban hành kèm theo) has no number row (``numbered=False``).
        """
        document = self.doc
        agency = document.agency
        if agency.parent is not None:
            self.add(*agency.parent.header_lines)
        header_lines = agency.header_lines
        joint = [issuer for issuer in document.co_issuers if issuer.in_header]
        if joint:
            header_lines = (
                " - ".join(
                    " ".join(lines)
                    for lines in [agency.header_lines, *(i.header_lines for i in joint)]
                ),
            )
        self.add(self.strong("\n".join(header_lines)))
        self.add(self.strong(f"{national_name()}\n{national_motto()}"))
        if not numbered:
            return
        marks = document.marks
        if marks.circulation:
            self.add(self.strong(marks.circulation))
        subject = document.subject_lines if isinstance(document, OfficialDispatch) else ()
        self.add(document.number.text, *subject)
        if document.place_date_line:
            self.add(self.emphasis(document.place_date_line))
        for mark in (marks.confidentiality, marks.urgency):
            if mark is not None:
                self.add(self.strong(mark.value))

    # ------------------------------------------------------------------ the forms' parts
    #
    # One method per component of ``templates/forms.toml``, as in the DOCX writer.

    def part_header(self) -> None:
        self.header()

    def part_title_block(self) -> None:
        doc = self.doc
        assert isinstance(doc, TypedDocument)
        self.add(self.strong("\n".join((doc.type_name, *doc.subject))))

    def part_recipients(self) -> None:
        doc = self.doc
        if not isinstance(doc, OfficialDispatch | TypedDocument) or not doc.recipients:
            return
        recipients = doc.recipients
        if len(recipients) == 1:
            self.add(f"Kính gửi: {recipients[0].text('')}")
            return
        self.add("Kính gửi:")
        last = len(recipients) - 1
        self.add(*(f"- {r.text('.' if i == last else ';')}" for i, r in enumerate(recipients)))

    def part_authority(self) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting) and doc.authority:
            self.add(self.strong("\n".join(doc.authority)))

    def part_bases(self) -> None:
        doc = self.doc
        if isinstance(doc, TypedDocument) and doc.bases:
            self.add(*(self.emphasis(base) for base in doc.bases))

    def part_proposal(self) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting) and doc.proposal_line:
            self.add(self.emphasis(doc.proposal_line))

    def part_enacting(self) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting) and (doc.articles or doc.body):
            first = doc.body[0] if doc.body else None
            if doc.articles or not (
                isinstance(first, Paragraph) and first.text.strip() == doc.enacting_line
            ):  # a body written the old way may hold the line itself
                self.add(self.strong(doc.enacting_line))

    def part_articles(self) -> None:
        doc = self.doc
        if isinstance(doc, _Enacting):
            for article in doc.articles:
                self.article(article)

    def article(self, article: Article) -> None:
        """``Điều 1.`` and its title bold; untitled, its text follows upright on its line."""
        if article.title:
            self.add_text(self.strong(f"{article.label} {article.title}"))
            if article.text:
                self.add_text(article.text)
        else:
            self.add_text(f"{self.strong(article.label)} {article.text or ''}".rstrip())
        for clause in article.clauses:
            if clause.title:
                self.add_text(self.strong(f"{clause.number}. {clause.title}"))
                if clause.text:
                    self.add_text(clause.text)
            else:
                self.add_text(f"{clause.number}. {clause.text or ''}".rstrip())
            for letter, point in zip(clause.letters, clause.points, strict=True):
                self.add_text(f"{letter}) {point.text}")

    def part_addressed(self) -> None:
        doc = self.doc
        if not isinstance(doc, Telegram):
            return
        self.add(doc.addressed_line)
        last = len(doc.recipients) - 1
        self.add(*(f"- {r.text('.' if i == last else ';')}" for i, r in enumerate(doc.recipients)))

    def fields(self, lines: Iterable[str | None]) -> None:
        """The form's labelled lines (``Chủ trì: …``), a block each."""
        for line in lines:
            if line:
                self.add_text(line)

    def part_invitation(self) -> None:
        if isinstance(self.doc, Invitation):
            self.fields(self.doc.field_lines())

    def part_introduction(self) -> None:
        doc = self.doc
        if not isinstance(doc, Introduction):
            return
        before, after = doc.field_lines()
        self.fields((doc.introducer_line, *before))
        self.body(doc.body, None)
        self.fields(after)

    def part_leave(self) -> None:
        doc = self.doc
        if not isinstance(doc, LeaveCertificate):
            return
        before, after = doc.field_lines()
        self.fields(before)
        self.body(doc.body, None)
        self.fields(after)

    def part_meeting(self) -> None:
        doc = self.doc
        if not isinstance(doc, Minutes):
            return
        head, listed, tail = doc.field_lines()
        self.fields(head)
        if listed:
            self.add(*listed)
        self.fields(tail)
        self.endable = False

    def part_body(self) -> None:
        self.body(self.doc.body, None)

    def part_meeting_end(self) -> None:
        doc = self.doc
        if isinstance(doc, Minutes) and doc.end_line is not None:
            self.add_text(doc.end_line)

    def part_closing(self) -> None:
        doc = self.doc
        if doc.co_issuers:
            # side by side: the other issuers to the left, the first issuer on the right
            for issuer in doc.co_issuers:
                self.signature(issuer.signature)
            self.signature(doc.signature)
            self.distribution(doc.distribution)
            return
        self.distribution(doc.distribution)
        self.signature(doc.signature)

    def part_signatures(self) -> None:
        doc = self.doc
        if not isinstance(doc, Minutes):
            self.part_closing()
            return
        self.signature(doc.secretary_signature)
        self.signature(doc.signature)
        self.distribution(doc.distribution)

    def part_confirmation(self) -> None:
        doc = self.doc
        if isinstance(doc, LeaveCertificate) and doc.confirmation is not None:
            self.signature(doc.confirmation, italic=True)

    def part_copy(self) -> None:
        """The paper copy's block (Mẫu 3.1), after a line standing for the rule."""
        copy = self.doc.copying
        if copy is None or copy.electronic:
            return
        assert copy.number is not None and copy.signature is not None
        self.add(COPY_RULE)
        # two rows, as the DOCX writer sets them: agency | kind, number | place and date
        self.add(self.strong("\n".join(copy.agency.header_lines)))
        self.add(self.strong(copy.kind.words))
        self.add(copy.number.text)
        self.add(self.emphasis(copy.place_date_line))
        self.distribution(copy.distribution)
        self.signature(copy.signature)

    def electronic_copy(self) -> None:
        """The electronic copy's line on top of page 1 (Mẫu 3.2, ô 14)."""
        copy = self.doc.copying
        if copy is None or not copy.electronic:
            return
        parts = [copy.kind.words, copy.agency.name]
        if copy.signed_at is not None:
            parts.append(format_signing_time(copy.signed_at))
        self.add(form_layout("ban_sao").text("electronic_separator").join(parts))

    def part_reference(self) -> None:  # pragma: no cover - attachments only
        """An issued text's reference line is laid out by :meth:`attachment`."""

    # ------------------------------------------------------------------ the whole

    def document(self) -> None:
        doc = self.doc
        self.electronic_copy()
        content_end, endable = -1, False  # where the text (ô 6) ends, and how
        for name in self.form.components:
            before = len(self.blocks)
            self.endable = False
            getattr(self, f"part_{name}")()
            if name in _CONTENT_PARTS and (len(self.blocks) > before or content_end < 0):
                content_end, endable = len(self.blocks), self.endable and len(self.blocks) > before
        if doc.end_mark and content_end >= 0:
            if endable:
                self.blocks[content_end - 1] = _closed(self.blocks[content_end - 1], doc.end_mark)
            else:  # after a heading, a table, a list of recipients, or no text at all
                self.blocks.insert(content_end, doc.end_mark)
        for attachment in doc.attachments:
            self.attachment(attachment)
        self.part_copy()

    def attachment(self, attachment: Attachment) -> None:
        gap = "\n" * (_SIGNATURE_SPACE - 1)
        reference = self.doc.reference_line()
        head, sep, tail = reference.partition(" của ")
        reference = f"({head}\n{sep.strip()} {tail})" if sep else f"({reference})"
        if attachment.kind is AttachmentKind.ISSUED:
            start = len(self.blocks)
            self.header(numbered=False)
            self.blocks[start] = gap + self.blocks[start]
            self.add(self.strong("\n".join((attachment.type_name or "", *attachment.title))))
        else:
            if attachment.label:
                self.add(gap + self.strong(attachment.label))
                gap = ""
            self.add(gap + self.strong("\n".join(attachment.title)))
        self.add(self.emphasis(reference))
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
    writer = _Writer(document, bool(markup))
    writer.document()
    return "\n\n".join(writer.blocks) + "\n"
