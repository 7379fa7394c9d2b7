"""`dreamcontent lint`: check Dutch copy against the house style, line by line."""

from __future__ import annotations

import os
import sys

import click

from dreamcontent.cli import run_guarded


def _like_original(path: str, text: str) -> bytes:
    """``text`` encoded with the original file's line endings and byte-order mark."""
    with open(path, "rb") as fh:
        raw = fh.read()
    if b"\r\n" in raw:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if raw.startswith(b"\xef\xbb\xbf") else data


def _split_ids(values: tuple[str, ...]) -> frozenset[str] | None:
    ids = [x.strip() for v in values for x in v.split(",") if x.strip()]
    return frozenset(ids) if ids else None


@click.command("lint")
@click.argument("paths", nargs=-1, required=True, metavar="PAD... | -")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text: per regel met samenvatting; json: lijst met "
              "meldingen; github: annotaties voor GitHub Actions.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Afsluitcode 1 vanaf dit niveau (standaard: error).")
@click.option("--enable", "enable", multiple=True, metavar="REGELS",
              help="Alleen deze regels (komma's of herhalen).")
@click.option("--disable", "disable", multiple=True, metavar="REGELS",
              help="Deze regels uitzetten (komma's of herhalen).")
@click.option("--max-zin", type=click.IntRange(min=1), default=None,
              help="Maximaal aantal woorden per zin (standaard 20).")
@click.option("--max-alinea", type=click.IntRange(min=1), default=None,
              help="Maximaal aantal woorden per alinea (standaard 100).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Configuratiebestand (pyproject.toml of .dreamcontent.toml).")
@click.option("--fix", is_flag=True, help="Herstel veilige fouten (u → je, uw → jouw, "
              "dt-fouten) in de bestanden zelf.")
@click.option("--diff", is_flag=True, help="Toon de herstellingen als diff, zonder te schrijven.")
@click.option("--kleur/--geen-kleur", default=None,
              help="Kleur in de tekstuitvoer (standaard: alleen op een terminal).")
@click.option("--processen", "-j", "processes", type=click.IntRange(min=1), default=1,
              show_default=True, metavar="N",
              help="Controleer meerdere bestanden tegelijk met N processen (sneller bij "
                   "veel bestanden op een computer met meerdere kernen).")
@click.option("--leesbaarheid/--geen-leesbaarheid", default=True, show_default=True,
              help="Leesbaarheid (Flesch-Douma) per bestand tonen, ook in JSON.")
@run_guarded
def lint(paths: tuple[str, ...], fmt: str, fail_on: str | None, enable: tuple[str, ...],
         disable: tuple[str, ...], max_zin: int | None, max_alinea: int | None,
         config_path: str | None, fix: bool, diff: bool, kleur: bool | None,
         processes: int, leesbaarheid: bool) -> None:
    """Controleer Nederlandse tekst op de huisstijl: jij-vorm, actief, kort, open vragen.

    PAD kan een bestand zijn (.txt, .md, .markdown, .html, .docx), een map (wordt
    doorzocht) of - voor standaardinvoer. In Markdown en HTML wordt alleen de lopende
    tekst gecontroleerd; bij .docx is het regelnummer het nummer van de alinea.

    Afsluitcode: 0 zonder meldingen vanaf --fail-on, 1 met zulke meldingen,
    2 bij een fout in de opdracht of een onleesbaar bestand.

    \b
    Voorbeelden:
      dreamcontent lint tekst.md
      dreamcontent lint content/ --format json > meldingen.json
      echo "Heeft u vragen?" | dreamcontent lint -
      dreamcontent lint nieuwsbrief.md --disable lange-alinea --max-zin 15
      dreamcontent lint blog.md --fix
      dreamcontent lint website/ -j 2
    """
    from dreamcontent.errors import DreamcontentError
    from dreamcontent.lint.config import (
        LintConfig,
        check_rule_ids,
        find_config,
        load_config_file,
        parse_severity,
    )
    from dreamcontent.lint.engine import Linter, Report
    from dreamcontent.lint.fixes import apply_fixes, unified_diff
    from dreamcontent.lint.formatters import format_finding, format_github, format_json, format_text
    from dreamcontent.lint.readers import expand_paths, read_source, source_from_text

    config: LintConfig = load_config_file(config_path) if config_path else find_config()
    en, dis = _split_ids(enable), _split_ids(disable)
    if en:
        check_rule_ids(en, "--enable")
    if dis:
        check_rule_ids(dis, "--disable")
    config = config.merged(
        enable=en, disable=(config.disable | dis) if dis else None,
        max_sentence_words=max_zin, max_paragraph_words=max_alinea,
        fail_on=parse_severity(fail_on, "--fail-on") if fail_on else None,
    )
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("'-' (standaardinvoer) kan niet samen met andere paden.")
    colour = kleur if kleur is not None else (sys.stdout.isatty()
                                               and "NO_COLOR" not in os.environ)

    input_errors: list[str] = []

    def sources():  # type: ignore[no-untyped-def]
        if paths == ("-",):
            data = sys.stdin.buffer.read()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                input_errors.append("<stdin>: de invoer is geen geldige UTF-8-tekst")
                click.echo(f"fout: {input_errors[-1]}", err=True)
                return
            if "\x00" in text[:8192]:
                input_errors.append("<stdin>: de invoer lijkt binair, geen tekst")
                click.echo(f"fout: {input_errors[-1]}", err=True)
                return
            yield source_from_text(text, "<stdin>", "text")
            return
        files = expand_paths(list(paths))
        for p in paths:
            if os.path.isdir(p) and not any(str(f).startswith(str(p).rstrip("/"))
                                            for f in files):
                click.echo(f"let op: geen tekstbestanden gevonden in {p}", err=True)
        for f in files:
            try:
                yield read_source(f)
            except DreamcontentError as exc:
                input_errors.append(str(exc))
                click.echo(f"fout: {exc}", err=True)

    linter = Linter(config)
    reports: list[Report] = []
    worst_hit = False
    reports_in = (linter.lint_sources_parallel(sources(), processes) if processes > 1
                  else linter.lint_sources(sources()))
    for rep in reports_in:
        src = rep.source
        findings = rep.findings
        if (fix or diff) and src is not None:
            if not src.fixable:
                if any(f.fixable for f in findings) or src.kind == "docx":
                    click.echo(f"let op: {rep.path}: .docx-bestanden worden niet automatisch "
                               "hersteld", err=True)
            else:
                fixed = apply_fixes(src.text, findings)
                if fixed != src.text:
                    if diff:
                        click.echo(unified_diff(rep.path, src.text, fixed), nl=False)
                    elif rep.path == "<stdin>":
                        click.echo(fixed, nl=False)
                    else:
                        from dreamcontent.io import atomic_write

                        atomic_write(rep.path, _like_original(rep.path, fixed))
                    if fix:
                        n = sum(1 for f in findings if f.fixable)
                        click.echo(f"{rep.path}: {n} hersteld", err=True)
                        findings = [f for f in findings if not f.fixable]
                        rep.findings = findings
        if any(f.severity.rank >= config.fail_on.rank for f in findings):
            worst_hit = True
        if not leesbaarheid:
            rep.readability = None
        if fmt == "text" and not diff and not (fix and rep.path == "<stdin>"):
            out = "\n".join(format_finding(f, colour) for f in findings)
            if out:
                click.echo(out)
            if rep.readability is not None and rep.readability.words:
                click.echo(f"{rep.path}: {rep.readability.summary()}")
        rep.source = None  # free the text of large files
        reports.append(rep)

    if not reports and input_errors and fmt == "text":
        pass  # nothing could be read: the errors above say it all, no "Geen meldingen" line
    elif fmt == "text" and not diff and not (fix and paths == ("-",)):
        summary = format_text([Report(r.path, r.findings, None) for r in reports], colour)
        click.echo(summary.splitlines()[-1], err=False)
    elif fmt == "text" and (diff or fix):
        summary = format_text([Report(r.path, r.findings, None) for r in reports], False)
        click.echo(summary.splitlines()[-1], err=True)
    elif fmt == "json":
        click.echo(format_json(reports, readability=leesbaarheid), nl=False)
    elif fmt == "github":
        click.echo(format_github(reports), nl=False)
    if input_errors:
        sys.exit(2)
    sys.exit(1 if worst_hit else 0)

