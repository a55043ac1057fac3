"""Shared helpers below every page: state, settings, words, formatting, theme."""
