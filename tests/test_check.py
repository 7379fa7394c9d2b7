"""Tests for ``dreamcontent check`` (dreamcontent.method.check and its CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dreamcontent.cli import cli
from dreamcontent.dreamfile import load_dream_file
from dreamcontent.method.check import (
    CODES,
    Ernst,
    check_dream,
    format_report,
    offer_words,
    product_reason,
    reports_to_json,
)
from dreamcontent.method.words import np_head, stem, words_related

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "method" / "check"
DREAMS = ROOT / "dreams"


def _codes(path: Path) -> list[str]:
    return [m.code for m in check_dream(load_dream_file(path)).meldingen]


# --- every code has positive and negative fixtures ---------------------------------------


def _fixtures(kind: str) -> list[tuple[str, Path]]:
    out = []
    for code in CODES:
        for path in sorted(FIXTURES.glob(f"{code}-{kind}*.yaml")):
            out.append((code, path))
    return out


def test_every_code_has_positive_and_negative_fixtures() -> None:
    for code in CODES:
        assert list(FIXTURES.glob(f"{code}-ja*.yaml")), f"no positive fixture for {code}"
        assert list(FIXTURES.glob(f"{code}-nee*.yaml")), f"no negative fixture for {code}"


@pytest.mark.parametrize(("code", "path"), _fixtures("ja"), ids=lambda x: getattr(x, "name", x))
def test_positive_fixture_triggers_exactly_its_code(code: str, path: Path) -> None:
    assert _codes(path) == [code]


@pytest.mark.parametrize(("code", "path"), _fixtures("nee"), ids=lambda x: getattr(x, "name", x))
def test_negative_fixture_does_not_trigger(code: str, path: Path) -> None:
    assert code not in _codes(path)


def test_good_file_has_no_findings() -> None:
    rap = check_dream(load_dream_file(FIXTURES / "goed.yaml"))
    assert rap.meldingen == []
    assert "geen — het droombestand volgt de methode" in format_report(rap)


# --- messages and figures ------------------------------------------------------------------


def test_message_names_dream_and_location() -> None:
    path = FIXTURES / "te-weinig-elementen-ja.yaml"
    (m,) = check_dream(load_dream_file(path)).meldingen
    assert m.format() == (
        f"{path}:10:31: waarschuwing [te-weinig-elementen] droom 'elke ochtend ontspannen en op "
        "tijd op kantoor' (forens): 5 elementen, de concurrent biedt er 5; de methode vraagt "
        "iets meer dan de concurrent: voeg er minstens 1 toe"
    )
    assert m.ernst is Ernst.WAARSCHUWING
    # the location is the competitor count that the dream is compared with
    line = path.read_text(encoding="utf-8").splitlines()[m.line - 1]
    assert line[m.column - 1:] == "5" and "concurrent_elementen" in line


def test_explicit_latent_false_counts_as_tested() -> None:
    rap = check_dream(load_dream_file(FIXTURES / "hoge-impact-niet-latent-nee.yaml"))
    (d,) = rap.dromen
    assert [e.impact for e in d.droom.elementen if e.impact >= 8] == [9, 8]
    assert d.hoge_impact_niet_latent == []


def test_high_impact_points_at_the_element_line() -> None:
    path = FIXTURES / "hoge-impact-niet-latent-ja.yaml"
    (m,) = check_dream(load_dream_file(path)).meldingen
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "een vaste monteur die je kent" in lines[m.line - 1]
    assert m.element == "een vaste monteur die je kent"


def test_dream_figures() -> None:
    rap = check_dream(load_dream_file(FIXTURES / "dimensie-ontbreekt-ja.yaml"))
    (d,) = rap.dromen
    assert (d.aantal, d.concurrent, d.latent, d.eigen) == (5, 4, 3, 4)
    assert [x.value for x in d.ontbrekend] == ["erkenning"]
    assert d.latent_aandeel == pytest.approx(0.6)


def test_partner_ecosystem_matches_the_file() -> None:
    df = load_dream_file(DREAMS / "fysio-vooruit.yaml")
    rap = check_dream(df)
    elems = [(e, d, kt) for kt in df.klanttypen for d in kt.dromen for e in d.elementen]
    expected = {(e.partner, e.naam, d.droom, kt.naam) for e, d, kt in elems if e.partner}
    got = {(p.naam, lv.element, lv.droom, lv.klanttype)
           for p in rap.partners for lv in p.leveringen}
    assert got == expected and got
    assert rap.totaal_elementen == len(elems)
    assert rap.eigen_elementen == sum(1 for e, _, _ in elems if not e.partner)
    text = format_report(rap)
    assert "Partners (ecosysteem):" in text
    assert f"Zelf geleverd: {rap.eigen_elementen} van {rap.totaal_elementen} elementen" in text


def test_bundled_dreams_are_not_products() -> None:
    for path in sorted(DREAMS.glob("*.yaml")):
        assert "droom-is-product" not in _codes(path), path.name


# --- product versus dream -------------------------------------------------------------------


@pytest.mark.parametrize(("aanbod", "expected"), [
    ("sportfysiotherapie en looptraining", ["sportfysiotherapie", "looptraining"]),
    ("boekhouding, belastingaangiftes en financieel advies voor zzp’ers en mkb",
     ["boekhouding", "belastingaangiftes", "advies"]),
    ("taarten & brood", ["taarten", "brood"]),
    (None, []),
])
def test_offer_words_are_heads_without_target_group(aanbod: str | None,
                                                    expected: list[str]) -> None:
    assert offer_words(aanbod) == expected


@pytest.mark.parametrize("droom", [
    "fysiotherapie zonder wachttijd",  # compound head of the aanbod word
    "de beste looptrainingen van de stad",  # plural of an aanbod word
    "een nieuwe website",  # bare product noun phrase
    "een onderhoudsabonnement",  # compound ending in a product noun
])
def test_product_like_dreams(droom: str) -> None:
    assert product_reason(droom, offer_words("sportfysiotherapie en looptraining")) is not None


@pytest.mark.parametrize("droom", [
    "een pijnvrije marathon in het voorjaar",
    "een bedrijf dat groeit zonder dat ik elke avond doorwerk",
    "elke week zonder pijn de baan op, ook na mijn vijftigste",
    "een trainingsweek zonder pijn",  # 'training' only as modifier, not the head
])
def test_real_dreams(droom: str) -> None:
    assert product_reason(droom, offer_words("sportfysiotherapie en looptraining")) is None


def test_light_stemmer_is_consistent() -> None:
    assert stem("hardlopers") == stem("hardloper")
    assert stem("pakketten") == stem("pakket")
    assert stem("tarieven") == "tarief"
    assert words_related("prijzen", "prijs")
    assert words_related("sportfysiotherapie", "fysiotherapie")
    assert not words_related("app", "happy")
    assert np_head("een coach die met je meedenkt") == "coach"


# --- CLI ------------------------------------------------------------------------------------


def _run(*args: str):
    return CliRunner().invoke(cli, ["check", *args])


def test_cli_exit_codes() -> None:
    assert _run(str(FIXTURES / "goed.yaml")).exit_code == 0
    assert _run(str(FIXTURES / "concurrent-onbekend-ja.yaml")).exit_code == 0  # info only
    assert _run(str(FIXTURES / "weinig-latent-ja.yaml")).exit_code == 1
    assert _run(str(FIXTURES / "weinig-latent-ja.yaml"), "--exit-zero").exit_code == 0


def test_cli_unreadable_input_exits_2_and_continues(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.yaml"
    bad.write_text("organisatie:\n  naam: [\n", encoding="utf-8")
    res = _run(str(bad), str(FIXTURES / "goed.yaml"), str(tmp_path / "bestaat-niet.yaml"))
    assert res.exit_code == 2
    assert "Traceback" not in res.output
    assert "kapot.yaml:" in res.stderr and "bestaat-niet.yaml" in res.stderr
    assert "Fietsenmaker De Spaak" in res.stdout  # the good file is still reported


def test_cli_json_shape(tmp_path: Path) -> None:
    out = tmp_path / "rapport.json"
    res = _run(str(FIXTURES / "weinig-latent-ja.yaml"), str(FIXTURES / "goed.yaml"),
               "--format", "json", "-o", str(out))
    assert res.exit_code == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["versie"] == 1
    assert data["samenvatting"] == {"bestanden": 2, "waarschuwingen": 1, "info": 0, "fouten": 0}
    first = data["bestanden"][0]
    assert set(first) == {"bestand", "organisatie", "dromen", "partners", "eigen_elementen",
                          "totaal_elementen", "meldingen"}
    (droom,) = first["dromen"]
    assert droom["latent"] == 1 and droom["latent_aandeel"] == 0.2
    assert droom["dimensies"] == {"zekerheid": 2, "verbondenheid": 1, "erkenning": 1,
                                  "zelfontplooiing": 1}
    (melding,) = first["meldingen"]
    assert melding["code"] == "weinig-latent" and melding["ernst"] == "waarschuwing"
    assert melding["regel"] == 8 and melding["kolom"] == 9
    assert first["partners"] == [{"naam": "Buitensport Noord", "elementen": [
        {"naam": "regenkleding die echt droog blijft",
         "droom": "elke ochtend ontspannen en op tijd op kantoor", "klanttype": "forens"}]}]


def test_reports_to_json_counts_errors() -> None:
    data = reports_to_json([], [("x.yaml", "x.yaml: bestand niet gevonden")])
    assert data["samenvatting"]["fouten"] == 1
    assert data["fouten"] == [{"bestand": "x.yaml", "bericht": "x.yaml: bestand niet gevonden"}]


def test_cli_directory_of_bundled_dreams() -> None:
    res = _run(str(DREAMS), "--exit-zero")
    assert res.exit_code == 0, res.output
    for path in sorted(DREAMS.glob("*.yaml")):
        assert str(path) in res.stdout


def test_help_has_example() -> None:
    res = _run("--help")
    assert res.exit_code == 0
    assert "Voorbeelden:" in res.output and "dreamcontent check" in res.output


def test_product_message_names_the_offer_word() -> None:
    path = FIXTURES / "droom-is-product-ja.yaml"
    (m,) = check_dream(load_dream_file(path)).meldingen
    assert "de droom noemt wat je verkoopt: 'fietsreparatie';" in m.bericht
    line = path.read_text(encoding="utf-8").splitlines()[m.line - 1]
    assert line[m.column - 1:] == "snelle fietsreparatie zonder afspraak"
    reason = product_reason("fysiotherapie zonder wachttijd",
                            offer_words("sportfysiotherapie en looptraining"))
    assert reason is not None and "'fysiotherapie' (aanbod: 'sportfysiotherapie')" in reason


def test_cli_empty_directory_exits_2(tmp_path: Path) -> None:
    res = _run(str(tmp_path))
    assert res.exit_code == 2
    assert f"{tmp_path}: geen droombestanden (*.yaml, *.yml) gevonden" in res.stderr
