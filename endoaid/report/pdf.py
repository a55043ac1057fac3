"""Lays the summary's blocks on PDF pages: one QPdfWriter and QPainter, our own pagination.

Works in PySide6 6.12 (see shared ENGINEERING.md "PDF"): text as QTextDocuments drawn with
drawContents() under a painter scaled by resolution/96, charts as matplotlib SVG painted by
QSvgRenderer, so everything stays vector and the text stays extractable. A table row is never
split across pages; a paragraph breaks only between lines; a heading never ends a page.
"""

from __future__ import annotations

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
FOOTER = 30.0
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
SPLIT_ABOVE = 0.3
"""A paragraph shorter than this share of a page moves whole to the next page."""

Draw = Callable[[QPainter, float, float, float, float], None]
"""draw(painter, x, y, start, end): paint the part [start, end) of an item at (x, y)."""


@dataclass
class Item:
    """Something placed on a page: its height, how to draw it, and where it may break."""

    height: float
    draw: Draw
    breaks: list[float] | None = None
    keep_with_next: bool = False
    space_before: float = 0.0
    header: Item | None = None


@dataclass(frozen=True)
class Placed:
    item: Item
    y: float
    start: float
    end: float


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

        height = doc.size().height()

        def draw(painter: QPainter, x: float, y: float, start: float, end: float) -> None:
            painter.save()
            painter.translate(x, y - start)
            if start <= 0 and end >= height:
                doc.drawContents(painter)
            else:
                draw_lines(painter, doc, start, end)
            painter.restore()

        return Item(height, draw, breaks=line_bottoms(doc), space_before=space_before)

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

        def draw(painter: QPainter, x: float, y: float, _start: float, _end: float) -> None:
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
            extra.append(f"{esc(say('source', self.lang))}: {block.source}")
        notes = self.document(f"<small>{'<br/>'.join(extra)}</small>", self.width, SMALL_PX)
        renderer = QSvgRenderer(QByteArray(block.svg))
        box = renderer.viewBoxF()
        svg_h = self.width * box.height() / box.width() if box.width() else 0
        fixed = title.size().height() + caption.size().height() + notes.size().height() + 3 * 6
        scale = min(1.0, (max_height - fixed) / svg_h) if svg_h else 1.0
        svg_w, svg_h = self.width * scale, svg_h * scale
        height = fixed + svg_h

        def draw(painter: QPainter, x: float, y: float, _start: float, _end: float) -> None:
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
                px = SMALL_PX if block.small else BODY_PX
                out.append(
                    self.text_item(block.html, px, space_before=GAP / 2 if block.small else GAP)
                )
            elif isinstance(block, Table):
                out.extend(self.table(block))
            elif isinstance(block, Chart):
                out.append(self.chart(block, page_height))
        return out


def draw_lines(painter: QPainter, doc: QTextDocument, start: float, end: float) -> None:
    """Draw only the lines lying within [start, end) of a document: one part of a paragraph.

    drawContents() with a clip would still write the clipped lines into the PDF (invisible,
    but extracted as text twice); QTextLayout.draw() skips lines outside its clip.
    """
    layout = doc.documentLayout()
    # Lines touching the clip's edge count as inside it: shrink by half a pixel.
    clip = QRectF(0, start + 0.5, doc.textWidth(), max(0.0, end - start - 1))
    painter.setPen(INK)
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() > start and rect.top() < end:
            block.layout().draw(painter, rect.topLeft(), [], clip)
        block = block.next()


def line_bottoms(doc: QTextDocument) -> list[float]:
    """Return the y of the bottom of every line: the places a paragraph may break."""
    bottoms: list[float] = []
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            bottoms.append(top + line.y() + line.height())
        block = block.next()
    return sorted(bottoms)


def _splittable(item: Item, page_height: float) -> bool:
    return bool(item.breaks) and item.height > page_height * SPLIT_ABOVE


def _first_piece(item: Item, page_height: float) -> float:
    """Return the least height of the item that must fit at the bottom of a page."""
    return item.breaks[0] if item.breaks and _splittable(item, page_height) else item.height


def paginate(items: list[Item], page_height: float) -> list[list[Placed]]:
    """Return the items placed on pages, breaking only where each item allows."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    for index, item in enumerate(items):
        gap = item.space_before if pages[-1] else 0.0
        need = _first_piece(item, page_height)
        if item.keep_with_next and index + 1 < len(items):
            following = items[index + 1]
            need = item.height + following.space_before + _first_piece(following, page_height)
        if pages[-1] and y + gap + need > page_height:
            pages.append([])
            y, gap = 0.0, 0.0
        if (
            not pages[-1]
            and item.header is not None
            and index > 0
            and items[index - 1] is not item.header
        ):
            pages[-1].append(Placed(item.header, 0.0, 0.0, item.header.height))
            y = item.header.height
        start = 0.0
        while True:
            available = page_height - y - gap
            if item.height - start <= available or not _splittable(item, page_height):
                pages[-1].append(Placed(item, y + gap, start, item.height))
                y += gap + item.height - start
                break
            cuts = [b for b in item.breaks if start < b <= start + available]
            if cuts:
                pages[-1].append(Placed(item, y + gap, start, cuts[-1]))
                start = cuts[-1]
            elif not pages[-1]:  # a single line taller than a page: draw it, clipped
                pages[-1].append(Placed(item, y + gap, start, item.height))
                y = page_height
                break
            pages.append([])
            y, gap = 0.0, 0.0
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
                placed.item.draw(painter, MARGIN, MARGIN + placed.y, placed.start, placed.end)
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
    text = say(
        "footer",
        info.lang,
        page=say("page", info.lang, n=number, total=total),
        version=info.content_version,
        reviewed=info.reviewed,
    )
    painter.drawText(
        QRectF(MARGIN, top + 2, page_w - 2 * MARGIN, FOOTER - 10),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text,
    )
    painter.restore()
