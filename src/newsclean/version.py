"""newsclean's version, defined once: the package build reads it (pyproject.toml) and so does the code."""

__version__ = "0.1.0"
