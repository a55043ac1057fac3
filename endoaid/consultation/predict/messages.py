"""One sentence for each bad tumour or treatment field, in English and in every catalogue language.

The sentences and the field labels are English source texts marked for Qt's catalogue (context
"PredictWords"); `TumourDetailsError.message_in(lang)` looks them up through endoaid.catalogue.
"""

from __future__ import annotations

from typing import Any

from endoaid.catalogue import QT_TRANSLATE_NOOP, translated
from endoaid.errors import UserError
from endoaid.languages import SOURCE

LIMITS: dict[str, tuple[float, float]] = {
    "age": (25, 85),
    "size_mm": (1, 150),
    "nodes": (0, 50),
    "heart_dose_gy": (0, 25),
}
"""Numeric field -> the (low, high) the model accepts, both included.

The reference sets no limit on the heart dose; 0-25 Gy spans the doses its own test cases
use (1, 7, 12 and 25 Gy in R/benefits30.R) and no mean heart dose is higher in practice.
"""

CHOICES: dict[str, tuple[object, ...]] = {
    "grade": (1, 2, 3, "unknown"),
    "er": ("positive", "negative"),
    "her2": ("positive", "negative", "unknown"),
    "ki67": ("positive", "negative", "unknown"),
    "pr": ("positive", "negative", "unknown"),
    "detected": ("screen", "symptoms", "unknown"),
    "chemotherapy": (0, 2, 3),
}
"""Field with fixed answers -> the answers, in the order a form lists them."""

ERROR_CODES = (
    "unknown_field",
    "required",
    "range",
    "choice",
    "yes_no",
    "not_modelled",
    "unreadable",
    "not_toml",
    "number",
)
"""The stable `TumourDetailsError.code`s."""


CONTEXT = "PredictWords"


class Words:
    """An English source text of the catalogue (context PredictWords), with the values it is
    formatted with once looked up: a field label, a range, a list of answers."""

    __slots__ = ("text", "values")

    def __init__(self, text: str, *values: object) -> None:
        self.text = text
        self.values = values

    def in_language(self, lang: str) -> str:
        """Return the text in `lang`, formatted with its values."""
        return translated(lang, CONTEXT, self.text).format(*self.values)


class TumourDetailsError(UserError):
    """A tumour or treatment field is invalid; `field` names it, the message says why.

    `str(error)` is one English sentence (the CLI prints it); `message_in(lang)` says the same
    in any language of the catalogue, so the interface shows it as it is; `code` is one of
    ERROR_CODES and `limits` the (low, high) for code "range".

    `template` is an English source text of the catalogue (context PredictWords) with
    {placeholders}; each value is a plain text (a path, a field name), `Words` (looked up and
    formatted in the language asked) or another TumourDetailsError (its message, same language).
    """

    def __init__(
        self,
        field: str,
        template: str,
        code: str = "range",
        limits: tuple[float, float] = (0, 0),
        **values: object,
    ) -> None:
        self.template = template
        self.values = values
        super().__init__(self.message_in(SOURCE), code=code, field=field)
        self.field = field
        self.limits = limits

    def message_in(self, lang: str) -> str:
        """Return the sentence in `lang` (English where the catalogue has none), on one line."""
        values = {key: _in_language(value, lang) for key, value in self.values.items()}
        return " ".join(translated(lang, CONTEXT, self.template).format(**values).split())


def _in_language(value: object, lang: str) -> str:
    if isinstance(value, Words):
        return value.in_language(lang)
    if isinstance(value, TumourDetailsError):
        return value.message_in(lang)
    return str(value)


LABELS: dict[str, str] = {
    "age": QT_TRANSLATE_NOOP("PredictWords", "Age at diagnosis"),
    "size_mm": QT_TRANSLATE_NOOP("PredictWords", "Tumour size"),
    "grade": QT_TRANSLATE_NOOP("PredictWords", "Tumour grade"),
    "nodes": QT_TRANSLATE_NOOP("PredictWords", "Number of positive lymph nodes"),
    "er": QT_TRANSLATE_NOOP("PredictWords", "ER status"),
    "her2": QT_TRANSLATE_NOOP("PredictWords", "HER2 status"),
    "ki67": QT_TRANSLATE_NOOP("PredictWords", "Ki-67 status"),
    "pr": QT_TRANSLATE_NOOP("PredictWords", "PR status"),
    "detected": QT_TRANSLATE_NOOP("PredictWords", "How the cancer was found"),
    "chemotherapy": QT_TRANSLATE_NOOP("PredictWords", "Chemotherapy"),
    "trastuzumab": QT_TRANSLATE_NOOP("PredictWords", "Trastuzumab"),
    "bisphosphonates": QT_TRANSLATE_NOOP("PredictWords", "Bisphosphonates"),
    "radiotherapy": QT_TRANSLATE_NOOP("PredictWords", "Radiotherapy"),
    "smoker": QT_TRANSLATE_NOOP("PredictWords", "Current smoker"),
    "heart_dose_gy": QT_TRANSLATE_NOOP("PredictWords", "Mean heart dose of radiotherapy"),
}
"""Field -> its English label (a source text of the catalogue) for messages and forms."""


def label(field: str, lang: str = SOURCE) -> str:
    """Return a field's label in `lang` (the field's own name when it has no label)."""
    return translated(lang, CONTEXT, LABELS[field]) if field in LABELS else field


_RANGES: dict[str, str] = {
    "age": QT_TRANSLATE_NOOP("PredictWords", "a whole number of years from {0} to {1}"),
    "size_mm": QT_TRANSLATE_NOOP("PredictWords", "from {0} to {1} mm"),
    "nodes": QT_TRANSLATE_NOOP("PredictWords", "a whole number from {0} to {1}"),
    "heart_dose_gy": QT_TRANSLATE_NOOP("PredictWords", "from {0} to {1} Gy, or left blank"),
}

_CHOICES: dict[str, str] = {
    "grade": QT_TRANSLATE_NOOP(
        "PredictWords", "1, 2, 3, or unknown (? in a form) when it is not known"
    ),
    "er": QT_TRANSLATE_NOOP("PredictWords", "positive, negative"),
    "her2": QT_TRANSLATE_NOOP("PredictWords", "positive, negative, unknown"),
    "ki67": QT_TRANSLATE_NOOP("PredictWords", "positive, negative, unknown"),
    "pr": QT_TRANSLATE_NOOP("PredictWords", "positive, negative, unknown"),
    "detected": QT_TRANSLATE_NOOP("PredictWords", "screen, symptoms, unknown"),
    "chemotherapy": QT_TRANSLATE_NOOP("PredictWords", "0, 2, 3"),
}
"""Field -> its answers as a sentence names them (CHOICES in words)."""

YES_NO = QT_TRANSLATE_NOOP("PredictWords", "{label}: answer yes or no.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("PredictWords", "{label} must be a number.")
ER_NEGATIVE = QT_TRANSLATE_NOOP(
    "PredictWords", "PREDICT gives no hormone-therapy benefit for ER-negative disease."
)
CANNOT_READ = QT_TRANSLATE_NOOP("PredictWords", "Cannot read the tumour file {path}: {reason}.")
NOT_TOML = QT_TRANSLATE_NOOP("PredictWords", "The tumour file {path} is not valid TOML: {error}.")
IN_FILE = QT_TRANSLATE_NOOP("PredictWords", "{path}: {message}")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def first_error(error: dict[str, Any]) -> TumourDetailsError:
    """Return the TumourDetailsError for one pydantic error of TumourDetails."""
    field = str(error["loc"][0]) if error["loc"] else "trastuzumab"
    name = Words(LABELS.get(field, field))
    if not error["loc"]:  # the only check across fields
        return TumourDetailsError(
            "trastuzumab",
            QT_TRANSLATE_NOOP(
                "PredictWords",
                "Trastuzumab is modelled only for HER2-positive cancer: set HER2 to positive.",
            ),
            code="not_modelled",
        )
    if error["type"] == "extra_forbidden":
        return TumourDetailsError(
            field,
            QT_TRANSLATE_NOOP("PredictWords", "'{name}' is not a tumour or treatment field."),
            code="unknown_field",
            name=field,
        )
    if error["type"] == "missing":
        return TumourDetailsError(
            field,
            QT_TRANSLATE_NOOP("PredictWords", "{label} is required."),
            code="required",
            label=name,
        )
    if field in LIMITS:
        low, high = LIMITS[field]
        return TumourDetailsError(
            field,
            QT_TRANSLATE_NOOP("PredictWords", "{label} must be {range}."),
            code="range",
            limits=(low, high),
            label=name,
            range=Words(_RANGES[field], _number(low), _number(high)),
        )
    if field in CHOICES:
        return TumourDetailsError(
            field,
            QT_TRANSLATE_NOOP("PredictWords", "{label} must be one of: {answers}."),
            code="choice",
            label=name,
            answers=Words(_CHOICES[field]),
        )
    return TumourDetailsError(field, YES_NO, code="yes_no", label=name)
