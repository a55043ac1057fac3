"""A seeded random-event driver for the real window: events, a dialog answerer, a replay log."""
