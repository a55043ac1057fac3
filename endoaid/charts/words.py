"""The few words charts draw themselves (axis labels, captions), in every app language.

Everything about a treatment comes from the content pack; only chart chrome lives here.
A caller may pass a `labels` mapping to any chart builder to override a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from endoaid.content import PriceBook

WORDS: dict[str, dict[str, str]] = {
    "years": {"en": "Years from the start", "zh_CN": "从开始起的年数"},
    "year_n": {"en": "{n} year", "zh_CN": "{n}年"},
    "years_n": {"en": "{n} years", "zh_CN": "{n}年"},
    "cost": {"en": "Cost so far ({currency})", "zh_CN": "累计费用（{currency}）"},
    "count_so_far": {"en": "Number so far", "zh_CN": "累计次数"},
    "option": {"en": "Option", "zh_CN": "选项"},
    "cost_title": {"en": "Cost over time", "zh_CN": "随时间累计的费用"},
    "units_title": {"en": "Treatments and visits over time", "zh_CN": "随时间累计的治疗和就诊"},
    "crossing": {"en": "Costs cross at {when}", "zh_CN": "约{when}时费用相同"},
    "cost_caption": {
        "en": "Over {years}, the total cost is {totals}.",
        "zh_CN": "{years}内，总费用为：{totals}。",
    },
    "cost_crossing_caption": {
        "en": " The costs become equal after about {when}.",
        "zh_CN": "约{when}后两者费用相同。",
    },
    "units_caption": {
        "en": "Over {years}: {totals}.",
        "zh_CN": "{years}内：{totals}。",
    },
    "no_prices": {
        "en": "Local prices are not set, so this chart counts treatments and visits, not money.",
        "zh_CN": "尚未设置本地价格，因此本图显示治疗和就诊次数，而不是费用。",
    },
    "same_lines": {
        "en": "{names}: the same numbers, so their lines lie on top of each other.",
        "zh_CN": "{names}的数字相同，所以图中它们的线重叠在一起。",
    },
    "insurance_note": {
        "en": "Your share after insurance pays {share}%.",
        "zh_CN": "扣除保险支付的{share}%后由您承担的部分。",
    },
    "kind_injection": {"en": "Injections", "zh_CN": "注射"},
    "kind_tablet": {"en": "Tablets", "zh_CN": "片剂"},
    "kind_operation": {"en": "Operations", "zh_CN": "手术"},
    "kind_scan": {"en": "Scans", "zh_CN": "检查"},
    "kind_visit": {"en": "Clinic visits", "zh_CN": "门诊就诊"},
    "count_injection": {"en": "injections: {n}", "zh_CN": "注射{n}次"},
    "count_tablet": {"en": "tablets: {n}", "zh_CN": "服药{n}片"},
    "count_operation": {"en": "operations: {n}", "zh_CN": "手术{n}次"},
    "count_scan": {"en": "scans: {n}", "zh_CN": "检查{n}次"},
    "count_visit": {"en": "clinic visits: {n}", "zh_CN": "门诊{n}次"},
    "duration_title": {"en": "How long each option lasts", "zh_CN": "每个选项持续多久"},
    "treatment_usual": {"en": "Usual length", "zh_CN": "通常时长"},
    "treatment_may_continue": {"en": "May continue to", "zh_CN": "可能延长至"},
    "treatment_shortest": {"en": "Shortest length", "zh_CN": "最短时长"},
    "once": {"en": "Once", "zh_CN": "一次"},
    "review_point": {"en": "Check-up", "zh_CN": "复查"},
    "range": {"en": "Range", "zh_CN": "范围"},
    "precision": {"en": "How precise", "zh_CN": "精确程度"},
    "check_ups": {"en": "Check-ups", "zh_CN": "复查"},
    "nothing_to_take": {"en": "No further treatment", "zh_CN": "不再接受治疗"},
    "no_fixed_length": {"en": "no fixed length", "zh_CN": "无固定时长"},
    "length_range": {"en": "{low} to {high} years", "zh_CN": "{low}至{high}年"},
    "length_usual": {"en": "usually {n} years", "zh_CN": "通常{n}年"},
    "months_n": {"en": "{n} months", "zh_CN": "{n}个月"},
    "duration_caption": {"en": "How long each lasts: {items}.", "zh_CN": "持续时间：{items}。"},
    "from_start": {"en": "from the start of treatment", "zh_CN": "从治疗开始算起"},
    "reversibility_title": {"en": "Can it be undone?", "zh_CN": "可以逆转吗？"},
    "rev_yes": {"en": "Yes", "zh_CN": "可以"},
    "rev_partly": {"en": "Partly", "zh_CN": "部分可以"},
    "rev_no": {"en": "No", "zh_CN": "不可以"},
    "rev_not-applicable": {"en": "Not applicable", "zh_CN": "不适用"},
    "rev_caption": {"en": "Can it be undone? {items}.", "zh_CN": "可以逆转吗？{items}。"},
    "what_it_means": {"en": "What it means", "zh_CN": "含义"},
    "side_effects_title": {"en": "Common side effects", "zh_CN": "常见副作用"},
    "out_of_100": {"en": "Women out of 100", "zh_CN": "每100名女性中的人数"},
    "side_effect": {"en": "Side effect", "zh_CN": "副作用"},
    "se_caption": {
        "en": "Out of 100 women, {items} ({context}).",
        "zh_CN": "每100名女性中：{items}（{context}）。",
    },
    "se_item": {"en": "{name}: {values}", "zh_CN": "{name}：{values}"},
    "se_value": {"en": "{n} with {option}", "zh_CN": "{option}{n}人"},
    "se_value_missing": {"en": "{n} with {option}", "zh_CN": "{option}{n}"},
    "se_value_ranged": {"en": "{n} ({range}) with {option}", "zh_CN": "{option}{n}人（{range}）"},
    "not_reported": {"en": "not reported", "zh_CN": "未报告"},
    "no_side_effects": {
        "en": "No side effect was counted the same way for these options.",
        "zh_CN": "这些选项没有以相同方式统计的副作用。",
    },
    "range_not_reported": {"en": "range not reported", "zh_CN": "未报告范围"},
    "icons_title": {"en": "Out of 100 women like you", "zh_CN": "每100名像您一样的女性中"},
    "icons_caption": {
        "en": "{time_frame}, out of 100 women: {items}.",
        "zh_CN": "{time_frame}，每100名女性中：{items}。",
    },
    "icons_item": {
        "en": "{option}: {n} women ({outcome}) and {m} ({outcome_not})",
        "zh_CN": "{option}：{n}人{outcome}，{m}人{outcome_not}",
    },
    "personal_caption": {"en": "{headline}: {items}.", "zh_CN": "{headline}：{items}。"},
    "personal_arm": {"en": "Hormone therapy", "zh_CN": "内分泌治疗"},
    "personal_count": {"en": "{n} {group}", "zh_CN": "{n}人{group}"},
    "icons_item_missing": {"en": "{option}: {reason}", "zh_CN": "{option}：{reason}"},
    "icons_legend_yes": {"en": "{outcome}", "zh_CN": "{outcome}"},
    "icons_legend_no": {"en": "{outcome_not}", "zh_CN": "{outcome_not}"},
    "about": {"en": "about {n}", "zh_CN": "约{n}"},
    "method": {"en": "How the figure was found", "zh_CN": "数字来源"},
    "and": {"en": " and ", "zh_CN": "和"},
    "list_sep": {"en": "; ", "zh_CN": "；"},
    "clause_sep": {"en": ", ", "zh_CN": "，"},
    "label_sep": {"en": ": ", "zh_CN": "："},
    "aside": {"en": " ({text})", "zh_CN": "（{text}）"},
    "clinic_book": {
        "en": "{name}, as of {date}, from {source} (entered by the clinic)",
        "zh_CN": "{name}，截至{date}，来源：{source}（由医院或诊所自行填写）",
    },
    "clinic_prices": {"en": "Prices: {book}.", "zh_CN": "价格：{book}。"},
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CURRENCY_SYMBOLS: dict[str, dict[str, str]] = {
    "en": {"GBP": "£", "EUR": "€", "USD": "US$", "CNY": "CN¥"},
    "zh_CN": {"CNY": "¥", "GBP": "£", "EUR": "€", "USD": "US$"},
}
"""How each language writes a currency (as endoaid.i18n, which charts cannot import: it uses Qt)."""


def currency_symbol(currency: str, lang: str) -> str:
    """Return '£' for GBP, '¥' for CNY in Chinese; an unknown code followed by a space."""
    code = currency.upper()
    return CURRENCY_SYMBOLS.get(lang, CURRENCY_SYMBOLS["en"]).get(code, f"{code}\u00a0")


def date_text(day: dt.date, lang: str) -> str:
    """Return '1 Mar 2027' or '2027年3月1日', as endoaid.i18n.format_date writes dates."""
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def clinic_book_text(book: PriceBook, lang: str) -> str | None:
    """Return '<name>, as of <date>, from <source> (entered by the clinic)'; None if published."""
    if book.kind != "clinic":
        return None
    return word(
        "clinic_book",
        lang,
        name=book.name.get(lang),
        date=date_text(book.valid_from, lang),
        source=book.source_summary.get(lang),
    )


def clinic_prices_line(book: PriceBook, lang: str) -> str | None:
    """Return 'Prices: <the clinic's book>.' for a clinic's own book, None for a published one."""
    text = clinic_book_text(book, lang)
    return word("clinic_prices", lang, book=text) if text else None


def word(key: str, lang: str, labels: Mapping[str, str] | None = None, **values: object) -> str:
    """Return the chart word `key` in `lang` (English when missing), filled with `values`."""
    if labels and key in labels:
        text = labels[key]
    else:
        entry = WORDS[key]
        text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text
