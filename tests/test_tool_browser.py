"""Real-browser tests of a decision tool: Pyodide in a worker, keyboard only, privacy, fallbacks.

Debian's Chromium is driven by Playwright for Python against the strictly built site, served on
127.0.0.1. Pyodide results are compared with CPython's for every named example.
"""

from __future__ import annotations

import json
import time
from urllib.parse import urlparse

import pytest

from decision_tools import registry
from decision_tools.browser import handle

pytestmark = pytest.mark.browser

TREES = list(registry.TREES.values())
EXIT_HOST = "www.bmkg.go.id"
PYODIDE_READY_MS = 180_000  # a bound for slow machines, not a performance check


def tool_url(base_url: str, tree) -> str:
    return f"{base_url}/alat/{tree.slug}/"


def guard_origin(context, base_url: str) -> list[str]:
    """Abort and record every request that would leave the site's origin (workers included)."""
    origin = urlparse(base_url).netloc
    leaked: list[str] = []

    def route(route):
        host = urlparse(route.request.url).netloc
        if host == origin or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        elif host == EXIT_HOST:
            route.fulfill(status=200, content_type="text/html", body="<title>Cuaca</title><p>Cuaca</p>")
        else:
            leaked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    context.on("request", lambda r: urlparse(r.url).netloc not in (origin, EXIT_HOST, "")
               and not r.url.startswith(("data:", "blob:")) and leaked.append(r.url))
    return leaked


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName, cls: e.className, action: e.dataset.dtAction || '', value: e.value || '',
                type: e.type || '', name: e.name || '', inApp: !!e.closest('[data-dt-app]')}; }""")


def tab_until(page, predicate, limit: int = 80) -> dict:
    """Press Tab until the focused element matches; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focused(page)
        if predicate(state):
            return state
    raise AssertionError(f"focus never reached the target; last focus: {focused(page)}")


def answer_by_keyboard(page, tree, question_id: str, choice) -> None:
    """Choose with Tab, Space and arrow keys and submit with Enter, as a keyboard user would."""
    question = tree.nodes[question_id]
    ids = [o.id for o in question.options]
    if question.multiple:  # checkboxes: Tab through them, Space on each one to tick
        for number, option_id in enumerate(ids):
            tab_until(page, lambda f: f["type"] == "checkbox" and f["inApp"], limit=1 if number else 80)
            assert focused(page)["value"] == option_id
            if option_id in choice:
                page.keyboard.press("Space")
        tab_until(page, lambda f: "dt-continue" in f["cls"])
    else:
        tab_until(page, lambda f: f["type"] == "radio" and f["inApp"])
        page.keyboard.press("Space")
        for _ in range(ids.index(choice)):
            page.keyboard.press("ArrowDown")
        assert focused(page)["value"] == choice
    page.keyboard.press("Enter")


def wait_view(page, kind: str) -> None:
    page.wait_for_selector(f"[data-dt-app] [data-dt-kind={kind}]", timeout=PYODIDE_READY_MS)


def normalised(page, html: str) -> str:
    return page.evaluate("(h) => { const t = document.createElement('template'); t.innerHTML = h; "
                         "return t.innerHTML; }", html)


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_keyboard_run_of_every_example_matches_cpython_and_leaves_no_trace(context, base_url, tree):
    """Every example, by keyboard only, in Pyodide: focus on each new heading, the same result HTML as
    CPython, no request off the origin, nothing stored, URL and history unchanged."""
    leaked = guard_origin(context, base_url)
    page = context.new_page()
    page.goto(tool_url(base_url, tree))
    start_url, start_history = page.url, page.evaluate("history.length")
    base = json.loads(page.text_content("script[data-dt-config]"))["base"]
    for number, example in enumerate(tree.examples):
        if number:
            page.click("[data-dt-app] [data-dt-action=restart]")
            page.wait_for_selector(f"[data-dt-app] [data-dt-node={tree.root}]")
        for step, (question_id, option_id) in enumerate(example.answers, start=1):
            page.wait_for_selector(f"[data-dt-app] [data-dt-node={question_id}]", timeout=PYODIDE_READY_MS)
            assert page.title().startswith(f"Langkah {step}: ")
            answer_by_keyboard(page, tree, question_id, option_id)
            if step < len(example.answers):  # wait for the next question itself, not any question view
                next_question = example.answers[step][0]
                page.wait_for_selector(f"[data-dt-app] [data-dt-node={next_question}]", timeout=PYODIDE_READY_MS)
            else:
                wait_view(page, "summary")
            assert "dt-heading" in focused(page)["cls"]
        tab_until(page, lambda f: f["action"] == "confirm" and f["inApp"])
        page.keyboard.press("Enter")
        wait_view(page, "result")
        assert "dt-heading" in focused(page)["cls"]
        expected = json.loads(handle(json.dumps({
            "tree": tree.id, "answers": [[q, c if isinstance(c, str) else list(c)] for q, c in example.answers],
            "confirm": True, "base": base,
            "today": page.evaluate("new Date().toLocaleDateString('sv')"),
        })))
        actual = page.evaluate("""() => {  // Material's focus-visible polyfill marks the focused heading
            const copy = document.querySelector('[data-dt-app]').cloneNode(true);
            copy.querySelectorAll('[data-focus-visible-added]').forEach((e) => {
                e.removeAttribute('data-focus-visible-added'); e.classList.remove('focus-visible'); });
            return copy.innerHTML; }""")
        wanted = normalised(page, expected["html"])
        first_difference = next((i for i, (a, b) in enumerate(zip(actual, wanted, strict=False)) if a != b), None)
        assert actual == wanted, (example.id, first_difference, actual[first_difference or 0:][:200],
                                  wanted[first_difference or 0:][:200])
        assert tree.nodes[example.outcome].title in page.inner_text("[data-dt-app] .dt-heading")
    assert leaked == []
    assert page.url == start_url and page.evaluate("history.length") == start_history
    assert context.cookies() == []
    stored = page.evaluate("""async () => ({
        local: localStorage.length, session: sessionStorage.length,
        idb: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length })""")
    assert stored == {"local": 0, "session": 0, "idb": 0, "caches": 0, "workers": 0}
    assert not any(o.label in page.title() for q in tree.questions for o in q.options)


def test_error_summary_when_nothing_is_chosen(context, base_url):
    """Lanjutkan with nothing chosen: error summary takes focus, links to the field, title starts "Galat: "."""
    tree = registry.TREES["penanganan_awal"]
    page = context.new_page()
    page.goto(tool_url(base_url, tree))
    page.click("[data-dt-app] .dt-continue")
    page.wait_for_selector("[data-dt-error-summary]", timeout=PYODIDE_READY_MS)
    assert page.evaluate("document.activeElement.hasAttribute('data-dt-error-summary')")
    assert page.title().startswith("Galat: Langkah 1")
    page.click("[data-dt-error-summary] a")
    assert focused(page)["type"] == "radio" and urlparse(page.url).fragment == ""


def test_back_keeps_answers(context, base_url):
    """Back returns to the previous question with the earlier answer still chosen."""
    tree = registry.TREES["penanganan_awal"]
    page = context.new_page()
    page.goto(tool_url(base_url, tree))
    page.check("[data-dt-app] input[value=aman]")
    page.click("[data-dt-app] .dt-continue")
    page.wait_for_selector("[data-dt-app] [data-dt-node=q_posisi]", timeout=PYODIDE_READY_MS)
    page.click("[data-dt-app] [data-dt-action=back]")
    page.wait_for_selector("[data-dt-app] [data-dt-node=q_bahaya]")
    assert page.is_checked("[data-dt-app] input[value=aman]")


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_static_form_without_javascript_reaches_every_example_outcome(browser, base_url, tree):
    """With JavaScript off, following the answer links of each example reaches its outcome."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for example in tree.examples:
        page.goto(tool_url(base_url, tree))
        for question_id, choice in example.answers:
            question = tree.nodes[question_id]
            section = page.locator(".dt-static-node:visible")
            assert section.count() == 1
            assert section.locator("h2").inner_text() == question.text
            if question.multiple:  # on paper: every need lists its steps; then one link onwards
                for option in question.options:
                    assert option.label in section.inner_text()
                section.get_by_role("link", name="Lanjutkan", exact=True).click()
            else:
                label = next(o.label for o in question.options if o.id == choice)
                section.get_by_role("link", name=label, exact=True).click()
        visible = page.locator(".dt-static-node:visible h2")
        assert tree.nodes[example.outcome].title in visible.inner_text(), example.id
    context.close()


def test_blocked_wasm_shows_message_and_static_form(context, base_url):
    """If pyodide.asm.wasm cannot load, a plain message and the static form appear within seconds."""
    context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page = context.new_page()
    page.goto(tool_url(base_url, registry.TREES["penanganan_awal"]))
    page.wait_for_selector("[data-dt-fallback]:visible", timeout=15_000)
    assert page.is_visible("[data-dt-static-wrap]") and page.is_hidden("[data-dt-app]")
    assert "gagal" in page.inner_text("[data-dt-status]")


def test_stalled_download_falls_back(context, base_url):
    """A download that never finishes (no byte for 20 s) ends in the message and the static form.

    Pyodide's own module is held back so every other download has ended before the wasm is asked
    for: that moment must not be taken for Python's start-up, which is allowed 45 s."""

    def late(route):
        time.sleep(2)
        route.continue_()

    context.route("**/pyodide.asm.mjs", late)
    context.route("**/pyodide.asm.wasm", lambda route: None)  # never answered
    page = context.new_page()
    page.goto(tool_url(base_url, registry.TREES["penanganan_awal"]))
    page.wait_for_selector("[data-dt-fallback]:visible", timeout=40_000)
    assert page.is_visible("[data-dt-static-wrap]")


@pytest.mark.parametrize("how", ["click", "shift"])
def test_quick_exit_replaces_the_page_and_back_shows_no_answers(context, base_url, how):
    """Quick exit by click or Shift x3 leaves for the neutral site; Back does not return to the answers."""
    guard_origin(context, base_url)
    page = context.new_page()
    page.goto(f"{base_url}/")
    page.goto(tool_url(base_url, registry.TREES["penanganan_awal"]))
    page.check("[data-dt-app] input[value=aman]")
    page.click("[data-dt-app] .dt-continue")
    page.wait_for_selector("[data-dt-app] [data-dt-node=q_posisi]", timeout=PYODIDE_READY_MS)
    if how == "click":
        page.click("[data-qe-link]")
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(f"https://{EXIT_HOST}/**")
    page.go_back()
    assert "/alat/" not in page.url
    assert page.locator("[data-dt-node=q_posisi]").count() == 0


def test_quick_exit_link_works_without_javascript(browser, base_url):
    """The quick-exit control is a real link with no referrer, second in the tab order."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/alat/penanganan-awal/")
    link = page.locator("[data-qe-link]")
    assert link.get_attribute("rel") == "nofollow noreferrer"
    assert urlparse(link.get_attribute("href")).netloc == EXIT_HOST
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-qe-link')")
    context.close()


def test_age_from_dates_by_keyboard(context, base_url):
    """Typing a date of birth and a date of the act (no option chosen) moves on to the right age band."""
    tree = registry.TREES["status_hukum"]
    page = context.new_page()
    page.goto(tool_url(base_url, tree))
    answer_by_keyboard(page, tree, "q_dugaan", "berbuat")
    page.wait_for_selector("[data-dt-app] [data-dt-node=q_usia]", timeout=PYODIDE_READY_MS)
    tab_until(page, lambda f: f["name"] == "lahir")
    page.keyboard.type("06012012")  # the test browser's locale (en-US) types month, day, year
    tab_until(page, lambda f: f["name"] == "kejadian", limit=5)
    page.keyboard.type("06012026")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-dt-app] [data-dt-node=q_ancaman]", timeout=PYODIDE_READY_MS)
    assert page.title().startswith("Langkah 3: ")
    page.click("[data-dt-app] [data-dt-action=back]")
    page.wait_for_selector("[data-dt-app] [data-dt-node=q_usia]")
    assert page.is_checked("[data-dt-app] input[value=usia_14_18]")
