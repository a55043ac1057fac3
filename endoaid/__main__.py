"""Lets `python -m endoaid` behave like the `endoaid` command."""

from __future__ import annotations

import sys

from endoaid.cli import main

sys.exit(main())
