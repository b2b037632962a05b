"""Readers (đọc văn bản): from .docx (and, later, plain text) to the components of a document."""
