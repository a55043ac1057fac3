"""Lets `python -m endoaid` behave like the `endoaid` command."""

from __future__ import annotations

from endoaid.cli import run

run()
