"""Build hook: put the Python engine and the pinned Pyodide runtime into the built site.

Why this exists: Pyodide is self-hosted (no CDN), copied from node_modules at the exact version
pinned in package-lock.json, and only the files needed at run time are published. The
decision_tools package reaches the browser as a generated zip, never committed.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PACKAGE_DIR = ROOT / "decision_tools"
# What loadPyodide() fetches at run time; nothing else from the npm package is published.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
RUNTIME_URL = "assets/pyodide/"
PACKAGE_URL = "assets/py/decision_tools.zip"

# Helpers -----------------------------------------------------------------------------------------


def runtime_bytes() -> int:
    """Uncompressed bytes the browser downloads for a tool: the runtime plus our package."""
    missing = [name for name in RUNTIME_FILES if not (PYODIDE_DIR / name).is_file()]
    if missing:
        raise PluginError(f"Pyodide belum terpasang ({', '.join(missing)} tidak ada): jalankan `npm ci`.")
    return sum((PYODIDE_DIR / name).stat().st_size for name in RUNTIME_FILES) + _package_estimate()


def _package_files() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _package_estimate() -> int:
    return sum(p.stat().st_size for p in _package_files()) // 3  # deflated source is about a third


def write_package(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in _package_files():
            archive.write(path, path.relative_to(ROOT).as_posix())


# Hooks -------------------------------------------------------------------------------------------


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    runtime = site / RUNTIME_URL
    runtime.mkdir(parents=True, exist_ok=True)
    runtime_bytes()  # fails with a clear message when npm ci has not run
    for name in RUNTIME_FILES:
        shutil.copy2(PYODIDE_DIR / name, runtime / name)
    write_package(site / PACKAGE_URL)
    for stray in site.rglob("*.py"):  # hooks live in the theme folder; never publish them
        stray.unlink()
    hooks_dir = site / "hooks"
    if hooks_dir.is_dir():
        shutil.rmtree(hooks_dir)
