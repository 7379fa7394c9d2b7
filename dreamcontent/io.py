"""Reading user files with clear errors, and writing output files atomically."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from dreamcontent.errors import InputFileError, OutputError

#: Dutch for the operating-system errors users meet when reading or writing files.
OS_ERRORS_NL = {
    errno.EACCES: "geen toegang",
    errno.EPERM: "niet toegestaan",
    errno.ENOENT: "bestaat niet",
    errno.EEXIST: "er staat al een bestand met die naam",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dit is een map",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "alleen-lezen schijf",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EDQUOT: "schijfquotum bereikt",
    errno.EIO: "leesfout of schrijffout van de schijf",
}


def os_error_nl(exc: OSError) -> str:
    """A short Dutch description of an OSError (its errno), instead of the English strerror."""
    if exc.errno in OS_ERRORS_NL:
        return OS_ERRORS_NL[exc.errno]
    return f"systeemfout {exc.errno}" if exc.errno else "onbekende systeemfout"


def read_text_file(path: str | Path) -> str:
    """Read a UTF-8 text file, or raise InputFileError with a Dutch message naming the file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputFileError("bestand niet gevonden", path=p) from None
    except IsADirectoryError:
        raise InputFileError("dit is een map, geen bestand", path=p) from None
    except OSError as exc:
        raise InputFileError(f"kan het bestand niet lezen ({os_error_nl(exc)})", path=p) from None
    if b"\x00" in data[:8192]:
        raise InputFileError("dit lijkt een binair bestand, geen tekst", path=p)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"het bestand is geen geldige UTF-8-tekst (byte {exc.start + 1}); "
            "sla het op als UTF-8 en probeer opnieuw",
            path=p,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def atomic_write(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory and a rename.

    An interrupted or failed write never leaves a half-written file at ``path``.
    """
    p = Path(path)
    raw = data.encode(encoding) if isinstance(data, str) else data
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise OutputError(f"kan niet schrijven ({os_error_nl(exc)})", path=p) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if p.exists():
            os.chmod(tmp, p.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"kan niet schrijven ({os_error_nl(exc)})", path=p) from None
        raise
