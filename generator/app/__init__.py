"""What CLI commands call: load, generate, the command line's options."""

from __future__ import annotations

from pathlib import Path

# Where `mbgen generate` writes and regenerates, and where `mbgen diff NAME` finds packages.
DEFAULT_OUT = Path("generated")
