"""The options of `endoaid predict`: each given once, ranges checked as the record checks them."""

from __future__ import annotations

import argparse


class _Once(argparse.Action):
    """Store an option's value, refusing the same option given twice (one line, exit 2)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        seen: set[str] = namespace.__dict__.setdefault("_given", set())
        if self.dest in seen:
            parser.error(f"{option_string} is given twice; give it once")
        seen.add(self.dest)
        setattr(namespace, self.dest, True if self.nargs == 0 else values)


def _switch(parser: argparse.ArgumentParser, name: str, help_text: str | None = None) -> None:
    parser.add_argument(f"--{name}", action=_Once, nargs=0, default=False, help=help_text)


def add_predict_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of `endoaid predict`; ranges are checked with the record's limits."""
    once = {"action": _Once}
    parser.add_argument("--age", type=int, required=True, help="age at diagnosis, 25-85", **once)
    parser.add_argument(
        "--size", type=float, required=True, help="tumour size in mm, 1-150", **once
    )
    parser.add_argument("--grade", choices=["1", "2", "3", "unknown"], required=True, **once)
    parser.add_argument(
        "--nodes", type=int, required=True, help="positive lymph nodes, 0-50", **once
    )
    parser.add_argument("--er", choices=["pos", "neg"], required=True, help="ER status", **once)
    for marker in ("her2", "ki67", "pr"):
        parser.add_argument(
            f"--{marker}", choices=["pos", "neg", "unknown"], default="unknown", **once
        )
    parser.add_argument(
        "--detected", choices=["screen", "symptoms", "unknown"], default="unknown", **once
    )
    parser.add_argument(
        "--chemo", type=int, choices=[0, 2, 3], default=0, help="chemotherapy generation", **once
    )
    _switch(parser, "trastuzumab", "HER2-positive cancer only")
    _switch(
        parser,
        "bisphosphonates",
        "after menopause only: PREDICT applies their benefit to postmenopausal women",
    )
    _switch(parser, "radiotherapy")
    parser.add_argument(
        "--heart-dose",
        type=float,
        default=None,
        metavar="GY",
        help="her mean heart dose of radiotherapy, 0-25 Gy, if known "
        "(default: the 2 Gy population average behind the model)",
        **once,
    )
    _switch(parser, "smoker", "current smoker")
    parser.add_argument(
        "--years",
        type=_years,
        default=15,
        help="show years up to this one (1-15; default 15)",
        **once,
    )
    parser.add_argument(
        "--from-year",
        type=int,
        choices=[0, 5],
        default=0,
        help="count from diagnosis (0, default) or, for women alive 5 years after diagnosis, "
        "from then (5): stop hormone therapy now or take 5 more years, 1-10 years from now",
        **once,
    )
    parser.add_argument(
        "--json", nargs=0, default=False, help="print JSON instead of a table", **once
    )


def _years(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 15:
        raise argparse.ArgumentTypeError("give a whole number of years from 1 to 15")
    return value
