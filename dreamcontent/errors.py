"""One error hierarchy for the whole package.

Library code raises these and never prints or exits; ``dreamcontent.cli`` turns them into a
Dutch message on stderr and an exit code. Each subclass also inherits the builtin it resembles,
so callers can catch either. DreamcontentError comes first in the bases so that its
``__init__`` (with path/line/column) is the one that runs.
"""

from __future__ import annotations

from pathlib import Path


class DreamcontentError(Exception):
    """Base class. ``str(err)`` is a complete Dutch message for the user."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class ConfigError(DreamcontentError, ValueError):
    """Bad configuration (pyproject.toml / .dreamcontent.toml / CLI options)."""


class InputFileError(DreamcontentError, OSError):
    """A file cannot be read: missing, binary, not UTF-8, too large."""


class DreamFileError(DreamcontentError, ValueError):
    """A dream file is not valid (YAML syntax, schema, values)."""


class TemplateError(DreamcontentError, ValueError):
    """A Jinja template is broken or renders something unusable."""


class LanguageError(DreamcontentError, ValueError):
    """Dutch text cannot be transformed safely (e.g. ik -> jij with uncertain agreement)."""


class ModelError(DreamcontentError, RuntimeError):
    """The Dutch pipeline is missing or cannot be loaded/trained."""


class OutputError(DreamcontentError, OSError):
    """An output file cannot be written."""
