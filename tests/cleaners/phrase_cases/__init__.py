"""Phrase-rule cases, one module per language group: junk lines with the rule that must take them
(``POSITIVES``), news sentences with the same words (``NEGATIVES``) and newsletter headings with a
sign-up line (``HEADINGS``). ``tests/cleaners/test_phrases_languages.py`` runs them."""
