"""All rules, grouped by topic; importing this package registers them in ``RULES``.

``RULES`` is ordered as in the issue's table (address, voice and tense, length, questions,
agreement, word choice), which is also the order of `dreamcontent regels` and docs/rules.md.
"""

from dreamcontent.lint.base import RULES, Rule
from dreamcontent.lint.rules import address, agreement, length, questions, verbs, words

ORDER = (
    "aanspreekvorm-u", "aanspreekvorm-men", "aanspreekvorm-gemengd", "passief", "verleden-tijd",
    "voltooide-tijd", "toekomende-tijd", "lange-zin", "lange-alinea", "gesloten-vraag",
    "dt-fout", "twijfelwoord", "naamwoordstijl",
)
_ordered = {i: RULES[i] for i in ORDER if i in RULES}
_ordered.update({i: r for i, r in RULES.items() if i not in _ordered})
RULES.clear()
RULES.update(_ordered)

__all__ = ["ORDER", "RULES", "Rule", "address", "agreement", "length", "questions", "verbs",
           "words"]
