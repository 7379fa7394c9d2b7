"""Customer-side text -> jij-vorm (dreamcontent.nl.perspective), on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dreamcontent.errors import LanguageError
from dreamcontent.model import Location
from dreamcontent.nl.perspective import needs_conversion, to_jij

_VOCAB = spacy.blank("nl").vocab
IK = ("ik", "VNW|pers|pron|nomin|vol|1|ev", "PRON")


def doc(words: list[str], tags: list[str], pos: list[str] | None = None,
        deps: list[str] | None = None, heads: list[int] | None = None) -> Doc:
    n = len(words)
    return Doc(_VOCAB, words=words, spaces=[True] * (n - 1) + [False], tags=tags,
               pos=pos or ["X"] * n,
               deps=deps or ["dep"] * n, heads=heads or list(range(n)))


SUB = ["een", "bedrijf", "dat", "groeit", "zonder", "dat", "ik", "elke", "avond", "doorwerk"]
SUB_TAGS = ["LID|onbep|stan|agr", "N|soort|ev|basis|onz|stan", "VNW|betr|pron|stan|vol|3|ev",
            "WW|pv|tgw|met-t", "VZ|init", "VG|onder", IK[1],
            "VNW|onbep|det|stan|prenom|met-e|evz", "N|soort|ev|basis|zijd|stan"]


def test_subordinate_clause_verb_gets_t_and_stays_joined() -> None:
    d = doc(SUB, [*SUB_TAGS, "WW|pv|tgw|ev"],
            deps=["det", "ROOT", "nsubj", "acl:relcl", "case", "mark", "nsubj", "det", "obl",
                  "advcl"],
            heads=[1, 1, 3, 1, 9, 9, 9, 8, 9, 3])
    assert to_jij(d) == "een bedrijf dat groeit zonder dat jij elke avond doorwerkt"


def test_clause_final_verb_is_found_when_the_tagger_calls_it_a_noun() -> None:
    d = doc(SUB, [*SUB_TAGS, "N|soort|ev|basis|onz|stan"])
    assert to_jij(d) == "een bedrijf dat groeit zonder dat jij elke avond doorwerkt"


@pytest.mark.parametrize(("words", "tags", "expected"), [
    (["elke", "dag", "heb", "ik", "energie"],
     ["VNW|onbep|det|stan|prenom|met-e|evz", "N|soort|ev|basis|zijd|stan", "WW|pv|tgw|ev",
      IK[1], "N|soort|ev|basis|zijd|stan"],
     "elke dag heb jij energie"),
    (["straks", "kan", "ik", "het", "aan"],
     ["BW", "WW|pv|tgw|ev", IK[1], "VNW|pers|pron|stan|red|3|ev|onz", "VZ|fin"],
     "straks kun jij het aan"),
    (["ik", "word", "sterker"],
     [IK[1], "WW|pv|tgw|ev", "ADJ|vrij|comp|zonder"],
     "jij wordt sterker"),
    (["Ik", "ben", "fit"],
     [IK[1], "WW|pv|tgw|ev", "ADJ|vrij|basis|zonder"],
     "Jij bent fit"),
    (["ik", "liep", "de", "marathon"],
     [IK[1], "WW|pv|verl|ev", "LID|bep|stan|rest", "N|soort|ev|basis|zijd|stan"],
     "jij liep de marathon"),
])
def test_main_clause_and_inversion(words: list[str], tags: list[str], expected: str) -> None:
    assert to_jij(doc(words, tags)) == expected


def test_pronouns_and_possessives() -> None:
    d = doc(["tijd", "voor", "mezelf", "en", "mijn", "gezin", "met", "mij"],
            ["N|soort|ev|basis|zijd|stan", "VZ|init", "VNW|pr|pron|obl|nadr|1|ev", "VG|neven",
             "VNW|bez|det|stan|vol|1|ev|prenom|zonder|agr", "N|soort|ev|basis|onz|stan",
             "VZ|init", "VNW|pr|pron|obl|vol|1|ev"])
    assert to_jij(d) == "tijd voor jezelf en jouw gezin met jou"


def test_wij_becomes_jullie_with_reflexive_ons() -> None:
    d = doc(["een", "bedrijf", "waarin", "we", "elke", "maand", "weten", "waar", "we", "staan"],
            ["LID|onbep|stan|agr", "N|soort|ev|basis|onz|stan", "BW",
             "VNW|pers|pron|nomin|red|1|mv", "VNW|onbep|det|stan|prenom|met-e|evz",
             "N|soort|ev|basis|zijd|stan", "WW|pv|tgw|mv", "VNW|vb|adv-pron|obl|vol|3o|getal",
             "VNW|pers|pron|nomin|red|1|mv", "WW|pv|tgw|mv"])
    assert to_jij(d) == "een bedrijf waarin jullie elke maand weten waar jullie staan"
    r = doc(["we", "richten", "ons", "op", "ons", "team"],
            ["VNW|pers|pron|nomin|red|1|mv", "WW|pv|tgw|mv", "VNW|pr|pron|obl|vol|1|mv",
             "VZ|init", "VNW|bez|det|stan|vol|1|mv|prenom|zonder|evon",
             "N|soort|ev|basis|onz|stan"], pos=["PRON", "VERB", "PRON", "ADP", "DET", "NOUN"])
    assert to_jij(r) == "jullie richten je op jullie team"


def test_coordinated_ik_keeps_plural_verb() -> None:
    d = doc(["mijn", "vrouw", "en", "ik", "wonen", "vrij"],
            ["VNW|bez|det|stan|vol|1|ev|prenom|zonder|agr", "N|soort|ev|basis|zijd|stan",
             "VG|neven", IK[1], "WW|pv|tgw|mv", "ADJ|vrij|basis|zonder"])
    assert to_jij(d) == "jouw vrouw en jij wonen vrij"


def test_refuses_when_the_verb_does_not_fit_and_names_the_place() -> None:
    d = doc(["zonder", "dat", "ik", "werken"],
            ["VZ|init", "VG|onder", IK[1], "WW|pv|tgw|mv"])
    with pytest.raises(LanguageError) as err:
        to_jij(d, what="droom", loc=Location("klant.yaml", 12, 9))
    msg = str(err.value)
    assert msg.startswith("klant.yaml:12:9: ")
    assert "jij-vorm" in msg and "werken" in msg


def test_refuses_when_no_verb_for_ik_can_be_found() -> None:
    d = doc(["ik", "en", "een", "bedrijf", "dat", "groeit"],
            [IK[1], "VG|neven", "LID|onbep|stan|agr", "N|soort|ev|basis|onz|stan",
             "VNW|betr|pron|stan|vol|3|ev", "WW|pv|tgw|met-t"])
    with pytest.raises(LanguageError):
        to_jij(d, what="element")


def test_text_without_first_person_is_left_alone() -> None:
    assert not needs_conversion("een coach die met je meekijkt")
    assert needs_conversion("meer tijd voor mezelf")
    assert needs_conversion("Mijn droom")
    d = doc(["een", "coach", "die", "met", "je", "meekijkt"], ["X"] * 6)
    assert to_jij(d) == "een coach die met je meekijkt"


def test_quoted_titles_are_left_alone() -> None:
    d = doc(["een", "workshop", '"', "Ik", "snap", "mijn", "cijfers", '"', "voor", "mij"],
            ["LID|onbep|stan|agr", "N|soort|ev|basis|zijd|stan", "LET", IK[1], "WW|pv|tgw|ev",
             "VNW|bez|det|stan|vol|1|ev|prenom|zonder|agr", "N|soort|mv|basis", "LET",
             "VZ|init", "VNW|pr|pron|obl|vol|1|ev"])
    assert to_jij(d) == 'een workshop " Ik snap mijn cijfers " voor jou'
