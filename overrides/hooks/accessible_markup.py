"""Build hook: small markup fixes that make Markdown output pass WCAG checks.

Why this exists: Markdown task lists (``- [ ] …``) render as disabled, unlabeled checkboxes, which
screen readers announce as unlabeled form fields. In this site they are printed checklists, not
forms, so each becomes a drawn box hidden from assistive technology and the item text is the
content.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

TASK_CHECKBOX = re.compile(r'<input type="checkbox" disabled(?:="disabled")?\s*/?>(?:\s*)')


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return TASK_CHECKBOX.sub('<span class="task-box" aria-hidden="true"></span>', html)
