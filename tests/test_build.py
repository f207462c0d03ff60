"""The strict build: it passes, it publishes what a tool needs, and bad input makes it fail loudly."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, build_site

from decision_tools import registry


def test_strict_build_publishes_runtime_and_package(site_dir: Path):
    """The strict build passes, copies only the run-time Pyodide files, and ships our package as a zip."""
    (runtime_dir,) = (site_dir / "assets").glob("pyodide-*")  # content-hashed directory name
    runtime = sorted(p.name for p in runtime_dir.iterdir() if p.suffix not in (".br", ".gz"))
    assert runtime == sorted(["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                              "pyodide-lock.json"])
    (package,) = (site_dir / "assets" / "py").glob("decision_tools-*.zip")
    names = zipfile.ZipFile(package).namelist()
    assert "decision_tools/browser.py" in names and not any("__pycache__" in n for n in names)
    assert not list(site_dir.rglob("*.py")), "no Python source may be published outside the zip"


@pytest.mark.parametrize("tree", list(registry.TREES.values()), ids=lambda t: t.id)
def test_tool_page_has_first_question_static_form_and_config(site_dir: Path, tree):
    """A tool page carries the first question, the static form and one JSON config island."""
    html = (site_dir / "alat" / tree.slug / "index.html").read_text(encoding="utf-8")
    assert f'data-dt-node="{tree.root}"' in html
    assert html.count("data-dt-config") == 1 and 'data-dt-static="' in html
    # the glue follows the tool at once, async, so it starts before the rest of the page is parsed
    script = '<script type="module" async src="../../assets/js/tool.js"></script>'
    assert html.count("assets/js/tool.js") == 1 and script in html
    assert html.index("data-dt-static-wrap") < html.index(script) < html.index('class="md-footer')


def test_content_pages_do_not_load_the_tool(site_dir: Path):
    """Pyodide and the tool glue are loaded only on pages with a tool."""
    for page in site_dir.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        if "data-dt-tool" not in html:
            assert "tool.js" not in html and "pyodide" not in html, page


def project_copy(tmp_path: Path) -> Path:
    """A copy of what the build reads, to break on purpose (node_modules is linked, not copied)."""
    copy = tmp_path / "project"
    for name in ("docs", "decision_tools", "overrides", "includes"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_missing_citation_anchor_fails_the_build_naming_every_citer(tmp_path: Path):
    """Removing a cited heading id fails the build and lists every tool node and step that cites it."""
    copy = project_copy(tmp_path)
    page = copy / "docs" / "standar" / "pendampingan" / "pendampingan-awal.md"
    page.write_text(re.sub(r"\{#cara\}", "{#cara-lama}", page.read_text(encoding="utf-8")), encoding="utf-8")
    result = build_site(tmp_path / "site", copy / "mkdocs.yml")
    assert result.returncode != 0
    for citer in ("penanganan_awal.q_bahaya", "penanganan_awal.h_darurat_bahaya", "awal.dengarkan"):
        assert f"{citer}: rujukan ke 'standar/pendampingan/pendampingan-awal.md#cara'" in result.stderr


def test_invalid_tree_fails_the_build_listing_all_problems(tmp_path: Path):
    """A tree with a dangling option fails the build and names both the option and the orphaned outcome."""
    copy = project_copy(tmp_path)
    edit(copy / "decision_tools" / "trees" / "penanganan_awal.py",
         'Option("saksi", "Anak melihat atau mengetahui kejadian, tetapi tidak mengalaminya", "h_anak_saksi")',
         'Option("saksi", "Anak melihat atau mengetahui kejadian, tetapi tidak mengalaminya", "h_tidak_ada")')
    result = build_site(tmp_path / "site", copy / "mkdocs.yml")
    assert result.returncode != 0
    assert "penanganan_awal.q_posisi.saksi: menuju 'h_tidak_ada' yang tidak ada" in result.stderr
    assert "penanganan_awal.h_anak_saksi: akar kedua" in result.stderr


def test_unknown_shortcode_fails_the_build(tmp_path: Path):
    """A misspelt shortcode stops the build instead of rendering nothing."""
    copy = project_copy(tmp_path)
    edit(copy / "docs" / "alat" / "penanganan-awal.md", "<!-- md:alat penanganan_awal -->", "<!-- md:alatt x -->")
    result = build_site(tmp_path / "site", copy / "mkdocs.yml")
    assert result.returncode != 0 and "shortcode tidak dikenal: md:alatt" in result.stderr
