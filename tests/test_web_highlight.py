"""Highlighting findings in a text: segments, overlaps, escaping."""

from __future__ import annotations

from dreamcontent.web.highlight import Span, highlight, segments


def span(i: int, start: int | None, end: int | None, severity: str = "warning",
         message: str = "bericht") -> Span:
    return Span(id=i, start=start, end=end, rule=f"regel{i}", severity=severity,
                message=message)


def test_no_findings_gives_one_plain_segment() -> None:
    segs = segments("Hallo jij.", [])
    assert [(s.text, s.ids, s.severity) for s in segs] == [("Hallo jij.", (), None)]
    assert str(highlight("a < b", [])) == "a &lt; b"


def test_single_finding_is_marked_exactly() -> None:
    text = "Je offerte wordt verstuurd."
    segs = segments(text, [span(0, 11, 16)])
    assert [(s.text, s.ids) for s in segs] == [
        ("Je offerte ", ()), ("wordt", (0,)), (" verstuurd.", ()),
    ]


def test_overlapping_findings_are_cut_and_take_the_worst_severity() -> None:
    text = "Uw aanvraag wordt behandeld."
    spans = [span(0, 0, 27, "info"), span(1, 0, 2, "error"), span(2, 12, 17, "warning")]
    segs = segments(text, spans)
    assert [(s.text, s.ids, s.severity) for s in segs] == [
        ("Uw", (0, 1), "error"),
        (" aanvraag ", (0,), "info"),
        ("wordt", (0, 2), "warning"),
        (" behandeld", (0,), "info"),
        (".", (), None),
    ]
    # Joining the segments gives back the text, whatever the overlaps.
    assert "".join(s.text for s in segs) == text


def test_zero_width_and_out_of_range_findings_still_show() -> None:
    text = "Kort"
    segs = segments(text, [span(0, 4, 4), span(1, 2, 99)])
    assert "".join(s.text for s in segs) == text
    covered = {i for s in segs for i in s.ids}
    assert covered == {0, 1}
    # Findings without offsets are listed on the page but not marked in the text.
    assert segments(text, [span(0, None, None)])[0].ids == ()


def test_every_value_is_escaped() -> None:
    text = '<img src=x onerror="alert(1)"> & "quotes"'
    spans = [span(0, 0, 5, message='"><script>alert(2)</script>')]
    html = str(highlight(text, spans))
    assert "<img" not in html and "<script>" not in html
    assert "&lt;img" in html and "&amp;" in html
    assert 'data-ids="f0"' in html and "ernst-warning" in html
    assert html.count("<mark") == 1 and html.count("</mark>") == 1


def test_overlap_gets_its_own_class_and_all_messages_in_the_title() -> None:
    spans = [span(0, 0, 4, "info", "lange zin"), span(1, 0, 2, "error", "u-vorm")]
    html = str(highlight("Uw x", spans))
    assert 'class="vondst ernst-error overlap"' in html
    first_mark = html.split("</mark>")[0]
    assert "lange zin" in first_mark and "u-vorm" in first_mark
