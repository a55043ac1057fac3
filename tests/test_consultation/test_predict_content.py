"""PREDICT's label, population and caveats come from the content pack, in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from endoaid.consultation.predict import MODEL_NAME
from endoaid.content import PackInvalid, load_pack
from endoaid.content.loader import load_predict_model
from endoaid.resources import content_dir


def test_shipped_pack_names_the_model_version() -> None:
    """The pack's PREDICT version is the model's, and its label shows it in both languages."""
    model = load_predict_model()
    assert model.version == MODEL_NAME
    assert model.label.get("en") == "PREDICT Breast v3.0, estimated for you"
    assert MODEL_NAME in model.label.get("zh_CN")


def test_caveats_cover_population_ovarian_suppression_and_estimate() -> None:
    """The caveats say where it was built, what it leaves out, and that it is an estimate."""
    model = load_predict_model()
    ids = {caveat.id for caveat in model.caveats}
    assert {"estimate-not-forecast", "built-in-the-uk", "not-ovarian-suppression"} <= ids
    built = next(c for c in model.caveats if c.id == "built-in-the-uk")
    assert "wong-2015" in built.citations
    assert "ovarian suppression" in next(
        c for c in model.caveats if c.id == "not-ovarian-suppression"
    ).text.get("en")


def test_whole_pack_check_reads_predict(pack_copy: Path) -> None:
    """`load_pack` checks predict.toml: a missing translation or citation is a problem."""
    path = pack_copy / "predict.toml"
    text = path.read_text(encoding="utf-8").replace('"wong-2015"]', '"nobody-2099"]')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackInvalid) as info:
        load_pack(pack_copy)
    assert any("nobody-2099" in str(problem) for problem in info.value.problems)


def test_a_broken_predict_file_is_refused(tmp_path: Path) -> None:
    """A predict.toml without its label is refused, naming the field."""
    folder = tmp_path / "content"
    shutil.copytree(content_dir(), folder)
    path = folder / "predict.toml"
    path.write_text(
        "\n".join(line for line in path.read_text("utf-8").splitlines() if "label" not in line),
        encoding="utf-8",
    )
    with pytest.raises(PackInvalid) as info:
        load_predict_model(folder)
    assert any(problem.field == "label" for problem in info.value.problems)
