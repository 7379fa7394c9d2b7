"""The rule component that settles which 'je' it is where grammar leaves no doubt."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dreamcontent.nl.components import (
    JE_OBJECT,
    JE_POSSESSIVE,
    JE_SUBJECT,
    U_OBJECT,
    fix_je,
    fix_u,
)

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


PV = "WW|pv|tgw|ev"
IK = "VNW|pers|pron|nomin|vol|1|ev"
WE = "VNW|pers|pron|nomin|red|1|mv"
N_EV = "N|soort|ev|basis|zijd|stan"
N_MV = "N|soort|mv|basis"
MET_T = "WW|pv|tgw|met-t"
HET = "VNW|pers|pron|stan|red|3|ev|onz"
MEER = "VNW|onbep|grad|stan|vrij|zonder|comp"
LID = "LID|bep|stan|rest"

# (words, tags, index of the 'je' to check, expected tag) for the rules that need the
# position of the subject or of the sentence end
POSITIONED = [
    # the subject pronoun stands next to the finite verb: je is object / reflexive
    ("Morgen stuur ik je de offerte .", ["BW", PV, IK, JE_SUBJECT, LID, N_EV, "LET"], 3,
     JE_OBJECT),
    ("Daarna sturen we je een overzicht .", ["BW", "WW|pv|tgw|mv", WE, JE_POSSESSIVE,
     "LID|onbep|stan|agr", "N|soort|ev|basis|onz|stan", "LET"], 3, JE_OBJECT),
    ("Ik laat je graag zien hoe het werkt .", [IK, PV, JE_SUBJECT, "ADJ|vrij|basis|zonder",
     "WW|inf|vrij|zonder", "BW", "VNW|pers|pron|stan|red|3|ev|onz", "WW|pv|tgw|met-t", "LET"],
     2, JE_OBJECT),
    ("Na de les voel je je fitter .", ["VZ|init", LID, N_EV, PV, JE_SUBJECT, JE_POSSESSIVE,
     "ADJ|vrij|comp|zonder", "LET"], 5, JE_OBJECT),
    # ... before a time phrase it is the object, not "your next week"
    ("Stuur ik je volgende week een update ?", [PV, IK, JE_POSSESSIVE,
     "ADJ|prenom|basis|met-e|stan", N_EV, "LID|onbep|stan|agr", N_EV, "LET"], 2, JE_OBJECT),
    # sentence-initial imperative ending in . or !
    ("Geef je vandaag nog op .", [PV, JE_SUBJECT, "BW", "BW", "VZ|fin", "LET"], 1, JE_OBJECT),
    ("Haast je , want de actie loopt .", [PV, JE_SUBJECT, "LET", "VG|neven", LID, N_EV,
     "WW|pv|tgw|met-t", "LET"], 1, JE_OBJECT),
    ("Doe je voordeel met de actie !", [PV, JE_SUBJECT, "N|soort|ev|basis|onz|stan", "VZ|init",
     LID, N_EV, "LET"], 1, JE_POSSESSIVE),
    # an inverted verb without -t after a fronted phrase: je is the subject (krijgt je geld
    # would be the possessive)
    ("Dan krijg je geld terug .", ["BW", PV, JE_POSSESSIVE, "N|soort|ev|basis|onz|stan", "BW",
     "LET"], 2, JE_SUBJECT),
    ("Daarmee help je studenten enorm .", ["BW", PV, JE_POSSESSIVE, N_MV,
     "ADJ|vrij|basis|zonder", "LET"], 2, JE_SUBJECT),
    ("Die upload je gewoon .", ["VNW|aanw|pron|stan|vol|3|getal", PV, JE_OBJECT,
     "ADJ|vrij|basis|zonder", "LET"], 2, JE_SUBJECT),
    # a question opened by a verb without -t: subject (Vindt je moeder ...? is the possessive)
    ("Vind je moeder het goed ?", [PV, JE_POSSESSIVE, N_EV, HET, "ADJ|vrij|basis|zonder",
     "LET"], 1, JE_SUBJECT),
    # je right before a finite verb at the start of a clause: subject
    ("Je werkt minder en je verdient meer .", [JE_SUBJECT, MET_T, MEER, "VG|neven",
     JE_POSSESSIVE, MET_T, MEER, "LET"], 4, JE_SUBJECT),
    # je after a subordinating conjunction: subject before a non-nominal ...
    ("Als je het weet , bel ons .", ["VG|onder", JE_OBJECT, HET, MET_T, "LET", PV,
     "VNW|pr|pron|obl|vol|1|mv", "LET"], 1, JE_SUBJECT),
    # ... and before a noun phrase whose verb cannot agree with it
    ("Ook als je honderden klanten hebt , lukt het .", ["BW", "VG|onder", JE_POSSESSIVE,
     "TW|hoofd|prenom|stan", N_MV, MET_T, "LET", MET_T, HET, "LET"], 2, JE_SUBJECT),
    ("Als je geld hebt , koop dan .", ["VG|onder", JE_POSSESSIVE, "N|soort|ev|basis|onz|stan",
     MET_T, "LET", PV, "BW", "LET"], 1, JE_SUBJECT),
]

POSITIONED_UNTOUCHED = [
    # subject next to the verb, but a noun follows: "bel ik je moeder" (possessive) and
    # "stuur ik je offertes" (possessive or object) stay with the tagger
    ("Morgen bel ik je moeder .", ["BW", PV, IK, JE_POSSESSIVE, N_EV, "LET"]),
    # a fronted object is no subject: "Dit verzin je niet ."
    ("Dit verzin je niet .", ["VNW|aanw|pron|stan|vol|3o|ev", PV, JE_SUBJECT, "BW", "LET"]),
    # a question is no imperative: "Geef je vandaag nog op ?" has the subject je
    ("Geef je vandaag nog op ?", [PV, JE_SUBJECT, "BW", "BW", "VZ|fin", "LET"]),
    # a conditional V1 clause with dan: subject je
    ("Werk je thuis , dan bespaar je tijd .", [PV, JE_SUBJECT, "BW", "LET", "BW", PV,
     JE_SUBJECT, N_EV, "LET"]),
    # not sentence-initial: "Als je twijfelt , bel je ons ." (main clause, subject je)
    ("Als je twijfelt , bel je ons .", ["VG|onder", JE_SUBJECT, "WW|pv|tgw|met-t", "LET", PV,
     JE_SUBJECT, "VNW|pr|pron|obl|vol|1|mv", "LET"]),
    # subordinate clause, noun and verb agree: "omdat je klant belt" (your client calls) and
    # "omdat je klanten bellen" stay with the tagger
    ("Omdat je klant belt , bellen we .", ["VG|onder", JE_POSSESSIVE, N_EV, MET_T, "LET",
     "WW|pv|tgw|mv", WE, "LET"]),
    ("Omdat je klanten bellen , bellen we .", ["VG|onder", JE_POSSESSIVE, N_MV, "WW|pv|tgw|mv",
     "LET", "WW|pv|tgw|mv", WE, "LET"]),
    # is, kan, wil, mag, zal and verbs in -t are also third person: no inversion test
    ("Is je pakket niet aangekomen ?", [PV, JE_POSSESSIVE, "N|soort|ev|basis|onz|stan", "BW",
     "WW|vd|vrij|zonder", "LET"]),
    ("Daarna kan je moeder komen .", ["BW", PV, JE_POSSESSIVE, N_EV, "WW|inf|vrij|zonder",
     "LET"]),
    ("Laat je moeder het weten ?", [PV, JE_POSSESSIVE, N_EV, HET, "WW|inf|vrij|zonder", "LET"]),
    # je before a finite verb inside a clause is the object: "omdat hij je belt"
    ("Ik weet dat hij je belt .", [IK, MET_T, "VG|onder", "VNW|pers|pron|nomin|vol|3|ev|masc",
     JE_OBJECT, MET_T, "LET"]),
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


@pytest.mark.parametrize(("words", "tags", "index", "expected"), POSITIONED)
def test_je_by_subject_position_and_sentence_type(
    words: str, tags: list[str], index: int, expected: str
) -> None:
    doc = fix_je(_doc(words, tags))
    assert doc[index].lower_ == "je"
    assert doc[index].tag_ == expected


@pytest.mark.parametrize(("words", "tags"), POSITIONED_UNTOUCHED)
def test_je_is_left_alone_where_subject_or_sentence_type_is_unclear(
    words: str, tags: list[str]
) -> None:
    doc = fix_je(_doc(words, tags))
    assert [t.tag_ for t in doc] == tags


U_SUBJECT = "VNW|pers|pron|nomin|vol|2b|getal"


@pytest.mark.parametrize(("words", "tags", "index"), [
    ("Morgen sturen wij u de offerte .", ["BW", "WW|pv|tgw|mv", WE, U_SUBJECT, LID, N_EV, "LET"],
     3),
    ("Straks laat ik u de keuken zien .", ["BW", PV, IK, U_SUBJECT, LID, N_EV,
     "WW|inf|vrij|zonder", "LET"], 3),
    ("Zij belt u morgen terug .", ["VNW|pers|pron|nomin|vol|3|ev|fem", "WW|pv|tgw|met-t",
     U_SUBJECT, "BW", "VZ|fin", "LET"], 2),
])
def test_u_next_to_a_subject_pronoun_is_the_object(words: str, tags: list[str],
                                                    index: int) -> None:
    doc = fix_u(_doc(words, tags))
    assert doc[index].tag_ == U_OBJECT
    assert "Case=Acc" in str(doc[index].morph)


@pytest.mark.parametrize(("words", "tags"), [
    ("Heeft u vragen ?", ["WW|pv|tgw|met-t", U_SUBJECT, "N|soort|mv|basis", "LET"]),
    ("Dan kunt u ons bellen .", ["BW", "WW|pv|tgw|met-t", U_SUBJECT,
     "VNW|pr|pron|obl|vol|1|mv", "WW|inf|vrij|zonder", "LET"]),
    ("Als wij u mogen helpen , graag .", ["VG|onder", WE, U_OBJECT, "WW|pv|tgw|mv",
     "WW|inf|vrij|zonder", "LET", "BW", "LET"]),
])
def test_u_is_left_to_the_tagger_elsewhere(words: str, tags: list[str]) -> None:
    doc = fix_u(_doc(words, tags))
    assert [t.tag_ for t in doc] == tags


def test_component_is_in_the_loaded_pipeline() -> None:
    from dreamcontent.nl.pipeline import get_nlp, model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("geen taalmodel")
    nlp = get_nlp()
    assert nlp.pipe_names[-1] == "dreamcontent_je"
    assert "dreamcontent_finite" in nlp.pipe_names
    doc = nlp("Heb je personeel in dienst, dan regelen wij de salarisadministratie.")
    assert doc[1].tag_ == JE_SUBJECT


def test_bare_tokenizer_load_gives_the_saved_tokenizer() -> None:
    """load_pipeline starts from a bare tokenizer that from_disk fills: same tokens as a plain
    spacy.load of the same directory (abbreviations, URLs, e-mail, numbers, quotes)."""
    from dreamcontent.nl.pipeline import get_nlp, model_path

    if not (model_path() / "meta.json").exists():
        pytest.skip("geen taalmodel")
    plain = spacy.load(model_path(), exclude=["tok2vec", "tagger", "morphologizer", "parser",
                                              "trainable_lemmatizer"])
    ours = get_nlp().tokenizer
    for text in ("Bel ons: 06-12345678, www.dreamcontent.nl of info@x.nl.",
                 "Dat is bijv. 10% o.a. m.b.t. het z.g.a.n. product, enz.",
                 "Vol. 2, blz. 3 t/m 5 (zie ca. 14:00 u.) 'Hoe?' \"Zo!\" — klaar…",
                 "Het kost €12,50 p.p. & incl. btw; m.a.w. goedkoop!"):
        assert [t.text for t in ours(text)] == [t.text for t in plain.tokenizer(text)]
    assert len(ours.rules) == len(plain.tokenizer.rules) > 1000


def _doc_with_lemmas(words: str, tags: list[str], lemmas: dict[int, str]) -> Doc:
    w = words.split()
    assert len(w) == len(tags)
    return Doc(spacy.blank("nl").vocab, words=w, tags=tags,
               lemmas=[lemmas.get(i, x.lower()) for i, x in enumerate(w)])


VZ = "VZ|init"
TW = "TW|hoofd|prenom|stan"
PV_MV = "WW|pv|tgw|mv"

# sessions 4 and 5 (found on development sets 4 and 1): (words, tags, lemmas, index of je,
# expected)
SESSION4 = [
    # a V1 condition (", dan" follows) with a stem verb and no noun phrase after je: subject
    ("Bestel je voor twee uur , dan bezorgen we .", [PV, JE_OBJECT, VZ, TW, N_EV, "LET", "BW",
     PV_MV, WE, "LET"], {}, 1, JE_SUBJECT),
    # a stem in -t (zet, laat) is third person too, but not before a preposition or adverb
    ("Nu zet je in drie stappen je webshop op .", ["BW", PV, JE_OBJECT, VZ, TW, N_MV,
     JE_POSSESSIVE, N_EV, "VZ|fin", "LET"], {1: "opzetten"}, 2, JE_SUBJECT),
    ("Laat je even weten of je komt ?", [PV, JE_OBJECT, "BW", "WW|inf|vrij|zonder",
     "VG|onder", JE_SUBJECT, MET_T, "LET"], {0: "laten"}, 1, JE_SUBJECT),
    # an imperative coordinated with an imperative sentence: possessive before a noun
    ("Deel je foto en daag je vrienden uit .", [PV, JE_POSSESSIVE, N_EV, "VG|neven", PV,
     JE_SUBJECT, N_MV, "VZ|fin", "LET"], {}, 5, JE_POSSESSIVE),
    # ... but in a question the inverted verb has je as subject
    ("Deel je foto en daag je vrienden uit ?", [PV, JE_POSSESSIVE, N_EV, "VG|neven", PV,
     JE_POSSESSIVE, N_MV, "VZ|fin", "LET"], {}, 5, JE_SUBJECT),
    # after a subordinator, je + noun with a verb that je cannot agree with: possessive
    ("Zodra je items verkocht zijn , betalen we .", ["VG|onder", JE_SUBJECT, N_MV,
     "WW|vd|vrij|zonder", PV_MV, "LET", PV_MV, WE, "LET"], {}, 1, JE_POSSESSIVE),
    ("Voordat je pup acht weken is , bellen we .", ["VG|onder", JE_SUBJECT, N_EV, TW, N_MV,
     PV, "LET", PV_MV, WE, "LET"], {}, 1, JE_POSSESSIVE),
    # session 5: right before a jij-only verb (hebt, bent, kunt, wilt, zult) je is its subject
    ("Kies welke foto's je wilt laten afdrukken .", [PV, "VNW|vb|det|stan|prenom|met-e|rest",
     N_MV, JE_OBJECT, MET_T, "WW|inf|vrij|zonder", "WW|inf|vrij|zonder", "LET"], {}, 3,
     JE_SUBJECT),
    # sentence-initial je + noun whose verb cannot agree with je: possessive
    ("Je oefeningen kunnen ook thuis .", [JE_SUBJECT, N_MV, PV_MV, "BW", "BW", "LET"], {}, 0,
     JE_POSSESSIVE),
    ("Top . Je pakket is onderweg .", ["ADJ|vrij|basis|zonder", "LET", JE_SUBJECT, N_EV,
     "WW|pv|tgw|ev", "BW", "LET"], {}, 2, JE_POSSESSIVE),
    # session 6: after a present form with the -t ending (stem + t by its lemma) je is never
    # the subject: possessive before a noun phrase, object otherwise
    ("Is je ketting droog of piept je rem ?", ["WW|pv|tgw|ev", JE_POSSESSIVE, N_EV,
     "ADJ|vrij|basis|zonder", "VG|neven", MET_T, JE_SUBJECT, N_EV, "LET"], {5: "piepen"}, 6,
     JE_POSSESSIVE),
    ("Een gids neemt je mee door het museum .", ["LID|onbep|stan|agr", N_EV, MET_T,
     JE_SUBJECT, "VZ|fin", VZ, "LID|bep|stan|evon", N_EV, "LET"], {2: "meenemen"}, 3,
     JE_OBJECT),
    # a stem in -t before an article: je is no possessive, so in a V1 condition the subject
    ("Zet je de kast zelf in elkaar , dan krijg je korting .", [PV, JE_OBJECT,
     "LID|bep|stan|rest", N_EV, "ADJ|vrij|basis|zonder", VZ, "VNW|recip|pron|obl|vol|persoon|"
     "getal", "LET", "BW", PV, JE_SUBJECT, N_EV, "LET"], {0: "zetten"}, 1, JE_SUBJECT),
    # an adverb dan in the imperative's own clause does not make it a condition
    ("Sluit je dan aan bij de club .", [PV, JE_SUBJECT, "BW", "VZ|fin", VZ,
     "LID|bep|stan|rest", N_EV, "LET"], {0: "aansluiten"}, 1, JE_OBJECT),
]

SESSION4_UNTOUCHED = [
    # an imperative followed by ", dan": je before a noun stays with the tagger
    ("Stel je vraag in de chat , dan antwoordt een collega .", [PV, JE_POSSESSIVE, N_EV, VZ,
     "LID|bep|stan|rest", N_EV, "LET", "BW", MET_T, "LID|onbep|stan|agr", N_EV, "LET"], {}),
    # a stem in -t before a noun: possessive or subject, the tagger decides
    ("Nu zet je broer de tent op .", ["BW", PV, JE_OBJECT, N_EV, "LID|bep|stan|rest", N_EV,
     "VZ|fin", "LET"], {1: "opzetten"}),
    # a stem in -t opening a statement (no question, no dan-clause)
    ("Laat je even weten .", [PV, JE_OBJECT, "BW", "WW|inf|vrij|zonder", "LET"], {0: "laten"}),
    # subordinate clause whose verb agrees with je as subject
    ("Zodra je items verkocht hebt , betalen we .", ["VG|onder", JE_SUBJECT, N_MV,
     "WW|vd|vrij|zonder", "WW|pv|tgw|met-t", "LET", PV_MV, WE, "LET"], {}),
    # sentence-initial je + noun with a verb that agrees with je or with the noun
    ("Je klant belt morgen .", [JE_SUBJECT, N_EV, MET_T, "BW", "LET"], {}),
    ("Je kunt morgen bellen .", [JE_SUBJECT, "WW|pv|tgw|met-t", "BW", "WW|inf|vrij|zonder",
     "LET"], {}),
    # a reflexive je before hebt, after the subject je
    ("Fijn dat je je hebt aangemeld .", ["ADJ|vrij|basis|zonder", "VG|onder", JE_SUBJECT,
     JE_OBJECT, MET_T, "WW|vd|vrij|zonder", "LET"], {}),
    # session 6: a stem in -t (plant, zet) is also the inverted form: the subject stays
    ("Plant je de bollen nu , dan bloeien ze .", [MET_T, JE_SUBJECT, "LID|bep|stan|rest",
     N_MV, "BW", "LET", "BW", PV_MV, "VNW|pers|pron|stan|red|3|mv", "LET"], {0: "planten"}),
    # ... and where the lemmatizer did not find the verb, the -t proves nothing
    ("Plant je de bollen nu , dan bloeien ze .", [MET_T, JE_SUBJECT, "LID|bep|stan|rest",
     N_MV, "BW", "LET", "BW", PV_MV, "VNW|pers|pron|stan|red|3|mv", "LET"], {0: "plant"}),
    # dan in a later clause (after a comma): a V1 condition, not an imperative
    ("Zoek je een werkplek , kom dan langs .", [PV, JE_SUBJECT, "LID|onbep|stan|agr", N_EV,
     "LET", PV, "BW", "VZ|fin", "LET"], {0: "zoeken"}),
    # an article after je outside a question or dan-clause: the tagger decides
    ("Zet je de kast in de gang .", [PV, JE_OBJECT, "LID|bep|stan|rest", N_EV, VZ,
     "LID|bep|stan|rest", N_EV, "LET"], {0: "zetten"}),
]


@pytest.mark.parametrize(("words", "tags", "lemmas", "index", "expected"), SESSION4)
def test_je_rules_from_development_sets(words: str, tags: list[str], lemmas: dict[int, str],
                                         index: int, expected: str) -> None:
    doc = fix_je(_doc_with_lemmas(words, tags, lemmas))
    assert doc[index].lower_ == "je"
    assert doc[index].tag_ == expected


@pytest.mark.parametrize(("words", "tags", "lemmas"), SESSION4_UNTOUCHED)
def test_je_rules_from_development_sets_leave_these(words: str, tags: list[str],
                                                     lemmas: dict[int, str]) -> None:
    doc = fix_je(_doc_with_lemmas(words, tags, lemmas))
    assert [t.tag_ for t in doc] == tags


def _parsed(rows: list[tuple[str, str, int, str]]) -> Doc:
    """rows: (word, tag, head (1-based, 0 = root), deprel)."""
    return Doc(spacy.blank("nl").vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows],
               heads=[(r[2] - 1) if r[2] else i for i, r in enumerate(rows)],
               deps=[r[3] for r in rows])


EEN = "LID|onbep|stan|agr"
BRIEF = [("Hierover", "BW", 2, "advmod"), ("ontvangt", MET_T, 0, "ROOT"),
         ("u", U_OBJECT, 2, "nsubj"), ("een", EEN, 5, "det"), ("brief", N_EV, 2, "obj"),
         (".", "LET", 2, "punct")]
BUURMAN = [("Uw", "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr", 2, "nmod:poss"),
           ("buurman", N_EV, 3, "nsubj"), ("vertelt", MET_T, 0, "ROOT"),
           ("u", U_SUBJECT, 3, "iobj"), ("de", LID, 6, "det"), ("keuze", N_EV, 3, "obj"),
           (".", "LET", 3, "punct")]


def test_u_follows_the_parse_when_the_parse_is_clear() -> None:
    doc = fix_u(_parsed(BRIEF))  # the parse makes u the subject: Hierover ontvangt u ...
    assert doc[2].tag_ == U_SUBJECT and "Case=Nom" in str(doc[2].morph)
    doc = fix_u(_parsed(BUURMAN))  # object after a subject noun phrase
    assert doc[3].tag_ == U_OBJECT


def test_u_keeps_its_tag_when_the_other_subject_is_doubtful() -> None:
    # "Hierover" mis-tagged as a noun and parsed as subject: no determiner, no pronoun
    rows = [("Hierover", N_EV, 2, "nsubj"), ("ontvangt", MET_T, 0, "ROOT"),
            ("u", U_SUBJECT, 2, "obj"), ("een", EEN, 5, "det"), ("brief", N_EV, 2, "obj"),
            (".", "LET", 2, "punct")]
    doc = fix_u(_parsed(rows))
    assert doc[2].tag_ == U_SUBJECT


def test_u_after_a_preposition_is_the_object_whatever_the_parse() -> None:
    # "en bespreekt samen met u wat u nodig heeft": the parse made the first u a subject
    rows = [("bespreekt", MET_T, 0, "ROOT"), ("samen", "BW", 1, "advmod"),
            ("met", "VZ|init", 4, "case"), ("u", U_SUBJECT, 1, "nsubj"),
            ("wat", "VNW|vb|pron|stan|vol|3o|ev", 8, "obj"), ("u", U_SUBJECT, 8, "nsubj"),
            ("nodig", "ADJ|vrij|basis|zonder", 8, "xcomp"), ("heeft", MET_T, 1, "ccomp"),
            (".", "LET", 1, "punct")]
    doc = fix_u(_parsed(rows))
    assert doc[3].tag_ == U_OBJECT and "Case=Acc" in str(doc[3].morph)
    assert doc[5].tag_ == U_SUBJECT  # after "wat" (no preposition) u stays the subject


def test_u_after_a_subordinator_is_not_touched_by_the_preposition_rule() -> None:
    rows = [("Zodra", "VG|onder", 3, "mark"), ("u", U_SUBJECT, 3, "nsubj"),
            ("belt", MET_T, 0, "ROOT"), (".", "LET", 3, "punct")]
    assert fix_u(_parsed(rows))[1].tag_ == U_SUBJECT


def _with_noun_reading(words: str, tags: list[str], noun: dict[int, float]) -> Doc:
    """A Doc whose tagger alternatives give the words in ``noun`` that noun probability."""
    from dreamcontent.nl.tagscores import EXTENSION, Alternatives

    doc = _doc_with_lemmas(words, tags, {})
    doc._.set(EXTENSION, [
        Alternatives(("WW|pv|tgw|ev", 0.0), ("WW|inf|vrij|zonder", 0.0), (t, 1.0),
                     (N_EV, noun.get(i, 0.0)))
        for i, t in enumerate(tags)
    ])
    return doc


def test_je_before_a_noun_read_as_an_adverb_is_possessive() -> None:
    # "Met je pas leen je ..." with "pas" tagged as an adverb whose noun reading got 23%
    tags = [VZ, JE_OBJECT, "BW", PV, JE_SUBJECT, "LET"]
    doc = fix_je(_with_noun_reading("Met je pas leen je .", tags, {2: 0.23}))
    assert doc[1].tag_ == JE_POSSESSIVE


@pytest.mark.parametrize(("words", "tags", "noun"), [
    # a real adverb: no noun reading to speak of
    ("We komen bij je thuis .", [WE, PV_MV, VZ, JE_OBJECT, "BW", "LET"], {4: 1e-5}),
    # a participle-shaped adjective keeps the object reading, whatever its noun share
    ("Voel je je gespannen ?", [PV, JE_SUBJECT, JE_OBJECT, "ADJ|vrij|basis|zonder", "LET"],
     {3: 0.1}),
])
def test_je_before_a_word_without_a_noun_reading_stays(words: str, tags: list[str],
                                                       noun: dict[int, float]) -> None:
    doc = fix_je(_with_noun_reading(words, tags, noun))
    assert [t.tag_ for t in doc] == tags


# session 6: a verb coordinated with a statement whose own subject stands before its verb
# shares that subject, so je after it is no subject (28 of 28 in the gold trees)
COACH = [("Onze", "VNW|bez|det|stan|vol|1|mv|prenom|met-e|rest", 2, "nmod:poss"),
         ("coach", N_EV, 3, "nsubj"), ("belt", MET_T, 0, "ROOT"), ("je", JE_OBJECT, 3, "obj"),
         ("op", "VZ|fin", 3, "compound:prt"), ("en", "VG|neven", 7, "cc"),
         ("laat", PV, 3, "conj"), ("je", JE_SUBJECT, 7, "nsubj"),
         ("zien", "WW|inf|vrij|zonder", 7, "xcomp"), ("hoe", "BW", 12, "advmod"),
         ("het", "VNW|pers|pron|stan|red|3|ev|onz", 12, "nsubj"), ("werkt", MET_T, 9, "ccomp"),
         (".", "LET", 3, "punct")]


def test_je_after_a_verb_that_shares_the_statements_subject_is_no_subject() -> None:
    doc = fix_je(_parsed(COACH))
    assert doc[7].tag_ == JE_OBJECT
    assert doc[3].tag_ == JE_OBJECT


def test_je_after_a_coordinated_verb_keeps_its_tag_where_the_subject_is_not_shared() -> None:
    # a question: the second clause may have its own inverted subject
    rows = [*COACH[:-1], ("?", "LET", 3, "punct")]
    assert fix_je(_parsed(rows))[7].tag_ == JE_SUBJECT
    # the first clause's subject is je itself (inverted): je stays the subject
    congres = [("Daar", "BW", 2, "advmod"), ("ontmoet", PV, 0, "ROOT"),
               ("je", JE_SUBJECT, 2, "nsubj"), ("collega's", N_MV, 2, "obj"),
               ("en", "VG|neven", 6, "cc"), ("volg", PV, 2, "conj"),
               ("je", JE_SUBJECT, 6, "nsubj"), ("workshops", N_MV, 6, "obj"),
               (".", "LET", 2, "punct")]
    assert fix_je(_parsed(congres))[6].tag_ == JE_SUBJECT


BETR = "VNW|betr|pron|stan|vol|persoon|getal"
WAT = "VNW|vb|pron|stan|vol|3o|ev"
VD = "WW|vd|vrij|zonder"

# session 8 (found on the development sets and the session-7 blocks before training): je
# tagged as the subject where agreement or word order rules the subject out
SESSION8 = [
    # a plural finite verb (present: the form is its own lemma) cannot have inverted je as
    # its subject (386 of 386 in the gold trees)
    ("Haperen je zenders ?", [PV_MV, JE_SUBJECT, N_MV, "LET"], {0: "haperen"}, 1,
     JE_POSSESSIVE),
    ("Kochten je ouders hier een huis ?", ["WW|pv|verl|mv", JE_SUBJECT, N_MV, "BW", EEN, N_EV,
     "LET"], {0: "kopen"}, 1, JE_POSSESSIVE),
    ("Onze monteurs bellen je morgen .", ["VNW|bez|det|stan|vol|1|mv|prenom|met-e|rest",
     N_MV, PV_MV, JE_SUBJECT, "BW", "LET"], {2: "bellen"}, 3, JE_OBJECT),
    # a relative clause whose verb cannot agree with je (21 of 21): die is the subject
    ("Bel de adviseur die je heeft geholpen .", [PV, LID, N_EV, BETR, JE_SUBJECT, MET_T, VD,
     "LET"], {}, 4, JE_OBJECT),
    ("Je werkt met collega's die je graag inwerken .", [JE_SUBJECT, MET_T, VZ, N_MV, BETR,
     JE_SUBJECT, "BW", PV_MV, "LET"], {}, 5, JE_OBJECT),
    # a noun phrase between the clause opener and je is the subject (48 of 48)
    ("Ontdek wat een zonneboiler je per jaar bespaart .", [PV, WAT, EEN, N_EV, JE_SUBJECT, VZ,
     N_EV, MET_T, "LET"], {}, 4, JE_OBJECT),
    ("Het lukt zonder dat een collega je hoeft te bellen .", [HET, MET_T, VZ, "VG|onder", EEN,
     N_EV, JE_SUBJECT, MET_T, VZ, "WW|inf|vrij|zonder", "LET"], {}, 6, JE_OBJECT),
    ("Kijk hoe onze app je elke dag helpt .", [PV, "BW",
     "VNW|bez|det|stan|vol|1|mv|prenom|met-e|rest", N_EV, JE_SUBJECT,
     "VNW|onbep|det|stan|prenom|met-e|evz", N_EV, MET_T, "LET"], {}, 4, JE_OBJECT),
    ("Zie wat je abonnement je oplevert .", [PV, WAT, JE_POSSESSIVE, N_EV, JE_SUBJECT, MET_T,
     "LET"], {}, 4, JE_OBJECT),
    # an irregular third person (staat, gaat, heeft) is no inverted je-form either (53 of 53)
    ("Meestal staat je sauna in de tuin .", ["BW", MET_T, JE_SUBJECT, N_EV, VZ, LID, N_EV,
     "LET"], {1: "staan"}, 2, JE_POSSESSIVE),
    ("Wat heeft je overtuigd ?", [WAT, MET_T, JE_SUBJECT, VD, "LET"], {1: "hebben"}, 2,
     JE_OBJECT),
]

SESSION8_UNTOUCHED = [
    # a stem in -en read as a plural is no plural: its form is not its lemma
    ("Bereken je het zelf ?", [PV_MV, JE_SUBJECT, HET, "BW", "LET"], {0: "berekenen"}),
    # the noun phrase after welke / wat voor is the questioned object: je stays the subject
    ("Kies welke maat je nodig hebt .", [PV, "VNW|vb|det|stan|prenom|met-e|rest", N_EV,
     JE_SUBJECT, "ADJ|vrij|basis|zonder", MET_T, "LET"], {}),
    ("Zie wat voor auto je kunt lenen .", [PV, WAT, VZ, N_EV, JE_SUBJECT, MET_T,
     "WW|inf|vrij|zonder", "LET"], {}),
    # a relative clause whose verb agrees with je: either reading, the tagger decides
    ("Dit is de coach die je traint .", ["VNW|aanw|pron|stan|vol|3o|ev", "WW|pv|tgw|ev", LID,
     N_EV, BETR, JE_SUBJECT, MET_T, "LET"], {}),
    # a time phrase before je is no subject
    ("Bel als volgende week je planning vol zit .", [PV, "VG|onder",
     "ADJ|prenom|basis|met-e|stan", N_EV, JE_SUBJECT, N_EV, "ADJ|vrij|basis|zonder", MET_T,
     "LET"], {}),
    # the inverted je-form of an irregular verb (sta je), even if tagged with -t
    ("Sta je er wel eens bij stil ?", [MET_T, JE_SUBJECT, "BW", "BW", "BW", "VZ|fin",
     "ADJ|vrij|basis|zonder", "LET"], {0: "staan"}),
    # wat after a preposition is a quantifier, its noun no subject
    ("Met wat hulp je site bouwen ?", [VZ, "VNW|onbep|grad|stan|vrij|zonder|basis", N_EV,
     JE_SUBJECT, N_EV, "WW|inf|vrij|zonder", "LET"], {}),
]


@pytest.mark.parametrize(("words", "tags", "lemmas", "index", "expected"), SESSION8)
def test_je_is_no_subject_where_agreement_or_order_rules_it_out(
        words: str, tags: list[str], lemmas: dict[int, str], index: int, expected: str) -> None:
    doc = _doc_with_lemmas(words, tags, lemmas)
    assert doc[index].lower_ == "je" and doc[index].tag_ == JE_SUBJECT
    assert fix_je(doc)[index].tag_ == expected


@pytest.mark.parametrize(("words", "tags", "lemmas"), SESSION8_UNTOUCHED)
def test_je_stays_the_subject_where_agreement_and_order_allow_it(
        words: str, tags: list[str], lemmas: dict[int, str]) -> None:
    doc = fix_je(_doc_with_lemmas(words, tags, lemmas))
    assert [t.tag_ for t in doc] == tags


# session 8: an adverb that opens an indirect question (hoe, waar, wanneer, waarom) is read
# like a subordinating conjunction (54 of 54 subject je without a noun phrase after it)
JIJ = "VNW|pers|pron|nomin|vol|2v|ev"


@pytest.mark.parametrize(("words", "tags", "index", "expected"), [
    ("Weet jij hoe je mosselen bereidt ?", [PV, JIJ, "BW", JE_POSSESSIVE, N_MV, MET_T, "LET"],
     3, JE_SUBJECT),
    ("Kijk waar je pakket is .", [PV, "BW", JE_SUBJECT, N_EV, PV, "LET"], 2, JE_POSSESSIVE),
    ("Ontdek hoe je dat doet .", [PV, "BW", JE_POSSESSIVE, "VNW|aanw|pron|stan|vol|3o|ev",
     MET_T, "LET"], 2, JE_SUBJECT),
])
def test_je_after_a_question_adverb_follows_the_subordinate_clause_rules(
        words: str, tags: list[str], index: int, expected: str) -> None:
    assert fix_je(_doc(words, tags))[index].tag_ == expected


def test_je_after_a_question_adverb_is_left_alone_where_agreement_allows_both() -> None:
    # a singular noun and a singular verb: je klant reageert / je (…) klant: the tagger decides
    for je in (JE_SUBJECT, JE_POSSESSIVE):
        tags = [PV, JE_SUBJECT, "BW", je, N_EV, MET_T, "LET"]
        assert [t.tag_ for t in fix_je(_doc("Zie je hoe je klant reageert ?", tags))] == tags
