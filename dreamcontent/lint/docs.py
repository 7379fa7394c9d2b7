"""Rule documentation generated from the rule docstrings (`dreamcontent regels`, docs/rules.md)."""

from __future__ import annotations

from typing import Any

from dreamcontent.lint.rules import RULES

_SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "tip"}


def rule_info(rule_id: str) -> dict[str, Any]:
    cls = RULES[rule_id]
    parts = cls.doc_parts()
    return {
        "id": cls.id,
        "titel": cls.title,
        "niveau": cls.severity.value,
        "automatisch_herstel": cls.fixable,
        "melding": cls.message,
        "samenvatting": parts.summary,
        "uitleg": parts.body,
        "fout": parts.bad,
        "goed": parts.good,
    }


def rules_text(ids: list[str] | None = None) -> str:
    """The Dutch overview printed by `dreamcontent regels`."""
    out = []
    for rid in ids or list(RULES):
        info = rule_info(rid)
        fix = ", automatisch te herstellen" if info["automatisch_herstel"] else ""
        out.append(f"{rid}  ({_SEVERITY_NL[info['niveau']]}{fix})  {info['titel']}")
        if info["uitleg"]:
            for line in info["uitleg"].splitlines():
                out.append(f"    {line}" if line else "")
        for ex in info["fout"][:3]:
            out.append(f"    ✗ {ex}")
        for ex in info["goed"][:3]:
            out.append(f"    ✓ {ex}")
        out.append("")
    return "\n".join(out)


def rules_markdown() -> str:
    """docs/rules.md (generated; a test checks it is up to date)."""
    out = [
        "# Stijlregels van `dreamcontent lint`",
        "",
        "<!-- Generated from the rule docstrings by `dreamcontent regels --format markdown`. "
        "Do not edit by hand. -->",
        "",
        "| id | niveau | automatisch herstel | omschrijving |",
        "|---|---|---|---|",
    ]
    for rid in RULES:
        info = rule_info(rid)
        fix = "ja" if info["automatisch_herstel"] else "nee"
        out.append(f"| `{rid}` | {info['niveau']} | {fix} | {info['titel']} |")
    out.append("")
    for rid in RULES:
        info = rule_info(rid)
        out += [f"## `{rid}` — {info['titel']}", "", info["samenvatting"], ""]
        if info["uitleg"]:
            out += [info["uitleg"], ""]
        out += [f"Niveau: **{info['niveau']}**. Melding: “{info['melding']}”", ""]
        out.append("Fout:")
        out.append("")
        out += [f"- {ex}" for ex in info["fout"]]
        out += ["", "Goed:", ""]
        out += [f"- {ex}" for ex in info["goed"]]
        out.append("")
    return "\n".join(out)
