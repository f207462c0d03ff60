"""HTML for every view of a tool, from the tree: one renderer for the static and the live form.

Why this module exists: the no-JavaScript static form (built into the page) and the interactive
views (rendered in the browser by Pyodide) must say exactly the same thing, so both come from
these functions; the JavaScript only inserts the HTML and moves focus. Every authored string is
escaped. ``base`` is the relative path from the current page to the site root (e.g. "../../").
"""

from __future__ import annotations

import datetime as dt
from html import escape

from . import law
from .contacts import CONTACTS
from .derive import DERIVERS
from .donts import DONTS
from .engine import Position, walk
from .model import LegalRef, Outcome, Question, Ref, StandardRef, Step, Tree
from .steps import STEPS

__all__ = [
    "check_answers", "format_date", "outcome_body", "page_url", "question_form", "ref_link", "result", "static_form",
    "examples", "step_item",
]

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
STANDARD_VERSION = (
    "Pedoman Standar Penyediaan Layanan bagi Anak Korban dan Pelaku Pornografi (KemenPPPA dan ECPAT Indonesia, 2018)"
)


def _id(tree: Tree, *parts: str) -> str:
    return "-".join(("dt", tree.slug, *parts)).replace("_", "-")


def page_url(page: str) -> str:
    """The directory URL MkDocs gives a docs/ page: "a/b.md" -> "a/b/", "a/index.md" -> "a/"."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def ref_link(ref: Ref, base: str) -> str:
    if isinstance(ref, StandardRef):
        url = page_url(ref.page)
        anchor = f"#{ref.anchor}" if ref.anchor else ""
        return f'<a href="{escape(base + url + anchor)}">{escape(ref.label)}</a>'
    assert isinstance(ref, LegalRef)
    instrument = law.by_id(ref.instrument)
    short = instrument.short if instrument else ref.instrument
    text = f"{short} {ref.article}".strip()
    return f'<a href="{escape(base)}lampiran/dasar-hukum/#{escape(ref.instrument)}">{escape(text)}</a>'


def _refs(refs: tuple[Ref, ...], base: str, label: str = "Dasar") -> str:
    if not refs:
        return ""
    links = "; ".join(ref_link(r, base) for r in refs)
    return f'<p class="dt-refs"><span class="dt-refs-label">{label}:</span> {links}</p>'


def _why(summary: str, text: str) -> str:
    return f'<details class="dt-why"><summary>{summary}</summary><p>{escape(text)}</p></details>'


# Outcome body (shared by the live result and the static form) ------------------------------------


def outcome_body(outcome: Outcome, base: str, level: int = 3, steps: tuple[str, ...] | None = None) -> str:
    """What to do, what not to do, whom to contact, why and on what basis. ``steps`` defaults to
    the outcome's own; a live result passes the merged steps of the answers given."""
    h = f"h{level}"
    step_ids = outcome.steps if steps is None else steps
    urgency_class = outcome.urgency.name.lower().replace("_", "-")
    parts = [
        f'<p class="dt-urgency dt-urgency--{urgency_class}"><strong>Seberapa mendesak:</strong> '
        f"{escape(outcome.urgency.value)}</p>",
        f'<p class="dt-lead">{escape(outcome.summary)}</p>',
        f'<{h}>Lakukan sekarang</{h}>',
        '<ol class="dt-steps">',
    ]
    ordered = sorted(step_ids, key=lambda s: (STEPS[s].urgency.rank, step_ids.index(s)))  # urgency, then order
    parts += [step_item(STEPS[s], base) for s in ordered]
    parts += ["</ol>", f'<{h}>Yang tidak boleh dilakukan</{h}>', '<ul class="dt-donts">']
    for dont in (DONTS[d] for d in outcome.donts):
        parts.append(f'<li><p>{escape(dont.text)}</p><p class="dt-dont-why">{escape(dont.why)}</p>'
                     f"{_refs(dont.refs, base)}</li>")
    parts += ["</ul>", f'<{h}>Hubungi</{h}>', '<ul class="dt-contacts">']
    for contact in (CONTACTS[c] for c in outcome.contacts):
        parts.append(f"<li><strong>{escape(contact.name)}</strong>: {escape(contact.how)}. "
                     f"{escape(contact.when)}</li>")
    parts += ["</ul>", _why("Mengapa langkah ini?", outcome.why), _refs(outcome.refs, base, "Rujukan")]
    return "".join(parts)


def step_item(step: Step, base: str) -> str:
    """One step as a list item: the instruction, who, when, how strong the duty is, its basis."""
    return (
        f'<li class="dt-step"><p class="dt-step-text">{escape(step.text)}</p>'
        f'<p class="dt-step-meta"><span><strong>Siapa:</strong> {escape(step.who)}</span> '
        f'<span><strong>Kapan:</strong> {escape(step.urgency.value)}</span> '
        f'<span class="dt-strength dt-strength--{step.strength.name.lower()}">'
        f'{escape(step.strength.value)}<span class="dt-strength-note"> ({escape(step.strength.explanation)})'
        f"</span></span></p>{_refs(step.refs, base)}</li>"
    )


# Live views ---------------------------------------------------------------------------------------


def _back(position: Position) -> str:
    if not position.path:
        return ""
    return '<button type="button" class="dt-link dt-back" data-dt-action="back">Kembali</button>'


def question_form(position: Position, base: str, selected: str | list[str] = "", error: str = "") -> str:
    """One question as a GOV.UK-style question page: legend as heading, radios (or checkboxes),
    optional typed inputs for a derived answer, Lanjutkan; with ``error``, the error summary."""
    tree, question = position.tree, position.node
    assert isinstance(question, Question)
    qid = _id(tree, question.id)
    chosen = set(selected) if isinstance(selected, list) else {selected}
    described = [f"{qid}-hint"] if question.hint else []
    parts = [f'<div class="dt-view" data-dt-kind="question" data-dt-node="{question.id}">', _back(position)]
    if error:
        first = _id(tree, question.id, question.options[0].id)
        parts.append(
            '<div class="dt-error-summary" role="alert" tabindex="-1" data-dt-error-summary>'
            '<h2 class="dt-error-title">Ada masalah</h2>'
            f'<ul><li><a href="#{first}" data-dt-focus="{first}">{escape(error)}</a></li></ul></div>'
        )
        described.append(f"{qid}-error")
    describedby = f' aria-describedby="{" ".join(described)}"' if described else ""
    group_class = "dt-group dt-group--error" if error else "dt-group"
    input_type = "checkbox" if question.multiple else "radio"
    parts += [
        '<form class="dt-form" data-dt-form novalidate>',
        f'<div class="{group_class}"><fieldset class="dt-fieldset"{describedby}>',
        f'<legend class="dt-legend"><span class="dt-caption">Langkah {position.step_number}</span>'
        f'<h2 class="dt-heading" tabindex="-1">{escape(question.text)}</h2></legend>',
    ]
    if question.hint:
        parts.append(f'<p class="dt-hint" id="{qid}-hint">{escape(question.hint)}</p>')
    if error:
        parts.append(f'<p class="dt-error-message" id="{qid}-error"><span class="dt-visually-hidden">Galat:</span> '
                     f"{escape(error)}</p>")
    parts.append(f'<div class="dt-radios dt-choices--{input_type}">')
    for option in question.options:
        oid = _id(tree, question.id, option.id)
        checked = " checked" if option.id in chosen else ""
        hint_attr = f' aria-describedby="{oid}-hint"' if option.hint else ""
        parts.append(f'<div class="dt-radio"><input type="{input_type}" name="jawaban" id="{oid}" '
                     f'value="{option.id}"{checked}{hint_attr}><label for="{oid}">{escape(option.label)}</label>')
        if option.hint:
            parts.append(f'<p class="dt-radio-hint" id="{oid}-hint">{escape(option.hint)}</p>')
        parts.append("</div>")
    parts.append("</div></fieldset></div>")
    if question.derive:
        parts.append(_derive_inputs(tree, question))
    parts += [
        _why("Mengapa pertanyaan ini?", question.why),
        _refs(question.refs, base, "Rujukan"),
        '<div class="dt-actions"><button type="submit" class="md-button md-button--primary dt-continue">'
        "Lanjutkan</button></div></form>",
    ]
    if position.path:
        parts.append('<button type="button" class="dt-link dt-restart" data-dt-action="restart">Mulai lagi</button>')
    parts.append("</div>")
    return "".join(parts)


def _derive_inputs(tree: Tree, question: Question) -> str:
    deriver = DERIVERS[question.derive]
    fields = "".join(
        f'<div class="dt-date"><label for="{_id(tree, question.id, name)}">{escape(label)}</label>'
        f'<input type="date" id="{_id(tree, question.id, name)}" name="{name}" data-dt-derive></div>'
        for name, label in deriver.fields
    )
    return (f'<fieldset class="dt-fieldset dt-derive"><legend class="dt-derive-legend">{escape(deriver.legend)}'
            f"</legend>{fields}</fieldset>")


def _answer_rows(position: Position, change: bool) -> str:
    rows = []
    for answered in position.path:
        action = ""
        if change:
            action = (f'<dd class="dt-summary-action"><button type="button" class="dt-link" data-dt-action="change" '
                      f'data-dt-question="{answered.question.id}">Ubah<span class="dt-visually-hidden"> jawaban: '
                      f"{escape(answered.question.text)}</span></button></dd>")
        rows.append(f'<div class="dt-summary-row"><dt>{escape(answered.question.text)}</dt>'
                    f"<dd>{escape(answered.label)}</dd>{action}</div>")
    return f'<dl class="dt-summary">{"".join(rows)}</dl>'


def check_answers(position: Position) -> str:
    """The check-your-answers page shown before the result."""
    return (
        '<div class="dt-view" data-dt-kind="summary">' + _back(position)
        + '<h2 class="dt-heading" tabindex="-1">Periksa jawaban Anda</h2>'
        + _answer_rows(position, change=True)
        + '<div class="dt-actions"><button type="button" class="md-button md-button--primary" '
        'data-dt-action="confirm">Lihat langkah yang harus dilakukan</button></div>'
        '<button type="button" class="dt-link dt-restart" data-dt-action="restart">Mulai lagi</button></div>'
    )


def format_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def result(position: Position, base: str, today: dt.date) -> str:
    """The result: what to do now, who, how urgent, what not to do, citations, and print details."""
    tree, outcome = position.tree, position.node
    assert isinstance(outcome, Outcome)
    return (
        '<div class="dt-view dt-result" data-dt-kind="result">'
        f'<h2 class="dt-heading" tabindex="-1">{escape(outcome.title)}</h2>'
        + outcome_body(outcome, base, steps=position.steps)
        + '<section class="dt-answers"><h3>Jawaban Anda</h3>' + _answer_rows(position, change=False) + "</section>"
        + '<p class="dt-print-meta">'
        f"Alat: {escape(tree.title)}, versi {escape(tree.version)}. Sumber: {escape(STANDARD_VERSION)}. "
        f"Tanggal: {format_date(today)}. Tanpa identitas anak.</p>"
        '<div class="dt-actions dt-no-print">'
        '<button type="button" class="md-button md-button--primary" data-dt-action="print">Cetak</button>'
        '<button type="button" class="md-button" data-dt-action="back">Ubah jawaban</button>'
        '<button type="button" class="md-button" data-dt-action="restart">Mulai lagi</button></div></div>'
    )


# Static form --------------------------------------------------------------------------------------


def static_form(tree: Tree, base: str) -> str:
    """The whole tree as linked sections: usable with JavaScript off, and the fallback."""
    order = [tree.nodes[tree.root]] + [n for n in (*tree.questions, *tree.outcomes) if n.id != tree.root]
    anchor = {node.id: _id(tree, "s", str(i)) for i, node in enumerate(order)}
    parts = [f'<div class="dt-static" data-dt-static="{tree.id}">']
    for node in order:
        parts.append(f'<section class="dt-static-node" id="{anchor[node.id]}">')
        if isinstance(node, Question):
            parts.append(f"<h2>{escape(node.text)}</h2>")
            if node.hint:
                parts.append(f'<p class="dt-hint">{escape(node.hint)}</p>')
            parts.append(_static_multiple(node, anchor, base) if node.multiple else _static_single(node, anchor))
            parts += [_why("Mengapa pertanyaan ini?", node.why), _refs(node.refs, base, "Rujukan")]
        else:
            parts += [f'<h2><span class="dt-caption">Hasil</span> {escape(node.title)}</h2>',
                      outcome_body(node, base, level=3)]
        if node.id != tree.root:
            parts.append(f'<p class="dt-static-restart"><a href="#{anchor[tree.root]}">'
                         "Kembali ke pertanyaan pertama</a></p>")
        parts.append("</section>")
    parts.append("</div>")
    return "".join(parts)


def _static_single(question: Question, anchor: dict[str, str]) -> str:
    items = []
    for option in question.options:
        hint = f' <span class="dt-radio-hint">{escape(option.hint)}</span>' if option.hint else ""
        items.append(f'<li><a href="#{anchor[option.next]}">{escape(option.label)}</a>{hint}</li>')
    return f'<ul class="dt-static-options">{"".join(items)}</ul>'


def _static_multiple(question: Question, anchor: dict[str, str], base: str) -> str:
    """Without JavaScript the reader combines the plan by hand: each need lists the steps it adds."""
    items = []
    for option in question.options:
        steps = "".join(step_item(STEPS[s], base) for s in option.steps)
        items.append(f'<li><p class="dt-step-text">{escape(option.label)}</p>'
                     f'<ol class="dt-steps">{steps}</ol></li>')
    nxt = anchor[question.options[0].next]
    return (f'<p>Centang di kertas setiap kebutuhan yang berlaku. Setiap kebutuhan menambahkan langkahnya '
            f'ke rencana.</p><ul class="dt-static-needs">{"".join(items)}</ul>'
            f'<p><a href="#{nxt}">Lanjutkan</a></p>')


def examples(tree: Tree, runnable: bool = False, tool_url: str = "") -> str:
    """The tree's named examples: story, answers, expected result. On the tool page each one has a
    button that runs it; elsewhere ``tool_url`` links to it there."""
    items = []
    for example in tree.examples:
        position = walk(tree, example.answers)
        button = ""
        if runnable:
            button = ('<button type="button" class="md-button dt-run-example" data-dt-action="example" '
                      f'data-dt-example="{example.id}" hidden>Jalankan contoh ini</button>')
        anchor = _id(tree, "contoh", example.id)
        if tool_url:
            button = f'<p><a href="{escape(tool_url)}#{anchor}">Jalankan contoh ini di alat</a></p>'
        items.append(
            f'<li class="dt-example" id="{anchor}"><h3>{escape(example.title)}</h3>'
            f"<p>{escape(example.story)}</p>{_answer_rows(position, change=False)}"
            f'<p><strong>Hasil:</strong> {escape(position.node.title)}</p>{button}</li>'  # type: ignore[union-attr]
        )
    return f'<ul class="dt-examples">{"".join(items)}</ul>'
