"""A checked pack is kept between runs, and never outlives a change to its files."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from pathlib import Path

import pytest

from endoaid.content import PackInvalid, load_pack, loader
from endoaid.content import cache as pack_cache


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("pack-*.pickle"))


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading the pack from its files fail, so only a kept pack can load."""

    def refuse(_root: Path) -> None:
        raise AssertionError("the pack was read from its files")

    monkeypatch.setattr(loader, "_read_and_check", refuse)


def test_second_load_uses_the_kept_pack_and_gives_the_same_content(
    pack_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "cache"
    first = load_pack(pack_copy, cache_dir=folder)
    assert len(_kept(folder)) == 1
    _no_reading(monkeypatch)
    second = load_pack(pack_copy, cache_dir=folder)
    assert second.info == first.info
    assert second.options == first.options
    assert second.decisions == first.decisions
    assert second.citations == first.citations
    assert second.warnings == first.warnings
    decision = second.decision("ovarian-suppression-method")
    assert decision.statement.get("zh_CN") == first.decision(decision.id).statement.get("zh_CN")


def test_an_edited_pack_file_is_read_again(pack_copy: Path, tmp_path: Path):
    folder = tmp_path / "cache"
    assert load_pack(pack_copy, cache_dir=folder).option("tamoxifen").name.en == (
        "Tamoxifen tablets"
    )
    option_file = pack_copy / "options" / "tamoxifen.toml"
    text = option_file.read_text(encoding="utf-8")
    assert 'en = "Tamoxifen tablets"' in text
    option_file.write_text(text.replace('en = "Tamoxifen tablets"', 'en = "Edited name"'), "utf-8")
    again = load_pack(pack_copy, cache_dir=folder)
    assert again.option("tamoxifen").name.en == "Edited name"
    assert len(_kept(folder)) == 2


def test_a_broken_pack_is_refused_every_time_and_never_kept(pack_copy: Path, tmp_path: Path):
    folder = tmp_path / "cache"
    (pack_copy / "sure.toml").write_text("not = [valid", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(PackInvalid, match=r"sure\.toml"):
            load_pack(pack_copy, cache_dir=folder)
    assert _kept(folder) == []


def test_an_unreadable_kept_pack_is_ignored_and_replaced(pack_copy: Path, tmp_path: Path):
    folder = tmp_path / "cache"
    expected = load_pack(pack_copy, cache_dir=folder)
    (kept,) = _kept(folder)
    for garbage in (b"", b"something else\n", pack_cache.FORMAT + b"\x80\x05 truncated"):
        kept.write_bytes(garbage)
        assert load_pack(pack_copy, cache_dir=folder).options == expected.options
        assert kept.read_bytes().startswith(pack_cache.FORMAT)
        assert len(kept.read_bytes()) > 1000


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(
    pack_copy: Path, tmp_path: Path
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    loaded = load_pack(pack_copy, cache_dir=blocker / "cache")
    assert "tamoxifen" in loaded.options
    assert blocker.read_text(encoding="utf-8").startswith("a file")
    assert not list(tmp_path.glob("**/.pack-*"))  # no half-written file left behind


def test_the_review_warning_follows_the_day_not_the_kept_copy(
    pack_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "cache"
    pack_toml = pack_copy / "pack.toml"
    text = pack_toml.read_text(encoding="utf-8")
    for key, day in (("last_reviewed", "2019-01-01"), ("next_review_due", "2020-01-01")):
        found = re.search(rf"^{key} = (\S+)$", text, flags=re.MULTILINE)
        assert found is not None
        text = text.replace(found.group(0), f"{key} = {day}")
    pack_toml.write_text(text, "utf-8")

    def review_warnings(p) -> list:
        return [w for w in p.warnings if w.field == "pack.next_review_due"]

    first = load_pack(pack_copy, cache_dir=folder)
    assert [str(w) for w in review_warnings(first)] == [
        "warning: pack.toml: pack.next_review_due: the content was due for review on 2020-01-01"
    ]
    _no_reading(monkeypatch)
    second = load_pack(pack_copy, cache_dir=folder)
    assert len(review_warnings(second)) == 1  # added once for today, not kept and added again
    assert second.is_past_review(dt.date(2020, 1, 2))
    assert not second.is_past_review(dt.date(2019, 12, 31))


def test_only_the_newest_kept_packs_stay(pack_copy: Path, tmp_path: Path):
    folder = tmp_path / "cache"
    glossary = pack_copy / "glossary.toml"
    original = glossary.read_text(encoding="utf-8")
    for n in range(pack_cache.KEEP + 2):
        glossary.write_text(original + f"\n# edit {n}\n", encoding="utf-8")
        load_pack(pack_copy, cache_dir=folder)
    assert len(_kept(folder)) == pack_cache.KEEP


def test_the_fingerprint_changes_with_any_file_and_with_the_software(
    pack_copy: Path, monkeypatch: pytest.MonkeyPatch
):
    before = pack_cache.pack_fingerprint(pack_copy)
    assert pack_cache.pack_fingerprint(pack_copy) == before
    (pack_copy / "price-books" / "extra.txt").write_text("x", encoding="utf-8")
    with_file = pack_cache.pack_fingerprint(pack_copy)
    assert with_file != before
    (pack_copy / "price-books" / "extra.txt").rename(pack_copy / "extra.txt")
    assert pack_cache.pack_fingerprint(pack_copy) not in (before, with_file)  # names count
    (pack_copy / "extra.txt").rename(pack_copy / "price-books" / "extra.txt")
    assert pack_cache.pack_fingerprint(pack_copy) == with_file
    monkeypatch.setattr("endoaid.__version__", "99.0.0")
    new_version = pack_cache.pack_fingerprint(pack_copy)
    assert new_version != with_file


def test_the_fingerprint_changes_when_the_models_change(
    pack_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A checkout whose schema changed (same version number) does not read old kept packs."""
    schema = tmp_path / "schema.py"
    schema.write_text("class Option: ...\n", encoding="utf-8")
    monkeypatch.setattr(pack_cache, "_model_sources", lambda: [schema])
    before = pack_cache.pack_fingerprint(pack_copy)
    schema.write_text("class Option:\n    new_field: int = 0\n", encoding="utf-8")
    assert pack_cache.pack_fingerprint(pack_copy) != before
    schema.unlink()  # a frozen app has no sources: the fingerprint still works
    assert pack_cache.pack_fingerprint(pack_copy).startswith(pack_cache.FORMAT)


def test_a_kept_pack_is_used_only_when_its_fingerprint_is_the_same_byte_for_byte(
    pack_copy: Path, tmp_path: Path
):
    """A same-size edit of one digit, or another pack filed under the same name, is a miss."""
    folder = tmp_path / "cache"
    kept = load_pack(pack_copy, cache_dir=folder)
    cache = pack_cache.PackCache(folder, pack_copy)
    first = cache.load()
    assert first is not None and first.options == kept.options
    book = next((pack_copy / "price-books").glob("*.toml"))
    text = book.read_text(encoding="utf-8")
    digit = next(c for c in text if c.isdigit())
    other = "1" if digit != "1" else "2"
    book.write_text(text.replace(digit, other, 1), encoding="utf-8")  # same size, one byte
    assert pack_cache.PackCache(folder, pack_copy).load() is None
    book.write_text(text, encoding="utf-8")
    assert cache.path is not None  # the same name holding another fingerprint: not used
    with cache.path.open("wb") as fh:
        fh.write(pack_cache.FORMAT)
        pickle.dump((b"another pack", kept), fh)
    assert pack_cache.PackCache(folder, pack_copy).load() is None


def test_the_fingerprint_reads_every_part_of_the_schema():
    """The schema is split over schema*.py: a change in any part makes kept packs stale."""
    names = {path.name for path in pack_cache._model_sources()}
    assert {"schema.py", "schema_texts.py", "schema_options.py", "schema_decisions.py"} <= names
