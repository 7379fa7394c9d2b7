"""Linter configuration: defaults, `pyproject.toml` / `.dreamcontent.toml`, CLI overrides.

In ``pyproject.toml`` the settings live in ``[tool.dreamcontent.lint]``; in
``.dreamcontent.toml`` in ``[lint]``::

    [tool.dreamcontent.lint]
    disable = ["voltooide-tijd"]          # rules to switch off
    enable = ["passief", "dt-fout"]       # only these rules (optional)
    max-zin = 18                          # words per sentence (lange-zin)
    max-alinea = 90                       # words per paragraph (lange-alinea)
    fail-on = "warning"                   # error | warning | info

    [tool.dreamcontent.lint.severity]
    passief = "error"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dreamcontent.errors import ConfigError
from dreamcontent.lint.finding import Severity

DEFAULT_MAX_SENTENCE = 20
DEFAULT_MAX_PARAGRAPH = 100
CONFIG_FILES = (".dreamcontent.toml", "pyproject.toml")


@dataclass(frozen=True)
class LintConfig:
    """Which rules run, at which severity, and the length limits."""

    enable: frozenset[str] | None = None  # None: all rules
    disable: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    max_sentence_words: int = DEFAULT_MAX_SENTENCE
    max_paragraph_words: int = DEFAULT_MAX_PARAGRAPH
    fail_on: Severity = Severity.ERROR
    source: str | None = None  # the file the settings came from

    def active_rule_ids(self) -> list[str]:
        from dreamcontent.lint.rules import RULES

        ids = list(RULES) if self.enable is None else [i for i in RULES if i in self.enable]
        return [i for i in ids if i not in self.disable]

    def severity_of(self, rule_id: str) -> Severity:
        from dreamcontent.lint.rules import RULES

        return self.severity.get(rule_id, RULES[rule_id].severity)

    def merged(self, **overrides: Any) -> LintConfig:
        """A copy with the given non-None fields replaced (CLI flags over file settings)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _known_ids() -> list[str]:
    from dreamcontent.lint.rules import RULES

    return list(RULES)


def check_rule_ids(ids: list[str] | set[str] | frozenset[str], where: str) -> None:
    known = _known_ids()
    unknown = sorted(set(ids) - set(known))
    if unknown:
        raise ConfigError(
            f"onbekende regel(s) {', '.join(unknown)} in {where}; "
            f"bekende regels: {', '.join(known)}"
        )


def parse_severity(value: Any, where: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(
            f"onbekend niveau {value!r} in {where}; kies error, warning of info"
        ) from None


def _positive_int(value: Any, key: str, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"'{key}' in {where} moet een positief geheel getal zijn")
    return value


def _id_list(value: Any, key: str, where: str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' in {where} moet een lijst met regel-id's zijn")
    check_rule_ids(value, where)
    return frozenset(value)


def config_from_table(table: dict[str, Any], where: str) -> LintConfig:
    """Build a config from a TOML table; ``where`` names the file in error messages."""
    known_keys = {"enable", "disable", "severity", "max-zin", "max-alinea", "fail-on"}
    extra = sorted(set(table) - known_keys)
    if extra:
        raise ConfigError(
            f"onbekende instelling(en) {', '.join(extra)} in {where}; "
            f"mogelijk zijn: {', '.join(sorted(known_keys))}"
        )
    cfg = LintConfig(source=where)
    kw: dict[str, Any] = {}
    if "enable" in table:
        kw["enable"] = _id_list(table["enable"], "enable", where)
    if "disable" in table:
        kw["disable"] = _id_list(table["disable"], "disable", where)
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"'severity' in {where} moet een tabel zijn (regel = niveau)")
        check_rule_ids(list(sev), where)
        kw["severity"] = {k: parse_severity(v, where) for k, v in sev.items()}
    if "max-zin" in table:
        kw["max_sentence_words"] = _positive_int(table["max-zin"], "max-zin", where)
    if "max-alinea" in table:
        kw["max_paragraph_words"] = _positive_int(table["max-alinea"], "max-alinea", where)
    if "fail-on" in table:
        kw["fail_on"] = parse_severity(table["fail-on"], where)
    return replace(cfg, **kw)


def load_config_file(path: str | Path) -> LintConfig:
    """Read the lint settings from one TOML file (pyproject.toml or .dreamcontent.toml)."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"configuratiebestand {p} niet gevonden") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"kan configuratiebestand {p} niet lezen ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: ongeldige TOML ({exc})") from None
    if p.name == "pyproject.toml":
        table = data.get("tool", {}).get("dreamcontent", {}).get("lint", {})
    else:
        table = data.get("lint", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: de sectie met lint-instellingen moet een tabel zijn")
    return config_from_table(table, str(p))


def find_config(start: str | Path | None = None) -> LintConfig:
    """Settings from the nearest .dreamcontent.toml or pyproject.toml with a lint section.

    Searches ``start`` (default: the working directory) and its parents; defaults when none.
    """
    here = Path(start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        dot = directory / ".dreamcontent.toml"
        if dot.is_file():
            return load_config_file(dot)
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "lint" in data.get("tool", {}).get("dreamcontent", {}):
                return load_config_file(pyproject)
    return LintConfig()
