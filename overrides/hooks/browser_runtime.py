"""Build hook: publish the Python engine and a lighter, long-cacheable Pyodide runtime.

Why this exists: Pyodide is self-hosted (no CDN), taken from node_modules at the exact version pinned
in package-lock.json, and it is most of what a reader on a slow phone waits for. So the build
publishes only what the tools use, in the form that travels best:

- ``python_stdlib.zip`` is repacked with stored entries (npm ships it deflated, which transport
  compression cannot shrink further) and trimmed to the modules in ``stdlib_allowlist.txt``: what the
  runtime and our package import, traced in Pyodide by ``bench/stdlib_trace.py`` and checked by
  ``tests/test_payload.py``;
- ``pyodide-lock.json`` keeps its ``info`` but lists no package: the site never loads one;
- our package is published with only the modules the browser imports (``decision_tools.browser``,
  every tree, and what they import); build-only modules (checks, checklists, citations) stay out;
- the runtime goes to ``assets/pyodide-<hash>/`` and our package to ``assets/py/decision_tools-<hash>.zip``
  (stored entries too; Python imports it in place), so a host may cache both for a year;
- every published runtime file gets ``.br`` (brotli 11) and ``.gz`` (gzip 9) siblings for hosts that
  serve precompressed files; brotli 11 is slow (a minute for the wasm), so results are cached by
  content in ``node_modules/.cache`` (cleared by ``npm ci``);
- the tool's config states the real transfer size: the sum of the ``.br`` files.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import brotli
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PACKAGE_DIR = ROOT / "decision_tools"
ALLOWLIST = Path(__file__).with_name("stdlib_allowlist.txt")
CACHE_DIR = ROOT / "node_modules" / ".cache" / "pedoman-precompressed"
# What loadPyodide() fetches at run time; nothing else from the npm package is published.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
STDLIB = "python_stdlib.zip"
LOCKFILE = "pyodide-lock.json"
ENCODINGS = {".br": lambda data: brotli.compress(data, quality=11), ".gz": lambda data: gzip.compress(data, 9, mtime=0)}
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: the same input always gives the same bytes and hash

# Transforms ---------------------------------------------------------------------------------------


def read_allowlist(path: Path = ALLOWLIST) -> frozenset[str]:
    """Dotted module names, one a line; ``#`` starts a comment."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def module_name(entry: str) -> str | None:
    """``a/b/__init__.py`` -> ``a.b``; ``a/b.py`` -> ``a.b``; anything that is not a module -> None."""
    if not entry.endswith(".py"):
        return None
    parts = entry.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def trim_stdlib(data: bytes, allowed: frozenset[str]) -> bytes:
    """The stdlib zip with only the allowed modules' sources, as stored (uncompressed) entries.

    Raises PluginError naming every allowed module that is missing from the zip or whose parent
    package is not allowed (it could never be imported)."""
    orphans = sorted(name for name in allowed if "." in name and name.rsplit(".", 1)[0] not in allowed)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = {name: info for info in source.infolist() if (name := module_name(info.filename)) in allowed}
        missing = sorted(allowed - entries.keys())
        if missing or orphans:
            raise PluginError(f"{ALLOWLIST.name}: modul tidak ada di {STDLIB} {missing}; "
                              f"paket induk tidak diizinkan untuk {orphans}")
        return stored_zip((info.filename, source.read(info)) for info in entries.values())


def stored_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of (name, bytes) pairs, sorted, uncompressed, with fixed timestamps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, content in sorted(members):
            archive.writestr(zipfile.ZipInfo(name, ZIP_EPOCH), content)
    return buffer.getvalue()


def lock_without_packages(data: bytes) -> bytes:
    """pyodide-lock.json with its ``info`` kept and no package listed."""
    lock = json.loads(data)
    return json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")).encode()


def content_hash(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{name}\0{len(files[name])}\0".encode())
        digest.update(files[name])
    return digest.hexdigest()[:12]


def cache_path(data: bytes, suffix: str) -> Path:
    return CACHE_DIR / f"{hashlib.sha256(data).hexdigest()}{suffix}"


def precompressed(data: bytes, suffix: str) -> bytes:
    """``data`` compressed for ``suffix`` (.br or .gz), cached on disk by content."""
    cached = cache_path(data, suffix)
    if cached.is_file():
        return cached.read_bytes()
    result = ENCODINGS[suffix](data)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=CACHE_DIR, delete=False) as temporary:  # atomic: builds may run at once
        temporary.write(result)
    os.replace(temporary.name, cached)
    return result


# The payload --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payload:
    """What a tool downloads: the runtime files (by name) and our package, each with its URL."""

    runtime: dict[str, bytes]
    package: bytes

    @functools.cached_property
    def runtime_url(self) -> str:
        return f"assets/pyodide-{content_hash(self.runtime)}/"

    @functools.cached_property
    def package_url(self) -> str:
        return f"assets/py/decision_tools-{content_hash({'decision_tools.zip': self.package})}.zip"

    def files(self) -> dict[str, bytes]:
        """Site path -> bytes, for every file of the payload."""
        return {**{self.runtime_url + name: data for name, data in self.runtime.items()},
                self.package_url: self.package}

    def transfer_bytes(self) -> int:
        """Bytes on the wire with brotli (what the reader is told before a large download)."""
        return sum(len(precompressed(data, ".br")) for data in self.files().values())

    def unpacked_bytes(self) -> int:
        """Bytes after decompression (what the worker counts for the progress bar)."""
        return sum(len(data) for data in self.files().values())


def _package_files() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


# Imports the browser entry point and every tree in a fresh interpreter and prints the package's
# modules that were loaded. The package has no import inside a function, so this is all of them.
_BROWSER_CLOSURE = """
import sys
from decision_tools import browser, registry
for tree_id in registry.TREE_IDS:
    registry.get(tree_id)
print("\\n".join(sorted(m.__file__ for n, m in sys.modules.items() if n.split(".")[0] == "decision_tools")))
"""


def browser_modules() -> list[Path]:
    """Source files of the package that the browser imports (see _BROWSER_CLOSURE)."""
    done = subprocess.run([sys.executable, "-c", _BROWSER_CLOSURE], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise PluginError(f"decision_tools tidak dapat diimpor:\n{done.stderr}")
    return [Path(line) for line in done.stdout.splitlines()]


def _inputs() -> tuple[tuple[str, int, int], ...]:
    paths = [PYODIDE_DIR / name for name in RUNTIME_FILES]
    missing = [path.name for path in paths if not path.is_file()]
    if missing:
        raise PluginError(f"Pyodide belum terpasang ({', '.join(missing)} tidak ada): jalankan `npm ci`.")
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in [*paths, ALLOWLIST, *_package_files()])


def payload() -> Payload:
    """The payload for the current inputs (npm runtime, allow-list, package sources)."""
    return _payload(_inputs())


@functools.lru_cache(maxsize=2)
def _payload(inputs: tuple[tuple[str, int, int], ...]) -> Payload:
    runtime = {name: (PYODIDE_DIR / name).read_bytes() for name in RUNTIME_FILES}
    runtime[STDLIB] = trim_stdlib(runtime[STDLIB], read_allowlist())
    runtime[LOCKFILE] = lock_without_packages(runtime[LOCKFILE])
    package = stored_zip((p.relative_to(ROOT).as_posix(), p.read_bytes()) for p in browser_modules())
    return Payload(runtime, package)


def publish(site: Path, files: dict[str, bytes]) -> None:
    """Write each file with its precompressed siblings."""
    for path, data in files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        for suffix in ENCODINGS:
            target.with_name(target.name + suffix).write_bytes(precompressed(data, suffix))


# Hooks -------------------------------------------------------------------------------------------


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    publish(site, payload().files())
    for stray in site.rglob("*.py"):  # hooks live in the theme folder; never publish them
        stray.unlink()
    hooks_dir = site / "hooks"
    if hooks_dir.is_dir():
        shutil.rmtree(hooks_dir)
