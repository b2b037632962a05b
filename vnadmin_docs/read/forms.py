"""The forms' own fields read back from the page (Phụ lục III, Mẫu 1.1–1.10, 3.1, 3.2).

The reader of :mod:`vnadmin_docs.read.docx` finds the components every document has; this
module reads what a form adds: a quyết định's authority, căn cứ, proposal and articles; a
công điện's sender and recipients; the labelled lines of a giấy mời, giấy giới thiệu,
giấy nghỉ phép and biên bản; the second signatures; a copy's block; a joint document's
other issuers. It looks for the same fixed words the renderer prints: the form's row of
``templates/forms.toml`` (:func:`~vnadmin_docs.templates.layout_for`), never words typed
here. What the page does not show comes from the file's hidden property
(:func:`vnadmin_docs.render.docx.hidden_fields`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from vnadmin_docs.models.body import vietnamese_letter
from vnadmin_docs.models.documents import CopyKind, Document, DocumentType, TypedDocument
from vnadmin_docs.models.forms import (
    Introduction,
    Invitation,
    LeaveCertificate,
    Minutes,
    Telegram,
    _Enacting,
)
from vnadmin_docs.ooxml.read import ParaInfo
from vnadmin_docs.templates import FormLayout, form_layout, layout_for
from vnadmin_docs.vietnamese import nfc, parse_date, parse_issue_date, parse_time_date, upper

if TYPE_CHECKING:
    from vnadmin_docs.read.docx import _Builder

__all__ = ["END_MARK", "FormReader", "strip_end_mark"]

END_MARK = "./."
"""The end mark (dấu kết thúc) the renderer sets on the last content paragraph."""
_ARTICLE = re.compile(r"^Điều (\d+)\.(?: (.*))?$", re.DOTALL)
_CLAUSE = re.compile(r"^(\d+)\.(?: (.*))?$", re.DOTALL)
_POINT = re.compile(r"^([a-zđ])\) (.*)$", re.DOTALL)
_SIGNING_TIME = re.compile(
    r"^(\d{2})/(\d{2})/(\d{4}); (\d{2}):(\d{2}):(\d{2}) ([+-]\d{2}):(\d{2})$"
)


def _collapse(text: str) -> str:
    return nfc(" ".join(text.split()))


def strip_end_mark(
    paragraphs: list[ParaInfo], *, shared: bool = False
) -> tuple[list[ParaInfo], str | None]:
    """The content paragraphs without the end mark on the last of them, and the mark.

    The mark closes the last paragraph of the text (ô 6), whatever component printed it (an
    article, a labelled line of a giấy mời); alone on its line, the line goes. ``shared``
    (our own file's hidden property says so): the mark's "." is the text's own full stop
    (``…này./.``), and stays on the text.
    """
    if not paragraphs:
        return paragraphs, None
    last = paragraphs[-1]
    if last.table is not None or not last.text.rstrip().endswith(END_MARK):
        return paragraphs, None
    runs = list(last.runs)
    size = len(END_MARK) - 1 if shared else len(END_MARK)
    left = size
    while runs and left:
        run = runs.pop()
        text = run.text.rstrip() if left == size else run.text
        if not text:
            continue
        cut = min(left, len(text))
        left -= cut
        if len(text) > cut:
            runs.append(replace(run, text=text[:-cut]))
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    text = "".join(run.text for run in runs)
    if not text.strip():
        return paragraphs[:-1], END_MARK
    kept = replace(last, text=text, runs=runs, _visible=None)
    return [*paragraphs[:-1], kept], END_MARK


def _all_bold(p: ParaInfo) -> bool:
    runs = p.text_runs()
    return bool(runs) and all(run.bold for run in runs)


def _after(text: str, label: str) -> str | None:
    """The words after ``label`` at the start of ``text``, or ``None``."""
    if text.startswith(label) and (len(text) == len(label) or text[len(label)] == " "):
        return text[len(label) :].strip()
    return None


def _signing_time(text: str) -> datetime | None:
    """The inverse of :func:`~vnadmin_docs.vietnamese.format_signing_time`."""
    match = _SIGNING_TIME.match(text.strip())
    if match is None:
        return None
    day, month, year, hour, minute, second, zone_h, zone_m = match.groups()
    try:
        return datetime.fromisoformat(
            f"{year}-{month}-{day}T{hour}:{minute}:{second}{zone_h}:{zone_m}"
        )
    except ValueError:
        return None


class FormReader:
    """Reads one form's fields off the paragraphs its layout found."""

    def __init__(self, builder: _Builder, cls: type[Document], doc_type: DocumentType) -> None:
        self.builder = builder
        self.layout = builder.layout
        self.hidden = builder.hidden
        self.cls = cls
        self.form: FormLayout = layout_for(doc_type.value)

    @property
    def texts(self) -> Any:
        """The form's fixed words, by role (``templates/forms.toml``)."""
        return self.form.texts

    # ------------------------------------------------------------------ the text (ô 6)

    def fields(
        self, paragraphs: list[ParaInfo], agency_name: str
    ) -> tuple[dict[str, Any], list[ParaInfo]]:
        """The form's fields read from the start of the text, and the paragraphs left.

        The end mark is already off (:func:`strip_end_mark`).
        """
        cls = self.cls
        if issubclass(cls, _Enacting):
            return self.enacting(paragraphs)
        if issubclass(cls, Telegram):
            return self.telegram(paragraphs)
        if issubclass(cls, Invitation):
            return self.invitation(paragraphs, agency_name)
        if issubclass(cls, Introduction):
            return self.introduction(paragraphs, agency_name)
        if issubclass(cls, LeaveCertificate):
            return self.leave(paragraphs)
        if issubclass(cls, Minutes):
            return self.minutes(paragraphs)
        return {}, paragraphs

    def enacting(self, paragraphs: list[ParaInfo]) -> tuple[dict[str, Any], list[ParaInfo]]:
        """Authority, proposal and articles of a quyết định or nghị quyết (Mẫu 1.1–1.3)."""
        data: dict[str, Any] = {}
        layout, builder = self.layout, self.builder
        lead = self.texts["proposal"]
        if layout.basis and _after(layout.basis[-1].visible_text, lead) is not None:
            data["proposal"] = layout.basis[-1].visible_text
            layout.basis = layout.basis[:-1]
            builder.found("proposal", 1.0)
        enacting = self.texts["enacting"]
        at = next((i for i, p in enumerate(paragraphs) if p.visible_text == enacting), None)
        authority: list[str] = []
        rest = paragraphs
        while rest and rest[0].table is None and (
            rest[0].style_id == "Authority"
            or (at is not None and rest[0].visible_text != enacting
                and upper(rest[0].visible_text) == rest[0].visible_text and _all_bold(rest[0]))
        ):  # fmt: skip
            authority += [
                _collapse(line)
                for line in rest[0].text.split("\n")
                if line.strip(" _-–—.\t")  # a rule typed as underscores is not a line
            ]
            rest = rest[1:]
        if authority:
            data["authority"] = builder.authors_lines("authority", authority)
            builder.found("authority", 1.0)
        if rest and rest[0].visible_text == enacting and not self.hidden.get("enacting.in_body"):
            rest = rest[1:]
            builder.found("enacting", 1.0)
        articles, rest = self.articles(rest)
        if articles:
            data["articles"] = articles
            builder.found("articles", 1.0)
        later = next((p for p in rest if p.table is None and _ARTICLE.match(p.visible_text)), None)
        if later is not None and "articles.texts" not in self.hidden:
            builder.note(
                f"articles: read {len(articles)} article(s) as Điều, khoản, điểm; from "
                f"«{later.visible_text[:40]}» on, what the structure cannot hold (a paragraph "
                "that is neither a clause nor a point, a table) is kept, in order, as "
                "paragraphs of the body",
                f"Điều, khoản, điểm: đọc {len(articles)} điều theo cấu trúc Điều, khoản, điểm; "
                f"từ «{later.visible_text[:40]}» trở đi, những gì cấu trúc này không chứa được "
                "(đoạn không phải khoản cũng không phải điểm, bảng) được giữ theo thứ tự, làm "
                "các đoạn của phần nội dung",
            )
        return data, rest

    def articles(self, paragraphs: list[ParaInfo]) -> tuple[list[dict[str, Any]], list[ParaInfo]]:
        """Articles (``Điều 1.``), clauses (``1.``) and points (``a)``), in order."""
        articles: list[dict[str, Any]] = []
        i = 0
        kept = self.hidden.get("articles.texts")
        texts: list[Any] = kept if isinstance(kept, list) else []

        def text_follows(j: int, article: int, clause: int | None = None) -> bool:
            """Whether paragraph ``j`` is the text of a titled article (clause).

            Our files say which titled articles have a text; else a paragraph without a
            marker is one.
            """
            try:
                entry = texts[article]
                said = bool(entry[0] if clause is None else entry[1][clause][0])
            except (IndexError, TypeError, KeyError):
                return plain(j)
            return said and j < len(paragraphs) and paragraphs[j].table is None

        def count(article: int, clause: int | None = None) -> int | None:
            """How many clauses (points) our file says the article (clause) has."""
            try:
                entry = texts[article]
                found = len(entry[1]) if clause is None else entry[1][clause][1]
            except (IndexError, TypeError, KeyError):
                return None
            return found if isinstance(found, int) else None

        def plain(j: int) -> bool:
            """Whether paragraph ``j`` is a text of its own (no marker, not a heading)."""
            if j >= len(paragraphs) or paragraphs[j].table is not None:
                return False
            p = paragraphs[j]
            text = p.visible_text
            return (
                bool(text)
                and p.style_id != "Article"
                and not (_ARTICLE.match(text) or _CLAUSE.match(text) or _POINT.match(text))
            )

        while i < len(paragraphs):
            p = paragraphs[i]
            match = _ARTICLE.match(p.visible_text) if p.table is None else None
            if match is None or int(match[1]) != len(articles) + 1:
                break
            if isinstance(kept, list) and len(articles) >= len(kept):
                break  # the file says the articles end here: "Điều …" in the body
            article: dict[str, Any] = {}
            titled = match[2] is not None and (p.style_id == "Article" or _all_bold(p))
            i += 1
            if titled:
                article["title"] = match[2]
                if text_follows(i, len(articles)):
                    article["text"] = paragraphs[i].visible_text
                    i += 1
            elif match[2] is not None:
                article["text"] = match[2]
            clauses: list[dict[str, Any]] = []
            while i < len(paragraphs) and paragraphs[i].table is None:
                q = paragraphs[i]
                found = _CLAUSE.match(q.visible_text)
                if found is None or int(found[1]) != len(clauses) + 1:
                    break
                most = count(len(articles))
                if most is not None and len(clauses) >= most:
                    break
                clause: dict[str, Any] = {}
                i += 1
                if found[2] is not None and (q.style_id == "Article" or _all_bold(q)):
                    clause["title"] = found[2]
                    if text_follows(i, len(articles), len(clauses)):
                        clause["text"] = paragraphs[i].visible_text
                        i += 1
                elif found[2] is not None:
                    clause["text"] = found[2]
                points: list[str] = []
                while i < len(paragraphs) and paragraphs[i].table is None:
                    point = _POINT.match(paragraphs[i].visible_text)
                    if point is None or point[1] != vietnamese_letter(len(points) + 1):
                        break
                    most = count(len(articles), len(clauses))
                    if most is not None and len(points) >= most:
                        break
                    points.append(point[2])
                    i += 1
                if points:
                    clause["points"] = points
                if not clause:
                    i -= 1  # "1." alone: not a clause the model can hold
                    break
                clauses.append(clause)
            if clauses:
                article["clauses"] = clauses
            if not article:
                i -= 1
                break
            articles.append(article)
        return articles, paragraphs[i:]

    def telegram(self, paragraphs: list[ParaInfo]) -> tuple[dict[str, Any], list[ParaInfo]]:
        """The công điện's ``<sender> điện:`` line and its recipients (Mẫu 1.6)."""
        addressed = self.texts["addressed"]
        if not paragraphs or not paragraphs[0].visible_text.endswith(f" {addressed}"):
            return {}, paragraphs
        data: dict[str, Any] = {"sender": paragraphs[0].visible_text[: -len(addressed)].strip()}
        recipients: list[str] = []
        rest = paragraphs[1:]
        while rest and rest[0].table is None and rest[0].visible_text.startswith("- "):
            line = rest[0].visible_text[2:].strip()
            rest = rest[1:]
            last = line.endswith(".")
            recipients.append(line[:-1] if line.endswith((";", ".")) else line)
            if last:
                break
        if len(recipients) == 1 and not recipients[0]:
            recipients = []
        data["recipients"] = recipients
        self.builder.found("addressed", 1.0)
        return data, rest

    def labelled(
        self, paragraphs: list[ParaInfo], roles: list[tuple[str, bool]]
    ) -> tuple[dict[str, str], list[ParaInfo]]:
        """Lines that open with the form's labels, in order; optional ones may be missing."""
        found: dict[str, str] = {}
        rest = paragraphs
        for role, required in roles:
            value = _after(rest[0].visible_text, self.texts[role]) if rest else None
            if value is None:
                if required:
                    break
                continue
            found[role] = value
            rest = rest[1:]
        return found, rest

    def defaulted(self, field: str, printed: str, agency_name: str) -> bool:
        """Whether ``field`` was left to its default (the agency's name) in the model."""
        if self.hidden:
            names = self.hidden.get("defaulted")
            return isinstance(names, list) and field in names
        return printed == agency_name

    def invitation(
        self, paragraphs: list[ParaInfo], agency_name: str
    ) -> tuple[dict[str, Any], list[ParaInfo]]:
        """The giấy mời's lines (Mẫu 1.7): who invites whom, to what, chair, time, place."""
        t = self.texts
        if not paragraphs:
            return {}, paragraphs
        inviter, sep, invitee = paragraphs[0].visible_text.partition(f" {t['invites']} ")
        if not sep:
            return {}, paragraphs
        data: dict[str, Any] = {"invitee": invitee.strip()}
        if not self.defaulted("inviter", inviter.strip(), agency_name):
            data["inviter"] = inviter.strip()
        found, rest = self.labelled(
            paragraphs[1:], [("event", True), ("chair", False), ("time", True), ("place", True)]
        )
        data.update(found)
        if "time" in data:
            data["time"] = parse_time_date(data["time"]) or data["time"]
        self.builder.found("invitation", 1.0 if len(found) >= 3 else 0.5)
        return data, rest

    def introduction(
        self, paragraphs: list[ParaInfo], agency_name: str
    ) -> tuple[dict[str, Any], list[ParaInfo]]:
        """The giấy giới thiệu's lines (Mẫu 1.8) and the closing sentences after its text."""
        t = self.texts
        if not paragraphs or not paragraphs[0].visible_text.endswith(f" {t['introduces']}"):
            return {}, paragraphs
        introducer = paragraphs[0].visible_text[: -len(t["introduces"])].strip()
        data: dict[str, Any] = {}
        if not self.defaulted("introducer", introducer, agency_name):
            data["introducer"] = introducer
        found, rest = self.labelled(
            paragraphs[1:],
            [("person", True), ("position", False), ("sent_to", True), ("purpose", True)],
        )
        data.update(found)
        end = next((i for i, p in enumerate(rest) if p.visible_text == t["request"]), None)
        if end is not None and end + 1 < len(rest):
            valid = _after(rest[end + 1].visible_text, t["valid_until"])
            if valid is not None:
                data["valid_until"] = parse_date(valid) or valid
                rest = [*rest[:end], *rest[end + 2 :]]
        self.builder.found("introduction", 1.0)
        return data, rest

    def leave(self, paragraphs: list[ParaInfo]) -> tuple[dict[str, Any], list[ParaInfo]]:
        """The giấy nghỉ phép's lines (Mẫu 1.10)."""
        t = self.texts
        if not paragraphs or _after(paragraphs[0].visible_text, t["request"]) is None:
            return {}, paragraphs
        data: dict[str, Any] = {}
        day = parse_date(paragraphs[0].visible_text)
        if day is not None:
            data["request_date"] = day
        found, rest = self.labelled(paragraphs[1:], [("person", True), ("position", False)])
        data.update(found)
        date = r"ngày \d{1,2} tháng \d{1,2} năm \d{4}"
        period = re.compile(
            rf"^{re.escape(t['period'])} (?P<duration>.+?) {re.escape(t['since'])} "
            rf"(?P<start>{date}) {re.escape(t['until'])} (?P<end>{date}) "
            rf"{re.escape(t['at'])} (?P<place>.+)\.$",
            re.DOTALL,
        )
        match = period.match(rest[0].visible_text) if rest else None
        if match is not None:
            data["duration"] = match["duration"]
            data["start"] = parse_date(match["start"])
            data["end"] = parse_date(match["end"])
            data["place"] = match["place"]
            rest = rest[1:]
        if rest:
            counted = _after(rest[-1].visible_text, t["counted"])
            if counted is not None:
                data["counted_as"] = counted
                rest = rest[:-1]
        self.builder.found("leave", 1.0)
        return data, rest

    def minutes(self, paragraphs: list[ParaInfo]) -> tuple[dict[str, Any], list[ParaInfo]]:
        """The biên bản's opening lines and its closing line (Mẫu 1.9)."""
        t = self.texts
        found, rest = self.labelled(paragraphs, [("started", True), ("place", True)])
        data: dict[str, Any] = dict(found)
        if "started" in data:
            data["started"] = parse_time_date(data["started"]) or data["started"]
        if rest and rest[0].visible_text == t["attendees"]:
            attendees = []
            rest = rest[1:]
            while rest and rest[0].table is None and rest[0].visible_text.startswith("- "):
                attendees.append(rest[0].visible_text[2:].strip())
                rest = rest[1:]
            data["attendees"] = attendees
        elif rest:
            single = _after(rest[0].visible_text, t["attendees"])
            if single is not None:
                data["attendees"] = [single]
                rest = rest[1:]
        more, rest = self.labelled(rest, [("chair", True), ("secretary", True)])
        data.update(more)
        if rest and rest[0].visible_text == t["content"]:
            rest = rest[1:]
        if rest:
            ended = _after(rest[-1].visible_text, f"{t['meeting']} {t['ended']}")
            moment = parse_time_date(ended) if ended is not None else None
            if moment is not None:
                data["ended"] = moment
                rest = rest[:-1]
        self.builder.found("meeting", 1.0)
        return data, rest

    # ------------------------------------------------------------------ signatures

    def signature(
        self, titles: list[ParaInfo], signer: ParaInfo | None, field: str
    ) -> dict[str, Any]:
        """A signature block from its title paragraphs and name, as ``field`` of the model."""
        builder, layout = self.builder, self.layout
        lines = [line for p in titles for line in layout.text("signature_title", p).split("\n")
                 if line.strip()]  # fmt: skip
        lines = builder.authors_lines(f"{field}.lines", [_collapse(line) for line in lines])
        data: dict[str, Any] = {
            "lines": [builder.title_line(line) for line in lines],
            "signer": signer.visible_text if signer is not None else "",
        }
        for key in ("seal", "digital_signature"):
            if isinstance(self.hidden.get(f"{field}.{key}"), bool):
                data[key] = self.hidden[f"{field}.{key}"]
        return data

    def closing_fields(self, data: dict[str, Any]) -> None:
        """Read the second signatures into ``data``.

        A biên bản's secretary, a giấy nghỉ phép's confirmation, and the other issuers of a
        joint document, with their names from the header.
        """
        layout, cls = self.layout, self.cls
        if issubclass(cls, Minutes) and len(layout.signatures) == 2:
            titles, signer = layout.signatures[0]
            data["secretary_signature"] = self.signature(titles, signer, "secretary_signature")
            self.builder.found("secretary_signature", 1.0)
        elif len(layout.signatures) >= 2:
            self.co_issuers(data)
        if issubclass(cls, LeaveCertificate) and layout.confirmation:
            paragraphs = layout.confirmation
            title = [line for p in paragraphs[:-1] for line in p.text.split("\n") if line.strip()]
            lines = self.builder.authors_lines(
                "confirmation.lines", [_collapse(line) for line in title]
            )
            block: dict[str, Any] = {
                "lines": [self.builder.title_line(line) for line in lines],
                "signer": paragraphs[-1].visible_text,
            }
            for key in ("seal", "digital_signature"):
                if isinstance(self.hidden.get(f"confirmation.{key}"), bool):
                    block[key] = self.hidden[f"confirmation.{key}"]
            data["confirmation"] = block
            self.builder.found("confirmation", 1.0)

    def co_issuers(self, data: dict[str, Any]) -> None:
        """Read the other issuers of a joint document into ``data``.

        Their names stand in the header joined by `` - ``; each signs once, side by side,
        the first issuer on the right.
        """
        layout = self.layout
        blocks = layout.signatures[:-1]
        agency = data["agency"]
        printed = " ".join(agency.get("lines") or [upper(agency["name"])])
        parts = printed.split(" - ")
        kept = self.hidden.get("co_issuers")
        issuers: list[dict[str, Any]] = []
        if isinstance(kept, list) and len(kept) == len(blocks):
            issuers = [dict(item) for item in kept if isinstance(item, dict)]
            lines = self.hidden.get("joint.agency.lines")
            if " ".join(lines or [upper(agency["name"])]).split() == parts[0].split():
                agency["lines"] = lines
            else:
                agency["lines"] = [parts[0]]
        elif len(parts) == len(layout.signatures):
            from vnadmin_docs.read.docx import guess_agency_name

            agency["lines"] = [parts[0]]
            issuers = [{"name": guess_agency_name((part,)), "lines": [part]} for part in parts[1:]]
            self.builder.note(
                "co_issuers: the other issuers' names guessed from the header",
                "Cơ quan cùng ban hành: tên các cơ quan cùng ban hành khác được đoán từ phần "
                "đầu văn bản",
            )
        else:
            return
        if agency.get("lines") is None:
            agency.pop("lines", None)
        for index, (issuer, (titles, signer)) in enumerate(zip(issuers, blocks, strict=True)):
            issuer["signature"] = self.signature(titles, signer, f"co_issuers[{index}].signature")
        data["co_issuers"] = issuers
        self.builder.found("co_issuers", 1.0 if kept else 0.5)

    # ------------------------------------------------------------------ copies

    def copying(self) -> dict[str, Any] | None:
        """A copy's block: the paper copy's (Mẫu 3.1) or the electronic copy's line (3.2)."""
        layout, builder, hidden = self.layout, self.builder, self.hidden
        agency_kept = hidden.get("copying.agency")
        agency_kept = dict(agency_kept) if isinstance(agency_kept, dict) else {}
        if layout.electronic_copy is not None:
            separator = form_layout("ban_sao").text("electronic_separator")
            parts = layout.electronic_copy.visible_text.split(separator.strip())
            parts = [part.strip() for part in parts]
            if len(parts) < 2:
                return None
            data: dict[str, Any] = {"kind": CopyKind(parts[0]), "electronic": True}
            rest = hidden.get("copying")
            if isinstance(rest, dict):
                data.update({k: v for k, v in rest.items() if v is not None})
            if len(parts) >= 4:
                signed = _signing_time(f"{parts[2]}; {parts[3]}")
                if signed is not None and hidden.get("copying.signed_at.naive") is True:
                    signed = signed.replace(tzinfo=None)
                data["signed_at"] = signed
            data["agency"] = {**agency_kept, "name": parts[1]}
            if "place" not in data["agency"]:
                data["agency"]["place"] = builder.place()
            builder.found("copy", 1.0)
            return data
        copy = layout.copy
        if copy is None:
            return None
        lines = [
            _collapse(line) for p in copy.agency for line in p.text.split("\n") if line.strip()
        ]
        lines = builder.authors_lines("copying.agency.lines", lines)
        place_line = copy.place_date.visible_text if copy.place_date is not None else ""
        place = place_line.split(",")[0].strip() if "," in place_line else place_line
        if not agency_kept.get("name"):
            agency_kept["name"], _ = builder.name(tuple(lines), "copy agency", copy.agency)
        agency_data = {**agency_kept, "lines": lines, "place": place}
        data = {
            "kind": CopyKind(copy.kind.visible_text),
            "agency": agency_data,
            "number": copy.number.visible_text if copy.number is not None else None,
            "date": parse_issue_date(place_line),
            "signature": self.signature(copy.signature_title, copy.signer, "copying.signature"),
        }
        saved = layout.distribution_label, layout.distribution
        layout.distribution_label, layout.distribution = copy.distribution_label, copy.distribution
        try:
            data["distribution"] = builder.distribution()
        finally:
            layout.distribution_label, layout.distribution = saved
        builder.found("copy", 1.0)
        return data


def is_form(cls: type[Document]) -> bool:
    """Whether ``cls`` is a form with fields of its own (not the general Mẫu 1.4)."""
    return issubclass(cls, TypedDocument) and cls is not TypedDocument


def has_subject(cls: type[Document]) -> bool:
    """Whether the form prints a trích yếu (a giấy giới thiệu, giấy nghỉ phép has none)."""
    return cls.model_fields["subject"].is_required()
