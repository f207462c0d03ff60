"""The JSON-in/JSON-out adapter the browser calls (in Pyodide, inside a Web Worker).

Why this module exists: the JavaScript glue must stay free of rules. It sends what the reader did
(answers so far, the answer just submitted or none, whether the summary was confirmed) and gets
back the view to show: its kind, a page title, and HTML rendered by :mod:`decision_tools.render`.
Any bad input yields ``{"ok": false, "error": {...}}`` with a specific code, never a wrong view.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from . import registry, render
from .engine import AnswerError, walk
from .model import Question

__all__ = ["handle"]


class BadRequest(AnswerError):
    code = "bad_request"


def handle(request_json: str) -> str:
    """Answer one request; always returns JSON."""
    try:
        response = _respond(_parse(request_json))
    except AnswerError as error:
        response = {"ok": False, "error": {"code": error.code, "message": str(error), "node": error.node}}
    return json.dumps(response, ensure_ascii=False)


def _parse(request_json: str) -> dict[str, Any]:
    try:
        request = json.loads(request_json)
    except (TypeError, ValueError) as error:
        raise BadRequest(f"Permintaan bukan JSON yang sah: {error}") from None
    if not isinstance(request, dict):
        raise BadRequest("Permintaan harus berupa objek JSON.")
    return request


def _pairs(value: Any, name: str) -> list[tuple[str, str | None]]:
    if not isinstance(value, list):
        raise BadRequest(f"'{name}' harus berupa daftar pasangan [pertanyaan, pilihan].")
    pairs: list[tuple[str, str | None]] = []
    for item in value:
        if (not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str)
                or not (item[1] is None or isinstance(item[1], str))):
            raise BadRequest(f"Setiap jawaban di '{name}' harus berupa [teks, teks atau null].")
        pairs.append((item[0], item[1]))
    return pairs


def _respond(request: dict[str, Any]) -> dict[str, Any]:
    tree = registry.get(request.get("tree")) if isinstance(request.get("tree"), str) else None
    if tree is None:
        raise BadRequest(f"Alat '{request.get('tree')}' tidak dikenal.")
    base = request.get("base", "")
    remembered = request.get("remembered", {})
    confirm = request.get("confirm", False)
    today = request.get("today")
    if not isinstance(base, str) or not isinstance(remembered, dict) or not isinstance(confirm, bool):
        raise BadRequest("'base' harus teks, 'remembered' objek, dan 'confirm' benar/salah.")
    answers = _pairs(request.get("answers", []), "answers")
    missing = bool(answers) and answers[-1][1] is None
    complete = [(q, o) for q, o in (answers[:-1] if missing else answers) if o is not None]
    if len(complete) != len(answers) - missing:
        raise BadRequest("Hanya jawaban terakhir yang boleh kosong (null).")
    position = walk(tree, complete)
    if missing:
        if not isinstance(position.node, Question) or position.node.id != answers[-1][0]:
            raise BadRequest(f"Jawaban kosong untuk '{answers[-1][0]}' bukan pertanyaan yang sedang berlaku.")
        html = render.question_form(position, base, error=True)
        return _view("question", position, f"Galat: Langkah {position.step_number}: {position.node.text}", html)
    if isinstance(position.node, Question):
        selected = remembered.get(position.node.id, "")
        if not isinstance(selected, str) or (selected and selected not in {o.id for o in position.node.options}):
            selected = ""  # a remembered answer from another version of the tree is simply not preselected
        html = render.question_form(position, base, selected=selected)
        return _view("question", position, f"Langkah {position.step_number}: {position.node.text}", html)
    if not confirm:
        return _view("summary", position, "Periksa jawaban Anda", render.check_answers(position))
    day = _date(today)
    return _view("result", position, f"Langkah {position.step_number}: Hasil", render.result(position, base, day))


def _date(value: Any) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadRequest("'today' harus berupa tanggal ISO (YYYY-MM-DD).") from None


def _view(kind: str, position: Any, title: str, html: str) -> dict[str, Any]:
    return {
        "ok": True,
        "kind": kind,
        "node": position.node.id,
        "step": position.step_number,
        "title": title,
        "html": html,
        "answers": [[a.question.id, a.option.id] for a in position.path],
    }
