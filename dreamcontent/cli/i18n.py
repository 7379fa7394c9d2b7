"""Dutch for click's own texts ("Usage:", "Options", "Error: No such option", ...).

click marks its user-facing strings with ``gettext``/``ngettext`` and looks those names up in
its modules' globals at call time. ``install()`` replaces them there with lookups in the table
below, so help pages and usage errors read Dutch like the rest of dreamcontent. Strings that
are not in the table stay as click wrote them. The placeholders ({name!r}, {message}, ...) are
click's and are filled in by click after the lookup.
"""

from __future__ import annotations

import importlib

DUTCH: dict[str, str] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon het versienummer en stop.",
    "Try '{command} {option}' for help.": "Typ '{command} {option}' voor hulp.",
    "Error: {message}": "Fout: {message}",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Missing command.": "Geef een opdracht.",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende waarde",
    "Missing parameter: {param_name}": "Ontbrekende waarde: {param_name}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "Could not open file {filename!r}: {message}": "Kan {filename!r} niet openen: {message}",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    "{value} is not in the range {range}.": "{value} valt buiten het bereik {range}.",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "default: {default}": "standaard: {default}",
    "Aborted!": "Afgebroken.",
    "Do you want to continue?": "Wil je doorgaan?",
    "Error: invalid input": "Fout: ongeldige invoer",
}

DUTCH_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Onverwacht extra argument ({args})", "Onverwachte extra argumenten ({args})"),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("Bedoel je {possibility}?", "(Bedoel je een van: {possibilities}?)"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("Optie {name!r} heeft een waarde nodig.", "Optie {name!r} heeft {nargs} waarden nodig."),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} is geen geldige keuze; kies {choice}.",
         "{value!r} is geen geldige keuze; kies uit {choices}."),
}

CLICK_MODULES = (
    "click.core", "click.exceptions", "click.formatting", "click.decorators", "click.types",
    "click.parser", "click.termui",
)


def gettext(message: str) -> str:
    return DUTCH.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    nl = DUTCH_PLURAL.get((singular, plural))
    if nl is None:
        return singular if n == 1 else plural
    return nl[0] if n == 1 else nl[1]


#: click's usage metavars (not marked for translation in click).
METAVARS = {"[OPTIONS]": "[OPTIES]", "COMMAND": "OPDRACHT", "[ARGS]...": "[ARGUMENTEN]..."}


def _dutch_usage_pieces(collect):  # type: ignore[no-untyped-def]
    def collect_usage_pieces(self, ctx):  # type: ignore[no-untyped-def]
        pieces = []
        for piece in collect(self, ctx):
            for en, nl in METAVARS.items():
                piece = piece.replace(en, nl)
            pieces.append(piece)
        return pieces

    collect_usage_pieces._dreamcontent_dutch = True  # type: ignore[attr-defined]
    return collect_usage_pieces


def install() -> None:
    """Point click's gettext names at the Dutch table (idempotent)."""
    import click

    if not getattr(click.Command.collect_usage_pieces, "_dreamcontent_dutch", False):
        click.Command.collect_usage_pieces = _dutch_usage_pieces(  # type: ignore[method-assign]
            click.Command.collect_usage_pieces
        )
        click.Group.collect_usage_pieces = _dutch_usage_pieces(  # type: ignore[method-assign]
            click.Group.collect_usage_pieces
        )
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
