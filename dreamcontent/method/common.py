"""Helpers shared by the method commands: loading many dream files, collecting errors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dreamcontent.errors import DreamcontentError
from dreamcontent.model import DreamFile


@dataclass
class Loaded:
    """Dream files that loaded, and per-file Dutch error messages for those that did not."""

    files: list[DreamFile] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message)


def load_many(paths: Iterable[str | Path]) -> Loaded:
    """Load every dream file named by ``paths`` (directories expand), continuing past errors.

    A path that does not exist, a directory without dream files and a file that is not a valid
    dream file each become one entry in ``errors``; the message is the loader's complete Dutch
    message (with file:line:col).
    """
    from dreamcontent.dreamfile import find_dream_files, load_dream_file

    out = Loaded()
    for raw in paths:
        try:
            found = find_dream_files([raw])
        except DreamcontentError as exc:
            out.errors.append((str(raw), str(exc)))
            continue
        if not found:
            out.errors.append((str(raw), f"{raw}: geen droombestanden (*.yaml, *.yml) gevonden"))
            continue
        for path in found:
            try:
                out.files.append(load_dream_file(path))
            except DreamcontentError as exc:
                out.errors.append((str(path), str(exc)))
    return out
