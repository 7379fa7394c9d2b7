"""Turning a text and its lint findings into escaped HTML with ``<mark>`` spans.

Findings may overlap (a sentence that is both too long and passive). Rather than nesting
marks, the text is cut at every start and end offset; each piece is covered by a set of
findings and gets one ``<mark>`` that lists them all (``data-ids``) and takes the colour of
the most severe one. Every piece of text goes through ``markupsafe.escape``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

#: Severity names in the order of importance (most severe first).
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_LABELS: dict[str, str] = {"error": "fout", "warning": "waarschuwing", "info": "tip"}


def severity_rank(severity: str) -> int:
    """0 for the most severe; unknown severities rank last."""
    try:
        return SEVERITIES.index(severity)
    except ValueError:
        return len(SEVERITIES)


@dataclass(frozen=True)
class Span:
    """One finding as the page sees it: where (char offsets) and what."""

    id: int
    start: int | None
    end: int | None
    rule: str
    severity: str
    message: str
    suggestion: str | None = None
    line: int | None = None
    column: int | None = None
    fixable: bool = False

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity)

    @property
    def placed(self) -> bool:
        """True when the finding points at a stretch of the text."""
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class Segment:
    text: str
    ids: tuple[int, ...]
    severity: str | None


def _clip(span: Span, length: int) -> tuple[int, int] | None:
    """Offsets clipped to the text; a zero-width finding widens to one character."""
    if span.start is None or span.end is None or length == 0:
        return None
    start = max(0, min(span.start, length))
    end = max(0, min(span.end, length))
    if end < start:
        start, end = end, start
    if start == end:
        if end < length:
            end += 1
        else:
            start -= 1
    return start, end


def segments(text: str, spans: Sequence[Span]) -> list[Segment]:
    """Cut ``text`` into pieces, each with the findings that cover it."""
    ranges = {}
    for span in spans:
        clipped = _clip(span, len(text))
        if clipped is not None:
            ranges[span.id] = clipped
    by_id = {span.id: span for span in spans}
    cuts = {0, len(text)}
    for start, end in ranges.values():
        cuts.update((start, end))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:]):
        ids = tuple(sorted(i for i, (s, e) in ranges.items() if s <= a and b <= e))
        severity = None
        if ids:
            severity = min((by_id[i].severity for i in ids), key=severity_rank)
        piece = text[a:b]
        if out and out[-1].ids == ids:
            out[-1] = Segment(out[-1].text + piece, ids, severity)
        else:
            out.append(Segment(piece, ids, severity))
    return out


def _title(spans: Sequence[Span]) -> str:
    parts = []
    for span in spans:
        part = f"{span.severity_label} ({span.rule}): {span.message}"
        if span.suggestion:
            part += f" Suggestie: {span.suggestion}"
        parts.append(part)
    return "\n".join(parts)


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """The text as HTML: plain pieces escaped, covered pieces wrapped in ``<mark>``."""
    by_id = {span.id: span for span in spans}
    html: list[str] = []
    for seg in segments(text, spans):
        if not seg.ids:
            html.append(str(escape(seg.text)))
            continue
        covered = [by_id[i] for i in seg.ids]
        ids = " ".join(f"f{i}" for i in seg.ids)
        classes = f"vondst ernst-{seg.severity}"
        if len(seg.ids) > 1:
            classes += " overlap"
        html.append(
            f'<mark class="{escape(classes)}" data-ids="{escape(ids)}" tabindex="0" '
            f'title="{escape(_title(covered))}">{escape(seg.text)}</mark>'
        )
    return Markup("".join(html))
