"""The reference pages the benchmark measures our pages against, written next to the built site.

Why this exists: absolute times on a shared 2-core machine are noise; ratios against a reference
loaded side by side in the same run are not. Four references:

- ``plain/<slug>.html``: the tool page with every stylesheet and script removed and the first
  question shown, padded to the same byte size: how fast a page of this size can be answerable;
- ``/alat/<slug>/tanpa-alat.html`` (written into the site, next to the tool page, so every relative
  link still works): the same page without the tool's script: a content page of the same size with
  the site's own styles and scripts. Against it, the ratio is what the tool itself adds;
- ``bare.html?runtime=<url>``: a page whose module worker only calls ``loadPyodide()`` on the given
  runtime folder, nothing else: our own overhead is what the tool page adds to it;
- ``npm/``: the unmodified npm runtime files with brotli/gzip siblings (brotli 11, like ours), for the
  bare page: what the payload would cost without this project's repacking and trimming.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

import browser_runtime  # noqa: E402

__all__ = ["write_references"]

BARE_HTML = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Pyodide saja</title></head>
<body><p>Pyodide saja: loadPyodide() dalam module worker.</p>
<script type="module">
  const runtime = new URL(new URLSearchParams(location.search).get("runtime"), location.href).href;
  new Worker("bare-worker.js", { type: "module" }).postMessage({ runtime });
</script></body></html>
"""
BARE_WORKER = """self.onmessage = async ({ data }) => {
  const { loadPyodide } = await import(`${data.runtime}pyodide.mjs`);
  await loadPyodide({ indexURL: data.runtime });
  self.postMessage({ type: "ready" });
};
"""
TOOL_SCRIPT = re.compile(r'<script type="module" async src="[./]*assets/js/tool\.js"></script>')
THEMED = "tanpa-alat.html"
EXTERNAL = re.compile(r"<script\b[^>]*>.*?</script>|<link\b[^>]*rel=\"?(?:stylesheet|preload|modulepreload)[^>]*>"
                      r"|<style\b[^>]*>.*?</style>", re.S)


def plain_page(tool_html: str, base: str) -> str:
    """The tool page without stylesheets or scripts, first question shown, padded to the same size
    with what was removed (in a comment, so it compresses alike); ``base`` keeps images working."""
    removed = EXTERNAL.findall(tool_html)
    html = EXTERNAL.sub("", tool_html).replace("data-dt-app hidden", "data-dt-app", 1)
    html = html.replace("<head>", f'<head><base href="{base}">', 1)
    padding = "".join(removed).replace("--", "- -")
    return html.replace("</body>", f"<!--{padding}--></body>", 1)


def themed_page(tool_html: str) -> str:
    """The tool page without its script (everything else as built)."""
    html, found = TOOL_SCRIPT.subn("", tool_html)
    if found != 1:
        raise ValueError("the tool page should load tool.js exactly once")
    return html


def write_references(site: Path, target: Path, tool_slugs: list[str]) -> None:
    """Write every reference page into ``target`` (served at /__bench/), and the themed one into the site."""
    if target.exists():
        shutil.rmtree(target)
    (target / "plain").mkdir(parents=True)
    (target / "bare.html").write_text(BARE_HTML, encoding="utf-8")
    (target / "bare-worker.js").write_text(BARE_WORKER, encoding="utf-8")
    for slug in tool_slugs:
        tool_html = (site / "alat" / slug / "index.html").read_text(encoding="utf-8")
        (target / "plain" / f"{slug}.html").write_text(plain_page(tool_html, f"/alat/{slug}/"), encoding="utf-8")
        (site / "alat" / slug / THEMED).write_text(themed_page(tool_html), encoding="utf-8")
    npm = {f"npm/{name}": (browser_runtime.PYODIDE_DIR / name).read_bytes() for name in browser_runtime.RUNTIME_FILES}
    browser_runtime.publish(target, npm)
