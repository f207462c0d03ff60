"""Build hook: index the built site with Pagefind, and publish the reviewed synonym list for search.

Why this exists: workers search in inflected Indonesian ("didampingi" for pendampingan), by
abbreviation, old name or loanword. Material's own search has no Indonesian stemmer and makes
every reader download one large index. Pagefind stems Indonesian (Snowball) and splits its index
into small chunks that the browser fetches only for the words searched. It runs here, offline,
from the binary that the pinned npm package installs (``npm ci``), on every ``mkdocs build`` and
``mkdocs serve``.

Pagefind has no synonyms, so ``includes/sinonim.yml`` (one reviewed file) is checked here and
published as JSON; ``overrides/assets/js/search.js`` runs the reader's query and its synonym
variants through Pagefind (see the README, "Search", for why at query time). The same file is
shown on the glossary page by the ``<!-- md:sinonim -->`` shortcode (``synonym_table``).
"""

from __future__ import annotations

import json
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from decision_tools.terminology import AVOID, LEGAL_ONLY  # noqa: E402

__all__ = ["SYNONYMS_FILE", "SYNONYMS_URL", "pagefind_binary", "synonym_groups", "synonym_table"]

SYNONYMS_FILE = ROOT / "includes" / "sinonim.yml"
SYNONYMS_URL = "assets/search/sinonim.json"
BUNDLE_DIR = "pagefind"
# Only the article is indexed: not the header, navigation, footer or quick exit. The live copy of
# a tool's first question is skipped (the static form on the same page holds the same text).
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = ("[data-dt-app]", "[data-dt-status]")
# Pagefind writes its own UI bundles too; the site renders results itself, so they are not published.
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                       "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
TERM = re.compile(r"^[^\W_]+(?:[ -][^\W_]+)*$")
# Platform names as the @pagefind/<os>-<cpu> npm packages spell them.
_OS = {"linux": "linux", "darwin": "darwin", "win32": "windows", "freebsd": "freebsd"}
_CPU = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}

# Helpers -----------------------------------------------------------------------------------------


def pagefind_binary() -> Path:
    """The Pagefind executable that ``npm ci`` installed for this machine (an optional dependency)."""
    system = next((name for prefix, name in _OS.items() if sys.platform.startswith(prefix)), sys.platform)
    package = ROOT / "node_modules" / "@pagefind" / f"{system}-{_CPU.get(platform.machine().lower(), '?')}" / "bin"
    suffix = ".exe" if system == "windows" else ""
    for name in ("pagefind_extended", "pagefind"):
        if (package / f"{name}{suffix}").is_file():
            return package / f"{name}{suffix}"
    raise PluginError(f"Pagefind belum terpasang ({package} tidak berisi biner pagefind): jalankan `npm ci`.")


def synonym_groups(path: Path = SYNONYMS_FILE) -> list[list[str]]:
    """The reviewed synonym groups, as written (first term = the site's own term); every problem at once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise PluginError(f"{path.name}: harus berupa daftar kelompok kata, misalnya `- [pekerja sosial, Peksos]`")
    problems: list[str] = []
    seen: dict[str, int] = {}
    avoided = {term.lower() for term in AVOID}
    for number, group in enumerate(data, start=1):
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(t, str) for t in group):
            problems.append(f"kelompok {number}: perlu paling sedikit dua kata, bukan {group!r}")
            continue
        for term in group:
            key = term.lower()
            if not TERM.match(term):
                problems.append(f"kelompok {number}: '{term}' hanya boleh berisi huruf, angka, spasi dan tanda hubung")
            if key in avoided:
                problems.append(f"kelompok {number}: '{term}' adalah istilah yang dihindari (tulis: {AVOID[key]})")
            if key in seen:
                problems.append(f"kelompok {number}: '{term}' sudah ada di kelompok {seen[key]}")
            seen.setdefault(key, number)
    if problems:
        raise PluginError(f"{path.name} tidak valid:\n" + "\n".join(f"  - {p}" for p in problems))
    return data


def synonym_table() -> str:
    """The glossary's Markdown table of synonym groups; legal-only terms are marked as legal terms.

    The table is kept out of the search index: it lists every term, so it would match every
    synonym query and push the pages that explain the term down.
    """

    def term(text: str) -> str:
        return f"*{text}*{{ .istilah-hukum }}" if text.lower() in LEGAL_ONLY else text

    rows = [f"| {term(first)} | {', '.join(term(t) for t in others)} |" for first, *others in synonym_groups()]
    return "\n".join(['<div class="search-synonyms" markdown data-pagefind-ignore>', "",
                      "| Istilah di situs ini | Juga ditemukan dengan kata |", "|---|---|", *rows, "", "</div>"])


def write_synonyms(site: Path) -> None:
    """Publish the groups for search.js (as written: it shows the reader which terms it added)."""
    target = site / SYNONYMS_URL
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"groups": synonym_groups()}
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def index_site(site: Path, language: str) -> None:
    """Run Pagefind over the built pages and keep only the files the browser needs."""
    command = [str(pagefind_binary()), "--site", str(site), "--output-subdir", BUNDLE_DIR, "--glob", "**/index.html",
               "--root-selector", ROOT_SELECTOR, "--force-language", language, "--silent"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        output = result.stderr or result.stdout
        raise PluginError(f"Pagefind gagal mengindeks situs (kode {result.returncode}):\n{output}")
    bundle = site / BUNDLE_DIR
    if not (bundle / "pagefind.js").is_file():
        raise PluginError(f"Pagefind tidak menghasilkan {BUNDLE_DIR}/pagefind.js:\n{result.stdout}")
    for name in UNUSED_BUNDLE_FILES:
        (bundle / name).unlink(missing_ok=True)


# Hooks -------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> None:
    synonym_groups()  # a malformed synonym file fails the build before anything is rendered
    pagefind_binary()  # so does a missing Pagefind: `npm ci` has not run


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    bundle = site / BUNDLE_DIR
    if bundle.is_dir():  # `mkdocs build --dirty` and `serve` reuse the directory: no stale chunks
        shutil.rmtree(bundle)
    index_site(site, config.theme["language"])
    write_synonyms(site)
