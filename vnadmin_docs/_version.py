"""The version of vnadmin_docs."""

__version__ = "0.1.0"
