"""The patient's situation, as the facts that decide which options fit and what to watch."""

from __future__ import annotations

from typing import Annotated, Literal

from endoaid.errors import UserError
from endoaid.records import Bound, Invalid, field_names, record, validate

Menopause = Literal["pre", "peri", "post", "unsure"]
Setting = Literal["early", "advanced"]

_HISTORY_WORDS: dict[str, str] = {
    "blood_clots": "blood-clots",
    "osteoporosis": "osteoporosis",
    "uterine_problems": "uterine-problems",
    "heart_disease": "heart-disease",
    "wants_pregnancy": "wants-pregnancy",
    "prior_endocrine_therapy": "prior-endocrine-therapy",
}
"""Profile field -> the `Condition.history` word of the content pack."""

_FIELD_NAMES: dict[str, str] = {
    "menopause": "Menopause",
    "setting": "Stage of the disease",
    "age": "Age",
    "prior_endocrine_years": "Years of earlier hormone therapy",
    "baseline_risk_percent": "Risk of the cancer coming back",
    "baseline_risk_years": "Years the risk covers",
    "insurance_share_percent": "Share paid by insurance",
}


_LIMITS: dict[str, tuple[int, int]] = {
    "age": (18, 100),
    "prior_endocrine_years": (0, 15),
    "baseline_risk_percent": (0, 100),
    "baseline_risk_years": (0, 30),
    "insurance_share_percent": (0, 100),
}
"""Profile field -> the (low, high) it accepts, for messages in any language."""

ERROR_CODES = (
    "unknown_field",
    "yes_no",
    "number",
    "whole",
    "range",
    "risk_pair",
    "required",
    "choice",
    "invalid",
)
"""The stable `ProfileError.code`s: the interface words each one in the person's language."""


class ProfileError(UserError):
    """A profile field is invalid; `field` names it, the message says what to enter.

    The message is English (for the command line and logs); `code` (one of ERROR_CODES) and
    `limits` (low, high for code "range") let the interface say the same in its own language
    without the consultation layer knowing about translation.
    """

    def __init__(
        self, field: str, message: str, code: str = "invalid", limits: tuple[int, int] = (0, 0)
    ) -> None:
        super().__init__(message, code=code)
        self.field = field
        self.limits = limits


Percent = Annotated[float, Bound(ge=0, le=100)]


@record
class Profile:
    """What the clinician enters about her; every fact optional except menopause and setting.

    Made directly from the program's own values, or checked from a person's with `make_profile`.
    """

    menopause: Menopause
    setting: Setting = "early"
    age: Annotated[int, Bound(ge=18, le=100)] | None = None
    blood_clots: bool = False
    osteoporosis: bool = False
    uterine_problems: bool = False
    heart_disease: bool = False
    wants_pregnancy: bool = False
    prior_endocrine_therapy: bool = False
    prior_endocrine_years: Annotated[float, Bound(ge=0, le=15)] | None = None
    baseline_risk_percent: Percent | None = None
    baseline_risk_years: Annotated[float, Bound(gt=0, le=30)] | None = None
    insurance_share_percent: Percent | None = None

    def __post_init__(self) -> None:
        if (self.baseline_risk_percent is None) != (self.baseline_risk_years is None):
            raise ValueError("give the risk of the cancer coming back together with its years")

    def history_flags(self) -> set[str]:
        """Return the content pack's history words (e.g. 'blood-clots') that apply to her."""
        return {word for name, word in _HISTORY_WORDS.items() if getattr(self, name)}


def _first_error(exc: Invalid) -> ProfileError:
    error = exc.errors[0]
    field = str(error["loc"][0]) if error["loc"] else "baseline_risk_years"
    label = _FIELD_NAMES.get(field, field.replace("_", " ").capitalize())
    limits = {
        "age": "a whole number of years from 18 to 100",
        "prior_endocrine_years": "a number of years from 0 to 15",
        "baseline_risk_percent": "a percentage from 0 to 100",
        "baseline_risk_years": "a number of years above 0, up to 30",
        "insurance_share_percent": "a percentage from 0 to 100",
        "menopause": "one of: pre, peri, post, unsure",
        "setting": "one of: early, advanced",
    }
    if not error["loc"]:
        return ProfileError(
            field,
            "Give the risk of the cancer coming back together with its years.",
            "risk_pair",
        )
    if error["type"] == "extra_forbidden":
        return ProfileError(
            field, f"'{_shown(field)}' is not a field of the profile.", "unknown_field"
        )
    if error["type"] == "missing":
        return ProfileError(field, f"{label} is required.", "required")
    if field in _LIMITS:
        return ProfileError(field, f"{label} must be {limits[field]}.", "range", _LIMITS[field])
    if field in limits:
        return ProfileError(field, f"{label} must be {limits[field]}.", "choice")
    return ProfileError(field, f"{label}: {error['msg']}.")


def make_profile(**fields: object) -> Profile:
    """Return a Profile from typed values, or raise ProfileError naming the first bad field."""
    try:
        return validate(Profile, fields)
    except Invalid as exc:
        raise _first_error(exc) from None


_TRUE = {"1", "true", "yes", "on", "y", "checked"}
_FALSE = {"", "0", "false", "no", "off", "n"}


def _shown(text: str) -> str:
    """Return typed text fit for a one-line message: whitespace collapsed, at most 30 chars."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 30 else flat[:29] + "…"


def _number(field: str, text: str, whole: bool) -> float | int | None:
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        label = _FIELD_NAMES.get(field, field)
        raise ProfileError(
            field, f"{label} must be a number, not '{_shown(text)}'.", "number"
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ProfileError(field, f"{_FIELD_NAMES.get(field, field)} must be a number.", "number")
    if whole:
        if not value.is_integer():
            raise ProfileError(
                field, f"{_FIELD_NAMES.get(field, field)} must be a whole number.", "whole"
            )
        return int(value)
    return value


def profile_from_form(form: dict[str, str]) -> Profile:
    """Return a Profile from the text a person typed or ticked; raise ProfileError on bad input."""
    known = set(field_names(Profile))
    for key in form:
        if key not in known:
            raise ProfileError(
                key, f"'{_shown(key)}' is not a field of the profile.", "unknown_field"
            )
    values: dict[str, object] = {}
    for key, raw in form.items():
        text = (raw or "").strip()
        if key in _HISTORY_WORDS:
            if text.lower() not in _TRUE | _FALSE:
                label = key.replace("_", " ").capitalize()
                raise ProfileError(
                    key, f"{label}: answer yes or no, not '{_shown(text)}'.", "yes_no"
                )
            values[key] = text.lower() in _TRUE
        elif key in ("menopause", "setting"):
            if text:
                values[key] = text.lower()
        else:
            number = _number(key, text, whole=key == "age")
            if number is not None:
                values[key] = number
    if "menopause" not in values:
        raise ProfileError(
            "menopause", "Menopause must be one of: pre, peri, post, unsure.", "required"
        )
    return make_profile(**values)
