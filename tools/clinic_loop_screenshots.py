"""Screenshots of the clinic's loop for docs/clinic-loop.md, in English and Chinese.

    QT_QPA_PLATFORM=offscreen python tools/clinic_loop_screenshots.py docs/images/clinic-loop

A clinician window sends a session to a kiosk inbox; a kiosk window opens it by its code.
Settings and the inbox live in a temporary folder; nothing of the user's is read or written.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QStandardPaths.setTestModeEnabled(True)
    from endoaid.consultation import Profile, Session
    from endoaid.content import load_pack
    from endoaid.fonts import register_matplotlib_fonts
    from endoaid.i18n import install_translators, use_catalogue_words
    from endoaid.ui.app.main_window import MainWindow
    from endoaid.ui.common import settings
    from endoaid.ui.common.qt_app import apply_font, load_stylesheet, make_application
    from endoaid.ui.common.state import ConsultationState
    from endoaid.ui.kiosk.config import KioskConfig
    from endoaid.ui.kiosk.pin import hash_pin
    from endoaid.ui.kiosk.shell import apply_kiosk

    app = make_application()
    register_matplotlib_fonts()
    use_catalogue_words()
    pack = load_pack()
    inbox = tmp / "inbox"
    inbox.mkdir()
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN"):
        install_translators(app, lang)
        apply_font(app, lang)
        app.setStyleSheet(load_stylesheet())
        settings.set_clinic_loop(str(inbox), 24, str(tmp / f"record-{lang}.db"))
        session = Session(
            lang=lang,
            profile=Profile(menopause="pre", setting="early", age=41),
            decision_id="ovarian-suppression-method",
            options=["gnrh-agonist", "oophorectomy"],
            sure_before={
                "sure": False,
                "understand": True,
                "risk-benefit": False,
                "encouragement": True,
            },
        )
        clinic = MainWindow(ConsultationState(pack, session), kiosk=False)
        clinic.resize(1280, 800)
        clinic.show()
        clinic.send_action.trigger()
        app.processEvents()
        dialog = clinic.send_dialog
        dialog.adjustSize()
        app.processEvents()
        dialog.grab().save(str(out / f"send-dialog-{lang}.png"))
        code = dialog.sent.code
        dialog.close()
        clinic.go_to_page("summary")
        page = clinic.page("summary")
        app.processEvents()
        page.scroll.ensureWidgetVisible(page.record_question)
        app.processEvents()
        clinic.grab().save(str(out / f"record-question-{lang}.png"))
        clinic.state.mark_saved()
        clinic.close()

        config = KioskConfig(
            pin_hash=hash_pin("2468", iterations=10_000, salt=b"screenshot-salt!"),
            idle_seconds=600,
            language=lang,
            inbox_folder=inbox,
        )
        kiosk = MainWindow(ConsultationState(pack, Session(lang=lang), kiosk=True), kiosk=True)
        shell = apply_kiosk(kiosk, config)
        kiosk.resize(1280, 800)
        kiosk.show()
        app.processEvents()
        kiosk.grab().save(str(out / f"kiosk-welcome-{lang}.png"))
        shell.code_entry.ask()
        shell.code_entry.code_edit.setText(code[:4])
        app.processEvents()
        kiosk.grab().save(str(out / f"kiosk-code-entry-{lang}.png"))
        shell.code_entry.code_edit.setText(code)
        shell.code_entry.submit()
        for _ in range(20):
            app.processEvents()
        kiosk.grab().save(str(out / f"kiosk-opened-{lang}.png"))
        kiosk.go_to_page("profile")
        app.processEvents()
        kiosk.grab().save(str(out / f"kiosk-opened-profile-{lang}.png"))
        shell.unlocked = True
        shell.idle.stop()
        app.removeEventFilter(shell.idle)
        app.removeEventFilter(shell.no_context_menus)
        kiosk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/clinic-loop"))
