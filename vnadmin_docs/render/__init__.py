"""Writers (kết xuất): from the document model to plain text, DOCX and PDF.

Use the top level: :func:`vnadmin_docs.render_text`, :func:`vnadmin_docs.render_docx`.
"""

from vnadmin_docs.render.docx import render_docx
from vnadmin_docs.render.pdf import convert_to_pdf
from vnadmin_docs.render.text import render_text

__all__ = ["convert_to_pdf", "render_docx", "render_text"]
