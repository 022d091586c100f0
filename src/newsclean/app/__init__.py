"""The application over the library: batch CLI, engines, explain, tally and the audit report."""
