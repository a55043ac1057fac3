"""Reads a content pack folder of TOML files into validated models, collecting every problem."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from endoaid.content.checks import check_references, review_problems
from endoaid.content.claims import check_claims
from endoaid.content.pack import ContentPack, PackInvalid, Problem
from endoaid.content.schema import (
    Attribute,
    Citation,
    Decision,
    Explainer,
    GlossaryTerm,
    Option,
    PackInfo,
    PredictModel,
    PriceBook,
    Rule,
    SureTest,
)
from endoaid.content.signoff import FILE_NAME, ClinicalReview, read_review
from endoaid.records import Invalid, reason, validate, where

M = TypeVar("M")

REQUIRED_FILES = (
    "pack.toml",
    "citations.toml",
    "glossary.toml",
    "attributes.toml",
    "rules.toml",
    "sure.toml",
    "explainer.toml",
)


MAX_FILE_BYTES = 1_000_000
"""The largest content file read: the biggest shipped one is about 22 kB."""


class _Reader:
    """Reads files of one pack, remembering each problem instead of stopping at the first."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def toml(self, path: Path) -> dict[str, Any] | None:
        import tomllib  # here: a kept pack is used without parsing any TOML

        if not path.is_file():
            self.problems.append(Problem(self.rel(path), "", "file is missing"))
            return None
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
            if len(raw) > MAX_FILE_BYTES:  # checking 10 MB of text took minutes, not seconds
                self.problems.append(
                    Problem(self.rel(path), "", "file is too large (over 1 MB) for a content file")
                )
                return None
            return tomllib.loads(raw.decode("utf-8"))
        except tomllib.TOMLDecodeError as exc:
            self.problems.append(Problem(self.rel(path), "", f"invalid TOML: {exc}"))
        except RecursionError:  # tomllib recurses once per nested array or table
            self.problems.append(Problem(self.rel(path), "", "invalid TOML: nested too deeply"))
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(Problem(self.rel(path), "", f"cannot be read: {exc}"))
        return None

    def model(self, model: type[M], data: Any, path: Path, prefix: str = "") -> M | None:
        try:
            return validate(model, data)
        except Invalid as exc:
            for error in exc.errors:
                loc = ((prefix,) if prefix else ()) + tuple(error["loc"])
                self.problems.append(Problem(self.rel(path), where(loc), reason(error)))
        return None

    def file(self, model: type[M], path: Path) -> M | None:
        """Read one TOML file as `model`; None (and the problem noted) when it is unusable."""
        data = self.toml(path)
        return self.model(model, data, path) if data is not None else None

    def table_list(self, model: type[M], path: Path, key: str) -> list[M]:
        data = self.toml(path)
        if data is None:
            return []
        rows = data.get(key)
        if not isinstance(rows, list):
            self.problems.append(Problem(self.rel(path), key, "must be a list of tables"))
            return []
        out = []
        for i, row in enumerate(rows):
            item = self.model(model, row, path, prefix=f"{key}.{i}")
            if item is not None:
                out.append(item)
        return out

    def folder(self, model: type[M], sub: str) -> dict[str, M]:
        folder = self.root / sub
        out: dict[str, M] = {}
        if not folder.is_dir():
            self.problems.append(Problem(sub, "", "folder is missing"))
            return out
        for path in sorted(folder.glob("*.toml")):
            data = self.toml(path)
            if data is None:
                continue
            item = self.model(model, data, path)
            if item is None:
                continue
            item_id = getattr(item, "id")  # noqa: B009 - every folder model has an id
            if item_id != path.stem:
                self.problems.append(
                    Problem(self.rel(path), "id", f"'{item_id}' must match the file name")
                )
            out[item_id] = item
        return out


def _listing_order(decision_id: str, decision: Decision) -> tuple[bool, int, str]:
    """Sort key: by position; decisions without one last, by id."""
    return (decision.position is None, decision.position or 0, decision_id)


def load_pack(path: Path | str | None = None, *, cache_dir: Path | None = None) -> ContentPack:
    """Load and check the pack at `path` (default: the shipped one); raise PackInvalid.

    With `cache_dir`, a pack that passed before is taken from there when none of its files
    changed (see `endoaid.content.cache`), and a newly checked one is kept there.
    """
    if path is None:
        from endoaid.resources import content_dir

        path = content_dir()
    root = Path(path)
    if not root.is_dir():
        raise PackInvalid([Problem(str(root), "", "is not a folder with a content pack")])
    if cache_dir is None:
        pack = _read_and_check(root)
    else:
        from endoaid.content.cache import PackCache

        cache = PackCache(Path(cache_dir), root)
        kept = cache.load()
        if kept is None:
            pack = _read_and_check(root)
            cache.store(pack)
        else:
            pack = kept
    review, unusable = read_review(root)
    return replace(
        pack,
        review=review,
        warnings=pack.warnings + review_problems(pack) + sign_off_problems(review, unusable),
    )


def _read_and_check(root: Path) -> ContentPack:
    """Read every file of the pack at `root`, validate and cross-check it; raise PackInvalid."""
    reader = _Reader(root)
    info_data = reader.toml(root / "pack.toml")
    info = None
    if info_data is not None:
        info = reader.model(PackInfo, info_data.get("pack", {}), root / "pack.toml", "pack")
    citations = reader.table_list(Citation, root / "citations.toml", "citations")
    glossary = reader.table_list(GlossaryTerm, root / "glossary.toml", "terms")
    attributes = reader.table_list(Attribute, root / "attributes.toml", "attributes")
    rules = reader.table_list(Rule, root / "rules.toml", "rules")
    sure_data = reader.toml(root / "sure.toml")
    sure = reader.model(SureTest, sure_data, root / "sure.toml") if sure_data else None
    ex_data = reader.toml(root / "explainer.toml")
    explainer = reader.model(Explainer, ex_data, root / "explainer.toml") if ex_data else None
    options = reader.folder(Option, "options")
    decisions = reader.folder(Decision, "decisions")
    decisions = dict(sorted(decisions.items(), key=lambda item: _listing_order(*item)))
    price_books = reader.folder(PriceBook, "price-books")
    predict = None
    if (root / "predict.toml").is_file():  # optional: a pack may leave the personal estimate out
        predict = reader.file(PredictModel, root / "predict.toml")

    problems = reader.problems
    if info is None or sure is None or explainer is None:
        raise PackInvalid(problems or [Problem("pack.toml", "", "pack could not be read")])
    pack = ContentPack(
        info=info,
        citations={c.id: c for c in citations},
        glossary=glossary,
        attributes=attributes,
        rules=rules,
        sure=sure,
        explainer=explainer,
        options=options,
        decisions=decisions,
        price_books=price_books,
        predict=predict,
    )
    problems = problems + check_references(pack, citations_in_order=citations)
    problems = problems + check_claims(pack)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise PackInvalid(problems)
    return replace(pack, warnings=problems)


def sign_off_problems(review: ClinicalReview | None, unusable: str | None) -> list[Problem]:
    """Return the warning that the sign-off cannot be used or the pack changed after it."""
    if unusable is not None:
        return [
            Problem(FILE_NAME, "", f"{unusable}; the pack counts as not yet reviewed", "warning")
        ]
    if review is not None and not review.current:
        day = review.sign_off.date.isoformat()
        message = f"the pack changed after it was signed off on {day}: sign it off again"
        return [Problem(FILE_NAME, "", message, "warning")]
    return []


def load_predict_model(path: Path | str | None = None) -> PredictModel:
    """Return the PREDICT label and caveats of the pack at `path` (default: the shipped one).

    Reads predict.toml alone, for a command that needs no other content; raise PackInvalid.
    Its citations are checked with the whole pack by `load_pack` (`endoaid content check`).
    """
    if path is None:
        from endoaid.resources import content_dir

        path = content_dir()
    root = Path(path)
    reader = _Reader(root)
    model = reader.file(PredictModel, root / "predict.toml")
    if model is None:
        raise PackInvalid(reader.problems)
    return model
