"""`dreamcontent regels` (alias `rules`): list the style rules with their examples."""

from __future__ import annotations

import json

import click

from dreamcontent.cli import run_guarded


@click.command("regels")
@click.argument("regel", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True, help="Uitvoerformaat.")
@run_guarded
def regels(regel: tuple[str, ...], fmt: str) -> None:
    """Toon alle stijlregels van 'dreamcontent lint' met voorbeelden.

    Per regel: het id (voor configuratie en schakelaars in de tekst), het niveau
    (error/warning/info), of de regel automatisch kan herstellen, en foute en goede
    voorbeelden.

    \b
    Voorbeelden:
      dreamcontent regels
      dreamcontent regels passief dt-fout
      dreamcontent regels --format markdown > docs/rules.md
    """
    from dreamcontent.lint.config import check_rule_ids
    from dreamcontent.lint.docs import rule_info, rules_markdown, rules_text
    from dreamcontent.lint.rules import RULES

    ids = list(regel) or list(RULES)
    check_rule_ids(ids, "de opdracht")
    if fmt == "json":
        click.echo(json.dumps([rule_info(i) for i in ids], ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(rules_markdown(), nl=False)
    else:
        click.echo(rules_text(ids), nl=False)
