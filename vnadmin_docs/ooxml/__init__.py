"""The one low-level XML layer (lớp XML): the only package that imports lxml.

:mod:`~vnadmin_docs.ooxml.build` writes parts (element builders in schema order, units, the
deterministic package writer); :mod:`~vnadmin_docs.ooxml.read` opens a .docx safely and turns
it into plain data (paragraphs and runs with their effective formatting, sections, headers,
footers, drawn lines): stage 1 of reading, which the validator and the reader build on.
"""

from vnadmin_docs.ooxml.build import (
    NS,
    ORDER,
    El,
    el,
    half_points,
    mm_to_twips,
    ordered,
    pt_to_twips,
    qn,
    serialize,
    text_run,
    write_package,
)

__all__ = [
    "NS",
    "ORDER",
    "El",
    "el",
    "half_points",
    "mm_to_twips",
    "ordered",
    "pt_to_twips",
    "qn",
    "serialize",
    "text_run",
    "write_package",
]
