"""PREDICT Breast: her tumour details, the model, its messages and its command (one public face).

Import every name from here (`from endoaid.consultation.predict import predict`), never from
the modules inside. The input record and its messages load with the package (a session holds
her tumour details); the model, the form reader and the command load when first asked for
(PEP 562), so the first window does not wait for them.

Inside the package the imports run one way: messages <- inputs <- form, model <- from_five
<- command;
coefficients are read only by the model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from endoaid.consultation.predict.inputs import (
    TumourDetails,
    load_tumour_file,
    make_tumour_details,
)
from endoaid.consultation.predict.messages import (
    CHOICES,
    ERROR_CODES,
    LABELS,
    LIMITS,
    TumourDetailsError,
    label,
)

if TYPE_CHECKING:
    from endoaid.consultation.predict.command import predict_command
    from endoaid.consultation.predict.form import tumour_details_from_form
    from endoaid.consultation.predict.from_five import (
        FROM_YEAR,
        YEARS_AHEAD,
        FromFiveResult,
        predict_from_five,
    )
    from endoaid.consultation.predict.model import (
        MODEL_NAME,
        ArmOutcome,
        PredictResult,
        predict,
    )

_LAZY: dict[str, str] = {
    "predict_command": "command",
    "tumour_details_from_form": "form",
    "MODEL_NAME": "model",
    "ArmOutcome": "model",
    "PredictResult": "model",
    "predict": "model",
    "FROM_YEAR": "from_five",
    "YEARS_AHEAD": "from_five",
    "FromFiveResult": "from_five",
    "predict_from_five": "from_five",
}
"""Name -> the module inside the package that defines it, loaded on first use."""

__all__ = [
    "CHOICES",
    "ERROR_CODES",
    "FROM_YEAR",
    "LABELS",
    "LIMITS",
    "MODEL_NAME",
    "YEARS_AHEAD",
    "ArmOutcome",
    "FromFiveResult",
    "PredictResult",
    "TumourDetails",
    "TumourDetailsError",
    "label",
    "load_tumour_file",
    "make_tumour_details",
    "predict",
    "predict_command",
    "predict_from_five",
    "tumour_details_from_form",
]


def __getattr__(name: str) -> object:
    """Load a model, form or command name from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
