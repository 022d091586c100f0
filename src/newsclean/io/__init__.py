"""Bytes to text, reading inputs and writing outputs."""
