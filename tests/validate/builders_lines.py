"""Edits for the cases of issue 11, item 5: components that share a paragraph split by line
breaks (``w:br``), and a misspelt Quốc hiệu.

Every helper takes .docx bytes and returns edited bytes; paragraphs are found by the text
they start with.
"""

from __future__ import annotations

from lxml import etree

from tests.validate.builders import edit, paragraphs, w


def join_lines(data: bytes, first: str, second: str) -> bytes:
    """Move the paragraph starting with ``second`` into the one starting with ``first``.

    The moved text follows a line break: two components in one paragraph, as offices type
    them.
    """

    def fn(root: etree._Element) -> None:
        head = paragraphs(root, first)[0]
        tail = next(p for p in paragraphs(root, second) if p is not head)
        br_run = etree.SubElement(head, w("r"))
        etree.SubElement(br_run, w("br"))
        for run in list(tail):
            if run.tag != w("pPr"):
                head.append(run)
        parent = tail.getparent()
        assert parent is not None
        parent.remove(tail)

    return edit(data, fn)


def join_three(data: bytes, first: str, second: str, third: str) -> bytes:
    """``first``⏎``second``⏎``third`` in one paragraph."""
    return join_lines(join_lines(data, first, second), first, third)
