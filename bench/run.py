"""``make bench``: build the site, serve it like a real static host, measure it in Chromium, report.

Why this exists: "fast on a cheap phone on slow data" is a claim about bytes and waiting, so it is
measured, never asserted with timers in tests. Each measurement is taken side by side with a
reference in the same run (see bench/pages.py), on the machine's loopback ("normal") and on CDP
network emulation of a slow mobile link ("slow": 1.6 Mbps down, 750 kbps up, 150 ms).

    make bench                       # or: .venv/bin/python -m bench.run
    BENCH_RUNS=5 make bench          # more runs per measurement (default 3)

Writes bench/report/report.json and bench/report/report.md, and prints the table.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import report as reporting  # noqa: E402
from bench.measure import PROFILES, Browser, bytes_by_type  # noqa: E402
from bench.pages import THEMED, browser_runtime, write_references  # noqa: E402
from bench.server import Sent, serve  # noqa: E402
from decision_tools import registry  # noqa: E402
from tests.conftest import build_site  # noqa: E402

OUT = Path(os.environ.get("BENCH_OUT", ROOT / "bench" / "report"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SEARCH_BYTES = ROOT / "bench" / "search_bytes.py"
CONFIG = re.compile(r'<script type="application/json" data-dt-config>(.*?)</script>', re.S)


def build(site: Path) -> dict:
    """Time the full strict build (PDFs, search index, runtime included)."""
    warm = all(browser_runtime.cache_path(data, ".br").is_file() for data in browser_runtime.payload().files().values())
    start = time.perf_counter()
    result = build_site(site)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"the build failed:\n{result.stderr}")
    note = "precompressed runtime cached" if warm else "includes the one-time brotli-11 of the runtime"
    return {"seconds": round(seconds, 2), "note": note}


def url_of(site: Path, page: Path) -> str:
    path = page.parent.relative_to(site).as_posix()
    return "/" if path == "." else f"/{path}/"


def pages(site: Path) -> tuple[dict[str, str], str]:
    """Content pages to measure (the home page and the largest one) and the largest tool page."""
    sizes = {p: p.stat().st_size for p in site.rglob("index.html") if p.parent != site / "404"}
    tools = [p for p in sizes if "data-dt-tool" in p.read_text(encoding="utf-8")]
    largest = url_of(site, max((p for p in sizes if p not in tools), key=sizes.__getitem__))
    return {"home": "/", f"largest ({largest})": largest}, url_of(site, max(tools, key=sizes.__getitem__))


def sent_under(log: list[Sent], prefix: str) -> int:
    return sum(s.body_bytes for s in log if s.path.startswith(prefix))


def content_pages(browser: Browser, urls: dict[str, str]) -> dict:
    out: dict = {}
    for profile in PROFILES:
        for name, url in urls.items():
            loads = [browser.load(url, profile, wait="idle") for _ in range(RUNS)]
            kinds = bytes_by_type(loads[0]["log"])
            out.setdefault(profile, {})[name] = {
                "bytes_by_type": kinds, "total_bytes": sum(kinds.values()), "js_bytes": kinds.get("js", 0),
                "fcp_ms": reporting.median([load["fcp"] for load in loads]),
                "pyodide_requests": sum("pyodide" in s.path or s.path.endswith(".zip") for s in loads[0]["log"])}
    return out


def shown(load: dict) -> float:
    """When the first question could be seen and used: its answers are laid out as visible, and the
    page has painted (a page may lay them out well before its first paint)."""
    return max(load["answerable"], load["fcp"])


def first_question(browser: Browser, tool: str) -> tuple[dict, dict]:
    out, strategy = {}, {}
    plain = f"/__bench/plain/{tool.strip('/').split('/')[-1]}.html"
    themed = f"{tool}{THEMED}"
    for profile in PROFILES:
        runs = [(browser.load(tool, profile, wait="interactive"), browser.load(plain, profile, wait="interactive"),
                 browser.load(themed, profile, wait="answerable")) for _ in range(RUNS)]
        out[profile] = {"page": tool, "tool_ms": reporting.median([shown(t) for t, _, _ in runs]),
                        "plain_ms": reporting.median([shown(p) for _, p, _ in runs]),
                        "themed_ms": reporting.median([shown(s) for _, _, s in runs]),
                        "ratio": reporting.median([shown(t) / shown(p) for t, p, _ in runs]),
                        "themed_ratio": reporting.median([shown(t) / shown(s) for t, _, s in runs]),
                        "tool_interactive_ms": reporting.median([t["interactive"] for t, _, _ in runs]),
                        "tool_fcp_ms": reporting.median([t["fcp"] for t, _, _ in runs]),
                        "plain_fcp_ms": reporting.median([p["fcp"] for _, p, _ in runs]),
                        "themed_fcp_ms": reporting.median([s["fcp"] for _, _, s in runs])}
        strategy[profile] = {"connection": runs[0][0]["connection"], "status": runs[0][0]["status"],
                             "download_before_intent": runs[0][0]["workerStarted"] is not None}
    return out, strategy


def python_ready(browser: Browser, tool: str, runtime: str, package: str) -> tuple[dict, dict, dict]:
    ready: dict = {}
    tasks: list[float] = []
    loads = 0
    payload: dict = {}
    for profile in PROFILES:
        rows: dict[str, list] = {"cold": [], "warm": []}
        for _ in range(RUNS):
            ours = browser.cold_and_warm(tool, profile, intent=True)
            bare = browser.cold_and_warm(f"/__bench/bare.html?runtime={runtime}", profile)
            npm = browser.cold_and_warm("/__bench/bare.html?runtime=/__bench/npm/", profile)
            for state in (0, 1):
                rows[("cold", "warm")[state]].append((ours[state], bare[state], npm[state]))
            for load in ours:
                tasks += load["longTasks"]
                loads += 1
            payload = {"ours_runtime_bytes": sent_under(ours[0]["log"], runtime),
                       "ours_package_bytes": sent_under(ours[0]["log"], package),
                       "bare_runtime_bytes": sent_under(bare[0]["log"], runtime),
                       "npm_runtime_bytes": sent_under(npm[0]["log"], "/__bench/npm/")}
        ready[profile] = {state: {
            "tool_ms": reporting.median([o["ready"] for o, _, _ in triples]),
            "bare_ms": reporting.median([b["ready"] for _, b, _ in triples]),
            "npm_ms": reporting.median([n["ready"] for _, _, n in triples]),
            "ratio": reporting.median([o["ready"] / b["ready"] for o, b, _ in triples]),
            "package_import_ms": reporting.median([o["ready"] - o["runtimeReady"] for o, _, _ in triples]),
            "worker_start_ms": reporting.median([o["workerStarted"] for o, _, _ in triples]),
            "bare_worker_start_ms": reporting.median([b["workerStarted"] for _, b, _ in triples]),
            "runtime_ms": reporting.median([o["runtimeReady"] - o["workerStarted"] for o, _, _ in triples]),
            "bare_runtime_ms": reporting.median([b["ready"] - b["workerStarted"] for _, b, _ in triples]),
        } for state, triples in rows.items()}
    long_tasks = {"max_ms": max(tasks, default=0.0), "count_over_50": len(tasks), "loads": loads}
    return ready, long_tasks, payload


def steps(browser: Browser) -> dict:
    times: list[dict] = []
    for tree in registry.TREES.values():
        examples = [[[q, c if isinstance(c, str) else list(c)] for q, c in e.answers] for e in tree.examples]
        times += browser.steps(f"/alat/{tree.slug}/", examples)
    total, worker, page = ([t[key] for t in times] for key in ("total", "worker", "page"))
    return {"count": len(times), "p50_ms": reporting.percentile(total, 0.5),
            "p95_ms": reporting.percentile(total, 0.95), "max_ms": max(total),
            "worker_p50_ms": reporting.percentile(worker, 0.5), "worker_p95_ms": reporting.percentile(worker, 0.95),
            "page_p50_ms": reporting.percentile(page, 0.5), "page_p95_ms": reporting.percentile(page, 0.95)}


def search(base_url: str) -> dict:
    if not SEARCH_BYTES.is_file():
        return {"summary": "bench/search_bytes.py does not exist yet: skipped."}
    spec = importlib.util.spec_from_file_location("bench.search_bytes", SEARCH_BYTES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    numbers = module.measure(base_url)
    return {**numbers, "summary": json.dumps(numbers, ensure_ascii=False)}


def main() -> None:
    from playwright.sync_api import sync_playwright

    site = OUT / "site"
    built = build(site)
    content_urls, tool = pages(site)
    config = json.loads(CONFIG.search((site / tool.strip("/") / "index.html").read_text(encoding="utf-8"))
                        .group(1).replace("<\\/", "</"))
    runtime, package = (urlsplit(urljoin(f"http://site{tool}", config[key])).path for key in ("runtime", "package"))
    write_references(site, OUT / "reference", [t.slug for t in registry.TREES.values()])
    with serve({"/__bench/": OUT / "reference", "/": site}) as (base_url, host), sync_playwright() as playwright:
        browser = Browser(playwright, host, base_url)
        try:
            report: dict = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                            "chromium": browser.version(), "runs": RUNS, "build": built}
            report["content"] = content_pages(browser, content_urls)
            report["first_question"], strategy = first_question(browser, tool)
            report["python_ready"], report["long_tasks"], payload = python_ready(browser, tool, runtime, package)
            report["steps"] = steps(browser)
            report["search"] = search(base_url)
        finally:
            browser.close()
    payload["stated_bytes"] = config["downloadBytes"]
    payload["ratio"] = payload["ours_runtime_bytes"] / payload["npm_runtime_bytes"]
    report["payload"] = payload
    slow = strategy["slow"]
    report["strategy"] = {**strategy, "summary": (
        f"navigator.connection {slow['connection']}; download started before any answer: "
        f"{'yes' if slow['download_before_intent'] else 'no'}; status shown: {slow['status']!r}")}
    report["targets"] = reporting.targets(report)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    text = reporting.table(report)
    (OUT / "report.md").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
