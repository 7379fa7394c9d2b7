"""Validation of the marketing evaluation sets built in the same way: the blind sets 2
(training/marketing/probe/) and 3 (training/marketing/blind3/), the development set 4
(training/marketing/dev4/, whose errors the lead studies; never trained on), the blind test set
5 (training/marketing/blind5/, never trained on and its errors never studied), the blind test
set 6 (training/marketing/blind6/, written after set 5 for the next model choice, never trained
on and its errors never studied; it gives the honest in-domain number for that model) the blind
test set 7 (training/marketing/blind7/, written on 2026-11-23 in session 7 for that day's
second model choice, independent of sets 1-6 and of all training material, never trained on and
its errors never studied) and set 8 (training/marketing/blind8/, written on 2026-11-23 in
session 8 for that session's model choice, independent of sets 1-7 and of all training
material; blind for that choice, its errors were studied after it, and since session 9 it is
training material, see its README; its checks stay), the blind test set 9
(training/marketing/blind9/, written on 2026-11-23 in session 9 for that session's model
choice, independent of sets 1-8 and of all training material, scored once and its errors never
studied; since session 10 it is training material, see its README; its checks stay) and the
blind test set 10 (training/marketing/blind10/, written on 2026-11-23/24 in session 10 for that
session's model choice, independent of sets 1-9 and of all training material, never trained on
and its errors never studied), with the same checks and per-set minimum sizes.

Each set must be well-formed CoNLL-U in the style of the UD Dutch treebanks (ten columns, one
root, heads in range, no cycles, UD v2 relations, XPOS from the treebank tag set plus the
documented supplements, UPOS/FEATS as the treebank derives them from the tag, ``# text``
matching the tokens), hold enough of what it measures, have second-person pronoun tags that
match their annotated function, subject-verb agreement and one finite verb per finite clause,
and be exactly what its build (set 2's build.py, setbuild.py for later sets) makes of the
source. Independence: no sentence of a set
occurs in another evaluation set or in the training material (``training/marketing/train/``
CoNLL-U blocks, ``training/synth/`` text and TSV files, including blocks added later such as
the session-7 handwritten blocks and any block added in sessions 8 and 9, such as the
session-9 handwritten blocks that were written at the same time as set 9; a membership test that
never prints the other files' sentences). Nothing here looks at a model's output.
"""

from __future__ import annotations

import collections
import importlib.util
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
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
MARKETING = REPO / "training" / "marketing"
EVAL_DIR = MARKETING / "eval"
TAGMAP = EVAL_DIR / "treebank-tagmap.tsv"
SUPPLEMENT = EVAL_DIR / "supplement-tags.tsv"
TREEBANK_DIR = REPO.parent / "shared" / "ud-dutch"


@dataclass(frozen=True)
class BlindSet:
    """A blind evaluation set and the minimum amounts its README promises."""

    folder: str
    sentences: int
    tokens: int
    sectors: int
    je: int
    jij_jou_jouw: int
    u_uw: int
    je_subject: int
    je_object: int
    je_possessive: int
    finite: int
    inverted: int
    u_or_poss: int
    plural: int

    @property
    def dir(self) -> Path:
        return MARKETING / self.folder

    @property
    def conllu(self) -> Path:
        return self.dir / f"marketing-{self.folder}.conllu"


SETS = {
    "set2": BlindSet("probe", sentences=200, tokens=2000, sectors=15, je=120, jij_jou_jouw=30,
                     u_uw=30, je_subject=30, je_object=15, je_possessive=30, finite=250,
                     inverted=30, u_or_poss=30, plural=30),
    "set3": BlindSet("blind3", sentences=300, tokens=3000, sectors=30, je=170, jij_jou_jouw=35,
                     u_uw=40, je_subject=60, je_object=20, je_possessive=60, finite=350,
                     inverted=40, u_or_poss=40, plural=50),
    "set4": BlindSet("dev4", sentences=300, tokens=3000, sectors=30, je=260, jij_jou_jouw=40,
                     u_uw=30, je_subject=120, je_object=30, je_possessive=120, finite=400,
                     inverted=100, u_or_poss=50, plural=90),
    "set5": BlindSet("blind5", sentences=400, tokens=4000, sectors=90, je=230, jij_jou_jouw=45,
                     u_uw=90, je_subject=100, je_object=30, je_possessive=90, finite=550,
                     inverted=90, u_or_poss=60, plural=100),
    "set6": BlindSet("blind6", sentences=440, tokens=4600, sectors=120, je=235, jij_jou_jouw=42,
                     u_uw=110, je_subject=110, je_object=40, je_possessive=80, finite=610,
                     inverted=110, u_or_poss=65, plural=130),
    "set7": BlindSet("blind7", sentences=450, tokens=4700, sectors=90, je=230, jij_jou_jouw=40,
                     u_uw=110, je_subject=120, je_object=25, je_possessive=80, finite=610,
                     inverted=90, u_or_poss=65, plural=125),
    "set8": BlindSet("blind8", sentences=485, tokens=5200, sectors=90, je=250, jij_jou_jouw=45,
                     u_uw=100, je_subject=135, je_object=30, je_possessive=80, finite=645,
                     inverted=100, u_or_poss=60, plural=145),
    "set9": BlindSet("blind9", sentences=580, tokens=6600, sectors=120, je=270, jij_jou_jouw=60,
                     u_uw=150, je_subject=150, je_object=30, je_possessive=85, finite=800,
                     inverted=125, u_or_poss=90, plural=165),
    "set10": BlindSet("blind10", sentences=565, tokens=6700, sectors=170, je=290,
                      jij_jou_jouw=55, u_uw=130, je_subject=145, je_object=30,
                      je_possessive=110, finite=820, inverted=130, u_or_poss=75, plural=170),
}

UD_DEPRELS = {
    "acl", "acl:relcl", "advcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc",
    "ccomp", "compound:prt", "conj", "cop", "csubj", "det", "discourse", "expl", "expl:pv",
    "fixed", "flat", "iobj", "mark", "nmod", "nmod:poss", "nsubj", "nsubj:pass", "nummod", "obj",
    "obl", "obl:agent", "obl:arg", "orphan", "parataxis", "punct", "root", "vocative", "xcomp",
}  # fmt: skip
SUBJ = {"nsubj", "nsubj:pass"}
AUX = {"aux", "aux:pass", "cop"}

TAG_JE = {
    "subject": "VNW|pers|pron|nomin|red|2v|ev",
    "object": "VNW|pr|pron|obl|red|2v|getal",
    "possessive": "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr",
}
TAG_FIXED = {
    "jij": "VNW|pers|pron|nomin|vol|2v|ev",
    "jou": "VNW|pers|pron|obl|vol|2v|ev",
    "jouw": "VNW|bez|det|stan|vol|2v|ev|prenom|zonder|agr",
    "uw": "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr",
}
TAG_U_SUBJ = "VNW|pers|pron|nomin|vol|2b|getal"
TAG_U_OBJ = "VNW|pr|pron|obl|vol|2|getal"

SRC_TOKEN = re.compile(r"^(.+?)/\d+/[a-z:]+(?:\{[^}]*\})?(?:\[[^\]]*\])?$")


#: Known overlaps, each a short generic sentence that the generator also happens to write.
#: Listed so that any new overlap still fails the test.
KNOWN_OVERLAPS = {
    "mkt-probe-0255",  # a three-word question that synth.conllu also contains
}


def other_sources(own: str) -> list[Path]:
    """Everything a set must be independent of: the other evaluation sets and all training
    text (CoNLL-U files, annotation sources, the generator's text and TSV files)."""
    out: list[Path] = []
    for folder in ("eval", *(blind.folder for blind in SETS.values())):
        if folder != own:
            out += sorted((MARKETING / folder).glob("*.conllu"))
            out += sorted((MARKETING / folder).glob("*.src.txt"))
    out += sorted(MARKETING.glob("train/*.conllu"))
    out += sorted((REPO / "training" / "synth").glob("*.txt"))
    out += sorted((REPO / "training" / "synth").glob("*.tsv"))
    return out


@pytest.fixture(scope="module", params=sorted(SETS))
def blind(request: pytest.FixtureRequest) -> BlindSet:
    return SETS[request.param]


@pytest.fixture(scope="module")
def sentences(blind: BlindSet) -> list[Sent]:
    return read_conllu(blind.conllu)


@pytest.fixture(scope="module")
def rows(sentences: list[Sent]) -> list[list[str]]:
    return [r for s in sentences for r in s.rows]


def test_ten_columns_and_numbering(sentences: list[Sent]) -> None:
    for s in sentences:
        check_columns(s)
        assert all(row[8] == "_" for row in s.rows), s


def test_one_root_heads_in_range_no_cycles(sentences: list[Sent]) -> None:
    for s in sentences:
        check_tree(s)


def test_deprels_are_ud_v2_and_attach_sensibly(sentences: list[Sent]) -> None:
    for s in sentences:
        for i, row in enumerate(s.rows, 1):
            rel, xpos, head = row[7], row[4], int(row[6])
            assert rel in UD_DEPRELS, (s, row)
            assert (rel == "punct") == (xpos == "LET"), (s, row)
            if rel in AUX:
                assert xpos.startswith("WW"), (s, row)
            if rel in {"det", "nmod:poss", "amod", "nummod", "mark"} and row[1] != "anders":
                assert head > i, (s, row)
            if rel in {"aux:pass", "nsubj:pass"}:
                assert s.rows[head - 1][4].startswith("WW|vd"), (s, row)
            if rel == "compound:prt":
                assert s.rows[head - 1][4].startswith("WW"), (s, row)


def test_xpos_upos_feats_from_the_treebank_tagset(sentences: list[Sent]) -> None:
    tagmap = read_tagmap(TAGMAP, SUPPLEMENT)
    for s in sentences:
        for row in s.rows:
            assert row[4] in tagmap, (s, row)
            assert (row[3], row[5]) in tagmap[row[4]], (s, row)
            assert "_" not in row[2] and row[2].strip(), (s, row)


def test_text_reproduces_tokens(sentences: list[Sent]) -> None:
    for s in sentences:
        assert {"sent_id", "genre", "sector", "text"} <= set(s.comments), s
        text = ""
        for i, row in enumerate(s.rows):
            text += row[1]
            if i + 1 < len(s.rows) and "SpaceAfter=No" not in row[9].split("|"):
                text += " "
        assert text == s.comments["text"], s


def test_size_sectors_and_no_duplicates(blind: BlindSet, sentences: list[Sent],
                                        rows: list[list[str]]) -> None:
    assert len(sentences) >= blind.sentences
    assert len(rows) >= blind.tokens
    lengths = [len(s.rows) for s in sentences]
    assert min(lengths) <= 5 and max(lengths) >= 15
    assert len({s.comments["sector"] for s in sentences}) >= blind.sectors
    texts = collections.Counter(s.comments["text"].lower() for s in sentences)
    assert [t for t, n in texts.items() if n > 1] == []
    ids = collections.Counter(s.comments["sent_id"] for s in sentences)
    assert [i for i, n in ids.items() if n > 1] == []
    prefix = "mkt-probe-" if blind.folder == "probe" else f"mkt-{blind.folder}-"
    assert all(s.comments["sent_id"].startswith(prefix) for s in sentences)


def _normalise(text: str) -> str:
    return "".join(text.lower().split())


def _texts_of(path: Path) -> Iterator[str]:
    """Candidate sentence texts of another file, whitespace-free and lower-cased: ``# text``
    lines of CoNLL-U; every line, every tab field and the forms of annotation-source lines of
    text and TSV files. Nothing is printed."""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if path.suffix == ".conllu":
            if line.startswith("# text ="):
                yield _normalise(line.partition("=")[2])
            continue
        yield _normalise(line)
        for field in line.split("\t"):
            yield _normalise(field)
        forms = [SRC_TOKEN.match(tok) for tok in line.split()]
        if forms and all(forms):
            yield _normalise("".join(m[1] for m in forms if m))


def test_not_in_other_sets_or_training_material(blind: BlindSet, sentences: list[Sent]) -> None:
    """Independence: no sentence of this set occurs in another set or the training files."""
    sources = [p for p in other_sources(blind.folder) if p.is_file()]
    if not sources:
        pytest.skip("no other sets or training files present")
    mine = {_normalise(s.comments["text"]): s.comments["sent_id"] for s in sentences}
    found: set[str] = set()
    for path in sources:
        found.update(sid for text in _texts_of(path) if (sid := mine.get(text)))
    # only this set's ids are reported, never the other files' text
    assert sorted(found - KNOWN_OVERLAPS) == []


def test_membership_check_would_find_a_copy(tmp_path: Path, sentences: list[Sent]) -> None:
    """The independence check is not vacuous: a copied sentence is found in every file shape."""
    s = sentences[0]
    text = s.comments["text"]
    src_line = " ".join(f"{r[1]}/{r[6]}/{r[7]}" for r in s.rows)
    shapes = {
        "a.conllu": f"# text = {text}\n1\tx\n",
        "b.txt": f"something else\n{src_line}\n",
        "c.tsv": f"text\tindex\n{text}\t1\n",
    }
    for name, content in shapes.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        assert _normalise(text) in set(_texts_of(tmp_path / name)), name


def test_what_it_measures_is_well_represented(blind: BlindSet, rows: list[list[str]]) -> None:
    forms = collections.Counter(r[1].lower() for r in rows)
    assert forms["je"] >= blind.je
    assert forms["jij"] + forms["jou"] + forms["jouw"] >= blind.jij_jou_jouw
    assert forms["u"] + forms["uw"] >= blind.u_uw
    assert forms["jullie"] >= 3 and forms["wij"] + forms["we"] >= 10
    je_functions = collections.Counter(r[4] for r in rows if r[1].lower() == "je")
    assert je_functions[TAG_JE["subject"]] >= blind.je_subject
    assert je_functions[TAG_JE["object"]] >= blind.je_object
    assert je_functions[TAG_JE["possessive"]] >= blind.je_possessive
    finite = collections.Counter(r[4] for r in rows if r[4].startswith("WW|pv"))
    assert sum(finite.values()) >= blind.finite
    for tense in ("tgw|ev", "tgw|met-t", "tgw|mv", "verl|ev", "verl|mv"):
        tag = "WW|pv|" + tense
        assert finite[tag] >= 5, tag
    deprels = collections.Counter(r[7] for r in rows)
    for rel in ("aux:pass", "nsubj:pass", "cop", "compound:prt", "acl:relcl", "ccomp", "advcl",
                "expl:pv", "iobj", "xcomp"):  # fmt: skip
        assert deprels[rel] >= 3, rel


def test_pronoun_tags_match_their_function(sentences: list[Sent]) -> None:
    """je: subject / object-reflexive-after-preposition / possessive by relation; u by role."""
    for s in sentences:
        for row in s.rows:
            form, rel, xpos = row[1].lower(), row[7], row[4]
            if form == "je":
                kind = (
                    "possessive" if rel == "nmod:poss" else "subject" if rel in SUBJ else "object"
                )
                assert xpos == TAG_JE[kind], (s, row)
            elif form in TAG_FIXED:
                assert xpos == TAG_FIXED[form], (s, row)
            elif form == "u":
                assert xpos == (TAG_U_SUBJ if rel in SUBJ else TAG_U_OBJ), (s, row)


def _subjects(s: Sent, i: int, row: list[str]) -> list[tuple[int, list[str]]]:
    pred = int(row[6]) if row[7] in AUX else i
    return [(int(r[0]), r) for r in s.rows if r[7] in SUBJ and int(r[6]) == pred]


def test_finite_verb_agrees_with_its_subject(blind: BlindSet, sentences: list[Sent]) -> None:
    """DUTCH_NOTES: inverted je/jij takes the bare form; u, a noun phrase with possessive je and
    third-person singular subjects never do; plural subjects take the plural form."""
    checked = collections.Counter()
    for s in sentences:
        for i, row in enumerate(s.rows, 1):
            if not row[4].startswith("WW|pv|tgw"):
                continue
            verb = row[1].lower()
            for pos, subj in _subjects(s, i, row):
                form = subj[1].lower()
                poss_je = any(
                    r[1].lower() == "je" and r[7] == "nmod:poss" and int(r[6]) == pos
                    for r in s.rows
                )
                if pos > i and form in {"je", "jij"}:
                    assert row[4] == "WW|pv|tgw|ev", (s, row)
                    checked["inverted je/jij"] += 1
                elif form in {"wij", "we", "jullie", "ze"} or subj[4].startswith("N|soort|mv"):
                    assert row[4] == "WW|pv|tgw|mv", (s, row)
                    checked["plural"] += 1
                elif form == "u" or poss_je:
                    assert verb.endswith("t") or verb in {"is", "mag", "kan", "wil", "zal"}, (
                        s,
                        row,
                    )
                    checked["u or possessive je"] += 1
    assert checked["inverted je/jij"] >= blind.inverted
    assert checked["u or possessive je"] >= blind.u_or_poss
    assert checked["plural"] >= blind.plural


def test_every_finite_clause_has_one_finite_verb(sentences: list[Sent]) -> None:
    problems = [p for s in sentences for p in finite_clause_problems(s)]
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not TREEBANK_DIR.is_dir(), reason="UD Dutch treebanks not available")
def test_file_is_built_from_the_source(blind: BlindSet) -> None:
    # set 2 has its own build.py; later sets are built by setbuild.py from their folder name
    own = blind.dir / "build.py"
    path = own if own.exists() else blind.dir.parent / "setbuild.py"
    name = f"{blind.folder}_build" if own.exists() else "_setbuild"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules[name] = build
    spec.loader.exec_module(build)
    if own.exists():
        eb, sents, problems = build.build(run_frog=False)
    else:
        eb, sents, problems = build.build(blind.dir, run_frog=False)
    assert problems == []
    assert eb.render(sents) == blind.conllu.read_text(encoding="utf-8")
