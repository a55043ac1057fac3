"""One consultation: profile, eligibility, values, costs, schedules, benefit, session. No Qt."""

from __future__ import annotations

from endoaid.consultation.benefit import ArmFigure, BenefitRefused, BenefitResult, benefit_figures
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
from endoaid.consultation.pricebook import PriceBookError, load_price_book_file
from endoaid.consultation.profile import Profile, ProfileError, make_profile, profile_from_form
from endoaid.consultation.schedule import Phase, ReviewAt, Timeline, timeline
from endoaid.consultation.session import Session, SessionError, load_session, save_session
from endoaid.consultation.values import (
    RatingError,
    ValuesRow,
    ValuesTable,
    sure_score,
    values_table,
)

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
    "option_fits",
    "profile_from_form",
    "save_session",
    "schedule_command",
    "sure_score",
    "timeline",
    "values_table",
    "write_ics",
]
