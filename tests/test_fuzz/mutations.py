"""Hypothesis strategies that break a valid file the way disks, editors and people do.

Each mutation starts from the bytes of a file the app ships or saves: flipped bytes, a cut,
a value of the wrong type, a huge string (10 MB), deep nesting (10,000 levels), another
encoding (UTF-16, a BOM, GB18030, Latin-1) or a key written twice.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import strategies as st

HUGE = 10_000_000
DEEP = 10_000
KINDS = ("flip", "truncate", "wrong_type", "huge", "deep", "encoding", "duplicate", "junk")
TOML_VALUES = ("true", "[]", "{}", "1.5", "-1", '"x"', "1979-05-27", '"中文"', "nan", "inf", '""')
TOML_KEY_LINE = re.compile(rb"^([A-Za-z0-9_\-]+\s*=\s*)(.+)$", re.MULTILINE)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def flip(draw: st.DrawFn, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 8))):
        index = draw(st.integers(0, len(data) - 1))
        data[index] ^= draw(st.integers(1, 255))
    return bytes(data)


def truncate(draw: st.DrawFn, raw: bytes) -> bytes:
    return raw[: draw(st.integers(0, len(raw) - 1))]


def encoding(draw: st.DrawFn, raw: bytes) -> bytes:
    text = raw.decode("utf-8")
    name = draw(
        st.sampled_from(("utf-16", "utf-16-be", "utf-32", "utf-8-sig", "gb18030", "latin-1"))
    )
    return text.encode(name, errors="replace")


def junk(draw: st.DrawFn, raw: bytes) -> bytes:
    return draw(st.sampled_from((b"", b"\x00" * 64, b"\xff\xfe\x00", b"null", b"[]", b"{}", b"0")))


def mutate_json(draw: st.DrawFn, raw: bytes, kind: str) -> bytes:
    """Return `raw` (a JSON object) broken in the way `kind` names."""
    if kind in ("flip", "truncate", "encoding", "junk"):
        return globals()[kind](draw, raw)
    data: dict[str, Any] = json.loads(raw)
    key = draw(st.sampled_from(sorted(data)))
    if kind == "wrong_type":
        data[key] = draw(json_values)
    elif kind == "huge":
        data[key] = draw(st.sampled_from(("x", "中", "\u202e"))) * HUGE
    elif kind == "deep":
        text = json.dumps(data)
        marker = json.dumps({key: data[key]})[1:-1]
        depth = draw(st.sampled_from((DEEP, 900, 150)))
        nested = draw(st.sampled_from(("[", '{"a":')))
        closing = "]" if nested == "[" else "}"
        return text.replace(
            marker, f'"{key}": ' + nested * depth + "1" + closing * depth, 1
        ).encode()
    elif kind == "duplicate":
        other = draw(json_values)
        return (b'{"%s": %s, ' % (key.encode(), json.dumps(other).encode())) + raw.lstrip()[1:]
    return json.dumps(data, ensure_ascii=draw(st.booleans())).encode()


def mutate_toml(draw: st.DrawFn, raw: bytes, kind: str) -> bytes:
    """Return `raw` (a TOML document) broken in the way `kind` names."""
    if kind in ("flip", "truncate", "encoding", "junk"):
        return globals()[kind](draw, raw)
    lines = list(TOML_KEY_LINE.finditer(raw))
    line = draw(st.sampled_from(lines))
    start, end = line.span()
    if kind == "wrong_type":
        value = draw(st.sampled_from(TOML_VALUES)).encode()
        return raw[:start] + line.group(1) + value + raw[end:]
    if kind == "huge":
        value = ('"' + draw(st.sampled_from(("x", "中"))) * HUGE + '"').encode()
        return raw[:start] + line.group(1) + value + raw[end:]
    if kind == "deep":
        depth = draw(st.sampled_from((DEEP, 900, 150)))
        nested = draw(st.sampled_from(("[", "{a=")))
        closing = "]" if nested == "[" else "}"
        value = (nested * depth + "1" + closing * depth).encode()
        return raw[:start] + line.group(1) + value + raw[end:]
    # duplicate: the same key written twice (TOML forbids it)
    return raw[:end] + b"\n" + line.group(0) + raw[end:]


@st.composite
def mutated(draw: st.DrawFn, raw: bytes, syntax: str) -> tuple[str, bytes]:
    """Return (kind, bytes): `raw` broken by one drawn mutation; syntax is 'json' or 'toml'."""
    kind = draw(st.sampled_from(KINDS))
    mutate = mutate_json if syntax == "json" else mutate_toml
    return kind, mutate(draw, raw, kind)
