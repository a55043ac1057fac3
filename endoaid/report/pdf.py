"""Lays the summary's blocks on PDF pages: one QPdfWriter and QPainter, our own pagination.

Works in PySide6 6.12 (see shared ENGINEERING.md "PDF"): text as QTextDocuments drawn with
drawContents() under a painter scaled by resolution/96, charts as matplotlib SVG painted by
QSvgRenderer, so everything stays vector and the text stays extractable. A table row is never
split across pages; a paragraph breaks only between its lines (each line break, or each few
sentences of a long one, is its own piece); a heading never ends a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from endoaid.report.blocks import Block, Chart, DocumentInfo, Heading, Paragraph, Table, esc
from endoaid.report.words import say

PX_PER_MM = 96 / 25.4
MARGIN = 17 * PX_PER_MM
FOOTER = 40.0
"""Room for two footer lines: a clinic's sign-off names its clinic, reviewer and role."""
GAP = 8.0
CELL_PAD = 5.0
RESOLUTION = 300
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
INK = QColor("#1A1A1A")
RULE = QColor("#8C8C8C")
HEADER_FILL = QColor("#E8E8E8")
BODY_PX = 14
SMALL_PX = 12
HEADING_PX = {0: 24, 1: 18, 2: 15}
PIECE_CHARS = 600
"""A run of text longer than this is cut into pieces of whole sentences, so it can flow on."""

Draw = Callable[[QPainter, float, float], None]
"""draw(painter, x, y): paint an item with its top left corner at (x, y)."""


@dataclass
class Item:
    """Something placed whole on a page: its height and how to draw it."""

    height: float
    draw: Draw
    keep_with_next: bool = False
    space_before: float = 0.0
    header: Item | None = None


@dataclass(frozen=True)
class Placed:
    """An item and the y at which it sits on its page."""

    item: Item
    y: float


class Typesetter:
    """Turns blocks into measured items for one page width and one font family."""

    def __init__(self, family: str, width: float, lang: str) -> None:
        self.family = family
        self.width = width
        self.lang = lang

    def document(self, html: str, width: float, px: int = BODY_PX) -> QTextDocument:
        """Return a laid-out text document of the given width."""
        doc = QTextDocument()
        font = QFont(self.family)
        font.setPixelSize(px)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(
            f"p {{ margin: 0; }} small {{ font-size: {SMALL_PX}px; color: #333333; }} "
            "sup { font-size: 10px; }"
        )
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    def text_item(self, html: str, px: int = BODY_PX, space_before: float = GAP) -> Item:
        doc = self.document(html, self.width, px)

        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.save()
            painter.translate(x, y)
            doc.drawContents(painter)
            painter.restore()

        return Item(doc.size().height(), draw, space_before=space_before)

    def paragraph(self, block: Paragraph) -> list[Item]:
        """Return a paragraph as pieces that may go on different pages: one per line break."""
        px = SMALL_PX if block.small else BODY_PX
        pieces = [p for segment in block.html.split("<br/>") for p in sentence_pieces(segment)]
        items = [self.text_item(piece or "&nbsp;", px, space_before=0) for piece in pieces]
        items[0].space_before = GAP / 2 if block.small else GAP
        return items

    def heading(self, block: Heading) -> Item:
        px = HEADING_PX.get(block.level, 15)
        item = self.text_item(
            f"<b>{esc(block.text)}</b>", px, space_before=18 if block.level else 0
        )
        item.breaks = None
        item.keep_with_next = True
        return item

    def row(self, cells: list[str], widths: list[float], px: int, header: bool) -> Item:
        docs = [self.document(c, w - 2 * CELL_PAD, px) for c, w in zip(cells, widths, strict=True)]
        height = max(d.size().height() for d in docs) + 2 * CELL_PAD

        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.save()
            left = x
            for doc, w in zip(docs, widths, strict=True):
                cell = QRectF(left, y, w, height)
                if header:
                    painter.fillRect(cell, HEADER_FILL)
                painter.setPen(QPen(RULE, 0.8))
                painter.drawRect(cell)
                painter.save()
                painter.translate(left + CELL_PAD, y + CELL_PAD)
                doc.drawContents(painter, QRectF(0, 0, w - 2 * CELL_PAD, height))
                painter.restore()
                left += w
            painter.restore()

        return Item(height, draw)

    def table(self, block: Table) -> list[Item]:
        total = sum(block.widths)
        widths = [self.width * w / total for w in block.widths]
        px = SMALL_PX if block.small else 13
        header = self.row([f"<b>{esc(h)}</b>" for h in block.header], widths, px, header=True)
        header.keep_with_next = True
        header.space_before = GAP
        rows = [self.row(r, widths, px, header=False) for r in block.rows]
        for row in rows:
            row.header = header
        return [header, *rows]

    def chart(self, block: Chart, max_height: float) -> Item:
        title = self.document(f"<b>{esc(block.title)}</b>", self.width, 15)
        caption = self.document(esc(block.caption), self.width, BODY_PX)
        extra = [esc(n) for n in block.notes]
        if block.source:
            colon = say("label_sep", self.lang)
            extra.append(f"{esc(say('source', self.lang))}{colon}{block.source}")
        notes = self.document(f"<small>{'<br/>'.join(extra)}</small>", self.width, SMALL_PX)
        renderer = QSvgRenderer(QByteArray(block.svg))
        box = renderer.viewBoxF()
        svg_h = self.width * box.height() / box.width() if box.width() else 0
        fixed = title.size().height() + caption.size().height() + notes.size().height() + 3 * 6
        scale = min(1.0, (max_height - fixed) / svg_h) if svg_h else 1.0
        svg_w, svg_h = self.width * scale, svg_h * scale
        height = fixed + svg_h

        def draw(painter: QPainter, x: float, y: float) -> None:
            top = y
            for doc in (title, caption):
                painter.save()
                painter.translate(x, top)
                doc.drawContents(painter)
                painter.restore()
                top += doc.size().height() + 6
            renderer.render(painter, QRectF(x + (self.width - svg_w) / 2, top, svg_w, svg_h))
            top += svg_h + 6
            painter.save()
            painter.translate(x, top)
            notes.drawContents(painter)
            painter.restore()

        return Item(height, draw, space_before=16)

    def items(self, blocks: list[Block], page_height: float) -> list[Item]:
        """Return the measured items for all blocks, in order."""
        out: list[Item] = []
        for block in blocks:
            if isinstance(block, Heading):
                out.append(self.heading(block))
            elif isinstance(block, Paragraph):
                out.extend(self.paragraph(block))
            elif isinstance(block, Table):
                out.extend(self.table(block))
            elif isinstance(block, Chart):
                out.append(self.chart(block, page_height))
        return out


def sentence_pieces(text: str) -> list[str]:
    """Return text cut after full stops into pieces of about PIECE_CHARS (tags never cut)."""
    if len(text) <= PIECE_CHARS or "<" in text:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in re.split(r"(?<=[.!?。！？])\s*", text):
        if current and len(current) + len(sentence) > PIECE_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}".strip() if current else sentence
    if current:
        pieces.append(current)
    return pieces


def paginate(items: list[Item], page_height: float) -> list[list[Placed]]:
    """Return the items placed on pages: whole, headings kept with what follows them."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    for index, item in enumerate(items):
        gap = item.space_before if pages[-1] else 0.0
        need = item.height
        if item.keep_with_next and index + 1 < len(items):
            following = items[index + 1]
            need += following.space_before + following.height
        if pages[-1] and y + gap + need > page_height:
            pages.append([])
            y, gap = 0.0, 0.0
        header = item.header
        if not pages[-1] and header is not None and items[index - 1] is not header:
            pages[-1].append(Placed(header, 0.0))
            y = header.height
        pages[-1].append(Placed(item, y + gap))
        y += gap + item.height
    return [page for page in pages if page]


def render_pdf(blocks: list[Block], info: DocumentInfo, family: str, paper: str = "a4") -> bytes:
    """Return the summary as PDF bytes (a QGuiApplication must exist)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(info.title)
    writer.setCreator("endoaid")
    writer.setAuthor("endoaid")
    size = writer.pageLayout().fullRectPoints()
    page_w, page_h = size.width() * 96 / 72, size.height() * 96 / 72
    content_w = page_w - 2 * MARGIN
    content_h = page_h - 2 * MARGIN - FOOTER
    setter = Typesetter(family, content_w, info.lang)
    pages = paginate(setter.items(blocks, content_h), content_h)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(RESOLUTION / 96, RESOLUTION / 96)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for placed in page:
                placed.item.draw(painter, MARGIN, MARGIN + placed.y)
            _footer(painter, family, info, number, len(pages), page_w, page_h)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _footer(
    painter: QPainter,
    family: str,
    info: DocumentInfo,
    number: int,
    total: int,
    page_w: float,
    page_h: float,
) -> None:
    font = QFont(family)
    font.setPixelSize(11)
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(RULE, 0.6))
    top = page_h - MARGIN - FOOTER + 10
    painter.drawLine(
        QRectF(MARGIN, top, page_w - 2 * MARGIN, 0).topLeft(),
        QRectF(MARGIN, top, page_w - 2 * MARGIN, 0).topRight(),
    )
    painter.setPen(INK)
    page = say("page", info.lang, n=number, total=total)
    text = (
        f"{page} · {info.footer}"
        if info.footer
        else say(
            "footer",
            info.lang,
            page=page,
            version=info.content_version,
            reviewed=info.reviewed,
            review=info.review or say("not_reviewed", info.lang),
        )
    )
    painter.drawText(
        QRectF(MARGIN, top + 2, page_w - 2 * MARGIN, FOOTER - 10),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        text,
    )
    painter.restore()
