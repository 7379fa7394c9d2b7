"""``dreamcontent zelftoets``: the WHY self-test, interactive or from an answer file."""

from __future__ import annotations

import json
import sys

import click

from dreamcontent.cli import CONTEXT_SETTINGS, run_guarded


def _ask_scores() -> dict[str, int]:
    """Ask the seven statements on the terminal (click.prompt, whole numbers 1-10)."""
    from dreamcontent.cli.init_cmd import ClickVrager
    from dreamcontent.method.zelftoets import HOOGSTE, LAAGSTE, STELLINGEN

    vrager = ClickVrager()

    click.echo(f"WHY-zelftoets: geef elke stelling een score van {LAAGSTE} (helemaal niet waar) "
               f"tot {HOOGSTE} (helemaal waar).")
    scores: dict[str, int] = {}
    for i, s in enumerate(STELLINGEN, start=1):
        click.echo("")
        click.echo(f"{i}/{len(STELLINGEN)}. {s.tekst}")
        score = vrager.getal(f"   Score ({LAAGSTE}-{HOOGSTE})", LAAGSTE, HOOGSTE)
        if score is None:  # cannot happen for a required question; never guess a score
            raise click.Abort()
        scores[s.key] = score
    click.echo("")
    return scores


@click.command("zelftoets", context_settings=CONTEXT_SETTINGS)
@click.option("-a", "--antwoorden", type=click.Path(dir_okay=False),
              help="Lees de scores uit een YAML-antwoordbestand in plaats van ze te vragen.")
@click.option("-d", "--droombestand", type=click.Path(),
              help="Je droombestand: het advies noemt dan jullie eigen dromen en elementen.")
@click.option("--bewaar", type=click.Path(dir_okay=False),
              help="Bewaar de gegeven scores als antwoordbestand (voor een volgende keer).")
@click.option("--sjabloon", is_flag=True,
              help="Toon een leeg antwoordbestand met de zeven stellingen en stop.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Uitvoer als leesbare tekst of als JSON.")
@run_guarded
def zelftoets(antwoorden: str | None, droombestand: str | None, bewaar: str | None,
              sjabloon: bool, fmt: str) -> None:
    """De WHY-zelftoets: zeven stellingen, elk een score van 1 tot 10.

    In een terminal vraagt de toets de scores één voor één. Zonder terminal (of als je dat
    liever hebt) lees je ze uit een antwoordbestand met --antwoorden; een leeg sjabloon krijg
    je met --sjabloon. Elke score onder de 8 krijgt concreet advies, met verwijzingen naar je
    droombestand en naar 'dreamcontent check', 'purpose' en 'generate'.

    \b
    Voorbeelden:
      dreamcontent zelftoets -d dreams/cijferhuis.yaml
      dreamcontent zelftoets --sjabloon > antwoorden.yaml
      dreamcontent zelftoets --antwoorden antwoorden.yaml -d dreams/cijferhuis.yaml
    """
    from dreamcontent.errors import ConfigError
    from dreamcontent.io import atomic_write
    from dreamcontent.method.zelftoets import (
        answer_template,
        answers_yaml,
        evaluate,
        format_zelftoets,
        load_answers,
    )

    if sjabloon:
        click.echo(answer_template(), nl=False)
        return
    dream = None
    if droombestand:  # load first: a bad dream file must not cost the user seven answers
        from dreamcontent.dreamfile import load_dream_file

        dream = load_dream_file(droombestand)
    if antwoorden:
        scores = load_answers(antwoorden)
    elif sys.stdin.isatty():
        try:
            scores = _ask_scores()
        except click.Abort:
            click.echo("\nafgebroken: er is niets bewaard", err=True)
            sys.exit(130)
    else:
        raise ConfigError("geen terminal om de stellingen te vragen; geef de scores in een "
                          "antwoordbestand met --antwoorden (sjabloon: dreamcontent zelftoets "
                          "--sjabloon)")
    rapport = evaluate(scores, dream)
    if bewaar:
        atomic_write(bewaar, answers_yaml(scores))
        click.echo(f"antwoorden bewaard in {bewaar}", err=True)
    if fmt == "json":
        click.echo(json.dumps(rapport.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_zelftoets(rapport), nl=False)
