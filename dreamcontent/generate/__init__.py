"""Latent-need questions and content per droomrealisatie-element.

API::

    from dreamcontent.generate import generate, select_elements
    result = generate(dream_file, top=12, templates_dir=None, seed=0, gate=True)

See ``dreamcontent.generate.result`` for the result (and its JSON contract) and
``templates/README.md`` for the template bank.
"""

from dreamcontent.generate.bank import Bank, default_templates_dir
from dreamcontent.generate.engine import generate, select_elements
from dreamcontent.generate.result import (
    Content,
    GeneratedDroom,
    GeneratedElement,
    GeneratedKlanttype,
    GenerationResult,
)

__all__ = [
    "Bank",
    "Content",
    "GeneratedDroom",
    "GeneratedElement",
    "GeneratedKlanttype",
    "GenerationResult",
    "default_templates_dir",
    "generate",
    "select_elements",
]
