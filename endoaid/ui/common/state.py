"""The one consultation the window shows: the pack, the session and the signals pages listen to.

Pages never keep their own copy of what was entered: they read from `ConsultationState.session`
and write back through it, so going back, saving, switching language or starting a new patient
all work from one place.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from endoaid.consultation import OptionFit, Profile, Session, option_fits
from endoaid.consultation.session import FIELDS
from endoaid.content import ContentPack, Decision, Localized, PriceBook

if TYPE_CHECKING:
    from endoaid.consultation.personal_figures import PersonalFigures
    from endoaid.consultation.predict import TumourDetails

DEFAULT_YEARS = 5


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ConsultationState(QObject):
    """The content pack, the session being filled in, the chosen price book, and change signals."""

    changed = Signal(str)
    """Emitted with what changed: decision, options, profile, tumour, costs, ratings, sure,
    summary, language or all (a new or opened session)."""
    saved = Signal()
    """Emitted when nothing entered is left unsaved: saved, opened, or a new patient."""

    def __init__(
        self, pack: ContentPack, session: Session | None = None, *, kiosk: bool = False
    ) -> None:
        super().__init__()
        self.pack = pack
        self.kiosk = kiosk
        self.session = session if session is not None else Session()
        self.price_books: dict[str, PriceBook] = dict(pack.price_books)
        self._insurance_share: float | None = None
        self.clinic_price_book: str | None = None
        """The clinic's chosen starting price book (kiosk configuration); survives a wipe."""
        self.audit_path: Path | None = None
        """The clinic's anonymous record database (settings or kiosk configuration); None:
        the record question is not asked."""
        self.record_answer: str | None = None
        """'yes' or 'no' once she answered the record question for this consultation."""
        self.read_only = False
        """True for a session opened at the kiosk by its code: her details stay as entered."""
        self.started = _now()
        """When this consultation began in this window (new, opened, or cleared): the minutes
        of the anonymous record count from here."""
        self._fill_defaults()
        self._saved = self._entries()

    # --- unsaved work --------------------------------------------------------------------

    def _entries(self) -> dict[str, object]:
        """Return a copy of what was entered (not the language or the creation time)."""
        session = self.session
        return copy.deepcopy(
            {name: getattr(session, name) for name in FIELDS if name not in ("lang", "created")}
        )

    @property
    def unsaved(self) -> bool:
        """Return True when something was entered or changed since the last save, open or new."""
        return self._entries() != self._saved

    def mark_saved(self) -> None:
        """Remember the session as it is now as saved."""
        self._saved = self._entries()
        self.saved.emit()

    # --- reading -----------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """The language content text is shown in."""
        return self.session.lang or "en"

    def text(self, value: Localized) -> str:
        """Return a localized content text in the current language."""
        return value.get(self.lang)

    def decision(self) -> Decision | None:
        """Return the decision being discussed, or None before one is chosen."""
        did = self.session.decision_id
        return self.pack.decisions.get(did) if did else None

    def option_name(self, ref: str) -> str:
        """Return the name a person sees for an option of the current decision."""
        decision = self.decision()
        if decision is None:
            return " + ".join(p.name.get(self.lang) for p in self.pack.parts(ref))
        return self.pack.option_name(decision, ref, self.lang)

    def price_book(self) -> PriceBook | None:
        """Return the chosen price book (the pack's default when none is chosen)."""
        book_id = (
            self.session.price_book_id
            or self.clinic_price_book
            or self.pack.default_price_book_id(self.lang)
        )
        if book_id and book_id in self.price_books:
            return self.price_books[book_id]
        return next(iter(self.price_books.values()), None)

    def report_inputs(self) -> tuple[ContentPack, Session]:
        """Return the pack and session a summary is made from, both with the chosen price book.

        A loaded or clinic-entered book is not in the shipped pack, and a kiosk's configured
        book is chosen by the state, not the session: the report reads both from its inputs.
        """
        book = self.price_book()
        if book is None:
            return self.pack, self.session
        pack = self.pack
        if pack.price_books.get(book.id) != book:
            pack = dataclasses.replace(pack, price_books={**pack.price_books, book.id: book})
        return pack, dataclasses.replace(self.session, price_book_id=book.id)

    def insurance_share(self) -> float | None:
        """Return the share (percent) an insurer pays, from the profile when there is one."""
        profile = self.session.profile
        if profile is not None:
            return profile.insurance_share_percent
        return self._insurance_share

    def fits(self) -> list[OptionFit]:
        """Return the consultation layer's OptionFit list for the current decision."""
        decision = self.decision()
        if decision is None:
            return []
        profile = self.session.profile
        if profile is None:
            return [OptionFit(ref, "shown", []) for ref in decision.options]
        return option_fits(self.pack, decision, profile, self.lang)

    def offers_personal_figures(self) -> bool:
        """Return True when the pack can give her own PREDICT figures (it has predict.toml)."""
        return self.pack.predict is not None

    def personal_figures(self) -> PersonalFigures | None:
        """Return her own PREDICT figures for the decision, or None without tumour details.

        Raise PersonalRefused (its message is the reason to show) for advanced disease or
        ER-negative cancer. The model is imported here, on first use, never at start-up.
        """
        if self.session.tumour is None:
            return None  # (no model code is loaded for a session without tumour details)
        from endoaid.consultation.personal_figures import session_figures

        return session_figures(self.pack, self.session)

    # --- writing -----------------------------------------------------------------------

    def set_decision(self, decision_id: str) -> None:
        """Open a decision: its standard comparison (without hidden options) is preselected."""
        decision = self.pack.decision(decision_id)
        self.session.decision_id = decision.id
        hidden = {f.option for f in self.fits() if f.status == "hidden"}
        self.session.options = [o for o in decision.standard_comparison if o not in hidden]
        self.session.leaning = None
        self.changed.emit("decision")

    def set_options(self, options: list[str]) -> None:
        """Choose the 2-3 options compared side by side."""
        self.session.options = list(options)
        if self.session.leaning not in (None, "unsure", *options):
            self.session.leaning = None
        self.changed.emit("options")

    def set_profile(self, profile: Profile | None) -> None:
        """Store her situation (keeping the insurance share chosen on the charts page)."""
        if (
            profile is not None
            and profile.insurance_share_percent is None
            and (self._insurance_share is not None)
        ):
            profile = dataclasses.replace(profile, insurance_share_percent=self._insurance_share)
        self.session.profile = profile
        self.changed.emit("profile")

    def set_tumour(self, tumour: TumourDetails | None) -> None:
        """Store her tumour details for PREDICT (None: the trial figures only)."""
        self.session.tumour = tumour
        self.changed.emit("tumour")

    def set_tumour_years(self, years: int | None) -> None:
        """Show her PREDICT figures by 5, 10 or 15 years (None: the decision's own)."""
        self.session.tumour_years = years
        self.changed.emit("tumour")

    def set_price_book(self, book_id: str) -> None:
        """Choose the price book the costs are computed from."""
        self.session.price_book_id = book_id
        self.changed.emit("costs")

    def add_price_book(self, book: PriceBook) -> None:
        """Make a locally loaded price book available and choose it."""
        self.price_books[book.id] = book
        self.set_price_book(book.id)

    def set_years(self, years: int) -> None:
        """Set how many years the costs and burden are counted over."""
        self.session.years = int(years)
        self.changed.emit("costs")

    def set_insurance_share(self, percent: float | None) -> None:
        """Set the share (percent) an insurer pays."""
        self._insurance_share = percent
        profile = self.session.profile
        if profile is not None:
            self.session.profile = dataclasses.replace(profile, insurance_share_percent=percent)
        self.changed.emit("costs")

    def notify(self, what: str) -> None:
        """Tell the pages that a part of the session was edited in place."""
        self.changed.emit(what)

    def set_language(self, lang: str) -> None:
        """Show content text in another language; the session is kept."""
        self.session.lang = lang
        self.changed.emit("language")

    def replace_session(self, session: Session, *, saved: bool = True) -> None:
        """Show an opened session instead of the current one (a restored recovery copy is
        shown with saved=False: it is in no file of hers until she saves it)."""
        lang = self.lang
        self.session = session
        if not self.session.lang:
            self.session.lang = lang
        self._insurance_share = None
        self.record_answer = None
        self.read_only = False
        self.started = _now()
        self._fill_defaults()
        if saved:
            self.mark_saved()  # as opened
        else:
            self._saved = {}  # differs from any entries: unsaved until saved or discarded
        self.changed.emit("all")

    def new_patient(self) -> None:
        """Forget everything about the current patient (the language stays)."""
        lang = self.lang
        self.session.clear()
        self.session.lang = lang
        self._insurance_share = None
        self.record_answer = None
        self.read_only = False
        self.started = _now()
        self._fill_defaults()
        self.mark_saved()  # nothing of hers is left to lose
        self.changed.emit("all")

    def _fill_defaults(self) -> None:
        if not self.session.years:
            self.session.years = DEFAULT_YEARS
        if not self.session.content_version:
            self.session.content_version = self.pack.info.version
