"""Dutch present-tense forms (dreamcontent.nl.verbs): stems, persons, inversion, dt, irregulars."""

from __future__ import annotations

import pytest

from dreamcontent.nl import verbs


@pytest.mark.parametrize(("inf", "stem"), [
    ("maken", "maak"), ("lopen", "loop"), ("geven", "geef"), ("reizen", "reis"),
    ("zetten", "zet"), ("bellen", "bel"), ("ontbreken", "ontbreek"), ("wandelen", "wandel"),
    ("openen", "open"), ("tekenen", "teken"), ("spelen", "speel"), ("leren", "leer"),
    ("verbeteren", "verbeter"), ("veranderen", "verander"), ("organiseren", "organiseer"),
    ("investeren", "investeer"), ("opleveren", "oplever"), ("begeleiden", "begeleid"),
    ("betalen", "betaal"), ("bewegen", "beweeg"), ("eten", "eet"), ("ademen", "adem"),
    ("schrijven", "schrijf"), ("durven", "durf"), ("doorwerken", "doorwerk"),
    ("worden", "word"), ("komen", "kom"), ("gaan", "ga"), ("bestaan", "besta"),
    # uw is a diphthong: no long vowel before w (but bouwen, kauwen, geeuwen as ever)
    ("duwen", "duw"), ("waarschuwen", "waarschuw"), ("spuwen", "spuw"), ("bouwen", "bouw"),
    ("kauwen", "kauw"), ("geeuwen", "geeuw"),
])
def test_stem(inf: str, stem: str) -> None:
    assert verbs.stem(inf) == stem


@pytest.mark.parametrize(("inf", "third"), [
    ("ontbreken", "ontbreekt"), ("worden", "wordt"), ("vinden", "vindt"), ("houden", "houdt"),
    ("bieden", "biedt"), ("besteden", "besteedt"), ("antwoorden", "antwoordt"),
    ("praten", "praat"), ("wachten", "wacht"), ("zetten", "zet"), ("zijn", "is"),
    ("hebben", "heeft"), ("kunnen", "kan"), ("willen", "wil"), ("zullen", "zal"),
    ("mogen", "mag"), ("gaan", "gaat"), ("staan", "staat"), ("doen", "doet"), ("zien", "ziet"),
    ("komen", "komt"), ("opgaan", "opgaat"), ("bestaan", "bestaat"), ("groeien", "groeit"),
])
def test_third_singular(inf: str, third: str) -> None:
    assert verbs.third_singular(inf) == third


@pytest.mark.parametrize(("inf", "plain", "inverted"), [
    ("worden", "wordt", "word"), ("vinden", "vindt", "vind"), ("houden", "houdt", "houd"),
    ("maken", "maakt", "maak"), ("gebruiken", "gebruikt", "gebruik"), ("zijn", "bent", "ben"),
    ("hebben", "hebt", "heb"), ("kunnen", "kunt", "kun"), ("willen", "wilt", "wil"),
    ("zullen", "zult", "zul"), ("gaan", "gaat", "ga"), ("praten", "praat", "praat"),
])
def test_jij_form_with_and_without_inversion(inf: str, plain: str, inverted: str) -> None:
    assert verbs.jij_form(inf) == plain
    assert verbs.jij_form(inf, inverted=True) == inverted


def test_u_keeps_t_after_inversion_and_plural_is_infinitive() -> None:
    assert verbs.present("worden", "u", inverted=True) == "wordt"
    assert verbs.present("hebben", "u") == "hebt"
    assert verbs.present("ontbreken", "wij") == "ontbreken"
    assert verbs.present("maken", "ik") == "maak"


def test_agree_follows_number() -> None:
    assert verbs.agree("ontbreken", plural_subject=True) == "ontbreken"
    assert verbs.agree("ontbreken", plural_subject=False) == "ontbreekt"
    assert verbs.agree("zijn", plural_subject=True) == "zijn"
    assert verbs.agree("zijn", plural_subject=False) == "is"


@pytest.mark.parametrize(("ik", "jij", "inverted"), [
    ("doorwerk", "doorwerkt", False), ("word", "wordt", False), ("word", "word", True),
    ("ben", "bent", False), ("ben", "ben", True), ("heb", "hebt", False),
    ("kan", "kunt", False), ("kan", "kun", True), ("wil", "wilt", False),
    ("zal", "zult", False), ("mag", "mag", False), ("zet", "zet", False),
    ("werkte", "werkte", False), ("Heb", "Heb", True),
])
def test_jij_from_ik(ik: str, jij: str, inverted: bool) -> None:
    assert verbs.jij_from_ik(ik, inverted=inverted) == jij


def test_refuses_what_is_not_a_verb_form() -> None:
    with pytest.raises(verbs.VerbFormError):
        verbs.stem("fiets")
    with pytest.raises(verbs.VerbFormError):
        verbs.jij_from_ik("werken")
