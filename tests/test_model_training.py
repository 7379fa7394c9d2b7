"""The pipeline's training code: data handling, splits, silver tags, and a few real steps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dreamcontent.nl import training

SHARED = training.REPO_ROOT.parent / "shared" / "ud-dutch"

CONLLU = """# sent_id = s1
# text = Wordt je agenda voller?
1\tWordt\tworden\tAUX\tWW|pv|tgw|met-t\tNumber=Sing|Tense=Pres|VerbForm=Fin\t4\tcop\t_\t_
2\tje\tje\tPRON\tVNW|bez|det|stan|red|2v|ev|prenom|zonder|agr\tPerson=2|Poss=Yes|PronType=Prs\t3\tnmod:poss\t_\t_
3\tagenda\tagenda\tNOUN\tN|soort|ev|basis|zijd|stan\tGender=Com|Number=Sing\t4\tnsubj\t_\t_
4\tvoller\tvol\tADJ\tADJ|vrij|comp|zonder\tDegree=Cmp\t0\troot\t_\tSpaceAfter=No
5\t?\t?\tPUNCT\tLET\t_\t4\tpunct\t_\t_

# sent_id = s2
# text = Wij bellen je op.
1\tWij\twij\tPRON\tVNW|pers|pron|nomin|vol|1|mv\tCase=Nom|Person=1|PronType=Prs\t2\tnsubj\t_\t_
2\tbellen\top_bellen\tVERB\tWW|pv|tgw|mv\tNumber=Plur|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
3\tje\tje\tPRON\tVNW|pr|pron|obl|red|2v|getal\tCase=Acc|Person=2|PronType=Prs\t2\tobj\t_\t_
4\top\top\tADP\tVZ|fin\t_\t2\tcompound:prt\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_
"""


def test_read_conllu_and_text(tmp_path: Path) -> None:
    p = tmp_path / "x.conllu"
    p.write_text(CONLLU, encoding="utf-8")
    sents = training.read_conllu(p)
    assert [s.sent_id for s in sents] == ["s1", "s2"]
    assert sents[0].text == "Wordt je agenda voller?"
    assert sents[1].tokens[1].xpos == "WW|pv|tgw|mv"


def test_bad_conllu_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.conllu"
    p.write_text("1\tWordt\tworden\n", encoding="utf-8")
    with pytest.raises(training.ModelError, match=r"bad\.conllu:1: verwacht 10 kolommen"):
        training.read_conllu(p)


def test_to_doc_keeps_gold_and_cleans_lemmas(tmp_path: Path) -> None:
    import spacy

    p = tmp_path / "x.conllu"
    p.write_text(CONLLU, encoding="utf-8")
    doc = training.to_doc(training.read_conllu(p)[1], spacy.blank("nl").vocab)
    assert [t.tag_ for t in doc][:2] == ["VNW|pers|pron|nomin|vol|1|mv", "WW|pv|tgw|mv"]
    assert doc[1].lemma_ == "opbellen"  # Alpino's "op_bellen" without the underscore
    assert doc[2].dep_ == "obj" and doc[2].head.i == 1
    assert doc[1].dep_ == "ROOT"
    assert doc.text == "Wij bellen je op."


def test_missing_tags_stay_missing(tmp_path: Path) -> None:
    import spacy

    p = tmp_path / "x.conllu"
    p.write_text(CONLLU.replace("WW|pv|tgw|met-t", "_"), encoding="utf-8")
    doc = training.to_doc(training.read_conllu(p)[0], spacy.blank("nl").vocab)
    assert doc[0].tag_ == ""  # missing, not the tag "_"
    assert doc[1].tag_.startswith("VNW|bez")


def test_split_is_deterministic_and_disjoint() -> None:
    splits = [training.split_of(i) for i in range(40)]
    assert splits.count("test") == 4 and splits.count("dev") == 2
    assert splits[0] == "test" and splits[5] == "dev" and splits[15] == "train"


def test_frog_tag_conversion_and_silver_filter(tmp_path: Path) -> None:
    assert training.frog_tag_to_cgn("WW(pv,tgw,ev)") == "WW|pv|tgw|ev"
    assert training.frog_tag_to_cgn("LET()") == "LET"
    p = tmp_path / "x.conllu"
    p.write_text(CONLLU.replace("WW|pv|tgw|met-t", "_").replace("\tLET\t", "\t_\t"),
                 encoding="utf-8")
    sents = training.read_conllu(p)
    frog = [
        ["WW|pv|tgw|met-t", "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr",
         "N|soort|ev|basis|zijd|stan", "ADJ|vrij|comp|zonder", "N|soort|ev|basis|zijd|stan"],
        ["VNW|pers|pron|nomin|vol|1|mv", "WW|pv|tgw|mv"],  # wrong length: skipped
    ]
    gold = training.read_conllu(_write(tmp_path / "g.conllu", CONLLU))
    filled, total = training.add_silver_tags(sents, frog, gold)
    assert (filled, total) == (1, 10)
    assert sents[0].tokens[0].xpos == "WW|pv|tgw|met-t"  # (tag, AUX, feats) seen in gold
    assert sents[0].tokens[4].xpos == "_"  # N for PUNCT: never seen in gold


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _tiny_shared(tmp_path: Path, n: int = 40) -> Path:
    """A small copy of the treebanks: the first ``n`` sentences of each file."""
    out = tmp_path / "ud"
    out.mkdir()
    for name in (*training.TREEBANK_V2, training.TREEBANK_V1_EXTRA):
        blocks = (SHARED / name).read_text(encoding="utf-8").split("\n\n")[:n]
        (out / name).write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")
    return out


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.exists(), reason="../shared/ud-dutch ontbreekt")
def test_training_runs_a_few_steps_and_evaluates(tmp_path: Path) -> None:
    import spacy

    shared = _tiny_shared(tmp_path)
    market = tmp_path / "marketing"
    (market / "train").mkdir(parents=True)
    (market / "eval").mkdir()
    (market / "train" / "m.conllu").write_text(CONLLU, encoding="utf-8")
    (market / "eval" / "e.conllu").write_text(CONLLU, encoding="utf-8")
    best = training.train_pipeline(
        tmp_path / "out", shared_dir=shared, marketing_dir=market, max_steps=4,
        overrides={"components.tok2vec.model.encode.width": 32,
                   "components.parser.min_action_freq": 1},
    )
    stats = json.loads((tmp_path / "out" / "corpus-stats.json").read_text())
    assert stats["treebank_test_sentences"] == 12  # 4 of every 40 sentences, 3 files
    assert stats["marketing_train_sentences"] == 2
    nlp = spacy.load(best)
    scores = training.evaluate_model(nlp, shared_dir=shared, marketing_dir=market)
    assert scores["treebank_test"]["sentences"] == 12
    assert scores["marketing_eval"]["key_pronouns"]["je"]["n"] == 2
    assert 0.0 <= scores["treebank_test"]["tag_acc"] <= 1.0
    target = tmp_path / "installed"
    training.install_model(best, target, scores=scores, corpus_stats=stats)
    meta = json.loads((target / "meta.json").read_text())
    assert meta["license"] == "CC BY-SA 4.0"
    assert any("Alpino" in s["name"] for s in meta["sources"])
    assert spacy.load(target)("Vind je het lastig?")[0].tag_ != ""


def test_v1_labels_are_normalised() -> None:
    sent = training.Sentence("s", [
        training.Token("en", "en", "CONJ", "_", "_", 0, "cc"),
        training.Token("te", "te", "PART", "_", "_", 0, "mark"),
        training.Token("huis", "huis", "NOUN", "_", "_", 0, "root"),
    ])
    training.normalise_v1([sent])
    assert [t.upos for t in sent.tokens] == ["CCONJ", "_", "NOUN"]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/ud-dutch ontbreekt")
def test_treebank_upsample_repeats_only_the_gold_treebank_share(tmp_path: Path) -> None:
    shared = _tiny_shared(tmp_path, n=20)
    market = tmp_path / "marketing"
    (market / "train").mkdir(parents=True)
    (market / "train" / "m.conllu").write_text(CONLLU, encoding="utf-8")
    once = training.build_corpus(tmp_path / "c1", shared_dir=shared, marketing_dir=market,
                                 treebank_upsample=1)
    twice = training.build_corpus(tmp_path / "c2", shared_dir=shared, marketing_dir=market)
    assert training.TREEBANK_UPSAMPLE == 2  # the default since session 9
    n_tb = once.stats["treebank_train_sentences"]
    assert n_tb > 0 and twice.stats["treebank_upsample"] == 2
    assert twice.stats["train_docs"] == once.stats["train_docs"] + n_tb
    assert twice.stats["dev_docs"] == once.stats["dev_docs"]  # dev and test are never repeated


def test_training_files_skip_the_staged_and_add_the_promoted_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`build_corpus` trains on train/*.conllu minus STAGED_TRAINING_FILES, then on the
    evaluation sets promoted to training (PROMOTED_EVAL_SETS); other evaluation sets never."""
    train = tmp_path / "train"
    train.mkdir()
    for name in ("handwritten.conllu", "handwritten-s6a.conllu", "handwritten-s9a.conllu",
                 "synth.conllu"):
        (train / name).write_text("", encoding="utf-8")
    for folder in ("blind8", "blind9", "blind10"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"marketing-{folder}.conllu").write_text("", encoding="utf-8")
    used = [p.relative_to(tmp_path).as_posix()
            for p in training.marketing_training_files(tmp_path)]
    assert used == ["train/handwritten-s6a.conllu", "train/handwritten-s9a.conllu",
                    "train/handwritten.conllu", "train/synth.conllu",
                    "blind8/marketing-blind8.conllu", "blind9/marketing-blind9.conllu"]
    monkeypatch.setattr(training, "STAGED_TRAINING_FILES", frozenset({"handwritten-s9a.conllu"}))
    used = [p.name for p in training.marketing_training_files(tmp_path)]
    assert "handwritten-s9a.conllu" not in used and "handwritten-s6a.conllu" in used


def test_promoted_sets_are_real_and_no_longer_evaluated() -> None:
    """A promoted set trains, so it cannot also score the model; every staged or promoted name
    exists in the repository (the lists cannot go stale unnoticed)."""
    repo_train = training.REPO_ROOT / "training" / "marketing" / "train"
    for name in training.STAGED_TRAINING_FILES:
        assert (repo_train / name).is_file(), name
    for folder in training.PROMOTED_EVAL_SETS:
        assert list((training.REPO_ROOT / "training" / "marketing" / folder).glob("*.conllu"))
        assert folder not in training.EVAL_SETS.values()
