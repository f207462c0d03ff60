"""A small static server that behaves like a real static host, for the benchmark and the trace.

Why this exists: ``python -m http.server`` neither compresses nor sets cache headers, so it measures a
host nobody uses. This one, like nginx with ``brotli_static``/``gzip_static`` and ``gzip on``:

- serves ``<file>.br`` / ``<file>.gz`` when the browser accepts them and the file exists;
- otherwise compresses text, JavaScript, JSON, SVG and wasm on the fly (brotli 5 / gzip 6), never
  zips or images;
- sends the ``Cache-Control`` the site's own ``_headers`` asks for (a year, immutable, for the
  content-hashed paths), and ``no-cache`` (revalidated with Last-Modified) for everything else;
- speaks HTTP/1.1 with keep-alive, and records every response (path, status, encoding, body bytes)
  so a benchmark can count what went over the wire.
"""

from __future__ import annotations

import email.utils
import functools
import gzip
import http.server
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import brotli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "overrides" / "hooks"))
from security_headers import headers_for, read_headers_file  # noqa: E402

__all__ = ["Sent", "StaticHost", "serve"]

TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript",
         ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm",
         ".svg": "image/svg+xml", ".zip": "application/zip", ".pdf": "application/pdf", ".txt": "text/plain",
         ".xml": "application/xml", ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2"}
COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".txt", ".xml"}
ON_THE_FLY = {"br": lambda data: brotli.compress(data, quality=5), "gzip": lambda data: gzip.compress(data, 6)}
PRECOMPRESSED = {"br": ".br", "gzip": ".gz"}


@dataclass(frozen=True)
class Sent:
    path: str
    status: int
    encoding: str  # "br", "gzip" or "" (identity)
    body_bytes: int


class StaticHost:
    """The server's state: mounted folders (URL prefix -> directory) and the log of responses."""

    def __init__(self, mounts: dict[str, Path]) -> None:
        self.mounts = sorted(mounts.items(), key=lambda item: -len(item[0]))  # longest prefix first
        site_headers = mounts["/"] / "_headers" if "/" in mounts else None
        self.headers = read_headers_file(site_headers.read_text(encoding="utf-8")) if site_headers and \
            site_headers.is_file() else []
        self.log: list[Sent] = []
        self._lock = threading.Lock()
        self._compressed: dict[tuple[Path, int, str], bytes] = {}

    def resolve(self, url_path: str) -> Path | None:
        for prefix, directory in self.mounts:
            if url_path.startswith(prefix):
                path = (directory / url_path[len(prefix):]).resolve()
                if path.is_dir():
                    path = path / "index.html"
                if path.is_file() and path.is_relative_to(directory.resolve()):
                    return path
        return None

    def compressed(self, path: Path, encoding: str) -> bytes:
        key = (path, path.stat().st_mtime_ns, encoding)
        if key not in self._compressed:
            self._compressed[key] = ON_THE_FLY[encoding](path.read_bytes())
        return self._compressed[key]

    def record(self, sent: Sent) -> None:
        with self._lock:
            self.log.append(sent)

    def take_log(self) -> list[Sent]:
        """The responses since the last call."""
        with self._lock:
            taken, self.log = self.log, []
        return taken


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: object, host: StaticHost, **kwargs: object) -> None:
        self.host = host
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # the log is self.host.log
        pass

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def _respond(self, send_body: bool) -> None:
        url_path = unquote(urlsplit(self.path).path)
        path = self.host.resolve(url_path)
        if path is None:
            self._send(url_path, 404, b"not found", {"Content-Type": "text/plain"}, send_body)
            return
        modified = path.stat().st_mtime
        headers = {"Content-Type": TYPES.get(path.suffix, "application/octet-stream"),
                   "Last-Modified": email.utils.formatdate(modified, usegmt=True), "Vary": "Accept-Encoding",
                   "Cache-Control": headers_for(self.host.headers, url_path).get("Cache-Control", "no-cache")}
        since = self.headers.get("If-Modified-Since")
        if since and (parsed := email.utils.parsedate_to_datetime(since)) and parsed.timestamp() >= int(modified):
            self._send(url_path, 304, b"", headers, send_body=False)
            return
        body, encoding = self._body(path)
        if encoding:
            headers["Content-Encoding"] = encoding
        self._send(url_path, 200, body, headers, send_body, encoding)

    def _body(self, path: Path) -> tuple[bytes, str]:
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding in ("br", "gzip"):
            if encoding in accepted and (sibling := path.with_name(path.name + PRECOMPRESSED[encoding])).is_file():
                return sibling.read_bytes(), encoding
        for encoding in ("br", "gzip"):
            if encoding in accepted and path.suffix in COMPRESSIBLE:
                return self.host.compressed(path, encoding), encoding
        return path.read_bytes(), ""

    def _send(self, url_path: str, status: int, body: bytes, headers: dict[str, str], send_body: bool,
              encoding: str = "") -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)
        self.host.record(Sent(url_path, status, encoding, len(body) if send_body else 0))


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a page closed mid-download: expected
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(mounts: dict[str, Path]) -> Iterator[tuple[str, StaticHost]]:
    """Serve ``mounts`` on 127.0.0.1 (a free port); yields the base URL and the host state."""
    host = StaticHost(mounts)
    server = _Server(("127.0.0.1", 0), functools.partial(_Handler, host=host))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", host
    finally:
        server.shutdown()
        server.server_close()
