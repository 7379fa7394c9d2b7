"""Validation of the hand-annotated marketing evaluation set (training/marketing/eval/).

Checks that marketing-eval.conllu is well-formed CoNLL-U in the style of the UD Dutch
treebanks: ten columns, one root, heads in range, no cycles, CGN tags from the treebank tag set,
UPOS/FEATS as the treebank derives them from the tag, ``# text`` matching the tokens, enough
sentences and no duplicates; and that it is exactly what build.py makes of the annotation source.
"""

from __future__ import annotations

import collections
import importlib.util
import sys
from pathlib import Path

import pytest
from conllu_helpers import (
    Sent,
    check_columns,
    check_tree,
    finite_clause_problems,
    read_conllu,
    read_tagmap,
)

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO / "training" / "marketing" / "eval"
CONLLU = EVAL_DIR / "marketing-eval.conllu"
TAGMAP = EVAL_DIR / "treebank-tagmap.tsv"
SUPPLEMENT = EVAL_DIR / "supplement-tags.tsv"
TREEBANK_DIR = REPO.parent / "shared" / "ud-dutch"
TREEBANK_FILES = (
    "nl_alpino-ud-dev.conllu",
    "nl_alpino-ud-test.conllu",
    "nl_lassysmall-ud-dev.conllu",
)

UD_DEPRELS = {
    "acl",
    "acl:relcl",
    "advcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "aux:pass",
    "case",
    "cc",
    "ccomp",
    "compound:prt",
    "conj",
    "cop",
    "csubj",
    "det",
    "discourse",
    "expl",
    "expl:pv",
    "fixed",
    "flat",
    "iobj",
    "mark",
    "nmod",
    "nmod:poss",
    "nsubj",
    "nsubj:pass",
    "nummod",
    "obj",
    "obl",
    "obl:agent",
    "obl:arg",
    "orphan",
    "parataxis",
    "punct",
    "root",
    "vocative",
    "xcomp",
}
NO_SPACE_CHECK = "SpaceAfter=No"


@pytest.fixture(scope="module")
def sentences() -> list[Sent]:
    return read_conllu(CONLLU)


@pytest.fixture(scope="module")
def tagmap() -> dict[str, set[tuple[str, str]]]:
    return read_tagmap(TAGMAP, SUPPLEMENT)


def test_ten_columns_and_numbering(sentences: list[Sent]) -> None:
    for s in sentences:
        check_columns(s)
        assert all(row[1].strip() == row[1] for row in s.rows), s


def test_one_root_heads_in_range_no_cycles(sentences: list[Sent]) -> None:
    for s in sentences:
        check_tree(s)


def test_deprels_are_ud_v2(sentences: list[Sent]) -> None:
    for s in sentences:
        for row in s.rows:
            assert row[7] in UD_DEPRELS, (s, row)


def test_xpos_in_treebank_tagset(
    sentences: list[Sent], tagmap: dict[str, set[tuple[str, str]]]
) -> None:
    for s in sentences:
        for row in s.rows:
            assert row[4] in tagmap, (s, row)


def test_upos_feats_consistent_with_tag(
    sentences: list[Sent], tagmap: dict[str, set[tuple[str, str]]]
) -> None:
    for s in sentences:
        for row in s.rows:
            assert (row[3], row[5]) in tagmap[row[4]], (s, row)


def test_lemmas_have_no_underscores(sentences: list[Sent]) -> None:
    for s in sentences:
        for row in s.rows:
            assert "_" not in row[2] and row[2].strip(), (s, row)


def test_text_reproduces_tokens(sentences: list[Sent]) -> None:
    for s in sentences:
        assert "text" in s.comments and "sent_id" in s.comments, s
        text = ""
        for i, row in enumerate(s.rows):
            text += row[1]
            if i + 1 < len(s.rows) and NO_SPACE_CHECK not in row[9].split("|"):
                text += " "
        assert text == s.comments["text"], s


def test_size_and_no_duplicates(sentences: list[Sent]) -> None:
    assert len(sentences) >= 360
    texts = collections.Counter(s.comments["text"].lower() for s in sentences)
    assert [t for t, n in texts.items() if n > 1] == []
    ids = collections.Counter(s.comments["sent_id"] for s in sentences)
    assert [i for i, n in ids.items() if n > 1] == []


def test_key_constructions_are_well_represented(sentences: list[Sent]) -> None:
    rows = [r for s in sentences for r in s.rows]
    second = [r for r in rows if r[1].lower() in {"je", "jij", "jouw", "jou", "u", "uw"}]
    assert len(second) >= 100
    functions = {(r[1].lower(), r[4]) for r in second}
    for expected in [
        ("je", "VNW|pers|pron|nomin|red|2v|ev"),
        ("je", "VNW|pr|pron|obl|red|2v|getal"),
        ("je", "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr"),
        ("u", "VNW|pers|pron|nomin|vol|2b|getal"),
        ("uw", "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr"),
    ]:
        assert expected in functions
    assert sum(1 for r in rows if r[4].startswith("WW|pv")) >= 500
    deprels = collections.Counter(r[7] for r in rows)
    for rel in ("aux:pass", "nsubj:pass", "obl:agent", "cop", "compound:prt", "acl:relcl", "ccomp"):
        assert deprels[rel] >= 5, rel


def test_pronoun_tags_match_their_function(sentences: list[Sent]) -> None:
    """je as subject / object-reflexive / possessive must carry the matching tag."""
    by_rel = {
        "nsubj": "VNW|pers|pron|nomin|red|2v|ev",
        "nsubj:pass": "VNW|pers|pron|nomin|red|2v|ev",
        "obj": "VNW|pr|pron|obl|red|2v|getal",
        "iobj": "VNW|pr|pron|obl|red|2v|getal",
        "expl:pv": "VNW|pr|pron|obl|red|2v|getal",
        "nmod:poss": "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr",
    }
    for s in sentences:
        for row in s.rows:
            if row[1].lower() == "je" and row[7] in by_rel:
                assert row[4] == by_rel[row[7]], (s, row)


def test_other_second_person_tags(sentences: list[Sent]) -> None:
    """u is nominative only as subject; jij/jou/jouw/uw always carry their one tag."""
    fixed = {
        "jij": "VNW|pers|pron|nomin|vol|2v|ev",
        "jou": "VNW|pers|pron|obl|vol|2v|ev",
        "jouw": "VNW|bez|det|stan|vol|2v|ev|prenom|zonder|agr",
        "uw": "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr",
    }
    for s in sentences:
        for row in s.rows:
            form = row[1].lower()
            if form in fixed:
                assert row[4] == fixed[form], (s, row)
            if form == "u":
                subject = row[7] in {"nsubj", "nsubj:pass"}
                expected = (
                    "VNW|pers|pron|nomin|vol|2b|getal" if subject else "VNW|pr|pron|obl|vol|2|getal"
                )
                assert row[4] == expected, (s, row)


def test_inverted_je_jij_takes_the_bare_verb(sentences: list[Sent]) -> None:
    """DUTCH_NOTES: with je/jij as subject after the finite verb the -t goes (Word jij, Vind je);
    with u, or with a possessive je, it stays (Wordt u, Wordt je agenda voller?)."""
    checked = {"bare": 0, "u": 0, "possessive": 0}
    for s in sentences:
        for i, row in enumerate(s.rows, 1):
            if not row[4].startswith("WW|pv|tgw"):
                continue
            pred = int(row[6]) if row[7] in {"aux", "aux:pass", "cop"} else i
            subjects = [
                (int(r[0]), r[1].lower())
                for r in s.rows
                if r[7] in {"nsubj", "nsubj:pass"} and int(r[6]) == pred
            ]
            for position, form in subjects:
                if position > i and form in {"je", "jij"}:
                    assert row[4] == "WW|pv|tgw|ev", (s, row)
                    checked["bare"] += 1
                if position > i and form == "u":
                    # never a bare stem ("Word u", "Vind u"); mag/kan/wil/zal are right as they are
                    verb = row[1].lower()
                    assert verb.endswith("t") or verb in {"mag", "kan", "wil", "zal"}, (s, row)
                    checked["u"] += 1
                possessive_je = any(
                    r[1].lower() == "je" and r[7] == "nmod:poss" and int(r[6]) == position
                    for r in s.rows
                )
                if position > i and possessive_je:
                    # "Wordt je agenda voller?": the subject is third person
                    verb = row[1].lower()
                    assert verb.endswith("t") or verb in {"is", "mag", "kan", "wil", "zal"}, (
                        s,
                        row,
                    )
                    checked["possessive"] += 1
    assert checked["bare"] >= 50 and checked["u"] >= 20 and checked["possessive"] >= 5


def test_every_finite_clause_has_one_finite_verb(sentences: list[Sent]) -> None:
    problems = [p for s in sentences for p in finite_clause_problems(s)]
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not TREEBANK_DIR.is_dir(), reason="UD Dutch treebanks not available")
def test_file_is_built_from_the_source() -> None:
    spec = importlib.util.spec_from_file_location("eval_build", EVAL_DIR / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules["eval_build"] = build
    spec.loader.exec_module(build)
    sents = build.parse_source()
    build.frog_tags(sents, run=False)
    assert build.derive(sents) == []
    assert build.render(sents) == CONLLU.read_text(encoding="utf-8")


@pytest.mark.skipif(not TREEBANK_DIR.is_dir(), reason="UD Dutch treebanks not available")
def test_tagmap_is_the_treebanks() -> None:
    """treebank-tagmap.tsv is exactly the (XPOS, UPOS, FEATS) inventory of the treebank files."""
    counts: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for name in TREEBANK_FILES:
        for line in (TREEBANK_DIR / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit() and cols[4] != "_":
                counts[(cols[4], cols[3], cols[5])] += 1
    stored = {}
    for line in TAGMAP.read_text(encoding="utf-8").splitlines()[1:]:
        x, u, f, n = line.split("\t")
        stored[(x, u, f)] = int(n)
    assert stored == dict(counts)
    supplement = read_tagmap(SUPPLEMENT)
    assert not set(supplement) & {x for x, _, _ in counts}


def test_finite_clause_check_catches_an_infinitive_for_a_plural() -> None:
    def sent(tag: str) -> Sent:
        rows = [
            ["1", "Ik", "ik", "PRON", "VNW|pers|pron|nomin|vol|1|ev", "_", "2", "nsubj", "_", "_"],
            ["2", "weet", "weten", "VERB", "WW|pv|tgw|ev", "_", "0", "root", "_", "_"],
            ["3", "dat", "dat", "SCONJ", "VG|onder", "_", "5", "mark", "_", "_"],
            ["4", "wij", "wij", "PRON", "VNW|pers|pron|nomin|vol|1|mv", "_", "5", "nsubj", "_",
             "_"],
            ["5", "voeden", "voeden", "VERB", tag, "_", "2", "ccomp", "_", "_"],
        ]
        return Sent({"sent_id": "x"}, rows, 1)

    assert finite_clause_problems(sent("WW|pv|tgw|mv")) == []
    assert len(finite_clause_problems(sent("WW|inf|vrij|zonder"))) == 1
