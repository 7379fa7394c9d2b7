"""`dreamcontent model`: info, evaluate and train the Dutch pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from dreamcontent.cli import run_guarded

#: Dutch names of the evaluation sets in ``dreamcontent_scores``.
SET_NAMES = {
    "treebank_test": "Achtergehouden treebanktekst",
    "marketing_eval": "Eigen evaluatieset marketingtaal",
    "marketing_probe": "Tweede, blinde evaluatieset marketingtaal",
    "marketing_blind3": "Derde, blinde evaluatieset marketingtaal",
    "marketing_dev4": "Ontwikkelset marketingtaal (set 4; fouten bestudeerd)",
    "marketing_blind5": "Vijfde, blinde evaluatieset marketingtaal",
    "marketing_blind6": "Zesde, blinde evaluatieset marketingtaal",
    "marketing_blind7": "Zevende, blinde evaluatieset marketingtaal",
    "marketing_blind10": "Tiende, blinde evaluatieset marketingtaal",
}


@click.group("model")
def model() -> None:
    """Het Nederlandse taalmodel van dreamcontent: info, evalueren en opnieuw trainen.

    \b
    Voorbeelden:
      dreamcontent model info
      dreamcontent model evaluate
      dreamcontent model train --output training/output --install
    """


def _read_meta(path: Path) -> dict[str, Any]:
    from dreamcontent.errors import ModelError

    meta_path = path / "meta.json"
    if not meta_path.exists():
        raise ModelError(f"geen taalmodel gevonden in {path}")
    return json.loads(meta_path.read_text(encoding="utf-8"))


def _fmt_scores(name: str, s: dict[str, Any]) -> list[str]:
    lines = [
        f"  {name} ({s['sentences']} zinnen, {s['tokens']} tokens):",
        f"    CGN-tags {s['tag_acc']:.3f} · persoonsvormen {s['finite_verb_tag_acc']:.3f}"
        f" · UPOS {s['pos_acc']:.3f} · morfologie {s['morph_acc']:.3f}"
        f" · lemma {s['lemma_acc']:.3f}",
        f"    UAS {s['uas']:.3f} · LAS {s['las']:.3f}"
        f" · lijdende vorm (aux:pass) F1 {s['aux_pass']['f']:.3f}"
        f" (n={s['aux_pass']['support']})",
    ]
    if s.get("key_pronouns"):
        parts = [f"{w} {v['tag_acc']:.3f} (n={v['n']})" for w, v in s["key_pronouns"].items()]
        lines.append("    je/jij/jouw/jou/u/uw: " + ", ".join(parts))
    return lines


@model.command("info")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@run_guarded
def info(as_json: bool) -> None:
    """Toon versie, trainingsdata (met licentie) en gemeten nauwkeurigheid van het taalmodel.

    \b
    Voorbeeld:
      dreamcontent model info
    """
    from dreamcontent.nl.pipeline import model_path

    path = model_path()
    meta = _read_meta(path)
    if as_json:
        click.echo(json.dumps(meta, indent=2, ensure_ascii=False))
        return
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    click.echo(f"Taalmodel: {meta.get('lang')}_{meta.get('name')} {meta.get('version')}")
    click.echo(f"Map: {path} ({size / 1e6:.1f} MB)")
    click.echo(f"Onderdelen: {', '.join(meta.get('pipeline', []))} "
               "+ regelstappen dreamcontent_finite, dreamcontent_je")
    click.echo(f"spaCy: {meta.get('spacy_version')}")
    click.echo(f"Licentie: {meta.get('license')}")
    click.echo("Trainingsdata:")
    for src in meta.get("sources", []):
        by = f" — {src['author']}" if src.get("author") else ""
        click.echo(f"  - {src['name']} ({src.get('license', '?')}){by}")
    scores = meta.get("dreamcontent_scores") or {}
    if scores:
        click.echo("Gemeten nauwkeurigheid (zie docs/model.md):")
        for key, s in scores.items():
            for line in _fmt_scores(SET_NAMES.get(key, key), s):
                click.echo(line)


@model.command("evaluate")
@click.option("--model", "model_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Map van een ander taalmodel (standaard: het meegeleverde).")
@click.option("--shared", type=click.Path(path_type=Path, file_okay=False),
              help="Map met de UD-treebanks (standaard: ../shared/ud-dutch).")
@click.option("--errors", "show_errors", is_flag=True,
              help="Toon de fout getagde voornaamwoorden en persoonsvormen van evaluatieset 1 "
                   "(set 2 blijft blind: daarvan toont dreamcontent alleen de cijfers).")
@run_guarded
def evaluate(model_dir: Path | None, shared: Path | None, show_errors: bool) -> None:
    """Meet de nauwkeurigheid op achtergehouden treebanktekst en de eigen evaluatiesets.

    \b
    Voorbeeld:
      dreamcontent model evaluate --errors
    """
    from dreamcontent.nl import training
    from dreamcontent.nl.pipeline import load_pipeline, model_path

    path = model_dir or model_path()
    _read_meta(path)
    nlp = load_pipeline(path)
    scores = training.evaluate_model(nlp, shared_dir=shared)
    for key, s in scores.items():
        for line in _fmt_scores(SET_NAMES.get(key, key), s):
            click.echo(line)
    if show_errors:
        eval_sents = []
        for f in training.marketing_files(training.REPO_ROOT / "training" / "marketing", "eval"):
            eval_sents.extend(training.read_conllu(f))
        for err in training.iter_key_errors(nlp, eval_sents):
            click.echo(err)


@model.command("train")
@click.option("--output", type=click.Path(path_type=Path, file_okay=False),
              default=Path("training/output"), show_default=True,
              help="Map voor het trainingsresultaat.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False),
              help="spaCy-configuratie (standaard: training/config.cfg).")
@click.option("--shared", type=click.Path(path_type=Path, file_okay=False),
              help="Map met de UD-treebanks (standaard: ../shared/ud-dutch).")
@click.option("--silver", type=click.Path(path_type=Path, dir_okay=False),
              help="Frog-uitvoer voor het oudere LassySmall-materiaal (zilveren CGN-tags; "
              "standaard: training/silver/extra-lassysmall-v1.frog.txt.gz).")
@click.option("--no-silver", is_flag=True, help="Train zonder zilveren CGN-tags.")
@click.option("--max-steps", type=click.IntRange(1), help="Aantal trainingsstappen.")
@click.option("--sample", type=click.IntRange(1), help="Train op een klein deel (om te testen).")
@click.option("--install", is_flag=True,
              help="Zet het beste model na evaluatie in het pakket (dreamcontent/data).")
@run_guarded
def train(output: Path, config: Path | None, shared: Path | None, silver: Path | None,
          no_silver: bool, max_steps: int | None, sample: int | None, install: bool) -> None:
    """Train het taalmodel opnieuw uit de treebanks en het eigen marketingcorpus.

    Zie docs/model.md voor de gegevens en de gebruikte instellingen.

    \b
    Voorbeeld (volledige training, ruim een uur op 2 kernen):
      dreamcontent model train --install
    """
    from dreamcontent.nl import training
    from dreamcontent.nl.pipeline import load_pipeline, model_path

    if no_silver:
        silver = None
    elif silver is None and training.DEFAULT_SILVER.exists():
        silver = training.DEFAULT_SILVER
    best = training.train_pipeline(output, config=config, shared_dir=shared, silver=silver,
                                   max_steps=max_steps, sample=sample)
    click.echo(f"Getraind model: {best}")
    if install:
        nlp = load_pipeline(best)
        scores = training.evaluate_model(nlp, shared_dir=shared)
        stats_path = output / "corpus-stats.json"
        stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
        target = model_path()
        training.install_model(best, target, scores=scores, corpus_stats=stats)
        click.echo(f"Geïnstalleerd in {target}")
