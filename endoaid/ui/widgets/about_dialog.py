"""About this guide: version, review dates, update policy, authors, funding, conflicts, sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from endoaid.content import ContentPack
from endoaid.ui.common.formatting import date_text
from endoaid.ui.common.review_words import confidence_word, contact_lines, review_line, stale_line


def about_html(pack: ContentPack, lang: str) -> str:
    """Return the About text as simple HTML, with the numbered reference list."""
    info = pack.info
    esc = html.escape
    words = {
        "version": QCoreApplication.translate("AboutDialog", "Content version"),
        "reviewed": QCoreApplication.translate("AboutDialog", "Evidence last checked"),
        "due": QCoreApplication.translate("AboutDialog", "Next evidence check due"),
        "for": QCoreApplication.translate("AboutDialog", "Who this guide is for"),
        "contact": QCoreApplication.translate("AboutDialog", "Report an error"),
        "policy": QCoreApplication.translate("AboutDialog", "How the content is kept up to date"),
        "authors": QCoreApplication.translate("AboutDialog", "Authors"),
        "reviewers": QCoreApplication.translate("AboutDialog", "Reviewers"),
        "funding": QCoreApplication.translate("AboutDialog", "Funding"),
        "conflicts": QCoreApplication.translate("AboutDialog", "Conflicts of interest"),
        "sources": QCoreApplication.translate("AboutDialog", "Sources"),
        "sure": QCoreApplication.translate(
            "AboutDialog", "The 'Ready to decide?' questions (SURE)"
        ),
    }
    w = {key: esc(text) for key, text in words.items()}
    for key in ("version", "reviewed", "due"):
        w[key] = esc(QCoreApplication.translate("AboutDialog", "{0}:").format(words[key]))

    def people(items: list) -> str:
        return "".join(f"<li>{esc(p.name.get(lang))} — {esc(p.role.get(lang))}</li>" for p in items)

    parts = [
        f"<h2>{esc(info.title.get(lang))}</h2>",
        f"<p><b>{w['version']}</b> {esc(info.version)}<br>",
        f"<b>{w['reviewed']}</b> {esc(date_text(info.last_reviewed, lang))}<br>",
        f"<b>{w['due']}</b> {esc(date_text(info.next_review_due, lang))}</p>",
        f"<h3>{w['policy']}</h3><p>{esc(info.update_policy.get(lang))}</p>",
        f"<h3>{w['authors']}</h3><ul>{people(info.authors)}</ul>",
        f"<h3>{w['reviewers']}</h3>{reviewers_html(pack, lang, people(info.reviewers))}",
        f"<h3>{w['funding']}</h3><p>{esc(info.funding.get(lang))}</p>",
        f"<h3>{w['conflicts']}</h3><p>{esc(info.conflicts_of_interest.get(lang))}</p>",
        f"<p><i>{esc(info.disclaimer.get(lang))}</i></p>",
    ]
    if info.audience is not None:
        parts.insert(1, f"<h3>{w['for']}</h3><p>{esc(info.audience.get(lang))}</p>")
    contact = contact_lines(pack, lang)
    if contact:
        parts.append(f"<h3>{w['contact']}</h3><p>{'<br>'.join(esc(c) for c in contact)}</p>")

    note = pack.sure.translation_note
    if note is not None:
        parts.append(f"<h3>{w['sure']}</h3><p>{esc(note.get(lang))}</p>")
    parts += [
        f"<h3>{w['sources']}</h3><ol>",
    ]
    for citation in pack.citations.values():
        extra = f" doi:{esc(citation.doi)}" if citation.doi else ""
        extra += f" PMID {esc(citation.pmid)}" if citation.pmid else ""
        label = esc(confidence_word(citation.confidence))
        parts.append(f"<li>{esc(citation.text)}{extra} <i>({label})</i></li>")
    parts.append("</ol>")
    return "".join(parts)


def reviewers_html(pack: ContentPack, lang: str, listed: str) -> str:
    """Return the clinic's sign-off in place of the pack's reviewers, or them and why not."""
    esc = html.escape
    if pack.signed_off():
        return f"<p>{esc(review_line(pack, lang))}</p>"
    stale = stale_line(pack, lang)
    return f"<ul>{listed}</ul>" + (f"<p><b>{esc(stale)}</b></p>" if stale else "")


def methods_html(pack: ContentPack, lang: str) -> str:
    """Return the methods page: how evidence was chosen and labelled, translated, measured."""
    methods = pack.info.methods
    if methods is None:
        return ""
    esc = html.escape
    heads = {
        "evidence": QCoreApplication.translate("AboutDialog", "How the evidence was chosen"),
        "certainty": QCoreApplication.translate("AboutDialog", "How sure each source is"),
        "translation": QCoreApplication.translate("AboutDialog", "How the Chinese text was made"),
        "readability": QCoreApplication.translate("AboutDialog", "How easy it is to read"),
        "predict": QCoreApplication.translate("AboutDialog", "Your own figures (PREDICT)"),
    }
    title = esc(QCoreApplication.translate("AboutDialog", "How this guide was made"))
    parts = [f"<h2>{title}</h2>"]
    for key, head in heads.items():
        parts.append(f"<p><b>{esc(head)}</b><br>{esc(getattr(methods, key).get(lang))}</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    """The disclosure the IPDAS standard asks for, reachable from every screen."""

    def __init__(self, pack: ContentPack, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About this guide and its sources"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("About this guide and its sources"))
        self.browser.setHtml(about_html(pack, lang))
        # The methods page on its own tab: it is read on its own, not scrolled past.
        self.methods_browser = QTextBrowser()
        self.methods_browser.setOpenExternalLinks(False)
        self.methods_browser.setAccessibleName(self.tr("How this guide was made"))
        self.methods_browser.setHtml(methods_html(pack, lang))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.browser, self.tr("About and sources"))
        self.tabs.addTab(self.methods_browser, self.tr("How this guide was made"))
        self.tabs.setTabVisible(1, pack.info.methods is not None)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
