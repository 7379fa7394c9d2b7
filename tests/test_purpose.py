"""Tests for ``dreamcontent purpose`` (dreamcontent.method.purpose and its CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dreamcontent.cli import cli
from dreamcontent.dreamfile import load_dream_file
from dreamcontent.method.purpose import (
    GROOTHEIDSWAAN_STAMMEN,
    GROOTHEIDSWAAN_WOORDEN,
    KOP,
    draad,
    draft_purposes,
    format_purpose,
    grootheidswaan,
    toets_purpose,
)
from dreamcontent.method.words import tokens
from dreamcontent.model import Dimensie, DreamFile, Droom, Element, Klanttype, Organisatie

ROOT = Path(__file__).resolve().parent.parent
DREAMS = sorted((ROOT / "dreams").glob("*.yaml"))


def _dream(dromen: dict[str, list[str]], aanbod: str | None = "kookworkshops") -> DreamFile:
    """A small dream file: klanttype -> dreams, each with one element per dimension."""
    kts = []
    for kt, texts in dromen.items():
        ds = []
        for text in texts:
            els = [Element(naam=f"element {i}", impact=5 + i, dimensie=d)
                   for i, d in enumerate(Dimensie)]
            ds.append(Droom(droom=text, elementen=els))
        kts.append(Klanttype(naam=kt, dromen=ds))
    return DreamFile(Organisatie(naam="Kookstudio Peper", aanbod=aanbod), kts, path="k.yaml")


@pytest.mark.parametrize("path", DREAMS, ids=lambda p: p.name)
def test_drafts_for_bundled_dreams_pass_their_own_check(path: Path) -> None:
    rap = draft_purposes(load_dream_file(path))
    assert 2 <= len(rap.concepten) <= 4
    assert [c.nummer for c in rap.concepten] == list(range(1, len(rap.concepten) + 1))
    for c in rap.concepten:
        assert toets_purpose(c.tekst) == [], c.tekst
        assert c.tekst.startswith(("Wij ", "Onze klanten "))


@pytest.mark.parametrize("path", DREAMS, ids=lambda p: p.name)
def test_drafts_contain_no_world_saving_words(path: Path) -> None:
    text = format_purpose(draft_purposes(load_dream_file(path)))
    words = tokens(text.split("De rode draad")[1])  # the drafts, not the instructions
    for w in words:
        assert w not in GROOTHEIDSWAAN_WOORDEN
        assert not any(root in w for root in GROOTHEIDSWAAN_STAMMEN), w


def test_drafts_are_marked_and_deterministic() -> None:
    df = load_dream_file(DREAMS[0])
    a, b = format_purpose(draft_purposes(df)), format_purpose(draft_purposes(df))
    assert a == b
    assert a.startswith(KOP) and "Concept — pas aan" in a
    assert "--toets" in a  # tells the user how to check the edited version


def test_drafts_are_built_from_the_dreams_of_every_customer_type() -> None:
    df = _dream({"thuiskok": ["elke vrijdag een avond aan tafel met vrienden"],
                 "teamleider": ["een team dat na een uitje echt samenwerkt"]})
    rap = draft_purposes(df)
    first = rap.concepten[0].tekst
    assert "de thuiskok is dat elke vrijdag een avond aan tafel met vrienden" in first
    assert "de teamleider is dat een team dat na een uitje echt samenwerkt" in first
    assert any("kookworkshops" in c.tekst for c in rap.concepten)


def test_personal_dreams_are_quoted_not_rewritten() -> None:
    df = _dream({"zzp’er": ["een bedrijf dat groeit zonder dat ik elke avond doorwerk"]})
    first = draft_purposes(df).concepten[0].tekst
    assert "„een bedrijf dat groeit zonder dat ik elke avond doorwerk”" in first
    assert toets_purpose(first) == []


def test_world_saving_dream_is_left_out_and_reported() -> None:
    df = _dream({"thuiskok": ["een wereld waarin iedereen gezond kookt"],
                 "teamleider": ["een team dat echt samenwerkt"]})
    rap = draft_purposes(df)
    assert all(not grootheidswaan(c.tekst) for c in rap.concepten)
    assert any("wereld" in o for o in rap.overgeslagen)


def test_common_thread_shared_dimensions_and_words() -> None:
    df = _dream({"thuiskok": ["een avond aan tafel met vrienden"],
                 "teamleider": ["een team aan tafel dat samenwerkt"]})
    d = draad(df)
    # both customer types have the same impacts: zelfontplooiing (8) and erkenning (7) lead
    assert d.gedeeld == [Dimensie.ZELFONTPLOOIING, Dimensie.ERKENNING]
    assert d.dimensies[Dimensie.ZEKERHEID] == 10
    assert ("element", 2) in d.woorden


def test_without_aanbod_still_two_drafts() -> None:
    rap = draft_purposes(_dream({"thuiskok": ["een avond aan tafel met vrienden"]}, aanbod=None))
    assert len(rap.concepten) >= 2
    assert "meer dan een product" in rap.concepten[-1].tekst


# --- toets ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Wij laten samen een betere wereld groeien.",
    "Wij zijn wereldverbeteraars in de bakkerij.",
    "Wij redden de planeet, één warmtepomp tegelijk.",
    "Een revolutie in boekhouden.",
    "Voor de mensheid en de aarde.",
])
def test_toets_flags_world_saving(text: str) -> None:
    assert "grootheidswaan" in [m.code for m in toets_purpose(text)]


@pytest.mark.parametrize("text", [
    "Wij helpen hardlopers pijnvrij naar hun eerste marathon.",
    "Wij bakken aardewerk dat een leven lang meegaat.",  # 'aarde' only as a whole word
    "Wij zorgen dat zzp'ers om zes uur hun laptop dichtklappen.",
])
def test_toets_accepts_customer_close_statements(text: str) -> None:
    assert toets_purpose(text) == []


def test_toets_length_and_voice() -> None:
    long_sentence = "Wij helpen " + " ".join(["klanten"] * 30) + "."
    assert [m.code for m in toets_purpose(long_sentence)] == ["te-lang"]
    assert [m.code for m in toets_purpose("Wij helpen jou sneller te lopen.")] == ["jij-vorm"]
    # a quoted dream in customer words is not the organisation addressing the reader
    assert toets_purpose("Wij maken waar: „een huis waar je het warm hebt”.") == []


# --- CLI --------------------------------------------------------------------------------------


def _run(*args: str):
    return CliRunner().invoke(cli, ["purpose", *args])


def test_cli_text_and_json() -> None:
    res = _run(str(DREAMS[0]))
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith(KOP)
    res = _run(str(DREAMS[0]), "--format", "json")
    data = json.loads(res.stdout)
    assert data["purpose"]["kop"] == KOP and data["purpose"]["concept"] is True
    assert set(data["purpose"]["draad"]) == {"klanttypen", "dimensies", "gedeelde_dimensies",
                                             "woorden"}
    assert all({"nummer", "soort", "tekst"} == set(c) for c in data["purpose"]["concepten"])


def test_cli_toets_exit_codes() -> None:
    bad = _run("--toets", "Wij laten een betere wereld groeien.")
    assert bad.exit_code == 1 and "[grootheidswaan]" in bad.stdout
    good = _run("--toets", "Wij helpen hardlopers pijnvrij naar hun eerste marathon.")
    assert good.exit_code == 0 and "geen opmerkingen" in good.stdout
    data = json.loads(_run("--toets", "De planeet redden.", "--format", "json").stdout)
    assert data["toets"]["meldingen"][0]["code"] == "grootheidswaan"


def test_cli_bad_input(tmp_path: Path) -> None:
    res = _run()
    assert res.exit_code == 2 and "--toets" in res.stderr
    missing = _run(str(tmp_path / "weg.yaml"))
    assert missing.exit_code == 2 and "weg.yaml" in missing.stderr
    assert "Traceback" not in missing.output


def test_help_has_example() -> None:
    res = _run("--help")
    assert res.exit_code == 0
    assert "Voorbeelden:" in res.output and "dreamcontent purpose dreams/" in res.output


def test_many_long_customer_types_still_give_short_drafts() -> None:
    names = [f"eigenaar van een middelgroot familiebedrijf in sector {i}" for i in range(6)]
    df = _dream({n: [f"een bedrijf dat de volgende generatie met plezier overneemt {i}"]
                 for i, n in enumerate(names)})
    rap = draft_purposes(df)
    for c in rap.concepten:
        assert [m.code for m in toets_purpose(c.tekst)] == [], c.tekst
    assert any("te lang" in o for o in rap.overgeslagen)
