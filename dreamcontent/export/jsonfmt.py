"""JSON: the generator's contract (``GenerationResult.to_json_dict``), pretty-printed UTF-8."""

from __future__ import annotations

import json
from typing import Any

from dreamcontent.export.base import Exporter
from dreamcontent.generate.result import GenerationResult


def dumps(data: Any) -> str:
    """Stable JSON text: keys in contract order, real UTF-8 (é stays é), 2-space indent."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_json(result: GenerationResult, **_options: object) -> bytes:
    return dumps(result.to_json_dict()).encode("utf-8")


EXPORTER = Exporter(
    name="json",
    extension="json",
    binary=False,
    description="het JSON-contract van de generator (voor websites en koppelingen)",
    render=render_json,
)
