"""Shared fixtures: one strict build of the site per session, a local static server, Chromium.

The browser is Debian's Chromium driven by Playwright for Python; test tools that download their
own browser do not work here. The server is a plain threaded static server on 127.0.0.1.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from security_headers import Blocks, headers_for, read_headers_file  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_site(target: Path, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the strict build of mkdocs.yml (or ``config``) into ``target``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(target)]
    if config is not None:
        command += ["--config-file", str(config)]
    return subprocess.run(command, cwd=config.parent if config else ROOT, capture_output=True, text=True,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}, timeout=600)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    result = build_site(target)
    assert result.returncode == 0, result.stderr
    return target


def host_headers(site_dir: Path) -> Blocks:
    """The built ``_headers`` file, read as a host that honours it would."""
    path = site_dir / "_headers"
    return read_headers_file(path.read_text(encoding="utf-8")) if path.is_file() else []


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A static host like the real ones: correct types for modules and wasm, and the site's headers."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm"}
    site_headers: Blocks = []

    def end_headers(self) -> None:
        for name, value in headers_for(self.site_headers, urlsplit(self.path).path).items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # keep test output readable
        pass


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    handler = type("SiteHandler", (_Handler,), {"site_headers": host_headers(site_dir)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()
