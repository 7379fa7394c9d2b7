"""``dreamcontent purpose``: draft purpose statements, and a check for your own statement."""

from __future__ import annotations

import json

import click

from dreamcontent.cli import CONTEXT_SETTINGS, run_guarded


@click.command("purpose", context_settings=CONTEXT_SETTINGS)
@click.argument("path", required=False, type=click.Path())
@click.option("--toets", "toets", metavar="TEKST",
              help="Toets een eigen purpose-statement op grootheidswaan, lengte en stem.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Uitvoer als leesbare tekst of als JSON.")
@run_guarded
def purpose(path: str | None, toets: str | None, fmt: str) -> None:
    """Concept-purpose-statements uit de dromen van je klanttypen.

    Bouwt twee tot vier concepten uit de mix van de dromen van de verschillende klanttypen:
    de dromen zelf, de dimensies die de klanttypen delen en je aanbod. Dicht bij de klant,
    in de wij-vorm van de organisatie en zonder wereldverbeteraarstaal. Het zijn
    schrijfhulpen: pas ze aan. Met --toets controleer je een eigen tekst.

    \b
    Exitcode: 0 = klaar (of: de getoetste tekst is in orde),
              1 = de getoetste tekst heeft opmerkingen, 2 = onleesbare invoer.

    \b
    Voorbeelden:
      dreamcontent purpose dreams/fysio-vooruit.yaml
      dreamcontent purpose --toets "Wij helpen hardlopers pijnvrij naar hun eerste marathon."
    """
    from dreamcontent.errors import ConfigError
    from dreamcontent.method.purpose import (
        draft_purposes,
        format_purpose,
        format_toets,
        toets_purpose,
    )

    if path is None and toets is None:
        raise ConfigError("geef een droombestand (PATH) of een tekst met --toets; "
                          "zie 'dreamcontent purpose --help'")
    out: dict[str, object] = {}
    text_parts: list[str] = []
    if path is not None:
        from dreamcontent.dreamfile import load_dream_file

        rap = draft_purposes(load_dream_file(path))
        out["purpose"] = rap.to_json_dict()
        text_parts.append(format_purpose(rap))
    meldingen = []
    if toets is not None:
        meldingen = toets_purpose(toets)
        out["toets"] = {"tekst": toets, "meldingen": [m.to_json_dict() for m in meldingen]}
        text_parts.append(format_toets(toets, meldingen))
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(text_parts), nl=False)
    if meldingen:
        raise SystemExit(1)
