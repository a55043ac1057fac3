"""Her PREDICT figures in the PDF: `endoaid export --tumour` and a session holding them."""

from __future__ import annotations

from pathlib import Path

import pytest

from endoaid.consultation import save_session
from endoaid.consultation.predict import make_tumour_details, predict, predict_from_five
from tests.test_report.conftest import read_pdf
from tests.test_ui.tumour_helpers import session_with_tumour

TUMOUR = 'age = 58\nsize_mm = 22\ngrade = 2\nnodes = 1\ner = "positive"\n'
LABEL = "PREDICT Breast v3.0, estimated for you"


def _tumour_file(folder: Path, text: str = TUMOUR) -> Path:
    path = folder / "tumour.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_export_with_a_tumour_file_prints_her_figures_caveats_and_sources(export, tmp_path):
    """The PDF names the model, gives both frames of her figures, the caveats and references."""
    out = tmp_path / "her.pdf"
    code, _ = export(
        "-o", str(out), "--decision", "postmenopausal-endocrine", "--menopause", "post",
        "--tumour", str(_tumour_file(tmp_path)),
    )  # fmt: skip
    assert code == 0
    text = " ".join(read_pdf(out)[1])
    result = predict(make_tumour_details(age=58, size_mm=22, grade=2, nodes=1, er="positive"))
    for name, arm in (
        ("No hormone therapy", result.no_endocrine),
        ("5 years of hormone therapy", result.endocrine_5_years),
    ):
        alive = round(arm.at(10)[0])
        assert f"{name}: {alive} alive, {100 - alive} not alive" in text
    assert f"{LABEL}, by 10 years after diagnosis, out of 100 women like you" in text
    assert "They are not a forecast of what will happen to you." in text
    assert "A study in Malaysia" in text and "It does not count ovarian suppression." in text
    assert "Wishart GC" in text and "Wong HS" in text  # the model's numbered references
    assert "Out of 100 women like you" in text  # the trial figures stay beside hers
    assert "Worked out from: Age at diagnosis: 58; Tumour size: 22 mm; Tumour grade: 2;" in text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            TUMOUR.replace("grade = 2", "grade = 4"),
            "Tumour grade must be one of: 1, 2, 3, or unknown (? in a form) when it is not known.",
        ),
        (TUMOUR.replace("age = 58", "age = 90"), "from 25 to 85"),
        (TUMOUR.replace("size_mm = 22", "size_mm = 0"), "from 1 to 150 mm"),
        (TUMOUR.replace("nodes = 1", "nodes = -1"), "from 0 to 50"),
        (TUMOUR.replace('"positive"', '"negative"'), "no hormone-therapy benefit for ER-negative"),
        ("age = [", "is not valid TOML"),
    ],
)
def test_a_bad_tumour_file_is_one_line_exit_2_and_no_pdf(export, tmp_path, capsys, text, words):
    """An impossible value, ER-negative disease or a broken file: one line, exit 2, no file."""
    out = tmp_path / "never.pdf"
    code, err = export(
        "-o", str(out), "--decision", "postmenopausal-endocrine",
        "--tumour", str(_tumour_file(tmp_path, text)), capsys=capsys,
    )  # fmt: skip
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not out.exists()


def test_advanced_disease_with_a_tumour_file_is_refused(export, tmp_path, capsys):
    """PREDICT is for early disease: asking it for advanced disease is refused in one line."""
    out = tmp_path / "never.pdf"
    code, err = export(
        "-o", str(out), "--decision", "advanced-disease", "--setting", "advanced",
        "--tumour", str(_tumour_file(tmp_path)), capsys=capsys,
    )  # fmt: skip
    assert code == 2 and "PREDICT is for early breast cancer" in err
    assert not out.exists()


def test_a_saved_session_with_tumour_details_exports_her_figures_in_chinese(export, tmp_path):
    """A session file holding her details gives her figures, in the session's language."""
    path = tmp_path / "visit.endoaid.json"
    save_session(session_with_tumour("treatment-duration", lang="zh_CN"), path)
    out = tmp_path / "zh.pdf"
    code, _ = export("-o", str(out), "--session", str(path))
    assert code == 0
    text = " ".join(read_pdf(out)[1]).replace(" ", "")
    more = predict_from_five(
        make_tumour_details(age=58, size_mm=22, grade=2, nodes=1, er="positive")
    )
    alive = more.five_more.at(10)[0]
    ten = round(alive)  # (the PDF rounds to whole women; here no group is near a half)
    assert (
        "PREDICTBreastv3.0，为您个人估算，从现在起10年时，每100名与您情况相似、确诊后5年仍在世的女性中"
        in text
    )
    assert f"再用5年（共10年）：{ten}人在世，{100 - ten}人已去世" in text
    assert "不做内分泌治疗" not in text  # she can no longer choose none


def test_a_session_without_tumour_details_prints_no_estimate(export, tmp_path):
    """Without tumour details the PDF is as before: no PREDICT figures, no model references."""
    out = tmp_path / "plain.pdf"
    code, _ = export("-o", str(out), "--decision", "postmenopausal-endocrine")
    assert code == 0
    text = " ".join(read_pdf(out)[1])
    assert "PREDICT" not in text and "Your own estimate" not in text
