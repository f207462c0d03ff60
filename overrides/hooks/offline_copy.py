"""Build hook: the file list and the service worker for the opt-in offline copy ("Simpan untuk luring").

Why this exists: field workers in districts with poor connectivity need the whole site, tools and
Pyodide included, without a network. An offline copy is stored data, so nothing is stored until
the reader chooses it on the "Keamanan dan privasi" page; this hook only publishes what that
choice needs: ``offline-manifest.json`` (every file, its size, and a version) and ``sw.js`` at the
site root (a service worker that only answers from the copy the reader saved).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

HERE = Path(__file__).resolve().parent
SKIP_NAMES = {"_headers", "sw.js", "offline-manifest.json", "sitemap.xml", "sitemap.xml.gz"}
SKIP_SUFFIXES = {".br", ".gz", ".map"}


def offline_files(site: Path) -> list[dict[str, object]]:
    """Every file a reader may need offline, as the URL it is requested by and its size."""
    files = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = path.relative_to(site).as_posix()
        if path.name in SKIP_NAMES or path.suffix in SKIP_SUFFIXES:
            continue
        url = relative.removesuffix("index.html") if path.name == "index.html" else relative
        files.append({"url": url or "./", "bytes": path.stat().st_size})
    return files


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    files = offline_files(site)
    digest = hashlib.sha256()
    for entry in files:
        path = site / (str(entry["url"]) + ("index.html" if str(entry["url"]).endswith("/") else ""))
        digest.update(str(entry["url"]).encode() + (path.read_bytes() if path.is_file() else b""))
    manifest = {"version": digest.hexdigest()[:12], "bytes": sum(int(f["bytes"]) for f in files), "files": files}
    (site / "offline-manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    shutil.copy(HERE.parent / "assets" / "js" / "offline-sw.js", site / "sw.js")
