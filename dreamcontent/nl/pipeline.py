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

MODEL_NAME = "nl_dreamcontent"
#: Set DREAMCONTENT_MODEL to use another pipeline directory (e.g. a freshly trained one).
ENV_VAR = "DREAMCONTENT_MODEL"


def model_path() -> Path:
    """Directory of the pipeline to load: $DREAMCONTENT_MODEL or the packaged one."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "data" / MODEL_NAME


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
    try:
        nlp = spacy.load(p, exclude=list(exclude))
    except Exception as exc:  # spaCy raises many kinds; report one clear message
        raise ModelError(f"kan het taalmodel in {p} niet laden: {exc}") from exc
    if "tagger" in nlp.pipe_names:
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
