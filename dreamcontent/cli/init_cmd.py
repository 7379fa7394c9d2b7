"""``dreamcontent init``: the guided start that writes a commented dream file."""

from __future__ import annotations

import sys

import click

from dreamcontent.cli import CONTEXT_SETTINGS, run_guarded

_JA = {"j", "ja", "y", "yes"}
_NEE = {"n", "nee", "no"}


class ClickVrager:
    """The wizard's questions on the terminal, with click.prompt."""

    def tekst(self, vraag: str, *, verplicht: bool = True) -> str | None:
        while True:
            if verplicht:
                antwoord = click.prompt(vraag, type=str)
            else:
                antwoord = click.prompt(vraag, default="", show_default=False, type=str)
            antwoord = antwoord.strip()
            if antwoord or not verplicht:
                return antwoord or None
            click.echo("Dit antwoord is verplicht.")

    def getal(self, vraag: str, laag: int, hoog: int, *, verplicht: bool = True) -> int | None:
        hint = "" if verplicht else ", of druk op Enter"
        while True:
            if verplicht:
                antwoord = click.prompt(vraag, type=str).strip()
            else:
                antwoord = click.prompt(vraag, default="", show_default=False, type=str).strip()
            if not antwoord and not verplicht:
                return None
            try:
                waarde = int(antwoord)
            except ValueError:
                waarde = None
            if waarde is not None and laag <= waarde <= hoog:
                return waarde
            click.echo(f"Geef een heel getal van {laag} tot {hoog}{hint}.")

    def keuze(self, vraag: str, opties: list[str], *, standaard: str) -> str:
        return click.prompt(vraag, type=click.Choice(opties, case_sensitive=False),
                            default=standaard).lower()

    def janee(self, vraag: str, *, standaard: bool) -> bool:
        hint = "[J/n]" if standaard else "[j/N]"
        while True:
            antwoord = click.prompt(f"{vraag} {hint}", default="", show_default=False,
                                    type=str).strip().lower()
            if not antwoord:
                return standaard
            if antwoord in _JA:
                return True
            if antwoord in _NEE:
                return False
            click.echo("Antwoord met j (ja) of n (nee).")

    def kop(self, tekst: str) -> None:
        click.echo("")
        click.secho(f"== {tekst} ==", bold=True)


@click.command("init", context_settings=CONTEXT_SETTINGS)
@click.argument("bestand", required=False, default="dromen.yaml", type=click.Path())
@click.option("--force", is_flag=True, help="Overschrijf het bestand als het al bestaat.")
@run_guarded
def init(bestand: str, force: bool) -> None:
    """Begeleide start: maak stap voor stap een droombestand.

    Vraagt naar je organisatie, je klanttypen, hun dromen en de elementen die elke droom
    helpen waarmaken, en schrijft een geldig droombestand met uitleg (commentaar) bij elke
    sleutel. Een bestaand bestand wordt alleen overschreven met --force. Zonder BESTAND
    heet het dromen.yaml.

    \b
    Voorbeelden:
      dreamcontent init
      dreamcontent init dreams/mijn-bedrijf.yaml
      dreamcontent init dromen.yaml --force
    """
    from dreamcontent.method.init import check_target, run_wizard, summary, write_dream_file

    check_target(bestand, force=force)  # refuse before asking anything
    click.echo(f"We maken samen {bestand}. Verplichte vragen komen terug tot je ze beantwoordt;"
               " bij de andere kun je op Enter drukken.")
    try:
        df = run_wizard(ClickVrager())
    except click.Abort:
        click.echo("\nafgebroken: er is niets geschreven", err=True)
        sys.exit(130)
    write_dream_file(bestand, df, force=force)
    click.echo("")
    click.echo(f"{bestand} geschreven: {summary(df)}.")
    click.echo(f"Volgende stap: dreamcontent check {bestand}")
