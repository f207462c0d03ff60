"""Opt-in offline copy: nothing stored before the choice; after it, everything works with no network;
after "Hapus salinan luring", every cache and the service worker are gone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from decision_tools import registry

pytestmark = pytest.mark.browser

SAVE_MS = 300_000  # a bound for slow machines (the copy includes the Python runtime), not a performance check


def test_manifest_lists_every_page_and_the_runtime(site_dir: Path):
    """The offline file list covers every page, every tool page and the Pyodide runtime, and no compressed twin."""
    manifest = json.loads((site_dir / "offline-manifest.json").read_text(encoding="utf-8"))
    urls = {f["url"] for f in manifest["files"]}
    for page in site_dir.rglob("index.html"):
        relative = page.relative_to(site_dir).as_posix().removesuffix("index.html")
        assert (relative or "./") in urls, relative
    assert any(u.endswith("pyodide.asm.wasm") for u in urls)
    assert any("decision_tools-" in u and u.endswith(".zip") for u in urls)
    assert not any(u.endswith((".br", ".gz")) for u in urls)
    assert manifest["bytes"] == sum(f["bytes"] for f in manifest["files"])


def test_offline_copy_is_opt_in_works_offline_and_deletes_cleanly(browser, base_url, site_dir: Path):
    """Before the choice nothing is stored; after it every page and every tool work offline; "Hapus"
    leaves no cache and no service worker."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base_url}/keamanan-privasi/")
    page.wait_for_selector("[data-offline-save]:visible")
    assert page.evaluate("async () => [(await caches.keys()).length, "
                         "(await navigator.serviceWorker.getRegistrations()).length]") == [0, 0]
    assert "Belum ada salinan luring" in page.inner_text("[data-offline-status]")
    page.click("[data-offline-save]")
    page.wait_for_selector("[data-offline][data-offline-state=saved]", timeout=SAVE_MS)
    assert "Tersimpan di perangkat ini" in page.inner_text("[data-offline-status]")
    page.wait_for_function("navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready")

    context.set_offline(True)
    for index in site_dir.rglob("index.html"):
        path = "/" + index.relative_to(site_dir).as_posix().removesuffix("index.html")
        response = page.goto(base_url + path)
        assert response is not None and response.ok, path
    for tree in registry.TREES.values():
        page.goto(f"{base_url}/alat/{tree.slug}/")
        example = tree.examples[-1]
        page.click(f"[data-dt-example={example.id}]")
        page.wait_for_selector("[data-dt-app] [data-dt-kind=summary]", timeout=SAVE_MS)
        page.click("[data-dt-app] [data-dt-action=confirm]")
        page.wait_for_selector("[data-dt-app] [data-dt-kind=result]")
        assert tree.nodes[example.outcome].title in page.inner_text("[data-dt-app] .dt-heading")
    context.set_offline(False)

    page.goto(f"{base_url}/keamanan-privasi/")
    page.wait_for_selector("[data-offline-delete]:visible")
    page.click("[data-offline-delete]")
    page.wait_for_selector("[data-offline][data-offline-state=deleted]")
    assert page.evaluate("async () => [(await caches.keys()).length, "
                         "(await navigator.serviceWorker.getRegistrations()).length]") == [0, 0]
    assert "Belum ada salinan luring" in page.inner_text("[data-offline-status]")
    context.close()
