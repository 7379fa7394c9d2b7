"""`dreamcontent serve`: the Schrijfcheck and Droomvragen pages on the user's own machine."""

from __future__ import annotations

import errno
import ipaddress
import os
from typing import TYPE_CHECKING

import click

from dreamcontent.cli import run_guarded
from dreamcontent.io import os_error_nl

if TYPE_CHECKING:  # pragma: no cover
    from werkzeug.serving import BaseWSGIServer

DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def config_error(message: str) -> Exception:
    from dreamcontent.errors import ConfigError

    return ConfigError(message)


def check_can_bind(host: str, port: int) -> None:
    """Raise ConfigError with a Dutch message when ``host:port`` cannot be used.

    werkzeug prints an English message and exits when it cannot bind, so we try first
    (and before the model takes its time to load).
    """
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            if os.name != "nt":  # as werkzeug does; on Windows it would allow a double bind
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host.strip("[]"), port))
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, 10048):
            raise config_error(f"poort {port} is al in gebruik; kies een andere met "
                               f"--port, bijvoorbeeld --port {port + 1}") from None
        if exc.errno in (errno.EACCES, 10013):
            raise config_error(f"je mag poort {port} niet gebruiken; kies een poort boven "
                               "1024, bijvoorbeeld --port 8765") from None
        raise config_error(f"kan de webpagina niet starten op {host}:{port} "
                           f"({os_error_nl(exc)})") from None


def make_server_for(host: str, port: int, *, public: bool, warm: bool = True) -> BaseWSGIServer:
    """Create the app and a threaded WSGI server on ``host:port`` (port 0: any free port).

    Split from the command so tests and other tools can start the same server.
    """
    from werkzeug.serving import make_server

    from dreamcontent.web.app import create_app

    check_can_bind(host, port)
    app = create_app(public=public)
    if warm:
        # Load the Dutch pipeline now, so the first request is as fast as the others.
        app.extensions["dreamcontent"]["linter"].warm()
    try:
        return make_server(host, port, app, threaded=True)
    except (OSError, SystemExit) as exc:
        raise config_error(f"kan de webpagina niet starten op {host}:{port}") from exc


@click.command("serve")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=DEFAULT_PORT,
              show_default=True, help="Poort van de webpagina (0 = kies zelf een vrije poort).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adres om op te luisteren. Alles behalve je eigen computer vraagt --openbaar.")
@click.option("--openbaar", is_flag=True,
              help="Maak de pagina bereikbaar voor andere computers in het netwerk "
                   "(luistert op 0.0.0.0 als je geen --host geeft). Alleen op een "
                   "vertrouwd netwerk!")
@click.option("--open", "open_browser", is_flag=True, help="Open de pagina meteen in je browser.")
@click.option("--log", "show_log", is_flag=True, help="Toon elk verzoek in de terminal.")
@run_guarded
def serve(port: int, host: str, openbaar: bool, open_browser: bool, show_log: bool) -> None:
    """Start de webpagina op je eigen computer: Schrijfcheck en Droomvragen in je browser.

    De pagina luistert alleen op je eigen computer (127.0.0.1). Stoppen: Ctrl+C.

    \b
    Voorbeelden:
      dreamcontent serve
      dreamcontent serve --port 8080 --open
    """
    import logging

    if openbaar and host == "127.0.0.1":
        host = "0.0.0.0"
    if not is_loopback(host) and not openbaar:
        raise config_error(f"--host {host} maakt de pagina bereikbaar voor andere computers; "
                          "zet er --openbaar bij als je dat echt wilt")
    if not is_loopback(host):
        click.echo("Let op: de pagina is nu bereikbaar voor iedereen in je netwerk. "
                   "Er is geen wachtwoord. Gebruik dit alleen op een vertrouwd netwerk.",
                   err=True)
    logging.getLogger("werkzeug").setLevel(logging.INFO if show_log else logging.WARNING)

    click.echo("Het taalmodel laden…", err=True)
    server = make_server_for(host, port, public=not is_loopback(host))
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    url = f"http://{shown}:{server.server_port}"
    click.echo(f"Open {url} in je browser")
    click.echo("Stoppen: Ctrl+C", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Gestopt.", err=True)
    finally:
        server.server_close()
