"""Readability report per text: Flesch-Douma score and band, sentence length, passive share.

Flesch-Douma = 206.835 - 0.93 x (words per sentence) - 77 x (syllables per word), Douma's
bands as in DUTCH_NOTES.md. Syllables from Dutch hyphenation (dreamcontent.nl.syllables).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dreamcontent.nl.syllables import count_syllables

if TYPE_CHECKING:  # pragma: no cover
    from dreamcontent.lint.base import DocView

BANDS = (
    (90.0, "zeer makkelijk"),
    (80.0, "makkelijk"),
    (70.0, "vrij makkelijk"),
    (60.0, "normaal"),
    (45.0, "vrij moeilijk"),
    (30.0, "moeilijk"),
    (float("-inf"), "zeer moeilijk"),
)


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    if words == 0 or sentences == 0:
        return 0.0
    return 206.835 - 0.93 * (words / sentences) - 77.0 * (syllables / words)


def douma_band(score: float) -> str:
    for lower, name in BANDS:
        if score >= lower:
            return name
    return BANDS[-1][1]  # pragma: no cover


@dataclass
class Readability:
    words: int
    sentences: int
    syllables: int
    passive_sentences: int

    @property
    def score(self) -> float:
        return flesch_douma(self.words, self.sentences, self.syllables)

    @property
    def band(self) -> str:
        return douma_band(self.score) if self.words else "geen tekst"

    @property
    def avg_sentence_length(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def passive_share(self) -> float:
        return self.passive_sentences / self.sentences if self.sentences else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "flesch_douma": round(self.score, 1),
            "niveau": self.band,
            "woorden": self.words,
            "zinnen": self.sentences,
            "lettergrepen": self.syllables,
            "gemiddelde_zinslengte": round(self.avg_sentence_length, 1),
            "passieve_zinnen": self.passive_sentences,
            "aandeel_passief": round(self.passive_share, 3),
        }

    def summary(self) -> str:
        """One Dutch line for the text report."""
        if not self.words:
            return "Leesbaarheid: geen tekst."
        return (
            f"Leesbaarheid: Flesch-Douma {self.score:.0f} ({self.band}), "
            f"gemiddeld {self.avg_sentence_length:.1f} woorden per zin, "
            f"{self.passive_share:.0%} lijdende vorm ({self.passive_sentences} van "
            f"{self.sentences} zinnen)."
        )


class ReadabilityCounter:
    """Accumulates counts over the blocks of one text."""

    def __init__(self) -> None:
        self.words = 0
        self.sentences = 0
        self.syllables = 0
        self.passive = 0

    def add(self, v: DocView, passive_starts: list[int]) -> None:
        """Count one paragraph (a DocView) and the passive hits found in it."""
        toks = v.tokens
        for a, b in v.sent_ranges:
            n = 0
            for k in range(a, b):
                if v.is_word[k]:
                    n += 1
                    self.syllables += count_syllables(toks[k].text)
            if n == 0:
                continue
            self.words += n
            self.sentences += 1
            lo = toks[a].idx
            hi = toks[b - 1].idx + len(toks[b - 1])
            if any(lo <= s < hi for s in passive_starts):
                self.passive += 1

    def result(self) -> Readability:
        return Readability(self.words, self.sentences, self.syllables, self.passive)
