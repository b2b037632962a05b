"""vnadmin_docs: Vietnamese administrative documents (văn bản hành chính) as typed models.

Build a document from YAML, JSON or Python, then write it out::

    import vnadmin_docs as vn

    dispatch = vn.load("kontum_2452.yaml")
    print(vn.render_text(dispatch))
    vn.render_docx(dispatch, "kontum_2452.docx")

Everything public is importable from here; subpackages are implementation.
"""

from vnadmin_docs._version import __version__
from vnadmin_docs.errors import (
    BudgetExceededError,
    InputError,
    MissingDependencyError,
    ReadError,
    RenderError,
    UnsafeDocumentError,
    UnsupportedDocumentType,
    VnadminError,
)
from vnadmin_docs.models import (
    Addressee,
    Agency,
    Align,
    Attachment,
    AttachmentKind,
    Authority,
    Confidentiality,
    CopyKind,
    Distribution,
    Document,
    DocumentNumber,
    DocumentType,
    Heading,
    HeadingLevel,
    ListBlock,
    ListItem,
    ListStyle,
    Marks,
    OfficialDispatch,
    Paragraph,
    ParentAgency,
    Run,
    SignatureBlock,
    Table,
    TableBorders,
    TableCell,
    TableColumn,
    TitleLine,
    TypedDocument,
    Urgency,
)
from vnadmin_docs.ooxml.read import Limits
from vnadmin_docs.read import Reading, read
from vnadmin_docs.render import convert_to_pdf, render_docx, render_text
from vnadmin_docs.serialization import dump, dumps, json_schema, load, loads
from vnadmin_docs.standards import HouseStyle
from vnadmin_docs.validate import Finding, Report, Severity, Status, validate

__all__ = [
    "Addressee",
    "Agency",
    "Align",
    "Attachment",
    "AttachmentKind",
    "Authority",
    "BudgetExceededError",
    "Confidentiality",
    "CopyKind",
    "Distribution",
    "Document",
    "DocumentNumber",
    "DocumentType",
    "Finding",
    "Heading",
    "HeadingLevel",
    "HouseStyle",
    "InputError",
    "Limits",
    "ListBlock",
    "ListItem",
    "ListStyle",
    "Marks",
    "MissingDependencyError",
    "OfficialDispatch",
    "Paragraph",
    "ParentAgency",
    "ReadError",
    "Reading",
    "RenderError",
    "Report",
    "Run",
    "Severity",
    "SignatureBlock",
    "Status",
    "Table",
    "TableBorders",
    "TableCell",
    "TableColumn",
    "TitleLine",
    "TypedDocument",
    "UnsafeDocumentError",
    "UnsupportedDocumentType",
    "Urgency",
    "VnadminError",
    "__version__",
    "convert_to_pdf",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
    "read",
    "render_docx",
    "render_text",
    "validate",
]
