"""The rule component that settles which 'je' it is where grammar leaves no doubt."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dreamcontent.nl.components import JE_OBJECT, JE_POSSESSIVE, JE_SUBJECT, fix_je

# (words, tags as a (wrong) tagger might give them, expected tag of 'je')
CASES = [
    # preposition + je + noun/adjective: possessive
    ("Stuur het naar je werk .", ["WW|pv|tgw|ev", "VNW|pers|pron|stan|red|3|ev|onz", "VZ|init",
     JE_OBJECT, "N|soort|ev|basis|onz|stan", "LET"], JE_POSSESSIVE),
    ("Wij regelen het met je huidige leverancier .", ["VNW|pers|pron|nomin|vol|1|mv",
     "WW|pv|tgw|mv", "VNW|pers|pron|stan|red|3|ev|onz", "VZ|init", JE_SUBJECT,
     "ADJ|prenom|basis|met-e|stan", "N|soort|ev|basis|zijd|stan", "LET"], JE_POSSESSIVE),
    # preposition + je + verb / predicative adjective: object
    ("Wij zullen de keuring voor je regelen .", ["VNW|pers|pron|nomin|vol|1|mv",
     "WW|pv|tgw|mv", "LID|bep|stan|rest", "N|soort|ev|basis|zijd|stan", "VZ|init",
     JE_POSSESSIVE, "WW|inf|vrij|zonder", "LET"], JE_OBJECT),
    ("Ons team staat voor je klaar .", ["VNW|bez|det|stan|vol|1|mv|prenom|met-e|rest",
     "N|soort|ev|basis|onz|stan", "WW|pv|tgw|met-t", "VZ|init", JE_POSSESSIVE,
     "ADJ|vrij|basis|zonder", "LET"], JE_OBJECT),
    # clause-initial verb with -t + je + noun: possessive ("Wordt je agenda voller?")
    ("Wordt je agenda voller ?", ["WW|pv|tgw|met-t", JE_SUBJECT, "N|soort|ev|basis|zijd|stan",
     "ADJ|vrij|comp|zonder", "LET"], JE_POSSESSIVE),
    # clause-initial ben/heb/modal without -t + je: subject
    ("Heb je personeel in dienst ?", ["WW|pv|tgw|ev", JE_POSSESSIVE,
     "N|soort|ev|basis|onz|stan", "VZ|init", "N|soort|ev|basis|zijd|stan", "LET"], JE_SUBJECT),
]

# contexts the component must leave to the tagger (its tag stays as given)
UNTOUCHED = [
    # genuinely ambiguous (DUTCH_NOTES): imperative + possessive, or question + subject
    ("Geef je klanten korting ?", ["WW|pv|tgw|ev", JE_SUBJECT, "N|soort|mv|basis",
     "N|soort|ev|basis|zijd|stan", "LET"]),
    # imperative + reflexive
    ("Meld je nu aan .", ["WW|pv|tgw|ev", JE_OBJECT, "BW", "VZ|fin", "LET"]),
    # -t verb not clause-initial: "Het bespaart je tijd" has the object pronoun
    ("Het bespaart je tijd .", ["VNW|pers|pron|stan|red|3|ev|onz", "WW|pv|tgw|met-t", JE_OBJECT,
     "N|soort|ev|basis|zijd|stan", "LET"]),
    # "moet je knie" after a fronted phrase: not clause-initial, left alone
    ("Daarna moet je knie rusten .", ["BW", "WW|pv|tgw|ev", JE_POSSESSIVE,
     "N|soort|ev|basis|zijd|stan", "WW|inf|vrij|zonder", "LET"]),
]


def _doc(words: str, tags: list[str]) -> Doc:
    w = words.split()
    assert len(w) == len(tags)
    return Doc(spacy.blank("nl").vocab, words=w, tags=tags)


@pytest.mark.parametrize(("words", "tags", "expected"), CASES)
def test_je_is_settled_where_grammar_is_clear(words: str, tags: list[str], expected: str) -> None:
    doc = fix_je(_doc(words, tags))
    je = next(t for t in doc if t.lower_ == "je")
    assert je.tag_ == expected
    assert ("Poss=Yes" in str(je.morph)) == (expected == JE_POSSESSIVE)


@pytest.mark.parametrize(("words", "tags"), UNTOUCHED)
def test_je_is_left_to_the_tagger_elsewhere(words: str, tags: list[str]) -> None:
    before = [t for t in tags]
    doc = fix_je(_doc(words, tags))
    assert [t.tag_ for t in doc] == before


def test_component_is_in_the_loaded_pipeline() -> None:
    from dreamcontent.nl.pipeline import get_nlp, model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("geen taalmodel")
    nlp = get_nlp()
    assert nlp.pipe_names[-1] == "dreamcontent_je"
    assert "dreamcontent_finite" in nlp.pipe_names
    doc = nlp("Heb je personeel in dienst, dan regelen wij de salarisadministratie.")
    assert doc[1].tag_ == JE_SUBJECT
