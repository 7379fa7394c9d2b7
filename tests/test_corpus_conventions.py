"""CGN conventions checked on every annotated marketing file (training material and all
evaluation sets). Needs no treebank: the rules are stated in ``conllu_helpers``."""

from __future__ import annotations

from pathlib import Path

import pytest
from conllu_helpers import bare_stem_met_t, read_conllu

REPO = Path(__file__).resolve().parents[1]
FILES = sorted((REPO / "training" / "marketing").glob("*/*.conllu"))


def _row(form: str, lemma: str, xpos: str) -> list[str]:
    return ["1", form, lemma, "VERB", xpos, "_", "0", "root", "_", "_"]


@pytest.mark.parametrize(("form", "lemma", "xpos", "flagged"), [
    ("plant", "planten", "WW|pv|tgw|met-t", True),
    ("laat", "laten", "WW|pv|tgw|met-t", True),
    ("besluit", "besluiten", "WW|pv|tgw|met-t", True),
    ("opzet", "op_zetten", "WW|pv|tgw|met-t", True),
    ("plant", "planten", "WW|pv|tgw|ev", False),   # the right tag
    ("werkt", "werken", "WW|pv|tgw|met-t", False),  # stem + t
    ("wordt", "worden", "WW|pv|tgw|met-t", False),
    ("verplaatst", "verplaatsen", "WW|pv|tgw|met-t", False),
    ("plant", "plant", "N|soort|ev|basis|zijd|stan", False),
])
def test_bare_stem_check(form: str, lemma: str, xpos: str, flagged: bool) -> None:
    assert bool(bare_stem_met_t([_row(form, lemma, xpos)])) is flagged


def test_every_marketing_file_is_checked() -> None:
    """The glob reaches the training files, every evaluation set and every promoted set."""
    from dreamcontent.nl.training import EVAL_SETS, PROMOTED_EVAL_SETS

    folders = {p.parent.name for p in FILES}
    assert {"train", *EVAL_SETS.values(), *PROMOTED_EVAL_SETS} <= folders


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_no_bare_stem_tagged_met_t(path: Path) -> None:
    problems = [f"{s.comments.get('sent_id')}: {p}" for s in read_conllu(path)
                for p in bare_stem_met_t(s.rows)]
    assert not problems, "\n".join(problems)
