"""Everyday words that spaCy's Dutch tokenizer knew as abbreviations ("u.", "app.", "vol.")
are split from a sentence-final full stop in the shipped pipeline; real abbreviations stay."""

from __future__ import annotations

import pytest
import spacy

from dreamcontent.nl.pipeline import WORDS_NOT_ABBREVIATIONS, drop_word_abbreviations, model_path


def _shipped():  # type: ignore[no-untyped-def]
    from dreamcontent.nl.pipeline import get_nlp

    if not (model_path() / "meta.json").exists():
        pytest.skip("geen taalmodel")
    return get_nlp().tokenizer


@pytest.mark.parametrize(("text", "tokens"), [
    ("Wij helpen u.", ["Wij", "helpen", "u", "."]),
    ("Download onze app.", ["Download", "onze", "app", "."]),
    ("Je agenda zit vol.", ["Je", "agenda", "zit", "vol", "."]),
    ("Wij regelen dat.", ["Wij", "regelen", "dat", "."]),
    ("Dat kan al.", ["Dat", "kan", "al", "."]),
    ("Zo werkt het best.", ["Zo", "werkt", "het", "best", "."]),
    ("Bel me.", ["Bel", "me", "."]),
])
def test_sentence_final_words_are_not_abbreviations(text: str, tokens: list[str]) -> None:
    assert [t.text for t in _shipped()(text)] == tokens


@pytest.mark.parametrize(("text", "abbreviation"), [
    ("Zie bijv. onze site.", "bijv."),
    ("Lees blz. 4 van de gids.", "blz."),
    ("Bestel nr. 12 vandaag.", "nr."),
    ("Het kost ca. 10 euro.", "ca."),
    ("Dit geldt o.a. voor jou.", "o.a."),
])
def test_real_abbreviations_stay_one_token(text: str, abbreviation: str) -> None:
    assert abbreviation in [t.text for t in _shipped()(text)]


def test_drop_removes_every_casing_and_only_those_words() -> None:
    tok = spacy.blank("nl").tokenizer
    before = set(tok.rules)
    removed = drop_word_abbreviations(tok)
    gone = before - set(tok.rules)
    assert removed == len(gone) > 0
    assert {"u.", "app.", "App.", "APP.", "vol.", "Vol."} <= gone
    assert all(k[:-1].lower() in WORDS_NOT_ABBREVIATIONS for k in gone)
    assert {"bijv.", "blz.", "nr.", "ca."} <= set(tok.rules)
    assert drop_word_abbreviations(tok) == 0  # idempotent


def test_lint_sees_u_at_the_end_of_a_sentence() -> None:
    from dreamcontent.lint import lint_text

    _shipped()
    ids = {f.rule for f in lint_text("Wij helpen u. Jij krijgt de offerte morgen.")}
    assert "aanspreekvorm-gemengd" in ids
