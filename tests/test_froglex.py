"""The verb-breadth material: Frog-attested verbs (training/synth/froglex.py) and the
generated file synth-verbs.conllu built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.synth.froglex import FROG_LEXICON, OUT, attested, frog_verbs, load
from training.synth.morph import Verb

REPO = Path(__file__).resolve().parents[1]
TRAIN_DIR = REPO / "training" / "marketing" / "train"

# A tiny lexicon in the shape read_lexicon returns: form -> {tag: count}.
LEX = {
    "werkt": {"WW|pv|tgw|met-t": 40},
    "werkte": {"WW|pv|verl|ev": 12},
    "gewerkt": {"WW|vd|vrij|zonder": 30},
    "werken": {"WW|inf|vrij|zonder": 50, "WW|pv|tgw|mv": 20},
    "bouwt": {"WW|pv|tgw|met-t": 9},
    "bouwden": {"WW|pv|verl|mv": 2},
    "opgebouwd": {"WW|vd|vrij|zonder": 5},
    "biedt": {"WW|pv|tgw|met-t": 7},
    "bood": {"WW|pv|verl|ev": 3},
    "aangeboden": {"WW|vd|vrij|zonder": 4},
    "accepteert": {"WW|pv|tgw|met-t": 3},
    "accepteerde": {"WW|pv|verl|ev": 2},
    "geaccepteerd": {"WW|vd|vrij|zonder": 6},
}


def test_weak_verb_with_all_forms_attested() -> None:
    assert attested(Verb("werken"), LEX)


def test_separable_and_strong_verbs_are_checked_on_their_own_forms() -> None:
    assert attested(Verb("opbouwen", prt="op"), LEX)
    assert attested(Verb("aanbieden", prt="aan", strong=("bood", "boden", "geboden")), LEX)
    assert attested(Verb("accepteren", stem_override="accepteer"), LEX)


def test_wrong_analyses_are_rejected() -> None:
    # inseparable reading: participle "opbouwd" is not attested
    assert not attested(Verb("opbouwen", insep=True), LEX)
    # weak reading of a strong verb: "biedde" is not attested
    assert not attested(Verb("aanbieden", prt="aan"), LEX)
    # schwa reading of accepteren: "acceptert" is not attested
    assert not attested(Verb("accepteren"), LEX)
    # a verb whose forms are missing altogether
    assert not attested(Verb("fietsen"), LEX)


def test_committed_list_loads_and_generates_forms() -> None:
    verbs = load()
    assert len(verbs) >= 1000
    infs = [v.inf for v in verbs]
    assert len(infs) == len(set(infs))
    for v in verbs:
        assert v.inf.endswith("n")
        assert v.present("3") and v.past(False) and v.participle()
        assert v.prt == "" or v.inf.startswith(v.prt)
    assert {v.inf for v in frog_verbs()} <= set(infs)


@pytest.mark.skipif(not FROG_LEXICON.exists(), reason="Frog's lexicon (Debian frogdata) absent")
def test_list_is_rebuilt_identically_from_frogs_lexicon(tmp_path: Path) -> None:
    from training.synth.froglex import attested_verbs, read_lexicon, write

    out = tmp_path / "verbs.txt"
    write(attested_verbs(read_lexicon()), out)
    assert out.read_text(encoding="utf-8") == OUT.read_text(encoding="utf-8")


def test_breadth_file_is_deterministic_and_matches_committed() -> None:
    from training.synth.build import BREADTH, BREADTH_SEED, build

    first, _ = build(40, BREADTH_SEED, breadth=BREADTH, prefix="verbs")
    again, _ = build(40, BREADTH_SEED, breadth=BREADTH, prefix="verbs")
    assert first == again
    committed = (TRAIN_DIR / "synth-verbs.conllu").read_text(encoding="utf-8").split("\n\n")
    assert [b.strip() for b in first] == [b.strip() for b in committed[:40]]
    breadth_verbs = {v.inf for v in frog_verbs()}
    lemmas = {line.split("\t")[2] for b in first for line in b.splitlines()
              if line and line[0].isdigit() and line.split("\t")[3] == "VERB"}
    assert lemmas & breadth_verbs, "the breadth file uses Frog-attested verbs"
