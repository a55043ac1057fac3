"""Her tumour and treatments as PREDICT Breast needs them: one checked record, field errors.

`TumourDetails` is the input of `endoaid.consultation.predict.predict`. Make it from
typed values with `make_tumour_details(**fields)` (or from a TOML file with
`load_tumour_file`); a bad value raises `TumourDetailsError` naming the field, with one
sentence in English and in Simplified Chinese for the interface to show beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from endoaid.consultation.predict.messages import (
    CANNOT_READ,
    IN_FILE,
    NOT_TOML,
    TumourDetailsError,
    first_error,
)
from endoaid.records import Bound, Invalid, record, validate

Marker = Literal["positive", "negative", "unknown"]
"""A receptor or marker test result; "unknown" when it was not done or is not known."""

Detection = Literal["screen", "symptoms", "unknown"]
"""How the cancer was found: at screening, from symptoms, or not known."""

ChemoGeneration = Literal[0, 2, 3]
"""Chemotherapy: 0 none, 2 second generation (anthracycline), 3 third (with a taxane)."""


@record
class TumourDetails:
    """What PREDICT Breast v3.0 needs about her tumour and the treatments around surgery.

    Units: `age` whole years at diagnosis; `size_mm` invasive tumour size in millimetres;
    `nodes` the number of positive lymph nodes. "unknown" markers (and grade) use the model's
    population average. `smoker` (current smoker) only changes other-cause deaths.
    `heart_dose_gy`: her mean heart dose of radiotherapy when the clinician knows it; None
    uses the population average (2 Gy) behind the model's baseline.
    """

    age: Annotated[int, Bound(ge=25, le=85)]
    size_mm: Annotated[float, Bound(ge=1, le=150)]
    grade: Literal[1, 2, 3, "unknown"]
    nodes: Annotated[int, Bound(ge=0, le=50)]
    er: Literal["positive", "negative"]
    her2: Marker = "unknown"
    ki67: Marker = "unknown"
    pr: Marker = "unknown"
    detected: Detection = "unknown"
    chemotherapy: ChemoGeneration = 0
    trastuzumab: bool = False
    bisphosphonates: bool = False
    radiotherapy: bool = False
    smoker: bool = False
    heart_dose_gy: Annotated[float, Bound(ge=0, le=25)] | None = None

    def __post_init__(self) -> None:
        if self.trastuzumab and self.her2 != "positive":
            raise ValueError("trastuzumab is modelled only for HER2-positive cancer")


def make_tumour_details(**fields: object) -> TumourDetails:
    """Return TumourDetails from typed values, or raise TumourDetailsError for the first bad one."""
    try:
        return validate(TumourDetails, fields, strict=False)
    except Invalid as exc:
        raise tumour_error(exc) from None


def tumour_error(exc: Invalid) -> TumourDetailsError:
    """Return the TumourDetailsError for the first problem pydantic found."""
    return first_error(exc.errors[0])


def load_tumour_file(path: Path) -> TumourDetails:
    """Return TumourDetails from a TOML file with the fields of TumourDetails at its top.

    Raise TumourDetailsError (a UserError, one line) naming the bad field, or the field
    "file" when the file cannot be read or is not TOML.
    """
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TumourDetailsError(
            "file", CANNOT_READ, code="unreadable", path=path, reason=reason
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TumourDetailsError("file", NOT_TOML, code="not_toml", path=path, error=exc) from None
    try:
        return make_tumour_details(**data)
    except TumourDetailsError as exc:
        raise TumourDetailsError(
            exc.field, IN_FILE, code=exc.code, limits=exc.limits, path=path, message=exc
        ) from None
