"""Text edits for the number, date and content rule cases: replace words inside a paragraph
whose runs Word split anywhere, blank a paragraph, split one in two."""

from __future__ import annotations

import copy
import re

from lxml import etree

from tests.validate import builders as b

XML_SPACE = f"{{{b.XML}}}space"


def _texts(p: etree._Element) -> list[etree._Element]:
    return list(p.iter(b.w("t")))


def _merge(p: etree._Element, text: str) -> None:
    """Put ``text`` in the paragraph's first text node and empty the others."""
    nodes = _texts(p)
    assert nodes, "the paragraph has no text"
    nodes[0].text = text
    nodes[0].set(XML_SPACE, "preserve")
    for node in nodes[1:]:
        node.text = ""


def sub(
    data: bytes, starts: str, old: str, new: str, *, regex: bool = False, count: int = 1
) -> bytes:
    """Replace ``old`` by ``new`` in the paragraphs starting with ``starts``.

    A text node that holds ``old`` whole is edited in place (the runs keep their breaks
    and formatting); otherwise the paragraph's text is joined into its first run first.
    """

    def replace(text: str) -> str:
        if regex:
            return re.sub(old, new, text, count=count)
        return text.replace(old, new, count)

    def found(text: str) -> bool:
        return re.search(old, text) is not None if regex else old in text

    def apply(root: etree._Element) -> None:
        for p in b.paragraphs(root, starts):
            node = next((t for t in _texts(p) if t.text and found(t.text)), None)
            if node is not None and node.text is not None:
                node.text = replace(node.text)
                node.set(XML_SPACE, "preserve")
                continue
            joined = b.text_of(p)
            assert found(joined), f"{old!r} not in {joined[:80]!r}"
            _merge(p, replace(joined))

    return b.edit(data, apply)


def blank(data: bytes, starts: str) -> bytes:
    """Empty the text of the paragraphs starting with ``starts`` (they stay, empty)."""

    def apply(root: etree._Element) -> None:
        for p in b.paragraphs(root, starts):
            _merge(p, "")

    return b.edit(data, apply)


def split(data: bytes, starts: str, first: str, second: str) -> bytes:
    """Make the paragraph starting with ``starts`` two paragraphs: ``first``, then ``second``."""

    def apply(root: etree._Element) -> None:
        p = b.paragraphs(root, starts)[0]
        twin = copy.deepcopy(p)
        _merge(p, first)
        _merge(twin, second)
        p.addnext(twin)

    return b.edit(data, apply)
