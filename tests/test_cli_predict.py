"""`endoaid predict`: the table or JSON of PREDICT's estimate; bad input is one line, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from endoaid.cli import main

BASE = ["predict", "--age", "45", "--size", "22", "--grade", "2", "--nodes", "1", "--er", "pos"]


def _with(args: list[str]) -> list[str]:
    """Return BASE with the options in `args` replacing its own (a repeated option is refused)."""
    given = {arg for arg in args if arg.startswith("--")}
    kept: list[str] = []
    for option, value in zip(BASE[1::2], BASE[2::2], strict=True):
        if option not in given:
            kept += [option, value]
    return [BASE[0], *kept, *args]


def test_table_shows_label_years_arms_and_caveat(capsys) -> None:
    """The table has the label, years 1, 5, 10, 15, the three arms and the one-line caveat."""
    code = main(
        [*BASE, "--her2", "neg", "--ki67", "unknown", "--detected", "symptoms", "--chemo", "3"]
    )
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "PREDICT Breast v3.0, estimated for you"
    rows = [line.split() for line in lines if line[:4].strip().isdigit()]
    assert sorted({int(row[0]) for row in rows}) == [1, 5, 10, 15]
    assert len(rows) == 12
    ten = [row for row in rows if row[0] == "10"]
    assert [" ".join(row[1:-3]) for row in ten] == ["none", "5 years", "10 years"]
    assert ten[1][-3:] == ["88.8", "8.0", "3.2"]  # R/benefits30.R at 4a2ecdc
    assert "UK records" in out
    # each row is the whole 100 women, off by at most the rounding the table says it does
    assert all(abs(sum(float(x) for x in row[-3:]) - 100) < 0.151 for row in rows)
    assert "rounded to one decimal, so a row may add up to 99.9 or 100.1" in out


def test_years_limits_the_table(capsys) -> None:
    """--years 7 shows years 1, 5 and 7."""
    assert main([*BASE, "--years", "7"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert sorted({int(r[0]) for r in rows if r and r[0].isdigit()}) == [1, 5, 7]


def test_json_gives_every_arm_and_adds_up_to_100(capsys) -> None:
    """--json prints the model, label, inputs and per-arm figures that make 100 women."""
    assert main([*BASE, "--pr", "pos", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model"] == "PREDICT Breast v3.0"
    assert data["inputs"]["pr"] == "positive"
    assert set(data["arms"]) == {"none", "five_years", "ten_years"}
    for rows in data["arms"].values():
        assert [row["year"] for row in rows] == [1, 5, 10, 15]
        for row in rows:
            total = row["alive"] + row["breast_cancer_deaths"] + row["other_deaths"]
            assert total == pytest.approx(100, abs=0.01)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--age", "90"], "--age: Age at diagnosis must be a whole number of years from 25 to 85."),
        (["--size", "0"], "--size: Tumour size must be from 1 to 150 mm."),
        (["--nodes", "-1"], "--nodes: Number of positive lymph nodes must be"),
        (
            ["--er", "neg"],
            "--er: PREDICT gives no hormone-therapy benefit for ER-negative disease.",
        ),
        (["--trastuzumab"], "--trastuzumab: Trastuzumab is modelled only for HER2-positive"),
    ],
)
def test_out_of_range_input_is_one_line_exit_2(args, words, capsys) -> None:
    """A value the model cannot use gives one line naming the option, exit 2, no number."""
    assert main(_with(args)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert words in err and "\n" not in err


@pytest.mark.parametrize("args", [["--grade", "4"], ["--years", "16"], ["--chemo", "1"]])
def test_bad_choices_are_usage_errors(args, capsys) -> None:
    """A grade, chemotherapy generation or year the options do not offer: one line, exit 2."""
    with pytest.raises(SystemExit) as info:
        main(_with(args))
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err


def test_predict_runs_as_a_command() -> None:
    """`python -m endoaid predict` prints the table and exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "endoaid", *BASE], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("PREDICT Breast v3.0, estimated for you")


def test_the_model_is_not_loaded_until_needed() -> None:
    """Building the command line and the first window's plain modules loads no PREDICT code.

    Only the input record and its messages are there: a session holds her tumour details.
    """
    code = (
        "import sys, endoaid.cli\n"
        "LIGHT = {'endoaid.consultation.predict', 'endoaid.consultation.predict.inputs',\n"
        "         'endoaid.consultation.predict.messages'}\n"
        "endoaid.cli.build_parser()\n"
        "from endoaid.ui.app.application import PLAIN_MODULES, import_plain_modules\n"
        "import_plain_modules()\n"
        "loaded = [m for m in sys.modules if ('predict' in m or 'personal' in m)\n"
        "          and m not in LIGHT]\n"
        "assert not loaded, loaded\n"
        "assert not [m for m in PLAIN_MODULES if 'predict' in m]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _run(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "endoaid", "predict", *options],
        capture_output=True,
        text=True,
        check=False,
    )


HER = ("--age", "60", "--size", "22", "--grade", "2", "--nodes", "1", "--er", "pos")


def test_from_year_5_prints_her_table_from_where_she_stands() -> None:
    """--from-year 5: women alive 5 years after diagnosis, stop now or 5 more, years from now."""
    result = _run(*HER, "--from-year", "5")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "alive 5 years after diagnosis, counted from now" in out
    assert "Years from now" in out and "stop now" in out and "5 more years" in out
    assert "none" not in out.split("Years from now")[1].split("Breast cancer and")[0]
    rows = [line.split() for line in out.splitlines() if line.strip()[:2].strip().isdigit()]
    assert sorted({int(row[0]) for row in rows}) == [1, 5, 10]
    assert "In PREDICT, the extra benefit of 10 years shows only after year 10" in out


def test_a_repeated_option_is_refused_in_one_line() -> None:
    """--age 45 --age 50: one line naming the option, exit 2, no table."""
    for twice in (("--age", "45"), ("--smoker",)):
        result = _run(*HER, *twice, *twice)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "given twice" in result.stderr


def test_grade_not_known_and_heart_dose_are_accepted_within_the_references_range() -> None:
    """Grade 'unknown' gives a table; a heart dose over 25 Gy is refused on --heart-dose."""
    unknown = _run(
        "--age", "60", "--size", "22", "--grade", "unknown", "--nodes", "1", "--er", "pos"
    )
    assert unknown.returncode == 0, unknown.stderr
    high = _run(*HER, "--radiotherapy", "--heart-dose", "30")
    assert high.returncode == 2 and high.stderr.startswith("endoaid: --heart-dose:")
    assert "from 0 to 25 Gy" in high.stderr


def test_help_says_bisphosphonates_are_for_after_menopause() -> None:
    """--help and the caveats under the table both say it."""
    helped = _run("--help")
    assert "after menopause only" in " ".join(helped.stdout.split())
    assert "only after the change of life (menopause)" in _run(*HER).stdout
