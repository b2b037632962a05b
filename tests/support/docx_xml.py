"""Read a .docx back for tests: parts, paragraphs, and effective formatting.

Effective formatting follows Word's order: document defaults, then the paragraph style's
chain (basedOn), then direct paragraph properties, then run properties.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass
class Effective:
    style: str | None
    size: float | None
    bold: bool
    italic: bool
    align: str | None
    fonts: dict[str, str]
    space_before: int | None
    space_after: int | None
    first_line: int | None
    left: int | None
    right: int | None


class Docx:
    def __init__(self, source: bytes | Path) -> None:
        data = source.read_bytes() if isinstance(source, Path) else source
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.document = self.xml("word/document.xml")
        self.styles = self.xml("word/styles.xml")
        self._styles = {s.get(w("styleId")): s for s in self.styles.iter(w("style"))}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def names(self) -> list[str]:
        return self.zip.namelist()

    @property
    def body(self) -> etree._Element:
        return self.document.find(w("body"))

    def paragraphs(self) -> list[etree._Element]:
        return list(self.body.iter(w("p")))

    @staticmethod
    def text(p: etree._Element) -> str:
        parts = []
        for node in p.iter(w("t"), w("br"), w("tab")):
            parts.append(
                "\n" if node.tag == w("br") else ("\t" if node.tag == w("tab") else node.text or "")
            )
        return "".join(parts)

    def find(self, text: str) -> etree._Element:
        for p in self.paragraphs():
            if self.text(p).startswith(text):
                return p
        raise AssertionError(f"no paragraph starts with {text!r}")

    def style_chain(self, style_id: str | None) -> list[etree._Element]:
        chain = []
        while style_id and style_id in self._styles:
            style = self._styles[style_id]
            chain.append(style)
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
        return chain

    def effective(self, p: etree._Element, run_index: int = 0) -> Effective:
        ppr = p.find(w("pPr"))
        style_el = ppr.find(w("pStyle")) if ppr is not None else None
        style = style_el.get(w("val")) if style_el is not None else "Normal"
        defaults = self.styles.find(f"{w('docDefaults')}")
        layers_r: list[etree._Element | None] = [defaults.find(f"{w('rPrDefault')}/{w('rPr')}")]
        layers_p: list[etree._Element | None] = [defaults.find(f"{w('pPrDefault')}/{w('pPr')}")]
        for s in reversed(self.style_chain(style)):
            layers_r.append(s.find(w("rPr")))
            layers_p.append(s.find(w("pPr")))
        layers_p.append(ppr)
        runs = p.findall(w("r"))
        if runs and run_index < len(runs):
            layers_r.append(runs[run_index].find(w("rPr")))
        result = Effective(style, None, False, False, None, {}, None, None, None, None, None)
        for layer in layers_r:
            if layer is None:
                continue
            for child in layer:
                tag = etree.QName(child).localname
                if tag == "sz":
                    result.size = int(child.get(w("val"))) / 2
                elif tag in ("b", "i"):
                    value = child.get(w("val"), "1") not in ("0", "false")
                    setattr(result, "bold" if tag == "b" else "italic", value)
                elif tag == "rFonts":
                    result.fonts.update(
                        {etree.QName(k).localname: v for k, v in child.attrib.items()}
                    )
        for layer in layers_p:
            if layer is None:
                continue
            jc = layer.find(w("jc"))
            if jc is not None:
                result.align = jc.get(w("val"))
            spacing = layer.find(w("spacing"))
            if spacing is not None:
                if spacing.get(w("before")) is not None:
                    result.space_before = int(spacing.get(w("before")))
                if spacing.get(w("after")) is not None:
                    result.space_after = int(spacing.get(w("after")))
            ind = layer.find(w("ind"))
            if ind is not None:
                for attr in ("firstLine", "left", "right"):
                    if ind.get(w(attr)) is not None:
                        setattr(
                            result,
                            "first_line" if attr == "firstLine" else attr,
                            int(ind.get(w(attr))),
                        )
        return result
