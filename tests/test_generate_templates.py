"""Every phrasing of every template in the default bank, over the tricky noun-phrase fixtures.

A phrasing that produces a closed question, a question over 20 words, a text that does not
address the reader, a sentence over 20 words, or any linter finding fails here, naming the
template file and the phrasing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dreamcontent.generate.bank import Bank
from dreamcontent.generate.engine import (
    MAX_QUESTION_WORDS,
    MAX_SENTENCE_WORDS,
    DroomVars,
    ElementVars,
    _Rendered,
    _user_spans,
    addresses_reader,
    is_open_question,
    prepare_texts,
    sentences,
    template_faults,
    words,
)
from dreamcontent.model import Dimensie, Droom, Element, Niveau
from dreamcontent.nl.pipeline import model_path

FIXTURES = Path(__file__).parent / "fixtures" / "tricky_elements.yaml"
DREAM = "een bedrijf dat groeit zonder dat ik elke avond doorwerk"
CLOSING = "Welke stap zet jij als eerste?"


@pytest.fixture(scope="module")
def nlp():
    if not (model_path() / "meta.json").exists():
        pytest.skip("het taalmodel is nog niet getraind")
    from dreamcontent.nl.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="module")
def bank() -> Bank:
    return Bank()


@pytest.fixture(scope="module")
def cases(nlp) -> list[tuple[Element, dict]]:
    items = yaml.safe_load(FIXTURES.read_text(encoding="utf-8"))["elementen"]
    elements = [
        Element(naam=it["naam"], impact=5, latent=bool(it.get("latent")),
                partner=it.get("partner"),
                dimensie=Dimensie(it["dimensie"]) if it.get("dimensie") else None, index=i)
        for i, it in enumerate(items)
    ]
    nps = prepare_texts([(DREAM, None, "droom")]
                        + [(e.naam, None, "element") for e in elements], nlp)
    droom = Droom(droom=DREAM, elementen=elements, niveau=Niveau.ORGANISATIE)
    dv = DroomVars(droom, nps[0].np)
    out = []
    for e, np in zip(elements, nps[1:], strict=True):
        ev = ElementVars(e, np)
        out.append((e, {"e": ev, "element": ev, "droom": dv, "partner": e.partner or "Partner X",
                        "klanttype": "zzp'er", "organisatie": "Cijferhuis"}))
    return out


def _inserted(v: dict) -> list[str]:
    ev = v["e"]
    return [ev.np, ev.de_np, ev.een_np, v["droom"].jij, v["partner"]]


def test_default_bank_has_the_angles_of_the_issue(bank: Bank) -> None:
    names = {a.name for a in bank.angles}
    for angle in ("implicatie", "droom_bereikt", "meten", "blinde_vlek", "trigger",
                  "angst_gewoonte", "verbeelding", "dimensie_zekerheid",
                  "dimensie_verbondenheid", "dimensie_erkenning", "dimensie_zelfontplooiing"):
        assert angle in names
    for a in bank.angles:
        assert len(a.phrasings) >= 4, f"{a.rel} heeft te weinig formuleringen"
    assert {a.name for a in bank.angles if a.latent} >= {"implicatie", "blinde_vlek", "meten"}


def test_every_question_phrasing_over_every_tricky_element(bank: Bank, cases) -> None:
    rendered: list[_Rendered] = []
    for angle in bank.angles:
        for ph in angle.phrasings:
            for _e, v in cases:
                text = bank.render(angle, ph, v)
                where = f"{ph.source} met '{v['e'].np}': {text!r}"
                assert is_open_question(text), f"geen open vraag: {where}"
                assert addresses_reader(text), f"geen jij/je: {where}"
                assert len(words(text)) <= MAX_QUESTION_WORDS, f"te lang: {where}"
                rendered.append(_Rendered(text, ph.source, _user_spans(text, _inserted(v)),
                                          [(angle, ph)], v))
    _assert_lint_clean(rendered)


def test_every_content_phrasing_over_every_tricky_element(bank: Bank, cases) -> None:
    rendered: list[_Rendered] = []
    for name, tf in bank.parts.items():
        for ph in tf.phrasings:
            for e, v in cases:
                if (name == "latent" and not e.latent) or (name == "dimensie"
                                                           and not e.dimensie):
                    continue
                text = bank.render(tf, ph, v)
                where = f"{ph.source} met '{v['e'].np}': {text!r}"
                assert text and not text.endswith("?"), where
                if name in ("titel", "beeld"):
                    assert len(words(text)) <= MAX_QUESTION_WORDS, where
                    continue
                if name in ("opening", "partner", "zonder_partner"):
                    assert addresses_reader(text), where
                for s in sentences(text):
                    assert len(words(s)) <= MAX_SENTENCE_WORDS, f"lange zin: {where}"
                # a question follows every part in a real piece: lint them together, so a
                # part that breaks the sentence boundary ("houd vol.") shows up here
                text = f"{text} {CLOSING}"
                rendered.append(_Rendered(text, ph.source, _user_spans(text, _inserted(v)),
                                          [(tf, ph)], v, suffix=CLOSING))
    _assert_lint_clean(rendered)


def _assert_lint_clean(rendered: list[_Rendered]) -> None:
    from dreamcontent.lint import lint_texts

    problems: dict[str, list[str]] = {}
    for i, f in template_faults(Bank(), rendered, lint_texts):
        r = rendered[i]
        problems.setdefault(f"{r.source}: {f.rule}", []).append(f"{f.message} in {r.text!r}")
    report = [f"{key} ({len(v)}x), bv. {v[0]}" for key, v in sorted(problems.items())]
    assert not problems, "\n".join(report)


AGREEMENT = [
    ("implicatie", "kosten", "sterkere heupspieren",
     "Wat kost het jou als sterkere heupspieren ontbreken?"),
    ("implicatie", "kosten", "voldoende slaap", "Wat kost het jou als voldoende slaap ontbreekt?"),
    ("implicatie", "kosten", "rust & herstel", "Wat kost het jou als rust & herstel ontbreken?"),
    ("implicatie", "kosten", "een coach die met je meekijkt",
     "Wat kost het jou als een coach die met je meekijkt ontbreekt?"),
    ("implicatie", "kosten", "elke dag stretchen",
     "Wat kost het jou als elke dag stretchen ontbreekt?"),
    ("implicatie", "kosten", "een plan dat ik echt volhoud",
     "Wat kost het jou als een plan dat jij echt volhoudt ontbreekt?"),
    ("meten", "check", "het juiste schoeisel",
     "Wanneer check jij hoe het met het juiste schoeisel staat?"),
    ("meten", "check", "een groot netwerk",
     "Wanneer check jij hoe het met het grote netwerk staat?"),
    ("meten", "check", "jouw eigen trainingsschema",
     "Wanneer check jij hoe het met jouw eigen trainingsschema staat?"),
    ("meten", "check", "een oppasmeisje", "Wanneer check jij hoe het met het oppasmeisje staat?"),
    ("blinde_vlek", "bijzaak", "twee vrije avonden per week",
     "Waarom voelen twee vrije avonden per week voor jou nog als bijzaak?"),
    ("blinde_vlek", "bijzaak", "inzicht in je cashflow",
     "Waarom voelt inzicht in je cashflow voor jou nog als bijzaak?"),
    ("blinde_vlek", "belangrijker", "tevreden klanten die je aanbevelen",
     "Wat als tevreden klanten die je aanbevelen belangrijker zijn dan jij nu denkt?"),
]


@pytest.mark.parametrize(("angle", "phrasing", "naam", "expected"), AGREEMENT)
def test_agreement_and_articles(bank: Bank, cases, angle: str, phrasing: str, naam: str,
                                expected: str) -> None:
    tf = next(a for a in bank.angles if a.name == angle)
    ph = next(p for p in tf.phrasings if p.name == phrasing)
    v = next(v for e, v in cases if e.naam == naam)
    assert bank.render(tf, ph, v) == expected


def test_dream_is_turned_into_jij_vorm(cases) -> None:
    _e, v = cases[0]
    assert v["droom"].jij == "een bedrijf dat groeit zonder dat jij elke avond doorwerkt"
