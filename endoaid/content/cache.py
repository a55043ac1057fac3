"""A checked content pack kept between runs, so start-up does not parse and check it again.

Reading the TOML files, validating every record and checking the references takes longer than
everything else the window needs before it can be shown. Once a pack has passed, it is kept in
the user's cache folder with its fingerprint: every byte of every file in the pack, the model
sources and the versions of endoaid, pydantic (its version file, read, not imported) and
Python. A kept pack is used only when that fingerprint is the same, byte for byte, as the
pack's now: any edit to the pack, or any upgrade, misses, so a kept pack is never older than
its files. The day-dependent review warning is not kept; the loader adds it on each load.

The file is a pickle, which only endoaid writes, in a folder only the user can write to; a file
that cannot be read for any reason is ignored (and the pack is loaded from its files), and a
cache folder that cannot be written costs only the time saved. Kiosk mode keeps no cache.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import pickle
import sys
import zlib
from pathlib import Path

from endoaid.content.pack import ContentPack

log = logging.getLogger("endoaid")

FORMAT = b"endoaid-pack-cache 2\n"
"""First line of every cache file (then the fingerprint and the pack); a new layout changes it."""

KEEP = 4
"""How many kept packs stay in the folder (one per pack and version in use)."""


def _model_sources() -> list[Path]:
    """Return the source files of the classes a kept pack is made of, and of its checks.

    A checkout whose models change between two runs without a new version number must not
    read packs kept by the old models. (A frozen app has no sources; its version decides.)
    """
    from endoaid import records
    from endoaid.content import pack, schema

    folder = Path(schema.__file__).parent  # schema.py and the schema_*.py parts it re-exports
    checks = [folder / "checks.py", folder / "claims.py"]  # a pack kept passed these checks
    models = [*sorted(folder.glob("schema*.py")), Path(pack.__file__), Path(records.__file__)]
    return models + checks


def _validator_version() -> bytes:
    """Return pydantic's version file (read, not imported: start-up does without pydantic)."""
    spec = importlib.util.find_spec("pydantic")
    if spec is None or spec.origin is None:
        return b""
    try:
        return (Path(spec.origin).parent / "version.py").read_bytes()
    except OSError:
        return b""


def pack_fingerprint(root: Path) -> bytes:
    """Return everything a kept pack depends on: the pack's files and names, and the software.

    A kept pack is used only when its fingerprint is byte for byte the same as this one
    (compared, not hashed: no collision can pass, and start-up needs no hash library).
    """
    from endoaid import __version__

    parts = [FORMAT]
    for part in (__version__, sys.version):
        parts.append(part.encode("utf-8") + b"\0")
    parts.append(_validator_version())
    for source in _model_sources():
        with contextlib.suppress(OSError):
            parts.append(source.read_bytes())
    for name, path in _pack_files(root):
        with open(path, "rb") as fh:
            data = fh.read()
        parts.append(b"%s\0%d\0" % (name.encode("utf-8"), len(data)))
        parts.append(data)
    return b"".join(parts)


def _pack_files(root: Path) -> list[tuple[str, str]]:
    """Return (name relative to root with '/', full path) of every file under root, sorted.

    os.walk and plain strings: half the time of Path.rglob for the shipped pack's files.
    """
    top = os.path.join(str(root), "")  # ends in the separator: what names are cut after
    found = []
    for folder, _dirs, files in os.walk(top):
        for file_name in files:
            full = os.path.join(folder, file_name)
            found.append((full[len(top) :].replace(os.sep, "/"), full))
    return sorted(found)


class PackCache:
    """The kept copy of one pack in `folder`, if there is one."""

    def __init__(self, folder: Path, root: Path) -> None:
        self.folder = folder
        self.path: Path | None = None
        try:
            self.fingerprint = pack_fingerprint(root)
        except OSError:  # a pack file that cannot be read: the loader will say which
            return
        # A short name for the file; two packs sharing one only replace each other.
        name = f"pack-{zlib.crc32(self.fingerprint):08x}-{len(self.fingerprint)}.pickle"
        self.path = folder / name

    def load(self) -> ContentPack | None:
        """Return the kept pack, or None when there is none or it cannot be used."""
        if self.path is None:
            return None
        try:
            with self.path.open("rb") as fh:
                if fh.readline() != FORMAT:
                    return None
                fingerprint, pack = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:
            log.info("the kept content pack %s could not be read", self.path, exc_info=True)
            return None
        if fingerprint != self.fingerprint:  # another pack or another version kept here
            return None
        return pack if isinstance(pack, ContentPack) else None

    def store(self, pack: ContentPack) -> None:
        """Keep `pack` (written whole, then renamed); a folder that cannot be written is skipped."""
        if self.path is None:
            return
        import tempfile

        temp: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".pack-", dir=self.folder)
            with os.fdopen(handle, "wb") as fh:
                fh.write(FORMAT)
                pickle.dump((self.fingerprint, pack), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, self.path)
            temp = None
            self._prune()
        except (OSError, pickle.PicklingError):
            log.info("the content pack could not be kept in %s", self.folder, exc_info=True)
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)

    def _prune(self) -> None:
        """Remove all but the newest KEEP kept packs."""
        kept = sorted(
            self.folder.glob("pack-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in kept[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()
