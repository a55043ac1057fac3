"""Pieces of the side-by-side table: a row's question with its tick, and the built-in rows'
cells (what living with an option is like, what speaks for and against it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from endoaid.consultation.comparison import BUILT_IN, LIVING_WITH, built_in_entries, counted
from endoaid.content.schema import Attribute
from endoaid.ui.common.row_words import built_in_question
from endoaid.ui.common.state import ConsultationState
from endoaid.ui.widgets.glossary import GlossaryLabel
from endoaid.ui.widgets.sources import SourceButton


def aspect_title(aspect: str) -> str:
    """Return the heading of one part of 'what is it like to live with'."""
    return {
        "physical": QCoreApplication.translate("ComparePage", "Your body"),
        "emotional": QCoreApplication.translate("ComparePage", "Your feelings"),
        "social": QCoreApplication.translate(
            "ComparePage", "Your daily life and the people around you"
        ),
    }[aspect]


def row_counted(state: ConsultationState, options: list[str], row_id: str) -> list[str]:
    """Return whom and over what time each cell of a row counts ('' where a cell does not say)."""
    decision = state.decision()
    assert decision is not None
    if row_id in BUILT_IN:
        return [
            e.counted
            for ref in options
            for e in built_in_entries(state.pack, decision, ref, row_id, state.lang)
        ]
    return [counted(state.pack.cell(decision, ref, row_id), state.lang) for ref in options]


def counted_label(note: str) -> QLabel:
    """Return the small line under a cell's text: whom and over what time its figures count."""
    label = QLabel(QCoreApplication.translate("ComparePage", "Counted in: {0}").format(note))
    label.setObjectName("countedNote")
    label.setWordWrap(True)
    return label


def row_question(
    state: ConsultationState, row_id: str, attribute: Attribute | None, mixed: bool
) -> tuple[QWidget, QCheckBox]:
    """Return the first cell of a row: its question, a warning when its cells count different
    women or time frames (`mixed`), and a tick 'matters most to me' (touch-sized at the kiosk
    by the kiosk's style sheet)."""
    question = state.text(attribute.question) if attribute else built_in_question(row_id)
    box = QWidget()
    box.setObjectName("rowQuestion")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 6)
    label = GlossaryLabel(
        question, state.pack.glossary, state.lang, "rowQuestionText", touch=state.kiosk
    )
    layout.addWidget(label)
    if mixed:
        warning = QLabel(
            QCoreApplication.translate(
                "ComparePage",
                "Not like for like: the figures in this row count different groups of women "
                "or different time frames (see under each one).",
            )
        )
        warning.setObjectName("mixedFrames")
        warning.setWordWrap(True)
        layout.addWidget(warning)
    tick = QCheckBox(QCoreApplication.translate("ComparePage", "Matters most to me"))
    tick.setObjectName("priorityTick")
    tick.setProperty("question", question)
    tick.setAccessibleName(
        QCoreApplication.translate("ComparePage", "Matters most to me: {0}").format(question)
    )
    layout.addWidget(tick)
    layout.addStretch(1)
    return box, tick


def built_in_cell(
    state: ConsultationState,
    ref: str,
    row_id: str,
    show_sources: Callable[[str, str, list[str]], None],
) -> tuple[QWidget, dict[str, QLabel]]:
    """Return one option's cell of a built-in row and its text labels by key (the row's id,
    and `living-<aspect>` for each part of living with it)."""
    decision = state.decision()
    assert decision is not None
    entries = built_in_entries(state.pack, decision, ref, row_id, state.lang)
    box = QWidget()
    box.setObjectName("tableCell")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 6)
    labels: dict[str, QLabel] = {}
    citations: list[str] = []
    for entry in entries:
        citations += [c for c in entry.citations if c not in citations]
    # "Letrozole: …" for each medicine of a combination
    part = QCoreApplication.translate("ComparePage", "{0}: {1}")
    if row_id == LIVING_WITH:
        for aspect in ("physical", "emotional", "social"):
            texts = [
                part.format(e.part, e.text) if e.part else e.text
                for e in entries
                if e.aspect == aspect
            ]
            title = QLabel(aspect_title(aspect))
            title.setObjectName("aspectTitle")
            title.setWordWrap(True)
            text = "\n".join(texts)
            label = GlossaryLabel(
                text, state.pack.glossary, state.lang, "cellText", touch=state.kiosk
            )
            label.setProperty("plain", text)
            label.setAccessibleName(f"{aspect_title(aspect)}: {text}")
            layout.addWidget(title)
            layout.addWidget(label)
            labels[f"living-{aspect}"] = label
        labels[LIVING_WITH] = labels["living-physical"]
    else:
        lines = ["• " + (part.format(e.part, e.text) if e.part else e.text) for e in entries]
        note = QCoreApplication.translate("ComparePage", "counted in: {0}")
        lines = [
            f"{line} ({note.format(e.counted)})" if e.counted else line
            for line, e in zip(lines, entries, strict=True)
        ]
        text = "\n".join(lines)
        label = GlossaryLabel(text, state.pack.glossary, state.lang, "cellText", touch=state.kiosk)
        label.setProperty("plain", text)
        layout.addWidget(label)
        labels[row_id] = label
    if citations:
        button = SourceButton(state.pack, citations)
        button.requested.connect(lambda ids: show_sources(ref, row_id, ids))
        layout.addWidget(button)
    layout.addStretch(1)
    return box, labels
