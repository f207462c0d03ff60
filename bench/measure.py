"""Browser measurements for the benchmark: Debian's Chromium driven by Playwright, one page load each.

Why this exists: every number the report shows comes from a real page load, with the timings taken
inside the page (``performance.now()`` from navigation start) and the bytes taken from the server's
own log of what it sent, so Playwright's round trips never enter a measurement.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.server import Sent, StaticHost

__all__ = ["PROFILES", "Browser", "bytes_by_type"]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 412, "height": 915}  # a common cheap Android phone, in CSS pixels
TIMEOUT_MS = 240_000
# CDP network emulation; None is the machine's own loopback (no throttling).
PROFILES: dict[str, dict | None] = {
    "normal": None,
    "slow": {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8},
}
TYPES = {".html": "html", "/": "html", ".css": "css", ".js": "js", ".mjs": "js", ".json": "json", ".wasm": "wasm",
         ".zip": "zip", ".svg": "image", ".png": "image", ".woff2": "font"}
# Injected before any page script: long tasks, worker start and readiness, the first answerable frame.
INSTRUMENT = """(() => {
  const bench = window.__bench = {
    longTasks: [], ready: null, runtimeReady: null, workerStarted: null, answerable: null, interactive: null,
    lastResult: null };
  const APP_INPUTS = "[data-dt-app] input[name=jawaban]";
  const ANSWERS = `${APP_INPUTS}, .dt-static-node:first-child .dt-static-options a`;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push(e.duration); })
    .observe({ type: "longtask", buffered: true });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      bench.workerStarted ??= performance.now();
      this.addEventListener("message", ({ data }) => {
        if (data && data.type === "ready") bench.ready ??= performance.now();
        // the last "start" before ready: Pyodide is loaded, our package is being imported
        if (data && data.phase === "start" && bench.ready === null) bench.runtimeReady = performance.now();
        if (data && data.type === "result") bench.lastResult = performance.now();
      });
    }
  };
  // Answerable: the first question's answers can be used, as static links (in the HTML, usable at
  // once) or as the app's inputs (once tool.js runs); interactive: the app's inputs only.
  const visible = (selector) => [...document.querySelectorAll(selector)].some((e) => e.checkVisibility());
  const poll = () => {
    const now = performance.now();
    if (bench.answerable === null && visible(ANSWERS)) bench.answerable = now;
    if (bench.interactive === null && visible(APP_INPUTS)) bench.interactive = now;
    const noTool = document.readyState !== "loading" && !document.querySelector("[data-dt-app]");
    if (bench.interactive === null && !noTool) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  if (window.__benchIntent) document.addEventListener("DOMContentLoaded", () => {
    const input = document.querySelector("[data-dt-app] input[name=jawaban]");
    if (input) input.focus();  // a reader who starts answering at once
  });
})();"""
INTENT = "window.__benchIntent = true;"
CONNECTION = """() => { const c = navigator.connection;
    return c && { effectiveType: c.effectiveType, downlink: c.downlink, rtt: c.rtt, saveData: c.saveData }; }"""


def bytes_by_type(log: list[Sent]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for sent in log:
        kind = next((name for suffix, name in TYPES.items() if sent.path.endswith(suffix)), "other")
        totals[kind] = totals.get(kind, 0) + sent.body_bytes
    return totals


class Browser:
    """Opens pages cold or warm, on a network profile, and returns what the page measured."""

    def __init__(self, playwright, host: StaticHost, base_url: str) -> None:
        self.playwright = playwright
        self.host = host
        self.base_url = base_url
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    def close(self) -> None:
        self.browser.close()

    def version(self) -> str:
        return self.browser.version

    @contextmanager
    def _page(self, profile: str, persistent: Path | None, intent: bool) -> Iterator:
        if persistent is None:  # a fresh incognito-like context: nothing cached
            context = self.browser.new_context(viewport=VIEWPORT)
        else:  # a real on-disk profile: the HTTP cache (and wasm code cache) survives a relaunch
            context = self.playwright.chromium.launch_persistent_context(
                str(persistent), executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport=VIEWPORT)
        context.add_init_script(script=(INTENT if intent else "") + INSTRUMENT)
        page = context.new_page()
        if PROFILES[profile]:
            context.new_cdp_session(page).send("Network.emulateNetworkConditions", PROFILES[profile])
        try:
            yield page
        finally:
            context.close()

    def load(self, path: str, profile: str, *, wait: str, persistent: Path | None = None,
             intent: bool = False) -> dict:
        """Load ``path`` and wait for ``wait`` ("ready", "answerable" or "idle"); the page's numbers and
        the server's log of this load."""
        self.host.take_log()
        with self._page(profile, persistent, intent) as page:
            page.goto(self.base_url + path, wait_until="commit", timeout=TIMEOUT_MS)
            if wait == "idle":
                page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
                page.wait_for_timeout(1000)  # anything fetched late (search index, idle prefetch)
            else:  # the awaited moment, or the tool giving up (its fallback shown)
                page.wait_for_function(f"""() => window.__bench.{wait} !== null
                    || document.querySelector("[data-dt-fallback]:not([hidden])") !== null""",
                                       timeout=TIMEOUT_MS, polling=50)
            # a page can be answerable before its first paint is reported: wait for that too
            page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length > 0",
                                   timeout=TIMEOUT_MS, polling=50)
            measured = page.evaluate("""() => ({ ...window.__bench,
                fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime ?? null,
                status: (document.querySelector("[data-dt-status]") || {}).textContent ?? null })""")
            measured["connection"] = page.evaluate(CONNECTION)
        measured["log"] = self.host.take_log()
        if wait != "idle" and measured[wait] is None:
            raise RuntimeError(f"{path} ({profile}): the tool gave up: {measured['status']!r}")
        return measured

    def cold_and_warm(self, path: str, profile: str, *, intent: bool = False) -> tuple[dict, dict]:
        """Python ready with an empty on-disk profile, then again after a relaunch on the same profile."""
        profile_dir = Path(tempfile.mkdtemp(prefix="bench-profile-"))
        try:
            cold = self.load(path, profile, wait="ready", persistent=profile_dir, intent=intent)
            warm = self.load(path, profile, wait="ready", persistent=profile_dir, intent=intent)
        finally:
            shutil.rmtree(profile_dir, ignore_errors=True)
        return cold, warm

    def steps(self, path: str, examples: list[list[list]]) -> list[dict]:
        """Answer-to-next-step times (ms) over every example of one tool, once Python is ready: from the
        submit to the frame after the next view is in the page (total), split at the worker's answer
        (worker: message, Python, message back; page: inserting the view until the next frame)."""
        with self._page("normal", None, intent=True) as page:
            page.goto(self.base_url + path)
            page.wait_for_function("() => window.__bench.ready !== null", timeout=TIMEOUT_MS, polling=50)
            return page.evaluate(STEP_DRIVER, examples)


STEP_DRIVER = """async (examples) => {
  const app = document.querySelector("[data-dt-app]");
  const next = () => new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(app, { childList: true });
  });
  const times = [];
  const timed = async (act) => {
    const shown = next();
    const start = performance.now();
    act();
    const end = await shown;
    const answered = window.__bench.lastResult;
    times.push({ total: end - start, worker: answered - start, page: end - answered });
  };
  for (const [number, answers] of examples.entries()) {
    if (number) { const shown = next(); app.querySelector("[data-dt-action=restart]").click(); await shown; }
    for (const [question, choice] of answers) {
      if (!app.querySelector(`[data-dt-node="${question}"]`)) throw new Error(`${question} is not shown`);
      const chosen = Array.isArray(choice) ? choice : [choice];
      for (const input of app.querySelectorAll("input[name=jawaban]")) input.checked = chosen.includes(input.value);
      await timed(() => app.querySelector("form").requestSubmit());
    }
    await timed(() => app.querySelector("[data-dt-action=confirm]").click());
    if (!app.querySelector("[data-dt-kind=result]")) throw new Error(`no result after example ${number}`);
  }
  return times;
}"""
