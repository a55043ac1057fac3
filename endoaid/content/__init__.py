"""The evidence-backed content pack: schema, loader and checks. Plain Python, no Qt."""

from __future__ import annotations

from endoaid.content.loader import load_pack
from endoaid.content.pack import ContentError, ContentPack, PackInvalid, Problem
from endoaid.content.schema import (
    LANGUAGES,
    Attribute,
    BenefitArm,
    BenefitComparison,
    Cell,
    Citation,
    Condition,
    Decision,
    Frequency,
    Localized,
    Option,
    PriceBook,
    PriceItem,
    RelativeEffect,
    Rule,
    Schedule,
    ScheduleItem,
    SideEffectComparison,
    TimeFrame,
    ValueStatement,
)

__all__ = [
    "LANGUAGES",
    "Attribute",
    "BenefitArm",
    "BenefitComparison",
    "Cell",
    "Citation",
    "Condition",
    "ContentError",
    "ContentPack",
    "Decision",
    "Frequency",
    "Localized",
    "Option",
    "PackInvalid",
    "PriceBook",
    "PriceItem",
    "Problem",
    "RelativeEffect",
    "Rule",
    "Schedule",
    "ScheduleItem",
    "SideEffectComparison",
    "TimeFrame",
    "ValueStatement",
    "load_pack",
]
