"""Privacy and safety over every built page: CSP, no off-origin anything, nothing stored, quick exit.

The promise: nothing about a case is stored, put in a URL, or sent anywhere, and reading the site
tells no third party anything. These tests prove it on every page, in the real browser, with the
site served with its own ``_headers`` (as a host that honours them would).
"""

from __future__ import annotations

import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from decision_tools import registry

pytestmark = pytest.mark.browser

EXIT_HOST = "www.bmkg.go.id"
PYODIDE_READY_MS = 180_000  # a bound for slow machines, not a performance check
TELEMETRY = re.compile(r"sendBeacon|google-analytics|googletagmanager|gtag\(|matomo|plausible|hotjar|fbq\(",
                       re.IGNORECASE)
CSP_WATCH = """window.__csp = []; document.addEventListener('securitypolicyviolation',
    (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


def pages(site_dir: Path) -> list[str]:
    """Every built HTML page as a path from the site root."""
    return sorted("/" + p.relative_to(site_dir).as_posix().removesuffix("index.html")
                  for p in site_dir.rglob("index.html") if "assets" not in p.parts)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "poster", "data") and value:
                self.urls.append((tag, value))


def test_every_page_carries_the_policy_and_no_inline_script(site_dir: Path):
    """Each page has the CSP meta (script-src 'self' only) and no-referrer, and no inline script."""
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "script-src 'self'\"" in html and '<meta name="referrer" content="no-referrer">' in html, page
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html), page


def test_static_scan_finds_no_off_origin_reference_or_telemetry(site_dir: Path):
    """No src/href/url()/import points off the origin (the quick-exit link excepted); no telemetry API."""
    offending = []
    for page in site_dir.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, url in parser.urls:
            host = urlparse(urljoin("http://127.0.0.1/", url)).hostname  # site_url is this machine in tests
            if host != "127.0.0.1" and urlparse(url).netloc != EXIT_HOST:
                offending.append(f"{page.relative_to(site_dir)}: <{tag}> {url}")
    own_assets = [*site_dir.glob("assets/js/*.js"), *site_dir.glob("assets/css/*.css"), *site_dir.rglob("*.html")]
    for asset in own_assets:
        text = asset.read_text(encoding="utf-8")
        offending += [f"{asset.name}: url({u})" for u in re.findall(r"url\(\s*['\"]?(https?:[^)'\"]+)", text)]
        offending += [f"{asset.name}: import {u}" for u in re.findall(r"import[\s(]*['\"](https?:[^'\"]+)", text)]
        offending += [f"{asset.name}: {m}" for m in TELEMETRY.findall(text)]
    for css in site_dir.glob("assets/stylesheets/*.css"):
        offending += [f"{css.name}: url({u})" for u in re.findall(r"url\(\s*['\"]?(https?:[^)'\"]+)", css.read_text())]
    assert offending == []


def test_headers_file_sets_the_full_policy(site_dir: Path):
    """_headers asks hosts for CSP (with frame-ancestors and only 'wasm-unsafe-eval'), no-referrer and the rest."""
    text = (site_dir / "_headers").read_text(encoding="utf-8")
    for needle in ("frame-ancestors 'none'", "script-src 'self' 'wasm-unsafe-eval';", "Referrer-Policy: no-referrer",
                   "X-Content-Type-Options: nosniff", "Permissions-Policy:", "Cross-Origin-Opener-Policy:",
                   "Cross-Origin-Resource-Policy:", "Strict-Transport-Security:"):
        assert needle in text
    assert "unsafe-inline" not in text and "'unsafe-eval'" not in text


def test_hosts_cache_only_the_content_hashed_files_for_a_year(site_dir: Path, base_url):
    """Served with its _headers, the hashed runtime, package and Material assets are immutable for a
    year; pages and our unhashed scripts are not, and every response keeps the security headers."""
    runtime = next((site_dir / "assets").glob("pyodide-*/pyodide.asm.wasm")).relative_to(site_dir)
    package = next((site_dir / "assets" / "py").glob("decision_tools-*.zip")).relative_to(site_dir)
    bundle = next((site_dir / "assets" / "javascripts").glob("bundle.*.min.js")).relative_to(site_dir)
    for path, immutable in ((runtime, True), (package, True), (bundle, True), ("alat/status-hukum/", False),
                            ("assets/js/tool.js", False), ("assets/css/site.css", False)):
        with urllib.request.urlopen(f"{base_url}/{path}") as response:
            cache = response.headers.get("Cache-Control") or ""
            assert ("immutable" in cache and "max-age=31536000" in cache) is immutable, path
            assert response.headers["X-Content-Type-Options"] == "nosniff", path


def test_visiting_every_page_sends_nothing_off_origin_stores_nothing_and_violates_no_policy(
        browser, base_url, site_dir):
    """Every page in one session: no request leaves 127.0.0.1, no CSP violation, no Referer off-site,
    and afterwards no cookie, storage, cache or service worker."""
    context = browser.new_context()
    context.add_init_script(CSP_WATCH)
    origin = urlparse(base_url).netloc
    leaked, violations = [], []
    context.on("request", lambda r: urlparse(r.url).netloc not in (origin, "") and leaked.append(r.url))
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    page = context.new_page()
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    for path in pages(site_dir):
        page.goto(base_url + path)
        violations += page.evaluate("window.__csp")
    assert leaked == [] and violations == []
    assert context.cookies() == []
    assert page.evaluate("""async () => [localStorage.length, sessionStorage.length,
        (await indexedDB.databases()).length, (await caches.keys()).length,
        (await navigator.serviceWorker.getRegistrations()).length]""") == [0, 0, 0, 0, 0]
    context.close()


@pytest.mark.parametrize("tree", list(registry.TREES.values()), ids=lambda t: t.id)
def test_tool_runs_under_the_strict_policy(browser, base_url, tree):
    """With the page CSP and the host headers, Pyodide still runs in its worker and nothing is violated."""
    context = browser.new_context()
    context.add_init_script(CSP_WATCH)
    page = context.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    page.goto(f"{base_url}/alat/{tree.slug}/")
    example = tree.examples[0]
    page.click(f"[data-dt-example={example.id}]")
    page.wait_for_selector("[data-dt-app] [data-dt-kind=summary]", timeout=PYODIDE_READY_MS)
    page.click("[data-dt-app] [data-dt-action=confirm]")
    page.wait_for_selector("[data-dt-app] [data-dt-kind=result]")
    assert page.evaluate("window.__csp") == []
    assert not [m for m in messages if "Content Security Policy" in m]
    context.close()


def test_quick_exit_on_every_page(browser, base_url, site_dir):
    """Quick exit: on every page, the second focusable element, visible at 320 px after scrolling to the
    end, and hidden when printed."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    problems = []
    for path in pages(site_dir):
        page.goto(base_url + path)
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        if not page.evaluate("document.activeElement.hasAttribute('data-qe-link')"):
            problems.append(f"{path}: not the second focusable element")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        box = page.locator("[data-qe-link]").bounding_box()
        if not box or box["y"] < 0 or box["y"] + box["height"] > 640 or not page.is_visible("[data-qe-link]"):
            problems.append(f"{path}: not visible after scrolling")
        page.emulate_media(media="print")
        if page.is_visible("[data-qe-link]"):
            problems.append(f"{path}: visible in print")
        page.emulate_media(media="screen")
    assert problems == []
    context.close()


def test_quick_exit_sends_no_referer(browser, base_url):
    """Leaving through quick exit tells the neutral site nothing about where the reader came from."""
    context = browser.new_context()
    seen = {}

    def exit_route(route):
        seen["referer"] = route.request.headers.get("referer")
        route.fulfill(status=200, content_type="text/html", body="<p>Cuaca</p>")

    context.route(f"https://{EXIT_HOST}/**", exit_route)
    page = context.new_page()
    page.goto(f"{base_url}/standar/")
    page.click("[data-qe-link]")
    page.wait_for_url(f"https://{EXIT_HOST}/**")
    assert seen == {"referer": None}
    context.close()
