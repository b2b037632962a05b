"""Fuzzing the zip, XML and model layers: every input ends in a result or our own error.

See ``docs/fuzzing.md``. ``python -m tests.fuzz --seconds 3600`` is the long run for a release.
"""
