"""Cleaners: one small module per family, each returning verdicts for one category."""
