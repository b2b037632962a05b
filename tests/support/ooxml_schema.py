"""Validate every XML part of a .docx against the ECMA-376 transitional schemas.

The schemas live in the shared folder (``ooxml-xsd/``, see its README.md). Each part of the
package is mapped to a schema by its content type in ``[Content_Types].xml`` (falling back to its
path for the package parts that have a fixed name), its root element is checked, and it is
validated after markup-compatibility processing as a consumer that knows only ECMA-376 would do
it (ECMA-376 Part 3): elements and attributes in the namespaces listed in ``mc:Ignorable`` are
removed (or, for elements named in ``mc:ProcessContent``, replaced by their children), every
``mc:AlternateContent`` is replaced by its first ``mc:Choice`` whose ``Requires`` namespaces are
all ECMA-376 ones -- in practice, by its ``mc:Fallback`` -- or dropped when there is none, and the
``mc:`` attributes themselves are removed.

Typical use in a test::

    report = validate_docx(docx_bytes, schema_dir=require_shared("ooxml-xsd"))
    assert report.ok, "\\n".join(report.errors)

Schemas are compiled once per process and schema folder (``load_schema`` is cached).

The transitional schemas reference the Dublin Core schemas (for ``docProps/core.xml``) by their
``http://dublincore.org/...`` address; they are not in the shared folder and the tests must not
use the network, so a faithful condensed copy of them (DCMI, 2008-02-11) is served from memory.

Not validated, by design of the schemas rather than of this module: VML inside ``w:pict`` and
``w:object`` (``wml.xsd`` accepts it with lax wildcards and does not import ``vml-main.xsd``),
and parts with no ECMA-376 schema (custom XML data, ``stylesWithEffects``, ``people.xml``,
``commentsExtended`` and the other Word 2010+ parts); they are listed in ``report.skipped``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any, Final

from lxml import etree

from .shared import shared_dir

__all__ = [
    "MAX_ERRORS_PER_PART",
    "MC_NS",
    "SCHEMA_FILES",
    "PartRule",
    "SkippedPart",
    "ValidationReport",
    "apply_markup_compatibility",
    "default_schema_dir",
    "load_schema",
    "rule_for_part",
    "schema_compile_seconds",
    "understood_namespaces",
    "validate_docx",
    "validate_part",
]

MC_NS: Final = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_XML_NS: Final = "http://www.w3.org/XML/1998/namespace"
_XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
_DC_NS: Final = "http://purl.org/dc/elements/1.1/"
_DCTERMS_NS: Final = "http://purl.org/dc/terms/"
_DCMITYPE_NS: Final = "http://purl.org/dc/dcmitype/"

_W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_C: Final = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_DGM: Final = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_EP: Final = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_CUP: Final = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_DS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_CT: Final = "http://schemas.openxmlformats.org/package/2006/content-types"
_PR: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_CP: Final = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"

#: Entry-point schema file (relative to the schema folder) for each schema name.
SCHEMA_FILES: Final[dict[str, str]] = {
    "wml": "wml.xsd",
    "dml": "dml-main.xsd",
    "dml-chart": "dml-chart.xsd",
    "dml-diagram": "dml-diagram.xsd",
    "extended-properties": "shared-documentPropertiesExtended.xsd",
    "custom-properties": "shared-documentPropertiesCustom.xsd",
    "custom-xml-properties": "shared-customXmlDataProperties.xsd",
    "content-types": "opc-xsd/opc-contentTypes.xsd",
    "relationships": "opc-xsd/opc-relationships.xsd",
    "core-properties": "opc-xsd/opc-coreProperties.xsd",
}


@dataclass(frozen=True)
class PartRule:
    """How to validate a part: the schema name (a key of ``SCHEMA_FILES``) and the root."""

    schema: str
    root: str  # Clark notation, "{namespace}local"


_WML_CT: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CONTENT_TYPE_RULES: Final[dict[str, PartRule]] = {
    _WML_CT + "document.main+xml": PartRule("wml", f"{{{_W}}}document"),
    _WML_CT + "template.main+xml": PartRule("wml", f"{{{_W}}}document"),
    "application/vnd.ms-word.document.macroEnabled.main+xml": PartRule("wml", f"{{{_W}}}document"),
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": PartRule(
        "wml", f"{{{_W}}}document"
    ),
    _WML_CT + "document.glossary+xml": PartRule("wml", f"{{{_W}}}glossaryDocument"),
    _WML_CT + "styles+xml": PartRule("wml", f"{{{_W}}}styles"),
    _WML_CT + "settings+xml": PartRule("wml", f"{{{_W}}}settings"),
    _WML_CT + "numbering+xml": PartRule("wml", f"{{{_W}}}numbering"),
    _WML_CT + "header+xml": PartRule("wml", f"{{{_W}}}hdr"),
    _WML_CT + "footer+xml": PartRule("wml", f"{{{_W}}}ftr"),
    _WML_CT + "footnotes+xml": PartRule("wml", f"{{{_W}}}footnotes"),
    _WML_CT + "endnotes+xml": PartRule("wml", f"{{{_W}}}endnotes"),
    _WML_CT + "comments+xml": PartRule("wml", f"{{{_W}}}comments"),
    _WML_CT + "fontTable+xml": PartRule("wml", f"{{{_W}}}fonts"),
    _WML_CT + "webSettings+xml": PartRule("wml", f"{{{_W}}}webSettings"),
    "application/vnd.openxmlformats-officedocument.theme+xml": PartRule("dml", f"{{{_A}}}theme"),
    "application/vnd.openxmlformats-officedocument.themeOverride+xml": PartRule(
        "dml", f"{{{_A}}}themeOverride"
    ),
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": PartRule(
        "dml-chart", f"{{{_C}}}chartSpace"
    ),
    "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml": PartRule(
        "dml-chart", f"{{{_C}}}userShapes"
    ),
    "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml": PartRule(
        "dml-diagram", f"{{{_DGM}}}dataModel"
    ),
    "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml": PartRule(
        "dml-diagram", f"{{{_DGM}}}layoutDef"
    ),
    "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml": PartRule(
        "dml-diagram", f"{{{_DGM}}}styleDef"
    ),
    "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml": PartRule(
        "dml-diagram", f"{{{_DGM}}}colorsDef"
    ),
    "application/vnd.openxmlformats-officedocument.extended-properties+xml": PartRule(
        "extended-properties", f"{{{_EP}}}Properties"
    ),
    "application/vnd.openxmlformats-officedocument.custom-properties+xml": PartRule(
        "custom-properties", f"{{{_CUP}}}Properties"
    ),
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml": PartRule(
        "custom-xml-properties", f"{{{_DS}}}datastoreItem"
    ),
    "application/vnd.openxmlformats-package.relationships+xml": PartRule(
        "relationships", f"{{{_PR}}}Relationships"
    ),
    "application/vnd.openxmlformats-package.core-properties+xml": PartRule(
        "core-properties", f"{{{_CP}}}coreProperties"
    ),
}

_CONTENT_TYPE_RULES_LOWER: Final = {ct.lower(): rule for ct, rule in _CONTENT_TYPE_RULES.items()}

_CONTENT_TYPES_PART: Final = "[Content_Types].xml"
_CONTENT_TYPES_RULE: Final = PartRule("content-types", f"{{{_CT}}}Types")

# Used only when [Content_Types].xml gives no content type for a part (or is unreadable).
_PATH_RULES: Final[tuple[tuple[re.Pattern[str], PartRule], ...]] = (
    (
        re.compile(r"(?:.*/)?_rels/[^/]*\.rels", re.I),
        PartRule("relationships", f"{{{_PR}}}Relationships"),
    ),
    (
        re.compile(r"docProps/core\.xml", re.I),
        PartRule("core-properties", f"{{{_CP}}}coreProperties"),
    ),
    (
        re.compile(r"docProps/app\.xml", re.I),
        PartRule("extended-properties", f"{{{_EP}}}Properties"),
    ),
)

# Content types of XML parts that do not end in "+xml".
_OTHER_XML_CONTENT_TYPES: Final = frozenset(
    {"application/xml", "text/xml", "application/vnd.openxmlformats-officedocument.vmlDrawing"}
)

# Used to shorten libxml2 messages: "{http://...wordprocessingml/2006/main}p" -> "w:p".
_MESSAGE_PREFIXES: Final[dict[str, str]] = {
    _W: "w",
    _A: "a",
    _C: "c",
    _DGM: "dgm",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes": "vt",
    _EP: "ep",
    _CUP: "cup",
    _DS: "ds",
    _CT: "ct",
    _PR: "pr",
    _CP: "cp",
    _DC_NS: "dc",
    _DCTERMS_NS: "dcterms",
    _XML_NS: "xml",
    MC_NS: "mc",
}
_CLARK_RE: Final = re.compile(r"\{([^}]*)\}")

#: Default maximum number of schema errors reported per part (the rest are counted).
MAX_ERRORS_PER_PART: Final = 100


# --------------------------------------------------------------------------------------------
# Dublin Core schemas (referenced by opc-coreProperties.xsd by http:// address).
# Condensed from the DCMI schemas of 2008-02-11 (dc.xsd, dcterms.xsd): same types and
# declarations, without the annotations and with only the encoding schemes that are plain
# strings, URIs or W3C dates.
# --------------------------------------------------------------------------------------------

_DC_ELEMENTS: Final = (
    "title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
    "format", "identifier", "source", "language", "relation", "coverage", "rights",
)  # fmt: skip

_DCTERMS_REFINEMENTS: Final = {
    "alternative": "title",
    "tableOfContents": "description",
    "abstract": "description",
    "created": "date",
    "valid": "date",
    "available": "date",
    "issued": "date",
    "modified": "date",
    "dateAccepted": "date",
    "dateCopyrighted": "date",
    "dateSubmitted": "date",
    "extent": "format",
    "medium": "format",
    "isVersionOf": "relation",
    "hasVersion": "relation",
    "isReplacedBy": "relation",
    "replaces": "relation",
    "isRequiredBy": "relation",
    "requires": "relation",
    "isPartOf": "relation",
    "hasPart": "relation",
    "isReferencedBy": "relation",
    "references": "relation",
    "isFormatOf": "relation",
    "hasFormat": "relation",
    "conformsTo": "relation",
    "spatial": "coverage",
    "temporal": "coverage",
    "accessRights": "rights",
    "license": "rights",
    "bibliographicCitation": "identifier",
}

_DCTERMS_SCHEMES: Final = {
    "LCSH": "xs:string",
    "MESH": "xs:string",
    "DDC": "xs:string",
    "LCC": "xs:string",
    "UDC": "xs:string",
    "Period": "xs:string",
    "IMT": "xs:string",
    "URI": "xs:anyURI",
    "ISO639-2": "xs:string",
    "ISO639-3": "xs:string",
    "RFC1766": "xs:language",
    "RFC3066": "xs:language",
    "RFC4646": "xs:language",
    "ISO3166": "xs:string",
    "Point": "xs:string",
    "Box": "xs:string",
    "TGN": "xs:string",
}


def _dc_xsd(xml_xsd_url: str) -> str:
    elements = "".join(f'<xs:element name="{n}" substitutionGroup="any"/>' for n in _DC_ELEMENTS)
    return f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="{_DC_NS}"
  targetNamespace="{_DC_NS}" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:import namespace="{_XML_NS}" schemaLocation="{xml_xsd_url}"/>
  <xs:complexType name="SimpleLiteral">
    <xs:complexContent mixed="true">
      <xs:restriction base="xs:anyType">
        <xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="0"/></xs:sequence>
        <xs:attribute ref="xml:lang" use="optional"/>
      </xs:restriction>
    </xs:complexContent>
  </xs:complexType>
  <xs:element name="any" type="SimpleLiteral" abstract="true"/>
  {elements}
</xs:schema>"""


def _dcterms_scheme(name: str, base: str) -> str:
    return f"""<xs:complexType name="{name}"><xs:simpleContent>
    <xs:restriction base="dc:SimpleLiteral">
      <xs:simpleType><xs:restriction base="{base}"/></xs:simpleType>
      <xs:attribute ref="xml:lang" use="prohibited"/>
    </xs:restriction></xs:simpleContent></xs:complexType>"""


def _dcterms_xsd(xml_xsd_url: str, dc_url: str) -> str:
    mirrors = "".join(f'<xs:element name="{n}" substitutionGroup="dc:{n}"/>' for n in _DC_ELEMENTS)
    refinements = "".join(
        f'<xs:element name="{n}" substitutionGroup="{base}"/>'
        for n, base in _DCTERMS_REFINEMENTS.items()
    )
    schemes = "".join(_dcterms_scheme(n, base) for n, base in _DCTERMS_SCHEMES.items())
    return f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:dc="{_DC_NS}"
  xmlns="{_DCTERMS_NS}" targetNamespace="{_DCTERMS_NS}"
  elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:import namespace="{_XML_NS}" schemaLocation="{xml_xsd_url}"/>
  <xs:import namespace="{_DC_NS}" schemaLocation="{dc_url}"/>
  {mirrors}
  {refinements}
  <xs:complexType name="W3CDTF"><xs:simpleContent>
    <xs:restriction base="dc:SimpleLiteral">
      <xs:simpleType><xs:union memberTypes="xs:gYear xs:gYearMonth xs:date xs:dateTime"/>
      </xs:simpleType>
      <xs:attribute ref="xml:lang" use="prohibited"/>
    </xs:restriction></xs:simpleContent></xs:complexType>
  {schemes}
</xs:schema>"""


_DC_URL: Final = "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd"
_DCTERMS_URL: Final = "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd"


class _InMemoryResolver(etree.Resolver):  # type: ignore[misc]  # lxml ships no stubs here
    """Serve a fixed set of documents by URL, so that schema imports never touch the network."""

    def __init__(self, documents: dict[str, str]) -> None:
        super().__init__()
        self._documents = documents

    def resolve(self, system_url: str, public_id: str | None, context: object) -> Any:
        """Return the in-memory document for ``system_url``, or None to let lxml go on."""
        text = self._documents.get(system_url)
        if text is None:
            return None
        return self.resolve_string(text, context, base_url=system_url)


# --------------------------------------------------------------------------------------------
# Schema loading
# --------------------------------------------------------------------------------------------


def default_schema_dir() -> Path:
    """Return ``<shared>/ooxml-xsd``; raise FileNotFoundError when it is missing."""
    base = shared_dir()
    path = None if base is None else base / "ooxml-xsd"
    if path is None or not (path / "wml.xsd").is_file():
        raise FileNotFoundError(
            "ECMA-376 schemas not found (expected <shared>/ooxml-xsd/wml.xsd; "
            "set VNADMIN_SHARED to the shared folder)"
        )
    return path


def _resolve_dir(schema_dir: Path | str | None) -> Path:
    return (default_schema_dir() if schema_dir is None else Path(schema_dir)).resolve()


_COMPILE_SECONDS: dict[tuple[Path, str], float] = {}


def load_schema(name: str, schema_dir: Path | str | None = None) -> etree.XMLSchema:
    """Return the compiled schema ``name`` (a key of ``SCHEMA_FILES``), cached per process.

    Imports are resolved relative to the entry file (``wml.xsd`` pulls in DrawingML, math,
    shared types, …); the Dublin Core schemas are served from memory, never from the network.
    """
    if name not in SCHEMA_FILES:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(SCHEMA_FILES)}")
    return _load_schema(_resolve_dir(schema_dir), name)


@cache
def _load_schema(schema_dir: Path, name: str) -> etree.XMLSchema:
    start = time.perf_counter()
    entry = schema_dir / SCHEMA_FILES[name]
    xml_xsd_url = (schema_dir / "xml.xsd").as_uri()
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(
        _InMemoryResolver(
            {
                _DC_URL: _dc_xsd(xml_xsd_url),
                _DCTERMS_URL: _dcterms_xsd(xml_xsd_url, _DC_URL),
            }
        )
    )
    schema = etree.XMLSchema(etree.parse(str(entry), parser))
    _COMPILE_SECONDS[(schema_dir, name)] = time.perf_counter() - start
    return schema


def schema_compile_seconds() -> dict[str, float]:
    """Return how long each schema compiled so far took to compile, by schema name."""
    return {name: seconds for (_, name), seconds in _COMPILE_SECONDS.items()}


@cache
def _understood_namespaces(schema_dir: Path) -> frozenset[str]:
    namespaces = {MC_NS, _XML_NS, _XSI_NS, _DC_NS, _DCTERMS_NS, _DCMITYPE_NS}
    for xsd in schema_dir.rglob("*.xsd"):
        target = etree.parse(str(xsd)).getroot().get("targetNamespace")
        if target:
            namespaces.add(target)
    return frozenset(namespaces)


@cache
def _declared_wml_names(schema_dir: Path) -> frozenset[str]:
    xsd = etree.parse(str(schema_dir / SCHEMA_FILES["wml"]))
    names = xsd.xpath("//xsd:element/@name", namespaces={"xsd": "http://www.w3.org/2001/XMLSchema"})
    return frozenset(str(name) for name in names)


def _remove_undeclared_wml(part: str, root: etree._Element, schema_dir: Path) -> list[str]:
    """Report and remove ``w:`` elements whose name wml.xsd does not declare at all.

    libxml2 takes about a second to reject each unexpected child of ``w:p``, ``w:body``,
    ``w:tc`` or ``w:hyperlink`` (their content models are huge), so a document with many
    misspelt elements would take minutes; the elements that cannot be valid anywhere are
    caught here in microseconds instead. (A known element in the wrong place in those
    containers still costs libxml2 about a second per error.)
    """
    declared = _declared_wml_names(schema_dir)
    bad = [el for el in root.iter(f"{{{_W}}}*") if etree.QName(el).localname not in declared]
    if not bad:
        return []
    bad_set = set(bad)
    tree = root.getroottree()
    errors: list[str] = []
    for element in bad:
        if any(ancestor in bad_set for ancestor in element.iterancestors()):
            continue  # inside an element already reported
        errors.append(
            f"{part}: line {element.sourceline}: Element '{_shorten(element.tag)}': "
            "This element is not expected (no element of this name is declared in wml.xsd). "
            f"(at {tree.getpath(element)})"
        )
    for element in bad:
        if element.getparent() is not None and element is not root:
            _remove_keeping_tail(element)
    return errors


def understood_namespaces(schema_dir: Path | str | None = None) -> frozenset[str]:
    """Return the namespaces an ECMA-376-only consumer understands (the schemas' targets)."""
    return _understood_namespaces(_resolve_dir(schema_dir))


# --------------------------------------------------------------------------------------------
# Markup compatibility (ECMA-376 Part 3)
# --------------------------------------------------------------------------------------------

_MC_IGNORABLE: Final = f"{{{MC_NS}}}Ignorable"
_MC_PROCESS_CONTENT: Final = f"{{{MC_NS}}}ProcessContent"
_MC_MUST_UNDERSTAND: Final = f"{{{MC_NS}}}MustUnderstand"
_MC_ALTERNATE_CONTENT: Final = f"{{{MC_NS}}}AlternateContent"
_MC_CHOICE: Final = f"{{{MC_NS}}}Choice"
_MC_FALLBACK: Final = f"{{{MC_NS}}}Fallback"


@dataclass(frozen=True)
class _McScope:
    ignorable: frozenset[str]
    process_content: frozenset[tuple[str, str]]  # (namespace, local name or "*")


def _prefixes_to_namespaces(
    element: etree._Element, value: str, problems: list[str], attribute: str
) -> set[str]:
    namespaces: set[str] = set()
    for prefix in value.split():
        namespace = element.nsmap.get(prefix)
        if namespace is None:
            problems.append(
                f"line {element.sourceline}: mc:{attribute} names undeclared prefix {prefix!r}"
            )
        else:
            namespaces.add(namespace)
    return namespaces


def _qnames(
    element: etree._Element, value: str, problems: list[str], attribute: str
) -> set[tuple[str, str]]:
    names: set[tuple[str, str]] = set()
    for qname in value.split():
        prefix, _, local = qname.partition(":")
        namespace = element.nsmap.get(prefix)
        if not local or namespace is None:
            problems.append(f"line {element.sourceline}: mc:{attribute} has bad name {qname!r}")
        else:
            names.add((namespace, local))
    return names


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    assert parent is not None
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _replace_with_children(element: etree._Element) -> None:
    """Replace ``element`` by its children (its text and tail are kept around them)."""
    parent = element.getparent()
    assert parent is not None
    index = parent.index(element)
    children = list(element)
    if element.text:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.text
        else:
            parent.text = (parent.text or "") + element.text
    if children:
        last = children[-1]
        last.tail = (last.tail or "") + (element.tail or "")
        element.tail = None
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)  # moves child out of element
    _remove_keeping_tail(element)


def _select_branch(
    alternate: etree._Element, understood: frozenset[str], problems: list[str]
) -> etree._Element | None:
    for branch in alternate:
        if branch.tag == _MC_CHOICE:
            requires = _prefixes_to_namespaces(
                branch, branch.get("Requires", ""), problems, "Choice/@Requires"
            )
            if requires and requires <= understood:
                return branch
        elif branch.tag == _MC_FALLBACK:
            return branch
    return None


def _enter(
    element: etree._Element, scope: _McScope, understood: frozenset[str], problems: list[str]
) -> _McScope:
    """Apply the mc: attributes of ``element`` to ``scope``; strip them and ignorable ones."""
    value = element.get(_MC_IGNORABLE)
    if value is not None:
        declared = _prefixes_to_namespaces(element, value, problems, "Ignorable")
        scope = _McScope(scope.ignorable | (declared - understood), scope.process_content)
    value = element.get(_MC_PROCESS_CONTENT)
    if value is not None:
        names = _qnames(element, value, problems, "ProcessContent")
        scope = _McScope(scope.ignorable, scope.process_content | names)
    value = element.get(_MC_MUST_UNDERSTAND)
    if value is not None:
        required = _prefixes_to_namespaces(element, value, problems, "MustUnderstand")
        problems.extend(
            f"line {element.sourceline}: mc:MustUnderstand requires namespace {namespace}, "
            "which ECMA-376 does not define"
            for namespace in sorted(required - understood)
        )
    for name in list(element.attrib):
        namespace = etree.QName(name).namespace
        if namespace == MC_NS or namespace in scope.ignorable:
            del element.attrib[name]
    return scope


def _process(
    element: etree._Element, scope: _McScope, understood: frozenset[str], problems: list[str]
) -> None:
    scope = _enter(element, scope, understood, problems)
    index = 0
    while index < len(element):
        child = element[index]
        if not isinstance(child.tag, str):  # comment or processing instruction
            index += 1
            continue
        if child.tag == _MC_ALTERNATE_CONTENT:
            branch = _select_branch(child, understood, problems)
            if branch is None:
                _remove_keeping_tail(child)
                continue
            # The branch's content is processed in the scope of the AlternateContent and of
            # the branch itself, then takes the place of the AlternateContent.
            _process(branch, _enter(child, scope, understood, problems), understood, problems)
            branch.tail = None
            child.addprevious(branch)
            _remove_keeping_tail(child)
            count = len(branch)
            _replace_with_children(branch)
            index += count
            continue
        qname = etree.QName(child)
        if qname.namespace is not None and qname.namespace in scope.ignorable:
            if {(qname.namespace, qname.localname), (qname.namespace, "*")} & (
                scope.process_content
            ):
                _replace_with_children(child)  # its children are examined next
            else:
                _remove_keeping_tail(child)
            continue
        if qname.namespace == MC_NS:
            problems.append(
                f"line {child.sourceline}: mc:{qname.localname} outside mc:AlternateContent"
            )
        _process(child, scope, understood, problems)
        index += 1


def apply_markup_compatibility(
    root: etree._Element, understood: Iterable[str] | None = None
) -> list[str]:
    """Preprocess ``root`` in place as an ECMA-376-only consumer would; return problems found.

    ``understood`` is the set of namespaces the consumer knows (default: the target namespaces
    of the shared schemas). Problems are violations of ECMA-376 Part 3 that make the document
    unreadable to such a consumer (``mc:MustUnderstand`` of an unknown namespace, undeclared
    prefixes), as ``"line N: message"`` strings.
    """
    known = frozenset(understood) if understood is not None else understood_namespaces()
    problems: list[str] = []
    if root.tag == _MC_ALTERNATE_CONTENT:
        problems.append(f"line {root.sourceline}: mc:AlternateContent as the root element")
        return problems
    _process(root, _McScope(frozenset(), frozenset()), known, problems)
    return problems


# --------------------------------------------------------------------------------------------
# Package validation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkippedPart:
    """A part that was not validated, and why (no ECMA-376 schema, not XML, …)."""

    part: str
    reason: str


@dataclass
class ValidationReport:
    """The outcome of ``validate_docx``.

    ``errors`` holds one ``"<part>: line N: message"`` string per problem; ``validated`` maps each
    validated part to the schema name used; ``skipped`` lists the parts not validated.
    """

    errors: list[str] = field(default_factory=list)
    validated: dict[str, str] = field(default_factory=dict)
    skipped: list[SkippedPart] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no part has an error."""
        return not self.errors

    def errors_for(self, part: str) -> list[str]:
        """Return the errors reported for ``part`` (a zip member name)."""
        return [error for error in self.errors if error.startswith(f"{part}: ")]

    @property
    def failing_parts(self) -> list[str]:
        """The parts with at least one error, in package order."""
        parts = dict.fromkeys(error.split(": ", 1)[0] for error in self.errors)
        return list(parts)

    def summary(self) -> str:
        """Return a one-line summary (counts of validated, failing and skipped parts)."""
        return (
            f"{len(self.validated)} parts validated, {len(self.failing_parts)} with errors "
            f"({len(self.errors)} errors), {len(self.skipped)} skipped"
        )


def _parser() -> etree.XMLParser:
    # No DTDs, no entities, no network: a package part is untrusted input.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


def _shorten(message: str) -> str:
    def prefixed(match: re.Match[str]) -> str:
        prefix = _MESSAGE_PREFIXES.get(match.group(1))
        return f"{prefix}:" if prefix else match.group(0)

    return _CLARK_RE.sub(prefixed, message.strip())


def _read_content_types(data: bytes) -> tuple[dict[str, str], dict[str, str]]:
    """Return (defaults by lower-case extension, overrides by lower-case part name)."""
    root = etree.fromstring(data, _parser())
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for item in root:
        if item.tag == f"{{{_CT}}}Default":
            defaults[item.get("Extension", "").lower()] = item.get("ContentType", "")
        elif item.tag == f"{{{_CT}}}Override":
            overrides[item.get("PartName", "").lower()] = item.get("ContentType", "")
    return defaults, overrides


def _content_type(part: str, defaults: dict[str, str], overrides: dict[str, str]) -> str | None:
    override = overrides.get("/" + part.lower())
    if override is not None:
        return override
    _, dot, extension = part.rpartition("/")[2].rpartition(".")
    return defaults.get(extension.lower()) if dot else None


def rule_for_part(part: str, content_type: str | None) -> PartRule | str:
    """Return the rule for a part, or the reason it has none (a string).

    The content type decides; the path is used only when there is no content type (for the
    package parts with conventional names: relationships, core and extended properties).
    """
    if part == _CONTENT_TYPES_PART:
        return _CONTENT_TYPES_RULE
    if content_type is not None:
        base = content_type.split(";")[0].strip().lower()  # media types are case-insensitive
        rule = _CONTENT_TYPE_RULES_LOWER.get(base)
        if rule is not None:
            return rule
        if base.endswith("+xml") or base in _OTHER_XML_CONTENT_TYPES:
            return f"no ECMA-376 schema for content type {content_type}"
        return f"not XML (content type {content_type})"
    for pattern, rule in _PATH_RULES:
        if pattern.fullmatch(part):
            return rule
    return "no content type in [Content_Types].xml"


def validate_part(
    part: str,
    data: bytes,
    rule: PartRule,
    schema_dir: Path | str | None = None,
    *,
    max_errors: int | None = MAX_ERRORS_PER_PART,
) -> list[str]:
    """Validate one part's bytes against ``rule``; return ``"<part>: line N: …"`` errors."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno is not None else "?"
        return [f"{part}: line {line}: not well-formed XML: {exc.msg}"]
    errors: list[str] = []
    if root.tag != rule.root:
        errors.append(
            f"{part}: line {root.sourceline}: root element is {_shorten(root.tag)}, "
            f"expected {_shorten(rule.root)}"
        )
    directory = _resolve_dir(schema_dir)
    problems = apply_markup_compatibility(root, _understood_namespaces(directory))
    errors.extend(f"{part}: {problem} (markup compatibility)" for problem in problems)
    if rule.schema == "wml":
        errors.extend(_remove_undeclared_wml(part, root, directory))
    schema = _load_schema(directory, rule.schema)
    if not schema.validate(root):
        entries = list(schema.error_log)
        shown = entries if max_errors is None else entries[:max_errors]
        for entry in shown:
            where = f" (at {entry.path})" if entry.path else ""
            errors.append(f"{part}: line {entry.line}: {_shorten(entry.message)}{where}")
        if len(entries) > len(shown):
            errors.append(f"{part}: … {len(entries) - len(shown)} more schema errors not shown")
    return errors


Source = str | os.PathLike[str] | bytes | bytearray | IO[bytes]


def _open_zip(source: Source) -> zipfile.ZipFile:
    if isinstance(source, (bytes, bytearray)):
        return zipfile.ZipFile(io.BytesIO(bytes(source)))
    if isinstance(source, (str, os.PathLike)):
        return zipfile.ZipFile(os.fspath(source))
    return zipfile.ZipFile(source)


def validate_docx(
    source: Source,
    schema_dir: Path | str | None = None,
    *,
    max_errors_per_part: int | None = MAX_ERRORS_PER_PART,
) -> ValidationReport:
    """Validate every XML part of the package ``source`` (a path, bytes or binary file).

    ``schema_dir`` is the ``ooxml-xsd`` folder (default: ``<shared>/ooxml-xsd``). Each part
    is mapped to a schema by content type (see ``rule_for_part``); parts without one are listed
    in ``report.skipped``. Per part, at most ``max_errors_per_part`` schema errors are listed
    (``None``: all), followed by a count of the rest. A file that is not a zip raises
    ``zipfile.BadZipFile``.
    """
    directory = _resolve_dir(schema_dir)
    report = ValidationReport()
    with _open_zip(source) as package:
        members = [info for info in package.infolist() if not info.is_dir()]
        names = {info.filename for info in members}
        defaults: dict[str, str] = {}
        overrides: dict[str, str] = {}
        if _CONTENT_TYPES_PART not in names:
            report.errors.append(f"{_CONTENT_TYPES_PART}: missing from the package")
        else:
            # A malformed [Content_Types].xml is reported when the part itself is validated.
            with contextlib.suppress(etree.XMLSyntaxError):
                defaults, overrides = _read_content_types(package.read(_CONTENT_TYPES_PART))
        for info in members:
            part = info.filename
            rule = rule_for_part(part, _content_type(part, defaults, overrides))
            if isinstance(rule, str):
                report.skipped.append(SkippedPart(part, rule))
                continue
            report.validated[part] = rule.schema
            report.errors.extend(
                validate_part(
                    part, package.read(info), rule, directory, max_errors=max_errors_per_part
                )
            )
    return report
