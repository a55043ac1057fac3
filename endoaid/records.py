"""Records: plain frozen dataclasses, checked by pydantic only when data comes from a file.

The content pack, a profile and a session are stdlib dataclasses, so a kept (pickled) pack
and a new session are ready without importing pydantic, which alone takes most of the time
a bare Qt window needs to appear. pydantic checks them where data comes from outside the
program (a pack file, a price book, a session file, a typed profile) through `validate`, and
is imported on the first such call; the app builds its validators once its first page is
up (`prepare`).

Constraints are written in the annotations: `Bound(ge=0, max_len=3, …)` for limits, read by
pydantic as its `annotated_types` limits, and `Check(test)` for a test of our own on one value.
A check that needs several fields of a record lives in its `__post_init__` and raises
ValueError, which pydantic reports at the record's place. Every error leaves this module as
`Invalid` with pydantic's error list, its kinds named as for pydantic models ("missing",
"extra_forbidden").
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Iterable
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, dataclass_transform

T = TypeVar("T")

_KINDS = {
    "missing_keyword_only_argument": "missing",
    "missing_argument": "missing",
    "unexpected_keyword_argument": "extra_forbidden",
    "unexpected_positional_argument": "extra_forbidden",
}
"""pydantic's error kinds for a dataclass -> the same kinds as it names them for a model."""


def one_line(text: object, limit: int = 60) -> str:
    """Return `text` fit for a one-line message: whitespace collapsed, at most `limit` chars."""
    flat = " ".join(str(text).split())
    if not flat:
        return repr(str(text))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def where(loc: tuple[int | str, ...]) -> str:
    """Return an error's place on one line, e.g. 'items.2.price' ('(top)': the record itself).

    A place can hold keys written by a person (a rating's statement id, a price item id):
    each part is shown on one line and shortened, so a message never breaks or floods.
    """
    return ".".join(one_line(part, 30) for part in loc) or "(top)"


class Invalid(ValueError):
    """Data that does not fit a record; `errors` lists every problem (loc, type, msg).

    Each `msg` is one line, without pydantic's "Value error, " (a value quoted in it is
    shortened); `loc` keeps the keys as given.
    """

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        self.errors = errors
        first = errors[0] if errors else {"loc": (), "msg": "invalid"}
        super().__init__(f"{where(first['loc'])}: {first['msg']}")


class Check:
    """Annotation marker: `Annotated[str, Check(test)]` runs `test(value)` after its type.

    `test` returns the value (possibly changed) or raises ValueError with a message for a
    person. pydantic is imported only when a validator is built, not when a record is defined.
    """

    def __init__(self, test: Callable[[Any], Any]) -> None:
        self.test = test

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.test, handler(source))


class Bound:
    """Annotation marker for limits: `Annotated[int, Bound(ge=1, le=60)]`, `Bound(min_len=1)`.

    Read by pydantic as the `annotated_types` limits of the same names (same checks, same
    messages), which are imported only when a validator is built: defining a record with
    `annotated_types` itself costs start-up its import, and that of `typing_extensions`.
    Put it first in `Annotated`, before any `Check`.
    """

    NAMES = ("ge", "gt", "le", "min_len", "max_len")

    def __init__(self, **limits: float) -> None:
        unknown = set(limits) - set(self.NAMES)
        if unknown:
            raise TypeError(f"unknown limits: {sorted(unknown)}")
        self.limits = limits

    def __repr__(self) -> str:
        return "Bound(" + ", ".join(f"{k}={v!r}" for k, v in self.limits.items()) + ")"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        import annotated_types as at

        kinds = {"ge": at.Ge, "gt": at.Gt, "le": at.Le, "min_len": at.MinLen, "max_len": at.MaxLen}
        markers = tuple(kinds[name](value) for name, value in self.limits.items())
        return handler.generate_schema(Annotated[(source, *markers)])


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[T] | None = None, *, frozen: bool = True, kw_only: bool = True) -> Any:
    """Make `cls` a dataclass that refuses unknown keys when validated.

    Keyword-only unless `kw_only=False` (then fields may also be given in order, as with a
    plain dataclass: fields with defaults come last).

    The dataclass machinery only collects the fields: `__init__`, `==`, `repr` and the
    frozen guard are the shared functions below, not code generated and compiled for every
    class (which cost start-up about a millisecond a record). A frozen record can be neither
    changed nor extended after it is made; `dataclasses.replace` makes a changed copy.
    """

    def wrap(cls: type[T]) -> type[T]:
        cls.__pydantic_config__ = {"extra": "forbid"}  # type: ignore[attr-defined]
        made = dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=kw_only)(cls)
        made.__record_fields__ = tuple(  # type: ignore[attr-defined]
            (f.name, f.default, f.default_factory) for f in dataclasses.fields(made)
        )
        shared: dict[str, Any] = {
            "__init__": _init if kw_only else _init_in_order,
            "__repr__": _repr,
            "__eq__": _eq,
            "__hash__": _hash if frozen else None,  # a changeable record is not a dict key
        }
        if frozen:
            shared.update(__setattr__=_frozen, __delattr__=_frozen)
        for name, method in shared.items():
            if name not in cls.__dict__ or (name == "__hash__" and "__eq__" not in cls.__dict__):
                setattr(made, name, method)  # a method the class writes itself is kept
        return made

    return wrap if cls is None else wrap(cls)


_MISSING = dataclasses.MISSING


def _init(self: Any, **values: Any) -> None:
    cls = type(self)
    state = self.__dict__
    for name, default, factory in cls.__record_fields__:
        if name in values:
            state[name] = values.pop(name)
        elif default is not _MISSING:
            state[name] = default
        elif factory is not _MISSING:
            state[name] = factory()
        else:
            raise TypeError(f"{cls.__name__}() needs the keyword argument '{name}'")
    if values:
        raise TypeError(f"{cls.__name__}() got unknown keyword arguments: {sorted(values)}")
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


def _init_in_order(self: Any, *args: Any, **values: Any) -> None:
    fields = type(self).__record_fields__
    if len(args) > len(fields):
        raise TypeError(f"{type(self).__name__}() takes at most {len(fields)} arguments")
    for (name, _default, _factory), value in zip(fields, args, strict=False):
        if name in values:
            raise TypeError(f"{type(self).__name__}() got '{name}' twice")
        values[name] = value
    _init(self, **values)


def _values(value: Any) -> tuple[Any, ...]:
    return tuple(getattr(value, name) for name, _d, _f in type(value).__record_fields__)


def _repr(self: Any) -> str:
    names = (name for name, _d, _f in type(self).__record_fields__)
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
    return f"{type(self).__name__}({inner})"


def _eq(self: Any, other: Any) -> bool:
    if type(other) is not type(self):
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash((type(self), *_values(self)))


def _frozen(self: Any, name: str, *_value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot change '{name}' of a {type(self).__name__}")


def field_names(cls: type) -> tuple[str, ...]:
    """Return the names of a record's fields, in order."""
    return tuple(name for name, _d, _f in cls.__record_fields__)  # type: ignore[attr-defined]


def is_record(value: object) -> bool:
    """Return True for a record instance (not a record class)."""
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _invalid(exc: Any) -> Invalid:
    errors = []
    for error in exc.errors():
        kind = _KINDS.get(error["type"], error["type"])
        message = str(error["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):  # our own checks' words, bare
            message = message.removeprefix(prefix)
        message = one_line(message, 200)
        errors.append({**error, "type": kind, "loc": tuple(error["loc"]), "msg": message})
    return Invalid(errors)


def reason(error: dict[str, Any]) -> str:
    """Return what is wrong as words that follow the place: 'items.0.unit: <reason>'."""
    if error["type"] == "missing":
        return "is required but missing"
    if error["type"] == "extra_forbidden":
        return "is not a known field (a typo?)"
    message = str(error["msg"])
    return message[0].lower() + message[1:] if message else error["type"]


@cache
def _adapter(kind: Any) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(kind)


def validate(kind: type[T], data: Any, *, strict: bool = False) -> T:
    """Return `data` checked and made into `kind` (a record or any type); raise Invalid."""
    from pydantic import ValidationError

    try:
        return _adapter(kind).validate_python(data, strict=strict)
    except ValidationError as exc:
        raise _invalid(exc) from None


def validate_json(kind: type[T], text: str | bytes, *, strict: bool = False) -> T:
    """Return JSON text checked and made into `kind`; raise Invalid."""
    from pydantic import ValidationError

    try:
        return _adapter(kind).validate_json(text, strict=strict)
    except ValidationError as exc:
        raise _invalid(exc) from None


def dump(
    value: Any, *, mode: Literal["python", "json"] = "python", exclude: Iterable[str] = ()
) -> Any:
    """Return a record as plain data (dicts and lists; with mode="json", JSON values)."""
    skip = set(exclude) or None
    return _adapter(type(value)).dump_python(value, mode=mode, exclude=skip)


def dump_json(value: Any, *, indent: int | None = None) -> bytes:
    """Return a record as JSON bytes."""
    return _adapter(type(value)).dump_json(value, indent=indent)


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def validate_field(cls: type, name: str, value: Any) -> Any:
    """Return `value` checked as the field `name` of record `cls`; raise Invalid."""
    types = _field_types(cls)
    if name not in types:
        raise AttributeError(f"{cls.__name__} has no field '{name}'")
    try:
        return validate(types[name], value)
    except Invalid as exc:
        raise Invalid([{**e, "loc": (name, *e["loc"])} for e in exc.errors]) from None


VALIDATOR_MODULES = ("pydantic_core", "pydantic", "pydantic.fields", "pydantic.main")
"""What building the first validator imports, in pieces of at most about 50 ms each (measured
on the project machine), so that the app can import them between a person's clicks."""


def prepare(*classes: type) -> None:
    """Build the validators of these records (and of their fields) now, not on first use."""
    for cls in classes:
        _adapter(cls)
        for kind in _field_types(cls).values():
            _adapter(kind)
