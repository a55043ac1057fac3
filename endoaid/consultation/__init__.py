"""One consultation: profile, eligibility, values, costs, schedules, benefit, session. No Qt.

Names are loaded from their module on first use (PEP 562), so a program that needs only a
session does not wait for the cost, calendar and benefit code to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from endoaid.consultation.benefit import (
        ArmFigure,
        BenefitRefused,
        BenefitResult,
        benefit_figures,
    )
    from endoaid.consultation.calendar import (
        CalendarError,
        CalendarEvent,
        dose_calendar,
        schedule_command,
        write_ics,
    )
    from endoaid.consultation.costs import (
        CostError,
        CostSeries,
        cost_course,
        cost_totals,
        crossing_month,
    )
    from endoaid.consultation.eligibility import (
        DecisionFit,
        OptionFit,
        RuleHit,
        condition_matches,
        decision_fits,
        option_fits,
    )
    from endoaid.consultation.pricebook import (
        PriceBookError,
        load_price_book_file,
    )
    from endoaid.consultation.profile import (
        Profile,
        ProfileError,
        make_profile,
        profile_from_form,
    )
    from endoaid.consultation.schedule import (
        Phase,
        ReviewAt,
        Timeline,
        timeline,
    )
    from endoaid.consultation.session import (
        Session,
        SessionError,
        load_session,
        new_session,
        repeated_option,
        save_session,
    )
    from endoaid.consultation.values import (
        RatingError,
        ValuesRow,
        ValuesTable,
        ratings_for,
        sure_score,
        values_table,
    )

_WHERE: dict[str, str] = {
    "ArmFigure": "benefit",
    "BenefitRefused": "benefit",
    "BenefitResult": "benefit",
    "benefit_figures": "benefit",
    "CalendarError": "calendar",
    "CalendarEvent": "calendar",
    "dose_calendar": "calendar",
    "schedule_command": "calendar",
    "write_ics": "calendar",
    "CostError": "costs",
    "CostSeries": "costs",
    "cost_course": "costs",
    "cost_totals": "costs",
    "crossing_month": "costs",
    "DecisionFit": "eligibility",
    "OptionFit": "eligibility",
    "RuleHit": "eligibility",
    "condition_matches": "eligibility",
    "decision_fits": "eligibility",
    "option_fits": "eligibility",
    "PriceBookError": "pricebook",
    "load_price_book_file": "pricebook",
    "Profile": "profile",
    "ProfileError": "profile",
    "make_profile": "profile",
    "profile_from_form": "profile",
    "Phase": "schedule",
    "ReviewAt": "schedule",
    "Timeline": "schedule",
    "timeline": "schedule",
    "Session": "session",
    "SessionError": "session",
    "load_session": "session",
    "new_session": "session",
    "repeated_option": "session",
    "save_session": "session",
    "RatingError": "values",
    "ValuesRow": "values",
    "ValuesTable": "values",
    "sure_score": "values",
    "ratings_for": "values",
    "values_table": "values",
}
"""Each public name -> the module of endoaid.consultation that defines it."""

__all__ = [
    "ArmFigure",
    "BenefitRefused",
    "BenefitResult",
    "CalendarError",
    "CalendarEvent",
    "CostError",
    "CostSeries",
    "DecisionFit",
    "OptionFit",
    "Phase",
    "PriceBookError",
    "Profile",
    "ProfileError",
    "RatingError",
    "ReviewAt",
    "RuleHit",
    "Session",
    "SessionError",
    "Timeline",
    "ValuesRow",
    "ValuesTable",
    "benefit_figures",
    "condition_matches",
    "cost_course",
    "cost_totals",
    "crossing_month",
    "decision_fits",
    "dose_calendar",
    "load_price_book_file",
    "load_session",
    "make_profile",
    "new_session",
    "option_fits",
    "profile_from_form",
    "ratings_for",
    "repeated_option",
    "save_session",
    "schedule_command",
    "sure_score",
    "timeline",
    "values_table",
    "write_ics",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
