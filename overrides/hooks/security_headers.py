"""Build hook: a strict Content-Security-Policy on every page, and a headers file for hosts.

Why this exists: readers include children and adults at risk, so the site must be unable to load or
send anything to another origin, even if some future change tried to. Every page carries the
policy in a <meta> element (works on any static host). Hosts that allow response headers also get
``_headers`` (Netlify / Cloudflare Pages format) with the full set, including what a <meta> cannot
carry (frame-ancestors) and the policy for the Pyodide worker ('wasm-unsafe-eval', nothing looser).
The build fails if a page contains an inline script, so no hash or 'unsafe-inline' is ever needed.
The same file lets hosts cache the content-hashed files (the Pyodide runtime, our package, Material's
bundle and styles) for a year: a new version always has a new name.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

# Policies -----------------------------------------------------------------------------------------

_COMMON = {
    "default-src": "'self'",
    "img-src": "'self' data:",  # data: only for the admonition icons drawn by CSS masks
    "style-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'none'",
}
PAGE_POLICY = "; ".join(f"{k} {v}" for k, v in {**_COMMON, "script-src": "'self'"}.items())
# Pyodide compiles WebAssembly in the worker; that is the only relaxation anywhere.
HEADER_POLICY = "; ".join(
    f"{k} {v}" for k, v in {**_COMMON, "script-src": "'self' 'wasm-unsafe-eval'", "frame-ancestors": "'none'"}.items()
)
HEADERS = {
    "Content-Security-Policy": HEADER_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
}

# Paths whose names change with their content (overrides/hooks/browser_runtime.py; Material's own
# hashed bundle and styles): a year, never revalidated.
IMMUTABLE_PATHS = ("/assets/pyodide-*", "/assets/py/*", "/assets/javascripts/*", "/assets/stylesheets/*")
IMMUTABLE = {"Cache-Control": "public, max-age=31536000, immutable"}

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+=", re.IGNORECASE)

# Hooks -------------------------------------------------------------------------------------------


def with_policy(output: str, name: str) -> str:
    """The page with the policy placed first in <head>; fails on anything the policy would block."""
    if INLINE_SCRIPT.search(output) or EVENT_HANDLER.search(output):
        raise PluginError(f"{name}: inline script or event handler; the CSP allows neither")
    meta = (f'<meta http-equiv="Content-Security-Policy" content="{PAGE_POLICY}">'
            '<meta name="referrer" content="no-referrer">')
    charset = '<meta charset="utf-8">'
    if charset not in output:
        raise PluginError(f"{name}: no {charset} to place the policy after")
    return output.replace(charset, charset + meta, 1)  # before every script and style sheet


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output, page.file.src_path)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return with_policy(output_content, template_name) if template_name.endswith(".html") else output_content


def headers_file() -> str:
    """``_headers``: the full set for every path, then long caching for the content-hashed ones."""
    blocks = [("/*", HEADERS), *((path, IMMUTABLE) for path in IMMUTABLE_PATHS)]
    return "".join(f"{path}\n" + "".join(f"  {name}: {value}\n" for name, value in headers.items())
                   for path, headers in blocks)


Blocks = list[tuple[str, dict[str, str]]]


def read_headers_file(text: str) -> Blocks:
    """``_headers`` as (path pattern, headers) blocks, in order: a path line, then indented
    "Name: value" lines. Hosts that serve it (and the test and benchmark servers) read it so."""
    blocks: Blocks = []
    for line in text.splitlines():
        if line.startswith("/"):
            blocks.append((line.strip(), {}))
        elif line.startswith("  ") and ":" in line and blocks:
            name, value = line.strip().split(":", 1)
            blocks[-1][1][name] = value.strip()
    return blocks


def headers_for(blocks: Blocks, url_path: str) -> dict[str, str]:
    """Every block whose pattern matches the path (``*`` matches any characters), later ones adding."""
    found: dict[str, str] = {}
    for pattern, headers in blocks:
        if re.fullmatch(".*".join(re.escape(part) for part in pattern.split("*")), url_path):
            found.update(headers)
    return found


def on_post_build(config: MkDocsConfig) -> None:
    (Path(config.site_dir) / "_headers").write_text(headers_file(), encoding="utf-8")
