"""Tests for ``dreamcontent init``: the wizard, the commented YAML, overwrite protection."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from dreamcontent.cli import cli
from dreamcontent.dreamfile import load_dream_file, load_dream_text
from dreamcontent.errors import DreamFileError, OutputError
from dreamcontent.method.init import (
    check_target,
    render_dream_yaml,
    run_wizard,
    write_dream_file,
    yaml_scalar,
)
from dreamcontent.model import (
    Dimensie,
    DreamFile,
    Droom,
    Element,
    Klanttype,
    Niveau,
    Organisatie,
)

ROOT = Path(__file__).resolve().parent.parent


class ScriptedVrager:
    """Answers the wizard's questions from a list, and records what was asked."""

    def __init__(self, answers: list[object]) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def _next(self, vraag: str) -> object:
        self.asked.append(vraag)
        return self.answers.pop(0)

    def tekst(self, vraag: str, *, verplicht: bool = True) -> str | None:
        return self._next(vraag)  # type: ignore[return-value]

    def getal(self, vraag: str, laag: int, hoog: int, *, verplicht: bool = True) -> int | None:
        return self._next(vraag)  # type: ignore[return-value]

    def keuze(self, vraag: str, opties: list[str], *, standaard: str) -> str:
        answer = self._next(vraag)
        assert answer in opties
        return answer  # type: ignore[return-value]

    def janee(self, vraag: str, *, standaard: bool) -> bool:
        return self._next(vraag)  # type: ignore[return-value]

    def kop(self, tekst: str) -> None:
        pass


WIZARD_ANSWERS: list[object] = [
    "Bakkerij De Korrel", "brood, taart & catering",
    # klanttype 1, one dream, two elements
    "feestvierder", "viert graag met de hele familie",
    "een verjaardag waar iedereen nog weken over napraat", "persoonlijk", 5,
    'een taart met "wow"-effect', 9, True, None, "erkenning", "taart met sterretjes", True,
    "bezorging op het juiste moment", 7, False, "Koerier Snel", "geen", None, False,
    False,  # no second dream
    True,  # a second klanttype
    "cateringmanager", None,
    "een congres waar de lunch het gesprek van de dag is", "organisatie", None,
    "ja: glutenvrij # zonder gedoe", 6, False, None, "zekerheid", None, False,
    False, False,
]


def _wizard_dream() -> DreamFile:
    return run_wizard(ScriptedVrager(WIZARD_ANSWERS))


def test_wizard_builds_the_dream_file() -> None:
    df = _wizard_dream()
    assert df.organisatie.naam == "Bakkerij De Korrel"
    assert [kt.naam for kt in df.klanttypen] == ["feestvierder", "cateringmanager"]
    feest = df.klanttypen[0].dromen[0]
    assert feest.concurrent_elementen == 5 and feest.niveau is Niveau.PERSOONLIJK
    taart, bezorging = feest.elementen
    assert (taart.impact, taart.latent, taart.dimensie) == (9, True, Dimensie.ERKENNING)
    assert (bezorging.partner, bezorging.dimensie, bezorging.beeld) == ("Koerier Snel", None, None)
    congres = df.klanttypen[1].dromen[0]
    assert congres.niveau is Niveau.ORGANISATIE and congres.concurrent_elementen is None


def test_rendered_yaml_loads_back_identically() -> None:
    df = _wizard_dream()
    text = render_dream_yaml(df)
    back = load_dream_text(text, path="nieuw.yaml")
    assert (back.organisatie.naam, back.organisatie.aanbod) == (df.organisatie.naam,
                                                                df.organisatie.aanbod)
    for kt_a, kt_b in zip(df.klanttypen, back.klanttypen, strict=True):
        assert (kt_a.naam, kt_a.omschrijving) == (kt_b.naam, kt_b.omschrijving)
        for d_a, d_b in zip(kt_a.dromen, kt_b.dromen, strict=True):
            assert (d_a.droom, d_a.niveau, d_a.concurrent_elementen) == (
                d_b.droom, d_b.niveau, d_b.concurrent_elementen)
            for e_a, e_b in zip(d_a.elementen, d_b.elementen, strict=True):
                assert (e_a.naam, e_a.impact, e_a.latent, e_a.partner, e_a.dimensie,
                        e_a.beeld) == (e_b.naam, e_b.impact, e_b.latent, e_b.partner,
                                       e_b.dimensie, e_b.beeld)


def test_rendered_yaml_explains_every_key_once_in_dutch() -> None:
    text = render_dream_yaml(_wizard_dream())
    for key, fragment in [("naam", "verplicht: de naam van je organisatie"),
                          ("impact", "1 (klein) tot 10 (groot)"),
                          ("latent", "de klant weet nog niet dat hij dit nodig heeft"),
                          ("dimensie", "zekerheid | verbondenheid | erkenning | zelfontplooiing"),
                          ("concurrent_elementen", "jij biedt er iets meer")]:
        assert text.count(fragment) == 1, key
    # optional keys that were left empty are shown as a commented-out hint
    assert text.count("# partner:") == 1
    congres = text.split("een congres")[1]
    assert "# concurrent_elementen:" in congres  # unknown count: a placeholder to fill in


@pytest.mark.parametrize("value", [
    "gewoon tekst", "ja", "nee", "true", "8", "a: b", "# geen commentaar", "tekst # en meer",
    "'aanhalingstekens'", '"dubbel"', "- streepje", "@begin", "zzp’er", "crème brûlée",
    " spatie", "null", "~", "[lijst]", "{x}", "100%", "*ster", "&amp",
])
def test_yaml_scalar_round_trips(value: str) -> None:
    assert yaml.safe_load(f"k: {yaml_scalar(value)}  # uitleg\n") == {"k": value}


def test_plain_when_possible() -> None:
    assert yaml_scalar("een coach die met je meedenkt") == "een coach die met je meedenkt"
    assert yaml_scalar("yes") == '"yes"'  # YAML 1.1 would read a plain yes as true


# --- writing -----------------------------------------------------------------------------------


def test_write_refuses_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "dromen.yaml"
    target.write_text("oud\n", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write_dream_file(target, _wizard_dream())
    assert str(target) in str(info.value) and "--force" in str(info.value)
    assert info.value.exit_code == 2
    assert target.read_text(encoding="utf-8") == "oud\n"
    write_dream_file(target, _wizard_dream(), force=True)
    assert load_dream_file(target).organisatie.naam == "Bakkerij De Korrel"


def test_write_refuses_directory(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        check_target(tmp_path, force=True)


def test_invalid_model_is_never_written(tmp_path: Path) -> None:
    bad = DreamFile(Organisatie("X"), [Klanttype("k", [Droom("een droom", [
        Element("iets", impact=11)])])])
    target = tmp_path / "fout.yaml"
    with pytest.raises(DreamFileError):
        write_dream_file(target, bad)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind either


# --- CLI ----------------------------------------------------------------------------------------

PIPED = "\n".join([
    "Fietsenmaker De Spaak", "fietsreparatie",
    "forens", "",
    "   ", "elke ochtend ontspannen op kantoor",  # a blank required answer is asked again
    "persoonlijk", "veel",  "4",  # a non-number for the optional count is asked again
    "een fiets die nooit stilvalt", "12", "8", "j", "", "zekerheid", "", "n",
    "n", "n",
]) + "\n"


def test_cli_piped_session_writes_a_valid_file(tmp_path: Path) -> None:
    target = tmp_path / "dromen.yaml"
    res = CliRunner().invoke(cli, ["init", str(target)], input=PIPED)
    assert res.exit_code == 0, res.output
    assert "Dit antwoord is verplicht." in res.stdout
    assert "Geef een heel getal van 0 tot 100, of druk op Enter." in res.stdout
    assert "Geef een heel getal van 1 tot 10." in res.stdout
    df = load_dream_file(target)
    (element,) = df.klanttypen[0].dromen[0].elementen
    assert (element.naam, element.impact, element.latent) == ("een fiets die nooit stilvalt",
                                                              8, True)
    assert "1 klanttype, 1 droom, 1 element" in res.stdout


def test_cli_refuses_overwrite_before_asking(tmp_path: Path) -> None:
    target = tmp_path / "dromen.yaml"
    target.write_text("oud\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["init", str(target)], input=PIPED)
    assert res.exit_code == 2
    assert str(target) in res.stderr and "--force" in res.stderr
    assert "Naam van je organisatie" not in res.stdout
    assert target.read_text(encoding="utf-8") == "oud\n"
    res = CliRunner().invoke(cli, ["init", str(target), "--force"], input=PIPED)
    assert res.exit_code == 0 and load_dream_file(target).organisatie.naam


def test_cli_aborted_input_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "dromen.yaml"
    res = CliRunner().invoke(cli, ["init", str(target)], input="Alleen een naam\n")
    assert res.exit_code == 130 and "er is niets geschreven" in res.stderr
    assert not target.exists()


def test_interactive_session_in_a_real_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    target = tmp_path / "mijn-dromen.yaml"
    env = {**os.environ, "COLUMNS": "200", "TERM": "dumb", "PYTHONIOENCODING": "utf-8"}
    child = pexpect.spawn(sys.executable, ["-m", "dreamcontent", "init", str(target)],
                          cwd=str(ROOT), env=env, encoding="utf-8", timeout=60,
                          dimensions=(50, 200))

    def answer(prompt: str, text: str) -> None:
        child.expect_exact(prompt)
        child.sendline(text)

    answer("Naam van je organisatie:", "Kookstudio Peper")
    answer("Wat verkoop je?", "kookworkshops")
    answer("Naam van dit klanttype", "thuiskok")
    answer("Korte omschrijving", "")
    answer("Droom 1 van de thuiskok", "elke vrijdag een avond aan tafel met vrienden")
    answer("Niveau", "")
    answer("Hoeveel elementen biedt je beste concurrent?", "2")
    answer("Element 1:", "recepten die je zonder stress haalt")
    answer("Impact van 1 (klein) tot 10 (groot):", "0")
    answer("Geef een heel getal van 1 tot 10.", "8")
    answer("Latent?", "ja")
    answer("Welke partner levert dit?", "")
    answer("Dimensie", "zekerheid")
    answer("Beeldidee", "")
    answer("Nog een element? [J/n]", "")
    answer("Element 2:", "een wijnadvies bij elk gerecht")
    answer("Impact", "5")
    answer("Latent?", "")
    answer("Welke partner levert dit?", "Wijnhuis De Druif")
    answer("Dimensie", "verbondenheid")
    answer("Beeldidee", "glazen op een houten tafel")
    answer("Nog een element? [J/n]", "n")
    answer("Nog een droom voor de thuiskok? [j/N]", "")
    answer("Nog een klanttype? [j/N]", "nee")
    child.expect_exact("Volgende stap: dreamcontent check")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    df = load_dream_file(target)
    (droom,) = df.klanttypen[0].dromen
    assert droom.concurrent_elementen == 2
    assert [(e.naam, e.impact, e.latent, e.partner) for e in droom.elementen] == [
        ("recepten die je zonder stress haalt", 8, True, None),
        ("een wijnadvies bij elk gerecht", 5, False, "Wijnhuis De Druif"),
    ]
    assert "# verplicht: de naam van je organisatie" in target.read_text(encoding="utf-8")


def test_help_has_example() -> None:
    res = CliRunner().invoke(cli, ["init", "--help"])
    assert res.exit_code == 0
    assert "Voorbeelden:" in res.output and "dreamcontent init dromen.yaml --force" in res.output
