"""What every reader hands back: the model, what it noticed, and where the docs were."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.core.diagnostics import Diagnostics
from generator.core.model import ApiModel


@dataclass
class Loaded:
    model: ApiModel
    diagnostics: Diagnostics
    root: Path
    notes: list[str] = field(default_factory=list)  # how the model was made, for --stats
