"""click's own help and error texts are Dutch, like the rest of the command line."""

from __future__ import annotations

from click.testing import CliRunner

from dreamcontent.cli import cli, i18n


def test_help_page_headings_and_metavars_are_dutch() -> None:
    out = CliRunner().invoke(cli, ["--help"]).output
    assert out.startswith("Gebruik: cli [OPTIES] OPDRACHT [ARGUMENTEN]...")
    assert "Opties:" in out and "Toon deze hulp en stop." in out
    assert "Usage:" not in out and "Options:" not in out and "Show this" not in out


def test_usage_error_is_dutch_and_names_the_option() -> None:
    result = CliRunner().invoke(cli, ["lint", "--bestaat-niet"])
    assert result.exit_code == 2
    assert "Fout: Onbekende optie '--bestaat-niet'." in result.output
    assert "Typ 'cli lint --help' voor hulp." in result.output
    assert "Error" not in result.output and "No such option" not in result.output


def test_unknown_command_is_dutch() -> None:
    result = CliRunner().invoke(cli, ["genereren-maar"])
    assert result.exit_code == 2
    assert "Onbekende opdracht 'genereren-maar'." in result.output


def test_plural_forms_follow_the_count() -> None:
    one, many = ("Got unexpected extra argument ({args})",
                 "Got unexpected extra arguments ({args})")
    assert i18n.ngettext(one, many, 1) == "Onverwacht extra argument ({args})"
    assert i18n.ngettext(one, many, 3) == "Onverwachte extra argumenten ({args})"


def test_untranslated_text_stays_as_click_wrote_it() -> None:
    assert i18n.gettext("Some new click text") == "Some new click text"
    assert i18n.ngettext("a {x}", "b {x}", 2) == "b {x}"


def test_install_is_idempotent() -> None:
    i18n.install()
    i18n.install()
    out = CliRunner().invoke(cli, ["--help"]).output
    assert "[OPTIES]" in out and "[OPTIONS]" not in out
