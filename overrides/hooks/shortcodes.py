"""Build hook: shortcodes written in Markdown as ``<!-- md:name args -->``.

Why this exists: generated parts of pages (a decision tool with its static form, the service-flow
diagram, the legal-basis and abbreviation annexes) are placed from Markdown but produced from one
data source. An unknown shortcode fails the build instead of rendering silently.

- ``<!-- md:alat <tree_id> -->``  a decision tool: first question, live app, static form
- ``<!-- md:alur-layanan -->``    the service-flow diagram (decision_tools/stages.py)
- ``<!-- md:daftar-periksa [id] -->`` a printable checklist, or the list of all (checklist_html.py)
- ``<!-- md:dasar-hukum -->``     every legal instrument and where the site cites it
- ``<!-- md:singkatan -->``       every abbreviation (includes/singkatan.md)
- ``<!-- md:contoh-kasus -->``    every tool's named examples
- ``<!-- md:luring -->``          the opt-in offline copy control
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

import browser_runtime  # noqa: E402
import checklist_html  # noqa: E402
import search_index  # noqa: E402

from decision_tools import law, registry, render  # noqa: E402
from decision_tools.browser import handle  # noqa: E402
from decision_tools.model import LegalRef  # noqa: E402
from decision_tools.stages import STAGES  # noqa: E402

SHORTCODE = re.compile(r"<!-- md:([a-z-]+)((?: [a-z0-9_-]+)*) -->")
ABBREVIATION = re.compile(r"^\*\[(.+?)\]:\s*(.+)$")

# Helpers -----------------------------------------------------------------------------------------


def _base(page: Page) -> str:
    """Relative path from a page to the site root."""
    return "../" * page.url.count("/")


def _tool(page: Page, args: list[str]) -> str:
    if len(args) != 1 or registry.get(args[0]) is None:
        raise PluginError(f"{page.file.src_path}: md:alat perlu satu id alat yang terdaftar, bukan {args}")
    tree = registry.TREES[args[0]]
    base = _base(page)
    first = json.loads(handle(json.dumps({"tree": tree.id, "answers": [], "base": base})))
    payload = browser_runtime.payload()
    config = {
        "tree": tree.id,
        "root": tree.root,
        "base": base,
        "worker": f"{base}assets/js/tool-worker.js",
        "runtime": f"{base}{payload.runtime_url}",
        "package": f"{base}{payload.package_url}",
        "downloadBytes": payload.transfer_bytes(),  # on the wire (brotli): what the reader is told
        "unpackedBytes": payload.unpacked_bytes(),  # after decompression: what the progress bar counts
        "firstTitle": first["title"],
    }
    island = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<div class="dt-tool" data-dt-tool="{tree.id}">'
        f'<script type="application/json" data-dt-config>{island}</script>'
        '<div class="admonition info dt-privacy-note"><p class="admonition-title">Sebelum mulai</p>'
        "<p>Jawaban Anda hanya ada di tab ini: tidak disimpan, tidak dikirim, dan tidak masuk ke alamat "
        "halaman atau riwayat. Jawaban hilang saat tab ditutup. Jangan menulis nama atau identitas anak. "
        "Tombol <strong>Keluar cepat</strong> menutup halaman ini seketika. "
        f'<a href="{base}keamanan-privasi/">Keamanan dan privasi</a></p></div>'
        '<p class="dt-status" role="status" data-dt-status></p>'
        '<progress class="dt-progress" data-dt-progress hidden aria-label="Unduhan mesin alat"></progress>'
        f'<div class="dt-app" data-dt-app hidden>{first["html"]}</div>'
        '<div class="dt-fallback admonition warning" data-dt-fallback hidden>'
        '<p class="admonition-title">Alat interaktif tidak dapat dijalankan</p>'
        '<p><span data-dt-reason></span> Anda tetap bisa memakai versi langkah demi langkah di bawah: '
        "isinya sama.</p></div>"
        '<section class="dt-static-wrap" data-dt-static-wrap aria-label="Versi langkah demi langkah">'
        + render.static_form(tree, base)
        + f'</section><section class="dt-examples-wrap" aria-labelledby="dt-{tree.slug}-contoh">'
        f'<h2 id="dt-{tree.slug}-contoh">Contoh kasus</h2>'
        "<p>Contoh-contoh ini adalah kasus rekaan tanpa identitas. Setiap contoh juga menjadi uji otomatis "
        "alat ini.</p>" + render.examples(tree, runnable=True) + "</section></div>"
        # Right after the tool, async: it runs as soon as it arrives (the tool above is parsed by then),
        # so the engine download can start before the rest of the page and Material's script.
        f'<script type="module" async src="{base}assets/js/tool.js"></script>'
    )


def _flow(page: Page, args: list[str]) -> str:
    items = "".join(
        f'<li class="flow__stage"><a class="flow__box" href="#{stage.id}">'
        f'<span class="flow__number">{number}</span><span class="flow__title">{escape(stage.title)}</span>'
        f'<span class="flow__lead">{escape(stage.lead)}</span></a></li>'
        for number, stage in enumerate(STAGES, start=1)
    )
    return (f'<figure class="flow"><ol class="flow__stages">{items}</ol><figcaption>Alur layanan dari laporan '
            "pertama sampai terminasi. Rujukan dan koordinasi berjalan di setiap tahap.</figcaption></figure>")


def legal_usage(docs_dir: Path) -> dict[str, list[str]]:
    """Instrument short form -> the docs/ pages and tools that cite it."""
    usage: dict[str, list[str]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        for short in law.find_citations(path.read_text(encoding="utf-8")):
            usage.setdefault(short, []).append(path.relative_to(docs_dir).as_posix())
    for tree in registry.TREES.values():
        for node in (*tree.questions, *tree.outcomes):
            for ref in node.refs:
                if isinstance(ref, LegalRef) and (instrument := law.by_id(ref.instrument)):
                    pages = usage.setdefault(instrument.short, [])
                    if f"alat: {tree.title}" not in pages:
                        pages.append(f"alat: {tree.title}")
    return usage


def _legal_basis(page: Page, args: list[str], config: MkDocsConfig) -> str:
    docs_dir = Path(config.docs_dir)
    usage = legal_usage(docs_dir)
    unknown = sorted(short for short in usage if law.by_short(short) is None)
    if unknown:
        raise PluginError(f"Instrumen hukum dikutip tetapi tidak terdaftar di decision_tools/law.py: {unknown}")
    lines = []
    for instrument in law.INSTRUMENTS:
        lines += [f"## {instrument.short} {{#{instrument.id}}}", "", f"**{instrument.title}**", "",
                  f"Mengatur: {instrument.governs}", ""]
        if instrument.status:
            lines += [f"Perubahan penting: {instrument.status}", ""]
        cited = usage.get(instrument.short, [])
        if cited:
            links = [f"[{p.removesuffix('.md')}](../{p})" if not p.startswith("alat:") else p for p in cited
                     if p != page.file.src_path]
            lines += ["Dirujuk di: " + ", ".join(links), ""]
    return "\n".join(lines)


def abbreviations(config: MkDocsConfig) -> list[tuple[str, str]]:
    """The abbreviations file that pymdownx.snippets appends to every page (one source)."""
    snippets = config.mdx_configs["pymdownx.snippets"]
    path = Path(config.config_file_path).parent / snippets["base_path"][0] / snippets["auto_append"][0]
    text = path.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2)) for line in text.splitlines() if (m := ABBREVIATION.match(line.strip()))]


def _abbreviation_table(page: Page, args: list[str], config: MkDocsConfig) -> str:
    entries = sorted(abbreviations(config), key=lambda a: a[0].lower())
    rows = [f"| {abbr} | {expansion} |" for abbr, expansion in entries]
    return "\n".join(["| Singkatan | Kepanjangan |", "|---|---|", *rows])


def _all_examples(page: Page, args: list[str], config: MkDocsConfig) -> str:
    parts = []
    for tree in registry.TREES.values():
        url = f"{_base(page)}alat/{tree.slug}/"
        parts += [f"## {tree.title} {{#{tree.slug}}}", "", f"Untuk: {tree.audience}", "",
                  render.examples(tree, tool_url=url), ""]
    return "\n".join(parts)


def _synonyms(page: Page, args: list[str], config: MkDocsConfig) -> str:
    """``<!-- md:sinonim -->``: the words search treats as the same (includes/sinonim.yml)."""
    return search_index.synonym_table()  # the file is read and checked where the search index is built


MARKDOWN_CODES: dict[str, Callable[[Page, list[str], MkDocsConfig], str]] = {
    "contoh-kasus": _all_examples,
    "dasar-hukum": _legal_basis,
    "singkatan": _abbreviation_table,
    "sinonim": _synonyms,
}
def _offline(page: Page, args: list[str]) -> str:
    base = _base(page)
    return (
        f'<div class="offline" data-offline data-offline-base="{base or "./"}">'
        '<p class="offline__status" role="status" data-offline-status>Salinan luring memerlukan JavaScript.</p>'
        '<progress class="dt-progress" data-offline-progress hidden aria-label="Menyimpan salinan luring"></progress>'
        '<p class="offline__actions"><button type="button" class="md-button md-button--primary" data-offline-save '
        'hidden>Simpan untuk luring</button> <button type="button" class="md-button" data-offline-delete hidden>'
        "Hapus salinan luring</button></p>"
        f'<script type="module" src="{base}assets/js/offline.js"></script></div>'
    )


HTML_CODES: dict[str, Callable[[Page, list[str]], str]] = {
    "luring": _offline,
    "alat": _tool,
    "alur-layanan": _flow,
    "daftar-periksa": checklist_html.shortcode,
}

# Hooks -------------------------------------------------------------------------------------------


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    def replace(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split()
        if name in MARKDOWN_CODES:
            return MARKDOWN_CODES[name](page, args, config)
        if name in HTML_CODES:
            return match.group(0)  # expanded after Markdown, in on_page_content
        raise PluginError(f"{page.file.src_path}: shortcode tidak dikenal: md:{name}")

    return SHORTCODE.sub(replace, markdown)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return SHORTCODE.sub(lambda m: HTML_CODES[m.group(1)](page, m.group(2).split()), html)

