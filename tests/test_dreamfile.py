"""Tests for the dream-file loader (``dreamcontent.dreamfile``).

Bad-input files live in ``tests/fixtures/dreamfiles/<name>.yaml`` with the exact expected
error output next to them in ``<name>.expected`` (golden files, ``file:line:col: message``).
Refresh them with ``DREAMCONTENT_UPDATE_GOLDEN=1 pytest tests/test_dreamfile.py`` and review
the diff. Smaller cases are golden strings in this file.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dreamcontent.dreamfile import (
    MAX_PROBLEMS,
    DreamFileProblems,
    find_dream_files,
    load_dream_file,
    load_dream_files,
    load_dream_text,
)
from dreamcontent.errors import DreamcontentError, DreamFileError
from dreamcontent.model import Dimensie, DreamFile, Niveau

ROOT = Path(__file__).resolve().parent.parent
DREAMS = ROOT / "dreams"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dreamfiles"
UPDATE = os.environ.get("DREAMCONTENT_UPDATE_GOLDEN") == "1"

# A minimal valid file; tests below change one thing in it.
BASE = """\
organisatie:
  naam: Fysio Vooruit
klanttypen:
  - naam: recreatieve hardloper
    dromen:
      - droom: een pijnvrije marathon
        elementen:
          - naam: sterkere heupspieren
            impact: 8
"""


def errors_of(text: str, path: str = "x.yaml") -> str:
    """The complete error output for ``text`` (fails the test if it loads)."""
    with pytest.raises(DreamFileError) as info:
        load_dream_text(text, path=path)
    return str(info.value)


def element_with(*lines: str) -> str:
    """BASE with extra lines in the element (12 spaces indentation, from line 10 on)."""
    return BASE + "".join(f"            {line}\n" for line in lines)


# --------------------------------------------------------------------------------------------
# The example files


EXPECTED_COUNTS = {
    "fysio-vooruit.yaml": ("Fysio Vooruit", [14, 10, 8]),
    "cijferhuis.yaml": ("Cijferhuis Administratie & Advies", [14, 10, 8]),
    "warmte-thuis.yaml": ("Installatiebedrijf Warmte Thuis", [11, 10, 8]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_COUNTS))
def test_example_files_load_with_expected_counts(name: str) -> None:
    dream = load_dream_file(DREAMS / name)
    org, counts = EXPECTED_COUNTS[name]
    assert dream.organisatie.naam == org
    assert dream.path == str(DREAMS / name)
    assert [len(d.elementen) for kt in dream.klanttypen for d in kt.dromen] == counts
    assert 2 <= len(dream.klanttypen) <= 3


@pytest.mark.parametrize("name", sorted(EXPECTED_COUNTS))
def test_example_files_cover_the_method(name: str) -> None:
    """What the examples promise to other modules: all dimensions, latent and not, partners,
    an influencer dream, images, and more than 12 elements somewhere (top-12 selection)."""
    dream = load_dream_file(DREAMS / name)
    elements = [e for kt in dream.klanttypen for d in kt.dromen for e in d.elementen]
    assert {e.dimensie for e in elements} == set(Dimensie)
    assert any(e.latent for e in elements) and any(not e.latent for e in elements)
    assert sum(1 for e in elements if e.partner) >= 3
    assert all(e.beeld for e in elements)
    assert Niveau.BEINVLOEDER in {d.niveau for kt in dream.klanttypen for d in kt.dromen}
    assert len({e.impact for e in elements}) >= 5
    for kt in dream.klanttypen:
        for d in kt.dromen:
            assert 8 <= len(d.elementen) <= 15
            assert [e.index for e in d.elementen] == list(range(len(d.elementen)))


def test_examples_have_a_dream_with_more_than_twelve_elements() -> None:
    sizes = [len(d.elementen) for f in find_dream_files([DREAMS])
             for kt in load_dream_file(f).klanttypen for d in kt.dromen]
    assert max(sizes) > 12


def test_example_values_are_read_exactly() -> None:
    dream = load_dream_file(DREAMS / "fysio-vooruit.yaml")
    hardloper = dream.klanttypen[0]
    assert hardloper.naam == "recreatieve hardloper"
    droom = hardloper.dromen[0]
    assert droom.droom == "een pijnvrije marathon in het voorjaar"
    assert droom.niveau is Niveau.PERSOONLIJK
    assert droom.concurrent_elementen == 6
    first = droom.elementen[0]
    assert (first.naam, first.impact, first.latent, first.partner, first.dimensie) == (
        "sterkere heupspieren", 8, True, None, Dimensie.ZELFONTPLOOIING)
    schoenen = droom.elementen[2]
    assert schoenen.partner == "Loopwinkel De Kilometer" and schoenen.latent is False
    # unicode stays intact: ë, é, ’ and the ampersand
    assert droom.elementen[6].naam == "vertrouwen in je knieën"
    assert droom.elementen[9].partner == "Sportdiëtistenpraktijk Energiek"
    assert droom.elementen[13].naam == "kracht- & stabiliteitsoefeningen voor thuis"
    cijfers = load_dream_file(DREAMS / "cijferhuis.yaml")
    assert cijfers.klanttypen[0].naam == "zzp’er met een groeiend klussenbedrijf"
    assert cijfers.klanttypen[0].dromen[0].niveau is Niveau.ORGANISATIE
    cijferdag = cijfers.klanttypen[0].dromen[0].elementen[11]
    assert cijferdag.naam == 'een vaste "cijferdag" per kwartaal'


# --------------------------------------------------------------------------------------------
# Locations


def _raw_values(path: Path) -> list[tuple[str, int, int, str]]:
    """(key, line, column, text) for every located value of every object in the file."""
    dream = load_dream_file(path)
    out = []
    objects: list[object] = [dream.organisatie]
    for kt in dream.klanttypen:
        objects.append(kt)
        for d in kt.dromen:
            objects.append(d)
            objects.extend(d.elementen)
    for obj in objects:
        for key, loc in obj.locs.items():  # type: ignore[attr-defined]
            assert loc.path == str(path)
            value = getattr(obj, key)
            if isinstance(value, list):  # a list starts on the line below its key
                assert loc.line > 1 and loc.column > 1
                continue
            text = value.value if hasattr(value, "value") else value
            out.append((key, loc.line, loc.column, text))
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED_COUNTS))
def test_locations_round_trip_to_the_source(name: str) -> None:
    """Every value's Location points at exactly that value in the file, and 'key:' stands
    just before it."""
    path = DREAMS / name
    lines = path.read_text(encoding="utf-8").split("\n")
    checked = 0
    for key, line, column, value in _raw_values(path):
        source = lines[line - 1]
        before, at = source[: column - 1], source[column - 1:]
        assert before.rstrip().endswith(f"{key}:"), (name, line, key)
        if isinstance(value, bool):
            assert at.startswith(str(value).lower())
        else:
            assert at.startswith(str(value)), (name, line, column, value)
        checked += 1
    assert checked > 100


def test_object_locations_point_at_their_first_key() -> None:
    dream = load_dream_text(BASE, path="x.yaml")
    kt = dream.klanttypen[0]
    droom = kt.dromen[0]
    element = droom.elementen[0]
    assert (dream.organisatie.loc.line, dream.organisatie.loc.column) == (2, 3)
    assert (kt.loc.line, kt.loc.column) == (4, 5)
    assert (droom.loc.line, droom.loc.column) == (6, 9)
    assert (element.loc.line, element.loc.column) == (8, 13)
    assert element.locs["impact"].line == 9 and element.locs["impact"].column == 21
    assert element.loc.path == "x.yaml"


# --------------------------------------------------------------------------------------------
# Golden bad-input fixtures


GOLDEN_CASES = sorted(p.stem for p in FIXTURES.glob("*.yaml"))


@pytest.mark.parametrize("name", GOLDEN_CASES)
def test_bad_fixture_gives_expected_messages(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    with pytest.raises(DreamFileError) as info:
        load_dream_file(f"{name}.yaml")
    got = str(info.value) + "\n"
    expected_path = FIXTURES / f"{name}.expected"
    if UPDATE:
        expected_path.write_text(got, encoding="utf-8")
    assert expected_path.exists(), f"{expected_path} missing; run with DREAMCONTENT_UPDATE_GOLDEN=1"
    assert got == expected_path.read_text(encoding="utf-8")


def test_every_fixture_has_a_golden_file() -> None:
    assert GOLDEN_CASES, "no fixtures found"
    stems = {p.stem for p in FIXTURES.glob("*.expected")}
    assert stems == set(GOLDEN_CASES)


def test_problems_are_separate_sorted_and_complete() -> None:
    with pytest.raises(DreamFileProblems) as info:
        load_dream_file(FIXTURES / "veel-fouten.yaml")
    err = info.value
    assert len(err.problems) == 15
    positions = [(p.line, p.column) for p in err.problems]
    assert positions == sorted(positions)
    assert all(p.path == str(FIXTURES / "veel-fouten.yaml") for p in err.problems)
    assert str(err).split("\n") == [str(p) for p in err.problems]
    # the aggregate carries the first problem's position
    assert (err.line, err.column) == (4, 3)
    assert err.problems[3].message == "impact moet een heel getal van 1 tot 10 zijn (gevonden: 11)"
    assert isinstance(err, DreamcontentError) and isinstance(err, ValueError)


# --------------------------------------------------------------------------------------------
# Values: golden strings


@pytest.mark.parametrize(("line", "expected"), [
    ("impact: 11", "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: 11)"),
    ("impact: 0", "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: 0)"),
    ("impact: -3", "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: -3)"),
    ("impact: 7.5", "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: 7.5)"),
    ("impact: acht", "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: acht)"),
    ('impact: "8,5"',
     'x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: "8,5")'),
    ("impact: [8]",
     "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: een lijst)"),
    ("impact: {waarde: 8}",
     "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: een blok met sleutels)"),
    ("impact:", "x.yaml:9:20: impact moet een heel getal van 1 tot 10 zijn (gevonden: niets)"),
])
def test_impact_errors(line: str, expected: str) -> None:
    text = BASE.replace("impact: 8", line)
    assert errors_of(text) == expected


@pytest.mark.parametrize(("value", "number"), [("1", 1), ("10", 10), ('"8"', 8), ("'7'", 7),
                                               ("+5", 5), ("08", 8)])
def test_impact_accepts_whole_numbers_also_quoted(value: str, number: int) -> None:
    dream = load_dream_text(BASE.replace("impact: 8", f"impact: {value}"))
    assert dream.klanttypen[0].dromen[0].elementen[0].impact == number


@pytest.mark.parametrize(("value", "expected"), [
    ("true", True), ("false", False), ("ja", True), ("nee", False), ("Ja", True),
    ("NEE", False), ("yes", True), ("no", False), ('"ja"', True), ("True", True),
])
def test_latent_accepts_true_false_ja_nee(value: str, expected: bool) -> None:
    dream = load_dream_text(element_with(f"latent: {value}"))
    assert dream.klanttypen[0].dromen[0].elementen[0].latent is expected


def test_latent_defaults_to_false_also_when_left_empty() -> None:
    assert load_dream_text(BASE).klanttypen[0].dromen[0].elementen[0].latent is False
    empty = load_dream_text(element_with("latent:"))
    assert empty.klanttypen[0].dromen[0].elementen[0].latent is False


@pytest.mark.parametrize(("value", "expected"), [
    ("misschien", "x.yaml:10:21: latent moet ja, nee, true of false zijn (gevonden: misschien)"),
    ("1", "x.yaml:10:21: latent moet ja, nee, true of false zijn (gevonden: 1)"),
    ("on", "x.yaml:10:21: latent moet ja, nee, true of false zijn (gevonden: on)"),
    ("[ja]", "x.yaml:10:21: latent moet ja, nee, true of false zijn (gevonden: een lijst)"),
])
def test_latent_rejects_other_values(value: str, expected: str) -> None:
    assert errors_of(element_with(f"latent: {value}")) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("persoonlijk", Niveau.PERSOONLIJK), ("organisatie", Niveau.ORGANISATIE),
    ("beinvloeder", Niveau.BEINVLOEDER), ("beïnvloeder", Niveau.BEINVLOEDER),
    ("Beïnvloeder", Niveau.BEINVLOEDER), ("ORGANISATIE", Niveau.ORGANISATIE),
    ("  persoonlijk ", Niveau.PERSOONLIJK),
])
def test_niveau_is_matched_without_case_and_accents(value: str, expected: Niveau) -> None:
    text = BASE.replace("        elementen:\n", f"        niveau: {value}\n        elementen:\n")
    assert load_dream_text(text).klanttypen[0].dromen[0].niveau is expected


def test_niveau_defaults_to_persoonlijk() -> None:
    assert load_dream_text(BASE).klanttypen[0].dromen[0].niveau is Niveau.PERSOONLIJK


@pytest.mark.parametrize(("value", "expected"), [
    ("persoonlik", "x.yaml:7:17: onbekend niveau 'persoonlik' — bedoel je 'persoonlijk'?"),
    ("beinvloeders", "x.yaml:7:17: onbekend niveau 'beinvloeders' — bedoel je 'beinvloeder'?"),
    ("beïnvloed", "x.yaml:7:17: onbekend niveau 'beïnvloed' — bedoel je 'beinvloeder'?"),
    ("organisaties", "x.yaml:7:17: onbekend niveau 'organisaties' — bedoel je 'organisatie'?"),
    ("hoog", "x.yaml:7:17: onbekend niveau 'hoog' (kies uit: persoonlijk, organisatie, "
             "beinvloeder)"),
])
def test_niveau_typos_get_a_suggestion(value: str, expected: str) -> None:
    text = BASE.replace("        elementen:\n", f"        niveau: {value}\n        elementen:\n")
    assert errors_of(text) == expected


def test_beinvloeder_with_typo_in_accented_form_is_still_suggested() -> None:
    text = BASE.replace("        elementen:\n", "        niveau: beïnvloder\n        elementen:\n")
    assert errors_of(text) == "x.yaml:7:17: onbekend niveau 'beïnvloder' — bedoel je 'beinvloeder'?"


@pytest.mark.parametrize(("value", "expected"), [
    ("zekerheid", Dimensie.ZEKERHEID), ("Verbondenheid", Dimensie.VERBONDENHEID),
    ("erkenning", Dimensie.ERKENNING), ("ZELFONTPLOOIING", Dimensie.ZELFONTPLOOIING),
])
def test_dimensie_values(value: str, expected: Dimensie) -> None:
    dream = load_dream_text(element_with(f"dimensie: {value}"))
    assert dream.klanttypen[0].dromen[0].elementen[0].dimensie is expected


@pytest.mark.parametrize(("value", "expected"), [
    ("zekerhied", "x.yaml:10:23: onbekende dimensie 'zekerhied' — bedoel je 'zekerheid'?"),
    ("zelfontplooing",
     "x.yaml:10:23: onbekende dimensie 'zelfontplooing' — bedoel je 'zelfontplooiing'?"),
    ("geld", "x.yaml:10:23: onbekende dimensie 'geld' (kies uit: zekerheid, verbondenheid, "
             "erkenning, zelfontplooiing)"),
])
def test_dimensie_typos(value: str, expected: str) -> None:
    assert errors_of(element_with(f"dimensie: {value}")) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("0", 0), ("12", 12), ('"6"', 6),
])
def test_concurrent_elementen(value: str, expected: int) -> None:
    text = BASE.replace("        elementen:\n",
                        f"        concurrent_elementen: {value}\n        elementen:\n")
    assert load_dream_text(text).klanttypen[0].dromen[0].concurrent_elementen == expected
    assert load_dream_text(BASE).klanttypen[0].dromen[0].concurrent_elementen is None


def test_concurrent_elementen_must_be_a_whole_number() -> None:
    text = BASE.replace("        elementen:\n",
                        "        concurrent_elementen: -1\n        elementen:\n")
    assert errors_of(text) == ("x.yaml:7:31: concurrent_elementen moet een heel getal van 0 of "
                               "hoger zijn (gevonden: -1)")


# --------------------------------------------------------------------------------------------
# Text values


def test_text_is_stripped_and_collapsed_and_unicode_kept() -> None:
    text = element_with(
        "partner: '  Café   De Hoek  '",
        "beeld: |",
        "  een loper bij zonsopgang,",
        "  met ’n glimlach",
    ).replace("naam: sterkere heupspieren", 'naam: "  ideeën  voor je  knieën "')
    element = load_dream_text(text).klanttypen[0].dromen[0].elementen[0]
    assert element.naam == "ideeën voor je knieën"
    assert element.partner == "Café De Hoek"
    assert element.beeld == "een loper bij zonsopgang, met ’n glimlach"


def test_decomposed_accents_are_normalised_to_nfc() -> None:
    text = BASE.replace("sterkere heupspieren", "vertrouwen in je kniee\u0308n")
    element = load_dream_text(text).klanttypen[0].dromen[0].elementen[0]
    assert element.naam == "vertrouwen in je knie\u00ebn"


def test_invisible_characters_and_odd_line_breaks_from_word_processors() -> None:
    text = BASE.replace("naam: Fysio Vooruit", "naam: \u200bFysio\u00ad Vooruit\u2028")
    text = text.replace("sterkere heupspieren", "sterkere\x85heupspieren")
    dream = load_dream_text(text)
    assert dream.organisatie.naam == "Fysio Vooruit"
    element = dream.klanttypen[0].dromen[0].elementen[0]
    assert element.naam == "sterkere heupspieren"
    assert element.locs["impact"].line == 9  # NEL did not count as a line break


def test_control_character_is_named_with_its_position() -> None:
    text = BASE.replace("naam: Fysio Vooruit", "naam: Fysio\x07 Vooruit")
    assert errors_of(text) == ("x.yaml:2:14: onzichtbaar stuurteken U+0007 in de tekst; haal het "
                               "weg (typ de tekst op deze plek eventueel opnieuw)")


def test_values_yaml_would_read_as_numbers_or_booleans_stay_text() -> None:
    text = BASE.replace("naam: Fysio Vooruit", "naam: 2024").replace(
        "naam: sterkere heupspieren", "naam: yes")
    text = text.replace("        elementen:\n", "        elementen:\n")
    dream = load_dream_text(text)
    assert dream.organisatie.naam == "2024"
    assert dream.klanttypen[0].dromen[0].elementen[0].naam == "yes"


def test_optional_text_left_empty_is_none() -> None:
    element = load_dream_text(element_with("partner:", "beeld: ''")).klanttypen[0].dromen[0]
    assert element.elementen[0].partner is None
    assert element.elementen[0].beeld is None


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("naam: sterkere heupspieren", 'naam: "   "', "x.yaml:8:19: naam mag niet leeg zijn"),
    ("naam: sterkere heupspieren", "naam:", "x.yaml:8:18: naam mag niet leeg zijn"),
    ("naam: sterkere heupspieren", "naam: ~", "x.yaml:8:19: naam mag niet leeg zijn"),
    ("droom: een pijnvrije marathon", "droom: ''", "x.yaml:6:16: droom mag niet leeg zijn"),
    ("naam: Fysio Vooruit", "naam: [Fysio, Vooruit]",
     "x.yaml:2:9: naam moet tekst zijn, geen lijst"),
    ("naam: recreatieve hardloper", "naam: {soort: hardloper}",
     "x.yaml:4:11: naam moet tekst zijn, geen blok met sleutels"),
])
def test_required_text_errors(old: str, new: str, expected: str) -> None:
    assert errors_of(BASE.replace(old, new)) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Sterkere heupspieren.", "x.yaml:8:19: de naam van een element is een woordgroep, geen zin; "
                              "haal de '.' aan het eind weg"),
    ("Heb jij sterke heupspieren?", "x.yaml:8:19: de naam van een element is een woordgroep, "
                                    "geen zin; haal de '?' aan het eind weg"),
    ("x" * 121, "x.yaml:8:19: de naam van een element is te lang (121 tekens, maximaal 120); "
                "beschrijf het element korter"),
])
def test_element_name_is_a_phrase_of_sensible_length(name: str, expected: str) -> None:
    assert errors_of(BASE.replace("sterkere heupspieren", name)) == expected


@pytest.mark.parametrize("name", ["x" * 120, "een coach die met je meedenkt",
                                  "kracht- & stabiliteitsoefeningen", "een 'nee'-dag per week",
                                  "rust, ruimte en regelmaat"])
def test_element_names_that_are_fine(name: str) -> None:
    text = BASE.replace("sterkere heupspieren", f'"{name}"' if "'" in name else name)
    assert load_dream_text(text).klanttypen[0].dromen[0].elementen[0].naam == name


# --------------------------------------------------------------------------------------------
# Keys


@pytest.mark.parametrize(("line", "expected"), [
    ("impakt: 3", "x.yaml:10:13: onbekende sleutel 'impakt' — bedoel je 'impact'?"),
    ("Latent: ja", "x.yaml:10:13: onbekende sleutel 'Latent' — bedoel je 'latent'?"),
    ("dimenise: erkenning", "x.yaml:10:13: onbekende sleutel 'dimenise' — bedoel je 'dimensie'?"),
    ("kleur: blauw", "x.yaml:10:13: onbekende sleutel 'kleur' (bij een element horen: naam, "
                     "impact, latent, partner, dimensie, beeld)"),
    ("niveau: persoonlijk", "x.yaml:10:13: de sleutel 'niveau' hoort niet bij een element maar "
                            "bij een droom; klopt de inspringing?"),
    ("impact: 9", "x.yaml:10:13: dubbele sleutel 'impact' (ook op regel 9); laat er één staan"),
])
def test_key_errors(line: str, expected: str) -> None:
    assert errors_of(element_with(line)) == expected


def test_missing_required_keys_are_reported_at_the_block() -> None:
    text = BASE.replace("            impact: 8\n", "")
    assert errors_of(text) == "x.yaml:8:13: dit element mist de verplichte sleutel 'impact'"
    text = BASE.replace("  naam: Fysio Vooruit\n", "  aanbod: fysiotherapie\n")
    assert errors_of(text) == "x.yaml:2:3: de organisatie mist de verplichte sleutel 'naam'"
    text = BASE.replace("      - droom: een pijnvrije marathon\n        elementen:",
                        "      - elementen:")
    assert errors_of(text) == "x.yaml:6:9: deze droom mist de verplichte sleutel 'droom'"
    text = "organisatie:\n  naam: Fysio Vooruit\n"
    assert errors_of(text) == "x.yaml:1:1: het bestand mist de verplichte sleutel 'klanttypen'"


def test_value_of_a_dropped_duplicate_key_is_still_checked() -> None:
    text = BASE.replace("impact: 8", "impact: 80\n            impact: 8")
    assert errors_of(text) == (
        "x.yaml:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: 80)\n"
        "x.yaml:10:13: dubbele sleutel 'impact' (ook op regel 9); laat er één staan")


def test_duplicate_keys_at_top_level() -> None:
    text = BASE + "organisatie:\n  naam: Fysio Achteruit\n"
    assert errors_of(text) == (
        "x.yaml:10:1: dubbele sleutel 'organisatie' (ook op regel 1); laat er één staan")


def test_duplicate_names_in_one_list() -> None:
    text = BASE + "          - naam: Sterkere   heupspieren\n            impact: 3\n"
    assert errors_of(text) == ("x.yaml:10:13: element 'Sterkere heupspieren' staat twee keer in "
                               "deze droom (ook op regel 8)")


def test_x_keys_at_top_level_go_to_extra() -> None:
    text = BASE + "x-notities:\n  auteur: Sanne\n  versie: 2\n"
    dream = load_dream_text(text)
    assert dream.extra == {"x-notities": {"auteur": "Sanne", "versie": 2}}
    assert errors_of(element_with("x-notitie: a")).startswith(
        "x.yaml:10:13: onbekende sleutel 'x-notitie'")


def test_x_keys_may_not_smuggle_in_python_objects() -> None:
    text = BASE + "x-aantekening: !!python/object/apply:os.system ['echo hoi']\n"
    assert errors_of(text) == ("x.yaml:10:16: x-aantekening bevat een YAML-label dat niet "
                               "ondersteund wordt (zoals !!python/...); haal het weg")


def test_non_text_key() -> None:
    text = element_with("[a, b]: 3")
    assert errors_of(text) == "x.yaml:10:13: een sleutel moet een woord zijn, zoals 'naam'"


def test_unsupported_yaml_tag() -> None:
    text = element_with("partner: !!python/object:os.system x")
    assert errors_of(text) == ("x.yaml:10:22: het YAML-label 'tag:yaml.org,2002:python/object:"
                               "os.system' wordt niet ondersteund; haal het weg")


# --------------------------------------------------------------------------------------------
# Wrong shapes


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("organisatie:\n  naam: Fysio Vooruit\n", "organisatie: Fysio Vooruit\n",
     "x.yaml:1:14: organisatie moet sleutels hebben (naam:, aanbod:), geen tekst"),
    ("organisatie:\n  naam: Fysio Vooruit\n", "organisatie:\n  - naam: Fysio Vooruit\n",
     "x.yaml:2:3: organisatie moet sleutels hebben (naam:, aanbod:), geen lijst"),
    ("organisatie:\n  naam: Fysio Vooruit\n", "organisatie:\n",
     "x.yaml:1:13: organisatie is leeg; verwacht sleutels (naam:, aanbod:)"),
    ("      - droom: een pijnvrije marathon", "      - [een pijnvrije marathon]",
     "x.yaml:6:9: een droom moet sleutels hebben (droom:, niveau:, concurrent_elementen:, "
     "elementen:), geen lijst"),
])
def test_shape_errors(old: str, new: str, expected: str) -> None:
    text = BASE.replace(old, new)
    if new.startswith("      - ["):  # the list item lost its keys; drop its other lines
        text = text.split("      - [")[0] + "      - [een pijnvrije marathon]\n"
    assert errors_of(text) == expected


def test_empty_lists() -> None:
    text = BASE.split("        elementen:")[0] + "        elementen: []\n"
    assert errors_of(text) == "x.yaml:7:20: elementen is leeg; voeg minstens één element toe"
    text = BASE.split("        elementen:")[0] + "        elementen:\n"
    assert errors_of(text) == "x.yaml:7:19: elementen is leeg; voeg minstens één element toe"
    text = BASE.split("    dromen:")[0] + "    dromen: []\n"
    assert errors_of(text) == "x.yaml:5:13: dromen is leeg; voeg minstens één droom toe"


def test_element_written_as_plain_text_gets_a_hint() -> None:
    text = BASE + "          - voldoende slaap\n"
    assert errors_of(text) == (
        "x.yaml:10:13: een element moet sleutels hebben, geen losse tekst; schrijf bijvoorbeeld "
        "'- naam: voldoende slaap' met 'impact:' eronder")


def test_top_level_scalar() -> None:
    assert errors_of("Fysio Vooruit\n") == (
        "x.yaml:1:1: dit is geen droombestand: het bevat alleen losse tekst; een droombestand "
        "begint met 'organisatie:' en 'klanttypen:'")


def test_empty_and_whitespace_only_text() -> None:
    expected = ("x.yaml: het bestand is leeg; een droombestand begint met 'organisatie:' en "
                "'klanttypen:'")
    assert errors_of("") == expected
    assert errors_of("  \n\n\t\n") == expected
    assert errors_of("\ufeff") == expected


# --------------------------------------------------------------------------------------------
# YAML syntax, translated


@pytest.mark.parametrize(("text", "expected"), [
    ("organisatie:\n  naam: [Fysio\nklanttypen: 1\n",
     "x.yaml:3:11: lijst tussen [ ] is niet goed afgesloten: verwacht ',' of ']', maar vond "
     "een ':'"),
    ("organisatie:\n  naam: {a: 1\n",
     "x.yaml:3:1: blok tussen { } is niet goed afgesloten: verwacht ',' of '}', maar vond het "
     "einde van het bestand"),
    ("organisatie:\n  naam: @fysio\n",
     "x.yaml:2:9: een waarde mag niet met '@' beginnen; zet de waarde tussen aanhalingstekens"),
    ("organisatie:\n  naam: \"Fysio \\q\"\n",
     "x.yaml:2:17: onbekende code '\\q' tussen dubbele aanhalingstekens; gebruik enkele "
     "aanhalingstekens of schrijf '\\\\'"),
    ("organisatie:\n  naam: Fysio\n  aanbod\nklanttypen: 1\n",
     "x.yaml:3:3: na deze sleutel ontbreekt een ':' (of de regel eronder springt verkeerd in)"),
    ("organisatie: *org\n",
     "x.yaml:1:14: onbekende verwijzing '*org': er staat geen anker '&org' boven"),
    ("a: &x 1\nb: &x 2\n",
     "x.yaml:2:4: het anker '&x' bestaat al (regel 1); geef het een andere naam"),
    ("organisatie: & x\n", "x.yaml:1:15: na '&' of '*' moet direct een naam staan (letters of "
                           "cijfers)"),
    ("organisatie:\n  naam: Fysio\n- klanttypen\n",
     "x.yaml:3:1: de inspringing klopt niet: hier staat een lijstitem ('-') op een plek waar het "
     "blok erboven al af is; lijn deze regel uit met de regels erboven"),
    ("organisatie:\n  naam: \"Fysio\" Vooruit\n",
     "x.yaml:2:17: onverwachte tekst; staat er iets achter een afsluitend aanhalingsteken, of "
     "springt deze regel verkeerd in?"),
])
def test_yaml_syntax_errors_in_dutch(text: str, expected: str) -> None:
    assert errors_of(text) == expected


def test_tabs() -> None:
    dream = load_dream_text(BASE.replace("naam: Fysio Vooruit", "naam: Fysio\tVooruit"))
    assert dream.organisatie.naam == "Fysio Vooruit"  # a tab inside text is just whitespace
    text = BASE.replace("            impact: 8", "\t    impact: 8")
    assert errors_of(text) == "x.yaml:9:1: tab in de inspringing; gebruik spaties om in te springen"
    dream = load_dream_text(BASE.replace("impact: 8", "impact:\t8  \t# hoog"))
    assert dream.klanttypen[0].dromen[0].elementen[0].impact == 8
    text = BASE.replace("            impact: 8", "  \t  impact: 8")
    assert errors_of(text) == "x.yaml:9:3: tab in de inspringing; gebruik spaties om in te springen"


def test_alias_bomb_is_refused_quickly() -> None:
    start = time.perf_counter()
    with pytest.raises(DreamFileError) as info:
        load_dream_file(FIXTURES / "alias-bom.yaml")
    elapsed = time.perf_counter() - start
    assert elapsed < 0.2, f"alias bomb took {elapsed:.3f}s"
    assert "te veel herhaling via ankers en verwijzingen" in str(info.value)


def test_small_aliases_are_allowed() -> None:
    text = """\
organisatie:
  naam: Fysio Vooruit
klanttypen:
  - naam: recreatieve hardloper
    dromen:
      - droom: een pijnvrije marathon
        elementen:
          - naam: sterkere heupspieren
            impact: 8
            partner: &winkel Loopwinkel De Kilometer
          - naam: goede schoenen
            impact: 6
            partner: *winkel
"""
    elementen = load_dream_text(text).klanttypen[0].dromen[0].elementen
    assert [e.partner for e in elementen] == ["Loopwinkel De Kilometer"] * 2


def test_recursive_alias_is_refused() -> None:
    assert errors_of("a: &a [1, *a]\n") == (
        "x.yaml:1:11: de verwijzing '*a' verwijst naar zichzelf; dit wordt geweigerd")


def test_deep_nesting_is_refused_quickly() -> None:
    start = time.perf_counter()
    text = "organisatie: " + "[" * 100_000 + "]" * 100_000 + "\n"
    assert errors_of(text) == (
        "x.yaml:1:78: het bestand is te diep genest (meer dan 64 niveaus); dit wordt geweigerd")
    assert time.perf_counter() - start < 0.2


def test_number_of_listed_problems_is_capped() -> None:
    many = "".join(f"  - naam: k{i}\n" for i in range(MAX_PROBLEMS + 20))
    text = "organisatie:\n  naam: Fysio\nklanttypen:\n" + many
    lines = errors_of(text).split("\n")
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[-1] == "x.yaml: … en nog 20 problemen"


# --------------------------------------------------------------------------------------------
# Files and directories


def test_binary_and_missing_files_are_named(tmp_path: Path) -> None:
    binary = tmp_path / "plaatje.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DreamFileError) as info:
        load_dream_file(binary)
    assert str(info.value) == f"{binary}: dit lijkt een binair bestand, geen tekst"
    missing = tmp_path / "weg.yaml"
    with pytest.raises(DreamFileError) as info:
        load_dream_file(missing)
    assert str(info.value) == f"{missing}: bestand niet gevonden"
    with pytest.raises(DreamFileError) as info:
        load_dream_file(tmp_path)
    assert str(info.value) == f"{tmp_path}: dit is een map, geen bestand"


def test_utf8_bom_and_windows_line_endings_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "windows.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode("utf-8"))
    dream = load_dream_file(path)
    assert dream.klanttypen[0].dromen[0].elementen[0].locs["impact"].line == 9


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"# " + b"x" * 1_000_001)
    with pytest.raises(DreamFileError) as info:
        load_dream_file(path)
    assert str(info.value) == (f"{path}: het bestand is te groot voor een droombestand "
                               "(1.000.003 bytes, maximaal 1.000.000)")


def test_find_dream_files_expands_directories_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "a.yml").write_text(BASE, encoding="utf-8")
    (tmp_path / "notities.txt").write_text("geen droom", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.YAML").write_text(BASE, encoding="utf-8")
    hidden = tmp_path / ".verborgen"
    hidden.mkdir()
    (hidden / "d.yaml").write_text(BASE, encoding="utf-8")
    extra = tmp_path / "los.txt"
    extra.write_text(BASE, encoding="utf-8")
    found = find_dream_files([tmp_path, extra, tmp_path / "a.yml"])
    assert found == [tmp_path / "a.yml", tmp_path / "b.yaml", sub / "c.YAML", extra]


def test_find_dream_files_on_the_examples() -> None:
    assert [p.name for p in find_dream_files([DREAMS])] == [
        "cijferhuis.yaml", "fysio-vooruit.yaml", "warmte-thuis.yaml"]


def test_find_dream_files_names_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet"
    with pytest.raises(DreamFileError) as info:
        find_dream_files([DREAMS, missing])
    assert str(info.value) == f"{missing}: bestand of map niet gevonden"


def test_load_dream_files_continues_past_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "goed.yaml"
    good.write_text(BASE, encoding="utf-8")
    bad = tmp_path / "kapot.yaml"
    bad.write_text(BASE.replace("impact: 8", "impact: 12"), encoding="utf-8")
    empty_dir = tmp_path / "leeg"
    empty_dir.mkdir()
    missing = tmp_path / "weg.yaml"
    results = load_dream_files([tmp_path, missing, empty_dir, good])
    assert [r.path for r in results] == [good, bad, missing, empty_dir]
    assert [r.ok for r in results] == [True, False, False, False]
    assert isinstance(results[0].dream, DreamFile) and results[0].error is None
    assert results[1].dream is None
    assert str(results[1].error) == (
        f"{bad}:9:21: impact moet een heel getal van 1 tot 10 zijn (gevonden: 12)")
    assert str(results[2].error) == f"{missing}: bestand of map niet gevonden"
    assert str(results[3].error) == f"{empty_dir}: geen droombestanden (*.yaml, *.yml) in deze map"


def test_load_dream_files_on_all_examples() -> None:
    results = load_dream_files([DREAMS])
    assert len(results) == 3 and all(r.ok for r in results)


def test_os_errors_are_described_in_dutch(tmp_path) -> None:
    import errno as _errno

    from dreamcontent.errors import OutputError
    from dreamcontent.io import atomic_write, os_error_nl

    assert os_error_nl(OSError(_errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert os_error_nl(OSError(_errno.EXDEV, "Invalid cross-device link")).startswith("systeemfout")
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(OutputError) as info:
        atomic_write(blocker / "uit.md", "tekst")  # a file where a folder should be
    message = str(info.value)
    assert "een deel van het pad is een bestand" in message or "er staat al een bestand" in message
    assert "Not a directory" not in message and "File exists" not in message
