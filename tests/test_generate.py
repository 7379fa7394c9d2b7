"""The generator (dreamcontent.generate): selection, questions, content, determinism, the
quality gate, template errors and the JSON contract."""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from dreamcontent.errors import LanguageError, TemplateError
from dreamcontent.generate import default_templates_dir, generate, select_elements
from dreamcontent.generate.bank import Bank
from dreamcontent.generate.engine import (
    MAX_AVG_SENTENCE_WORDS,
    MAX_CONTENT_WORDS,
    MAX_QUESTION_WORDS,
    MAX_SENTENCE_WORDS,
    MIN_CONTENT_WORDS,
    addresses_reader,
    is_open_question,
    sentences,
    stable_hash,
    words,
)
from dreamcontent.model import (
    Dimensie,
    DreamFile,
    Droom,
    Element,
    Klanttype,
    Location,
    Niveau,
    Organisatie,
)
from dreamcontent.nl.pipeline import model_path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "tricky_elements.yaml"
DREAMS = sorted((ROOT / "dreams").glob("*.yaml"))


@pytest.fixture(scope="module")
def nlp():
    if not (model_path() / "meta.json").exists():
        pytest.skip("het taalmodel is nog niet getraind")
    from dreamcontent.nl.pipeline import get_nlp

    return get_nlp()


def el(naam: str, impact: int, latent: bool = False, index: int = 0, **kw) -> Element:
    return Element(naam=naam, impact=impact, latent=latent, index=index,
                   loc=Location("test.yaml", 10 + index, 9), **kw)


def tricky_elements() -> list[Element]:
    items = yaml.safe_load(FIXTURES.read_text(encoding="utf-8"))["elementen"]
    return [
        el(it["naam"], impact=10 - i % 10, latent=bool(it.get("latent")), index=i,
           partner=it.get("partner"),
           dimensie=Dimensie(it["dimensie"]) if it.get("dimensie") else None)
        for i, it in enumerate(items)
    ]


def dream_file(elements: list[Element], droom: str = "een bedrijf dat groeit zonder dat ik "
               "elke avond doorwerk", niveau: Niveau = Niveau.ORGANISATIE) -> DreamFile:
    d = Droom(droom=droom, elementen=elements, niveau=niveau, loc=Location("test.yaml", 5, 9))
    return DreamFile(organisatie=Organisatie(naam="Cijferhuis"),
                     klanttypen=[Klanttype(naam="zzp'er", dromen=[d])], path="test.yaml")


# ---- selection (no model needed) -------------------------------------------------------------

def test_selection_ranks_by_impact_then_latent_then_file_order() -> None:
    elements = [el("a", 5, index=0), el("b", 9, index=1), el("c", 7, index=2),
                el("d", 7, latent=True, index=3), el("e", 9, index=4), el("f", 1, index=5)]
    droom = Droom(droom="x", elementen=elements)
    assert [e.naam for e in select_elements(droom, 4)] == ["b", "e", "d", "c"]
    assert [e.naam for e in select_elements(droom, 12)] == ["b", "e", "d", "c", "a", "f"]
    assert select_elements(droom, 0) == []


def test_stable_hash_does_not_depend_on_the_process() -> None:
    assert stable_hash("droom") == stable_hash("droom")
    assert stable_hash("droom") != stable_hash("dromen")
    assert stable_hash("") == 0xE3B0C44298FC1C14  # first 8 bytes of sha256("")


def test_open_question_check() -> None:
    for q in ("Wat kost het jou?", "Waarmee begin jij?", "In hoeverre klopt dat voor jou?",
              "Op welke dag begin jij?", "Hoeveel tijd heb jij?"):
        assert is_open_question(q), q
    for q in ("Heb jij tijd?", "Wat kost het jou.", "Ben jij er klaar voor?", "Jij wilt wat?"):
        assert not is_open_question(q), q


def test_shipped_bank_is_found() -> None:
    assert (default_templates_dir() / "vragen" / "implicatie.j2").is_file()


# ---- template errors (no model needed: the bank is checked when it loads) --------------------

def _user_bank(tmp_path: Path, rel: str, text: str) -> Path:
    p = tmp_path / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return tmp_path


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    d = _user_bank(tmp_path, "vragen/implicatie.j2",
                   "{% macro a() -%}\nWat kost het {{ e.np }\n{%- endmacro %}\n")
    with pytest.raises(TemplateError) as err:
        Bank(d)
    assert f"{d / 'vragen' / 'implicatie.j2'}:2:" in str(err.value)


def test_missing_bank_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="bestaat niet"):
        Bank(tmp_path / "nergens")


def test_content_part_without_phrasings_is_refused(tmp_path: Path) -> None:
    d = _user_bank(tmp_path, "content/opening.j2", "{# leeg #}\n")
    with pytest.raises(TemplateError, match="opening"):
        Bank(d)


def test_user_bank_overlays_default_bank(tmp_path: Path) -> None:
    d = _user_bank(tmp_path, "vragen/eigen_hoek.j2",
                   "{% set latent = true %}\n{% macro een() -%}\nWat mis jij zonder {{ e.np }}?\n"
                   "{%- endmacro %}\n")
    _user_bank(d, "vragen/trigger.j2", "{# uitgezet #}\n")
    bank = Bank(d)
    names = {a.name for a in bank.angles}
    assert "eigen_hoek" in names and "implicatie" in names and "trigger" not in names
    hoek = next(a for a in bank.angles if a.name == "eigen_hoek")
    assert hoek.latent and [p.name for p in hoek.phrasings] == ["een"]


# ---- generation with the pipeline ------------------------------------------------------------

@pytest.fixture(scope="module")
def tricky_result(nlp):
    return generate(dream_file(tricky_elements()), top=100)


def test_json_contract(tricky_result) -> None:
    data = json.loads(json.dumps(tricky_result.to_json_dict(), ensure_ascii=False))
    elements = data["klanttypen"][0]["dromen"][0]["elementen"]
    assert len(elements) == len(tricky_elements())
    for obj in elements:
        assert {"naam", "impact", "latent", "vragen", "content"} <= obj.keys()
        assert len(obj["vragen"]) == 3 and all(isinstance(q, str) for q in obj["vragen"])
        assert set(obj["content"]) == {"titel", "tekst", "beeld"}
        assert all(obj["content"][k].strip() for k in ("titel", "tekst", "beeld"))
    with_partner = [o for o in elements if "partner" in o]
    assert with_partner and all(o["partner"] for o in with_partner)


def test_questions_are_open_short_personal_and_from_three_angles(tricky_result) -> None:
    bank = Bank()
    latent_angles = {a.rel for a in bank.angles if a.latent}
    for ge in tricky_result.klanttypen[0].dromen[0].elementen:
        assert len(ge.vragen) == 3
        for q in ge.vragen:
            assert is_open_question(q), q
            assert addresses_reader(q), q
            assert len(words(q)) <= MAX_QUESTION_WORDS, q
        files = [b.split(":")[0] for b in ge.bronnen]
        assert len(set(files)) == 3, ge.bronnen
        if ge.element.latent:
            assert sum(f in latent_angles for f in files) >= 2, ge.bronnen
        if ge.element.dimensie:
            assert any(f.endswith(f"dimensie_{ge.element.dimensie.value}.j2") for f in files)


def test_content_length_sentences_question_and_partner(tricky_result) -> None:
    for ge in tricky_result.klanttypen[0].dromen[0].elementen:
        tekst = ge.content.tekst
        n = len(words(tekst))
        assert MIN_CONTENT_WORDS <= n <= MAX_CONTENT_WORDS, (n, tekst)
        lengths = [len(words(s)) for s in sentences(tekst)]
        assert max(lengths) <= MAX_SENTENCE_WORDS, tekst
        assert sum(lengths) / len(lengths) <= MAX_AVG_SENTENCE_WORDS, tekst
        last = sentences(tekst)[-1]
        assert is_open_question(last), tekst
        assert last not in ge.vragen  # the closing question is a fourth angle
        assert "zonder dat jij elke avond doorwerkt" in tekst  # the dream, in jij-vorm
        if ge.element.partner:
            assert f"samen met {ge.element.partner}".lower() in tekst.lower(), tekst
        assert addresses_reader(tekst)
        assert len(words(ge.content.titel)) <= 12


def test_image_suggestion_uses_beeld_or_derives_one(nlp) -> None:
    elements = [el("voldoende slaap", 9, index=0, beeld="slapende hardloper"),
                el("sterkere heupspieren", 8, index=1)]
    res = generate(dream_file(elements, "een pijnvrije marathon", Niveau.PERSOONLIJK))
    got = res.klanttypen[0].dromen[0].elementen
    assert got[0].content.beeld == "slapende hardloper"
    assert "sterkere heupspieren" in got[1].content.beeld


def test_phrasings_are_spread_over_a_dream(tricky_result) -> None:
    gens = tricky_result.klanttypen[0].dromen[0].elementen
    bank = Bank()
    used = Counter(b for ge in gens for b in ge.bronnen)
    total = sum(used.values())
    phrasings = sum(len(a.phrasings) for a in bank.angles)
    # no skeleton is used more than twice as often as an even spread over the bank would
    # (angles are tied to slots: latent / payoff / dimension, so a perfect spread is impossible)
    assert max(used.values()) <= 2 * math.ceil(total / phrasings), used.most_common(3)
    openings = Counter(ge.content.tekst.split(":")[0] for ge in gens)
    n_open = len(bank.parts["opening"].phrasings)
    assert max(openings.values()) <= math.ceil(len(gens) / n_open) + 1, openings


def test_deterministic_and_seed_varies(nlp) -> None:
    df = dream_file(tricky_elements()[:12])
    a = generate(df).to_json_dict()
    b = generate(df).to_json_dict()
    c = generate(df, seed=7).to_json_dict()
    assert a == b
    assert a != c


def test_top_limits_the_selection(nlp) -> None:
    res = generate(dream_file(tricky_elements()), top=5)
    got = res.klanttypen[0].dromen[0].elementen
    assert [g.element.naam for g in got] == [
        e.naam for e in select_elements(dream_file(tricky_elements()).klanttypen[0].dromen[0], 5)
    ]


def test_too_long_element_name_is_refused_with_its_location(nlp) -> None:
    long_name = ("een uitgebreide persoonlijke begeleiding door een ervaren coach die elke week "
                 "met je meekijkt naar je schema en je voeding en je slaap")
    with pytest.raises(LanguageError) as err:
        generate(dream_file([el(long_name, 5, index=3)]))
    assert str(err.value).startswith("test.yaml:13:9: ")


def test_too_long_dream_is_refused_with_its_location(nlp) -> None:
    droom = ("een bedrijf dat elk jaar rustig en gezond groeit met vaste klanten in de regio, "
             "een sterk team en tijd voor het gezin")
    with pytest.raises(LanguageError) as err:
        generate(dream_file([el("voldoende slaap", 5)], droom=droom))
    assert str(err.value).startswith("test.yaml:5:9: ") and "te lang" in str(err.value)


def test_unsafe_first_person_text_is_refused(nlp) -> None:
    with pytest.raises(LanguageError) as err:
        generate(dream_file([el("een plan", 5)], droom="zonder dat ik werken"))
    assert str(err.value).startswith("test.yaml:5:9: ")


def test_gate_fails_loudly_on_a_template_that_breaks_house_style(nlp, tmp_path: Path) -> None:
    d = _user_bank(tmp_path, "vragen/implicatie.j2",
                   "{% set latent = true %}\n{% macro passief() -%}\n"
                   "Wat wordt er door jou aan {{ e.np }} gedaan?\n{%- endmacro %}\n")
    for name in ("blinde_vlek", "meten", "angst_gewoonte"):
        _user_bank(d, f"vragen/{name}.j2", "{# uitgezet #}\n")
    df = dream_file([el("voldoende slaap", 9, latent=True)])
    with pytest.raises(TemplateError) as err:
        generate(df, templates_dir=d)
    assert "implicatie.j2" in str(err.value) and "passief" in str(err.value)
    generate(df, templates_dir=d, gate=False)  # the gate is what refuses it


def test_undefined_variable_names_template_line(nlp, tmp_path: Path) -> None:
    d = _user_bank(tmp_path, "vragen/implicatie.j2",
                   "{% set latent = true %}\n\n{% macro a() -%}\n"
                   "Wat kost {{ e.bestaat_niet }} jou?\n{%- endmacro %}\n")
    with pytest.raises(TemplateError) as err:
        generate(dream_file([el("voldoende slaap", 9, latent=True)]), templates_dir=d)
    assert f"{d / 'vragen' / 'implicatie.j2'}:4:" in str(err.value)


def test_closed_question_template_is_refused(nlp, tmp_path: Path) -> None:
    d = _user_bank(tmp_path, "vragen/implicatie.j2",
                   "{% set latent = true %}\n{% macro dicht() -%}\n"
                   "Heb jij {{ e.np }} nodig?\n{%- endmacro %}\n")
    with pytest.raises(TemplateError) as err:
        generate(dream_file([el("voldoende slaap", 9, latent=True)]), templates_dir=d)
    assert "implicatie.j2:2" in str(err.value) and "open vraag" in str(err.value)


@pytest.mark.parametrize("path", DREAMS, ids=lambda p: p.name)
def test_example_dream_files_pass_the_gate(nlp, path: Path) -> None:
    from dreamcontent.dreamfile import load_dream_file

    res = generate(load_dream_file(path))
    for gk in res.klanttypen:
        for gd in gk.dromen:
            assert 0 < len(gd.elementen) <= 12
            for ge in gd.elementen:
                assert len(ge.vragen) == 3
                n = len(words(ge.content.tekst))
                assert MIN_CONTENT_WORDS <= n <= MAX_CONTENT_WORDS


def test_speed_of_a_large_file(nlp) -> None:
    base = tricky_elements()
    dromen = [
        Droom(droom=f"een bedrijf dat groeit in regio {i}", niveau=Niveau.ORGANISATIE,
              elementen=[el(base[(i + j) % len(base)].naam, 10 - j % 10, index=j,
                            latent=base[(i + j) % len(base)].latent) for j in range(12)])
        for i in range(100)
    ]
    df = DreamFile(organisatie=Organisatie(naam="X"),
                   klanttypen=[Klanttype(naam="klant", dromen=dromen)])
    start = time.perf_counter()
    res = generate(df, gate=False)
    elapsed = time.perf_counter() - start
    assert sum(len(gd.elementen) for gd in res.klanttypen[0].dromen) == 1200
    assert elapsed < 30, f"1200 elementen duurden {elapsed:.1f} s"


def test_long_names_end_the_question_and_prepositions_do_not_clash(nlp) -> None:
    elements = [el("een coach die elke week met je meekijkt", 9, index=0),
                el("een jaarrekening zonder verrassingen", 8, index=1, latent=True),
                el("offertes met een vaste marge", 7, index=2)]
    got = generate(dream_file(elements)).klanttypen[0].dromen[0].elementen
    for q in got[0].vragen:
        assert q.endswith("een coach die elke week met je meekijkt?"), q
    texts = [t for ge in got for t in [*ge.vragen, ge.content.tekst]]
    for t in texts:
        assert "zonder een jaarrekening zonder" not in t, t
        assert "met offertes met" not in t, t


def test_no_content_sentence_dominates_a_dream(tricky_result) -> None:
    gens = tricky_result.klanttypen[0].dromen[0].elementen
    used = Counter(s for ge in gens for s in sentences(ge.content.tekst))
    assert max(used.values()) <= math.ceil(len(gens) / 4), used.most_common(3)


def test_template_bank_is_reused_until_a_template_changes(tmp_path: Path) -> None:
    from dreamcontent.generate.engine import load_bank

    assert load_bank() is load_bank()
    user = tmp_path / "bank"
    (user / "vragen").mkdir(parents=True)
    (user / "vragen" / "leeg.j2").write_text("", encoding="utf-8")
    first = load_bank(user)
    assert load_bank(user) is first
    (user / "vragen" / "leeg.j2").write_text("{# gewijzigd #}", encoding="utf-8")
    assert load_bank(user) is not first
    assert load_bank() is not first
