"""Rules: content (filled in by its family; see engine.py for how a rule is written)."""

from __future__ import annotations

__all__: list[str] = []
