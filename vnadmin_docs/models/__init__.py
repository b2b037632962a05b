"""The typed document model (mô hình văn bản): components, body, documents.

Use the top level, ``from vnadmin_docs import OfficialDispatch``; this package is importable
but its layout may change.
"""

from vnadmin_docs.models.body import (
    Align,
    Block,
    Heading,
    HeadingLevel,
    ListBlock,
    ListItem,
    ListStyle,
    Paragraph,
    Run,
    Table,
    TableBorders,
    TableCell,
    TableColumn,
)
from vnadmin_docs.models.components import (
    Addressee,
    Agency,
    Authority,
    Confidentiality,
    Distribution,
    DocumentNumber,
    Marks,
    ParentAgency,
    SignatureBlock,
    TitleLine,
    Urgency,
)
from vnadmin_docs.models.documents import (
    Attachment,
    AttachmentKind,
    CopyKind,
    Document,
    DocumentType,
    OfficialDispatch,
    TypedDocument,
)

__all__ = [
    "Addressee",
    "Agency",
    "Align",
    "Attachment",
    "AttachmentKind",
    "Authority",
    "Block",
    "Confidentiality",
    "CopyKind",
    "Distribution",
    "Document",
    "DocumentNumber",
    "DocumentType",
    "Heading",
    "HeadingLevel",
    "ListBlock",
    "ListItem",
    "ListStyle",
    "Marks",
    "OfficialDispatch",
    "Paragraph",
    "ParentAgency",
    "Run",
    "SignatureBlock",
    "Table",
    "TableBorders",
    "TableCell",
    "TableColumn",
    "TitleLine",
    "TypedDocument",
    "Urgency",
]
