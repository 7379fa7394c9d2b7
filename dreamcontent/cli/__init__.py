"""Command line interface: a thin layer over the Python API.

Every command lives in its own module under ``dreamcontent.cli`` and is imported only when it
is run, so ``dreamcontent --help`` stays fast (no spaCy import). Errors from the library
(``DreamcontentError``) are turned into a Dutch message and an exit code in one place:
``run_guarded``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from typing import Any

import click

from dreamcontent import __version__
from dreamcontent.cli import i18n

i18n.install()

# command name -> (module, attribute, one-line help shown in `dreamcontent --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "generate": ("dreamcontent.cli.generate_cmd", "generate",
                 "Maak droomvragen en content uit droombestanden (YAML)."),
    "lint": ("dreamcontent.cli.lint_cmd", "lint",
             "Controleer Nederlandse tekst op de huisstijl (jij-vorm, actief, kort)."),
    "regels": ("dreamcontent.cli.rules_cmd", "regels",
               "Toon alle stijlregels met voorbeelden."),
    "check": ("dreamcontent.cli.check_cmd", "check",
              "Rapport over droombestanden: dimensies, latente elementen, partners."),
    "purpose": ("dreamcontent.cli.purpose_cmd", "purpose",
                "Concept-purpose-statements uit de dromen van je klanttypen."),
    "zelftoets": ("dreamcontent.cli.zelftoets_cmd", "zelftoets",
                  "De WHY-zelftoets: zeven stellingen, met advies."),
    "init": ("dreamcontent.cli.init_cmd", "init",
             "Begeleide start: maak stap voor stap een droombestand."),
    "serve": ("dreamcontent.cli.serve_cmd", "serve",
              "Start de webpagina op je eigen computer."),
    "model": ("dreamcontent.cli.model_cmd", "model",
              "Het Nederlandse taalmodel: info, evalueren en opnieuw trainen."),
}
ALIASES = {"rules": "regels", "genereer": "generate"}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._available())

    def _available(self) -> dict[str, tuple[str, str, str]]:
        out = {}
        for name, spec in COMMANDS.items():
            if importlib.util.find_spec(spec[0]) is not None:
                out[name] = spec
        return out

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd_name = ALIASES.get(cmd_name, cmd_name)
        spec = self._available().get(cmd_name)
        if spec is None:
            return None
        module = importlib.import_module(spec[0])
        return getattr(module, spec[1])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, spec[2]) for name, spec in sorted(self._available().items())]
        if rows:
            with formatter.section("Opdrachten"):
                formatter.write_dl(rows)


CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", message="dreamcontent %(version)s")
def cli() -> None:
    """dreamcontent: droomvragen, content en een stijlchecker voor Nederlandse marketingteksten.

    \b
    Voorbeelden:
      dreamcontent generate dreams/
      dreamcontent lint tekst.md
      dreamcontent regels
    """


def run_guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator for command callbacks: DreamcontentError -> Dutch message + exit code."""
    import functools

    from dreamcontent.errors import DreamcontentError

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DreamcontentError as exc:
            # Messages that carry a location (file:line:col: ...) are printed as they are, one
            # problem per line, so editors can jump to them; others get a "fout:" prefix.
            text = str(exc)
            click.echo(text if exc.path is not None else f"fout: {text}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("afgebroken", err=True)
            sys.exit(130)

    return wrapper


def main() -> None:
    cli(prog_name="dreamcontent")
