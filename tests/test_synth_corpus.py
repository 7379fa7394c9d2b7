"""Well-formedness of the marketing training corpus (training/marketing/train/*.conllu).

Checks every sentence: 10 columns, consecutive ids, one root, heads in range, no cycles,
XPOS in the treebank's CGN tag set, UPOS/FEATS as the treebank derives them from the tag,
lemmas without underscores, ``# text`` equal to the tokens joined with SpaceAfter, and a few
grammar facts from /work/shared/DUTCH_NOTES.md (inversion without -t, uw/u tags).
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TRAIN_DIR = REPO / "training" / "marketing" / "train"
FILES = sorted(TRAIN_DIR.glob("*.conllu"))

tagmap = pytest.importorskip("training.synth.tagmap")
if not (tagmap.UD_DIR / tagmap.UD_FILES[0]).exists():  # pragma: no cover - shared data missing
    pytest.skip("UD Dutch treebanks not available", allow_module_level=True)


def parse(path: Path) -> list[tuple[dict[str, str], list[list[str]], int]]:
    """(comments, token rows, first line number) per sentence."""
    sents = []
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    start = 1
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            if rows:
                sents.append((comments, rows, start))
            comments, rows = {}, []
            start = lineno + 1
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
            continue
        rows.append(line.split("\t"))
    if rows:
        sents.append((comments, rows, start))
    return sents


def sentence_problems(comments: dict[str, str], rows: list[list[str]]) -> list[str]:
    problems = []
    upos_map, feats_map = tagmap.treebank_tables()
    if "sent_id" not in comments:
        problems.append("no sent_id")
    if "text" not in comments:
        problems.append("no text")
    n = len(rows)
    heads = {}
    roots = 0
    text = []
    for i, cols in enumerate(rows, 1):
        if len(cols) != 10:
            problems.append(f"token {i}: {len(cols)} columns")
            continue
        tid, form, lemma, upos, xpos, feats, head, deprel, deps, misc = cols
        if tid != str(i):
            problems.append(f"token {i}: id {tid}")
        if not form or " " in form:
            problems.append(f"token {i}: bad form {form!r}")
        if "_" in lemma and lemma != "_":
            problems.append(f"token {i}: underscore in lemma {lemma!r}")
        if not lemma or lemma == "_":
            problems.append(f"token {i}: no lemma")
        if xpos not in upos_map:
            problems.append(f"token {i} {form}: tag {xpos} not in treebank tag set")
        elif (xpos, upos) not in feats_map:
            problems.append(f"token {i} {form}: UPOS {upos} never used with {xpos}")
        elif feats != feats_map[(xpos, upos)]:
            problems.append(
                f"token {i} {form}: FEATS {feats} != {feats_map[(xpos, upos)]} for {xpos}")
        if not head.isdigit() or not 0 <= int(head) <= n:
            problems.append(f"token {i}: head {head} out of range")
            continue
        heads[i] = int(head)
        if int(head) == 0:
            roots += 1
            if deprel != "root":
                problems.append(f"token {i}: head 0 but deprel {deprel}")
        elif deprel == "root":
            problems.append(f"token {i}: deprel root but head {head}")
        if int(head) == i:
            problems.append(f"token {i}: head is itself")
        if xpos.startswith("WW") and (upos == "AUX") != (deprel in ("aux", "aux:pass", "cop")):
            problems.append(f"token {i} {form}: UPOS {upos} with deprel {deprel}")
        if deps != "_" and deps != f"{head}:{deprel}":
            problems.append(f"token {i}: DEPS {deps} does not match {head}:{deprel}")
        text.append(form)
        if "SpaceAfter=No" not in misc.split("|") and i < n:
            text.append(" ")
    if roots != 1:
        problems.append(f"{roots} roots")
    for start in heads:
        seen = set()
        cur = start
        while cur != 0 and cur in heads:
            if cur in seen:
                problems.append(f"cycle through token {start}")
                break
            seen.add(cur)
            cur = heads[cur]
    if "text" in comments and "".join(text).strip() != comments["text"]:
        problems.append(f"text mismatch: {''.join(text)!r} != {comments['text']!r}")
    return problems


def grammar_problems(rows: list[list[str]]) -> list[str]:
    """Facts from DUTCH_NOTES.md that the annotation must respect."""
    problems = []
    for cols in rows:
        tid, form, lemma, upos, xpos, feats, head, deprel = cols[:8]
        low = form.lower()
        if low == "uw" and not xpos.startswith("VNW|bez"):
            problems.append(f"uw tagged {xpos}")
        if low == "u" and not xpos.startswith("VNW|p"):
            problems.append(f"u tagged {xpos}")
        if low == "jouw" and not xpos.startswith("VNW|bez"):
            problems.append(f"jouw tagged {xpos}")
        if low in ("jij", "jou") and not xpos.startswith("VNW|pers"):
            problems.append(f"{low} tagged {xpos}")
        if low == "je" and xpos.startswith("VNW|bez") and deprel != "nmod:poss":
            problems.append("possessive je not nmod:poss")
        if low == "je" and deprel == "nmod:poss" and not xpos.startswith("VNW|bez"):
            problems.append("nmod:poss je without possessive tag")
        # subject jij/je right after the finite verb: no -t (maak jij, word je, vind je)
        if deprel in ("nsubj", "nsubj:pass") and low in ("jij", "je") and int(tid) > 1:
            verb = rows[int(tid) - 2]
            if verb[4] == "WW|pv|tgw|met-t":
                problems.append(f"inverted {low} after {verb[1]} ({verb[4]})")
        # u as subject after hebben: heeft/hebt, never heb
        if low == "u" and deprel.startswith("nsubj") and int(tid) > 1:
            verb = rows[int(tid) - 2]
            if verb[1].lower() in ("heb", "word", "vind", "ben", "kan"):
                problems.append(f"u after {verb[1]}")
    return problems


def test_train_files_exist() -> None:
    names = {p.name for p in FILES}
    assert "synth.conllu" in names


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_corpus_is_wellformed(path: Path) -> None:
    sents = parse(path)
    assert sents, f"{path.name} has no sentences"
    bad = []
    ids = set()
    for comments, rows, start in sents:
        sid = comments.get("sent_id", "")
        if sid in ids:
            bad.append(f"{path.name}:{start}: duplicate sent_id {sid}")
        ids.add(sid)
        for problem in sentence_problems(comments, rows) + grammar_problems(rows):
            bad.append(f"{path.name}:{start}: {problem}")
    assert not bad, "\n".join(bad[:30]) + f"\n... {len(bad)} problems"


def test_synth_has_no_duplicates_and_enough_data() -> None:
    sents = parse(TRAIN_DIR / "synth.conllu")
    texts = [c["text"] for c, _, _ in sents]
    assert len(texts) == len(set(texts))
    assert len(texts) >= 1500
    tokens = sum(len(rows) for _, rows, _ in sents)
    assert tokens >= 15000


def test_generator_is_deterministic_and_matches_file() -> None:
    from training.synth.build import DEFAULT_SEED, build

    first, _ = build(40, DEFAULT_SEED)
    again, _ = build(40, DEFAULT_SEED)
    assert first == again
    committed = (TRAIN_DIR / "synth.conllu").read_text(encoding="utf-8").split("\n\n")
    assert [b.strip() for b in first] == [b.strip() for b in committed[:40]]


def test_checker_catches_errors() -> None:
    """The checks themselves: a broken sentence must be reported."""
    good = [
        ["1", "Wordt", "worden", "VERB", "WW|pv|tgw|met-t", "Number=Sing|Tense=Pres|VerbForm=Fin",
         "0", "root", "0:root", "_"],
        ["2", "je", "je", "PRON", "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr",
         "Person=2|Poss=Yes|PronType=Prs", "3", "nmod:poss", "3:nmod:poss", "_"],
        ["3", "agenda", "agenda", "NOUN", "N|soort|ev|basis|zijd|stan",
         "Gender=Com|Number=Sing", "1", "nsubj", "1:nsubj", "_"],
        ["4", "voller", "vol", "ADJ", "ADJ|vrij|comp|zonder", "Degree=Cmp", "1", "xcomp",
         "1:xcomp", "SpaceAfter=No"],
        ["5", "?", "?", "PUNCT", "LET", "_", "1", "punct", "1:punct", "_"],
    ]
    comments = {"sent_id": "x", "text": "Wordt je agenda voller?"}
    assert sentence_problems(comments, good) == []
    aux_root = [r[:] for r in good]
    aux_root[0][3] = "AUX"
    assert any("UPOS AUX with deprel root" in p for p in sentence_problems(comments, aux_root))
    assert grammar_problems(good) == []
    bad_feats = [r[:] for r in good]
    bad_feats[2][5] = "Gender=Neut|Number=Sing"
    assert any("FEATS" in p for p in sentence_problems(comments, bad_feats))
    cycle = [r[:] for r in good]
    cycle[0][6], cycle[0][7], cycle[0][8] = "3", "obj", "3:obj"
    assert sentence_problems(comments, cycle)
    bad_text = {"sent_id": "x", "text": "Wordt je agenda voller ?"}
    assert any("text mismatch" in p for p in sentence_problems(bad_text, good))
    unknown = [r[:] for r in good]
    unknown[1][4] = "VNW|bez|det|onbekend"
    assert any("not in treebank" in p for p in sentence_problems(comments, unknown))
    # "Vindt je ... ?" with je as subject right after the verb: -t is wrong
    inverted = [
        ["1", "Vindt", "vinden", "VERB", "WW|pv|tgw|met-t", "Number=Sing|Tense=Pres|VerbForm=Fin",
         "0", "root", "0:root", "_"],
        ["2", "je", "je", "PRON", "VNW|pers|pron|nomin|red|2v|ev", "Case=Nom|Person=2|PronType=Prs",
         "1", "nsubj", "1:nsubj", "SpaceAfter=No"],
        ["3", "?", "?", "PUNCT", "LET", "_", "1", "punct", "1:punct", "_"],
    ]
    assert any("inverted" in p for p in grammar_problems(inverted))


@pytest.mark.parametrize(
    ("verb", "person", "form", "tag"),
    [
        ("worden", "2inv", "word", "WW|pv|tgw|ev"),  # Word jij ...?
        ("worden", "3", "wordt", "WW|pv|tgw|met-t"),  # Wordt je agenda voller?
        ("worden", "u", "wordt", "WW|pv|tgw|met-t"),  # Wordt u ...?
        ("vinden", "2inv", "vind", "WW|pv|tgw|ev"),
        ("vinden", "3", "vindt", "WW|pv|tgw|met-t"),  # Vindt je moeder dat ook?
        ("houden", "2", "houdt", "WW|pv|tgw|met-t"),
        ("bieden", "2inv", "bied", "WW|pv|tgw|ev"),
        ("besteden", "3", "besteedt", "WW|pv|tgw|met-t"),
        ("antwoorden", "2inv", "antwoord", "WW|pv|tgw|ev"),
        ("zenden", "3", "zendt", "WW|pv|tgw|met-t"),
        ("branden", "2inv", "brand", "WW|pv|tgw|ev"),
        ("hebben", "u", "heeft", "WW|pv|tgw|met-t"),
        ("hebben", "2inv", "heb", "WW|pv|tgw|ev"),
        ("zijn", "2inv", "ben", "WW|pv|tgw|ev"),
        ("zijn", "3", "is", "WW|pv|tgw|ev"),
        ("kunnen", "2inv", "kun", "WW|pv|tgw|ev"),
        ("kunnen", "u", "kunt", "WW|pv|tgw|met-t"),
        ("gaan", "3", "gaat", "WW|pv|tgw|met-t"),
        ("gaan", "2inv", "ga", "WW|pv|tgw|ev"),
        ("wachten", "2", "wacht", "WW|pv|tgw|ev"),  # stem in -t: no second t
        ("maken", "pl", "maken", "WW|pv|tgw|mv"),
        ("aanmelden", "imp", "meld", "WW|pv|tgw|ev"),  # Meld je aan
    ],
)
def test_present_forms_follow_dutch_notes(verb: str, person: str, form: str, tag: str) -> None:
    from training.synth.lexicon import VERB

    assert VERB[verb].present(person) == form
    assert VERB[verb].present_tag(person) == tag


@pytest.mark.parametrize(
    ("verb", "past", "participle"),
    [
        ("maken", "maakte", "gemaakt"),  # 't kofschip
        ("leveren", "leverde", "geleverd"),
        ("besteden", "besteedde", "besteed"),
        ("antwoorden", "antwoordde", "geantwoord"),
        ("vinden", "vond", "gevonden"),
        ("aanmelden", "meldde", "aangemeld"),
        ("versturen", "verstuurde", "verstuurd"),
        ("groeien", "groeide", "gegroeid"),
        ("installeren", "installeerde", "geïnstalleerd"),
        ("aanbieden", "bood", "aangeboden"),
    ],
)
def test_past_and_participles(verb: str, past: str, participle: str) -> None:
    from training.synth.lexicon import VERB

    assert VERB[verb].past(False) == past
    assert VERB[verb].participle() == participle
