"""Build hook: validate every decision tree and every citation before anything is built.

Why this exists: a malformed tree or a citation to a missing section of the standard must fail
the build, with every offending id listed at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from decision_tools import audit  # noqa: E402


def on_pre_build(config: MkDocsConfig) -> None:
    problems = audit.all_problems(Path(config.docs_dir))
    if problems:
        raise PluginError("Pohon keputusan atau rujukannya tidak valid:\n" + "\n".join(f"  - {p}" for p in problems))
