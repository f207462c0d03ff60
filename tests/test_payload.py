"""The lighter Pyodide payload: stdlib repack and trim, hashed names, precompressed files, stated size.

The transforms are unit-tested on small zips; the built site is checked file by file; the allow-list
is checked against a fresh trace in Pyodide; the loading strategy is checked in Chromium. Whether
every tool still works with the trimmed stdlib is test_tool_browser.py's job (it runs every example
on the built site). Speed is measured by `make bench`, never asserted here.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import brotli
import pytest
from conftest import ROOT
from mkdocs.exceptions import PluginError

sys.path[:0] = [str(ROOT), str(ROOT / "overrides" / "hooks")]

import browser_runtime as rt  # noqa: E402

from decision_tools import registry  # noqa: E402

HASHED_DIR = re.compile(r"pyodide-[0-9a-f]{12}")
CONFIG = re.compile(r'<script type="application/json" data-dt-config>(.*?)</script>', re.S)


def deflated_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SAMPLE = {"a/__init__.py": b"A = 1\n", "a/b.py": b"B = 2\n" * 50, "a/c.py": b"C = 3\n", "d.py": b"D = 4\n",
          "a/data.txt": b"not a module", "e/__init__.py": b""}

# Transforms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("entry", "name"), [
    ("a/b.py", "a.b"), ("a/__init__.py", "a"), ("d.py", "d"), ("a/b/__init__.py", "a.b"),
    ("a/data.txt", None), ("a/", None), ("_sysconfigdata__emscripten_wasm32-emscripten.py",
                                         "_sysconfigdata__emscripten_wasm32-emscripten"),
])
def test_module_name_of_a_zip_entry(entry, name):
    """Zip entries map to the dotted module they define; data files and folders map to nothing."""
    assert rt.module_name(entry) == name


def test_trim_keeps_only_allowed_modules_as_stored_entries():
    """Only the allowed modules' sources remain, unchanged, stored (uncompressed), in sorted order."""
    trimmed = zipfile.ZipFile(io.BytesIO(rt.trim_stdlib(deflated_zip(SAMPLE), frozenset({"a", "a.b", "d"}))))
    assert trimmed.namelist() == ["a/__init__.py", "a/b.py", "d.py"]
    assert {info.compress_type for info in trimmed.infolist()} == {zipfile.ZIP_STORED}
    assert all(trimmed.read(name) == SAMPLE[name] for name in trimmed.namelist())


def test_trim_is_deterministic_and_the_hash_follows_the_content():
    """The same input gives the same bytes (so the same hashed name); one changed byte changes the hash."""
    allowed = frozenset({"a", "a.b"})
    first, second = (rt.trim_stdlib(deflated_zip(SAMPLE), allowed) for _ in range(2))
    assert first == second
    changed = rt.trim_stdlib(deflated_zip({**SAMPLE, "a/b.py": b"B = 3\n"}), allowed)
    assert rt.content_hash({"python_stdlib.zip": first}) != rt.content_hash({"python_stdlib.zip": changed})


def test_trim_names_every_missing_module_and_orphaned_submodule():
    """An allow-list naming a module absent from the zip, or a submodule without its package, fails
    the build with both names."""
    with pytest.raises(PluginError) as raised:
        rt.trim_stdlib(deflated_zip(SAMPLE), frozenset({"a.b", "d", "zzz"}))
    assert "python_stdlib.zip ['zzz']" in str(raised.value) and "tidak diizinkan untuk ['a.b']" in str(raised.value)


def test_lock_file_keeps_info_and_lists_no_package():
    """The lock file keeps Pyodide's version info and lists no package (the site loads none)."""
    lock = json.loads((rt.PYODIDE_DIR / rt.LOCKFILE).read_bytes())
    assert lock["packages"], "the npm lock file lists packages"
    assert json.loads(rt.lock_without_packages(json.dumps(lock).encode())) == {"info": lock["info"], "packages": {}}


def test_precompressed_files_decompress_to_the_original_and_are_cached(tmp_path, monkeypatch):
    """Brotli and gzip outputs decompress to the input and are kept on disk, keyed by content."""
    monkeypatch.setattr(rt, "CACHE_DIR", tmp_path)
    data = b"encodings.utf_8\n" * 1000
    assert brotli.decompress(rt.precompressed(data, ".br")) == data
    assert gzip.decompress(rt.precompressed(data, ".gz")) == data
    assert rt.cache_path(data, ".br").is_file() and rt.cache_path(data, ".gz").is_file()
    rt.cache_path(data, ".br").write_bytes(b"cached")  # a second call reads the cache, not brotli
    assert rt.precompressed(data, ".br") == b"cached"


def test_allowlist_is_sorted_unique_and_trims_the_real_stdlib():
    """The allow-list is sorted without duplicates and every module in it exists in the npm stdlib."""
    lines = [line for line in rt.ALLOWLIST.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines == sorted(set(lines))
    npm_stdlib = (rt.PYODIDE_DIR / rt.STDLIB).read_bytes()
    trimmed = zipfile.ZipFile(io.BytesIO(rt.trim_stdlib(npm_stdlib, rt.read_allowlist())))
    assert {rt.module_name(name) for name in trimmed.namelist()} == set(lines)


# The built site ----------------------------------------------------------------------------------


def runtime_dir(site_dir: Path) -> Path:
    found = [p for p in (site_dir / "assets").iterdir() if p.name.startswith("pyodide")]
    assert len(found) == 1 and HASHED_DIR.fullmatch(found[0].name), [p.name for p in found]
    return found[0]


def test_runtime_is_published_in_a_content_hashed_folder(site_dir: Path):
    """assets/pyodide-<hash>/ holds exactly the run-time files and their .br/.gz, and <hash> is the hash
    of those files."""
    folder = runtime_dir(site_dir)
    expected = {name + suffix for name in rt.RUNTIME_FILES for suffix in ("", ".br", ".gz")}
    assert {p.name for p in folder.iterdir()} == expected
    assert folder.name == f"pyodide-{rt.content_hash({n: (folder / n).read_bytes() for n in rt.RUNTIME_FILES})}"


def test_published_stdlib_is_stored_and_exactly_the_allowlist(site_dir: Path):
    """The published stdlib has only stored entries, one per allowed module; the lock lists no package."""
    folder = runtime_dir(site_dir)
    stdlib = zipfile.ZipFile(folder / rt.STDLIB)
    assert {info.compress_type for info in stdlib.infolist()} == {zipfile.ZIP_STORED}
    assert {rt.module_name(name) for name in stdlib.namelist()} == rt.read_allowlist()
    assert json.loads((folder / rt.LOCKFILE).read_bytes())["packages"] == {}


def test_package_zip_has_a_hashed_name_and_stored_entries(site_dir: Path):
    """Our package is assets/py/decision_tools-<hash>.zip with stored entries: the browser's modules
    (the entry point and every tree), and none that only the build uses."""
    (package,) = (site_dir / "assets" / "py").glob("*.zip")
    archive = zipfile.ZipFile(package)
    assert package.name == f"decision_tools-{rt.content_hash({'decision_tools.zip': package.read_bytes()})}.zip"
    assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
    names = set(archive.namelist())
    assert {"decision_tools/browser.py", "decision_tools/render.py"} <= names
    assert {f"decision_tools/trees/{tree_id}.py" for tree_id in registry.TREE_IDS} <= names
    assert not names & {"decision_tools/audit.py", "decision_tools/checklists.py", "decision_tools/citations.py",
                        "decision_tools/validate.py"}


def test_every_precompressed_file_decompresses_to_its_original(site_dir: Path):
    """Each .br and .gz next to a payload file decompresses to exactly that file."""
    files = [*runtime_dir(site_dir).glob("*"), *(site_dir / "assets" / "py").glob("*")]
    originals = [p for p in files if p.suffix not in (".br", ".gz")]
    assert len(originals) == len(rt.RUNTIME_FILES) + 1
    for original in originals:
        data = original.read_bytes()
        assert brotli.decompress(original.with_name(original.name + ".br").read_bytes()) == data, original
        assert gzip.decompress(original.with_name(original.name + ".gz").read_bytes()) == data, original


@pytest.mark.parametrize("tree", list(registry.TREES.values()), ids=lambda t: t.id)
def test_tool_config_points_at_the_hashed_files_and_states_the_transfer_size(site_dir: Path, tree):
    """The config island names the hashed runtime and package that exist, states the brotli size of the
    whole payload, and gives the progress bar the unpacked size."""
    page = site_dir / "alat" / tree.slug / "index.html"
    config = json.loads(CONFIG.search(page.read_text(encoding="utf-8")).group(1).replace("<\\/", "</"))
    runtime = (page.parent / config["runtime"]).resolve()
    package = (page.parent / config["package"]).resolve()
    assert runtime == runtime_dir(site_dir).resolve() and package.is_file()
    files = [runtime / name for name in rt.RUNTIME_FILES] + [package]
    assert config["downloadBytes"] == sum(p.with_name(p.name + ".br").stat().st_size for p in files)
    assert config["unpackedBytes"] == sum(p.stat().st_size for p in files)


# In the browser ----------------------------------------------------------------------------------


@pytest.mark.browser
def test_allowlist_matches_a_fresh_trace_of_every_tool_in_pyodide(context, base_url):
    """With the full npm stdlib, the runtime and every request every tool can make import exactly the
    allow-listed modules (regenerate with `.venv/bin/python -m bench.stdlib_trace`)."""
    from bench.stdlib_trace import trace

    traced = set(trace(context, base_url))
    allowed = rt.read_allowlist()
    assert traced - allowed == set(), f"imported but not shipped: {sorted(traced - allowed)}"
    assert allowed - traced == set(), f"shipped but never imported: {sorted(allowed - traced)}"


def fake_connection(effective_type: str, save_data: bool) -> str:
    """An init script making navigator.connection report the given link (CDP cannot set saveData)."""
    value = f"{{effectiveType: '{effective_type}', saveData: {str(save_data).lower()}}}"
    return f"Object.defineProperty(Navigator.prototype, 'connection', {{get: () => ({value})}});"


def pyodide_requests(requested: list[str]) -> list[str]:
    return [url for url in requested if "pyodide" in url or url.endswith(".zip")]


@pytest.mark.browser
@pytest.mark.parametrize(("effective_type", "save_data"), [("3g", False), ("4g", True)], ids=["3g", "data-saver"])
def test_tool_waits_for_intent_on_a_slow_or_saving_connection_and_states_the_real_size(
        context, base_url, effective_type, save_data):
    """On a slow link (below "4g") or in data-saver mode, nothing of Pyodide is fetched until the reader
    focuses the question, and the status states the brotli transfer size first."""
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.add_init_script(script=fake_connection(effective_type, save_data))
    page = context.new_page()
    page.goto(f"{base_url}/alat/penanganan-awal/")
    page.wait_for_selector("[data-dt-app] input[name=jawaban]")
    page.wait_for_timeout(1000)
    assert pyodide_requests(requested) == []
    config = json.loads(page.text_content("script[data-dt-config]"))
    megabytes = f"{config['downloadBytes'] / 1e6:.1f}".replace(".", ",")
    stated = page.inner_text("[data-dt-status]")
    assert stated == f"Alat akan mengunduh sekitar {megabytes} MB saat Anda mulai menjawab."
    page.focus("[data-dt-app] input[name=jawaban]")
    page.wait_for_function("() => document.querySelector('[data-dt-status]').textContent === 'Alat siap.'",
                           timeout=90_000)
    assert any(HASHED_DIR.search(url) and url.endswith("pyodide.asm.wasm") for url in requested)


@pytest.mark.browser
def test_tool_starts_at_once_on_a_fast_connection(context, base_url):
    """On a "4g" link without data saver the download starts with no action from the reader."""
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.add_init_script(script=fake_connection("4g", False))
    page = context.new_page()
    page.goto(f"{base_url}/alat/penanganan-awal/")
    page.wait_for_function("() => document.querySelector('[data-dt-status]').textContent === 'Alat siap.'",
                           timeout=90_000)
    assert any(url.endswith("pyodide.asm.wasm") for url in pyodide_requests(requested))


@pytest.mark.browser
def test_content_page_never_fetches_the_runtime(context, base_url):
    """A content page, even after focus and clicks, fetches nothing of Pyodide or our package."""
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    page.goto(f"{base_url}/standar/pendampingan/pendampingan-awal/", wait_until="networkidle")
    page.click("main h1")
    page.keyboard.press("Tab")
    page.wait_for_timeout(500)
    assert requested and pyodide_requests(requested) == []
