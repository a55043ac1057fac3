"""TumourDetails from the text a person typed or chose in a form: numbers, yes/no, blanks."""

from __future__ import annotations

import math

from endoaid.consultation.predict.inputs import TumourDetails, make_tumour_details
from endoaid.consultation.predict.messages import LABELS, TumourDetailsError

_NUMBERS = {"age", "size_mm", "grade", "nodes", "chemotherapy", "heart_dose_gy"}
_KEPT_DECIMAL = {"size_mm", "heart_dose_gy"}
_GRADE_NOT_KNOWN = {"unknown", "not known", "?", "？", "x", "不详", "未知"}
_SWITCHES = {"trastuzumab", "bisphosphonates", "radiotherapy", "smoker"}
_TRUE = {"1", "true", "yes", "on", "y", "checked"}
_FALSE = {"0", "false", "no", "off", "n", ""}


def tumour_details_from_form(form: dict[str, str]) -> TumourDetails:
    """Return TumourDetails from form text; a blank field takes its default (or is required).

    Raise TumourDetailsError naming the first bad field, with its English and Chinese sentence.
    """
    values: dict[str, object] = {}
    for name, raw in form.items():
        text = (raw or "").strip()
        if name in _SWITCHES:
            if text.lower() not in _TRUE | _FALSE:
                label, label_zh = LABELS[name]
                raise TumourDetailsError(
                    name, f"{label}: answer yes or no.", f"{label_zh}：请回答是或否。", "yes_no"
                )
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
        label, label_zh = LABELS[name]
        raise TumourDetailsError(
            name, f"{label} must be a number.", f"{label_zh}须为数字。", "number"
        )
    return int(value) if value.is_integer() and name not in _KEPT_DECIMAL else value
