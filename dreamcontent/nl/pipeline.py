"""Loading the project's own Dutch spaCy pipeline (shipped inside the package).

spaCy is imported lazily here, so modules that only need the CLI stay fast. The pipeline is
loaded once per process (``get_nlp``) and shared by the linter, the generator and the web app.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from dreamcontent.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

MODEL_NAME = "nl_dreamcontent"
#: Set DREAMCONTENT_MODEL to use another pipeline directory (e.g. a freshly trained one).
ENV_VAR = "DREAMCONTENT_MODEL"


def model_path() -> Path:
    """Directory of the pipeline to load: $DREAMCONTENT_MODEL or the packaged one."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "data" / MODEL_NAME


BARE_TOKENIZER = "dreamcontent.bare_tokenizer.v1"


def _register_bare_tokenizer() -> None:
    import spacy
    from spacy.tokenizer import Tokenizer

    if BARE_TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(BARE_TOKENIZER)
    def bare_tokenizer():  # type: ignore[no-untyped-def]
        def create(nlp):  # type: ignore[no-untyped-def]
            return Tokenizer(nlp.vocab)

        return create


#: spaCy's Dutch tokenizer exceptions include abbreviations that are also everyday words
#: ("u." for "uur", "dat." for "datief", "app." for "appartement", "vol." for "volume"). At
#: the end of a sentence they glued the full stop to the word, so "Wij helpen u. Jij ..."
#: became one sentence whose "u." was tagged SPEC. These words (each occurs at least three
#: times as a plain word in the training material) lose their exception, in every casing,
#: when a trained pipeline is installed (``training.install_model``), so loading stays fast.
WORDS_NOT_ABBREVIATIONS = frozenset(
    ("u", "me", "al", "dat", "best", "kon", "pas", "app", "hand", "bel", "vol", "volg", "top",
     "min", "max", "ver", "pers", "art", "red")
)


def drop_word_abbreviations(tokenizer: Tokenizer) -> int:
    """Remove the exceptions of ``WORDS_NOT_ABBREVIATIONS`` from ``tokenizer``; returns how
    many were removed."""
    rules = tokenizer.rules or {}
    kept = {k: v for k, v in rules.items()
            if not (k.endswith(".") and k[:-1].lower() in WORDS_NOT_ABBREVIATIONS)}
    if len(kept) != len(rules):
        tokenizer.rules = kept
    return len(rules) - len(kept)


def load_pipeline(path: str | Path, exclude: tuple[str, ...] = ()) -> Language:
    """Load a trained pipeline from ``path`` and add the rule components of
    ``dreamcontent.nl.components`` (grammar facts applied after the statistical tagger)."""
    import spacy

    import dreamcontent.nl.components  # noqa: F401  (registers the factories)

    p = Path(path)
    if not (p / "meta.json").exists():
        raise ModelError(
            f"het Nederlandse taalmodel ontbreekt in {p}; "
            "train het met 'dreamcontent model train' of installeer het pakket opnieuw"
        )
    _register_bare_tokenizer()
    try:
        # The saved tokenizer (rules and exceptions) is read by from_disk anyway: starting from
        # a bare one skips building spaCy's Dutch defaults first (halves the load's CPU time).
        nlp = spacy.load(p, exclude=list(exclude),
                         config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
    except Exception as exc:  # spaCy raises many kinds; report one clear message
        raise ModelError(f"kan het taalmodel in {p} niet laden: {exc}") from exc
    if "tagger" in nlp.pipe_names:
        from dreamcontent.nl.tagscores import keep_tag_alternatives

        keep_tag_alternatives(nlp.get_pipe("tagger"))
        # Finite verbs first: the je rules read the finite-verb tags.
        for name in ("dreamcontent_finite", "dreamcontent_je"):
            if name not in nlp.pipe_names:
                nlp.add_pipe(name, last=True)
    return nlp


@functools.lru_cache(maxsize=4)
def _load(path: str, exclude: tuple[str, ...]) -> Language:
    return load_pipeline(path, exclude)


def get_nlp(exclude: tuple[str, ...] = ()) -> Language:
    """The shared pipeline (loaded once per process and per ``exclude`` set)."""
    return _load(str(model_path()), tuple(sorted(exclude)))
