"""``dreamcontent check``: the method report for dream files (thin layer over method.check)."""

from __future__ import annotations

import json

import click

from dreamcontent.cli import CONTEXT_SETTINGS, run_guarded


@click.command("check", context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Uitvoer als leesbare tekst of als JSON.")
@click.option("-o", "--uitvoer", type=click.Path(dir_okay=False),
              help="Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
@click.option("--exit-zero", is_flag=True,
              help="Eindig met code 0, ook als er waarschuwingen zijn.")
@run_guarded
def check(paths: tuple[str, ...], fmt: str, uitvoer: str | None, exit_zero: bool) -> None:
    """Rapport per droombestand volgens de droommethode.

    Per droom: aantal elementen tegenover concurrent_elementen (iets meer dan de concurrent),
    het aandeel latente elementen, ontbrekende dimensies (zekerheid, verbondenheid,
    erkenning, zelfontplooiing) en elementen met impact 8 of hoger die niet latent getoetst
    zijn. Daarnaast: dromen die op een product lijken in plaats van een droom, en het
    partner-ecosysteem (wie levert wat, en hoeveel lever je zelf).

    \b
    Codes: te-weinig-elementen, weinig-latent, dimensie-ontbreekt,
           hoge-impact-niet-latent, droom-is-product, geen-eigen-elementen
           (waarschuwingen) en concurrent-onbekend (info).
    Exitcode: 0 = geen waarschuwingen, 1 = waarschuwingen gevonden,
              2 = een bestand is onleesbaar of geen geldig droombestand.

    \b
    Voorbeelden:
      dreamcontent check dreams/
      dreamcontent check dreams/fysio-vooruit.yaml --format json -o rapport.json
    """
    from dreamcontent.io import atomic_write
    from dreamcontent.method.check import Ernst, check_dream, format_report, reports_to_json
    from dreamcontent.method.common import load_many

    loaded = load_many(paths)
    for _path, message in loaded.errors:
        click.echo(f"fout: {message}", err=True)
    reports = [check_dream(df) for df in loaded.files]
    if fmt == "json":
        text = json.dumps(reports_to_json(reports, loaded.errors), ensure_ascii=False,
                          indent=2) + "\n"
    else:
        text = "\n".join(format_report(r) for r in reports)
    if uitvoer:
        atomic_write(uitvoer, text)
        click.echo(f"rapport geschreven naar {uitvoer}", err=True)
    elif text:
        click.echo(text, nl=False)
    if loaded.errors:
        raise SystemExit(2)
    warnings = sum(r.count(Ernst.WAARSCHUWING) for r in reports)
    if warnings and not exit_zero:
        raise SystemExit(1)
