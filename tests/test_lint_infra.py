"""Linter plumbing that needs no trained model: readers, config, switches, fixes, output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from dreamcontent.errors import ConfigError, InputFileError
from dreamcontent.lint.config import LintConfig, find_config, load_config_file
from dreamcontent.lint.engine import LineIndex, Linter, iter_blocks
from dreamcontent.lint.finding import Finding, Severity
from dreamcontent.lint.fixes import apply_fixes, unified_diff
from dreamcontent.lint.formatters import format_github, format_json, format_text
from dreamcontent.lint.readability import douma_band, flesch_douma
from dreamcontent.lint.readers import (
    expand_paths,
    mask_html,
    mask_markdown,
    read_source,
    source_from_text,
)
from dreamcontent.nl.syllables import count_syllables, vowel_units


@pytest.fixture(scope="module")
def blank_linter() -> Linter:
    """A linter on a blank pipeline (sentencizer only): word-list rules still work."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return Linter(LintConfig(), nlp=nlp)


MD = """---
titel: Voorjaarsactie
---
# Heeft u al een warmtepomp?

Wij helpen **u** graag. Bekijk `uw-config.yaml` of ga naar https://voorbeeld.nl/uw-pagina.

```python
print("Heeft u vragen?")
```

- Eerste punt voor uw huis
- Tweede punt
"""


def test_markdown_mask_keeps_positions_and_drops_code() -> None:
    prose, breaks = mask_markdown(MD)
    assert len(prose) == len(MD)
    assert "titel" not in prose and "print" not in prose and "https" not in prose
    assert "uw-config" not in prose
    assert prose[MD.index("Heeft u al"):].startswith("Heeft u al")
    assert "**" not in prose and "#" not in prose
    assert MD.index("- Eerste") in breaks


def test_markdown_findings_point_into_original(blank_linter: Linter) -> None:
    src = source_from_text(MD, "actie.md", "markdown")
    rep = next(blank_linter.lint_sources([src]))
    u = [f for f in rep.findings if f.rule == "aanspreekvorm-u"]
    lines = MD.split("\n")
    assert {(f.line, lines[f.line - 1][f.column - 1:f.column - 1 + f.end - f.start])
            for f in u} == {(4, "u"), (6, "u"), (12, "uw")}


def test_html_mask() -> None:
    html = ('<html><head><title>x</title><style>p{color:red}</style></head><body>'
            '<p>Heeft u <b>vragen</b>?&nbsp;Bel ons.</p><script>var u = 1;</script>'
            '<pre>code u</pre><p><a href="https://x.nl/uw">Klik</a></p></body></html>')
    prose, breaks = mask_html(html)
    assert len(prose) == len(html)
    words = prose.split()
    assert words[:3] == ["Heeft", "u", "vragen"]
    assert "var" not in words and "code" not in words and "color:red}" not in words
    assert "Klik" in words and not any("x.nl" in w for w in words)


def test_blocks_split_paragraphs_and_list_items() -> None:
    src = source_from_text("Eerste alinea\nloopt door.\n\nTweede.\n- punt een\n- punt twee\n")
    blocks = [b.text for b in iter_blocks(src)]
    assert blocks == ["Eerste alinea loopt door.", "Tweede.", "- punt een", "- punt twee"]


def test_large_block_is_cut_with_correct_offsets() -> None:
    sentence = "Wij helpen je graag met je administratie. "
    text = sentence * 2000 + "Heeft u vragen?"
    src = source_from_text(text)
    blocks = list(iter_blocks(src))
    assert len(blocks) > 1 and all(len(b.text) <= 20_000 for b in blocks)
    last = blocks[-1]
    i = last.text.index("Heeft u")
    assert text[last.to_source(i):last.to_source(i) + 7] == "Heeft u"


def test_line_index() -> None:
    idx = LineIndex("ab\ncd\n\nef")
    assert idx.position(0) == (1, 1) and idx.position(4) == (2, 2) and idx.position(7) == (4, 1)


def test_inline_switches(blank_linter: Linter) -> None:
    text = ("Misschien. Uw offerte.\n\n<!-- dreamcontent-disable twijfelwoord -->\n"
            "Misschien wel.\n<!-- dreamcontent-enable twijfelwoord -->\n\nMisschien weer.\n\n"
            "<!-- dreamcontent-disable-next-line -->\nMisschien uw fout.\nMisschien nu wel.\n")
    rep = next(blank_linter.lint_sources([source_from_text(text)]))
    got = [(f.line, f.rule) for f in rep.findings]
    assert (1, "twijfelwoord") in got and (1, "aanspreekvorm-u") in got
    assert (4, "twijfelwoord") not in got
    assert (7, "twijfelwoord") in got
    assert not any(line == 10 for line, _ in got)
    assert (11, "twijfelwoord") in got


def test_docx_paragraph_numbers(tmp_path: Path, blank_linter: Linter) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Welkom bij ons bedrijf.")
    d.add_paragraph("")
    d.add_paragraph("Wij sturen uw offerte morgen.")
    path = tmp_path / "brief.docx"
    d.save(str(path))
    src = read_source(path)
    rep = next(blank_linter.lint_sources([src]))
    f = next(f for f in rep.findings if f.rule == "aanspreekvorm-u")
    assert (f.line, f.column) == (3, 12)
    assert f.fix is None  # .docx is never rewritten


def test_binary_and_bad_utf8_files(tmp_path: Path) -> None:
    (tmp_path / "plaatje.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "kapot.docx").write_bytes(b"geen zip")
    for name in ("plaatje.txt", "latin1.txt", "kapot.docx"):
        with pytest.raises(InputFileError) as exc:
            read_source(tmp_path / name)
        assert name in str(exc.value)


def test_empty_file_has_no_findings(tmp_path: Path, blank_linter: Linter) -> None:
    (tmp_path / "leeg.md").write_text("")
    rep = next(blank_linter.lint_sources([read_source(tmp_path / "leeg.md")]))
    assert rep.findings == [] and rep.readability is not None and rep.readability.words == 0


def test_expand_paths(tmp_path: Path) -> None:
    for name in ("a.md", "b/c.txt", "b/d.html", "b/e.docx", "b/f.py", ".git/g.md", "b/h.markdown"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert got == ["a.md", "b/c.txt", "b/d.html", "b/e.docx", "b/h.markdown"]


def test_config_files(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.dreamcontent.lint]\ndisable = ["lange-alinea"]\nmax-zin = 15\n'
        '[tool.dreamcontent.lint.severity]\npassief = "error"\n')
    cfg = find_config(tmp_path)
    assert cfg.max_sentence_words == 15 and "lange-alinea" not in cfg.active_rule_ids()
    assert cfg.severity_of("passief") is Severity.ERROR
    (tmp_path / ".dreamcontent.toml").write_text('[lint]\nenable = ["dt-fout"]\n')
    assert find_config(tmp_path).active_rule_ids() == ["dt-fout"]
    merged = find_config(tmp_path).merged(max_sentence_words=12, enable=None)
    assert merged.max_sentence_words == 12 and merged.active_rule_ids() == ["dt-fout"]


@pytest.mark.parametrize("body, words", [
    ('[lint]\ndisable = ["passiv"]\n', "passiv"),
    ('[lint]\nmax-zin = 0\n', "max-zin"),
    ('[lint]\nseverity = { passief = "hoog" }\n', "hoog"),
    ('[lint]\nkleur = true\n', "kleur"),
    ('[lint\n', "ongeldige TOML"),
])
def test_config_errors_are_dutch_and_name_the_file(tmp_path: Path, body: str, words: str) -> None:
    p = tmp_path / ".dreamcontent.toml"
    p.write_text(body)
    with pytest.raises(ConfigError) as exc:
        load_config_file(p)
    assert words in str(exc.value) and str(p) in str(exc.value)


def _finding(start: int, end: int, fix: str | None, rule: str = "aanspreekvorm-u") -> Finding:
    return Finding("t.txt", 1, start + 1, 1, end + 1, start, end, rule, Severity.ERROR,
                   "melding", "suggestie", fix)


def test_apply_fixes_and_diff() -> None:
    text = "Heeft u vragen over uw factuur?"
    fixes = [_finding(0, 7, "Heb je"), _finding(20, 22, "jouw"), _finding(21, 22, "x")]
    fixed = apply_fixes(text, fixes)
    assert fixed == "Heb je vragen over jouw factuur?"
    diff = unified_diff("t.txt", text, fixed)
    assert "-Heeft u vragen" in diff and "+Heb je vragen" in diff


def test_output_formats() -> None:
    from dreamcontent.lint.engine import Report
    from dreamcontent.lint.readability import Readability

    rep = Report("t.txt", [_finding(6, 7, "je")], Readability(10, 2, 15, 1))
    data = json.loads(format_json([rep]))
    assert data[0]["path"] == "t.txt" and data[0]["line"] == 1 and data[0]["column"] == 7
    assert data[0]["suggestion"] == "suggestie" and data[0]["severity"] == "error"
    with_read = json.loads(format_json([rep], readability=True))
    assert with_read[-1]["rule"] == "leesbaarheid"
    assert with_read[-1]["leesbaarheid"]["aandeel_passief"] == 0.5
    text = format_text([rep])
    assert "t.txt:1:7: error aanspreekvorm-u: melding" in text
    assert text.strip().endswith("1 automatisch te herstellen met --fix.")
    gh = format_github([rep])
    assert gh.startswith("::error file=t.txt,line=1,col=7,")


def test_flesch_douma_and_bands() -> None:
    assert flesch_douma(100, 10, 150) == pytest.approx(206.835 - 9.3 - 115.5)
    assert douma_band(95) == "zeer makkelijk" and douma_band(65) == "normaal"
    assert douma_band(20) == "zeer moeilijk"


@pytest.mark.parametrize("word, n", [
    ("maken", 2), ("ideeën", 3), ("radio", 3), ("economie", 4), ("zonnepanelen", 5),
    ("klant", 1), ("onderneming", 4), ("e-mail", 2), ("België", 3),
])
def test_syllables(word: str, n: int) -> None:
    assert count_syllables(word) == n


def test_vowel_units() -> None:
    assert vowel_units("ruimte") == 2 and vowel_units("koeien") == 2


def test_mixed_address_flags_the_minority_form(blank_linter: Linter) -> None:
    text = "Heb je vragen? Bel ons.\n\nWij helpen u graag en je krijgt snel antwoord.\n"
    rep = next(blank_linter.lint_sources([source_from_text(text)]))
    mixed = [(f.line, f.column) for f in rep.findings if f.rule == "aanspreekvorm-gemengd"]
    assert mixed == [(3, 12)]


def test_large_file_in_chunks(tmp_path: Path, blank_linter: Linter) -> None:
    para = "Wij helpen je graag met je administratie en je belastingaangifte. " * 12
    text = (para + "\n\n") * 2500 + "Bekijk uw offerte.\n"  # about 2 MB
    p = tmp_path / "groot.txt"
    p.write_text(text)
    rep = next(blank_linter.lint_sources([read_source(p)]))
    f = [f for f in rep.findings if f.rule == "aanspreekvorm-u"]
    assert [(x.line, x.column) for x in f] == [(5001, 8)]


def test_nothing_to_read_does_not_load_the_pipeline() -> None:
    from dreamcontent.lint.config import LintConfig
    from dreamcontent.lint.engine import Linter
    from dreamcontent.lint.readers import source_from_text

    linter = Linter(LintConfig())
    assert list(linter.lint_sources(iter(()))) == []
    assert linter._nlp is None  # a missing file is reported without the model load
    reports = list(linter.lint_sources([source_from_text("Je leest dit nu.", "<t>", "text")]))
    assert len(reports) == 1 and linter._nlp is not None


def test_lint_texts_on_two_processes_matches_serial() -> None:
    from dreamcontent.lint import lint_texts

    base = ["Uw offerte wordt morgen door ons verstuurd.", "Wij helpen je graag verder.",
            "Heeft u vragen? Bel ons.", "Men zou kunnen overwegen om eventueel te starten.",
            "Jij kiest zelf het moment dat past.", "Zie www.voorbeeld.nl voor de prijzen."]
    texts = [f"{t} ({i})" for i in range(12) for t in base]  # 72 texts
    serial = lint_texts(texts, batch_size=16)
    parallel = lint_texts(texts, batch_size=16, n_process=2)
    assert parallel == serial
    assert sum(map(len, serial)) > 0  # there is something to find
    numbers = {int(f.path.strip("<>").split()[1]) for fs in parallel for f in fs}
    assert min(numbers) == 1 and max(numbers) > 64  # numbered across chunks, not per chunk
