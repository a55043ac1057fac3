"""Builds resources/fonts/EndoaidSansSC-Regular.otf: a GB2312 subset of Noto Sans CJK SC.

Why a subset: Qt's PDF writer maps each glyph back to the first code point that uses it, and the
full Noto CJK font shares glyphs between the radical blocks and the ideographs, so 一 extracts as
U+2F00. Leaving the radical and compatibility blocks out makes extraction exact and the file small.

Needs fontTools (a build-time tool only, not a runtime dependency) and Debian's fonts-noto-cjk:

    apt-get install -y fonts-noto-cjk
    /work/venv/bin/pip install fonttools
    /work/venv/bin/python tools/build_cjk_font.py
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
NOTO = Path("/usr/share/fonts/opentype/noto")
FONTS = REPO / "resources" / "fonts"
FAMILY = "endoaid Sans SC"
# A real bold face: Qt's synthetic bold draws text twice, so PDF headings would extract twice.
STYLES = ("Regular", "Bold")

# Blocks that share glyphs with the ideographs and would win in Qt's ToUnicode map.
EXCLUDED = [
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
    # Code points that share a glyph with a more common one and would be extracted in its place:
    (0x2012, 0x2012),  # figure dash: would turn every en dash – into ‒
    (0x2027, 0x2027),  # hyphenation point (shares the middle dot ·)
    (0x2035, 0x2035),  # reversed prime (shares the full-width grave)
    (0x301C, 0x301C),  # wave dash: would turn the full-width tilde ～ into 〜
    (0x30FB, 0x30FB),  # katakana middle dot (shares ·)
]
# Latin, digits, Western and full-width punctuation, currency signs, arrows and maths used in text.
EXTRA_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x017F),  # Latin-1 and Latin Extended-A (£ ¥ € accents, ×, ÷, °, ±)
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x203A),  # per mille, primes, angle quotes
    (0x20A0, 0x20BF),  # currency signs (€)
    (0x2116, 0x2122),  # № ™
    (0x2190, 0x2199),  # arrows
    (0x2212, 0x2212),  # minus sign
    (0x2264, 0x2265),  # ≤ ≥
    (0x2460, 0x2473),  # circled numbers
    (0x25A0, 0x25CF),  # squares and circles for lists
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF01, 0xFF5E),  # full-width forms
    (0xFFE0, 0xFFE6),  # full-width currency signs
]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def gb2312_code_points() -> set[int]:
    """Return every character of the GB2312 national standard."""
    found: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def extra_text_code_points(paths: list[Path]) -> set[int]:
    """Return the CJK characters used in the given text files (content, terms, translations)."""
    found: set[int] = set()
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        for file in files:
            if file.suffix in {".toml", ".md", ".ts", ".py"} and file.is_file():
                found.update(ord(c) for c in CJK.findall(file.read_text(encoding="utf-8")))
    return found


def wanted_code_points(extra_paths: list[Path]) -> set[int]:
    """Return the code points the shipped font keeps."""
    wanted = gb2312_code_points() | extra_text_code_points(extra_paths)
    for first, last in EXTRA_RANGES:
        wanted.update(range(first, last + 1))
    for first, last in EXCLUDED:
        wanted.difference_update(range(first, last + 1))
    return wanted


def build(source: Path, target: Path, style: str, extra_paths: list[Path]) -> None:
    """Subset the Simplified Chinese face of the collection and rename its family."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    options = subset.Options()
    # No GSUB: Noto's contextual digit substitutions leave digits without a ToUnicode entry in
    # Qt's PDFs ("2.5" extracts as control characters), and vertical/regional forms are unused.
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted_code_points(extra_paths) & set(font.getBestCmap())))
    subsetter.subset(font)
    rename(font, style)
    add_tab_glyph(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))


def add_tab_glyph(font: Any) -> bool:
    """Give the tab character its own blank glyph, as wide as a space; return True if added.

    A font without U+0009 gets Qt's fallback: the space glyph. Qt's PDF writer then names the
    space glyph's character as the lowest code point that reaches it, U+0009, so every space
    between words extracted from our PDFs as a tab. With a glyph of its own for the tab, the
    space glyph is reached by U+0020 (and U+00A0) alone.
    """
    cmap = font.getBestCmap()
    space = cmap[0x20]
    if cmap.get(0x09) not in (None, space):
        return False
    metrics = [font[tag] for tag in ("hmtx", "vmtx") if tag in font]  # read before numGlyphs grows
    order = font.getGlyphOrder()
    top = font["CFF "].cff.topDictIndex[0]
    cids = [int(name[3:]) for name in order if name.startswith("cid")]
    name = f"cid{max(cids, default=0) + 1:05d}"  # a CID the font does not use yet
    strings = top.CharStrings
    blank = copy.deepcopy(strings[space])  # the space's outline (none) and width
    strings.charStringsIndex.append(blank)
    strings.charStrings[name] = len(strings.charStringsIndex) - 1
    top.FDSelect.append(top.FDSelect[order.index(space)])
    new_order = [*order, name]
    top.charset = new_order
    top.numGlyphs = len(new_order)
    font.setGlyphOrder(new_order)
    font["maxp"].numGlyphs = len(new_order)
    for table in metrics:
        table[name] = table[space]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0x09] = name
    return True


def patch_existing(folder: Path) -> None:
    """Apply add_tab_glyph to fonts already built (no Noto collection needed)."""
    from fontTools.ttLib import TTFont

    for style in STYLES:
        target = folder / f"EndoaidSansSC-{style}.otf"
        font = TTFont(str(target))
        if add_tab_glyph(font):
            font.save(str(target))
        print(f"{target}: tab has its own glyph")


def rename(font: Any, style: str) -> None:
    """Give the subset its own family name, as the OFL asks of modified versions."""
    postscript = f"EndoaidSansSC-{style}"
    new = {1: FAMILY, 2: style, 3: postscript, 4: f"{FAMILY} {style}", 6: postscript}
    new.update({16: FAMILY, 17: style})
    names = font["name"]
    for record in list(names.names):
        if record.nameID in new:
            names.setName(
                new[record.nameID],
                record.nameID,
                record.platformID,
                record.platEncID,
                record.langID,
            )
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName = f"{FAMILY} {style}"
    top.FamilyName = FAMILY


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noto", type=Path, default=NOTO, help="folder of NotoSansCJK-*.ttc")
    parser.add_argument("--out", type=Path, default=FONTS)
    parser.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        default=[REPO / "resources" / "content", REPO / "resources" / "translations"],
        help="text files or folders whose CJK characters must also be kept",
    )
    parser.add_argument(
        "--tab-only",
        action="store_true",
        help="only give the tab its own glyph in the fonts already in --out",
    )
    args = parser.parse_args(argv)
    if args.tab_only:
        patch_existing(args.out)
        return 0
    extra = [p for p in args.extra if p.exists()]
    for style in STYLES:
        target = args.out / f"EndoaidSansSC-{style}.otf"
        build(args.noto / f"NotoSansCJK-{style}.ttc", target, style, extra)
        print(f"{target}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
