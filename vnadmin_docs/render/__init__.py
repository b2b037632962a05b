"""Writers (kết xuất): from the document model to text and, later, DOCX.

Use the top level: :func:`vnadmin_docs.render_text`.
"""

from vnadmin_docs.render.text import render_text

__all__ = ["render_text"]
