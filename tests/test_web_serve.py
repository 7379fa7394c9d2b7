"""`dreamcontent serve`: binding, the printed address, the --openbaar guard, fast import."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dreamcontent.cli import cli, serve_cmd
from dreamcontent.errors import ConfigError
from dreamcontent.nl.pipeline import model_path

ROOT = Path(__file__).resolve().parent.parent
MODEL_META = model_path() / "meta.json"  # the packaged model, or $DREAMCONTENT_MODEL


class FakeServer:
    """Stands in for the werkzeug server: records that it ran, then 'gets' Ctrl+C."""

    server_port = 8765

    def __init__(self) -> None:
        self.served = False
        self.closed = False

    def serve_forever(self) -> None:
        self.served = True
        raise KeyboardInterrupt

    def server_close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def fake_make(host: str, port: int, *, public: bool, warm: bool = True) -> FakeServer:
        seen.update(host=host, port=port, public=public, server=FakeServer())
        return seen["server"]

    monkeypatch.setattr(serve_cmd, "make_server_for", fake_make)
    return seen


def test_default_binds_loopback_and_prints_the_address(fake_server: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    assert fake_server["host"] == "127.0.0.1" and fake_server["port"] == 8765
    assert fake_server["public"] is False
    assert "Open http://127.0.0.1:8765 in je browser" in result.stdout
    assert fake_server["server"].served and fake_server["server"].closed
    assert "Let op" not in result.stderr


def test_other_host_needs_openbaar(fake_server: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "zet er --openbaar bij" in result.stderr
    assert "server" not in fake_server  # nothing was started


def test_openbaar_binds_all_interfaces_with_a_dutch_warning(
        fake_server: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--openbaar", "--port", "9000"])
    assert result.exit_code == 0, result.output
    assert fake_server["host"] == "0.0.0.0" and fake_server["public"] is True
    assert "Let op: de pagina is nu bereikbaar voor iedereen in je netwerk" in result.stderr
    assert "Open http://127.0.0.1:8765 in je browser" in result.stdout


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Voorbeelden:" in result.output and "dreamcontent serve --port 8080" in result.output
    assert "--openbaar" in result.output


@pytest.mark.parametrize(("host", "expected"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("localhost", True), ("::1", True),
    ("[::1]", True), ("0.0.0.0", False), ("192.168.1.10", False), ("::", False),
    ("example.org", False),
])
def test_is_loopback(host: str, expected: bool) -> None:
    assert serve_cmd.is_loopback(host) is expected


def test_command_module_imports_no_heavy_libraries() -> None:
    code = ("import sys, dreamcontent.cli.serve_cmd; "
            "heavy = [m for m in ('flask', 'spacy', 'werkzeug') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_real_server_on_a_free_port_answers_on_loopback() -> None:
    server = serve_cmd.make_server_for("127.0.0.1", 0, public=False, warm=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/droomvragen"
        with urllib.request.urlopen(url, timeout=10) as response:
            html = response.read().decode("utf-8")
        assert response.status == 200 and "Droomvragen" in html
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_port_in_use_gives_a_dutch_message() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match=f"poort {port} is al in gebruik"):
            serve_cmd.make_server_for("127.0.0.1", port, public=False, warm=False)


@pytest.mark.slow
def test_dreamcontent_serve_end_to_end() -> None:
    """The real command: loads the model, prints the address, serves the real pages."""
    if not MODEL_META.exists():
        pytest.skip("het taalmodel is nog niet getraind (dreamcontent/data/nl_dreamcontent)")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "dreamcontent", "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.fullmatch(r"Open (http://127\.0\.0\.1:\d+) in je browser\n", line)
        assert match, line
        with urllib.request.urlopen(match.group(1) + "/schrijfcheck", timeout=30) as response:
            assert response.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_missing_model_stops_serve_with_a_dutch_message(tmp_path: Path) -> None:
    env = dict(os.environ, DREAMCONTENT_MODEL=str(tmp_path / "geen-model"))
    out = subprocess.run([sys.executable, "-m", "dreamcontent", "serve", "--port", "0"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 2
    assert "fout: het Nederlandse taalmodel ontbreekt" in out.stderr
    assert "Traceback" not in out.stderr and "Open http" not in out.stdout
