"""Which stdlib modules the tools import in Pyodide: the source of overrides/hooks/stdlib_allowlist.txt.

Why this exists: the build ships only the allowed stdlib modules, so the list must be exactly what
runs. This runs tool-worker.js's own ``init()`` in Chromium with the *full* npm stdlib (routed in
place of the trimmed one), imports every module of our published package, sends every request the tools can
make (each step of every example, the summary, the result, back, nothing chosen, typed dates, bad
input) through ``decision_tools.browser.handle``, lets a Python error cross into JavaScript (error
paths must work too), and lists the ``sys.modules`` entries loaded from the stdlib zip.
tests/test_payload.py runs the same trace and fails when the allow-list differs from it.

    .venv/bin/python -m bench.stdlib_trace     # builds the site, traces, rewrites the allow-list
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from browser_runtime import browser_modules, module_name  # noqa: E402

from decision_tools import registry  # noqa: E402
from decision_tools.derive import DERIVERS  # noqa: E402
from decision_tools.model import Question  # noqa: E402

__all__ = ["ALLOWLIST", "allowlist_text", "requests", "trace"]

ALLOWLIST = ROOT / "overrides" / "hooks" / "stdlib_allowlist.txt"
NPM_STDLIB = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
HARNESS = "__trace__/worker.js"
# Runs in the harness worker after init(): no import of its own, so it adds nothing to sys.modules.
HARNESS_JS = """
import { init } from "%(worker)s";
self.onmessage = async ({ data }) => {
  try {
    const pyodide = await init(data);
    for (const name of data.modules) pyodide.pyimport(name);
    const handle = pyodide.pyimport("decision_tools.browser").handle;
    for (const request of data.requests) handle(request);
    try { pyodide.runPython("raise RuntimeError('trace')"); } catch { /* expected: the error path itself */ }
    const loaded = pyodide.runPython(
      "[(n, getattr(m, '__file__', None)) for n, m in list(__import__('sys').modules.items())]");
    const path = pyodide.runPython("__import__('sys').path").toJs();
    self.postMessage({ type: "traced", loaded: loaded.toJs(), path });
  } catch (error) {
    self.postMessage({ type: "traced", error: String(error) });
  }
};
"""


def requests() -> list[str]:
    """Every kind of request the page sends, for every tree (JSON strings, as tool.js sends them)."""
    out: list[str] = ["{", json.dumps({"tree": "tidak-ada"})]
    for tree in registry.TREES.values():
        def ask(answers: list, **extra: object) -> None:
            out.append(json.dumps({"tree": tree.id, "answers": answers, "base": "../../", "remembered": {},  # noqa: B023
                                   "today": "2026-06-01", **extra}))

        for example in tree.examples:
            answers = [[q, c if isinstance(c, str) else list(c)] for q, c in example.answers]
            for end in range(len(answers) + 1):
                ask(answers[:end])
            ask(answers, confirm=True)
            ask([], example=example.id)
        for node in tree.questions:
            ask([[node.id, None]])
            if isinstance(node, Question) and node.derive:
                fields = [name for name, _ in DERIVERS[node.derive].fields]
                ask([[node.id, dict(zip(fields, ["2012-06-01", "2026-06-01"], strict=False))]])
                ask([[node.id, {name: "bukan-tanggal" for name in fields}]])
    return out


def package_modules() -> list[str]:
    """Every module of the published package (only what the browser imports is published)."""
    names = (path.relative_to(ROOT).with_suffix("").parts for path in browser_modules())
    return sorted(".".join(parts[:-1] if parts[-1] == "__init__" else parts) for parts in names)


def trace(context, base_url: str) -> list[str]:
    """Stdlib modules imported in Pyodide, traced in a Playwright ``context`` against a built site."""
    tool = f"{base_url}/alat/{next(iter(registry.TREES.values())).slug}/"
    island = re.search(r"<script type=\"application/json\" data-dt-config>(.*?)</script>",
                       context.request.get(tool).text(), re.S)
    config = json.loads(island.group(1).replace("<\\/", "</"))
    runtime, package = urljoin(tool, config["runtime"]), urljoin(tool, config["package"])
    worker = urljoin(tool, config["worker"])
    context.route(f"{runtime}python_stdlib.zip", lambda route: route.fulfill(path=NPM_STDLIB))
    context.route(f"{base_url}/{HARNESS}", lambda route: route.fulfill(
        content_type="text/javascript", body=HARNESS_JS % {"worker": worker}))
    page = context.new_page()
    page.goto(f"{base_url}/")  # a content page: the same origin, and no tool starting on its own
    result = page.evaluate("""([url, message]) => new Promise((resolve) => {
        const worker = new Worker(url, { type: "module" });
        worker.onmessage = ({ data }) => { if (data.type === "traced") resolve(data); };
        worker.onerror = (event) => resolve({ error: event.message || "worker failed to load" });
        worker.postMessage(message);
    })""", [f"{base_url}/{HARNESS}", {"type": "init", "runtimeURL": runtime, "packageURL": package,
                                      "modules": package_modules(), "requests": requests()}])
    page.close()
    if "error" in result:
        raise RuntimeError(f"trace failed in Pyodide: {result['error']}")
    zips = [entry for entry in result["path"] if entry.endswith(".zip") and "decision_tools" not in entry]
    if len(zips) != 1:
        raise RuntimeError(f"expected one stdlib zip on sys.path, found {zips}")
    prefix = zips[0] + "/"
    files = {file.removeprefix(prefix) for _, file in result["loaded"] if file and file.startswith(prefix)}
    return sorted({name for file in files if (name := module_name(file))})


def allowlist_text(modules: list[str]) -> str:
    header = ("# Stdlib modules published in python_stdlib.zip (overrides/hooks/browser_runtime.py).\n"
              "# Generated by `.venv/bin/python -m bench.stdlib_trace`; tests/test_payload.py checks it.\n")
    return header + "".join(f"{name}\n" for name in modules)


def main() -> None:
    from playwright.sync_api import sync_playwright

    from bench.server import serve
    from tests.conftest import CHROMIUM, CHROMIUM_ARGS, build_site

    with tempfile.TemporaryDirectory() as directory:
        site = Path(directory) / "site"
        result = build_site(site)
        if result.returncode:
            raise SystemExit(result.stderr)
        with serve({"/": site}) as (base_url, _), sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            modules = trace(browser.new_context(), base_url)
            browser.close()
    ALLOWLIST.write_text(allowlist_text(modules), encoding="utf-8")
    print(f"{ALLOWLIST.relative_to(ROOT)}: {len(modules)} modules")


if __name__ == "__main__":
    main()
