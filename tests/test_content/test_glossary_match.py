"""Glossary terms found in English and Chinese text: whole words in English, no word
boundaries in Chinese, the longest name first, abbreviations only in capitals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from endoaid.content import load_pack
from endoaid.content.glossary import find_terms, names, terms_used

GLOSSARY = load_pack().glossary


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.term_id) for f in find_terms(text, GLOSSARY, lang)]


def test_every_term_is_found_by_its_own_name_in_both_languages():
    """A term written as the glossary writes it is found, as itself."""
    for term in GLOSSARY:
        for lang in ("en", "zh_CN"):
            name = term.term.get(lang)
            assert _found(f"…{name}…", lang) == [(name, term.id)], (term.id, lang)


def test_a_term_is_found_without_its_brackets_and_by_what_is_in_them():
    """'Estrogen receptor (ER)' is also 'estrogen receptor' and 'ER'."""
    assert names("Estrogen receptor (ER)") == ["Estrogen receptor (ER)", "Estrogen receptor", "ER"]
    assert names("内分泌治疗（激素治疗）") == ["内分泌治疗（激素治疗）", "内分泌治疗", "激素治疗"]


def test_english_matches_whole_words_any_case_and_plurals():
    """Plurals and capitals match; a term inside a longer word does not."""
    text = "Aromatase inhibitors lower estrogen. Blood clots are rare. Estrogenic is not a term."
    assert _found(text, "en") == [
        ("Aromatase inhibitors", "aromatase-inhibitor"),
        ("estrogen", "estrogen"),
        ("Blood clots", "blood-clot"),
    ]


def test_abbreviations_match_only_in_capitals_and_never_inside_a_word():
    """'ER' in 'HER2', 'her' or 'water' is no estrogen receptor; 'ER' alone is."""
    assert _found("HER2 status, her water, after", "en") == []
    assert _found("The cancer is ER positive.", "en") == [("ER", "estrogen-receptor")]
    assert _found("HER2阴性，ER阳性", "zh_CN") == [("ER", "estrogen-receptor")]


def test_chinese_matches_without_spaces_and_the_longest_name_wins():
    """Chinese has no spaces: terms are found inside a sentence; '芳香化酶抑制剂' is one term,
    not '芳香化酶' followed by something else."""
    text = "绝经后的女性服用芳香化酶抑制剂，潮热很常见。"
    assert _found(text, "zh_CN") == [
        ("绝经", "menopause"),
        ("芳香化酶抑制剂", "aromatase-inhibitor"),
        ("潮热", "hot-flushes"),
    ]


def test_each_term_is_marked_once_and_terms_used_keeps_the_order_first_met():
    """Only the first time a term appears is marked; the PDF glossary lists them as met."""
    assert _found("Menopause, then menopause again.", "en") == [("Menopause", "menopause")]
    used = terms_used(
        ["Hot flushes after menopause.", "Menopause and osteoporosis."], GLOSSARY, "en"
    )
    assert [t.id for t in used] == ["hot-flushes", "menopause", "osteoporosis"]


@given(
    st.text(alphabet="abcERsHO 雌激素绝经潮热芳香化酶抑制剂()（）", max_size=60),
    st.sampled_from(["en", "zh_CN"]),
)
def test_found_terms_never_overlap_and_lie_in_reading_order(text, lang):
    """Whatever the text: the spans found are in order, inside the text and never overlap."""
    found = find_terms(text, GLOSSARY, lang, first_only=False)
    end = 0
    for f in found:
        assert end <= f.start < f.end <= len(text)
        end = f.end
