"""Rule logic on hand-made Docs (independent of the trained pipeline's mistakes)."""

from __future__ import annotations

import functools

import pytest
import spacy
from spacy.tokens import Doc

from dreamcontent.lint.base import TextState
from dreamcontent.lint.config import LintConfig
from dreamcontent.lint.rules import RULES

# CGN tag -> (UD pos, morph) for the few tags these tests use
_POS = {"WW": "VERB", "VNW": "PRON", "N": "NOUN", "ADJ": "ADJ", "LID": "DET", "VZ": "ADP",
        "BW": "ADV", "LET": "PUNCT", "VG": "CCONJ", "TW": "NUM", "SPEC": "PROPN"}


@functools.cache
def _vocab():  # type: ignore[no-untyped-def]
    return spacy.blank("nl").vocab


def _morph(tag: str) -> str:
    parts = tag.split("|")
    if parts[0] != "WW":
        return ""
    if parts[1] == "pv":
        tense = "Past" if parts[2] == "verl" else "Pres"
        return f"Tense={tense}|VerbForm=Fin"
    return {"vd": "VerbForm=Part", "inf": "VerbForm=Inf"}.get(parts[1], "")


def make_doc(spec: str) -> Doc:
    """Build a Doc from "word/TAG/head/dep/lemma" items separated by spaces.

    ``head`` is the 0-based index of the head (the root points to itself); ``lemma`` may be
    left out (then the lower-cased word). Example: "Heb/WW|pv|tgw|ev/0/ROOT/hebben".
    """
    words, tags, heads, deps, lemmas = [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        words.append(parts[0])
        tags.append(parts[1])
        heads.append(int(parts[2]))
        deps.append(parts[3])
        lemmas.append(parts[4] if len(parts) > 4 else parts[0].lower())
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "?", "!"}
              for i in range(len(words))]
    pos = [_POS.get(t.split("|")[0], "X") for t in tags]
    for i, t in enumerate(tags):
        if t.startswith("WW") and deps[i].startswith("aux") or deps[i] == "cop":
            pos[i] = "AUX"
    sent_starts = [i == 0 for i in range(len(words))]
    return Doc(_vocab(), words=words, spaces=spaces, tags=tags, pos=pos,
               morphs=[_morph(t) for t in tags], heads=heads, deps=deps, lemmas=lemmas,
               sent_starts=sent_starts)




def hits(rule_id: str, spec: str) -> list:
    rule = RULES[rule_id](LintConfig())
    return list(rule.check(make_doc(spec), TextState()))


PASSIVE = ("Je/VNW|bez/1/nmod:poss offerte/N|soort/4/nsubj:pass wordt/WW|pv|tgw|met-t/4/aux:pass"
           "/worden door/VZ|init/5/case ons/VNW|pr/4/obl:agent verstuurd/WW|vd|vrij/4/ROOT"
           "/versturen ./LET/4/punct")
COPULAR = ("Die/VNW|aanw/1/det vraag/N|soort/3/nsubj wordt/WW|pv|tgw|met-t/3/cop/worden "
           "belangrijker/ADJ|vrij|comp/3/ROOT ./LET/3/punct")
UNACCUSATIVE = ("Onze/VNW|bez/1/nmod:poss omzet/N|soort/3/nsubj is/WW|pv|tgw|ev/3/aux/zijn "
                "gegroeid/WW|vd|vrij/3/ROOT/groeien ./LET/3/punct")
ER_PASSIVE = ("Er/VNW|aanw/1/expl wordt/WW|pv|tgw|met-t/4/aux:pass/worden elke/VNW|onbep/3/det "
              "dag/N|soort/4/obl gemeten/WW|vd|vrij/4/ROOT/meten ./LET/4/punct")
ADJ_PARTICIPLE = ("Ik/VNW|pers|pron|nomin/2/nsubj ben/WW|pv|tgw|ev/2/cop/zijn "
                  "teleurgesteld/WW|vd|vrij/2/ROOT/teleurstellen ./LET/2/punct")


def test_passive_worden_participle() -> None:
    found = hits("passief", PASSIVE)
    assert len(found) == 1 and "wordt" in found[0].message and "verstuurd" in found[0].message


def test_passive_impersonal_er() -> None:
    assert len(hits("passief", ER_PASSIVE)) == 1


@pytest.mark.parametrize("spec", [COPULAR, UNACCUSATIVE, ADJ_PARTICIPLE])
def test_not_passive(spec: str) -> None:
    assert hits("passief", spec) == []


# a verb-final passive cluster followed straight by the main clause's finite verb (the comma
# left out); the parser hung "worden" on the main verb
CLUSTER_THEN_MAIN = ("De/LID|bep/1/det manier/N|soort/5/nsubj waarop/BW/4/advmod "
                     "dieren/N|soort|mv/4/nsubj:pass gehouden/WW|vd|vrij/1/acl:relcl/houden "
                     "worden/WW|pv|tgw|mv/5/aux:pass/worden bepaalt/WW|pv|tgw|met-t/5/ROOT/bepalen"
                     " de/LID|bep/7/det prijs/N|soort/5/obj ./LET/5/punct")
COPULAR_THEN_MAIN = ("Het/LID|bep/1/det moment/N|soort/5/nsubj waarop/BW/4/advmod "
                     "hij/VNW|pers|pron|nomin/4/nsubj ziek/ADJ|vrij/1/acl:relcl "
                     "wordt/WW|pv|tgw|met-t/4/cop/worden bepaalt/WW|pv|tgw|met-t/5/ROOT/bepalen"
                     " de/LID|bep/7/det prijs/N|soort/5/obj ./LET/5/punct")
# "zijn" mistagged as a verb, but parsed as a possessive before an attributive participle
POSSESSIVE_ZIJN_MISTAGGED = (
    "Het/LID|bep/1/det werk/N|soort/1/ROOT ,/LET/7/punct die/VNW|betr/7/nsubj "
    "zijn/WW|pv|tgw|mv/6/nmod:poss/zijn onverdeelde/WW|vd|prenom/6/amod/onverdelen "
    "aandacht/N|soort/7/obj behield/WW|pv|verl|ev/1/acl:relcl/behouden ./LET/1/punct")
ZIJN_PASSIVE_IN_RELATIVE = (
    "De/LID|bep/1/det huizen/N|soort|mv/1/ROOT die/VNW|betr/5/nsubj:pass "
    "gisteren/BW/5/advmod zijn/WW|pv|tgw|mv/5/aux:pass/zijn verkocht/WW|vd|vrij/1/acl:relcl"
    "/verkopen ./LET/1/punct")


def test_passive_cluster_before_the_main_verb() -> None:
    found = hits("passief", CLUSTER_THEN_MAIN)
    assert len(found) == 1 and "gehouden" in found[0].message
    assert hits("passief", COPULAR_THEN_MAIN) == []


def test_possessive_zijn_by_its_parse() -> None:
    assert hits("passief", POSSESSIVE_ZIJN_MISTAGGED) == []
    found = hits("passief", ZIJN_PASSIVE_IN_RELATIVE)
    assert len(found) == 1 and "verkocht" in found[0].message


def test_unaccusative_is_a_perfect() -> None:
    found = hits("voltooide-tijd", UNACCUSATIVE)
    assert len(found) == 1 and "gegroeid" in found[0].message
    assert hits("voltooide-tijd", COPULAR) == []


DT_WORDT_JIJ = ("Wordt/WW|pv|tgw|met-t/2/aux:pass/worden jij/VNW|pers|pron|nomin/2/nsubj:pass "
                "gebeld/WW|vd|vrij/2/ROOT/bellen ?/LET/2/punct")
DT_POSSESSIVE = ("Wordt/WW|pv|tgw|met-t/3/cop/worden je/VNW|bez|det/2/nmod:poss "
                 "agenda/N|soort/3/nsubj voller/ADJ|vrij|comp/3/ROOT ?/LET/3/punct")
DT_JIJ_WORD = ("Jij/VNW|pers|pron|nomin/2/nsubj:pass word/WW|pv|tgw|ev/2/aux:pass/worden "
               "gebeld/WW|vd|vrij/2/ROOT/bellen ./LET/2/punct")
DT_AMBIGUOUS = ("Geef/WW|pv|tgw|ev/0/ROOT/geven je/VNW|pers|pron/0/nsubj klanten/N|soort|mv/0/obj"
                " korting/N|soort/0/obj ?/LET/0/punct")
DT_HEEFT_U = ("Heeft/WW|pv|tgw|met-t/0/ROOT/hebben u/VNW|pers|pron|nomin/0/nsubj "
              "vragen/N|soort|mv/0/obj ?/LET/0/punct")
DT_VIND_KLANT = ("Wat/VNW|vb/1/obj vind/WW|pv|tgw|ev/1/ROOT/vinden jouw/VNW|bez|det/3/nmod:poss "
                 "klant/N|soort|ev/1/nsubj ?/LET/1/punct")


def test_dt_inverted_jij_drops_t() -> None:
    found = hits("dt-fout", DT_WORDT_JIJ)
    assert [h.fix for h in found] == ["Word"]


def test_dt_subject_jij_needs_t() -> None:
    assert [h.fix for h in hits("dt-fout", DT_JIJ_WORD)] == ["wordt"]


def test_dt_inverted_noun_subject_needs_t() -> None:
    assert [h.fix for h in hits("dt-fout", DT_VIND_KLANT)] == ["vindt"]


@pytest.mark.parametrize("spec", [DT_POSSESSIVE, DT_AMBIGUOUS, DT_HEEFT_U])
def test_dt_leaves_correct_and_ambiguous_forms(spec: str) -> None:
    assert hits("dt-fout", spec) == []


CLOSED = ("Heb/WW|pv|tgw|ev/0/ROOT/hebben jij/VNW|pers|pron|nomin/0/nsubj "
          "tijd/N|soort/0/obj ?/LET/0/punct")
OPEN_LATE = ("We/VNW|pers|pron|nomin/1/nsubj plannen/WW|pv|tgw|mv/1/ROOT/plannen "
             "alles/VNW|onbep/1/obj ,/LET/1/punct want/VG|neven/5/cc wie/VNW|vb/5/nsubj "
             "neemt/WW|pv|tgw|met-t/1/conj/nemen de/LID|bep/8/det tijd/N|soort/5/obj "
             "?/LET/1/punct")
CLOSED_LATE = ("Je/VNW|pers|pron|nomin/1/nsubj werkt/WW|pv|tgw|met-t/1/ROOT/werken ,/LET/1/punct "
               "maar/VG|neven/4/cc zie/WW|pv|tgw|ev/1/conj/zien je/VNW|pers|pron|nomin/4/nsubj "
               "resultaat/N|soort/4/obj ?/LET/1/punct")


def test_closed_question() -> None:
    assert len(hits("gesloten-vraag", CLOSED)) == 1
    assert len(hits("gesloten-vraag", CLOSED_LATE)) == 1


def test_open_question_later_in_sentence() -> None:
    assert hits("gesloten-vraag", OPEN_LATE) == []


U_INVERTED = DT_HEEFT_U
U_OBJECT = ("Wij/VNW|pers|pron|nomin/1/nsubj helpen/WW|pv|tgw|mv/1/ROOT/helpen "
            "u/VNW|pers|pron/1/obj graag/BW/1/advmod ./LET/1/punct")
U_LETTER = ("De/LID|bep/1/det letter/N|soort/3/nsubj u/SPEC|symb/1/appos "
            "ontbreekt/WW|pv|tgw|met-t/3/ROOT/ontbreken ./LET/3/punct")


def test_formal_u_fixes() -> None:
    assert [h.fix for h in hits("aanspreekvorm-u", U_INVERTED)] == ["Heb je"]
    assert [h.fix for h in hits("aanspreekvorm-u", U_OBJECT)] == ["je"]


def test_u_as_letter_is_not_address() -> None:
    assert hits("aanspreekvorm-u", U_LETTER) == []


DT_OBJECT_JE = ("Onze/VNW|bez/1/nmod:poss app/N|soort/2/nsubj helpt/WW|pv|tgw|met-t/2/ROOT/helpen "
                "je/VNW|pr|pron|obl/2/obj verder/BW/2/advmod ./LET/2/punct")
DT_WH_SUBJECT = ("Wat/VNW|vb/1/nsubj houdt/WW|pv|tgw|met-t/1/ROOT/houden je/VNW|pr|pron/1/obj "
                 "tegen/VZ|fin/1/compound:prt ?/LET/1/punct")
DT_VINDT_JE = ("Vindt/WW|pv|tgw|met-t/0/ROOT/vinden je/VNW|pers|pron|nomin/0/nsubj "
               "het/VNW|pers|pron|stan/0/obj lastig/ADJ|vrij/0/xcomp ?/LET/0/punct")


@pytest.mark.parametrize("spec", [DT_OBJECT_JE, DT_WH_SUBJECT])
def test_dt_object_je_is_not_an_error(spec: str) -> None:
    assert hits("dt-fout", spec) == []


def test_dt_inverted_je_subject() -> None:
    assert [h.fix for h in hits("dt-fout", DT_VINDT_JE)] == ["Vind"]
