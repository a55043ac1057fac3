"""TumourDetails from the text a person typed or chose in a form: numbers, yes/no, blanks."""

from __future__ import annotations

import math

from endoaid.consultation.predict.inputs import TumourDetails, make_tumour_details
from endoaid.consultation.predict.messages import (
    LABELS,
    NOT_A_NUMBER,
    YES_NO,
    TumourDetailsError,
    Words,
)

_NUMBERS = {"age", "size_mm", "grade", "nodes", "chemotherapy", "heart_dose_gy"}
_KEPT_DECIMAL = {"size_mm", "heart_dose_gy"}
_GRADE_NOT_KNOWN = {"unknown", "not known", "?", "？", "x", "不详", "未知"}
_SWITCHES = {"trastuzumab", "bisphosphonates", "radiotherapy", "smoker"}
_TRUE = {"1", "true", "yes", "on", "y", "checked"}
_FALSE = {"0", "false", "no", "off", "n", ""}


def tumour_details_from_form(form: dict[str, str]) -> TumourDetails:
    """Return TumourDetails from form text; a blank field takes its default (or is required).

    Raise TumourDetailsError naming the first bad field (`message_in(lang)`: its sentence).
    """
    values: dict[str, object] = {}
    for name, raw in form.items():
        text = (raw or "").strip()
        if name in _SWITCHES:
            if text.lower() not in _TRUE | _FALSE:
                raise TumourDetailsError(name, YES_NO, "yes_no", label=Words(LABELS[name]))
            values[name] = text.lower() in _TRUE
        elif not text:
            continue  # the record's default, or "is required"
        elif name == "grade" and text.lower() in _GRADE_NOT_KNOWN:
            values[name] = "unknown"  # the reference's grade 9: the population average
        elif name in _NUMBERS:
            values[name] = _number(name, text)
        else:
            values[name] = text.lower()
    return make_tumour_details(**values)


def _number(name: str, text: str) -> float | int:
    """Return the number typed (a comma may mark decimals); whole numbers as int."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise TumourDetailsError(name, NOT_A_NUMBER, "number", label=Words(LABELS[name]))
    return int(value) if value.is_integer() and name not in _KEPT_DECIMAL else value
