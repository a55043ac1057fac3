"""One sentence in English and in Simplified Chinese for each bad tumour or treatment field."""

from __future__ import annotations

from typing import Any

from endoaid.errors import UserError

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


class TumourDetailsError(UserError):
    """A tumour or treatment field is invalid; `field` names it, the message says why.

    `str(error)` is one English sentence; `message_zh` says the same in Simplified Chinese, so
    the interface shows it as it is (it needs no wording of its own for these codes); `code`
    is one of ERROR_CODES and `limits` the (low, high) for code "range".
    """

    def __init__(
        self,
        field: str,
        message: str,
        message_zh: str,
        code: str = "range",
        limits: tuple[float, float] = (0, 0),
    ) -> None:
        super().__init__(message, code=code, field=field)
        self.field = field
        self.message_zh = " ".join(message_zh.split())
        self.limits = limits


LABELS: dict[str, tuple[str, str]] = {
    "age": ("Age at diagnosis", "确诊时年龄"),
    "size_mm": ("Tumour size", "肿瘤大小"),
    "grade": ("Tumour grade", "肿瘤分级"),
    "nodes": ("Number of positive lymph nodes", "阳性淋巴结数目"),
    "er": ("ER status", "雌激素受体（ER）状态"),
    "her2": ("HER2 status", "HER2 状态"),
    "ki67": ("Ki-67 status", "Ki-67 状态"),
    "pr": ("PR status", "孕激素受体（PR）状态"),
    "detected": ("How the cancer was found", "发现方式"),
    "chemotherapy": ("Chemotherapy", "化疗"),
    "trastuzumab": ("Trastuzumab", "曲妥珠单抗"),
    "bisphosphonates": ("Bisphosphonates", "双膦酸盐"),
    "radiotherapy": ("Radiotherapy", "放疗"),
    "smoker": ("Current smoker", "目前吸烟"),
    "heart_dose_gy": ("Mean heart dose of radiotherapy", "放疗的心脏平均剂量"),
}
"""Field -> (English label, Chinese label) for messages and forms."""

_RANGES: dict[str, tuple[str, str]] = {
    "age": ("a whole number of years from {0} to {1}", "{0} 至 {1} 岁之间的整数"),
    "size_mm": ("from {0} to {1} mm", "{0} 至 {1} 毫米之间"),
    "nodes": ("a whole number from {0} to {1}", "{0} 至 {1} 之间的整数"),
    "heart_dose_gy": ("from {0} to {1} Gy, or left blank", "{0} 至 {1} 戈瑞之间，或留空"),
}

_CHOICE_EN: dict[str, str] = {
    "grade": "1, 2, 3, or unknown (? in a form) when it is not known",
}

_CHOICE_ZH: dict[str, str] = {
    "grade": "1、2、3，不详时为 unknown（表格中填 ?）",
    "er": "阳性或阴性",
    "her2": "阳性、阴性或不详",
    "ki67": "阳性、阴性或不详",
    "pr": "阳性、阴性或不详",
    "detected": "筛查发现、因症状发现或不详",
    "chemotherapy": "0（无）、2（第二代）或 3（第三代）",
}


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def first_error(error: dict[str, Any]) -> TumourDetailsError:
    """Return the TumourDetailsError for one pydantic error of TumourDetails."""
    field = str(error["loc"][0]) if error["loc"] else "trastuzumab"
    label, label_zh = LABELS.get(field, (field, field))
    if not error["loc"]:  # the only check across fields
        return TumourDetailsError(
            "trastuzumab",
            "Trastuzumab is modelled only for HER2-positive cancer: set HER2 to positive.",
            "模型只对 HER2 阳性乳腺癌计算曲妥珠单抗：请将 HER2 设为阳性。",
            code="not_modelled",
        )
    if error["type"] == "extra_forbidden":
        return TumourDetailsError(
            field,
            f"'{field}' is not a tumour or treatment field.",
            f"“{field}”不是肿瘤或治疗的项目。",
            code="unknown_field",
        )
    if error["type"] == "missing":
        return TumourDetailsError(
            field, f"{label} is required.", f"请填写{label_zh}。", code="required"
        )
    if field in LIMITS:
        low, high = LIMITS[field]
        en, zh = _RANGES[field]
        return TumourDetailsError(
            field,
            f"{label} must be {en.format(_number(low), _number(high))}.",
            f"{label_zh}须为{zh.format(_number(low), _number(high))}。",
            code="range",
            limits=(low, high),
        )
    if field in CHOICES:
        answers = _CHOICE_EN.get(field) or ", ".join(str(c) for c in CHOICES[field])
        return TumourDetailsError(
            field,
            f"{label} must be one of: {answers}.",
            f"{label_zh}须为{_CHOICE_ZH[field]}。",
            code="choice",
        )
    return TumourDetailsError(
        field,
        f"{label}: answer yes or no.",
        f"{label_zh}：请回答是或否。",
        code="yes_no",
    )
