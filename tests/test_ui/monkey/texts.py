"""Random text a person might type or paste: words, numbers, Chinese, control characters."""

from __future__ import annotations

import random

SAMPLES = (
    "38",
    "64",
    "0",
    "-1",
    "999",
    "1e9",
    "3.5",
    "12,5",
    "abc",
    "乳腺癌",
    "他莫昔芬",
    "芳香化酶抑制剂",
    "骨质疏松",
    "\t",
    "\n",
    "\r\n",
    "\x00",
    "\x1b",
    "\x7f",
    "\u202e",
    "\ufeff",
    "👩‍⚕️",
    "<b>bold</b>",
    "&amp;",
    "{0}",
    "%s",
    " ",
)


def random_text(rng: random.Random) -> str:
    """Return one to three random samples, sometimes a long run of one character."""
    if rng.random() < 0.05:
        return rng.choice("x中9") * rng.randint(100, 3000)
    return "".join(rng.choice(SAMPLES) for _ in range(rng.randint(1, 3)))
