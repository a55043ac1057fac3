"""Words she can look up: glossary terms marked in a text, explained on click, tap or key.

`GlossaryLabel` shows a text with each glossary term (its first time in the text) as a link.
A click or tap opens `GlossaryPopup`; so does the keyboard: Tab reaches each marked word in
turn, Enter or Space opens it. A screen reader hears the label's text and, as its description,
which words it can explain and how to open them; the popup names the term and reads its
definition.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from endoaid.content.glossary import find_terms
from endoaid.content.schema import GlossaryTerm

SCHEME = "glossary:"
TOUCH_SLOP = 16
"""How far (pixels) a tap may land from a marked word at the kiosk and still open it."""


def marked_html(
    text: str, glossary: Sequence[GlossaryTerm], lang: str, link_colour: str = ""
) -> tuple[str, list[str]]:
    """Return `text` as rich text with its glossary terms as links (in `link_colour`, else the
    palette's link colour), and the terms' ids."""
    style = f' style="color:{link_colour}"' if link_colour else ""
    parts: list[str] = []
    ids: list[str] = []
    at = 0
    for found in find_terms(text, glossary, lang):
        parts.append(html.escape(text[at : found.start]))
        word = html.escape(text[found.start : found.end])
        parts.append(f'<a href="{SCHEME}{found.term_id}"{style}>{word}</a>')
        ids.append(found.term_id)
        at = found.end
    parts.append(html.escape(text[at:]))
    return "".join(parts).replace("\n", "<br/>"), ids


class GlossaryPopup(QDialog):
    """One term and what it means, with a button to close it (Escape closes it too)."""

    def __init__(self, term: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPopup")
        self.setWindowTitle(term)
        self.setAccessibleName(term)
        self.setAccessibleDescription(definition)
        layout = QVBoxLayout(self)
        self.term = QLabel(term)
        self.term.setObjectName("sectionTitle")
        self.term.setWordWrap(True)
        self.definition = QLabel(definition)
        self.definition.setObjectName("glossaryDefinition")
        self.definition.setWordWrap(True)
        self.definition.setAccessibleName(definition)
        self.definition.setMinimumWidth(320)
        self.close_button = QPushButton(QCoreApplication.translate("GlossaryPopup", "Close"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("GlossaryPopup", "Close the explanation of {0}").format(term)
        )
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        layout.addWidget(self.term)
        layout.addWidget(self.definition)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)


class GlossaryLabel(QLabel):
    """A word-wrapping text whose glossary terms are links that explain themselves."""

    def __init__(
        self,
        text: str = "",
        glossary: Sequence[GlossaryTerm] = (),
        lang: str = "en",
        object_name: str = "",
        *,
        touch: bool = False,
    ) -> None:
        super().__init__()
        self.touch = touch
        """At the kiosk: a tap near a marked word (within TOUCH_SLOP pixels) opens it too."""
        self._opened = False
        self.setWordWrap(True)
        if object_name:
            self.setObjectName(object_name)
        self.glossary: dict[str, GlossaryTerm] = {}
        self.lang = lang
        self.popup: GlossaryPopup | None = None
        self.plain = ""
        self.term_ids: list[str] = []
        self.linkActivated.connect(self.open_link)
        self.show_text(text, glossary, lang)

    def show_text(self, text: str, glossary: Sequence[GlossaryTerm], lang: str) -> None:
        """Show `text` with its glossary terms (in `lang`) marked."""
        self.glossary = {g.id: g for g in glossary}
        self.lang = lang
        self.plain = text
        rich, self.term_ids = marked_html(text, glossary, lang, self.link_colour())
        self.setTextFormat(Qt.TextFormat.RichText if self.term_ids else Qt.TextFormat.PlainText)
        self.setText(rich if self.term_ids else text)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if self.term_ids:
            flags |= (
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            words = ", ".join(self.term_name(i) for i in self.term_ids)
            self.setAccessibleDescription(
                QCoreApplication.translate(
                    "GlossaryLabel",
                    "Words explained here: {0}. Press Tab to reach a word, then Enter to hear "
                    "what it means.",
                ).format(words)
            )
        else:
            self.setAccessibleDescription("")
        self.setAccessibleName(text)  # what is read, without the links' markup
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.term_ids else Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(flags)

    def link_colour(self) -> str:
        """Return the links' colour: light cyan where the text is light on a dark ground (the
        high-contrast look: the palette's dark blue would be unreadable there), else '' (the
        palette's link colour)."""
        text = self.palette().color(self.foregroundRole())
        return "#00ffff" if text.lightness() > 160 else ""

    def changeEvent(self, event: QEvent) -> None:
        """Colour the links again when the look changes (high contrast on or off)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange) and self.term_ids:
            rich, _ids = marked_html(
                self.plain, list(self.glossary.values()), self.lang, self.link_colour()
            )
            if rich != self.text():
                self.setText(rich)

    def term_name(self, term_id: str) -> str:
        """Return the term's name in the label's language."""
        return self.glossary[term_id].term.get(self.lang)

    def open_link(self, link: str) -> None:
        """Open the explanation of a marked term (`glossary:<id>`)."""
        self._opened = True
        if link.startswith(SCHEME):
            self.explain(link[len(SCHEME) :])

    def explain(self, term_id: str) -> GlossaryPopup | None:
        """Show what `term_id` means in a small window beside this text and return it."""
        term = self.glossary.get(term_id)
        if term is None:
            return None
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
        self.popup = GlossaryPopup(term.term.get(self.lang), term.definition.get(self.lang), self)
        self.popup.open()
        return self.popup

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in lands on the first marked word (Shift+Tab on the last), ready for Enter."""
        super().focusInEvent(event)
        if self.term_ids and event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            forward = event.reason() == Qt.FocusReason.TabFocusReason
            self.setSelection(0 if forward else len(self.plain), 0)  # from the start (or end)
            QLabel.focusNextPrevChild(self, forward)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """At the kiosk, a tap that misses a marked word by a little still opens it: a word is
        one line of text high, a finger is wider."""
        self._opened = False
        super().mouseReleaseEvent(event)
        if self.touch and self.term_ids and not self._opened:
            term_id = self.term_near(event.position().toPoint())
            if term_id:
                self.explain(term_id)

    def term_near(self, pos: QPoint) -> str:
        """Return the marked term at `pos` or within TOUCH_SLOP pixels of it ('' if none)."""
        area = self.contentsRect()
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        doc.setHtml(self.text())
        doc.setTextWidth(area.width())
        top = area.top()
        if self.alignment() & Qt.AlignmentFlag.AlignVCenter:
            top += max(0, int((area.height() - doc.size().height()) / 2))
        layout = doc.documentLayout()
        steps = (0, -TOUCH_SLOP // 2, TOUCH_SLOP // 2, -TOUCH_SLOP, TOUCH_SLOP)
        for dy in steps:
            for dx in steps:
                at = QPointF(pos.x() - area.left() + dx, pos.y() - top + dy)
                anchor = layout.anchorAt(at)
                if anchor.startswith(SCHEME):
                    return anchor[len(SCHEME) :]
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space opens a focused word as Enter does (a link's usual keys on the web)."""
        if event.key() == Qt.Key.Key_Space and self.term_ids:
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, event.modifiers(), "\r")
        super().keyPressEvent(event)
