"""The words the PDF summary writes itself (headings, labels, footer), in every app language.

What is said about treatments comes from the content pack; only the document's frame is here.
"""

from __future__ import annotations

from endoaid.charts.words import WORDS as SHARED_WORDS

WORDS: dict[str, dict[str, str]] = {
    "summary_of": {"en": "Summary of your decision aid session", "zh_CN": "决策辅助会谈摘要"},
    "date": {"en": "Date", "zh_CN": "日期"},
    "clinician": {"en": "Clinician", "zh_CN": "医生"},
    "patient": {"en": "Patient", "zh_CN": "患者"},
    "situation": {"en": "Your situation", "zh_CN": "您的情况"},
    "decision": {"en": "The decision", "zh_CN": "需要做的决定"},
    "side_by_side": {"en": "Your options side by side", "zh_CN": "选项对比"},
    "question": {"en": "Your question", "zh_CN": "您的问题"},
    "charts": {"en": "Your options in pictures", "zh_CN": "图示"},
    "source": {"en": "Source", "zh_CN": "来源"},
    "time_frame": {"en": "Time frame", "zh_CN": "时间范围"},
    "what_matters": {"en": "What matters to you", "zh_CN": "对您重要的事"},
    "statement": {"en": "What matters", "zh_CN": "重要的事"},
    "your_rating": {"en": "How much (0 to 4)", "zh_CN": "重要程度（0至4）"},
    "meets": {"en": "meets this", "zh_CN": "符合"},
    "does_not_meet": {"en": "—", "zh_CN": "—"},
    "no_ratings": {"en": "No ratings were entered.", "zh_CN": "未填写评分。"},
    "not_rated": {"en": "not rated", "zh_CN": "未评分"},
    "own_concerns": {"en": "Your own concerns", "zh_CN": "您自己的顾虑"},
    "leaning": {"en": "Where you are leaning", "zh_CN": "您目前的倾向"},
    "leaning_unsure": {"en": "Not sure yet.", "zh_CN": "还不确定。"},
    "leaning_none": {"en": "Not recorded.", "zh_CN": "未记录。"},
    "sure": {"en": "Ready to decide? (SURE test)", "zh_CN": "准备好做决定了吗？（SURE测试）"},
    "before": {"en": "Before", "zh_CN": "之前"},
    "after": {"en": "After", "zh_CN": "之后"},
    "at_start": {"en": "At the start", "zh_CN": "开始时"},
    "now": {"en": "Now", "zh_CN": "现在"},
    "sure_before_n": {"en": "Before: {n} of 4 'yes'.", "zh_CN": "开始时：4题中{n}题回答“是”。"},
    "sure_before_skipped": {"en": "Before: skipped.", "zh_CN": "开始时：已跳过。"},
    "sure_now_n": {"en": "Now: {n} of 4 'yes'.", "zh_CN": "现在：4题中{n}题回答“是”。"},
    "sure_now_none": {"en": "Now: not answered.", "zh_CN": "现在：未回答。"},
    "sure_more": {"en": "{n} more 'yes' now.", "zh_CN": "现在多了{n}个“是”。"},
    "sure_fewer": {"en": "{n} fewer 'yes' now.", "zh_CN": "现在少了{n}个“是”。"},
    "sure_same": {"en": "No change.", "zh_CN": "没有变化。"},
    "yes": {"en": "Yes", "zh_CN": "是"},
    "no": {"en": "No", "zh_CN": "否"},
    "not_answered": {"en": "not answered", "zh_CN": "未回答"},
    "score": {"en": "Score (out of 4)", "zh_CN": "得分（满分4分）"},
    "sure_note": {
        "en": "A score below 4 can mean you would like more information or support.",
        "zh_CN": "得分低于4分可能表示您需要更多信息或支持。",
    },
    "questions": {"en": "Your questions for the care team", "zh_CN": "您想问医疗团队的问题"},
    "no_questions": {"en": "No questions were written down.", "zh_CN": "未写下问题。"},
    "notes": {"en": "Notes", "zh_CN": "备注"},
    "next": {"en": "What happens next", "zh_CN": "接下来做什么"},
    "about": {"en": "About this summary", "zh_CN": "关于本摘要"},
    "authors": {"en": "Written by", "zh_CN": "编写者"},
    "reviewers": {"en": "Reviewed by", "zh_CN": "审阅者"},
    "funding": {"en": "Funding", "zh_CN": "资金来源"},
    "conflicts": {"en": "Conflicts of interest", "zh_CN": "利益冲突"},
    "references": {"en": "References", "zh_CN": "参考文献"},
    "content_version": {"en": "Content version", "zh_CN": "内容版本"},
    "reviewed": {"en": "evidence last checked", "zh_CN": "证据最近核查于"},
    "next_review": {"en": "next evidence check due", "zh_CN": "下次证据核查"},
    "price_book": {"en": "Prices", "zh_CN": "价格"},
    "no_price_book": {"en": "no local prices set", "zh_CN": "未设置本地价格"},
    "app_version": {"en": "endoaid version", "zh_CN": "endoaid版本"},
    "page": {"en": "Page {n} of {total}", "zh_CN": "第{n}页，共{total}页"},
    "footer": {
        "en": "{page} · content {version}, evidence checked {reviewed} · {review} · "
        "not medical advice",
        "zh_CN": "{page} · 内容版本{version}，证据核查于{reviewed} · {review} · 非医疗建议",
    },
    "past_review": {
        "en": "This content is past its review date ({due}); some figures may be out of date.",
        "zh_CN": "本内容已超过审阅日期（{due}），部分数字可能已过时。",
    },
    "not_reviewed": {"en": "not yet clinically reviewed", "zh_CN": "尚未经过临床审阅"},
    "not_covered": {"en": "Not covered for this option.", "zh_CN": "此选项无相关内容。"},
    "cost_over": {"en": "{money} over {years} years", "zh_CN": "{years}年共{money}"},
    "cost_units": {"en": "Over {years} years: {units}", "zh_CN": "{years}年内：{units}"},
    "menopause_pre": {"en": "before menopause", "zh_CN": "未绝经"},
    "menopause_peri": {"en": "around menopause", "zh_CN": "围绝经期"},
    "menopause_post": {"en": "after menopause", "zh_CN": "已绝经"},
    "menopause_unsure": {"en": "menopause status not sure", "zh_CN": "绝经状态不确定"},
    "setting_early": {"en": "early breast cancer, after surgery", "zh_CN": "早期乳腺癌，术后"},
    "setting_advanced": {
        "en": "breast cancer that has come back or spread",
        "zh_CN": "复发或转移的乳腺癌",
    },
    "age": {"en": "age {n}", "zh_CN": "{n}岁"},
    "history_blood-clots": {"en": "has had blood clots", "zh_CN": "有血栓史"},
    "history_osteoporosis": {"en": "has thin bones (osteoporosis)", "zh_CN": "有骨质疏松"},
    "history_uterine-problems": {"en": "has had problems of the womb", "zh_CN": "有子宫疾病史"},
    "history_heart-disease": {"en": "has heart disease", "zh_CN": "有心脏病"},
    "history_wants-pregnancy": {"en": "may want a baby later", "zh_CN": "以后可能想要孩子"},
    "history_prior-endocrine-therapy": {
        "en": "has already had hormone therapy",
        "zh_CN": "已接受过内分泌治疗",
    },
    "risk": {
        "en": "her own chance that the cancer comes back, as given by her care team: "
        "{percent} out of 100 within {years} years",
        "zh_CN": "医疗团队给出的复发风险：{years}年内每100人中{percent}人",
    },
    "insurance": {"en": "insurance pays {n}% of costs", "zh_CN": "保险支付{n}%的费用"},
    "situation_you": {"en": "You: {items}.", "zh_CN": "您的情况：{items}。"},
    "no_profile": {
        "en": "Her situation was not entered; the figures are the averages from the studies.",
        "zh_CN": "未填写个人情况；数字为研究中的平均值。",
    },
    "her_estimate": {"en": "Her own estimate:", "zh_CN": "她个人的估算："},
    "tumour_used": {"en": "Worked out from: {items}.", "zh_CN": "计算依据：{items}。"},
    "tumour_mm": {"en": "{n} mm", "zh_CN": "{n}毫米"},
    "tumour_positive": {"en": "positive", "zh_CN": "阳性"},
    "tumour_negative": {"en": "negative", "zh_CN": "阴性"},
    "tumour_unknown": {"en": "not known", "zh_CN": "不详"},
    "tumour_screen": {"en": "at screening", "zh_CN": "筛查发现"},
    "tumour_symptoms": {"en": "from symptoms", "zh_CN": "因症状发现"},
    "tumour_chemo_0": {"en": "none", "zh_CN": "无"},
    "tumour_chemo_2": {"en": "second generation", "zh_CN": "第二代"},
    "tumour_chemo_3": {"en": "third generation", "zh_CN": "第三代"},
    "benefit_note": {
        "en": "Out of 100 women: {population}.",
        "zh_CN": "每100名女性：{population}。",
    },
}


def say(key: str, lang: str, **values: object) -> str:
    """Return the report word `key` in `lang` (English when missing), filled with `values`."""
    entry = WORDS.get(key) or SHARED_WORDS[key]  # punctuation is shared with the charts
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text
