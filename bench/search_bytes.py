"""What searching costs in bytes: Pagefind's first and second query, next to Material's search index.

Why this exists: the site replaced Material's lunr search, whose one index file every searcher
downloads, with Pagefind, which fetches small index chunks for the words searched. This measures
both on the same pages so the claim is a number. The benchmark harness (bench/run.py) calls
``measure(base_url)`` on the site it serves; run alone, it serves a fresh build itself:

    .venv/bin/python bench/search_bytes.py

Bytes are what the browser received (compressed as the host sent them) for the requests that a
query caused: Pagefind's script, worker, WebAssembly, index chunks and result fragments, and the
synonym list. Material's index is built once with its ``search`` plugin into a temporary directory.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import brotli

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
QUERIES = ("didampingi", "sextortion")  # an inflected word, then a loanword expanded by the synonym list
START_PAGE = "/standar/"
# Run in a child process: a build with Material's search plugin, to weigh the index it would ship.
MATERIAL_BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config("mkdocs.yml", plugins=["search"], site_dir=sys.argv[1]))
"""

__all__ = ["QUERIES", "material_index", "measure"]


def sizes(data: bytes) -> dict[str, int]:
    return {"raw": len(data), "gzip": len(gzip.compress(data, 9)), "brotli": len(brotli.compress(data, quality=11))}


def material_index() -> dict[str, dict[str, int]]:
    """Material's search index (and its lunr worker) for the same pages, raw, gzip -9 and brotli 11."""
    with tempfile.TemporaryDirectory(prefix="material-search-") as site:
        result = subprocess.run([sys.executable, "-c", MATERIAL_BUILD, site], cwd=ROOT, capture_output=True, text=True,
                                env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}, timeout=900)
        if result.returncode:
            raise RuntimeError(f"the build with Material's search plugin failed:\n{result.stderr[-2000:]}")
        index = Path(site) / "search" / "search_index.json"
        worker = next((Path(site) / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
        return {"search_index.json": sizes(index.read_bytes()), worker.name: sizes(worker.read_bytes())}


def _browser_queries(base_url: str) -> dict:
    """Fresh browser profile; the bytes each query causes, from the page's own request log."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 412, "height": 915})
            finished: list = []
            context.on("requestfinished", lambda request: finished.append(request))
            page = context.new_page()
            page.goto(base_url.rstrip("/") + START_PAGE, wait_until="networkidle")
            on_every_page = {urlsplit(r.url).path: r.sizes()["responseBodySize"] for r in finished
                             if urlsplit(r.url).path.endswith("/search.js")}
            page.click("[data-search-open]")  # a phone: the search box opens from the header button
            queries = []
            for query in QUERIES:
                finished.clear()
                page.fill("[data-search-input]", query)
                page.wait_for_selector("[data-search-list][aria-busy=false]", state="attached")
                page.wait_for_load_state("networkidle")
                paths = [urlsplit(r.url).path for r in finished]
                queries.append({
                    "query": query,
                    "requests": len(finished),
                    "bytes": sum(r.sizes()["responseBodySize"] for r in finished),
                    "index_chunks": sum(p.startswith("/pagefind/index/") for p in paths),
                    "fragments": sum(p.startswith("/pagefind/fragment/") for p in paths),
                    "results": page.locator("[data-search-list] > .md-search-result__item").count(),
                })
            return {"on_every_page": on_every_page, "queries": queries}
        finally:
            browser.close()


def measure(base_url: str) -> dict:
    """Bytes for a first and a second query with Pagefind, beside Material's monolithic index."""
    with ThreadPoolExecutor(max_workers=1) as pool:  # Playwright's sync API wants a thread of its own
        browser_numbers = pool.submit(_browser_queries, base_url).result()
    material = material_index()
    first, second = browser_numbers["queries"]
    index = material["search_index.json"]
    return {
        "pagefind_first_query_bytes": first["bytes"],
        "pagefind_second_query_bytes": second["bytes"],
        "material_index_bytes": index,
        "material_first_query_bytes_brotli": sum(entry["brotli"] for entry in material.values()),
        "search_glue_on_every_page_bytes": browser_numbers["on_every_page"],
        "queries": browser_numbers["queries"],
        "material": material,
        "note": "Pagefind bytes as received from the host (compressed as it sent them); Material sizes are "
                "the files themselves, raw / gzip -9 / brotli 11, index plus its lunr worker.",
    }


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.server import serve
    from tests.conftest import build_site

    with tempfile.TemporaryDirectory(prefix="search-bytes-") as tmp:
        site = Path(tmp) / "site"
        result = build_site(site)
        if result.returncode:
            raise SystemExit(f"the build failed:\n{result.stderr}")
        with serve({"/": site}) as (base_url, _host):
            print(json.dumps(measure(base_url), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
