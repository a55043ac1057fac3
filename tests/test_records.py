"""Records: frozen dataclasses made without generated code, checked by pydantic on request."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Annotated

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.records import (
    Bound,
    Check,
    Invalid,
    dump,
    field_names,
    one_line,
    record,
    validate,
    validate_field,
    where,
)


def _even(value: int) -> int:
    if value % 2:
        raise ValueError(f"{value} is not even")
    return value


@record
class Dose:
    name: str
    count: Annotated[int, Bound(ge=1, le=10), Check(_even)] = 2
    times: Annotated[list[int], Bound(min_len=1)] = dataclasses.field(default_factory=lambda: [0])
    note: str | None = None

    def __post_init__(self) -> None:
        if self.name == self.note:
            raise ValueError("the note must say more than the name")


@record(frozen=False)
class Draft:
    title: str = ""
    pages: Annotated[int, Bound(ge=0)] = 0


def test_a_record_is_made_with_keywords_defaults_and_fresh_lists():
    """Defaults fill what is not given; each record gets its own default list."""
    first, second = Dose(name="a"), Dose(name="b", count=4)
    assert (first.count, first.times, second.count) == (2, [0], 4)
    first.times.append(7)
    assert second.times == [0]
    assert field_names(Dose) == ("name", "count", "times", "note")


def test_a_record_refuses_missing_and_unknown_keywords_and_runs_its_own_check():
    """Made in code, a record still needs its fields and runs its cross-field check."""
    with pytest.raises(TypeError, match="'name'"):
        Dose()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="colour"):
        Dose(name="a", colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="say more"):
        Dose(name="a", note="a")


def test_a_frozen_record_cannot_change_but_replace_makes_a_copy():
    """Frozen means no field can be set or deleted; dataclasses.replace gives a changed copy."""
    dose = Dose(name="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        dose.count = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del dose.name  # type: ignore[misc]
    changed = dataclasses.replace(dose, count=6)
    assert (changed.count, dose.count) == (6, 2)


def test_equality_hash_repr_pickle_and_copy_follow_the_fields():
    """Two records with the same fields are equal; pickle and deepcopy give an equal record."""
    dose = Dose(name="a", count=4, times=[1, 2])
    assert dose == Dose(name="a", count=4, times=[1, 2])
    assert dose != Dose(name="a", count=6, times=[1, 2])
    assert dose != Draft(title="a")
    assert repr(dose) == "Dose(name='a', count=4, times=[1, 2], note=None)"
    assert pickle.loads(pickle.dumps(dose)) == dose
    assert copy.deepcopy(dose) == dose
    with pytest.raises(TypeError):
        hash(Draft())  # a changeable record is never a dict key


def test_validate_reports_every_problem_with_its_place_and_kind():
    """Limits, own checks, missing and unknown keys come back as one Invalid with each error."""
    with pytest.raises(Invalid) as info:
        validate(Dose, {"count": 11, "times": [], "extra": 1})
    kinds = {(e["loc"], e["type"]) for e in info.value.errors}
    assert kinds == {
        (("name",), "missing"),
        (("count",), "less_than_equal"),
        (("times",), "too_short"),
        (("extra",), "extra_forbidden"),
    }
    with pytest.raises(Invalid, match="3 is not even"):
        validate(Dose, {"name": "a", "count": 3})
    with pytest.raises(Invalid, match="say more"):
        validate(Dose, {"name": "a", "note": "a"})


def test_validate_field_checks_one_value_and_names_the_field():
    """A single field is checked against its own annotation, and the error names it."""
    assert validate_field(Draft, "pages", "12") == 12
    with pytest.raises(Invalid) as info:
        validate_field(Draft, "pages", -1)
    assert info.value.errors[0]["loc"] == ("pages",)
    with pytest.raises(AttributeError):
        validate_field(Draft, "chapters", 1)


@given(
    name=st.text(min_size=1, max_size=10),
    count=st.integers(min_value=1, max_value=5).map(lambda n: n * 2),
    times=st.lists(st.integers(min_value=-1000, max_value=1000), min_size=1, max_size=5),
)
def test_dump_and_validate_give_back_the_same_record(name, count, times):
    """Any valid record survives being written as JSON data and read back."""
    dose = Dose(name=name, count=count, times=times, note=name + "!")
    assert validate(Dose, dump(dose, mode="json")) == dose


@given(st.integers(min_value=-50, max_value=50))
def test_bounds_accept_exactly_their_range(count):
    """Bound(ge=1, le=10) with the even check takes 2, 4, … 10 and refuses every other count."""
    accepted = 1 <= count <= 10 and count % 2 == 0
    try:
        validate(Dose, {"name": "a", "count": count})
    except Invalid:
        assert not accepted
    else:
        assert accepted


def test_bound_refuses_unknown_limits():
    """A misspelt limit is a programming error found when the record is defined."""
    with pytest.raises(TypeError, match="minimum"):
        Bound(minimum=1)


@record(kw_only=False)
class Point:
    x: int
    y: int = 0

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


def test_a_record_in_order_takes_its_fields_by_position_or_keyword():
    """kw_only=False works like a plain dataclass: in order, by name, never twice."""
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2)
    assert Point(3).y == 0 and str(Point(3)) == "(3, 0)"
    assert hash(Point(1, 2)) == hash(Point(x=1, y=2))
    with pytest.raises(TypeError, match="twice"):
        Point(1, x=1)
    with pytest.raises(TypeError, match="at most 2"):
        Point(1, 2, 3)


@given(st.text(max_size=300), st.integers(min_value=5, max_value=80))
def test_one_line_is_one_short_line(text, limit):
    """Whatever was typed, the shown text has no line break and keeps within its limit."""
    shown = one_line(text, limit)
    assert "\n" not in shown and "\r" not in shown
    assert 0 < len(shown) <= max(limit, len(repr(text)))
    if text.split() and len(" ".join(text.split())) <= limit:
        assert shown == " ".join(text.split())


def test_where_names_the_place_on_one_line():
    """Nested places join with dots; a typed key with a line break stays on the line."""
    assert where(("items", 2, "price")) == "items.2.price"
    assert where(()) == "(top)"
    assert where(("ratings", "fewer\nvisits")) == "ratings.fewer visits"
    assert "\n" not in where(("ratings", "\n"))


def test_every_record_of_the_content_and_consultation_layers_says_what_it_is():
    """A record without a docstring gets one made from its signature, which costs start-up
    some 2 ms for the content schema alone (inspect.signature on every such class)."""
    import importlib
    import inspect
    import pkgutil

    import endoaid.consultation
    import endoaid.content

    undocumented = []
    for package in (endoaid.content, endoaid.consultation):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if not (inspect.isclass(value) and dataclasses.is_dataclass(value)):
                    continue
                if value.__module__ == module.__name__ and (
                    not value.__doc__ or value.__doc__.startswith(f"{name}(")
                ):
                    undocumented.append(f"{module.__name__}.{name}")
    assert undocumented == []
