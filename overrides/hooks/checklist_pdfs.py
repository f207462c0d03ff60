"""Build hook: publish every checklist as a PDF at a stable, same-origin address.

Why this exists: the PDFs are generated at build time from the checklist data (never committed) and
must sit beside the web pages: ``daftar-periksa/<slug>.pdf`` for each checklist and
``daftar-periksa/semua-daftar-periksa.pdf`` for "Unduh semua". They are added to the build as
generated files, so ``mkdocs build`` and ``mkdocs serve`` publish them alike. Typst runs only for
a checklist whose data changed (see :mod:`checklist_typst`), so a rebuild stays instant.

A checklist without its page ``docs/daftar-periksa/<slug>.md`` fails the build, every one listed.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, Path(__file__).parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import checklist_typst  # noqa: E402

from decision_tools import checklists  # noqa: E402

log = logging.getLogger("mkdocs.hooks.checklist_pdfs")

# Hooks -------------------------------------------------------------------------------------------


def on_files(files: Files, config: MkDocsConfig) -> Files:
    missing = [f"docs/daftar-periksa/{c.slug}.md" for c in checklists.CHECKLISTS.values()
               if files.get_file_from_path(f"daftar-periksa/{c.slug}.md") is None]
    if missing:
        raise PluginError("Daftar periksa tanpa halaman web:\n" + "\n".join(f"  - {m}" for m in missing))
    started = time.perf_counter()
    try:
        pdfs = checklist_typst.build_all(checklist_typst.build_date())
    except checklist_typst.typst.TypstError as error:
        raise PluginError(f"Typst gagal membuat PDF daftar periksa:\n{error.diagnostic}") from error
    for slug, pdf in pdfs.items():
        files.append(File.generated(config, f"daftar-periksa/{slug}.pdf", content=pdf.content))
    checklist_typst.prune(pdfs.values())
    log.info("Daftar periksa: %d PDF siap dalam %.2f s", len(pdfs), time.perf_counter() - started)
    return files
