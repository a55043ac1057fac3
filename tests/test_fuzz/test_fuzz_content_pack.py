"""A content pack with one broken file: every problem listed in one line each, or the pack loads."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from endoaid.cli import main
from endoaid.content import ContentPack, PackInvalid, load_pack
from endoaid.resources import content_dir
from tests.test_fuzz.mutations import mutated
from tests.test_fuzz.verdict import SECONDS, fuzz_settings, listing

FILES = sorted(str(p.relative_to(content_dir())) for p in content_dir().rglob("*.toml"))
FUZZ = fuzz_settings(40)
LONGEST_LINE = 2000
"""A problem names the value it refuses; a 10 MB value must not become a 10 MB line."""


@pytest.fixture(scope="module")
def pack_folder() -> Iterator[Path]:
    """One copy of the shipped pack for the whole module (each example restores its file)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "content"
        shutil.copytree(content_dir(), target)
        yield target


@st.composite
def one_broken_file(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(FILES))
    _kind, raw = draw(mutated((content_dir() / name).read_bytes(), "toml"))
    return name, raw


def check_pack(folder: Path) -> None:
    """Load the pack at `folder`: a pack, or PackInvalid whose problems are short lines."""
    before = listing(folder)
    started = time.perf_counter()
    try:
        assert isinstance(load_pack(folder), ContentPack)
    except PackInvalid as exc:
        assert exc.problems
        for problem in exc.problems:
            line = str(problem)
            assert "\n" not in line and "Traceback" not in line, line[:200]
            assert len(line) <= LONGEST_LINE, line[:200]
    seconds = time.perf_counter() - started
    assert seconds < SECONDS, f"took {seconds:.1f} s"
    assert listing(folder) == before, "the pack folder changed"


@FUZZ
@given(one_broken_file())
def test_a_pack_with_one_broken_file_lists_its_problems_or_loads(pack_folder, case):
    """Flipped, cut, retyped, huge, deep, re-encoded or doubled: problems in lines, or a pack."""
    name, raw = case
    path = pack_folder / name
    original = path.read_bytes()
    path.write_bytes(raw)
    try:
        check_pack(pack_folder)
    finally:
        path.write_bytes(original)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"x = " + b"[" * 10_000 + b"]" * 10_000,
        "标题 = '中文'".encode("utf-16"),
        b'id = "a"\nid = "b"\n',
    ],
    ids=["empty", "deep", "utf-16", "twice"],
)
def test_endoaid_content_check_refuses_a_broken_pack_with_exit_2(pack_copy, capsys, raw):
    """`endoaid content check PATH`: exit 2, one line per problem on stderr, no traceback."""
    (pack_copy / "glossary.toml").write_bytes(raw)
    code = main(["content", "check", str(pack_copy)])
    err = capsys.readouterr().err
    assert code == 2
    assert "glossary.toml" in err and "Traceback" not in err
    assert err.strip().splitlines()[-1].endswith("problem(s) found.")


def test_a_content_file_over_1_mb_is_refused_quickly_in_one_short_line(pack_copy):
    """A 10 MB id is not checked for minutes nor echoed: one short problem, under 2 s."""
    path = pack_copy / "attributes.toml"
    path.write_bytes(path.read_bytes().replace(b'id = "', b'id = "' + b"x" * 10_000_000, 1))
    started = time.perf_counter()
    with pytest.raises(PackInvalid) as caught:
        load_pack(pack_copy)
    assert time.perf_counter() - started < SECONDS
    assert [str(p) for p in caught.value.problems if "attributes.toml" in str(p)] == [
        "attributes.toml: file is too large (over 1 MB) for a content file"
    ]
