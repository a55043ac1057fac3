"""One consultation: profile, eligibility, values, costs, schedules, benefit, session. No Qt."""
