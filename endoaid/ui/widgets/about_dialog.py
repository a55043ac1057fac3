"""About this guide: version, review dates, update policy, authors, funding, conflicts, sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from endoaid.content import ContentPack
from endoaid.ui.common.formatting import date_text


def about_html(pack: ContentPack, lang: str) -> str:
    """Return the About text as simple HTML, with the numbered reference list."""
    info = pack.info
    esc = html.escape
    words = {
        "version": QCoreApplication.translate("AboutDialog", "Content version"),
        "reviewed": QCoreApplication.translate("AboutDialog", "Last reviewed"),
        "due": QCoreApplication.translate("AboutDialog", "Next review due"),
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
        f"<h3>{w['reviewers']}</h3><ul>{people(info.reviewers)}</ul>",
        f"<h3>{w['funding']}</h3><p>{esc(info.funding.get(lang))}</p>",
        f"<h3>{w['conflicts']}</h3><p>{esc(info.conflicts_of_interest.get(lang))}</p>",
        f"<p><i>{esc(info.disclaimer.get(lang))}</i></p>",
    ]
    note = pack.sure.translation_note
    if note is not None:
        parts.append(f"<h3>{w['sure']}</h3><p>{esc(note.get(lang))}</p>")
    parts += [
        f"<h3>{w['sources']}</h3><ol>",
    ]
    for citation in pack.citations.values():
        extra = f" doi:{esc(citation.doi)}" if citation.doi else ""
        extra += f" PMID {esc(citation.pmid)}" if citation.pmid else ""
        parts.append(f"<li>{esc(citation.text)}{extra}</li>")
    parts.append("</ol>")
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
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
