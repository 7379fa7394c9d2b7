"""``dreamcontent generate``: dream files in, questions and content out, in six formats.

A thin layer over ``dreamcontent.export.batch``; heavy modules (spaCy, openpyxl,
python-docx) load only when the command runs, not for ``--help``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dreamcontent.cli import run_guarded

if TYPE_CHECKING:  # pragma: no cover
    from dreamcontent.export.batch import FileOutcome

#: Same names as dreamcontent.export.FORMATS (a test keeps them equal); listed here so that
#: ``--help`` needs no import of the exporters.
FORMAT_NAMES = ("md", "html", "json", "csv", "xlsx", "docx")
TEXT_FORMATS = ("md", "html", "json", "csv")
STDOUT = "-"
MD_SEPARATOR = b"\n---\n\n"


def _usage_error(message: str) -> None:
    from dreamcontent.errors import ConfigError

    raise ConfigError(message)


def _show_progress() -> bool:
    """A progress bar only for a person watching: stderr is a terminal and this is not CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _join_stdout(fmt: str, outcomes: list[FileOutcome], n_inputs: int) -> bytes:
    """Combine the outputs of several inputs into one stream for standard output.

    md: documents separated by a horizontal rule; json: one object for one input, a list for
    several; csv: one header, then the rows of every input.
    """
    parts = [o.outputs[fmt] for o in outcomes if fmt in o.outputs]
    if fmt == "json":
        if n_inputs == 1:
            return b"".join(parts)
        import json

        from dreamcontent.export.jsonfmt import dumps

        return dumps([json.loads(p) for p in parts]).encode("utf-8")
    if fmt == "csv":
        if not parts:
            return b""
        first, rest = parts[0], parts[1:]
        out = [first]
        for p in rest:
            body = p.split(b"\r\n", 1)[1] if b"\r\n" in p else b""  # drop (BOM +) header
            out.append(body)
        return b"".join(out)
    return MD_SEPARATOR.join(parts)


@click.command(
    "generate",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.argument("paths", nargs=-1, required=True, metavar="PAD...")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMAT_NAMES),
              help="Uitvoerformaat; herhaal voor meer formaten (standaard: md).")
@click.option("-o", "--output", "output", metavar="MAP",
              help="Map voor de uitvoerbestanden. Zonder -o of met '-o -' komt tekst "
                   "(md, html, json, csv) op het scherm.")
@click.option("--top", type=click.IntRange(1, 100), default=12, show_default=True,
              help="Aantal elementen per droom (hoogste impact eerst).")
@click.option("--templates", "templates_dir",
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Map met je eigen vragen- en contentsjablonen.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Ander getal = andere formuleringen; zelfde getal = zelfde uitvoer.")
@click.option("--bom", is_flag=True,
              help="CSV met BOM (UTF-8), zodat Excel accenten goed toont.")
@click.option("--scheidingsteken", "separator", type=click.Choice(["komma", "puntkomma"]),
              default="komma", show_default=True,
              help="csv: scheidingsteken tussen kolommen; Nederlandse Excel wil puntkomma.")
@click.option("--xlsx-indeling", "xlsx_layout", type=click.Choice(["een", "klanttype"]),
              default="een", show_default=True,
              help="xlsx: één tabblad met filters, of een tabblad per klanttype.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Aantal processen (standaard: 2 bij grote batches, anders 1).")
@run_guarded
def generate(paths: tuple[str, ...], formats: tuple[str, ...], output: str | None, top: int,
             templates_dir: Path | None, seed: int, bom: bool, separator: str,
             xlsx_layout: str, jobs: int | None) -> None:
    """Maak droomvragen en content uit droombestanden, en exporteer ze.

    PAD is een droombestand (.yaml), een map met droombestanden, of een eerder gemaakte
    JSON-export (.json) die je hebt bijgewerkt. Per invoerbestand en formaat komt er één
    uitvoerbestand, genoemd naar de invoer: dreams/fysio.yaml wordt uit/fysio.docx.

    \b
    Formaten:
      md    leesbaar document per klanttype, droom en element
      html  losse, printbare webpagina met inhoudsopgave
      json  alle gegevens, voor websites en koppelingen
      csv   een rij per vraag en per contentstuk (spreadsheet, CMS)
      xlsx  Excel-werkmap met filters
      docx  Word-document

    \b
    Voorbeelden:
      dreamcontent generate dreams/fysio-vooruit.yaml
      dreamcontent generate dreams/ -f docx -f xlsx -f html -o uit/
      dreamcontent generate dreams/cijferhuis.yaml -f csv --bom -o uit/
      dreamcontent generate dreams/ -f csv --bom --scheidingsteken puntkomma -o uit/
      dreamcontent generate klant.yaml -f json > klant.json

    Afsluitcode: 0 als alles lukte, 1 als een invoerbestand fouten had (de andere worden
    wel gemaakt), 2 bij een verkeerd gebruikte opdracht.
    """
    formats = tuple(dict.fromkeys(formats or ("md",)))  # keep order, drop repeats
    to_stdout = output in (None, STDOUT)
    if to_stdout:
        binary = [f for f in formats if f not in TEXT_FORMATS]
        if binary:
            _usage_error(f"{binary[0]} is een binair formaat en kan niet naar het scherm; "
                         f"geef een uitvoermap op met -o, bijvoorbeeld: -o uit/")
        if len(formats) > 1:
            _usage_error("naar het scherm kan maar één formaat tegelijk; "
                         "geef een uitvoermap op met -o voor meer formaten")

    from dreamcontent.export.batch import (
        BatchOptions,
        collect_inputs,
        output_stems,
        run,
        stale_outputs,
        write_outcome,
    )

    plan = collect_inputs(paths)
    if to_stdout and formats[0] == "html" and len(plan.sources) > 1:
        _usage_error("html naar het scherm kan maar voor één invoerbestand; "
                     "geef een uitvoermap op met -o")
    render_options: tuple[tuple[str, object], ...] = (
        ("bom", bom),
        ("delimiter", ";" if separator == "puntkomma" else ","),
        ("layout", xlsx_layout),
    )
    options = BatchOptions(formats=formats, top=top,
                           templates_dir=str(templates_dir) if templates_dir else None,
                           seed=seed, render_options=render_options)
    stems, notes = output_stems(plan.sources)

    def err(line: str) -> None:
        click.echo(line, err=True)

    for line in plan.errors:
        err(line)
    if not to_stdout:
        for note in notes:
            err(note)

    if not plan.sources and not plan.errors:
        _usage_error("geen invoerbestanden gevonden")

    failed = bool(plan.errors)
    n_good = 0
    collected: list[FileOutcome] = []
    written: list[Path] = []
    held_back: list[str] = []  # errors wait until the progress bar is done
    out_dir = None if to_stdout else Path(str(output))
    show_bar = _show_progress() and len(plan.sources) > 1

    def handle(outcome: FileOutcome, stem: str) -> None:
        nonlocal failed, n_good
        if not outcome.ok:
            failed = True
            lines = list(outcome.errors)
            if out_dir is not None:
                # Nothing is deleted, but an old output must not pass for a fresh one.
                lines += [f"let op: {old} is niet bijgewerkt; het komt uit een eerdere run"
                          for old in stale_outputs(out_dir, stem, formats)]
            if show_bar:
                held_back.extend(lines)
            else:
                for line in lines:
                    err(line)
        elif out_dir is None:
            n_good += 1
            collected.append(outcome)
        else:
            n_good += 1
            written.extend(write_outcome(outcome, out_dir, stem))

    outcomes = run(plan.sources, options, jobs=jobs)
    if show_bar:
        with click.progressbar(length=len(plan.sources), label="Bezig", file=sys.stderr,
                               show_pos=True) as bar:
            for outcome, stem in zip(outcomes, stems, strict=True):
                handle(outcome, stem)
                bar.update(1)
        for line in held_back:
            err(line)
    else:
        for outcome, stem in zip(outcomes, stems, strict=True):
            handle(outcome, stem)

    if out_dir is None:
        data = _join_stdout(formats[0], collected, len(plan.sources))
        if data:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
    else:
        n = len(written)
        err(f"{n} {'bestand' if n == 1 else 'bestanden'} geschreven in {out_dir}")
    if failed:
        n_bad = len(plan.errors) + len(plan.sources) - n_good
        err(f"{n_bad} {'invoerbestand' if n_bad == 1 else 'invoerbestanden'} met fouten; "
            "zie hierboven")
        sys.exit(1)
