"""The human summary behind ``mbgen model --stats``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.core import types as tx
from generator.core.diagnostics import Diagnostics
from generator.core.model import FORM, LOCATIONS, ApiModel


def typed_share(model: ApiModel) -> tuple[int, int]:
    """(parameters typed other than Any, all parameters)."""
    params = [p for e in model.endpoints for p in e.params]
    return sum(1 for p in params if not tx.is_untyped(p.type)), len(params)


def render(model: ApiModel, diags: Diagnostics, notes: Sequence[str] = ()) -> str:
    eps = model.endpoints
    params = [p for e in eps for p in e.params]
    typed, total = typed_share(model)
    share = typed / total if total else 1.0
    by_method = Counter(e.method for e in eps)
    by_loc = Counter(p.location for p in params)
    by_origin = Counter(p.type_origin for p in params)
    lines = [
        f"Metabase version: {model.metabase_version}",
        f"source format:    {model.source_format}",
        f"endpoints:        {len(eps)} ("
        + ", ".join(f"{m} {n}" for m, n in sorted(by_method.items()))
        + ")",
        f"namespaces:       {len({e.namespace for e in eps})}",
        f"flags:            superuser {sum(e.superuser for e in eps)}, "
        f"deprecated {sum(e.deprecated for e in eps)}, "
        f"paid plan {sum(e.enterprise for e in eps)}, "
        f"enterprise overrides {sum(e.enterprise_override for e in eps)}",
        f"parameters:       {total} ("
        + ", ".join(f"{loc} {by_loc[loc]}" for loc in LOCATIONS if by_loc[loc] or loc != FORM)
        + f"; whole body or map {sum(p.whole_body for p in params)}"
        + f"; nested or renamed {sum(bool(p.key_path) for p in params)})",
        *notes,
        f"typed (not Any):  {typed}/{total} = {share:.1%}",
        "type decided by:  " + ", ".join(f"{o} {n}" for o, n in sorted(by_origin.items())),
        f"warnings:         {len(diags.warnings)}",
        f"errors:           {len(diags.errors)}",
    ]
    unread = [d for d in diags.warnings if d.code == "unreadable-prose"]
    if unread:
        lines.append("")
        lines.append("prose it could not read:")
        lines.extend(f"  {d.where}: {d.message}" for d in sorted(unread))
    others = [d for d in diags.items if d.code != "unreadable-prose"]
    if others:
        lines.append("")
        lines.append("other diagnostics:")
        lines.extend(f"  {d}" for d in sorted(others))
    return "\n".join(lines) + "\n"
