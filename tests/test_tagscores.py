"""The tagger's recorded alternatives (dreamcontent.nl.tagscores) and the finite-verb rules
that choose among them (constrained decoding in dreamcontent.nl.components)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dreamcontent.nl.components import (
    MIN_ALTERNATIVE,
    MIN_FINITE_ALTERNATIVE,
    MIN_SUBORDINATE_ALTERNATIVE,
    fix_finite_verbs,
)
from dreamcontent.nl.tagscores import EXTENSION, Alternatives, alternatives, retag, ud_of_tag

N_MV = "N|soort|mv|basis"
N_EV = "N|soort|ev|basis|zijd|stan"
DET = "LID|bep|stan|rest"
VZ = "VZ|init"
LET = "LET"
VD = "WW|vd|vrij|zonder"
VD_PRENOM = "WW|vd|prenom|met-e"
INF = "WW|inf|vrij|zonder"
PV_EV = "WW|pv|tgw|ev"
PV_T = "WW|pv|tgw|met-t"
PV_MV = "WW|pv|tgw|mv"
PV_VERL_EV = "WW|pv|verl|ev"
PV_VERL_MV = "WW|pv|verl|mv"
ADJ = "ADJ|prenom|basis|met-e|stan"
BW = "BW"
WE = "VNW|pers|pron|nomin|red|1|mv"


def _doc(rows: list[tuple[str, str, int, str]],
         alts: dict[int, Alternatives] | None = None) -> Doc:
    """rows: (word, tag, head (1-based, 0 = root), deprel); alts: index -> alternatives
    (tokens without an entry get alternatives that agree with their tag)."""
    words = [r[0] for r in rows]
    heads = [(r[2] - 1) if r[2] else i for i, r in enumerate(rows)]
    doc = Doc(spacy.blank("nl").vocab, words=words, tags=[r[1] for r in rows], heads=heads,
              deps=[r[3] for r in rows])
    alts = alts or {}
    default = Alternatives((PV_EV, 0.0), (INF, 0.0), (N_EV, 0.0))
    doc._.set(EXTENSION, [alts.get(i, default) for i in range(len(rows))])
    return doc


# "Hij is zaterdag overleden ." -- participle read as a finite past plural
OVERLEDEN = [("Hij", "VNW|pers|pron|nomin|vol|3|ev|masc", 4, "nsubj"), ("is", PV_EV, 4, "aux"),
             ("zaterdag", N_EV, 4, "obl"), ("overleden", PV_VERL_MV, 0, "ROOT"),
             (".", LET, 4, "punct")]
# "met 900 boekrollen ." inside a clause: a plural noun read as a finite verb
BOEKROLLEN = [("Het", "VNW|pers|pron|stan|red|3|ev|onz", 2, "nsubj"),
              ("groeide", PV_VERL_EV, 0, "ROOT"), ("met", VZ, 5, "case"),
              ("900", "TW|hoofd|prenom|stan", 5, "nummod"), ("boekrollen", PV_MV, 2, "obl"),
              (".", LET, 2, "punct")]
# "twee mislukte pogingen": a prenominal participle read as a finite past
MISLUKTE = [("twee", "TW|hoofd|prenom|stan", 3, "nummod"), ("mislukte", PV_VERL_EV, 3, "acl"),
            ("pogingen", N_MV, 0, "ROOT")]


def test_participle_with_a_finite_auxiliary_takes_the_best_verb_form() -> None:
    doc = _doc(OVERLEDEN, {3: Alternatives((PV_VERL_MV, 0.7), (VD, 0.29), (N_MV, 0.01))})
    fix_finite_verbs(doc)
    assert doc[3].tag_ == VD
    assert doc[3].morph.get("VerbForm") == ["Part"]
    assert doc[1].tag_ == PV_EV  # the auxiliary stays finite


def test_noun_position_takes_the_best_other_tag() -> None:
    doc = _doc(BOEKROLLEN, {4: Alternatives((PV_MV, 0.6), (INF, 0.05), (N_MV, 0.35))})
    fix_finite_verbs(doc)
    assert doc[4].tag_ == N_MV
    assert doc[4].pos_ == "NOUN"
    assert doc[4].morph.get("Number") == ["Plur"]


def test_prenominal_participle() -> None:
    doc = _doc(MISLUKTE, {1: Alternatives((PV_VERL_EV, 0.97), (VD_PRENOM, 0.03), (ADJ, 0.0))})
    fix_finite_verbs(doc)
    assert doc[1].tag_ == VD_PRENOM


def test_alternative_the_tagger_gave_no_chance_is_not_taken() -> None:
    # the parse is the likelier error when the tagger was sure
    doc = _doc(OVERLEDEN, {3: Alternatives((PV_VERL_MV, 0.999), (VD, MIN_ALTERNATIVE / 2),
                                           (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[3].tag_ == PV_VERL_MV


def test_a_clause_head_in_noun_position_stays_finite() -> None:
    # "Wie komt , wint ." with the free relative as subject: "komt" has its own subject
    rows = [("Wie", "VNW|vb|pron|stan|vol|3p|getal", 2, "nsubj"), ("komt", PV_T, 4, "nsubj"),
            (",", LET, 2, "punct"), ("wint", PV_T, 0, "ROOT"), (".", LET, 4, "punct")]
    doc = _doc(rows, {1: Alternatives((PV_T, 0.6), (VD, 0.4), (N_EV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[1].tag_ == PV_T


def test_auxiliary_across_a_comma_is_another_clause() -> None:
    # "Kun je niet , zeg af ." parsed with "Kun" as auxiliary of "zeg"
    rows = [("Kun", PV_EV, 5, "aux"), ("je", "VNW|pers|pron|nomin|red|2v|ev", 5, "nsubj"),
            ("niet", BW, 5, "advmod"), (",", LET, 5, "punct"), ("zeg", PV_EV, 0, "ROOT"),
            ("af", "VZ|fin", 5, "compound:prt"), (".", LET, 5, "punct")]
    doc = _doc(rows, {4: Alternatives((PV_EV, 0.6), (VD, 0.4), (N_EV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[4].tag_ == PV_EV


# "Toen we begonnen , ..." -- the clause has a subject and no finite verb
BEGONNEN = [("Toen", "VG|onder", 3, "mark"), ("we", WE, 3, "nsubj"), ("begonnen", VD, 5, "advcl"),
            (",", LET, 3, "punct"), ("groeide", PV_VERL_EV, 0, "ROOT"),
            ("het", "VNW|pers|pron|stan|red|3|ev|onz", 5, "nsubj"), (".", LET, 5, "punct")]


def test_clause_without_finite_verb_takes_the_best_finite_tag() -> None:
    doc = _doc(BEGONNEN, {2: Alternatives((PV_VERL_MV, 0.3), (VD, 0.7), (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[2].tag_ == PV_VERL_MV
    assert doc[2].morph.get("Tense") == ["Past"]


# "Daarna we begonnen ." -- a main clause (no subordinator) without a finite verb
DAARNA = [("Daarna", BW, 3, "advmod"), ("we", WE, 3, "nsubj"), ("begonnen", VD, 0, "ROOT"),
          (".", LET, 3, "punct")]


def test_weak_finite_alternative_is_not_taken() -> None:
    doc = _doc(DAARNA, {2: Alternatives((PV_VERL_MV, MIN_FINITE_ALTERNATIVE / 2), (VD, 0.97),
                                        (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[2].tag_ == VD


def test_verb_final_subordinate_clause_takes_a_weaker_finite_alternative() -> None:
    # subordinator and subject before the head: the clause is finite, so a finite reading
    # under the general floor is still taken ("Toen we begonnen , ...")
    doc = _doc(BEGONNEN, {2: Alternatives((PV_VERL_MV, MIN_FINITE_ALTERNATIVE / 2), (VD, 0.97),
                                          (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[2].tag_ == PV_VERL_MV


def test_verb_final_clause_without_any_finite_reading_stays() -> None:
    doc = _doc(BEGONNEN, {2: Alternatives((PV_VERL_MV, MIN_SUBORDINATE_ALTERNATIVE / 2),
                                          (VD, 0.99), (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[2].tag_ == VD


def test_verb_final_clause_whose_finite_verb_follows_stays() -> None:
    # "die niet vies waren": the copula follows the head but the parse hung it elsewhere
    rows = [("mensen", N_MV, 0, "ROOT"), ("die", "VNW|betr|pron|stan|vol|persoon|getal", 4,
             "nsubj"), ("niet", BW, 4, "advmod"), ("vies", N_MV, 1, "acl:relcl"),
            ("waren", PV_VERL_MV, 1, "dep"), (".", LET, 1, "punct")]
    doc = _doc(rows, {3: Alternatives((PV_VERL_MV, 0.04), (VD, 0.0), (N_MV, 0.96))})
    fix_finite_verbs(doc)
    assert doc[3].tag_ == N_MV


def test_infinitive_clause_gets_no_finite_verb() -> None:
    # "om ze te helpen": te/om clauses are not finite
    rows = [("Wij", WE, 2, "nsubj"), ("bellen", PV_MV, 0, "ROOT"),
            ("om", "VG|onder", 6, "mark"), ("ze", "VNW|pers|pron|stan|red|3|mv", 6, "obj"),
            ("te", VZ, 6, "mark"), ("helpen", INF, 2, "advcl")]
    doc = _doc(rows, {5: Alternatives((PV_MV, 0.4), (INF, 0.6), (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[5].tag_ == INF


def test_without_recorded_alternatives_nothing_is_retagged() -> None:
    words = [r[0] for r in OVERLEDEN]
    heads = [(r[2] - 1) if r[2] else i for i, r in enumerate(OVERLEDEN)]
    doc = Doc(spacy.blank("nl").vocab, words=words, tags=[r[1] for r in OVERLEDEN],
              heads=heads, deps=[r[3] for r in OVERLEDEN])
    fix_finite_verbs(doc)
    assert doc[3].tag_ == PV_VERL_MV


@pytest.mark.parametrize(("tag", "pos", "feats"), [
    (N_MV, "NOUN", "Number=Plur"),
    ("N|soort|ev|basis|onz|stan", "NOUN", "Gender=Neut|Number=Sing"),
    ("N|eigen|ev|basis|zijd|stan", "PROPN", "Gender=Com|Number=Sing"),
    ("ADJ|vrij|comp|zonder", "ADJ", "Degree=Cmp"),
    (VD, "VERB", "VerbForm=Part"),
    (INF, "VERB", "VerbForm=Inf"),
    (PV_VERL_MV, "VERB", "Number=Plur|Tense=Past|VerbForm=Fin"),
    (PV_T, "VERB", "Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("SPEC|deeleigen", "PROPN", ""),
])
def test_ud_of_tag_matches_the_treebank_pairing(tag: str, pos: str, feats: str) -> None:
    assert ud_of_tag(tag) == (pos, feats)


@pytest.mark.parametrize("tag", ["VZ|init", "LET", "VNW|pers|pron|nomin|red|2v|ev", "BW"])
def test_ud_of_tag_declines_other_classes(tag: str) -> None:
    assert ud_of_tag(tag) is None
    doc = Doc(spacy.blank("nl").vocab, words=["x"], tags=["N|soort|ev|basis|zijd|stan"])
    assert not retag(doc[0], tag)
    assert doc[0].tag_ == "N|soort|ev|basis|zijd|stan"


def test_auxiliary_keeps_aux_when_retagged() -> None:
    doc = Doc(spacy.blank("nl").vocab, words=["worden"], tags=[PV_MV], pos=["AUX"])
    assert retag(doc[0], INF)
    assert (doc[0].tag_, doc[0].pos_) == (INF, "AUX")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from dreamcontent.nl.pipeline import get_nlp, model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("no trained pipeline")
    return get_nlp()


TEXTS = ["Wordt je agenda voller? Dan helpen wij je graag.",
         "De boeken die wij leveren, worden binnen een dag bezorgd.",
         "Vind je het lastig om te kiezen?"]


def test_loaded_pipeline_records_alternatives_without_changing_the_tags(nlp) -> None:  # type: ignore[no-untyped-def]
    tagger = nlp.get_pipe("tagger")
    for doc in nlp.pipe(TEXTS):
        alts = doc._.get(EXTENSION)
        assert alts is not None and len(alts) == len(doc)
        for tok, alt in zip(doc, alts):
            assert alt.finite[0].startswith("WW|pv")
            assert alt.verb[0].startswith("WW|") and not alt.verb[0].startswith("WW|pv")
            assert not alt.other[0].startswith("WW|")
            assert 0.0 <= alt.other[1] <= 1.0 and 0.0 <= alt.finite[1] <= 1.0
            assert alt.noun[0].startswith("N|") and 0.0 <= alt.noun[1] <= 1.0
            if tok.tag_.startswith("N|"):
                assert alt.noun == alt.other  # the tagger's own choice is its best noun
            assert alternatives(tok) == alt
        # the recorded predict returns what the tagger's own predict returns
        bare = nlp.make_doc(doc.text)
        nlp.get_pipe("tok2vec")(bare)
        ours = tagger.predict([bare])
        theirs = type(tagger).predict(tagger, [bare])
        assert [list(x) for x in ours] == [list(x) for x in theirs]


# "Wij wassen en strijken alles ." -- a conjunct of a finite verb, with an object
WASSEN = [("Wij", WE, 2, "nsubj"), ("wassen", PV_MV, 0, "ROOT"), ("en", "VG|neven", 4, "cc"),
          ("strijken", N_MV, 2, "conj"), ("alles", "VNW|onbep|pron|stan|vol|3o|ev", 4, "obj"),
          (".", LET, 2, "punct")]


def test_conjunct_of_a_finite_verb_is_finite() -> None:
    doc = _doc(WASSEN, {3: Alternatives((PV_MV, 0.2), (INF, 0.05), (N_MV, 0.75))})
    fix_finite_verbs(doc)
    assert doc[3].tag_ == PV_MV


def test_bare_conjunct_stays_as_tagged() -> None:
    # "Wij wassen en strijken ." parsed like a list of nouns: no dependent shows a verb
    rows = [("Wij", WE, 2, "nsubj"), ("wassen", PV_MV, 0, "ROOT"), ("en", "VG|neven", 4, "cc"),
            ("strijken", N_MV, 2, "conj"), (".", LET, 2, "punct")]
    doc = _doc(rows, {3: Alternatives((PV_MV, 0.2), (INF, 0.05), (N_MV, 0.75))})
    fix_finite_verbs(doc)
    assert doc[3].tag_ == N_MV


def test_conjunct_of_an_infinitive_stays_as_tagged() -> None:
    # "Wij willen wassen en strijken ." -- the first conjunct is no finite verb
    rows = [("Wij", WE, 2, "nsubj"), ("willen", PV_MV, 3, "aux"), ("wassen", INF, 0, "ROOT"),
            ("en", "VG|neven", 5, "cc"), ("strijken", N_MV, 3, "conj"),
            ("alles", "VNW|onbep|pron|stan|vol|3o|ev", 5, "obj"), (".", LET, 3, "punct")]
    doc = _doc(rows, {4: Alternatives((PV_MV, 0.2), (INF, 0.05), (N_MV, 0.75))})
    fix_finite_verbs(doc)
    assert doc[4].tag_ == N_MV


def _relative(verb: str, tag: str, extra: list[tuple[str, str, int, str]] | None = None) -> list:
    # "de stroom die je niet <verb> [extra] ." with the relative clause headed by the verb
    return [("de", DET, 2, "det"), ("stroom", N_EV, 0, "ROOT"),
            ("die", "VNW|betr|pron|stan|vol|persoon|getal", 6, "obj"),
            ("je", "VNW|pers|pron|nomin|red|2v|ev", 6, "nsubj"), ("niet", BW, 6, "advmod"),
            (verb, tag, 2, "acl:relcl"), *(extra or []), (".", LET, 2, "punct")]


def test_relative_clause_whose_only_verb_is_a_participle_in_t_gets_it_finite() -> None:
    doc = _doc(_relative("gebruikt", VD), {5: Alternatives((PV_T, 0.0005), (VD, 0.9995),
                                                          (N_EV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[5].tag_ == PV_T


def test_participle_with_its_auxiliary_or_in_en_is_left_alone() -> None:
    with_aux = _relative("gebruikt", VD, [("hebt", PV_T, 6, "aux")])
    doc = _doc(with_aux, {5: Alternatives((PV_T, 0.0005), (VD, 0.9995), (N_EV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[5].tag_ == VD
    doc = _doc(_relative("geworpen", VD), {5: Alternatives((PV_VERL_MV, 0.0005), (VD, 0.9995),
                                                          (N_EV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[5].tag_ == VD


def test_sentence_without_finite_verb_takes_a_plausible_imperative() -> None:
    # "Ruil het dan om ." with the imperative read as a noun
    rows = [("Ruil", N_EV, 0, "ROOT"), ("het", "VNW|pers|pron|stan|red|3|ev|onz", 1, "obj"),
            ("dan", BW, 1, "advmod"), ("om", "VZ|fin", 1, "compound:prt"), (".", LET, 1, "punct")]
    doc = _doc(rows, {0: Alternatives((PV_EV, 0.2), (VD, 0.0), (N_EV, 0.8))})
    fix_finite_verbs(doc)
    assert doc[0].tag_ == PV_EV


def test_verbless_fragment_stays_verbless() -> None:
    # "Gratis verzending ." -- the tagger gives the root no real chance of being finite
    rows = [("Gratis", "ADJ|prenom|basis|zonder", 2, "amod"), ("verzending", N_EV, 0, "ROOT"),
            (".", LET, 2, "punct")]
    doc = _doc(rows, {1: Alternatives((PV_T, MIN_FINITE_ALTERNATIVE / 5), (VD, 0.0),
                                      (N_EV, 0.99))})
    fix_finite_verbs(doc)
    assert doc[1].tag_ == N_EV


def test_infinitive_fragment_stays_an_infinitive() -> None:
    # "Meer weten ?" -- an infinitive heads the fragment; it is no imperative
    rows = [("Meer", "VNW|onbep|grad|stan|vrij|zonder|comp", 2, "obj"), ("weten", INF, 0, "ROOT"),
            ("?", LET, 2, "punct")]
    doc = _doc(rows, {1: Alternatives((PV_MV, 0.3), (INF, 0.7), (N_MV, 0.0))})
    fix_finite_verbs(doc)
    assert doc[1].tag_ == INF


@pytest.mark.parametrize(("word", "expected"), [
    ("kickt", PV_T),  # no ge-, no unstressed prefix: no participle
    ("gekickt", VD),  # ge-
    ("betaalt", VD),  # be- can take the place of ge- (betaald / betaalt: the tagger decides)
])
def test_participle_needs_ge_or_an_unstressed_prefix(word: str, expected: str) -> None:
    # "Hingis <word> op de glamour ."
    rows = [("Hingis", "N|eigen|ev|basis|zijd|stan", 2, "nsubj"), (word, VD, 0, "ROOT"),
            ("op", VZ, 5, "case"), ("de", DET, 5, "det"), ("glamour", N_EV, 2, "obl"),
            (".", LET, 2, "punct")]
    doc = _doc(rows, {1: Alternatives((PV_T, 0.03), (VD, 0.6), (N_EV, 0.37))})
    fix_finite_verbs(doc)
    assert doc[1].tag_ == expected


# "Het maakt je huid zacht ." -- a predicative adjective read as a (strong) past tense; a
# finite verb is never an open complement (xcomp) or a modifier (advmod)
ZACHT = [("Het", "VNW|pers|pron|stan|red|3|ev|onz", 2, "nsubj"), ("maakt", PV_T, 0, "ROOT"),
         ("je", "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr", 4, "nmod:poss"),
         ("huid", N_EV, 2, "obj"), ("zacht", PV_VERL_EV, 2, "xcomp"), (".", LET, 2, "punct")]
ADJ_VRIJ = "ADJ|vrij|basis|zonder"


@pytest.mark.parametrize("dep", ["xcomp", "advmod"])
def test_open_complement_or_modifier_is_not_finite(dep: str) -> None:
    rows = [r if r[0] != "zacht" else (r[0], r[1], r[2], dep) for r in ZACHT]
    doc = _doc(rows, {4: Alternatives((PV_VERL_EV, 0.9), (VD, 0.01), (ADJ_VRIJ, 0.09))})
    fix_finite_verbs(doc)
    assert doc[4].tag_ == ADJ_VRIJ
    assert doc[1].tag_ == PV_T


def test_open_complement_with_its_own_subject_stays_finite() -> None:
    # a mis-labelled clause: "zacht" heads a subject, so it is a clause, not a complement
    rows = [*ZACHT[:5], ("het", "VNW|pers|pron|stan|red|3|ev|onz", 5, "nsubj"),
            (".", LET, 2, "punct")]
    doc = _doc(rows, {4: Alternatives((PV_VERL_EV, 0.9), (VD, 0.01), (ADJ_VRIJ, 0.09))})
    fix_finite_verbs(doc)
    assert doc[4].tag_ == PV_VERL_EV
