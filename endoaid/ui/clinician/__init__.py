"""Clinician tools: sessions, price books and their editor, recovery copies."""
