"""Accessibility (WCAG 2.2 AA) in the real browser: axe-core over every page and every tool state, at
320 px and 1280 px, light and dark; reflow, text spacing, and focus never hidden behind fixed parts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

from decision_tools import registry

pytestmark = pytest.mark.browser

AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WCAG22_RULE = "target-size"  # a WCAG 2.2 AA rule: proves the 2.2 rules really ran
VIEWS = [(320, "light"), (1280, "dark"), (320, "dark"), (1280, "light")]
READY_MS = 180_000  # a bound for slow machines, not a performance check


def pages(site_dir: Path) -> list[str]:
    return sorted("/" + p.relative_to(site_dir).as_posix().removesuffix("index.html")
                  for p in site_dir.rglob("index.html") if "assets" not in p.parts)


def axe(page, where: str) -> list[str]:
    """Run axe on the current page state; one line per violation and node."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=AXE)
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    ran = {r["id"] for key in ("passes", "violations", "incomplete", "inapplicable") for r in result[key]}
    assert WCAG22_RULE in ran, "the WCAG 2.2 rules did not run"
    return [f"{where}: {v['id']} ({v['impact']}): {n['target']} {n['failureSummary'][:160]}"
            for v in result["violations"] for n in v["nodes"]]


def new_page(browser, width: int, scheme: str, **options):
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme,
                                  bypass_csp=True, **options)  # bypass only to inject axe itself
    return context, context.new_page()


# The scheme of the page at every frame until the first contentful paint.
FRAME_SCHEMES = """window.__schemes = [];
const tick = () => {
  if (document.body) window.__schemes.push(document.body.dataset.mdColorScheme);
  if (!performance.getEntriesByName("first-contentful-paint").length) requestAnimationFrame(tick);
};
requestAnimationFrame(tick);"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_follows_the_device_colour_scheme(browser, base_url, scheme):
    """A device set to dark gets Material's dark scheme (dark background, light text), not only the
    attribute: the axe passes in "dark" are worth nothing if the page stays light. Print is light."""
    context, page = new_page(browser, 1280, scheme)
    context.add_init_script(FRAME_SCHEMES)
    page.goto(f"{base_url}/standar/")
    page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
    painted = set(page.evaluate("window.__schemes"))
    attribute, background, text = page.evaluate("""() => {
        const style = getComputedStyle(document.body);
        const luminance = (colour) => { const [r, g, b] = colour.match(/[\\d.]+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; };
        return [document.body.dataset.mdColorScheme, luminance(style.backgroundColor), luminance(style.color)];
    }""")
    page.emulate_media(media="print")  # paper is always light
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'", timeout=5_000)
    context.close()
    assert attribute == ("slate" if scheme == "dark" else "default")
    assert painted == {attribute}, "no frame may be drawn in the other scheme first"
    if scheme == "dark":
        assert background < 0.25 < text
    else:
        assert text < 0.25 < background


# Both widths and both schemes, in two passes over every page (the four-way product costs twice the
# time in CI for little more coverage: colours do not depend on width, layout does not depend on scheme).
@pytest.mark.parametrize(("width", "scheme"), VIEWS[:2], ids=lambda v: str(v))
def test_every_page_has_no_axe_violation(browser, base_url, site_dir, width, scheme):
    """axe with the WCAG 2.0–2.2 A/AA and best-practice tags finds nothing on any built page."""
    context, page = new_page(browser, width, scheme)
    found = []
    for path in pages(site_dir):
        page.goto(base_url + path)
        found += axe(page, path)
    context.close()
    assert found == []


# Each tool in one view, the views taken in turn so that every width and scheme is covered; the first
# tool in all four.
TOOL_VIEWS = [(tree, VIEWS[i % 4]) for i, tree in enumerate(registry.TREES.values())] + [
    (registry.TREES["penanganan_awal"], view) for view in VIEWS[1:]]


@pytest.mark.parametrize(("tree", "view"), TOOL_VIEWS, ids=lambda v: getattr(v, "id", str(v)))
def test_every_tool_state_has_no_axe_violation(browser, base_url, tree, view):
    """Every question of every example path, the error state, the summary, the result and its print view."""
    width, scheme = view
    context, page = new_page(browser, width, scheme)
    page.goto(f"{base_url}/alat/{tree.slug}/")
    found = axe(page, "first question")
    page.click("[data-dt-app] .dt-continue")
    page.wait_for_selector("[data-dt-error-summary]", timeout=READY_MS)
    found += axe(page, "error")
    seen = set()
    for example in tree.examples:
        if page.is_visible("[data-dt-app] [data-dt-action=restart]"):
            page.click("[data-dt-app] [data-dt-action=restart]")
        for question_id, choice in example.answers:
            page.wait_for_selector(f"[data-dt-app] [data-dt-node={question_id}]", timeout=READY_MS)
            if question_id not in seen:
                seen.add(question_id)
                found += axe(page, question_id)
            for option in ([choice] if isinstance(choice, str) else choice):
                page.check(f"[data-dt-app] input[value={option}]")
            page.click("[data-dt-app] .dt-continue")
        page.wait_for_selector("[data-dt-app] [data-dt-kind=summary]")
        if example is tree.examples[0]:
            found += axe(page, "summary")
        page.click("[data-dt-app] [data-dt-action=confirm]")
        page.wait_for_selector("[data-dt-app] [data-dt-kind=result]")
        found += axe(page, f"result {example.outcome}")
        if example is tree.examples[0]:
            page.emulate_media(media="print")
            page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")  # paper is light
            found += axe(page, "print")
            page.emulate_media(media="screen")
    context.close()
    assert found == []


@pytest.mark.parametrize(("width", "scheme"), VIEWS[:2], ids=lambda v: str(v))
def test_fallback_and_static_form_have_no_axe_violation(browser, base_url, width, scheme):
    """The Pyodide-failed fallback and the no-JavaScript static form."""
    found = []
    context, page = new_page(browser, width, scheme)
    context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(f"{base_url}/alat/penanganan-awal/")
    page.wait_for_selector("[data-dt-fallback]:visible", timeout=READY_MS)
    found += axe(page, "fallback")
    context.close()
    context, page = new_page(browser, width, scheme)
    context.route("**/assets/js/tool.js", lambda route: route.abort())  # the tool as it is without JavaScript
    for tree in registry.TREES.values():
        page.goto(f"{base_url}/alat/{tree.slug}/")
        found += axe(page, f"static {tree.id}")
    context.close()
    assert found == []


def test_no_horizontal_scrolling_at_320_px(browser, base_url, site_dir):
    """Reflow (WCAG 1.4.10): no page scrolls sideways at 320 px; wide tables scroll in their own box."""
    context, page = new_page(browser, 320, "light")
    wide = []
    for path in pages(site_dir):
        page.goto(base_url + path)
        if page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth"):
            wide.append(path)
    context.close()
    assert wide == []


TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"""
CLIPPED = """() => [...document.querySelectorAll('body *')].filter((e) => {
    const style = getComputedStyle(e);
    if (!e.innerText || style.display === 'none' || style.visibility === 'hidden') return false;
    const clips = ['hidden', 'clip'].includes(style.overflowY) || ['hidden', 'clip'].includes(style.overflowX);
    return clips && (e.scrollHeight > e.clientHeight + 2 || e.scrollWidth > e.clientWidth + 2)
        && !e.closest('.md-sidebar, .md-nav, .md-search, .md-header__topic, .dt-visually-hidden, .md-tooltip, '
                      + '.md-ellipsis');  // Material's deliberate one-line ellipsis (full text in the title)
}).map((e) => e.tagName + '.' + e.className).slice(0, 5)"""


def test_text_spacing_clips_no_text(browser, base_url, site_dir):
    """Text spacing (WCAG 1.4.12): with the spacing overrides injected, no visible text is clipped."""
    context, page = new_page(browser, 320, "light")
    clipped = {}
    for path in pages(site_dir)[::3] + ["/alat/penanganan-awal/"]:
        page.goto(base_url + path)
        page.add_style_tag(content=TEXT_SPACING)
        if found := page.evaluate(CLIPPED):
            clipped[path] = found
    context.close()
    assert clipped == {}


FOCUS_VISIBLE = """() => [...document.querySelectorAll('[data-dt-app] a, [data-dt-app] button, [data-dt-app] input')]
    .filter((e) => e.offsetParent !== null).map((e) => {
        e.focus();
        const r = e.getClientRects()[0];  // a link that wraps: its first line box
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return (top === e || e.contains(top) || (top && top.htmlFor === e.id)) ? null
            : (e.id || e.textContent.trim()) + ' under ' + (top ? top.className : 'nothing');
    }).filter(Boolean)"""


@pytest.mark.parametrize("width", [320, 1280])
def test_focus_is_never_hidden_behind_the_header_or_quick_exit(browser, base_url, width):
    """Focus not obscured (WCAG 2.4.11): each control of a tool, once focused, is on top at its centre."""
    tree = registry.TREES["penanganan_awal"]
    context, page = new_page(browser, width, "light")
    page.goto(f"{base_url}/alat/{tree.slug}/")
    hidden = page.evaluate(FOCUS_VISIBLE)
    example = tree.examples[2]
    page.click(f"[data-dt-example={example.id}]")
    page.wait_for_selector("[data-dt-app] [data-dt-kind=summary]", timeout=READY_MS)
    hidden += page.evaluate(FOCUS_VISIBLE)
    page.click("[data-dt-app] [data-dt-action=confirm]")
    page.wait_for_selector("[data-dt-app] [data-dt-kind=result]")
    hidden += page.evaluate(FOCUS_VISIBLE)
    context.close()
    assert hidden == []


def test_controls_are_at_least_44_px(browser, base_url):
    """Every control of a tool question is at least 44 x 44 CSS px (or its label makes it so)."""
    context, page = new_page(browser, 320, "light")
    page.goto(f"{base_url}/alat/penanganan-awal/")
    small = page.evaluate("""() => [...document.querySelectorAll('[data-dt-app] button, [data-dt-app] .dt-radio')]
        .filter((e) => e.offsetParent !== null).map((e) => [e.textContent.trim().slice(0, 30),
            e.getBoundingClientRect().width, e.getBoundingClientRect().height])
        .filter(([, w, h]) => w < 44 || h < 44)""")
    context.close()
    assert small == []


def test_results_are_announced_and_title_says_the_step(browser, base_url):
    """Status messages live in one role=status region; the page title names the step."""
    context, page = new_page(browser, 1280, "light")
    page.goto(f"{base_url}/alat/penanganan-awal/")
    assert page.locator("[data-dt-tool] [role=status]").count() == 1
    assert page.title().startswith("Langkah 1: ")
    page.click("[data-dt-example=guru_luka]")
    page.wait_for_selector("[data-dt-app] [data-dt-kind=summary]", timeout=READY_MS)
    page.click("[data-dt-app] [data-dt-action=confirm]")
    page.wait_for_selector("[data-dt-app] [data-dt-kind=result]")
    assert "Hasil" in page.inner_text("[data-dt-tool] [role=status]")
    context.close()


def test_axe_really_finds_violations(browser, base_url):
    """The harness can fail: a page with an unlabeled input and low contrast is reported."""
    context, page = new_page(browser, 1280, "light")
    page.goto(f"{base_url}/")
    page.evaluate("""() => { const i = document.createElement('input'); document.querySelector('article').append(i);
        const p = document.createElement('p'); p.textContent = 'abu-abu'; p.style.color = '#eee';
        document.querySelector('article').append(p); }""")
    found = json.dumps(axe(page, "broken"))
    context.close()
    assert "label" in found and "color-contrast" in found
