"""Why a profile field was refused, in the session's language, from the error's stable code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from endoaid.consultation import ProfileError


def _field_name(field: str) -> str:
    """Return a profile field's name as a refusal message starts with it."""
    names = {
        "menopause": QCoreApplication.translate("ProfilePage", "Menopause"),
        "setting": QCoreApplication.translate("ProfilePage", "Stage of the disease"),
        "age": QCoreApplication.translate("ProfilePage", "Age"),
        "prior_endocrine_years": QCoreApplication.translate(
            "ProfilePage", "Years of earlier hormone therapy"
        ),
        "baseline_risk_percent": QCoreApplication.translate(
            "ProfilePage", "Risk of the cancer coming back"
        ),
        "baseline_risk_years": QCoreApplication.translate("ProfilePage", "Years the risk covers"),
        "insurance_share_percent": QCoreApplication.translate(
            "ProfilePage", "Share paid by insurance"
        ),
    }
    return names.get(field, field)


def _range_text(field: str) -> str:
    if field == "age":
        return QCoreApplication.translate(
            "ProfilePage", "Age must be a whole number of years from {0} to {1}."
        )
    if field == "prior_endocrine_years":
        return QCoreApplication.translate(
            "ProfilePage",
            "Years of earlier hormone therapy must be a number of years from {0} to {1}.",
        )
    if field == "baseline_risk_years":
        return QCoreApplication.translate(
            "ProfilePage", "Years the risk covers must be a number of years above {0}, up to {1}."
        )
    if field == "baseline_risk_percent":
        return QCoreApplication.translate(
            "ProfilePage", "Risk of the cancer coming back must be a percentage from {0} to {1}."
        )
    return QCoreApplication.translate(
        "ProfilePage", "Share paid by insurance must be a percentage from {0} to {1}."
    )


def profile_error_text(error: ProfileError, typed: str = "") -> str:
    """Return why a field was refused and what to enter, in the session's language.

    The consultation layer gives a stable `code` (and `limits`); the words are chosen here.
    """
    name = _field_name(error.field)
    typed = " ".join(typed.split())
    typed = typed if len(typed) <= 30 else typed[:29] + "…"
    if error.code == "range":
        return _range_text(error.field).format(*error.limits)
    if error.code == "number" and typed:
        return QCoreApplication.translate("ProfilePage", "{0} must be a number, not '{1}'.").format(
            name, typed
        )
    if error.code == "number":
        return QCoreApplication.translate("ProfilePage", "{0} must be a number.").format(name)
    if error.code == "whole":
        return QCoreApplication.translate("ProfilePage", "{0} must be a whole number.").format(name)
    if error.code == "risk_pair":
        return QCoreApplication.translate(
            "ProfilePage", "Give the risk of the cancer coming back together with its years."
        )
    if error.code == "required":
        return QCoreApplication.translate("ProfilePage", "{0} is required.").format(name)
    if error.code in ("yes_no", "choice"):
        return QCoreApplication.translate(
            "ProfilePage", "{0}: please choose one of the answers."
        ).format(name)
    return QCoreApplication.translate("ProfilePage", "This entry cannot be used.")
