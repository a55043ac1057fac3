"""Writes a copy of the AppStream metainfo with a <releases> entry for the package's version.

The version is read from the installed package (importlib.metadata), so it is typed in one
place only: pyproject.toml. Usage: python stamp_metainfo.py OUT.xml [VERSION [YYYY-MM-DD]]
"""

from __future__ import annotations

import datetime
import sys
from importlib import metadata
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import quoteattr

SOURCE = Path(__file__).resolve().parent / "io.github.endoaid.Endoaid.metainfo.xml"


def stamped(source_text: str, version: str, released: datetime.date) -> str:
    """Return the metainfo text with one <release> for this version inserted."""
    if ElementTree.fromstring(source_text.encode("utf-8")).find("releases") is not None:
        raise ValueError("the metainfo source must not list releases: build.sh adds them")
    entry = (
        "  <releases>\n"
        f"    <release version={quoteattr(version)} date={quoteattr(released.isoformat())}/>\n"
        "  </releases>\n"
    )
    head, tail = source_text.rsplit("</component>", 1)
    return f"{head}{entry}</component>{tail}"


def main(argv: list[str]) -> int:
    """Write the stamped copy; return the exit code."""
    if not argv:
        print("usage: stamp_metainfo.py OUT.xml [VERSION [YYYY-MM-DD]]", file=sys.stderr)
        return 2
    out = Path(argv[0])
    version = argv[1] if len(argv) > 1 else metadata.version("endoaid")
    released = datetime.date.fromisoformat(argv[2]) if len(argv) > 2 else datetime.date.today()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(stamped(SOURCE.read_text(encoding="utf-8"), version, released), "utf-8")
    print(f"wrote {out} (release {version}, {released.isoformat()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
