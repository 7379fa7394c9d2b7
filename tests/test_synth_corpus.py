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


def _number(rows: list[list[str]], tok: list[str]) -> str:
    """'pl', 'sg' or '' (unknown) for a subject token; relative die/dat via its antecedent."""
    xpos = tok[4]
    if xpos.startswith("VNW|betr") and tok[7].startswith("nsubj"):
        clause_head = rows[int(tok[6]) - 1]
        if clause_head[7] == "acl:relcl":
            return _number(rows, rows[int(clause_head[6]) - 1])
        return ""
    if xpos.startswith("N|soort|mv") or xpos.startswith("VNW|pers") and xpos.split("|")[-1] \
            in ("mv",) or xpos.startswith("VNW|pers") and "|mv" in xpos:
        return "pl"
    if xpos.startswith(("N|soort|ev", "N|eigen|ev")):
        return "sg"
    if xpos.startswith("VNW|pers|pron|nomin|vol|1|ev") or "|ev" in xpos and \
            xpos.startswith("VNW|pers"):
        return "sg"
    return ""


def finite_clause_problems(rows: list[list[str]]) -> list[str]:
    """Every clause with a subject has exactly one finite verb (the head or one of its
    aux/aux:pass/cop dependents), and it agrees in number with the subject."""
    problems = []
    for tok in rows:
        if not tok[7].startswith("nsubj"):
            continue
        head_id = int(tok[6])
        if head_id == 0:
            continue
        head = rows[head_id - 1]
        chain = [head] + [r for r in rows if int(r[6]) == head_id
                          and r[7] in ("aux", "aux:pass", "cop")]
        finite = [r for r in chain if r[4].startswith("WW|pv")]
        if len(finite) != 1:
            problems.append(f"clause of {head[1]}: {len(finite)} finite verbs")
            continue
        if any(r[1] in ("en", "of") and r[7] == "cc" for r in rows):
            continue  # coordinated subjects can be plural with singular heads
        number = _number(rows, tok)
        fin_tag = finite[0][4]
        if number == "pl" and not fin_tag.endswith("|mv"):
            problems.append(f"plural subject {tok[1]} with {finite[0][1]} ({fin_tag})")
        if number == "sg" and fin_tag.endswith("|mv"):
            problems.append(f"singular subject {tok[1]} with {finite[0][1]} ({fin_tag})")
    return problems


def _row(i: int, form: str, xpos: str, head: int, deprel: str) -> list[str]:
    return [str(i), form, form.lower(), "X", xpos, "_", str(head), deprel, "_", "_"]


def test_finite_clause_check_positive_and_negative() -> None:
    plural_n = "N|soort|mv|basis"
    good = [_row(1, "Klanten", plural_n, 2, "nsubj"), _row(2, "kiezen", "WW|pv|tgw|mv", 0,
                                                           "root")]
    assert finite_clause_problems(good) == []
    bad = [good[0], _row(2, "kiest", "WW|pv|tgw|met-t", 0, "root")]
    assert any("plural subject" in p for p in finite_clause_problems(bad))
    sg = [_row(1, "Klant", "N|soort|ev|basis|zijd|stan", 2, "nsubj"),
          _row(2, "kiezen", "WW|pv|tgw|mv", 0, "root")]
    assert any("singular subject" in p for p in finite_clause_problems(sg))
    # "die worden gebruikt": relative die takes the number of its antecedent
    rel = [_row(1, "dieren", plural_n, 0, "root"),
           _row(2, "die", "VNW|betr|pron|stan|vol|persoon|getal", 4, "nsubj:pass"),
           _row(3, "worden", "WW|pv|tgw|mv", 4, "aux:pass"),
           _row(4, "gebruikt", "WW|vd|vrij|zonder", 1, "acl:relcl")]
    assert finite_clause_problems(rel) == []
    rel_bad = [r[:] for r in rel]
    rel_bad[2] = _row(3, "wordt", "WW|pv|tgw|met-t", 4, "aux:pass")
    assert finite_clause_problems(rel_bad)
    # an infinitive instead of the finite verb: no finite verb in the clause
    inf = [good[0], _row(2, "kiezen", "WW|inf|vrij|zonder", 0, "root")]
    assert any("0 finite" in p for p in finite_clause_problems(inf))


def test_synth_finite_verbs_agree() -> None:
    bad = []
    for comments, rows, start in parse(TRAIN_DIR / "synth.conllu"):
        for problem in finite_clause_problems(rows):
            bad.append(f"synth.conllu:{start}: {problem}: {comments.get('text')}")
    assert not bad, "\n".join(bad[:20]) + f"\n... {len(bad)} problems"


def test_synth_covers_plural_and_je_roles() -> None:
    """The corpus has plural finite verbs in every position and je in every role."""
    sents = parse(TRAIN_DIR / "synth.conllu")
    mv_final = mv_inverted = past_mv = je_obj_inv = je_refl_imp = je_poss_imp = 0
    for _, rows, _ in sents:
        for i, cols in enumerate(rows):
            xpos, deprel = cols[4], cols[7]
            if xpos in ("WW|pv|tgw|mv", "WW|pv|verl|mv"):
                subj = [r for r in rows if r[6] == cols[0] and r[7].startswith("nsubj")]
                if subj and int(subj[0][0]) < i + 1 and i + 1 < len(rows) and \
                        rows[i + 1][4] == "LET":
                    mv_final += 1
                if subj and int(subj[0][0]) > i + 1 and i > 0:
                    mv_inverted += 1
            if xpos == "WW|pv|verl|mv":
                past_mv += 1
            if cols[1].lower() == "je" and i > 1 and rows[i - 1][4].startswith("VNW|pers") \
                    and rows[i - 2][4].startswith("WW|pv") and deprel in ("obj", "iobj"):
                je_obj_inv += 1
            if cols[1] == "je" and i == 1 and deprel == "expl:pv":
                je_refl_imp += 1
            if cols[1] == "je" and i == 1 and deprel == "nmod:poss" and \
                    rows[0][4] == "WW|pv|tgw|ev":
                je_poss_imp += 1
    assert mv_final >= 100, mv_final
    assert mv_inverted >= 200, mv_inverted
    assert past_mv >= 150, past_mv
    assert je_obj_inv >= 50, je_obj_inv
    assert je_refl_imp >= 50, je_refl_imp
    assert je_poss_imp >= 50, je_poss_imp


@pytest.mark.parametrize(
    ("verb", "pl", "past_pl", "participle"),
    [
        ("handhaven", "handhaven", "handhaafden", "gehandhaafd"),  # v -> f in the stem
        ("afschaffen", "schaffen", "schaften", "afgeschaft"),  # 't kofschip
        ("melden", "melden", "meldden", "gemeld"),
        ("verwachten", "verwachten", "verwachtten", "verwacht"),
        ("digitaliseren", "digitaliseren", "digitaliseerden", "gedigitaliseerd"),
        ("afwijken", "wijken", "weken", "afgeweken"),
        ("voorspellen", "voorspellen", "voorspelden", "voorspeld"),  # inseparable
        ("reizen", "reizen", "reisden", "gereisd"),
    ],
)
def test_plural_and_past_plural_forms(verb: str, pl: str, past_pl: str, participle: str) -> None:
    from training.synth.lexicon import VERB

    v = VERB[verb]
    assert v.present("pl") == pl
    assert v.present_tag("pl") == "WW|pv|tgw|mv"
    assert v.past(True) == past_pl
    assert v.participle() == participle


def test_treebank_vocabulary_comes_from_the_train_split_only() -> None:
    from dreamcontent.nl.training import split_of
    from training.synth.tblex import _is_train_sentence

    assert [_is_train_sentence(i) for i in range(200)] == [
        split_of(i) == "train" for i in range(200)]
    assert not _is_train_sentence(0) and not _is_train_sentence(5)
    assert _is_train_sentence(1)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_finite_clause_has_one_finite_verb(path: Path) -> None:
    from conllu_helpers import finite_clause_problems, read_conllu

    problems = [p for s in read_conllu(path) for p in finite_clause_problems(s)]
    assert not problems, "\n".join(problems[:20])


HANDWRITTEN_BLOCKS = [None, *sorted(
    p.name[len("handwritten_"):-len("_src.txt")]
    for p in (REPO / "training" / "synth").glob("handwritten_*_src.txt"))]


@pytest.mark.parametrize("block", HANDWRITTEN_BLOCKS, ids=[b or "main" for b in HANDWRITTEN_BLOCKS])
def test_handwritten_file_is_built_from_its_source(block: str | None) -> None:
    """Every hand-written CoNLL-U file is exactly what the build makes of its source and its
    Frog cache (no hand edits in the generated file, no stale cache)."""
    from training.synth.handwritten import (
        annotate,
        block_paths,
        parse_source,
        read_frog,
        to_conllu,
    )

    src, cache, out, prefix = block_paths(block)
    rows = annotate(parse_source(src), read_frog(cache))
    built = "\n".join(to_conllu(s, n, prefix) for n, s in enumerate(rows, 1))
    assert built == out.read_text(encoding="utf-8")


def test_handwritten_blocks_have_their_own_files_and_ids() -> None:
    from training.synth.handwritten import OUT, SRC, block_paths

    assert block_paths(None)[0] == SRC and block_paths(None)[2] == OUT
    src, cache, out, prefix = block_paths("s6a")
    assert (src.name, cache.name, out.name, prefix) == (
        "handwritten_s6a_src.txt", "handwritten_s6a_frog.tsv", "handwritten-s6a.conllu",
        "handwritten-s6a-")
    assert out.parent == OUT.parent  # picked up by the training build with the other files
    with pytest.raises(ValueError):
        block_paths("../eval")
    assert len(HANDWRITTEN_BLOCKS) >= 3
