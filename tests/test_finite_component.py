"""The rule component that applies 'one finite verb per clause' to the -en verb forms."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dreamcontent.nl.components import INFINITIVE, PV_PAST_PLURAL, PV_PLURAL, fix_finite_verbs

N_MV = "N|soort|mv|basis"
N_EV = "N|soort|ev|basis|zijd|stan"
DET = "LID|bep|stan|rest"
VZ = "VZ|init"
LET = "LET"
VD = "WW|vd|vrij|zonder"
PV_EV = "WW|pv|tgw|ev"
PV_T = "WW|pv|tgw|met-t"
REL = "VNW|betr|pron|stan|vol|persoon|getal"
ZE = "VNW|pers|pron|stan|red|3|mv"


def _doc(rows: list[tuple[str, str, int, str]], lemmas: dict[int, str] | None = None) -> Doc:
    """rows: (word, tag, head (1-based, 0 = root), deprel)."""
    words = [r[0] for r in rows]
    heads = [(r[2] - 1) if r[2] else i for i, r in enumerate(rows)]
    deps = [r[3] for r in rows]
    lemma = [(lemmas or {}).get(i, w.lower()) for i, w in enumerate(words)]
    return Doc(spacy.blank("nl").vocab, words=words, tags=[r[1] for r in rows], heads=heads,
               deps=deps, lemmas=lemma)


# (rows, index of the verb, expected tag after the component)
TO_FINITE = [
    # relative clause, verb cluster with the finite passive auxiliary first:
    # "dieren die voor de veeteelt worden gebruikt ."
    ([("dieren", N_MV, 0, "ROOT"), ("die", REL, 7, "nsubj:pass"), ("voor", VZ, 5, "case"),
      ("de", DET, 5, "det"), ("veeteelt", N_EV, 7, "obl"), ("worden", INFINITIVE, 7, "aux:pass"),
      ("gebruikt", VD, 1, "acl:relcl"), (".", LET, 1, "punct")], 5, PV_PLURAL),
    # verb-final subordinate clause: "omdat klanten ons vertrouwen ."
    ([("Wij", "VNW|pers|pron|nomin|vol|1|mv", 2, "nsubj"), ("groeien", PV_PLURAL, 0, "ROOT"),
      ("omdat", "VG|onder", 6, "mark"), ("klanten", N_MV, 6, "nsubj"),
      ("ons", "VNW|pr|pron|obl|vol|1|mv", 6, "obj"), ("vertrouwen", INFINITIVE, 2, "advcl"),
      (".", LET, 2, "punct")], 5, PV_PLURAL),
    # main clause with a plural subject after the verb: "Waarom kiezen ondernemers ons ?"
    ([("Waarom", "BW", 2, "advmod"), ("kiezen", INFINITIVE, 0, "ROOT"),
      ("ondernemers", N_MV, 2, "nsubj"), ("ons", "VNW|pr|pron|obl|vol|1|mv", 2, "obj"),
      ("?", LET, 2, "punct")], 1, PV_PLURAL),
    # coordinated verb sharing the finite first conjunct: "ze testen het en sturen het op"
    ([("ze", ZE, 2, "nsubj"), ("testen", PV_PLURAL, 0, "ROOT"),
      ("het", "VNW|pers|pron|stan|red|3|ev|onz", 2, "obj"), ("en", "VG|neven", 5, "cc"),
      ("sturen", INFINITIVE, 2, "conj"), ("het", "VNW|pers|pron|stan|red|3|ev|onz", 5, "obj"),
      ("op", "VZ|fin", 5, "compound:prt")], 4, PV_PLURAL),
]

TO_INFINITIVE = [
    # finite modal auxiliary: "Natuurlijk kan men dit ontwikkelen ."
    ([("Natuurlijk", "BW", 5, "advmod"), ("kan", PV_EV, 5, "aux"),
      ("men", "VNW|pers|pron|nomin|red|3p|ev|masc", 5, "nsubj"),
      ("dit", "VNW|aanw|pron|stan|vol|3o|ev", 5, "obj"), ("ontwikkelen", PV_PLURAL, 0, "ROOT"),
      (".", LET, 5, "punct")], 4, INFINITIVE),
    # second finite auxiliary in one chain: "het zou gemaakt moeten worden"
    ([("het", "VNW|pers|pron|stan|red|3|ev|onz", 3, "nsubj:pass"), ("zou", "WW|pv|verl|ev", 3,
      "aux"), ("gemaakt", VD, 0, "ROOT"), ("moeten", PV_PLURAL, 3, "aux"),
      ("worden", INFINITIVE, 3, "aux:pass")], 3, INFINITIVE),
    # open complement: "Hij liet het bestuur weten ."
    ([("Hij", "VNW|pers|pron|nomin|vol|3|ev|masc", 2, "nsubj"), ("liet", "WW|pv|verl|ev", 0,
      "ROOT"), ("het", DET, 4, "det"), ("bestuur", "N|soort|ev|basis|onz|stan", 2, "obj"),
      ("weten", PV_PLURAL, 2, "xcomp"), (".", LET, 2, "punct")], 4, INFINITIVE),
    # a comma inside the subject list does not cut the auxiliary off: "Zo zullen de broeders ,
    # paters en zusters vragen stellen ."
    ([("Zo", "BW", 10, "advmod"), ("zullen", PV_PLURAL, 10, "aux"), ("de", DET, 4, "det"),
      ("broeders", N_MV, 10, "nsubj"), (",", LET, 6, "punct"), ("paters", N_MV, 4, "conj"),
      ("en", "VG|neven", 8, "cc"), ("zusters", N_MV, 4, "conj"), ("vragen", N_MV, 10, "obj"),
      ("stellen", PV_PLURAL, 0, "ROOT"), (".", LET, 10, "punct")], 9, INFINITIVE),
    # conjunct of an infinitive under a finite modal: "Wij zullen bellen en blijven helpen ."
    ([("Wij", "VNW|pers|pron|nomin|vol|1|mv", 3, "nsubj"), ("zullen", PV_PLURAL, 3, "aux"),
      ("bellen", INFINITIVE, 0, "ROOT"), ("en", "VG|neven", 5, "cc"),
      ("blijven", PV_PLURAL, 3, "conj"), ("helpen", INFINITIVE, 5, "xcomp"),
      (".", LET, 3, "punct")], 4, INFINITIVE),
]

UNTOUCHED = [
    # infinitive under a finite modal stays: "Wij willen je helpen ."
    [("Wij", "VNW|pers|pron|nomin|vol|1|mv", 4, "nsubj"), ("willen", PV_PLURAL, 4, "aux"),
     ("je", "VNW|pr|pron|obl|red|2v|getal", 4, "obj"), ("helpen", INFINITIVE, 0, "ROOT"),
     (".", LET, 4, "punct")],
    # te-infinitive clause: "om klanten te helpen"
    [("Bel", PV_EV, 0, "ROOT"), ("om", "VZ|init", 5, "mark"), ("klanten", N_MV, 5, "obj"),
     ("te", "VZ|init", 5, "mark"), ("helpen", INFINITIVE, 1, "advcl")],
    # singular subject: no plural finite verb is invented ("als hij het weet" mis-tagged
    # elsewhere stays as the tagger gave it)
    [("Als", "VG|onder", 4, "mark"), ("hij", "VNW|pers|pron|nomin|vol|3|ev|masc", 4, "nsubj"),
     ("het", "VNW|pers|pron|stan|red|3|ev|onz", 4, "obj"), ("weten", INFINITIVE, 0, "ROOT")],
    # the clause already has its finite verb: "Ze zijn gestart ."
    [("Ze", ZE, 3, "nsubj"), ("zijn", PV_PLURAL, 3, "aux"), ("gestart", VD, 0, "ROOT"),
     (".", LET, 3, "punct")],
    # a conjunct with its own subject is a clause of its own: "Wij zullen bellen en wij
    # helpen ."
    [("Wij", "VNW|pers|pron|nomin|vol|1|mv", 3, "nsubj"), ("zullen", PV_PLURAL, 3, "aux"),
     ("bellen", INFINITIVE, 0, "ROOT"), ("en", "VG|neven", 6, "cc"),
     ("wij", "VNW|pers|pron|nomin|vol|1|mv", 6, "nsubj"), ("helpen", PV_PLURAL, 3, "conj"),
     (".", LET, 3, "punct")],
    # a finite verb of another clause hung on the head across a comma, where the head has its
    # own subject after the comma: "Je bent blij , en wij nemen de tijd ."
    [("Je", "VNW|pers|pron|nomin|red|2v|ev", 7, "nsubj"), ("bent", PV_EV, 7, "aux"),
     ("blij", "ADJ|vrij|basis|zonder", 7, "advcl"), (",", LET, 7, "punct"),
     ("en", "VG|neven", 7, "cc"), ("wij", "VNW|pers|pron|nomin|vol|1|mv", 7, "nsubj"),
     ("nemen", PV_PLURAL, 0, "ROOT"), ("de", DET, 9, "det"), ("tijd", N_EV, 7, "obj"),
     (".", LET, 7, "punct")],
    # imperative without a subject: "Plan nu een afspraak ." (nothing to do)
    [("Plan", PV_EV, 0, "ROOT"), ("nu", "BW", 1, "advmod"), ("een", "LID|onbep|stan|agr", 4,
     "det"), ("afspraak", N_EV, 1, "obj"), (".", LET, 1, "punct")],
]


@pytest.mark.parametrize(("rows", "index", "expected"), TO_FINITE)
def test_clause_without_finite_verb_gets_one(rows, index, expected) -> None:
    doc = fix_finite_verbs(_doc(rows))
    assert doc[index].tag_ == expected
    assert "VerbForm=Fin" in str(doc[index].morph)


@pytest.mark.parametrize(("rows", "index", "expected"), TO_INFINITIVE)
def test_extra_finite_verb_becomes_infinitive(rows, index, expected) -> None:
    doc = fix_finite_verbs(_doc(rows))
    assert doc[index].tag_ == expected
    assert str(doc[index].morph) == "VerbForm=Inf"


@pytest.mark.parametrize("rows", UNTOUCHED)
def test_well_formed_clauses_are_left_alone(rows) -> None:
    doc = fix_finite_verbs(_doc(rows))
    assert [t.tag_ for t in doc] == [r[1] for r in rows]


def test_past_plural_when_the_lemma_differs() -> None:
    rows = [("toen", "VG|onder", 3, "mark"), ("ze", ZE, 3, "nsubj"),
            ("kwamen", INFINITIVE, 0, "ROOT")]
    doc = fix_finite_verbs(_doc(rows, lemmas={2: "komen"}))
    assert doc[2].tag_ == PV_PAST_PLURAL


def test_nothing_happens_without_a_parse() -> None:
    words = ["klanten", "die", "worden", "gebruikt"]
    tags = [N_MV, REL, INFINITIVE, VD]
    doc = fix_finite_verbs(Doc(spacy.blank("nl").vocab, words=words, tags=tags))
    assert [t.tag_ for t in doc] == tags


def test_component_runs_before_the_je_rules_in_the_loaded_pipeline() -> None:
    from dreamcontent.nl.pipeline import get_nlp, model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("geen taalmodel")
    names = get_nlp().pipe_names
    assert names.index("dreamcontent_finite") < names.index("dreamcontent_je")


def test_pipeline_without_parser_still_runs_the_rule_components() -> None:
    from dreamcontent.nl.pipeline import get_nlp, model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("geen taalmodel")
    nlp = get_nlp(exclude=("parser",))
    doc = nlp("Geef je vandaag nog op. Morgen stuur ik je de offerte.")
    assert "parser" not in nlp.pipe_names and "dreamcontent_je" in nlp.pipe_names
    assert [t.tag_ for t in doc if t.lower_ == "je"] == ["VNW|pr|pron|obl|red|2v|getal"] * 2


# Spelling rules out a tag: "als ik opzeg" (met-t without -t), "een docent die in mij
# geloofde" (a bare participle never ends in -de/-te).
@pytest.mark.parametrize(("rows", "index", "expected"), [
    ([("als", "VG|onder", 3, "mark"), ("ik", "VNW|pers|pron|nomin|vol|1|ev", 3, "nsubj"),
      ("opzeg", PV_T, 0, "ROOT")], 2, PV_EV),
    ([("docent", N_EV, 0, "ROOT"), ("die", REL, 5, "nsubj"), ("in", VZ, 4, "case"),
      ("mij", "VNW|pr|pron|obl|vol|1|ev", 5, "obl"), ("geloofde", VD, 1, "acl:relcl")], 4,
     "WW|pv|verl|ev"),
    # a plural present ends in -n: "Die upload je gewoon"
    ([("Die", "VNW|aanw|pron|stan|vol|3|getal", 2, "obj"), ("upload", PV_PLURAL, 0, "ROOT"),
      ("je", "VNW|pers|pron|nomin|red|2v|ev", 2, "nsubj")], 1, PV_EV),
])
def test_spelling_settles_the_verb_tag(rows: list[tuple[str, str, int, str]], index: int,
                                       expected: str) -> None:
    doc = fix_finite_verbs(_doc(rows))
    assert doc[index].tag_ == expected
    assert "VerbForm=Fin" in str(doc[index].morph)


@pytest.mark.parametrize(("rows", "index"), [
    # met-t with its -t, and a participle in -d / -en: unchanged
    ([("hij", "VNW|pers|pron|nomin|vol|3|ev|masc", 2, "nsubj"), ("zegt", PV_T, 0, "ROOT")], 1),
    ([("het", "VNW|pers|pron|stan|red|3|ev|onz", 3, "nsubj:pass"), ("is", PV_EV, 3, "aux:pass"),
      ("geleverd", VD, 0, "ROOT")], 2),
    # plural present in -n, and a form in -t read as plural (ev or met-t?) is left alone
    ([("ze", ZE, 2, "nsubj"), ("werken", PV_PLURAL, 0, "ROOT")], 1),
    ([("ze", ZE, 2, "nsubj"), ("praat", PV_PLURAL, 0, "ROOT")], 1),
    # a participle in -te with an auxiliary is left alone (the parse says it is not bare)
    ([("het", "VNW|pers|pron|stan|red|3|ev|onz", 3, "nsubj"), ("is", PV_EV, 3, "aux"),
      ("gelukte", VD, 0, "ROOT")], 2),
])
def test_spelling_rule_leaves_consistent_tags(rows: list[tuple[str, str, int, str]],
                                              index: int) -> None:
    before = rows[index][1]
    assert fix_finite_verbs(_doc(rows))[index].tag_ == before


# "omdat de kippen het te heet krijgen ." -- "te" before an adjective is the degree word
KIPPEN = [("Wij", "VNW|pers|pron|nomin|vol|1|mv", 2, "nsubj"), ("sluiten", PV_PLURAL, 0, "ROOT"),
          ("omdat", "VG|onder", 9, "mark"), ("de", DET, 5, "det"), ("kippen", N_MV, 9, "nsubj"),
          ("het", "VNW|pers|pron|stan|red|3|ev|onz", 9, "expl"), ("te", "BW", 9, "mark"),
          ("heet", "ADJ|vrij|basis|zonder", 9, "xcomp"), ("krijgen", INFINITIVE, 2, "advcl"),
          (".", LET, 2, "punct")]


def test_degree_te_does_not_make_an_infinitive_clause() -> None:
    doc = fix_finite_verbs(_doc(KIPPEN))
    assert doc[8].tag_ == PV_PLURAL


def test_infinitival_te_right_before_the_verb_does() -> None:
    # "... omdat de kippen het heet te krijgen ." (te + infinitive): left alone
    rows = [r for r in KIPPEN]
    rows[6], rows[7] = ("heet", "ADJ|vrij|basis|zonder", 9, "xcomp"), ("te", "VZ|init", 9, "mark")
    doc = fix_finite_verbs(_doc(rows))
    assert doc[8].tag_ == INFINITIVE


def test_copula_after_a_finite_auxiliary_is_an_infinitive() -> None:
    # "Moet je badkamer klaar zijn ?" with zijn read as a plural present
    rows = [("Moet", PV_EV, 4, "aux"), ("je", "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr", 3,
            "nmod:poss"), ("badkamer", N_EV, 4, "nsubj"), ("klaar", "ADJ|vrij|basis|zonder", 0,
            "ROOT"), ("zijn", PV_PLURAL, 4, "cop"), ("?", LET, 4, "punct")]
    doc = fix_finite_verbs(_doc(rows))
    assert doc[4].tag_ == INFINITIVE
    # without the finite auxiliary the copula is the finite verb: "Wij zijn klaar ."
    rows = [("Wij", "VNW|pers|pron|nomin|vol|1|mv", 3, "nsubj"), ("zijn", PV_PLURAL, 3, "cop"),
            ("klaar", "ADJ|vrij|basis|zonder", 0, "ROOT"), (".", LET, 3, "punct")]
    doc = fix_finite_verbs(_doc(rows))
    assert doc[1].tag_ == PV_PLURAL
