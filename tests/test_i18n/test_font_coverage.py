"""Every Chinese character the app shows is in the shipped font, and no radical look-alike is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from endoaid.fonts import font_files
from endoaid.resources import resource_path

CJK = re.compile(
    r"[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
# Generic and brand names patients in China know, and the core clinical words
# (from the zh_CN terminology list, sections 1 and 2).
DRUG_AND_CARE_TERMS = (
    "他莫昔芬 三苯氧胺 诺瓦得士 托瑞米芬 法乐通 阿那曲唑 瑞宁得 来曲唑 弗隆 芙瑞 依西美坦 阿诺新 "
    "氟维司群 芙仕得 戈舍瑞林 诺雷得 诺雷德 亮丙瑞林 抑那通 贝依 曲普瑞林 达菲林 达必佳 "
    "依维莫司 飞尼妥 "
    "哌柏西利 派柏西利 爱博新 瑞波西利 琥珀酸 凯丽隆 阿贝西利 唯择 达尔西利 羟乙磺酸 "
    "艾瑞康 甲地孕酮 "
    "甲羟孕酮 法禄达 曼普斯同 枸橼酸 缓释植入剂 注射液 微球 选择性雌激素受体调节剂 芳香化酶抑制剂 "
    "下调剂 促性腺激素释放激素类似物 激动剂 孕激素类 甾体类 内分泌治疗 激素受体阳性 阴性 低表达 "
    "绝经前 未绝经 绝经后 围绝经期 闭经 卵巢功能抑制 卵巢去势 卵巢切除术 双侧输卵管卵巢切除术 "
    "腹腔镜 辅助治疗 延长 复发 转移 无病生存期 总生存期 潮热 潮红 关节痛 强直 骨质疏松 骨密度 骨折 "
    "静脉血栓栓塞 深静脉血栓 肺栓塞 子宫内膜癌 增厚 息肉 依从性 医患共同决策 决策辅助 决策冲突 "
    "决策后悔 渥太华 图标阵列 每100个人中"
)
PUNCTUATION = "，。：；（）、“”《》！？·—–…¥£$€％～0123456789ABCXYZabcxyz"


@pytest.fixture(scope="module")
def raw_fonts(qapp: object) -> list[QRawFont]:
    """The shipped Regular and Bold faces, opened straight from their files."""
    opened = [QRawFont(str(path), 12) for path in font_files()]
    assert all(raw.isValid() for raw in opened)
    return opened


def _shipped_texts() -> list[Path]:
    content = sorted(resource_path("content").rglob("*.toml"))
    translations = sorted(resource_path("translations").glob("*.ts"))
    return content + translations


def _missing(raw: QRawFont, text: str) -> list[str]:
    # supportsCharacter(str) is unreliable in PySide6 6.12: always pass the code point.
    return sorted({c for c in text if not c.isspace() and not raw.supportsCharacter(ord(c))})


def test_every_chinese_character_in_content_and_translations_is_in_the_font(
    raw_fonts: list[QRawFont],
) -> None:
    """No Chinese character of the shipped content or .ts would fall back to another font."""
    used = "".join(
        "".join(CJK.findall(path.read_text(encoding="utf-8"))) for path in _shipped_texts()
    )
    for raw in raw_fonts:
        missing = _missing(raw, used)
        assert not missing, f"{raw.styleName()} lacks {''.join(missing)}: rebuild the font"


def test_drug_names_and_care_terms_are_in_the_font(raw_fonts: list[QRawFont]) -> None:
    """Every drug, brand and care term of the zh_CN terminology list has a glyph."""
    for raw in raw_fonts:
        assert _missing(raw, DRUG_AND_CARE_TERMS) == []


def test_latin_digits_and_punctuation_are_in_the_font(raw_fonts: list[QRawFont]) -> None:
    """Full-width Chinese punctuation, currency signs, dashes, Latin and digits all have glyphs."""
    for raw in raw_fonts:
        assert _missing(raw, PUNCTUATION) == []


def test_radical_and_compatibility_look_alikes_are_left_out(raw_fonts: list[QRawFont]) -> None:
    """Radicals that share glyphs with ideographs are absent, so PDFs cannot extract them."""
    look_alikes = "\u2f00\u2eda\u2f08\uf900\u2012\u301c"
    for raw in raw_fonts:
        assert [c for c in look_alikes if raw.supportsCharacter(ord(c))] == []


def test_the_shipped_fonts_stay_small() -> None:
    """Both faces together stay under 6 MB, so the wheel and the frozen app stay light."""
    assert sum(path.stat().st_size for path in font_files()) < 6_000_000
