"""A pack whose side-effect row counts different women in two cells (like-with-like tests)."""

from __future__ import annotations

import dataclasses

from endoaid.content import ContentPack
from endoaid.content.schema import Localized

DECISION = "premenopausal-endocrine"
TAMOXIFEN = Localized(
    en="women after menopause, any grade, over 5 years", zh_CN="绝经后女性，任何程度，5年内"
)
OFS = Localized(
    en="women before menopause, moderate or worse, in the first year",
    zh_CN="绝经前女性，中度或更重，第1年",
)


def pack_with_frames(pack: ContentPack) -> ContentPack:
    """Return `pack` with 'counted' notes on two cells of the common side effects row."""
    decision = pack.decision(DECISION)
    cells = {ref: dict(by_id) for ref, by_id in decision.cells.items()}
    for ref, note in (("tamoxifen", TAMOXIFEN), ("gnrh-agonist+exemestane", OFS)):
        cell = pack.cell(decision, ref, "common-side-effects")
        assert cell is not None
        cells.setdefault(ref, {})["common-side-effects"] = dataclasses.replace(cell, counted=note)
    changed = dataclasses.replace(decision, cells=cells)
    return dataclasses.replace(pack, decisions={**pack.decisions, DECISION: changed})
