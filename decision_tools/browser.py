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
from .derive import DERIVERS, DeriveError
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


Raw = str | list[str] | dict[str, str] | None


def _answers(value: Any) -> list[tuple[str, Raw]]:
    """[[question, choice], …]; a choice is an id, a list of ids, typed inputs, or null (nothing chosen)."""
    if not isinstance(value, list):
        raise BadRequest("'answers' harus berupa daftar pasangan [pertanyaan, pilihan].")
    pairs: list[tuple[str, Raw]] = []
    for item in value:
        if not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str) or not _raw_ok(item[1]):
            raise BadRequest("Setiap jawaban harus berupa [teks, pilihan], pilihan berupa teks, daftar teks, "
                             "objek teks, atau null.")
        pairs.append((item[0], item[1]))
    return pairs


def _raw_ok(raw: Any) -> bool:
    if raw is None or isinstance(raw, str):
        return True
    if isinstance(raw, list):
        return all(isinstance(x, str) for x in raw)
    return isinstance(raw, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items())


def _respond(request: dict[str, Any]) -> dict[str, Any]:
    tree = registry.get(request.get("tree")) if isinstance(request.get("tree"), str) else None
    if tree is None:
        raise BadRequest(f"Alat '{request.get('tree')}' tidak dikenal.")
    base = request.get("base", "")
    remembered = request.get("remembered", {})
    confirm = request.get("confirm", False)
    if not isinstance(base, str) or not isinstance(remembered, dict) or not isinstance(confirm, bool):
        raise BadRequest("'base' harus teks, 'remembered' objek, dan 'confirm' benar/salah.")
    today = _date(request.get("today"))
    answers = _answers(request.get("answers", []))
    if "example" in request:  # a named example, run in the tool: start at its check-your-answers page
        example = next((e for e in tree.examples if e.id == request["example"]), None)
        if example is None:
            raise BadRequest(f"Contoh '{request['example']}' tidak ada di alat '{tree.id}'.")
        answers = [(q, c if isinstance(c, str) else list(c)) for q, c in example.answers]
        confirm = False
    settled = [(q, c) for q, c in answers[:-1]] if answers else []
    if any(not isinstance(c, str | list) for _, c in settled):
        raise BadRequest("Hanya jawaban terakhir yang boleh kosong atau berupa isian.")
    position = walk(tree, settled)  # type: ignore[arg-type]
    if answers:
        question_id, raw = answers[-1]
        if not isinstance(position.node, Question) or position.node.id != question_id:
            position = walk(tree, [*settled, (question_id, raw)])  # type: ignore[list-item]  # raises the right error
        else:
            choice, error = _resolve(position.node, raw, today)
            if error:
                html = render.question_form(position, base, error=error)
                return _view("question", position, f"Galat: Langkah {position.step_number}: {position.node.text}",
                             html)
            position = walk(tree, [*settled, (question_id, choice)])  # type: ignore[list-item]
    if isinstance(position.node, Question):
        selected = remembered.get(position.node.id, "")
        if not isinstance(selected, str | list):
            selected = ""
        html = render.question_form(position, base, selected=selected)
        return _view("question", position, f"Langkah {position.step_number}: {position.node.text}", html)
    if not confirm:
        return _view("summary", position, "Periksa jawaban Anda", render.check_answers(position))
    return _view("result", position, f"Langkah {position.step_number}: Hasil", render.result(position, base, today))


def _resolve(question: Question, raw: Raw, today: dt.date) -> tuple[str | list[str], str]:
    """The choice to walk with, or the error message to show the reader (nothing chosen, bad dates)."""
    if raw is None or raw == [] or raw == "":
        return "", ("Pilih satu jawaban atau lebih." if question.multiple else "Pilih salah satu jawaban.")
    if isinstance(raw, dict):
        deriver = DERIVERS.get(question.derive)
        if deriver is None:
            raise BadRequest(f"Pertanyaan '{question.id}' tidak menerima isian.")
        try:
            return deriver.compute(raw, today), ""
        except DeriveError as error:
            return "", str(error)
    return raw, ""


def _date(value: Any) -> dt.date:
    if value is None:
        return dt.date.today()  # in Pyodide this is the reader's clock
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
        "answers": [[a.question.id, a.option_ids] for a in position.path],
    }
